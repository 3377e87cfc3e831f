/**
 * What post may remove, rebuilt from post's own rules. State names what
 * main did, but state is only a hint: a path is removed when post's rules
 * say the action could have created it there, never because state alone
 * names it.
 */
import path from 'node:path'
import { INSTALLED_SFT, isAptFile } from '../install/apt.js'
import { findOnPath } from '../lib/exec.js'

/** The prefix of the action's own temp dir, a direct child of RUNNER_TEMP made by mkdtemp. */
export const TEMP_PREFIX = 'opa-workload-identity-'

/** The directories named in state that main could have created: an ssh config file's `.ssh` (removed only when empty). */
export function ownSshDirs(named: string[]): string[] {
  return named.filter((dir) => path.isAbsolute(dir) && path.basename(dir) === '.ssh')
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

/**
 * The ssh config file named in state, if it is one main could have written
 * (`<home>/.ssh/config`). Main recorded it, so a HOME changed by a later
 * step does not move it; post only removes the block marked with its own
 * temp dir from it, never anything else.
 */
export function ownSshConfig(named: string): string | undefined {
  const ok =
    path.isAbsolute(named) && path.basename(named) === 'config' && path.basename(path.dirname(named)) === '.ssh'
  return ok ? path.resolve(named) : undefined
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
