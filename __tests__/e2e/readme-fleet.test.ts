/**
 * The README's fleet pattern ("Fleets too large for one job"), taken from
 * the README itself so that the two cannot drift apart, and run job by job
 * through the workflow emulation (sandbox/workflow.ts, which also runs every
 * other README example) against the sandbox. Beyond "it succeeds", this file
 * checks what the pattern promises: `needs:` puts the canary's session
 * before every other, each shard of the hosts-file is deployed exactly once,
 * an empty shard passes, and a failed canary deploys nothing.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { startSandbox, type Sandbox } from '../../sandbox/index.js'
import { REPO_ROOT } from '../../sandbox/runner.js'
import { jobsOf, runWorkflow, type JobRun } from '../../sandbox/workflow.js'
import type { HostResult } from '../../src/ssh/pool.js'
import { disposeWorlds, sessionSpans, whenDisposing, type SessionSpan } from './world.js'

afterEach(disposeWorlds)

const HOSTS_FILE = 'deploy/hosts.txt'
const DEPLOYMENT = 'sudo systemctl restart app'

/** The section's first yaml block, and the section's prose around it. */
function readmeExample(): { yaml: string; prose: string } {
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8')
  const start = readme.indexOf('### Fleets too large for one job')
  const section = readme.slice(start, readme.indexOf('\n## ', start))
  const block = /```yaml\n([\s\S]*?)```/.exec(section)
  if (start < 0 || !block) throw new Error('README.md has no yaml block under "### Fleets too large for one job"')
  return { yaml: block[1], prose: section.replace(block[0], '') }
}

/** Runs the example with the sandbox's OPA address and `deployment` for the README's deployment command. */
async function runExample(sandbox: Sandbox, deployment: string): Promise<{ runs: JobRun[]; record: string }> {
  const record = path.join(sandbox.dir, 'sft-record.jsonl')
  const fleet = [...sandbox.hosts.keys()]
  const yaml = readmeExample()
    .yaml.replaceAll('https://acme.pam.okta.com', sandbox.opa.addr)
    .replaceAll(DEPLOYMENT, deployment)
  const runs = await runWorkflow(yaml, {
    job: { env: { ...sandbox.jobEnv(), SFT_SANDBOX_RECORD: record } },
    checkout: (workspace) => {
      mkdirSync(path.join(workspace, path.dirname(HOSTS_FILE)), { recursive: true })
      writeFileSync(path.join(workspace, HOSTS_FILE), `# production\n${fleet.join('\n')}\n`)
    },
    inputs: (actionDir, inputs) =>
      actionDir === REPO_ROOT ? { install: 'none', 'sft-path': sandbox.sftPath, ...inputs } : inputs
  })
  for (const run of runs) whenDisposing(async () => run.runner?.dispose())
  return { runs, record }
}

/** The hosts a job's fleet step ran on, and their statuses. */
function hostsRun(run: JobRun): HostResult[] {
  const fleet = run.steps.find((s) => s.result?.outputs.results !== undefined)
  return fleet?.result ? (JSON.parse(fleet.result.outputs.results) as HostResult[]) : []
}

describe('README: fleets too large for one job', () => {
  it('Documents every placeholder it uses', () => {
    const { yaml, prose } = readmeExample()
    const jobs = jobsOf(parse(yaml))
    expect(Object.keys(jobs)).toEqual(['canary', 'deploy'])
    expect(jobs.deploy.needs).toBe('canary')
    expect(jobs.deploy.strategy).toMatchObject({ 'fail-fast': true, 'max-parallel': expect.any(Number) })
    for (const placeholder of ['acme', 'github-actions', 'deployer', 'https://acme.pam.okta.com', HOSTS_FILE])
      expect(prose).toContain(`\`${placeholder}\``)
    expect(prose).toContain(`\`${DEPLOYMENT}\``)
  })

  it('Runs the canary job, then every shard of the hosts-file exactly once, an empty one included', async () => {
    const sandbox = await startSandbox({ hosts: 3 })
    whenDisposing(() => sandbox.stop())
    const fleet = [...sandbox.hosts.keys()]
    const { runs, record } = await runExample(sandbox, DEPLOYMENT)
    // Every job succeeded, the matrix entry past the end of the fleet too.
    expect(runs.map((r) => [r.name, r.matrix.shard ?? '', r.conclusion])).toEqual([
      ['canary', '', 'success'],
      ['deploy', 2, 'success'],
      ['deploy', 3, 'success'],
      ['deploy', 4, 'success']
    ])
    expect(hostsRun(runs[0]).map((r) => [r.host, r.status, r.batch])).toEqual([[fleet[0], 'ok', 0]])
    const deployed = runs.slice(1).flatMap((r) => hostsRun(r).map((h) => [h.host, h.status]))
    expect(deployed.sort()).toEqual([
      [fleet[1], 'ok'],
      [fleet[2], 'ok']
    ])
    const empty = runs.find((r) => r.matrix.shard === 4) as JobRun
    const emptyLog = empty.steps.map((s) => s.result?.stdout ?? '').join('')
    expect(emptyLog).toContain('::notice::ssh: shard 4/4 of 3 hosts is empty')
    // needs: canary, by the stand-in sft's own record: the canary's session ended before any other began.
    const spans = sessionSpans(record)
    expect([...spans.keys()].sort()).toEqual(fleet)
    const first = spans.get(fleet[0]) as SessionSpan
    for (const host of fleet.slice(1)) expect(first.end).toBeLessThanOrEqual((spans.get(host) as SessionSpan).start)
  })

  it('Deploys nothing past a canary job that failed', async () => {
    const sandbox = await startSandbox({ hosts: 3 })
    whenDisposing(() => sandbox.stop())
    const fleet = [...sandbox.hosts.keys()]
    const { runs, record } = await runExample(sandbox, 'exit 7')
    expect(runs.map((r) => [r.name, r.conclusion])).toEqual([
      ['canary', 'failure'],
      ...[2, 3, 4].map(() => ['deploy', 'skipped'])
    ])
    expect([...sessionSpans(record).keys()]).toEqual([fleet[0]])
  })
})
