/**
 * Start-up cost of the bundled main step: wall time from spawning
 * `node dist/main/index.js` until its OIDC request reaches a loopback
 * server, against `node -e 0` measured in the same run, interleaved.
 */
import { statSync } from 'node:fs'
import path from 'node:path'
import { REPO_ROOT } from '../sandbox/runner.js'
import { MainTimer, median, ms, report, settle, timeCommand } from './lib.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 21)

export async function benchStartup(): Promise<void> {
  const timer = await new MainTimer().start()
  const inputs = { install: 'none', 'sft-path': timer.fakeSft }
  const action: number[] = []
  const actionExit: number[] = []
  const bare: number[] = []
  await timer.run(inputs) // warm the file cache
  for (let i = 0; i < RUNS; i++) {
    bare.push(await timeCommand(process.execPath, ['-e', '0']))
    await settle()
    const { request, exit } = await timer.run(inputs)
    action.push(request)
    actionExit.push(exit)
    await settle()
  }
  timer.close()

  const ratio = median(action) / median(bare)
  const size = (entry: string): number => statSync(path.join(REPO_ROOT, 'dist', entry, 'index.js')).size
  report(
    'startup',
    [
      ['runs', String(RUNS)],
      ['node -e 0 (median)', ms(median(bare))],
      ['main to OIDC request (median)', ms(median(action))],
      ['ratio (target <= 2.0)', ratio.toFixed(2)],
      ['main to exit after a 403 (median)', ms(median(actionExit))],
      ['exit ratio', (median(actionExit) / median(bare)).toFixed(2)],
      ['dist/main/index.js', `${(size('main') / 1024).toFixed(0)} KiB`],
      ['dist/post/index.js', `${(size('post') / 1024).toFixed(0)} KiB`]
    ],
    {
      runs: RUNS,
      bareMs: bare,
      actionMs: action,
      actionExitMs: actionExit,
      ratio,
      mainBytes: size('main'),
      postBytes: size('post')
    }
  )
}
