import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startGithubOidc, type GithubOidc } from '../../../sandbox/github-oidc.js'

const realCore = await import('@actions/core')
const setSecret = jest.fn<typeof realCore.setSecret>()
jest.unstable_mockModule('@actions/core', () => ({
  ...realCore,
  setSecret,
  debug: jest.fn()
}))
const { missingOidcReason, requestIdToken, RETRY, tokenServiceHint } = await import('../../../src/auth/oidc.js')
const { OidcError } = await import('../../../src/lib/errors.js')

const savedRetry = { ...RETRY }
let github: GithubOidc | undefined

beforeEach(() => {
  Object.assign(RETRY, savedRetry)
})
afterEach(async () => {
  await github?.close()
  github = undefined
})

function envFor(g: GithubOidc): NodeJS.ProcessEnv {
  return {
    ACTIONS_ID_TOKEN_REQUEST_URL: g.requestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: g.requestToken
  }
}

describe('oidc.ts', () => {
  it('Requests the audience URL-encoded and masks the JWT and its signature', async () => {
    github = await startGithubOidc()
    const result = await requestIdToken('https://acme.pam.okta.com/x?y', envFor(github))
    expect(result).toMatchObject({ jwt: github.issued[0], attempts: 1 })
    expect(github.requests[0].path).toBe(
      '/_apis/token?api-version=2.0&audience=https%3A%2F%2Facme.pam.okta.com%2Fx%3Fy'
    )
    expect(setSecret).toHaveBeenCalledWith(github.issued[0])
    expect(setSecret).toHaveBeenCalledWith(github.issued[0].split('.')[2])
  })

  it('Retries 429 answers within the budget', async () => {
    github = await startGithubOidc({}, { failuresBeforeSuccess: 2, failureStatus: 429 })
    const result = await requestIdToken('aud', envFor(github))
    expect(result.attempts).toBe(3)
  })

  it('Gives up when the time budget runs out, reporting attempts and time', async () => {
    github = await startGithubOidc({}, { status: 503 })
    Object.assign(RETRY, { firstDelayMs: 20, maxDelayMs: 40, budgetMs: 300 })
    const error = await requestIdToken('aud', envFor(github)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(OidcError)
    expect((error as Error).message).toMatch(
      /^Could not get a GitHub OIDC token after \d+ attempts in \d+\.\d s; last failure: HTTP 503/
    )
    expect(github.requests.length).toBeGreaterThan(2)
  })

  it('Retries network errors', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer()
      s.listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port
        s.close(() => resolve(p))
      })
    })
    Object.assign(RETRY, { firstDelayMs: 10, maxDelayMs: 20, budgetMs: 200 })
    const error = await requestIdToken('aud', {
      ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/_apis/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x'
    }).catch((e: unknown) => e)
    expect((error as InstanceType<typeof OidcError>).details.length).toBeGreaterThan(1)
    expect((error as Error).message).toContain('ECONNREFUSED')
  })

  it('Fails at once on a 401 and on malformed JSON', async () => {
    github = await startGithubOidc()
    const rejected = await requestIdToken('aud', {
      ...envFor(github),
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'wrong'
    }).catch((e: unknown) => e)
    expect((rejected as Error).message).toContain('HTTP 401')
    expect(github.requests).toHaveLength(1)
    github.faults.malformedJson = true
    const malformed = await requestIdToken('aud', envFor(github)).catch((e: unknown) => e)
    expect((malformed as Error).message).toContain('not JSON')
  })

  it('Names the cause of a missing token', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'event-'))
    const event = path.join(dir, 'event.json')
    writeFileSync(
      event,
      JSON.stringify({
        repository: { full_name: 'o/r' },
        pull_request: { head: { repo: { full_name: 'o/r' } } }
      })
    )
    expect(
      missingOidcReason({
        ACTIONS_ID_TOKEN_REQUEST_URL: 'u',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't'
      })
    ).toBeUndefined()
    expect(
      missingOidcReason({
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event
      })?.message
    ).toContain('id-token permission is missing')
    writeFileSync(
      event,
      JSON.stringify({
        repository: { full_name: 'o/r' },
        pull_request: { head: { repo: { full_name: 'fork/r' } } }
      })
    )
    expect(
      missingOidcReason({
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event
      })?.message
    ).toContain('from a fork')
    expect(missingOidcReason({ GITHUB_TRIGGERING_ACTOR: 'dependabot[bot]' })?.message).toContain('Dependabot')
    expect(missingOidcReason({ ACTIONS_ID_TOKEN_REQUEST_URL: 'u' })?.details).toEqual([
      'missing: ACTIONS_ID_TOKEN_REQUEST_TOKEN'
    ])
    rmSync(dir, { recursive: true, force: true })
  })
})

describe('tokenServiceHint', () => {
  it("Sends only github.com users to GitHub's status page", () => {
    expect(tokenServiceHint({})).toContain('https://www.githubstatus.com')
    expect(tokenServiceHint({ GITHUB_SERVER_URL: 'https://github.com' })).toContain('githubstatus.com')
  })

  it.each(['https://ghes.example.com', 'https://octo.ghe.com'])('Sends users of %s to its administrators', (server) => {
    const hint = tokenServiceHint({ GITHUB_SERVER_URL: server })
    expect(hint).not.toContain('githubstatus')
    expect(hint).toContain(`ask the administrators of ${server}`)
  })
})
