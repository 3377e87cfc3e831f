import * as core from '@actions/core'
import { ActionError, formatFailure } from '../lib/errors.js'
import { actionsOutput, failureMessage, scrub, startFleet } from '../ssh/fleet.js'
import { readSshInputs, type SshInputs } from '../inputs/main.js'
import type { HostResult } from '../ssh/pool.js'
import { appendSummary, renderSshSummary } from '../report/summary.js'

/** The `ssh` sub-action: run a script on hosts and report each one. */
export async function run(): Promise<void> {
  try {
    await runFleetStep(readSshInputs((name) => core.getInput(name)))
  } catch (error) {
    if (error instanceof ActionError) error.details.forEach((d) => core.debug(d))
    core.setFailed(formatFailure(error))
  }
}

/**
 * Runs the fleet, publishes `results`, `failed-hosts`, `succeeded` and
 * `failed`, adds the summary table, and fails the step if any host failed.
 * Also serves the main action's one-step `hosts`/`run`.
 */
export async function runFleetStep(inputs: SshInputs, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const fleet = await startFleet(inputs, actionsOutput(inputs.maxParallel > 1 && inputs.hosts.length > 1), env)
  // A cancelled job sends SIGTERM (then SIGKILL): stop the sessions, still report.
  const cancel = (): void => fleet.run.cancel()
  process.once('SIGTERM', cancel)
  process.once('SIGINT', cancel)
  const results = scrub(await fleet.run.results.finally(() => fleet.close()), fleet.keeper)
  publish(results)
  const lifetimes = fleet.keeper.used
    .filter((t) => t.issuedAt && t.expiresAt)
    .map((t, i) => ({
      label: i === 0 ? 'token' : `token ${i + 1} (re-authenticated)`,
      from: t.issuedAt as Date,
      to: t.expiresAt as Date
    }))
  if (inputs.summary) await appendSummary(renderSshSummary(results, inputs.run, lifetimes))
  if (results.some((r) => r.status !== 'ok')) core.setFailed(failureMessage(results))
}

function publish(results: HostResult[]): void {
  core.setOutput('results', JSON.stringify(results))
  core.setOutput(
    'failed-hosts',
    results
      .filter((r) => r.status !== 'ok')
      .map((r) => r.host)
      .join(',')
  )
  core.setOutput('succeeded', String(results.filter((r) => r.status === 'ok').length))
  core.setOutput('failed', String(results.filter((r) => r.status !== 'ok').length))
}
