import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readSshInputs } from '../../../src/inputs/ssh.js'
import { InputError } from '../../../src/lib/errors.js'

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
    [{ run: '' }, 'run'],
    [{ shard: '3/2' }, 'shard'],
    [{ shard: '0/4' }, 'shard'],
    [{ shard: '1/0' }, 'shard'],
    [{ shard: 'half' }, 'shard'],
    [{ 'batch-size': '0' }, 'batch-size'],
    [{ 'batch-size': '150%' }, 'batch-size'],
    [{ 'batch-size': '-1' }, 'batch-size'],
    [{ 'max-failures': '1.5' }, 'max-failures'],
    [{ canary: '10%' }, 'canary'],
    [{ canary: 'one' }, 'canary'],
    [{ 'hosts-file': '-hosts' }, 'hosts-file']
  ])('Rejects %j', (bad, input) => {
    const values = { hosts: 'a', run: 'true', ...bad } as Record<string, string>
    expect(() => readSshInputs(read(values), {})).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ input })] })
    )
  })
})

describe('rollout inputs', () => {
  const read = (values: Record<string, string>) => (name: string) => values[name] ?? ''
  const workspace = mkdtempSync(path.join(tmpdir(), 'rollout-inputs-'))
  const outside = mkdtempSync(path.join(tmpdir(), 'rollout-outside-'))
  mkdirSync(path.join(workspace, 'deploy'))
  writeFileSync(path.join(workspace, 'deploy', 'hosts.txt'), '# web tier\nweb-1\nweb-2  # rack 2\n\nweb-3\nweb-1\n')
  writeFileSync(path.join(workspace, 'bad.txt'), 'web-1\n-oProxyCommand=evil\n')
  writeFileSync(path.join(workspace, 'comments.txt'), '# nothing yet\n')
  writeFileSync(path.join(outside, 'hosts.txt'), 'web-9\n')
  symlinkSync(path.join(outside, 'hosts.txt'), path.join(workspace, 'link.txt'))
  afterAll(() => {
    for (const dir of [workspace, outside]) rmSync(dir, { recursive: true, force: true })
  })
  const problems = (values: Record<string, string>): string[] => {
    try {
      readSshInputs(read({ run: 'true', ...values }), { GITHUB_WORKSPACE: workspace })
    } catch (error) {
      return (error as InputError).problems.map((p) => `${p.input}: ${p.problem}; ${p.fix}`)
    }
    return []
  }

  it('Reads hosts-file from the workspace, with hosts first, comments dropped and no repeats, then the shard', () => {
    const inputs = readSshInputs(read({ hosts: 'db-1', 'hosts-file': 'deploy/hosts.txt', run: 'true' }), {
      GITHUB_WORKSPACE: workspace
    })
    expect(inputs.hosts).toEqual(['db-1', 'web-1', 'web-2', 'web-3'])
    const shard = readSshInputs(read({ 'hosts-file': 'deploy/hosts.txt', shard: '2/2', run: 'true' }), {
      GITHUB_WORKSPACE: workspace
    })
    expect(shard.hosts).toEqual(['web-3'])
    expect(shard.rollout).toMatchObject({ listed: 3, shard: { index: 2, count: 2 } })
    const empty = readSshInputs(read({ hosts: 'a', shard: '2/3', run: 'true' }), {})
    expect(empty.hosts).toEqual([])
  })

  it('Covers every host of a file exactly once with shards 1/n to n/n, for n from 1 to past the host count', () => {
    const fleet = Array.from({ length: 7 }, (_, i) => `web-${i + 1}`)
    writeFileSync(path.join(workspace, 'fleet.txt'), `# all of it\n${fleet.join('\n')}\nweb-3\n`)
    for (let n = 1; n <= fleet.length + 3; n++) {
      const shards = Array.from(
        { length: n },
        (_, i) =>
          readSshInputs(read({ 'hosts-file': 'fleet.txt', shard: `${i + 1}/${n}`, run: 'true' }), {
            GITHUB_WORKSPACE: workspace
          }).hosts
      )
      expect(shards.flat()).toEqual(fleet)
    }
  })

  it('Reads canary, batch-size and max-failures as counts or percentages, with defaults', () => {
    const given = readSshInputs(
      read({ hosts: 'a', run: 'true', canary: '1', 'batch-size': '25%', 'max-failures': '2' }),
      {}
    )
    expect(given.rollout).toMatchObject({ canary: 1, batchSize: { percent: 25 }, maxFailures: { count: 2 } })
    const plain = readSshInputs(read({ hosts: 'a', run: 'true' }), {})
    expect(plain.rollout).toEqual({
      canary: 0,
      batchSize: undefined,
      maxFailures: { count: 0 },
      shard: undefined,
      listed: 1
    })
  })

  it('Names the input and the fix for each bad rollout input', () => {
    expect(problems({ hosts: 'a', shard: '3/2' })).toEqual([
      'shard: "3/2" asks for shard 3 of only 2; use i/n with i from 1 to n, such as 1/4 (in a matrix: ${{ matrix.shard }}/4)'
    ])
    expect(problems({ hosts: 'a', shard: '0/4' })[0]).toContain('counts from 0, but shards count from 1')
    expect(problems({ hosts: 'a', 'batch-size': '150%' })).toEqual([
      'batch-size: "150%" is not a whole number of hosts from 1 or a percentage from 1% to 100%; set it to a whole number or a percentage, such as 25%'
    ])
    expect(problems({ hosts: 'a', 'batch-size': '0' })[0]).toMatch(
      /^batch-size: "0" is not a whole number of hosts from 1/
    )
    expect(problems({ 'hosts-file': '../x/hosts.txt' })[0]).toMatch(/^hosts-file: .* is outside the workspace/)
    expect(problems({ 'hosts-file': path.join(outside, 'hosts.txt') })[0]).toMatch(/outside the workspace/)
    expect(problems({ 'hosts-file': 'link.txt' })[0]).toMatch(/^hosts-file: "link.txt" is outside the workspace/)
    expect(problems({ 'hosts-file': 'missing.txt' })).toEqual([
      `hosts-file: "missing.txt" is not a file in the workspace (${workspace}); check out the repository first (actions/checkout), or fix the path`
    ])
    expect(problems({ 'hosts-file': 'comments.txt' })[0]).toContain('lists no hosts')
    expect(problems({ 'hosts-file': 'bad.txt' })).toEqual([
      'hosts-file: "-oProxyCommand=evil" is not a host name (it starts with "-", which ssh would read as an option); use names such as web-01 or web-01.example.com'
    ])
    expect(problems({})[0]).toMatch(/^hosts: is empty; .*or give hosts-file/)
  })
})
