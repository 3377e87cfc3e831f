/**
 * A small emulation of the GitHub Actions runner, enough to run the bundled
 * action the way a job does: declared inputs with their action.yml
 * defaults as INPUT_*, fresh file-command files per step, GITHUB_ENV and
 * GITHUB_PATH carried into later steps, state passed from main to post, and
 * one job summary. The e2e tests, the demo and the benchmarks share it.
 */
import { execFileSync, spawn, type ChildProcessByStdio } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { executeWorkflowCommands, LineSplitter, renderLog, type WorkflowCommand } from './workflow-commands.js'
import {
  CONTAINER_PATH,
  containerFor,
  inContainer,
  killProcessesOf,
  type ContainerJob,
  type RunnerMachine,
  type RunnerUser
} from './shapes.js'

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** One line of a step's output, as the runner reads it. */
export interface LogLine {
  stream: 'stdout' | 'stderr'
  text: string
}

export interface StepResult {
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  /**
   * What set-output commands and then GITHUB_OUTPUT set: the runner executes
   * commands while the step runs and reads the file after it ends, so the
   * file wins.
   */
  outputs: Record<string, string>
  /** What this step wrote to GITHUB_ENV. */
  exported: Record<string, string>
  /** What save-state commands and then GITHUB_STATE set (the file wins, as for outputs); post gets it. */
  state: Record<string, string>
  path: string[]
  summary: string
  /**
   * Values the runner masks because of this step's executed commands, in
   * order: add-mask values (and each line of a multi-line one) and
   * stop-commands tokens longer than 6 characters.
   */
  masks: string[]
  /** Every line of both streams, in the order they arrived, as the runner reads them for commands. */
  lines: LogLine[]
  /** The workflow commands the runner executed from `lines`, in order. */
  commands: WorkflowCommand[]
}

export interface JobOptions {
  /** Extra job environment (GITHUB_* context, ACTIONS_ID_TOKEN_*, ...). */
  env?: Record<string, string>
  eventName?: string
  eventPayload?: unknown
  /** Runs every step inside this network namespace (sandbox/proxy.ts: the proxy runner shape). */
  netns?: string
  /** Shapes (sandbox/shapes.ts): a machine whose HOME and tool cache jobs share. */
  machine?: RunnerMachine
  /** Steps run as this unprivileged user. */
  user?: RunnerUser
  /** A `container:` job: steps run in a minimal Debian root with HOME=/github/home. */
  container?: boolean
}

interface ActionMetadata {
  inputs?: Record<string, { default?: string }>
  runs?: { main?: string; post?: string }
}

/** Parses the runner's file-command format (`k=v` lines and `k<<DELIM` heredocs). */
export function parseFileCommands(text: string): Record<string, string> {
  const result: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (!line) continue
    const heredoc = line.indexOf('<<')
    const equals = line.indexOf('=')
    if (heredoc > 0 && (equals < 0 || heredoc < equals)) {
      const name = line.slice(0, heredoc)
      const delimiter = line.slice(heredoc + 2)
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i])
      if (i >= lines.length) throw new Error(`Matching delimiter not found '${delimiter}'`)
      result[name] = value.join('\n')
    } else if (equals > 0) {
      result[line.slice(0, equals)] = line.slice(equals + 1)
    } else {
      throw new Error(`Invalid file-command line: ${line}`)
    }
  }
  return result
}

/**
 * Collects a child's stream as text (the returned chunks fill as it is read)
 * and appends its lines to `lines`, which both streams share: the runner
 * reads stdout and stderr for commands with one command state per step.
 */
function readLines(stream: Readable, name: LogLine['stream'], lines: LogLine[]): string[] {
  const chunks: string[] = []
  const splitter = new LineSplitter()
  stream.setEncoding('utf8')
  stream.on('data', (chunk: string) => {
    chunks.push(chunk)
    for (const text of splitter.push(chunk)) lines.push({ stream: name, text })
  })
  stream.on('end', () => {
    for (const text of splitter.end()) lines.push({ stream: name, text })
  })
  return chunks
}

export class RunnerJob {
  readonly dir: string
  readonly home: string
  readonly workspace: string
  readonly env: Record<string, string>
  readonly summaryPath: string
  private readonly netns?: string
  private readonly states = new Map<string, Record<string, string>>()
  private readonly steps: StepResult[] = []
  private readonly user?: RunnerUser
  private readonly container?: ContainerJob
  private killed = false

  constructor(options: JobOptions = {}) {
    this.dir = mkdtempSync(path.join(tmpdir(), 'opa-job-'))
    this.home = options.machine?.home ?? path.join(this.dir, 'home')
    this.workspace = path.join(this.dir, 'workspace')
    for (const sub of ['home', 'workspace', 'temp', 'tmp', 'tool-cache', 'steps']) mkdirSync(path.join(this.dir, sub))
    this.user = options.user
    this.container = options.container ? containerFor(this.dir) : undefined
    this.summaryPath = path.join(this.dir, 'summary.md')
    writeFileSync(this.summaryPath, '')
    this.netns = options.netns
    const eventPath = path.join(this.dir, 'event.json')
    writeFileSync(eventPath, JSON.stringify(options.eventPayload ?? {}))
    this.env = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: this.home,
      LANG: 'C.UTF-8',
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: this.workspace,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_EVENT_NAME: options.eventName ?? 'push',
      GITHUB_REPOSITORY: 'octo-org/deploy-app',
      GITHUB_REPOSITORY_OWNER: 'octo-org',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: 'https://api.github.com',
      GITHUB_RUN_ID: '9100200300',
      GITHUB_RUN_NUMBER: '42',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_WORKFLOW: 'Deploy',
      GITHUB_JOB: 'deploy',
      GITHUB_ACTOR: 'octocat',
      GITHUB_TRIGGERING_ACTOR: 'octocat',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
      GITHUB_SHA: 'd6f8e2b0c1a94e3f8b7d5c6a1e2f3a4b5c6d7e8f',
      RUNNER_NAME: 'sandbox-runner',
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: process.arch === 'arm64' ? 'ARM64' : 'X64',
      RUNNER_TEMP: path.join(this.dir, 'temp'),
      // A job-private TMPDIR, so residue checks see only this job's files.
      TMPDIR: path.join(this.dir, 'tmp'),
      RUNNER_TOOL_CACHE: options.machine?.toolCache ?? path.join(this.dir, 'tool-cache'),
      // As the runner sets them in a container job; the passwd home stays /root.
      ...(this.container ? { HOME: '/github/home', PATH: CONTAINER_PATH } : {}),
      ...options.env
    }
    if (this.user) {
      // The checkout may sit where the user cannot read (a clone under root's 0700 home or a 0700 temp dir):
      // the user's steps run a copy of the bundles in the job's own directory, as a runner's action download is.
      cpSync(path.join(REPO_ROOT, 'dist'), this.stagedDist, { recursive: true })
      execFileSync('chown', ['-R', `${this.user.uid}:${this.user.gid}`, this.dir])
      options.machine?.chown(this.user)
    }
  }

  /**
   * The job dies before its post step (a runner crash, a forced cancel):
   * its processes stay, and the runner empties RUNNER_TEMP before the next
   * job. Its post step can no longer run.
   */
  killBeforePost(): void {
    this.killed = true
    const temp = this.env.RUNNER_TEMP
    for (const entry of readdirSync(temp)) rmSync(path.join(temp, entry), { recursive: true, force: true })
  }

  /** The whole job summary, as GitHub would show it. */
  summary(): string {
    return readFileSync(this.summaryPath, 'utf8')
  }

  /** Every byte every step printed, for leak checks. */
  allOutput(): string {
    return this.steps.map((s) => `${s.stdout}\n${s.stderr}\n${s.summary}`).join('\n')
  }

  /**
   * Runs one entry point of an action (`main` or `post`) with `with:`
   * inputs. `actionDir` holds the action.yml whose defaults apply; post gets
   * the state its own main saved.
   */
  async runAction(
    entry: string,
    inputs: Record<string, string>,
    options: {
      actionDir?: string
      env?: Record<string, string>
      signalAfterMs?: number
      /** The signal `signalAfterMs` sends: SIGTERM, as a cancelled job, or SIGKILL. */
      signal?: NodeJS.Signals
    } = {}
  ): Promise<StepResult> {
    const actionDir = options.actionDir ?? REPO_ROOT
    const metadata = parse(readFileSync(path.join(actionDir, 'action.yml'), 'utf8')) as ActionMetadata
    const env: Record<string, string> = {}
    for (const [name, spec] of Object.entries(metadata.inputs ?? {})) {
      env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = inputs[name] ?? spec.default ?? ''
    }
    for (const name of Object.keys(inputs)) {
      if (!(name in (metadata.inputs ?? {})))
        throw new Error(`Input ${name} is not declared in ${actionDir}/action.yml`)
    }
    const stateKey = actionDir
    if (entry === 'post') {
      for (const [name, value] of Object.entries(this.states.get(stateKey) ?? {})) env[`STATE_${name}`] = value
    }
    // As the runner does: the entry point is runs.main or runs.post of the action.yml.
    if (this.killed) throw new Error('The job was killed before its post step')
    const runs = metadata.runs?.[entry as 'main' | 'post']
    if (!runs) throw new Error(`${actionDir}/action.yml has no runs.${entry}`)
    const bundle = this.bundlePath(path.resolve(actionDir, runs))
    const stepEnv = { ...env, ...options.env }
    const result = await this.runStep(process.execPath, [bundle], stepEnv, options.signalAfterMs, options.signal)
    if (entry === 'main') this.states.set(stateKey, result.state)
    return result
  }

  private get stagedDist(): string {
    return path.join(this.dir, 'action', 'dist')
  }

  /** The bundle a step runs: for an unprivileged user, the job's own copy of this repository's dist/. */
  private bundlePath(bundle: string): string {
    const inDist = path.relative(path.join(REPO_ROOT, 'dist'), bundle)
    return this.user && !inDist.startsWith('..') ? path.join(this.stagedDist, inDist) : bundle
  }

  /** Runs a `run:` step: a program with the job's environment. */
  async runScript(file: string, args: string[], env: Record<string, string> = {}): Promise<StepResult> {
    return this.runStep(file, args, env)
  }

  private async runStep(
    file: string,
    args: string[],
    stepEnv: Record<string, string>,
    signalAfterMs?: number,
    sendSignal: NodeJS.Signals = 'SIGTERM'
  ): Promise<StepResult> {
    const stepDir = path.join(this.dir, 'steps', randomUUID())
    mkdirSync(stepDir)
    const files = {
      GITHUB_OUTPUT: path.join(stepDir, 'output'),
      GITHUB_STATE: path.join(stepDir, 'state'),
      GITHUB_ENV: path.join(stepDir, 'env'),
      GITHUB_PATH: path.join(stepDir, 'path'),
      GITHUB_STEP_SUMMARY: path.join(stepDir, 'summary')
    }
    for (const f of Object.values(files)) writeFileSync(f, '')
    if (this.user) execFileSync('chown', ['-R', `${this.user.uid}:${this.user.gid}`, stepDir])

    const child = this.spawnStep(file, args, { ...this.env, ...stepEnv, ...files })
    const lines: LogLine[] = []
    const stdout = readLines(child.stdout, 'stdout', lines)
    const stderr = readLines(child.stderr, 'stderr', lines)
    const timer = signalAfterMs === undefined ? undefined : setTimeout(() => child.kill(sendSignal), signalAfterMs)
    const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
      child.on('close', (code, sig) => resolve([code, sig]))
    )
    clearTimeout(timer)

    const exported = parseFileCommands(readFileSync(files.GITHUB_ENV, 'utf8'))
    const paths = readFileSync(files.GITHUB_PATH, 'utf8').split('\n').filter(Boolean)
    const summary = readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8')
    // The runner carries these into every later step of the job.
    Object.assign(this.env, exported)
    if (paths.length) this.env.PATH = [...[...paths].reverse(), this.env.PATH].join(path.delimiter)
    writeFileSync(this.summaryPath, summary, { flag: 'a' })

    const executed = executeWorkflowCommands(lines.map((line) => line.text))
    const result: StepResult = {
      exitCode,
      signal,
      stdout: stdout.join(''),
      stderr: stderr.join(''),
      outputs: { ...executed.outputs, ...parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')) },
      exported,
      state: { ...executed.state, ...parseFileCommands(readFileSync(files.GITHUB_STATE, 'utf8')) },
      path: paths,
      summary,
      masks: executed.masks,
      lines,
      commands: executed.commands
    }
    this.steps.push(result)
    return result
  }

  /** Starts a step's program: in the job's container, as the job's user, or plainly. */
  private spawnStep(
    file: string,
    args: string[],
    env: Record<string, string>
  ): ChildProcessByStdio<null, Readable, Readable> {
    const paths = { home: this.home, shared: path.dirname(this.dir), cwd: this.workspace }
    const [inner, innerArgs] = this.container ? inContainer(this.container, paths, file, args) : [file, args]
    const [program, argv] = this.netns ? ['ip', ['netns', 'exec', this.netns, inner, ...innerArgs]] : [inner, innerArgs]
    return spawn(program, argv, {
      cwd: this.workspace,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(this.user ? { uid: this.user.uid, gid: this.user.gid } : {})
    })
  }

  /**
   * What the runner shows for a step's output (both streams, interleaved):
   * commands executed and hidden, masked values replaced by ***,
   * annotations as readable lines, debug messages only when debugging.
   */
  static render(step: StepResult, debug = false): string {
    return renderLog(
      step.lines.map((line) => line.text),
      debug
    )
  }

  /**
   * Ends every process the job started that is still running (a daemon such
   * as the ssh-agent sft starts for native ssh outlives its step), then
   * removes the job's directory. A process is the job's when its
   * environment names the job's directory, as every child of a step does.
   */
  dispose(): void {
    killProcessesOf(this.dir)
    rmSync(this.dir, { recursive: true, force: true })
  }
}
