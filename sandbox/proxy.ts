/**
 * The proxy runner shape: a network namespace whose only way out is a real
 * HTTP proxy (Debian's tinyproxy), as on a corporate self-hosted runner.
 * Jobs run inside it (RunnerJob's `netns` option); the sandbox's services
 * stay on the host's loopback and are reached by name through the proxy,
 * which alone resolves `*.sandbox.test` to 127.0.0.1 (its own /etc/hosts, in
 * a private mount namespace). The target servers are internal hosts the
 * job reaches directly, as behind a corporate proxy: a relay carries their
 * ports from the namespace's loopback to the host's through a Unix socket.
 * Everything is loopback or a link between two namespaces of this machine;
 * nothing leaves it.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { connect, createServer, type Server, type Socket } from 'node:net'
import { createServer as createTlsServer, type Server as TlsServer } from 'node:tls'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** The names the proxy resolves to the host's loopback, where the sandbox listens. */
export const SANDBOX_DOMAIN = 'sandbox.test'

export interface ProxyNetwork {
  /** The network namespace's name (under /run/netns), for RunnerJob's `netns`. */
  namespace: string
  /** The proxy as the job names it: http://ADDRESS:PORT on the namespace link. */
  proxyUrl: string
  /** The environment that points a job at the proxy (both cases: tools disagree). */
  proxyEnv(): Record<string, string>
  /** `url` of a service on the host's loopback, named so that only the proxy can reach it. */
  viaProxy(url: string, name: string): string
  /** The same over https, through a TLS front whose certificate `caFile` vouches for. */
  viaProxyTls(url: string, name: string): string
  /** The certificate jobs trust for the TLS fronts (NODE_EXTRA_CA_CERTS). */
  caFile: string
  /** What the proxy logged: one line per request it carried or refused. */
  log(): string
  stop(): Promise<void>
}

export interface ProxyOptions {
  /** Ports on the host's loopback to serve over TLS as well (the action wants https beyond loopback). */
  tlsPorts?: number[]
  /** Ports on the host's loopback that jobs reach directly (target servers' sshd). */
  directPorts?: number[]
  /** Regular expressions of URLs the proxy refuses with 403 (tinyproxy's Filter). */
  refuse?: string[]
}

function ip(...args: string[]): void {
  execFileSync('ip', args, { stdio: ['ignore', 'ignore', 'pipe'] })
}

/** A free TCP port on `address`. */
async function freePort(address: string): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, address, resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

async function waitForPort(address: string, port: number, process: ChildProcess, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (process.exitCode !== null) throw new Error(`${what} exited with ${process.exitCode}`)
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, address)
      socket.on('connect', () => resolve(socket.destroy() && true))
      socket.on('error', () => resolve(false))
    })
    if (open) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`${what} did not listen on ${address}:${port}`)
}

/** The namespace and the veth link between it and the host: no route beyond the link. */
function createNamespace(id: string, subnet: string): string {
  const namespace = `opa-proxy-${id}`
  ip('netns', 'add', namespace)
  ip('link', 'add', `opa-h${id}`, 'type', 'veth', 'peer', 'name', `opa-n${id}`)
  ip('link', 'set', `opa-n${id}`, 'netns', namespace)
  ip('addr', 'add', `${subnet}.1/30`, 'dev', `opa-h${id}`)
  ip('link', 'set', `opa-h${id}`, 'up')
  ip('-n', namespace, 'addr', 'add', `${subnet}.2/30`, 'dev', `opa-n${id}`)
  ip('-n', namespace, 'link', 'set', `opa-n${id}`, 'up')
  ip('-n', namespace, 'link', 'set', 'lo', 'up')
  return namespace
}

function startTinyproxy(dir: string, address: string, port: number, refuse: string[]): ChildProcess {
  const filter = path.join(dir, 'filter')
  writeFileSync(filter, refuse.map((r) => `${r}\n`).join(''))
  const hosts = path.join(dir, 'hosts')
  writeFileSync(
    hosts,
    `127.0.0.1 localhost ${['opa', 'github', 'repo', 'audit'].map((n) => `${n}.${SANDBOX_DOMAIN}`).join(' ')}\n`
  )
  const config = path.join(dir, 'tinyproxy.conf')
  writeFileSync(
    config,
    [
      'User nobody',
      'Group nogroup',
      `Port ${port}`,
      `Listen ${address}`,
      'Timeout 120',
      'MaxClients 200',
      `Allow ${address.replace(/\.1$/, '.0')}/30`,
      'LogLevel Connect',
      'DisableViaHeader Yes',
      `Filter "${filter}"`,
      'FilterURLs On',
      'FilterType ere',
      'FilterDefaultDeny No'
    ].join('\n') + '\n'
  )
  for (const file of [filter, hosts, config]) chmodSync(file, 0o644)
  // Its own /etc/hosts, in a private mount namespace: the machine's stays untouched.
  const script = 'mount --bind "$1" /etc/hosts && exec tinyproxy -d -c "$2"'
  const child = spawn('unshare', ['-m', '--propagation', 'private', 'sh', '-c', script, 'sh', hosts, config], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const logFile = path.join(dir, 'proxy.log')
  writeFileSync(logFile, '')
  const append = (chunk: Buffer): void => writeFileSync(logFile, chunk, { flag: 'a' })
  child.stdout?.on('data', append)
  child.stderr?.on('data', append)
  return child
}

/** A certificate for every `*.sandbox.test` name, self-signed: jobs trust it explicitly. */
function makeCertificate(dir: string): { key: Buffer; cert: Buffer; caFile: string } {
  const key = path.join(dir, 'tls-key.pem')
  const caFile = path.join(dir, 'tls-cert.pem')
  const subject = ['-subj', `/CN=${SANDBOX_DOMAIN}`, '-addext', `subjectAltName=DNS:*.${SANDBOX_DOMAIN}`]
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'].concat([
      '-keyout',
      key,
      '-out',
      caFile,
      '-days',
      '1',
      ...subject
    ]),
    { stdio: 'ignore' }
  )
  chmodSync(caFile, 0o644)
  return { key: readFileSync(key), cert: readFileSync(caFile), caFile }
}

/** Joins a connection to the sandbox service on the host's loopback `port`, both ways. */
function splice(inbound: Socket, port: number): void {
  const outbound = connect(port, '127.0.0.1')
  inbound.pipe(outbound).pipe(inbound)
  const end = (): void => {
    inbound.destroy()
    outbound.destroy()
  }
  inbound.on('error', end)
  outbound.on('error', end)
}

/** TLS fronts on the host's loopback for plain-http sandbox services: front port by service port. */
async function startTlsFronts(
  tls: { key: Buffer; cert: Buffer },
  ports: number[]
): Promise<[Map<number, number>, TlsServer[]]> {
  const fronts = new Map<number, number>()
  const servers: TlsServer[] = []
  for (const port of ports) {
    const server = createTlsServer(tls, (inbound) => splice(inbound, port))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    fronts.set(port, (server.address() as { port: number }).port)
    servers.push(server)
  }
  return [fronts, servers]
}

/** Relays each direct port from the namespace's loopback to the host's, through a Unix socket. */
async function startRelays(dir: string, namespace: string, ports: number[]): Promise<[Server[], ChildProcess[]]> {
  const servers: Server[] = []
  const children: ChildProcess[] = []
  for (const port of ports) {
    const socket = path.join(dir, `relay-${port}.sock`)
    const server = createServer((inbound) => splice(inbound, port))
    await new Promise<void>((resolve) => server.listen(socket, resolve))
    servers.push(server)
    const relay = `const net=require('net');net.createServer(c=>{const u=net.connect(process.argv[1]);c.pipe(u).pipe(c);const e=()=>{c.destroy();u.destroy()};c.on('error',e);u.on('error',e)}).listen(Number(process.argv[2]),'127.0.0.1',()=>console.log('ready'))`
    const child = spawn('ip', ['netns', 'exec', namespace, process.execPath, '-e', relay, socket, String(port)], {
      stdio: ['ignore', 'pipe', 'inherit']
    })
    children.push(child)
    await new Promise<void>((resolve, reject) => {
      child.stdout?.once('data', () => resolve())
      child.on('close', (code) => reject(new Error(`the relay of port ${port} exited with ${code}`)))
    })
  }
  return [servers, children]
}

export async function startProxyNetwork(options: ProxyOptions = {}): Promise<ProxyNetwork> {
  const id = randomBytes(3).toString('hex')
  const [a, b] = randomBytes(2)
  // A /30 of 10.0.0.0/8 per network: .1 is the host's end (the proxy), .2 the job's.
  const subnet = `10.${200 + (a % 50)}.${b}`
  const address = `${subnet}.1`
  const dir = mkdtempSync(path.join(tmpdir(), 'opa-proxy-'))
  chmodSync(dir, 0o755)
  const namespace = createNamespace(id, subnet)
  const children: ChildProcess[] = []
  let servers: (Server | TlsServer)[] = []
  const stop = async (): Promise<void> => {
    for (const child of children) child.kill('SIGKILL')
    await Promise.all(
      children.map((c) =>
        c.exitCode === null && c.signalCode === null ? new Promise((r) => c.on('close', r)) : undefined
      )
    )
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))))
    try {
      ip('netns', 'del', namespace)
    } catch {
      // Never made.
    }
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    const port = await freePort(address)
    const proxy = startTinyproxy(dir, address, port, options.refuse ?? [])
    children.push(proxy)
    await waitForPort(address, port, proxy, 'tinyproxy')
    const [relayServers, relays] = await startRelays(dir, namespace, options.directPorts ?? [])
    children.push(...relays)
    const certificate = makeCertificate(dir)
    const [fronts, tlsServers] = await startTlsFronts(certificate, options.tlsPorts ?? [])
    servers = [...relayServers, ...tlsServers]
    const named = (url: string, name: string): string =>
      url.replace(/\/\/(127\.0\.0\.1|localhost)(?=[:/]|$)/, `//${name}.${SANDBOX_DOMAIN}`)
    const proxyUrl = `http://${address}:${port}`
    return {
      namespace,
      proxyUrl,
      proxyEnv: () => ({ http_proxy: proxyUrl, https_proxy: proxyUrl, HTTP_PROXY: proxyUrl, HTTPS_PROXY: proxyUrl }),
      viaProxy: named,
      viaProxyTls: (url, name) => {
        const parsed = new URL(url)
        const front = fronts.get(Number(parsed.port))
        if (!front) throw new Error(`no TLS front for ${url}: list its port in tlsPorts`)
        return named(url, name)
          .replace(/^http:/, 'https:')
          .replace(`:${parsed.port}`, `:${front}`)
      },
      caFile: certificate.caFile,
      log: () => readFileSync(path.join(dir, 'proxy.log'), 'utf8'),
      stop
    }
  } catch (error) {
    await stop()
    throw error
  }
}
