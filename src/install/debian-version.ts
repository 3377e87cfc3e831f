/**
 * Debian package metadata: dpkg's version ordering and the deb822 format of
 * Release and Packages files. Written from the Debian Policy Manual
 * (§5.6.12 Version) and dpkg's verrevcmp, so `apt` and we agree on which
 * version is newest.
 */

export interface DebianVersion {
  epoch: number
  upstream: string
  revision: string
}

export function parseVersion(version: string): DebianVersion {
  const colon = version.indexOf(':')
  const epoch = colon > 0 ? Number(version.slice(0, colon)) : 0
  const rest = colon > 0 ? version.slice(colon + 1) : version
  const dash = rest.lastIndexOf('-')
  return {
    epoch: Number.isFinite(epoch) ? epoch : 0,
    upstream: dash >= 0 ? rest.slice(0, dash) : rest,
    revision: dash >= 0 ? rest.slice(dash + 1) : ''
  }
}

/** Upstream part of a Debian version: `1:1.114.0-1` → `1.114.0`. */
export function upstreamVersion(version: string): string {
  return parseVersion(version).upstream
}

/** Sorts like dpkg: `~` before everything, even the end; letters before other symbols. */
function order(c: string | undefined): number {
  if (c === undefined) return 0
  if (c >= '0' && c <= '9') return 0
  if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) return c.charCodeAt(0)
  if (c === '~') return -1
  return c.charCodeAt(0) + 256
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9'
}

function verrevcmp(a: string, b: string): number {
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    while ((i < a.length && !isDigit(a[i])) || (j < b.length && !isDigit(b[j]))) {
      const diff = order(a[i]) - order(b[j])
      if (diff) return diff
      i++
      j++
    }
    while (a[i] === '0') i++
    while (b[j] === '0') j++
    let firstDiff = 0
    while (isDigit(a[i]) && isDigit(b[j])) {
      if (!firstDiff) firstDiff = a.charCodeAt(i) - b.charCodeAt(j)
      i++
      j++
    }
    if (isDigit(a[i])) return 1
    if (isDigit(b[j])) return -1
    if (firstDiff) return firstDiff
  }
  return 0
}

/** Negative when a < b, zero when equal, positive when a > b, as `dpkg --compare-versions`. */
export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a)
  const y = parseVersion(b)
  if (x.epoch !== y.epoch) return x.epoch - y.epoch
  return verrevcmp(x.upstream, y.upstream) || verrevcmp(x.revision, y.revision)
}

/** Parses deb822 paragraphs (Release, Packages). Field names are case-insensitive. */
export function parseParagraphs(text: string): Map<string, string>[] {
  const paragraphs: Map<string, string>[] = []
  let current = new Map<string, string>()
  let last: string | undefined
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') {
      if (current.size) paragraphs.push(current)
      current = new Map()
      last = undefined
    } else if (/^[ \t]/.test(line) && last) {
      current.set(last, `${current.get(last)}\n${line.trim()}`)
    } else if (!line.startsWith('#')) {
      const colon = line.indexOf(':')
      if (colon <= 0) continue
      last = line.slice(0, colon).toLowerCase()
      current.set(last, line.slice(colon + 1).trim())
    }
  }
  if (current.size) paragraphs.push(current)
  return paragraphs
}
