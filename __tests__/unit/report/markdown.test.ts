import { describe, expect, it } from '@jest/globals'
import { renderMainSummary } from '../../../src/report/main-summary.js'
import { factTable, md, relativeTime } from '../../../src/report/markdown.js'

describe('markdown.ts', () => {
  it('Makes hostile values inert', () => {
    const hostile = '"><img src=x onerror=alert(1)> | `code` [link](javascript:x) **b**\nnext'
    const out = md(hostile)
    expect(out).not.toMatch(/[<>|`[\]*\n]/)
    expect(out).toContain('&#60;img src=x onerror=alert(1)&#62;')
    expect(out).toContain('&#124;')
  })

  it('Cuts long values on a character boundary', () => {
    expect([...md('🙂'.repeat(400), 10)]).toHaveLength(10)
    expect(md('x'.repeat(10_000)).length).toBeLessThanOrEqual(300)
  })

  it('Renders a fact table with one row per fact', () => {
    expect(factTable([['Team', 'a|b']])).toBe('| Field | Value |\n|---|---|\n| Team | a&#124;b |\n')
  })

  it('Says when times are', () => {
    const now = Date.parse('2026-12-01T00:00:00Z')
    expect(relativeTime(new Date(now + 900_000), now)).toBe('in 15 min')
    expect(relativeTime(new Date(now - 30_000), now)).toBe('30 s ago')
  })

  it('Shows a skipped run with its reason', () => {
    const out = renderMainSummary({
      outcome: 'skipped',
      team: 'acme',
      reason: 'fork <b>'
    })
    expect(out).toMatch(/^## ⏭️ OPA workload identity: skipped\n\n> fork &#60;b&#62;\n/)
  })
})
