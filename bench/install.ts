/**
 * The sft installer against its physical floor, in the same run: a cold
 * `install: download` of a ~15 MB package from the loopback repository
 * (spawn to the moment main moves on to OIDC) against a shell pipeline that
 * only downloads, hashes and unpacks the same package; and a tool-cache hit
 * against the same main with no install at all.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildAptRepo, serveDirectory } from '../sandbox/apt-repo.js'
import { MainTimer, median, ms, report, settle, timeCommand } from './lib.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 11)

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
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-floor-'))
  const floorScript = `curl -fsS -o "$1/p.deb" "$2" && sha256sum "$1/p.deb" >/dev/null && dpkg-deb -x "$1/p.deb" "$1/x"`

  const cold: number[] = []
  const floor: number[] = []
  const hit: number[] = []
  const none: number[] = []
  const freshCache = (): string =>
    mkdtempSync(path.join(timer.dir, 'tool-cache-'))
  await timer.run(inputs, { RUNNER_TOOL_CACHE: freshCache() }) // warm the file cache
  const warmCache = freshCache()
  await timer.run(inputs, { RUNNER_TOOL_CACHE: warmCache })
  for (let i = 0; i < RUNS; i++) {
    rmSync(path.join(scratch, 'x'), { recursive: true, force: true })
    floor.push(
      await timeCommand('sh', ['-c', floorScript, 'floor', scratch, debUrl])
    )
    await settle()
    cold.push(
      (await timer.run(inputs, { RUNNER_TOOL_CACHE: freshCache() })).request
    )
    await settle()
    hit.push(
      (await timer.run(inputs, { RUNNER_TOOL_CACHE: warmCache })).request
    )
    await settle()
    none.push(
      (await timer.run({ install: 'none', 'sft-path': timer.fakeSft })).request
    )
    await settle()
  }
  timer.close()
  await server.close()
  repo.dispose()
  rmSync(scratch, { recursive: true, force: true })

  const ratio = median(cold) / median(floor)
  const hitCost = median(hit) - median(none)
  report(
    'install',
    [
      ['runs', String(RUNS)],
      ['package size', `${(packageBytes / 1024 / 1024).toFixed(1)} MiB`],
      ['floor: curl + sha256sum + dpkg-deb -x (median)', ms(median(floor))],
      ['cold install, spawn to OIDC (median)', ms(median(cold))],
      ['cold ratio (target <= 1.3)', ratio.toFixed(2)],
      ['cache hit, spawn to OIDC (median)', ms(median(hit))],
      ['no install, spawn to OIDC (median)', ms(median(none))],
      ['cache hit over process start (target <= 50 ms)', ms(hitCost)]
    ],
    {
      runs: RUNS,
      floorMs: floor,
      coldMs: cold,
      hitMs: hit,
      noneMs: none,
      ratio,
      hitCostMs: hitCost
    }
  )
}
