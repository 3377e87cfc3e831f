/**
 * The exchange at the heart of the action: the job's GitHub OIDC token,
 * checked against `expect-claims`, for an OPA access token from
 * `sft workload authenticate`.
 */
import * as log from '../lib/log.js'
import type { JWTPayload } from 'jose'
import type { Inputs } from '../inputs/main.js'
import { ExchangeError, OidcError } from '../lib/errors.js'
import { checkClaims, explainMismatch, issuerTrust, OPERATOR_LABEL, tellingClaims, type ClaimCheck } from './claims.js'
import { exchange } from './exchange.js'
import { requestIdToken } from './oidc.js'
import { decodeUnverified, describeSession, type DecodedJwt, type OpaSession } from './opa-token.js'

/** What authentication has learned so far, kept for the summary even when a later stage fails. */
export interface AuthProgress {
  github?: DecodedJwt
  claimChecks?: ClaimCheck[]
  /** Runs a stage and records how long it took. */
  timed<T>(stage: string, work: () => Promise<T>): Promise<T>
}

export async function authenticate(inputs: Inputs, sftPath: string, progress: AuthProgress): Promise<OpaSession> {
  const idToken = await progress.timed('OIDC', () => requestIdToken(inputs.audience))
  const attempts = `${idToken.attempts} attempt${idToken.attempts === 1 ? '' : 's'}`
  log.info(`Got a GitHub OIDC token for audience "${inputs.audience}" (${attempts})`)
  progress.github = decodeUnverified(idToken.jwt)
  const claims = progress.github?.claims ?? {}
  if (inputs.expectClaims.length) {
    progress.claimChecks = checkClaims(inputs.expectClaims, claims)
    const failed = progress.claimChecks.filter((c) => !c.ok)
    if (failed.length) throw claimsError(failed, claims)
    log.info(`The GitHub token meets all ${progress.claimChecks.length} expect-claims rules`)
  }
  const { team, connection, role, opaAddr } = inputs
  const { token, verdict } = await progress.timed('exchange', () =>
    exchange({ sftPath, team, connection, role, opaAddr, jwt: idToken.jwt }).catch((error: unknown) => {
      throw withPresentedClaims(error, claims)
    })
  )
  if (verdict) log.debug(`sft: ${verdict}`)
  return describeSession(token, inputs.role)
}

function claimsError(failed: ClaimCheck[], claims: JWTPayload): OidcError {
  const rows = failed.map(
    (c) =>
      `  - ${c.claim} ${OPERATOR_LABEL[c.operator]} "${c.value}": actual ${c.actual === undefined ? '(missing)' : `"${c.actual}"`} (${explainMismatch(c, claims)})`
  )
  return new OidcError(
    `The GitHub token does not meet expect-claims, so the exchange was not attempted:\n${rows.join('\n')}`,
    "Run this job where the Workload Connection expects (branch, environment, workflow), or fix the rule if the connection's required claims changed."
  )
}

/** When OPA refuses, the claims the job presented are the first thing to compare. */
function withPresentedClaims(error: unknown, claims: JWTPayload): unknown {
  if (!(error instanceof ExchangeError) || !/OPA rejected/.test(error.message)) return error
  const shown = tellingClaims(claims).map(([k, v]) => `  ${k}: ${v}`)
  const trust = issuerTrust(claims)
  const issuer = trust
    ? `\nThe Workload Connection must trust the issuer ${trust.issuer}, and OPA must be able to reach its keys at ${trust.jwksUrl}.`
    : ''
  return new ExchangeError(
    `${error.message}\nThe GitHub token presented:\n${shown.join('\n')}${issuer}`,
    error.hint,
    error.details
  )
}
