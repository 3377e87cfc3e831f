/** One word for a POSIX shell: single-quoted, so nothing in it expands. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`
}
