import { describe, expect, it, jest } from '@jest/globals'

const realCore = await import('@actions/core')
const notice = jest.fn<typeof realCore.notice>()
jest.unstable_mockModule('@actions/core', () => ({ ...realCore, notice }))
const { detectPlatform, nearestCodename } = await import('../../../src/install/platform.js')

const UBUNTU = (codename: string, version: string): string =>
  `ID=ubuntu\nID_LIKE=debian\nVERSION_ID="${version}"\nVERSION_CODENAME=${codename}\n`

describe('platform.ts', () => {
  it('Keeps a codename Okta publishes', () => {
    expect(nearestCodename(UBUNTU('jammy', '22.04'))).toBe('jammy')
    expect(nearestCodename('ID=debian\nVERSION_ID="12"\nVERSION_CODENAME=bookworm\n')).toBe('bookworm')
    expect(notice).not.toHaveBeenCalled()
  })

  it('Maps other releases to the nearest published one; detecting the platform says so in a notice', () => {
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
      const noticesBefore = notice.mock.calls.length
      // The parser only answers; telling the user is the detection's job.
      expect(nearestCodename(osRelease)).toBe(codename)
      expect(notice.mock.calls.length).toBe(noticesBefore)
      expect(detectPlatform(osRelease, 'linux', 'x64').codename).toBe(codename)
    }
    // Mint names its Ubuntu base, jammy, which Okta publishes: no notice for it.
    expect(notice).toHaveBeenCalledTimes(5)
    expect(notice.mock.calls[0][0]).toBe(
      'Okta publishes no sft packages for plucky; using the noble packages, built for the nearest older release of the same family.'
    )
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
})
