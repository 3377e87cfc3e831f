/**
 * Markdown for the job summary: every foreign value made inert, and each
 * step's part kept under GitHub's size cap.
 */
import * as core from '@actions/core'
import * as log from '../lib/log.js'
import { messageOf } from '../lib/errors.js'

/**
 * Characters that show as nothing, or as a blank, yet change what a ref or a
 * branch name is: bidirectional overrides (U+202E turns text around),
 * zero-width characters, the soft hyphen, Hangul fillers, variation
 * selectors and tag characters. Deleting them would make `ma\u200bin` read
 * as `main`, so each is shown by its code point instead.
 */
// The class lists combining marks (variation selectors) on purpose: each is matched alone.
const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class
  /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\u{e0000}-\u{e007f}\u{e0100}-\u{e01ef}]/gu

/** An invisible character as its visible code point, `<U+200B>`. */
function visible(text: string): string {
  return text.replace(
    INVISIBLE,
    (c) => `<U+${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}>`
  )
}

/**
 * Breaks what GitHub would turn into a link by itself (GFM autolinks):
 * `www.`, a scheme's `://` and an e-mail's `@`. A foreign value can then
 * name a place but never offer a click to it.
 */
function unlinked(text: string): string {
  return text
    .replace(/(www)\./gi, '$1[.]')
    .replace(/:\/\//g, '[:]//')
    .replace(/@(?=[A-Za-z0-9-]+\.[A-Za-z0-9])/g, '[@]')
}

/** Any JSON value as text: strings as they are, lists joined, objects as JSON; never throws. */
export function plainText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.map(plainText).join(', ')
  if (typeof value === 'object') {
    try {
      return JSON.stringify(value)
    } catch {
      return ''
    }
  }
  return String(value)
}

/**
 * Makes any value inert in GitHub-flavoured markdown and HTML. Claims are
 * partly attacker-controlled (branch names, workflow names), so every
 * character that markdown or HTML could act on becomes a numeric character
 * reference, line breaks become spaces, and long values are cut.
 */
export function md(value: unknown, maxLength = 300): string {
  const text = plainText(value)
    .replace(/[\r\n\t\v\f\u2028\u2029]+/g, ' ')
    .replace(/[\x00-\x1f\x7f]/g, '')
  const shown = unlinked(visible(text))
  const cut = [...shown].length > maxLength ? `${[...shown].slice(0, maxLength - 1).join('')}…` : shown
  return cut.replace(/[&<>"'`|*_[\]#~\\!{}:@]/g, (c) => `&#${c.charCodeAt(0)};`)
}

/**
 * A code span. Character references are not decoded inside code spans, so
 * instead of escaping, everything that could end the span or the table cell
 * is dropped.
 */
export function code(value: unknown, maxLength = 120): string {
  // Nothing links inside a code span; invisible characters still show.
  const text = visible(plainText(value).replace(/[`|\r\n\x00-\x1f\x7f]/g, ''))
  return `\`${[...text].slice(0, maxLength).join('')}\``
}

/** A field/value table with a real header (GitHub draws an empty one as a blank bar); keys are ours, values escaped. */
export function factTable(rows: [string, unknown][]): string {
  const body = rows.map(([key, value]) => `| ${key} | ${md(value)} |`).join('\n')
  return `| Field | Value |\n|---|---|\n${body}\n`
}

export function relativeTime(date: Date, now = Date.now()): string {
  const seconds = Math.round((date.getTime() - now) / 1000)
  const abs = Math.abs(seconds)
  const span = abs < 120 ? `${abs} s` : abs < 7200 ? `${Math.round(abs / 60)} min` : `${Math.round(abs / 3600)} h`
  return seconds >= 0 ? `in ${span}` : `${span} ago`
}

/** Mermaid labels: only characters that cannot close the label or start markup. */
export function label(value: unknown): string {
  return String(value ?? '')
    .replace(/[^A-Za-z0-9 .,:/_@+=%()-]/g, ' ')
    .replace(/(www)\./gi, '$1 .')
    .slice(0, 80)
}

/**
 * GitHub's cap on one step's summary: past it the runner drops the step's
 * whole summary ("supports content up to a size of 1024k").
 */
export const STEP_SUMMARY_LIMIT = 1024 * 1024

/** A step writes at most three parts (one-step main: main, ssh, audit), so each part gets a quarter of the cap. */
export const PART_LIMIT = STEP_SUMMARY_LIMIT / 4

/** Keeps a part within its share of GitHub's cap, cutting at a line and saying so. */
export function fitSummary(markdown: string, limit = PART_LIMIT): string {
  if (Buffer.byteLength(markdown) <= limit) return markdown
  const notice = "\n\n> ⚠️ The rest of this part was cut: GitHub drops a step's summary above 1 MiB.\n"
  let cut = Buffer.from(markdown)
    .subarray(0, limit - Buffer.byteLength(notice))
    .toString('utf8')
  cut = cut.slice(0, cut.lastIndexOf('\n'))
  return `${cut}${notice}`
}

/** Appends to the job summary; a summary problem never fails the job. */
export async function appendSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(fitSummary(markdown), true).write()
  } catch (error) {
    log.warning(`Could not write the job summary: ${messageOf(error)}`)
  } finally {
    core.summary.emptyBuffer()
  }
}
