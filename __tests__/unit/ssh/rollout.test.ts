import { describe, expect, it } from '@jest/globals'
import { hostsOf, planBatches, shardOf } from '../../../src/ssh/rollout.js'

const fleet = (n: number): string[] => Array.from({ length: n }, (_, i) => `web-${i + 1}`)

describe('shardOf', () => {
  it('Covers every host exactly once, in order, for n from 1 to past the host count', () => {
    for (let hosts = 0; hosts <= 23; hosts++) {
      const list = fleet(hosts)
      for (let n = 1; n <= hosts + 5; n++) {
        const shards = Array.from({ length: n }, (_, i) => shardOf(list, i + 1, n))
        // Disjoint and complete: concatenated in order, the shards are the list itself.
        expect(shards.flat()).toEqual(list)
        const sizes = shards.map((s) => s.length)
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
        // The larger slices come first, so shard 1 always holds the first host.
        expect(sizes).toEqual([...sizes].sort((a, b) => b - a))
        // Past the host count, the extra shards are empty.
        expect(sizes.filter((s) => s === 0)).toHaveLength(Math.max(0, n - hosts))
      }
    }
  })

  it('Cuts as split -n l/i/n does', () => {
    expect([1, 2, 3, 4].map((i) => shardOf(fleet(10), i, 4))).toEqual([
      ['web-1', 'web-2', 'web-3'],
      ['web-4', 'web-5', 'web-6'],
      ['web-7', 'web-8'],
      ['web-9', 'web-10']
    ])
  })
})

describe('planBatches', () => {
  it('Is one batch, numbered 1, when nothing is asked for', () => {
    expect(planBatches(fleet(3), 0)).toEqual([{ number: 1, hosts: fleet(3) }])
  })

  it('Puts the canary alone in batch 0, then batches of the rest', () => {
    expect(planBatches(fleet(6), 1, { count: 2 })).toEqual([
      { number: 0, hosts: ['web-1'] },
      { number: 1, hosts: ['web-2', 'web-3'] },
      { number: 2, hosts: ['web-4', 'web-5'] },
      { number: 3, hosts: ['web-6'] }
    ])
  })

  it('Takes a percentage of the hosts after the canary, rounded down, at least one', () => {
    expect(planBatches(fleet(9), 1, { percent: 25 }).map((b) => b.hosts.length)).toEqual([1, 2, 2, 2, 2])
    expect(planBatches(fleet(3), 0, { percent: 1 }).map((b) => b.hosts.length)).toEqual([1, 1, 1])
  })

  it('Lets a canary larger than the fleet take it all, and has no batch for no hosts', () => {
    expect(planBatches(fleet(2), 5, { count: 1 })).toEqual([{ number: 0, hosts: fleet(2) }])
    expect(planBatches([], 0)).toEqual([])
  })
})

describe('hostsOf', () => {
  it('Rounds a percentage down, as Ansible does', () => {
    expect(hostsOf({ percent: 10 }, 19)).toBe(1)
    expect(hostsOf({ percent: 50 }, 3)).toBe(1)
    expect(hostsOf({ count: 2 }, 3)).toBe(2)
  })
})
