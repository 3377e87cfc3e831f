/**
 * `npm run local-action` runs the main step, and `npm run local-action --
 * --post` runs main and then post, under GitHub's own local runner for
 * actions (@github/local-action), against a sandbox started for the run: a
 * one-step deployment (`hosts`, `run`) to one real OpenSSH server.
 *
 * local-action reads the inputs from a dotenv file; this script writes one
 * for the sandbox (printed first, secrets left out), gives the run a
 * throwaway HOME and RUNNER_TEMP, and afterwards lists anything the run left
 * in that HOME, so "Nothing the action created remains" can be checked.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startSandbox, type Sandbox } from './index.js'
import { REPO_ROOT } from './runner.js'

/** The modules that export each step's run(), as @github/local-action expects. */
const ENTRY = { main: 'src/main.ts', post: 'src/steps/post.ts' }

/** The dotenv file local-action loads: the step's inputs and the job's environment. */
function dotenv(sandbox: Sandbox, dir: string): Record<string, string> {
  return {
    INPUT_TEAM: sandbox.team,
    INPUT_CONNECTION: sandbox.connection,
    INPUT_ROLE: sandbox.role,
    'INPUT_OPA-ADDR': sandbox.opa.addr,
    INPUT_INSTALL: 'none',
    'INPUT_SFT-PATH': sandbox.sftPath,
    INPUT_HOSTS: [...sandbox.hosts.keys()].join(','),
    INPUT_RUN: 'echo deployed by $(id -un) on $(hostname)',
    ...sandbox.jobEnv(),
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'octo-org/deploy-app',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_ACTOR: 'octocat',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_WORKSPACE: path.join(dir, 'workspace'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
    RUNNER_TEMP: path.join(dir, 'temp'),
    RUNNER_TOOL_CACHE: path.join(dir, 'tool-cache'),
    HOME: path.join(dir, 'home')
  }
}

/** Every path under `dir`, relative to it. */
function listTree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()
}

async function localAction(envFile: string, post: boolean): Promise<number> {
  const args = ['.', ENTRY.main, envFile, ...(post ? ['--post', ENTRY.post] : [])]
  console.log(`$ npx local-action ${args.join(' ')}`)
  const child = spawn(path.join(REPO_ROOT, 'node_modules', '.bin', 'local-action'), args, {
    cwd: REPO_ROOT,
    stdio: 'inherit'
  })
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)))
}

async function main(post: boolean): Promise<number> {
  const sandbox = await startSandbox({ hosts: 1 })
  const dir = mkdtempSync(path.join(tmpdir(), 'opa-local-action-'))
  try {
    const env = dotenv(sandbox, dir)
    for (const name of ['GITHUB_WORKSPACE', 'RUNNER_TEMP', 'RUNNER_TOOL_CACHE', 'HOME']) mkdirSync(env[name])
    const envFile = path.join(dir, '.env')
    writeFileSync(
      envFile,
      Object.entries(env)
        .map(([k, v]) => `${k}='${v}'`)
        .join('\n'),
      { mode: 0o600 }
    )
    const shown = Object.keys(env).filter((k) => !k.startsWith('ACTIONS_ID_TOKEN_'))
    console.log(`${envFile} sets ${shown.join(', ')} and the OIDC request token.`)
    const code = await localAction(envFile, post)
    const left = listTree(env.HOME)
    console.log(
      `\nLeft in the run's HOME after ${post ? 'post' : 'main'}: ${left.length ? left.join(', ') : 'nothing'}`
    )
    const claims = readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8').match(/^.*(remains|left behind).*$/gm) ?? []
    for (const claim of claims) console.log(`The summary says: ${claim}`)
    return code
  } finally {
    rmSync(dir, { recursive: true, force: true })
    await sandbox.stop()
  }
}

process.exitCode = await main(process.argv.slice(2).includes('--post'))
