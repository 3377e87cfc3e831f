import { describe, expect, it } from '@jest/globals'
import { checkClaims } from '../../../src/auth/claims.js'
import { renderMainSummary } from '../../../src/report/main-summary.js'
import { fitSummary, PART_LIMIT, STEP_SUMMARY_LIMIT } from '../../../src/report/markdown.js'
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

  it("Cuts a part to its share of GitHub's 1 MiB step limit, with a notice naming that limit", () => {
    expect(STEP_SUMMARY_LIMIT).toBe(1024 * 1024)
    const huge = `${'| row |\n'.repeat(100_000)}`
    const fitted = fitSummary(huge)
    expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(PART_LIMIT)
    // Cut near the budget, not far below it.
    expect(Buffer.byteLength(fitted)).toBeGreaterThan(PART_LIMIT - 1024)
    expect(fitted).toContain("GitHub drops a step's summary above 1 MiB")
    // Three parts, the most one step writes, fit GitHub's limit together.
    expect(3 * Buffer.byteLength(fitted)).toBeLessThan(STEP_SUMMARY_LIMIT)
    expect(fitSummary('small')).toBe('small')
  })
})
