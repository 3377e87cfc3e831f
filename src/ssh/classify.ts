/**
 * What a finished session means: its status and the hint a user needs.
 * Once the script has started, its exit code is the verdict. Before that,
 * nothing is the script's fault: a failure is sft's, ssh's or the policy's,
 * and the hint says so with sft's own first words, redacted.
 */
import { SSH_CONTRACT } from '../sft/contract.js'
import { fromSft } from '../sft/said.js'
import { BOOTSTRAP_FAILED, COMMAND_PAYLOAD_MAX, PAYLOAD_MISSING } from './bootstrap.js'

export type HostStatus = 'ok' | 'failed' | 'timeout' | 'unreachable' | 'denied' | 'skipped' | 'cancelled'

export interface Verdict {
  status: HostStatus
  hint: string
}

const TIMEOUT: Verdict = {
  status: 'timeout',
  hint: 'The host did not finish within timeout-minutes. Raise it, or look for a command waiting on input.'
}

/** `said` is everything sft, ssh and the script printed; `started`, whether the script began. */
export function classify(exitCode: number | null, said: string, timedOut: boolean, started = false): Verdict {
  if (timedOut) return TIMEOUT
  if (started) {
    // Once the script runs, its exit code is the verdict, whatever it printed.
    return exitCode === 0
      ? { status: 'ok', hint: '' }
      : { status: 'failed', hint: `The script exited with ${exitCode ?? 'a signal'}.` }
  }
  return refusal(exitCode, said) ?? beforeTheScript(exitCode, said)
}

/** A clear refusal before the script: the token, the policy, or the network. Retrying cannot help. */
export function refusal(exitCode: number | null, said: string): Verdict | undefined {
  if (SSH_CONTRACT.tokenRefused.test(said)) {
    return {
      status: 'denied',
      hint: `OPA refused the token ("${firstLine(said, SSH_CONTRACT.tokenRefused)}"). Re-run the job for a fresh token; if it persists, the Workload Role lacks a capability the policy needs, or the connection is not Active.`
    }
  }
  if (SSH_CONTRACT.denied.test(said) || exitCode === SSH_CONTRACT.noGrantExit) {
    return {
      status: 'denied',
      hint: SSH_CONTRACT.interactive.test(said)
        ? 'The policy requires MFA or an Access Request, which a workload cannot answer. Remove that requirement for workload roles.'
        : "OPA refused access: check that a security policy grants this Workload Role this server, and that the role's conditions match the job's claims."
    }
  }
  if (exitCode === 255 && SSH_CONTRACT.unreachable.test(said)) {
    return {
      status: 'unreachable',
      hint: "The runner could not reach the server or its gateway. Check the network path and the gateway's port."
    }
  }
  return undefined
}

function beforeTheScript(exitCode: number | null, said: string): Verdict {
  if (exitCode === PAYLOAD_MISSING) {
    return {
      status: 'failed',
      hint: `The script did not run: it never reached the host whole and privately. This sft does not forward stdin (or the host's terminal could not turn echo off), and \`env\` values never travel in a command, nor does a script over ${COMMAND_PAYLOAD_MAX / 1024} KiB. Use an sft that forwards stdin or \`transport: ssh\`, or drop \`env\` and keep the script small.`
    }
  }
  if (exitCode === BOOTSTRAP_FAILED) {
    return {
      status: 'failed',
      hint: 'The script could not be staged on the host (mktemp or head failed): check that the home directory or /tmp is writable there.'
    }
  }
  const words = firstLine(said)
  if (exitCode === 255 && !words) {
    return {
      status: 'failed',
      hint: 'sft exited 255 with no output before the script started: the network path, the gateway or a policy stopped the session.'
    }
  }
  const code = exitCode === 0 ? 'exited 0' : `failed (exit ${exitCode ?? 'by a signal'})`
  return {
    status: 'failed',
    hint: `sft ${code} before the script started${words ? `: "${words}"` : ', with no output'}. The script did not run. Run \`sft ssh HOST\` by hand with SFT_LOG_LEVEL=debug to see why.`
  }
}

/** sft's first words (a line matching `pattern`, or the first non-empty one), redacted and bounded. */
function firstLine(said: string, pattern?: RegExp): string {
  const lines = said
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
  const line = (pattern ? lines.find((l) => pattern.test(l)) : undefined) ?? lines[0] ?? ''
  const redacted = fromSft(line)
  return redacted.length > 200 ? `${redacted.slice(0, 199)}…` : redacted
}
