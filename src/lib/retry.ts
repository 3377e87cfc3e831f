import * as log from './log.js'
import { setTimeout as sleep } from 'node:timers/promises'

/** Full-jitter exponential backoff inside a fixed time budget. */
export interface RetryPolicy {
  firstDelayMs: number
  maxDelayMs: number
  budgetMs: number
}

/** Thrown by an attempt to ask for another try; anything else ends the loop at once. */
export class TransientFailure extends Error {
  constructor(
    message: string,
    readonly retryAfterMs = 0,
    /** The HTTP status behind the failure; 0 when there was no answer. */
    readonly status = 0
  ) {
    super(message)
  }
}

/** Raised when the budget runs out; carries what each attempt saw. */
export class RetriesExhausted extends Error {
  constructor(
    readonly attempts: number,
    readonly elapsedMs: number,
    readonly failures: string[],
    readonly last: TransientFailure
  ) {
    super(
      `${attempts} attempt${attempts === 1 ? '' : 's'} in ${(elapsedMs / 1000).toFixed(1)} s; last failure: ${last.message}`
    )
  }
}

export interface Retried<T> {
  value: T
  attempts: number
  elapsedMs: number
}

/**
 * Calls `attempt` until it returns, throws something other than a
 * TransientFailure, or the next wait would overrun the budget.
 */
export async function withRetry<T>(
  what: string,
  policy: RetryPolicy,
  attempt: (n: number) => Promise<T>
): Promise<Retried<T>> {
  const started = Date.now()
  const failures: string[] = []
  for (let n = 1; ; n++) {
    let failure: TransientFailure
    try {
      const value = await attempt(n)
      return { value, attempts: n, elapsedMs: Date.now() - started }
    } catch (error) {
      if (!(error instanceof TransientFailure)) throw error
      failure = error
      failures.push(error.message)
    }
    const ceiling = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** (n - 1))
    const delay = Math.max(Math.random() * ceiling, failure.retryAfterMs)
    const elapsed = Date.now() - started
    if (elapsed + delay > policy.budgetMs) {
      throw new RetriesExhausted(n, elapsed, failures, failure)
    }
    log.debug(`${what}: attempt ${n} failed (${failure.message}); retrying in ${Math.round(delay)} ms`)
    await sleep(delay)
  }
}

/** Seconds from a Retry-After header, in milliseconds; 0 when absent or a date. */
export function retryAfterMs(header: string | string[] | undefined): number {
  const value = Array.isArray(header) ? header[0] : header
  const seconds = Number(value)
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0
}
