/**
 * Before the first host starts, `sft resolve` for every host: a policy or a
 * role condition that refuses this job then refuses before any host has been
 * touched. Role conditions are checked at ssh time, not at authenticate
 * (OBSERVED), so this is the first moment a refusal can show.
 */
import { childEnvironment, runCommand } from '../lib/exec.js'
import { looksTooOldForWorkloads, RESOLVE_EXIT } from '../sft/contract.js'
import { fromSft } from '../sft/said.js'
import type { Verdict } from './classify.js'

/** sft talks to OPA once per host; a slow tenant answers well within this. */
const RESOLVE_TIMEOUT_MS = 60_000

export interface PreflightRequest {
  hosts: string[]
  sftPath: string
  token: string
  sftEnv: Record<string, string>
  concurrency: number
  /** The job's telling claims, for the hint of a refusal by role conditions. */
  claims: string
}

/**
 * The hosts the preflight refused, with why. Undefined when this sft has no
 * `resolve`, and the preflight says nothing.
 */
export async function preflight(request: PreflightRequest): Promise<Map<string, Verdict> | undefined> {
  const refused = new Map<string, Verdict>()
  const queue = [...request.hosts]
  let unsupported = false
  const worker = async (): Promise<void> => {
    for (let host = queue.shift(); host !== undefined && !unsupported; host = queue.shift()) {
      const result = await resolve(request, host)
      if (result === 'unsupported') unsupported = true
      else if (result) refused.set(host, result)
    }
  }
  await Promise.all(Array.from({ length: Math.min(request.concurrency, request.hosts.length) }, worker))
  return unsupported ? undefined : refused
}

async function resolve(request: PreflightRequest, host: string): Promise<Verdict | 'unsupported' | undefined> {
  const env = childEnvironment({ OPA_TOKEN: request.token, ...request.sftEnv })
  const result = await runCommand(request.sftPath, ['resolve', '-q', host], { env, timeoutMs: RESOLVE_TIMEOUT_MS })
  if (result.exitCode === 0) return undefined
  const said = fromSft(`${result.stderr}\n${result.stdout}`).trim()
  if (looksTooOldForWorkloads(said) || /unknown (command|flag).*resolve/i.test(said)) return 'unsupported'
  return verdictFor(result.exitCode, said, request.claims)
}

function verdictFor(exitCode: number | null, said: string, claims: string): Verdict {
  if (exitCode === RESOLVE_EXIT.noGrant) {
    return {
      status: 'denied',
      hint: `Preflight: OPA grants this job no access to this server (sft resolve exit 125): the role's conditions or the security policy do not match the job's claims${claims ? ` (${claims})` : ''}.`
    }
  }
  if (exitCode === RESOLVE_EXIT.noSession) {
    return {
      status: 'denied',
      hint: 'Preflight: OPA refused the token, or there is no session (sft resolve exit 126). Re-run the job for a fresh token; check that the Workload Connection is Active.'
    }
  }
  if (exitCode === RESOLVE_EXIT.notConfigured) {
    return {
      status: 'failed',
      hint: `Preflight: sft resolve exited 1${said ? ` ("${said.split('\n')[0].slice(0, 200)}")` : ', silently'}: sft lacks OPA_ADDR or SFT_TEAM. Give the step opa-addr and team, or run the main step with export-env: true.`
    }
  }
  return {
    status: 'failed',
    hint: `Preflight: sft resolve failed (exit ${exitCode ?? 'by a signal'})${said ? `: "${said.split('\n')[0].slice(0, 200)}"` : ''}.`
  }
}
