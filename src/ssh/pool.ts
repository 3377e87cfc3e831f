/**
 * The brokered-SSH engine behind the `ssh` sub-action, the main action's
 * `hosts`/`run` inputs and the `opa-ssh` CLI: one script on many hosts
 * through sft, with bounded parallelism, fail-fast, per-host timeouts,
 * re-authentication before a token runs out, and exact per-host results.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { constants } from 'node:os'
import { SSH_CONTRACT } from '../sft/contract.js'
import { childEnvironment } from '../lib/exec.js'
import type { TokenKeeper } from '../auth/token-keeper.js'
import { download, upload, type Transfer } from './transfer.js'

export type HostStatus = 'ok' | 'failed' | 'timeout' | 'unreachable' | 'denied' | 'skipped' | 'cancelled'

export interface HostResult {
  host: string
  account: string
  transport: 'sft' | 'ssh'
  status: HostStatus
  'exit-code': number | null
  'started-at': string
  'ended-at': string
  'duration-ms': number
  'stdout-tail': string
  'stderr-tail': string
  reauthenticated: boolean
  /** Why the status is what it is, and what to do about it. */
  hint: string
}

export interface FleetPlan {
  hosts: string[]
  script: string
  /** Remote interpreter, already split into validated words. */
  shell: string[]
  env: Record<string, string>
  maxParallel: number
  failFast: boolean
  timeoutMs: number
  transport: 'sft' | 'ssh'
  role: string
  account: string
  sftPath: string
  /** Seconds of token lifetime below which a fresh token is fetched first. */
  reauthBefore: number
  upload: Transfer[]
  download: Transfer[]
  /** For `transport: ssh` and transfers: the ssh config that routes through sft. */
  sshConfig?: string
}

export interface Output {
  line(host: string, stream: 'stdout' | 'stderr', text: string): void
  hostStarted(host: string): void
  hostEnded(result: HostResult): void
}

/**
 * What runs inside the pseudo-terminal when sft insists on one: the line
 * discipline goes raw so the payload passes byte for byte with no echo.
 * The text is fixed; host, role and command arrive through the environment.
 */
const PTY_READY = 'opa-ssh: terminal ready'
const PTY_COMMAND = `stty raw -echo 2>/dev/null; echo '${PTY_READY}'; exec "$OPA_SSH_SFT" ssh "$OPA_SSH_HOST" \${OPA_SSH_ROLE:+--workload-role "$OPA_SSH_ROLE"} --command "$OPA_SSH_COMMAND"`

/** The bootstrap's own variable; `env` may not use the `__opa_ssh` prefix. */
export const BOOTSTRAP_DIR = '__opa_ssh_dir'

/**
 * The bootstrap says this on stderr just before the script starts: failures
 * before it are sft's or ssh's (denied, unreachable, no terminal); after it,
 * everything belongs to the script, and nothing may be retried.
 */
export const SCRIPT_STARTED = 'opa-ssh: script started'

/** Exit status the bootstrap uses when it cannot stage the script on the host. */
const BOOTSTRAP_FAILED = 97
const TAIL_BYTES = 4096

/**
 * The fixed remote command: it reads the environment and the script from
 * stdin into a private temporary directory and runs the script there. The
 * script and the env values travel only on stdin, so neither appears on a
 * command line or in the remote process list, and neither is bounded by
 * argv. Only numbers and the validated interpreter words are interpolated.
 */
export function bootstrapCommand(shell: string[], envBytes: number, totalBytes: number): string {
  const d = BOOTSTRAP_DIR
  return [
    'umask 077',
    // In the JIT account's home first: OPA destroys it with the account, so even a
    // session killed outright leaves nothing behind on the server.
    `${d}=$(mktemp -d "$HOME/.opa-ssh.XXXXXX" 2>/dev/null || mktemp -d "\${TMPDIR:-/tmp}/opa-ssh.XXXXXX") || exit ${BOOTSTRAP_FAILED}`,
    // The env file cannot overwrite the directory variable, and the directory goes on every exit.
    `readonly ${d}; trap 'rm -rf "$${d}"' EXIT HUP INT TERM`,
    `{ head -c ${totalBytes} > "$${d}/p" && head -c ${envBytes} "$${d}/p" > "$${d}/e" && tail -c +${envBytes + 1} "$${d}/p" > "$${d}/s" && rm -f "$${d}/p"; } || exit ${BOOTSTRAP_FAILED}`,
    `set -a; . "$${d}/e"; set +a; rm -f "$${d}/e"`,
    `echo '${SCRIPT_STARTED}' >&2`,
    `${shell.join(' ')} "$${d}/s" < /dev/null`
  ].join('; ')
}

/** `KEY='value'` lines for the remote shell, single-quoted so nothing expands. */
export function envPayload(env: Record<string, string>): string {
  return Object.entries(env)
    .map(([key, value]) => `${key}='${value.replace(/'/g, `'\\''`)}'\n`)
    .join('')
}

/** Keeps the last `limit` bytes of a stream, on a character boundary. */
class Tail {
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

/**
 * Classifies a finished session. sft reports policy refusals on stderr and
 * ssh exits 255 when it cannot connect; everything else is the remote exit.
 */
export function classify(
  exitCode: number | null,
  stderr: string,
  timedOut: boolean,
  scriptStarted = false
): { status: HostStatus; hint: string } {
  if (timedOut)
    return {
      status: 'timeout',
      hint: 'The host did not finish within timeout-minutes. Raise it, or look for a command waiting on input.'
    }
  if (exitCode === 0) return { status: 'ok', hint: '' }
  // Once the script runs, its exit code is the verdict, whatever it printed.
  if (scriptStarted) return { status: 'failed', hint: `The script exited with ${exitCode ?? 'a signal'}.` }
  if (SSH_CONTRACT.denied.test(stderr) || exitCode === SSH_CONTRACT.noGrantExit) {
    return {
      status: 'denied',
      hint: SSH_CONTRACT.interactive.test(stderr)
        ? 'The policy requires MFA or an Access Request, which a workload cannot answer. Remove that requirement for workload roles.'
        : "OPA refused access: check that a security policy grants this Workload Role this server, and that the role's conditions match the job's claims."
    }
  }
  if (exitCode === 255 && SSH_CONTRACT.unreachable.test(stderr)) {
    return {
      status: 'unreachable',
      hint: "The runner could not reach the server or its gateway. Check the network path and the gateway's port."
    }
  }
  if (exitCode === BOOTSTRAP_FAILED) {
    return {
      status: 'failed',
      hint: 'The script could not be staged on the host (mktemp or head failed): check that the home directory or /tmp is writable there.'
    }
  }
  return { status: 'failed', hint: `The script exited with ${exitCode ?? 'a signal'}.` }
}

interface Outcome {
  code: number | null
  stdout: Tail
  stderr: Tail
  timedOut: boolean
  /** Whether the bootstrap reached the script. */
  started: boolean
}

function withoutMarker(text: string): string {
  return text.replace(new RegExp(`(^|\n)${SCRIPT_STARTED}\r?\n`), '$1')
}

export interface FleetRun {
  results: Promise<HostResult[]>
  /** Stops everything: running hosts are killed and marked cancelled, pending ones too. */
  cancel(): void
}

/** Runs the plan's script on every host, at most `maxParallel` at a time. */
export function runFleet(plan: FleetPlan, keeper: TokenKeeper, output: Output): FleetRun {
  const results = new Map<string, HostResult>()
  const running = new Map<string, ChildProcess>()
  let stopStarting = false
  let cancelled = false
  let needsPty = false
  const payload = Buffer.from(envPayload(plan.env) + plan.script, 'utf8')
  const envBytes = Buffer.byteLength(envPayload(plan.env))
  const command = bootstrapCommand(plan.shell, envBytes, payload.length)

  const placeholder = (host: string, status: HostStatus, hint: string, started = new Date()): HostResult => {
    const ended = new Date()
    return {
      host,
      account: plan.account,
      transport: plan.transport,
      status,
      'exit-code': null,
      'started-at': started.toISOString(),
      'ended-at': ended.toISOString(),
      'duration-ms': ended.getTime() - started.getTime(),
      'stdout-tail': '',
      'stderr-tail': '',
      reauthenticated: false,
      hint
    }
  }

  const attempt = (host: string, token: string, pty: boolean): Promise<Outcome> =>
    new Promise((resolve, reject) => {
      const stdout = new Tail()
      const stderr = new Tail()
      const base =
        plan.transport === 'ssh'
          ? ['ssh', ['-F', plan.sshConfig ?? '', '-o', 'BatchMode=yes', '-l', plan.account, host, command]]
          : [plan.sftPath, ['ssh', host, ...(plan.role ? ['--workload-role', plan.role] : []), '--command', command]]
      const [file, args] = base as [string, string[]]
      // Under a pty (sft insists on a terminal) the line discipline goes raw, so the
      // payload passes byte for byte and nothing is echoed. The script text is fixed;
      // the values reach it through the environment, never through a shell string.
      const spawned = pty
        ? spawn('script', ['-q', '-e', '-c', PTY_COMMAND, '/dev/null'], {
            env: childEnvironment({
              OPA_TOKEN: token,
              OPA_SSH_SFT: plan.sftPath,
              OPA_SSH_HOST: host,
              OPA_SSH_ROLE: plan.role,
              OPA_SSH_COMMAND: command,
              SHELL: '/bin/sh'
            }),
            stdio: ['pipe', 'pipe', 'pipe'],
            detached: true
          })
        : spawn(file, args, {
            env: childEnvironment({ OPA_TOKEN: token }),
            stdio: ['pipe', 'pipe', 'pipe'],
            detached: true
          })
      running.set(host, spawned)
      let started = false
      // The start marker is ours: it is noted, not shown.
      const forward = (stream: 'stdout' | 'stderr') => (text: string) => {
        if (text === SCRIPT_STARTED) started = true
        else output.line(host, stream, text)
      }
      const out = lines(forward('stdout'))
      const err = lines(forward('stderr'))
      // Under a pty the payload waits until the line discipline is raw: bytes
      // written earlier would be echoed back as output.
      let waiting = pty
      let early = ''
      spawned.stdout.on('data', (c: Buffer) => {
        if (waiting) {
          early += c.toString('utf8')
          const at = early.indexOf(PTY_READY)
          if (at < 0) return
          waiting = false
          spawned.stdin.write(payload)
          c = Buffer.from(early.slice(at + PTY_READY.length).replace(/^\r?\n/, ''), 'utf8')
          if (!c.length) return
        }
        stdout.push(c)
        out.push(c)
      })
      spawned.stderr.on('data', (c: Buffer) => {
        stderr.push(c)
        err.push(c)
      })
      let timedOut = false
      const kill = (): void => {
        try {
          process.kill(-(spawned.pid as number), 'SIGTERM')
        } catch {
          // already gone
        }
        setTimeout(() => {
          try {
            process.kill(-(spawned.pid as number), 'SIGKILL')
          } catch {
            // already gone
          }
        }, 3000).unref()
      }
      const timer = setTimeout(() => {
        timedOut = true
        kill()
      }, plan.timeoutMs)
      spawned.on('error', (error) => {
        clearTimeout(timer)
        reject(error)
      })
      spawned.on('close', (code, signal) => {
        clearTimeout(timer)
        running.delete(host)
        out.flush()
        err.flush()
        resolve({
          code: code ?? (signal ? 128 + (constants.signals[signal] ?? 15) : null),
          stdout,
          stderr,
          timedOut,
          started
        })
      })
      spawned.stdin.on('error', () => undefined)
      if (!pty) spawned.stdin.end(payload)
    })

  const runHost = async (host: string): Promise<HostResult> => {
    const started = new Date()
    output.hostStarted(host)
    let reauthenticated = false
    let outcome
    try {
      const fresh = await keeper.fresh(Math.max(plan.reauthBefore, Math.ceil(plan.timeoutMs / 1000)))
      reauthenticated = fresh.renewed
      const ctx = {
        host,
        account: plan.account,
        sshConfig: plan.sshConfig ?? '',
        env: childEnvironment({ OPA_TOKEN: fresh.session.token })
      }
      const uploadFailed = plan.upload.length ? await upload(ctx, plan.upload) : undefined
      if (uploadFailed) return { ...placeholder(host, 'failed', uploadFailed, started), reauthenticated }
      // Transfers alone need no script.
      outcome = plan.script.trim()
        ? await attempt(host, fresh.session.token, needsPty && plan.transport === 'sft')
        : { code: 0, stdout: new Tail(), stderr: new Tail(), timedOut: false, started: true }
      if (
        plan.transport === 'sft' &&
        !needsPty &&
        !outcome.started &&
        outcome.code !== 0 &&
        SSH_CONTRACT.needsTty.test(outcome.stderr.text())
      ) {
        // sft refused before the script started: nothing ran, so trying again under a pty is safe.
        needsPty = true
        outcome = await attempt(host, fresh.session.token, true)
      }
      if (outcome.code === 0 && plan.download.length) {
        const downloadFailed = await download(ctx, plan.download)
        if (downloadFailed) return { ...placeholder(host, 'failed', downloadFailed, started), reauthenticated }
      }
    } catch (error) {
      return { ...placeholder(host, 'failed', (error as Error).message, started), reauthenticated }
    }
    const ended = new Date()
    // Under a pty sft's messages arrive on stdout; classify on both streams.
    const said = `${outcome.stderr.text()}\n${outcome.stdout.text()}`
    const { status, hint } = cancelled
      ? { status: 'cancelled' as const, hint: 'The job was cancelled.' }
      : classify(outcome.code, said, outcome.timedOut, outcome.started)
    return {
      host,
      account: plan.account,
      transport: plan.transport,
      status,
      'exit-code': outcome.code,
      'started-at': started.toISOString(),
      'ended-at': ended.toISOString(),
      'duration-ms': ended.getTime() - started.getTime(),
      'stdout-tail': withoutMarker(outcome.stdout.text()),
      'stderr-tail': withoutMarker(outcome.stderr.text()),
      reauthenticated,
      hint
    }
  }

  const queue = [...plan.hosts]
  const worker = async (): Promise<void> => {
    for (let host = queue.shift(); host !== undefined; host = queue.shift()) {
      if (cancelled)
        results.set(host, placeholder(host, 'cancelled', 'The job was cancelled before this host started.'))
      else if (stopStarting)
        results.set(host, placeholder(host, 'skipped', 'Not started: an earlier host failed and fail-fast is on.'))
      else {
        const result = await runHost(host)
        results.set(host, result)
        output.hostEnded(result)
        if (result.status !== 'ok' && plan.failFast) stopStarting = true
      }
    }
  }
  const all = Promise.all(Array.from({ length: Math.min(plan.maxParallel, plan.hosts.length) }, worker)).then(() =>
    plan.hosts.map((h) => results.get(h) as HostResult)
  )
  return {
    results: all,
    cancel: () => {
      cancelled = true
      for (const child of running.values()) {
        try {
          process.kill(-(child.pid as number), 'SIGTERM')
        } catch {
          // already gone
        }
      }
    }
  }
}
