import { describe, expect, it, jest } from '@jest/globals'
import { generateKeyPair, SignJWT } from 'jose'

const realCore = await import('@actions/core')
const setSecret = jest.fn<typeof realCore.setSecret>()
jest.unstable_mockModule('@actions/core', () => ({ ...realCore, setSecret }))
const { decodeUnverified, describeSession, maskToken, secondsLeft } = await import('../../../src/auth/opa-token.js')

async function opaToken(claims: Record<string, unknown>): Promise<string> {
  const { privateKey } = await generateKeyPair('EdDSA')
  return new SignJWT(claims).setProtectedHeader({ alg: 'EdDSA', typ: 'JWT+OAT' }).sign(privateKey)
}

describe('token.ts', () => {
  it('Describes an OPA token from its oktapa claims', async () => {
    const token = await opaToken({
      sub: 'opa://acme/gh/repo%3Ao%2Fr',
      iat: 1_800_000_000,
      exp: 1_800_000_900,
      'oktapa.cid': 'cid',
      'oktapa.cn': 'gh',
      'oktapa.rh': 'app-deployer',
      'oktapa.tid': 'tid',
      'oktapa.tn': 'acme',
      'oktapa.wl': { ref: 'refs/heads/main' }
    })
    const session = describeSession(token, '')
    expect(session).toMatchObject({
      principal: 'opa://acme/gh/repo%3Ao%2Fr',
      role: 'app-deployer',
      account: 'wl_app_deployer',
      opa: {
        connectionId: 'cid',
        connectionName: 'gh',
        roleHint: 'app-deployer',
        teamId: 'tid',
        teamName: 'acme',
        workload: { ref: 'refs/heads/main' }
      }
    })
    expect(session.expiresAt?.toISOString()).toBe('2027-01-15T08:15:00.000Z')
    expect(session.decoded?.header).toEqual({ alg: 'EdDSA', typ: 'JWT+OAT' })
    expect(JSON.stringify(session.decoded)).not.toContain(token.split('.')[2])
    expect(secondsLeft(session, Date.parse('2027-01-15T08:14:00Z'))).toBe(60)
  })

  it('Prefers the requested role and tolerates opaque tokens', () => {
    const session = describeSession('oat_0123456789abcdef0123456789', 'deployer')
    expect(session).toMatchObject({
      principal: '',
      role: 'deployer',
      account: 'wl_deployer',
      decoded: undefined
    })
    expect(secondsLeft(session)).toBeUndefined()
    expect(decodeUnverified('a.b.c')).toBeUndefined()
  })

  it('Masks the whole token and a JWT signature', async () => {
    const token = await opaToken({ sub: 'x' })
    maskToken(token)
    expect(setSecret.mock.calls).toEqual([[token], [token.split('.')[2]]])
    setSecret.mockClear()
    maskToken('opaque-token-value-1234')
    expect(setSecret.mock.calls).toEqual([['opaque-token-value-1234']])
  })
})
