/**
 * Start-up cost of the bundled main step: wall time from spawning
 * `node dist/main/index.js` until its OIDC request reaches a loopback
 * server, and the whole process of a run that fails input validation,
 * each against `node -e 0` measured in the same run, interleaved.
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
  const invalid: number[] = []
  const bundle = path.join(REPO_ROOT, 'dist', 'main', 'index.js')
  await timer.run(inputs) // warm the file cache
  for (let i = 0; i < RUNS; i++) {
    bare.push(await timeCommand(process.execPath, ['-e', '0']))
    await settle()
    // No inputs at all: the step fails validation and exits 1.
    invalid.push(await timeCommand(process.execPath, [bundle], { PATH: process.env.PATH }, 1))
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
      ['invalid inputs, whole process (median)', ms(median(invalid))],
      ['invalid-inputs ratio (target <= 1.3)', (median(invalid) / median(bare)).toFixed(2)],
      ['exit ratio', (median(actionExit) / median(bare)).toFixed(2)],
      ['dist/main/index.js', `${(size('main') / 1024).toFixed(0)} KiB`],
      ['dist/post/index.js', `${(size('post') / 1024).toFixed(0)} KiB`]
    ],
    {
      runs: RUNS,
      bareMs: bare,
      actionMs: action,
      actionExitMs: actionExit,
      invalidMs: invalid,
      ratio,
      mainBytes: size('main'),
      postBytes: size('post')
    }
  )
}
