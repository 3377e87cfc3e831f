import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { addBlock, blockOwners, removeBlock, routeThrough, sshConfigTarget } from '../../../src/ssh/ssh-config.js'

describe('ssh-config.ts', () => {
  it('Adds its block first, marked with the job, replaces its older one, and removes only its own', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sshcfg-'))
    const file = path.join(dir, 'config')
    const owner = { job: 'octo-org/deploy-app run 7.1 deploy', temp: '/t/opa-workload-identity-abc123' }
    writeFileSync(file, 'Host mine\n  User me\n')
    await addBlock(file, 'Match exec "sft resolve -q %h"\n', owner)
    await addBlock(file, 'Match exec "sft2 resolve -q %h"\n', owner)
    const text = readFileSync(file, 'utf8')
    expect(text.startsWith('# >>> opa-workload-identity: job octo-org/deploy-app run 7.1 deploy; temp /t/')).toBe(true)
    expect(await blockOwners(file)).toEqual([owner])
    expect(text).toContain('sft2')
    expect(await removeBlock(file, '/t/opa-workload-identity-zzzzzz', false)).toBe('absent')
    expect(await removeBlock(file, owner.temp, false)).toBe('removed')
    expect(readFileSync(file, 'utf8')).toBe('Host mine\n  User me\n')
    expect(await removeBlock(file, owner.temp, false)).toBe('absent')
    rmSync(dir, { recursive: true, force: true })
  })

  it("Routes the block through the job's own sft, or refuses when the block does not name sft", () => {
    const block = 'Match exec "/opt/sft resolve -q %h"\n  ProxyCommand "/opt/sft" proxycommand %h\n'
    expect(routeThrough(block, ['/opt/sft', '/real/sft'], '/t/native/sft')).toBe(
      'Match exec "/t/native/sft resolve -q %h"\n  ProxyCommand "/t/native/sft" proxycommand %h\n'
    )
    expect(() => routeThrough('Match exec "sft resolve -q %h"\n', ['/opt/sft'], '/t/native/sft')).toThrow(
      'does not name /opt/sft'
    )
  })

  it('Writes where OpenSSH reads: the passwd home in a container, else $HOME with a plain warning', () => {
    expect(sshConfigTarget({ HOME: '/home/runner' }, '/home/runner')).toEqual({
      file: '/home/runner/.ssh/config'
    })
    const container = sshConfigTarget({ HOME: '/github/home' }, '/root')
    expect(container.file).toBe('/root/.ssh/config')
    expect(container.warning).toBeUndefined()
    const elsewhere = sshConfigTarget({ HOME: '/work/home' }, '/root')
    expect(elsewhere.file).toBe('/work/home/.ssh/config')
    expect(elsewhere.warning).toContain('OpenSSH reads /root/.ssh/config')
    expect(elsewhere.warning).toContain('ssh -F')
  })
})
