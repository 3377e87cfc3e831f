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
  removeTempDir
} from '../../../src/steps/cleanup.js'
import { addBlock } from '../../../src/ssh/ssh-config.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cleanup-test-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('cleanup.ts', () => {
  it('Reads a damaged state list as empty', () => {
    expect(parseList('["/a","/b"]')).toEqual(['/a', '/b'])
    expect(parseList('["/a",3,null]')).toEqual(['/a'])
    expect(parseList('{"a":1}')).toEqual([])
    expect(parseList('not json')).toEqual([])
    expect(parseList('')).toEqual([])
  })

  it('Removes the sft directories that were absent before, and only those that exist', async () => {
    const created = path.join(dir, 'ScaleFT')
    mkdirSync(path.join(created, 'nested'), { recursive: true })
    const report = await removeCreatedDirs([created, path.join(dir, 'never-created')])
    expect(report).toEqual({ removed: [created], failed: [] })
    expect(existsSync(created)).toBe(false)
  })

  it('Removes its ssh-config block and deletes a file it created', async () => {
    const kept = path.join(dir, 'kept')
    writeFileSync(kept, 'Host mine\n  User me\n')
    await addBlock(kept, 'Match exec "sft resolve -q %h"\n')
    const created = path.join(dir, 'created')
    await addBlock(created, 'Match exec "sft resolve -q %h"\n')
    expect(await removeSshConfig(JSON.stringify({ file: kept, created: false }))).toEqual({
      removed: [`the opa-workload-identity block in ${kept}`],
      failed: []
    })
    expect(readFileSync(kept, 'utf8')).toBe('Host mine\n  User me\n')
    await removeSshConfig(JSON.stringify({ file: created, created: true }))
    expect(existsSync(created)).toBe(false)
    expect(await removeSshConfig('')).toEqual({ removed: [], failed: [] })
    expect((await removeSshConfig('{broken')).failed).toHaveLength(1)
  })

  it('Removes the temp dir main made, and nothing when there is none', async () => {
    const temp = path.join(dir, 'opa-workload-identity-x')
    mkdirSync(path.join(temp, 'bin'), { recursive: true })
    expect(await removeTempDir(temp)).toEqual({ removed: [temp], failed: [] })
    expect(existsSync(temp)).toBe(false)
    expect(await removeTempDir('')).toEqual({ removed: [], failed: [] })
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

  it('Removes system files as root, and says why not without root', async () => {
    const file = path.join(dir, 'opa.list')
    writeFileSync(file, 'deb x y z\n')
    const root = process.getuid?.() === 0
    const report = await removeSystemFiles([file, path.join(dir, 'absent.list')])
    // Without root it asks sudo, non-interactively; no sudo rule lets a test user remove files.
    expect(report.removed).toEqual(root ? [file] : [])
    expect(report.failed.map((f) => f.path)).toEqual(root ? [] : [file])
    expect(report.failed.every((f) => f.error.length > 0)).toBe(true)
    expect(existsSync(file)).toBe(!root)
  })
})
