import { describe, expect, it } from '@jest/globals'
import { adminUrlFor, filterFor, systemLogLink } from '../../../src/report/audit.js'

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
