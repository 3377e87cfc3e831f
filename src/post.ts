import * as core from '@actions/core'
import { parseList, removeCreatedDirs, removeSshConfig, removeSystemFiles, removeTempDir } from './cleanup.js'
import { State } from './state.js'

/**
 * The post step: undo what main did, using only what main recorded. It runs
 * after a failed or cancelled main too, so nothing here may assume main got
 * far, and a cleanup problem is a warning, never a failed job.
 */
export async function run(): Promise<void> {
  try {
    // In this order: logging out needs sft's state, which the later steps remove.
    const parts = [
      await removeSshConfig(core.getState(State.SshConfig)),
      await removeTempDir(core.getState(State.TempDir)),
      await removeCreatedDirs(parseList(core.getState(State.AbsentSftDirs))),
      await removeSystemFiles(parseList(core.getState(State.SystemFiles)))
    ]
    const report = { removed: parts.flatMap((p) => p.removed), failed: parts.flatMap((p) => p.failed) }
    if (core.getState(State.TokenExported) === 'true') {
      core.exportVariable('OPA_TOKEN', '')
      report.removed.push('OPA_TOKEN (exported as empty)')
    }
    if (report.removed.length === 0) core.info('Cleanup: nothing to remove.')
    for (const item of report.removed) core.info(`Cleanup: removed ${item}`)
    for (const { path, error } of report.failed) core.warning(`Cleanup: could not remove ${path}: ${error}`)
  } catch (error) {
    core.warning(`Cleanup failed: ${(error as Error).message}`)
  }
}
