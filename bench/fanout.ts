/**
 * Fleet fan-out on 32 sandbox servers running `sleep 1`, in the same run:
 * what users write today (a sequential shell loop of `sft ssh`), the helper
 * (`opa-ssh --parallel 32`), one direct `sft ssh` session, and the helper on
 * that one host, to price its overhead per session.
 *
 * With BENCH_BASELINE_DIST=<a dist directory of another build> (such as
 * main's: `git archive main dist | tar -x -C /tmp/base`), that build's
 * opa-ssh runs the same fan-out and the single host in the same loop, and
 * the report gives this build's time as a ratio of it.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { mainInputs, startSandbox } from '../sandbox/index.js'
import { RunnerJob } from '../sandbox/runner.js'
import { median, ms, report } from './lib.js'

const HOSTS = 32
const RUNS = Number(process.env.BENCH_RUNS ?? 5)

/** Wall time and peak RSS (KiB, the largest process in the tree) of one command. */
function timed(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ ms: number; peakKiB: number }> {
  return new Promise((resolve, reject) => {
    const start = performance.now()
    let stderr = ''
    const child = spawn('/usr/bin/time', ['-f', 'peak=%M', file, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] })
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      const elapsed = performance.now() - start
      const peak = Number(/peak=(\d+)/.exec(stderr)?.[1] ?? 0)
      if (code !== 0) reject(new Error(`${file} ${args.join(' ')} exited ${code}: ${stderr}`))
      else resolve({ ms: elapsed, peakKiB: peak })
    })
  })
}

/**
 * What users write today (a sequential loop), and the machine's own limit:
 * every session started at once by the shell, no helper.
 */
function shellScripts(hosts: string[]): { loop: string; burst: string } {
  return {
    loop: `for h in ${hosts.join(' ')}; do sft ssh "$h" --command 'sleep 1' || exit 1; done`,
    burst: `for h in ${hosts.join(' ')}; do sft ssh "$h" --command 'sleep 1' & done; wait`
  }
}

/** Another build's opa-ssh (BENCH_BASELINE_DIST), timed in the same loop as this build's. */
class Baseline {
  readonly oneMs: number[] = []
  readonly allMs: number[] = []
  private readonly bundle: string

  constructor(dist: string) {
    this.bundle = path.resolve(dist, 'opa-ssh', 'index.js')
  }

  async time(hosts: string[], env: NodeJS.ProcessEnv): Promise<void> {
    this.oneMs.push((await timed(process.execPath, [this.bundle, hosts[0], '--', 'sleep 1'], env)).ms)
    const all = [this.bundle, '--parallel', String(hosts.length), ...hosts, '--', 'sleep 1']
    this.allMs.push((await timed(process.execPath, all, env)).ms)
  }

  rows(helperOne: number[], helperAll: number[]): [string, string][] {
    return [
      ['baseline helper, --parallel 32 (median)', ms(median(this.allMs))],
      ['this build / baseline, --parallel 32', (median(helperAll) / median(this.allMs)).toFixed(3)],
      ['baseline helper on one host (median)', ms(median(this.oneMs))],
      ['this build / baseline, one host', (median(helperOne) / median(this.oneMs)).toFixed(3)]
    ]
  }
}

export async function benchFanout(): Promise<void> {
  const baseline = process.env.BENCH_BASELINE_DIST ? new Baseline(process.env.BENCH_BASELINE_DIST) : undefined
  const sandbox = await startSandbox({ hosts: HOSTS })
  const job = new RunnerJob({ env: sandbox.jobEnv() })
  try {
    const main = await job.runAction('main', mainInputs(sandbox))
    if (main.exitCode !== 0) throw new Error(`main failed:\n${main.stdout}`)
    const [env, hosts] = [{ ...process.env, ...job.env }, [...sandbox.hosts.keys()]]
    const { loop, burst } = shellScripts(hosts)

    const direct: number[] = []
    const helperOne: number[] = []
    const helperAll: number[] = []
    const floor: number[] = []
    let peak = 0
    for (let i = 0; i < RUNS; i++) {
      direct.push((await timed('sft', ['ssh', hosts[0], '--command', 'sleep 1'], env)).ms)
      helperOne.push((await timed('opa-ssh', [hosts[0], '--', 'sleep 1'], env)).ms)
      const all = await timed('opa-ssh', ['--parallel', String(HOSTS), ...hosts, '--', 'sleep 1'], env)
      helperAll.push(all.ms)
      peak = Math.max(peak, all.peakKiB)
      floor.push((await timed('bash', ['-c', burst], env)).ms)
      await baseline?.time(hosts, env)
    }
    const sequential = (await timed('bash', ['-c', loop], env)).ms

    const fanoutRatio = median(helperAll) / median(direct)
    const overhead = (median(helperOne) - median(direct)) / median(direct)
    report(
      'fanout',
      [
        ['hosts', String(HOSTS)],
        ['runs (sequential loop: 1)', String(RUNS)],
        ['one direct sft ssh session (median)', ms(median(direct))],
        ['sequential shell loop of sft ssh', ms(sequential)],
        ['helper, --parallel 32 (median)', ms(median(helperAll))],
        ['helper wall / one session (target <= 1.5)', fanoutRatio.toFixed(2)],
        ['speed-up over the shell loop', `${(sequential / median(helperAll)).toFixed(1)}x`],
        ['floor: 32 x sft ssh started at once by bash (median)', ms(median(floor))],
        ['helper / that floor', (median(helperAll) / median(floor)).toFixed(2)],
        ['helper on one host (median)', ms(median(helperOne))],
        ['helper overhead per session (target <= 10%)', `${(overhead * 100).toFixed(1)}%`],
        ['peak RSS, largest process of the helper run', `${(peak / 1024).toFixed(1)} MiB`],
        ...(baseline?.rows(helperOne, helperAll) ?? [])
      ],
      {
        hosts: HOSTS,
        directMs: direct,
        helperOneMs: helperOne,
        helperAllMs: helperAll,
        sequentialMs: sequential,
        fanoutRatio,
        overhead,
        peakKiB: peak,
        baseline
      }
    )
  } finally {
    job.dispose()
    await sandbox.stop()
  }
}
