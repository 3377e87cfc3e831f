import { describe, expect, it } from '@jest/globals'
import { checkClaims, explainMismatch, issuerTrust, parseExpectations } from '../../../src/auth/claims.js'

describe('claims.ts', () => {
  it('Parses the three operators and rejects junk', () => {
    expect(parseExpectations('ref=refs/heads/main\nsub^=repo:o/r:\n environment \n# comment')).toEqual([
      { claim: 'ref', operator: 'equals', value: 'refs/heads/main' },
      { claim: 'sub', operator: 'starts_with', value: 'repo:o/r:' },
      { claim: 'environment', operator: 'exists', value: '' }
    ])
    expect(parseExpectations('not a rule')).toMatch(/is not claim=value/)
  })

  it('Explains the usual mismatches', () => {
    const claims = { ref: 'refs/pull/12/merge', event_name: 'pull_request', sub: 'repo:o/r:pull_request' }
    const [ref, env, sub] = checkClaims(
      [
        { claim: 'ref', operator: 'equals', value: 'refs/heads/main' },
        { claim: 'environment', operator: 'exists', value: '' },
        { claim: 'sub', operator: 'starts_with', value: 'repo:o/r:ref:' }
      ],
      claims
    )
    expect([ref.ok, env.ok, sub.ok]).toEqual([false, false, false])
    expect(explainMismatch(ref, claims)).toBe('this run came from a pull request')
    expect(explainMismatch(env, claims)).toBe('the job has no `environment:`')
    expect(explainMismatch(sub, claims)).toContain('pull_request runs')
  })
})

describe('issuerTrust', () => {
  it.each([
    ['https://token.actions.githubusercontent.com', 'https://token.actions.githubusercontent.com/.well-known/jwks'],
    ['https://ghes.example.com/_services/token', 'https://ghes.example.com/_services/token/.well-known/jwks'],
    ['https://token.actions.octo.ghe.com', 'https://token.actions.octo.ghe.com/.well-known/jwks']
  ])('Derives the JWKS URL of %s from the issuer', (iss, jwksUrl) => {
    expect(issuerTrust({ iss })).toEqual({ issuer: iss, jwksUrl })
  })

  it('Names nothing for a token without an https issuer', () => {
    expect(issuerTrust({})).toBeUndefined()
    expect(issuerTrust({ iss: 'javascript:alert(1)' })).toBeUndefined()
  })
})
