/**
 * `opa-ssh`, the command-line face of the SSH engine, put on PATH by the
 * main step for `run:` steps and scripts:
 *
 *   opa-ssh [--parallel N] [--no-fail-fast] [--timeout SECONDS] [--json FILE]
 *           [--role ROLE] [--shell "bash -euo pipefail"] [--canary N]
 *           [--batch-size N|P%] [--max-failures N|P%] [--hosts-file FILE]
 *           [--shard I/N] [HOST...] -- COMMAND...
 *
 *   opa-ssh cp [-r] SRC... DST      (scp semantics, host:path on either side)
 *
 * It exits 0 when every host succeeded, 1 when any did not, 2 on bad usage.
 */
import * as log from '../lib/log.js'
import { writeFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { logOut } from '../sft/logout.js'
import { keepSftStatePrivate } from '../sft/state.js'
import { makeTempDir } from '../lib/temp.js'
import { accountForRole, SESSION_ENV } from '../sft/contract.js'
import { formatFailure, messageOf } from '../lib/errors.js'
import { emptyShard, scrub, startFleet, startFromEnvironment, writeSshConfig } from '../ssh/fleet.js'
import { childEnvironment, findOnPath, runCommand } from '../lib/exec.js'
import { readSshInputs, TIMEOUT_MINUTES } from '../inputs/ssh.js'
import { recordSessions } from '../report/sessions.js'
import type { Output } from '../ssh/pool.js'
import { SCP_TIMEOUT_MS, viaSftConfig } from '../ssh/transfer.js'

const USAGE =
  'usage: opa-ssh [--parallel N] [--no-fail-fast] [--timeout SECONDS] [--json FILE] [--role ROLE] [--shell WORDS] [--canary N] [--batch-size N|P%] [--max-failures N|P%] [--hosts-file FILE] [--shard I/N] [HOST...] -- COMMAND...'

/** Options that set the ssh input of the same name. */
const ROLLOUT_OPTIONS = ['--canary', '--batch-size', '--max-failures', '--hosts-file', '--shard']

const MIN_TIMEOUT_SECONDS = TIMEOUT_MINUTES.min * 60
const MAX_TIMEOUT_SECONDS = TIMEOUT_MINUTES.max * 60

const HELP = `${USAGE}
       opa-ssh cp [-r] SRC... DST

Runs COMMAND on each HOST through sft ssh, as the Workload Role's JIT account,
with the token the main opa-workload-identity step exported.

  --parallel N       hosts at once (default 8)
  --no-fail-fast     keep starting hosts after one fails
  --timeout SECONDS  per-host limit, whole seconds from ${MIN_TIMEOUT_SECONDS} to ${MAX_TIMEOUT_SECONDS} (default 600)
  --json FILE        write the per-host results as JSON
  --role ROLE        Workload Role (default: the main step's)
  --shell WORDS      remote interpreter (default: bash -euo pipefail)
  -h, --help         print this help

cp copies with scp semantics, host:path on either side.
Exit status: 0 when every host succeeded, 1 when any did not, 2 on bad usage.
`

/** `--timeout`, in seconds, as the timeout-minutes input; whole seconds only, within the engine's bounds. */
function timeoutMinutes(seconds: string): string {
  const n = Number(seconds)
  if (!/^\d+$/.test(seconds) || n < MIN_TIMEOUT_SECONDS || n > MAX_TIMEOUT_SECONDS) {
    throw new Error(
      `--timeout "${seconds}" is not a whole number of seconds from ${MIN_TIMEOUT_SECONDS} to ${MAX_TIMEOUT_SECONDS}\n${USAGE}`
    )
  }
  return String(n / 60)
}

interface CliArgs {
  inputs: Record<string, string>
  json?: string
}

export function parseArgs(argv: string[]): CliArgs {
  const separator = argv.indexOf('--')
  if (separator < 0 || separator === argv.length - 1) throw new Error(`missing "-- COMMAND"\n${USAGE}`)
  const options = argv.slice(0, separator)
  const inputs: Record<string, string> = { run: argv.slice(separator + 1).join(' '), 'fail-fast': 'true' }
  const hosts: string[] = []
  let json: string | undefined
  for (let i = 0; i < options.length; i++) {
    const arg = options[i]
    const value = (): string => {
      const next = options[++i]
      if (next === undefined) throw new Error(`${arg} needs a value\n${USAGE}`)
      return next
    }
    if (arg === '--parallel') inputs['max-parallel'] = value()
    else if (arg === '--no-fail-fast') inputs['fail-fast'] = 'false'
    else if (arg === '--timeout') inputs['timeout-minutes'] = timeoutMinutes(value())
    else if (arg === '--json') json = value()
    else if (arg === '--role') inputs.role = value()
    else if (arg === '--shell') inputs.shell = value()
    else if (ROLLOUT_OPTIONS.includes(arg)) inputs[arg.slice(2)] = value()
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}\n${USAGE}`)
    else hosts.push(arg)
  }
  inputs.hosts = hosts.join(',')
  return { inputs, json }
}

/** -h or --help among the options (before `--`, where the remote command starts). */
function wantsHelp(argv: string[]): boolean {
  const separator = argv.indexOf('--')
  return (separator < 0 ? argv : argv.slice(0, separator)).some((arg) => arg === '-h' || arg === '--help')
}

/** `opa-ssh cp`: scp through a private sft ssh-config, as the role's JIT account. */
async function copy(argv: string[]): Promise<number> {
  const env = process.env
  const recursive = argv[0] === '-r'
  const paths = recursive ? argv.slice(1) : argv
  if (paths.length < 2 || paths.some((p) => p.startsWith('-'))) {
    process.stderr.write('usage: opa-ssh cp [-r] SRC... DST (host:path on either side; no other options)\n')
    return 2
  }
  const sft = await findOnPath('sft', env.PATH)
  if (!sft) {
    process.stderr.write('opa-ssh: no sft on PATH; run the main opa-workload-identity step first\n')
    return 1
  }
  // sft's state is this copy's own, so concurrent copies cannot log each other out.
  const stateDir = await makeTempDir('opa-ssh-state-', env)
  await keepSftStatePrivate(stateDir)
  try {
    return await copyThrough(sft, recursive, paths, env)
  } finally {
    await logOut(sft)
    await rm(stateDir, { recursive: true, force: true })
  }
}

async function copyThrough(sft: string, recursive: boolean, paths: string[], env: NodeJS.ProcessEnv): Promise<number> {
  let config: string
  try {
    config = await writeSshConfig(sft, env.OPA_TOKEN ?? '', env)
  } catch (error) {
    process.stderr.write(`opa-ssh: ${formatFailure(error)}\n`)
    return 1
  }
  try {
    const account = accountForRole(env[SESSION_ENV.role] ?? '')
    const result = await runCommand('scp', viaSftConfig(config, account, [...(recursive ? ['-r'] : []), ...paths]), {
      env: childEnvironment({}, env),
      timeoutMs: SCP_TIMEOUT_MS
    })
    process.stderr.write(result.stderr)
    return result.exitCode ?? 1
  } catch (error) {
    process.stderr.write(`opa-ssh: could not run scp: ${messageOf(error)}\n`)
    return 1
  } finally {
    await rm(path.dirname(config), { recursive: true, force: true })
  }
}

/**
 * The CLI as a process: the remote commands' stdout is its stdout, which
 * callers capture (`v=$(opa-ssh ...)`). Workflow commands from @actions/core
 * (`::add-mask::` when a token is renewed, `::debug::`) must not land in it,
 * so every other write to stdout goes to stderr, which the runner reads for
 * commands too.
 */
export async function run(argv = process.argv.slice(2)): Promise<void> {
  const remoteStdout = process.stdout.write.bind(process.stdout)
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write
  // The caller may have stopped workflow commands around this command: an `::add-mask::` would then
  // print its secret. opa-ssh exports nothing and redacts every token it handled from what it prints.
  log.withholdSecrets()
  process.exitCode = await main(argv, (text) => remoteStdout(text))
}

/**
 * Runs the CLI and returns its exit status. `remoteStdout` writes the remote
 * commands' stdout, which callers capture (`v=$(opa-ssh ...)`); the entry
 * point keeps every other write to stdout away from it.
 */
export async function main(argv: string[], remoteStdout: (text: string) => void): Promise<number> {
  if (wantsHelp(argv)) {
    remoteStdout(HELP)
    return 0
  }
  if (argv[0] === 'cp') return copy(argv.slice(1))
  let args: CliArgs
  let inputs
  try {
    args = parseArgs(argv)
    inputs = readSshInputs((name) => args.inputs[name] ?? '')
  } catch (error) {
    process.stderr.write(
      `opa-ssh: ${error instanceof Error && 'stage' in error ? formatFailure(error) : messageOf(error)}\n`
    )
    return 2
  }
  if (inputs.hosts.length === 0) {
    process.stderr.write(`opa-ssh: ${emptyShard(inputs)}\n`)
    if (args.json) writeFileSync(args.json, '[]\n')
    return 0
  }
  const prefix = inputs.hosts.length > 1
  const output: Output = {
    hostStarted: () => undefined,
    line: (host, stream, text) =>
      (stream === 'stdout' ? remoteStdout : (chunk: string) => process.stderr.write(chunk))(
        `${prefix ? `[${host}] ` : ''}${text}\n`
      ),
    hostEnded: (r) => {
      if (r.status !== 'ok')
        process.stderr.write(
          `opa-ssh: ${r.host}: ${r.status}${r['exit-code'] === null ? '' : ` (exit ${r['exit-code']})`}. ${r.hint}\n`
        )
    }
  }
  try {
    const fleet = await startFleet(
      inputs,
      // A run: step may have stopped workflow commands around opa-ssh, which would drop the mask of a
      // renewed token: a renewal stays in this process, and later steps keep main's token.
      await startFromEnvironment(inputs, process.env, false),
      output
    )
    for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => fleet.run.cancel())
    const results = scrub(await fleet.run.results.finally(() => fleet.close()), fleet.keeper)
    recordSessions(results)
    if (args.json) writeFileSync(args.json, `${JSON.stringify(results, null, 2)}\n`)
    return results.every((r) => r.status === 'ok') ? 0 : 1
  } catch (error) {
    process.stderr.write(`opa-ssh: ${formatFailure(error)}\n`)
    return 1
  }
}
