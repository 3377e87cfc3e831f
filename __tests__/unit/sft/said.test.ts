import { describe, expect, it } from '@jest/globals'
import { fromSft, REDACTED, shapeOf, tokensIn } from '../../../src/sft/said.js'

const JWT = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ3b3JrbG9hZCJ9.c2lnbmF0dXJlLWJ5dGVzLXRoYXQtYXJlLWxvbmc'
const OPAQUE = 'oat_0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a6978'
const RANDOM = 'Zk3mQ9xT2vB7nL4pR8sW1yH6jF5cD0aE3gK9uM2oI7qV'
const HEX64 = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'
const SHORT = 'Q2xvdWRUb2tlbjEyMzQ1Njc4OTAx' // 28 characters, in JSON
const BEARER = 'aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5' // 36 characters

describe('said.ts', () => {
  it('Redacts JWTs, token assignments and long random runs, and masks nothing itself', () => {
    const said = fromSft(`Authenticated\nyour token: ${JWT}\nOPA_TOKEN=${OPAQUE}\nsession ${RANDOM} ready`)
    expect(said).toBe(`Authenticated\nyour token: ${REDACTED}\nOPA_TOKEN=${REDACTED}\nsession ${REDACTED} ready`)
  })

  it('Redacts a bare 64-hex token, a JSON token and a bearer header', () => {
    const text = `got ${HEX64}\n{"token":"${SHORT}","expires_in":900}\nAuthorization: Bearer ${BEARER}`
    expect(fromSft(text)).toBe(
      `got ${REDACTED}\n{"token":"${REDACTED}","expires_in":900}\nAuthorization: Bearer ${REDACTED}`
    )
    expect(tokensIn(text)).toEqual([BEARER, SHORT, HEX64])
  })

  it('Leaves ordinary words, paths and URLs alone, even after a secret-like name', () => {
    const text = [
      'jwt: signature is invalid',
      'token path /home/runner/work/Repo2/Repo2/deploy',
      'token_audience=https://Acme2.pam.okta.com',
      'password: octo-org/deploy-app jwt=refs/heads/main',
      'key /usr/share/keyrings/x.gpg'
    ].join('\n')
    expect(fromSft(text)).toBe(text)
    expect(tokensIn(text)).toEqual([])
  })

  it('Describes an output without showing it', () => {
    expect(shapeOf(`  ${JWT}\n`)).toBe(`${JWT.length} characters on 1 line`)
    expect(shapeOf('a\nb')).toBe('3 characters on 2 lines')
    expect(shapeOf(' \n')).toBe('nothing')
  })
})
