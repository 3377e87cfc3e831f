/**
 * `npm run demo`: the whole job on a fresh clone. It brings the sandbox up,
 * runs the bundled action the way the runner would (main, a deployment to
 * two servers as the JIT account, post), writes the job summary to
 * demo-output/summary.md and tears everything down.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { opaInputs, startSandbox } from './index.js'
import { CHROMIUM, renderSummary } from './render.js'
import { REPO_ROOT, RunnerJob, type StepResult } from './runner.js'

const OUTPUT = path.join(REPO_ROOT, 'demo-output')
const HOSTS = ['target-server-01', 'target-server-02']

/** The deployment script, run on each host as the JIT account by the ssh sub-action. */
const DEPLOY = 'echo "deploying $RELEASE to $(hostname) as $(whoami)"\nsudo -n -l | tail -1'

function log(line: string): void {
  console.log(`\x1b[1m==> ${line}\x1b[0m`)
}

async function demo(): Promise<void> {
  log('Starting the sandbox: GitHub OIDC, OPA, 3 OpenSSH servers, the System Log and a Debian repository')
  const sandbox = await startSandbox({ hosts: 3, repo: { versions: ['1.108.0-1', '1.114.0-1'] } })
  const job = new RunnerJob({ env: sandbox.jobEnv() })
  try {
    const inputs = {
      ...opaInputs(sandbox),
      'sft-repo': sandbox.repo?.url ?? '',
      'okta-org-url': sandbox.systemLogApi.url,
      'okta-api-token': sandbox.systemLogApi.apiToken,
      'audit-wait': '10'
    }
    const main = await step('Step 1: uses: opa-workload-identity (main)', () => job.runAction('main', inputs))
    if (main.exitCode !== 0) throw new Error('the main step failed')
    await deploy(job)
    await step('Post: opa-workload-identity (post)', () => job.runAction('post', inputs))
    await writeSummary(job)
    log(
      `System Log events recorded: ${sandbox.systemLog
        .all()
        .map((e) => e.eventType)
        .join(', ')}`
    )
  } finally {
    job.dispose()
    await sandbox.stop()
    log('Sandbox torn down')
  }
}

/** Runs one step of the job and prints its log as the runner shows it. */
async function step(title: string, run: () => Promise<StepResult>): Promise<StepResult> {
  log(title)
  const result = await run()
  console.log(RunnerJob.render(result))
  return result
}

/** Step 2: the ssh sub-action runs DEPLOY on HOSTS, and the job keeps the deployment's state. */
async function deploy(job: RunnerJob): Promise<void> {
  const result = await step(`Step 2: uses: opa-workload-identity/ssh, deploying to ${HOSTS.join(' and ')}`, () =>
    job.runAction(
      'main',
      // A canary first, so that the rendered summary shows a rollout's batches on its timeline.
      { hosts: HOSTS.join(','), run: DEPLOY, env: `RELEASE=${job.env.GITHUB_SHA}`, 'max-parallel': '2', canary: '1' },
      { actionDir: path.join(REPO_ROOT, 'ssh') }
    )
  )
  if (result.exitCode !== 0) throw new Error('the deploy step failed')
  // As the seed demo does: the deployment's state, with each session's duration.
  const sessions = (
    JSON.parse(result.outputs.results) as { host: string; status: string; 'duration-ms': number }[]
  ).map((r) => ({ host: r.host, status: r.status, durationMs: r['duration-ms'] }))
  const state = path.join(job.workspace, 'state.json')
  writeFileSync(state, `${JSON.stringify({ release: job.env.GITHUB_SHA, sessions }, null, 2)}\n`)
  console.log(readFileSync(state, 'utf8'))
}

/** Writes the job summary to OUTPUT, and renders it to HTML and PNG where Chromium is installed. */
async function writeSummary(job: RunnerJob): Promise<void> {
  mkdirSync(OUTPUT, { recursive: true })
  const summary = path.join(OUTPUT, 'summary.md')
  writeFileSync(summary, job.summary())
  log(`Job summary: ${path.relative(process.cwd(), summary)}`)
  if (!existsSync(CHROMIUM)) {
    log(`Not rendered to PNG: ${CHROMIUM} is missing (apt-get install chromium)`)
    return
  }
  const profile = mkdtempSync(path.join(tmpdir(), 'opa-chromium-'))
  try {
    const rendered = await renderSummary(job.summary(), OUTPUT, profile)
    log(`Rendered: ${path.relative(process.cwd(), rendered.html)} and ${path.relative(process.cwd(), rendered.png)}`)
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
}

await demo()
