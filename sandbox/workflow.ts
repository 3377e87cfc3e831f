/**
 * Runs the jobs of a workflow, as GitHub would, through the runner
 * emulation: `uses:` of this action and its ssh sub-action (at any ref),
 * `actions/checkout` (the caller prepares the workspace), `run:` steps under
 * bash, `id:`, `if:`, `env:`, `with:`, `continue-on-error:`, expressions over
 * the github, env, matrix, steps, needs, secrets and vars contexts, job
 * `needs:` and `outputs:`, matrices (a fresh machine per combination, as
 * GitHub gives), and the actions' post steps at each job's end. Whatever it
 * cannot run faithfully it refuses with an error, so an example that uses it
 * fails instead of passing untested.
 */
import { randomUUID } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { asString, interpolate, shouldRun, type Scope, type Value } from './expressions.js'
import { REPO_ROOT, RunnerJob, type JobOptions, type StepResult } from './runner.js'

export interface WorkflowStep {
  id?: string
  name?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
  env?: Record<string, unknown>
  if?: unknown
  'continue-on-error'?: boolean
}

export interface WorkflowJob {
  steps: WorkflowStep[]
  needs?: string | string[]
  if?: unknown
  env?: Record<string, unknown>
  outputs?: Record<string, string>
  strategy?: { matrix?: Record<string, unknown>; 'fail-fast'?: boolean; 'max-parallel'?: number }
}

/** Keys GitHub reads that change nothing in the emulation, and why. */
const IGNORED_JOB_KEYS = new Set([
  'name',
  'runs-on', // one machine: this one
  'permissions', // the sandbox's OIDC service always answers; the fork scenario removes it
  'timeout-minutes',
  'concurrency'
])
const STEP_KEYS = new Set(['id', 'name', 'uses', 'run', 'with', 'env', 'if', 'continue-on-error', 'timeout-minutes'])

export interface StepRun {
  step: WorkflowStep
  /** Undefined for a skipped step, and for actions/checkout. */
  result?: StepResult
  /** The action's directory, for a `uses:` of this action. */
  actionDir?: string
  inputs?: Record<string, string>
  outcome: 'success' | 'failure' | 'skipped'
}

export interface JobRun {
  name: string
  matrix: Record<string, Value>
  steps: StepRun[]
  posts: StepResult[]
  conclusion: 'success' | 'failure' | 'skipped'
  outputs: Record<string, string>
  runner?: RunnerJob
}

export interface WorkflowOptions {
  /** The job environment of each fresh machine: GITHUB_*, ACTIONS_ID_TOKEN_* ... */
  job: JobOptions
  /** What `actions/checkout` puts in the workspace. */
  checkout: (workspace: string) => void
  /** Lets the caller adapt an action's inputs to the sandbox (such as the sft to use). */
  inputs?: (actionDir: string, inputs: Record<string, string>) => Record<string, string>
  secrets?: Record<string, string>
  vars?: Record<string, string>
}

/** The jobs of a workflow document: a whole workflow, a job's `steps:`, or a bare list of steps. */
export function jobsOf(document: unknown): Record<string, WorkflowJob> {
  if (Array.isArray(document)) return { job: { steps: document as WorkflowStep[] } }
  const object = (document ?? {}) as { jobs?: Record<string, WorkflowJob>; steps?: WorkflowStep[] }
  if (object.jobs) return object.jobs
  if (object.steps) return { job: object as WorkflowJob }
  throw new Error('Not a workflow: it has neither jobs:, nor steps:, nor a list of steps')
}

/** Every combination of a matrix, in GitHub's order, with `include` entries added. */
export function matrixCombinations(matrix: Record<string, unknown> | undefined): Record<string, Value>[] {
  if (!matrix) return [{}]
  if ('exclude' in matrix) throw new Error('matrix exclude is not emulated')
  let combinations: Record<string, Value>[] = [{}]
  for (const [key, values] of Object.entries(matrix)) {
    if (key === 'include') continue
    if (!Array.isArray(values)) throw new Error(`matrix.${key} must be a list`)
    combinations = combinations.flatMap((c) => (values as Value[]).map((v) => ({ ...c, [key]: v })))
  }
  const include = (matrix.include ?? []) as Record<string, Value>[]
  return include.length && Object.keys(matrix).length === 1 ? include : [...combinations, ...include]
}

/** The action a `uses:` names, when it is this repository's: its directory. */
function ownAction(uses: string): string | undefined {
  const match = /^(?:opa-workload-identity\/opa-workload-identity|\.)(\/ssh)?(?:@.+)?$/.exec(uses)
  if (!match || (uses.startsWith('.') && uses.includes('@'))) return undefined
  return match[1] ? path.join(REPO_ROOT, 'ssh') : REPO_ROOT
}

function stringMap(values: Record<string, unknown> | undefined, scope: Scope): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values ?? {}).map(([k, v]) => [
      k,
      interpolate(typeof v === 'string' ? v : asString(v as Value), scope)
    ])
  )
}

function checkKeys(step: WorkflowStep): void {
  const unknown = Object.keys(step).filter((k) => !STEP_KEYS.has(k))
  if (unknown.length) throw new Error(`Step keys not emulated: ${unknown.join(', ')}`)
  if (!step.uses === !step.run) throw new Error('A step needs exactly one of uses: and run:')
}

/** Runs one step; returns what happened. */
async function runStep(
  runner: RunnerJob,
  step: WorkflowStep,
  scope: Scope,
  jobEnv: Record<string, string>,
  options: WorkflowOptions
): Promise<StepRun> {
  checkKeys(step)
  const env = { ...jobEnv, ...stringMap(step.env, scope) }
  if (step.run !== undefined) {
    const dir = path.join(runner.dir, 'scripts')
    mkdirSync(dir, { recursive: true })
    const file = path.join(dir, `${randomUUID()}.sh`)
    writeFileSync(file, interpolate(step.run, scope))
    // GitHub's default shell for run: on Linux.
    const result = await runner.runScript('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], env)
    return { step, result, outcome: result.exitCode === 0 ? 'success' : 'failure' }
  }
  const uses = step.uses as string
  if (/^actions\/checkout@/.test(uses)) {
    options.checkout(runner.workspace)
    return { step, outcome: 'success' }
  }
  const actionDir = ownAction(uses)
  if (!actionDir) throw new Error(`uses: ${uses} is not emulated`)
  const given = stringMap(step.with, scope)
  const inputs = options.inputs ? options.inputs(actionDir, given) : given
  const result = await runner.runAction('main', inputs, { actionDir, env })
  return { step, result, actionDir, inputs, outcome: result.exitCode === 0 ? 'success' : 'failure' }
}

/** The steps context entry GitHub makes of a step's run. */
function stepContext(run: StepRun, continueOnError: boolean): Value {
  const conclusion = run.outcome === 'failure' && continueOnError ? 'success' : run.outcome
  return { outputs: run.result?.outputs ?? {}, outcome: run.outcome, conclusion }
}

/** Runs one job on a fresh machine: its steps, then the post steps of the actions that ran, last first. */
export async function runJob(
  name: string,
  job: WorkflowJob,
  contexts: Record<string, Value>,
  options: WorkflowOptions
): Promise<JobRun> {
  const unknown = Object.keys(job).filter(
    (k) => !IGNORED_JOB_KEYS.has(k) && !['steps', 'needs', 'if', 'env', 'outputs', 'strategy'].includes(k)
  )
  if (unknown.length) throw new Error(`Job keys not emulated: ${unknown.join(', ')}`)
  const runner = new RunnerJob(options.job)
  const steps: Record<string, Value> = {}
  const scope: Scope = { contexts: { ...contexts, steps, env: {} }, status: 'success' }
  const jobEnv = stringMap(job.env, scope)
  scope.contexts.env = jobEnv
  const runs: StepRun[] = []
  for (const step of job.steps) {
    const run = shouldRun(step.if, scope) ? await runStep(runner, step, scope, jobEnv, options) : undefined
    const done = run ?? { step, outcome: 'skipped' as const }
    runs.push(done)
    if (step.id) steps[step.id] = stepContext(done, !!step['continue-on-error'])
    if (done.outcome === 'failure' && !step['continue-on-error']) scope.status = 'failure'
  }
  const posts: StepResult[] = []
  for (const run of [...runs].reverse()) {
    if (!run.actionDir || !hasPost(run.actionDir)) continue
    posts.push(await runner.runAction('post', run.inputs ?? {}, { actionDir: run.actionDir }))
  }
  const outputs = stringMap(job.outputs, scope)
  const conclusion = scope.status === 'success' && posts.every((p) => p.exitCode === 0) ? 'success' : 'failure'
  return { name, matrix: contexts.matrix as Record<string, Value>, steps: runs, posts, conclusion, outputs, runner }
}

function hasPost(actionDir: string): boolean {
  return /^\s*post:/m.test(readFileSync(path.join(actionDir, 'action.yml'), 'utf8'))
}

/** The github context of a job, from its environment. */
function githubContext(env: Record<string, string>, eventPayload: unknown): Value {
  const context: Record<string, Value> = { event: (eventPayload ?? {}) as Value }
  for (const [name, value] of Object.entries(env)) {
    if (name.startsWith('GITHUB_')) context[name.slice('GITHUB_'.length).toLowerCase()] = value
  }
  return context
}

/**
 * Runs every job of a workflow document, each after the jobs it needs, each
 * matrix combination on a machine of its own. The caller disposes of each
 * run's `runner`.
 */
export async function runWorkflow(yaml: string, options: WorkflowOptions): Promise<JobRun[]> {
  const jobs = jobsOf(parse(yaml))
  const probe = new RunnerJob(options.job)
  const github = githubContext(probe.env, options.job.eventPayload)
  probe.dispose()
  const done = new Map<string, JobRun[]>()
  const all: JobRun[] = []
  while (done.size < Object.keys(jobs).length) {
    const ready = Object.entries(jobs).find(
      ([name, job]) => !done.has(name) && [job.needs ?? []].flat().every((n) => done.has(n))
    )
    if (!ready) throw new Error('jobs: needs: names a job that does not exist, or a cycle')
    const [name, job] = ready
    const needed = [job.needs ?? []].flat()
    const needs = Object.fromEntries(needed.map((n) => [n, needsContext(done.get(n) ?? [])]))
    const failedNeed = needed.some((n) => (done.get(n) ?? []).some((r) => r.conclusion !== 'success'))
    const runs: JobRun[] = []
    for (const matrix of matrixCombinations(job.strategy?.matrix)) {
      const contexts: Record<string, Value> = {
        github,
        matrix,
        needs,
        secrets: options.secrets ?? {},
        vars: options.vars ?? {}
      }
      const scope: Scope = { contexts: { ...contexts, env: {} }, status: failedNeed ? 'failure' : 'success' }
      if (!shouldRun(job.if, scope))
        runs.push({ name, matrix, steps: [], posts: [], conclusion: 'skipped', outputs: {} })
      else runs.push(await runJob(name, job, contexts, options))
    }
    done.set(name, runs)
    all.push(...runs)
  }
  return all
}

function needsContext(runs: JobRun[]): Value {
  const result = runs.every((r) => r.conclusion === 'success')
    ? 'success'
    : runs.every((r) => r.conclusion === 'skipped')
      ? 'skipped'
      : 'failure'
  return { result, outputs: Object.assign({}, ...runs.map((r) => r.outputs)) as Value }
}
