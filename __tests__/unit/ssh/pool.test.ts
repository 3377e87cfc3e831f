import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readSshInputs } from '../../../src/inputs/main.js'
import { parseArgs } from '../../../src/steps/opa-ssh.js'
import { addBlock, BLOCK_START, removeBlock } from '../../../src/ssh/ssh-config.js'
import { bootstrapCommand, classify, envPayload, SCRIPT_STARTED } from '../../../src/ssh/pool.js'

describe('ssh.ts', () => {
  it('Interpolates only numbers and validated words into the remote command', () => {
    const command = bootstrapCommand(['bash', '-euo', 'pipefail'], 12, 345)
    expect(command).toContain('head -c 345 > "$__opa_ssh_dir/p" && head -c 12 "$__opa_ssh_dir/p" > "$__opa_ssh_dir/e"')
    expect(command).toContain('tail -c +13 "$__opa_ssh_dir/p"')
    expect(command).toContain(`readonly __opa_ssh_dir; trap 'rm -rf "$__opa_ssh_dir"' EXIT HUP INT TERM`)
    expect(command).toContain(`echo '${SCRIPT_STARTED}' >&2; bash -euo pipefail "$__opa_ssh_dir/s" < /dev/null`)
  })

  it('Leaves the verdict to the script once it has started', () => {
    expect(classify(125, 'Permission denied (publickey)', false, true).status).toBe('failed')
    expect(classify(255, 'Connection refused', false, true).status).toBe('failed')
    expect(classify(1, '', true, true).status).toBe('timeout')
  })

  it('Quotes env values so nothing expands remotely', () => {
    expect(envPayload({ A: "it's $HOME `x`", B: '' })).toBe("A='it'\\''s $HOME `x`'\nB=''\n")
  })

  it.each([
    [0, '', false, 'ok'],
    [1, '', true, 'timeout'],
    [1, 'Error: not authorized: no policy grants', false, 'denied'],
    [125, '', false, 'denied'],
    [255, 'ssh: connect to host 10.0.0.1 port 22: Connection timed out', false, 'unreachable'],
    [255, 'some other ssh error', false, 'failed'],
    [97, '', false, 'failed'],
    [3, '', false, 'failed']
  ])('Classifies exit %s with %j (timed out: %s) as %s', (code, stderr, timedOut, status) => {
    expect(classify(code, stderr, timedOut).status).toBe(status)
  })

  it('Explains a policy that needs a human', () => {
    expect(classify(1, 'Error: invalid UAM: MFA required', false).hint).toContain('MFA or an Access Request')
  })
})

describe('readSshInputs', () => {
  const read = (values: Record<string, string>) => (name: string) => values[name] ?? ''
  it('Falls back to what main exported and dedupes hosts', () => {
    const inputs = readSshInputs(read({ hosts: 'a, b\nb\n', run: 'true' }), {
      SFT_TEAM: 'acme',
      OPA_WORKLOAD_CONNECTION: 'gh',
      OPA_WORKLOAD_ROLE: 'deployer',
      OPA_ADDR: 'https://acme.pam.okta.com',
      OPA_AUDIENCE: 'aud'
    })
    expect(inputs).toMatchObject({
      hosts: ['a', 'b'],
      team: 'acme',
      connection: 'gh',
      role: 'deployer',
      opaAddr: 'https://acme.pam.okta.com',
      audience: 'aud',
      shell: ['bash', '-euo', 'pipefail'],
      maxParallel: 8,
      failFast: true,
      timeoutMinutes: 10,
      transport: 'sft',
      reauthBefore: 120
    })
  })

  it.each([
    [{ hosts: '' }, 'hosts'],
    [{ hosts: '-oProxyCommand=x' }, 'hosts'],
    [{ hosts: 'a b' }, 'hosts'],
    [{ shell: 'bash -c "x"' }, 'shell'],
    [{ shell: '-i' }, 'shell'],
    [{ env: '1X=2' }, 'env'],
    [{ env: '__opa_ssh_dir=/home' }, 'env'],
    [{ upload: 'a -> $(reboot)' }, 'upload'],
    [{ download: 'x;y -> b' }, 'download'],
    [{ 'max-parallel': '0' }, 'max-parallel'],
    [{ 'timeout-minutes': 'soon' }, 'timeout-minutes'],
    [{ transport: 'telnet' }, 'transport'],
    [{ run: '' }, 'run']
  ])('Rejects %j', (bad, input) => {
    const values = { hosts: 'a', run: 'true', ...bad } as Record<string, string>
    expect(() => readSshInputs(read(values), {})).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ input })] })
    )
  })
})

describe('opa-ssh arguments', () => {
  it('Maps options onto the ssh inputs', () => {
    expect(
      parseArgs([
        '--parallel',
        '4',
        '--no-fail-fast',
        '--timeout',
        '30',
        '--json',
        'r.json',
        'h1',
        'h2',
        '--',
        'echo',
        'a b'
      ])
    ).toEqual({
      inputs: { run: 'echo a b', 'fail-fast': 'false', 'max-parallel': '4', 'timeout-minutes': '0.5', hosts: 'h1,h2' },
      json: 'r.json'
    })
    expect(() => parseArgs(['h1'])).toThrow('missing "-- COMMAND"')
    expect(() => parseArgs(['--bogus', 'h', '--', 'x'])).toThrow('unknown option --bogus')
  })
})

describe('ssh-config.ts', () => {
  it('Adds its block first, replaces an older one, and removes only its own', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sshcfg-'))
    const file = path.join(dir, 'config')
    writeFileSync(file, 'Host mine\n  User me\n')
    expect(await addBlock(file, 'Match exec "sft resolve -q %h"\n')).toBe(false)
    expect(await addBlock(file, 'Match exec "sft2 resolve -q %h"\n')).toBe(false)
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
