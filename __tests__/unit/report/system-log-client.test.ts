import { describe, expect, it } from '@jest/globals'
import { fetchJobEvents } from '../../../src/report/audit.js'
import {
  AUDIT_SCHEDULE,
  nextLink,
  rateLimitOf,
  sameEndpoint,
  type Clock,
  type LogAnswer
} from '../../../src/report/system-log-client.js'
import type { SessionRecord } from '../../../src/report/sessions.js'

const ORG = 'https://acme.okta.com'
const T0 = Date.parse('2026-12-01T08:00:00Z')
const PRINCIPAL = 'opa://acme/workload/octo-org/deploy-app/main'

/** A clock that only moves when the code under test sleeps. */
function fakeClock(): Clock & { sleeps: number[] } {
  let now = T0
  const sleeps: number[] = []
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms)
      now += ms
    }
  }
}

interface FakeLogOptions {
  /** Events and the clock time at which each becomes visible. */
  events: { visibleAt: number; event: Record<string, unknown> }[]
  /** Answers to send instead, by request number (1-based). */
  script?: Record<number, (now: number) => LogAnswer>
  rate?: { limit: number; remaining: (n: number) => number; resetAt: (now: number) => number }
}

/** A System Log on the fake clock: polling queries, cursors in `after`, Link lines, rate-limit headers. */
function fakeLog(clock: Clock, options: FakeLogOptions) {
  const requests: { at: number; url: URL }[] = []
  const transport = async (raw: string): Promise<LogAnswer> => {
    const url = new URL(raw)
    requests.push({ at: clock.now() - T0, url })
    const scripted = options.script?.[requests.length]
    if (scripted) return scripted(clock.now())
    const filter = url.searchParams.get('filter') ?? ''
    const after = Number(url.searchParams.get('after') ?? -1)
    const limit = Number(url.searchParams.get('limit'))
    const matching = options.events
      .map((e, seq) => ({ ...e, seq }))
      .filter((e) => e.seq > after && e.visibleAt <= clock.now())
      .filter((e) => filter.includes(`"${String(e.event.eventType)}"`))
    const page = matching.slice(0, limit)
    const cursor = page.length ? page[page.length - 1].seq : after
    const next = new URL(url)
    next.searchParams.delete('since')
    next.searchParams.set('after', String(cursor))
    const rate = options.rate
    return {
      status: 200,
      headers: {
        // Two Link lines, as node joins them.
        link: `<${url}>; rel="self", <${next}>; rel="next"`,
        ...(rate && {
          'x-rate-limit-limit': String(rate.limit),
          'x-rate-limit-remaining': String(rate.remaining(requests.length)),
          'x-rate-limit-reset': String(Math.ceil(rate.resetAt(clock.now()) / 1000))
        })
      },
      body: JSON.stringify(page.map((e) => e.event))
    }
  }
  return { transport, requests }
}

function credentials(host: string, at: number, uuid: string): Record<string, unknown> {
  return {
    uuid,
    eventType: 'pam.user_creds.issue',
    published: new Date(at).toISOString(),
    actor: { id: PRINCIPAL, type: 'WorkloadPrincipal' },
    debugContext: { debugData: { serverHostnames: host } }
  }
}

function login(host: string, at: number, uuid: string): Record<string, unknown> {
  return {
    uuid,
    eventType: 'pam.server.ssh_login',
    published: new Date(at).toISOString(),
    actor: { id: 'wl_deployer', type: 'User' },
    target: [{ type: 'Server', displayName: host }]
  }
}

const subject = { principal: PRINCIPAL, account: 'wl_deployer', issuedAt: T0 - 60_000, expiresAt: T0 + 840_000 }
const sessions: SessionRecord[] = [
  { host: 'web-01', startedAt: T0 - 20_000, endedAt: T0 - 15_000, status: 'ok' },
  { host: 'web-02', startedAt: T0 - 10_000, endedAt: T0 - 5_000, status: 'ok' }
]
const settings = (auditWait: number) => ({
  oktaOrgUrl: ORG,
  oktaApiToken: 'x'.repeat(20),
  oktaLogsToken: '',
  auditWait
})
/** The job's own four events, each visible after `lag` ms. */
const own = (lag: number) => [
  { visibleAt: T0 - 20_000 + lag, event: credentials('web-01', T0 - 20_000, 'c1') },
  { visibleAt: T0 - 19_000 + lag, event: login('web-01', T0 - 19_000, 'l1') },
  { visibleAt: T0 - 10_000 + lag, event: credentials('web-02', T0 - 10_000, 'c2') },
  { visibleAt: T0 - 9_000 + lag, event: login('web-02', T0 - 9_000, 'l2') }
]

/** A 429 whose reset comes `ms` after it. */
const refusedFor =
  (ms: number) =>
  (now: number): LogAnswer => ({
    status: 429,
    headers: {
      'x-rate-limit-limit': '20',
      'x-rate-limit-remaining': '0',
      'x-rate-limit-reset': String((now + ms) / 1000)
    },
    body: '{"errorCode":"E0000047"}'
  })

describe('Link and rate-limit headers', () => {
  it('Finds rel="next" across Link lines joined with ", ", in either order, commas in URLs too', () => {
    const next = `${ORG}/api/v1/logs?after=1%2C2&filter=a,b`
    expect(nextLink({ link: `<${ORG}/api/v1/logs?x=1>; rel="self", <${next}>; rel="next"` })).toBe(next)
    expect(nextLink({ link: [`<${next}>; rel=next`, `<${ORG}/self>; rel="self"`] })).toBe(next)
    expect(nextLink({ link: `<${ORG}/a>; rel="nextish", <${ORG}/b>; rel="self"` })).toBe('')
    expect(nextLink({})).toBe('')
  })

  it('Sends credentials only to the same endpoint a link names', () => {
    const endpoint = `${ORG}/api/v1/logs`
    expect(sameEndpoint(`${endpoint}?after=1`, endpoint)).toBe(`${endpoint}?after=1`)
    expect(sameEndpoint('https://evil.example/api/v1/logs?after=1', endpoint)).toBe('')
    expect(sameEndpoint(`${ORG}/api/v1/users`, endpoint)).toBe('')
    expect(sameEndpoint('::not a url', 'also not')).toBe('')
  })

  it('Reads the three rate-limit headers, or nothing when one is not a number', () => {
    const headers = { 'x-rate-limit-limit': '20', 'x-rate-limit-remaining': '3', 'x-rate-limit-reset': '1700000000' }
    expect(rateLimitOf(headers)).toEqual({ limit: 20, remaining: 3, resetAt: 1_700_000_000_000 })
    expect(rateLimitOf({ ...headers, 'x-rate-limit-reset': 'soon' })).toBeUndefined()
  })
})

describe('The request schedule, on a fake clock', () => {
  it('Polls through the next link, backing off 1, 2, 4, then 8 s, one request per poll per waiting query', async () => {
    const clock = fakeClock()
    const log = fakeLog(clock, { events: own(30_000) })
    const live = await fetchJobEvents(settings(60), subject, sessions, { clock, ...log })
    expect(live?.events.map((e) => e.uuid)).toEqual(['c1', 'l1', 'c2', 'l2'])
    expect(live?.problem).toBe('')
    // Both queries read at once; then each poll, both again (nothing has come yet) at 1, 3, 7, 15, 23 s.
    expect(clock.sleeps).toEqual([1000, 2000, 4000, 8000, 8000])
    expect(log.requests.map((r) => r.at)).toEqual([
      0, 0, 1000, 1000, 3000, 3000, 7000, 7000, 15000, 15000, 23000, 23000
    ])
    // After the first request each query follows its cursor instead of re-reading the window.
    expect(
      log.requests.slice(2).every((r) => r.url.searchParams.has('after') && !r.url.searchParams.has('since'))
    ).toBe(true)
    expect(live?.requests).toBe(12)
  })

  it('Stops polling a query whose events have all come', async () => {
    const clock = fakeClock()
    const events = own(0).map((e) =>
      e.event.eventType === 'pam.server.ssh_login' ? { ...e, visibleAt: T0 + 2500 } : e
    )
    const log = fakeLog(clock, { events })
    const live = await fetchJobEvents(settings(30), subject, sessions, { clock, ...log })
    expect(live?.events).toHaveLength(4)
    const logins = log.requests.filter((r) => r.url.searchParams.get('filter')?.includes('ssh_login'))
    expect(log.requests).toHaveLength(1 + logins.length)
    expect(logins.map((r) => r.at)).toEqual([0, 1000, 3000])
  })

  it('Gives up when audit-wait ends, never sleeping past it', async () => {
    const clock = fakeClock()
    const log = fakeLog(clock, { events: [] })
    const live = await fetchJobEvents(settings(10), subject, sessions, { clock, ...log })
    expect(live?.problem).toBe('not every event appeared within 10 s (the System Log lags; raise audit-wait)')
    // The last pause is cut so that the last poll comes at the deadline, not after it.
    expect(clock.sleeps).toEqual([1000, 2000, 4000, 3000])
    expect(log.requests.at(-1)?.at).toBe(10_000)
  })

  it('On a 429, waits until X-Rate-Limit-Reset, then continues where it was', async () => {
    const clock = fakeClock()
    const refused = refusedFor(12_000)
    const log = fakeLog(clock, { events: own(0), script: { 2: refused } })
    const live = await fetchJobEvents(settings(30), subject, sessions, { clock, ...log })
    expect(live?.problem).toBe('')
    expect(live?.events).toHaveLength(4)
    expect(clock.sleeps).toEqual([12_000])
    expect(log.requests.map((r) => r.at)).toEqual([0, 0, 12_000])
    expect(log.requests[2].url.toString()).toBe(log.requests[1].url.toString())
  })

  it('Stops at once, with a 429 warning, when the reset comes after audit-wait', async () => {
    const clock = fakeClock()
    const refused = refusedFor(45_000)
    const log = fakeLog(clock, { events: own(0), script: { 1: refused } })
    const live = await fetchJobEvents(settings(30), subject, sessions, { clock, ...log })
    expect(live?.problem).toBe(
      'the System Log answered HTTP 429 (rate limit); its rate limit resets at 2026-12-01T08:00:45Z, after audit-wait (30 s)'
    )
    expect(clock.sleeps).toEqual([])
    expect(log.requests).toHaveLength(1)
  })

  it('Backs off 1 s, 2 s, 4 s on 429s without a usable reset', async () => {
    const clock = fakeClock()
    const refused = (): LogAnswer => ({ status: 429, headers: {}, body: '' })
    const log = fakeLog(clock, { events: own(0), script: { 1: refused, 2: refused, 3: refused } })
    const live = await fetchJobEvents(settings(30), subject, sessions, { clock, ...log })
    expect(live?.problem).toBe('')
    expect(clock.sleeps).toEqual([1000, 2000, 4000])
  })

  it('Leaves the last quarter of the bucket to others: waits for the reset once Remaining is that low', async () => {
    const clock = fakeClock()
    const resetAt = T0 + 20_000
    const log = fakeLog(clock, {
      events: own(0).map((e) => (e.event.uuid === 'l2' ? { ...e, visibleAt: T0 + 500 } : e)),
      rate: { limit: 20, remaining: (n) => (clock.now() < resetAt ? 6 - n : 19), resetAt: () => resetAt }
    })
    const live = await fetchJobEvents(settings(30), subject, sessions, { clock, ...log })
    expect(live?.events).toHaveLength(4)
    // Remaining 5 of 20 after the first request: the second waits for the reset; no poll is needed after it.
    expect(log.requests.map((r) => r.at)).toEqual([0, 20_000])
    expect(clock.sleeps).toEqual([20_000])
  })

  it('Follows full pages at once, and never sends more than its share of requests', async () => {
    const clock = fakeClock()
    const noise = Array.from({ length: 20_000 }, (_, i) => ({
      visibleAt: T0 - 50_000,
      event: credentials('web-09', T0 - 50_000 + i, `n${i}`)
    }))
    const log = fakeLog(clock, { events: [...noise, ...own(0)] })
    const live = await fetchJobEvents(settings(600), subject, sessions, { clock, ...log })
    expect(log.requests).toHaveLength(AUDIT_SCHEDULE.maxRequests)
    expect(log.requests.every((r) => r.at === 0)).toBe(true)
    expect(live?.problem).toMatch(/^stopped after 15 requests, the job's share of the System Log's rate limit/)
  })
})

describe("What counts as the job's", () => {
  it("Keeps the principal's unmatched credentials within the token's lifetime apart from the job's own", async () => {
    const clock = fakeClock()
    const others = [
      { visibleAt: T0 - 40_000, event: credentials('web-01', T0 - 40_000, 'earlier-on-same-host') },
      { visibleAt: T0 - 12_000, event: credentials('db-01', T0 - 12_000, 'during-on-other-host') },
      { visibleAt: T0 - 12_000, event: credentials('web-01', T0 - 3_600_000, 'before-the-token') },
      { visibleAt: T0 - 12_000, event: { ...credentials('web-01', T0 - 12_000, 'other-actor'), actor: { id: 'x' } } },
      { visibleAt: T0 - 12_000, event: login('db-01', T0 - 12_000, 'login-elsewhere') }
    ]
    const log = fakeLog(clock, { events: [...others, ...own(0)] })
    const live = await fetchJobEvents(settings(30), subject, sessions, { clock, ...log })
    expect(live?.events.map((e) => e.uuid)).toEqual(['c1', 'l1', 'c2', 'l2'])
    expect(live?.others.map((e) => e.uuid)).toEqual(['earlier-on-same-host', 'during-on-other-host'])
  })

  it('Without recorded sessions: exactly one request, no waiting, every credential of the principal shown apart', async () => {
    const clock = fakeClock()
    const log = fakeLog(clock, { events: own(60_000).map((e) => ({ ...e, visibleAt: T0 })) })
    const live = await fetchJobEvents(settings(30), subject, [], { clock, ...log })
    expect(log.requests).toHaveLength(1)
    expect(log.requests[0].url.searchParams.get('filter')).toBe(
      `eventType eq "pam.user_creds.issue" and actor.id eq "${PRINCIPAL}"`
    )
    expect(clock.sleeps).toEqual([])
    expect(live?.events).toEqual([])
    expect(live?.others.map((e) => e.uuid)).toEqual(['c1', 'c2'])
    expect(live?.problem).toBe('')
  })

  it('Without recorded sessions, a refused token still warns', async () => {
    const clock = fakeClock()
    const log = fakeLog(clock, { events: [], script: { 1: () => ({ status: 401, headers: {}, body: '{}' }) } })
    const live = await fetchJobEvents(settings(30), subject, [], { clock, ...log })
    expect(live?.problem).toMatch(/^the System Log refused the token \(HTTP 401\)/)
    expect(log.requests).toHaveLength(1)
  })

  it('Without recorded sessions, a 429 is reported, not waited for', async () => {
    const clock = fakeClock()
    const log = fakeLog(clock, { events: [], script: { 1: refusedFor(10_000) } })
    const live = await fetchJobEvents(settings(30), subject, [], { clock, ...log })
    expect(live?.problem).toBe(
      'the System Log answered HTTP 429 (rate limit); its rate limit resets at 2026-12-01T08:00:10Z, and a job without recorded sessions does not wait'
    )
    expect(log.requests).toHaveLength(1)
    expect(clock.sleeps).toEqual([])
  })

  it('Takes a server error as a failed poll and tries again at the next one', async () => {
    const clock = fakeClock()
    const failed = (): LogAnswer => ({ status: 503, headers: {}, body: '<html>' })
    const log = fakeLog(clock, { events: own(0), script: { 1: failed } })
    const live = await fetchJobEvents(settings(30), subject, sessions, { clock, ...log })
    expect(live?.problem).toBe('')
    expect(live?.events).toHaveLength(4)
    expect(log.requests.map((r) => r.at)).toEqual([0, 0, 1000])
  })

  it('Does not follow a next link to another host', async () => {
    const clock = fakeClock()
    const answer = (): LogAnswer => ({
      status: 200,
      headers: { link: '<https://collector.example/api/v1/logs?after=1>; rel="next"' },
      body: '[]'
    })
    const log = fakeLog(clock, { events: [], script: { 1: answer, 2: answer, 3: answer } })
    await fetchJobEvents(settings(2), subject, sessions, { clock, ...log })
    expect(log.requests.every((r) => r.url.origin === ORG)).toBe(true)
  })
})
