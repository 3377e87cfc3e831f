/**
 * The sft installer, end to end: the bundled main step installs from the
 * sandbox's signed Debian repository on loopback, then authenticates with
 * the sft it installed.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { writeSft } from '../../sandbox/build.js'
import { startSandbox, type Sandbox } from '../../sandbox/index.js'
import { RunnerJob } from '../../sandbox/runner.js'
import { errorAnnotation } from '../helpers.js'

let sandbox: Sandbox
let job: RunnerJob
let repo: NonNullable<Sandbox['repo']>
const VERSIONS = ['1.9.0-1', '1.108.0-1', '1.114.0~rc1-1', '1.114.0-1', '1.107.0-1']

beforeAll(async () => {
  sandbox = await startSandbox({
    hosts: 0,
    repo: { versions: VERSIONS, corruptVersions: ['1.107.0-1'] }
  })
  repo = sandbox.repo as NonNullable<Sandbox['repo']>
})
afterAll(async () => {
  await sandbox.stop()
})
beforeEach(() => {
  job = new RunnerJob({ env: sandbox.jobEnv() })
  repo.server.requests.length = 0
  repo.server.faults.status.clear()
  repo.server.faults.failures.clear()
  repo.server.faults.corrupt.clear()
})
afterEach(() => {
  job.dispose()
})

function inputs(extra: Record<string, string> = {}): Record<string, string> {
  return {
    team: sandbox.team,
    connection: sandbox.connection,
    role: sandbox.role,
    'opa-addr': sandbox.opa.addr,
    install: 'download',
    'sft-repo': repo.url,
    ...extra
  }
}

const cached = (version: string): string =>
  path.join(job.env.RUNNER_TOOL_CACHE, 'sft', version, process.arch === 'arm64' ? 'arm64' : 'x64')
const poolFile = (version: string): string =>
  `/${repo.repoPath}/${path.relative(path.join(repo.root, repo.repoPath), repo.debs[version])}`

describe('install: download', () => {
  it('Installs the newest version by dpkg ordering, verified, into the tool cache', async () => {
    const main = await job.runAction('main', inputs())
    expect(main.exitCode).toBe(0)
    expect(main.outputs['sft-version']).toBe('1.114.0')
    expect(main.outputs['sft-path']).toBe(path.join(cached('1.114.0'), 'sft'))
    expect(existsSync(`${cached('1.114.0')}.complete`)).toBe(true)
    expect(main.path).toEqual([cached('1.114.0'), expect.stringMatching(/opa-workload-identity-\w+\/bin$/)])
    expect(main.stdout).toContain(`index signed by ${repo.fingerprint}`)
    expect(repo.server.requests).toEqual([
      '/GPG-KEY-OktaPAM-2023',
      `/${repo.repoPath}/dists/bookworm/InRelease`,
      `/${repo.repoPath}/dists/bookworm/okta/binary-${process.arch === 'arm64' ? 'arm64' : 'amd64'}/Packages.gz`,
      poolFile('1.114.0-1')
    ])
    // Only the binary is cached, not the rest of the package.
    expect(readdirSync(cached('1.114.0'))).toEqual(['sft'])
    // The installed sft is the one that authenticated.
    expect(main.outputs.authenticated).toBe('true')
  })

  it('Installs an exact pin, matching the upstream part of the Debian version', async () => {
    const main = await job.runAction('main', inputs({ 'sft-version': '1.108.0' }))
    expect(main.exitCode).toBe(0)
    expect(main.outputs['sft-version']).toBe('1.108.0')
    expect(repo.server.requests).toContain(poolFile('1.108.0-1'))
  })

  it('Answers a second install of a pin from the cache, with no HTTP request at all', async () => {
    expect((await job.runAction('main', inputs({ 'sft-version': '1.114.0' }))).exitCode).toBe(0)
    repo.server.requests.length = 0
    const second = await job.runAction('main', inputs({ 'sft-version': '1.114.0' }))
    expect(second.exitCode).toBe(0)
    expect(repo.server.requests).toEqual([])
    expect(second.stdout).toContain('Found sft 1.114.0 in the tool cache')
  })

  it('Retries 503 and 404 answers, then succeeds', async () => {
    repo.server.faults.failures.set(`/${repo.repoPath}/dists/bookworm/InRelease`, [503])
    repo.server.faults.failures.set(poolFile('1.108.0-1'), [404, 503])
    const main = await job.runAction('main', inputs({ 'sft-version': '1.108.0' }))
    expect(main.exitCode).toBe(0)
    expect(repo.server.requests.filter((r) => r.endsWith('/InRelease'))).toHaveLength(2)
    expect(repo.server.requests.filter((r) => r === poolFile('1.108.0-1'))).toHaveLength(3)
  })

  it('Falls back to Release and Release.gpg when there is no InRelease', async () => {
    repo.server.faults.status.set(`/${repo.repoPath}/dists/bookworm/InRelease`, 404)
    const main = await job.runAction('main', inputs({ 'sft-version': '1.108.0' }))
    expect(main.exitCode).toBe(0)
    expect(repo.server.requests).toEqual(
      expect.arrayContaining([
        `/${repo.repoPath}/dists/bookworm/Release`,
        `/${repo.repoPath}/dists/bookworm/Release.gpg`
      ])
    )
    expect(main.stdout).toContain(`index signed by ${repo.fingerprint}`)
  })

  it('Fails hard on a checksum mismatch and caches nothing', async () => {
    repo.server.faults.corrupt.add(poolFile('1.114.0-1'))
    const main = await job.runAction('main', inputs())
    expect(main.exitCode).toBe(1)
    const error = errorAnnotation(main)
    expect(error).toMatch(
      /^install: .* does not match the signed index: expected SHA-256 [0-9a-f]{64} and \d+ bytes, got [0-9a-f]{64} and \d+ bytes/
    )
    expect(existsSync(path.join(job.env.RUNNER_TOOL_CACHE, 'sft'))).toBe(false)
  })

  it('Fails hard when the index is signed by another key', async () => {
    const other = await startSandbox({ hosts: 0, repo: { versions: ['1.114.0-1'], signer: 'other' } })
    try {
      const main = await job.runAction('main', inputs({ 'sft-repo': other.repo?.url ?? '' }))
      expect(main.exitCode).toBe(1)
      expect(errorAnnotation(main)).toMatch(
        /^install: The signature of .*InRelease does not verify with the repository key from http/
      )
    } finally {
      await other.stop()
    }
  })

  it('Fails hard when a pinned fingerprint does not match the key', async () => {
    const main = await job.runAction('main', inputs({ 'sft-repo-key': repo.otherFingerprint }))
    expect(main.exitCode).toBe(1)
    expect(errorAnnotation(main)).toContain(`but sft-repo-key pins ${repo.otherFingerprint}`)
  })

  it('Accepts the pinned fingerprint of the real key', async () => {
    const main = await job.runAction('main', inputs({ 'sft-repo-key': repo.fingerprint.replace(/(.{4})/g, '$1 ') }))
    expect(main.exitCode).toBe(0)
  })

  it('Accepts a key URL in sft-repo-key, and requires that key', async () => {
    const keyUrl = `${repo.server.url}/GPG-KEY-OktaPAM-2023`
    expect((await job.runAction('main', inputs({ 'sft-repo-key': keyUrl }))).exitCode).toBe(0)
    repo.server.faults.status.set('/GPG-KEY-OktaPAM-2023', 404)
    const missing = await job.runAction('main', inputs({ 'sft-repo-key': keyUrl, 'sft-version': '1.108.0' }))
    expect(missing.exitCode).toBe(1)
    expect(errorAnnotation(missing)).toContain('Could not download the pinned repository key')
  })

  it('Lists the ten newest versions when the pin does not exist', async () => {
    const main = await job.runAction('main', inputs({ 'sft-version': '1.999.0' }))
    expect(main.exitCode).toBe(1)
    expect(errorAnnotation(main)).toContain('scaleft-client-tools 1.999.0 is not in ' + repo.url)
    expect(errorAnnotation(main)).toContain(
      'The newest versions there are: 1.114.0-1, 1.114.0~rc1-1, 1.108.0-1, 1.107.0-1, 1.9.0-1.'
    )
  })

  it('Detects a corrupt archive whose checksum matches the index', async () => {
    const main = await job.runAction('main', inputs({ 'sft-version': '1.107.0' }))
    expect(main.exitCode).toBe(1)
    expect(errorAnnotation(main)).toMatch(/^install: The downloaded package is corrupt/)
    expect(existsSync(path.join(job.env.RUNNER_TOOL_CACHE, 'sft'))).toBe(false)
  })

  it('Explains a repository that stays unavailable', async () => {
    repo.server.faults.status.set('/GPG-KEY-OktaPAM-2023', 404)
    repo.server.faults.status.set(`/${repo.repoPath}/dists/bookworm/InRelease`, 503)
    const main = await job.runAction('main', inputs())
    expect(main.exitCode).toBe(1)
    expect(repo.server.requests.filter((r) => r === '/GPG-KEY-OktaPAM-2023')).toHaveLength(1)
    expect(main.stdout).toMatch(
      /^::warning::The repository key .* does not exist \(HTTP 404\); .* verified only by its SHA-256 chain/m
    )
    expect(errorAnnotation(main)).toMatch(
      /^install: Could not download the signed release file after \d+ attempts: GET .* failed: \d+ attempts in [\d.]+ s; last failure: HTTP 503/
    )
  })

  for (const status of [403, 407, 503]) {
    it(`Stops, unsigned install refused, when the key answers ${status} (a proxy or mirror refusing it)`, async () => {
      repo.server.faults.status.set('/GPG-KEY-OktaPAM-2023', status)
      const main = await job.runAction('main', inputs({ 'sft-version': '1.108.0' }))
      expect(main.exitCode).toBe(1)
      expect(errorAnnotation(main)).toMatch(
        new RegExp(
          `^install: Could not fetch the repository key ${repo.server.url}/GPG-KEY-OktaPAM-2023 \\(HTTP ${status} after \\d+ attempts?\\)`
        )
      )
      expect(main.stdout).not.toContain('::warning::')
      expect(repo.server.requests).not.toContain(poolFile('1.108.0-1'))
      expect(existsSync(path.join(job.env.RUNNER_TOOL_CACHE, 'sft'))).toBe(false)
    })
  }

  it('Explains a repository that cannot be reached at all', async () => {
    const main = await job.runAction(
      'main',
      inputs({
        'sft-repo': 'http://127.0.0.1:9/repos/deb',
        'sft-repo-key': repo.fingerprint
      })
    )
    expect(main.exitCode).toBe(1)
    expect(errorAnnotation(main)).toContain('could not reach the repository')
  })
})

describe('install: download into a shared tool cache', () => {
  const ROUNDS = 50

  /** Two jobs of one machine, sharing a tool cache, run the main step at the same moment. */
  async function installTogether(cache: string): Promise<number[]> {
    const jobs = [0, 1].map(() => new RunnerJob({ env: { ...sandbox.jobEnv(), RUNNER_TOOL_CACHE: cache } }))
    try {
      const steps = await Promise.all(jobs.map((j) => j.runAction('main', inputs({ 'sft-version': '1.114.0' }))))
      for (const step of steps) if (step.exitCode !== 0) process.stderr.write(RunnerJob.render(step))
      return steps.map((step) => step.exitCode ?? -1)
    } finally {
      for (const j of jobs) j.dispose()
    }
  }

  it(`Two jobs installing the same version into one empty cache at once both succeed, ${ROUNDS} rounds`, async () => {
    const exitCodes: number[] = []
    for (let round = 0; round < ROUNDS; round++) {
      const cache = path.join(job.dir, `cache-${round}`)
      exitCodes.push(...(await installTogether(cache)))
      // One complete entry, no staging directory or stale entry left beside it.
      expect(readdirSync(path.join(cache, 'sft', '1.114.0')).sort()).toEqual([
        path.basename(cached('1.114.0')),
        `${path.basename(cached('1.114.0'))}.complete`
      ])
    }
    process.stdout.write(
      `${exitCodes.filter((c) => c === 0).length} of ${exitCodes.length} concurrent installs succeeded\n`
    )
    expect(exitCodes).toEqual(Array(2 * ROUNDS).fill(0))
  }, 1_800_000)
})

describe('install: auto and none', () => {
  it('auto uses a suitable sft on PATH without any download', async () => {
    const bin = path.dirname(await writeSft(path.join(job.dir, 'bin'), '1.110.0'))
    const main = await job.runAction('main', inputs({ install: 'auto' }), {
      env: { PATH: `${bin}:${job.env.PATH}` }
    })
    expect(main.exitCode).toBe(0)
    expect(main.outputs['sft-version']).toBe('1.110.0')
    expect(repo.server.requests).toEqual([])
  })

  it('auto replaces an sft on PATH too old for workload commands', async () => {
    const bin = path.dirname(await writeSft(path.join(job.dir, 'bin'), '1.80.1'))
    const main = await job.runAction('main', inputs({ install: 'auto' }), {
      env: { PATH: `${bin}:${job.env.PATH}` }
    })
    expect(main.exitCode).toBe(0)
    expect(main.stdout).toContain('Ignoring sft 1.80.1')
    expect(main.outputs['sft-version']).toBe('1.114.0')
  })

  it('none uses the sft on PATH and never downloads', async () => {
    const bin = path.dirname(await writeSft(path.join(job.dir, 'bin'), '1.114.0'))
    const main = await job.runAction('main', inputs({ install: 'none' }), {
      env: { PATH: `${bin}:${job.env.PATH}` }
    })
    expect(main.exitCode).toBe(0)
    expect(main.outputs['sft-path']).toBe(path.join(bin, 'sft'))
    expect(repo.server.requests).toEqual([])
  })

  it('none without an sft on PATH fails with the fix', async () => {
    const main = await job.runAction('main', inputs({ install: 'none' }))
    expect(main.exitCode).toBe(1)
    expect(errorAnnotation(main)).toMatch(/^install: No sft binary was found on PATH \(install: none\)\./)
    expect(repo.server.requests).toEqual([])
  })
})

describe('install: apt', () => {
  it('Installs the system package from only that source, and post removes the source and key', async () => {
    const main = await job.runAction('main', inputs({ install: 'apt', 'sft-version': '1.108.0' }))
    try {
      expect(main.exitCode).toBe(0)
      expect(main.outputs['sft-path']).toBe('/usr/bin/sft')
      expect(main.outputs['sft-version']).toBe('1.108.0')
      const added = [...main.stdout.matchAll(/^apt: added (\S+) and (\S+)$/gm)].flatMap((m) => [m[1], m[2]])
      expect(added).toHaveLength(2)
      expect(added[0]).toMatch(/^\/usr\/share\/keyrings\/opa-workload-identity-[0-9a-f]{16}\.gpg$/)
      expect(added[1]).toMatch(/^\/etc\/apt\/sources\.list\.d\/opa-workload-identity-[0-9a-f]{16}\.list$/)
      expect(readFileSync(added[1], 'utf8')).toBe(`deb [signed-by=${added[0]}] ${repo.url} bookworm okta\n`)
      expect(main.stdout).toContain('apt: installed scaleft-client-tools 1.108.0-1 (/usr/bin/sft)')

      const post = await job.runAction('post', inputs({ install: 'apt' }))
      expect(post.exitCode).toBe(0)
      for (const file of added) {
        expect(post.stdout).toContain(`Cleanup: removed ${file}`)
        expect(existsSync(file)).toBe(false)
      }
    } finally {
      execFileSync('dpkg', ['--purge', 'scaleft-client-tools'], {
        stdio: 'ignore'
      })
    }
  })
})
