/** The SSH part of the job summary: one row per host and a timeline. */
import { FAILURES, type HostResult } from '../ssh/pool.js'
import type { SkipReason } from '../ssh/rollout.js'
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
  const batches = [...new Set(ran.map((r) => r.batch))]
  // One section per batch of a rollout, so that the batches show one after the other.
  const sections = batches.length > 1 || batches[0] === 0 ? batches : []
  const bar = (name: string, tag: string, from: number, to: number): string =>
    `  ${label(name)} :${tag}, ${from}, ${Math.max(to, from + 1)}`
  const validity = tokens.map((t) => `${t.label} valid ${clock(t.from)}–${clock(t.to)} UTC`).join('; ')
  return [
    '```mermaid',
    'gantt',
    '  dateFormat x',
    '  axisFormat %H:%M:%S',
    ...(sections.length ? sections : [undefined]).flatMap((batch) => [
      `  section ${batch === undefined ? 'Sessions' : batchName(batch)}`,
      ...ran
        .filter((r) => batch === undefined || r.batch === batch)
        .map((r) =>
          bar(
            `${r.host} ${r.status}`,
            r.status === 'ok' ? 'done' : 'crit',
            Date.parse(r['started-at']),
            Date.parse(r['ended-at'])
          )
        )
    ]),
    '```',
    '',
    ...(validity ? [`_${validity}._`, ''] : [])
  ].join('\n')
}

const batchName = (batch: number): string => (batch === 0 ? 'Canary' : `Batch ${batch}`)

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

/**
 * The rollout in one line, when there was one (a canary, several batches or
 * a failure budget): its batches and how much of the budget was spent.
 */
function rolloutLine(results: HostResult[], failureBudget: number): string {
  const batches = [...new Set(results.map((r) => r.batch))]
  if (batches.length < 2 && batches[0] !== 0 && failureBudget === 0) return ''
  const canary = results.filter((r) => r.batch === 0).length
  const later = batches.filter((b) => b > 0).length
  const failures = results.filter((r) => FAILURES.has(r.status)).length
  const shape = [
    canary ? `a canary of ${canary} host${canary === 1 ? '' : 's'}` : '',
    later ? `${later} batch${later === 1 ? '' : 'es'}` : ''
  ].filter(Boolean)
  const spent =
    failures > failureBudget
      ? `${failures} failed, past the failure budget of ${failureBudget}: no new batch started after that`
      : `failure budget ${failures} of ${failureBudget} spent`
  return `Rollout: ${shape.join(', then ')}; ${spent}.\n`
}

const SKIP_NOTES: Record<SkipReason, string> = {
  'canary-failed': 'canary failed',
  'budget-spent': 'budget spent',
  'fail-fast': 'fail-fast',
  cancelled: 'cancelled'
}

const skipNote = (r: HostResult): string => (r['skip-reason'] ? ` (${SKIP_NOTES[r['skip-reason']]})` : '')

export function renderSshSummary(
  results: HostResult[],
  script: string,
  tokens: Lifetime[] = [],
  failureBudget = 0
): string {
  const ok = results.filter((r) => r.status === 'ok').length
  const rows = results.map(
    (r) =>
      `| ${md(r.host)} | ${md(r.account)} | ${STATUS_ICON[r.status]} ${r.status}${skipNote(r)}${r.reauthenticated ? ' (re-authenticated)' : ''} | ${r['exit-code'] ?? ''} | ${(r['duration-ms'] / 1000).toFixed(1)} s | ${md(r['started-at'])} |`
  )
  return [
    `### SSH sessions: ${ok} of ${results.length} succeeded`,
    '',
    '_Each session got its own short-lived certificate and ran as the just-in-time account, which OPA destroys when the session ends. The account is the one the server reported._',
    '',
    `Script: ${script.trim() ? scriptIdentity(script) : 'none (file transfers only)'}.`,
    '',
    rolloutLine(results, failureBudget),
    chain(results),
    '| Host | Account | Status | Exit | Duration | Started |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    timeline(results, tokens)
  ].join('\n')
}
