/**
 * The audit trail in the Okta System Log: links into the Admin Console,
 * filtered to this job's events, and the events themselves fetched live
 * from `/api/v1/logs` when the job has a token that may read them.
 */
import * as log from '../lib/log.js'
import { HttpClient } from '@actions/http-client'
import { setTimeout as sleep } from 'node:timers/promises'
import type { OpaSession } from '../auth/opa-token.js'
import { messageOf } from '../lib/errors.js'
import { field, serversOf } from './audit-summary.js'
import { plainText } from './markdown.js'
import type { SessionRecord } from './sessions.js'

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
export function filterFor(query: LogQuery): string {
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

/** Whether an event is of a query's type and actor. */
function answers(event: Record<string, unknown>, query: LogQuery): boolean {
  return event.eventType === query.eventType && plainText(field(event, 'actor.id')) === query.actorId
}

/**
 * Whether every event the job's sessions must have produced has arrived:
 * for each host that ran its script (`ok`), the credentials issued and the
 * login. Hosts that failed may have produced either or neither.
 */
function allSessionEvents(events: Record<string, unknown>[], queries: LogQuery[], sessions: SessionRecord[]): boolean {
  return sessions
    .filter((s) => s.status === 'ok')
    .every((s) => queries.every((q) => events.some((e) => answers(e, q) && serversOf(e).includes(s.host))))
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
  events: Record<string, unknown>[]
  /** Why events could not be fetched, for a warning; empty when they were. */
  problem: string
}

/**
 * Fetches the job's events, polling until each query has one or `waitSeconds`
 * runs out, because the System Log lags. A bad token or an unreachable org
 * gives a problem to warn about, never an exception.
 */
export async function fetchEvents(
  orgUrl: string,
  authorization: string,
  queries: LogQuery[],
  waitSeconds: number,
  belongs: (event: Record<string, unknown>) => boolean = () => true,
  isComplete: (events: Record<string, unknown>[]) => boolean = (events) =>
    queries.every((q) => events.some((e) => answers(e, q)))
): Promise<LiveAudit> {
  log.setSecret(authorization.replace(/^(SSWS|Bearer) /, ''))
  const client = new HttpClient('opa-workload-identity', [], { allowRetries: false, socketTimeout: 15_000 })
  const deadline = Date.now() + waitSeconds * 1000
  const found = new Map<string, Record<string, unknown>>()
  for (;;) {
    for (const query of queries) {
      const params = new URLSearchParams({
        filter: filterFor(query),
        since: query.from.toISOString(),
        until: query.to.toISOString(),
        sortOrder: 'ASCENDING',
        limit: '100'
      })
      try {
        const response = await client.get(`${orgUrl.replace(/\/+$/, '')}/api/v1/logs?${params}`, {
          Authorization: authorization,
          Accept: 'application/json'
        })
        const status = response.message.statusCode ?? 0
        const body = await response.readBody()
        if (status === 401 || status === 403) {
          return {
            events: [...found.values()],
            problem: `the System Log refused the token (HTTP ${status}); it needs okta.logs.read (or an API token of a Report Administrator)`
          }
        }
        if (status !== 200) return { events: [...found.values()], problem: `the System Log answered HTTP ${status}` }
        for (const event of eventsIn(body).filter(belongs)) found.set(String(event.uuid), event)
      } catch (error) {
        return { events: [...found.values()], problem: `could not reach ${orgUrl}: ${messageOf(error)}` }
      }
    }
    const complete = isComplete([...found.values()])
    if (complete || Date.now() >= deadline) {
      const events = [...found.values()].sort((a, b) => String(a.published).localeCompare(String(b.published)))
      return {
        events,
        problem: complete
          ? ''
          : `not every event appeared within ${waitSeconds} s (the System Log lags; raise audit-wait)`
      }
    }
    await sleep(Math.min(2000, Math.max(0, deadline - Date.now())))
  }
}

/** The events in a System Log answer; anything that is not an event object is dropped. */
function eventsIn(body: string): Record<string, unknown>[] {
  const parsed: unknown = JSON.parse(body)
  return (Array.isArray(parsed) ? parsed : []).filter(
    (e): e is Record<string, unknown> => typeof e === 'object' && e !== null && !Array.isArray(e)
  )
}

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
 * The job's events, when it was given an org URL and a token and opened
 * sessions: credentials issued to its principal and logins as its account,
 * each on a host it touched within that host's session. Without sessions
 * there is nothing to wait for.
 */
export async function fetchJobEvents(
  settings: { oktaOrgUrl: string; oktaApiToken: string; oktaLogsToken: string; auditWait: number },
  subject: AuditSubject,
  sessions: SessionRecord[]
): Promise<LiveAudit | undefined> {
  const token = settings.oktaLogsToken
    ? `Bearer ${settings.oktaLogsToken}`
    : settings.oktaApiToken
      ? `SSWS ${settings.oktaApiToken}`
      : ''
  if (!settings.oktaOrgUrl || !token) return undefined
  if (sessions.length === 0) return { events: [], problem: '' }
  const from = new Date(subject.issuedAt - AUDIT_CLOCK_SKEW_MS)
  const to = new Date(Date.now() + AUDIT_LOOKAHEAD_MS)
  const queries = [
    { eventType: EVENT_TYPES[0], actorId: subject.principal, from, to },
    { eventType: EVENT_TYPES[1], actorId: subject.account, from, to }
  ]
  return fetchEvents(
    settings.oktaOrgUrl,
    token,
    queries,
    settings.auditWait,
    (event) => belongsToJob(event, sessions),
    (events) => allSessionEvents(events, queries, sessions)
  )
}
