import { beforeEach, describe, expect, it, jest } from '@jest/globals'

// A fake clock: sleeping advances it, so the test runs in no time and sees every wait.
let clock = 0
const waits: number[] = []
jest.unstable_mockModule('node:timers/promises', () => ({
  setTimeout: async (ms: number) => {
    waits.push(ms)
    clock += ms
  }
}))
const { retryAfterMs, RetriesExhausted, TransientFailure, withRetry } = await import('../../../src/lib/retry.js')

const policy = { firstDelayMs: 100, maxDelayMs: 1000, budgetMs: 3000 }

describe('withRetry', () => {
  beforeEach(() => {
    clock = 0
    waits.length = 0
    jest.spyOn(Date, 'now').mockImplementation(() => clock)
    // The top of the jitter range, so the waits are the exponential ceilings.
    jest.spyOn(Math, 'random').mockReturnValue(1)
  })

  it('Retries transient failures with exponential waits and returns what the last attempt returned', async () => {
    const attempt = jest.fn(async (n: number) => {
      if (n < 4) throw new TransientFailure(`try ${n}`)
      return 'value'
    })
    const result = await withRetry('test', policy, attempt)
    expect(result).toEqual({ value: 'value', attempts: 4, elapsedMs: 700 })
    expect(waits).toEqual([100, 200, 400])
  })

  it('Caps the wait at maxDelayMs and waits at least what Retry-After asks', async () => {
    const attempt = jest.fn(async (n: number) => {
      if (n === 1) throw new TransientFailure('slow down', 750)
      if (n < 7) throw new TransientFailure(`try ${n}`)
      return n
    })
    await expect(withRetry('test', { ...policy, budgetMs: 60_000 }, attempt)).resolves.toMatchObject({ attempts: 7 })
    expect(waits).toEqual([750, 200, 400, 800, 1000, 1000])
  })

  it('Stops before a wait would overrun the budget, with every failure', async () => {
    const error = await withRetry('test', policy, async (n) => {
      throw new TransientFailure(`try ${n}`, 0, 503)
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RetriesExhausted)
    const exhausted = error as InstanceType<typeof RetriesExhausted>
    // 100 + 200 + 400 + 800 = 1500 ms spent; the next 1000 ms wait fits (2500), the one after does not.
    expect(exhausted.attempts).toBe(6)
    expect(exhausted.elapsedMs).toBe(2500)
    expect(exhausted.failures).toEqual(['try 1', 'try 2', 'try 3', 'try 4', 'try 5', 'try 6'])
    expect(exhausted.last.status).toBe(503)
    expect(exhausted.message).toBe('6 attempts in 2.5 s; last failure: try 6')
  })

  it('Ends at once on anything but a transient failure', async () => {
    const attempt = jest.fn(async () => {
      throw new Error('final')
    })
    await expect(withRetry('test', policy, attempt)).rejects.toThrow('final')
    expect(attempt).toHaveBeenCalledTimes(1)
    expect(waits).toEqual([])
  })
})

describe('retryAfterMs', () => {
  it('Reads seconds and ignores dates and junk', () => {
    expect(retryAfterMs('3')).toBe(3000)
    expect(retryAfterMs(['2', '9'])).toBe(2000)
    expect(retryAfterMs('Wed, 21 Oct 2026 07:28:00 GMT')).toBe(0)
    expect(retryAfterMs(undefined)).toBe(0)
    expect(retryAfterMs('-1')).toBe(0)
  })
})
