/**
 * The Okta System Log, as far as OPA workloads show up in it: events shaped
 * like the real `pam.user_creds.issue` and `pam.server.ssh_login` samples,
 * and a loopback `GET /api/v1/logs` with the filters, paging order and auth
 * schemes the real API documents. A delay knob holds events back, because
 * the real log is not instant.
 */
import { randomUUID } from 'node:crypto'
import { appendFileSync, existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { listenOnLoopback, sendJson } from './http.js'

export interface LogEvent {
  uuid: string
  published: string
  eventType: string
  version: '0'
  severity: 'INFO' | 'WARN'
  displayMessage: string
  actor: { id: string; type: string; alternateId: string | null; displayName: string }
  client: { ipAddress: string; userAgent: { rawUserAgent: string } }
  outcome: { result: 'SUCCESS' | 'FAILURE'; reason?: string }
  transaction: { type: 'SERVICE'; id: string }
  debugContext: { debugData: Record<string, unknown> }
  target: { id?: string; type: string; displayName: string }[]
}

/** An event as its source reports it; the log adds the ids, the version and the time. */
export type NewLogEvent = Omit<LogEvent, 'uuid' | 'published' | 'version' | 'transaction'>

export class SystemLog {
  constructor(readonly file: string) {}

  append(event: NewLogEvent): LogEvent {
    const full: LogEvent = {
      uuid: randomUUID(),
      published: new Date().toISOString(),
      version: '0',
      transaction: { type: 'SERVICE', id: randomUUID() },
      ...event
    }
    appendFileSync(this.file, `${JSON.stringify(full)}\n`)
    return full
  }

  all(): LogEvent[] {
    if (!existsSync(this.file)) return []
    return readFileSync(this.file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as LogEvent)
  }
}

/** Evaluates the subset of the SCIM filter syntax the action uses: `a eq "v"` / `a sw "v"` joined by `and`. */
export function matchesFilter(event: LogEvent, filter: string): boolean {
  if (!filter.trim()) return true
  return filter.split(/\s+and\s+/i).every((clause) => {
    const match = /^\s*([A-Za-z.]+)\s+(eq|sw)\s+"((?:[^"\\]|\\.)*)"\s*$/i.exec(clause)
    if (!match) throw new Error(`Invalid filter expression: ${clause}`)
    const [, attribute, op, value] = match
    const actual = attribute
      .split('.')
      .reduce<unknown>((obj, key) => (obj as Record<string, unknown> | undefined)?.[key], event)
    const values = Array.isArray(actual) ? actual.map(String) : [String(actual ?? '')]
    return values.some((v) => (op.toLowerCase() === 'eq' ? v === value : v.startsWith(value)))
  })
}

export interface SystemLogServer {
  url: string
  apiToken: string
  bearerToken: string
  /** Milliseconds an event stays invisible after it is published. */
  delay: { ms: number }
  /** How many requests the API has answered, for tests that expect none. */
  requests: { count: number }
  close(): Promise<void>
}

export async function startSystemLogApi(log: SystemLog): Promise<SystemLogServer> {
  const apiToken = `00${randomUUID().replace(/-/g, '')}`
  const bearerToken = `eyJsb2dzIjoic2FuZGJveCJ9.${randomUUID().replace(/-/g, '')}`
  const delay = { ms: 0 }
  const requests = { count: 0 }
  const server = createServer((req, res) => {
    requests.count++
    const url = new URL(req.url ?? '/', 'http://okta.invalid')
    if (url.pathname !== '/api/v1/logs' || req.method !== 'GET') {
      return sendJson(res, 404, {
        errorCode: 'E0000022',
        errorSummary: 'The endpoint does not support the provided HTTP method'
      })
    }
    const auth = req.headers.authorization ?? ''
    if (auth !== `SSWS ${apiToken}` && auth !== `Bearer ${bearerToken}`) {
      return sendJson(res, 401, { errorCode: 'E0000011', errorSummary: 'Invalid token provided' })
    }
    const since = Date.parse(url.searchParams.get('since') ?? '') || Date.now() - 7 * 86_400_000
    const until = Date.parse(url.searchParams.get('until') ?? '') || Date.now()
    const limit = Math.min(Number(url.searchParams.get('limit') ?? 100) || 100, 1000)
    const descending = (url.searchParams.get('sortOrder') ?? 'ASCENDING').toUpperCase() === 'DESCENDING'
    let events: LogEvent[]
    try {
      const visibleBefore = Date.now() - delay.ms
      events = log
        .all()
        .filter((e) => {
          const at = Date.parse(e.published)
          return at >= since && at <= until && at <= visibleBefore
        })
        .filter((e) => matchesFilter(e, url.searchParams.get('filter') ?? ''))
    } catch (error) {
      return sendJson(res, 400, { errorCode: 'E0000031', errorSummary: (error as Error).message })
    }
    if (descending) events.reverse()
    sendJson(res, 200, events.slice(0, limit))
  })
  const { url, close } = await listenOnLoopback(server)
  return { url, apiToken, bearerToken, delay, requests, close }
}
