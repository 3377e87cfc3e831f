/**
 * `npm run sandbox -- up [--hosts N]`, `npm run sandbox -- down` and
 * `npm run sandbox -- env`. `up` starts the sandbox in a background process
 * and prints the environment a job needs; `down` stops that process, which
 * ends every process the sandbox started and removes what it created.
 * `down` is idempotent.
 */
import { execFileSync, spawn } from 'node:child_process'
import { chmodSync, chownSync, closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { startSandbox } from './index.js'
import { shellQuote } from '../src/lib/shell.js'

const STATE = process.env.OPA_SANDBOX_STATE ?? path.join(tmpdir(), 'opa-workload-identity-sandbox.json')
/** The background process's output, beside its state file; `down` removes both. */
const LOG = `${STATE.replace(/\.json$/, '')}.log`

interface State {
  pid: number
  dir: string
  /** Directory of the sandbox's sft, for PATH. */
  bin: string
  env: Record<string, string>
}

function printEnv(state: State): void {
  for (const [name, value] of Object.entries(state.env)) console.log(`export ${name}=${shellQuote(value)}`)
  console.log(`export PATH=${shellQuote(state.bin)}:"$PATH"`)
}

function readState(): State | undefined {
  if (!existsSync(STATE)) return undefined
  try {
    return JSON.parse(readFileSync(STATE, 'utf8')) as State
  } catch (error) {
    throw new Error(
      `Cannot read the sandbox's state (${STATE}): ${(error as Error).message}. ` +
        'Start the sandbox with sudo from your own account, so that the file is yours.',
      { cause: error }
    )
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

async function up(hosts: number): Promise<void> {
  const running = readState()
  if (running && alive(running.pid)) {
    console.error(`The sandbox is already up (pid ${running.pid}); its environment:`)
    printEnv(running)
    return
  }
  rmSync(STATE, { force: true })
  const out = openSync(LOG, 'w')
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), 'serve', String(hosts)], {
    detached: true,
    stdio: ['ignore', out, out]
  })
  child.unref()
  closeSync(out)
  const deadline = Date.now() + 60_000
  while (!readState()) {
    if (child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`The sandbox did not start; see ${LOG}:\n${readFileSync(LOG, 'utf8')}`)
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  console.error(
    `Sandbox up (pid ${child.pid}). Paste these lines into a shell, or run: eval "$(npm run -s sandbox -- env)"`
  )
  printEnv(readState() as State)
}

async function serve(hosts: number): Promise<void> {
  const sandbox = await startSandbox({ hosts })
  const state: State = {
    pid: process.pid,
    dir: sandbox.dir,
    bin: path.dirname(sandbox.sftPath),
    env: {
      ...sandbox.jobEnv(),
      OPA_ADDR: sandbox.opa.addr,
      SFT_TEAM: sandbox.team,
      OPA_WORKLOAD_CONNECTION: sandbox.connection,
      OPA_WORKLOAD_ROLE: sandbox.role,
      OKTA_ORG_URL: sandbox.systemLogApi.url,
      OKTA_API_TOKEN: sandbox.systemLogApi.apiToken,
      OPA_SANDBOX_CONTROL_PLANE: sandbox.controlPlanePath,
      OPA_SANDBOX_HOSTS: [...sandbox.hosts.keys()].join(','),
      OPA_SANDBOX_SFT: sandbox.sftPath
    }
  }
  let stopping = false
  const shutdown = async (): Promise<void> => {
    if (stopping) return
    stopping = true
    await sandbox.stop()
    rmSync(STATE, { force: true })
    process.exit(0)
  }
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, () => void shutdown())
  // `up` usually runs under sudo while the job runs as the runner user, who
  // must be able to run the sandbox's sft. Secrets inside stay mode 0600.
  chmodSync(sandbox.dir, 0o755)
  writeFileSync(STATE, JSON.stringify(state), { mode: 0o600 })
  // Under sudo, the state file (the job environment, with the sandbox's
  // tokens) is the invoking user's, so `env` works without root.
  const [uid, gid] = [process.env.SUDO_UID, process.env.SUDO_GID].map(Number)
  if (Number.isInteger(uid) && Number.isInteger(gid)) chownSync(STATE, uid, gid)
}

async function down(): Promise<void> {
  const state = readState()
  if (!state) {
    console.error('The sandbox is not up; nothing to stop.')
    return
  }
  if (alive(state.pid)) {
    process.kill(state.pid, 'SIGTERM')
    const deadline = Date.now() + 15_000
    while (alive(state.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
    if (alive(state.pid)) process.kill(state.pid, 'SIGKILL')
  }
  // If the sandbox process died without cleaning up, finish its work.
  rmSync(state.dir, { recursive: true, force: true })
  rmSync(STATE, { force: true })
  rmSync(LOG, { force: true })
  console.error(`Sandbox down (pid ${state.pid} stopped, ${state.dir} removed).`)
}

const [command, ...args] = process.argv.slice(2)
const hostsFlag = args.indexOf('--hosts')
const hosts = Number(command === 'serve' ? args[0] : hostsFlag >= 0 ? args[hostsFlag + 1] : 3)
if (command === 'up') {
  // Only `up` needs root and the machine's tools; `env` and `down` must work where it would refuse.
  execFileSync(
    'bash',
    [path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'script', 'prerequisites.sh'), 'sandbox'],
    {
      stdio: ['ignore', process.stderr, process.stderr]
    }
  )
  await up(hosts)
} else if (command === 'serve') await serve(hosts)
else if (command === 'down') await down()
else if (command === 'env') {
  const state = readState()
  if (!state) throw new Error('The sandbox is not up: run `npm run sandbox -- up` first.')
  printEnv(state)
} else {
  console.error('usage: npm run sandbox -- up [--hosts N] | down | env')
  process.exit(2)
}
