/**
 * The sandbox's `sft`: a stand-in for Okta's client with the documented
 * command line, environment and output streams, talking to the sandbox's
 * OPA at OPA_ADDR. It is bundled into one file (see sandbox/build.ts) and
 * packaged in the sandbox's Debian repository as /usr/bin/sft.
 */
import { createHash } from 'node:crypto'
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import path from 'node:path'

/** Replaced when the binary is built, so each packaged version reports its own. */
const VERSION = '__SANDBOX_SFT_VERSION__'

/** OBSERVED: workload commands exist from 1.108.0 on; older clients do not know them. */
const FIRST_WORKLOAD_VERSION = [1, 108, 0]

type Flags = Record<string, string>

function fail(message: string, code = 1): never {
  process.stderr.write(`Error: ${message}\n`)
  process.exit(code)
}

function parseFlags(args: string[]): { flags: Flags; positional: string[] } {
  const flags: Flags = {}
  const positional: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg === '--') {
      positional.push(...args.slice(i + 1))
      break
    }
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2)
      if (inline !== undefined) flags[name] = inline
      else if (i + 1 < args.length) flags[name] = args[++i]
      else fail(`flag needs an argument: --${name}`)
    } else positional.push(arg)
  }
  return { flags, positional }
}

function hasWorkloadCommands(): boolean {
  const parts = VERSION.split('.').map((p) => parseInt(p, 10))
  for (let i = 0; i < 3; i++) {
    if ((parts[i] ?? 0) !== FIRST_WORKLOAD_VERSION[i])
      return (parts[i] ?? 0) > FIRST_WORKLOAD_VERSION[i]
  }
  return true
}

/** Test knob: write what this process received (argv, variable names) to a file. */
function record(extra: Record<string, unknown>): void {
  const file = process.env.SFT_SANDBOX_RECORD
  if (!file) return
  appendFileSync(
    file,
    `${JSON.stringify({ argv: process.argv.slice(2), envNames: Object.keys(process.env).sort(), ...extra })}\n`
  )
}

function opaAddr(): string {
  const addr = process.env.OPA_ADDR
  if (!addr)
    fail('OPA_ADDR is not set; set it to your Okta Privileged Access URL')
  return addr.replace(/\/+$/, '')
}

async function opaRequest(
  path: string,
  body: unknown
): Promise<{ status: number; json: Record<string, unknown> }> {
  let response: Response
  try {
    response = await fetch(`${opaAddr()}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': `scaleft.go/${VERSION} (sft; k:n o:la)`
      },
      body: JSON.stringify(body)
    })
  } catch (error) {
    fail(
      `could not reach ${opaAddr()}: ${(error as Error).cause ?? (error as Error).message}`
    )
  }
  return {
    status: response.status,
    json: (await response.json()) as Record<string, unknown>
  }
}

/** Like the real client, keep per-user state under the XDG data directory. */
function touchStateDir(): void {
  const data =
    process.env.XDG_DATA_HOME ||
    path.join(process.env.HOME || homedir(), '.local', 'share')
  const dir = path.join(data, 'ScaleFT')
  mkdirSync(dir, { recursive: true })
  writeFileSync(
    path.join(dir, 'client.json'),
    `${JSON.stringify({ version: VERSION })}\n`
  )
}

async function workloadAuthenticate(args: string[]): Promise<void> {
  touchStateDir()
  const { flags } = parseFlags(args)
  const team = flags.team ?? process.env.SFT_TEAM
  if (!team) fail('no team given: use --team or set SFT_TEAM')
  if (!flags.connection) fail('required flag "connection" not set')
  if (!flags['jwt-env']) fail('required flag "jwt-env" not set')
  const jwt = process.env[flags['jwt-env']]
  record({
    command: 'workload authenticate',
    jwtSha256: jwt ? createHash('sha256').update(jwt).digest('hex') : null,
    envNamesHoldingJwt: jwt
      ? Object.keys(process.env).filter((k) => process.env[k]?.includes(jwt))
      : []
  })
  if (!jwt) fail(`environment variable ${flags['jwt-env']} is empty or not set`)

  const { status, json } = await opaRequest(
    `/v1/teams/${encodeURIComponent(team)}/workload_tokens`,
    {
      connection: flags.connection,
      jwt,
      role_hint: flags['role-hint']
    }
  )
  if (status !== 200) fail(String(json.error ?? `OPA answered HTTP ${status}`))
  if (json.draft) {
    process.stderr.write(`${String(json.message)}\n`)
    return
  }
  process.stderr.write(
    `Authenticated to team ${team} with workload connection ${flags.connection}` +
      (flags['role-hint']
        ? `; role hint ${flags['role-hint']} accepted\n`
        : '\n')
  )
  process.stdout.write(`${String(json.token)}\n`)
}

async function main(argv: string[]): Promise<void> {
  const [command, sub, ...rest] = argv
  if (command === '--version' || command === '-v' || command === 'version') {
    process.stdout.write(`sft version ${VERSION}\n`)
    return
  }
  if ((command === 'workload' || command === 'wl') && hasWorkloadCommands()) {
    if (sub === 'authenticate' || sub === 'auth')
      return workloadAuthenticate(rest)
    fail(`unknown subcommand "${sub ?? ''}" for "sft workload"`)
  }
  fail(
    `unknown command "${command ?? ''}" for "sft"\nRun 'sft --help' for usage.`
  )
}

main(process.argv.slice(2)).catch((error: unknown) =>
  fail((error as Error).message)
)
