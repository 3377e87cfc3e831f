/**
 * Where sft keeps its state. Every sft call of the action runs with
 * XDG_CONFIG_HOME and XDG_DATA_HOME inside a directory of the action's own,
 * so `sft logout` never touches state that was there before the job, and
 * concurrent opa-ssh runs cannot end each other's sessions. ASSUMED: sft
 * honours the XDG variables, as most Go programs do; the workload token
 * itself travels in OPA_TOKEN, so no state needs sharing between steps.
 */
import { mkdir } from 'node:fs/promises'
import path from 'node:path'

export function privateStateEnv(dir: string): Record<'XDG_CONFIG_HOME' | 'XDG_DATA_HOME', string> {
  return { XDG_CONFIG_HOME: path.join(dir, 'sft-config'), XDG_DATA_HOME: path.join(dir, 'sft-data') }
}

type StateVariables = Partial<Record<'XDG_CONFIG_HOME' | 'XDG_DATA_HOME', string>>

/** The job's own settings, from before this process made sft's state private. */
let jobSettings: StateVariables | undefined

/** Gives every child of this process (sft above all) its state in `dir`. */
export async function keepSftStatePrivate(dir: string): Promise<void> {
  const env = privateStateEnv(dir)
  for (const value of Object.values(env)) await mkdir(value, { recursive: true, mode: 0o700 })
  jobSettings ??= { XDG_CONFIG_HOME: process.env.XDG_CONFIG_HOME, XDG_DATA_HOME: process.env.XDG_DATA_HOME }
  Object.assign(process.env, env)
}

/**
 * An environment with the job's own sft state, for what later steps run:
 * the ssh-config block's commands run there, in the job's environment.
 */
export function withJobSftState(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  if (!jobSettings) return env
  const result = { ...env }
  for (const [name, value] of Object.entries(jobSettings)) {
    if (value === undefined) delete result[name]
    else result[name] = value
  }
  return result
}
