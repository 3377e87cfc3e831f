import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { compareVersions, parseParagraphs, parseVersion, upstreamVersion } from '../../../src/install/debian-version.js'

const PAIRS: [string, string][] = [
  ['1.114.0', '1.108.0'],
  ['1.9.0', '1.10.0'],
  ['1.114.0~rc1', '1.114.0'],
  ['1.114.0~rc1', '1.114.0~rc2'],
  ['1.114.0~', '1.114.0~~'],
  ['1.114.0-1', '1.114.0-2'],
  ['1.114.0-10', '1.114.0-9'],
  ['1:0.1', '1.999'],
  ['2:1.0', '1:9.0'],
  ['1.0a', '1.0+'],
  ['1.0+b1', '1.0'],
  ['1.0-1ubuntu1', '1.0-1'],
  ['1.00', '1.0'],
  ['1.0.0', '1.0'],
  ['1.0-0', '1.0'],
  ['a', 'A'],
  ['1.114.0', '1.114.0']
]

function dpkgSays(a: string, b: string): number {
  for (const [op, sign] of [
    ['lt', -1],
    ['eq', 0],
    ['gt', 1]
  ] as const) {
    try {
      execFileSync('dpkg', ['--compare-versions', a, op, b])
      return sign
    } catch {
      // not this relation
    }
  }
  throw new Error(`dpkg could not compare ${a} and ${b}`)
}

describe('debian.ts', () => {
  it.each(PAIRS)('Orders %s and %s exactly as dpkg does', (a, b) => {
    expect(Math.sign(compareVersions(a, b))).toBe(dpkgSays(a, b))
    expect(Math.sign(compareVersions(b, a))).toBe(dpkgSays(b, a))
  })

  it('Splits epoch, upstream and revision', () => {
    expect(parseVersion('1:1.114.0-2-1')).toEqual({
      epoch: 1,
      upstream: '1.114.0-2',
      revision: '1'
    })
    expect(parseVersion('1.114.0')).toEqual({
      epoch: 0,
      upstream: '1.114.0',
      revision: ''
    })
    expect(upstreamVersion('2:1.90.1~rc1-3')).toBe('1.90.1~rc1')
  })

  it('Parses deb822 paragraphs with continuation lines', () => {
    const text = 'Package: a\nVersion: 1\nDescription: short\n long line\n .\n\nPackage: b\nsha256: x\n'
    const [first, second] = parseParagraphs(text)
    expect(first.get('description')).toBe('short\nlong line\n.')
    expect(second.get('package')).toBe('b')
    expect(second.get('sha256')).toBe('x')
  })
})
