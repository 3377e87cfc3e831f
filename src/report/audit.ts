/**
 * The audit trail in the Okta System Log: links into the Admin Console,
 * filtered to this job's events, and the events themselves fetched live
 * from `/api/v1/logs` when the job has a token that may read them.
 */
import * as log from '../lib/log.js'
import type { OpaSession } from '../auth/opa-token.js'
import { field, serversOf } from './audit-summary.js'
import { plainText } from './markdown.js'
import type { SessionRecord } from './sessions.js'
import {
  AUDIT_SCHEDULE,
  httpTransport,
  logsEndpoint,
  readLog,
  RequestSchedule,
  systemClock,
  type Clock,
  type LogCursor,
  type LogTransport
} from './system-log-client.js'

/**
 * The window the job's events can fall in: from its token's `iat` (OPA's
 * own clock) less a little skew, to a while after now, past the sessions
 * and the System Log's lag. An event is the job's when it names a host the
 * job touched, within that host's session (give or take the skew).
 */
export const AUDIT_CLOCK_SKEW_MS = 2_000
export const AUDIT_LOOKAHEAD_MS = 5 * 60_000

/** DOC: the two OPA event types a workload's SSH access produces. */
export const EVENT_TYPES = ['pam.user_creds.issue', 'pam.server.ssh_login'] as const

/**
 * ASSUMED from naming (not documented): `https://<org>.pam.okta.com` →
 * `https://<org>-admin.okta.com`, and the same for oktapreview.com. Custom
 * domains cannot be derived; `okta-admin-url` overrides.
 */
export function adminUrlFor(opaAddr: string): string {
  try {
    const url = new URL(opaAddr)
    const match = /^([^.]+)\.pam\.(okta|oktapreview|okta-emea)\.com$/.exec(url.hostname)
    return match ? `https://${match[1]}-admin.${match[2]}.com` : ''
  } catch {
    return ''
  }
}

export interface LogQuery {
  eventType: string
  actorId: string
  host?: string
  from: Date
  to: Date
}

/** The SCIM filter for one event type and actor (and, for logins, the server). */
export function filterFor(query: Pick<LogQuery, 'eventType' | 'actorId' | 'host'>): string {
  const clauses = [`eventType eq "${query.eventType}"`, `actor.id eq "${query.actorId}"`]
  if (query.host) clauses.push(`target.displayName eq "${query.host}"`)
  return clauses.join(' and ')
}

/**
 * A link into the Admin Console's System Log, pattern from public code
 * (ASSUMED): /report/system_log_2?search=<filter>&fromTime=&toTime=.
 */
export function systemLogLink(adminUrl: string, query: LogQuery): string {
  const params = new URLSearchParams({
    search: filterFor(query),
    fromTime: wholeSeconds(query.from),
    toTime: wholeSeconds(query.to),
    view: 'list'
  })
  return `${adminUrl.replace(/\/+$/, '')}/report/system_log_2?${params}`
}

/** An ISO time without milliseconds, as the Admin Console's own links write it. */
function wholeSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** Whether an event is of a query's type and actor (the answer is checked, not trusted). */
function answers(event: Record<string, unknown>, query: Pick<LogQuery, 'eventType' | 'actorId'>): boolean {
  return event.eventType === query.eventType && plainText(field(event, 'actor.id')) === query.actorId
}

/** Whether an event names a host this job touched, within that host's session. */
export function belongsToJob(event: Record<string, unknown>, sessions: SessionRecord[]): boolean {
  const published = Date.parse(plainText(event.published))
  const hosts = serversOf(event)
  return sessions.some(
    (s) =>
      hosts.includes(s.host) &&
      published >= s.startedAt - AUDIT_CLOCK_SKEW_MS &&
      published <= s.endedAt + AUDIT_CLOCK_SKEW_MS
  )
}

export interface LiveAudit {
  /** The job's own events: on its hosts, within its sessions. */
  events: Record<string, unknown>[]
  /**
   * Credentials issued to the job's principal within its token's lifetime
   * that match no recorded session: a later step's own sft, or another job
   * of the same repository and branch; the principal cannot tell which.
   */
  others: Record<string, unknown>[]
  /** Why events could not all be fetched, for a warning; empty when they were. */
  problem: string
  /** Requests sent to the System Log, and the time the read took. */
  requests: number
  elapsedMs: number
}

/** An event's key for de-duplication: its uuid, or, for an event without one, the event itself. */
function keyOf(event: Record<string, unknown>): string {
  return typeof event.uuid === 'string' && event.uuid ? event.uuid : JSON.stringify(event)
}

/** A polling query's cursor (no `until`): it returns late events too, and always a `next` link. */
class QueryCursor implements LogCursor {
  url: string
  readonly own = new Map<string, Record<string, unknown>>()
  readonly others = new Map<string, Record<string, unknown>>()

  constructor(
    endpoint: string,
    private readonly query: Omit<LogQuery, 'to'>,
    private readonly sort: (event: Record<string, unknown>) => 'own' | 'other' | 'neither',
    private readonly expected: string[]
  ) {
    const params = new URLSearchParams({
      filter: filterFor(query),
      since: query.from.toISOString(),
      sortOrder: 'ASCENDING',
      limit: String(AUDIT_SCHEDULE.pageSize)
    })
    this.url = `${endpoint}?${params}`
  }

  take(events: Record<string, unknown>[]): void {
    for (const event of events.filter((e) => answers(e, this.query))) {
      const kind = this.sort(event)
      if (kind !== 'neither') (kind === 'own' ? this.own : this.others).set(keyOf(event), event)
    }
  }

  /** Every host expected to produce this event type has. */
  satisfied(): boolean {
    const own = [...this.own.values()]
    return this.expected.every((host) => own.some((e) => serversOf(e).includes(host)))
  }
}

const byPublished = (a: Record<string, unknown>, b: Record<string, unknown>): number =>
  plainText(a.published).localeCompare(plainText(b.published))

/** What the job's audit queries need: who acted, and since when. */
export interface AuditSubject {
  principal: string
  account: string
  issuedAt: number
  /** When the token stops working, for the summary's end state; absent for an opaque token. */
  expiresAt?: number
}

export function auditSubject(session: OpaSession): AuditSubject {
  return {
    principal: session.principal,
    account: session.account,
    issuedAt: session.issuedAt?.getTime() ?? Date.now(),
    expiresAt: session.expiresAt?.getTime()
  }
}

export interface AuditLink {
  label: string
  url: string
}

/** Admin Console links to the token's credential events and the account's logins. */
export function auditLinks(
  settings: { oktaAdminUrl: string; opaAddr: string },
  session: OpaSession,
  until: Date
): AuditLink[] {
  const admin = settings.oktaAdminUrl || adminUrlFor(settings.opaAddr)
  if (!admin || !session.principal) return []
  const from = new Date(auditSubject(session).issuedAt - AUDIT_CLOCK_SKEW_MS)
  const to = new Date(Math.max(until.getTime(), (session.expiresAt?.getTime() ?? 0) + AUDIT_LOOKAHEAD_MS))
  return [
    {
      label: 'pam.user_creds.issue: credentials issued to this workload',
      url: systemLogLink(admin, { eventType: EVENT_TYPES[0], actorId: session.principal, from, to })
    },
    {
      label: `pam.server.ssh_login: logins as ${session.account || 'the JIT account'}`,
      url: systemLogLink(admin, { eventType: EVENT_TYPES[1], actorId: session.account, from, to })
    }
  ]
}

/**
 * The job's events, when it was given an org URL and a token: credentials
 * issued to its principal and logins as its account, each on a host it
 * touched within that host's session, read until every host that ran its
 * script has both or `audit-wait` ends. The principal's other credentials
 * within the token's lifetime are kept apart. Without recorded sessions
 * there is nothing to wait for: one request, for those others alone.
 */
export async function fetchJobEvents(
  settings: { oktaOrgUrl: string; oktaApiToken: string; oktaLogsToken: string; auditWait: number },
  subject: AuditSubject,
  sessions: SessionRecord[],
  io: { transport?: LogTransport; clock?: Clock } = {}
): Promise<LiveAudit | undefined> {
  const token = settings.oktaLogsToken
    ? `Bearer ${settings.oktaLogsToken}`
    : settings.oktaApiToken
      ? `SSWS ${settings.oktaApiToken}`
      : ''
  if (!settings.oktaOrgUrl || !token) return undefined
  log.setSecret(token.replace(/^(SSWS|Bearer) /, ''))
  const endpoint = logsEndpoint(settings.oktaOrgUrl)
  const from = new Date(subject.issuedAt - AUDIT_CLOCK_SKEW_MS)
  const clock = io.clock ?? systemClock
  const lifetimeEnd = (subject.expiresAt ?? clock.now()) + AUDIT_CLOCK_SKEW_MS
  const expected = [...new Set(sessions.filter((s) => s.status === 'ok').map((s) => s.host))]
  const sort =
    (apart: boolean) =>
    (event: Record<string, unknown>): 'own' | 'other' | 'neither' => {
      if (belongsToJob(event, sessions)) return 'own'
      const published = Date.parse(plainText(event.published))
      return apart && published >= from.getTime() && published <= lifetimeEnd ? 'other' : 'neither'
    }
  const credentials = new QueryCursor(
    endpoint,
    { eventType: EVENT_TYPES[0], actorId: subject.principal, from },
    sort(true),
    expected
  )
  const logins = new QueryCursor(
    endpoint,
    { eventType: EVENT_TYPES[1], actorId: subject.account, from },
    sort(false),
    expected
  )
  const noSessions = sessions.length === 0
  const schedule = noSessions
    ? new RequestSchedule(clock, 0, AUDIT_SCHEDULE, 'and a job without recorded sessions does not wait')
    : new RequestSchedule(clock, settings.auditWait)
  const transport = io.transport ?? httpTransport(token)
  const problem = await readLog(transport, endpoint, noSessions ? [credentials] : [credentials, logins], schedule)
  return {
    events: [...credentials.own.values(), ...logins.own.values()].sort(byPublished),
    others: [...credentials.others.values()].sort(byPublished),
    problem,
    requests: schedule.requests,
    elapsedMs: schedule.elapsedMs()
  }
}

/** What the read found and what it cost, for the log. */
export function auditLine(live: LiveAudit): string {
  const count = live.others.length
  const others = count ? `, ${count} other event${count === 1 ? '' : 's'} of its principal` : ''
  const cost = `${live.requests} request${live.requests === 1 ? '' : 's'} in ${(live.elapsedMs / 1000).toFixed(1)} s`
  return `Audit trail: ${live.events.length} System Log events for this job${others} (${cost})`
}
