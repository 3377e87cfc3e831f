import * as core from '@actions/core'
import * as log from '../lib/log.js'
import { randomBytes } from 'node:crypto'
import { existsSync, realpathSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { homedir, tmpdir } from 'node:os'
import path from 'node:path'
import { authenticate, type AuthProgress } from '../auth/authenticate.js'
import type { ClaimCheck } from '../auth/claims.js'
import { missingOidcReason } from '../auth/oidc.js'
import type { DecodedJwt, OpaSession } from '../auth/opa-token.js'
import type { Inputs } from '../inputs/main.js'
import type { SshInputs } from '../inputs/ssh.js'
import { installSft, type SftBinary } from '../install/index.js'
import { failStep, formatFailure } from '../lib/errors.js'
import { AUDIT_LOOKAHEAD_MS, auditLine, auditLinks, auditSubject, fetchJobEvents } from '../report/audit.js'
import { renderAuditEvents } from '../report/audit-summary.js'
import { readSessions } from '../report/sessions.js'
import { renderMainSummary, type MainSummary, type StageTiming } from '../report/main-summary.js'
import { appendSummary } from '../report/markdown.js'
import { exportRenewed, publishSession, publishSkipped } from '../report/outputs.js'
import { SESSION_ENV } from '../sft/contract.js'
import { keepSftStatePrivate, privateStateEnv } from '../sft/state.js'
import { TEMP_PREFIX } from './owned-paths.js'
import { removeGoneJobs } from './leftovers.js'
import { writeNativeSft, writeOpaSsh } from '../ssh/launcher.js'
import { addBlock, jobLabel, routeThrough, sftSshConfig, sshConfigTarget } from '../ssh/ssh-config.js'
import { sftEnvironment } from '../auth/exchange.js'
import { State } from './state.js'
import { runFleetStep } from './ssh.js'

/** What the main step has learned so far: the summary reads it whether the run succeeds or fails. */
class Progress implements AuthProgress {
  readonly stages: StageTiming[] = []
  sft?: SftBinary
  github?: DecodedJwt
  claimChecks?: ClaimCheck[]
  session?: OpaSession
  summarized = false

  async timed<T>(name: string, work: () => Promise<T>): Promise<T> {
    const started = Date.now()
    try {
      return await work()
    } finally {
      this.stages.push({ name, ms: Date.now() - started })
    }
  }
}

/** The main step, once its inputs are valid: install, OIDC, exchange, outputs, then one-step hosts. */
export async function run(inputs: Inputs): Promise<void> {
  const progress = new Progress()
  try {
    await authenticateAndServe(inputs, progress)
  } catch (error) {
    failStep(error)
    if (progress.summarized) return
    const { sft, github, session, stages, claimChecks } = progress
    const reason = formatFailure(error)
    await summarize(inputs, { outcome: 'failed', sft, github, session, stages, claimChecks, reason, env: process.env })
  }
}

async function authenticateAndServe(inputs: Inputs, progress: Progress): Promise<void> {
  for (const secret of [inputs.oktaApiToken, inputs.oktaLogsToken]) if (secret) log.setSecret(secret)
  const noOidc = missingOidcReason()
  if (noOidc && inputs.onNoOidc === 'skip') {
    log.notice(`Skipping OPA authentication: ${noOidc.message}`)
    publishSkipped()
    await summarize(inputs, { outcome: 'skipped', reason: noOidc.message })
    return
  }
  if (noOidc) throw noOidc

  const temp = await prepareStep()
  const sft = await progress.timed('install', () => install(inputs))
  progress.sft = sft
  const session = await authenticate(inputs, sft.path, progress)
  progress.session = session
  publishSession(inputs, session, String(progress.github?.claims.sub ?? ''), sft, () =>
    core.saveState(State.TokenExported, 'true')
  )
  await prepareLaterSteps(inputs, temp, sft, session.token)
  const audit = auditLinks(inputs, session, new Date(Date.now() + AUDIT_LOOKAHEAD_MS))
  if (audit.length) core.setOutput('audit-url', audit[0].url)
  else log.notice(noAuditUrl(inputs, session))
  core.saveState(State.Audit, JSON.stringify(auditSubject(session)))
  const expiry = session.expiresAt ? `; the token expires at ${session.expiresAt.toISOString()}` : ''
  log.info(`Authenticated as ${session.principal || 'an OPA workload'}${expiry}`)
  const { github, stages, claimChecks } = progress
  await summarize(inputs, {
    outcome: 'authenticated',
    session,
    github,
    sft,
    stages,
    claimChecks,
    audit,
    env: process.env
  })
  progress.summarized = true
  if (inputs.oneStep) await runHosts(inputs, inputs.oneStep, session, sft)
}

/**
 * What post must know, recorded before any effect: where the ssh-config
 * block would go and whether its directory exists yet, and the action's
 * temp dir, named before it is made. sft's state lives in that temp dir
 * from now on. Then what jobs that are gone left on this machine goes.
 */
async function prepareStep(): Promise<string> {
  const target = sshConfigTarget()
  core.saveState(State.AbsentDirs, JSON.stringify([path.dirname(target.file)].filter((dir) => !existsSync(dir))))
  const temp = path.join(process.env.RUNNER_TEMP || tmpdir(), `${TEMP_PREFIX}${randomBytes(3).toString('hex')}`)
  core.saveState(State.TempDir, temp)
  await mkdir(temp, { mode: 0o700 })
  await keepSftStatePrivate(temp)
  const gone = await removeGoneJobs(configFiles(target.file))
  for (const item of gone.removed) log.warning(`Removed ${item}`)
  for (const { path: item, error } of gone.failed) log.warning(`Could not remove ${item}: ${error}`)
  core.saveState(State.GoneJobs, JSON.stringify(gone.removed))
  return temp
}

/** The config files where a job's block may be: the one OpenSSH reads, and the one under $HOME. */
function configFiles(target: string): string[] {
  return [target, path.join(process.env.HOME || homedir(), '.ssh', 'config')]
}

/** sft, with the system files it may write recorded before they are written. */
async function install(inputs: Inputs): Promise<SftBinary> {
  const sft = await installSft(inputs, (files) => core.saveState(State.SystemFiles, JSON.stringify(files)))
  core.saveState(State.SftPath, sft.path)
  if (sft.pathEntry) core.addPath(sft.pathEntry)
  log.info(`Using sft ${sft.version} at ${sft.path} (${sft.source})`)
  return sft
}

/** opa-ssh on PATH, and with `ssh-config` the block that routes native ssh through sft. */
async function prepareLaterSteps(inputs: Inputs, temp: string, sft: SftBinary, token: string): Promise<void> {
  await writeOpaSsh(path.join(temp, 'bin'))
  core.addPath(path.join(temp, 'bin'))
  if (!inputs.sshConfig) return
  const target = sshConfigTarget()
  if (target.warning) log.warning(target.warning)
  if (target.note) log.info(target.note)
  const wrapper = await writeNativeSft(path.join(temp, 'native'), sft.path, path.dirname(temp), privateStateEnv(temp))
  const config = await sftSshConfig(
    sft.path,
    // Run with this job's private state, so the block names it (known hosts, agent).
    sftEnvironment(inputs, { [SESSION_ENV.token]: token }, process.env),
    'Run `sft ssh-config` by hand with SFT_LOG_LEVEL=debug to see why.'
  )
  const routed = routeThrough(config, [sft.path, realpathSync(sft.path)], wrapper)
  const { file } = target
  core.saveState(State.SshConfig, JSON.stringify({ file, created: !existsSync(file) }))
  try {
    await addBlock(file, routed, { job: jobLabel(), temp })
  } catch (error) {
    log.warning(`ssh-config: native ssh will not route through sft.\n${formatFailure(error)}`)
    return
  }
  log.info(`Added this job's sft ssh-config block to ${file}; native ssh, scp and rsync now route through sft`)
}

/** One-step mode: the fleet with the session main holds, then the events its sessions produced. */
async function runHosts(inputs: Inputs, fleet: SshInputs, session: OpaSession, sft: SftBinary): Promise<void> {
  await runFleetStep(fleet, {
    sftPath: sft.path,
    session,
    // export-env holds on every path: a renewed token reaches later steps only when the first one did.
    onRenewed: inputs.exportEnv ? exportRenewed : undefined
  })
  // The sessions are over: their events can be read now, and become an output.
  const sessions = readSessions()
  const live = session.principal ? await fetchJobEvents(inputs, auditSubject(session), sessions) : undefined
  if (!live) return
  core.saveState(State.AuditReported, 'true')
  core.setOutput('audit-events', JSON.stringify(live.events))
  if (live.problem) log.warning(`Audit trail: ${live.problem}`)
  log.info(auditLine(live))
  if (inputs.summary)
    await appendSummary(renderAuditEvents(live.events, live.problem, live.others, sessions.length > 0))
}

async function summarize(inputs: Inputs, part: Omit<MainSummary, 'team' | 'connection'>): Promise<void> {
  if (!inputs.summary) return
  await appendSummary(renderMainSummary({ team: inputs.team, connection: inputs.connection, ...part }))
}

/** Why the audit-url output is empty, and what gives it a value. */
function noAuditUrl(inputs: Inputs, session: OpaSession): string {
  if (!session.principal)
    return 'audit-url is empty: the OPA token names no principal (it is not a JWT), so there is no actor to search the System Log for.'
  return `audit-url is empty: the Okta Admin Console URL cannot be derived from opa-addr ${inputs.opaAddr} (only from https://<org>.pam.okta.com). Set okta-admin-url, such as https://<org>-admin.okta.com.`
}
