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

/**
 * The sessions on the job's own time axis, so that a session of 0.4 s is
 * still a bar: the token's validity is an annotation beside it, not the scale.
 */
function timeline(results: HostResult[], tokens: Lifetime[]): string {
  const ran = results.filter((r) => r.status !== 'skipped' && r['duration-ms'] > 0)
  if (!ran.length) return ''
  const bar = (name: string, tag: string, from: number, to: number): string =>
    `  ${label(name)} :${tag}, ${from}, ${Math.max(to, from + 1)}`
  const validity = tokens.map((t) => `${t.label} valid ${clock(t.from)}–${clock(t.to)} UTC`).join('; ')
  return [
    '```mermaid',
    'gantt',
    '  dateFormat x',
    '  axisFormat %H:%M:%S',
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
    '',
    ...(validity ? [`_${validity}._`, ''] : [])
  ].join('\n')
}

const clock = (date: Date): string => date.toISOString().slice(11, 19)

/** Above this many hosts the chain shows a count, not a node per server. */
const CHAIN_HOSTS = 8

/** The trust chain's last link: OPA to each server this step reached, and how that ended. */
function chain(results: HostResult[]): string {
  const tried = results.filter((r) => r.status !== 'skipped')
  if (!tried.length) return ''
  const account = label(tried.find((r) => r.account)?.account ?? 'wl_...')
  const ok = tried.filter((r) => r.status === 'ok').length
  const servers =
    tried.length > CHAIN_HOSTS
      ? [`  OPA -->|"certificate per session, ${account}"| FLEET["${tried.length} servers<br/>${ok} ok"]`]
      : tried.map(
          (r, i) =>
            `  OPA -->|"certificate, ${account}"| S${i}["${label(r.host)}<br/>${label(r.status)}, session ended"]`
        )
  return ['```mermaid', 'flowchart LR', '  OPA["Okta Privileged Access"]', ...servers, '```', ''].join('\n')
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
    '_Each session got its own short-lived certificate and ran as the just-in-time account, which OPA destroys when the session ends. The account is the one the server reported._',
    '',
    `Script: ${script.trim() ? scriptIdentity(script) : 'none (file transfers only)'}.`,
    '',
    chain(results),
    '| Host | Account | Status | Exit | Duration | Started |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    timeline(results, tokens)
  ].join('\n')
}
