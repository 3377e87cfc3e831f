/**
 * The whole trust chain on one machine: the bundled action gets a token,
 * then sft reaches real OpenSSH servers as a just-in-time account with an
 * ephemeral certificate, and the System Log records it.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { get as httpGet } from 'node:http'
import path from 'node:path'
import { updateControlPlane } from '../../sandbox/control-plane.js'
import { startSandbox, type Sandbox, type SandboxOptions } from '../../sandbox/index.js'
import { RunnerJob, type StepResult } from '../../sandbox/runner.js'
import { expectNoSecrets, readRecords, withoutMaskCommands, mainInputs } from '../helpers.js'

interface World {
  sandbox: Sandbox
  job: RunnerJob
  record: string
  main: StepResult
}

const worlds: World[] = []

async function authenticated(options: SandboxOptions = {}, github = {}): Promise<World> {
  const sandbox = await startSandbox({ github, ...options })
  const record = path.join(sandbox.dir, 'sft-record.jsonl')
  const job = new RunnerJob({ env: { ...sandbox.jobEnv(), SFT_SANDBOX_RECORD: record } })
  const main = await job.runAction('main', mainInputs(sandbox))
  const world = { sandbox, job, record, main }
  worlds.push(world)
  return world
}

afterEach(async () => {
  for (const world of worlds.splice(0)) {
    await world.sandbox.stop()
    world.job.dispose()
  }
})

/** Runs `sft ssh HOST --command CMD` as a later step of the job would. */
function sftSsh(world: World, host: string, command: string, extra: string[] = []): Promise<StepResult> {
  return world.job.runScript(world.sandbox.sftPath, ['ssh', host, ...extra, '--command', command])
}

async function jitAccountsEverywhere(sandbox: Sandbox): Promise<string[]> {
  const all = await Promise.all([...sandbox.hosts.values()].map((h) => h.jitAccounts()))
  return all.flat()
}

async function sudoersEverywhere(sandbox: Sandbox): Promise<string[]> {
  const all = await Promise.all([...sandbox.hosts.values()].map((h) => h.sudoersEntries()))
  return all.flat()
}

/** Command lines of live processes that mention `text`. */
function processesMentioning(text: string): string[] {
  return readdirSync('/proc')
    .filter((pid) => /^\d+$/.test(pid) && Number(pid) !== process.pid)
    .map((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ')
      } catch {
        return ''
      }
    })
    .filter((cmdline) => cmdline.includes(text))
}

async function until<T>(probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (ok(value) || Date.now() > deadline) return value
    await new Promise((r) => setTimeout(r, 50))
  }
}

describe('sandbox, end to end', () => {
  it('Runs the full flow: token, JIT account with only its sudo rights, session, teardown, audit', async () => {
    const world = await authenticated()
    const { sandbox, job } = world
    expect(world.main.exitCode).toBe(0)
    const step = await sftSsh(
      world,
      'target-server-01',
      'hostname; whoami; sudo -n -l; sudo -n /usr/bin/id -u || echo denied-id'
    )
    expect(step.exitCode).toBe(0)
    const [hostname, user] = step.stdout.split('\n')
    expect([hostname, user]).toEqual(['target-server-01', 'wl_deployer'])
    expect(step.stdout).toContain('(root) NOPASSWD: /usr/bin/systemctl restart app')
    expect(step.stdout).toContain('denied-id')

    // The account never existed on the machine itself, and is gone from the target.
    expect(readFileSync('/etc/passwd', 'utf8')).not.toContain('wl_deployer')
    expect(await jitAccountsEverywhere(sandbox)).toEqual([])
    expect(await sudoersEverywhere(sandbox)).toEqual([])

    const post = await job.runAction('post', {})
    expect(post.exitCode).toBe(0)
    expect(readdirSync(job.env.TMPDIR)).toEqual([])
    expect(readdirSync(job.env.RUNNER_TEMP)).toEqual([])
    expect(processesMentioning(sandbox.sftPath)).toEqual([])

    const events = await until(
      async () => sandbox.systemLog.all(),
      (e) => e.length >= 2
    )
    expect(events.map((e) => e.eventType)).toEqual(['pam.user_creds.issue', 'pam.server.ssh_login'])
    const [issue, login] = events
    expect(issue.actor).toMatchObject({ type: 'WorkloadPrincipal', id: world.main.outputs.principal })
    expect(issue.client.userAgent.rawUserAgent).toBe('scaleft.go/1.114.0 (sft; k:n o:la)')
    // Shaped as Okta's: debugData values are strings; the credentials event targets the Team and the Project.
    expect(issue.debugContext.debugData.serverHostnames).toBe('target-server-01')
    expect(issue.target.map((t) => t.type)).toEqual(['Team', 'Project'])
    expect(login.actor).toMatchObject({ id: 'wl_deployer', displayName: 'wl_deployer' })
    expect(login.target).toContainEqual(expect.objectContaining({ type: 'Server', displayName: 'target-server-01' }))
    expect(login.debugContext.debugData.SshAlgorithm).toBe('ED25519-CERT')
    expectNoSecrets(withoutMaskCommands(job.allOutput()), sandbox.secrets())
  })

  it('Keeps the JIT account only for the length of the session, seen from outside', async () => {
    const world = await authenticated()
    const host = world.sandbox.hosts.get('target-server-02')
    expect(await host?.jitAccounts()).toEqual([])
    const session = sftSsh(world, 'target-server-02', 'sleep 1.5')
    const during = await until(
      async () => (await host?.jitAccounts()) ?? [],
      (a) => a.length > 0
    )
    expect(during).toEqual(['wl_deployer'])
    expect(await world.sandbox.hosts.get('target-server-01')?.jitAccounts()).toEqual([])
    expect((await session).exitCode).toBe(0)
    expect(await host?.jitAccounts()).toEqual([])
    expect(existsSync(path.join(host?.dir ?? '', 'root', 'home', 'wl_deployer'))).toBe(false)
  })

  it('Issues certificates that expire no later than configured', async () => {
    const world = await authenticated({ configure: (plane) => void (plane.knobs.certTtlSeconds = 120) })
    const before = Math.floor(Date.now() / 1000)
    expect((await sftSsh(world, 'target-server-01', 'true')).exitCode).toBe(0)
    const issued = readRecords(world.record).find((r) => r.command === 'ssh credentials') as unknown as {
      certificate: string
    }
    const certFile = path.join(world.job.dir, 'cert.pub')
    writeFileSync(certFile, `${issued.certificate}\n`)
    const details = execFileSync('ssh-keygen', ['-L', '-f', certFile], { encoding: 'utf8' })
    expect(details).toMatch(/Principals: \n\s+wl_deployer\n/)
    const to = /Valid: from \S+ to (\S+)/.exec(details)?.[1] ?? ''
    const expires = Date.parse(`${to}Z`) / 1000
    expect(expires - before).toBeLessThanOrEqual(120 + 2)
    expect(expires - before).toBeGreaterThan(100)
  })

  it('Checks the role conditions at ssh time, not at authenticate', async () => {
    const world = await authenticated({}, { ref: 'refs/heads/feature/x' })
    expect(world.main.exitCode).toBe(0)
    const step = await sftSsh(world, 'target-server-01', 'true')
    expect(step.exitCode).toBe(1)
    expect(step.stderr).toContain(
      'workload role "deployer" conditions not met: claim "ref" is "refs/heads/feature/x", expected "refs/heads/main"'
    )
    expect(await jitAccountsEverywhere(world.sandbox)).toEqual([])
  })

  it('Denies a host outside the policy, and resolve says why with exit 125', async () => {
    const world = await authenticated()
    const step = await sftSsh(world, 'db-server-01', 'true')
    expect(step.exitCode).toBe(1)
    expect(step.stderr).toContain('no policy grants workload role "deployer" access to server "db-server-01"')
    const resolve = await world.job.runScript(world.sandbox.sftPath, ['resolve', '-q', 'db-server-01'])
    expect(resolve.exitCode).toBe(125)
    expect((await world.job.runScript(world.sandbox.sftPath, ['resolve', '-q', 'target-server-03'])).exitCode).toBe(0)
    const list = await world.job.runScript(world.sandbox.sftPath, ['list-servers', '-o', 'json'])
    expect((JSON.parse(list.stdout) as { hostname: string }[]).map((s) => s.hostname)).toEqual([
      'target-server-01',
      'target-server-02',
      'target-server-03'
    ])
  })

  it('Rejects an expired token at ssh time', async () => {
    const world = await authenticated({
      configure: (plane) => void (plane.connections['github-actions'].ttlSeconds = 1)
    })
    expect(world.main.stdout).toMatch(/::warning::The OPA token expires in \d s/)
    await new Promise((r) => setTimeout(r, 2100))
    const step = await sftSsh(world, 'target-server-01', 'true')
    expect(step.exitCode).toBe(1)
    expect(step.stderr).toMatch(/OPA_TOKEN is not valid: "exp" claim timestamp check failed/)
  })

  it('Needs a terminal when the TTY knob is on, and works under script', async () => {
    const world = await authenticated({ configure: (plane) => void (plane.knobs.requireTty = true) })
    const bare = await sftSsh(world, 'target-server-01', 'true')
    expect(bare.exitCode).toBe(1)
    expect(bare.stderr).toContain('stdin is not a TTY')
    const viaScript = await world.job.runScript('script', [
      '-q',
      '-e',
      '-c',
      `${world.sandbox.sftPath} ssh target-server-01 --command whoami`,
      '/dev/null'
    ])
    expect(viaScript.exitCode).toBe(0)
    expect(viaScript.stdout.replace(/\r/g, '')).toContain('wl_deployer\n')
  })

  it('Reports a stopped server as unreachable, with ssh exit 255', async () => {
    const world = await authenticated({ configure: (plane) => void (plane.servers['target-server-03'].stopped = true) })
    const step = await sftSsh(world, 'target-server-03', 'true')
    expect(step.exitCode).toBe(255)
    expect(step.stderr).toMatch(/Connection refused/)
  })

  it('Destroys the account when sft ssh is terminated or killed mid-session', async () => {
    const world = await authenticated()
    const host = world.sandbox.hosts.get('target-server-01')
    for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
      const child = spawn(world.sandbox.sftPath, ['ssh', 'target-server-01', '--command', 'sleep 30'], {
        env: world.job.env,
        stdio: 'ignore'
      })
      await until(
        async () => (await host?.jitAccounts()) ?? [],
        (a) => a.length > 0
      )
      const exited = new Promise<[number | null, string | null]>((r) => child.on('close', (c, s) => r([c, s])))
      child.kill(signal)
      const [code, sig] = await exited
      expect([code, sig]).toEqual(signal === 'SIGTERM' ? [143, null] : [null, 'SIGKILL'])
      expect(
        await until(
          async () => (await host?.jitAccounts()) ?? [],
          (a) => a.length === 0
        )
      ).toEqual([])
    }
    expect(await sudoersEverywhere(world.sandbox)).toEqual([])
  })

  it('Works with native ssh and scp through the generated ssh config', async () => {
    const world = await authenticated()
    const { job, sandbox } = world
    const config = await job.runScript(sandbox.sftPath, ['ssh-config'])
    const configFile = path.join(job.dir, 'ssh_config')
    writeFileSync(configFile, config.stdout)
    const common = ['-F', configFile, '-o', 'BatchMode=yes', '-o', 'StrictHostKeyChecking=yes']
    const whoami = await job.runScript('ssh', [...common, '-l', 'wl_deployer', 'target-server-02', 'whoami'])
    expect(whoami.stderr).toBe('')
    expect(whoami.stdout).toBe('wl_deployer\n')
    const local = path.join(job.dir, 'payload.txt')
    writeFileSync(local, 'hello over scp\n')
    const copy = await job.runScript('scp', [
      ...common,
      '-o',
      'User=wl_deployer',
      local,
      'target-server-02:payload.txt'
    ])
    expect(copy.exitCode).toBe(0)
    const logout = await job.runScript(sandbox.sftPath, ['logout'])
    expect(logout.exitCode).toBe(0)
    expect(existsSync(path.join(job.home, '.local', 'share', 'ScaleFT', 'agent.sock'))).toBe(false)
    expect(await jitAccountsEverywhere(sandbox)).toEqual([])
  })
})

describe('System Log API', () => {
  let world: World
  beforeAll(async () => {
    const sandbox = await startSandbox({})
    const job = new RunnerJob({ env: sandbox.jobEnv() })
    const main = await job.runAction('main', mainInputs(sandbox))
    world = { sandbox, job, record: '', main }
    await sftSsh(world, 'target-server-01', 'true')
    await sftSsh(world, 'target-server-02', 'true')
    // ssh_login events are read from sshd's log, a moment after the login.
    await until(
      async () => world.sandbox.systemLog.all(),
      (e) => e.length >= 4
    )
  })
  afterAll(async () => {
    await world.sandbox.stop()
    world.job.dispose()
  })

  async function query(params: Record<string, string>, auth: string): Promise<{ status: number; body: unknown }> {
    const url = `${world.sandbox.systemLogApi.url}/api/v1/logs?${new URLSearchParams(params)}`
    const response = await fetch(url, { headers: { authorization: auth } })
    return { status: response.status, body: await response.json() }
  }

  it('Filters by event type and actor, with SSWS or Bearer auth', async () => {
    const principal = world.main.outputs.principal
    const filter = `eventType eq "pam.user_creds.issue" and actor.id eq "${principal}"`
    for (const auth of [
      `SSWS ${world.sandbox.systemLogApi.apiToken}`,
      `Bearer ${world.sandbox.systemLogApi.bearerToken}`
    ]) {
      const { status, body } = await query({ filter }, auth)
      expect(status).toBe(200)
      expect(
        (body as { debugContext: { debugData: { serverHostnames: string } } }[]).map(
          (e) => e.debugContext.debugData.serverHostnames
        )
      ).toEqual(['target-server-01', 'target-server-02'])
    }
  })

  it('Honours limit, sortOrder, since and until', async () => {
    const auth = `SSWS ${world.sandbox.systemLogApi.apiToken}`
    const newest = await query(
      { filter: 'eventType eq "pam.user_creds.issue"', sortOrder: 'DESCENDING', limit: '1' },
      auth
    )
    expect(
      (newest.body as { debugContext: { debugData: { serverHostnames: string } } }[])[0].debugContext.debugData
        .serverHostnames
    ).toBe('target-server-02')
    const future = await query({ since: new Date(Date.now() + 60_000).toISOString() }, auth)
    expect(future.body).toEqual([])
  })

  it('Rejects a wrong token and a malformed filter', async () => {
    expect((await query({}, 'SSWS wrong')).status).toBe(401)
    expect((await query({ filter: 'eventType = x' }, `SSWS ${world.sandbox.systemLogApi.apiToken}`)).status).toBe(400)
  })

  it('Pages with separate Link lines, polls through next, and limits each token with X-Rate-Limit headers', async () => {
    const api = world.sandbox.systemLogApi
    const get = (url: string, token = `SSWS ${api.apiToken}`) =>
      new Promise<{ status: number; raw: string[]; body: unknown[] }>((resolve, reject) => {
        httpGet(url, { headers: { authorization: token } }, (res) => {
          let body = ''
          res.on('data', (chunk: Buffer) => (body += chunk.toString()))
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, raw: res.rawHeaders, body: JSON.parse(body) as unknown[] })
          )
        }).on('error', reject)
      })
    const linkLines = (raw: string[]) => raw.filter((_, i) => i % 2 === 0 && raw[i].toLowerCase() === 'link').length
    const next = (raw: string[]) => /<([^>]*)>; rel="next"/.exec(raw.join('\n'))?.[1] ?? ''
    const since = new Date(Date.now() - 3_600_000).toISOString()
    const first = await get(`${api.url}/api/v1/logs?${new URLSearchParams({ since, limit: '1' })}`)
    expect(first.body).toHaveLength(1)
    expect(linkLines(first.raw)).toBe(2)
    // Following next walks on, one event a page, and past the end a polling query still has a next link.
    let url = next(first.raw)
    const seen = [first.body[0]]
    for (let page = await get(url); page.body.length; page = await get(url)) {
      seen.push(page.body[0])
      url = next(page.raw)
      expect(url).toContain('after=')
    }
    expect(seen).toEqual(world.sandbox.systemLog.all())
    expect(await get(`${url}&since=${since}`)).toMatchObject({ status: 400 })
    api.rateLimit.perWindow = 2
    try {
      const bearer = `Bearer ${api.bearerToken}`
      const answers = [await get(url, bearer), await get(url, bearer), await get(url, bearer)]
      // The token's window may already hold a request of an earlier test: 200 first, 429 by the third.
      expect(answers[0].status).toBe(200)
      expect(answers[2].status).toBe(429)
      const headers = Object.fromEntries(
        answers[2].raw.flatMap((v, i, all) => (i % 2 ? [] : [[v.toLowerCase(), all[i + 1]]]))
      )
      expect(headers['x-rate-limit-limit']).toBe('2')
      expect(headers['x-rate-limit-remaining']).toBe('0')
      expect(Number(headers['x-rate-limit-reset'])).toBeGreaterThan(Date.now() / 1000)
    } finally {
      api.rateLimit.perWindow = 600
    }
  })

  it('Holds events back while the delay knob is set', async () => {
    const auth = `SSWS ${world.sandbox.systemLogApi.apiToken}`
    world.sandbox.systemLogApi.delay.ms = 60_000
    expect((await query({}, auth)).body).toEqual([])
    world.sandbox.systemLogApi.delay.ms = 0
    expect(((await query({}, auth)).body as unknown[]).length).toBeGreaterThanOrEqual(4)
  })
})

describe('control plane', () => {
  it('Applies a change to a running sandbox at once', async () => {
    const world = await authenticated()
    updateControlPlane(world.sandbox.controlPlanePath, (plane) => {
      plane.roles.deployer.servers = ['target-server-02']
    })
    expect((await sftSsh(world, 'target-server-01', 'true')).exitCode).toBe(1)
    expect((await sftSsh(world, 'target-server-02', 'true')).exitCode).toBe(0)
  })
})
