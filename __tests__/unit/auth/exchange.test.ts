import { describe, expect, it } from '@jest/globals'
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { exchange } from '../../../src/auth/exchange.js'

const request = {
  team: 'acme',
  connection: 'github-actions',
  role: '',
  opaAddr: 'https://acme.pam.okta.com',
  jwt: 'header.payload.signature-of-the-jwt'
}

describe('exchange: sft itself missing or broken', () => {
  it('Says the binary is missing, not that OPA rejected anything', async () => {
    const error = await exchange({ ...request, sftPath: '/nonexistent/opa-test/sft' }).catch((e: unknown) => e)
    expect((error as Error).message).toBe(
      'The sft binary /nonexistent/opa-test/sft is missing (it was removed or replaced after it was installed), or its program loader is, so nothing was sent to OPA.'
    )
  })

  it('Says the binary is not executable', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'opa-exchange-'))
    try {
      const sft = path.join(dir, 'sft')
      writeFileSync(sft, '#!/bin/sh\nexit 0\n')
      chmodSync(sft, 0o644)
      const error = await exchange({ ...request, sftPath: sft }).catch((e: unknown) => e)
      expect((error as Error).message).toContain('is not executable by the runner user')
      expect((error as Error).message).not.toContain('OPA rejected')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
