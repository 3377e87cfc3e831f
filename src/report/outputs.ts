import * as core from '@actions/core'
import type { Inputs } from '../inputs/main.js'
import type { SftBinary } from '../install/index.js'
import { State } from '../steps/state.js'
import { secondsLeft, type OpaSession } from '../auth/opa-token.js'

/** OPA tokens cannot be refreshed, so a short remaining life deserves a warning. */
export const LOW_TTL_SECONDS = 300

/**
 * Sets the step outputs and, with `export-env`, the variables later steps
 * and `sft` itself read. The token must already be masked.
 */
export function publishSession(inputs: Inputs, session: OpaSession, githubSubject: string, sft: SftBinary): void {
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
    core.saveState(State.TokenExported, 'true')
    core.exportVariable('OPA_TOKEN', session.token)
    core.exportVariable('OPA_ADDR', inputs.opaAddr)
    core.exportVariable('SFT_TEAM', inputs.team)
    core.exportVariable('OPA_WORKLOAD_CONNECTION', inputs.connection)
    core.exportVariable('OPA_WORKLOAD_ROLE', session.role)
    core.exportVariable('OPA_AUDIENCE', inputs.audience)
  }

  const left = secondsLeft(session)
  if (left !== undefined && left < LOW_TTL_SECONDS) {
    core.warning(
      `The OPA token expires in ${Math.max(left, 0)} s. OPA tokens cannot be refreshed, only issued again: ` +
        "raise the Workload Connection's token TTL, or run this action again before the steps that need it."
    )
  }
}

/** Outputs for a run that skipped authentication (`on-no-oidc: skip`). */
export function publishSkipped(): void {
  core.setOutput('authenticated', 'false')
}
