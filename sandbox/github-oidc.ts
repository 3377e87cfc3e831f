/**
 * A loopback stand-in for GitHub's Actions OIDC token service: the endpoint
 * behind ACTIONS_ID_TOKEN_REQUEST_URL, plus discovery and JWKS, with knobs
 * for the faults the action must survive.
 */
import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK, type JWTPayload } from 'jose'
import { listenOnLoopback, sendJson } from './http.js'

export type SubjectKind = 'branch' | 'tag' | 'environment' | 'pull_request'

export interface OidcFaults {
  /** Answer this many requests with `failureStatus` before succeeding. */
  failuresBeforeSuccess?: number
  failureStatus?: number
  /** Answer every request with this status (no success). */
  status?: number
  delayMs?: number
  malformedJson?: boolean
}

export interface OidcRequestRecord {
  path: string
  audience: string | null
  authorization: string | undefined
  userAgent: string | undefined
  at: number
}

export interface GithubOidcOptions {
  repository?: string
  subject?: SubjectKind
  ref?: string
  environment?: string
  claims?: JWTPayload
  lifetimeSeconds?: number
}

export interface GithubOidc {
  /** Value for ACTIONS_ID_TOKEN_REQUEST_URL (already carries `?api-version=2.0`). */
  requestUrl: string
  /** Value for ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  requestToken: string
  issuer: string
  jwksUrl: string
  publicJwk: JWK
  requests: OidcRequestRecord[]
  /** Every JWT issued, so tests can check none of them leaked. */
  issued: string[]
  faults: OidcFaults
  options: GithubOidcOptions
  close(): Promise<void>
}

/** GitHub's claim set for a run, with `sub` in the form GitHub uses for the subject kind. */
export function githubClaims(options: GithubOidcOptions, audience: string, now: number): JWTPayload {
  const repository = options.repository ?? 'octo-org/deploy-app'
  const [owner] = repository.split('/')
  const kind = options.subject ?? 'branch'
  const ref =
    options.ref ??
    (kind === 'tag' ? 'refs/tags/v1.2.3' : kind === 'pull_request' ? 'refs/pull/12/merge' : 'refs/heads/main')
  const environment = options.environment ?? 'production'
  const sub =
    kind === 'environment'
      ? `repo:${repository}:environment:${environment}`
      : kind === 'pull_request'
        ? `repo:${repository}:pull_request`
        : `repo:${repository}:ref:${ref}`
  const lifetime = options.lifetimeSeconds ?? 300
  return {
    jti: randomUUID(),
    sub,
    aud: audience,
    ref,
    sha: 'd6f8e2b0c1a94e3f8b7d5c6a1e2f3a4b5c6d7e8f',
    repository,
    repository_owner: owner,
    repository_owner_id: '4242',
    repository_id: '777001',
    repository_visibility: 'private',
    run_id: '9100200300',
    run_number: '42',
    run_attempt: '1',
    actor: 'octocat',
    actor_id: '583231',
    triggering_actor: 'octocat',
    workflow: 'Deploy',
    workflow_ref: `${repository}/.github/workflows/deploy.yml@${ref}`,
    workflow_sha: 'd6f8e2b0c1a94e3f8b7d5c6a1e2f3a4b5c6d7e8f',
    job_workflow_ref: `${repository}/.github/workflows/deploy.yml@${ref}`,
    job_workflow_sha: 'd6f8e2b0c1a94e3f8b7d5c6a1e2f3a4b5c6d7e8f',
    head_ref: kind === 'pull_request' ? 'feature/login' : '',
    base_ref: kind === 'pull_request' ? 'main' : '',
    event_name: kind === 'pull_request' ? 'pull_request' : 'push',
    ref_type: kind === 'tag' ? 'tag' : 'branch',
    ref_protected: kind === 'branch' ? 'true' : 'false',
    ...(kind === 'environment' ? { environment } : {}),
    runner_environment: 'github-hosted',
    check_run_id: '31415926',
    iss: 'https://token.actions.githubusercontent.com',
    nbf: now - 300,
    iat: now,
    exp: now + lifetime,
    ...options.claims
  }
}

/** What the routes share: the service as its callers see it, its signing key and the failures served so far. */
interface OidcState {
  oidc: GithubOidc
  privateKey: CryptoKey
  failuresServed: number
}

export async function startGithubOidc(options: GithubOidcOptions = {}, faults: OidcFaults = {}): Promise<GithubOidc> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', {
    extractable: true
  })
  const publicJwk: JWK = {
    ...(await exportJWK(publicKey)),
    kid: randomUUID(),
    alg: 'RS256',
    use: 'sig'
  }
  const server = createServer()
  const { url: base, close } = await listenOnLoopback(server)
  const oidc: GithubOidc = {
    requestUrl: `${base}/_apis/token?api-version=2.0`,
    requestToken: `ghs_${randomUUID().replace(/-/g, '')}`,
    issuer: base,
    jwksUrl: `${base}/.well-known/jwks`,
    publicJwk,
    requests: [],
    issued: [],
    faults,
    options,
    close
  }
  const state: OidcState = { oidc, privateKey, failuresServed: 0 }
  // The routes need the service's address, so they are attached once it listens.
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    handle(state, req, res).catch((error: unknown) => sendJson(res, 500, { message: String(error) }))
  })
  return oidc
}

async function handle(state: OidcState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { oidc } = state
  const url = new URL(req.url ?? '/', oidc.issuer)
  if (url.pathname === '/.well-known/openid-configuration') return sendJson(res, 200, discoveryDocument(oidc))
  if (url.pathname === '/.well-known/jwks') return sendJson(res, 200, { keys: [oidc.publicJwk] })
  if (url.pathname !== '/_apis/token') return sendJson(res, 404, { message: 'Not Found' })
  await serveIdToken(state, req, res, url)
}

function discoveryDocument(oidc: GithubOidc): Record<string, unknown> {
  return {
    issuer: oidc.issuer,
    jwks_uri: oidc.jwksUrl,
    subject_types_supported: ['public', 'pairwise'],
    response_types_supported: ['id_token'],
    claims_supported: [
      'sub',
      'aud',
      'exp',
      'iat',
      'iss',
      'jti',
      'nbf',
      'ref',
      'repository',
      'repository_owner',
      'run_id',
      'workflow',
      'actor',
      'environment'
    ],
    id_token_signing_alg_values_supported: ['RS256'],
    scopes_supported: ['openid']
  }
}

/** The ACTIONS_ID_TOKEN_REQUEST_URL endpoint: records the request, applies the faults, then signs a JWT. */
async function serveIdToken(state: OidcState, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const { requests, faults, options, requestToken, issued } = state.oidc
  requests.push({
    path: req.url ?? '',
    audience: url.searchParams.get('audience'),
    authorization: req.headers.authorization,
    userAgent: req.headers['user-agent'],
    at: Date.now()
  })
  if (faults.delayMs) await new Promise((r) => setTimeout(r, faults.delayMs))
  if (url.searchParams.get('api-version') !== '2.0')
    return sendJson(res, 400, { message: 'api-version=2.0 is required' })
  if (req.headers.authorization?.toLowerCase() !== `bearer ${requestToken}`.toLowerCase()) {
    return sendJson(res, 401, { message: 'Bad credentials' })
  }
  if (faults.status) return sendJson(res, faults.status, { message: `injected ${faults.status}` })
  if ((faults.failuresBeforeSuccess ?? 0) > state.failuresServed) {
    state.failuresServed++
    return sendJson(res, faults.failureStatus ?? 500, {
      message: 'injected failure'
    })
  }
  if (faults.malformedJson) return sendJson(res, 200, '{"value": ')

  const now = Math.floor(Date.now() / 1000)
  const audience =
    url.searchParams.get('audience') ??
    `https://github.com/${(options.repository ?? 'octo-org/deploy-app').split('/')[0]}`
  const claims = githubClaims(options, audience, now)
  const jwt = await new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: state.oidc.publicJwk.kid })
    .sign(state.privateKey)
  issued.push(jwt)
  sendJson(res, 200, { count: 1, value: jwt })
}
