/**
 * `expect-claims`: the job's own check of its GitHub token against the
 * claims the Workload Connection requires, with OPA's operators, before the
 * exchange. A claim mismatch is the most common failure of every OIDC
 * action; this turns OPA's terse refusal into "ref is X, expected Y".
 */
import type { JWTPayload } from 'jose'

export type Operator = 'equals' | 'starts_with' | 'exists'

export interface Expectation {
  claim: string
  operator: Operator
  value: string
}

export interface ClaimCheck extends Expectation {
  actual: string | undefined
  ok: boolean
}

export const OPERATOR_LABEL: Record<Operator, string> = {
  equals: 'Equals',
  starts_with: 'Starts with',
  exists: 'Exists'
}

/** `claim=value` (Equals), `claim^=prefix` (Starts with), `claim` (Exists); one per line. */
export function parseExpectations(text: string): Expectation[] | string {
  const rules: Expectation[] = []
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (!line || line.startsWith('#')) continue
    const match = /^([A-Za-z_][A-Za-z0-9_.]*)\s*(?:(\^=|=)(.*))?$/.exec(line)
    if (!match) return `"${line.slice(0, 60)}" is not claim=value, claim^=prefix or claim`
    const [, claim, op, value] = match
    rules.push({
      claim,
      operator: op === '^=' ? 'starts_with' : op === '=' ? 'equals' : 'exists',
      value: (value ?? '').trim()
    })
  }
  return rules
}

export function checkClaims(rules: Expectation[], claims: JWTPayload): ClaimCheck[] {
  return rules.map((rule) => {
    // Own claims only: `__proto__` or `constructor` must not pass an Exists check.
    const raw = Object.hasOwn(claims, rule.claim) ? claims[rule.claim] : undefined
    const actual = raw === undefined || raw === null ? undefined : typeof raw === 'string' ? raw : JSON.stringify(raw)
    const ok =
      rule.operator === 'exists'
        ? actual !== undefined && actual !== ''
        : rule.operator === 'equals'
          ? actual === rule.value
          : actual !== undefined && actual.startsWith(rule.value)
    return { ...rule, actual, ok }
  })
}

/** What a mismatch usually means, in GitHub's terms. */
export function explainMismatch(check: ClaimCheck, claims: JWTPayload): string {
  const event = String(claims.event_name ?? '')
  if (check.claim === 'ref' && /^refs\/pull\//.test(check.actual ?? '')) return 'this run came from a pull request'
  if (check.claim === 'ref' && /^refs\/tags\//.test(check.actual ?? '')) return 'this run came from a tag'
  if (check.claim === 'environment' && check.actual === undefined) return 'the job has no `environment:`'
  if (check.claim === 'sub' && /:pull_request$/.test(check.actual ?? ''))
    return 'pull_request runs have the subject repo:OWNER/REPO:pull_request'
  if (check.claim === 'sub' && /:environment:/.test(check.actual ?? ''))
    return 'a job with an environment has an environment subject, not a ref subject'
  if (check.claim === 'job_workflow_ref' || check.claim === 'workflow_ref')
    return 'a reusable workflow is identified by job_workflow_ref'
  if (check.actual === undefined) return `the token has no ${check.claim} claim${event ? ` for a ${event} event` : ''}`
  return 'the job does not run where the connection expects'
}

/** The claims that most often decide OPA's verdict, for error messages. */
export const TELLING_CLAIMS = [
  'sub',
  'repository',
  'repository_owner',
  'ref',
  'environment',
  'job_workflow_ref',
  'event_name',
  'aud'
]

/** The telling claims a set of claims has, as `[name, value]` pairs, for an error or a hint. */
export function tellingClaims(claims: Record<string, unknown>): [string, string][] {
  return TELLING_CLAIMS.filter((k) => claims[k] !== undefined).map((k) => [k, String(claims[k])])
}

/**
 * The issuer a Workload Connection must trust for this token, and where OPA
 * fetches its keys: GitHub publishes them under the issuer (DOC: GitHub's
 * OIDC discovery; on GHES the issuer is `https://HOST/_services/token`, on
 * GHE.com `https://token.actions.SUBDOMAIN.ghe.com`). Undefined when the
 * token names no https issuer.
 */
export function issuerTrust(claims: Record<string, unknown>): { issuer: string; jwksUrl: string } | undefined {
  const issuer = claims.iss
  if (typeof issuer !== 'string' || !/^https:\/\/[^\s/]+/.test(issuer)) return undefined
  return { issuer, jwksUrl: `${issuer.replace(/\/+$/, '')}/.well-known/jwks` }
}
