/** The post step's part of the job summary: what was removed, and a check that nothing remains. */
import { md } from './markdown.js'

/** What post removed, and whether anything the action made is still there. */
export function renderCleanup(removed: string[], remaining: string[]): string {
  const list = removed.length ? removed.map((r) => `- removed ${md(r, 400)}`).join('\n') : '- nothing to remove'
  const check = remaining.length
    ? `⚠️ Still present: ${remaining.map((r) => md(r, 200)).join(', ')}`
    : '✅ Nothing the action created remains.'
  return `### Cleanup\n\n${list}\n\n${check}\n`
}
