import { afterAll, describe, expect, it, jest } from '@jest/globals'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const realCore = await import('@actions/core')
const warning = jest.fn<typeof realCore.warning>()
jest.unstable_mockModule('@actions/core', () => ({ ...realCore, warning }))
const { checkRunnerTools } = await import('../../../src/ssh/runner-tools.js')

const root = mkdtempSync(path.join(tmpdir(), 'opa-tools-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

function binWith(...tools: string[]): string {
  const dir = mkdtempSync(path.join(root, 'bin-'))
  mkdirSync(dir, { recursive: true })
  for (const tool of tools) {
    writeFileSync(path.join(dir, tool), '#!/bin/sh\n')
    chmodSync(path.join(dir, tool), 0o755)
  }
  return dir
}

describe('checkRunnerTools', () => {
  it('Passes with timeout, ssh and script, terminal fallback available', async () => {
    expect(await checkRunnerTools(binWith('timeout', 'ssh', 'script'))).toEqual({ pty: true })
    expect(warning).not.toHaveBeenCalled()
  })

  it('Warns without script, naming the package, and turns the terminal fallback off', async () => {
    expect(await checkRunnerTools(binWith('timeout', 'ssh'))).toEqual({ pty: false })
    expect(warning).toHaveBeenCalledWith(expect.stringContaining('`script` (package bsdutils on Debian and Ubuntu'))
  })

  it('Refuses without timeout, naming it and its package', async () => {
    await expect(checkRunnerTools(binWith('ssh', 'script'))).rejects.toThrow(
      'This runner lacks `timeout` (package coreutils: bounds every session, even if the step is killed), so no host was tried.'
    )
  })

  it('Refuses without an ssh client', async () => {
    await expect(checkRunnerTools(binWith('timeout', 'script'))).rejects.toThrow(/lacks `ssh` \(package openssh-client/)
  })
})
