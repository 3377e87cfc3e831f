import { describe, expect, it } from '@jest/globals'
import { reachedServers, renderJobEnd } from '../../../src/report/post-summary.js'
import type { SessionRecord } from '../../../src/report/sessions.js'

const issuedAt = Date.parse('2026-12-04T10:00:00Z')
const session = (host: string, status = 'ok'): SessionRecord => ({ host, startedAt: 0, endedAt: 1000, status })

describe('post-summary.ts', () => {
  it('Counts servers, not sessions: two hosts reached in three steps are 2 of 2', () => {
    const sessions = ['web-01', 'web-02'].flatMap((host) => [session(host), session(host), session(host)])
    expect(reachedServers(sessions)).toBe('reached 2 of 2 servers in 6 sessions')
    const end = renderJobEnd({
      env: { GITHUB_REPOSITORY: 'octo-org/deploy-app', GITHUB_REF_NAME: 'main' },
      team: 'acme',
      subject: { principal: 'p', account: 'wl_deployer', issuedAt: 0 },
      sessions,
      removed: [],
      remaining: [],
      tokenCleared: false
    })
    expect(end).toContain('reached 2 of 2 servers in 6 sessions as `wl_deployer`')
    expect(end).toContain('one per session (6)')
  })

  it('Counts a server reached when any of its sessions succeeded', () => {
    expect(reachedServers([session('web-01', 'failed'), session('web-01'), session('web-02', 'denied')])).toBe(
      'reached 1 of 2 servers in 3 sessions'
    )
    expect(reachedServers([session('web-01')])).toBe('reached 1 of 1 server')
  })

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
