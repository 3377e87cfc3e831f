import * as core from '@actions/core'
import * as log from '../lib/log.js'
import { existsSync } from 'node:fs'
import { auditLine, fetchJobEvents, type AuditSubject } from '../report/audit.js'
import {
  endSftSession,
  NOTHING,
  parseList,
  removeCreatedDirs,
  removeSshConfig,
  removeSystemFiles,
  removeOwnPath,
  type CleanupReport
} from './cleanup.js'
import { ownSft, ownSshConfig, ownTempDir } from './owned-paths.js'
import { endProcessesOf, removeGoneJobs } from './leftovers.js'
import { readSessions, sessionsFile, type SessionRecord } from '../report/sessions.js'
import { childEnvironment } from '../lib/exec.js'
import { privateStateEnv } from '../sft/state.js'
import { readInputs, type Inputs } from '../inputs/main.js'
import { State } from './state.js'
import { SESSION_ENV } from '../sft/contract.js'
import { renderAuditEvents } from '../report/audit-summary.js'
import { appendSummary } from '../report/markdown.js'
import { renderJobEnd } from '../report/post-summary.js'
import { messageOf } from '../lib/errors.js'

/**
 * The post step: undo what main did, using only what main recorded, then
 * report the audit trail. It runs after a failed or cancelled main too, so
 * nothing here may assume main got far, and no problem fails the job.
 */
export async function run(): Promise<void> {
  // Read before cleanup, which removes the file.
  const sessions = readSessions()
  let inputs: Inputs | undefined
  try {
    inputs = readInputs((name) => core.getInput(name))
  } catch {
    // Main already reported bad inputs; cleanup does not need them.
  }
  try {
    const report = await cleanUp(inputs?.sftPath ?? '')
    if (core.getState(State.TokenExported) === 'true') {
      // Every variable any step of the action exported: main's, and a renewed OPA_TOKEN.
      for (const name of Object.values(SESSION_ENV)) core.exportVariable(name, '')
      report.removed.push(`${Object.values(SESSION_ENV).join(', ')} (exported as empty)`)
    }
    if (report.removed.length === 0) log.info('Cleanup: nothing to remove.')
    for (const item of report.removed) log.info(`Cleanup: removed ${item}`)
    for (const { path, error } of report.failed) log.warning(`Cleanup: could not remove ${path}: ${error}`)
    if (inputs?.summary) {
      const stillThere = report.removed.filter((item) => item.startsWith('/') && existsSync(item))
      const remaining = [...report.failed.map((f) => f.path), ...stillThere]
      const subject = auditState()
      const tokenCleared = core.getState(State.TokenExported) === 'true'
      const end = {
        env: process.env,
        team: inputs.team,
        subject,
        sessions,
        removed: report.removed,
        remaining,
        tokenCleared
      }
      await appendSummary(renderJobEnd(end))
    }
  } catch (error) {
    log.warning(`Cleanup failed: ${messageOf(error)}`)
  }
  if (inputs)
    await reportAudit(inputs, sessions).catch((error: unknown) => log.warning(`Audit trail: ${messageOf(error)}`))
}

/**
 * Undoes main's effects, each path checked against post's own rules. In
 * this order: logging out needs sft's state, which the later steps remove.
 */
async function cleanUp(sftPathInput: string): Promise<CleanupReport> {
  const temp = ownTempDir(core.getState(State.TempDir))
  const sft = await ownSft(core.getState(State.SftPath), sftPathInput)
  const sshConfig = core.getState(State.SshConfig)
  const parts = [
    { removed: parseList(core.getState(State.GoneJobs)), failed: [] },
    await removeSshConfig(sshConfig, temp),
    // Native ssh through this job's block used this private state too: one logout ends both.
    temp ? await endSftSession(sft, childEnvironment(privateStateEnv(temp))) : NOTHING,
    temp ? await endProcessesOf(temp) : NOTHING,
    await removeGoneJobs(configFilesIn(sshConfig)),
    await removeOwnPath(temp),
    await removeOwnPath(sessionsFile()),
    await removeCreatedDirs(parseList(core.getState(State.AbsentDirs))),
    await removeSystemFiles(parseList(core.getState(State.SystemFiles)))
  ]
  return { removed: parts.flatMap((p) => p.removed), failed: parts.flatMap((p) => p.failed) }
}

/** The config file main recorded, for the sweep of jobs that are gone. */
function configFilesIn(state: string): string[] {
  try {
    const { file } = JSON.parse(state || '{}') as { file?: unknown }
    const own = ownSshConfig(typeof file === 'string' ? file : '')
    return own ? [own] : []
  } catch {
    return []
  }
}

/** What main recorded about the token, or nothing when state holds nothing readable. */
function auditState(): AuditSubject | undefined {
  try {
    const parsed: unknown = JSON.parse(core.getState(State.Audit) || 'null')
    return typeof parsed === 'object' && parsed !== null ? (parsed as AuditSubject) : undefined
  } catch {
    return undefined
  }
}

/** Live System Log events for this job, when the job can read the log and main did not already. */
async function reportAudit(inputs: Inputs, sessions: SessionRecord[]): Promise<void> {
  const subject = auditState()
  if (!subject || core.getState(State.AuditReported) === 'true') return
  const live = await fetchJobEvents(inputs, subject, sessions)
  if (!live) return
  if (live.problem) log.warning(`Audit trail: ${live.problem}`)
  log.info(auditLine(live))
  if (inputs.summary)
    await appendSummary(renderAuditEvents(live.events, live.problem, live.others, sessions.length > 0))
}
