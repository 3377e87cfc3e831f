import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  ACCOUNT_PREFIX,
  bootstrapCommand,
  envPayload,
  PAYLOAD_MISSING,
  PAYLOAD_WANTED,
  remotePayload,
  SCRIPT_STARTED
} from '../../../src/ssh/bootstrap.js'

let home: string
beforeEach(() => {
  home = mkdtempSync(path.join(tmpdir(), 'bootstrap-test-'))
})
afterEach(() => rmSync(home, { recursive: true, force: true }))

/** Runs the remote command the way sshd would, with `stdin` as the session's input. */
function remote(command: string, stdin: Buffer | string) {
  const result = spawnSync('sh', ['-c', command], {
    input: stdin,
    env: { HOME: home, PATH: process.env.PATH },
    encoding: 'utf8'
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const script = 'echo "hello $GREETING from $(basename "$0" >/dev/null; echo the script)"\nexit 3\n'
const payload = remotePayload(script, { GREETING: "it's $HOME `x`" })

describe('bootstrap.ts', () => {
  it('Runs the script from stdin, with its env, once the bytes are verified', () => {
    const run = remote(bootstrapCommand(['bash', '-eu'], payload, 'stdin', 60), payload.payload)
    expect(run).toMatchObject({ code: 3, stdout: "hello it's $HOME `x` from the script\n" })
    expect(run.stderr).toBe(
      `${ACCOUNT_PREFIX}${process.env.USER ?? spawnSync('id', ['-un'], { encoding: 'utf8' }).stdout.trim()}\n${PAYLOAD_WANTED}\n${SCRIPT_STARTED}\n`
    )
    expect(readdirSync(home)).toEqual([])
  })

  it('Refuses to run what did not arrive whole, before the marker', () => {
    const command = bootstrapCommand(['bash', '-eu'], payload, 'stdin', 60)
    for (const stdin of [
      '',
      payload.payload.subarray(0, 10),
      Buffer.concat([payload.payload.subarray(1), Buffer.from('x')])
    ]) {
      const run = remote(command, stdin)
      expect(run.code).toBe(PAYLOAD_MISSING)
      expect(run.stdout).toBe('')
      expect(run.stderr).not.toContain(SCRIPT_STARTED)
    }
  })

  it('Carries a payload without env inside the command, and never one with env', () => {
    const bare = remotePayload(script.replace('$GREETING', 'there'), {})
    const command = bootstrapCommand(['bash', '-eu'], bare, 'command', 60)
    expect(command).toContain(bare.payload.toString('base64'))
    expect(command).not.toContain(PAYLOAD_WANTED)
    expect(remote(command, '')).toMatchObject({ code: 3, stdout: 'hello there from the script\n' })
    expect(() => bootstrapCommand(['bash', '-eu'], payload, 'command', 60)).toThrow(/env values/)
  })

  it('Bounds the script on the host too, past the runner-side bound', () => {
    const slow = remotePayload('sleep 30\n', {})
    const started = Date.now()
    const run = remote(bootstrapCommand(['bash', '-eu'], slow, 'stdin', 1), slow.payload)
    expect(run.code).toBe(124)
    expect(Date.now() - started).toBeLessThan(20_000)
  })

  it('Interpolates only numbers, the digest, base64 and validated words', () => {
    const command = bootstrapCommand(['bash', '-euo', 'pipefail'], payload, 'stdin', 60)
    expect(command).toContain(`head -c ${payload.payload.length}`)
    expect(command).toContain(`= ${payload.sha256} ] || exit ${PAYLOAD_MISSING}`)
    expect(command).not.toContain('GREETING')
    expect(command).toContain(
      `echo '${SCRIPT_STARTED}' >&2; if command -v timeout >/dev/null 2>&1; then timeout -k 5 65 bash -euo pipefail "$__opa_ssh_dir/s" < /dev/null;`
    )
  })

  it('Quotes env values so nothing expands remotely', () => {
    expect(envPayload({ A: "it's $HOME `x`", B: '' })).toBe("A='it'\\''s $HOME `x`'\nB=''\n")
  })
})
