import * as core from '@actions/core'
import type { SftBinary } from '../install/index.js'
import type { HostResult } from '../ssh/pool.js'
import type { DecodedJwt, OpaSession } from '../auth/opa-token.js'
import { OPERATOR_LABEL, type ClaimCheck } from '../auth/claims.js'

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

/**
 * A code span. Character references are not decoded inside code spans, so
 * instead of escaping, everything that could end the span or the table cell
 * is dropped.
 */
export function code(value: unknown, maxLength = 120): string {
  const text = String(value ?? '').replace(/[`|\r\n\x00-\x1f\x7f]/g, '')
  return `\`${[...text].slice(0, maxLength).join('')}\``
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

/** GitHub's cap on one step's summary; past it the runner drops the summary. */
export const SUMMARY_LIMIT = 128 * 1024

export interface Stage {
  name: string
  ms: number
}

export interface AuditLink {
  label: string
  url: string
}

export interface MainSummary {
  outcome: 'authenticated' | 'skipped' | 'failed'
  team?: string
  connection?: string
  session?: OpaSession
  github?: DecodedJwt
  sft?: SftBinary
  reason?: string
  stages?: Stage[]
  claimChecks?: ClaimCheck[]
  audit?: AuditLink[]
  env?: NodeJS.ProcessEnv
}

const TITLES: Record<MainSummary['outcome'], string> = {
  authenticated: '✅ OPA workload identity: authenticated',
  skipped: '⏭️ OPA workload identity: skipped',
  failed: '❌ OPA workload identity: failed'
}

/** Mermaid labels: only characters that cannot close the label or start markup. */
function label(value: unknown): string {
  return String(value ?? '')
    .replace(/[^A-Za-z0-9 .,:/_@+=%()-]/g, ' ')
    .slice(0, 80)
}

function when(epoch: unknown, now: number): string {
  if (typeof epoch !== 'number') return ''
  const date = new Date(epoch * 1000)
  return `${date.toISOString()} (${relativeTime(date, now)})`
}

function claimsTable(claims: Record<string, unknown>): string {
  const rows = Object.entries(claims).map(
    ([k, v]) => `| ${code(k)} | ${md(typeof v === 'string' ? v : JSON.stringify(v), 200)} |`
  )
  return `| Claim | Value |\n|---|---|\n${rows.join('\n')}\n`
}

function tokenSection(title: string, decoded: DecodedJwt | undefined, now: number, extra: string): string {
  if (!decoded) return `### ${title}\n\nOpaque token: it carries no readable claims.\n\n${extra}`
  const { header, claims } = decoded
  const times = factTable([
    ['Issued (iat)', when(claims.iat, now)],
    ['Not before (nbf)', when(claims.nbf, now)],
    ['Expires (exp)', when(claims.exp, now)]
  ])
  return [
    `### ${title}`,
    '',
    times,
    extra,
    '<details><summary>Header</summary>',
    '',
    claimsTable(header),
    '</details>',
    '',
    `<details><summary>Payload: ${Object.keys(claims).length} claims (the token and its signature are never shown)</summary>`,
    '',
    claimsTable(claims as Record<string, unknown>),
    '</details>',
    ''
  ].join('\n')
}

function runContext(env: NodeJS.ProcessEnv, now: number): string {
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com'
  const repo = env.GITHUB_REPOSITORY ?? ''
  const runUrl = `${server}/${repo}/actions/runs/${env.GITHUB_RUN_ID ?? ''}/attempts/${env.GITHUB_RUN_ATTEMPT ?? '1'}`
  const shaUrl = `${server}/${repo}/commit/${env.GITHUB_SHA ?? ''}`
  const link = (text: string, url: string): string => `[${md(text)}](${encodeURI(url)})`
  const rows = [
    ['Workflow', md(env.GITHUB_WORKFLOW)],
    ['Run', link(`${env.GITHUB_RUN_ID ?? ''} attempt ${env.GITHUB_RUN_ATTEMPT ?? '1'}`, runUrl)],
    ['Actor', md(env.GITHUB_ACTOR)],
    ['Repository', md(repo)],
    ['Ref', md(env.GITHUB_REF)],
    ['Commit', link((env.GITHUB_SHA ?? '').slice(0, 12), shaUrl)],
    ['Event', md(env.GITHUB_EVENT_NAME)],
    ['Runner', md(`${env.RUNNER_NAME ?? ''} (${env.RUNNER_OS ?? ''}, ${env.RUNNER_ARCH ?? ''})`)],
    ['Time', md(new Date(now).toISOString())]
  ]
  return `### Run context\n\n| | |\n|---|---|\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}\n`
}

function trustChain(s: MainSummary): string {
  const github = s.github?.claims
  const opa = s.session
  const ttl =
    opa?.expiresAt && opa.issuedAt
      ? `${Math.round((opa.expiresAt.getTime() - opa.issuedAt.getTime()) / 60000)} min`
      : 'unknown'
  return [
    '```mermaid',
    'flowchart LR',
    `  GH["GitHub Actions<br/>${label(github?.sub)}"] -->|"OIDC JWT issued, aud ${label(github?.aud)}"| OPA["Okta Privileged Access<br/>team ${label(s.team)}"]`,
    `  OPA -->|"access token issued, TTL ${label(ttl)}, connection ${label(s.connection)}"| SRV["Target servers"]`,
    `  SRV -.->|"JIT account ${label(opa?.account || 'wl_...')}"| SRV`,
    '```',
    ''
  ].join('\n')
}

function claimSection(checks: ClaimCheck[]): string {
  const rows = checks.map(
    (c) =>
      `| ${c.ok ? '✅' : '❌'} | ${code(c.claim)} | ${OPERATOR_LABEL[c.operator]} | ${md(c.value, 120)} | ${c.actual === undefined ? '(missing)' : md(c.actual, 120)} |`
  )
  return `### Claim expectations\n\n| | Claim | Operator | Expected | Actual |\n|---|---|---|---|---|\n${rows.join('\n')}\n`
}

export function renderMainSummary(s: MainSummary, now = Date.now()): string {
  const parts: string[] = [`## ${TITLES[s.outcome]}`, '']
  if (s.reason) parts.push(`> ${md(s.reason, 4000)}`, '')
  if (s.stages?.length) parts.push(`**Stages:** ${s.stages.map((st) => `${st.name} ${st.ms} ms`).join(' → ')}`, '')
  if (s.session || s.github) parts.push(trustChain(s))
  const facts: [string, unknown][] = []
  if (s.team) facts.push(['Team', s.team])
  if (s.connection) facts.push(['Connection', s.connection])
  if (s.session?.role) facts.push(['Role', `${s.session.role} (account ${s.session.account})`])
  if (s.session?.principal) facts.push(['Principal', s.session.principal])
  if (s.session) {
    facts.push([
      'Token expires',
      s.session.expiresAt
        ? `${s.session.expiresAt.toISOString()} (${relativeTime(s.session.expiresAt, now)})`
        : 'unknown (opaque token)'
    ])
  }
  if (s.github?.claims.sub) facts.push(['GitHub subject', s.github.claims.sub])
  if (s.sft) facts.push(['sft', `${s.sft.version} (${s.sft.source}: ${s.sft.path})`])
  if (facts.length) parts.push(factTable(facts))
  if (s.claimChecks?.length) parts.push(claimSection(s.claimChecks))
  if (s.env) parts.push(runContext(s.env, now))
  if (s.github) parts.push(tokenSection('GitHub OIDC token', s.github, now, ''))
  if (s.session) {
    const o = s.session.opa
    const explained = factTable([
      ['Principal (sub)', s.session.principal],
      ['Connection (oktapa.cn / oktapa.cid)', `${o.connectionName ?? ''} / ${o.connectionId ?? ''}`],
      ['Role hint (oktapa.rh)', o.roleHint ?? ''],
      ['Team (oktapa.tn / oktapa.tid)', `${o.teamName ?? ''} / ${o.teamId ?? ''}`],
      [
        'Workload claims (oktapa.wl)',
        o.workload ? `${Object.keys(o.workload).length} claims copied from the GitHub token` : ''
      ]
    ])
    parts.push(tokenSection('OPA access token', s.session.decoded, now, explained))
  }
  if (s.audit?.length) {
    parts.push(
      '### Audit trail',
      '',
      ...s.audit.map((a) => `- [${md(a.label)}](${a.url})`),
      '',
      '_Links open the Okta Admin Console System Log, filtered to this job; the URL pattern is derived, not documented by Okta._',
      ''
    )
  }
  return fitSummary(parts.join('\n'))
}

/** Keeps a part under GitHub's cap, cutting at a line and saying so. */
export function fitSummary(markdown: string, limit = SUMMARY_LIMIT - 4096): string {
  if (Buffer.byteLength(markdown) <= limit) return markdown
  let cut = Buffer.from(markdown).subarray(0, limit).toString('utf8')
  cut = cut.slice(0, cut.lastIndexOf('\n'))
  return `${cut}\n\n> ⚠️ The rest of this summary was cut to stay under GitHub's 128 KiB limit.\n`
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

export function renderSshSummary(results: HostResult[], script: string, tokens: Lifetime[] = []): string {
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
    '',
    timeline(results, tokens)
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

/** The job's System Log events, fetched live, one row each. */
export function renderAuditEvents(events: Record<string, unknown>[], problem: string): string {
  const get = (e: Record<string, unknown>, path: string): unknown =>
    path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], e)
  const rows = events.map((e) => {
    const debug = (get(e, 'debugContext.debugData') ?? {}) as Record<string, unknown>
    const targets = ((get(e, 'target') ?? []) as { type?: string; displayName?: string }[])
      .filter((t) => t.type === 'Server')
      .map((t) => t.displayName)
    const servers = [...new Set([...((debug.serverHostnames as string[] | undefined) ?? []), ...targets])]
    return `| ${md(get(e, 'published'))} | ${code(get(e, 'eventType'))} | ${md(get(e, 'severity'))} | ${md(get(e, 'outcome.result'))} | ${md(`${String(get(e, 'actor.type') ?? '')} ${String(get(e, 'actor.id') ?? '')}`, 200)} | ${md(get(e, 'client.ipAddress'))} | ${md(get(e, 'client.userAgent.rawUserAgent'), 80)} | ${md(servers.join(', '))} | ${md(debug.SshAlgorithm ?? '')} |`
  })
  const table = rows.length
    ? `| Published | Event | Severity | Outcome | Actor | Client IP | User agent | Servers | SSH algorithm |\n|---|---|---|---|---|---|---|---|---|\n${rows.join('\n')}\n`
    : 'No events yet.\n'
  return `### Audit events (live from the System Log)\n\n${table}${problem ? `\n> ⚠️ ${md(problem, 400)}\n` : ''}`
}
