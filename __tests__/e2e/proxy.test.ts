/**
 * The proxy runner shape: every step runs in a network namespace whose only
 * way out is Debian's tinyproxy (sandbox/proxy.ts). The main flows pass
 * through it: the OIDC request, the install from the signed repository,
 * the exchange and the ssh session's certificate request all go through
 * the proxy, while the target server is reached directly, as an internal
 * host behind a corporate proxy. A proxy that refuses the repository key
 * stops the install instead of letting it go on unsigned.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startSandbox, type Sandbox } from '../../sandbox/index.js'
import { startProxyNetwork, type ProxyNetwork } from '../../sandbox/proxy.js'
import { RunnerJob } from '../../sandbox/runner.js'
import { errorAnnotation, mainInputs } from '../helpers.js'
import { SSH_ACTION, results } from './world.js'

let sandbox: Sandbox
let repoUrl: string
const networks: ProxyNetwork[] = []
const jobs: RunnerJob[] = []

beforeAll(async () => {
  sandbox = await startSandbox({ hosts: 1, repo: { versions: ['1.114.0-1'] } })
  repoUrl = sandbox.repo?.url ?? ''
})
afterAll(async () => {
  for (const job of jobs) job.dispose()
  for (const network of networks) await network.stop()
  await sandbox.stop()
})

async function network(refuse: string[] = []): Promise<ProxyNetwork> {
  const ports = [...sandbox.hosts.values()].map((host) => host.port)
  const tlsPorts = [sandbox.opa.addr, repoUrl].map((url) => Number(new URL(url).port))
  const started = await startProxyNetwork({ directPorts: ports, tlsPorts, refuse })
  networks.push(started)
  return started
}

/** A job inside the namespace, told the proxy and the sandbox's names (which only the proxy resolves). */
function proxiedJob(net: ProxyNetwork, proxy = true): RunnerJob {
  const env = sandbox.jobEnv()
  const job = new RunnerJob({
    netns: net.namespace,
    env: {
      ...env,
      ACTIONS_ID_TOKEN_REQUEST_URL: net.viaProxy(env.ACTIONS_ID_TOKEN_REQUEST_URL, 'github'),
      // The TLS fronts' certificate, as a corporate CA would be trusted.
      NODE_EXTRA_CA_CERTS: net.caFile,
      ...(proxy ? net.proxyEnv() : {})
    }
  })
  jobs.push(job)
  return job
}

function proxiedInputs(net: ProxyNetwork): Record<string, string> {
  return {
    ...mainInputs(sandbox),
    'opa-addr': net.viaProxyTls(sandbox.opa.addr, 'opa'),
    install: 'download',
    'sft-path': '',
    'sft-repo': net.viaProxyTls(repoUrl, 'repo')
  }
}

describe('A runner whose only way out is an HTTP proxy', () => {
  it('Installs, exchanges and runs ssh through the proxy', async () => {
    const net = await network()
    const job = proxiedJob(net)
    const main = await job.runAction('main', proxiedInputs(net))
    if (main.exitCode !== 0) process.stderr.write(RunnerJob.render(main))
    expect(main.exitCode).toBe(0)
    expect(main.outputs.authenticated).toBe('true')
    expect(main.stdout).toContain('index signed by')
    const ssh = await job.runAction('main', { hosts: 'target-server-01', run: 'whoami' }, { actionDir: SSH_ACTION })
    expect(ssh.exitCode).toBe(0)
    expect(results(ssh).map((r) => [r.status, r['stdout-tail']])).toEqual([['ok', 'wl_deployer\n']])

    // The proxy carried the OIDC request, the repository's key, index and package, the exchange and the certificate.
    const tunnels = (name: string): number =>
      net.log().match(new RegExp(`: CONNECT ${name}\\.sandbox\\.test:\\d+ `, 'g'))?.length ?? 0
    expect(tunnels('github')).toBeGreaterThanOrEqual(1)
    expect(tunnels('repo')).toBeGreaterThanOrEqual(4)
    expect(tunnels('opa')).toBeGreaterThanOrEqual(2)
  })

  it('Reaches nothing without the proxy: the namespace has no other way out', async () => {
    const net = await network()
    const main = await proxiedJob(net, false).runAction('main', proxiedInputs(net))
    expect(main.exitCode).toBe(1)
    // No DNS and no route: the install's first request finds nothing.
    expect(errorAnnotation(main)).toMatch(/^install: .*getaddrinfo EAI_AGAIN repo\.sandbox\.test/)
    expect(net.log()).not.toMatch(/Request \(file descriptor/)
  })

  it('Stops the install, unsigned install refused, when the proxy refuses the repository key', async () => {
    // Over https a proxy sees only the host it is asked to CONNECT to; the key lives on the repository's host.
    const net = await network(['repo\\.sandbox\\.test'])
    const main = await proxiedJob(net).runAction('main', proxiedInputs(net))
    expect(main.exitCode).toBe(1)
    expect(errorAnnotation(main)).toMatch(
      /^install: Could not fetch the repository key https:\/\/repo\.sandbox\.test:\d+\/GPG-KEY-OktaPAM-2023 \(no answer: .*403.*\), so the sft package index cannot be verified; the install stops rather than go on unsigned/
    )
    expect(main.stdout).not.toContain('index signature not checked')
    expect(main.stdout).not.toContain('::warning::')
    expect(main.outputs['sft-path']).toBeUndefined()
  })

  it("Names a proxy that refuses OPA's host, not OPA", async () => {
    const net = await network(['opa\\.sandbox\\.test'])
    const main = await proxiedJob(net).runAction('main', {
      ...proxiedInputs(net),
      install: 'none',
      'sft-path': sandbox.sftPath
    })
    expect(main.exitCode).toBe(1)
    const error = errorAnnotation(main)
    expect(error).toContain('a proxy refused or could not carry the connection')
    expect(error).not.toContain('OPA rejected')
  })
})
