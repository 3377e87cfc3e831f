/** What the action publishes: step outputs, and with `export-env` the variables later steps read. */
import * as core from '@actions/core'
import { createHash } from 'node:crypto'
import * as log from '../lib/log.js'
import { secondsLeft, type OpaSession } from '../auth/opa-token.js'
import type { Inputs } from '../inputs/main.js'
import type { SftBinary } from '../install/index.js'
import { SESSION_ENV } from '../sft/contract.js'
import type { HostResult } from '../ssh/pool.js'

/** OPA tokens cannot be refreshed, so a short remaining life deserves a warning. */
export const LOW_TTL_SECONDS = 300

/**
 * Sets the step outputs and, with `export-env`, the variables later steps
 * and `sft` itself read. The token must already be masked. `exported` is
 * told before anything is written to GITHUB_ENV, so post can clear it.
 */
export function publishSession(
  inputs: Inputs,
  session: OpaSession,
  githubSubject: string,
  sft: SftBinary,
  exported: () => void
): void {
  core.setOutput('token', session.token)
  core.setOutput('expires-at', session.expiresAt?.toISOString() ?? '')
  core.setOutput('principal', session.principal)
  core.setOutput('github-subject', githubSubject)
  core.setOutput('role', session.role)
  core.setOutput('account', session.account)
  core.setOutput('sft-path', sft.path)
  core.setOutput('sft-version', sft.version)
  core.setOutput('authenticated', 'true')

  if (inputs.exportEnv) {
    exported()
    for (const [name, value] of Object.entries(sessionEnvironment(inputs, session))) core.exportVariable(name, value)
  }

  const left = secondsLeft(session)
  if (left !== undefined && left < LOW_TTL_SECONDS) {
    log.warning(
      `The OPA token expires in ${Math.max(left, 0)} s. OPA tokens cannot be refreshed, only issued again: ` +
        "raise the Workload Connection's token TTL, or run this action again before the steps that need it."
    )
  }
}

/** The variables `export-env` writes, by name. */
export function sessionEnvironment(inputs: Inputs, session: OpaSession): Record<string, string> {
  return {
    [SESSION_ENV.token]: session.token,
    [SESSION_ENV.opaAddr]: inputs.opaAddr,
    [SESSION_ENV.team]: inputs.team,
    [SESSION_ENV.connection]: inputs.connection,
    [SESSION_ENV.role]: session.role,
    [SESSION_ENV.audience]: inputs.audience,
    [SESSION_ENV.exported]: exportMarker(session.token)
  }
}

/**
 * The marker export-env sets beside OPA_TOKEN: a digest prefix of the
 * token main exported. A step whose OPA_TOKEN came from elsewhere (a step's
 * own `env:`) has no matching marker, and its renewals stay out of GITHUB_ENV.
 */
export function exportMarker(token: string): string {
  return createHash('sha256').update(token).digest('hex').slice(0, 16)
}

/** Whether `env`'s OPA_TOKEN is the one main exported with export-env. */
export function exportedByMain(env: NodeJS.ProcessEnv): boolean {
  const token = env[SESSION_ENV.token]
  return Boolean(token) && env[SESSION_ENV.exported] === exportMarker(token as string)
}

/** A renewed token for later steps, with its marker: only where main exported the first one. */
export function exportRenewed(session: OpaSession): void {
  core.exportVariable(SESSION_ENV.token, session.token)
  core.exportVariable(SESSION_ENV.exported, exportMarker(session.token))
}

/** Outputs for a run that skipped authentication (`on-no-oidc: skip`). */
export function publishSkipped(): void {
  core.setOutput('authenticated', 'false')
}

/** The fleet's outputs: every host's result, and the counts. */
export function publishResults(results: HostResult[]): void {
  const failed = results.filter((r) => r.status !== 'ok')
  core.setOutput('results', JSON.stringify(results))
  core.setOutput('failed-hosts', failed.map((r) => r.host).join(','))
  core.setOutput('succeeded', String(results.length - failed.length))
  core.setOutput('failed', String(failed.length))
}
