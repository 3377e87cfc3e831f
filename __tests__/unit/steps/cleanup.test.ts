import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  endSftSession,
  parseList,
  removeCreatedDirs,
  removeSshConfig,
  removeSystemFiles,
  removeOwnPath
} from '../../../src/steps/cleanup.js'
import { addBlock } from '../../../src/ssh/ssh-config.js'

let dir: string
const realHome = process.env.HOME
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cleanup-test-'))
  // Post's rules are relative to HOME: this test's home is its own directory.
  process.env.HOME = dir
})
afterEach(() => {
  process.env.HOME = realHome
  rmSync(dir, { recursive: true, force: true })
})

describe('cleanup.ts', () => {
  it('Reads a damaged state list as empty', () => {
    expect(parseList('["/a","/b"]')).toEqual(['/a', '/b'])
    expect(parseList('["/a",3,null]')).toEqual(['/a'])
    expect(parseList('{"a":1}')).toEqual([])
    expect(parseList('not json')).toEqual([])
    expect(parseList('')).toEqual([])
  })

  it('Removes the .ssh directory it created only when empty, and nothing outside its rules', async () => {
    const ssh = path.join(dir, '.ssh')
    mkdirSync(ssh)
    const other = path.join(dir, 'other', '.ssh')
    mkdirSync(other, { recursive: true })
    writeFileSync(path.join(other, 'config'), 'Host kept\n')
    const report = await removeCreatedDirs([ssh, other, '/etc', path.join(dir, 'elsewhere')])
    expect(report.removed).toEqual([ssh])
    // Not empty (another job's block, the user's file), so not ours to remove though it was absent before.
    expect(readFileSync(path.join(other, 'config'), 'utf8')).toBe('Host kept\n')
    expect(existsSync('/etc')).toBe(true)
  })

  it('Removes only its own ssh-config block and deletes a file it created', async () => {
    const config = path.join(dir, '.ssh', 'config')
    const temp = path.join(dir, 'opa-workload-identity-aaaaaa')
    const other = { job: 'o/r run 2.1 other', temp: path.join(dir, 'opa-workload-identity-bbbbbb') }
    mkdirSync(path.dirname(config))
    writeFileSync(config, 'Host mine\n  User me\n')
    await addBlock(config, 'Match exec "sft resolve -q %h"\n', { job: 'o/r run 1.1 deploy', temp })
    expect(await removeSshConfig(JSON.stringify({ file: config, created: false }), temp)).toEqual({
      removed: [`this job's ssh-config block in ${config}`],
      failed: []
    })
    expect(readFileSync(config, 'utf8')).toBe('Host mine\n  User me\n')
    await addBlock(config, 'Match exec "sft resolve -q %h"\n', { job: 'o/r run 1.1 deploy', temp })
    await addBlock(config, 'Match exec "other resolve -q %h"\n', other)
    // Another job's block stays; a file that is not an ssh config is never edited, whatever state says.
    const elsewhere = path.join(dir, 'elsewhere')
    await addBlock(elsewhere, 'Match exec "sft resolve -q %h"\n', { job: 'x', temp })
    expect(await removeSshConfig(JSON.stringify({ file: elsewhere, created: true }), temp)).toEqual({
      removed: [],
      failed: []
    })
    expect(existsSync(elsewhere)).toBe(true)
    await removeSshConfig(JSON.stringify({ file: config, created: true }), temp)
    expect(readFileSync(config, 'utf8')).toContain('other resolve')
    expect(readFileSync(config, 'utf8')).not.toContain('sft resolve')
    expect(await removeSshConfig(JSON.stringify({ file: config, created: true }), other.temp)).toEqual({
      removed: [`this job's ssh-config block in ${config}`],
      failed: []
    })
    expect(readFileSync(config, 'utf8')).toBe('Host mine\n  User me\n')
    rmSync(config)
    await addBlock(config, 'Match exec "sft resolve -q %h"\n', other)
    await removeSshConfig(JSON.stringify({ file: config, created: true }), other.temp)
    expect(existsSync(config)).toBe(false)
    expect(await removeSshConfig('', temp)).toEqual({ removed: [], failed: [] })
    expect((await removeSshConfig('{broken', temp)).failed).toHaveLength(1)
  })

  it('Leaves a block without its end marker, and a symlinked config, as they are', async () => {
    const config = path.join(dir, '.ssh', 'config')
    const temp = path.join(dir, 'opa-workload-identity-aaaaaa')
    mkdirSync(path.dirname(config))
    writeFileSync(config, 'Host mine\n')
    await addBlock(config, 'Match exec "sft resolve -q %h"\n', { job: 'j', temp })
    const damaged = readFileSync(config, 'utf8').replace(/# <<< opa-workload-identity.*\n/, '')
    writeFileSync(config, damaged)
    const report = await removeSshConfig(JSON.stringify({ file: config, created: true }), temp)
    expect(report.removed).toEqual([])
    expect(report.failed[0].error).toContain('end marker is missing')
    expect(readFileSync(config, 'utf8')).toBe(damaged)
    rmSync(config)
    const target = path.join(dir, 'dotfiles-config')
    symlinkSync(target, config)
    await expect(addBlock(config, 'Match all\n', { job: 'j', temp })).rejects.toThrow('symbolic link')
    expect(existsSync(target)).toBe(false)
    writeFileSync(target, 'Host mine\n')
    const refused = await removeSshConfig(JSON.stringify({ file: config, created: true }), temp)
    expect(refused.removed).toEqual([])
    expect(lstatSync(config).isSymbolicLink()).toBe(true)
    expect(readFileSync(target, 'utf8')).toBe('Host mine\n')
  })

  it('Removes the temp dir main made, and nothing when there is none', async () => {
    const temp = path.join(dir, 'opa-workload-identity-x')
    mkdirSync(path.join(temp, 'bin'), { recursive: true })
    expect(await removeOwnPath(temp)).toEqual({ removed: [temp], failed: [] })
    expect(existsSync(temp)).toBe(false)
    expect(await removeOwnPath('')).toEqual({ removed: [], failed: [] })
  })

  it('Ends the sft session, and reports a logout that failed', async () => {
    const sft = (exitCode: number): string => {
      const file = path.join(dir, `sft-${exitCode}`)
      writeFileSync(file, `#!/bin/sh\n[ "$1" = logout ] || exit 9\necho "logout said no" >&2\nexit ${exitCode}\n`)
      chmodSync(file, 0o755)
      return file
    }
    expect(await endSftSession(sft(0))).toEqual({ removed: ['the sft session (sft logout)'], failed: [] })
    expect(await endSftSession(sft(1))).toEqual({
      removed: [],
      failed: [{ path: 'sft logout', error: 'logout said no' }]
    })
    expect(await endSftSession(path.join(dir, 'missing'))).toEqual({ removed: [], failed: [] })
  })

  it('Removes only the apt files the apt method could have written, whatever state names', async () => {
    const file = path.join(dir, 'opa-workload-identity-0123456789abcdef.list')
    writeFileSync(file, 'deb x y z\n')
    const report = await removeSystemFiles([
      file,
      '/etc/passwd',
      '/etc/apt/sources.list.d/opa-workload-identity-0123456789abcdef.list'
    ])
    expect(report).toEqual({ removed: [], failed: [] })
    expect(existsSync(file)).toBe(true)
    expect(existsSync('/etc/passwd')).toBe(true)
  })
})
