/**
 * What crosses into the action from outside stays data: a server's output,
 * sft's words, System Log events. Each test runs the bundles under the
 * emulated runner, which executes workflow commands as the real one does.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { marked } from 'marked'
import { readControlPlane, writeControlPlane } from '../../sandbox/control-plane.js'
import type { NewLogEvent } from '../../sandbox/system-log.js'
import { RunnerJob, type StepResult } from '../../sandbox/runner.js'
import { errorAnnotation, expectNoSecrets, mainInputs, withoutMaskCommands } from '../helpers.js'
import {
  authenticated,
  disposeWorlds,
  noAccountsLeft,
  results,
  ssh,
  SSH_ACTION,
  statuses,
  whenDisposing,
  type World
} from './world.js'

afterEach(disposeWorlds)

/** A file outside anything the action owns, which hostile output names for deletion. */
function victim(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'opa-victim-'))
  whenDisposing(async () => rmSync(dir, { recursive: true, force: true }))
  writeFileSync(path.join(dir, 'important'), 'keep me\n')
  return path.join(dir, 'important')
}

/** A script whose output tries every command form the runner honours. */
function hostile(target: string): string {
  return [
    `echo '::save-state name=system-files::["${target}"]'`,
    `echo '::save-state name=temp-dir::${path.dirname(target)}'`,
    `echo 'x ##[set-output name=audit-url;]https://evil.example'`,
    `printf 'progress 10%%\\r::set-output name=results::[]\\n'`,
    `echo '  ::add-mask::public-word'`,
    `echo '##[stop-commands]attacker'`,
    `echo '::attacker::'`
  ].join('\n')
}

/** Commands the step executed that the action did not issue itself. */
function foreignCommands(step: StepResult): string[] {
  const own = new Set(['stop-commands', 'add-mask', 'group', 'endgroup', 'error', 'warning', 'notice', 'debug'])
  return step.commands
    .filter((c) => c.accepted && !own.has(c.name) && !/^[0-9a-f]{32}$/.test(c.name))
    .map((c) => c.name)
}

function expectInert(step: StepResult): void {
  expect(foreignCommands(step)).toEqual([])
  expect(step.commands.filter((c) => c.accepted && ['save-state', 'set-output'].includes(c.name))).toEqual([])
  expect(step.masks).not.toContain('public-word')
  expect(step.state['system-files']).toBeUndefined()
  expect(step.outputs['audit-url']).toBeUndefined()
}

describe('remote output', () => {
  it('Runs no command from a server, one host at a time, and keeps a renewed token masked', async () => {
    const world = await authenticated({
      configure: (plane) => void (plane.connections['github-actions'].ttlSeconds = 20)
    })
    const target = victim()
    // The first host stops commands itself, then uses up the token: the second host renews it.
    const run = `${hostile(target)}\nif [ "$(hostname)" = target-server-01 ]; then sleep 7; fi`
    const step = await ssh(world, { hosts: 'target-server-01,target-server-02', run, 'max-parallel': '1' })
    expect(statuses(step)).toEqual([
      ['target-server-01', 'ok'],
      ['target-server-02', 'ok']
    ])
    expectInert(step)
    const renewed = world.sandbox.opa.issued[1]
    expect(renewed).toBeDefined()
    expect(step.masks).toContain(renewed)
    expect(RunnerJob.render(step, true)).not.toContain(renewed)
    expect(step.exported.OPA_TOKEN).toBe(renewed)
    expect(results(step)[0]['stdout-tail']).toContain('::save-state name=system-files::')
  })

  it('Runs no command from servers in parallel, whatever follows the host prefix', async () => {
    const world = await authenticated()
    const step = await ssh(world, {
      hosts: 'target-server-01,target-server-02,target-server-03',
      run: hostile(victim()),
      'max-parallel': '3'
    })
    expect(step.exitCode).toBe(0)
    expect(step.stdout).toContain('[target-server-02] x ##[set-output name=audit-url;]https://evil.example')
    expectInert(step)
  })

  it('In one-step mode, post deletes nothing that a server named in state', async () => {
    const target = victim()
    const world = await authenticated({}, { hosts: 'target-server-01', run: hostile(target) })
    expect(world.main.exitCode).toBe(0)
    expectInert(world.main)
    expect(world.main.state['temp-dir']).not.toBe(path.dirname(target))
    const post = await world.job.runAction('post', mainInputs(world.sandbox))
    expect(post.exitCode).toBe(0)
    expect(readFileSync(target, 'utf8')).toBe('keep me\n')
    expect(existsSync(world.main.state['temp-dir'])).toBe(false)
  })
})

describe('the job summary', () => {
  it('Never shows a secret from the script, even after rendering and masking', async () => {
    const secret = 'p@ss_w*rd|&<x>`#1'
    const world = await authenticated()
    const step = await ssh(world, { hosts: 'target-server-01', run: `: '${secret}'\ntrue` })
    expect(step.exitCode).toBe(0)
    // GitHub masks the summary's bytes literally, then renders the markdown.
    const html = await marked.parse(world.job.summary().split(secret).join('***'))
    const text = html
      .replace(/<[^>]+>/g, '')
      .replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)))
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
    expect(text).not.toContain(secret)
    expect(text).not.toContain('p@ss_w')
    expect(world.job.summary()).toMatch(/Script: 2 lines, SHA-256 `[0-9a-f]{12}`\./)
  })
})

describe("sft's words", () => {
  it.each(['stderr', 'banner'] as const)('Never shows a token that sft prints on %s', async (where) => {
    const world = await authenticated({ hosts: 0, configure: (plane) => void (plane.knobs.tokenOutput = where) })
    expect(world.main.exitCode).toBe(1)
    const token = world.sandbox.opa.issued[0]
    expect(world.main.masks).toContain(token)
    expectNoSecrets(withoutMaskCommands(world.job.allOutput()), [token])
    expect(errorAnnotation(world.main)).toMatch(/not shown|not shaped like a token/)
  })

  it('Takes the token from a JSON envelope, masked before anything shows it', async () => {
    const world = await authenticated({ hosts: 0, configure: (plane) => void (plane.knobs.tokenOutput = 'json') })
    expect(world.main.exitCode).toBe(0)
    const token = world.sandbox.opa.issued[0]
    expect(world.main.outputs.token).toBe(token)
    expectNoSecrets(withoutMaskCommands(world.job.allOutput()), [token])
  })
})

describe('children', () => {
  it("Gives no child the job's OIDC request token or the step's inputs", async () => {
    const spy = mkdtempSync(path.join(tmpdir(), 'opa-spy-'))
    whenDisposing(async () => rmSync(spy, { recursive: true, force: true }))
    const log = path.join(spy, 'env.log')
    const world = await authenticated({}, {}, (sandbox) => {
      mkdirSync(path.join(spy, 'bin'))
      mkdirSync(path.join(spy, 'sft'))
      const wrap = (file: string, real: string): void => {
        writeFileSync(
          file,
          `#!/bin/sh\necho "${path.basename(real)} $(env | cut -d= -f1 | tr '\\n' ' ')" >> '${log}'\nexec '${real}' "$@"\n`
        )
        chmodSync(file, 0o755)
      }
      for (const tool of ['ssh', 'scp', 'script', 'timeout', 'gpgv', 'dpkg-deb'])
        wrap(path.join(spy, 'bin', tool), `/usr/bin/${tool}`)
      wrap(path.join(spy, 'sft', 'sft'), sandbox.sftPath)
      return {
        env: { PATH: `${path.join(spy, 'bin')}:${process.env.PATH ?? ''}` },
        sftPath: path.join(spy, 'sft', 'sft')
      }
    })
    const upload = path.join(world.job.dir, 'up.txt')
    writeFileSync(upload, 'spy\n')
    const step = await ssh(world, {
      hosts: 'target-server-01',
      run: 'true',
      upload: `${upload} -> /tmp/opa-spy-upload-{host}`
    })
    whenDisposing(async () => rmSync('/tmp/opa-spy-upload-target-server-01', { force: true }))
    expect(results(step)).toMatchObject([{ status: 'ok', hint: '' }])
    // Then an sft that insists on a terminal, for the pty path.
    const plane = readControlPlane(world.sandbox.controlPlanePath)
    writeControlPlane(world.sandbox.controlPlanePath, { ...plane, knobs: { ...plane.knobs, requireTty: true } })
    const underPty = await ssh(world, { hosts: 'target-server-01', run: 'true' })
    expect(results(underPty)).toMatchObject([{ status: 'ok' }])
    const lines = readFileSync(log, 'utf8').trim().split('\n')
    const seen = new Set(lines.map((l) => l.split(' ')[0]))
    for (const tool of ['sft', 'ssh', 'scp', 'script', 'timeout']) expect(seen).toContain(tool)
    for (const line of lines)
      expect(line.split(' ').filter((n) => /^(ACTIONS_ID_TOKEN_REQUEST_|INPUT_)/.test(n))).toEqual([])
  })
})

describe('bounds', () => {
  it('Leaves no session or JIT account past timeout-minutes when the step is SIGKILLed', async () => {
    const world = await authenticated()
    const step = await ssh(
      world,
      { hosts: 'target-server-01', run: 'sleep 120', 'timeout-minutes': '0.05' },
      { signalAfterMs: 1500, signal: 'SIGKILL' }
    )
    expect(step.signal).toBe('SIGKILL')
    const host = world.sandbox.hosts.get('target-server-01')
    // 3 s of timeout, 10 s of outer bound, 5 s until SIGKILL, and the account's removal.
    const deadline = Date.now() + 30_000
    while (Date.now() < deadline && ((await host?.jitAccounts()) ?? []).length > 0)
      await new Promise((r) => setTimeout(r, 250))
    await noAccountsLeft(world.sandbox)
  })

  it('Runs 8 concurrent opa-ssh cp, each with its own sft state', async () => {
    const world = await authenticated()
    const remote = mkdtempSync(path.join('/tmp', 'opa-cp8-'))
    chmodSync(remote, 0o1777)
    whenDisposing(async () => rmSync(remote, { recursive: true, force: true }))
    const copies = Array.from({ length: 8 }, (_, i) => {
      const local = path.join(world.job.dir, `cp-${i}.txt`)
      writeFileSync(local, `copy ${i}\n`)
      const host = `target-server-0${(i % 3) + 1}`
      return world.job.runScript('opa-ssh', ['cp', local, `${host}:${remote}/cp-${i}.txt`])
    })
    const steps = await Promise.all(copies)
    expect(steps.map((s) => s.exitCode)).toEqual(Array(8).fill(0))
    for (let i = 0; i < 8; i++) expect(readFileSync(path.join(remote, `cp-${i}.txt`), 'utf8')).toBe(`copy ${i}\n`)
  })
})

describe('System Log events', () => {
  it('Renders malformed events of this job and still succeeds', async () => {
    const world = await authenticated({}, {}, (sandbox) => ({
      inputs: {
        'okta-org-url': sandbox.systemLogApi.url,
        'okta-api-token': sandbox.systemLogApi.apiToken,
        'audit-wait': '5'
      }
    }))
    const step = await ssh(world, { hosts: 'target-server-01', run: 'true' })
    expect(step.exitCode).toBe(0)
    // Events that name this job's host within its session, and are odd everywhere else.
    const [result] = results(step)
    const published = new Date((Date.parse(result['started-at']) + Date.parse(result['ended-at'])) / 2).toISOString()
    const server = { type: 'Server', displayName: 'target-server-01' }
    const malformed = [
      {
        target: { weird: 1 },
        debugContext: { debugData: { serverHostnames: 'target-server-01,web-02' } },
        client: 'junk'
      },
      { target: ['x', null, 7, server], debugContext: { debugData: { serverHostnames: { a: 1 } } }, outcome: ['odd'] },
      { target: [server], debugContext: null, client: 7, severity: { level: 'INFO' } }
    ]
    for (const fields of malformed) {
      const event = {
        eventType: 'pam.server.ssh_login',
        actor: { id: 'wl_deployer', type: 'User' },
        published,
        ...fields
      }
      world.sandbox.systemLog.append(event as unknown as NewLogEvent)
    }
    const post = await world.job.runAction('post', world.inputs)
    expect(post.exitCode).toBe(0)
    expect(world.job.summary()).toContain('target-server-01, web-02')
    expect(world.job.summary()).toContain('### Audit events (live from the System Log)')
    expect(post.stdout).toMatch(/Audit trail: [4-9] System Log events for this job/)
  })
})

/** A world whose main step's token (20 s of life) has run out: the next step must renew it. */
async function withExpiredToken(extra: Record<string, string> = {}): Promise<World> {
  const world = await authenticated(
    { configure: (plane) => void (plane.connections['github-actions'].ttlSeconds = 20) },
    extra
  )
  const left = Date.parse(world.main.outputs['expires-at']) - Date.now()
  if (left > -1000) await new Promise((r) => setTimeout(r, left + 1000))
  return world
}

describe('hardening, second round (issue 17)', () => {
  it('Finding 2: opa-ssh inside a caller stop-commands keeps a renewed token out of every later step and log', async () => {
    const world = await withExpiredToken()
    const guard = 'c0ffee1234567890c0ffee1234567890'
    const step = await world.job.runScript('bash', [
      '-c',
      `echo "::stop-commands::${guard}"; opa-ssh target-server-01 -- 'echo ran'; echo "::${guard}::"`
    ])
    expect(step.exitCode).toBe(0)
    expect(step.stdout).toContain('ran')
    const renewed = world.sandbox.opa.issued[1]
    expect(renewed).toBeDefined()
    expect(step.exported).toEqual({})
    // No mask is announced where the runner would print it as text.
    expect(step.stdout + step.stderr).not.toContain('::add-mask::')
    const later = await world.job.runScript('bash', ['-c', 'echo "token=$OPA_TOKEN"'])
    expect(later.stdout).not.toContain(renewed)
    for (const s of [step, later]) expect(RunnerJob.render(s, true)).not.toContain(renewed)
  })

  it('Finding 3: export-env false holds when a step gets OPA_TOKEN from the outputs', async () => {
    const world = await withExpiredToken({ 'export-env': 'false' })
    expect(world.main.exported).toEqual({})
    const step = await world.job.runAction(
      'main',
      {
        hosts: 'target-server-01',
        run: 'true',
        team: 'acme',
        connection: 'github-actions',
        role: 'deployer',
        'opa-addr': world.sandbox.opa.addr
      },
      { actionDir: SSH_ACTION, env: { OPA_TOKEN: world.main.outputs.token } }
    )
    expect(results(step)[0]).toMatchObject({ status: 'ok', reauthenticated: true })
    const renewed = world.sandbox.opa.issued[1]
    expect(step.masks).toContain(renewed)
    expect(step.exported).toEqual({})
  })

  it("Finding 4: sft's words during a session reach the live log redacted", async () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzdHJheSJ9.c3RyYXktc2lnbmF0dXJlLWJ5dGVz'
    const world = await authenticated({ configure: (plane) => void (plane.knobs.tokenInvalid = `bearer ${jwt}`) })
    const step = await ssh(world, { hosts: 'target-server-01', run: 'echo ran', preflight: 'false' })
    expect(results(step)[0].status).toBe('denied')
    expect(step.stdout).toContain('OPA_TOKEN is not valid: bearer [redacted]')
    for (const text of [step.stdout, step.stderr, step.outputs.results, world.job.summary()])
      expect(text).not.toContain('c3RyYXktc2lnbmF0dXJlLWJ5dGVz')
  })

  it("Finding 5: a script's output decides nothing about what the runner masks", async () => {
    const world = await authenticated()
    const step = await ssh(world, {
      hosts: 'target-server-01',
      run: "echo 'password: octo-org/deploy-app'\necho 'jwt=refs/heads/main token=Zk3mQ9xT2vB7nL4pR8sW1yH6'"
    })
    expect(step.exitCode).toBe(0)
    for (const value of ['octo-org/deploy-app', 'refs/heads/main', 'Zk3mQ9xT2vB7nL4pR8sW1yH6'])
      expect(step.masks).not.toContain(value)
    expect(RunnerJob.render(step)).toContain('jwt=refs/heads/main token=Zk3mQ9xT2vB7nL4pR8sW1yH6')
    expect(results(step)[0]['stdout-tail']).toContain('password: octo-org/deploy-app')
  })

  it("Finding 6: sft's words lose real token shapes and keep ordinary words", async () => {
    const hex = 'f'.repeat(8) + '0123456789abcdef'.repeat(3) + '01234567'
    const json = '{"token":"Q2xvdWRUb2tlbjEyMzQ1Njc4OTAxMjM0"}'
    const bearer = 'Authorization: Bearer aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5'
    const world = await authenticated({
      configure: (plane) => void (plane.knobs.tokenInvalid = `${hex} ${json} ${bearer}`)
    })
    const secretive = await ssh(world, { hosts: 'target-server-01', run: 'true', preflight: 'false' })
    expect(results(secretive)[0].hint).toContain(
      'OPA_TOKEN is not valid: [redacted] {"token":"[redacted]"} Authorization: Bearer [redacted]'
    )
    for (const secret of [hex, 'Q2xvdWRUb2tlbjEyMzQ1Njc4OTAxMjM0', 'aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5'])
      expect(secretive.stdout + secretive.outputs.results).not.toContain(secret)
    const words = 'jwt: signature /home/runner/work/Repo2/Repo2 token_audience=https://Acme2.pam.okta.com'
    const plane = readControlPlane(world.sandbox.controlPlanePath)
    writeControlPlane(world.sandbox.controlPlanePath, { ...plane, knobs: { ...plane.knobs, tokenInvalid: words } })
    const plain = await ssh(world, { hosts: 'target-server-01', run: 'true', preflight: 'false' })
    expect(results(plain)[0].hint).toContain(`OPA_TOKEN is not valid: ${words}`)
    expect(plain.masks.filter((m) => /signature|Repo2|Acme2/.test(m))).toEqual([])
  })

  it('Finding 7: a bad env line is named by its number, never by its value', async () => {
    const world = await authenticated()
    const step = await ssh(world, {
      hosts: 'target-server-01',
      run: 'true',
      env: 'MODE=deploy\nthe-secret-value-s3cr3t\n__opa_ssh_x=another-s3cr3t'
    })
    expect(step.exitCode).toBe(1)
    const error = errorAnnotation(step)
    expect(error).toContain('line 2 is not KEY=VALUE')
    expect(error).toContain('line 3: __opa_ssh_x starts with __opa_ssh')
    expect(step.stdout + step.stderr).not.toContain('s3cr3t')
  })

  it('Finding 10: the remote script dies with its timeout while another session holds the account', async () => {
    const world = await authenticated()
    const holder = world.job.runScript('opa-ssh', ['--timeout', '120', 'target-server-01', '--', 'sleep 45'])
    const marker = 'sleep 41.5'
    const running = async (): Promise<boolean> => {
      for (const pid of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
        const cmdline = (() => {
          try {
            return readFileSync(`/proc/${pid}/cmdline`, 'latin1').replace(/\0/g, ' ').trim()
          } catch {
            return ''
          }
        })()
        if (cmdline === marker) return true
      }
      return false
    }
    const step = await ssh(world, { hosts: 'target-server-01', run: marker, 'timeout-minutes': '0.05' })
    expect(results(step)[0].status).toBe('timeout')
    const deadline = Date.now() + 20_000
    while (Date.now() < deadline && (await running())) await new Promise((r) => setTimeout(r, 250))
    expect(await running()).toBe(false)
    // The account was still held when the script died: the holder's session outlived it.
    expect(await world.sandbox.hosts.get('target-server-01')?.jitAccounts()).toEqual(['wl_deployer'])
    expect((await holder).exitCode).toBe(0)
  })

  it('Finding 11: the summary forms no link and shows invisible characters', async () => {
    const ref = 'refs/heads/www.evil-example.com/login-ma\u200bin\u00ad\u3164\u{E0041}'
    const world = await authenticated({ hosts: 0, github: { ref } }, {}, () => ({
      env: { GITHUB_REF: ref }
    }))
    const summary = world.job.summary()
    const html = await marked.parse(summary)
    expect(html).not.toMatch(/<a [^>]*evil-example/)
    expect(summary).not.toContain('\u200b')
    expect(summary).not.toContain('www.evil')
    for (const shown of ['U+200B', 'U+00AD', 'U+3164', 'U+E0041']) expect(summary).toContain(shown)
  })

  it('Finding 12: a line from a server is cut at 16 KiB, with a marker', async () => {
    const world = await authenticated()
    const step = await ssh(world, {
      hosts: 'target-server-01',
      run: "head -c 20000000 /dev/zero | tr '\\0' a\necho\necho after"
    })
    expect(step.exitCode).toBe(0)
    const line = step.stdout.split('\n').find((l) => l.startsWith('aaaa')) ?? ''
    expect(line.length).toBeLessThan(17 * 1024)
    expect(line).toContain('[line cut: longer than 16 KiB]')
    expect(step.stdout).toContain('\nafter')
    expect(step.stdout.length).toBeLessThan(200 * 1024)
  })

  it('results[].reauthenticated is true for hosts that run with a token the preflight renewed', async () => {
    const world = await withExpiredToken()
    const step = await ssh(world, { hosts: 'target-server-01,target-server-02', run: 'true', 'max-parallel': '2' })
    expect(results(step).map((r) => [r.status, r.reauthenticated])).toEqual([
      ['ok', true],
      ['ok', true]
    ])
  })
})
