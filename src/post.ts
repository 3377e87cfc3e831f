import * as core from '@actions/core'
import { parseList, removeCreatedDirs, removeSystemFiles } from './cleanup.js'
import { State } from './state.js'

/**
 * The post step: undo what main did, using only what main recorded. It runs
 * after a failed or cancelled main too, so nothing here may assume main got
 * far, and a cleanup problem is a warning, never a failed job.
 */
export async function run(): Promise<void> {
  try {
    const dirs = await removeCreatedDirs(parseList(core.getState(State.AbsentSftDirs)))
    const files = await removeSystemFiles(parseList(core.getState(State.SystemFiles)))
    const report = {
      removed: [...dirs.removed, ...files.removed],
      failed: [...dirs.failed, ...files.failed]
    }
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
