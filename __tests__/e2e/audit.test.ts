/**
 * Claim expectations and the audit trail through the bundled action:
 * expect-claims before the exchange, System Log links, and live events from
 * the sandbox's System Log with its delay knob and a wrong token.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { startSandbox, type Sandbox, type SandboxOptions } from '../../sandbox/index.js'
import { otherJobsEvents } from '../../sandbox/system-log.js'
import { AUDIT_CLOCK_SKEW_MS } from '../../src/report/audit.js'
import { REPO_ROOT, RunnerJob } from '../../sandbox/runner.js'

const SSH_ACTION = path.join(REPO_ROOT, 'ssh')
import { errorAnnotation, expectNoSecrets, readRecords, withoutMaskCommands, mainInputs } from '../helpers.js'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

async function setUp(
  options: SandboxOptions = {}
): Promise<{ sandbox: Sandbox; job: RunnerJob; record: string; inputs: Record<string, string> }> {
  const sandbox = await startSandbox(options)
  const record = path.join(sandbox.dir, 'sft-record.jsonl')
  const job = new RunnerJob({ env: { ...sandbox.jobEnv(), SFT_SANDBOX_RECORD: record } })
  cleanups.push(async () => {
    await sandbox.stop()
    job.dispose()
  })
  const inputs = mainInputs(sandbox)
  return { sandbox, job, record, inputs }
}

describe('expect-claims', () => {
  it('Fails fast on a pull request ref, explains it, and never calls sft', async () => {
    const { job, record, inputs } = await setUp({ hosts: 0, github: { subject: 'pull_request' } })
    const main = await job.runAction('main', {
      ...inputs,
      'expect-claims': 'repository=octo-org/deploy-app\nref=refs/heads/main\nenvironment'
    })
    expect(main.exitCode).toBe(1)
    const error = errorAnnotation(main)
    expect(error).toContain('oidc: The GitHub token does not meet expect-claims, so the exchange was not attempted:')
    expect(error).toContain(
      'ref Equals "refs/heads/main": actual "refs/pull/12/merge" (this run came from a pull request)'
    )
    expect(error).toContain('environment Exists "": actual (missing) (the job has no `environment:`)')
    expect(error).not.toContain('repository Equals')
    expect(readRecords(record).filter((r) => r.command === 'workload authenticate')).toEqual([])
    expect(job.summary()).toContain('### Claim expectations')
    expect(job.summary()).toContain('| ❌ | `ref` | Equals | refs/heads/main | refs/pull/12/merge |')
  })

  it('Shows the presented claims when OPA itself refuses the token', async () => {
    const { job, inputs } = await setUp({
      hosts: 0,
      configure: (plane) =>
        void (plane.connections['github-actions'].requiredClaims = [{ claim: 'environment', operator: 'exists' }])
    })
    const main = await job.runAction('main', inputs)
    expect(errorAnnotation(main)).toMatch(
      /OPA rejected the exchange[\s\S]*The GitHub token presented:\n {2}sub: repo:octo-org\/deploy-app:ref:refs\/heads\/main\n {2}repository: octo-org\/deploy-app/
    )
  })
})

describe('audit trail', () => {
  it('Links to the System Log and shows the live events after the sessions', async () => {
    const { sandbox, job, inputs } = await setUp({ hosts: 2 })
    sandbox.systemLogApi.delay.ms = 1500
    const audit = {
      ...inputs,
      'okta-admin-url': 'https://acme-admin.okta.com',
      'okta-org-url': sandbox.systemLogApi.url,
      'okta-api-token': sandbox.systemLogApi.apiToken,
      'audit-wait': '10'
    }
    const main = await job.runAction('main', audit)
    expect(main.exitCode).toBe(0)
    const link = new URL(main.outputs['audit-url'])
    expect(link.pathname).toBe('/report/system_log_2')
    expect(main.stdout).not.toContain('audit-url is empty')
    expect(link.searchParams.get('search')).toBe(
      `eventType eq "pam.user_creds.issue" and actor.id eq "${main.outputs.principal}"`
    )
    expect(main.masks).toContain(sandbox.systemLogApi.apiToken)
    const ssh = await job.runAction(
      'main',
      { hosts: 'target-server-01,target-server-02', run: 'true' },
      { actionDir: path.join(REPO_ROOT, 'ssh') }
    )
    expect(ssh.exitCode).toBe(0)
    const post = await job.runAction('post', audit)
    expect(post.exitCode).toBe(0)
    expect(post.stdout).toContain('Audit trail: 4 System Log events for this job')
    const summary = job.summary()
    expect(summary).toContain('### Audit events (live from the System Log)')
    expect(summary.match(/^\| .* \| `pam\.(user_creds\.issue|server\.ssh_login)` \|/gm)).toHaveLength(4)
    expect(summary).toContain('ED25519-CERT')
    expect(summary).toContain('### Cleanup')
    expect(summary).toContain('✅ Nothing the action created remains.')
    expectNoSecrets(withoutMaskCommands(job.allOutput()), sandbox.secrets())
  })

  it('Sets audit-events in one-step mode, after the sessions', async () => {
    const { sandbox, job, inputs } = await setUp({ hosts: 1 })
    const audit = {
      ...inputs,
      'okta-org-url': sandbox.systemLogApi.url,
      'okta-logs-token': sandbox.systemLogApi.bearerToken,
      'audit-wait': '10'
    }
    const main = await job.runAction('main', { ...audit, hosts: 'target-server-01', run: 'true' })
    expect(main.exitCode).toBe(0)
    const events = JSON.parse(main.outputs['audit-events']) as { eventType: string; actor: { id: string } }[]
    expect(events.map((e) => [e.eventType, e.actor.id])).toEqual([
      ['pam.user_creds.issue', main.outputs.principal],
      ['pam.server.ssh_login', 'wl_deployer']
    ])
    expect(main.stdout).toMatch(/^Audit trail: 2 System Log events for this job \(\d+ requests? in \d+\.\d s\)$/m)
    const post = await job.runAction('post', audit)
    expect(post.stdout).not.toContain('Audit trail:')
    expect(job.summary().match(/### Audit events/g)).toHaveLength(1)
  })

  it('Warns, without failing, when the System Log token is wrong', async () => {
    const { sandbox, job, inputs } = await setUp({ hosts: 1 })
    const audit = {
      ...inputs,
      'okta-org-url': sandbox.systemLogApi.url,
      'okta-api-token': 'wrong-token-value',
      'audit-wait': '1'
    }
    expect((await job.runAction('main', audit)).exitCode).toBe(0)
    expect(
      (await job.runAction('main', { hosts: 'target-server-01', run: 'true' }, { actionDir: SSH_ACTION })).exitCode
    ).toBe(0)
    const post = await job.runAction('post', audit)
    expect(post.exitCode).toBe(0)
    expect(post.stdout).toMatch(/^::warning::Audit trail: the System Log refused the token \(HTTP 401\)/m)
  })

  it("Without recorded sessions, makes one request and no wait, and shows a later step's own sft session apart", async () => {
    const { sandbox, job, inputs } = await setUp({ hosts: 1 })
    const audit = {
      ...inputs,
      'okta-org-url': sandbox.systemLogApi.url,
      'okta-api-token': sandbox.systemLogApi.apiToken,
      'audit-wait': '30'
    }
    expect((await job.runAction('main', audit)).exitCode).toBe(0)
    // A later step's own sft: the action records no session for it.
    const own = await job.runScript(sandbox.sftPath, ['ssh', 'target-server-01', '--command', 'true'])
    expect(own.exitCode).toBe(0)
    const started = Date.now()
    const post = await job.runAction('post', audit)
    expect(post.exitCode).toBe(0)
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(sandbox.systemLogApi.requests.count).toBe(1)
    expect(post.stdout).toMatch(
      /Audit trail: 0 System Log events for this job, 1 other event of its principal \(1 request in \d+\.\d s\)/
    )
    expect(post.stdout).not.toContain('::warning::Audit trail')
    const summary = job.summary()
    expect(summary).toContain('#### Other events of this principal (1, not matched to this job)')
    expect(summary).toContain('The action recorded no sessions of its own.')
    expect(summary).toMatch(/^\| .* \| `pam\.user_creds\.issue` \| .* \| target-server-01 \| SUCCESS \|$/m)
  })

  it('Without recorded sessions, still warns about a refused token', async () => {
    const { sandbox, job, inputs } = await setUp({ hosts: 0 })
    const audit = { ...inputs, 'okta-org-url': sandbox.systemLogApi.url, 'okta-api-token': 'wrong-token-value' }
    expect((await job.runAction('main', audit)).exitCode).toBe(0)
    const post = await job.runAction('post', audit)
    expect(post.exitCode).toBe(0)
    expect(post.stdout).toMatch(/^::warning::Audit trail: the System Log refused the token \(HTTP 401\)/m)
    expect(sandbox.systemLogApi.requests.count).toBe(1)
  })

  it('Shows each of three jobs in a row only its own events', async () => {
    const { sandbox, inputs } = await setUp({ hosts: 2 })
    const audit = {
      ...inputs,
      'okta-org-url': sandbox.systemLogApi.url,
      'okta-api-token': sandbox.systemLogApi.apiToken,
      'audit-wait': '10'
    }
    const seen: string[][] = []
    for (const host of ['target-server-01', 'target-server-02', 'target-server-01']) {
      // Sessions on one host closer than the clock-skew allowance cannot be told apart (the README says so):
      // jobs of one principal on one quiet machine finish in well under a second, so keep them further apart.
      if (seen.length) await new Promise((resolve) => setTimeout(resolve, 2 * AUDIT_CLOCK_SKEW_MS + 500))
      const job = new RunnerJob({ env: sandbox.jobEnv() })
      cleanups.push(async () => job.dispose())
      const main = await job.runAction('main', { ...audit, hosts: host, run: 'true' })
      expect(main.exitCode).toBe(0)
      const events = JSON.parse(main.outputs['audit-events']) as { uuid: string; eventType: string }[]
      expect(events.map((e) => e.eventType)).toEqual(['pam.user_creds.issue', 'pam.server.ssh_login'])
      seen.push(events.map((e) => e.uuid))
    }
    // Every job found its own two events, and none of another job's.
    expect(new Set(seen.flat()).size).toBe(6)
    expect(sandbox.systemLog.all()).toHaveLength(6)
  })

  it('Reads a busy log: exactly its own events among 6,000 of other jobs, no 429, at most 15 requests', async () => {
    const { sandbox, job, inputs } = await setUp({ hosts: 3 })
    const api = sandbox.systemLogApi
    api.delay.ms = 3000
    api.rateLimit.perWindow = 20
    api.rateLimit.windowSeconds = 60
    const audit = { ...inputs, 'okta-org-url': api.url, 'okta-api-token': api.apiToken, 'audit-wait': '30' }
    const main = await job.runAction('main', audit)
    expect(main.exitCode).toBe(0)
    const tokenIssued = Date.now()
    const jobs = { principal: main.outputs.principal, account: 'wl_deployer' }
    // Earlier jobs of the same branch, on the same hosts, within this token's lifetime but before its sessions.
    await new Promise((resolve) => setTimeout(resolve, 4000))
    const earlier = { ...jobs, count: 4000, hosts: [...sandbox.hosts.keys()], from: tokenIssued, to: Date.now() - 2500 }
    sandbox.systemLog.appendMany(otherJobsEvents(earlier))
    const step = job.runAction(
      'main',
      { hosts: 'target-server-01,target-server-02', run: 'true' },
      { actionDir: SSH_ACTION }
    )
    // Jobs running at the same time, on another host.
    const now = Date.now()
    sandbox.systemLog.appendMany(
      otherJobsEvents({ ...jobs, count: 2000, hosts: ['target-server-03'], from: now, to: now + 100 })
    )
    expect((await step).exitCode).toBe(0)
    const started = Date.now()
    const post = await job.runAction('post', audit)
    const wallMs = Date.now() - started
    expect(post.exitCode).toBe(0)
    expect(post.stdout).not.toContain('::warning::Audit trail')
    expect(api.requests.throttled).toBe(0)
    expect(api.requests.count).toBeLessThanOrEqual(15)
    const line =
      /Audit trail: 4 System Log events for this job, 3000 other events of its principal \((\d+) requests in ([\d.]+) s\)/
    expect(post.stdout).toMatch(line)
    expect(Number(line.exec(post.stdout)?.[1])).toBe(api.requests.count)
    // The job's own table: its four events, on its two hosts.
    const section = job.summary().split('### Audit events (live from the System Log)')[1]
    const [ownPart, othersPart] = section.split('#### Other events of this principal')
    const hosts = [...ownPart.matchAll(/^\| [^|]* \| `pam\.[a-z_.]+` \| [^|]* \| ([^|]*) \| SUCCESS \|$/gm)].map(
      (m) => m[1]
    )
    expect(hosts.sort()).toEqual(['target-server-01', 'target-server-01', 'target-server-02', 'target-server-02'])
    expect(othersPart).toMatch(/^ \(3000, not matched to this job\)/)
    expect(othersPart).toContain('2980 more not listed.')
    process.stdout.write(`busy System Log: ${api.requests.count} requests, post took ${wallMs} ms\n`)
  })

  it('Waits out a 429 until X-Rate-Limit-Reset, then shows the events, without a warning', async () => {
    // A window long enough that post's first request surely falls in it, even on a busy machine.
    const { api, job, audit } = await oneHostRan({ perWindow: 3, windowSeconds: 12 }, '30')
    await spendRateLimit(api, 3)
    const post = await job.runAction('post', audit)
    expect(post.exitCode).toBe(0)
    expect(api.requests.throttled).toBe(1)
    expect(post.stdout).not.toContain('::warning::Audit trail')
    const line = /Audit trail: 2 System Log events for this job \((\d+) requests in ([\d.]+) s\)/.exec(post.stdout)
    // The 429, then the two queries (and a poll, should a login event come late).
    expect(Number(line?.[1])).toBeGreaterThanOrEqual(3)
    expect(Number(line?.[2])).toBeGreaterThan(0)
  })

  it('Warns, naming the reset, when a 429 outlasts audit-wait', async () => {
    const { api, job, audit } = await oneHostRan({ perWindow: 1 }, '3')
    await spendRateLimit(api, 1)
    const started = Date.now()
    const post = await job.runAction('post', audit)
    expect(post.exitCode).toBe(0)
    expect(Date.now() - started).toBeLessThan(15_000)
    expect(post.stdout).toMatch(
      /^::warning::Audit trail: the System Log answered HTTP 429 \(rate limit\); its rate limit resets at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ, after audit-wait \(3 s\)$/m
    )
    expect(api.requests).toEqual({ count: 2, throttled: 1 })
    expect(job.summary()).toContain('> ⚠️ the System Log answered HTTP 429 (rate limit)')
  })

  it('Leaves the last quarter of the bucket to others, and says so when the reset is after audit-wait', async () => {
    const { api, job, audit } = await oneHostRan({ perWindow: 4 }, '3')
    await spendRateLimit(api, 2)
    const post = await job.runAction('post', audit)
    expect(post.exitCode).toBe(0)
    // 1 of 4 left after the job's first request: it does not take it.
    expect(api.requests).toEqual({ count: 3, throttled: 0 })
    expect(post.stdout).toMatch(
      /^::warning::Audit trail: the System Log's rate limit had 1 of 4 requests left until .*, after audit-wait \(3 s\); the rest is left to the org's other clients$/m
    )
  })
})

/** A job that authenticated and ran on one host, its System Log limited to `rateLimit`. */
async function oneHostRan(
  rateLimit: Partial<Sandbox['systemLogApi']['rateLimit']>,
  auditWait: string
): Promise<{ api: Sandbox['systemLogApi']; job: RunnerJob; audit: Record<string, string> }> {
  const { sandbox, job, inputs } = await setUp({ hosts: 1 })
  const api = sandbox.systemLogApi
  Object.assign(api.rateLimit, rateLimit)
  const audit = { ...inputs, 'okta-org-url': api.url, 'okta-api-token': api.apiToken, 'audit-wait': auditWait }
  expect((await job.runAction('main', audit)).exitCode).toBe(0)
  const ssh = await job.runAction('main', { hosts: 'target-server-01', run: 'true' }, { actionDir: SSH_ACTION })
  expect(ssh.exitCode).toBe(0)
  return { api, job, audit }
}

/** Another client of the same token (a SIEM export, another job) spends part of its rate limit. */
async function spendRateLimit(api: Sandbox['systemLogApi'], requests: number): Promise<void> {
  for (let i = 0; i < requests; i++) {
    const response = await fetch(`${api.url}/api/v1/logs?limit=1`, {
      headers: { authorization: `SSWS ${api.apiToken}` }
    })
    expect(response.status).toBe(200)
    await response.arrayBuffer()
  }
}
