import { spawn } from 'node:child_process'
import { ENV_NEVER_INHERITED } from '../sft/contract.js'
import { constants } from 'node:fs'
import { access } from 'node:fs/promises'
import path from 'node:path'

export interface CommandResult {
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  /** The same bytes as `stdout`, for binary output. */
  stdoutBuffer: Buffer
  stderr: string
  timedOut: boolean
}

export interface CommandOptions {
  env?: NodeJS.ProcessEnv
  timeoutMs?: number
  input?: string | Buffer
}

/**
 * Runs a program with an argument array (never through a shell), in the
 * scrubbed environment of `childEnvironment` unless told otherwise, and captures
 * stdout and stderr apart, printing nothing. `@actions/exec` echoes the
 * command line and output by default, which is wrong for a step whose stdout
 * is a credential.
 */
export async function runCommand(file: string, args: string[], options: CommandOptions = {}): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      // No child gets the job's credentials unless a caller hands them over on purpose.
      env: options.env ?? childEnvironment(),
      stdio: ['pipe', 'pipe', 'pipe'],
      shell: false
    })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    let timedOut = false
    let killTimer: NodeJS.Timeout | undefined
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true
            child.kill('SIGTERM')
            killTimer = setTimeout(() => child.kill('SIGKILL'), 2000)
          }, options.timeoutMs)

    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.on('error', (error) => {
      clearTimeout(timer)
      clearTimeout(killTimer)
      reject(error)
    })
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer)
      clearTimeout(killTimer)
      const stdoutBuffer = Buffer.concat(stdout)
      resolve({
        exitCode,
        signal,
        stdout: stdoutBuffer.toString('utf8'),
        stdoutBuffer,
        stderr: Buffer.concat(stderr).toString('utf8'),
        timedOut
      })
    })
    child.stdin.on('error', () => undefined)
    child.stdin.end(options.input ?? '')
  })
}

/** Removes every occurrence of each secret, for text that is about to be shown. */
export function redact(text: string, secrets: string[]): string {
  return secrets.filter((s) => s.length >= 8).reduce((out, s) => out.split(s).join('***'), text)
}

/** How to search PATH: the platform's rules, for a unit test to play Windows on Linux. */
export interface PathLookup {
  platform?: NodeJS.Platform
  /** Windows: the extensions that make a file a program (`PATHEXT`). */
  pathExt?: string
  isExecutable?: (file: string) => Promise<boolean>
}

async function isExecutableFile(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/**
 * The first executable `name` on the search path, like `command -v`. On
 * Windows, as cmd.exe does, a name without one of PATHEXT's extensions is
 * tried with each of them (`sft` finds `sft.exe`); the current directory is
 * not searched.
 */
export async function findOnPath(
  name: string,
  searchPath = process.env.PATH ?? '',
  lookup: PathLookup = {}
): Promise<string | undefined> {
  const windows = (lookup.platform ?? process.platform) === 'win32'
  const paths = windows ? path.win32 : path.posix
  const isExecutable = lookup.isExecutable ?? isExecutableFile
  const extensions = (lookup.pathExt ?? process.env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean)
  const hasExtension = extensions.some((ext) => name.toLowerCase().endsWith(ext.toLowerCase()))
  const names = windows && !hasExtension ? extensions.map((ext) => `${name}${ext.toLowerCase()}`) : [name]
  for (const dir of searchPath.split(paths.delimiter)) {
    if (!dir) continue
    for (const candidate of names.map((n) => paths.join(dir, n))) {
      if (await isExecutable(candidate)) return candidate
    }
  }
  return undefined
}

/** The job's environment for a child process, without what no child needs, plus `extra`. */
export function childEnvironment(
  extra: NodeJS.ProcessEnv = {},
  base: NodeJS.ProcessEnv = process.env
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(base)) {
    if (!ENV_NEVER_INHERITED.includes(name) && !name.startsWith('INPUT_')) env[name] = value
  }
  return { ...env, ...extra }
}
