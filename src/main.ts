import * as core from '@actions/core'
import { existsSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sftStateDirs } from './contract.js'
import { ActionError, formatFailure, SshError } from './errors.js'
import { exchange, sftEnvironment } from './exchange.js'
import { writeOpaSsh } from './helper-bin.js'
import { readInputs, readSshInputs, type Inputs } from './inputs.js'
import { installSft, type SftBinary } from './install.js'
import { missingOidcReason, requestIdToken } from './oidc.js'
import { publishSession, publishSkipped } from './outputs.js'
import { runCommand } from './process.js'
import { addBlock, userSshConfig } from './ssh-config.js'
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
    await prepareLaterSteps(inputs, sft, session.token)
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
    if (inputs.hosts) await runHosts(inputs, session.token, sft)
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

/** opa-ssh on PATH, and with `ssh-config` the block that routes native ssh through sft. */
async function prepareLaterSteps(inputs: Inputs, sft: SftBinary, token: string): Promise<void> {
  const temp = await mkdtemp(path.join(process.env.RUNNER_TEMP || tmpdir(), 'opa-workload-identity-'))
  core.saveState(State.TempDir, temp)
  await writeOpaSsh(path.join(temp, 'bin'))
  core.addPath(path.join(temp, 'bin'))
  if (!inputs.sshConfig) return
  const result = await runCommand(sft.path, ['ssh-config'], {
    env: sftEnvironment(inputs, { OPA_TOKEN: token }),
    timeoutMs: 30_000
  })
  if (result.exitCode !== 0 || !result.stdout.trim()) {
    throw new SshError(
      `sft ssh-config failed: ${result.stderr.trim() || `exit ${result.exitCode}`}`,
      'Run `sft ssh-config` by hand with SFT_LOG_LEVEL=debug to see why.'
    )
  }
  const file = userSshConfig()
  const created = !existsSync(file)
  core.saveState(State.SshConfig, JSON.stringify({ file, created, sft: sft.path }))
  await addBlock(file, result.stdout)
  core.info(`Added the sft ssh-config block to ${file}; native ssh, scp and rsync now route through sft`)
}

/** One-step mode: the script on the hosts, with the ssh sub-action's defaults. */
async function runHosts(inputs: Inputs, token: string, sft: SftBinary): Promise<void> {
  const { runFleetStep } = await import('./ssh-step.js')
  const given: Record<string, string> = { hosts: inputs.hosts, run: inputs.run, summary: String(inputs.summary) }
  const env = {
    ...process.env,
    PATH: `${path.dirname(sft.path)}${path.delimiter}${process.env.PATH ?? ''}`,
    OPA_TOKEN: token,
    OPA_ADDR: inputs.opaAddr,
    SFT_TEAM: inputs.team,
    OPA_WORKLOAD_CONNECTION: inputs.connection,
    OPA_WORKLOAD_ROLE: inputs.role,
    OPA_AUDIENCE: inputs.audience
  }
  await runFleetStep(
    readSshInputs((name) => given[name] ?? '', env),
    env
  )
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
