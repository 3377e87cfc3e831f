import { HttpClient, type HttpClientResponse } from '@actions/http-client'
import { createHash } from 'node:crypto'
import { closeSync, openSync, writeSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { retryAfterMs, RetriesExhausted, TransientFailure, withRetry, type RetryPolicy } from './retry.js'
import { messageOf } from './errors.js'

/** Downloads retry 404 too: a CDN may serve a new index before its files. */
export const DOWNLOAD_RETRY: RetryPolicy = {
  firstDelayMs: 300,
  maxDelayMs: 3000,
  budgetMs: 10_000
}

/** An HTTP answer that ended the attempts; `status` 0 means no answer at all. */
export class HttpFailure extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
    readonly attempts: number,
    detail: string
  ) {
    super(`GET ${url} failed: ${detail}`)
  }
}

let client: HttpClient | undefined

function http(): HttpClient {
  // @actions/http-client honours https_proxy and no_proxy, as runners expect.
  client ??= new HttpClient('opa-workload-identity', [], {
    allowRetries: false,
    socketTimeout: 30_000
  })
  return client
}

/**
 * GETs `url`, retrying network errors, 404, 429 and 5xx inside the policy's
 * budget, and hands the successful response to `consume`.
 */
async function getWithRetry<T>(
  url: string,
  policy: RetryPolicy,
  retryNotFound: boolean,
  consume: (response: HttpClientResponse) => Promise<T>
): Promise<T> {
  try {
    const { value } = await withRetry(`GET ${url}`, policy, async (n) => {
      let response: HttpClientResponse
      try {
        response = await http().get(url)
      } catch (error) {
        throw new TransientFailure(messageOf(error))
      }
      const status = response.message.statusCode ?? 0
      if (status === 200) return consume(response)
      response.message.resume()
      if ((status === 404 && retryNotFound) || status === 429 || status >= 500) {
        throw new TransientFailure(`HTTP ${status}`, retryAfterMs(response.message.headers['retry-after']), status)
      }
      throw new HttpFailure(url, status, n, `HTTP ${status}`)
    })
    return value
  } catch (error) {
    if (!(error instanceof RetriesExhausted)) throw error
    throw new HttpFailure(url, error.last.status, error.attempts, error.message)
  }
}

/** GETs a small file into memory. `retryNotFound: false` treats 404 as final. */
export async function fetchBuffer(
  url: string,
  { policy = DOWNLOAD_RETRY, retryNotFound = true } = {}
): Promise<Buffer> {
  return getWithRetry(url, policy, retryNotFound, async (response) => {
    const chunks: Buffer[] = []
    for await (const chunk of response.message) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks)
  })
}

/** What a download produced: its SHA-256 (hex) and its size in bytes. */
export interface Digest {
  sha256: string
  size: number
}

/**
 * Streams `url` into `dest`, hashing on the way so the file is read once.
 * A retry starts the file afresh; after a failure it is removed.
 */
export async function downloadFile(url: string, dest: string, policy = DOWNLOAD_RETRY): Promise<Digest> {
  try {
    return await getWithRetry(url, policy, true, async (response) => {
      const hash = createHash('sha256')
      let size = 0
      // Synchronous writes: nothing else runs meanwhile, and they skip the
      // thread-pool round trip per chunk that a write stream pays.
      const fd = openSync(dest, 'w', 0o600)
      try {
        for await (const chunk of response.message as AsyncIterable<Buffer>) {
          hash.update(chunk)
          writeSync(fd, chunk)
          size += chunk.length
        }
      } catch (error) {
        throw new TransientFailure(`download interrupted: ${messageOf(error)}`)
      } finally {
        closeSync(fd)
      }
      return { sha256: hash.digest('hex'), size }
    })
  } catch (error) {
    await rm(dest, { force: true })
    throw error
  }
}
