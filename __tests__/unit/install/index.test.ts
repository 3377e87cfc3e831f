import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildAptRepo, type AptRepo } from '../../../sandbox/apt-repo.js'

const realCore = await import('@actions/core')
const notice = jest.fn<typeof realCore.notice>()
jest.unstable_mockModule('@actions/core', () => ({ ...realCore, notice }))
const { detectPlatform, nearestCodename, satisfies } = await import('../../../src/install/index.js')
const { extractSft, readAr } = await import('../../../src/install/deb.js')
const { choosePackage, parseFingerprint } = await import('../../../src/install/apt-repo.js')

const UBUNTU = (codename: string, version: string): string =>
  `ID=ubuntu\nID_LIKE=debian\nVERSION_ID="${version}"\nVERSION_CODENAME=${codename}\n`

let repo: AptRepo
beforeAll(async () => {
  repo = await buildAptRepo({
    versions: ['1.114.0-1'],
    codenames: ['bookworm']
  })
})
afterAll(() => repo.dispose())

describe('install.ts platform', () => {
  it('Keeps a codename Okta publishes', () => {
    expect(nearestCodename(UBUNTU('jammy', '22.04'))).toBe('jammy')
    expect(nearestCodename('ID=debian\nVERSION_ID="12"\nVERSION_CODENAME=bookworm\n')).toBe('bookworm')
    expect(notice).not.toHaveBeenCalled()
  })

  it('Maps other releases to the nearest published one, with a notice', () => {
    expect(nearestCodename(UBUNTU('plucky', '25.04'))).toBe('noble')
    expect(nearestCodename(UBUNTU('trusty', '14.04'))).toBe('xenial')
    expect(nearestCodename(UBUNTU('kinetic', '22.10'))).toBe('jammy')
    expect(nearestCodename('ID=debian\nVERSION_ID="13"\nVERSION_CODENAME=trixie\n')).toBe('bookworm')
    expect(
      nearestCodename(
        'ID=linuxmint\nID_LIKE="ubuntu debian"\nVERSION_ID="22"\nUBUNTU_CODENAME=jammy\nVERSION_CODENAME=wilma\n'
      )
    ).toBe('jammy')
    expect(nearestCodename('ID=fedora\nVERSION_ID=40\n')).toBe('noble')
    expect(notice).toHaveBeenCalledTimes(5)
  })

  it('Supports Linux x64 and arm64 only', () => {
    expect(detectPlatform(UBUNTU('noble', '24.04'), 'linux', 'x64')).toEqual({
      arch: 'amd64',
      toolArch: 'x64',
      codename: 'noble'
    })
    expect(detectPlatform(UBUNTU('noble', '24.04'), 'linux', 'arm64')).toMatchObject({
      arch: 'arm64',
      toolArch: 'arm64'
    })
    expect(() => detectPlatform('', 'darwin', 'arm64')).toThrow(
      /only on Linux x64 and arm64; this runner is darwin\/arm64/
    )
    expect(() => detectPlatform('', 'linux', 'ia32')).toThrow(
      expect.objectContaining({
        hint: expect.stringContaining('install: none')
      })
    )
  })

  it('Accepts a found version for a pin or, for latest, from the first workload release on', () => {
    expect(satisfies('1.114.0', '1.114.0')).toBe(true)
    expect(satisfies('1.114.0', '1.114.0-1')).toBe(true)
    expect(satisfies('1.113.0', '1.114.0')).toBe(false)
    expect(satisfies('1.108.0', 'latest')).toBe(true)
    expect(satisfies('1.107.9', 'latest')).toBe(false)
  })
})

describe('apt-repo.ts', () => {
  const entries = ['1.9.0-1', '1.114.0-1', '1.114.0~rc1-1', '1:0.1-1'].map((version) => ({
    version,
    filename: 'f',
    size: 1,
    sha256: 'x'
  }))

  it('Chooses the highest version, honouring epochs', () => {
    expect(choosePackage(entries, 'latest', 'repo').version).toBe('1:0.1-1')
    expect(choosePackage(entries, '1.114.0', 'repo').version).toBe('1.114.0-1')
    expect(choosePackage(entries, '1.114.0~rc1-1', 'repo').version).toBe('1.114.0~rc1-1')
  })

  it('Parses fingerprints as users paste them', () => {
    expect(parseFingerprint('d3c8 f704 dd75 d726 9613  3d8c 4615 f9b0 74d6 69cf')).toBe(
      'D3C8F704DD75D72696133D8C4615F9B074D669CF'
    )
    expect(parseFingerprint('https://example.com/key')).toBeUndefined()
    expect(parseFingerprint('ABCD')).toBeUndefined()
  })
})

describe('deb.ts', () => {
  it('Extracts sft with dpkg-deb and with the built-in ar reader plus tar, identically', async () => {
    const deb = repo.debs['1.114.0-1']
    const dir = mkdtempSync(path.join(tmpdir(), 'deb-test-'))
    try {
      const viaDpkg = await extractSft(deb, path.join(dir, 'a'))
      const viaTar = await extractSft(deb, path.join(dir, 'b'), '')
      expect(readFileSync(viaTar).equals(readFileSync(viaDpkg))).toBe(true)
      expect(readFileSync(viaTar, 'utf8')).toContain('sft version 1.114.0'.slice(0, 11))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('Reads the members of a .deb and rejects junk', () => {
    const names = readAr(readFileSync(repo.debs['1.114.0-1'])).map((m) => m.name)
    expect(names).toEqual(['debian-binary', 'control.tar.gz', 'data.tar.gz'])
    expect(() => readAr(Buffer.from('not an archive'))).toThrow('bad magic')
    expect(() => readAr(Buffer.concat([Buffer.from('!<arch>\n'), Buffer.alloc(60, 0x20)]))).toThrow(
      'bad ar member header'
    )
  })

  it('Reports a corrupt package and a package without sft', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'deb-test-'))
    try {
      await expect(extractSft(fileURLToPath(import.meta.url), path.join(dir, 'x'), '')).rejects.toThrow(
        'The downloaded package is corrupt'
      )
      expect(existsSync(path.join(dir, 'x'))).toBe(false)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
