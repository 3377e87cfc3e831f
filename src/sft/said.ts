/**
 * sft's own words (stdout and stderr) are foreign text that may hold a
 * credential: a token printed where we did not expect it, a JWT in a debug
 * line, an `OPA_TOKEN=...` echo. Before any of it reaches a log line, an
 * error, the summary or `results`, every token-shaped run is registered
 * with the runner's masker and replaced here.
 */
import * as log from '../lib/log.js'

export const REDACTED = '[redacted]'

/**
 * JWTs; assignments of a token-like name; and long runs of base64url
 * characters that mix upper case, lower case and digits, as random secrets
 * do (a hex digest or a path does not).
 */
const JWT = /eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g
const ASSIGNMENT = /\b([A-Za-z_]*(?:token|secret|password|jwt)[A-Za-z_]*)(\s*[=:]\s*)("?)([^\s"]{8,})\3/gi
const LONG_RUN = /[A-Za-z0-9_+/=-]{40,}/g
const MIXED = (run: string): boolean => /[A-Z]/.test(run) && /[a-z]/.test(run) && /[0-9]/.test(run)

/** Masks and redacts every token-shaped run in text from sft. */
export function fromSft(text: string): string {
  const hide = (secret: string): string => {
    log.setSecret(secret)
    return REDACTED
  }
  return text
    .replace(JWT, hide)
    .replace(ASSIGNMENT, (_all, name: string, sep: string, quote: string, value: string) =>
      value === REDACTED ? `${name}${sep}${value}` : `${name}${sep}${quote}${hide(value)}${quote}`
    )
    .replace(LONG_RUN, (run) => (MIXED(run) ? hide(run) : run))
}

/** What an output looked like, for when its content may not be shown. */
export function shapeOf(text: string): string {
  const trimmed = text.trim()
  if (!trimmed) return 'nothing'
  const lines = trimmed.split('\n').length
  return `${trimmed.length} characters on ${lines} line${lines === 1 ? '' : 's'}`
}
