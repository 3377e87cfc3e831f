import { describe, expect, it } from '@jest/globals'
import { parseFileCommands } from '../../../sandbox/runner.js'

describe('sandbox/runner.ts', () => {
  it('Parses key=value lines and heredocs as the runner does', () => {
    const text = 'A=1\nB<<ghadelimiter_x\nline one\nline=two\nghadelimiter_x\n\nA=3\n'
    expect(parseFileCommands(text)).toEqual({ A: '3', B: 'line one\nline=two' })
    expect(() => parseFileCommands('C<<EOF\nno end\n')).toThrow("Matching delimiter not found 'EOF'")
  })
})
