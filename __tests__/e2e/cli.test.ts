/**
 * The sandbox's command line and the demo, run as a user runs them.
 */
import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { CHROMIUM } from '../../sandbox/render.js'
import { REPO_ROOT } from '../../sandbox/runner.js'

const run = promisify(execFile)
const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx')
const NOBODY = 65534

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

describe('npm run sandbox', () => {
  it('Brings the sandbox up in the background, prints the job environment, and down is idempotent', async () => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'cli-test-'))
    chmodSync(scratch, 0o755)
    // As `sudo npm run sandbox -- up` run by an unprivileged user (nobody here) sets it.
    const env = {
      ...process.env,
      OPA_SANDBOX_STATE: path.join(scratch, 'state.json'),
      SUDO_UID: String(NOBODY),
      SUDO_GID: String(NOBODY)
    }
    const cli = (...args: string[]): Promise<{ stdout: string; stderr: string }> =>
      run(tsx, [path.join(REPO_ROOT, 'sandbox', 'cli.ts'), ...args], { env, cwd: REPO_ROOT })
    try {
      const up = await cli('up', '--hosts', '2')
      const vars = Object.fromEntries(
        [...up.stdout.matchAll(/^export ([A-Z_]+)='(.*)'$/gm)].map((m) => [m[1], m[2]] as [string, string])
      )
      expect(Object.keys(vars)).toEqual(
        expect.arrayContaining([
          'OPA_ADDR',
          'SFT_TEAM',
          'ACTIONS_ID_TOKEN_REQUEST_URL',
          'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
          'OPA_SANDBOX_SFT'
        ])
      )
      expect(vars.OPA_SANDBOX_HOSTS).toBe('target-server-01,target-server-02')
      const state = JSON.parse(readFileSync(env.OPA_SANDBOX_STATE, 'utf8')) as { pid: number; dir: string }
      expect(alive(state.pid)).toBe(true)
      const sshdPids = ['target-server-01', 'target-server-02'].map((h) =>
        Number(readFileSync(path.join(state.dir, 'hosts', h, 'sshd.pid'), 'utf8'))
      )
      expect(sshdPids.every(alive)).toBe(true)
      expect((await run(vars.OPA_SANDBOX_SFT, ['--version'])).stdout).toBe('sft version 1.114.0\n')
      expect((await cli('env')).stdout).toBe(up.stdout)
      // The invoking user owns the state file, so `env` works for them without root.
      expect(statSync(env.OPA_SANDBOX_STATE)).toMatchObject({ uid: NOBODY, mode: 0o100600 })
      // `env` only prints what the state file holds, and the user can read it. (The user runs `cat`, not the
      // CLI: a checkout under root's 0700 home, or in a 0700 temp dir as CI's, is not theirs to read.)
      const asUser = await run('setpriv', [
        `--reuid=${NOBODY}`,
        `--regid=${NOBODY}`,
        '--clear-groups',
        'cat',
        env.OPA_SANDBOX_STATE
      ])
      expect(asUser.stdout).toBe(readFileSync(env.OPA_SANDBOX_STATE, 'utf8'))
      expect(asUser.stdout.length).toBeGreaterThan(0)

      await cli('down')
      expect(alive(state.pid)).toBe(false)
      expect(sshdPids.some(alive)).toBe(false)
      expect(existsSync(state.dir)).toBe(false)
      expect((await cli('down')).stderr).toContain('nothing to stop')
    } finally {
      await cli('down').catch(() => undefined)
      rmSync(scratch, { recursive: true, force: true })
    }
  })
})

describe('npm run demo', () => {
  it('Runs the whole job against the sandbox and writes the job summary', async () => {
    const { stdout } = await run(tsx, [path.join(REPO_ROOT, 'sandbox', 'demo.ts')], { cwd: REPO_ROOT })
    expect(stdout).toContain('deploying d6f8e2b0c1a94e3f8b7d5c6a1e2f3a4b5c6d7e8f to target-server-01 as wl_deployer')
    expect(stdout).toMatch(
      /"sessions": \[\n\s+\{\n\s+"host": "target-server-01",\n\s+"status": "ok",\n\s+"durationMs": \d+/
    )
    expect(stdout).toContain('Sandbox torn down')
    expect(stdout).not.toContain('eyJ')
    const summary = readFileSync(path.join(REPO_ROOT, 'demo-output', 'summary.md'), 'utf8')
    expect(summary).toContain('OPA workload identity: authenticated')
    for (const heading of [
      '### Run context',
      '### GitHub OIDC token',
      '### OPA access token',
      '### SSH sessions: 2 of 2 succeeded',
      '## What this job did',
      '### Zero residue',
      '### Cleanup',
      '### Audit events (live from the System Log)'
    ]) {
      expect(summary).toContain(heading)
    }
    expect(summary).not.toContain('eyJ')
    // The demo deploys with a canary: its batches are sections of the sessions' timeline, within the width rules below.
    expect(summary).toContain('  section Canary\n')
    // Rendered like GitHub would: tables and both mermaid diagrams drawn.
    const profile = mkdtempSync(path.join(tmpdir(), 'chromium-'))
    const dom = (
      await run(
        CHROMIUM,
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--no-first-run',
          '--disable-background-networking',
          `--user-data-dir=${profile}`,
          '--virtual-time-budget=10000',
          '--window-size=1000,2000',
          '--dump-dom',
          `file://${path.join(REPO_ROOT, 'demo-output', 'summary.html')}`
        ],
        { maxBuffer: 64 * 1024 * 1024 }
      ).finally(() => rmSync(profile, { recursive: true, force: true }))
    ).stdout
    expect(dom).toContain('data-rendered="yes"')
    expect(dom.match(/<table>/g)?.length).toBeGreaterThanOrEqual(6)
    expect(dom.match(/<svg[^>]+aria-roledescription="(flowchart-v2|gantt)"/g)).toHaveLength(3)
    // Measured in the page at GitHub's width: nothing scrolls sideways, and every section is there.
    expect(/data-overflow="([^"]*)"/.exec(dom)?.[1]).toBe('')
    const headings = (/data-headings="([^"]*)"/.exec(dom)?.[1] ?? '').split('|')
    for (const heading of [
      'What this job did',
      'Zero residue',
      'Run context',
      'GitHub OIDC token',
      'OPA access token',
      'SSH sessions: 2 of 2 succeeded',
      'Audit events (live from the System Log)',
      'Cleanup'
    ])
      expect(headings).toContain(heading)
    expect(statSync(path.join(REPO_ROOT, 'demo-output', 'summary.png')).size).toBeGreaterThan(50_000)
  })
})
