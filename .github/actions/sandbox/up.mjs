/**
 * Brings the sandbox up and exports its environment as SANDBOX_<NAME>, so the
 * workflow hands each value to the action under test explicitly.
 */
import { appendFileSync } from 'node:fs'
import { sandbox } from './sandbox.mjs'

sandbox('up')
const lines = sandbox('env').split('\n')
for (const line of lines) {
  const match = /^export ([A-Z_]+)='(.*)'$/.exec(line)
  if (!match) continue
  const value = match[2].replaceAll(`'\\''`, `'`)
  if (match[1] === 'ACTIONS_ID_TOKEN_REQUEST_TOKEN') console.log(`::add-mask::${value}`)
  appendFileSync(process.env.GITHUB_ENV, `SANDBOX_${match[1]}=${value}\n`)
}
