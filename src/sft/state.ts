/**
 * Where sft keeps its state. Every sft call of the action runs with
 * XDG_CONFIG_HOME and XDG_DATA_HOME inside a directory of the action's own,
 * so `sft logout` never touches state that was there before the job, and
 * concurrent opa-ssh runs cannot end each other's sessions. Native ssh
 * through the ssh-config block runs sft with the main step's private state
 * too (src/ssh/launcher.ts), so jobs sharing HOME share no sft state.
 * OBSERVED on Linux: by default sft keeps config in ~/.config/ScaleFT and
 * data (its agent, proxycommand_known_hosts) in ~/.local/share/ScaleFT.
 * ASSUMED: sft honours the XDG variables, as most Go programs do; the workload token
 * itself travels in OPA_TOKEN, so no state needs sharing between steps.
 */
import { mkdir } from 'node:fs/promises'
import path from 'node:path'

export function privateStateEnv(dir: string): Record<'XDG_CONFIG_HOME' | 'XDG_DATA_HOME', string> {
  return { XDG_CONFIG_HOME: path.join(dir, 'sft-config'), XDG_DATA_HOME: path.join(dir, 'sft-data') }
}

/** Gives every child of this process (sft above all) its state in `dir`. */
export async function keepSftStatePrivate(dir: string): Promise<void> {
  const env = privateStateEnv(dir)
  for (const value of Object.values(env)) await mkdir(value, { recursive: true, mode: 0o700 })
  Object.assign(process.env, env)
}
