/**
 * The fixed remote command that receives the environment and the script on
 * stdin and runs the script, and the marker it prints just before the script
 * starts. Only numbers and validated interpreter words are interpolated.
 */
import { createHash } from 'node:crypto'
import { shellQuote } from '../lib/shell.js'

/** Names the bootstrap keeps for itself; `env` entries may not start with it. */
export const BOOTSTRAP_PREFIX = '__opa_ssh'

/** The bootstrap's own variable, the directory it stages into. */
export const BOOTSTRAP_DIR = `${BOOTSTRAP_PREFIX}_dir`

/**
 * The bootstrap says this on stderr just before the script starts: failures
 * before it are sft's or ssh's (denied, unreachable, no terminal); after it,
 * everything belongs to the script, and nothing may be retried.
 */
export const SCRIPT_STARTED = 'opa-ssh: script started'

/** Exit status the bootstrap uses when it cannot stage the script on the host. */
export const BOOTSTRAP_FAILED = 97

/**
 * Exit status the bootstrap uses when the payload did not arrive whole (a
 * wrong length or digest): the script is not run, and the action carries
 * the payload another way.
 */
export const PAYLOAD_MISSING = 96

/**
 * The bootstrap asks for the payload with this line once the host is ready
 * to read it privately: when its stdin is a terminal (an sft that asks for a
 * remote tty), only after echo is off, so the terminal cannot print `env`
 * values back. Nothing is sent before it.
 */
export const PAYLOAD_WANTED = 'opa-ssh: send'

/** The bootstrap says which account it runs as, before the marker: the account OPA really made. */
export const ACCOUNT_PREFIX = 'opa-ssh: account '

/**
 * How the payload reaches the host: on `sft ssh`'s stdin; on the stdin of
 * native OpenSSH routed through sft's ssh-config, for an sft that does not
 * forward stdin; or, only when there is no `env`, inside the remote command
 * itself (then the script, never a value, is in the host's process list).
 */
export type Carrier = 'stdin' | 'ssh-config' | 'command'

/** Seconds the remote `timeout` gives the script past the runner's own bound, which therefore always ends it first. */
export const REMOTE_GRACE_SECONDS = 5

/**
 * The most a payload may be to travel in the command: Linux takes at most
 * 128 KiB in one argument, and base64 grows it by a third.
 */
export const COMMAND_PAYLOAD_MAX = 90 * 1024

/** How long the bootstrap waits for a stdin payload before it gives up, by size. */
export function stdinWaitSeconds(bytes: number): number {
  return 20 + Math.ceil(bytes / (100 * 1024))
}

export interface RemotePayload {
  payload: Buffer
  envBytes: number
  sha256: string
}

/**
 * The fixed remote command: it stages the environment and the script in a
 * private temporary directory, checks that exactly the bytes the action
 * sent arrived (length and SHA-256), and only then runs the script. Only
 * numbers, the digest, base64 and the validated interpreter words are
 * interpolated.
 */
export function bootstrapCommand(
  shell: string[],
  remote: RemotePayload,
  carrier: Carrier,
  timeoutSeconds: number
): string {
  const d = BOOTSTRAP_DIR
  const fg = `${BOOTSTRAP_PREFIX}_fg`
  const total = remote.payload.length
  // An env value is never part of any command line, on either side.
  if (carrier === 'command' && remote.envBytes > 0) throw new Error('env values may not travel in the command')
  const receive =
    carrier === 'command'
      ? `printf %s '${remote.payload.toString('base64')}' | base64 -d > "$${d}/p"`
      : [
          // A terminal reads only for its foreground process group, which `timeout` would otherwise leave.
          `${fg}=; if [ -t 0 ]; then stty raw -echo 2>/dev/null || exit ${PAYLOAD_MISSING}; ${fg}=--foreground; fi`,
          `echo '${PAYLOAD_WANTED}' >&2`,
          `if command -v timeout >/dev/null 2>&1; then timeout $${fg} ${stdinWaitSeconds(total)} head -c ${total}; else head -c ${total}; fi > "$${d}/p"`
        ].join('; ')
  const bound = `${timeoutSeconds + REMOTE_GRACE_SECONDS}`
  const script = `${shell.join(' ')} "$${d}/s" < /dev/null`
  return [
    'umask 077',
    // In the JIT account's home first: OPA destroys it with the account, so even a
    // session killed outright leaves nothing behind on the server.
    `${d}=$(mktemp -d "$HOME/.opa-ssh.XXXXXX" 2>/dev/null || mktemp -d "\${TMPDIR:-/tmp}/opa-ssh.XXXXXX") || exit ${BOOTSTRAP_FAILED}`,
    // The env file cannot overwrite the directory variable, and the directory goes on every exit.
    `readonly ${d}; trap 'rm -rf "$${d}"' EXIT HUP INT TERM`,
    `echo "${ACCOUNT_PREFIX}$(id -un)" >&2`,
    receive,
    `[ "$(wc -c < "$${d}/p")" -eq ${total} ] && [ "$(sha256sum < "$${d}/p" | cut -c1-64)" = ${remote.sha256} ] || exit ${PAYLOAD_MISSING}`,
    `{ head -c ${remote.envBytes} "$${d}/p" > "$${d}/e" && tail -c +${remote.envBytes + 1} "$${d}/p" > "$${d}/s" && rm -f "$${d}/p"; } || exit ${BOOTSTRAP_FAILED}`,
    `set -a; . "$${d}/e"; set +a; rm -f "$${d}/e"`,
    `echo '${SCRIPT_STARTED}' >&2`,
    // The host bounds the script too: a session ended on this side may leave the remote shell running.
    `if command -v timeout >/dev/null 2>&1; then timeout -k 5 ${bound} ${script}; else ${script}; fi`
  ].join('; ')
}

/** `KEY='value'` lines for the remote shell, single-quoted so nothing expands. */
export function envPayload(env: Record<string, string>): string {
  return Object.entries(env)
    .map(([key, value]) => `${key}=${shellQuote(value)}\n`)
    .join('')
}

/** The bytes that go to the host: the environment, then the script. */
export function remotePayload(script: string, env: Record<string, string>): RemotePayload {
  const envText = envPayload(env)
  const payload = Buffer.from(envText + script, 'utf8')
  return { payload, envBytes: Buffer.byteLength(envText), sha256: createHash('sha256').update(payload).digest('hex') }
}
