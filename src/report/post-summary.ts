/**
 * The post step's part of the job summary: the whole job in one sentence,
 * what it left behind kind by kind, and what post removed.
 */
import type { AuditSubject } from './audit.js'
import { code, md } from './markdown.js'
import type { SessionRecord } from './sessions.js'

export interface JobEnd {
  env: NodeJS.ProcessEnv
  team: string
  subject?: AuditSubject
  sessions: SessionRecord[]
  removed: string[]
  remaining: string[]
  tokenCleared: boolean
}

export function renderJobEnd(end: JobEnd): string {
  return ['## What this job did', '', story(end), '', residue(end), renderCleanup(end.removed, end.remaining)].join(
    '\n'
  )
}

/** A time of day in UTC, to the second. */
const clock = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

/** The sentence a reviewer can stop at, built from what the job recorded. */
function story(end: JobEnd): string {
  const env = end.env
  const who = `${code(env.GITHUB_REPOSITORY)} @ ${code(env.GITHUB_REF_NAME)} (${md(env.GITHUB_EVENT_NAME)} by ${md(env.GITHUB_ACTOR)})`
  const account = code(end.subject?.account || 'the JIT account')
  const reached = end.sessions.length
    ? `${reachedServers(end.sessions)} as ${account}`
    : `authenticated as ${account} and opened no session`
  const lifetime =
    end.subject?.expiresAt !== undefined
      ? `The token is valid until ${clock(end.subject.expiresAt)} (${Math.round((end.subject.expiresAt - end.subject.issuedAt) / 60_000)} min after its issue) and was never stored.`
      : 'The token was never stored.'
  const left = end.remaining.length ? 'Something was left behind: see below.' : 'Nothing was left behind.'
  return `${who} ${reached} through OPA team ${code(end.team)}. ${lifetime} ${left}`
}

/**
 * Servers, not sessions: a host the job reached in several steps counts
 * once, and counts as reached when any of its sessions succeeded.
 */
export function reachedServers(sessions: SessionRecord[]): string {
  const hosts = new Set(sessions.map((s) => s.host))
  const ok = new Set(sessions.filter((s) => s.status === 'ok').map((s) => s.host))
  const inSessions = sessions.length > hosts.size ? ` in ${sessions.length} sessions` : ''
  return `reached ${ok.size} of ${hosts.size} server${hosts.size === 1 ? '' : 's'}${inSessions}`
}

/** Zero residue, kind by kind, saying "observed" only for what the action saw itself. */
function residue(end: JobEnd): string {
  const lastEnd = Math.max(...end.sessions.map((s) => s.endedAt))
  const rows = [
    [
      'Token',
      `${end.subject?.expiresAt ? `expires ${clock(end.subject.expiresAt)}; ` : ''}${end.tokenCleared ? 'cleared from the environment of later steps (observed)' : 'never exported to later steps'}`
    ],
    [
      'Certificates',
      end.sessions.length
        ? `one per session (${end.sessions.length}), short-lived, issued by OPA for that session only`
        : 'none issued'
    ],
    [
      'Just-in-time account',
      end.sessions.length
        ? `the last session ended ${clock(lastEnd)} (observed); OPA destroys the account when its last session ends`
        : 'never created'
    ],
    [
      'Local files',
      end.remaining.length ? `${end.remaining.length} still present (observed)` : 'all removed, checked (observed)'
    ]
  ]
  return [
    '### Zero residue',
    '',
    '_What this job leaves behind, kind by kind, from what the action could see itself._',
    '',
    '| Kind | State |',
    '|---|---|',
    ...rows.map(([kind, state]) => `| ${kind} | ${md(state, 400)} |`),
    ''
  ].join('\n')
}

/** What post removed, and whether anything the action made is still there. */
export function renderCleanup(removed: string[], remaining: string[]): string {
  const list = removed.length ? removed.map((r) => `- removed ${md(r, 400)}`).join('\n') : '- nothing to remove'
  const check = remaining.length
    ? `⚠️ Still present: ${remaining.map((r) => md(r, 200)).join(', ')}`
    : '✅ Nothing the action created remains.'
  return `### Cleanup\n\n${list}\n\n${check}\n`
}
