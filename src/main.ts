import * as core from '@actions/core'
import { existsSync } from 'node:fs'
import { sftStateDirs } from './contract.js'
import { ActionError, formatFailure } from './errors.js'
import { exchange } from './exchange.js'
import { readInputs, type Inputs } from './inputs.js'
import { installSft, type SftBinary } from './install.js'
import { missingOidcReason, requestIdToken } from './oidc.js'
import { publishSession, publishSkipped } from './outputs.js'
import { State } from './state.js'
import { appendSummary, renderMainSummary, type MainSummary } from './summary.js'
import { decodeUnverified, describeSession } from './token.js'

/** The main step: inputs, then OIDC, then the exchange, then outputs. */
export async function run(): Promise<void> {
  let inputs: Inputs | undefined
  let sft: SftBinary | undefined
  try {
    inputs = readInputs((name) => core.getInput(name))

    const noOidc = missingOidcReason()
    if (noOidc && inputs.onNoOidc === 'skip') {
      core.notice(`Skipping OPA authentication: ${noOidc.message}`)
      publishSkipped()
      await summarize(inputs, { outcome: 'skipped', reason: noOidc.message })
      return
    }
    if (noOidc) throw noOidc

    sft = await installSft(inputs)
    if (sft.systemFiles) core.saveState(State.SystemFiles, JSON.stringify(sft.systemFiles))
    core.info(`Using sft ${sft.version} at ${sft.path} (${sft.source})`)

    // Recorded before sft runs: whatever it creates, post removes.
    const absent = sftStateDirs().filter((dir) => !existsSync(dir))
    core.saveState(State.AbsentSftDirs, JSON.stringify(absent))

    const idToken = await requestIdToken(inputs.audience)
    core.info(
      `Got a GitHub OIDC token for audience "${inputs.audience}" (${idToken.attempts} attempt${idToken.attempts === 1 ? '' : 's'})`
    )
    const githubSubject = String(decodeUnverified(idToken.jwt)?.claims.sub ?? '')

    const { token, verdict } = await exchange({
      sftPath: sft.path,
      team: inputs.team,
      connection: inputs.connection,
      role: inputs.role,
      opaAddr: inputs.opaAddr,
      jwt: idToken.jwt
    })
    if (verdict) core.debug(`sft: ${verdict}`)

    const session = describeSession(token, inputs.role)
    publishSession(inputs, session, githubSubject, sft)
    core.info(
      `Authenticated as ${session.principal || 'an OPA workload'}` +
        (session.expiresAt ? `; the token expires at ${session.expiresAt.toISOString()}` : '')
    )
    await summarize(inputs, {
      outcome: 'authenticated',
      session,
      githubSubject,
      sft
    })
  } catch (error) {
    if (error instanceof ActionError) error.details.forEach((d) => core.debug(d))
    core.setFailed(formatFailure(error))
    if (inputs)
      await summarize(inputs, {
        outcome: 'failed',
        sft,
        reason: formatFailure(error)
      })
  }
}

async function summarize(inputs: Inputs, part: Omit<MainSummary, 'team' | 'connection'>): Promise<void> {
  if (!inputs.summary) return
  await appendSummary(
    renderMainSummary({
      team: inputs.team,
      connection: inputs.connection,
      ...part
    })
  )
}
