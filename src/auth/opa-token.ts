import * as log from '../lib/log.js'
import { decodeProtectedHeader } from 'jose/decode/protected_header'
import type { JWTPayload } from 'jose'
import { decodeJwt } from 'jose/jwt/decode'
import { accountForRole } from '../sft/contract.js'

/**
 * Registers a credential with the runner's log masker. The whole value is
 * masked, and for a JWT the signature too, because a signature alone can be
 * replayed with a hand-built header and payload.
 */
export function maskToken(token: string): void {
  log.setSecret(token)
  const parts = token.split('.')
  if (parts.length === 3 && parts[2].length >= 16) log.setSecret(parts[2])
}

/** The readable parts of a JWT. The signature is deliberately not kept. */
export interface DecodedJwt {
  header: Record<string, unknown>
  claims: JWTPayload
}

/** Decodes without verifying: we hold no key for OPA's token. Undefined for an opaque token. */
export function decodeUnverified(token: string): DecodedJwt | undefined {
  try {
    return {
      header: decodeProtectedHeader(token) as Record<string, unknown>,
      claims: decodeJwt(token)
    }
  } catch {
    return undefined
  }
}

/** The `oktapa.*` claims OPA adds to its token (OBSERVED with sft 1.108.0). */
export interface OpaClaims {
  connectionId?: string
  connectionName?: string
  roleHint?: string
  teamId?: string
  teamName?: string
  workload?: Record<string, unknown>
}

/** What the job knows about its OPA access token, without the token itself. */
export interface OpaSession {
  token: string
  decoded?: DecodedJwt
  opa: OpaClaims
  principal: string
  issuedAt?: Date
  expiresAt?: Date
  role: string
  account: string
}

export function describeSession(token: string, requestedRole: string): OpaSession {
  const decoded = decodeUnverified(token)
  const claims = decoded?.claims ?? {}
  const opa: OpaClaims = {
    connectionId: stringClaim(claims['oktapa.cid']),
    connectionName: stringClaim(claims['oktapa.cn']),
    roleHint: stringClaim(claims['oktapa.rh']),
    teamId: stringClaim(claims['oktapa.tid']),
    teamName: stringClaim(claims['oktapa.tn']),
    workload: isRecord(claims['oktapa.wl']) ? claims['oktapa.wl'] : undefined
  }
  const role = requestedRole || opa.roleHint || ''
  return {
    token,
    decoded,
    opa,
    principal: stringClaim(claims.sub) ?? '',
    issuedAt: epoch(claims.iat),
    expiresAt: epoch(claims.exp),
    role,
    account: accountForRole(role)
  }
}

/** Seconds until expiry, or undefined for a token that does not say. */
export function secondsLeft(session: Pick<OpaSession, 'expiresAt'>, now = Date.now()): number | undefined {
  return session.expiresAt ? Math.floor((session.expiresAt.getTime() - now) / 1000) : undefined
}

function epoch(value: unknown): Date | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? new Date(value * 1000) : undefined
}

function stringClaim(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
