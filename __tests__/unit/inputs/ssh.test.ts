import { describe, expect, it } from '@jest/globals'
import { readSshInputs } from '../../../src/inputs/ssh.js'

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
