/**
 * The job's System Log events, as the summary shows them. Events are
 * foreign data: every field may be missing or of any JSON type, and one
 * event that cannot be read leaves the others.
 */
import { code, md, plainText } from './markdown.js'

type Json = Record<string, unknown>

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)

function field(event: unknown, path: string): unknown {
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
      md(field(event, 'severity')),
      md(field(event, 'outcome.result')),
      md(actor, 200),
      md(field(event, 'client.ipAddress')),
      md(field(event, 'client.userAgent.rawUserAgent'), 80),
      md(serversOf(event).join(', ')),
      md(field(event, 'debugContext.debugData.SshAlgorithm'))
    ]
    return `| ${cells.join(' | ')} |`
  } catch {
    return `| (an event that could not be read) | | | | | | | | |`
  }
}

/** The job's System Log events, fetched live, one row each. */
export function renderAuditEvents(events: unknown[], problem: string): string {
  const rows = (Array.isArray(events) ? events : []).map(row)
  const table = rows.length
    ? `| Published | Event | Severity | Outcome | Actor | Client IP | User agent | Servers | SSH algorithm |\n|---|---|---|---|---|---|---|---|---|\n${rows.join('\n')}\n`
    : 'No events yet.\n'
  return `### Audit events (live from the System Log)\n\n${table}${problem ? `\n> ⚠️ ${md(problem, 400)}\n` : ''}`
}
