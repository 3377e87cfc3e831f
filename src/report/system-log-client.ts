/**
 * A polite reader of Okta's System Log (`/api/v1/logs`) for one job. The
 * log is shared by the whole org: every job of a repository and branch, the
 * SIEM's exports, and the admins, all inside one rate limit of 20 to 120
 * requests a minute (DOC: rl-global-mgmt). So the reader
 * - follows `rel="next"` links (separate `Link` lines, which node joins with
 *   ", ") instead of re-reading a window, and only while pages come back full;
 * - polls for late events through the `next` link of a polling query, which
 *   returns only what is new, backing off from 1 s to 8 s;
 * - on a 429 waits until `X-Rate-Limit-Reset`, and never takes the last
 *   quarter of the bucket: when `X-Rate-Limit-Remaining` falls that low it
 *   waits for the reset too; every wait is capped by `audit-wait`;
 * - makes at most AUDIT_SCHEDULE.maxRequests requests in all.
 * What it reads is foreign data: status, headers and body may be anything.
 */
import { HttpClient } from '@actions/http-client'
import { setTimeout as sleep } from 'node:timers/promises'
import { messageOf } from '../lib/errors.js'

/** The job's share of the System Log's budget; the README's audit inputs state the same numbers. */
export const AUDIT_SCHEDULE = {
  firstPollMs: 1000,
  maxPollMs: 8000,
  maxRequests: 15,
  /** The part of the bucket left to the org's other clients (SIEM, other jobs, admins). */
  reserveShare: 0.25,
  /** DOC: the largest page the API serves. */
  pageSize: 1000
}

export interface Clock {
  now(): number
  sleep(ms: number): Promise<void>
}

export const systemClock: Clock = { now: () => Date.now(), sleep: async (ms) => void (await sleep(ms)) }

export interface LogAnswer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

export type LogTransport = (url: string) => Promise<LogAnswer>

/** GETs with the job's credentials, through the runner's proxy settings; no retries of its own. */
export function httpTransport(authorization: string): LogTransport {
  // No redirects: the credentials go to the org's own endpoint and nowhere else.
  const client = new HttpClient('opa-workload-identity', [], {
    allowRetries: false,
    allowRedirects: false,
    socketTimeout: 35_000
  })
  return async (url) => {
    const response = await client.get(url, { Authorization: authorization, Accept: 'application/json' })
    return {
      status: response.message.statusCode ?? 0,
      headers: response.message.headers,
      body: await response.readBody()
    }
  }
}

/** The first value of a header, as text. */
function header(headers: LogAnswer['headers'], name: string): string {
  const value = headers[name]
  return String((Array.isArray(value) ? value[0] : value) ?? '')
}

/**
 * The `rel="next"` target of a Link header, or '' when there is none. Node
 * joins repeated Link lines with ", ", and a URL may hold commas too, so
 * entries are split at each `<`, not at commas.
 */
export function nextLink(headers: LogAnswer['headers']): string {
  const value = headers.link
  const text = Array.isArray(value) ? value.join(', ') : String(value ?? '')
  for (const [, target, params] of text.matchAll(/<([^>]*)>([^<]*)/g)) {
    if (/;\s*rel\s*=\s*"?next"?\s*(?:[;,]|$)/i.test(params)) return target
  }
  return ''
}

export interface RateLimit {
  limit: number
  remaining: number
  /** Epoch milliseconds, from `X-Rate-Limit-Reset` (epoch seconds). */
  resetAt: number
}

/** The rate-limit headers of an answer, when all three are numbers. */
export function rateLimitOf(headers: LogAnswer['headers']): RateLimit | undefined {
  const [limit, remaining, reset] = ['x-rate-limit-limit', 'x-rate-limit-remaining', 'x-rate-limit-reset'].map((name) =>
    Number(header(headers, name) || NaN)
  )
  if (![limit, remaining, reset].every(Number.isFinite)) return undefined
  return { limit, remaining, resetAt: reset * 1000 }
}

/** Why the reader stopped before it had every event; each is a warning. */
export class ReadStopped extends Error {}

/**
 * When each request may go: the job's whole request schedule, on a clock
 * that tests can fake. Every wait ends by the deadline or is not taken.
 */
export class RequestSchedule {
  requests = 0
  private rate: RateLimit | undefined
  private readonly started: number

  constructor(
    private readonly clock: Clock,
    readonly waitSeconds: number,
    private readonly policy = AUDIT_SCHEDULE,
    /** Why a wait the deadline does not allow is not taken, for the warning. */
    private readonly beyondWait = `after audit-wait (${waitSeconds} s)`
  ) {
    this.started = clock.now()
  }

  get deadline(): number {
    return this.started + this.waitSeconds * 1000
  }

  now(): number {
    return this.clock.now()
  }

  elapsedMs(): number {
    return this.clock.now() - this.started
  }

  /** The pause before poll `n` (0-based): 1 s, 2 s, 4 s, then 8 s each. */
  pollDelay(n: number): number {
    return Math.min(this.policy.maxPollMs, this.policy.firstPollMs * 2 ** n)
  }

  /** Sleeps `ms` when that ends by the deadline; false when it would not. */
  async wait(ms: number): Promise<boolean> {
    if (this.clock.now() + ms > this.deadline) return false
    if (ms > 0) await this.clock.sleep(ms)
    return true
  }

  /** Sends one request when the budget, the bucket and the deadline allow; throws ReadStopped when not. */
  async send(transport: LogTransport, url: string): Promise<LogAnswer> {
    for (let refusals = 0; ; refusals++) {
      await this.waitForBucket()
      if (this.requests >= this.policy.maxRequests) {
        throw new ReadStopped(
          `stopped after ${this.requests} requests, the job's share of the System Log's rate limit; some events may be missing (open the audit-url link)`
        )
      }
      this.requests++
      const answer = await transport(url)
      this.rate = rateLimitOf(answer.headers) ?? this.rate
      if (answer.status !== 429) return answer
      await this.waitAfter429(refusals)
    }
  }

  /** Before the last quarter of the bucket is reached, waits for its reset, leaving the rest to others. */
  private async waitForBucket(): Promise<void> {
    const rate = this.rate
    if (!rate || rate.remaining > Math.floor(rate.limit * this.policy.reserveShare)) return
    const ms = rate.resetAt - this.clock.now()
    if (ms <= 0) return
    if (!(await this.wait(ms))) {
      throw new ReadStopped(
        `the System Log's rate limit had ${rate.remaining} of ${rate.limit} requests left until ${clockTime(rate.resetAt)}, ${this.beyondWait}; the rest is left to the org's other clients`
      )
    }
    this.rate = undefined
  }

  /** On a 429, waits until X-Rate-Limit-Reset (or backs off when it is missing or past), by the deadline. */
  private async waitAfter429(refusals: number): Promise<void> {
    const rate = this.rate
    const untilReset = rate ? rate.resetAt - this.clock.now() : 0
    const ms = untilReset > 0 ? untilReset : this.pollDelay(refusals)
    if (!(await this.wait(ms))) {
      const when = untilReset > 0 && rate ? `; its rate limit resets at ${clockTime(rate.resetAt)}` : ''
      throw new ReadStopped(`the System Log answered HTTP 429 (rate limit)${when}, ${this.beyondWait}`)
    }
    this.rate = undefined
  }
}

function clockTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** The event objects of an answer's body; anything else in it is dropped. */
export function eventsIn(body: string): Record<string, unknown>[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    throw new ReadStopped('the System Log answered with something that is not JSON')
  }
  return (Array.isArray(parsed) ? parsed : []).filter(
    (e): e is Record<string, unknown> => typeof e === 'object' && e !== null && !Array.isArray(e)
  )
}

/** The org's System Log endpoint. */
export function logsEndpoint(orgUrl: string): string {
  return `${orgUrl.replace(/\/+$/, '')}/api/v1/logs`
}

/**
 * A `next` link is foreign data: the job's credentials go only to the org's
 * own `/api/v1/logs`, never to wherever a link points. '' when it points elsewhere.
 */
export function sameEndpoint(link: string, endpoint: string): string {
  try {
    const url = new URL(link, endpoint)
    const own = new URL(endpoint)
    return url.origin === own.origin && url.pathname === own.pathname ? url.toString() : ''
  } catch {
    return ''
  }
}

/** One query's position in the log: the first query's URL, then each `next` link. */
export interface LogCursor {
  url: string
  /** Takes a page's events (still unchecked). */
  take(events: Record<string, unknown>[]): void
  /** Whether every event the job waits for has come; a satisfied cursor is not polled again. */
  satisfied(): boolean
}

/**
 * Reads each cursor to its end, then polls those still waiting through
 * their `next` links, backing off, until all are satisfied or the schedule
 * says stop. Returns the problem to warn about, '' when there is none.
 */
export async function readLog(
  transport: LogTransport,
  endpoint: string,
  cursors: LogCursor[],
  schedule: RequestSchedule
): Promise<string> {
  try {
    for (let poll = 0; ; poll++) {
      let transient = ''
      // Every cursor is read once; after that, only those still waiting.
      for (const cursor of cursors.filter((c) => poll === 0 || !c.satisfied())) {
        const failure = await drain(transport, endpoint, cursor, schedule)
        transient ||= failure
      }
      if (cursors.every((c) => c.satisfied())) return ''
      // The last pause is cut to end at the deadline, so the last poll comes as late as audit-wait allows.
      const pause = Math.min(schedule.pollDelay(poll), schedule.deadline - schedule.now())
      if (pause <= 0 || !(await schedule.wait(pause))) {
        return (
          transient ||
          `not every event appeared within ${schedule.waitSeconds} s (the System Log lags; raise audit-wait)`
        )
      }
    }
  } catch (error) {
    if (error instanceof ReadStopped) return error.message
    throw error
  }
}

/**
 * Follows a cursor's `next` links while pages come back full; one request
 * when it is caught up. A server error ends this poll (the next may work);
 * a refusal or an unreachable org ends the read.
 */
async function drain(
  transport: LogTransport,
  endpoint: string,
  cursor: LogCursor,
  schedule: RequestSchedule
): Promise<string> {
  for (;;) {
    let answer: LogAnswer
    try {
      answer = await schedule.send(transport, cursor.url)
    } catch (error) {
      if (error instanceof ReadStopped) throw error
      throw new ReadStopped(`could not reach ${new URL(endpoint).origin}: ${messageOf(error)}`)
    }
    if (answer.status === 401 || answer.status === 403) {
      throw new ReadStopped(
        `the System Log refused the token (HTTP ${answer.status}); it needs okta.logs.read (or an API token of a Report Administrator)`
      )
    }
    if (answer.status >= 500) return `the System Log answered HTTP ${answer.status}`
    if (answer.status !== 200) throw new ReadStopped(`the System Log answered HTTP ${answer.status}`)
    const events = eventsIn(answer.body)
    cursor.take(events)
    const requested = Number(new URL(cursor.url).searchParams.get('limit')) || AUDIT_SCHEDULE.pageSize
    const next = sameEndpoint(nextLink(answer.headers), endpoint)
    if (next) cursor.url = next
    if (!next || events.length < requested || cursor.satisfied()) return ''
  }
}
