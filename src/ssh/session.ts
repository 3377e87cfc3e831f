/**
 * One session attempt on one host: spawn `sft ssh` (or native ssh, or sft
 * under a pseudo-terminal), feed it the payload, stream its output, and end
 * its whole process group on timeout or cancellation.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { constants } from 'node:os'
import { childEnvironment } from '../lib/exec.js'
import { ACCOUNT_PREFIX, SCRIPT_STARTED } from './bootstrap.js'

const TAIL_BYTES = 4096
/** How long a session gets to end after SIGTERM before SIGKILL. */
const KILL_GRACE_MS = 3000

/**
 * What runs inside the pseudo-terminal when sft insists on one: the line
 * discipline goes raw so the payload passes byte for byte with no echo.
 * The text is fixed; host, role and command arrive through the environment.
 */
const PTY_READY = 'opa-ssh: terminal ready'
const PTY_COMMAND = `stty raw -echo 2>/dev/null; echo '${PTY_READY}'; exec "$OPA_SSH_SFT" ssh "$OPA_SSH_HOST" \${OPA_SSH_ROLE:+--workload-role "$OPA_SSH_ROLE"} --command "$OPA_SSH_COMMAND"`

export interface SessionRequest {
  host: string
  token: string
  transport: 'sft' | 'ssh'
  pty: boolean
  sftPath: string
  role: string
  account: string
  sshConfig?: string
  sftEnv: Record<string, string>
  command: string
  payload: Buffer
  timeoutMs: number
  /** Each line of remote output, as it arrives (the start marker excluded). */
  onLine(stream: 'stdout' | 'stderr', text: string): void
  /** Told the process, so that a cancellation can end it. */
  onSpawn(child: ChildProcess): void
}

export interface Outcome {
  code: number | null
  stdout: Tail
  stderr: Tail
  timedOut: boolean
  /** Whether the bootstrap reached the script. */
  started: boolean
  /** The account the bootstrap ran as (`id -un`), when it said so. */
  account?: string
}

/** The outcome of a host that only transfers files: nothing ran, and nothing failed. */
export function transfersOnly(): Outcome {
  return { code: 0, stdout: new Tail(), stderr: new Tail(), timedOut: false, started: true }
}

/** Keeps the last `limit` bytes of a stream, on a character boundary. */
export class Tail {
  private chunks: Buffer[] = []
  private size = 0
  constructor(private readonly limit = TAIL_BYTES) {}
  push(chunk: Buffer): void {
    this.chunks.push(chunk)
    this.size += chunk.length
    while (this.size - this.chunks[0].length >= this.limit) this.size -= (this.chunks.shift() as Buffer).length
  }
  text(): string {
    const all = Buffer.concat(this.chunks)
    return all
      .subarray(Math.max(0, all.length - this.limit))
      .toString('utf8')
      .replace(/^\uFFFD+/, '')
  }
}

/** Splits a stream into lines for live, host-prefixed output; strips pty carriage returns. */
function lines(onLine: (text: string) => void): { push(chunk: Buffer): void; flush(): void } {
  let partial = ''
  return {
    push(chunk) {
      const parts = (partial + chunk.toString('utf8')).split('\n')
      partial = parts.pop() ?? ''
      for (const part of parts) onLine(part.replace(/\r+$/, ''))
    },
    flush() {
      if (partial) onLine(partial.replace(/\r+$/, ''))
      partial = ''
    }
  }
}

/** Ends a session's whole process group: SIGTERM, then SIGKILL after a grace period. */
export function endGroup(child: ChildProcess, graceMs = KILL_GRACE_MS): void {
  const signal = (name: NodeJS.Signals): void => {
    try {
      process.kill(-(child.pid as number), name)
    } catch {
      // already gone
    }
  }
  signal('SIGTERM')
  if (graceMs > 0) setTimeout(() => signal('SIGKILL'), graceMs).unref()
}

/**
 * How long past its own timeout a session may live when nothing in this
 * process is left to end it (the step was killed outright): coreutils
 * `timeout` ends the group then, and kills it 5 s later if it lingers.
 */
const OUTER_BOUND_EXTRA_S = 10

/**
 * Spawns the session in its own process group, under `timeout`, so that it
 * never outlives its bound even if this process dies. Under a pty (sft
 * insists on a terminal) the values reach the fixed script through the
 * environment, never through a shell string.
 */
function spawnSession(request: SessionRequest): ChildProcess {
  const [file, args, env] = sessionCommand(request)
  const bound = String(Math.ceil(request.timeoutMs / 1000) + OUTER_BOUND_EXTRA_S)
  return spawn('timeout', ['-k', '5', bound, file, ...args], { stdio: ['pipe', 'pipe', 'pipe'], detached: true, env })
}

function sessionCommand(request: SessionRequest): [string, string[], NodeJS.ProcessEnv] {
  if (request.pty) {
    const env = childEnvironment({
      OPA_TOKEN: request.token,
      ...request.sftEnv,
      OPA_SSH_SFT: request.sftPath,
      OPA_SSH_HOST: request.host,
      OPA_SSH_ROLE: request.role,
      OPA_SSH_COMMAND: request.command,
      SHELL: '/bin/sh'
    })
    return ['script', ['-q', '-e', '-c', PTY_COMMAND, '/dev/null'], env]
  }
  const env = childEnvironment({ OPA_TOKEN: request.token, ...request.sftEnv })
  if (request.transport === 'ssh') {
    const args = ['-F', request.sshConfig ?? '', '-o', 'BatchMode=yes', '-l', request.account, request.host]
    return ['ssh', [...args, request.command], env]
  }
  const role = request.role ? ['--workload-role', request.role] : []
  return [request.sftPath, ['ssh', request.host, ...role, '--command', request.command], env]
}

/** Runs one attempt and resolves when the session's process has closed. */
export function runSession(request: SessionRequest): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const stdout = new Tail()
    const stderr = new Tail()
    const child = spawnSession(request)
    request.onSpawn(child)
    let started = false
    let account: string | undefined
    // The bootstrap's own lines are noted, not shown; after the marker, every line is the script's.
    const forward = (stream: 'stdout' | 'stderr') => (text: string) => {
      if (!started && text === SCRIPT_STARTED) started = true
      else if (!started && account === undefined && text.startsWith(ACCOUNT_PREFIX))
        account = text.slice(ACCOUNT_PREFIX.length)
      else request.onLine(stream, text)
    }
    const out = lines(forward('stdout'))
    const err = lines(forward('stderr'))
    const deliver = payloadDelivery(request, child)
    child.stdout?.on('data', (c: Buffer) => {
      const rest = deliver(c)
      if (!rest?.length) return
      stdout.push(rest)
      out.push(rest)
    })
    child.stderr?.on('data', (c: Buffer) => {
      stderr.push(c)
      err.push(c)
    })
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      endGroup(child)
    }, request.timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      out.flush()
      err.flush()
      const exit = code ?? (signal ? 128 + (constants.signals[signal] ?? 15) : null)
      resolve({ code: exit, stdout, stderr, timedOut, started, account })
    })
  })
}

/**
 * Writes the payload to the session's stdin: at once, or under a pty only
 * once the line discipline is raw, since bytes written earlier would be
 * echoed back as output. Returns a filter for stdout chunks that swallows
 * what the pty printed before it was ready.
 */
function payloadDelivery(request: SessionRequest, child: ChildProcess): (chunk: Buffer) => Buffer | undefined {
  child.stdin?.on('error', () => undefined)
  if (!request.pty) {
    child.stdin?.end(request.payload)
    return (chunk) => chunk
  }
  let waiting = true
  let early = ''
  return (chunk) => {
    if (!waiting) return chunk
    early += chunk.toString('utf8')
    const at = early.indexOf(PTY_READY)
    if (at < 0) return undefined
    waiting = false
    child.stdin?.write(request.payload)
    return Buffer.from(early.slice(at + PTY_READY.length).replace(/^\r?\n/, ''), 'utf8')
  }
}
