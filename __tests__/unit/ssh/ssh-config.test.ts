import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { addBlock, BLOCK_START, removeBlock } from '../../../src/ssh/ssh-config.js'

describe('ssh-config.ts', () => {
  it('Adds its block first, replaces an older one, and removes only its own', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sshcfg-'))
    const file = path.join(dir, 'config')
    writeFileSync(file, 'Host mine\n  User me\n')
    await addBlock(file, 'Match exec "sft resolve -q %h"\n')
    await addBlock(file, 'Match exec "sft2 resolve -q %h"\n')
    const text = readFileSync(file, 'utf8')
    expect(text.startsWith(BLOCK_START)).toBe(true)
    expect(text.split(BLOCK_START)).toHaveLength(2)
    expect(text).toContain('sft2')
    expect(await removeBlock(file, false)).toBe(true)
    expect(readFileSync(file, 'utf8')).toBe('Host mine\n  User me\n')
    expect(await removeBlock(file, false)).toBe(false)
    rmSync(dir, { recursive: true, force: true })
  })
})
