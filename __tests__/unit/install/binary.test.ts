import { describe, expect, it } from '@jest/globals'
import { satisfies } from '../../../src/install/binary.js'

describe('binary.ts', () => {
  it('Accepts a found version for a pin or, for latest, from the first workload release on', () => {
    expect(satisfies('1.114.0', '1.114.0')).toBe(true)
    expect(satisfies('1.114.0', '1.114.0-1')).toBe(true)
    expect(satisfies('1.113.0', '1.114.0')).toBe(false)
    expect(satisfies('1.108.0', 'latest')).toBe(true)
    expect(satisfies('1.107.9', 'latest')).toBe(false)
  })
})
