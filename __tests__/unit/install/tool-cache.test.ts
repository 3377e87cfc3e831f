import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { cacheFileAtomically, entryDir } from '../../../src/install/tool-cache.js'

const entry = { tool: 'sft', version: '1.114.0', arch: 'x64' }
let root: string
let source: string
const saved = process.env.RUNNER_TOOL_CACHE

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'opa-tool-cache-'))
  process.env.RUNNER_TOOL_CACHE = path.join(root, 'cache')
  source = path.join(root, 'sft')
  writeFileSync(source, 'new sft')
})
afterEach(() => {
  process.env.RUNNER_TOOL_CACHE = saved
  rmSync(root, { recursive: true, force: true })
})

describe('cacheFileAtomically', () => {
  it('Places the file by rename and marks the entry complete, leaving nothing else', async () => {
    const dir = await cacheFileAtomically(source, entry, async () => true)
    expect(dir).toBe(entryDir(entry))
    expect(readFileSync(path.join(dir, 'sft'), 'utf8')).toBe('new sft')
    expect(readdirSync(path.dirname(dir)).sort()).toEqual(['x64', 'x64.complete'])
  })

  it('Keeps a good entry another job placed first, and drops its own copy', async () => {
    mkdirSync(entryDir(entry), { recursive: true })
    writeFileSync(path.join(entryDir(entry), 'sft'), 'winner')
    await cacheFileAtomically(source, entry, async () => true)
    expect(readFileSync(path.join(entryDir(entry), 'sft'), 'utf8')).toBe('winner')
    expect(readdirSync(path.dirname(entryDir(entry))).sort()).toEqual(['x64', 'x64.complete'])
  })

  it('Replaces a broken entry (an interrupted copy) instead of trusting it', async () => {
    mkdirSync(entryDir(entry), { recursive: true })
    writeFileSync(path.join(entryDir(entry), 'sft'), 'half')
    const checked: string[] = []
    await cacheFileAtomically(source, entry, async (dir) => {
      checked.push(readFileSync(path.join(dir, 'sft'), 'utf8'))
      return false
    })
    expect(checked).toEqual(['half'])
    expect(readFileSync(path.join(entryDir(entry), 'sft'), 'utf8')).toBe('new sft')
    expect(existsSync(`${entryDir(entry)}.complete`)).toBe(true)
    expect(readdirSync(path.dirname(entryDir(entry))).sort()).toEqual(['x64', 'x64.complete'])
  })
})
