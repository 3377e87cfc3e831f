/**
 * The README's fleet pattern ("Fleets too large for one job"), taken from
 * the README itself so that the two cannot drift apart, and run job by job
 * through the emulated runner against the sandbox: `needs:` orders the
 * jobs, the matrix is expanded and run within `strategy.max-parallel`, and
 * with `fail-fast` a failed entry keeps the pending ones from starting, as
 * GitHub does.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { opaInputs, startSandbox, type Sandbox } from '../../sandbox/index.js'
import { REPO_ROOT, RunnerJob, type StepResult } from '../../sandbox/runner.js'
import type { HostResult } from '../../src/ssh/pool.js'
import { disposeWorlds, sessionSpans, SSH_ACTION, whenDisposing, type SessionSpan } from './world.js'

afterEach(disposeWorlds)

interface WorkflowStep {
  uses?: string
  with?: Record<string, string | number | boolean>
}

interface WorkflowJob {
  needs?: string | string[]
  strategy?: { 'fail-fast'?: boolean; 'max-parallel'?: number; matrix?: Record<string, (string | number)[]> }
  steps: WorkflowStep[]
}

/** The section's first yaml block, and the section's prose around it. */
function readmeExample(): { jobs: Record<string, WorkflowJob>; prose: string } {
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8')
  const start = readme.indexOf('### Fleets too large for one job')
  const section = readme.slice(start, readme.indexOf('\n## ', start))
  const block = /```yaml\n([\s\S]*?)```/.exec(section)
  if (start < 0 || !block) throw new Error('README.md has no yaml block under "### Fleets too large for one job"')
  return { jobs: (parse(block[1]) as { jobs: Record<string, WorkflowJob> }).jobs, prose: section.replace(block[0], '') }
}

/** What the README's placeholders stand for here; the README must document each one. */
function placeholders(sandbox: Sandbox): Record<string, string> {
  const opa = opaInputs(sandbox)
  return {
    acme: opa.team,
    'github-actions': opa.connection,
    deployer: opa.role,
    'https://acme.pam.okta.com': opa['opa-addr'],
    'sudo systemctl restart app': 'echo "deployed on $(hostname)"'
  }
}

const HOSTS_FILE = 'deploy/hosts.txt'

interface JobRun {
  job: string
  matrix: Record<string, string | number>
  steps: StepResult[]
  ok: boolean
}

/** A GitHub-like run of the workflow's jobs in `needs:` order, each a fresh runner job. */
class WorkflowRun {
  readonly runs: JobRun[] = []
  readonly record: string

  constructor(
    private readonly sandbox: Sandbox,
    private readonly values: Record<string, string>,
    /** What `actions/checkout` puts in the workspace. */
    private readonly repository: Record<string, string>
  ) {
    this.record = path.join(sandbox.dir, 'sft-record.jsonl')
  }

  async run(jobs: Record<string, WorkflowJob>): Promise<void> {
    const done = new Map<string, boolean>()
    while (done.size < Object.keys(jobs).length) {
      const [name, job] = Object.entries(jobs).find(
        ([n, j]) => !done.has(n) && [j.needs ?? []].flat().every((need) => done.has(need))
      ) as [string, WorkflowJob]
      // A job whose needs failed is skipped, as GitHub skips it.
      const needsMet = [job.needs ?? []].flat().every((need) => done.get(need))
      done.set(name, needsMet ? await this.runMatrix(name, job) : false)
    }
  }

  /** The matrix's entries, at most max-parallel at a time; with fail-fast, none starts after a failure. */
  private async runMatrix(name: string, job: WorkflowJob): Promise<boolean> {
    const [key, values] = Object.entries(job.strategy?.matrix ?? {})[0] ?? ['', ['']]
    const pending = values.map((value) => (key ? { [key]: value } : {}))
    const failFast = job.strategy?.['fail-fast'] ?? true
    let failed = false
    const worker = async (): Promise<void> => {
      for (let entry = pending.shift(); entry && !(failed && failFast); entry = pending.shift()) {
        const ok = await this.runJob(name, job, entry)
        failed ||= !ok
      }
    }
    const width = Math.min(job.strategy?.['max-parallel'] ?? values.length, values.length)
    await Promise.all(Array.from({ length: width }, worker))
    return !failed && pending.length === 0
  }

  private async runJob(name: string, job: WorkflowJob, matrix: Record<string, string | number>): Promise<boolean> {
    const runner = new RunnerJob({
      env: { ...this.sandbox.jobEnv(), GITHUB_JOB: name, SFT_SANDBOX_RECORD: this.record }
    })
    whenDisposing(async () => runner.dispose())
    const steps: StepResult[] = []
    let mainInputs: Record<string, string> | undefined
    for (const step of job.steps) {
      const inputs = this.inputs(step, matrix)
      if (step.uses?.startsWith('actions/checkout@')) {
        for (const [file, text] of Object.entries(this.repository)) {
          mkdirSync(path.dirname(path.join(runner.workspace, file)), { recursive: true })
          writeFileSync(path.join(runner.workspace, file), text)
        }
        continue
      }
      let result: StepResult
      if (step.uses === 'opa-workload-identity/opa-workload-identity@v1') {
        mainInputs = { ...inputs, install: 'none', 'sft-path': this.sandbox.sftPath }
        result = await runner.runAction('main', mainInputs)
      } else if (step.uses === 'opa-workload-identity/opa-workload-identity/ssh@v1') {
        result = await runner.runAction('main', inputs, { actionDir: SSH_ACTION })
      } else throw new Error(`This emulation does not know the step ${JSON.stringify(step)}`)
      steps.push(result)
      if (result.exitCode !== 0) break
    }
    if (mainInputs) steps.push(await runner.runAction('post', mainInputs))
    const ok = steps.every((s) => s.exitCode === 0)
    this.runs.push({ job: name, matrix, steps, ok })
    return ok
  }

  /** A step's `with:`, its `${{ matrix.* }}` expressions evaluated and its placeholders replaced. */
  private inputs(step: WorkflowStep, matrix: Record<string, string | number>): Record<string, string> {
    return Object.fromEntries(
      Object.entries(step.with ?? {}).map(([name, raw]) => {
        const value = String(raw).replace(/\$\{\{\s*matrix\.(\w+)\s*\}\}/g, (_, key: string) => {
          if (!(key in matrix)) throw new Error(`matrix.${key} is not in the matrix`)
          return String(matrix[key])
        })
        if (value.includes('${{')) throw new Error(`This emulation does not evaluate ${value}`)
        return [name, this.values[value] ?? value]
      })
    )
  }
}

/** The hosts each job's fleet step ran on, and their statuses. */
function hostsRun(run: JobRun): HostResult[] {
  const fleet = run.steps.find((s) => s.outputs.results !== undefined)
  return fleet ? (JSON.parse(fleet.outputs.results) as HostResult[]) : []
}

describe('README: fleets too large for one job', () => {
  it('Documents every placeholder it uses', async () => {
    const { jobs, prose } = readmeExample()
    expect(Object.keys(jobs)).toEqual(['canary', 'deploy'])
    expect(jobs.deploy.needs).toBe('canary')
    expect(jobs.deploy.strategy).toMatchObject({ 'fail-fast': true, 'max-parallel': expect.any(Number) })
    for (const placeholder of ['acme', 'github-actions', 'deployer', 'https://acme.pam.okta.com', HOSTS_FILE])
      expect(prose).toContain(`\`${placeholder}\``)
    expect(prose).toContain('`sudo systemctl restart app`')
  })

  it('Runs the canary job, then every shard of the hosts-file exactly once, an empty one included', async () => {
    const sandbox = await startSandbox({ hosts: 3 })
    whenDisposing(() => sandbox.stop())
    const fleet = [...sandbox.hosts.keys()]
    const workflow = new WorkflowRun(sandbox, placeholders(sandbox), {
      [HOSTS_FILE]: `# production\n${fleet.join('\n')}\n`
    })
    await workflow.run(readmeExample().jobs)
    // Every job succeeded, the matrix entry past the end of the fleet too.
    expect(workflow.runs.map((r) => [r.job, r.matrix.shard ?? '', r.ok])).toEqual(
      expect.arrayContaining([
        ['canary', '', true],
        ['deploy', 2, true],
        ['deploy', 3, true],
        ['deploy', 4, true]
      ])
    )
    expect(workflow.runs).toHaveLength(4)
    const canary = workflow.runs[0]
    expect(hostsRun(canary).map((r) => [r.host, r.status, r.batch])).toEqual([[fleet[0], 'ok', 0]])
    const deployed = workflow.runs.slice(1).flatMap((r) => hostsRun(r).map((h) => [h.host, h.status]))
    expect(deployed.sort()).toEqual([
      [fleet[1], 'ok'],
      [fleet[2], 'ok']
    ])
    const empty = workflow.runs.find((r) => r.matrix.shard === 4) as JobRun
    expect(empty.steps.map((s) => s.stdout).join('')).toContain('::notice::ssh: shard 4/4 of 3 hosts is empty')
    // needs: canary, by the stand-in sft's own record: the canary's session ended before any other began.
    const spans = sessionSpans(workflow.record)
    expect([...spans.keys()].sort()).toEqual(fleet)
    const first = spans.get(fleet[0]) as SessionSpan
    for (const host of fleet.slice(1)) expect(first.end).toBeLessThanOrEqual((spans.get(host) as SessionSpan).start)
  })

  it('Deploys nothing past a canary job that failed', async () => {
    const sandbox = await startSandbox({ hosts: 3 })
    whenDisposing(() => sandbox.stop())
    const fleet = [...sandbox.hosts.keys()]
    const values = { ...placeholders(sandbox), 'sudo systemctl restart app': 'exit 7' }
    const workflow = new WorkflowRun(sandbox, values, { [HOSTS_FILE]: fleet.join('\n') })
    await workflow.run(readmeExample().jobs)
    expect(workflow.runs.map((r) => [r.job, r.ok])).toEqual([['canary', false]])
    expect([...sessionSpans(workflow.record).keys()]).toEqual([fleet[0]])
  })
})
