import * as core from '@actions/core'
import { existsSync } from 'node:fs'
import { fetchJobEvents, type AuditSubject } from '../report/audit.js'
import {
  endSftSession,
  parseList,
  removeCreatedDirs,
  removeSshConfig,
  removeSystemFiles,
  removeTempDir
} from './cleanup.js'
import { readInputs, type Inputs } from '../inputs/main.js'
import { State } from './state.js'
import { renderAuditEvents } from '../report/audit-summary.js'
import { appendSummary } from '../report/markdown.js'
import { renderCleanup } from '../report/post-summary.js'
import { messageOf } from '../lib/errors.js'

/**
 * The post step: undo what main did, using only what main recorded, then
 * report the audit trail. It runs after a failed or cancelled main too, so
 * nothing here may assume main got far, and no problem fails the job.
 */
export async function run(): Promise<void> {
  let inputs: Inputs | undefined
  try {
    inputs = readInputs((name) => core.getInput(name))
  } catch {
    // Main already reported bad inputs; cleanup does not need them.
  }
  try {
    // In this order: logging out needs sft's state, which the later steps remove.
    const parts = [
      await removeSshConfig(core.getState(State.SshConfig)),
      await endSftSession(core.getState(State.SftPath)),
      await removeTempDir(core.getState(State.TempDir)),
      await removeCreatedDirs(parseList(core.getState(State.AbsentSftDirs))),
      await removeSystemFiles(parseList(core.getState(State.SystemFiles)))
    ]
    const report = { removed: parts.flatMap((p) => p.removed), failed: parts.flatMap((p) => p.failed) }
    if (core.getState(State.TokenExported) === 'true') {
      core.exportVariable('OPA_TOKEN', '')
      report.removed.push('OPA_TOKEN (exported as empty)')
    }
    if (report.removed.length === 0) core.info('Cleanup: nothing to remove.')
    for (const item of report.removed) core.info(`Cleanup: removed ${item}`)
    for (const { path, error } of report.failed) core.warning(`Cleanup: could not remove ${path}: ${error}`)
    if (inputs?.summary) {
      const remaining = report.removed.filter((item) => item.startsWith('/') && existsSync(item))
      await appendSummary(renderCleanup(report.removed, [...report.failed.map((f) => f.path), ...remaining]))
    }
  } catch (error) {
    core.warning(`Cleanup failed: ${messageOf(error)}`)
  }
  if (inputs) await reportAudit(inputs).catch((error: unknown) => core.warning(`Audit trail: ${messageOf(error)}`))
}

/** Live System Log events for this job, when the job can read the log and main did not already. */
async function reportAudit(inputs: Inputs): Promise<void> {
  const state = core.getState(State.Audit)
  if (!state || core.getState(State.AuditReported) === 'true') return
  const live = await fetchJobEvents(inputs, JSON.parse(state) as AuditSubject)
  if (!live) return
  if (live.problem) core.warning(`Audit trail: ${live.problem}`)
  core.info(`Audit trail: ${live.events.length} System Log events for this job`)
  if (inputs.summary) await appendSummary(renderAuditEvents(live.events, live.problem))
}
