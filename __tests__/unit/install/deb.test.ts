import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildAptRepo, type AptRepo } from '../../../sandbox/apt-repo.js'
import { extractSft, readAr } from '../../../src/install/deb.js'

let repo: AptRepo
beforeAll(async () => {
  repo = await buildAptRepo({
    versions: ['1.114.0-1'],
    codenames: ['bookworm']
  })
})
afterAll(() => repo.dispose())

describe('deb.ts', () => {
  it('Extracts sft with dpkg-deb and with the built-in ar reader plus tar, identically', async () => {
    const deb = repo.debs['1.114.0-1']
    const dir = mkdtempSync(path.join(tmpdir(), 'deb-test-'))
    try {
      const viaDpkg = await extractSft(deb, path.join(dir, 'a'))
      const viaTar = await extractSft(deb, path.join(dir, 'b'), '')
      expect(readFileSync(viaTar).equals(readFileSync(viaDpkg))).toBe(true)
      expect(readFileSync(viaTar, 'utf8')).toContain('echo "sft version 1.114.0"')
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
