/**
 * Claim expectations and the audit trail through the bundled action:
 * expect-claims before the exchange, System Log links, and live events from
 * the sandbox's System Log with its delay knob and a wrong token.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { startSandbox, type Sandbox, type SandboxOptions } from '../../sandbox/index.js'
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

  it('Does not wait for events a job without sessions cannot have', async () => {
    const { sandbox, job, inputs } = await setUp({ hosts: 1 })
    const audit = {
      ...inputs,
      'okta-org-url': sandbox.systemLogApi.url,
      'okta-api-token': sandbox.systemLogApi.apiToken,
      'audit-wait': '30'
    }
    expect((await job.runAction('main', audit)).exitCode).toBe(0)
    const started = Date.now()
    const post = await job.runAction('post', audit)
    expect(post.exitCode).toBe(0)
    expect(Date.now() - started).toBeLessThan(5000)
    expect(sandbox.systemLogApi.requests.count).toBe(0)
    expect(post.stdout).not.toContain('raise audit-wait')
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
})
