import { describe, expect, it, jest } from '@jest/globals'

const setSecret = jest.fn()
const realLog = await import('../../../src/lib/log.js')
jest.unstable_mockModule('../../../src/lib/log.js', () => ({ ...realLog, setSecret }))
const { fromSft, REDACTED, shapeOf } = await import('../../../src/sft/said.js')

const JWT = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ3b3JrbG9hZCJ9.c2lnbmF0dXJlLWJ5dGVzLXRoYXQtYXJlLWxvbmc'
const OPAQUE = 'oat_0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a6978'
const RANDOM = 'Zk3mQ9xT2vB7nL4pR8sW1yH6jF5cD0aE3gK9uM2oI7qV'

describe('said.ts', () => {
  it('Masks and redacts JWTs, token assignments and long random runs', () => {
    const said = fromSft(`Authenticated\nyour token: ${JWT}\nOPA_TOKEN=${OPAQUE}\nsession ${RANDOM} ready`)
    expect(said).toBe(`Authenticated\nyour token: ${REDACTED}\nOPA_TOKEN=${REDACTED}\nsession ${REDACTED} ready`)
    expect(setSecret.mock.calls.map(([s]) => s)).toEqual([JWT, OPAQUE, RANDOM])
  })

  it('Leaves digests, paths and words alone', () => {
    const text = 'sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 /usr/share/keyrings/x.gpg'
    expect(fromSft(text)).toBe(text)
    expect(setSecret).not.toHaveBeenCalled()
  })

  it('Describes an output without showing it', () => {
    expect(shapeOf(`  ${JWT}\n`)).toBe(`${JWT.length} characters on 1 line`)
    expect(shapeOf('a\nb')).toBe('3 characters on 2 lines')
    expect(shapeOf(' \n')).toBe('nothing')
  })
})
