/**
 * Inputs of the `ssh` sub-action, of `opa-ssh`, and of the main action's
 * one-step `hosts`/`run`: what to run where, and how.
 */
import { NAME_RULES, SESSION_ENV } from '../sft/contract.js'
import type { Transfer } from './transfers.js'
import { BOOTSTRAP_PREFIX } from '../ssh/bootstrap.js'
import { Validator, type InputReader } from './validator.js'
import { shardOf, type Amount } from '../ssh/rollout.js'

/** Bounds of the per-host time limit; opa-ssh states them in seconds. */
export const TIMEOUT_MINUTES = { min: 0.05, max: 360 } as const

/** The OPA settings a fleet re-authenticates with. */
export interface OpaSettings {
  role: string
  team: string
  connection: string
  opaAddr: string
  audience: string
}

/** How the hosts are rolled out: see src/ssh/rollout.ts. */
export interface RolloutInputs {
  /** The first this many hosts run first, alone. */
  canary: number
  /** The rest in batches of this size; undefined: one batch. */
  batchSize?: Amount
  /** Failures allowed before no new batch starts. */
  maxFailures: Amount
  /** The slice of the host list this job takes, when given. */
  shard?: { index: number; count: number }
  /** How many hosts the list had before the shard was taken. */
  listed: number
}

export interface SshInputs extends OpaSettings {
  /** The hosts this step runs on: `hosts` and `hosts-file`, then the shard. */
  hosts: string[]
  rollout: RolloutInputs
  run: string
  upload: Transfer[]
  download: Transfer[]
  shell: string[]
  env: Record<string, string>
  maxParallel: number
  failFast: boolean
  timeoutMinutes: number
  transport: 'sft' | 'ssh'
  reauthBefore: number
  preflight: boolean
  summary: boolean
}

/**
 * Reads the ssh inputs. team, connection, opa-addr, audience and role fall
 * back to what the main action exported, so the sub-action needs none of
 * them after a main step.
 */
export function readSshInputs(read: InputReader, env: NodeJS.ProcessEnv = process.env): SshInputs {
  const v = new Validator((name) => read(name) || exportedByMain(name, env))
  const opaAddr = read('opa-addr') || env[SESSION_ENV.opaAddr] ? v.url('opa-addr', 'https://<org>.pam.okta.com') : ''
  const opa: OpaSettings = {
    role: v.name('role', NAME_RULES.role, false),
    team: v.name('team', NAME_RULES.team, false),
    connection: v.name('connection', NAME_RULES.connection, false),
    opaAddr,
    audience: v.audience('audience', opaAddr)
  }
  const inputs = readFleetInputs(v, opa, env)
  v.finish()
  return inputs
}

/**
 * The fleet's own inputs, read with `v` (whose problems the caller reports),
 * around OPA settings the caller already has. Inputs the caller's action
 * does not declare read as empty and take their defaults.
 */
export function readFleetInputs(v: Validator, opa: OpaSettings, env: NodeJS.ProcessEnv = process.env): SshInputs {
  const { hosts: listed, ...rollout } = readRollout(v, env)
  const inputs: SshInputs = {
    ...opa,
    hosts: rollout.shard ? shardOf(listed, rollout.shard.index, rollout.shard.count) : listed,
    rollout: { ...rollout, listed: listed.length },
    run: v.text('run'),
    upload: v.transfers('upload', 1),
    download: v.transfers('download', 0),
    shell: v.shellWords('shell', 'bash -euo pipefail'),
    env: v.envLines('env', BOOTSTRAP_PREFIX),
    maxParallel: Math.floor(v.number('max-parallel', 8, 1, 256)),
    failFast: v.boolean('fail-fast', true),
    timeoutMinutes: v.number('timeout-minutes', 10, TIMEOUT_MINUTES.min, TIMEOUT_MINUTES.max),
    transport: v.choice('transport', ['sft', 'ssh'] as const, 'sft'),
    reauthBefore: v.number('reauth-before', 120, 0, 86_400),
    preflight: v.boolean('preflight', true),
    summary: v.boolean('summary', true)
  }
  if (inputs.hosts.length > 1 && inputs.download.some((t) => !t.to.includes('{host}'))) {
    v.fail(
      'download',
      "would write every host's file to the same local path",
      'put {host} in the local path, for example logs/{host}.log'
    )
  }
  if (!inputs.run.trim() && !inputs.upload.length && !inputs.download.length) {
    v.fail(
      'run',
      'is empty and there is nothing to transfer',
      'give the script to run on each host, or upload/download lines'
    )
  }
  return inputs
}

/**
 * The host list (`hosts` and `hosts-file`, in that order, without repeats)
 * and how to roll it out. A relative hosts-file is the workspace's: the
 * job's checkout, or the current directory outside Actions.
 */
function readRollout(v: Validator, env: NodeJS.ProcessEnv): Omit<RolloutInputs, 'listed'> & { hosts: string[] } {
  const fromFile = v.hostsFile('hosts-file', env.GITHUB_WORKSPACE || process.cwd())
  const named = v.hosts('hosts', !v.given('hosts-file'))
  return {
    hosts: [...new Set([...named, ...fromFile])],
    canary: countOf(v.amount('canary', 0, '1', false)),
    batchSize: v.amount('batch-size', 1, '25%'),
    maxFailures: v.amount('max-failures', 0, '10%') ?? { count: 0 },
    shard: v.shard('shard')
  }
}

const countOf = (amount: Amount | undefined): number => (amount && 'count' in amount ? amount.count : 0)

/** What the main action exported, used when an ssh input is left empty. */
function exportedByMain(name: string, env: NodeJS.ProcessEnv): string {
  const exported: Record<string, string | undefined> = {
    team: env[SESSION_ENV.team],
    connection: env[SESSION_ENV.connection],
    role: env[SESSION_ENV.role],
    'opa-addr': env[SESSION_ENV.opaAddr],
    audience: env[SESSION_ENV.audience]
  }
  return exported[name] ?? ''
}
