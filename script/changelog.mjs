// Prints the section of CHANGELOG.md for one version (without its heading),
// for the release's notes: `node script/changelog.mjs 1.2.3 [CHANGELOG.md]`.
// Fails when the version has no section or an empty one, so that a release
// is never published without its notes.
import { readFileSync } from 'node:fs'

const [version, file = 'CHANGELOG.md'] = process.argv.slice(2)
if (!/^\d+\.\d+\.\d+$/.test(version ?? '')) {
  console.error('usage: node script/changelog.mjs X.Y.Z [CHANGELOG.md]')
  process.exit(2)
}
const lines = readFileSync(file, 'utf8').split('\n')
const heading = new RegExp(`^## \\[?${version.replace(/\./g, '\\.')}\\]?(\\s|$)`)
const start = lines.findIndex((line) => heading.test(line))
if (start < 0) {
  console.error(`${file} has no section for ${version}: add "## [${version}] - <date>" before tagging v${version}`)
  process.exit(1)
}
const length = lines.slice(start + 1).findIndex((line) => /^## |^\[[^\]]+\]: /.test(line))
const notes = lines
  .slice(start + 1, length < 0 ? undefined : start + 1 + length)
  .join('\n')
  .trim()
if (!notes) {
  console.error(`The section for ${version} in ${file} is empty`)
  process.exit(1)
}
console.log(notes)
