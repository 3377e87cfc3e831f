/** The main step's part of the job summary: the trust chain, the run, both tokens, the audit links. */
import type { DecodedJwt, OpaSession } from '../auth/opa-token.js'
import { issuerTrust, OPERATOR_LABEL, type ClaimCheck } from '../auth/claims.js'
import type { SftBinary } from '../install/index.js'
import type { AuditLink } from './audit.js'
import { code, factTable, label, md, relativeTime } from './markdown.js'

export interface StageTiming {
  name: string
  ms: number
}

export interface MainSummary {
  outcome: 'authenticated' | 'skipped' | 'failed'
  team?: string
  connection?: string
  session?: OpaSession
  github?: DecodedJwt
  sft?: SftBinary
  reason?: string
  stages?: StageTiming[]
  claimChecks?: ClaimCheck[]
  audit?: AuditLink[]
  env?: NodeJS.ProcessEnv
}

const TITLES: Record<MainSummary['outcome'], string> = {
  authenticated: '✅ OPA workload identity: authenticated',
  skipped: '⏭️ OPA workload identity: skipped',
  failed: '❌ OPA workload identity: failed'
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
  const explain = '_Where this job came from, as the runner tells it; every value is shown escaped._'
  return `### Run context\n\n${explain}\n\n| Field | Value |\n|---|---|\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}\n`
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
    `  OPA -->|"access token, TTL ${label(ttl)}, connection ${label(s.connection)}"| TOKEN["Job's token<br/>${label(expiry(opa))}"]`,
    `  TOKEN -->|"per-session certificate, JIT account ${label(opa?.account || 'wl_...')}"| SRV["Target servers<br/>the ssh steps' sessions"]`,
    '```',
    ''
  ].join('\n')
}

/** When the token stops working: the trust chain's end state. */
function expiry(session: OpaSession | undefined): string {
  return session?.expiresAt ? `expires ${session.expiresAt.toISOString().slice(11, 19)} UTC` : 'expiry unknown'
}

function claimSection(checks: ClaimCheck[]): string {
  const rows = checks.map(
    (c) =>
      `| ${c.ok ? '✅' : '❌'} | ${code(c.claim)} | ${OPERATOR_LABEL[c.operator]} | ${md(c.value, 120)} | ${c.actual === undefined ? '(missing)' : md(c.actual, 120)} |`
  )
  return `### Claim expectations\n\n| Result | Claim | Operator | Expected | Actual |\n|---|---|---|---|---|\n${rows.join('\n')}\n`
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
  const trust = s.github && issuerTrust(s.github.claims)
  if (trust)
    facts.push(['Issuer the connection trusts (iss)', trust.issuer], ['JWKS URL OPA must reach', trust.jwksUrl])
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
  return parts.join('\n')
}
