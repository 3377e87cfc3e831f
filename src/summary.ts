import * as core from '@actions/core'
import type { SftBinary } from './install.js'
import type { HostResult } from './ssh.js'
import type { OpaSession } from './token.js'

/**
 * Makes any value inert in GitHub-flavoured markdown and HTML. Claims are
 * partly attacker-controlled (branch names, workflow names), so every
 * character that markdown or HTML could act on becomes a numeric character
 * reference, line breaks become spaces, and long values are cut.
 */
export function md(value: unknown, maxLength = 300): string {
  const text = String(value ?? '')
    .replace(/[\r\n\t\v\f\u2028\u2029]+/g, ' ')
    .replace(/[\x00-\x1f\x7f]/g, '')
  const cut = [...text].length > maxLength ? `${[...text].slice(0, maxLength - 1).join('')}…` : text
  return cut.replace(/[&<>"'`|*_[\]#~\\!{}:@]/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** A two-column key/value table; keys are our own text, values are escaped. */
export function factTable(rows: [string, unknown][]): string {
  const body = rows.map(([key, value]) => `| ${key} | ${md(value)} |`).join('\n')
  return `| | |\n|---|---|\n${body}\n`
}

export function relativeTime(date: Date, now = Date.now()): string {
  const seconds = Math.round((date.getTime() - now) / 1000)
  const abs = Math.abs(seconds)
  const span = abs < 120 ? `${abs} s` : abs < 7200 ? `${Math.round(abs / 60)} min` : `${Math.round(abs / 3600)} h`
  return seconds >= 0 ? `in ${span}` : `${span} ago`
}

export interface MainSummary {
  outcome: 'authenticated' | 'skipped' | 'failed'
  team?: string
  connection?: string
  session?: OpaSession
  githubSubject?: string
  sft?: SftBinary
  reason?: string
}

export function renderMainSummary(s: MainSummary): string {
  const title = {
    authenticated: '✅ OPA workload identity: authenticated',
    skipped: '⏭️ OPA workload identity: skipped',
    failed: '❌ OPA workload identity: failed'
  }[s.outcome]
  const rows: [string, unknown][] = []
  if (s.team) rows.push(['Team', s.team])
  if (s.connection) rows.push(['Connection', s.connection])
  if (s.session) {
    if (s.session.role) rows.push(['Role', `${s.session.role} (account ${s.session.account})`])
    if (s.session.principal) rows.push(['Principal', s.session.principal])
    rows.push([
      'Token expires',
      s.session.expiresAt
        ? `${s.session.expiresAt.toISOString()} (${relativeTime(s.session.expiresAt)})`
        : 'unknown (opaque token)'
    ])
  }
  if (s.githubSubject) rows.push(['GitHub subject', s.githubSubject])
  if (s.sft) rows.push(['sft', `${s.sft.version} (${s.sft.path})`])
  const reason = s.reason ? `\n> ${md(s.reason, 2000)}\n` : ''
  return `## ${title}\n${reason}\n${rows.length ? factTable(rows) : ''}`
}

/** Appends to the job summary; a summary problem never fails the job. */
export async function appendSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown, true).write()
  } catch (error) {
    core.warning(`Could not write the job summary: ${(error as Error).message}`)
  } finally {
    core.summary.emptyBuffer()
  }
}

const STATUS_ICON: Record<HostResult['status'], string> = {
  ok: '✅',
  failed: '❌',
  timeout: '⏱️',
  unreachable: '🔌',
  denied: '⛔',
  skipped: '⏭️',
  cancelled: '🛑'
}

/** The per-host table of an SSH run. */
export function renderSshSummary(results: HostResult[], script: string): string {
  const firstLine = script.split('\n').find((l) => l.trim()) ?? ''
  const ok = results.filter((r) => r.status === 'ok').length
  const rows = results.map(
    (r) =>
      `| ${md(r.host)} | ${md(r.account)} | ${STATUS_ICON[r.status]} ${r.status}${r.reauthenticated ? ' (re-authenticated)' : ''} | ${r['exit-code'] ?? ''} | ${(r['duration-ms'] / 1000).toFixed(1)} s | ${md(r['started-at'])} | ${md(firstLine, 80)} |`
  )
  return [
    `### SSH sessions: ${ok} of ${results.length} succeeded`,
    '',
    '| Host | Account | Status | Exit | Duration | Started | Command |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    ''
  ].join('\n')
}
