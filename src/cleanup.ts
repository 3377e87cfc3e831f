import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'

export interface CleanupReport {
  removed: string[]
  failed: { path: string; error: string }[]
}

/**
 * Removes the sft state directories that did not exist before the action
 * ran sft. A directory that existed before is the user's and is never
 * touched, which is why main records the absent ones up front.
 */
export async function removeCreatedDirs(
  absentBefore: string[]
): Promise<CleanupReport> {
  const report: CleanupReport = { removed: [], failed: [] }
  for (const dir of absentBefore) {
    if (!existsSync(dir)) continue
    try {
      await rm(dir, { recursive: true, force: true })
      report.removed.push(dir)
    } catch (error) {
      report.failed.push({ path: dir, error: (error as Error).message })
    }
  }
  return report
}

export function parseList(value: string): string[] {
  if (!value) return []
  try {
    const parsed: unknown = JSON.parse(value)
    return Array.isArray(parsed)
      ? parsed.filter((v): v is string => typeof v === 'string')
      : []
  } catch {
    return []
  }
}
