import { existsSync } from 'node:fs'
import { rm, rmdir } from 'node:fs/promises'
import { runCommand } from '../lib/exec.js'
import { removeBlock } from '../ssh/ssh-config.js'
import { logOut } from '../sft/logout.js'
import { ownAptFiles, ownSshConfig, ownSshDirs } from './owned-paths.js'
import { messageOf } from '../lib/errors.js'

export interface CleanupReport {
  removed: string[]
  failed: { path: string; error: string }[]
}

export const NOTHING: CleanupReport = { removed: [], failed: [] }

/**
 * Removes the `.ssh` directory main created for the config file, only when
 * it is empty: anything in it is someone else's (another job's block).
 */
export async function removeCreatedDirs(absentBefore: string[]): Promise<CleanupReport> {
  const report: CleanupReport = { removed: [], failed: [] }
  for (const dir of ownSshDirs(absentBefore).filter((d) => existsSync(d))) {
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

/**
 * Removes the block main added for this job (`temp`, post's own temp dir),
 * from the file main recorded. A missing end marker or a symlink leaves
 * the file as it is, as a failure post reports.
 */
export async function removeSshConfig(state: string, temp: string | undefined): Promise<CleanupReport> {
  const report: CleanupReport = { removed: [], failed: [] }
  if (!state || !temp) return report
  try {
    const { file, created } = JSON.parse(state) as { file: unknown; created: unknown }
    const own = ownSshConfig(typeof file === 'string' ? file : '')
    if (!own) return report
    const outcome = await removeBlock(own, temp, created === true)
    if (outcome === 'removed') report.removed.push(`this job's ssh-config block in ${own}`)
    else if (outcome !== 'absent')
      report.failed.push({ path: `this job's ssh-config block in ${own}`, error: outcome.problem })
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
