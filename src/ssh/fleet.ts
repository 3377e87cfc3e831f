/**
 * Wires the SSH engine for its two callers, the `ssh` sub-action and the
 * `opa-ssh` CLI: finds sft, builds the token keeper from the job's
 * environment, turns inputs into a plan and reports live output.
 */
import * as core from '@actions/core'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { accountForRole } from '../sft/contract.js'
import { logOut } from '../steps/cleanup.js'
import { SshError } from '../lib/errors.js'
import type { SshInputs } from '../inputs/main.js'
import { childEnvironment, findOnPath, redact } from '../lib/exec.js'
import { TokenKeeper } from '../auth/token-keeper.js'
import { sftSshConfig } from './ssh-config.js'
import { runFleet, type FleetPlan, type FleetRun, type HostResult, type Output } from './pool.js'
import { describeSession, maskToken } from '../auth/opa-token.js'

export interface Fleet {
  run: FleetRun
  keeper: TokenKeeper
  /** Removes the private ssh config and ends sft's agent, for `transport: ssh`. */
  close(): Promise<void>
}

export async function startFleet(
  inputs: SshInputs,
  output: Output,
  env: NodeJS.ProcessEnv = process.env
): Promise<Fleet> {
  const sftPath = await findOnPath('sft', env.PATH)
  if (!sftPath) {
    throw new SshError(
      'No sft on PATH.',
      'Run the main opa-workload-identity step first: it installs sft and puts it on PATH.'
    )
  }
  const token = env.OPA_TOKEN
  if (!token && !(inputs.team && inputs.connection && inputs.opaAddr)) {
    throw new SshError(
      'There is no OPA token (OPA_TOKEN is empty) and not enough to get one.',
      'Run the main opa-workload-identity step first with `export-env: true`, or give this step team, connection and opa-addr so it can authenticate itself.'
    )
  }
  if (token) maskToken(token)
  const initial = token ? describeSession(token, inputs.role) : undefined
  const keeper = new TokenKeeper(
    initial,
    {
      sftPath,
      team: inputs.team,
      connection: inputs.connection,
      role: inputs.role,
      opaAddr: inputs.opaAddr,
      audience: inputs.audience
    },
    // Later steps get the fresh token too.
    (session) => core.exportVariable('OPA_TOKEN', session.token)
  )
  const role = inputs.role || initial?.role || ''
  const plan: FleetPlan = {
    hosts: inputs.hosts,
    script: inputs.run,
    shell: inputs.shell,
    env: inputs.env,
    maxParallel: inputs.maxParallel,
    failFast: inputs.failFast,
    timeoutMs: inputs.timeoutMinutes * 60_000,
    transport: inputs.transport,
    role,
    account: accountForRole(role),
    sftPath,
    reauthBefore: inputs.reauthBefore,
    upload: inputs.upload,
    download: inputs.download
  }
  if (plan.transport === 'ssh' || plan.upload.length || plan.download.length)
    plan.sshConfig = await writeSshConfig(sftPath, initial?.token ?? '', env)
  const close = async (): Promise<void> => {
    if (!plan.sshConfig) return
    await rm(path.dirname(plan.sshConfig), { recursive: true, force: true })
    await logOut(sftPath)
  }
  return { run: runFleet(plan, keeper, output), keeper, close }
}

/** Results with every token the run used removed from the output tails. */
export function scrub(results: HostResult[], keeper: TokenKeeper): HostResult[] {
  const tokens = keeper.used.map((session) => session.token)
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
    hostStarted: (host) => (parallel ? core.info(`[${host}] started`) : core.startGroup(host)),
    line: (host, _stream, text) => core.info(parallel ? `[${host}] ${text}` : text),
    hostEnded: (result) => {
      const summary = `${result.host}: ${result.status}${result['exit-code'] === null ? '' : ` (exit ${result['exit-code']})`} in ${(result['duration-ms'] / 1000).toFixed(1)} s`
      if (!parallel) core.endGroup()
      if (result.status === 'ok') core.info(parallel ? `[${result.host}] ${summary}` : summary)
      else core.error(`${summary}. ${result.hint}`, { title: `ssh: ${result.host}` })
    }
  }
}

/** The one-line verdict for a failed fleet run. */
export function failureMessage(results: HostResult[]): string {
  const bad = results.filter((r) => r.status !== 'ok')
  return `ssh: ${bad.length} of ${results.length} hosts did not succeed: ${bad.map((r) => `${r.host} (${r.status})`).join(', ')}\nHint: ${bad[0]?.hint ?? ''}`
}

/** `sft ssh-config` into a private file, for `transport: ssh` (the user's ~/.ssh/config stays untouched). */
export async function writeSshConfig(sftPath: string, token: string, env: NodeJS.ProcessEnv): Promise<string> {
  const config = await sftSshConfig(
    sftPath,
    childEnvironment(token ? { OPA_TOKEN: token } : {}, env),
    'Use `transport: sft`, or run `sft ssh-config` by hand with SFT_LOG_LEVEL=debug.'
  )
  const dir = await mkdtemp(path.join(env.RUNNER_TEMP || tmpdir(), 'opa-ssh-config-'))
  const file = path.join(dir, 'config')
  await writeFile(file, config, { mode: 0o600 })
  return file
}
