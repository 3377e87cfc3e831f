/**
 * The brokered-SSH helper, end to end: the bundled ssh sub-action, the
 * main action's one-step mode and the opa-ssh CLI against the sandbox's
 * real OpenSSH servers.
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
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { HostResult } from '../../src/ssh/pool.js'
import type { ControlPlane } from '../../sandbox/control-plane.js'
import { errorAnnotation, expectNoSecrets, readRecords, withoutMaskCommands } from '../helpers.js'
import {
  authenticated,
  disposeWorlds,
  noAccountsLeft,
  results,
  ssh,
  SSH_ACTION,
  statuses,
  sessionSpans,
  whenDisposing,
  type SessionSpan
} from './world.js'

afterEach(disposeWorlds)

describe('ssh sub-action', () => {
  it('Runs on one host as the JIT account and reports the result', async () => {
    const world = await authenticated()
    const step = await ssh(world, { hosts: 'target-server-01', run: 'echo "on $(hostname) as $(whoami)"' })
    expect(step.exitCode).toBe(0)
    const [result] = results(step)
    expect(result).toMatchObject({
      host: 'target-server-01',
      account: 'wl_deployer',
      transport: 'sft',
      status: 'ok',
      'exit-code': 0,
      'stdout-tail': 'on target-server-01 as wl_deployer\n',
      reauthenticated: false
    })
    expect(Date.parse(result['ended-at']) - Date.parse(result['started-at'])).toBe(result['duration-ms'])
    expect(step.outputs).toMatchObject({ 'failed-hosts': '', succeeded: '1', failed: '0' })
    expect(step.stdout).toContain('::group::target-server-01')
    expect(world.job.summary()).toContain('### SSH sessions: 1 of 1 succeeded')
    await noAccountsLeft(world.sandbox)
    expectNoSecrets(withoutMaskCommands(world.job.allOutput()), world.sandbox.secrets())
  })

  it('Runs 8 hosts in parallel, prefixing every line with its host', async () => {
    const world = await authenticated({ hosts: 8 })
    const hosts = [...world.sandbox.hosts.keys()]
    const step = await ssh(world, { hosts: hosts.join('\n'), run: 'sleep 1; hostname', 'max-parallel': '8' })
    expect(step.exitCode).toBe(0)
    const all = results(step)
    expect(all.map((r) => r.status)).toEqual(Array(8).fill('ok'))
    // All sessions were open at the same moment.
    const lastStart = Math.max(...all.map((r) => Date.parse(r['started-at'])))
    const firstEnd = Math.min(...all.map((r) => Date.parse(r['ended-at'])))
    expect(lastStart).toBeLessThan(firstEnd)
    for (const host of hosts) expect(step.stdout).toContain(`[${host}] ${host}\n`)
  })

  it('Stops starting hosts after a failure with fail-fast, and continues without it', async () => {
    const world = await authenticated({ hosts: 4 })
    const run = 'echo start; if [ "$(hostname)" = target-server-02 ]; then false; fi; echo done'
    const hosts = 'target-server-01,target-server-02,target-server-03,target-server-04'
    const fast = await ssh(world, { hosts, run, 'max-parallel': '1' })
    expect(fast.exitCode).toBe(1)
    expect(statuses(fast)).toEqual([
      ['target-server-01', 'ok'],
      ['target-server-02', 'failed'],
      ['target-server-03', 'skipped'],
      ['target-server-04', 'skipped']
    ])
    // The strict shell made the failing line fail the host, before "done".
    expect(results(fast)[1]).toMatchObject({ 'exit-code': 1, 'stdout-tail': 'start\n' })
    expect(fast.outputs['failed-hosts']).toBe('target-server-02,target-server-03,target-server-04')
    expect(errorAnnotation(fast)).toContain(
      'target-server-02 (failed), target-server-03 (skipped), target-server-04 (skipped)'
    )
    expect(fast.stdout).toMatch(/^::error title=ssh%3A target-server-02::target-server-02: failed \(exit 1\)/m)

    const all = await ssh(world, { hosts, run, 'max-parallel': '1', 'fail-fast': 'false' })
    expect(statuses(all).map(([, s]) => s)).toEqual(['ok', 'failed', 'ok', 'ok'])
  })

  it('Times out a host that runs too long, and its account is destroyed', async () => {
    const world = await authenticated()
    const step = await ssh(world, { hosts: 'target-server-01', run: 'echo begin; sleep 60', 'timeout-minutes': '0.05' })
    expect(step.exitCode).toBe(1)
    expect(results(step)[0]).toMatchObject({ status: 'timeout', 'stdout-tail': 'begin\n' })
    await noAccountsLeft(world.sandbox)
    // The script was staged in the JIT home, which went with the account: nothing in /tmp.
    expect(readdirSync('/tmp').filter((name) => name.startsWith('opa-ssh.'))).toEqual([])
  })

  it('Classifies an unreachable host and a denied host, with hints', async () => {
    const world = await authenticated({ configure: (plane) => void (plane.servers['target-server-03'].stopped = true) })
    // The session's own classification: without the preflight, which would refuse db-server-01 first.
    const step = await ssh(world, {
      hosts: 'target-server-03, db-server-01',
      run: 'true',
      'fail-fast': 'false',
      preflight: 'false'
    })
    const [unreachable, denied] = results(step)
    expect(unreachable).toMatchObject({ status: 'unreachable', 'exit-code': 255 })
    expect(unreachable.hint).toContain('could not reach the server')
    expect(denied.status).toBe('denied')
    expect(denied['stderr-tail']).toContain('no policy grants workload role "deployer" access to server "db-server-01"')
  })

  it('Delivers a hostile, large script byte for byte', async () => {
    const world = await authenticated()
    const tricky = `quotes ' " \` $HOME \\$HOME \\\\ back\\slash; tab\there ünïcødé 🚀 עברית`
    const big = 'x'.repeat(100_000)
    const script = [
      `cat <<'EOF'`,
      tricky,
      'EOF',
      `printf '%s' '${tricky.replace(/'/g, `'\\''`)}' | sha256sum | cut -c1-16`,
      `big='${big}'`,
      'echo "big=${#big}"'
    ].join('\n')
    const step = await ssh(world, { hosts: 'target-server-01', run: script })
    expect(step.exitCode).toBe(0)
    const { createHash } = await import('node:crypto')
    const sha = createHash('sha256').update(tricky).digest('hex').slice(0, 16)
    expect(results(step)[0]['stdout-tail']).toBe(`${tricky}\n${sha}\nbig=100000\n`)
  })

  it('Passes env values that never appear on a command line or in the remote process list', async () => {
    const world = await authenticated()
    const secret = 'opa-env-value-7f3a9c'
    const run = [
      'echo "length=${#SECRET_VALUE}"',
      '(sleep 2 &) ; ps -eo args > "$HOME/ps.txt"',
      'if grep -qF -f <(printf "%s\\n" "$SECRET_VALUE") "$HOME/ps.txt"; then echo LEAKED; else echo CLEAN; fi'
    ].join('\n')
    const step = await ssh(world, { hosts: 'target-server-01', run, env: `SECRET_VALUE=${secret}\nOTHER=it's "x"` })
    expect(step.exitCode).toBe(0)
    expect(results(step)[0]['stdout-tail']).toBe(`length=${secret.length}\nCLEAN\n`)
    const calls = readRecords(world.record).filter((r) => r.argv[0] === 'ssh')
    expect(calls.length).toBeGreaterThan(0)
    for (const call of calls) expect(call.argv.join(' ')).not.toContain(secret)
  })

  it('Falls back to a pseudo-terminal when sft needs one, without echo', async () => {
    const world = await authenticated({ configure: (plane) => void (plane.knobs.requireTty = true) })
    const step = await ssh(world, {
      hosts: 'target-server-01,target-server-02',
      run: 'echo "line one"\necho "line two"',
      'max-parallel': '1'
    })
    expect(step.exitCode).toBe(0)
    for (const result of results(step)) {
      expect(result.status).toBe('ok')
      expect(result['stdout-tail'].replace(/\r/g, '')).toBe('line one\nline two\n')
    }
  })

  it('Re-authenticates once, shared by parallel hosts, when the token runs low', async () => {
    const world = await authenticated({
      configure: (plane) => void (plane.connections['github-actions'].ttlSeconds = 20)
    })
    expect(world.sandbox.github.requests).toHaveLength(1)
    // A 20 s token cannot cover the 10-minute timeout; it is renewed once used up to 15 s.
    await new Promise((r) => setTimeout(r, 6000))
    const hosts = 'target-server-01,target-server-02,target-server-03'
    const step = await ssh(world, { hosts, run: 'whoami', 'max-parallel': '3' })
    expect(step.exitCode).toBe(0)
    expect(results(step).map((r) => r.reauthenticated)).toEqual([true, true, true])
    expect(world.sandbox.github.requests).toHaveLength(2)
    expect(world.sandbox.opa.issued).toHaveLength(2)
    expect(step.exported.OPA_TOKEN).toBe(world.sandbox.opa.issued[1])
    expect(step.stdout.match(/Re-authenticated/g)).toHaveLength(1)
  })

  it('On SIGTERM kills the sessions, destroys the accounts and still writes results', async () => {
    const world = await authenticated()
    const step = await ssh(
      world,
      { hosts: 'target-server-01,target-server-02,target-server-03', run: 'sleep 60', 'max-parallel': '2' },
      { signalAfterMs: 6000 }
    )
    // The running hosts are cancelled; the one that never started is skipped, and says why.
    expect(statuses(step)).toEqual([
      ['target-server-01', 'cancelled'],
      ['target-server-02', 'cancelled'],
      ['target-server-03', 'skipped']
    ])
    expect(results(step)[2]['skip-reason']).toBe('cancelled')
    expect(step.exitCode).toBe(1)
    expect(world.job.summary()).toContain('🛑 cancelled')
    await noAccountsLeft(world.sandbox)
  })

  it('Runs through native ssh with the generated config', async () => {
    const world = await authenticated()
    const step = await ssh(world, { hosts: 'target-server-01,target-server-02', run: 'whoami', transport: 'ssh' })
    expect(step.exitCode).toBe(0)
    expect(results(step).map((r) => [r.transport, r['stdout-tail']])).toEqual([
      ['ssh', 'wl_deployer\n'],
      ['ssh', 'wl_deployer\n']
    ])
    await noAccountsLeft(world.sandbox)
  })

  it("Runs through native ssh with a RUNNER_TEMP too long for sft's agent socket path", async () => {
    let runnerTemp = ''
    const world = await authenticated({}, {}, (sandbox) => {
      // 90 characters: the private state directory under it would put the socket past sun_path's 108.
      runnerTemp = path.join(
        sandbox.dir,
        'runner-work-directory-of-a-self-hosted-runner-'.padEnd(90 - sandbox.dir.length - 1, 'x')
      )
      mkdirSync(runnerTemp)
      return { env: { RUNNER_TEMP: runnerTemp } }
    })
    expect(runnerTemp.length).toBe(90)
    const step = await ssh(world, { hosts: 'target-server-01', run: 'whoami', transport: 'ssh' })
    expect(step.exitCode).toBe(0)
    expect(results(step).map((r) => [r.status, r['stdout-tail']])).toEqual([['ok', 'wl_deployer\n']])
    expect(step.stdout).toMatch(
      /too long for sft's agent socket .*; sft keeps its state in \/tmp\/opa-sft-\w+ for this step/
    )
    // The short directory went with the step.
    const short = /in (\/tmp\/opa-sft-\w+) for this step/.exec(step.stdout)?.[1] ?? ''
    expect(existsSync(short)).toBe(false)
    await noAccountsLeft(world.sandbox)
  })

  it('Names missing runner tools (timeout, ssh, script) and their packages before any host is tried', async () => {
    const world = await authenticated()
    // A runner whose PATH has node and sft, and none of the tools.
    const bin = path.join(world.job.dir, 'bare-bin')
    mkdirSync(bin)
    symlinkSync(process.execPath, path.join(bin, 'node'))
    symlinkSync(world.sandbox.sftPath, path.join(bin, 'sft'))
    const step = await world.job.runAction(
      'main',
      { hosts: 'target-server-01', run: 'whoami' },
      { actionDir: SSH_ACTION, env: { PATH: bin } }
    )
    expect(step.exitCode).toBe(1)
    const error = errorAnnotation(step)
    expect(error).toMatch(
      /^ssh: This runner lacks `timeout` \(package coreutils: .*\); `ssh` \(package openssh-client on Debian and Ubuntu/
    )
    expect(error).toContain('`script` (package bsdutils on Debian and Ubuntu')
    expect(error).toContain('so no host was tried')
    expect(error).toContain('Hint: Install coreutils and openssh-client and bsdutils')
    expect(step.stdout).not.toContain('exit 127')
    expect(readRecords(world.record).filter((r) => r.argv[0] === 'ssh')).toEqual([])
  })

  it('Uploads and downloads a 1 MB random file byte for byte, and explains transfer errors', async () => {
    const world = await authenticated()
    const { randomBytes } = await import('node:crypto')
    const local = path.join(world.job.dir, 'blob.bin')
    const bytes = randomBytes(1024 * 1024)
    writeFileSync(local, bytes)
    mkdirSync(path.join(world.job.dir, 'back'))
    // Each transfer is a session of its own, and the JIT account's home goes with it:
    // transfers use paths outside the home. (The sandbox's servers share the machine's /tmp.)
    const remote = mkdtempSync(path.join(tmpdir(), 'opa-xfer-'))
    chmodSync(remote, 0o1777)
    whenDisposing(async () => rmSync(remote, { recursive: true, force: true }))
    const step = await ssh(world, {
      hosts: 'target-server-01,target-server-02',
      upload: `${local} -> ${remote}/{host}.bin`,
      run: `sha256sum ${remote}/$(hostname).bin | cut -c1-64`,
      download: `${remote}/{host}.bin -> ${world.job.dir}/back/{host}.bin`
    })
    expect(step.exitCode).toBe(0)
    const { createHash } = await import('node:crypto')
    const sha = createHash('sha256').update(bytes).digest('hex')
    for (const result of results(step)) {
      expect(result['stdout-tail']).toBe(`${sha}\n`)
      expect(readFileSync(path.join(world.job.dir, 'back', `${result.host}.bin`)).equals(bytes)).toBe(true)
    }

    const missing = await ssh(world, { hosts: 'target-server-01', upload: `${world.job.dir}/nope -> x` })
    expect(results(missing)[0]).toMatchObject({
      status: 'failed',
      hint: `upload: the local path ${world.job.dir}/nope does not exist`
    })
    const readOnly = await ssh(world, { hosts: 'target-server-01', upload: `${local} -> /etc/blob.bin` })
    expect(results(readOnly)[0].hint).toMatch(
      /upload of .* failed: .*Permission denied.*is the remote path writable by wl_deployer/
    )
    await noAccountsLeft(world.sandbox)
  })

  it('Never retries or reclassifies a script that started, whatever it prints', async () => {
    const world = await authenticated()
    const shared = mkdtempSync(path.join(tmpdir(), 'opa-once-'))
    chmodSync(shared, 0o1777)
    whenDisposing(async () => rmSync(shared, { recursive: true, force: true }))
    const run = `echo ran >> ${shared}/count; echo "stdin is not a TTY"; echo "Permission denied (publickey)" >&2; exit 125`
    // An env variable named like the bootstrap's old variable once redirected its rm -rf.
    const step = await ssh(world, { hosts: 'target-server-01', run, env: `d=${shared}` })
    expect(results(step)[0]).toMatchObject({
      status: 'failed',
      'exit-code': 125,
      'stdout-tail': 'stdin is not a TTY\n'
    })
    expect(readFileSync(path.join(shared, 'count'), 'utf8')).toBe('ran\n')
    expect(step.stdout).not.toContain('script started')
  })

  it('Rejects option-like hosts and bad inputs before connecting', async () => {
    const world = await authenticated()
    const step = await ssh(world, {
      hosts: '-oProxyCommand=evil,ok-host',
      run: 'true',
      shell: 'bash; rm -rf /',
      env: 'not a pair'
    })
    expect(step.exitCode).toBe(1)
    const error = errorAnnotation(step)
    expect(error).toMatch(/^inputs: 3 inputs are invalid:/)
    expect(error).toContain('starts with "-"')
    expect(readRecords(world.record).filter((r) => r.argv[0] === 'ssh')).toEqual([])
  })
})

describe('main action one-step mode and opa-ssh', () => {
  it('Runs hosts/run right after authenticating and sets results', async () => {
    const world = await authenticated({}, { hosts: 'target-server-01,target-server-02', run: 'hostname' })
    expect(world.main.exitCode).toBe(0)
    expect(statuses(world.main)).toEqual([
      ['target-server-01', 'ok'],
      ['target-server-02', 'ok']
    ])
  })

  it('Puts opa-ssh on PATH with exit codes and JSON results', async () => {
    const world = await authenticated()
    const json = path.join(world.job.dir, 'results.json')
    // Its stdout is the remote command's, and nothing else: safe to capture.
    const captured = await world.job.runScript('opa-ssh', ['target-server-01', '--', 'echo', 'captured'])
    expect(captured.stdout).toBe('captured\n')
    const ok = await world.job.runScript('opa-ssh', [
      '--parallel',
      '2',
      '--json',
      json,
      'target-server-01',
      'target-server-02',
      '--',
      'echo',
      'hi'
    ])
    expect(ok.exitCode).toBe(0)
    expect(ok.stdout).toContain('[target-server-01] hi\n')
    expect((JSON.parse(readFileSync(json, 'utf8')) as HostResult[]).map((r) => r.status)).toEqual(['ok', 'ok'])
    const bad = await world.job.runScript('opa-ssh', ['db-server-01', '--', 'true'])
    expect(bad.exitCode).toBe(1)
    expect(bad.stderr).toContain('opa-ssh: db-server-01: denied')
    const remote = mkdtempSync(path.join(tmpdir(), 'opa-cp-'))
    chmodSync(remote, 0o1777)
    whenDisposing(async () => rmSync(remote, { recursive: true, force: true }))
    const source = path.join(world.job.dir, 'cp.txt')
    writeFileSync(source, 'copied through sft\n')
    const up = await world.job.runScript('opa-ssh', ['cp', source, `target-server-02:${remote}/cp.txt`])
    expect(up.exitCode).toBe(0)
    const down = await world.job.runScript('opa-ssh', [
      'cp',
      `target-server-02:${remote}/cp.txt`,
      `${world.job.dir}/back.txt`
    ])
    expect(down.exitCode).toBe(0)
    expect(readFileSync(`${world.job.dir}/back.txt`, 'utf8')).toBe('copied through sft\n')
    expect((await world.job.runScript('opa-ssh', ['cp', '-o', 'x', 'y'])).exitCode).toBe(2)
    const usage = await world.job.runScript('opa-ssh', ['target-server-01'])
    expect(usage.exitCode).toBe(2)
    expect(usage.stderr).toContain('usage: opa-ssh')
    const post = await world.job.runAction('post', {})
    expect(post.stdout).toMatch(/Cleanup: removed .*opa-workload-identity-\w+/)
  })

  it('Adds the ssh-config block for native ssh, and post removes it and logs out', async () => {
    const world = await authenticated({}, { 'ssh-config': 'true' })
    expect(world.main.exitCode).toBe(0)
    const config = path.join(world.job.home, '.ssh', 'config')
    expect(readFileSync(config, 'utf8')).toContain('ProxyCommand')
    // ssh reads ~/.ssh/config from the passwd home, which on a runner is $HOME; here it is not.
    const native = await world.job.runScript('ssh', [
      '-F',
      config,
      '-o',
      'BatchMode=yes',
      '-l',
      'wl_deployer',
      'target-server-03',
      'hostname'
    ])
    expect(native.stderr).toBe('')
    expect(native.stdout).toBe('target-server-03\n')
    const post = await world.job.runAction('post', {})
    expect(post.stdout).toContain(`Cleanup: removed this job's ssh-config block in ${config}`)
    expect(post.stdout).toContain('Cleanup: removed the sft session (sft logout)')
    const { existsSync } = await import('node:fs')
    expect(existsSync(config)).toBe(false)
    await noAccountsLeft(world.sandbox)
  })
})

const hostNames = (n: number): string[] => Array.from({ length: n }, (_, i) => `target-server-0${i + 1}`)
/** A script that fails on the given hosts and sleeps a little elsewhere, so that overlaps would show. */
const failOn = (...hosts: string[]): string =>
  `sleep 1; case "$(hostname)" in ${hosts.length ? hosts.join('|') : 'none'}) exit 3;; esac; hostname`

describe('rollouts', () => {
  it('Runs the canary alone first, then batches that never overlap, max-parallel within each', async () => {
    const world = await authenticated({ hosts: 5 })
    const hosts = hostNames(5)
    const step = await ssh(world, {
      hosts: hosts.join(','),
      run: failOn(),
      canary: '1',
      'batch-size': '2',
      'max-parallel': '2'
    })
    expect(step.exitCode).toBe(0)
    expect(results(step).map((r) => [r.host, r.status, r.batch])).toEqual([
      ['target-server-01', 'ok', 0],
      ['target-server-02', 'ok', 1],
      ['target-server-03', 'ok', 1],
      ['target-server-04', 'ok', 2],
      ['target-server-05', 'ok', 2]
    ])
    const spans = sessionSpans(world.record)
    const [canary, b1a, b1b, b2a, b2b] = hosts.map((h) => spans.get(h) as SessionSpan)
    // The canary ended before any other host started.
    expect(canary.end).toBeLessThanOrEqual(Math.min(b1a.start, b1b.start, b2a.start, b2b.start))
    // Batch 2 started only after batch 1 had ended.
    expect(Math.max(b1a.end, b1b.end)).toBeLessThanOrEqual(Math.min(b2a.start, b2b.start))
    // Within a batch, its hosts ran at once.
    expect(Math.max(b1a.start, b1b.start)).toBeLessThan(Math.min(b1a.end, b1b.end))
    expect(step.stdout).toContain('Rollout: canary, 1 host: target-server-01\n')
    expect(step.stdout).toContain('Rollout: batch 2 of 2, 2 hosts: target-server-04, target-server-05\n')
    const summary = world.job.summary()
    expect(summary).toContain('Rollout: a canary of 1 host, then 2 batches; failure budget 0 of 0 spent.')
    for (const section of ['Canary', 'Batch 1', 'Batch 2']) expect(summary).toContain(`  section ${section}\n`)
    await noAccountsLeft(world.sandbox)
  })

  it('Goes on after a failure within the budget, skips the rest past it, and stops at a failed canary', async () => {
    const world = await authenticated({ hosts: 5 })
    const rollout = {
      hosts: hostNames(5).join(','),
      canary: '1',
      'batch-size': '2',
      'max-parallel': '2',
      'max-failures': '1'
    }

    let before = readRecords(world.record).length
    const within = await ssh(world, { ...rollout, run: failOn('target-server-02') })
    expect(statuses(within).map(([, s]) => s)).toEqual(['ok', 'failed', 'ok', 'ok', 'ok'])
    // The verdict is unchanged: a failure within the budget still fails the step.
    expect(within.exitCode).toBe(1)
    expect([...sessionSpans(world.record, before).keys()].sort()).toEqual(hostNames(5))

    before = readRecords(world.record).length
    const past = await ssh(world, { ...rollout, run: failOn('target-server-02', 'target-server-03') })
    expect(results(past).map((r) => [r.status, r['skip-reason']])).toEqual([
      ['ok', null],
      ['failed', null],
      ['failed', null],
      ['skipped', 'budget-spent'],
      ['skipped', 'budget-spent']
    ])
    expect(results(past)[3].hint).toContain('more hosts failed than max-failures allows')
    // No session was ever opened on the skipped hosts.
    expect([...sessionSpans(world.record, before).keys()].sort()).toEqual(hostNames(3))
    expect(world.job.summary()).toContain('past the failure budget of 1')

    before = readRecords(world.record).length
    const canary = await ssh(world, { ...rollout, run: failOn('target-server-01') })
    expect(results(canary).map((r) => [r.status, r['skip-reason']])).toEqual([
      ['failed', null],
      ...Array(4).fill(['skipped', 'canary-failed'])
    ])
    expect([...sessionSpans(world.record, before).keys()]).toEqual(['target-server-01'])
    expect(canary.exitCode).toBe(1)
  })

  it('Preflights every host of the rollout before the canary, and counts its refusals against the budget', async () => {
    const configure = (plane: ControlPlane): void =>
      void (plane.roles.deployer.servers = ['target-server-01', 'target-server-02'])
    const world = await authenticated({ hosts: 3, configure })
    const rollout = { hosts: hostNames(3).join(','), run: 'hostname', canary: '1', 'batch-size': '1' }
    // The last host is refused before the canary starts: with no budget and fail-fast, nothing starts.
    const strict = await ssh(world, rollout)
    expect(results(strict).map((r) => [r.status, r['skip-reason'], r.batch])).toEqual([
      ['skipped', 'fail-fast', 0],
      ['skipped', 'fail-fast', 1],
      ['denied', null, 2]
    ])
    expect(sessionSpans(world.record).size).toBe(0)
    // Within a budget of one, the refusal spends it and the rollout goes on.
    const lenient = await ssh(world, { ...rollout, 'max-failures': '1' })
    expect(statuses(lenient).map(([, s]) => s)).toEqual(['ok', 'ok', 'denied'])
    expect(lenient.exitCode).toBe(1)
  })

  it('Reports the running canary cancelled and the rest skipped when the job is cancelled', async () => {
    const world = await authenticated({ hosts: 3 })
    const step = await ssh(
      world,
      { hosts: hostNames(3).join(','), run: 'sleep 60', canary: '1', 'batch-size': '1' },
      { signalAfterMs: 8000 }
    )
    expect(results(step).map((r) => [r.status, r['skip-reason']])).toEqual([
      ['cancelled', null],
      ['skipped', 'cancelled'],
      ['skipped', 'cancelled']
    ])
    expect(step.exitCode).toBe(1)
    await noAccountsLeft(world.sandbox)
  })

  it('Takes hosts from a file in the workspace, runs its shard, and lets an empty shard succeed', async () => {
    const world = await authenticated({ hosts: 2 })
    writeFileSync(path.join(world.job.workspace, 'hosts.txt'), '# the fleet\ntarget-server-01\ntarget-server-02\n')
    const first = await ssh(world, { 'hosts-file': 'hosts.txt', shard: '1/3', run: 'hostname' })
    expect(first.exitCode).toBe(0)
    expect(statuses(first)).toEqual([['target-server-01', 'ok']])
    const before = readRecords(world.record).length
    const empty = await ssh(world, { 'hosts-file': 'hosts.txt', shard: '3/3', run: 'hostname' })
    expect(empty.exitCode).toBe(0)
    expect(empty.stdout).toContain('::notice::ssh: shard 3/3 of 2 hosts is empty, so there is nothing to run here.')
    expect(results(empty)).toEqual([])
    expect(readRecords(world.record).slice(before)).toEqual([])
    const bad = await ssh(world, { 'hosts-file': '../hosts.txt', shard: '3/2', 'batch-size': '150%', run: 'true' })
    expect(bad.exitCode).toBe(1)
    expect(errorAnnotation(bad)).toMatch(/^inputs: 3 inputs are invalid:/)
    expect(errorAnnotation(bad)).toContain('is outside the workspace')
  })

  it('Takes the rollout inputs in one-step mode and as opa-ssh flags', async () => {
    const world = await authenticated(
      { hosts: 3 },
      { hosts: hostNames(3).join(','), run: 'hostname', canary: '1', 'batch-size': '1' }
    )
    expect(world.main.exitCode).toBe(0)
    expect(results(world.main).map((r) => r.batch)).toEqual([0, 1, 2])
    writeFileSync(path.join(world.job.workspace, 'hosts.txt'), hostNames(3).join('\n'))
    const json = path.join(world.job.dir, 'rollout.json')
    const cli = await world.job.runScript('opa-ssh', [
      '--hosts-file',
      'hosts.txt',
      '--canary',
      '1',
      '--batch-size',
      '50%',
      '--max-failures',
      '1',
      '--json',
      json,
      '--',
      'hostname'
    ])
    expect(cli.exitCode).toBe(0)
    const all = JSON.parse(readFileSync(json, 'utf8')) as HostResult[]
    expect(all.map((r) => [r.host, r.status, r.batch])).toEqual([
      ['target-server-01', 'ok', 0],
      ['target-server-02', 'ok', 1],
      ['target-server-03', 'ok', 2]
    ])
    const empty = await world.job.runScript('opa-ssh', ['--hosts-file', 'hosts.txt', '--shard', '4/4', '--', 'true'])
    expect(empty.exitCode).toBe(0)
    expect(empty.stderr).toContain('shard 4/4 of 3 hosts is empty')
    const bad = await world.job.runScript('opa-ssh', ['--shard', '0/4', 'target-server-01', '--', 'true'])
    expect(bad.exitCode).toBe(2)
    expect(bad.stderr).toContain('shards count from 1')
  })
})
