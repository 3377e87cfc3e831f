/**
 * The sft installer against its physical floor and against the documented
 * way, in the same run. The cost of a cold `install: download` of a ~15 MB
 * package from the loopback repository is what it adds to the main step
 * (spawn to OIDC request, minus the same with `install: none`); the floor
 * is a shell pipeline that only downloads, hashes and unpacks the same
 * package; the documented way is `install: apt` (`apt-get update` of that
 * source, then `apt-get install`), which needs root and installs the
 * sandbox's package for real, so it is measured only as root on a machine
 * without scaleft-client-tools, and purged after each run. A tool-cache hit
 * is measured against the same no-install run.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildAptRepo, serveDirectory } from '../sandbox/apt-repo.js'
import { MainTimer, median, ms, report, settle, timeCommand } from './lib.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 11)

/** Spawn to OIDC request of each kind of run, and the floor, in milliseconds. */
interface InstallTimings {
  cold: number[]
  floor: number[]
  hit: number[]
  none: number[]
  apt: number[]
}

export async function benchInstall(): Promise<void> {
  const repo = await buildAptRepo({
    versions: ['1.114.0-1'],
    paddingBytes: 15 * 1024 * 1024
  })
  const server = await serveDirectory(repo.root)
  const timer = await new MainTimer().start()
  const deb = repo.debs['1.114.0-1']
  const packageBytes = statSync(deb).size
  const debUrl = `${server.url}/${path.relative(repo.root, deb)}`
  const inputs = {
    install: 'download',
    'sft-repo': `${server.url}/${repo.repoPath}`,
    'sft-version': '1.114.0'
  }
  const timings = await timeInstalls(timer, inputs, debUrl)
  timer.close()
  await server.close()
  repo.dispose()
  reportInstall(packageBytes, timings)
}

/** Interleaves the floor, a cold install, a cache hit and no install, RUNS times each. */
async function timeInstalls(timer: MainTimer, inputs: Record<string, string>, debUrl: string): Promise<InstallTimings> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-floor-'))
  const floorScript = `curl -fsS -o "$1/p.deb" "$2" && sha256sum "$1/p.deb" >/dev/null && dpkg-deb -x "$1/p.deb" "$1/x"`

  const timings: InstallTimings = { cold: [], floor: [], hit: [], none: [], apt: [] }
  const withApt = aptMayRun()
  const freshCache = (): string => mkdtempSync(path.join(timer.dir, 'tool-cache-'))
  await timer.run(inputs, { RUNNER_TOOL_CACHE: freshCache() }) // warm the file cache
  const warmCache = freshCache()
  await timer.run(inputs, { RUNNER_TOOL_CACHE: warmCache })
  for (let i = 0; i < RUNS; i++) {
    rmSync(path.join(scratch, 'x'), { recursive: true, force: true })
    timings.floor.push(await timeCommand('sh', ['-c', floorScript, 'floor', scratch, debUrl]))
    await settle()
    timings.cold.push((await timer.run(inputs, { RUNNER_TOOL_CACHE: freshCache() })).request)
    await settle()
    timings.hit.push((await timer.run(inputs, { RUNNER_TOOL_CACHE: warmCache })).request)
    await settle()
    timings.none.push((await timer.run({ install: 'none', 'sft-path': timer.fakeSft })).request)
    await settle()
    if (withApt) timings.apt.push(await timeApt(timer, inputs))
  }
  rmSync(scratch, { recursive: true, force: true })
  return timings
}

/** Whether the documented install may run here: as root, with no scaleft-client-tools of the machine's own to replace. */
function aptMayRun(): boolean {
  if (process.getuid?.() !== 0) return false
  return spawnSync('dpkg', ['-s', 'scaleft-client-tools'], { stdio: 'ignore' }).status !== 0
}

/** One `install: apt` run, then its source, key and package removed again. */
async function timeApt(timer: MainTimer, inputs: Record<string, string>): Promise<number> {
  const { request } = await timer.run({ ...inputs, install: 'apt' })
  spawnSync('dpkg', ['--purge', 'scaleft-client-tools'], { stdio: 'ignore' })
  for (const dir of ['/etc/apt/sources.list.d', '/usr/share/keyrings'])
    for (const name of readdirSync(dir).filter((n) => n.startsWith('opa-workload-identity-')))
      rmSync(path.join(dir, name), { force: true })
  await settle()
  return request
}

function reportInstall(packageBytes: number, { cold, floor, hit, none, apt }: InstallTimings): void {
  // What installing adds to the step: the same bundle, the same run, minus the no-install run.
  const installCost = median(cold) - median(none)
  const ratio = installCost / median(floor)
  const hitCost = median(hit) - median(none)
  report(
    'install',
    [
      ['runs', String(RUNS)],
      ['package size', `${(packageBytes / 1024 / 1024).toFixed(1)} MiB`],
      ['floor: curl + sha256sum + dpkg-deb -x (median)', ms(median(floor))],
      ['no install, spawn to OIDC (median)', ms(median(none))],
      ['cold install, spawn to OIDC (median)', ms(median(cold))],
      ['cold install cost: cold - no install', ms(installCost)],
      ['cold ratio: cost / floor (target <= 1.3)', ratio.toFixed(2)],
      ['end to end: cold / floor', (median(cold) / median(floor)).toFixed(2)],
      ['cache hit, spawn to OIDC (median)', ms(median(hit))],
      ['cache hit over process start (target <= 50 ms)', ms(hitCost)],
      ...(apt.length
        ? [
            ['documented apt install, spawn to OIDC (median)', ms(median(apt))],
            ['headline: download / apt', (median(cold) / median(apt)).toFixed(2)]
          ]
        : [['documented apt install', 'not measured: needs root and no scaleft-client-tools installed']])
    ] as [string, string][],
    {
      runs: RUNS,
      floorMs: floor,
      coldMs: cold,
      hitMs: hit,
      noneMs: none,
      ratio,
      hitCostMs: hitCost,
      aptMs: apt,
      downloadOverApt: apt.length ? median(cold) / median(apt) : null
    }
  )
}
