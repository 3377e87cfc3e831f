/**
 * The Okta System Log, as far as OPA workloads show up in it: events shaped
 * like the real `pam.user_creds.issue` and `pam.server.ssh_login` samples,
 * and a loopback `GET /api/v1/logs` with the filters, paging, polling and
 * auth schemes the real API documents. Knobs model a busy org: lag (events
 * held back), a per-token rate limit with 429s and X-Rate-Limit headers, and
 * other jobs' events of the same principal and account (`otherJobsEvents`).
 * Pages carry their `self` and `next` links as separate Link lines.
 */
import { randomUUID } from 'node:crypto'
import { appendFileSync, existsSync, readFileSync } from 'node:fs'
import { createServer, type ServerResponse } from 'node:http'
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
    const [full] = this.appendMany([event])
    return full
  }

  /** Appends in one write; an event that brings its own `published` keeps it (other jobs' history). */
  appendMany(events: (NewLogEvent & { published?: string })[]): LogEvent[] {
    const full = events.map((event): LogEvent => ({
      uuid: randomUUID(),
      published: new Date().toISOString(),
      version: '0',
      transaction: { type: 'SERVICE', id: randomUUID() },
      ...event
    }))
    appendFileSync(this.file, full.map((e) => `${JSON.stringify(e)}\n`).join(''))
    return full
  }

  /** Every event, in the order the log persisted them. */
  all(): LogEvent[] {
    if (!existsSync(this.file)) return []
    return readFileSync(this.file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as LogEvent)
  }
}

export interface OtherJobs {
  count: number
  principal: string
  account: string
  hosts: string[]
  /** Their events are published evenly across this span (epoch ms). */
  from: number
  to: number
}

/**
 * Other jobs of the same repository and branch (the same principal) and
 * role (the same account): half credentials issued, half logins, round the
 * given hosts, published across the span.
 */
export function otherJobsEvents(jobs: OtherJobs): (NewLogEvent & { published: string })[] {
  return Array.from({ length: jobs.count }, (_, i) => {
    const host = jobs.hosts[Math.floor(i / 2) % jobs.hosts.length]
    const published = new Date(jobs.from + ((jobs.to - jobs.from) * i) / Math.max(1, jobs.count - 1)).toISOString()
    const common = {
      severity: 'INFO' as const,
      client: { ipAddress: '10.1.0.7', userAgent: { rawUserAgent: 'sft/1.114.0' } },
      outcome: { result: 'SUCCESS' as const },
      published
    }
    return i % 2 === 0
      ? {
          ...common,
          eventType: 'pam.user_creds.issue',
          displayMessage: '(PAM) Issue credentials to access servers',
          actor: { id: jobs.principal, type: 'WorkloadPrincipal', alternateId: null, displayName: jobs.principal },
          debugContext: { debugData: { serverHostnames: host, client: 'WORKLOAD', traceId: randomUUID() } },
          target: [{ type: 'Team', displayName: 'acme' }]
        }
      : {
          ...common,
          eventType: 'pam.server.ssh_login',
          displayMessage: '(PAM) User logged in to server via SSH',
          actor: { id: jobs.account, type: 'User', alternateId: null, displayName: jobs.account },
          debugContext: { debugData: { unixUserName: jobs.account } },
          target: [{ type: 'Server', displayName: host }]
        }
  })
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
  /** Lag: milliseconds an event stays invisible after it is published. */
  delay: { ms: number }
  /**
   * Each token's rate limit: `perWindow` requests in each window of
   * `windowSeconds`, the first starting at the token's first request. The
   * real one is per minute, 20 to 120 for the org, half of it per token.
   */
  rateLimit: { perWindow: number; windowSeconds: number }
  /** Requests answered (every one, 429s too), and how many of them were 429s. */
  requests: { count: number; throttled: number }
  close(): Promise<void>
}

/** Where a page ended: the last event's place in the log, and the query's `since`. */
interface Cursor {
  seq: number
  since: number
}

const encodeCursor = (cursor: Cursor): string => Buffer.from(JSON.stringify(cursor)).toString('base64url')

function decodeCursor(after: string): Cursor {
  const cursor = JSON.parse(Buffer.from(after, 'base64url').toString()) as Cursor
  if (!Number.isFinite(cursor.seq) || !Number.isFinite(cursor.since)) throw new Error('bad cursor')
  return cursor
}

interface LogPage {
  events: LogEvent[]
  /** The cursor for the next page, or undefined when a bounded query has no more. */
  next?: Cursor
}

/**
 * One page of a query. A polling query (no `until`) walks the log in the
 * order it persisted events and stops at the first one still lagging, so
 * nothing is skipped; it always has a next page. A bounded query filters on
 * `published` and misses what arrives late; its pages end.
 */
function pageOf(all: LogEvent[], params: URLSearchParams, lagMs: number): LogPage {
  const after = params.get('after')
  if (after && params.get('since')) throw new Error('since and after cannot be used together')
  const cursor = after ? decodeCursor(after) : { seq: -1, since: Date.parse(params.get('since') ?? '') || 0 }
  const until = Date.parse(params.get('until') ?? '')
  const limit = Math.min(Number(params.get('limit') ?? 100) || 100, 1000)
  if ((params.get('sortOrder') ?? 'ASCENDING').toUpperCase() === 'DESCENDING') {
    // Newest first, one page: the sandbox pages ascending queries only.
    const ascending = pageOf(
      all,
      new URLSearchParams({ ...Object.fromEntries(params), sortOrder: 'ASCENDING', limit: '1000' }),
      lagMs
    )
    return { events: ascending.events.reverse().slice(0, limit) }
  }
  const filter = params.get('filter') ?? ''
  const visibleBefore = Date.now() - lagMs
  const events: LogEvent[] = []
  let seq = cursor.seq
  let i = cursor.seq + 1
  for (; i < all.length && events.length < limit; i++) {
    const at = Date.parse(all[i].published)
    if (at > visibleBefore) {
      if (Number.isNaN(until)) break
      continue
    }
    seq = i
    if (at >= cursor.since && (Number.isNaN(until) || at <= until) && matchesFilter(all[i], filter)) events.push(all[i])
  }
  const more = i < all.length
  return { events, next: Number.isNaN(until) || more ? { seq, since: cursor.since } : undefined }
}

/** Counts each token's requests in its current window; the headers every answer carries. */
function rateLimiter(knob: SystemLogServer['rateLimit']) {
  const windows = new Map<string, { start: number; used: number }>()
  return (token: string): { allowed: boolean; headers: Record<string, string> } => {
    const now = Date.now()
    const length = knob.windowSeconds * 1000
    let window = windows.get(token) ?? { start: now, used: 0 }
    if (now >= window.start + length)
      window = { start: window.start + Math.floor((now - window.start) / length) * length, used: 0 }
    windows.set(token, window)
    const allowed = window.used < knob.perWindow
    if (allowed) window.used++
    return {
      allowed,
      headers: {
        'x-rate-limit-limit': String(knob.perWindow),
        'x-rate-limit-remaining': String(knob.perWindow - window.used),
        'x-rate-limit-reset': String(Math.ceil((window.start + length) / 1000))
      }
    }
  }
}

export async function startSystemLogApi(log: SystemLog): Promise<SystemLogServer> {
  const apiToken = `00${randomUUID().replace(/-/g, '')}`
  const bearerToken = `eyJsb2dzIjoic2FuZGJveCJ9.${randomUUID().replace(/-/g, '')}`
  const delay = { ms: 0 }
  const rateLimit = { perWindow: 600, windowSeconds: 60 }
  const requests = { count: 0, throttled: 0 }
  const limiter = rateLimiter(rateLimit)
  let origin = ''
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
    const rate = limiter(auth)
    for (const [name, value] of Object.entries(rate.headers)) res.setHeader(name, value)
    if (!rate.allowed) {
      requests.throttled++
      return sendJson(res, 429, {
        errorCode: 'E0000047',
        errorSummary: 'API call exceeded rate limit due to too many requests.'
      })
    }
    answer(res, log, url, origin, delay.ms)
  })
  const { url, close } = await listenOnLoopback(server)
  origin = url
  return { url, apiToken, bearerToken, delay, rateLimit, requests, close }
}

/** Answers a query with one page, its `self` and `next` links as separate Link lines. */
function answer(res: ServerResponse, log: SystemLog, url: URL, origin: string, lagMs: number): void {
  let page: LogPage
  try {
    page = pageOf(log.all(), url.searchParams, lagMs)
  } catch (error) {
    return sendJson(res, 400, { errorCode: 'E0000031', errorSummary: (error as Error).message })
  }
  const links = [`<${origin}${url.pathname}${url.search}>; rel="self"`]
  if (page.next) {
    const next = new URLSearchParams(url.searchParams)
    next.delete('since')
    next.set('after', encodeCursor(page.next))
    links.push(`<${origin}${url.pathname}?${next}>; rel="next"`)
  }
  res.setHeader('link', links)
  sendJson(res, 200, page.events)
}
