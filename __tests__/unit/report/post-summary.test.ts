import { describe, expect, it } from '@jest/globals'
import { renderJobEnd } from '../../../src/report/post-summary.js'

const issuedAt = Date.parse('2026-12-04T10:00:00Z')

describe('post-summary.ts', () => {
  it("Says until when the token is valid, not how long it lived, since post runs early in the token's life", () => {
    const text = renderJobEnd({
      env: { GITHUB_REPOSITORY: 'octo-org/deploy-app', GITHUB_REF_NAME: 'main' },
      team: 'acme',
      subject: { principal: 'opa://acme/gh/x', account: 'wl_deployer', issuedAt, expiresAt: issuedAt + 900_000 },
      sessions: [],
      removed: [],
      remaining: [],
      tokenCleared: true
    })
    expect(text).toContain(
      'The token is valid until 2026-12-04T10:15:00Z (15 min after its issue) and was never stored.'
    )
    expect(text).not.toContain('lived')
  })
})
