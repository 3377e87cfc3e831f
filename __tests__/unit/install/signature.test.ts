import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { buildAptRepo, type AptRepo } from '../../../sandbox/apt-repo.js'
import { parseFingerprint } from '../../../src/install/fingerprint.js'
import { BadSignature, dearmor, verifyRelease } from '../../../src/install/signature.js'

let good: AptRepo
let other: AptRepo
beforeAll(async () => {
  good = await buildAptRepo({
    versions: ['1.114.0-1'],
    codenames: ['bookworm']
  })
  other = await buildAptRepo({
    versions: ['1.114.0-1'],
    codenames: ['bookworm'],
    signer: 'other'
  })
})
afterAll(() => {
  good.dispose()
  other.dispose()
})

const read = (repo: AptRepo, name: string): Buffer =>
  readFileSync(path.join(repo.root, repo.repoPath, 'dists', 'bookworm', name))
const key = (repo: AptRepo): Buffer => readFileSync(path.join(repo.root, 'GPG-KEY-OktaPAM-2023'))

describe.each([
  ['gpgv', undefined],
  ['openpgp', '']
])('signature.ts with %s', (_name, gpgv) => {
  it('Verifies a clearsigned InRelease and returns its text and signer', async () => {
    const signed = await verifyRelease({ clearsigned: read(good, 'InRelease') }, key(good), gpgv)
    expect(signed.fingerprint).toBe(good.fingerprint)
    // The cleartext framework does not sign the final line break.
    expect(signed.text.trimEnd()).toBe(read(good, 'Release').toString('utf8').trimEnd())
  })

  it('Verifies a detached Release.gpg, with an armored or a binary key', async () => {
    const signature = {
      release: read(good, 'Release'),
      detached: read(good, 'Release.gpg')
    }
    expect((await verifyRelease(signature, key(good), gpgv)).fingerprint).toBe(good.fingerprint)
    expect((await verifyRelease(signature, dearmor(key(good)), gpgv)).fingerprint).toBe(good.fingerprint)
  })

  it('Rejects a signature by another key', async () => {
    await expect(verifyRelease({ clearsigned: read(other, 'InRelease') }, key(other), gpgv)).rejects.toBeInstanceOf(
      BadSignature
    )
  })

  it('Rejects a release changed after signing', async () => {
    const tampered = Buffer.from(
      read(good, 'InRelease').toString('utf8').replace('Codename: bookworm', 'Codename: bookwarm')
    )
    await expect(verifyRelease({ clearsigned: tampered }, key(good), gpgv)).rejects.toBeInstanceOf(BadSignature)
    const detached = {
      release: Buffer.concat([read(good, 'Release'), Buffer.from('X')]),
      detached: read(good, 'Release.gpg')
    }
    await expect(verifyRelease(detached, key(good), gpgv)).rejects.toBeInstanceOf(BadSignature)
  })
})

describe('dearmor', () => {
  it('Decodes armor and passes binary through', () => {
    const binary = dearmor(key(good))
    expect(binary[0] & 0x80).toBe(0x80)
    expect(dearmor(binary).equals(binary)).toBe(true)
  })
})

describe('parseFingerprint', () => {
  it('Parses fingerprints as users paste them', () => {
    expect(parseFingerprint('d3c8 f704 dd75 d726 9613  3d8c 4615 f9b0 74d6 69cf')).toBe(
      'D3C8F704DD75D72696133D8C4615F9B074D669CF'
    )
    expect(parseFingerprint('https://example.com/key')).toBeUndefined()
    expect(parseFingerprint('ABCD')).toBeUndefined()
  })
})
