/**
 * The brokered-SSH engine behind the `ssh` sub-action, the main action's
 * `hosts`/`run` inputs and the `opa-ssh` CLI: one script on many hosts
 * through sft, with bounded parallelism, fail-fast, per-host timeouts,
 * re-authentication before a token runs out, and exact per-host results.
 */
import type { ChildProcess } from 'node:child_process'
import type { TokenKeeper } from '../auth/token-keeper.js'
import { childEnvironment } from '../lib/exec.js'
import { messageOf } from '../lib/errors.js'
import { SSH_CONTRACT } from '../sft/contract.js'
import { remotePayload, withoutMarker } from './bootstrap.js'
import { classify, type HostStatus, type Verdict } from './classify.js'
import { endGroup, runSession, transfersOnly, type Outcome } from './session.js'
import { download, upload, type Transfer } from './transfer.js'

export type { HostStatus } from './classify.js'

export interface HostResult {
  host: string
  account: string
  transport: 'sft' | 'ssh'
  status: HostStatus
  'exit-code': number | null
  'started-at': string
  'ended-at': string
  'duration-ms': number
  'stdout-tail': string
  'stderr-tail': string
  reauthenticated: boolean
  /** Why the status is what it is, and what to do about it. */
  hint: string
}

export interface FleetPlan {
  hosts: string[]
  script: string
  /** Remote interpreter, already split into validated words. */
  shell: string[]
  env: Record<string, string>
  maxParallel: number
  failFast: boolean
  timeoutMs: number
  transport: 'sft' | 'ssh'
  role: string
  account: string
  sftPath: string
  /** Seconds of token lifetime below which a fresh token is fetched first. */
  reauthBefore: number
  upload: Transfer[]
  download: Transfer[]
  /** For `transport: ssh` and transfers: the ssh config that routes through sft. */
  sshConfig?: string
}

export interface Output {
  line(host: string, stream: 'stdout' | 'stderr', text: string): void
  hostStarted(host: string): void
  hostEnded(result: HostResult): void
}

export interface FleetRun {
  results: Promise<HostResult[]>
  /** Stops everything: running hosts are killed and marked cancelled, pending ones too. */
  cancel(): void
}

/** What one host's run produced, before it becomes a HostResult. */
interface HostRun {
  verdict: Verdict
  outcome?: Outcome
  reauthenticated: boolean
}

/** The one builder of a host's result, from its verdict and (when a session ran) its outcome. */
function hostResult(plan: FleetPlan, host: string, started: Date, run: HostRun): HostResult {
  const ended = new Date()
  return {
    host,
    account: plan.account,
    transport: plan.transport,
    status: run.verdict.status,
    // A session we ended for its timeout has no exit code of its own (under a pty, `script` would say 0).
    'exit-code': run.outcome && !run.outcome.timedOut ? run.outcome.code : null,
    'started-at': started.toISOString(),
    'ended-at': ended.toISOString(),
    'duration-ms': ended.getTime() - started.getTime(),
    'stdout-tail': run.outcome ? withoutMarker(run.outcome.stdout.text()) : '',
    'stderr-tail': run.outcome ? withoutMarker(run.outcome.stderr.text()) : '',
    reauthenticated: run.reauthenticated,
    hint: run.verdict.hint
  }
}

/** Runs the plan's script on every host, at most `maxParallel` at a time. */
export function runFleet(plan: FleetPlan, keeper: TokenKeeper, output: Output): FleetRun {
  const fleet = new Fleet(plan, keeper, output)
  const workers = Array.from({ length: Math.min(plan.maxParallel, plan.hosts.length) }, () => fleet.work())
  return {
    results: Promise.all(workers).then(() => fleet.results()),
    cancel: () => fleet.cancel()
  }
}

class Fleet {
  private readonly queue: string[]
  private readonly done = new Map<string, HostResult>()
  private readonly running = new Map<string, ChildProcess>()
  private stopStarting = false
  private cancelled = false
  private readonly remote: { payload: Buffer; command: string }

  constructor(
    private readonly plan: FleetPlan,
    private readonly keeper: TokenKeeper,
    private readonly output: Output
  ) {
    this.queue = [...plan.hosts]
    this.remote = remotePayload(plan.script, plan.env, plan.shell)
  }

  results(): HostResult[] {
    return this.plan.hosts.map((h) => this.done.get(h) as HostResult)
  }

  cancel(): void {
    this.cancelled = true
    for (const child of this.running.values()) endGroup(child)
  }

  /** One worker: takes hosts from the queue until it is empty. */
  async work(): Promise<void> {
    for (let host = this.queue.shift(); host !== undefined; host = this.queue.shift()) {
      const now = new Date()
      if (this.cancelled) this.done.set(host, this.notStarted(host, 'cancelled', now))
      else if (this.stopStarting) this.done.set(host, this.notStarted(host, 'skipped', now))
      else {
        this.output.hostStarted(host)
        const result = hostResult(this.plan, host, now, await this.runHost(host))
        this.done.set(host, result)
        this.output.hostEnded(result)
        if (result.status !== 'ok' && this.plan.failFast) this.stopStarting = true
      }
    }
  }

  private notStarted(host: string, status: 'cancelled' | 'skipped', now: Date): HostResult {
    const hint =
      status === 'cancelled'
        ? 'The job was cancelled before this host started.'
        : 'Not started: an earlier host failed and fail-fast is on.'
    return hostResult(this.plan, host, now, { verdict: { status, hint }, reauthenticated: false })
  }

  /** Transfers in, the script, transfers out; the first failure ends the host. */
  private async runHost(host: string): Promise<HostRun> {
    const plan = this.plan
    let reauthenticated = false
    try {
      const fresh = await this.keeper.fresh(Math.max(plan.reauthBefore, Math.ceil(plan.timeoutMs / 1000)))
      reauthenticated = fresh.renewed
      const token = fresh.session.token
      const ctx = {
        host,
        account: plan.account,
        sshConfig: plan.sshConfig ?? '',
        env: childEnvironment({ OPA_TOKEN: token })
      }
      const uploadFailed = plan.upload.length ? await upload(ctx, plan.upload) : undefined
      if (uploadFailed) return { verdict: { status: 'failed', hint: uploadFailed }, reauthenticated }
      // Transfers alone need no script.
      const outcome = plan.script.trim() ? await this.runScript(host, token) : transfersOnly()
      if (outcome.code !== 0) return { verdict: this.verdict(outcome), outcome, reauthenticated }
      const downloadFailed = plan.download.length ? await download(ctx, plan.download) : undefined
      if (downloadFailed) return { verdict: { status: 'failed', hint: downloadFailed }, reauthenticated }
      return { verdict: this.verdict(outcome), outcome, reauthenticated }
    } catch (error) {
      return { verdict: { status: 'failed', hint: messageOf(error) }, reauthenticated }
    }
  }

  /**
   * The script through one session, and through a second one under a pty
   * when sft refused for want of a terminal before the script started:
   * nothing ran, so trying again is safe. The decision is this host's own.
   */
  private async runScript(host: string, token: string): Promise<Outcome> {
    const outcome = await this.attempt(host, token, false)
    const refusedForTty =
      this.plan.transport === 'sft' &&
      !outcome.started &&
      outcome.code !== 0 &&
      SSH_CONTRACT.needsTty.test(outcome.stderr.text())
    return refusedForTty ? this.attempt(host, token, true) : outcome
  }

  private attempt(host: string, token: string, pty: boolean): Promise<Outcome> {
    const plan = this.plan
    return runSession({
      host,
      token,
      pty,
      transport: plan.transport,
      sftPath: plan.sftPath,
      role: plan.role,
      account: plan.account,
      sshConfig: plan.sshConfig,
      ...this.remote,
      timeoutMs: plan.timeoutMs,
      onLine: (stream, text) => this.output.line(host, stream, text),
      onSpawn: (child) => {
        this.running.set(host, child)
        child.once('close', () => this.running.delete(host))
      }
    })
  }

  private verdict(outcome: Outcome): Verdict {
    if (this.cancelled) return { status: 'cancelled', hint: 'The job was cancelled.' }
    // Under a pty sft's messages arrive on stdout; classify on both streams.
    const said = `${outcome.stderr.text()}\n${outcome.stdout.text()}`
    return classify(outcome.code, said, outcome.timedOut, outcome.started)
  }
}
