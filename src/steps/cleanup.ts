import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { runCommand } from '../lib/exec.js'
import { removeBlock } from '../ssh/ssh-config.js'
import { logOut } from '../sft/logout.js'
import { messageOf } from '../lib/errors.js'

export interface CleanupReport {
  removed: string[]
  failed: { path: string; error: string }[]
}

/**
 * Removes the sft state directories that did not exist before the action
 * ran sft. A directory that existed before is the user's and is never
 * touched, which is why main records the absent ones up front.
 */
export async function removeCreatedDirs(absentBefore: string[]): Promise<CleanupReport> {
  const report: CleanupReport = { removed: [], failed: [] }
  for (const dir of absentBefore) {
    if (!existsSync(dir)) continue
    try {
      await rm(dir, { recursive: true, force: true })
      report.removed.push(dir)
    } catch (error) {
      report.failed.push({ path: dir, error: messageOf(error) })
    }
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
  for (const file of files.filter((f) => existsSync(f))) {
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
    const { file, created } = JSON.parse(state) as { file: string; created: boolean }
    if (await removeBlock(file, created)) report.removed.push(`the opa-workload-identity block in ${file}`)
  } catch (error) {
    report.failed.push({ path: 'the ssh-config block', error: messageOf(error) })
  }
  return report
}

/** Ends the sft session main started, when main got as far as finding sft. */
export async function endSftSession(sft: string): Promise<CleanupReport> {
  if (!sft || !existsSync(sft)) return { removed: [], failed: [] }
  const problem = await logOut(sft)
  return problem === undefined
    ? { removed: ['the sft session (sft logout)'], failed: [] }
    : { removed: [], failed: [{ path: 'sft logout', error: problem }] }
}

export async function removeTempDir(dir: string): Promise<CleanupReport> {
  if (!dir || !existsSync(dir)) return { removed: [], failed: [] }
  try {
    await rm(dir, { recursive: true, force: true })
    return { removed: [dir], failed: [] }
  } catch (error) {
    return { removed: [], failed: [{ path: dir, error: messageOf(error) }] }
  }
}
