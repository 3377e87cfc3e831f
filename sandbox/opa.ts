/**
 * The OPA stand-in: a loopback HTTP service at OPA_ADDR that the sandbox's
 * `sft` talks to. It validates GitHub JWTs against a Workload Connection's
 * JWKS and required claims and issues short-lived, non-refreshable EdDSA
 * tokens shaped like the ones observed from real OPA. Its wire protocol is
 * the sandbox's own: the real sft–OPA API is not public.
 */
import { randomUUID } from 'node:crypto'
import {
  createServer,
  type IncomingMessage,
  type ServerResponse
} from 'node:http'
import type { AddressInfo } from 'node:net'
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
import {
  checkRule,
  readControlPlane,
  type ControlPlane
} from './control-plane.js'

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

export async function startOpa(controlPlanePath: string): Promise<OpaService> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', {
    extractable: true
  })
  const publicJwk: JWK = {
    ...(await exportJWK(publicKey)),
    kid: randomUUID(),
    alg: 'EdDSA'
  }
  const jwksCache = new Map<string, ReturnType<typeof createRemoteJWKSet>>()
  const issued: string[] = []
  let failuresServed = 0

  const jwksFor = (url: string): ReturnType<typeof createRemoteJWKSet> => {
    let set = jwksCache.get(url)
    if (!set) {
      set = createRemoteJWKSet(new URL(url))
      jwksCache.set(url, set)
    }
    return set
  }

  const authenticate = async (
    plane: ControlPlane,
    team: string,
    body: AuthenticateBody
  ): Promise<unknown> => {
    if ((plane.knobs.authenticateFailures ?? 0) > failuresServed) {
      failuresServed++
      throw new OpaRejection(503, 'service temporarily unavailable')
    }
    if (team !== plane.team)
      throw new OpaRejection(404, `team "${team}" not found`)
    const connection = plane.connections[body.connection]
    if (!connection)
      throw new OpaRejection(
        404,
        `workload connection "${body.connection}" not found in team "${team}"`
      )
    let claims: JWTPayload
    try {
      ;({ payload: claims } = await jwtVerify(
        body.jwt,
        jwksFor(connection.jwksUrl),
        { algorithms: ['RS256'] }
      ))
    } catch (error) {
      throw new OpaRejection(
        401,
        `JWT validation failed: ${(error as Error).message}`
      )
    }
    const failed = connection.requiredClaims
      .map((rule) => checkRule(rule, claims as Record<string, unknown>))
      .filter((reason): reason is string => !!reason)
    if (failed.length)
      throw new OpaRejection(403, `JWT validation failed: ${failed.join('; ')}`)
    if (connection.status === 'draft') {
      return {
        validated: true,
        draft: true,
        message: `JWT is valid for workload connection "${body.connection}", which is in Draft: no token issued`
      }
    }
    const format = plane.knobs.tokenFormat ?? 'jwt'
    if (format === 'garbage')
      return { token: 'Welcome to OPA!\nYour session is ready.' }
    if (format === 'opaque') {
      const token = `oat_${randomUUID().replace(/-/g, '')}${randomUUID().replace(/-/g, '')}`
      issued.push(token)
      return { token }
    }
    const token = await issueToken(plane, body, claims, privateKey)
    issued.push(token)
    return { token }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const status = error instanceof OpaRejection ? error.status : 500
      send(res, status, { error: (error as Error).message })
    })
  })

  const handle = async (
    req: IncomingMessage,
    res: ServerResponse
  ): Promise<void> => {
    const plane = readControlPlane(controlPlanePath)
    if (plane.knobs.latencyMs)
      await new Promise((r) => setTimeout(r, plane.knobs.latencyMs))
    const url = new URL(req.url ?? '/', 'http://opa.invalid')
    const match = /^\/v1\/teams\/([^/]+)\/workload_tokens$/.exec(url.pathname)
    if (req.method === 'POST' && match) {
      const body = JSON.parse(await readBody(req)) as AuthenticateBody
      return send(
        res,
        200,
        await authenticate(plane, decodeURIComponent(match[1]), body)
      )
    }
    if (url.pathname === '/v1/sandbox/jwks')
      return send(res, 200, { keys: [publicJwk] })
    send(res, 404, { error: `no route for ${req.method} ${url.pathname}` })
  }

  await new Promise<void>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve())
  )
  const { port } = server.address() as AddressInfo
  return {
    addr: `http://127.0.0.1:${port}`,
    publicJwk,
    issued,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}

interface AuthenticateBody {
  connection: string
  jwt: string
  role_hint?: string
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
  const workload = Object.fromEntries(
    Object.entries(github).filter(([k]) => !NOT_COPIED.has(k))
  )
  return new SignJWT({
    aud: ['okta.com'],
    iss: plane.issuerId,
    jti: randomUUID(),
    sub: `opa://${plane.team}/${body.connection}/${encodeURIComponent(String(github.sub))}`,
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

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}
