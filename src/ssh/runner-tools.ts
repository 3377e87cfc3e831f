/**
 * The runner's own programs the SSH engine needs, checked before any host
 * is tried, so a missing one is named with its package instead of showing
 * up per host as an sft failure (exit 127) or `spawn timeout ENOENT`.
 */
import * as log from '../lib/log.js'
import { SshError } from '../lib/errors.js'
import { findOnPath } from '../lib/exec.js'

interface RunnerTool {
  command: string
  packages: string
  why: string
}

const TIMEOUT: RunnerTool = {
  command: 'timeout',
  packages: 'coreutils',
  why: 'bounds every session, even if the step is killed'
}
const SSH: RunnerTool = {
  command: 'ssh',
  packages: 'openssh-client on Debian and Ubuntu, openssh-clients on RHEL and Fedora',
  why: 'sft ssh and native ssh connect through it'
}
const SCRIPT: RunnerTool = {
  command: 'script',
  packages: 'bsdutils on Debian and Ubuntu, util-linux on RHEL and Fedora',
  why: 'gives sft a terminal when it insists on one'
}

function describe(tools: RunnerTool[]): string {
  return tools.map((t) => `\`${t.command}\` (package ${t.packages}: ${t.why})`).join('; ')
}

/**
 * Throws, naming every missing tool and its package, when `timeout` or
 * `ssh` is missing. A missing `script` only costs the terminal fallback:
 * it is a warning, and the result says whether the fallback is available.
 */
export async function checkRunnerTools(searchPath = process.env.PATH ?? ''): Promise<{ pty: boolean }> {
  const missing: RunnerTool[] = []
  for (const tool of [TIMEOUT, SSH, SCRIPT]) if (!(await findOnPath(tool.command, searchPath))) missing.push(tool)
  const required = missing.filter((tool) => tool !== SCRIPT)
  if (required.length) {
    throw new SshError(
      `This runner lacks ${describe(missing)}, so no host was tried.`,
      `Install ${missing.map((t) => t.packages.split(' ')[0]).join(' and ')} on the runner (for example in an earlier step, or in the runner image), or run the job on a runner that has them.`
    )
  }
  const pty = !missing.includes(SCRIPT)
  if (!pty)
    log.warning(`This runner lacks ${describe([SCRIPT])}; an sft that refuses to run without a terminal will fail.`)
  return { pty }
}
