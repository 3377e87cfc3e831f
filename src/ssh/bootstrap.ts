/**
 * The fixed remote command that receives the environment and the script on
 * stdin and runs the script, and the marker it prints just before the script
 * starts. Only numbers and validated interpreter words are interpolated.
 */
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
    .map(([key, value]) => `${key}=${shellQuote(value)}\n`)
    .join('')
}

/** What goes on the session's stdin, and the command that unpacks it. */
export function remotePayload(
  script: string,
  env: Record<string, string>,
  shell: string[]
): {
  payload: Buffer
  command: string
} {
  const envText = envPayload(env)
  const payload = Buffer.from(envText + script, 'utf8')
  return { payload, command: bootstrapCommand(shell, Buffer.byteLength(envText), payload.length) }
}

/** Removes the start marker from a captured stream. */
export function withoutMarker(text: string): string {
  return text.replace(new RegExp(`(^|\n)${SCRIPT_STARTED}\r?\n`), '$1')
}
