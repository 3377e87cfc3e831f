import { describe, expect, it } from '@jest/globals'
import { renderAuditEvents } from '../../../src/report/audit-summary.js'
import { PART_LIMIT } from '../../../src/report/markdown.js'
import { renderSshSummary, scriptIdentity } from '../../../src/report/ssh-summary.js'
import type { HostResult } from '../../../src/ssh/pool.js'

const HOSTS = 256
const start = Date.parse('2026-12-01T08:00:00Z')

function result(i: number): HostResult {
  return {
    host: `web-${String(i).padStart(3, '0')}.production.example.com`,
    account: 'wl_deployer',
    transport: 'sft',
    status: i % 7 === 0 ? 'failed' : 'ok',
    'exit-code': i % 7 === 0 ? 3 : 0,
    'started-at': new Date(start + i * 500).toISOString(),
    'ended-at': new Date(start + i * 500 + 2_400).toISOString(),
    'duration-ms': 2_400,
    'stdout-tail': 'x'.repeat(4096),
    'stderr-tail': 'y'.repeat(4096),
    reauthenticated: false,
    carrier: 'stdin',
    batch: 1,
    'skip-reason': null,
    hint: i % 7 === 0 ? 'The script exited with 3.' : ''
  }
}

describe('ssh-summary.ts', () => {
  it("Keeps each part within its share of GitHub's 1 MiB step limit, uncut, with 256 hosts", () => {
    const results = Array.from({ length: HOSTS }, (_, i) => result(i))
    const ssh = renderSshSummary(results, 'deploy.sh\n'.repeat(200), [
      { label: 'token', from: new Date(start), to: new Date(start + 900_000) }
    ])
    expect(Buffer.byteLength(ssh)).toBeLessThan(PART_LIMIT)
    expect(ssh).toContain(`### SSH sessions: ${results.filter((r) => r.status === 'ok').length} of ${HOSTS} succeeded`)
    // Above eight hosts the chain shows a count, not a node per server.
    expect(ssh).toContain(`FLEET["${HOSTS} servers`)
    const events = results.flatMap((r) =>
      ['pam.user_creds.issue', 'pam.server.ssh_login'].map((eventType) => ({
        eventType,
        published: r['started-at'],
        actor: { id: 'wl_deployer', type: 'User' },
        outcome: { result: 'SUCCESS' },
        debugContext: { debugData: { serverHostnames: r.host, traceId: 'a'.repeat(36), SshAlgorithm: 'ED25519-CERT' } }
      }))
    )
    expect(Buffer.byteLength(renderAuditEvents(events, ''))).toBeLessThan(PART_LIMIT)
  })

  it('Names a script by its size and digest, never its text', () => {
    expect(scriptIdentity('echo secret-value\n\nexit 0\n')).toMatch(/^2 lines, SHA-256 `[0-9a-f]{12}`$/)
    expect(renderSshSummary([result(1)], 'echo secret-value')).not.toContain('secret-value')
  })

  it('Shows a rollout: its batches as sections of the timeline, the budget spent, and why hosts were skipped', () => {
    const rollout: HostResult[] = [0, 1, 1, 2].map((batch, i) => ({ ...result(i + 1), batch, status: 'ok' }))
    rollout[2] = { ...rollout[2], status: 'failed', 'exit-code': 3 }
    rollout[3] = { ...rollout[3], status: 'skipped', 'exit-code': null, 'skip-reason': 'budget-spent' }
    const spent = renderSshSummary(rollout, 'true', [], 0)
    expect(spent).toContain('Rollout: a canary of 1 host, then 2 batches; 1 failed, past the failure budget of 0')
    expect(spent).toContain('| ⏭️ skipped (budget spent) |')
    expect(spent.match(/^ {2}section .*$/gm)).toEqual(['  section Canary', '  section Batch 1'])
    expect(renderSshSummary(rollout, 'true', [], 2)).toContain('failure budget 1 of 2 spent.')
    // A plain parallel run has no rollout line and one section, as before.
    const plain = renderSshSummary([result(1), result(2)], 'true')
    expect(plain).not.toContain('Rollout:')
    expect(plain.match(/^ {2}section .*$/gm)).toEqual(['  section Sessions'])
  })
})
