import { describe, expect, it } from '@jest/globals'
import { adminUrlFor, filterFor, systemLogLink } from '../../../src/report/audit.js'
import { checkClaims, explainMismatch, parseExpectations } from '../../../src/auth/claims.js'
import { fitSummary, renderMainSummary, SUMMARY_LIMIT } from '../../../src/report/summary.js'
import type { DecodedJwt, OpaSession } from '../../../src/auth/opa-token.js'

const hostile = '"><img src=x onerror=alert(1)>'
const now = Date.parse('2026-12-01T08:00:00Z')

function world(overrides: Record<string, unknown> = {}): { github: DecodedJwt; session: OpaSession } {
  const claims = {
    sub: `repo:o/r:ref:refs/heads/${hostile}`,
    ref: `refs/heads/${hostile}`,
    head_ref: 'a|b`c`\nnext line',
    workflow: `${'W'.repeat(10_000)}`,
    actor: 'مرحبا 🚀 user',
    iat: now / 1000 - 10,
    nbf: now / 1000 - 310,
    exp: now / 1000 + 290,
    ...overrides
  }
  const github: DecodedJwt = { header: { alg: 'RS256', kid: 'k"|<x>' }, claims }
  const session: OpaSession = {
    token: 'never-shown-token-value',
    decoded: {
      header: { alg: 'EdDSA', typ: 'JWT+OAT' },
      claims: { sub: 'opa://acme/gh/x', iat: now / 1000, exp: now / 1000 + 900 }
    },
    opa: { connectionName: 'gh', roleHint: 'deployer', teamName: 'acme', workload: { ref: hostile } },
    principal: 'opa://acme/gh/x',
    issuedAt: new Date(now),
    expiresAt: new Date(now + 900_000),
    role: 'deployer',
    account: 'wl_deployer'
  }
  return { github, session }
}

describe('job summary', () => {
  const { github, session } = world()
  const out = renderMainSummary(
    {
      outcome: 'authenticated',
      team: 'acme',
      connection: 'gh',
      github,
      session,
      stages: [
        { name: 'install', ms: 12 },
        { name: 'OIDC', ms: 80 }
      ],
      claimChecks: checkClaims([{ claim: 'ref', operator: 'starts_with', value: 'refs/heads/' }], github.claims),
      audit: [{ label: 'pam.user_creds.issue', url: 'https://acme-admin.okta.com/report/system_log_2?search=x' }],
      env: {
        GITHUB_REPOSITORY: 'o/r',
        GITHUB_RUN_ID: '1',
        GITHUB_SHA: 'abc',
        GITHUB_WORKFLOW: hostile,
        GITHUB_SERVER_URL: 'https://github.com'
      }
    },
    now
  )

  it('Has every section, in order', () => {
    const headings = out.match(/^#{2,3} .*$/gm)
    expect(headings).toEqual([
      '## ✅ OPA workload identity: authenticated',
      '### Claim expectations',
      '### Run context',
      '### GitHub OIDC token',
      '### OPA access token',
      '### Audit trail'
    ])
    expect(out).toContain('**Stages:** install 12 ms → OIDC 80 ms')
    expect(out).toContain('```mermaid\nflowchart LR\n')
    expect(out).toContain('| Expires (exp) | 2026-12-01T08&#58;04&#58;50.000Z (in 5 min) |')
    expect(out).toContain('[1 attempt 1](https://github.com/o/r/actions/runs/1/attempts/1)')
  })

  it('Never contains a token, and escapes hostile claims', () => {
    expect(out).not.toContain('never-shown-token-value')
    expect(out).not.toMatch(/<img/i)
    expect(out).not.toContain('onerror=alert(1)>')
    expect(out).toContain('&#34;&#62;&#60;img src=x onerror=alert(1)&#62;')
    // Every table row keeps its shape: no value adds a cell or a line.
    for (const line of out.split('\n').filter((l) => l.startsWith('| `'))) expect(line.split('|')).toHaveLength(4)
    expect(out).toContain('a&#124;b&#96;c&#96; next line')
    expect(out).toContain('مرحبا 🚀 user')
    expect(out).not.toContain('W'.repeat(300))
  })

  it('Keeps mermaid labels free of anything that could close them', () => {
    const mermaid = /```mermaid\n([\s\S]*?)```/.exec(out)?.[1] ?? ''
    const labels = [...mermaid.matchAll(/"([^"]*)"/g)].map((m) => m[1])
    expect(labels.length).toBeGreaterThan(3)
    for (const text of labels) expect(text.split('<br/>').join(' ')).not.toMatch(/[<>[\]{}|`"]/)
    expect(mermaid).not.toContain('<img')
  })

  it('Stays under the 128 KiB limit with a notice', () => {
    const huge = `${'| row |\n'.repeat(40_000)}`
    const fitted = fitSummary(huge)
    expect(Buffer.byteLength(fitted)).toBeLessThan(SUMMARY_LIMIT)
    expect(fitted).toContain('cut to stay under GitHub')
    expect(fitSummary('small')).toBe('small')
  })
})

describe('claims.ts', () => {
  it('Parses the three operators and rejects junk', () => {
    expect(parseExpectations('ref=refs/heads/main\nsub^=repo:o/r:\n environment \n# comment')).toEqual([
      { claim: 'ref', operator: 'equals', value: 'refs/heads/main' },
      { claim: 'sub', operator: 'starts_with', value: 'repo:o/r:' },
      { claim: 'environment', operator: 'exists', value: '' }
    ])
    expect(parseExpectations('not a rule')).toMatch(/is not claim=value/)
  })

  it('Explains the usual mismatches', () => {
    const claims = { ref: 'refs/pull/12/merge', event_name: 'pull_request', sub: 'repo:o/r:pull_request' }
    const [ref, env, sub] = checkClaims(
      [
        { claim: 'ref', operator: 'equals', value: 'refs/heads/main' },
        { claim: 'environment', operator: 'exists', value: '' },
        { claim: 'sub', operator: 'starts_with', value: 'repo:o/r:ref:' }
      ],
      claims
    )
    expect([ref.ok, env.ok, sub.ok]).toEqual([false, false, false])
    expect(explainMismatch(ref, claims)).toBe('this run came from a pull request')
    expect(explainMismatch(env, claims)).toBe('the job has no `environment:`')
    expect(explainMismatch(sub, claims)).toContain('pull_request runs')
  })
})

describe('audit.ts', () => {
  it('Derives the admin console from the OPA address, preview tenants too', () => {
    expect(adminUrlFor('https://acme.pam.okta.com')).toBe('https://acme-admin.okta.com')
    expect(adminUrlFor('https://acme.pam.oktapreview.com/')).toBe('https://acme-admin.oktapreview.com')
    expect(adminUrlFor('https://pam.example.com')).toBe('')
  })

  it('Builds System Log links with an encoded filter and ISO times', () => {
    const query = {
      eventType: 'pam.server.ssh_login',
      actorId: 'wl_deployer',
      host: 'web-01',
      from: new Date(now - 60_000),
      to: new Date(now + 300_000)
    }
    const url = new URL(systemLogLink('https://acme-admin.okta.com/', query))
    expect(url.origin + url.pathname).toBe('https://acme-admin.okta.com/report/system_log_2')
    expect(url.searchParams.get('search')).toBe(
      'eventType eq "pam.server.ssh_login" and actor.id eq "wl_deployer" and target.displayName eq "web-01"'
    )
    expect(url.searchParams.get('fromTime')).toBe('2026-12-01T07:59:00.000Z')
    expect(url.searchParams.get('toTime')).toBe('2026-12-01T08:05:00.000Z')
    expect(url.search).toContain('search=eventType+eq+%22pam.server.ssh_login%22')
    expect(filterFor({ ...query, host: undefined })).toBe(
      'eventType eq "pam.server.ssh_login" and actor.id eq "wl_deployer"'
    )
  })
})
