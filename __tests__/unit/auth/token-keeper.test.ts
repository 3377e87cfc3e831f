import { beforeEach, describe, expect, it, jest } from '@jest/globals'

/** A JWT-shaped token valid from `iat` for `lifetimeSeconds`; only the claims matter here. */
function token(iat: number, lifetimeSeconds: number, id: string): string {
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url')
  return `${part({ alg: 'ES256' })}.${part({ sub: 'workload', iat, exp: iat + lifetimeSeconds, jti: id })}.${'s'.repeat(43)}`
}

const nowSeconds = (): number => Math.floor(Date.now() / 1000)
let issued = 0
const requestIdToken = jest.fn(async (_audience: string) => ({ jwt: 'github.jwt.signature', attempts: 1 }))
const exchange = jest.fn(async () => {
  // Yield, so concurrent callers really overlap the renewal.
  await new Promise((resolve) => setTimeout(resolve, 20))
  return { token: token(nowSeconds(), 900, `renewed-${++issued}`), verdict: '' }
})
jest.unstable_mockModule('../../../src/auth/oidc.js', () => ({ requestIdToken }))
jest.unstable_mockModule('../../../src/auth/exchange.js', () => ({ exchange }))
const { TokenKeeper } = await import('../../../src/auth/token-keeper.js')
const { describeSession } = await import('../../../src/auth/opa-token.js')

const credentials = {
  sftPath: '/usr/bin/sft',
  team: 'acme',
  connection: 'github-actions',
  role: 'deployer',
  opaAddr: 'https://acme.pam.okta.com',
  audience: 'https://acme.pam.okta.com'
}

describe('TokenKeeper', () => {
  beforeEach(() => {
    issued = 0
  })

  it('Shares one renewal among concurrent callers when the token runs low', async () => {
    const expiring = describeSession(token(nowSeconds() - 850, 900, 'first'), 'deployer')
    const onRenewed = jest.fn()
    const keeper = new TokenKeeper(expiring, credentials, onRenewed)
    const all = await Promise.all(Array.from({ length: 8 }, () => keeper.fresh(120)))
    expect(exchange).toHaveBeenCalledTimes(1)
    expect(requestIdToken).toHaveBeenCalledWith(credentials.audience)
    expect(new Set(all.map((r) => r.session.token)).size).toBe(1)
    expect(all.every((r) => r.renewed)).toBe(true)
    expect(onRenewed).toHaveBeenCalledTimes(1)
    expect(keeper.used.map((s) => s.decoded?.claims.jti)).toEqual(['first', 'renewed-1'])
    // The fresh token is used from now on, without another exchange.
    expect(await keeper.fresh(120)).toEqual({ session: all[0].session, renewed: false })
    expect(exchange).toHaveBeenCalledTimes(1)
  })

  it('Keeps a token with enough life left, and trusts an opaque one', async () => {
    const young = new TokenKeeper(describeSession(token(nowSeconds(), 900, 'young'), 'deployer'), credentials)
    expect((await young.fresh(600)).renewed).toBe(false)
    const opaque = new TokenKeeper(describeSession('opaque-token-without-claims', 'deployer'), credentials)
    expect((await opaque.fresh(600)).renewed).toBe(false)
    expect(exchange).not.toHaveBeenCalled()
  })

  it('Gets a first token when it has none', async () => {
    const keeper = new TokenKeeper(undefined, credentials)
    const { session, renewed } = await keeper.fresh(60)
    expect(renewed).toBe(true)
    expect(session.decoded?.claims.jti).toBe('renewed-1')
    expect(keeper.used).toHaveLength(1)
  })

  it('Renews a short-lived connection only once a token has been used a little', async () => {
    // Tokens of 60 s can never have 600 s left: renew when 5 s of a fresh one are gone.
    const fresh = new TokenKeeper(describeSession(token(nowSeconds() - 2, 60, 'fresh'), 'deployer'), credentials)
    expect((await fresh.fresh(600)).renewed).toBe(false)
    const used = new TokenKeeper(describeSession(token(nowSeconds() - 10, 60, 'used'), 'deployer'), credentials)
    expect((await used.fresh(600)).renewed).toBe(true)
  })
})
