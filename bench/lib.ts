/** Helpers shared by the benchmarks: timing the bundled main step, medians, reports. */
import { spawn } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { REPO_ROOT } from '../sandbox/runner.js'

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export function ms(value: number): string {
  return `${value.toFixed(1)} ms`
}

/** Prints a result table and keeps a JSON copy under bench/results/. */
export function report(name: string, rows: [string, string][], data: unknown): void {
  const width = Math.max(...rows.map(([k]) => k.length))
  console.log(`\n${name}`)
  for (const [key, value] of rows) console.log(`  ${key.padEnd(width)}  ${value}`)
  const dir = path.join(REPO_ROOT, 'bench', 'results')
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify(data, null, 2)}\n`)
}

export const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 20))

/** Wall time of a command from spawn to exit. */
export function timeCommand(file: string, args: string[], env?: NodeJS.ProcessEnv, exitCode = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const child = spawn(file, args, { stdio: 'ignore', env })
    child.on('error', reject)
    child.on('close', (code) =>
      code === exitCode ? resolve(performance.now() - start) : reject(new Error(`${file} exited ${code}`))
    )
  })
}

export interface MainTiming {
  /** Spawn to the OIDC request: everything main does before it asks GitHub. */
  request: number
  /** Spawn to exit, after GitHub's (benchmark) 403. */
  exit: number
}

/**
 * Runs the bundled main step against a loopback OIDC endpoint that answers
 * 403, so each run ends right after its OIDC request.
 */
export class MainTimer {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'bench-main-'))
  /** The cheapest possible sft, so its start-up does not count as ours. */
  readonly fakeSft = path.join(this.dir, 'sft')
  private server?: Server
  private arrived?: () => void
  private url = ''
  /** Everything the last run printed, to see where its time went. */
  lastOutput = ''

  async start(): Promise<this> {
    writeFileSync(this.fakeSft, '#!/bin/sh\necho "sft version 1.114.0"\n')
    chmodSync(this.fakeSft, 0o755)
    this.server = createServer((_req, res) => {
      this.arrived?.()
      res.writeHead(403).end('{"message":"benchmark"}')
    })
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', () => resolve()))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/_apis/token?api-version=2.0`
    return this
  }

  /** One run with these `with:` inputs (the names as in action.yml) and extra env. */
  run(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<MainTiming> {
    const files: Record<string, string> = {}
    for (const name of ['OUTPUT', 'STATE', 'ENV', 'PATH', 'STEP_SUMMARY']) {
      files[`GITHUB_${name}`] = path.join(this.dir, name.toLowerCase())
      writeFileSync(files[`GITHUB_${name}`], '')
    }
    const inputEnv = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
    const childEnv = {
      PATH: process.env.PATH,
      HOME: this.dir,
      RUNNER_TEMP: this.dir,
      ...files,
      ACTIONS_ID_TOKEN_REQUEST_URL: this.url,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'bench',
      INPUT_TEAM: 'acme',
      INPUT_CONNECTION: 'github-actions',
      'INPUT_OPA-ADDR': 'https://acme.pam.okta.com',
      INPUT_SUMMARY: 'false',
      ...inputEnv,
      ...env
    }
    return new Promise((resolve, reject) => {
      const start = performance.now()
      let request = 0
      this.arrived = () => (request = performance.now() - start)
      const child = spawn(process.execPath, [path.join(REPO_ROOT, 'dist', 'main', 'index.js')], {
        env: childEnv,
        stdio: ['ignore', 'pipe', 'ignore']
      })
      let out = ''
      child.stdout.on('data', (c: Buffer) => (out += c.toString()))
      child.on('error', reject)
      child.on('close', () => {
        this.lastOutput = out
        return request
          ? resolve({ request, exit: performance.now() - start })
          : reject(new Error(`main exited before its OIDC request:\n${out}`))
      })
    })
  }

  close(): void {
    this.server?.close()
  }
}
