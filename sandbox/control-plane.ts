/**
 * The sandbox's control plane: what an OPA admin would configure in the
 * console (team, Workload Connections, Workload Roles, servers), plus the
 * fault knobs tests turn. It is a JSON file the OPA stand-in re-reads on
 * every request, so a test changes OPA's behaviour by rewriting it.
 */
import { readFileSync, writeFileSync } from 'node:fs'

/** OPA's three claim operators (DOC: Equals, Starts with, Exists). */
export type ClaimOperator = 'equals' | 'starts_with' | 'exists'

export interface ClaimRule {
  claim: string
  operator: ClaimOperator
  value?: string
}

export interface Connection {
  id: string
  jwksUrl: string
  requiredClaims: ClaimRule[]
  ttlSeconds: number
  status: 'draft' | 'active'
}

export interface Role {
  connection: string
  /** Checked at `sft ssh`, not at authenticate (OBSERVED). */
  conditions: ClaimRule[]
  servers: string[]
  sudoCommands: string[]
}

export interface Knobs {
  /** What authenticate prints on success: a JWT (default), an opaque string, or junk. */
  tokenFormat?: 'jwt' | 'opaque' | 'garbage'
  /** Added to every OPA request. */
  latencyMs?: number
  /** Fail this many authenticate calls with HTTP 503 first. */
  authenticateFailures?: number
  /** `sft ssh` refuses to run without a terminal on stdin, as the real one may. */
  requireTty?: boolean
  /** Lifetime of the ephemeral SSH certificates (default 300 s). */
  certTtlSeconds?: number
  /**
   * Where authenticate prints the token: alone on stdout (default), on
   * stderr with nothing on stdout, after a banner on stdout, or in JSON.
   */
  tokenOutput?: 'stdout' | 'stderr' | 'banner' | 'json'
  /**
   * What the remote command reads on stdin under `sft ssh`: the job's stdin
   * (default), an immediate end of file, or nothing ever (open, silent).
   */
  sshStdin?: 'forward' | 'eof' | 'hang'
  /**
   * Under a terminal, `sft ssh` asks for a remote tty for a command too
   * (`ssh -tt`), whose line discipline echoes whatever reaches stdin before
   * the remote side turns echo off; no public run shows whether sft does.
   */
  remoteTty?: boolean
  /** The words of the needs-a-terminal refusal, with requireTty; the real wording is unknown. */
  ttyMessage?: string
  /** A Draft connection issues a token anyway, which every later call refuses. */
  draftIssuesToken?: boolean
  /** `sft ssh` exits 255 and prints nothing, as a blocked path, gateway or policy can make it. */
  silent255?: boolean
  /** `sft ssh` and `sft resolve` refuse the token: stderr `OPA_TOKEN is not valid: <this>`. */
  tokenInvalid?: string
}

export interface ControlPlane {
  team: string
  teamId: string
  issuerId: string
  connections: Record<string, Connection>
  roles: Record<string, Role>
  /** `stopped` servers are in the inventory but their sshd is down (unreachable). */
  servers: Record<string, { id: string; stopped?: boolean }>
  knobs: Knobs
}

export function readControlPlane(file: string): ControlPlane {
  return JSON.parse(readFileSync(file, 'utf8')) as ControlPlane
}

export function writeControlPlane(file: string, plane: ControlPlane): void {
  writeFileSync(file, `${JSON.stringify(plane, null, 2)}\n`, { mode: 0o600 })
}

/** Applies `change` to the file on disk, as an admin editing the console would. */
export function updateControlPlane(file: string, change: (plane: ControlPlane) => void): ControlPlane {
  const plane = readControlPlane(file)
  change(plane)
  writeControlPlane(file, plane)
  return plane
}

/** Evaluates one rule against a claim set; returns why it failed, or undefined. */
export function checkRule(rule: ClaimRule, claims: Record<string, unknown>): string | undefined {
  const actual = claims[rule.claim]
  if (rule.operator === 'exists') {
    return actual === undefined || actual === null || actual === '' ? `claim "${rule.claim}" is missing` : undefined
  }
  const text = actual === undefined ? undefined : String(actual)
  if (rule.operator === 'equals' && text !== rule.value) {
    return `claim "${rule.claim}" is ${text === undefined ? 'missing' : `"${text}"`}, expected "${rule.value}"`
  }
  if (rule.operator === 'starts_with' && !(text ?? '').startsWith(rule.value ?? '')) {
    return `claim "${rule.claim}" is ${text === undefined ? 'missing' : `"${text}"`}, expected to start with "${rule.value}"`
  }
  return undefined
}
