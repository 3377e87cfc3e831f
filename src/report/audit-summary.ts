/**
 * The job's System Log events, as the summary shows them. Events are
 * foreign data: every field may be missing or of any JSON type, and one
 * event that cannot be read leaves the others.
 */
import { code, factTable, md, plainText } from './markdown.js'

type Json = Record<string, unknown>

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)

export function field(event: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (isRecord(o) ? o[k] : undefined), event)
}

/** A debugData value as Okta sends it, a string of comma-separated values, or any JSON, as a list. */
export function valuesOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(valuesOf)
  return plainText(value)
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)
}

/** The servers an event names, from its debug data and its Server targets. */
export function serversOf(event: unknown): string[] {
  const targets = field(event, 'target')
  const named = (Array.isArray(targets) ? targets : [])
    .filter((t): t is Json => isRecord(t) && t.type === 'Server')
    .map((t) => plainText(t.displayName))
  return [...new Set([...valuesOf(field(event, 'debugContext.debugData.serverHostnames')), ...named])]
}

function row(event: unknown): string {
  try {
    const actor = `${plainText(field(event, 'actor.type'))} ${plainText(field(event, 'actor.id'))}`
    const cells = [
      md(field(event, 'published')),
      code(field(event, 'eventType')),
      md(actor, 120),
      md(serversOf(event).join(', ')),
      md(field(event, 'outcome.result'))
    ]
    return `| ${cells.join(' | ')} |`
  } catch {
    return '| (an event that could not be read) | | | | |'
  }
}

/** The rest of an event, out of the table's way: what an auditor compares with the Admin Console. */
function details(event: unknown, index: number): string {
  try {
    const debug = field(event, 'debugContext.debugData')
    const rows: [string, unknown][] = [
      ['Severity', field(event, 'severity')],
      ['Client IP', field(event, 'client.ipAddress')],
      ['User agent', field(event, 'client.userAgent.rawUserAgent')],
      ['Targets', valuesOf(field(event, 'target')).join(', ')],
      ...Object.entries(isRecord(debug) ? debug : {}).map(([k, v]): [string, unknown] => [`debugData ${code(k)}`, v])
    ]
    const body = factTable(rows.filter(([, v]) => plainText(v) !== ''))
    return `<details><summary>Event ${index + 1}: ${md(field(event, 'eventType'))}, ${md(field(event, 'published'))}</summary>\n\n${body}\n</details>\n`
  } catch {
    return ''
  }
}

/** At most this many of the principal's other events are listed; the rest are counted. */
export const OTHERS_LISTED = 20

const HEADER = '| Time | Event | Actor | Server | Outcome |\n|---|---|---|---|---|\n'

/**
 * The principal's events that match no session this job recorded, apart
 * from the job's own and labelled for what they may be: the principal is
 * shared, so it cannot tell a later step's sessions from another job's.
 */
function renderOthers(others: unknown[], ownSessions: boolean): string {
  const list = Array.isArray(others) ? others : []
  if (list.length === 0) {
    return ownSessions
      ? ''
      : "_The action recorded no sessions of its own, and the System Log holds no credentials issued to this workload's principal during this token's lifetime._\n"
  }
  const label = ownSessions
    ? "_Credentials issued to this workload's principal during this token's lifetime that match none of the sessions the action recorded._"
    : "_The action recorded no sessions of its own. These are the credentials issued to this workload's principal during this token's lifetime._"
  const why =
    "_They are a later step's own `sft ssh` or native ssh (through the ssh-config block), or another job of the same repository and branch at the same time: every such job has the same principal, so the System Log cannot tell them apart._"
  const shown = list.slice(0, OTHERS_LISTED)
  const more = list.length > shown.length ? `\n_${list.length - shown.length} more not listed._\n` : ''
  return `\n#### Other events of this principal (${list.length}, not matched to this job)\n\n${label}\n\n${why}\n\n${HEADER}${shown.map(row).join('\n')}\n${more}`
}

/**
 * The job's System Log events, fetched live: the essentials in one table,
 * the rest per event; then, apart, the principal's events that match none
 * of the job's recorded sessions.
 */
export function renderAuditEvents(
  events: unknown[],
  problem: string,
  others: unknown[] = [],
  ownSessions = true
): string {
  const list = Array.isArray(events) ? events : []
  const table = list.length
    ? `${HEADER}${list.map(row).join('\n')}\n\n${list.map(details).join('\n')}`
    : 'No events yet.\n'
  const explain =
    "_What Okta's System Log recorded for this job's sessions only (its hosts, within its sessions' times): the certificate OPA issued for each session, and each login as the just-in-time account._"
  const own = ownSessions ? `${explain}\n\n${table}` : ''
  return `### Audit events (live from the System Log)\n\n${own}${renderOthers(others, ownSessions)}${problem ? `\n> ⚠️ ${md(problem, 400)}\n` : ''}`
}
