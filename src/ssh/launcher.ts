import { chmod, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { shellQuote } from '../lib/shell.js'

/**
 * Writes the `opa-ssh` command into `dir`: a two-line launcher for the
 * bundled CLI next to this bundle, run by the same Node as the action.
 */
export async function writeOpaSsh(dir: string): Promise<string> {
  const bundle = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'opa-ssh', 'index.js')
  await mkdir(dir, { recursive: true, mode: 0o700 })
  const file = path.join(dir, 'opa-ssh')
  await writeFile(file, `#!/bin/sh\nexec ${shellQuote(process.execPath)} ${shellQuote(bundle)} "$@"\n`)
  await chmod(file, 0o755)
  return file
}

/**
 * Writes the sft that the ssh-config block runs. It serves only this job:
 * a caller whose RUNNER_TEMP is another job's (jobs sharing HOME share the
 * config file) is not matched, so ssh goes on to that job's own block. It
 * gives sft the job's own state (`stateEnv`, in the action's temp dir), so
 * native ssh's sessions and agent belong to this job and end with its
 * `sft logout`.
 */
export async function writeNativeSft(
  dir: string,
  sftPath: string,
  runnerTemp: string,
  stateEnv: Record<string, string>
): Promise<string> {
  await mkdir(dir, { recursive: true, mode: 0o700 })
  const file = path.join(dir, 'sft')
  const assignments = Object.entries(stateEnv).map(([name, value]) => `${name}=${shellQuote(value)}`)
  const lines = [
    '#!/bin/sh',
    `[ "$RUNNER_TEMP" = ${shellQuote(runnerTemp)} ] || exit 1`,
    assignments.join(' '),
    `export ${Object.keys(stateEnv).join(' ')}`,
    `exec ${shellQuote(sftPath)} "$@"`
  ]
  await writeFile(file, `${lines.join('\n')}\n`)
  await chmod(file, 0o700)
  return file
}
