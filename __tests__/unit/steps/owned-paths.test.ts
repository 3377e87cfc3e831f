import { describe, expect, it } from '@jest/globals'
import { isAptFile } from '../../../src/install/apt.js'
import { ownSft, ownSshConfig, ownSshDirs, ownTempDir } from '../../../src/steps/owned-paths.js'

describe('owned-paths.ts', () => {
  const env = {
    HOME: '/home/runner',
    RUNNER_TEMP: '/home/runner/work/_temp',
    RUNNER_TOOL_CACHE: '/opt/hostedtoolcache'
  }

  it('Accepts only a temp dir main could have made', () => {
    expect(ownTempDir('/home/runner/work/_temp/opa-workload-identity-a1b2c3', env)).toBe(
      '/home/runner/work/_temp/opa-workload-identity-a1b2c3'
    )
    for (const named of [
      '/etc',
      '/home/runner/work/_temp',
      '/home/runner/work/_temp/opa-workload-identity-a1b2c3/../../..',
      '/home/runner/work/_temp/other-dir',
      '/home/runner/work/_temp/x/opa-workload-identity-a1b2c3'
    ])
      expect(ownTempDir(named, env)).toBeUndefined()
    expect(ownTempDir('/tmp/opa-workload-identity-a1b2c3', { HOME: '/root' })).toBeUndefined()
  })

  it('Runs only an sft main could have used', async () => {
    expect(await ownSft('/opt/hostedtoolcache/sft/1.114.0/x64/sft', '', { ...env, PATH: '' })).toBe(
      '/opt/hostedtoolcache/sft/1.114.0/x64/sft'
    )
    expect(await ownSft('/usr/bin/sft', '', { ...env, PATH: '' })).toBe('/usr/bin/sft')
    expect(await ownSft('/work/bin/sft', '/work/bin/sft', { ...env, PATH: '' })).toBe('/work/bin/sft')
    expect(await ownSft('/tmp/evil/sft', '', { ...env, PATH: '' })).toBeUndefined()
    expect(await ownSft('/bin/rm', '/bin/rm', { ...env, PATH: '' })).toBeUndefined()
  })

  it('Knows the apt files, the ssh directories and config files it may have written', () => {
    expect(isAptFile('/etc/apt/sources.list.d/opa-workload-identity-0123456789abcdef.list')).toBe(true)
    expect(isAptFile('/usr/share/keyrings/opa-workload-identity-0123456789abcdef.gpg')).toBe(true)
    expect(isAptFile('/etc/apt/sources.list.d/../../passwd')).toBe(false)
    expect(isAptFile('/etc/passwd')).toBe(false)
    expect(ownSshDirs(['/home/runner/.ssh', '/root/.ssh', '/home/runner', '.ssh', '/etc'])).toEqual([
      '/home/runner/.ssh',
      '/root/.ssh'
    ])
    // Main recorded the file (HOME may change later): any <home>/.ssh/config, nothing else.
    expect(ownSshConfig('/home/runner/.ssh/config')).toBe('/home/runner/.ssh/config')
    expect(ownSshConfig('/root/.ssh/config')).toBe('/root/.ssh/config')
    for (const named of ['/etc/passwd', '/home/runner/.ssh/authorized_keys', 'rel/.ssh/config', ''])
      expect(ownSshConfig(named)).toBeUndefined()
  })
})
