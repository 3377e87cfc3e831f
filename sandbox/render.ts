/**
 * Renders a job summary the way GitHub shows it, near enough to look at:
 * GFM to HTML with marked, mermaid diagrams drawn by mermaid itself, then a
 * PNG from headless Chromium (Debian's `chromium`). Everything is local:
 * the page loads no network resource.
 */
import { execFile } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { marked } from 'marked'
import { REPO_ROOT } from './runner.js'

const run = promisify(execFile)
/** Debian's chromium here; GitHub's ubuntu runners ship Google Chrome instead. */
export const CHROMIUM =
  [process.env.CHROMIUM_PATH ?? '', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
    (file) => file && existsSync(file)
  ) ?? '/usr/bin/chromium'

const CSS = `
body { font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; margin: 0; padding: 24px; background: #fff; }
main { max-width: 1012px; margin: 0 auto; border: 1px solid #d1d9e0; border-radius: 6px; padding: 24px 32px; }
h2 { border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; } h3 { margin-top: 24px; }
table { border-collapse: collapse; margin: 8px 0 16px; display: block; overflow: auto; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; } tr:nth-child(2n) { background: #f6f8fa; }
code { background: #eff1f3; border-radius: 6px; padding: .2em .4em; font-size: 85%; }
blockquote { color: #59636e; border-left: .25em solid #d1d9e0; margin: 0; padding: 0 1em; }
details summary { cursor: pointer; margin: 8px 0; } .mermaid { text-align: center; margin: 16px 0; }
`

/**
 * Measured in the page once the diagrams are drawn, at GitHub's width:
 * every table or diagram wider than the content column (it would scroll
 * sideways) by its first heading text, and the section headings.
 */
const MEASURE = `
  const column = document.querySelector('main').clientWidth - 64;
  const wide = [...document.querySelectorAll('main table, main svg')]
    .filter((el) => Math.max(el.scrollWidth, el.getBoundingClientRect().width) > column + 1)
    .map((el) => el.tagName.toLowerCase() + ':' + Math.round(Math.max(el.scrollWidth, el.getBoundingClientRect().width)));
  document.body.dataset.overflow = wide.join(' ');
  document.body.dataset.headings = [...document.querySelectorAll('main h2, main h3')].map((h) => h.textContent.trim()).join('|');
`

/** The summary as a standalone HTML page; mermaid blocks become diagrams when opened. */
export function summaryHtml(markdown: string): string {
  const renderer = new marked.Renderer()
  renderer.code = ({ text, lang }) =>
    lang === 'mermaid'
      ? `<pre class="mermaid">${text.replace(/</g, '&lt;')}</pre>`
      : `<pre><code>${text.replace(/</g, '&lt;')}</code></pre>`
  const body = marked.parse(markdown, { gfm: true, renderer, async: false })
  const mermaid = readFileSync(path.join(REPO_ROOT, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js'), 'utf8')
  return `<!doctype html><html><head><meta charset="utf-8"><title>Job summary</title><style>${CSS}</style></head>
<body><main>${body}</main><script>${mermaid}</script>
<script>mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' }); mermaid.run().then(() => { ${MEASURE} document.body.dataset.rendered = 'yes'; document.title = 'height=' + document.documentElement.scrollHeight })</script></body></html>`
}

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--hide-scrollbars',
  '--virtual-time-budget=10000'
]

export interface Rendered {
  html: string
  png: string
  /** The page's DOM after scripts ran, to check what was drawn. */
  dom: string
}

/** Writes `<out>/summary.html` and `<out>/summary.png`; needs Debian's chromium. */
export async function renderSummary(markdown: string, out: string, profileDir: string): Promise<Rendered> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`)
  const html = path.join(out, 'summary.html')
  const png = path.join(out, 'summary.png')
  writeFileSync(html, summaryHtml(markdown))
  const url = `file://${html}`
  const common = [...CHROMIUM_FLAGS, `--user-data-dir=${profileDir}`]
  // GitHub's job summary column is about 1,000 px wide.
  const { stdout: dom } = await run(CHROMIUM, [...common, '--window-size=1000,2000', '--dump-dom', url], {
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000
  })
  // The page reports its own height once the diagrams are drawn.
  const height = Math.min(16_000, Number(/<title>height=(\d+)<\/title>/.exec(dom)?.[1] ?? 3000) + 16)
  await run(CHROMIUM, [...common, `--screenshot=${png}`, `--window-size=1100,${height}`, url], { timeout: 120_000 })
  return { html, png, dom }
}
