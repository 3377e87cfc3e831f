/**
 * Wires the SSH engine for its callers: the `ssh` sub-action, the `opa-ssh`
 * CLI and the main action's one-step mode. Turns inputs and a session into a
 * plan, builds the token keeper, and reports live output.
 */
import * as log from '../lib/log.js'
import { rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describeSession, maskToken, type OpaSession } from '../auth/opa-token.js'
import { tellingClaims } from '../auth/claims.js'
import { TokenKeeper } from '../auth/token-keeper.js'
import { SshError } from '../lib/errors.js'
import { childEnvironment, findOnPath, redact } from '../lib/exec.js'
import { makeTempDir } from '../lib/temp.js'
import type { SshInputs } from '../inputs/ssh.js'
import { accountForRole, SESSION_ENV } from '../sft/contract.js'
import { logOut } from '../sft/logout.js'
import { keepSftStatePrivate } from '../sft/state.js'
import { exportedByMain, exportRenewed } from '../report/outputs.js'
import { runFleet, type FleetPlan, type FleetRun, type HostResult, type Output } from './pool.js'
import { keepAgentSocketShort } from './agent-socket.js'
import { checkRunnerTools } from './runner-tools.js'
import { sftSshConfig } from './ssh-config.js'
import { hostsOf, planBatches } from './rollout.js'

/** What a fleet starts from: the sft to use, and the session it already has, if any. */
export interface FleetStart {
  sftPath: string
  session?: OpaSession
  /** Called with every renewed session (later steps may need the fresh token). */
  onRenewed?: (session: OpaSession) => void
  /** A directory of this run's own that holds sft's state; removed when the fleet closes. */
  stateDir?: string
}

export interface Fleet {
  run: FleetRun
  keeper: TokenKeeper
  /** How many hosts may fail before no new batch starts. */
  failureBudget: number
  /** Removes the private ssh config and ends sft's agent, for `transport: ssh`. */
  close(): Promise<void>
}

/**
 * For a step after main (the sub-action, opa-ssh): sft on PATH and the
 * token main exported, and enough inputs to authenticate without one.
 */
export async function startFromEnvironment(
  inputs: SshInputs,
  env: NodeJS.ProcessEnv,
  exportsRenewal = true
): Promise<FleetStart> {
  const sftPath = await findOnPath('sft', env.PATH)
  if (!sftPath) {
    throw new SshError(
      'No sft on PATH.',
      'Run the main opa-workload-identity step first: it installs sft and puts it on PATH.'
    )
  }
  const token = env[SESSION_ENV.token]
  if (!token && !(inputs.team && inputs.connection && inputs.opaAddr)) {
    throw new SshError(
      'There is no OPA token (OPA_TOKEN is empty) and not enough to get one.',
      'Run the main opa-workload-identity step first with `export-env: true`, or give this step team, connection and opa-addr so it can authenticate itself.'
    )
  }
  if (token) maskToken(token)
  // This step's sft keeps its state to itself: its logout cannot end another run's sessions.
  const stateDir = await makeTempDir('opa-ssh-state-', env)
  await keepSftStatePrivate(stateDir)
  return {
    stateDir,
    sftPath,
    session: token ? describeSession(token, inputs.role) : undefined,
    // Only where main's marker says it exported this very token (export-env): later steps then get the fresh one too.
    onRenewed: exportsRenewal && exportedByMain(env) ? exportRenewed : undefined
  }
}

export async function startFleet(
  inputs: SshInputs,
  start: FleetStart,
  output: Output,
  env: NodeJS.ProcessEnv = process.env
): Promise<Fleet> {
  const { team, connection, role, opaAddr, audience } = inputs
  const credentials = { sftPath: start.sftPath, team, connection, role, opaAddr, audience }
  const keeper = new TokenKeeper(start.session, credentials, start.onRenewed)
  // Before anything else: a missing runner tool is named with its package, not blamed on sft per host.
  const { pty } = await checkRunnerTools()
  const plan = { ...planFor(inputs, start), ptyAvailable: pty }
  let removeShortState = async (): Promise<void> => undefined
  if (plan.transport === 'ssh' || plan.upload.length || plan.download.length) {
    // Native ssh reaches sft's credentials through its agent's socket, whose path has a limit.
    removeShortState = await keepAgentSocketShort()
    plan.sshConfig = await writeSshConfig(start.sftPath, start.session?.token ?? '', env)
  }
  let privateConfig: Promise<string> | undefined
  plan.privateConfig = () => (privateConfig ??= writeSshConfig(start.sftPath, start.session?.token ?? '', env))
  const close = async (): Promise<void> => {
    const written = await privateConfig?.catch(() => undefined)
    for (const file of [plan.sshConfig, written])
      if (file) await rm(path.dirname(file), { recursive: true, force: true })
    if (plan.sshConfig || written || start.stateDir) await logOut(start.sftPath)
    await removeShortState()
    if (start.stateDir) await rm(start.stateDir, { recursive: true, force: true })
  }
  return { run: runFleet(plan, keeper, output), keeper, failureBudget: plan.failureBudget, close }
}

function planFor(inputs: SshInputs, start: FleetStart): FleetPlan {
  const role = inputs.role || start.session?.role || ''
  const { canary, batchSize, maxFailures } = inputs.rollout
  return {
    hosts: inputs.hosts,
    batches: planBatches(inputs.hosts, canary, batchSize),
    failureBudget: hostsOf(maxFailures, inputs.hosts.length),
    script: inputs.run,
    shell: inputs.shell,
    env: inputs.env,
    maxParallel: inputs.maxParallel,
    failFast: inputs.failFast,
    timeoutMs: inputs.timeoutMinutes * 60_000,
    transport: inputs.transport,
    role,
    account: accountForRole(role),
    sftPath: start.sftPath,
    reauthBefore: inputs.reauthBefore,
    upload: inputs.upload,
    download: inputs.download,
    preflight: inputs.preflight,
    claims: claimsText(start.session),
    // Given to sft explicitly: one-step mode holds them without exporting them.
    sftEnv: {
      ...(inputs.opaAddr ? { [SESSION_ENV.opaAddr]: inputs.opaAddr } : {}),
      ...(inputs.team ? { [SESSION_ENV.team]: inputs.team } : {})
    }
  }
}

/** The claims OPA copied from the GitHub token that usually decide a refusal, as `key=value` text. */
function claimsText(session: OpaSession | undefined): string {
  return tellingClaims(session?.opa.workload ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(', ')
}

/** Results with every token the run used removed from the output tails. */
export function scrub(results: HostResult[], keeper: TokenKeeper): HostResult[] {
  const tokens = keeper.used.map((session) => session.token)
  // sft's words in these tails were redacted as they arrived; the script's output is the script's.
  return results.map((r) => ({
    ...r,
    'stdout-tail': redact(r['stdout-tail'], tokens),
    'stderr-tail': redact(r['stderr-tail'], tokens)
  }))
}

/**
 * Live output for the Actions log: one collapsible group per host when hosts
 * run one at a time, every line prefixed with its host when they run in
 * parallel (groups cannot interleave).
 */
export function actionsOutput(parallel: boolean): Output {
  return {
    hostStarted: (host) => (parallel ? log.info(`[${host}] started`) : log.startGroup(host)),
    batchStarted: (batch, last) => {
      const name = batch.number === 0 ? 'canary' : `batch ${batch.number} of ${last}`
      const count = `${batch.hosts.length} host${batch.hosts.length === 1 ? '' : 's'}`
      const more = batch.hosts.length > 8 ? `, and ${batch.hosts.length - 8} more` : ''
      log.info(`Rollout: ${name}, ${count}: ${batch.hosts.slice(0, 8).join(', ')}${more}`)
    },
    line: (host, _stream, text) => log.info(parallel ? `[${host}] ${text}` : text),
    hostEnded: (result) => {
      const summary = `${result.host}: ${result.status}${result['exit-code'] === null ? '' : ` (exit ${result['exit-code']})`} in ${(result['duration-ms'] / 1000).toFixed(1)} s`
      if (!parallel) log.endGroup()
      if (result.status === 'ok') log.info(parallel ? `[${result.host}] ${summary}` : summary)
      else log.error(`${summary}. ${result.hint}`, { title: `ssh: ${result.host}` })
    }
  }
}

/** The notice for a shard with no hosts in it (a matrix larger than the fleet). */
export function emptyShard(inputs: SshInputs): string {
  const { shard, listed } = inputs.rollout
  return `ssh: shard ${shard?.index ?? 1}/${shard?.count ?? 1} of ${listed} host${listed === 1 ? '' : 's'} is empty, so there is nothing to run here. A matrix with more shards than hosts leaves some empty.`
}

/** The one-line verdict for a failed fleet run. */
export function failureMessage(results: HostResult[]): string {
  const bad = results.filter((r) => r.status !== 'ok')
  // DOC and OBSERVED: a Draft connection, or one whose activation has not propagated, may issue a token that OPA then refuses.
  const draft = results.every((r) => r.status === 'denied')
    ? ' Every host was denied right after a successful exchange: the Workload Connection may be Draft, or its activation has not propagated yet (about 5 minutes).'
    : ''
  return `ssh: ${bad.length} of ${results.length} hosts did not succeed: ${bad.map((r) => `${r.host} (${r.status})`).join(', ')}\nHint: ${bad[0]?.hint ?? ''}${draft}`
}

/** `sft ssh-config` into a private file, for `transport: ssh` (the user's ~/.ssh/config stays untouched). */
export async function writeSshConfig(sftPath: string, token: string, env: NodeJS.ProcessEnv): Promise<string> {
  const config = await sftSshConfig(
    sftPath,
    childEnvironment(token ? { [SESSION_ENV.token]: token } : {}, env),
    'Use `transport: sft`, or run `sft ssh-config` by hand with SFT_LOG_LEVEL=debug.'
  )
  const dir = await makeTempDir('opa-ssh-config-', env)
  const file = path.join(dir, 'config')
  await writeFile(file, config, { mode: 0o600 })
  return file
}
