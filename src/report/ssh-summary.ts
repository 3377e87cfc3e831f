/** The SSH part of the job summary: one row per host and a timeline. */
import type { HostResult } from '../ssh/pool.js'
import { createHash } from 'node:crypto'
import { label, md } from './markdown.js'

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
export interface Lifetime {
  label: string
  from: Date
  to: Date
}

/** A mermaid gantt of the tokens' lifetimes and the sessions, on one time axis. */
function timeline(results: HostResult[], tokens: Lifetime[]): string {
  const ran = results.filter((r) => r['duration-ms'] > 0)
  if (!ran.length) return ''
  const bar = (name: string, tag: string, from: number, to: number): string =>
    `  ${label(name)} :${tag}, ${from}, ${Math.max(to, from + 1)}`
  return [
    '```mermaid',
    'gantt',
    '  dateFormat x',
    '  axisFormat %H:%M:%S',
    ...(tokens.length
      ? ['  section OPA token', ...tokens.map((t) => bar(t.label, 'active', t.from.getTime(), t.to.getTime()))]
      : []),
    '  section Sessions',
    ...ran.map((r) =>
      bar(
        `${r.host} ${r.status}`,
        r.status === 'ok' ? 'done' : 'crit',
        Date.parse(r['started-at']),
        Date.parse(r['ended-at'])
      )
    ),
    '```',
    ''
  ].join('\n')
}

/**
 * The script as the summary names it: its size and a digest, never its text.
 * A secret inside it could only be shown escaped, and GitHub's masker looks
 * for the secret's exact bytes, so escaped text would show it in clear.
 */
export function scriptIdentity(script: string): string {
  const lines = script.split('\n').filter((l) => l.trim()).length
  const digest = createHash('sha256').update(script).digest('hex').slice(0, 12)
  return `${lines} line${lines === 1 ? '' : 's'}, SHA-256 \`${digest}\``
}

export function renderSshSummary(results: HostResult[], script: string, tokens: Lifetime[] = []): string {
  const ok = results.filter((r) => r.status === 'ok').length
  const rows = results.map(
    (r) =>
      `| ${md(r.host)} | ${md(r.account)} | ${STATUS_ICON[r.status]} ${r.status}${r.reauthenticated ? ' (re-authenticated)' : ''} | ${r['exit-code'] ?? ''} | ${(r['duration-ms'] / 1000).toFixed(1)} s | ${md(r['started-at'])} |`
  )
  return [
    `### SSH sessions: ${ok} of ${results.length} succeeded`,
    '',
    `Script: ${script.trim() ? scriptIdentity(script) : 'none (file transfers only)'}.`,
    '',
    '| Host | Account | Status | Exit | Duration | Started |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    timeline(results, tokens)
  ].join('\n')
}
