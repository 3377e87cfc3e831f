/**
 * The sessions this job opened, for matching System Log events to this job
 * alone: every job of one repository and branch shares the OPA principal,
 * and every job of one role the `wl_` account, but only this job touched
 * these hosts at these times. The steps of a job (the ssh sub-action, the
 * main step's one-step mode, opa-ssh) append to one file of the action's own
 * under RUNNER_TEMP, which the main step's post reads and removes.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { HostResult } from '../ssh/pool.js'

export const SESSIONS_FILE = 'opa-workload-identity-sessions.jsonl'

export interface SessionRecord {
  host: string
  startedAt: number
  endedAt: number
  /** The host's status, as results report it. */
  status: string
}

export function sessionsFile(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.RUNNER_TEMP ? path.join(env.RUNNER_TEMP, SESSIONS_FILE) : undefined
}

/** Appends every host the job tried, with its time span (a skipped host was never tried). */
export function recordSessions(results: HostResult[], env: NodeJS.ProcessEnv = process.env): void {
  const file = sessionsFile(env)
  const opened = results.filter((r) => r.status !== 'skipped')
  if (!file || opened.length === 0) return
  const lines = opened.map((r) =>
    JSON.stringify({
      host: r.host,
      startedAt: Date.parse(r['started-at']),
      endedAt: Date.parse(r['ended-at']),
      status: r.status
    })
  )
  appendFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 })
}

/** The sessions recorded so far; lines that are not a session are skipped. */
export function readSessions(env: NodeJS.ProcessEnv = process.env): SessionRecord[] {
  const file = sessionsFile(env)
  if (!file || !existsSync(file)) return []
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line) => {
      try {
        const record = JSON.parse(line) as Partial<SessionRecord>
        const valid =
          typeof record.host === 'string' && Number.isFinite(record.startedAt) && Number.isFinite(record.endedAt)
        return valid ? [{ ...(record as SessionRecord), status: String(record.status ?? 'unknown') }] : []
      } catch {
        return []
      }
    })
}
