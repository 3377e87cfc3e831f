/**
 * A job against a fresh sandbox for the e2e tests: the main step has run, and
 * the ssh sub-action can run next. `disposeWorlds` ends every world made.
 */
import { expect } from '@jest/globals'
import path from 'node:path'
import { startSandbox, type Sandbox, type SandboxOptions } from '../../sandbox/index.js'
import { REPO_ROOT, RunnerJob, type StepResult } from '../../sandbox/runner.js'
import type { HostResult } from '../../src/ssh/pool.js'
import { mainInputs, readRecords } from '../helpers.js'

export const SSH_ACTION = path.join(REPO_ROOT, 'ssh')
const cleanups: (() => Promise<void>)[] = []

/** Runs `cleanup` with the worlds' own, after the test. */
export function whenDisposing(cleanup: () => Promise<void>): void {
  cleanups.push(cleanup)
}

export async function disposeWorlds(): Promise<void> {
  for (const cleanup of cleanups.splice(0)) await cleanup()
}

export interface World {
  sandbox: Sandbox
  job: RunnerJob
  record: string
  main: StepResult
  /** The main step's inputs, for its post step. */
  inputs: Record<string, string>
}

/** What a test may change before main runs: more job environment, another sft, more inputs. */
export type Prepare = (sandbox: Sandbox) => {
  env?: Record<string, string>
  sftPath?: string
  inputs?: Record<string, string>
}

export async function authenticated(
  options: SandboxOptions = {},
  extra: Record<string, string> = {},
  prepare: Prepare = () => ({})
): Promise<World> {
  const sandbox = await startSandbox(options)
  const record = path.join(sandbox.dir, 'sft-record.jsonl')
  cleanups.push(() => sandbox.stop())
  const { env = {}, sftPath = sandbox.sftPath, inputs = {} } = prepare(sandbox)
  const job = new RunnerJob({ env: { ...sandbox.jobEnv(), SFT_SANDBOX_RECORD: record, ...env } })
  cleanups.push(async () => job.dispose())
  const given = mainInputs(sandbox, { 'sft-path': sftPath, ...extra, ...inputs })
  const main = await job.runAction('main', given)
  return { sandbox, job, record, main, inputs: given }
}

export function ssh(
  world: World,
  inputs: Record<string, string>,
  options: { signalAfterMs?: number; signal?: NodeJS.Signals } = {}
): Promise<StepResult> {
  return world.job.runAction('main', inputs, { actionDir: SSH_ACTION, ...options })
}

export function results(step: StepResult): HostResult[] {
  return JSON.parse(step.outputs.results) as HostResult[]
}

export const statuses = (step: StepResult): [string, string][] => results(step).map((r) => [r.host, r.status])

export async function noAccountsLeft(sandbox: Sandbox): Promise<void> {
  for (const host of sandbox.hosts.values()) {
    expect(await host.jitAccounts()).toEqual([])
    expect(await host.sudoersEntries()).toEqual([])
  }
}

/** When a host's sessions started and ended, as the stand-in sft itself recorded them. */
export interface SessionSpan {
  start: number
  end: number
}

/** Each host's session span from an sft record, for the sessions recorded after the first `from` records. */
export function sessionSpans(record: string, from = 0): Map<string, SessionSpan> {
  const spans = new Map<string, SessionSpan>()
  const records = readRecords(record) as unknown as {
    command: string
    host: string
    startedAt: number
    endedAt: number
  }[]
  for (const r of records.slice(from).filter((r) => r.command === 'ssh session')) {
    const span = spans.get(r.host)
    spans.set(r.host, {
      start: Math.min(span?.start ?? r.startedAt, r.startedAt),
      end: Math.max(span?.end ?? 0, r.endedAt)
    })
  }
  return spans
}
