import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
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

  it('Removes the home directories it created, sft state whole and parents only when empty', async () => {
    const env = { HOME: dir }
    const data = path.join(dir, '.local', 'share', 'ScaleFT')
    mkdirSync(path.join(data, 'nested'), { recursive: true })
    mkdirSync(path.join(dir, '.config'))
    writeFileSync(path.join(dir, '.config', 'other-tool.conf'), 'kept\n')
    const absentBefore = [data, path.join(dir, '.local', 'share'), path.join(dir, '.local'), path.join(dir, '.config')]
    const report = await removeCreatedDirs([...absentBefore, '/etc', path.join(dir, 'elsewhere')], env)
    expect(report.removed).toEqual([data, path.join(dir, '.local', 'share'), path.join(dir, '.local')])
    expect(existsSync(path.join(dir, '.local'))).toBe(false)
    // Not empty, so not ours to remove though it was absent before; paths outside the rules are never touched.
    expect(readFileSync(path.join(dir, '.config', 'other-tool.conf'), 'utf8')).toBe('kept\n')
    expect(existsSync('/etc')).toBe(true)
  })

  it('Removes its ssh-config block and deletes a file it created', async () => {
    const config = path.join(dir, '.ssh', 'config')
    mkdirSync(path.dirname(config))
    writeFileSync(config, 'Host mine\n  User me\n')
    await addBlock(config, 'Match exec "sft resolve -q %h"\n')
    expect(await removeSshConfig(JSON.stringify({ file: config, created: false }))).toEqual({
      removed: [`the opa-workload-identity block in ${config}`],
      failed: []
    })
    expect(readFileSync(config, 'utf8')).toBe('Host mine\n  User me\n')
    await addBlock(config, 'Match exec "sft resolve -q %h"\n')
    // A file that is not the user's ssh config is never edited, whatever state says.
    const elsewhere = path.join(dir, 'elsewhere')
    await addBlock(elsewhere, 'Match exec "sft resolve -q %h"\n')
    expect(await removeSshConfig(JSON.stringify({ file: elsewhere, created: true }))).toEqual({
      removed: [],
      failed: []
    })
    expect(existsSync(elsewhere)).toBe(true)
    rmSync(config)
    await addBlock(config, 'Match exec "sft resolve -q %h"\n')
    await removeSshConfig(JSON.stringify({ file: config, created: true }))
    expect(existsSync(config)).toBe(false)
    expect(await removeSshConfig('')).toEqual({ removed: [], failed: [] })
    expect((await removeSshConfig('{broken')).failed).toHaveLength(1)
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
