import { HttpClient } from '@actions/http-client'
import { readFileSync } from 'node:fs'
import { OidcError, messageOf } from '../lib/errors.js'
import { retryAfterMs, RetriesExhausted, TransientFailure, withRetry, type RetryPolicy } from '../lib/retry.js'
import { maskToken } from './opa-token.js'

const REQUEST_URL = 'ACTIONS_ID_TOKEN_REQUEST_URL'
const REQUEST_TOKEN = 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'

/** Retry policy for the token request. Exported so tests can shorten it. */
export const RETRY: RetryPolicy & { attemptTimeoutMs: number } = {
  firstDelayMs: 250,
  maxDelayMs: 4000,
  budgetMs: 30_000,
  attemptTimeoutMs: 10_000
}

/**
 * Why the job has no OIDC token, or undefined when it has one. GitHub gives
 * no reason itself: the two variables are simply absent, so we work out the
 * likely cause from the event.
 */
export function missingOidcReason(env: NodeJS.ProcessEnv = process.env): OidcError | undefined {
  if (env[REQUEST_URL] && env[REQUEST_TOKEN]) return undefined
  const missing = [REQUEST_URL, REQUEST_TOKEN].filter((name) => !env[name])
  const details = [`missing: ${missing.join(', ')}`]
  if (isDependabot(env)) {
    return new OidcError(
      'This run was started by Dependabot, and GitHub gives Dependabot runs no OIDC token.',
      'Deploy from a workflow that runs after the Dependabot PR is merged (for example on push to main), or set `on-no-oidc: skip` so Dependabot runs pass without deploying.',
      details
    )
  }
  if (isForkPullRequest(env)) {
    return new OidcError(
      'This is a pull_request from a fork, and GitHub gives such runs no OIDC token, whatever `permissions:` says.',
      'Set `on-no-oidc: skip` to let fork PRs pass without deploying, or guard the job with `if: github.event.pull_request.head.repo.full_name == github.repository`.',
      details
    )
  }
  return new OidcError(
    'The job cannot request a GitHub OIDC token: the id-token permission is missing.',
    'Add `permissions: { id-token: write, contents: read }` to the workflow or the job. A reusable workflow needs it in the caller too.',
    details
  )
}

function isDependabot(env: NodeJS.ProcessEnv): boolean {
  return [env.GITHUB_ACTOR, env.GITHUB_TRIGGERING_ACTOR].includes('dependabot[bot]')
}

function isForkPullRequest(env: NodeJS.ProcessEnv): boolean {
  if (!env.GITHUB_EVENT_NAME?.startsWith('pull_request') || !env.GITHUB_EVENT_PATH) return false
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
      pull_request?: {
        head?: { repo?: { full_name?: string; fork?: boolean } }
      }
      repository?: { full_name?: string }
    }
    const head = event.pull_request?.head?.repo
    if (!head) return false
    return head.fork === true || (!!head.full_name && head.full_name !== event.repository?.full_name)
  } catch {
    return false
  }
}

export interface IdToken {
  jwt: string
  attempts: number
  elapsedMs: number
}

/**
 * Requests the job's OIDC JWT for `audience`. Only failures that can pass on
 * their own (network errors, 429, 5xx) are retried, with full-jitter
 * exponential backoff inside a fixed time budget; a 4xx will not change on
 * retry, so it fails at once.
 */
export async function requestIdToken(audience: string, env: NodeJS.ProcessEnv = process.env): Promise<IdToken> {
  const reason = missingOidcReason(env)
  if (reason) throw reason
  const base = env[REQUEST_URL] as string
  const url = `${base}${base.includes('?') ? '&' : '?'}audience=${encodeURIComponent(audience)}`
  const client = new HttpClient('opa-workload-identity', [], {
    allowRetries: false,
    socketTimeout: RETRY.attemptTimeoutMs
  })
  try {
    const {
      value: jwt,
      attempts,
      elapsedMs
    } = await withRetry('OIDC token request', RETRY, async (attempt) => {
      let status: number
      let body: string
      let retryAfter: string | string[] | undefined
      try {
        const response = await client.get(url, {
          Authorization: `Bearer ${env[REQUEST_TOKEN]}`,
          Accept: 'application/json'
        })
        status = response.message.statusCode ?? 0
        retryAfter = response.message.headers['retry-after']
        body = await response.readBody()
      } catch (error) {
        throw new TransientFailure(messageOf(error))
      }
      if (status === 200) return parseTokenResponse(body)
      const summary = `HTTP ${status}${body ? `: ${snippet(body)}` : ''}`
      if (status === 429 || status >= 500) throw new TransientFailure(summary, retryAfterMs(retryAfter))
      throw new OidcError(
        `GitHub refused the OIDC token request (${summary}).`,
        status === 401 || status === 403
          ? 'The request token was rejected. Check that `permissions: id-token: write` is set for this job and that the audience is valid.'
          : `Check the audience input ("${audience}").`,
        [`attempt ${attempt}`]
      )
    })
    maskToken(jwt)
    return { jwt, attempts, elapsedMs }
  } catch (error) {
    if (!(error instanceof RetriesExhausted)) throw error
    throw new OidcError(
      `Could not get a GitHub OIDC token after ${error.message}.`,
      tokenServiceHint(env),
      error.failures.map((f, i) => `attempt ${i + 1}: ${f}`)
    )
  }
}

/** Where to look when the token service stays down: GitHub's status page is about github.com only. */
export function tokenServiceHint(env: NodeJS.ProcessEnv): string {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  const check =
    server === 'https://github.com'
      ? 'check https://www.githubstatus.com'
      : `ask the administrators of ${server} whether its Actions token service is running, and check the runner's proxy settings (https_proxy, no_proxy)`
  return `GitHub's token service looks unavailable. Re-run the job; if it keeps failing, ${check}.`
}

function parseTokenResponse(body: string): string {
  let value: unknown
  try {
    value = (JSON.parse(body) as { value?: unknown }).value
  } catch {
    throw new OidcError(
      'GitHub answered the OIDC token request with a body that is not JSON.',
      "This is usually a proxy in the way. Check the runner's proxy settings (https_proxy, no_proxy)."
    )
  }
  if (typeof value !== 'string' || value.split('.').length !== 3) {
    throw new OidcError(
      'GitHub\'s OIDC response has no JWT in its "value" field.',
      'Re-run the job; if it persists, report it with the debug log (ACTIONS_STEP_DEBUG=true).'
    )
  }
  return value
}

function snippet(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim()
  return flat.length > 200 ? `${flat.slice(0, 197)}...` : flat
}
