import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * A fresh private directory under the runner's temp dir, which the runner
 * empties after the job, or the system's when run outside Actions.
 */
export function makeTempDir(prefix: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return mkdtemp(path.join(env.RUNNER_TEMP || tmpdir(), prefix))
}
