/**
 * Puts a verified sft into the runner's tool cache so that jobs sharing the
 * cache never see a half-written binary. `@actions/tool-cache`'s `cacheDir`
 * removes the entry, copies into it and then marks it complete, with no
 * lock: two jobs installing the same version at once overwrite a binary the
 * other is running (ETXTBSY), or find it gone (ENOENT). Here each job stages
 * its copy in a private directory beside the entry and renames it into
 * place, which is atomic; a job that loses the race uses the winner's entry.
 * The layout stays tool-cache's (`sft/VERSION/ARCH` plus `ARCH.complete`),
 * so `find` and other tools still read it.
 */
import { randomUUID } from 'node:crypto'
import { copyFile, chmod, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { InstallError, messageOf } from '../lib/errors.js'

/** How often a job retries after another job moved the entry underneath it; each retry makes progress. */
const PLACE_ATTEMPTS = 5

export interface CacheEntry {
  tool: string
  version: string
  arch: string
}

/** The directory of an entry, in tool-cache's layout. */
export function entryDir(entry: CacheEntry, env: NodeJS.ProcessEnv = process.env): string {
  const root = env.RUNNER_TOOL_CACHE
  if (!root) {
    throw new InstallError(
      'RUNNER_TOOL_CACHE is not set, so there is no tool cache to install sft into.',
      'Run the action on a GitHub Actions runner, or set RUNNER_TOOL_CACHE to a writable directory.'
    )
  }
  return path.join(root, entry.tool, entry.version, entry.arch)
}

/**
 * Caches `file` as the entry's only file and returns the entry's directory.
 * `accept` says whether an entry another job placed first is a good one (it
 * runs the binary); a bad one, such as the remains of an old `cacheDir`
 * interrupted halfway, is moved aside and replaced.
 */
export async function cacheFileAtomically(
  file: string,
  entry: CacheEntry,
  accept: (dir: string) => Promise<boolean>
): Promise<string> {
  const final = entryDir(entry)
  const versionDir = path.dirname(final)
  try {
    await mkdir(versionDir, { recursive: true })
    const stage = await mkdtemp(path.join(versionDir, `.${entry.arch}.staging-`))
    const staged = path.join(stage, path.basename(file))
    await copyFile(file, staged)
    await chmod(staged, 0o755)
    await chmod(stage, 0o755)
    await placeStage(stage, final, accept)
    await markComplete(final)
  } catch (error) {
    if (error instanceof InstallError) throw error
    throw new InstallError(
      `Could not put sft ${entry.version} into the tool cache at ${final}: ${messageOf(error)}.`,
      'Check that RUNNER_TOOL_CACHE is writable by the runner user and has free space.',
      [],
      { cause: error }
    )
  }
  return final
}

/** Renames the staged directory to `final`, or keeps a good entry another job placed first. */
async function placeStage(stage: string, final: string, accept: (dir: string) => Promise<boolean>): Promise<void> {
  for (let attempt = 1; attempt <= PLACE_ATTEMPTS; attempt++) {
    try {
      await rename(stage, final)
      return
    } catch (error) {
      if (!isOccupied(error)) throw error
    }
    if (await accept(final)) {
      await rm(stage, { recursive: true, force: true })
      return
    }
    await moveAside(final)
  }
  await rm(stage, { recursive: true, force: true })
  throw new InstallError(
    `Another process kept replacing the tool-cache entry ${final} with one that does not work.`,
    'Stop whatever else writes sft into this tool cache, or delete that entry, and re-run the job.'
  )
}

/** rename(2) refuses to replace a non-empty directory with these codes. */
function isOccupied(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code
  return code === 'ENOTEMPTY' || code === 'EEXIST'
}

/** Moves a bad entry out of the way (atomically), then deletes it; another job may have moved it first. */
async function moveAside(final: string): Promise<void> {
  const aside = `${path.dirname(final)}/.${path.basename(final)}.stale-${randomUUID()}`
  try {
    await rename(final, aside)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
    throw error
  }
  await rm(aside, { recursive: true, force: true })
}

/** Writes tool-cache's completion marker by rename, so no reader sees it half-written. */
async function markComplete(final: string): Promise<void> {
  const marker = `${final}.complete`
  const temporary = `${marker}.${randomUUID()}`
  await writeFile(temporary, '')
  await rename(temporary, marker)
}
