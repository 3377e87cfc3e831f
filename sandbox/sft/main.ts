/**
 * The sandbox's `sft`: a stand-in for Okta's client with the documented
 * command line, environment and output streams, talking to the sandbox's
 * OPA at OPA_ADDR. It is bundled into one file (see sandbox/build.ts) and
 * packaged in the sandbox's Debian repository as /usr/bin/sft.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { request as httpRequest, STATUS_CODES, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { connect as tlsConnect } from 'node:tls'
import type { Socket } from 'node:net'
import { connect } from 'node:net'
import { homedir, tmpdir } from 'node:os'
import path from 'node:path'

/** Replaced when the binary is built, so each packaged version reports its own. */
const VERSION = '__SANDBOX_SFT_VERSION__'

/** OBSERVED: workload commands exist from 1.108.0 on; older clients do not know them. */
const FIRST_WORKLOAD_VERSION = [1, 108, 0]

/** sft resolve's exit code when no policy grants the server (COMMUNITY: 125). */
const EXIT_NO_GRANT = 125
const EXIT_NO_SESSION = 126

const BOOLEAN_FLAGS = new Set(['q', 'quiet'])

type Flags = Record<string, string>

function fail(message: string, code = 1): never {
  // The token's refusal has a prefix of its own (OBSERVED: `OPA_TOKEN is not valid: ...`).
  process.stderr.write(message.startsWith('OPA_TOKEN is not valid') ? `${message}\n` : `Error: ${message}\n`)
  process.exit(code)
}

function parseFlags(args: string[]): { flags: Flags; positional: string[]; rest: string[] } {
  const flags: Flags = {}
  const positional: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg === '--') return { flags, positional, rest: args.slice(i + 1) }
    const name = /^--?([A-Za-z][\w-]*)(?:=(.*))?$/s.exec(arg)
    if (!name) {
      positional.push(arg)
      continue
    }
    if (BOOLEAN_FLAGS.has(name[1])) flags[name[1]] = 'true'
    else if (name[2] !== undefined) flags[name[1]] = name[2]
    else if (i + 1 < args.length) flags[name[1]] = args[++i]
    else fail(`flag needs an argument: ${arg}`)
  }
  return { flags, positional, rest: [] }
}

function hasWorkloadCommands(): boolean {
  const parts = VERSION.split('.').map((p) => parseInt(p, 10))
  for (let i = 0; i < 3; i++) {
    if ((parts[i] ?? 0) !== FIRST_WORKLOAD_VERSION[i]) return (parts[i] ?? 0) > FIRST_WORKLOAD_VERSION[i]
  }
  return true
}

/** Test knob: write what this process received (argv, variable names) to a file. */
function record(extra: Record<string, unknown>): void {
  const file = process.env.SFT_SANDBOX_RECORD
  if (!file) return
  appendFileSync(
    file,
    `${JSON.stringify({ argv: process.argv.slice(2), envNames: Object.keys(process.env).sort(), pid: process.pid, ...extra })}\n`
  )
}

function opaAddr(): string {
  const addr = process.env.OPA_ADDR
  if (!addr) fail('OPA_ADDR is not set; set it to your Okta Privileged Access URL')
  return addr.replace(/\/+$/, '')
}

function team(flags: Flags): string {
  const name = flags.team ?? process.env.SFT_TEAM
  if (!name) fail('no team given: use --team or set SFT_TEAM')
  return name
}

async function opa(
  method: 'GET' | 'POST',
  route: string,
  body?: unknown
): Promise<{ status: number; json: Record<string, unknown> }> {
  const url = `${opaAddr()}${route}`
  const proxy = proxyFor(new URL(url))
  const headers = {
    'content-type': 'application/json',
    'user-agent': `scaleft.go/${VERSION} (sft; k:n o:la)`,
    ...(process.env.OPA_TOKEN ? { authorization: `Bearer ${process.env.OPA_TOKEN}` } : {})
  }
  try {
    const response = await send(
      method,
      new URL(url),
      headers,
      body === undefined ? undefined : JSON.stringify(body),
      proxy
    )
    return { status: response.status, json: JSON.parse(response.body) as Record<string, unknown> }
  } catch (error) {
    failLikeGo(method, url, proxy, error)
  }
}

/** One HTTP request, through `proxy` (a CONNECT tunnel, as Go makes for https) when one is given. */
async function send(
  method: string,
  url: URL,
  headers: Record<string, string>,
  body: string | undefined,
  proxy: string | undefined
): Promise<{ status: number; body: string }> {
  const socket = proxy ? await tunnel(new URL(proxy), url) : undefined
  return new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, {
      method,
      headers,
      ...(socket ? { createConnection: () => socket } : {})
    })
    request.on('error', reject)
    request.on('response', (response: IncomingMessage) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }))
      response.on('error', reject)
    })
    request.end(body)
  })
}

/** A connection to `target` through the proxy's CONNECT, wrapped in TLS for https. */
async function tunnel(proxy: URL, target: URL): Promise<Socket> {
  const port = target.port || (target.protocol === 'https:' ? '443' : '80')
  const raw = await new Promise<Socket>((resolve, reject) => {
    const connect = httpRequest({
      host: proxy.hostname,
      port: Number(proxy.port || 80),
      method: 'CONNECT',
      path: `${target.hostname}:${port}`,
      agent: false
    })
    connect.on('error', (error) => reject(Object.assign(error, { viaProxy: true })))
    connect.on('connect', (response: IncomingMessage, socket: Socket) => {
      if (response.statusCode === 200) resolve(socket)
      else {
        socket.destroy()
        reject(Object.assign(new Error('proxy refused'), { proxyStatus: response.statusCode }))
      }
    })
    connect.end()
  })
  return target.protocol === 'https:' ? tlsConnect({ socket: raw, servername: target.hostname }) : raw
}

/**
 * The proxy Go's http.ProxyFromEnvironment picks: HTTPS_PROXY or HTTP_PROXY
 * by scheme (upper case first), none for loopback or a NO_PROXY match.
 */
function proxyFor(url: URL): string | undefined {
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (host === 'localhost' || host.startsWith('127.') || host === '::1') return undefined
  const noProxy = (process.env.NO_PROXY ?? process.env.no_proxy ?? '').split(',').map((entry) => entry.trim())
  const bypassed = noProxy.some(
    (entry) =>
      entry === '*' || (entry && (host === entry.replace(/^\./, '') || host.endsWith(`.${entry.replace(/^\./, '')}`)))
  )
  if (bypassed) return undefined
  const env = process.env
  return (
    (url.protocol === 'https:' ? env.HTTPS_PROXY || env.https_proxy : env.HTTP_PROXY || env.http_proxy) || undefined
  )
}

/**
 * Fails the way Go's HTTP client reports it, `Post "URL": CAUSE`, from the
 * real failure underneath (a DNS miss, a refused connection, an untrusted
 * certificate, a proxy's refusal). The SFT_SANDBOX_ERROR_STYLE knob prints it
 * bare (`bare`) or behind words of sft's own (default), as the real sft's
 * wording is unknown (src/sft/contract.ts, localFailureOf).
 */
function failLikeGo(method: string, url: string, proxy: string | undefined, error: unknown): never {
  const cause = error as NodeJS.ErrnoException & {
    address?: string
    port?: number
    viaProxy?: boolean
    proxyStatus?: number
  }
  const code = String(cause.code ?? '')
  const dial = `dial tcp ${cause.address ?? '?'}:${cause.port ?? '?'}`
  let go: string
  if (cause.proxyStatus) go = STATUS_CODES[cause.proxyStatus] ?? `unknown status code ${cause.proxyStatus}`
  else if (cause.viaProxy && proxy)
    go = `proxyconnect tcp: ${dial}: ${code === 'ECONNREFUSED' ? 'connect: connection refused' : cause.message}`
  else if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') go = `dial tcp: lookup ${new URL(url).hostname}: no such host`
  else if (code === 'ECONNREFUSED') go = `${dial}: connect: connection refused`
  else if (code === 'ECONNRESET') go = `read tcp ${cause.address ?? '?'}: connection reset by peer`
  else if (/CERT|SELF_SIGNED|UNABLE_TO/.test(code))
    go = 'tls: failed to verify certificate: x509: certificate signed by unknown authority'
  else go = String(cause.message)
  const text = `${method} ${JSON.stringify(url)}: ${go}`
  if (process.env.SFT_SANDBOX_ERROR_STYLE === 'bare') {
    process.stderr.write(`${text}\n`)
    process.exit(1)
  }
  fail(`workload authentication failed: ${text}`)
}

/** Like the real client, keep per-user state under the XDG data directory. */
function stateDir(): string {
  const data = process.env.XDG_DATA_HOME || path.join(process.env.HOME || homedir(), '.local', 'share')
  const dir = path.join(data, 'ScaleFT')
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  return dir
}

async function workloadAuthenticate(args: string[]): Promise<void> {
  writeFileSync(path.join(stateDir(), 'client.json'), `${JSON.stringify({ version: VERSION })}\n`)
  const { flags } = parseFlags(args)
  const teamName = team(flags)
  if (!flags.connection) fail('required flag "connection" not set')
  if (!flags['jwt-env']) fail('required flag "jwt-env" not set')
  const jwt = process.env[flags['jwt-env']]
  record({
    command: 'workload authenticate',
    jwtSha256: jwt ? createHash('sha256').update(jwt).digest('hex') : null,
    envNamesHoldingJwt: jwt ? Object.keys(process.env).filter((k) => process.env[k]?.includes(jwt)) : []
  })
  if (!jwt) fail(`environment variable ${flags['jwt-env']} is empty or not set`)

  const { status, json } = await opa('POST', `/v1/teams/${encodeURIComponent(teamName)}/workload_tokens`, {
    connection: flags.connection,
    jwt,
    role_hint: flags['role-hint']
  })
  if (status !== 200) fail(String(json.error ?? `OPA answered HTTP ${status}`))
  if (json.draft) {
    process.stderr.write(`${String(json.message)}\n`)
    return
  }
  process.stderr.write(
    `Authenticated to team ${teamName} with workload connection ${flags.connection}` +
      (flags['role-hint'] ? `; role hint ${flags['role-hint']} accepted\n` : '\n')
  )
  printToken(String(json.token), String(json.print ?? 'stdout'))
}

/** The token as the control plane's `tokenOutput` knob says sft prints it. */
function printToken(token: string, where: string): void {
  if (where === 'stderr') process.stderr.write(`Your OPA access token: ${token}\n`)
  else if (where === 'banner')
    process.stdout.write(`Welcome to Okta Privileged Access!\nYour access token:\n${token}\n`)
  else if (where === 'json') process.stdout.write(`${JSON.stringify({ token, expires_in: 900 })}\n`)
  else process.stdout.write(`${token}\n`)
}

interface Credentials {
  /** Knobs of this sandbox's client side. */
  stdin: string
  silent255: boolean
  remoteTty: boolean
  dir: string
  key: string
  sessionId: string
  account: string
  port: number
  knownHost: string
  certificate: string
  ttlSeconds: number
}

/** Asks OPA for an ephemeral certificate for `host`, with a fresh key pair in a private directory. */
async function issueCredentials(host: string, flags: Flags): Promise<Credentials> {
  const dir = mkdtempSync(path.join(process.env.XDG_RUNTIME_DIR || tmpdir(), 'sft-'))
  const key = path.join(dir, 'id_ed25519')
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', `sft-${host}`, '-f', key], { stdio: 'ignore' })
  const { status, json } = await opa('POST', `/v1/teams/${encodeURIComponent(team(flags))}/ssh_sessions`, {
    host,
    role: flags['workload-role'] ?? '',
    public_key: readFileSync(`${key}.pub`, 'utf8'),
    tty: process.stdin.isTTY === true,
    client_pid: process.pid
  })
  if (status !== 200) {
    rmSync(dir, { recursive: true, force: true })
    fail(String(json.error ?? `OPA answered HTTP ${status}`))
  }
  writeFileSync(`${key}-cert.pub`, `${String(json.certificate)}\n`)
  writeFileSync(path.join(dir, 'known_hosts'), `${String(json.known_host)}\n`)
  record({ command: 'ssh credentials', host, certificate: json.certificate, account: json.account })
  return {
    stdin: String(json.stdin ?? 'forward'),
    silent255: json.silent255 === true,
    remoteTty: json.remote_tty === true,
    dir,
    key,
    sessionId: String(json.session_id),
    account: String(json.account),
    port: Number(json.port),
    knownHost: String(json.known_host),
    certificate: String(json.certificate),
    ttlSeconds: Number(json.cert_ttl_seconds)
  }
}

async function endSession(credentials: Credentials, flags: Flags): Promise<void> {
  rmSync(credentials.dir, { recursive: true, force: true })
  await opa('POST', `/v1/teams/${encodeURIComponent(team(flags))}/ssh_sessions/${credentials.sessionId}/end`).catch(
    () => undefined
  )
}

/** `sft ssh HOST [--command CMD] [-- ARGS]`: a brokered session as the JIT account. */
async function ssh(args: string[]): Promise<void> {
  // The session's span as this client saw it, for tests of ordering (rollouts).
  const startedAt = Date.now()
  const { flags, positional, rest } = parseFlags(args)
  const host = positional[0]
  if (!host) fail('usage: sft ssh HOST [--team T] [--workload-role R] [--command CMD]')
  if (host.startsWith('-')) fail(`invalid host "${host}"`)
  // Handlers first: a signal that arrives while the session is being opened
  // must still end it, and end this process the same way every time.
  let signalled: NodeJS.Signals | undefined
  let child: ReturnType<typeof spawn> | undefined
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
    process.on(signal, () => {
      signalled = signal
      child?.kill('SIGTERM')
    })
  }
  const credentials = await issueCredentials(host, flags)
  const command = flags.command !== undefined ? [flags.command] : rest
  const sshArgs = [
    '-F',
    '/dev/null',
    '-i',
    credentials.key,
    '-o',
    `CertificateFile=${credentials.key}-cert.pub`,
    '-o',
    'IdentitiesOnly=yes',
    '-o',
    'IdentityAgent=none',
    '-o',
    'BatchMode=yes',
    '-o',
    `UserKnownHostsFile=${path.join(credentials.dir, 'known_hosts')}`,
    '-o',
    `HostKeyAlias=${host}`,
    '-o',
    'StrictHostKeyChecking=yes',
    '-o',
    'ConnectTimeout=10',
    '-o',
    'LogLevel=ERROR',
    ...((command.length === 0 || credentials.remoteTty) && process.stdin.isTTY ? ['-tt'] : []),
    '-p',
    String(credentials.port),
    '-l',
    credentials.account,
    '127.0.0.1',
    ...(command.length ? ['--', ...command] : [])
  ]
  const code =
    signalled || credentials.silent255
      ? 255
      : await new Promise<number>((resolve) => {
          child = spawn('ssh', sshArgs, { stdio: [sshStdin(credentials.stdin), 'inherit', 'inherit'] })
          child.on('close', (exitCode, signal) => resolve(exitCode ?? (signal ? 255 : 1)))
        })
  await endSession(credentials, flags)
  record({ command: 'ssh session', host, startedAt, endedAt: Date.now(), exitCode: code })
  process.exit(signalled ? 128 + (signalled === 'SIGINT' ? 2 : signalled === 'SIGHUP' ? 1 : 15) : code)
}

/**
 * The remote command's stdin, as the sshStdin knob says: the job's own, an
 * immediate end of file, or a pipe that stays open and never delivers.
 */
function sshStdin(mode: string): 'inherit' | 'ignore' | 'pipe' {
  return mode === 'eof' ? 'ignore' : mode === 'hang' ? 'pipe' : 'inherit'
}

/** `sft resolve [-q] HOST`: 0 when the server is reachable through policy, 125 when no grant. */
async function resolve(args: string[]): Promise<void> {
  const { flags, positional } = parseFlags(args)
  const host = positional[0] ?? ''
  const quiet = flags.q === 'true' || flags.quiet === 'true'
  if (!process.env.OPA_TOKEN || !process.env.OPA_ADDR || !(flags.team ?? process.env.SFT_TEAM)) process.exit(1)
  const { status, json } = await opa(
    'GET',
    `/v1/teams/${encodeURIComponent(team(flags))}/servers/${encodeURIComponent(host)}`
  )
  if (status === 200) {
    if (!quiet) process.stdout.write(`${host}\n`)
    return
  }
  if (!quiet) process.stderr.write(`Error: ${String(json.error)}\n`)
  // OBSERVED: 125 when no grant matches, 126 when there is no usable session or token.
  process.exit(status === 403 ? EXIT_NO_GRANT : status === 401 ? EXIT_NO_SESSION : 1)
}

async function listServers(args: string[]): Promise<void> {
  const { flags } = parseFlags(args)
  const { status, json } = await opa('GET', `/v1/teams/${encodeURIComponent(team(flags))}/servers`)
  if (status !== 200) fail(String(json.error))
  const servers = json.servers as { hostname: string; id: string }[]
  if (flags.o === 'json' || flags.output === 'json') process.stdout.write(`${JSON.stringify(servers)}\n`)
  else process.stdout.write(['HOSTNAME  ID', ...servers.map((s) => `${s.hostname}  ${s.id}`)].join('\n') + '\n')
}

function sshConfig(): void {
  // Test knob: an sft without a usable ssh-config (too old, or a platform without one).
  if (process.env.SFT_SANDBOX_SSH_CONFIG_FAILS) fail('ssh-config is not available in this build')
  const self = process.argv[1]
  const dir = stateDir()
  process.stdout.write(
    [
      `Match exec "${self} resolve -q %h"`,
      `  ProxyCommand "${self}" proxycommand %h`,
      `  UserKnownHostsFile "${path.join(dir, 'proxycommand_known_hosts')}"`,
      `  IdentityAgent "${path.join(dir, 'agent.sock')}"`,
      ''
    ].join('\n')
  )
}

/**
 * The agent that holds the ephemeral certificates for native ssh: ssh reads
 * its identities before ProxyCommand runs, so the credentials that
 * proxycommand fetches can only reach ssh through an agent.
 */
async function ensureAgent(dir: string): Promise<string> {
  const socket = path.join(dir, 'agent.sock')
  const alive = (): Promise<boolean> =>
    new Promise<boolean>((resolve) => {
      const probe = connect(socket)
      probe.once('connect', () => {
        probe.destroy()
        resolve(true)
      })
      probe.once('error', () => resolve(false))
    })
  if (await alive()) return socket
  // Parallel connections race to start the agent: one wins the lock, the others wait for it.
  const lock = path.join(dir, 'agent.lock')
  try {
    mkdirSync(lock)
  } catch {
    for (let i = 0; i < 100 && !(await alive()); i++) await new Promise((r) => setTimeout(r, 20))
    return socket
  }
  try {
    rmSync(socket, { force: true })
    const out = execFileSync('ssh-agent', ['-s', '-a', socket], { encoding: 'utf8' })
    const pid = /SSH_AGENT_PID=(\d+)/.exec(out)?.[1]
    if (pid) writeFileSync(path.join(dir, 'agent.pid'), pid)
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
  return socket
}

/** `sft proxycommand HOST`: credentials into the agent, then the TCP stream to the server. */
async function proxycommand(args: string[]): Promise<void> {
  const { flags, positional } = parseFlags(args)
  const host = positional[0]
  if (!host) fail('usage: sft proxycommand HOST')
  const dir = stateDir()
  const credentials = await issueCredentials(host, flags)
  const socket = await ensureAgent(dir)
  const env = { ...process.env, SSH_AUTH_SOCK: socket }
  // The agent forgets the key when the certificate expires anyway.
  spawnSync('ssh-add', ['-q', '-t', String(credentials.ttlSeconds), credentials.key], { env, stdio: 'ignore' })
  const knownHosts = path.join(dir, 'proxycommand_known_hosts')
  const existing = existsSync(knownHosts) ? readFileSync(knownHosts, 'utf8').split('\n') : []
  if (!existing.includes(credentials.knownHost)) appendFileSync(knownHosts, `${credentials.knownHost}\n`)

  const stream = connect(credentials.port, '127.0.0.1')
  const finish = async (code: number): Promise<never> => {
    spawnSync('ssh-add', ['-q', '-d', credentials.key], { env, stdio: 'ignore' })
    await endSession(credentials, flags)
    process.exit(code)
  }
  stream.once('error', (error) => {
    process.stderr.write(`Error: connect to ${host}: ${error.message}\n`)
    void finish(1)
  })
  stream.once('connect', () => {
    process.stdin.pipe(stream)
    stream.pipe(process.stdout)
  })
  stream.once('close', () => void finish(0))
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, () => stream.destroy())
}

function logout(): void {
  const dir = stateDir()
  const pidFile = path.join(dir, 'agent.pid')
  if (existsSync(pidFile)) {
    try {
      process.kill(Number(readFileSync(pidFile, 'utf8')), 'SIGTERM')
    } catch {
      // already gone
    }
  }
  rmSync(pidFile, { force: true })
  rmSync(path.join(dir, 'agent.sock'), { force: true })
  process.stderr.write('Logged out\n')
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv
  if (command === '--version' || command === '-v' || command === 'version') {
    process.stdout.write(`sft version ${VERSION}\n`)
    return
  }
  if ((command === 'workload' || command === 'wl') && hasWorkloadCommands()) {
    const [sub, ...args] = rest
    if (sub === 'authenticate' || sub === 'auth') return workloadAuthenticate(args)
    fail(`unknown subcommand "${sub ?? ''}" for "sft workload"`)
  }
  if (command === 'ssh') return ssh(rest)
  if (command === 'resolve') return resolve(rest)
  if (command === 'list-servers') return listServers(rest)
  if (command === 'ssh-config') return sshConfig()
  if (command === 'proxycommand') return proxycommand(rest)
  if (command === 'logout') return logout()
  fail(`unknown command "${command ?? ''}" for "sft"\nRun 'sft --help' for usage.`)
}

main(process.argv.slice(2)).catch((error: unknown) => fail((error as Error).message))
