/**
 * Runner shapes beyond one fresh VM (issue 16), end to end through the
 * bundles: jobs sharing HOME and the tool cache, a job killed before its
 * post step, steps as an unprivileged user, a `container:` job. And post
 * acting on what main recorded (issue 17, findings 8 and 9).
 */
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { chmodSync, existsSync, lstatSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { startSandbox, type Sandbox } from '../../sandbox/index.js'
import { RunnerJob, type JobOptions, type StepResult } from '../../sandbox/runner.js'
import { containerRootfs, processesOf, RunnerMachine, runnerUser } from '../../sandbox/shapes.js'
import { mainInputs } from '../helpers.js'
import { disposeWorlds, noAccountsLeft, results, SSH_ACTION, whenDisposing } from './world.js'

afterEach(disposeWorlds)

async function sandboxFor(): Promise<Sandbox> {
  const sandbox = await startSandbox({})
  whenDisposing(() => sandbox.stop())
  // Steps as another user reach the sandbox's sft.
  chmodSync(sandbox.dir, 0o755)
  return sandbox
}

function machine(): RunnerMachine {
  const made = new RunnerMachine()
  whenDisposing(async () => made.dispose())
  return made
}

function job(sandbox: Sandbox, options: JobOptions = {}): RunnerJob {
  const made = new RunnerJob({ ...options, env: { ...sandbox.jobEnv(), ...options.env } })
  whenDisposing(async () => made.dispose())
  return made
}

function main(sandbox: Sandbox, runner: RunnerJob, extra: Record<string, string> = {}): Promise<StepResult> {
  return runner.runAction('main', mainInputs(sandbox, { 'ssh-config': 'true', ...extra }))
}

/** The post step, which the runner gives the inputs of its main step. */
function post(sandbox: Sandbox, runner: RunnerJob): Promise<StepResult> {
  return runner.runAction('post', mainInputs(sandbox, { 'ssh-config': 'true' }))
}

/** Native ssh as a job step runs it: `-F config` where OpenSSH would not read the block by itself. */
function nativeSsh(runner: RunnerJob, host: string, config?: string): Promise<StepResult> {
  const file = config ? ['-F', config] : []
  return runner.runScript('ssh', [...file, '-o', 'BatchMode=yes', '-l', 'wl_deployer', host, 'hostname'])
}

/** The main flows of a job: main with ssh-config, the ssh sub-action, opa-ssh, native ssh, post. */
async function mainFlows(sandbox: Sandbox, runner: RunnerJob, config?: string): Promise<StepResult> {
  const started = await main(sandbox, runner)
  expect(started.stderr + (started.exitCode ? started.stdout : '')).toBe('')
  expect(started.exitCode).toBe(0)
  const step = await runner.runAction('main', { hosts: 'target-server-01', run: 'whoami' }, { actionDir: SSH_ACTION })
  expect(results(step).map((r) => [r.status, r['stdout-tail']])).toEqual([['ok', 'wl_deployer\n']])
  const cli = await runner.runScript('opa-ssh', ['target-server-02', '--', 'hostname'])
  expect([cli.exitCode, cli.stdout]).toEqual([0, 'target-server-02\n'])
  const native = await nativeSsh(runner, 'target-server-03', config)
  expect([native.stderr, native.stdout]).toEqual(['', 'target-server-03\n'])
  const ended = await post(sandbox, runner)
  expect(ended.exitCode).toBe(0)
  expect(runner.summary()).toContain('Nothing was left behind.')
  await noAccountsLeft(sandbox)
  return ended
}

/** The ssh agent processes whose environment names `dir` (a job's RUNNER_TEMP). */
function agentsUnder(dir: string): number[] {
  return processesOf(dir).filter((pid) => readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'ssh-agent')
}

describe('runner shapes', () => {
  // The container job's Debian root: script/prerequisites.sh builds it once per machine; a direct run may build it here.
  beforeAll(() => void containerRootfs(), 15 * 60_000)

  it('Shared HOME and tool cache: job A’s post leaves job B’s native ssh working, and removes only A’s block', async () => {
    const sandbox = await sandboxFor()
    const shared = machine()
    const [a, b] = [job(sandbox, { machine: shared }), job(sandbox, { machine: shared })]
    const config = path.join(shared.home, '.ssh', 'config')
    expect(new Set([a.env.HOME, b.env.HOME, a.home])).toEqual(new Set([shared.home]))
    expect(new Set([a.env.RUNNER_TOOL_CACHE, b.env.RUNNER_TOOL_CACHE])).toEqual(new Set([shared.toolCache]))
    expect((await main(sandbox, a)).exitCode).toBe(0)
    expect((await main(sandbox, b)).exitCode).toBe(0)
    const [firstA, firstB] = [
      await nativeSsh(a, 'target-server-01', config),
      await nativeSsh(b, 'target-server-02', config)
    ]
    expect([firstA.stderr, firstA.stdout]).toEqual(['', 'target-server-01\n'])
    expect([firstB.stderr, firstB.stdout]).toEqual(['', 'target-server-02\n'])
    // Each job's native ssh has an agent of its own, in its own temp dir.
    expect(agentsUnder(a.env.RUNNER_TEMP)).toHaveLength(1)
    expect(agentsUnder(b.env.RUNNER_TEMP)).toHaveLength(1)
    const blocks = readFileSync(config, 'utf8').match(/^# >>> opa-workload-identity: job .*$/gm) ?? []
    expect(blocks).toHaveLength(2)
    // sft's default state in the shared HOME is nobody's: every job's is in its own temp dir.
    expect(existsSync(path.join(shared.home, '.local', 'share', 'ScaleFT'))).toBe(false)

    const postA = await post(sandbox, a)
    expect(postA.stdout).toContain(`Cleanup: removed this job's ssh-config block in ${config}`)
    expect(agentsUnder(a.env.RUNNER_TEMP)).toEqual([])
    expect(agentsUnder(b.env.RUNNER_TEMP)).toHaveLength(1)
    const afterA = await nativeSsh(b, 'target-server-03', config)
    expect([afterA.stderr, afterA.stdout]).toEqual(['', 'target-server-03\n'])
    expect(a.summary()).toContain('Nothing was left behind.')

    // A third job runs the main flows start to end on the machine while B is live; B's ssh still works.
    const c = job(sandbox, { machine: shared })
    await mainFlows(sandbox, c, config)
    const afterC = await nativeSsh(b, 'target-server-01', config)
    expect([afterC.stderr, afterC.stdout]).toEqual(['', 'target-server-01\n'])

    const postB = await post(sandbox, b)
    expect(postB.stdout).toContain(`Cleanup: removed this job's ssh-config block in ${config}`)
    expect(readFileSync(config, 'utf8')).not.toContain('opa-workload-identity')
    expect(b.summary()).toContain('Nothing was left behind.')
    expect(agentsUnder(b.env.RUNNER_TEMP)).toEqual([])
    await noAccountsLeft(sandbox)
  })

  it('Killed before post: the next job removes the block and agent the killed job left, and its summary says so', async () => {
    const sandbox = await sandboxFor()
    const shared = machine()
    const killed = job(sandbox, { machine: shared })
    const config = path.join(shared.home, '.ssh', 'config')
    expect((await main(sandbox, killed)).exitCode).toBe(0)
    expect((await nativeSsh(killed, 'target-server-01', config)).stdout).toBe('target-server-01\n')
    const [agent] = agentsUnder(killed.env.RUNNER_TEMP)
    expect(agent).toBeGreaterThan(0)
    killed.killBeforePost()
    await expect(post(sandbox, killed)).rejects.toThrow('killed before its post step')
    expect(readFileSync(config, 'utf8')).toContain('opa-workload-identity')

    const next = job(sandbox, { machine: shared })
    const started = await main(sandbox, next, { 'ssh-config': 'false' })
    expect(started.exitCode).toBe(0)
    expect(RunnerJob.render(started)).toMatch(
      /Warning: Removed the ssh-config block in .*\/\.ssh\/config of job octo-org\/deploy-app run 9100200300\.1 deploy, which ended without its post step/
    )
    expect(RunnerJob.render(started)).toMatch(
      /Warning: Removed ssh-agent \(pid \d+\) of a job that ended without its post step/
    )
    expect(existsSync(`/proc/${agent}`) && !readFileSync(`/proc/${agent}/stat`, 'utf8').includes(') Z ')).toBe(false)
    expect(readFileSync(config, 'utf8')).not.toContain('opa-workload-identity')
    await post(sandbox, next)
    const summary = next.summary()
    expect(summary).toContain('which ended without its post step')
    expect(summary).toContain('Nothing was left behind.')
    await noAccountsLeft(sandbox)
  })

  it('Steps as an unprivileged user: the main flows work', async () => {
    const sandbox = await sandboxFor()
    const runner = job(sandbox, { user: runnerUser() })
    const ended = await mainFlows(sandbox, runner, path.join(runner.home, '.ssh', 'config'))
    expect(ended.stdout).toContain('Cleanup: removed the sft session (sft logout)')
  })

  it('Container job: HOME=/github/home, and plain ssh routes through the block in the passwd home', async () => {
    const sandbox = await sandboxFor()
    const runner = job(sandbox, { container: true })
    expect(runner.env.HOME).toBe('/github/home')
    const started = await main(sandbox, runner)
    expect(started.stdout).toContain(
      'HOME is /github/home, but OpenSSH reads /root/.ssh/config (the home of this user in /etc/passwd): the block is there'
    )
    const block = path.join(runner.dir, 'container-root', '.ssh', 'config')
    expect(readFileSync(block, 'utf8')).toContain('opa-workload-identity')
    // The main flows again, with post, in the same container; plain ssh (no -F) works.
    await post(sandbox, runner)
    expect(existsSync(block)).toBe(false)
    await mainFlows(sandbox, runner)
    expect(existsSync(block)).toBe(false)
  })

  it('Outside a container, a HOME that is not the passwd home gets a plain warning that plain ssh will not route', async () => {
    const sandbox = await sandboxFor()
    const runner = job(sandbox)
    const started = await main(sandbox, runner)
    expect(RunnerJob.render(started)).toContain(
      `Warning: The ssh-config block is in ${runner.home}/.ssh/config, but OpenSSH reads /root/.ssh/config`
    )
    expect((await post(sandbox, runner)).exitCode).toBe(0)
  })
})

describe('post acts on what main recorded (issue 17)', () => {
  it('Finding 8: a step that changes HOME does not move the block post removes', async () => {
    const sandbox = await sandboxFor()
    const runner = job(sandbox)
    const config = path.join(runner.home, '.ssh', 'config')
    expect((await main(sandbox, runner)).exitCode).toBe(0)
    const elsewhere = path.join(runner.dir, 'elsewhere')
    await runner.runScript('sh', ['-c', `echo "HOME=${elsewhere}" >> "$GITHUB_ENV"`])
    expect(runner.env.HOME).toBe(elsewhere)
    const ended = await post(sandbox, runner)
    expect(ended.stdout).toContain(`Cleanup: removed this job's ssh-config block in ${config}`)
    expect(existsSync(config)).toBe(false)
    expect(runner.summary()).toContain('Nothing was left behind.')
  })

  it('Finding 9: a block without its end marker is left whole, and post says something remains', async () => {
    const sandbox = await sandboxFor()
    const runner = job(sandbox)
    const config = path.join(runner.home, '.ssh', 'config')
    expect((await main(sandbox, runner)).exitCode).toBe(0)
    writeFileSync(config, `${readFileSync(config, 'utf8').replace(/^# <<< opa-workload-identity.*\n/m, '')}Host mine\n`)
    const damaged = readFileSync(config, 'utf8')
    const ended = await post(sandbox, runner)
    expect(RunnerJob.render(ended)).toMatch(
      /Warning: Cleanup: could not remove this job's ssh-config block in .*end marker is missing/
    )
    expect(readFileSync(config, 'utf8')).toBe(damaged)
    expect(runner.summary()).toContain('Something was left behind')
    expect(runner.summary()).not.toContain('Nothing was left behind')
  })

  it('Finding 9: a symlinked config is neither written through nor removed', async () => {
    const sandbox = await sandboxFor()
    const runner = job(sandbox)
    const config = path.join(runner.home, '.ssh', 'config')
    const target = path.join(runner.dir, 'dotfiles', 'ssh_config')
    await runner.runScript('sh', ['-c', `mkdir -p "$HOME/.ssh" && ln -s "${target}" "$HOME/.ssh/config"`])
    const started = await main(sandbox, runner)
    expect(started.exitCode).toBe(0)
    expect(RunnerJob.render(started)).toContain('is a symbolic link; the action does not write through it or remove it')
    expect(existsSync(target)).toBe(false)
    await post(sandbox, runner)
    expect(lstatSync(config).isSymbolicLink()).toBe(true)
  })
})
