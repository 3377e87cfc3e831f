/**
 * The OPA stand-in: a loopback HTTP service at OPA_ADDR that the sandbox's
 * `sft` talks to. It validates GitHub JWTs against a Workload Connection's
 * JWKS and required claims and issues short-lived, non-refreshable EdDSA
 * tokens shaped like the ones observed from real OPA. Its wire protocol is
 * the sandbox's own: the real sft–OPA API is not public.
 */
import { execFile } from 'node:child_process'
import { createHash, randomUUID } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import {
  createRemoteJWKSet,
  exportJWK,
  generateKeyPair,
  jwtVerify,
  SignJWT,
  type CryptoKey,
  type JWK,
  type JWTPayload
} from 'jose'
import { checkRule, readControlPlane, type ControlPlane } from './control-plane.js'
import { listenOnLoopback, sendJson } from './http.js'
import type { TargetHost } from './hosts.js'
import type { NewLogEvent, SystemLog } from './system-log.js'

const run = promisify(execFile)

/** Claims GitHub sets that OPA does not copy into `oktapa.wl` (OBSERVED). */
const NOT_COPIED = new Set(['iss', 'aud', 'sub', 'exp', 'iat', 'nbf', 'jti'])

export interface OpaService {
  addr: string
  publicJwk: JWK
  /** Every token issued, so tests can check none leaked. */
  issued: string[]
  close(): Promise<void>
}

export class OpaRejection extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
  }
}

/** What OPA reaches beyond its own state: the servers, the SSH CA and the System Log. */
export interface OpaRuntime {
  hosts: Map<string, TargetHost>
  caKey: string
  log: SystemLog
}

interface SshSession {
  id: string
  host: TargetHost
  account: string
  clientPid: number
}

type RemoteJwks = ReturnType<typeof createRemoteJWKSet>

/** What OPA's routes share: its key pair, what it handed out, its caches and counters. */
interface OpaState {
  controlPlanePath: string
  runtime?: OpaRuntime
  privateKey: CryptoKey
  publicKey: CryptoKey
  publicJwk: JWK
  jwksCache: Map<string, RemoteJwks>
  issued: string[]
  sessions: Map<string, SshSession>
  failuresServed: number
  serial: number
}

interface AuthenticateBody {
  connection: string
  jwt: string
  role_hint?: string
}

interface SshBody {
  host: string
  role?: string
  public_key: string
  tty: boolean
  client_pid: number
}

export async function startOpa(controlPlanePath: string, runtime?: OpaRuntime): Promise<OpaService> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', {
    extractable: true
  })
  const opa: OpaState = {
    controlPlanePath,
    runtime,
    privateKey,
    publicKey,
    publicJwk: {
      ...(await exportJWK(publicKey)),
      kid: randomUUID(),
      alg: 'EdDSA'
    },
    jwksCache: new Map(),
    issued: [],
    sessions: new Map(),
    failuresServed: 0,
    serial: 1
  }
  const watchdog = endSessionsOfDeadClients(opa)
  const server = createServer((req, res) => {
    handle(opa, req, res).catch((error: unknown) => {
      const status = error instanceof OpaRejection ? error.status : 500
      sendJson(res, status, { error: (error as Error).message })
    })
  })
  const listening = await listenOnLoopback(server)
  return {
    addr: listening.url,
    publicJwk: opa.publicJwk,
    issued: opa.issued,
    close: async () => {
      clearInterval(watchdog)
      await Promise.all([...opa.sessions.keys()].map((id) => endSession(opa, id)))
      await listening.close()
    }
  }
}

async function handle(opa: OpaState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const plane = readControlPlane(opa.controlPlanePath)
  if (plane.knobs.latencyMs) await new Promise((r) => setTimeout(r, plane.knobs.latencyMs))
  const url = new URL(req.url ?? '/', 'http://opa.invalid')
  const match = /^\/v1\/teams\/([^/]+)\/workload_tokens$/.exec(url.pathname)
  if (req.method === 'POST' && match) {
    const body = JSON.parse(await readBody(req)) as AuthenticateBody
    return sendJson(res, 200, await authenticate(opa, plane, decodeURIComponent(match[1]), body))
  }
  const ssh = /^\/v1\/teams\/([^/]+)\/ssh_sessions(?:\/([^/]+)\/end)?$/.exec(url.pathname)
  if (req.method === 'POST' && ssh && !ssh[2]) {
    const body = JSON.parse(await readBody(req)) as SshBody
    return sendJson(res, 200, await openSsh(opa, plane, decodeURIComponent(ssh[1]), req, body))
  }
  if (req.method === 'POST' && ssh?.[2]) {
    await endSession(opa, decodeURIComponent(ssh[2]))
    return sendJson(res, 200, { ended: true })
  }
  const servers = /^\/v1\/teams\/([^/]+)\/servers(?:\/([^/]+))?$/.exec(url.pathname)
  if (req.method === 'GET' && servers) {
    return sendJson(res, 200, await findServers(opa, plane, req, url, servers[1], servers[2]))
  }
  if (url.pathname === '/v1/sandbox/jwks') return sendJson(res, 200, { keys: [opa.publicJwk] })
  sendJson(res, 404, { error: `no route for ${req.method} ${url.pathname}` })
}

async function authenticate(
  opa: OpaState,
  plane: ControlPlane,
  team: string,
  body: AuthenticateBody
): Promise<unknown> {
  if ((plane.knobs.authenticateFailures ?? 0) > opa.failuresServed) {
    opa.failuresServed++
    throw new OpaRejection(503, 'service temporarily unavailable')
  }
  if (team !== plane.team) throw new OpaRejection(404, `team "${team}" not found`)
  const connection = plane.connections[body.connection]
  if (!connection) throw new OpaRejection(404, `workload connection "${body.connection}" not found in team "${team}"`)
  let claims: JWTPayload
  try {
    ;({ payload: claims } = await jwtVerify(body.jwt, jwksFor(opa, connection.jwksUrl), { algorithms: ['RS256'] }))
  } catch (error) {
    throw new OpaRejection(401, `JWT validation failed: ${(error as Error).message}`)
  }
  const failed = connection.requiredClaims
    .map((rule) => checkRule(rule, claims as Record<string, unknown>))
    .filter((reason): reason is string => !!reason)
  if (failed.length) throw new OpaRejection(403, `JWT validation failed: ${failed.join('; ')}`)
  if (connection.status === 'draft' && !plane.knobs.draftIssuesToken) {
    return {
      validated: true,
      draft: true,
      message: `JWT is valid for workload connection "${body.connection}", which is in Draft: no token issued`
    }
  }
  const format = plane.knobs.tokenFormat ?? 'jwt'
  if (format === 'garbage') return { token: 'Welcome to OPA!\nYour session is ready.' }
  if (format === 'opaque') {
    const token = `oat_${randomUUID().replace(/-/g, '')}${randomUUID().replace(/-/g, '')}`
    opa.issued.push(token)
    return { token }
  }
  const token = await issueToken(plane, body, claims, opa.privateKey)
  opa.issued.push(token)
  return { token, print: plane.knobs.tokenOutput ?? 'stdout' }
}

function jwksFor(opa: OpaState, url: string): RemoteJwks {
  let set = opa.jwksCache.get(url)
  if (!set) {
    set = createRemoteJWKSet(new URL(url))
    opa.jwksCache.set(url, set)
  }
  return set
}

async function openSsh(
  opa: OpaState,
  plane: ControlPlane,
  team: string,
  req: IncomingMessage,
  body: SshBody
): Promise<unknown> {
  const { runtime } = opa
  if (!runtime) throw new OpaRejection(501, 'this sandbox has no servers')
  const claims = await verifyToken(opa, plane, team, req.headers.authorization)
  const { role, commands } = authorize(plane, claims, body.host, body.role ?? '')
  if (plane.knobs.requireTty && !body.tty) {
    throw new OpaRejection(
      400,
      plane.knobs.ttyMessage ??
        'sft ssh needs a terminal: stdin is not a TTY (run it under a pseudo-terminal, for example script -q -e -c "..." /dev/null)'
    )
  }
  const host = runtime.hosts.get(body.host)
  if (!host) throw new OpaRejection(404, `server "${body.host}" has no address`)
  const account = `wl_${role.replace(/-/g, '_')}`
  const id = randomUUID()
  const ttl = plane.knobs.certTtlSeconds ?? 300
  const certificate = await signCertificate(
    runtime.caKey,
    body.public_key,
    `${String(claims.sub)}#${id}`,
    account,
    ttl,
    opa.serial++
  )
  const stopped = plane.servers[body.host].stopped === true
  if (!stopped) {
    await host.openSession(account, id, commands)
    opa.sessions.set(id, { id, host, account, clientPid: body.client_pid })
  }
  runtime.log.append(credentialsIssued(plane, claims, req, body, id, ttl))
  return {
    session_id: id,
    account,
    port: host.port,
    certificate,
    known_host: host.hostKeyLine,
    cert_ttl_seconds: ttl,
    // How this sandbox's sft behaves on the client side (knobs).
    stdin: plane.knobs.sshStdin ?? 'forward',
    silent255: plane.knobs.silent255 === true,
    remote_tty: plane.knobs.remoteTty === true
  }
}

/** The System Log event for a certificate issued at `sft ssh`, shaped like the real sample. */
function credentialsIssued(
  plane: ControlPlane,
  claims: JWTPayload,
  req: IncomingMessage,
  body: SshBody,
  traceId: string,
  ttl: number
): NewLogEvent {
  return {
    eventType: 'pam.user_creds.issue',
    severity: 'INFO',
    displayMessage: '(PAM) Issue credentials to access servers',
    actor: { id: String(claims.sub), type: 'WorkloadPrincipal', alternateId: null, displayName: String(claims.sub) },
    client: { ipAddress: '127.0.0.1', userAgent: { rawUserAgent: String(req.headers['user-agent'] ?? '') } },
    outcome: { result: 'SUCCESS' },
    debugContext: {
      debugData: {
        teamName: plane.team,
        traceId,
        // OBSERVED (FG samples): debugData values are strings, several values comma-separated.
        servers: plane.servers[body.host].id,
        serverHostnames: body.host,
        userAccessMethod: 'ssh',
        clientIp: '127.0.0.1',
        client: 'WORKLOAD',
        mfaChallengeCompleted: false,
        sshKeyFingerprint: sshKeyFingerprint(body.public_key),
        certificateValidSeconds: ttl
      }
    },
    // OBSERVED: the credentials event names the Team and the Project; the server is in debugData.
    target: [
      { type: 'Team', id: plane.teamId, displayName: plane.team },
      { type: 'Project', id: plane.issuerId, displayName: 'workload-servers' }
    ]
  }
}

/** The fingerprint `ssh-keygen -l` prints for a public key line. */
function sshKeyFingerprint(publicKey: string): string {
  return `SHA256:${createHash('sha256')
    .update(Buffer.from(publicKey.split(/\s+/)[1] ?? '', 'base64'))
    .digest('base64')
    .replace(/=+$/, '')}`
}

/** `hostname` and the role that reaches it; without one, every server the token's role reaches. */
async function findServers(
  opa: OpaState,
  plane: ControlPlane,
  req: IncomingMessage,
  url: URL,
  encodedTeam: string,
  encodedHostname: string | undefined
): Promise<unknown> {
  const team = decodeURIComponent(encodedTeam)
  const claims = await verifyToken(opa, plane, team, req.headers.authorization)
  const role = url.searchParams.get('role') ?? ''
  if (encodedHostname) {
    const hostname = decodeURIComponent(encodedHostname)
    return { hostname, role: authorize(plane, claims, hostname, role).role }
  }
  const visible = Object.keys(plane.servers).filter((name) => {
    try {
      authorize(plane, claims, name, role)
      return true
    } catch {
      return false
    }
  })
  return { servers: visible.map((hostname) => ({ hostname, id: plane.servers[hostname].id })) }
}

/** Validates an OPA token the way OPA would: our signature, expiry, team. */
async function verifyToken(
  opa: OpaState,
  plane: ControlPlane,
  team: string,
  header: string | undefined
): Promise<JWTPayload> {
  const token = /^Bearer (.+)$/.exec(header ?? '')?.[1]
  if (!token) throw new OpaRejection(401, 'OPA_TOKEN is not set; run sft workload authenticate first')
  let claims: JWTPayload
  try {
    ;({ payload: claims } = await jwtVerify(token, opa.publicKey, { typ: 'JWT+OAT', audience: 'okta.com' }))
  } catch (error) {
    throw new OpaRejection(401, `OPA_TOKEN is not valid: ${(error as Error).message}`)
  }
  if (claims['oktapa.tn'] !== team || team !== plane.team)
    throw new OpaRejection(401, `OPA_TOKEN is not valid for team "${team}"`)
  if (plane.knobs.tokenInvalid) throw new OpaRejection(401, `OPA_TOKEN is not valid: ${plane.knobs.tokenInvalid}`)
  const connection = plane.connections[String(claims['oktapa.cn'])]
  if (connection?.status === 'draft')
    throw new OpaRejection(
      401,
      `OPA_TOKEN is not valid: workload connection "${String(claims['oktapa.cn'])}" is not active`
    )
  return claims
}

/** Role, conditions and policy, checked at ssh time as OPA does (OBSERVED). */
function authorize(
  plane: ControlPlane,
  claims: JWTPayload,
  hostName: string,
  requestedRole: string
): { role: string; commands: string[] } {
  const server = plane.servers[hostName]
  if (!server) throw new OpaRejection(404, `server "${hostName}" not found in team "${plane.team}"`)
  const roleName = requestedRole || String(claims['oktapa.rh'] ?? '')
  const role = plane.roles[roleName]
  if (!role) throw new OpaRejection(403, `not authorized: workload role "${roleName}" does not exist`)
  if (role.connection !== claims['oktapa.cn']) {
    throw new OpaRejection(
      403,
      `not authorized: workload role "${roleName}" does not accept connection "${String(claims['oktapa.cn'])}"`
    )
  }
  const workload = (claims['oktapa.wl'] ?? {}) as Record<string, unknown>
  const failed = role.conditions.map((rule) => checkRule(rule, workload)).filter((r): r is string => !!r)
  if (failed.length)
    throw new OpaRejection(403, `not authorized: workload role "${roleName}" conditions not met: ${failed.join('; ')}`)
  if (!role.servers.includes(hostName))
    throw new OpaRejection(
      403,
      `not authorized: no policy grants workload role "${roleName}" access to server "${hostName}"`
    )
  return { role: roleName, commands: role.sudoCommands }
}

async function endSession(opa: OpaState, id: string): Promise<void> {
  const session = opa.sessions.get(id)
  if (!session) return
  opa.sessions.delete(id)
  await session.host.closeSession(session.account, id)
}

/** A client that dies without ending its session (SIGKILL) still loses it. */
function endSessionsOfDeadClients(opa: OpaState): NodeJS.Timeout {
  const watchdog = setInterval(() => {
    for (const session of opa.sessions.values()) {
      try {
        process.kill(session.clientPid, 0)
      } catch {
        void endSession(opa, session.id)
      }
    }
  }, 250)
  watchdog.unref()
  return watchdog
}

/** Signs an ephemeral user key with the sandbox CA: principal `account`, valid `ttl` seconds. */
async function signCertificate(
  caKey: string,
  publicKey: string,
  identity: string,
  account: string,
  ttl: number,
  serial: number
): Promise<string> {
  if (!/^ssh-ed25519 [A-Za-z0-9+/=]+( .*)?$/.test(publicKey.trim()))
    throw new OpaRejection(400, 'public_key must be an ssh-ed25519 key')
  const dir = await mkdtemp(path.join(tmpdir(), 'opa-cert-'))
  try {
    const file = path.join(dir, 'key.pub')
    await writeFile(file, `${publicKey.trim()}\n`)
    // "+Ns" ends the validity N seconds from now (ssh-keygen backdates the start for clock skew).
    await run('ssh-keygen', [
      '-q',
      '-s',
      caKey,
      '-I',
      identity,
      '-n',
      account,
      '-V',
      `+${ttl}s`,
      '-z',
      String(serial),
      file
    ])
    return (await readFile(path.join(dir, 'key-cert.pub'), 'utf8')).trim()
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** Builds a token with the header and claims observed from sft 1.108.0. */
async function issueToken(
  plane: ControlPlane,
  body: AuthenticateBody,
  github: JWTPayload,
  key: CryptoKey
): Promise<string> {
  const connection = plane.connections[body.connection]
  const now = Math.floor(Date.now() / 1000)
  const workload = Object.fromEntries(Object.entries(github).filter(([k]) => !NOT_COPIED.has(k)))
  return new SignJWT({
    aud: ['okta.com'],
    iss: plane.issuerId,
    jti: randomUUID(),
    sub: `opa://${plane.team}/${body.connection}/${encodedSubject(String(github.sub))}`,
    iat: now,
    nbf: now - 60,
    exp: now + connection.ttlSeconds,
    'oktapa.cid': connection.id,
    'oktapa.cn': body.connection,
    'oktapa.rh': body.role_hint ?? '',
    'oktapa.tid': plane.teamId,
    'oktapa.tn': plane.team,
    'oktapa.wl': workload
  })
    .setProtectedHeader({
      alg: 'EdDSA',
      typ: 'JWT+OAT',
      jwk_proof: 'sandbox-unbound'
    })
    .sign(key)
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** The GitHub sub as the observed sample (sft 1.108.0) shows it inside the OPA sub: "/" encoded, ":" kept. */
function encodedSubject(sub: string): string {
  return encodeURIComponent(sub).replace(/%3A/g, ':')
}
