import { childEnvironment, runCommand } from '../lib/exec.js'
import { messageOf } from '../lib/errors.js'
import { fromSft } from './said.js'

/** How long `sft logout` may take; it only talks to its local agent and state. */
const LOGOUT_TIMEOUT_MS = 15_000

/**
 * `sft logout`, which also ends the ssh agent native ssh may have started.
 * Returns what went wrong, or undefined when it succeeded.
 */
export async function logOut(sft: string, env: NodeJS.ProcessEnv = childEnvironment()): Promise<string | undefined> {
  try {
    const result = await runCommand(sft, ['logout'], { env, timeoutMs: LOGOUT_TIMEOUT_MS })
    return result.exitCode === 0
      ? undefined
      : fromSft(result.stderr).trim() || `exit ${result.exitCode ?? result.signal}`
  } catch (error) {
    return messageOf(error)
  }
}
