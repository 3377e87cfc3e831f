/**
 * The action against every sft the public record allows, one sandbox knob
 * each (sandbox/README.md says which evidence each stands for). Under every
 * knob there are two outcomes only: the script ran and its exit code is the
 * verdict, or the step failed with a hint that names what sft did. Never an
 * `ok` for a script that did not run.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import type { ControlPlane } from '../../sandbox/control-plane.js'
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
  it('Says the script did not arrive when sft forwards no stdin and the script is too large for the command', async () => {
    const world = await authenticated(knobbed({ sshStdin: 'eof' }))
    const step = await ssh(world, { hosts: 'target-server-01', run: `# ${'x'.repeat(100 * 1024)}\necho ran` })
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
