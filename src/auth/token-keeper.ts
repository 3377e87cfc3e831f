import * as log from '../lib/log.js'
import { exchange } from './exchange.js'
import { requestIdToken } from './oidc.js'
import { describeSession, secondsLeft, type OpaSession } from './opa-token.js'

/** What re-authentication needs: the same exchange main did. */
export interface Credentials {
  sftPath: string
  team: string
  connection: string
  role: string
  opaAddr: string
  audience: string
}

/**
 * Keeps an OPA token usable for the next piece of work. OPA tokens cannot
 * be refreshed, so when too little lifetime is left a fresh GitHub JWT is
 * exchanged for a fresh token. Concurrent callers share one renewal instead
 * of stampeding OPA.
 */
export class TokenKeeper {
  private renewal?: Promise<OpaSession>
  /** Every token this keeper held, the first one included: for the timeline, and to scrub output. */
  readonly used: OpaSession[] = []

  constructor(
    private session: OpaSession | undefined,
    private readonly credentials: Credentials,
    private readonly onRenewed: (session: OpaSession) => void = () => undefined
  ) {
    if (session) this.used.push(session)
  }

  /** The current token, renewed first when it has less than `minSeconds` left (or there is none). */
  async fresh(minSeconds: number): Promise<{ session: OpaSession; renewed: boolean }> {
    const current = this.session
    const left = current ? secondsLeft(current) : undefined
    // An opaque token says nothing about its expiry: trust it until OPA refuses it.
    if (current && (left === undefined || left >= threshold(current, minSeconds)))
      return { session: current, renewed: false }
    this.renewal ??= this.renew().finally(() => {
      this.renewal = undefined
    })
    return { session: await this.renewal, renewed: true }
  }

  private async renew(): Promise<OpaSession> {
    const { jwt } = await requestIdToken(this.credentials.audience)
    const { token } = await exchange({ ...this.credentials, jwt })
    const session = describeSession(token, this.credentials.role)
    this.session = session
    this.used.push(session)
    log.info(
      `Re-authenticated: a fresh OPA token${session.expiresAt ? ` valid until ${session.expiresAt.toISOString()}` : ''}`
    )
    this.onRenewed(session)
    return session
  }
}

/**
 * The lifetime below which to renew. A connection whose tokens live less
 * than `minSeconds` could never satisfy it, so for those the bar is five
 * seconds short of a fresh token's lifetime: renew when a token has been
 * used a little, not before every host.
 */
function threshold(session: OpaSession, minSeconds: number): number {
  const lifetime =
    session.issuedAt && session.expiresAt ? (session.expiresAt.getTime() - session.issuedAt.getTime()) / 1000 : Infinity
  return Math.min(minSeconds, lifetime - 5)
}
