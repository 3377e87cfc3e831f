/**
 * `npm run demo`: the whole job on a fresh clone. It brings the sandbox up,
 * runs the bundled action the way the runner would (main, a deployment to
 * two servers as the JIT account, post), writes the job summary to
 * demo-output/summary.md and tears everything down.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { startSandbox } from './index.js'
import { REPO_ROOT, RunnerJob } from './runner.js'

const OUTPUT = path.join(REPO_ROOT, 'demo-output')
const HOSTS = ['target-server-01', 'target-server-02']

/** The deployment a user's `run:` step would do, as the JIT account, under a pty as runners need. */
const DEPLOY = `
set -euo pipefail
results=()
for host in ${HOSTS.join(' ')}; do
  started=$(date +%s%3N)
  script -q -e -c "sft ssh $host --command 'set -e; echo deploying $GITHUB_SHA to \\$(hostname) as \\$(whoami); sudo -n -l | tail -1'" /dev/null | tr -d '\\r'
  ended=$(date +%s%3N)
  results+=("{\\"host\\": \\"$host\\", \\"durationMs\\": $((ended - started))}")
done
printf '{"release": "%s", "sessions": [%s]}\\n' "$GITHUB_SHA" "$(IFS=,; echo "\${results[*]}")" > state.json
cat state.json
`

async function demo(): Promise<void> {
  const log = (line: string): void => console.log(`\x1b[1m==> ${line}\x1b[0m`)
  log('Starting the sandbox: GitHub OIDC, OPA, 3 OpenSSH servers, the System Log and a Debian repository')
  const sandbox = await startSandbox({ hosts: 3, repo: { versions: ['1.108.0-1', '1.114.0-1'] } })
  const job = new RunnerJob({ env: sandbox.jobEnv() })
  try {
    const inputs = {
      team: sandbox.team,
      connection: sandbox.connection,
      role: sandbox.role,
      'opa-addr': sandbox.opa.addr,
      'sft-repo': sandbox.repo?.url ?? ''
    }
    log('Step 1: uses: opa-workload-identity (main)')
    const main = await job.runAction('main', inputs)
    console.log(RunnerJob.render(main))
    if (main.exitCode !== 0) throw new Error('the main step failed')

    log(`Step 2: run: deploy to ${HOSTS.join(' and ')} with sft ssh`)
    const deploy = await job.runScript('bash', ['-c', DEPLOY], { GITHUB_SHA: job.env.GITHUB_SHA })
    console.log(RunnerJob.render(deploy))
    if (deploy.exitCode !== 0) throw new Error('the deploy step failed')

    log('Post: opa-workload-identity (post)')
    const post = await job.runAction('post', inputs)
    console.log(RunnerJob.render(post))

    mkdirSync(OUTPUT, { recursive: true })
    const summary = path.join(OUTPUT, 'summary.md')
    writeFileSync(summary, job.summary())
    log(`Job summary: ${path.relative(process.cwd(), summary)}`)
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

await demo()
