/** Runs `npm run sandbox -- <command>` as root, from the repository root, and returns its stdout. */
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..')

export function sandbox(command) {
  const asRoot = process.getuid?.() === 0 ? [] : ['sudo', '--preserve-env=PATH', 'env', `PATH=${process.env.PATH}`]
  const [file, ...args] = [...asRoot, 'npm', 'run', '-s', 'sandbox', '--', command]
  return execFileSync(file, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
}
