import { describe, expect, it } from '@jest/globals'
import { renderMainSummary } from '../../../src/report/main-summary.js'
import { code, factTable, md, relativeTime } from '../../../src/report/markdown.js'

describe('markdown.ts', () => {
  it('Makes hostile values inert', () => {
    const hostile = '"><img src=x onerror=alert(1)> | `code` [link](javascript:x) **b**\nnext'
    const out = md(hostile)
    expect(out).not.toMatch(/[<>|`[\]*\n]/)
    expect(out).toContain('&#60;img src=x onerror=alert(1)&#62;')
    expect(out).toContain('&#124;')
  })

  it('Forms no autolink: www., a scheme and an e-mail are broken up', () => {
    const out = md('refs/heads/www.evil-example.com/login https://x.example a@b.example WWW.X.COM')
    expect(out).toContain('www&#91;.&#93;evil-example.com')
    expect(out).toContain('https&#91;&#58;&#93;//x.example')
    expect(out).toContain('a&#91;&#64;&#93;b.example')
    expect(out).toContain('WWW&#91;.&#93;X.COM')
  })

  it('Shows invisible characters by code point instead of deleting them', () => {
    const name = 'ma\u200bin\u00ad\u3164\u202e\u{E0041}'
    expect(md(name)).toBe('ma&#60;U+200B&#62;in&#60;U+00AD&#62;&#60;U+3164&#62;&#60;U+202E&#62;&#60;U+E0041&#62;')
    expect(code(name)).toBe('`ma<U+200B>in<U+00AD><U+3164><U+202E><U+E0041>`')
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
