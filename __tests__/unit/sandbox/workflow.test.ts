import { describe, expect, it } from '@jest/globals'
import { evaluate, interpolate, shouldRun, type Scope } from '../../../sandbox/expressions.js'
import { jobsOf, matrixCombinations } from '../../../sandbox/workflow.js'

const scope = (status: Scope['status'] = 'success'): Scope => ({
  status,
  contexts: {
    steps: { opa: { outputs: { authenticated: 'true', count: '3' }, outcome: 'success' } },
    matrix: { slice: 2 },
    github: { sha: 'abc123', event_name: 'push' },
    env: {}
  }
})

describe('workflow expressions', () => {
  it('Evaluates contexts, comparisons and functions as GitHub does', () => {
    expect(evaluate("steps.opa.outputs.authenticated == 'true'", scope())).toBe(true)
    expect(evaluate("steps.opa.outputs.authenticated == 'TRUE'", scope())).toBe(true) // strings ignore case
    expect(evaluate('steps.opa.outputs.count == 3', scope())).toBe(true) // mixed types compare as numbers
    expect(evaluate('steps.missing.outputs.x', scope())).toBe(null)
    expect(evaluate("!(matrix.slice > 1) || startsWith(github.sha, 'ABC')", scope())).toBe(true)
    expect(evaluate("format('{0}-{1}', github.event_name, matrix.slice)", scope())).toBe('push-2')
    expect(interpolate('list ${{ matrix.slice }} at ${{ github.sha }}', scope())).toBe('list 2 at abc123')
  })

  it('Runs a step on success unless its if: names a status function', () => {
    expect(shouldRun(undefined, scope())).toBe(true)
    expect(shouldRun(undefined, scope('failure'))).toBe(false)
    expect(shouldRun("${{ steps.opa.outputs.authenticated == 'false' }}", scope())).toBe(false)
    expect(shouldRun("steps.opa.outputs.authenticated == 'true'", scope('failure'))).toBe(false)
    expect(shouldRun('always()', scope('failure'))).toBe(true)
    expect(shouldRun('failure()', scope('failure'))).toBe(true)
  })

  it('Refuses what it does not emulate, instead of guessing', () => {
    expect(() => evaluate('hashFiles("x")', scope())).toThrow('Unsupported expression')
    expect(() => evaluate('runner.os', scope())).toThrow('unknown context "runner"')
    expect(() => evaluate("steps.opa.outputs.* == 'x'", scope())).toThrow('Unsupported expression')
    expect(() => matrixCombinations({ a: [1], exclude: [{ a: 1 }] })).toThrow('exclude')
    expect(() => jobsOf({ on: 'push' })).toThrow('Not a workflow')
  })

  it('Reads a workflow, a job or a list of steps, and expands a matrix in order', () => {
    expect(Object.keys(jobsOf({ jobs: { a: { steps: [] }, b: { steps: [] } } }))).toEqual(['a', 'b'])
    expect(jobsOf([{ run: 'true' }])).toEqual({ job: { steps: [{ run: 'true' }] } })
    expect(matrixCombinations({ os: ['x', 'y'], n: [1, 2] })).toEqual([
      { os: 'x', n: 1 },
      { os: 'x', n: 2 },
      { os: 'y', n: 1 },
      { os: 'y', n: 2 }
    ])
    expect(matrixCombinations(undefined)).toEqual([{}])
  })
})
