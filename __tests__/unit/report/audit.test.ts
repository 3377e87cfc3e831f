import { describe, expect, it } from '@jest/globals'
import { adminUrlFor, filterFor, systemLogLink } from '../../../src/report/audit.js'
import { renderAuditEvents } from '../../../src/report/audit-summary.js'

const now = Date.parse('2026-12-01T08:00:00Z')

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
    // Whole seconds, as the Admin Console's own links write them.
    expect(url.searchParams.get('fromTime')).toBe('2026-12-01T07:59:00Z')
    expect(url.searchParams.get('toTime')).toBe('2026-12-01T08:05:00Z')
    expect(url.search).toContain('search=eventType+eq+%22pam.server.ssh_login%22')
    expect(filterFor({ ...query, host: undefined })).toBe(
      'eventType eq "pam.server.ssh_login" and actor.id eq "wl_deployer"'
    )
  })
})

describe('renderAuditEvents', () => {
  const event = (host: unknown, actor: unknown = 'opa://acme/p') => ({
    eventType: 'pam.user_creds.issue',
    published: '2026-12-01T08:00:00.000Z',
    actor: { id: actor, type: 'WorkloadPrincipal' },
    debugContext: { debugData: { serverHostnames: host } },
    outcome: { result: 'SUCCESS' }
  })

  it("Lists the principal's unmatched events apart, labelled, 20 at most, every field escaped", () => {
    const others = [
      event('db-01', '<img src=x onerror=alert(1)>'),
      ...Array.from({ length: 24 }, () => event({ a: 1 }))
    ]
    const text = renderAuditEvents([event('web-01')], '', others)
    const [own, apart] = text.split('#### Other events of this principal (25, not matched to this job)')
    expect(own.match(/^\| .* \| `pam\.user_creds\.issue` \|/gm)).toHaveLength(1)
    expect(apart).toContain("a later step's own `sft ssh` or native ssh")
    expect(apart).toContain('another job of the same repository and branch at the same time')
    expect(apart.match(/^\| .* \| `pam\.user_creds\.issue` \|/gm)).toHaveLength(20)
    expect(apart).toContain('_5 more not listed._')
    expect(text).not.toContain('<img')
    expect(text).not.toContain('<details><summary>Event 2')
  })

  it('Without recorded sessions, shows only what the principal did, and says so', () => {
    expect(renderAuditEvents([], '', [event('web-01')], false)).toContain('The action recorded no sessions of its own.')
    const none = renderAuditEvents([], '', [], false)
    expect(none).not.toContain('No events yet.')
    expect(none).toContain('the System Log holds no credentials issued to')
  })
})
