// Builds one ncc bundle per entry point into dist/<entry>/.
import { execFileSync } from 'node:child_process'
import { readdirSync, rmSync } from 'node:fs'

const entries = readdirSync('src/entrypoints').filter((f) => f.endsWith('.ts'))
for (const file of entries) {
  const name = file.replace(/\.ts$/, '')
  rmSync(`dist/${name}`, { recursive: true, force: true })
  execFileSync(
    'npx',
    ['ncc', 'build', `src/entrypoints/${file}`, '-o', `dist/${name}`, '--license', 'licenses.txt', '-q'],
    { stdio: 'inherit' }
  )
}
