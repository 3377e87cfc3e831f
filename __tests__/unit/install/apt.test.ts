import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { sudoKeepingProxy } from '../../../src/install/apt.js'

const PROXY = 'http://user:secret@10.9.9.9:3128'

describe('sudoKeepingProxy', () => {
  it('Names the proxy variables that are set, never their values', () => {
    const args = sudoKeepingProxy({ https_proxy: PROXY, NO_PROXY: 'localhost', PATH: '/usr/bin' })
    expect(args).toEqual(['sudo', '-n', '--preserve-env=https_proxy,NO_PROXY'])
    expect(args.join(' ')).not.toContain('secret')
  })

  it('Is plain `sudo -n` without a proxy', () => {
    expect(sudoKeepingProxy({ PATH: '/usr/bin' })).toEqual(['sudo', '-n'])
  })

  it("Keeps https_proxy through this machine's real sudo, which drops it otherwise (env_reset)", () => {
    const env = { PATH: process.env.PATH, https_proxy: PROXY, no_proxy: 'localhost' }
    const printed = (prefix: string[]): string => {
      try {
        return execFileSync(prefix[0], [...prefix.slice(1), 'printenv', 'https_proxy'], { env, encoding: 'utf8' })
      } catch {
        return ''
      }
    }
    expect(printed(['sudo', '-n'])).toBe('')
    expect(printed(sudoKeepingProxy(env))).toBe(`${PROXY}\n`)
  })
})
