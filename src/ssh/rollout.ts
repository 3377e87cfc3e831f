/**
 * How a fleet is rolled out, as a release engineer who knows Ansible's
 * `serial` and `max_fail_percentage` expects: an optional canary alone
 * first, then batches, a failure budget; and shards, which split a host
 * list across the jobs of a matrix.
 */

/** A number of hosts, or a percentage of some host count. */
export type Amount = { count: number } | { percent: number }

/** Why a host never started. */
export type SkipReason = 'canary-failed' | 'budget-spent' | 'fail-fast' | 'cancelled'

export interface Batch {
  /** 0 is the canary; the batches after it count from 1. */
  number: number
  hosts: string[]
}

/** `amount` as a host count out of `total`: percentages round down, as Ansible's do. */
export function hostsOf(amount: Amount, total: number): number {
  return 'count' in amount ? amount.count : Math.floor((total * amount.percent) / 100)
}

/**
 * The canary (the first `canary` hosts) as batch 0, when there is one, then
 * the rest in batches of `batchSize` (a percentage of the rest, at least one
 * host), or in one batch when it is undefined.
 */
export function planBatches(hosts: string[], canary: number, batchSize?: Amount): Batch[] {
  const batches: Batch[] = canary > 0 ? [{ number: 0, hosts: hosts.slice(0, canary) }] : []
  const rest = hosts.slice(canary)
  const size = batchSize ? Math.max(1, hostsOf(batchSize, rest.length)) : rest.length
  for (let i = 0; i < rest.length; i += size)
    batches.push({ number: batches.length + (canary > 0 ? 0 : 1), hosts: rest.slice(i, i + size) })
  return batches
}

/**
 * The `index`-th (from 1) of `count` contiguous slices of `hosts`, as
 * `split -n l/K/N` cuts a file: sizes differ by at most one, the larger
 * ones first, so shard 1 holds the first hosts. Past the host count, a
 * slice is empty.
 */
export function shardOf(hosts: string[], index: number, count: number): string[] {
  const base = Math.floor(hosts.length / count)
  const larger = hosts.length % count
  const start = (index - 1) * base + Math.min(index - 1, larger)
  return hosts.slice(start, start + base + (index <= larger ? 1 : 0))
}
