/** Builds the sandbox's `sft` into a single self-contained executable file. */
import { build } from 'esbuild'
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { REPO_ROOT } from './runner.js'

let bundle: Promise<string> | undefined

async function sftBundle(): Promise<string> {
  bundle ??= build({
    entryPoints: [path.join(REPO_ROOT, 'sandbox', 'sft', 'main.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    // CommonJS, so the file runs from any directory without a package.json beside it.
    format: 'cjs',
    write: false,
    // A shell/JavaScript polyglot: the shell answers --version itself, as
    // fast as the real static Go binary would, and hands the rest to Node.
    banner: {
      js: [
        '#!/bin/sh',
        `':' //; case "$1" in --version|-v|version) echo "sft version __SANDBOX_SFT_VERSION__"; exit 0;; esac; exec node "$0" "$@"`
      ].join('\n')
    },
    logLevel: 'silent'
  }).then((result) => result.outputFiles[0].text)
  return bundle
}

/** Writes `<dir>/sft` reporting `version`, and returns its path. */
export async function writeSft(dir: string, version = '1.114.0'): Promise<string> {
  const text = (await sftBundle()).replaceAll('__SANDBOX_SFT_VERSION__', version)
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, 'sft')
  writeFileSync(file, text)
  chmodSync(file, 0o755)
  return file
}
