import { describe, expect, it } from '@jest/globals'
import { isAptFile } from '../../../src/install/apt.js'
import { absentHomeDirs, homeDirs, ownSft, ownTempDir } from '../../../src/steps/owned-paths.js'

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

  it('Knows the apt files and the home directories it may create', () => {
    expect(isAptFile('/etc/apt/sources.list.d/opa-workload-identity-0123456789abcdef.list')).toBe(true)
    expect(isAptFile('/usr/share/keyrings/opa-workload-identity-0123456789abcdef.gpg')).toBe(true)
    expect(isAptFile('/etc/apt/sources.list.d/../../passwd')).toBe(false)
    expect(isAptFile('/etc/passwd')).toBe(false)
    expect(homeDirs(env)).toEqual({
      whole: ['/home/runner/.config/ScaleFT', '/home/runner/.local/share/ScaleFT'],
      ifEmpty: ['/home/runner/.local/share', '/home/runner/.config', '/home/runner/.local', '/home/runner/.ssh']
    })
    expect(absentHomeDirs((p) => p === '/home/runner/.config', env)).not.toContain('/home/runner/.config')
  })
})
