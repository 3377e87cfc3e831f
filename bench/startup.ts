/**
 * Start-up cost of the bundled main step: wall time from spawning
 * `node dist/main/index.js` until its OIDC request reaches a loopback
 * server, against `node -e 0` measured in the same run, interleaved.
 */
import { spawn } from 'node:child_process'
import { chmodSync, mkdtempSync, statSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { REPO_ROOT } from '../sandbox/runner.js'
import { median, ms, report } from './lib.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 21)

export async function benchStartup(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-startup-'))
  // The cheapest possible sft, so its start-up does not count as ours.
  const sft = path.join(dir, 'sft')
  writeFileSync(sft, '#!/bin/sh\necho "sft version 1.114.0"\n')
  chmodSync(sft, 0o755)
  for (const name of ['output', 'state', 'env', 'path', 'summary'])
    writeFileSync(path.join(dir, name), '')

  let arrived: (() => void) | undefined
  const server = createServer((_req, res) => {
    arrived?.()
    res.writeHead(403).end('{"message":"benchmark"}')
  })
  await new Promise<void>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve())
  )
  const { port } = server.address() as AddressInfo

  const env = {
    PATH: process.env.PATH,
    HOME: dir,
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STATE: path.join(dir, 'state'),
    GITHUB_ENV: path.join(dir, 'env'),
    GITHUB_PATH: path.join(dir, 'path'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
    ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/_apis/token?api-version=2.0`,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'bench',
    INPUT_TEAM: 'acme',
    INPUT_CONNECTION: 'github-actions',
    INPUT_ROLE: 'deployer',
    'INPUT_OPA-ADDR': 'https://acme.pam.okta.com',
    INPUT_INSTALL: 'none',
    'INPUT_SFT-PATH': sft,
    INPUT_SUMMARY: 'false'
  }
  const main = path.join(REPO_ROOT, 'dist', 'main', 'index.js')

  /** Times one main run: to its OIDC request, and to its exit after GitHub's 403. */
  const runMain = (): Promise<{ request: number; exit: number }> =>
    new Promise((resolve, reject) => {
      const start = performance.now()
      let request = 0
      arrived = () => (request = performance.now() - start)
      const child = spawn(process.execPath, [main], { env, stdio: 'ignore' })
      child.on('error', reject)
      child.on('close', () =>
        request
          ? resolve({ request, exit: performance.now() - start })
          : reject(new Error('main exited before its OIDC request'))
      )
    })
  const untilExit = (): Promise<number> =>
    new Promise((resolve, reject) => {
      const start = performance.now()
      const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' })
      child.on('error', reject)
      child.on('close', () => resolve(performance.now() - start))
    })
  const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 20))

  const action: number[] = []
  const actionExit: number[] = []
  const bare: number[] = []
  await runMain() // warm the file cache
  for (let i = 0; i < RUNS; i++) {
    bare.push(await untilExit())
    await settle()
    const { request, exit } = await runMain()
    action.push(request)
    actionExit.push(exit)
    await settle()
  }
  server.close()

  const ratio = median(action) / median(bare)
  const size = (entry: string): number =>
    statSync(path.join(REPO_ROOT, 'dist', entry, 'index.js')).size
  report(
    'startup',
    [
      ['runs', String(RUNS)],
      ['node -e 0 (median)', ms(median(bare))],
      ['main to OIDC request (median)', ms(median(action))],
      ['ratio (target <= 2.0)', ratio.toFixed(2)],
      ['main to exit after a 403 (median)', ms(median(actionExit))],
      ['exit ratio', (median(actionExit) / median(bare)).toFixed(2)],
      ['dist/main/index.js', `${(size('main') / 1024).toFixed(0)} KiB`],
      ['dist/post/index.js', `${(size('post') / 1024).toFixed(0)} KiB`]
    ],
    {
      runs: RUNS,
      bareMs: bare,
      actionMs: action,
      actionExitMs: actionExit,
      ratio,
      mainBytes: size('main'),
      postBytes: size('post')
    }
  )
}
