import { describe, expect, it, jest } from '@jest/globals'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

const realCore = await import('@actions/core')
const notice = jest.fn<typeof realCore.notice>()
jest.unstable_mockModule('@actions/core', () => ({ ...realCore, notice }))
const { detectPlatform, nearestCodename, runningLibc, servedCodename } =
  await import('../../../src/install/platform.js')

const UBUNTU = (codename: string, version: string): string =>
  `ID=ubuntu\nID_LIKE=debian\nVERSION_ID="${version}"\nVERSION_CODENAME=${codename}\n`

describe('platform.ts', () => {
  it('Keeps a codename Okta publishes', () => {
    expect(nearestCodename(UBUNTU('jammy', '22.04'))).toBe('jammy')
    expect(nearestCodename('ID=debian\nVERSION_ID="12"\nVERSION_CODENAME=bookworm\n')).toBe('bookworm')
    expect(notice).not.toHaveBeenCalled()
  })

  it('Maps other releases to the nearest published one', () => {
    const cases: [string, string][] = [
      [UBUNTU('plucky', '25.04'), 'noble'],
      [UBUNTU('trusty', '14.04'), 'xenial'],
      [UBUNTU('kinetic', '22.10'), 'jammy'],
      ['ID=debian\nVERSION_ID="13"\nVERSION_CODENAME=trixie\n', 'bookworm'],
      [
        'ID=linuxmint\nID_LIKE="ubuntu debian"\nVERSION_ID="22"\nUBUNTU_CODENAME=jammy\nVERSION_CODENAME=wilma\n',
        'jammy'
      ],
      ['ID=fedora\nVERSION_ID=40\n', 'noble']
    ]
    for (const [osRelease, codename] of cases) {
      expect(nearestCodename(osRelease)).toBe(codename)
      expect(detectPlatform(osRelease, 'linux', 'x64').codename).toBe(codename)
    }
    // Parsing and detecting only answer; saying so is for when the repository has been asked.
    expect(notice).not.toHaveBeenCalled()
  })

  it("Installs from the runner's own release when the repository serves it, else from the nearest, with a notice", async () => {
    const server = createServer((req, res) => {
      res.writeHead(req.url === '/repo/dists/plucky/InRelease' ? 200 : 404)
      res.end('signed release')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/repo`
    try {
      expect(await servedCodename(url, detectPlatform(UBUNTU('plucky', '25.04'), 'linux', 'x64'))).toBe('plucky')
      expect(notice).not.toHaveBeenCalled()
      const trixie = detectPlatform('ID=debian\nVERSION_ID="13"\nVERSION_CODENAME=trixie\n', 'linux', 'x64')
      expect(await servedCodename(url, trixie)).toBe('bookworm')
      expect(notice).toHaveBeenCalledWith(
        'Okta publishes no sft packages for trixie; using the bookworm packages, built for the nearest older release of the same family.'
      )
      expect(await servedCodename(url, detectPlatform(UBUNTU('jammy', '22.04'), 'linux', 'x64'))).toBe('jammy')
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })

  it('Supports Linux x64 and arm64 only', () => {
    expect(detectPlatform(UBUNTU('noble', '24.04'), 'linux', 'x64')).toEqual({
      arch: 'amd64',
      toolArch: 'x64',
      codename: 'noble',
      own: 'noble',
      release: 'noble'
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
})

describe('musl (Alpine) before any download', () => {
  const ALPINE = 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.20.3\nPRETTY_NAME="Alpine Linux v3.20"\n'

  it('Reads musl from its loader and a report header that names no glibc', () => {
    expect(
      runningLibc(
        () => ({ glibcVersionRuntime: '2.36' }),
        () => true
      )
    ).toBe('glibc')
    expect(
      runningLibc(
        () => ({}),
        () => true
      )
    ).toBe('musl')
    expect(
      runningLibc(
        () => undefined,
        () => true
      )
    ).toBe('musl')
    expect(
      runningLibc(
        () => ({}),
        () => false
      )
    ).toBe('glibc')
  })

  it('Knows this machine is glibc', () => {
    expect(runningLibc()).toBe('glibc')
  })

  it('Refuses musl with the release, the reason and the fix', () => {
    expect(() => detectPlatform(ALPINE, 'linux', 'x64', 'musl')).toThrow(
      'This runner uses musl libc (Alpine Linux v3.20), such as Alpine Linux; Okta publishes sft only for glibc-based Linux, so a downloaded sft could not start. Nothing was downloaded.'
    )
    const thrown = ((): unknown => {
      try {
        return detectPlatform(ALPINE, 'linux', 'x64', 'musl')
      } catch (error) {
        return error
      }
    })()
    expect((thrown as { hint: string }).hint).toContain('use `install: none` or `sft-path`')
  })

  it('Accepts glibc', () => {
    expect(detectPlatform(UBUNTU('noble', '24.04'), 'linux', 'x64', 'glibc').arch).toBe('amd64')
  })
})
