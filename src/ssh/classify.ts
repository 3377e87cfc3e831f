/**
 * What a finished session means: its status and the hint a user needs. sft
 * reports policy refusals on stderr and ssh exits 255 when it cannot
 * connect; once the script has started, its exit code is the verdict.
 */
import { SSH_CONTRACT } from '../sft/contract.js'
import { BOOTSTRAP_FAILED } from './bootstrap.js'

export type HostStatus = 'ok' | 'failed' | 'timeout' | 'unreachable' | 'denied' | 'skipped' | 'cancelled'

export interface Verdict {
  status: HostStatus
  hint: string
}

export function classify(exitCode: number | null, stderr: string, timedOut: boolean, scriptStarted = false): Verdict {
  if (timedOut)
    return {
      status: 'timeout',
      hint: 'The host did not finish within timeout-minutes. Raise it, or look for a command waiting on input.'
    }
  if (exitCode === 0) return { status: 'ok', hint: '' }
  // Once the script runs, its exit code is the verdict, whatever it printed.
  if (scriptStarted) return { status: 'failed', hint: `The script exited with ${exitCode ?? 'a signal'}.` }
  if (SSH_CONTRACT.denied.test(stderr) || exitCode === SSH_CONTRACT.noGrantExit) {
    return {
      status: 'denied',
      hint: SSH_CONTRACT.interactive.test(stderr)
        ? 'The policy requires MFA or an Access Request, which a workload cannot answer. Remove that requirement for workload roles.'
        : "OPA refused access: check that a security policy grants this Workload Role this server, and that the role's conditions match the job's claims."
    }
  }
  if (exitCode === 255 && SSH_CONTRACT.unreachable.test(stderr)) {
    return {
      status: 'unreachable',
      hint: "The runner could not reach the server or its gateway. Check the network path and the gateway's port."
    }
  }
  if (exitCode === BOOTSTRAP_FAILED) {
    return {
      status: 'failed',
      hint: 'The script could not be staged on the host (mktemp or head failed): check that the home directory or /tmp is writable there.'
    }
  }
  return { status: 'failed', hint: `The script exited with ${exitCode ?? 'a signal'}.` }
}
