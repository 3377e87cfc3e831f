/**
 * sft's own words (stdout and stderr) are foreign text that may hold a
 * credential: a token printed where we did not expect it, a JWT in a debug
 * line, an `OPA_TOKEN=...` echo, an `Authorization: Bearer ...` header.
 * Wherever they are shown (live in the log, in a hint, an error, the
 * summary or `results`) every token-shaped run is replaced first, here.
 *
 * Redaction only: what the runner masks for the rest of the job is decided
 * by the action alone, from the tokens it handled (see maskToken), never
 * from words someone else printed.
 */

export const REDACTED = '[redacted]'

/** Base64url runs of 16 or more, the body of every bearer secret we know of. */
const RUN = '[A-Za-z0-9_~+/=.-]{16,}'
const JWT = /eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g
const BEARER = new RegExp(`\\b(Bearer|SSWS|Basic)(\\s+)(${RUN})`, 'gi')
/** `token=...`, `"access_token": "..."`, `OPA_TOKEN: ...`: a secret's name, then its value. */
const ASSIGNMENT =
  /\b([A-Za-z_]*(?:token|secret|password|passwd|jwt|api_?key)[A-Za-z_]*)("?\s*[=:]\s*)("?)([^\s"',;}]+)\3/gi
/** A bare run long enough to be random: hex of 32 or more, or base64url of 40 or more. */
const HEX_RUN = /\b[0-9a-fA-F]{32,}\b/g
const LONG_RUN = /[A-Za-z0-9_-]{40,}={0,2}/g

/** At least two of upper case, lower case and digits: random, not a word or a name. */
function mixed(run: string): boolean {
  return [/[A-Z]/, /[a-z]/, /[0-9]/].filter((re) => re.test(run)).length >= 2
}

/**
 * Whether a value after a secret's name is shaped like a token: long, with
 * no scheme or path (an audience URL, a workspace path) and not a plain word
 * (`signature`, `refs/heads/main`).
 */
export function tokenShaped(value: string): boolean {
  if (/^eyJ/.test(value) || /^[0-9a-fA-F]{32,}$/.test(value)) return true
  return (
    new RegExp(`^${RUN}$`).test(value) &&
    !value.includes('://') &&
    !value.startsWith('/') &&
    mixed(value) &&
    /[0-9]/.test(value)
  )
}

/** Every token-shaped run in `text`, for a caller that received it as its own credential. */
export function tokensIn(text: string): string[] {
  const found: string[] = []
  fromSft(text, (secret) => found.push(secret))
  return found
}

/** sft's words with every token-shaped run replaced by `[redacted]`. */
export function fromSft(text: string, seen: (secret: string) => void = () => undefined): string {
  const hide = (secret: string): string => {
    seen(secret)
    return REDACTED
  }
  return text
    .replace(JWT, hide)
    .replace(BEARER, (all, scheme: string, space: string, value: string) =>
      value === REDACTED ? all : `${scheme}${space}${hide(value)}`
    )
    .replace(ASSIGNMENT, (all, name: string, sep: string, quote: string, value: string) =>
      tokenShaped(value) ? `${name}${sep}${quote}${hide(value)}${quote}` : all
    )
    .replace(HEX_RUN, hide)
    .replace(LONG_RUN, (run) => (mixed(run) && /[0-9]/.test(run) ? hide(run) : run))
}

/** What an output looked like, for when its content may not be shown. */
export function shapeOf(text: string): string {
  const trimmed = text.trim()
  if (!trimmed) return 'nothing'
  const lines = trimmed.split('\n').length
  return `${trimmed.length} characters on ${lines} line${lines === 1 ? '' : 's'}`
}
