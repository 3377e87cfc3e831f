/**
 * The marked block of `sft ssh-config` output in the ssh config file that
 * lets native ssh, scp, rsync and Ansible route through sft. Each job's
 * block is its own: its markers name the job and the action's temp dir of
 * that job, so on a machine whose jobs share HOME a post step removes its
 * own block only, and a later job can tell a block whose job is gone (its
 * temp dir no longer exists) from a live one.
 */
import { existsSync, lstatSync } from 'node:fs'
import { mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { homedir, userInfo } from 'node:os'
import path from 'node:path'
import { SshError } from '../lib/errors.js'
import { runCommand } from '../lib/exec.js'
import { fromSft } from '../sft/said.js'

const START = '# >>> opa-workload-identity'
const END = '# <<< opa-workload-identity'
const TEMP_FIELD = '; temp '

/** Whose block it is: the job, for people, and the action's temp dir of that job, for the action. */
export interface BlockOwner {
  job: string
  temp: string
}

function startMarker(owner: BlockOwner): string {
  return `${START}: job ${owner.job}${TEMP_FIELD}${owner.temp}; removed by its post step >>>`
}

function endMarker(owner: BlockOwner): string {
  return `${END}${TEMP_FIELD}${owner.temp} <<<`
}

/** The job as people know it, in characters that cannot break the marker line. */
export function jobLabel(env: NodeJS.ProcessEnv = process.env): string {
  const label = `${env.GITHUB_REPOSITORY ?? ''} run ${env.GITHUB_RUN_ID ?? ''}.${env.GITHUB_RUN_ATTEMPT ?? ''} ${env.GITHUB_JOB ?? ''}`
  return label.replace(/[^\w./@ -]/g, '_').slice(0, 200)
}

/** The HOME the runner gives the steps of a `container:` job. */
const CONTAINER_JOB_HOME = '/github/home'

/** Where the block goes, and what to tell the user when native ssh will not read it. */
export interface SshConfigTarget {
  file: string
  /** Said when OpenSSH will not read `file` by itself, with what to do. */
  warning?: string
  /** Said when the file is not the one in $HOME, and why. */
  note?: string
}

/**
 * OpenSSH reads ~/.ssh/config from the home in the passwd entry, not from
 * $HOME. On a runner the two agree. In a `container:` job the runner sets
 * HOME=/github/home while the passwd home stays (/root): there the block
 * goes to the file OpenSSH reads, since the container is the job's own.
 * Anywhere else (a runner that is itself in a container is not a container
 * job) the block stays under $HOME, and the user is told plainly that
 * native ssh needs `-F`.
 */
export function sshConfigTarget(
  env: NodeJS.ProcessEnv = process.env,
  passwdHome: string = userInfo().homedir,
  inContainerJob: boolean = env.HOME === CONTAINER_JOB_HOME
): SshConfigTarget {
  const home = path.resolve(env.HOME || homedir())
  const inHome = path.join(home, '.ssh', 'config')
  if (!passwdHome || path.resolve(passwdHome) === home) return { file: inHome }
  const read = path.join(passwdHome, '.ssh', 'config')
  if (inContainerJob) {
    return {
      file: read,
      note: `HOME is ${home}, but OpenSSH reads ${read} (the home of this user in /etc/passwd): the block is there`
    }
  }
  return {
    file: inHome,
    warning:
      `The ssh-config block is in ${inHome}, but OpenSSH reads ${read} (the home of this user in /etc/passwd, not $HOME), ` +
      `so plain \`ssh\` will not route through sft. Run \`ssh -F "$HOME/.ssh/config" ...\` (scp and rsync -e take the same -F), ` +
      'or run the job with HOME set to the home in /etc/passwd.'
  }
}

/** A symlink is never written through nor removed: it may point at a file that is not ours. */
function refuseSymlink(file: string): void {
  if (isLink(file)) {
    throw new SshError(
      `${file} is a symbolic link; the action does not write through it or remove it.`,
      'Point ssh at a regular file (replace the link with the file it names), or leave `ssh-config` off and use opa-ssh or the ssh sub-action.'
    )
  }
}

/**
 * Runs `change` on the file's text under a lock (jobs sharing a HOME edit
 * one file) and replaces the file atomically, keeping its mode. `change`
 * returns the new text, or undefined to leave the file as it is.
 */
async function editLocked(file: string, change: (text: string | undefined) => string | undefined): Promise<void> {
  const lock = `${file}.opa-workload-identity.lock`
  const handle = await acquire(lock)
  try {
    refuseSymlink(file)
    const text = existsSync(file) ? await readFile(file, 'utf8') : undefined
    const next = change(text)
    if (next === undefined) return
    const mode = text === undefined ? 0o600 : (await stat(file)).mode & 0o777
    const staged = `${file}.opa-workload-identity.${process.pid}`
    await writeFile(staged, next, { mode })
    await rename(staged, file)
  } finally {
    await handle.close()
    await rm(lock, { force: true })
  }
}

/** An exclusive lock file; one left by a process that died is taken over after 30 s. */
async function acquire(lock: string): ReturnType<typeof open> {
  for (let waited = 0; ; waited += 50) {
    try {
      return await open(lock, 'wx', 0o600)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      if (waited >= 30_000) await rm(lock, { force: true })
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
}

/** Adds this job's block first in the file (replacing an older one of the same job). */
export async function addBlock(file: string, config: string, owner: BlockOwner): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 })
  const block = `${startMarker(owner)}\n${config.trimEnd()}\n${endMarker(owner)}\n`
  await editLocked(file, (text) => {
    const rest = text === undefined ? '' : (cut(text, owner.temp) ?? text)
    // First in the file: ssh uses the first value it finds for each option.
    return rest ? `${block}\n${rest}` : block
  })
}

export type Removal = 'removed' | 'absent' | { problem: string }

/**
 * Removes this job's block, only when both of its markers are there; the
 * file is deleted when this job created it and nothing else is left.
 */
export async function removeBlock(file: string, temp: string, created: boolean): Promise<Removal> {
  if (!existsSync(file) && !isLink(file)) return 'absent'
  const outcome: { value: Removal } = { value: 'absent' }
  try {
    await editLocked(file, (text) => {
      const rest = text === undefined ? text : cut(text, temp)
      if (rest === text) return undefined
      if (rest === undefined) {
        outcome.value = {
          problem: "the block's end marker is missing, so the file was left as it is: remove the block by hand"
        }
        return undefined
      }
      outcome.value = 'removed'
      return rest
    })
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) }
  }
  if (outcome.value === 'removed' && created && !(await readFile(file, 'utf8')).trim()) await rm(file)
  return outcome.value
}

function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink()
  } catch {
    return false
  }
}

/** The text without the block of the job whose temp dir is `temp`, or undefined when its end marker is missing. */
function cut(text: string, temp: string): string | undefined {
  const start = ownersIn(text).find((found) => found.owner.temp === temp)?.index
  if (start === undefined) return text
  const end = text.indexOf(endMarker({ job: '', temp }), start)
  if (end < 0) return undefined
  return text.slice(0, start) + text.slice(end + endMarker({ job: '', temp }).length).replace(/^\n+/, '')
}

function ownersIn(text: string): { owner: BlockOwner; index: number }[] {
  const pattern = new RegExp(`^${START}: job (.*)${TEMP_FIELD}(/.*); removed by its post step >>>$`, 'gm')
  return [...text.matchAll(pattern)].map((match) => ({ owner: { job: match[1], temp: match[2] }, index: match.index }))
}

/** The owners of every block in the file (this job's and other jobs'). */
export async function blockOwners(file: string): Promise<BlockOwner[]> {
  if (isLink(file) || !existsSync(file)) return []
  return ownersIn(await readFile(file, 'utf8')).map((found) => found.owner)
}

/**
 * `sft ssh-config`'s block with sft replaced by `wrapper`, the job's own
 * launcher of sft, so native ssh keeps its sft state and agent in the job's
 * temp dir. Fails when the block does not name `sft`: then native ssh
 * would use the state every job on the machine shares.
 */
export function routeThrough(config: string, sftNames: string[], wrapper: string): string {
  const names = [...new Set(sftNames)].filter(Boolean).sort((a, b) => b.length - a.length)
  const named = names.find((name) => config.includes(name))
  if (!named) {
    throw new SshError(
      `sft ssh-config's block does not name ${names[0]}, so native ssh could not keep its sft state to this job.`,
      'Leave `ssh-config` off and use opa-ssh or the ssh sub-action (`transport: ssh` runs native ssh privately).'
    )
  }
  return names.reduce((text, name) => text.split(name).join(wrapper), config)
}

/** What `sft ssh-config` prints; `hint` says what to do if it fails. */
export async function sftSshConfig(sftPath: string, env: NodeJS.ProcessEnv, hint: string): Promise<string> {
  const result = await runCommand(sftPath, ['ssh-config'], { env, timeoutMs: 30_000 })
  if (result.exitCode !== 0 || !result.stdout.trim()) {
    throw new SshError(`sft ssh-config failed: ${fromSft(result.stderr).trim() || `exit ${result.exitCode}`}`, hint)
  }
  return result.stdout
}
