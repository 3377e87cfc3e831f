/** The `upload` and `download` inputs: `FROM -> TO` lines, checked before any copy runs. */
export interface Transfer {
  from: string
  to: string
}

/**
 * Remote paths older scp (before OpenSSH 9) hands to the remote shell, so
 * only characters no shell acts on are allowed ({host} is ours).
 */
const REMOTE_PATH = /^[A-Za-z0-9._/~{}@%+=:,-]+$/

/** `local -> remote` (upload) or `remote -> local` (download) lines. `{host}` in a path names the host. */
export function parseTransfers(text: string, remoteSide: 0 | 1): Transfer[] | string {
  const transfers: Transfer[] = []
  for (const line of text.split('\n')) {
    if (!line.trim()) continue
    const parts = line.split('->').map((p) => p.trim())
    if (parts.length !== 2 || !parts[0] || !parts[1]) return `the line "${line.trim()}" is not "FROM -> TO"`
    if (parts.some((p) => p.startsWith('-')))
      return `the path in "${line.trim()}" starts with "-", which scp would read as an option`
    if (!REMOTE_PATH.test(parts[remoteSide])) {
      return `the remote path "${parts[remoteSide]}" has characters a remote shell could act on; use letters, digits and ._/~{}@%+=:,-`
    }
    transfers.push({ from: parts[0], to: parts[1] })
  }
  return transfers
}
