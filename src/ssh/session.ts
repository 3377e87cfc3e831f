/**
 * One session attempt on one host: spawn `sft ssh` (or native ssh, or sft
 * under a pseudo-terminal), feed it the payload, stream its output, and end
 * its whole process group on timeout or cancellation.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { constants } from 'node:os'
import { StringDecoder } from 'node:string_decoder'
import { fromSft } from '../sft/said.js'
import { childEnvironment } from '../lib/exec.js'
import { ACCOUNT_PREFIX, PAYLOAD_WANTED, SCRIPT_STARTED } from './bootstrap.js'

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

/** The longest line a session may print: past it, the rest of the line is dropped, so no server can fill the step's memory. */
export const MAX_LINE_CHARS = 16 * 1024
export const LINE_CUT = ' [line cut: longer than 16 KiB]'

/**
 * Splits a stream into lines for live, host-prefixed output; strips pty
 * carriage returns, keeps characters split across chunks whole, and cuts
 * a line at MAX_LINE_CHARS (the marker says so) without holding the rest.
 */
function lines(onLine: (text: string, ended: boolean) => void): { push(chunk: Buffer): void; flush(): void } {
  const decoder = new StringDecoder('utf8')
  let partial = ''
  let cut = false
  const emit = (text: string, ended: boolean): void => {
    if (!cut) onLine(text.replace(/\r+$/, ''), ended)
    cut = false
  }
  const take = (text: string): void => {
    const parts = (partial + text).split('\n')
    partial = parts.pop() ?? ''
    for (const part of parts) emit(part, true)
    if (partial.length > MAX_LINE_CHARS) {
      if (!cut) onLine(`${partial.slice(0, MAX_LINE_CHARS)}${LINE_CUT}`, true)
      cut = true
      partial = ''
    }
  }
  return {
    push: (chunk) => take(decoder.write(chunk)),
    flush() {
      take(decoder.end())
      if (partial) emit(partial, false)
      else cut = false
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
    const deliver = payloadDelivery(request, child)
    // The bootstrap's own lines are noted, not shown. Before the marker every
    // other line is sft's or ssh's, shown only redacted; after it, the script's.
    const forward = (stream: 'stdout' | 'stderr', tail: Tail) => (line: string, ended: boolean) => {
      if (!started && line === SCRIPT_STARTED) started = true
      else if (!started && line === PAYLOAD_WANTED) deliver.send()
      else if (!started && account === undefined && line.startsWith(ACCOUNT_PREFIX))
        account = line.slice(ACCOUNT_PREFIX.length)
      else {
        const text = started ? line : fromSft(line)
        tail.push(Buffer.from(ended ? `${text}\n` : text))
        request.onLine(stream, text)
      }
    }
    const out = lines(forward('stdout', stdout))
    const err = lines(forward('stderr', stderr))
    child.stdout?.on('data', (c: Buffer) => {
      const rest = deliver.filter(c)
      if (rest?.length) out.push(rest)
    })
    child.stderr?.on('data', (c: Buffer) => err.push(c))
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
 * The payload goes to the session's stdin only when the bootstrap asks for
 * it (PAYLOAD_WANTED), that is once the host reads it privately; a payload
 * that travels in the command needs no stdin at all. Under a local pty,
 * `filter` also swallows what the pty printed before its line discipline
 * was raw, since bytes written earlier would be echoed back as output.
 */
function payloadDelivery(
  request: SessionRequest,
  child: ChildProcess
): { send(): void; filter(chunk: Buffer): Buffer | undefined } {
  child.stdin?.on('error', () => undefined)
  let sent = false
  const send = (): void => {
    if (sent || !request.payload.length) return
    sent = true
    // A pty's stdin stays open: its end of file would end the session.
    if (request.pty) child.stdin?.write(request.payload)
    else child.stdin?.end(request.payload)
  }
  if (!request.payload.length && !request.pty) child.stdin?.end()
  if (!request.pty) return { send, filter: (chunk) => chunk }
  let waiting = true
  let early = ''
  const filter = (chunk: Buffer): Buffer | undefined => {
    if (!waiting) return chunk
    early += chunk.toString('latin1')
    const at = early.indexOf(PTY_READY)
    if (at < 0) return undefined
    waiting = false
    return Buffer.from(early.slice(at + PTY_READY.length).replace(/^\r?\n/, ''), 'latin1')
  }
  return { send, filter }
}
