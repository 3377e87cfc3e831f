import * as core from '@actions/core'
import * as log from '../lib/log.js'
import { readSshInputs, type SshInputs } from '../inputs/ssh.js'
import { failStep } from '../lib/errors.js'
import { appendSummary } from '../report/markdown.js'
import { publishResults } from '../report/outputs.js'
import { recordSessions } from '../report/sessions.js'
import { renderSshSummary } from '../report/ssh-summary.js'
import {
  actionsOutput,
  emptyShard,
  failureMessage,
  scrub,
  startFleet,
  startFromEnvironment,
  type FleetStart
} from '../ssh/fleet.js'

/** The `ssh` sub-action: run a script on hosts and report each one. */
export async function run(): Promise<void> {
  try {
    const inputs = readSshInputs((name) => core.getInput(name))
    // An empty shard needs no sft and no token.
    if (inputs.hosts.length === 0) return finishEmptyShard(inputs)
    await runFleetStep(inputs, await startFromEnvironment(inputs, process.env))
  } catch (error) {
    failStep(error)
  }
}

/**
 * Runs the fleet, publishes `results`, `failed-hosts`, `succeeded` and
 * `failed`, adds the summary table, and fails the step if any host failed.
 * Also serves the main action's one-step `hosts`/`run`.
 */
export async function runFleetStep(inputs: SshInputs, start: FleetStart): Promise<void> {
  if (inputs.hosts.length === 0) return finishEmptyShard(inputs)
  const fleet = await startFleet(inputs, start, actionsOutput(inputs.maxParallel > 1 && inputs.hosts.length > 1))
  // A cancelled job sends SIGTERM (then SIGKILL): stop the sessions, still report.
  const cancel = (): void => fleet.run.cancel()
  process.once('SIGTERM', cancel)
  process.once('SIGINT', cancel)
  const results = scrub(await fleet.run.results.finally(() => fleet.close()), fleet.keeper)
  publishResults(results)
  recordSessions(results)
  const lifetimes = fleet.keeper.used
    .filter((t) => t.issuedAt && t.expiresAt)
    .map((t, i) => ({
      label: i === 0 ? 'token' : `token ${i + 1} (re-authenticated)`,
      from: t.issuedAt as Date,
      to: t.expiresAt as Date
    }))
  if (inputs.summary) await appendSummary(renderSshSummary(results, inputs.run, lifetimes, fleet.failureBudget))
  if (results.some((r) => r.status !== 'ok')) log.setFailed(failureMessage(results))
}

/** A shard past the end of the fleet: nothing to do, and that is a success. */
function finishEmptyShard(inputs: SshInputs): void {
  log.notice(emptyShard(inputs))
  publishResults([])
}
