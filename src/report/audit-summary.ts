/** The job's System Log events, as the summary shows them. */
import { code, md } from './markdown.js'

/** The job's System Log events, fetched live, one row each. */
export function renderAuditEvents(events: Record<string, unknown>[], problem: string): string {
  const get = (e: Record<string, unknown>, path: string): unknown =>
    path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], e)
  const rows = events.map((e) => {
    const debug = (get(e, 'debugContext.debugData') ?? {}) as Record<string, unknown>
    const targets = ((get(e, 'target') ?? []) as { type?: string; displayName?: string }[])
      .filter((t) => t.type === 'Server')
      .map((t) => t.displayName)
    const servers = [...new Set([...((debug.serverHostnames as string[] | undefined) ?? []), ...targets])]
    return `| ${md(get(e, 'published'))} | ${code(get(e, 'eventType'))} | ${md(get(e, 'severity'))} | ${md(get(e, 'outcome.result'))} | ${md(`${String(get(e, 'actor.type') ?? '')} ${String(get(e, 'actor.id') ?? '')}`, 200)} | ${md(get(e, 'client.ipAddress'))} | ${md(get(e, 'client.userAgent.rawUserAgent'), 80)} | ${md(servers.join(', '))} | ${md(debug.SshAlgorithm ?? '')} |`
  })
  const table = rows.length
    ? `| Published | Event | Severity | Outcome | Actor | Client IP | User agent | Servers | SSH algorithm |\n|---|---|---|---|---|---|---|---|---|\n${rows.join('\n')}\n`
    : 'No events yet.\n'
  return `### Audit events (live from the System Log)\n\n${table}${problem ? `\n> ⚠️ ${md(problem, 400)}\n` : ''}`
}
