/**
 * What post may remove, rebuilt from post's own rules. State names what
 * main did, but state is only a hint: a path is removed when post's rules
 * say the action could have created it there, never because state alone
 * names it.
 */
import path from 'node:path'
import { homedir } from 'node:os'
import { INSTALLED_SFT, isAptFile } from '../install/apt.js'
import { findOnPath } from '../lib/exec.js'
import { sftStateDirs } from '../sft/contract.js'
import { userSshConfig } from '../ssh/ssh-config.js'

/** The prefix of the action's own temp dir, a direct child of RUNNER_TEMP made by mkdtemp. */
export const TEMP_PREFIX = 'opa-workload-identity-'

/**
 * Directories the action may have created in the user's home: sft's state
 * dirs (removed whole), and their parents below HOME and ~/.ssh (removed
 * only when empty, deepest first).
 */
export function homeDirs(env: NodeJS.ProcessEnv = process.env): { whole: string[]; ifEmpty: string[] } {
  const home = path.resolve(env.HOME || homedir())
  const whole = sftStateDirs(env).map((d) => path.resolve(d))
  const parents = new Set<string>([path.dirname(userSshConfig(env))])
  for (const dir of whole) {
    for (let p = path.dirname(dir); p.startsWith(`${home}/`); p = path.dirname(p)) parents.add(p)
  }
  return { whole, ifEmpty: [...parents].sort((a, b) => b.length - a.length) }
}

/** The directories of `homeDirs` that do not exist yet, for main to record before anything runs. */
export function absentHomeDirs(exists: (p: string) => boolean, env: NodeJS.ProcessEnv = process.env): string[] {
  const { whole, ifEmpty } = homeDirs(env)
  return [...whole, ...ifEmpty].filter((d) => !exists(d))
}

/** The temp dir named in state, if it is one main could have made. */
export function ownTempDir(named: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (!named || !env.RUNNER_TEMP) return undefined
  const resolved = path.resolve(named)
  const inRunnerTemp = path.dirname(resolved) === path.resolve(env.RUNNER_TEMP)
  return inRunnerTemp && new RegExp(`^${TEMP_PREFIX}[A-Za-z0-9]{6}$`).test(path.basename(resolved))
    ? resolved
    : undefined
}

/** The apt files named in state that the apt install method could have written. */
export function ownAptFiles(named: string[]): string[] {
  return named.filter(isAptFile)
}

/** The ssh config file named in state, if it is the user's own, where main adds its block. */
export function ownSshConfig(named: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return named && path.resolve(named) === path.resolve(userSshConfig(env)) ? named : undefined
}

/**
 * The sft named in state, if it is one main could have used: the sft-path
 * input, one in the tool cache, apt's, or the `sft` on PATH. Post runs it
 * (`sft logout`), so a path from state alone is never enough.
 */
export async function ownSft(
  named: string,
  sftPathInput: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<string | undefined> {
  if (!named || path.basename(named) !== 'sft') return undefined
  const resolved = path.resolve(named)
  const cache = env.RUNNER_TOOL_CACHE ? path.resolve(env.RUNNER_TOOL_CACHE, 'sft') : undefined
  const candidates = [sftPathInput && path.resolve(sftPathInput), INSTALLED_SFT, await findOnPath('sft', env.PATH)]
  const known = candidates.includes(resolved) || (cache !== undefined && resolved.startsWith(`${cache}/`))
  return known ? resolved : undefined
}
