/**
 * The action against every sft the public record allows, one sandbox knob
 * each (sandbox/README.md says which evidence each stands for). Under every
 * knob there are two outcomes only: the script ran and its exit code is the
 * verdict, or the step failed with a hint that names what sft did. Never an
 * `ok` for a script that did not run.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import type { ControlPlane } from '../../sandbox/control-plane.js'
import { RunnerJob } from '../../sandbox/runner.js'
import { readRecords } from '../helpers.js'
import { authenticated, disposeWorlds, results, ssh, statuses, type World } from './world.js'

afterEach(disposeWorlds)

const knobbed = (knobs: ControlPlane['knobs']) => ({
  configure: (plane: ControlPlane) => void Object.assign(plane.knobs, knobs)
})

/** Sessions the sandbox's OPA opened, from its own record: a host is touched once it has one. */
function sessionsOpened(world: World): number {
  return readRecords(world.record).filter((r) => r.command === 'ssh credentials').length
}

describe('the script ran, and its exit code is the verdict', () => {
  it.each([
    ['an sft that does not forward stdin', { sshStdin: 'eof' as const }, 'command'],
    ['an sft whose stdin never delivers', { sshStdin: 'hang' as const }, 'command'],
    [
      'an sft that wants a terminal, in its own words',
      { requireTty: true, ttyMessage: 'Error: a terminal is required' },
      'stdin'
    ],
    ['the sft we know', {}, 'stdin']
  ])('Under %s', async (_name, knobs, carrier) => {
    const world = await authenticated(knobbed(knobs))
    const ok = await ssh(world, { hosts: 'target-server-01', run: 'echo "ran as $(id -un)"' })
    expect(results(ok)[0]).toMatchObject({
      status: 'ok',
      'exit-code': 0,
      'stdout-tail': 'ran as wl_deployer\n',
      account: 'wl_deployer',
      carrier
    })
    const failing = await ssh(world, { hosts: 'target-server-01', run: 'echo ran; exit 3' })
    expect(results(failing)[0]).toMatchObject({
      status: 'failed',
      'exit-code': 3,
      hint: 'The script exited with 3.',
      carrier
    })
    expect(failing.exitCode).toBe(1)
  })
})

describe('the step failed with a hint that names what sft did', () => {
  it('Carries a script too large for the command through native ssh when sft forwards no stdin, or says why not', async () => {
    const run = `# ${'x'.repeat(100 * 1024)}\necho ran`
    const world = await authenticated(knobbed({ sshStdin: 'eof' }))
    const carried = await ssh(world, { hosts: 'target-server-01', run })
    expect(results(carried)[0]).toMatchObject({ status: 'ok', carrier: 'ssh-config', 'stdout-tail': 'ran\n' })
    const closed = await authenticated(knobbed({ sshStdin: 'eof' }), {}, (sandbox) => ({
      env: { SFT_SANDBOX_SSH_CONFIG_FAILS: '1' },
      sftPath: sandbox.sftPath
    }))
    const step = await ssh(closed, { hosts: 'target-server-01', run })
    expect(results(step)[0]).toMatchObject({ status: 'failed', carrier: 'none', 'stdout-tail': '' })
    expect(results(step)[0].hint).toContain('does not forward stdin')
    expect(step.exitCode).toBe(1)
  })

  it('Names the network, gateway or policy for a silent exit 255', async () => {
    const world = await authenticated(knobbed({ silent255: true }))
    const step = await ssh(world, { hosts: 'target-server-01', run: 'echo ran', preflight: 'false' })
    expect(results(step)[0]).toMatchObject({ status: 'failed', 'exit-code': 255, carrier: 'none' })
    expect(results(step)[0].hint).toContain('the network path, the gateway or a policy')
  })

  it("Calls a refused token denied, with sft's words, when there is no preflight", async () => {
    const world = await authenticated(knobbed({ tokenInvalid: 'missing capability ssh.login' }))
    const step = await ssh(world, { hosts: 'target-server-01', run: 'echo ran', preflight: 'false' })
    expect(results(step)[0]).toMatchObject({ status: 'denied', carrier: 'none' })
    expect(results(step)[0].hint).toContain(
      'OPA refused the token ("OPA_TOKEN is not valid: missing capability ssh.login")'
    )
  })
})

describe('preflight', () => {
  it('Refuses a job whose claims the role conditions do not match, before any host is touched', async () => {
    const world = await authenticated({
      configure: (plane) =>
        void (plane.roles.deployer.conditions = [{ claim: 'ref', operator: 'equals', value: 'refs/heads/release' }])
    })
    expect(world.main.exitCode).toBe(0)
    const step = await ssh(world, { hosts: 'target-server-01,target-server-02,target-server-03', run: 'echo ran' })
    expect(statuses(step)).toEqual([
      ['target-server-01', 'denied'],
      ['target-server-02', 'denied'],
      ['target-server-03', 'denied']
    ])
    expect(results(step)[0].hint).toMatch(/^Preflight: OPA grants this job no access.*exit 125.*ref=refs\/heads\/main/)
    expect(sessionsOpened(world)).toBe(0)
  })

  it('Stops everything with fail-fast when one host is refused, and names Draft when every host is denied', async () => {
    const world = await authenticated({
      configure: (plane) => {
        plane.connections['github-actions'].status = 'draft'
        plane.knobs.draftIssuesToken = true
      }
    })
    // A Draft connection that issues a token: the exchange succeeds.
    expect(world.main.exitCode).toBe(0)
    const step = await ssh(world, { hosts: 'target-server-01,target-server-02', run: 'echo ran' })
    expect(statuses(step).map(([, s]) => s)).toEqual(['denied', 'denied'])
    expect(results(step)[0].hint).toContain('sft resolve exit 126')
    expect(step.stdout).toContain('the Workload Connection may be Draft, or its activation has not propagated yet')
    expect(sessionsOpened(world)).toBe(0)
  })

  it('Skips the rest with fail-fast, and runs the others without it', async () => {
    const configure = (plane: ControlPlane): void => void (plane.roles.deployer.servers = ['target-server-02'])
    const strict = await authenticated({ configure })
    const hosts = 'target-server-01,target-server-02'
    expect(statuses(await ssh(strict, { hosts, run: 'true' }))).toEqual([
      ['target-server-01', 'denied'],
      ['target-server-02', 'skipped']
    ])
    expect(sessionsOpened(strict)).toBe(0)
    const lenient = await authenticated({ configure })
    expect(statuses(await ssh(lenient, { hosts, run: 'true', 'fail-fast': 'false' }))).toEqual([
      ['target-server-01', 'denied'],
      ['target-server-02', 'ok']
    ])
  })
})

/**
 * Watches every process's command line on this machine (the sandbox's
 * servers share its process table) until stopped, and returns the ones
 * that held `secret`.
 */
function watchCommandLines(secret: string): { stop(): Promise<string[]> } {
  const seen = new Set<string>()
  let scans = 0
  let running = true
  const scan = async (): Promise<void> => {
    for (const pid of (await readdir('/proc')).filter((e) => /^\d+$/.test(e))) {
      const cmdline = await readFile(`/proc/${pid}/cmdline`, 'latin1').catch(() => '')
      if (cmdline.includes(secret)) seen.add(cmdline.replace(/\0/g, ' '))
    }
    scans++
  }
  const loop = (async () => {
    while (running) await scan()
  })()
  return {
    async stop() {
      running = false
      await loop
      // The watch really ran while the step did, more than once (a refused session is over in a few scans
      // on a busy machine, so no larger count holds under every knob).
      expect(scans).toBeGreaterThan(1)
      return [...seen]
    }
  }
}

describe('env values never leave the payload', () => {
  it.each([
    ['the sft we know', {}, {}, 'stdin'],
    ['an sft that does not forward stdin', { sshStdin: 'eof' as const }, {}, 'ssh-config'],
    ['an sft whose stdin never delivers', { sshStdin: 'hang' as const }, {}, 'ssh-config'],
    ['an sft that wants a terminal', { requireTty: true }, {}, 'stdin'],
    [
      'an sft whose terminal asks for a remote tty that echoes stdin',
      { requireTty: true, remoteTty: true },
      {},
      'stdin'
    ],
    ['native ssh through the ssh-config', {}, { transport: 'ssh' }, 'stdin']
  ])(
    'Under %s: in no argv on either side, nor the log, results, summary or sft record',
    async (_name, knobs, extra, carrier) => {
      const world = await authenticated(knobbed(knobs))
      const secret = `pw-${randomBytes(12).toString('hex')}`
      const digest = createHash('sha256').update(secret).digest('hex')
      const watch = watchCommandLines(secret)
      const step = await ssh(world, {
        hosts: 'target-server-01',
        env: `DB_PASSWORD=${secret}\nMODE=deploy`,
        run: 'sleep 2\nprintf %s "$DB_PASSWORD" | sha256sum | cut -c1-64\necho "mode $MODE"',
        ...extra
      })
      expect(await watch.stop()).toEqual([])
      expect(results(step)[0]).toMatchObject({
        status: 'ok',
        'stdout-tail': `${digest}\nmode deploy\n`,
        carrier
      })
      const everything = [
        step.stdout,
        step.stderr,
        RunnerJob.render(step, true),
        step.outputs.results,
        world.job.summary(),
        readFileSync(world.record, 'utf8')
      ]
      for (const text of everything) expect(text).not.toContain(secret)
    }
  )

  it.each([
    ['an sft that exits 255 in silence', { silent255: true }, 'failed', 'the network path, the gateway or a policy'],
    ['an sft that refuses the token', { tokenInvalid: 'expired' }, 'denied', 'OPA refused the token'],
    [
      'an sft that wants a terminal and forwards no stdin',
      { requireTty: true, sshStdin: 'eof' as const },
      'failed',
      'does not forward stdin, and the payload may not travel inside the command because it holds `env` values'
    ]
  ])('Under %s: the host fails, and the value is nowhere', async (_name, knobs, status, hint) => {
    const world = await authenticated(knobbed(knobs))
    const secret = `pw-${randomBytes(12).toString('hex')}`
    const watch = watchCommandLines(secret)
    const step = await ssh(world, {
      hosts: 'target-server-01',
      env: `DB_PASSWORD=${secret}`,
      run: 'echo ran',
      preflight: 'false'
    })
    expect(await watch.stop()).toEqual([])
    expect(results(step)[0]).toMatchObject({ status, carrier: 'none', 'stdout-tail': '' })
    expect(results(step)[0].hint).toContain(hint)
    const everything = [
      step.stdout,
      step.stderr,
      step.outputs.results,
      world.job.summary(),
      readFileSync(world.record, 'utf8')
    ]
    for (const text of everything) expect(text).not.toContain(secret)
  })

  it('Fails with a hint, and runs nothing, when no carrier keeps env private', async () => {
    const world = await authenticated(knobbed({ sshStdin: 'eof' }), {}, (sandbox) => ({
      // An sft whose ssh-config fails: the private route is closed too.
      env: { SFT_SANDBOX_SSH_CONFIG_FAILS: '1' },
      sftPath: sandbox.sftPath
    }))
    const secret = `pw-${randomBytes(12).toString('hex')}`
    const watch = watchCommandLines(secret)
    const step = await ssh(world, { hosts: 'target-server-01', env: `DB_PASSWORD=${secret}`, run: 'echo ran' })
    expect(await watch.stop()).toEqual([])
    expect(results(step)[0]).toMatchObject({ status: 'failed', carrier: 'none', 'stdout-tail': '' })
    expect(results(step)[0].hint).toMatch(
      /does not forward stdin.*`env` values.*never put on a command line.*ssh-config failed too/
    )
    expect(step.exitCode).toBe(1)
    expect(step.stdout + step.stderr + readFileSync(world.record, 'utf8')).not.toContain(secret)
  })
})
