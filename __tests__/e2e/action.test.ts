/**
 * Black-box tests of the bundled dist/main and dist/post, run the way the
 * runner runs them, against the sandbox's GitHub OIDC service, OPA and sft.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { startSandbox, type Sandbox, type SandboxOptions } from '../../sandbox/index.js'
import { RunnerJob, type JobOptions } from '../../sandbox/runner.js'
import {
  errorAnnotation,
  expectMaskedFirst,
  expectNoSecrets,
  readRecords,
  withoutMaskCommands,
  mainInputs
} from '../helpers.js'

let sandbox: Sandbox | undefined
let job: RunnerJob | undefined

afterEach(async () => {
  await sandbox?.stop()
  job?.dispose()
  sandbox = undefined
  job = undefined
})

async function setUp(
  options: SandboxOptions = {},
  jobOptions: JobOptions = {}
): Promise<{ sandbox: Sandbox; job: RunnerJob; record: string }> {
  sandbox = await startSandbox({ hosts: 0, ...options })
  const record = path.join(sandbox.dir, 'sft-record.jsonl')
  job = new RunnerJob({
    ...jobOptions,
    env: { ...sandbox.jobEnv(), SFT_SANDBOX_RECORD: record, ...jobOptions.env }
  })
  return { sandbox, job, record }
}

describe('main and post, end to end', () => {
  it('Exchanges the GitHub token for an OPA token and exports it safely', async () => {
    const { sandbox: s, job: j, record } = await setUp()
    const started = Date.now()
    const main = await j.runAction('main', mainInputs(s))
    expect(main.exitCode).toBe(0)

    // sft got the documented argv, and the JWT only through --jwt-env.
    const [call] = readRecords(record)
    const jwt = s.github.issued[0]
    expect(call.argv).toEqual([
      'workload',
      'authenticate',
      '--team',
      'acme',
      '--connection',
      'github-actions',
      '--jwt-env',
      'OPA_WORKLOAD_GITHUB_JWT',
      '--role-hint',
      'deployer'
    ])
    expect(call.argv.join(' ')).not.toContain(jwt)
    expect(call.jwtSha256).toBe(createHash('sha256').update(jwt).digest('hex'))
    expect(call.envNamesHoldingJwt).toEqual(['OPA_WORKLOAD_GITHUB_JWT'])
    expect(call.envNames).toEqual(expect.arrayContaining(['OPA_ADDR', 'SFT_TEAM']))
    expect(call.envNames).not.toContain('ACTIONS_ID_TOKEN_REQUEST_TOKEN')
    expect(call.envNames.filter((n) => n.startsWith('INPUT_'))).toEqual([])

    // GitHub was asked for the opa-addr audience, with the request token.
    expect(s.github.requests).toHaveLength(1)
    expect(s.github.requests[0].audience).toBe(s.opa.addr)
    expect(s.github.requests[0].authorization).toBe(`Bearer ${s.github.requestToken}`)

    const token = s.opa.issued[0]
    const expiresAt = Date.parse(main.outputs['expires-at'])
    expect(main.outputs).toMatchObject({
      token,
      principal: 'opa://acme/github-actions/repo:octo-org%2Fdeploy-app:ref:refs%2Fheads%2Fmain',
      'github-subject': 'repo:octo-org/deploy-app:ref:refs/heads/main',
      role: 'deployer',
      account: 'wl_deployer',
      'sft-path': s.sftPath,
      'sft-version': '1.114.0',
      authenticated: 'true'
    })
    // The sandbox's loopback opa-addr has no Admin Console to derive: the empty audit-url says why.
    expect(main.outputs['audit-url']).toBeUndefined()
    expect(main.stdout).toMatch(/^::notice::audit-url is empty: the Okta Admin Console URL cannot be derived/m)
    expect(main.stdout).toContain('Set okta-admin-url')
    expect(expiresAt).toBeGreaterThanOrEqual(Math.floor(started / 1000) * 1000 + 900_000)
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 900_000)
    expect(main.exported).toEqual({
      OPA_TOKEN: token,
      OPA_ADDR: s.opa.addr,
      SFT_TEAM: 'acme',
      OPA_WORKLOAD_CONNECTION: 'github-actions',
      OPA_WORKLOAD_ROLE: 'deployer',
      OPA_AUDIENCE: s.opa.addr,
      OPA_TOKEN_EXPORTED: createHash('sha256').update(token).digest('hex').slice(0, 16)
    })

    // Both credentials were masked before their first appearance, and appear nowhere else.
    expectMaskedFirst(main, jwt)
    expectMaskedFirst(main, token)
    expectNoSecrets(withoutMaskCommands(main.stdout) + main.stderr + j.summary(), [jwt, token])
    expectNoSecrets(JSON.stringify(main.exported) + JSON.stringify(main.state), [jwt])
    expect(j.summary()).toContain('authenticated')

    const post = await j.runAction('post', mainInputs(s))
    expect(post.exitCode).toBe(0)
    expect(post.exported).toEqual({
      OPA_TOKEN: '',
      OPA_ADDR: '',
      SFT_TEAM: '',
      OPA_WORKLOAD_CONNECTION: '',
      OPA_WORKLOAD_ROLE: '',
      OPA_AUDIENCE: '',
      OPA_TOKEN_EXPORTED: ''
    })
    expect(post.stdout).toContain('removed OPA_TOKEN')
    // sft kept its state in the action's own temp dir, which post removed; the user's was never touched.
    expect(post.stdout).toContain(`removed ${main.state['temp-dir']}`)
    expect(existsSync(main.state['temp-dir'])).toBe(false)
    expect(existsSync(path.join(j.home, '.local', 'share', 'ScaleFT'))).toBe(false)
    expectNoSecrets(j.allOutput().replace(/^::add-mask::.*$/gm, ''), s.secrets())
  })

  it("Shows sft's verdict when OPA rejects the claims", async () => {
    const { sandbox: s, job: j } = await setUp({
      configure: (plane) => {
        plane.connections['github-actions'].requiredClaims = [
          { claim: 'ref', operator: 'equals', value: 'refs/heads/release' }
        ]
      }
    })
    const main = await j.runAction('main', mainInputs(s))
    expect(main.exitCode).toBe(1)
    const error = errorAnnotation(main)
    expect(error).toMatch(
      /^exchange: OPA rejected the exchange \(team "acme", connection "github-actions", role hint "deployer"; sft exited with 1\)/
    )
    expect(error).toContain('claim "ref" is "refs/heads/main", expected "refs/heads/release"')
    expect(error).toContain('Hint: Compare the GitHub token claims')
    expect(main.outputs.token).toBeUndefined()
    expect(main.exported).toEqual({})
    expect(main.stdout.match(/^::error::/gm)).toHaveLength(1)
    expectNoSecrets(withoutMaskCommands(main.stdout) + main.stderr + j.summary(), s.secrets())
  })

  it('Explains a Draft connection that validates but issues no token', async () => {
    const { sandbox: s, job: j } = await setUp({
      configure: (plane) => {
        plane.connections['github-actions'].status = 'draft'
      }
    })
    const main = await j.runAction('main', mainInputs(s))
    expect(main.exitCode).toBe(1)
    const error = errorAnnotation(main)
    expect(error).toContain('sft exited 0 but printed no access token')
    expect(error).toMatch(/its stderr had \d+ characters on 1 line, not shown/)
    // sft's own words are never shown on this path: they could hold the token.
    expect(error).not.toContain('which is in Draft')
    expect(error).toContain('may be in Draft, or its activation has not propagated yet')
    expect(error).toContain('security admin')
    expect(error).toContain('about 5 minutes')
  })

  it('Recognises an sft too old for workload commands', async () => {
    const { sandbox: s, job: j } = await setUp({ sftVersion: '1.80.1' })
    const main = await j.runAction('main', mainInputs(s))
    expect(main.exitCode).toBe(1)
    expect(errorAnnotation(main)).toMatch(/^exchange: This sft is too old for workload commands/)
  })

  it('Tolerates an opaque, non-JWT OPA token', async () => {
    const { sandbox: s, job: j } = await setUp({
      configure: (plane) => {
        plane.knobs.tokenFormat = 'opaque'
      }
    })
    const main = await j.runAction('main', mainInputs(s))
    expect(main.exitCode).toBe(0)
    expect(main.outputs.token).toBe(s.opa.issued[0])
    expect(main.outputs['expires-at']).toBe('')
    expect(main.outputs.principal).toBe('')
    expect(main.outputs.role).toBe('deployer')
    expectMaskedFirst(main, s.opa.issued[0])
    expect(j.summary()).toContain('unknown (opaque token)')
  })

  it('Refuses to print stdout that is not shaped like a token', async () => {
    const { sandbox: s, job: j } = await setUp({
      configure: (plane) => {
        plane.knobs.tokenFormat = 'garbage'
      }
    })
    const main = await j.runAction('main', mainInputs(s))
    expect(main.exitCode).toBe(1)
    expect(errorAnnotation(main)).toContain('not shaped like a token')
    expect(main.stdout + main.stderr).not.toContain('Welcome to OPA')
  })

  it('Retries a 500 from GitHub and reports the attempts', async () => {
    const { sandbox: s, job: j } = await setUp({
      oidcFaults: { failuresBeforeSuccess: 1, failureStatus: 500 }
    })
    const main = await j.runAction('main', mainInputs(s))
    expect(main.exitCode).toBe(0)
    expect(s.github.requests).toHaveLength(2)
    expect(main.stdout).toContain('(2 attempts)')
  })

  it('Does not retry a 403 from GitHub', async () => {
    const { sandbox: s, job: j } = await setUp({ oidcFaults: { status: 403 } })
    const main = await j.runAction('main', mainInputs(s))
    expect(main.exitCode).toBe(1)
    expect(s.github.requests).toHaveLength(1)
    expect(errorAnnotation(main)).toMatch(/^oidc: GitHub refused the OIDC token request \(HTTP 403/)
  })

  it('Names the missing id-token permission', async () => {
    const { sandbox: s, job: j } = await setUp(
      {},
      {
        env: {
          ACTIONS_ID_TOKEN_REQUEST_URL: '',
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: ''
        }
      }
    )
    const main = await j.runAction('main', mainInputs(s))
    expect(main.exitCode).toBe(1)
    const error = errorAnnotation(main)
    expect(error).toContain('oidc: The job cannot request a GitHub OIDC token: the id-token permission is missing.')
    expect(error).toContain('id-token: write')
    expect(readRecords(path.join(s.dir, 'sft-record.jsonl'))).toEqual([])
  })

  const forkPullRequest: JobOptions = {
    eventName: 'pull_request',
    eventPayload: {
      repository: { full_name: 'octo-org/deploy-app' },
      pull_request: {
        head: { repo: { full_name: 'mallory/deploy-app', fork: true } }
      }
    },
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: '',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: ''
    }
  }

  it('Fails a fork pull request with the reason, by default', async () => {
    const { sandbox: s, job: j } = await setUp({}, forkPullRequest)
    const main = await j.runAction('main', mainInputs(s))
    expect(main.exitCode).toBe(1)
    expect(errorAnnotation(main)).toContain('pull_request from a fork')
  })

  it('Skips a fork pull request with a notice when on-no-oidc is skip', async () => {
    const { sandbox: s, job: j } = await setUp({}, forkPullRequest)
    const main = await j.runAction('main', mainInputs(s, { 'on-no-oidc': 'skip' }))
    expect(main.exitCode).toBe(0)
    expect(main.outputs).toEqual({ authenticated: 'false' })
    expect(main.exported).toEqual({})
    expect(main.stdout).toMatch(/^::notice::Skipping OPA authentication: This is a pull_request from a fork/m)
    expect(j.summary()).toContain('skipped')
    const post = await j.runAction('post', mainInputs(s, { 'on-no-oidc': 'skip' }))
    expect(post.exitCode).toBe(0)
    expect(post.stdout).toContain('Cleanup: nothing to remove.')
  })

  it('Explains that Dependabot runs get no OIDC token', async () => {
    const { sandbox: s, job: j } = await setUp(
      {},
      {
        env: {
          GITHUB_ACTOR: 'dependabot[bot]',
          ACTIONS_ID_TOKEN_REQUEST_URL: '',
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: ''
        }
      }
    )
    const main = await j.runAction('main', mainInputs(s))
    expect(main.exitCode).toBe(1)
    expect(errorAnnotation(main)).toContain('started by Dependabot')
  })

  it('Lists every bad input in one error, and touches nothing', async () => {
    const { sandbox: s, job: j, record } = await setUp()
    const main = await j.runAction('main', {
      ...mainInputs(s),
      team: '-acme',
      connection: 'github actions',
      'opa-addr': 'http://user:hunter2@opa.example.com',
      install: 'pip',
      'export-env': 'yes'
    })
    expect(main.exitCode).toBe(1)
    const error = errorAnnotation(main)
    expect(error).toMatch(/^inputs: 5 inputs are invalid:/)
    for (const input of ['team', 'connection', 'opa-addr', 'install', 'export-env']) {
      expect(error).toContain(`  - ${input}: `)
    }
    expect(error).not.toContain('hunter2')
    expect(s.github.requests).toEqual([])
    expect(readRecords(record)).toEqual([])
  })

  it('Cleans up after a main that failed half-way, keeping what existed before', async () => {
    const { sandbox: s, job: j } = await setUp({
      configure: (plane) => {
        plane.connections['github-actions'].status = 'draft'
      }
    })
    const userConfig = path.join(j.home, '.config', 'ScaleFT')
    mkdirSync(userConfig, { recursive: true })
    writeFileSync(path.join(userConfig, 'sft.conf'), 'section "default" {}\n')
    const main = await j.runAction('main', mainInputs(s))
    expect(main.exitCode).toBe(1)
    // sft ran, with its state in the action's temp dir, not the user's.
    expect(existsSync(path.join(main.state['temp-dir'], 'sft-data', 'ScaleFT'))).toBe(true)
    expect(existsSync(path.join(j.home, '.local', 'share', 'ScaleFT'))).toBe(false)

    const post = await j.runAction('post', mainInputs(s))
    expect(post.exitCode).toBe(0)
    expect(existsSync(main.state['temp-dir'])).toBe(false)
    expect(existsSync(path.join(userConfig, 'sft.conf'))).toBe(true)
    expect(post.exported).toEqual({})
  })

  it('Runs post cleanly when main never started', async () => {
    const { sandbox: s, job: j } = await setUp()
    const post = await j.runAction('post', mainInputs(s))
    expect(post.exitCode).toBe(0)
    expect(post.stdout).toContain('Cleanup: nothing to remove.')
  })

  it('Does not export anything with export-env false', async () => {
    const { sandbox: s, job: j } = await setUp()
    const main = await j.runAction('main', mainInputs(s, { 'export-env': 'false' }))
    expect(main.exitCode).toBe(0)
    expect(main.exported).toEqual({})
    expect(main.outputs.token).toBe(s.opa.issued[0])
    const post = await j.runAction('post', mainInputs(s, { 'export-env': 'false' }))
    expect(post.exported).toEqual({})
  })
})
