import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mainInputs } from '../helpers.js'
import { startSandbox, type Sandbox } from '../../sandbox/index.js'
import { RunnerJob } from '../../sandbox/runner.js'
import { TokenKeeper } from '../../src/auth/token-keeper.js'
import { runFleet, type HostResult } from '../../src/ssh/pool.js'
import { describeSession } from '../../src/auth/opa-token.js'

describe('the engine, in process', () => {
  let sandbox: Sandbox
  let job: RunnerJob
  beforeAll(async () => {
    sandbox = await startSandbox({ hosts: 1 })
    job = new RunnerJob({ env: sandbox.jobEnv() })
    await job.runAction('main', mainInputs(sandbox))
  })
  afterAll(async () => {
    await sandbox.stop()
    job.dispose()
  })

  it('Delivers a script far beyond the argv limit for one argument (128 KiB)', async () => {
    Object.assign(process.env, { OPA_ADDR: sandbox.opa.addr, SFT_TEAM: sandbox.team, HOME: job.home })
    const token = job.env.OPA_TOKEN
    const keeper = new TokenKeeper(describeSession(token, 'deployer'), {
      sftPath: sandbox.sftPath,
      team: sandbox.team,
      connection: sandbox.connection,
      role: 'deployer',
      opaAddr: sandbox.opa.addr,
      audience: sandbox.opa.addr
    })
    const filler = `# ${'y'.repeat(1_000_000)}\n`
    const fleet = runFleet(
      {
        hosts: ['target-server-01'],
        batches: [{ number: 1, hosts: ['target-server-01'] }],
        failureBudget: 0,
        script: `${filler}echo "size=${filler.length}"`,
        shell: ['bash', '-euo', 'pipefail'],
        env: {},
        maxParallel: 1,
        failFast: true,
        timeoutMs: 60_000,
        transport: 'sft',
        role: 'deployer',
        account: 'wl_deployer',
        sftPath: sandbox.sftPath,
        reauthBefore: 0,
        upload: [],
        download: [],
        sftEnv: {},
        preflight: false,
        claims: ''
      },
      keeper,
      { hostStarted: () => undefined, line: () => undefined, hostEnded: () => undefined }
    )
    const [result] = (await fleet.results) as HostResult[]
    expect(result).toMatchObject({ status: 'ok', 'stdout-tail': `size=${filler.length}\n` })
  })
})
