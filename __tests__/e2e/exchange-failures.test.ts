/**
 * The exchange names the real cause when sft never reached OPA: DNS, a
 * refused connection, an untrusted certificate, a proxy refusing, and OPA's
 * own refusal apart from all of them. The stand-in sft fails for real and
 * reports it in Go's words (src/sft/contract.ts, localFailureOf), bare or
 * wrapped; no local failure may read "OPA rejected".
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer as createHttpServer, type Server } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startSandbox, type Sandbox } from '../../sandbox/index.js'
import { RunnerJob } from '../../sandbox/runner.js'
import { errorAnnotation, mainInputs } from '../helpers.js'

let sandbox: Sandbox
const servers: Server[] = []
let certDir: string

beforeAll(async () => {
  sandbox = await startSandbox({ hosts: 0 })
  certDir = mkdtempSync(path.join(tmpdir(), 'opa-tls-'))
})
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))))
  await sandbox.stop()
  rmSync(certDir, { recursive: true, force: true })
})

async function listen(server: Server): Promise<number> {
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return (server.address() as AddressInfo).port
}

/** A proxy that refuses every CONNECT with `status`. */
async function refusingProxy(status: number): Promise<string> {
  const proxy = createHttpServer()
  proxy.on('connect', (_request, socket) => {
    socket.end(`HTTP/1.1 ${status} Refused by policy\r\nContent-Length: 0\r\n\r\n`)
  })
  return `http://127.0.0.1:${await listen(proxy)}`
}

/** An HTTPS server whose self-signed certificate no CA store trusts, as a TLS-inspecting proxy's is. */
async function untrustedTls(): Promise<string> {
  const key = path.join(certDir, 'key.pem')
  const cert = path.join(certDir, 'cert.pem')
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert].concat([
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1'
    ]),
    { stdio: 'ignore' }
  )
  const server = createHttpsServer({ key: readFileSync(key), cert: readFileSync(cert) }, (_req, res) => res.end('{}'))
  return `https://127.0.0.1:${await listen(server)}`
}

async function exchangeWith(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<string> {
  const job = new RunnerJob({ env: { ...sandbox.jobEnv(), ...env } })
  try {
    const main = await job.runAction('main', { ...mainInputs(sandbox), ...inputs })
    expect(main.exitCode).toBe(1)
    return errorAnnotation(main)
  } finally {
    job.dispose()
  }
}

describe('A failed exchange names its real cause', () => {
  for (const style of ['wrapped', 'bare']) {
    describe(`with sft's error ${style}`, () => {
      const env = { SFT_SANDBOX_ERROR_STYLE: style }

      it('DNS: a name that does not resolve', async () => {
        const error = await exchangeWith({ 'opa-addr': 'https://opa.invalid' }, env)
        expect(error).toMatch(
          /^exchange: The exchange did not reach OPA at https:\/\/opa\.invalid: sft could not resolve/
        )
        expect(error).toContain('Hint: Check the spelling of opa-addr')
        expect(error).not.toContain('OPA rejected')
      })

      it('Network: a refused connection', async () => {
        const error = await exchangeWith({ 'opa-addr': 'http://127.0.0.1:9' }, env)
        expect(error).toMatch(
          /^exchange: The exchange did not reach OPA at http:\/\/127\.0\.0\.1:9: sft could not connect/
        )
        expect(error).toContain('connection refused')
        expect(error).not.toContain('OPA rejected')
      })

      it('TLS: a certificate sft does not trust (a missing CA store, a TLS-inspecting proxy)', async () => {
        const error = await exchangeWith({ 'opa-addr': await untrustedTls() }, env)
        expect(error).toContain("sft did not trust OPA's TLS certificate")
        expect(error).toContain('install ca-certificates')
        expect(error).not.toContain('OPA rejected')
      })

      for (const status of [403, 407, 503]) {
        it(`Proxy: a proxy that answers CONNECT with ${status}`, async () => {
          const proxy = await refusingProxy(status)
          const error = await exchangeWith(
            { 'opa-addr': 'https://acme.pam.example.test' },
            { ...env, HTTPS_PROXY: proxy }
          )
          expect(error).toContain('a proxy refused or could not carry the connection')
          expect(error).toContain('Allow acme.pam.example.test through the proxy')
          expect(error).not.toContain('OPA rejected')
        })
      }

      it('Proxy: a proxy that is not listening', async () => {
        const error = await exchangeWith(
          { 'opa-addr': 'https://acme.pam.example.test' },
          { ...env, HTTPS_PROXY: 'http://127.0.0.1:9' }
        )
        expect(error).toContain('proxyconnect tcp')
        expect(error).toContain('a proxy refused or could not carry the connection')
      })
    })
  }

  it("OPA's own refusal on GHES names the issuer and the JWKS URL the connection must trust", async () => {
    const ghes = await startSandbox({
      hosts: 0,
      github: { claims: { iss: 'https://ghes.example.com/_services/token' } },
      configure: (plane) => {
        plane.connections['github-actions'].requiredClaims = [
          { claim: 'ref', operator: 'equals', value: 'refs/heads/release' }
        ]
      }
    })
    const job = new RunnerJob({ env: { ...ghes.jobEnv(), GITHUB_SERVER_URL: 'https://ghes.example.com' } })
    try {
      const main = await job.runAction('main', mainInputs(ghes))
      expect(main.exitCode).toBe(1)
      const error = errorAnnotation(main)
      expect(error).toMatch(/^exchange: OPA rejected the exchange/)
      expect(error).toContain(
        'The Workload Connection must trust the issuer https://ghes.example.com/_services/token, and OPA must be able to reach its keys at https://ghes.example.com/_services/token/.well-known/jwks.'
      )
      expect(job.summary()).toMatch(/\| JWKS URL OPA must reach \| .*ghes\.example\.com.*\.well-known.*jwks.* \|/)
    } finally {
      job.dispose()
      await ghes.stop()
    }
  })
})
