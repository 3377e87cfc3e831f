/**
 * Every workflow example in README.md, run as copied: each ```yaml block is
 * read as a workflow (jobs, a job's steps, or a list of steps) and run job by
 * job, each matrix combination on a fresh machine, through the runner
 * emulation (sandbox/workflow.ts) against the sandbox. A test is named after
 * the example's heading; an example that cannot run fails its test.
 *
 * The documented placeholders, substituted before an example runs:
 * - https://acme.pam.okta.com is the sandbox's OPA (team acme, connection
 *   github-actions and role deployer are the sandbox's own names);
 * - web-01, web-02 ... are the sandbox's target-server-01, -02 ...;
 * - any ref of this action (@v1, @v1.0.0, @<full commit SHA>) is this checkout.
 * The main action gets the sandbox's sft (`install: none`, `sft-path`),
 * since the sandbox serves no Okta repository at Okta's address, and
 * `actions/checkout` puts CHECKOUT's files in the workspace. An example that
 * sets `on-no-oidc: skip` also runs as a fork pull request, without OIDC.
 * On a runner, ssh's ~/.ssh/config (from the passwd home) is $HOME's; the
 * emulation's HOME is the job's own, so `ssh` on the job's PATH is a wrapper
 * that reads $HOME/.ssh/config, as ssh (and Ansible through it) does there.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startSandbox, type Sandbox } from '../../sandbox/index.js'
import { REPO_ROOT, RunnerJob, type JobOptions } from '../../sandbox/runner.js'
import { runWorkflow, type JobRun } from '../../sandbox/workflow.js'
import type { HostResult } from '../../src/ssh/pool.js'
import { noAccountsLeft } from './world.js'

interface Example {
  heading: string
  /** Its place among the heading's examples, from 1. */
  index: number
  line: number
  yaml: string
}

/** The ```yaml blocks of the README, each with the heading it sits under. */
function examples(markdown: string): Example[] {
  const found: Example[] = []
  let heading = ''
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const title = /^#{2,4} (.+)$/.exec(lines[i])
    if (title) heading = title[1]
    if (lines[i] !== '```yaml') continue
    const end = lines.indexOf('```', i + 1)
    const index = found.filter((e) => e.heading === heading).length + 1
    found.push({ heading, index, line: i + 1, yaml: lines.slice(i + 1, end).join('\n') })
    i = end
  }
  return found
}

/** What `actions/checkout` puts in the workspace: the files the examples name. */
const CHECKOUT: Record<string, string> = {
  'hosts.txt': 'web-01\nweb-02\nweb-03\n',
  'deploy/hosts.txt': '# the fleet\nweb-01\nweb-02\nweb-03\n',
  'inventory.ini': '[web]\nweb-01\nweb-02\n',
  'site.yml': '- hosts: web\n  gather_facts: false\n  tasks:\n    - ansible.builtin.command: id -un\n'
}

function substitute(text: string, sandbox: Sandbox): string {
  return text
    .replace(/https:\/\/acme\.pam\.okta\.com/g, sandbox.opa.addr)
    .replace(/\bweb-(\d\d)\b/g, 'target-server-$1')
}

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function run(
  example: Example,
  job: (sandbox: Sandbox) => JobOptions
): Promise<{ sandbox: Sandbox; runs: JobRun[] }> {
  const sandbox = await startSandbox({ hosts: 3 })
  cleanups.push(() => sandbox.stop())
  expect([sandbox.team, sandbox.connection, sandbox.role]).toEqual(['acme', 'github-actions', 'deployer'])
  const runs = await runWorkflow(substitute(example.yaml, sandbox), {
    job: job(sandbox),
    checkout: (workspace) => {
      for (const [file, text] of Object.entries(CHECKOUT)) {
        mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true })
        writeFileSync(path.join(workspace, file), substitute(text, sandbox))
      }
    },
    inputs: (actionDir, inputs) =>
      actionDir === REPO_ROOT ? { install: 'none', 'sft-path': sandbox.sftPath, ...inputs } : inputs
  })
  for (const r of runs) cleanups.push(() => r.runner?.dispose())
  return { sandbox, runs }
}

/** Each step's log as the runner shows it, for a failure's message. */
function logs(runs: JobRun[]): string {
  return runs
    .flatMap((r) =>
      r.steps.map(
        (s) =>
          `--- ${r.name} ${JSON.stringify(r.matrix)} ${s.step.uses ?? 'run'}: ${s.outcome}\n${s.result ? RunnerJob.render(s.result) : ''}`
      )
    )
    .join('\n')
}

/** Fails with every failed job's step logs, which say why. */
function expectSuccess(runs: JobRun[]): void {
  const failed = runs.filter((r) => r.conclusion !== 'success')
  if (failed.length) throw new Error(`${failed.length} of ${runs.length} jobs failed:\n${logs(failed)}`)
}

const all = examples(readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8'))
/** A directory with the `ssh` that reads $HOME/.ssh/config, first on the job's PATH. */
function sshReadingHome(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'readme-bin-'))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  const ssh = path.join(dir, 'ssh')
  const script = [
    '#!/bin/sh',
    // A caller that names its own config (the action's transport: ssh) keeps it.
    'for arg in "$@"; do [ "$arg" = -F ] && exec /usr/bin/ssh "$@"; done',
    '[ -f "$HOME/.ssh/config" ] && exec /usr/bin/ssh -F "$HOME/.ssh/config" "$@"',
    'exec /usr/bin/ssh "$@"',
    ''
  ]
  writeFileSync(ssh, script.join('\n'), { mode: 0o755 })
  return dir
}

const pushJob = (sandbox: Sandbox): JobOptions => ({
  env: { ...sandbox.jobEnv(), PATH: `${sshReadingHome()}:${process.env.PATH}` }
})

describe('README examples, run as copied', () => {
  it('Finds the workflow examples', () => {
    expect(all.length).toBeGreaterThanOrEqual(6)
  })

  it.each(all.map((e) => [`"${e.heading}" example ${e.index} (README.md:${e.line})`, e] as const))(
    'Runs %s',
    async (_name, example) => {
      const { sandbox, runs } = await run(example, pushJob)
      expectSuccess(runs)
      const sessions = runs.flatMap((r) =>
        r.steps.flatMap((s) =>
          s.result?.outputs.results ? (JSON.parse(s.result.outputs.results) as HostResult[]) : []
        )
      )
      expect(sessions.filter((h) => h.status !== 'ok')).toEqual([])
      // A restart the example asks for happened on each host it reached, as the JIT account's one sudo right.
      const asksRestart = /systemctl restart app/.test(example.yaml)
      expect(asksRestart && sessions.length === 0).toBe(false)
      const actions = await Promise.all(sessions.map((h) => sandbox.hosts.get(h.host)?.serviceActions()))
      expect(actions.map((a) => a?.includes('restart app'))).toEqual(sessions.map(() => asksRestart))
      for (const post of runs.flatMap((r) => r.posts)) expect(post.stdout).not.toContain('Cleanup: could not remove')
      await noAccountsLeft(sandbox)
    }
  )

  const skipping = all.filter((e) => /on-no-oidc:\s*skip/.test(e.yaml))
  it.each(skipping.map((e) => [`"${e.heading}" example ${e.index} (README.md:${e.line})`, e] as const))(
    'Runs %s as a fork pull request: it passes, and the guarded steps are skipped',
    async (_name, example) => {
      const forkPullRequest = (): JobOptions => ({
        eventName: 'pull_request',
        eventPayload: {
          pull_request: { head: { repo: { full_name: 'someone/deploy-app', fork: true } } },
          repository: { full_name: 'octo-org/deploy-app' }
        }
      })
      const { sandbox, runs } = await run(example, forkPullRequest)
      expectSuccess(runs)
      const steps = runs.flatMap((r) => r.steps)
      expect(steps.find((s) => s.result?.outputs.authenticated)?.result?.outputs.authenticated).toBe('false')
      expect(steps.filter((s) => s.step.if !== undefined).map((s) => s.outcome)).toEqual(
        steps.filter((s) => s.step.if !== undefined).map(() => 'skipped')
      )
      expect(sandbox.opa.issued).toEqual([])
    }
  )
})
