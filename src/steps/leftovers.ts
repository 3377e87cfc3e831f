/**
 * What jobs leave outside the action's temp dir, found from what the
 * action can see: the ssh-config blocks in a config file, and the processes
 * (sft's ssh agent above all) that sft started with a job's private state.
 * A job is gone when its temp dir, under RUNNER_TEMP, no longer exists: the
 * runner empties RUNNER_TEMP before its next job, post or no post.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { messageOf } from '../lib/errors.js'
import { privateStateEnv } from '../sft/state.js'
import { blockOwners, removeBlock, UNOWNED_BLOCK_START } from '../ssh/ssh-config.js'
import type { CleanupReport } from './cleanup.js'
import { TEMP_PREFIX } from './owned-paths.js'

const ACTION_TEMP = new RegExp(`/${TEMP_PREFIX}[A-Za-z0-9]{6}$`)
const STATE_VARIABLE = 'XDG_DATA_HOME='
const STATE_SUFFIX = path.basename(privateStateEnv('/').XDG_DATA_HOME)

interface Process {
  pid: number
  /** The action temp dir whose sft state the process was started with. */
  temp: string
  name: string
}

/**
 * This user's processes started with an action temp dir's sft state
 * (XDG_DATA_HOME=<temp>/sft-data, which only the action sets). ASSUMED:
 * sft hands its environment to the agent it starts, as the sandbox's does.
 */
function stateProcesses(): Process[] {
  const uid = process.getuid?.()
  const found: Process[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue
    try {
      if (statSync(`/proc/${entry}`).uid !== uid) continue
      const variable = readFileSync(`/proc/${entry}/environ`, 'latin1')
        .split('\0')
        .find((v) => v.startsWith(STATE_VARIABLE))
      const temp = variable && path.dirname(variable.slice(STATE_VARIABLE.length))
      if (!temp || !ACTION_TEMP.test(temp) || !variable.endsWith(`/${STATE_SUFFIX}`)) continue
      found.push({ pid: Number(entry), temp, name: readFileSync(`/proc/${entry}/comm`, 'utf8').trim() })
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return found
}

/** Processes still running with this job's sft state (after logout there should be none). */
export function processesOf(temp: string): string[] {
  return stateProcesses()
    .filter((p) => p.temp === temp)
    .map((p) => `${p.name} (pid ${p.pid})`)
}

/**
 * Removes what jobs that are gone left behind: their blocks in `files` and
 * their processes. Only the block's own markers and the process's own
 * environment name the job, and a live job's temp dir exists, so nothing of
 * a live job is touched.
 */
export async function removeGoneJobs(files: string[]): Promise<CleanupReport> {
  const report: CleanupReport = { removed: [], failed: [] }
  for (const file of [...new Set(files)]) {
    if (await hasUnownedBlock(file))
      report.failed.push({
        path: `an ssh-config block in ${file} from an earlier version of opa-workload-identity`,
        error: 'it names no job, so no job can tell whether it is gone: remove it by hand'
      })
    for (const owner of (await blockOwners(file)).filter((o) => !existsSync(o.temp))) {
      const outcome = await removeBlock(file, owner.temp, false)
      const what = `the ssh-config block in ${file} of job ${owner.job}, which ended without its post step`
      if (outcome === 'removed') report.removed.push(what)
      else if (outcome !== 'absent') report.failed.push({ path: what, error: outcome.problem })
    }
  }
  for (const proc of stateProcesses().filter((p) => !existsSync(p.temp))) {
    const what = `${proc.name} (pid ${proc.pid}) of a job that ended without its post step (its state was ${proc.temp})`
    try {
      process.kill(proc.pid, 'SIGTERM')
      report.removed.push(what)
    } catch (error) {
      report.failed.push({ path: what, error: messageOf(error) })
    }
  }
  return report
}

/**
 * Ends what still runs with this job's sft state after `sft logout` (an
 * agent that logout missed), and reports any process that outlives 2 s.
 */
export async function endProcessesOf(temp: string): Promise<CleanupReport> {
  const report: CleanupReport = { removed: [], failed: [] }
  const mine = stateProcesses().filter((p) => p.temp === temp)
  for (const proc of mine) {
    try {
      process.kill(proc.pid, 'SIGTERM')
    } catch {
      // Ended on its own.
    }
  }
  for (let waited = 0; waited < 2000 && processesOf(temp).length; waited += 100)
    await new Promise((resolve) => setTimeout(resolve, 100))
  const alive = processesOf(temp)
  for (const proc of mine.map((p) => `${p.name} (pid ${p.pid})`)) {
    if (alive.includes(proc)) report.failed.push({ path: proc, error: 'still running after SIGTERM' })
    else report.removed.push(`${proc}, which still ran with this job's sft state`)
  }
  return report
}

/** A block that versions before per-job blocks wrote, with one marker for every job. */
async function hasUnownedBlock(file: string): Promise<boolean> {
  try {
    return (await readFile(file, 'utf8')).split('\n').includes(UNOWNED_BLOCK_START)
  } catch {
    return false
  }
}
