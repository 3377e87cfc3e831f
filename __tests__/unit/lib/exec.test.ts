import { describe, expect, it } from '@jest/globals'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { findOnPath } from '../../../src/lib/exec.js'

describe('findOnPath', () => {
  it('Finds sft.exe for `sft` on Windows, by PATHEXT, in PATH order', async () => {
    const files = new Set(['C:\\tools\\sft.exe', 'C:\\later\\sft.cmd'])
    const lookup = {
      platform: 'win32' as const,
      pathExt: '.COM;.EXE;.BAT;.CMD',
      isExecutable: async (file: string) => files.has(file)
    }
    expect(await findOnPath('sft', 'C:\\Windows;C:\\tools;C:\\later', lookup)).toBe('C:\\tools\\sft.exe')
    expect(await findOnPath('sft', 'C:\\later;C:\\tools', lookup)).toBe('C:\\later\\sft.cmd')
    expect(await findOnPath('sft.exe', 'C:\\tools', lookup)).toBe('C:\\tools\\sft.exe')
    expect(await findOnPath('sft', 'C:\\Windows', lookup)).toBeUndefined()
  })

  it('Honours a PATHEXT without .EXE', async () => {
    const lookup = {
      platform: 'win32' as const,
      pathExt: '.CMD',
      isExecutable: async (f: string) => f.endsWith('.exe')
    }
    expect(await findOnPath('sft', 'C:\\tools', lookup)).toBeUndefined()
  })

  it('On Linux takes the name as it is, and only an executable file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'opa-path-'))
    try {
      for (const sub of ['a', 'b']) mkdirSync(path.join(dir, sub))
      writeFileSync(path.join(dir, 'a', 'sft'), '')
      chmodSync(path.join(dir, 'a', 'sft'), 0o644)
      writeFileSync(path.join(dir, 'b', 'sft'), '#!/bin/sh\n')
      chmodSync(path.join(dir, 'b', 'sft'), 0o755)
      writeFileSync(path.join(dir, 'b', 'other.exe'), '')
      const searchPath = `${path.join(dir, 'a')}:${path.join(dir, 'b')}`
      const lookup = { platform: 'linux' as const }
      expect(await findOnPath('sft', searchPath, lookup)).toBe(path.join(dir, 'b', 'sft'))
      expect(await findOnPath('other', searchPath, lookup)).toBeUndefined()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
