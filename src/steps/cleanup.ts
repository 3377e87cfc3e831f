import { existsSync } from 'node:fs'
import { rm, rmdir } from 'node:fs/promises'
import { runCommand } from '../lib/exec.js'
import { removeBlock } from '../ssh/ssh-config.js'
import { logOut } from '../sft/logout.js'
import { homeDirs, ownAptFiles, ownSshConfig } from './owned-paths.js'
import { messageOf } from '../lib/errors.js'

export interface CleanupReport {
  removed: string[]
  failed: { path: string; error: string }[]
}

export const NOTHING: CleanupReport = { removed: [], failed: [] }

/**
 * Removes what the action may have created in the home directory and that
 * did not exist before it ran: sft's state dirs whole, their parents and
 * ~/.ssh only when empty. A directory that existed before is the user's and
 * is never touched, which is why main records the absent ones up front.
 */
export async function removeCreatedDirs(
  absentBefore: string[],
  env: NodeJS.ProcessEnv = process.env
): Promise<CleanupReport> {
  const report: CleanupReport = { removed: [], failed: [] }
  const { whole, ifEmpty } = homeDirs(env)
  const created = (dir: string): boolean => absentBefore.includes(dir) && existsSync(dir)
  for (const dir of whole.filter(created)) {
    await rm(dir, { recursive: true, force: true }).then(
      () => report.removed.push(dir),
      (error: unknown) => report.failed.push({ path: dir, error: messageOf(error) })
    )
  }
  for (const dir of ifEmpty.filter(created)) {
    // rmdir fails on a directory with anything in it, which is then not ours to remove.
    await rmdir(dir).then(
      () => report.removed.push(dir),
      () => undefined
    )
  }
  return report
}

/** A JSON list of strings from state; anything else (a damaged value) is an empty list. */
export function parseList(value: string): string[] {
  if (!value) return []
  try {
    const parsed: unknown = JSON.parse(value)
    return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : []
  } catch {
    return []
  }
}

/**
 * Removes the apt source and keyring the apt install method added, with
 * sudo when not root. The package itself stays: it is a normal system
 * package now, and removing it could break a self-hosted runner's users.
 */
export async function removeSystemFiles(files: string[]): Promise<CleanupReport> {
  const report: CleanupReport = { removed: [], failed: [] }
  const root = process.getuid?.() === 0
  for (const file of ownAptFiles(files).filter((f) => existsSync(f))) {
    const [cmd, ...args] = root ? ['rm', '-f', file] : ['sudo', '-n', 'rm', '-f', file]
    const result = await runCommand(cmd, args, { timeoutMs: 30_000 }).catch((error: unknown) => ({
      exitCode: 1,
      stderr: messageOf(error)
    }))
    if (result.exitCode === 0) report.removed.push(file)
    else report.failed.push({ path: file, error: result.stderr.trim() })
  }
  return report
}

/** Removes the ssh-config block main added. */
export async function removeSshConfig(state: string): Promise<CleanupReport> {
  const report: CleanupReport = { removed: [], failed: [] }
  if (!state) return report
  try {
    const { file, created } = JSON.parse(state) as { file: unknown; created: unknown }
    const own = ownSshConfig(typeof file === 'string' ? file : '')
    if (own && (await removeBlock(own, created === true)))
      report.removed.push(`the opa-workload-identity block in ${own}`)
  } catch (error) {
    report.failed.push({ path: 'the ssh-config block', error: messageOf(error) })
  }
  return report
}

/** Ends the sft session main started, when main got as far as finding sft. */
export async function endSftSession(sft: string | undefined, env?: NodeJS.ProcessEnv): Promise<CleanupReport> {
  if (!sft || !existsSync(sft)) return { removed: [], failed: [] }
  const problem = await logOut(sft, env)
  return problem === undefined
    ? { removed: ['the sft session (sft logout)'], failed: [] }
    : { removed: [], failed: [{ path: 'sft logout', error: problem }] }
}

/** Removes a file or directory that post's own rules name (its temp dir, the sessions record). */
export async function removeOwnPath(dir: string | undefined): Promise<CleanupReport> {
  if (!dir || !existsSync(dir)) return { removed: [], failed: [] }
  try {
    await rm(dir, { recursive: true, force: true })
    return { removed: [dir], failed: [] }
  } catch (error) {
    return { removed: [], failed: [{ path: dir, error: messageOf(error) }] }
  }
}
