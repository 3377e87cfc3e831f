/**
 * The brokered-SSH engine behind the `ssh` sub-action, the main action's
 * `hosts`/`run` inputs and the `opa-ssh` CLI: one script on many hosts
 * through sft, with bounded parallelism, fail-fast, per-host timeouts,
 * re-authentication before a token runs out, and exact per-host results.
 */
import type { ChildProcess } from 'node:child_process'
import type { TokenKeeper } from '../auth/token-keeper.js'
import type { OpaSession } from '../auth/opa-token.js'
import { childEnvironment, redact } from '../lib/exec.js'
import { messageOf } from '../lib/errors.js'
import * as log from '../lib/log.js'
import {
  bootstrapCommand,
  COMMAND_PAYLOAD_MAX,
  PAYLOAD_MISSING,
  remotePayload,
  type Carrier,
  type RemotePayload
} from './bootstrap.js'
import { classify, refusal, type HostStatus, type Verdict } from './classify.js'
import { preflight } from './preflight.js'
import { endGroup, runSession, transfersOnly, type Outcome } from './session.js'
import type { Transfer } from '../inputs/transfers.js'
import { download, upload } from './transfer.js'
import type { Batch, SkipReason } from './rollout.js'

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
  /** How the script reached the host: on stdin, inside the command, or not at all (transfers only, or it never ran). */
  carrier: Carrier | 'none'
  /** The rollout batch the host belongs to: 0 is the canary, the others count from 1. */
  batch: number
  /** Why a skipped host never started; null for every other status. */
  'skip-reason': SkipReason | null
  /** Why the status is what it is, and what to do about it. */
  hint: string
}

export interface FleetPlan {
  hosts: string[]
  /** The hosts in the order they roll out: each batch starts when the one before has ended. */
  batches: Batch[]
  /** How many hosts may fail before no new batch starts. */
  failureBudget: number
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
  /** The ssh config that routes through sft, written on first use: the private carrier when sft forwards no stdin. */
  privateConfig?: () => Promise<string>
  /** What sft needs besides the token to find OPA: OPA_ADDR and SFT_TEAM, when known. */
  sftEnv: Record<string, string>
  /** Resolve every host with sft before the first one starts. */
  preflight: boolean
  /** The job's telling claims (`key=value, ...`), for the hint of a refusal. */
  claims: string
  /** Whether `script` is there to run sft under a terminal when it wants one. */
  ptyAvailable?: boolean
}

export interface Output {
  line(host: string, stream: 'stdout' | 'stderr', text: string): void
  hostStarted(host: string): void
  hostEnded(result: HostResult): void
  /** A batch of a rollout is about to start, `last` being the last batch's number (not called for a plain run). */
  batchStarted?(batch: Batch, last: number): void
}

/** How long a token must still be valid for the preflight's `sft resolve` calls. */
const PREFLIGHT_MIN_SECONDS = 5

export interface FleetRun {
  results: Promise<HostResult[]>
  /** Stops everything: running hosts are killed and marked cancelled, pending ones too. */
  cancel(): void
}

/** What one host's run produced, before it becomes a HostResult. */
/** A script's run on one host: the last attempt, how it went, and a hint that overrides the verdict's. */
interface ScriptRun {
  outcome: Outcome
  carrier: Carrier
  hint?: string
}

interface HostRun {
  verdict: Verdict
  outcome?: Outcome
  carrier?: Carrier
  reauthenticated: boolean
  skipReason?: SkipReason
}

/** The one builder of a host's result, from its verdict and (when a session ran) its outcome. */
function hostResult(plan: FleetPlan, host: string, batch: number, started: Date, run: HostRun): HostResult {
  const ended = new Date()
  return {
    host,
    // What the server said it ran as; the role's naming rule only until it says.
    account: run.outcome?.account || plan.account,
    transport: plan.transport,
    status: run.verdict.status,
    // A session we ended for its timeout has no exit code of its own (under a pty, `script` would say 0).
    'exit-code': run.outcome && !run.outcome.timedOut ? run.outcome.code : null,
    'started-at': started.toISOString(),
    'ended-at': ended.toISOString(),
    'duration-ms': ended.getTime() - started.getTime(),
    'stdout-tail': run.outcome ? run.outcome.stdout.text() : '',
    'stderr-tail': run.outcome ? run.outcome.stderr.text() : '',
    reauthenticated: run.reauthenticated,
    carrier: run.outcome?.started && run.carrier ? run.carrier : 'none',
    batch,
    'skip-reason': run.verdict.status === 'skipped' ? (run.skipReason ?? null) : null,
    hint: run.verdict.hint
  }
}

/** Not-ok statuses that spend the failure budget (a skipped or cancelled host never failed). */
export const FAILURES: ReadonlySet<HostStatus> = new Set(['failed', 'timeout', 'unreachable', 'denied'])

const SKIP_HINTS: Record<SkipReason, string> = {
  'canary-failed': 'Not started: a canary host failed, so the rollout stopped before this host.',
  'budget-spent': 'Not started: more hosts failed than max-failures allows, so the rollout stopped before this host.',
  'fail-fast': 'Not started: another host failed or was refused, and fail-fast is on.',
  cancelled: 'Not started: the job was cancelled before this host started.'
}

/**
 * Runs the plan's script on every host, batch after batch (canary first),
 * at most `maxParallel` at a time within a batch.
 */
export function runFleet(plan: FleetPlan, keeper: TokenKeeper, output: Output): FleetRun {
  const fleet = new Fleet(plan, keeper, output)
  const run = async (): Promise<HostResult[]> => {
    if (plan.preflight) await fleet.preflight()
    for (const batch of plan.batches) await fleet.runBatch(batch)
    return fleet.results()
  }
  return { results: run(), cancel: () => fleet.cancel() }
}

class Fleet {
  private readonly queue: string[] = []
  private readonly done = new Map<string, HostResult>()
  private readonly running = new Map<string, ChildProcess>()
  private readonly batchOf = new Map<string, number>()
  /** Why no host starts any more, once something stopped the rollout. */
  private stopped?: SkipReason
  private cancelled = false
  private failures = 0
  private readonly remote: RemotePayload
  /** The private ssh config, once written. */
  private config?: Promise<string>
  /** The session the preflight renewed, if it did: hosts that run with it were re-authenticated too. */
  private preflightRenewal?: OpaSession

  constructor(
    private readonly plan: FleetPlan,
    private readonly keeper: TokenKeeper,
    private readonly output: Output
  ) {
    for (const batch of plan.batches) for (const host of batch.hosts) this.batchOf.set(host, batch.number)
    this.remote = remotePayload(plan.script, plan.env)
  }

  /**
   * One batch: its hosts that the preflight did not refuse, unless the
   * rollout has stopped. When it ends, a spent budget stops the rollout.
   */
  async runBatch(batch: Batch): Promise<void> {
    const rollout = this.plan.batches.length > 1 || batch.number === 0
    const last = this.plan.batches[this.plan.batches.length - 1].number
    if (rollout && !this.stopped) this.output.batchStarted?.(batch, last)
    this.queue.push(...batch.hosts.filter((h) => !this.done.has(h)))
    const workers = Math.min(this.plan.maxParallel, this.queue.length)
    await Promise.all(Array.from({ length: workers }, () => this.work()))
    // A failed canary has stopped the rollout already: this is the budget's word.
    if (this.failures > this.plan.failureBudget) this.stop('budget-spent')
  }

  /** The first reason wins: the hosts skipped after it were skipped because of it. */
  private stop(reason: SkipReason): void {
    this.stopped ??= reason
  }

  /** Counts a failure; a canary's stops the rollout, and so does a spent budget with fail-fast. */
  private failed(host: string): void {
    this.failures++
    if (this.batchOf.get(host) === 0) this.stop('canary-failed')
    else if (this.failures > this.plan.failureBudget && this.plan.failFast)
      this.stop(this.plan.failureBudget > 0 ? 'budget-spent' : 'fail-fast')
  }

  results(): HostResult[] {
    return this.plan.hosts.map((h) => this.done.get(h) as HostResult)
  }

  /**
   * `sft resolve` for every host before any starts. A refused host is
   * reported as such and not touched; with fail-fast, no host is.
   */
  async preflight(): Promise<void> {
    const started = new Date()
    let refused
    try {
      // A token that lasts through `sft resolve` will do: renewal, if needed, is the hosts' own.
      const { session, renewed } = await this.keeper.fresh(PREFLIGHT_MIN_SECONDS)
      if (renewed) this.preflightRenewal = session
      const { hosts, sftPath, sftEnv, maxParallel: concurrency, claims } = this.plan
      refused = await preflight({ hosts, sftPath, token: session.token, sftEnv, concurrency, claims })
    } catch (error) {
      log.debug(`Preflight skipped: ${messageOf(error)}`)
      return
    }
    if (!refused) {
      log.debug('Preflight skipped: this sft has no `resolve`')
      return
    }
    for (const [host, verdict] of refused) {
      const result = hostResult(this.plan, host, this.batch(host), started, { verdict, reauthenticated: false })
      this.done.set(host, result)
      this.output.hostEnded(result)
      this.failed(host)
    }
  }

  private batch(host: string): number {
    return this.batchOf.get(host) ?? 1
  }

  /** Seconds of token lifetime a host needs: its timeout, or reauth-before when that is more. */
  private minimumLifetime(): number {
    return Math.max(this.plan.reauthBefore, Math.ceil(this.plan.timeoutMs / 1000))
  }

  cancel(): void {
    this.cancelled = true
    this.stop('cancelled')
    for (const child of this.running.values()) endGroup(child)
  }

  /** One worker: takes hosts from the batch's queue until it is empty. */
  private async work(): Promise<void> {
    for (let host = this.queue.shift(); host !== undefined; host = this.queue.shift()) {
      const now = new Date()
      if (this.stopped) this.done.set(host, this.notStarted(host, this.stopped, now))
      else {
        this.output.hostStarted(host)
        const result = hostResult(this.plan, host, this.batch(host), now, await this.runHost(host))
        this.done.set(host, result)
        this.output.hostEnded(result)
        if (FAILURES.has(result.status)) this.failed(host)
      }
    }
  }

  private notStarted(host: string, reason: SkipReason, now: Date): HostResult {
    const verdict = { status: 'skipped' as const, hint: SKIP_HINTS[reason] }
    return hostResult(this.plan, host, this.batch(host), now, { verdict, reauthenticated: false, skipReason: reason })
  }

  /** Transfers in, the script, transfers out; the first failure ends the host. */
  private async runHost(host: string): Promise<HostRun> {
    const plan = this.plan
    let reauthenticated = false
    try {
      const fresh = await this.keeper.fresh(this.minimumLifetime())
      reauthenticated = fresh.renewed || fresh.session === this.preflightRenewal
      const token = fresh.session.token
      const ctx = {
        host,
        account: plan.account,
        sshConfig: plan.sshConfig ?? '',
        env: childEnvironment({ OPA_TOKEN: token, ...plan.sftEnv })
      }
      const uploadFailed = plan.upload.length ? await upload(ctx, plan.upload) : undefined
      if (uploadFailed) return { verdict: { status: 'failed', hint: uploadFailed }, reauthenticated }
      // Transfers alone need no script.
      const { outcome, carrier, hint } = plan.script.trim()
        ? await this.runScript(host, token)
        : { outcome: transfersOnly(), carrier: undefined, hint: undefined }
      const verdict = hint ? { status: 'failed' as const, hint } : this.verdict(outcome)
      if (verdict.status !== 'ok') return { verdict, outcome, carrier, reauthenticated }
      const downloadFailed = plan.download.length ? await download(ctx, plan.download) : undefined
      if (downloadFailed) return { verdict: { status: 'failed', hint: downloadFailed }, reauthenticated }
      return { verdict, outcome, carrier, reauthenticated }
    } catch (error) {
      return { verdict: { status: 'failed', hint: messageOf(error) }, reauthenticated }
    }
  }

  /**
   * The script, on stdin first. Until the script starts nothing has run, so
   * trying again is safe, and each host decides for itself. A payload that
   * did not arrive goes again by a carrier that keeps it private (native
   * ssh through sft's ssh-config), or inside the command only when it holds
   * no `env` value and fits. Any other failure that is not a clear refusal
   * goes again under a pty, for an sft that wants a terminal whatever it says.
   */
  private async runScript(host: string, token: string): Promise<ScriptRun> {
    let carrier: Carrier = 'stdin'
    let pty = false
    let outcome = await this.attempt(host, token, carrier, pty)
    if (this.wantsTerminal(outcome)) {
      pty = true
      outcome = await this.attempt(host, token, carrier, pty)
    }
    if (!outcome.started && !outcome.timedOut && outcome.code === PAYLOAD_MISSING && !this.cancelled) {
      const fallback = await this.fallbackCarrier()
      if (typeof fallback !== 'string') return { outcome, carrier, hint: fallback.hint }
      carrier = fallback
      // Native ssh needs no terminal; the command goes the way that reached the host.
      outcome = await this.attempt(host, token, carrier, pty && carrier === 'command')
      if (carrier === 'ssh-config' && !outcome.started && !outcome.timedOut && !this.cancelled) {
        const why = this.verdict(outcome).hint
        return {
          outcome,
          carrier,
          hint: payloadStuck(` Native ssh through sft's ssh-config did not start it either: ${why}`)
        }
      }
    }
    return { outcome, carrier }
  }

  /** A failure before the script that is not a refusal: sft may want a terminal, whatever it said. */
  private wantsTerminal(outcome: Outcome): boolean {
    return (
      this.plan.transport === 'sft' &&
      this.plan.ptyAvailable !== false &&
      !outcome.started &&
      !outcome.timedOut &&
      !this.cancelled &&
      outcome.code !== PAYLOAD_MISSING &&
      !refusal(outcome.code, said(outcome))
    )
  }

  /**
   * For an sft that does not forward stdin: the command, when the payload
   * holds no `env` value and fits; otherwise native ssh through sft's
   * ssh-config, whose stdin ssh itself carries; never a silent downgrade.
   */
  private async fallbackCarrier(): Promise<Carrier | { hint: string }> {
    if (this.remote.envBytes === 0 && this.remote.payload.length <= COMMAND_PAYLOAD_MAX) return 'command'
    if (this.plan.transport === 'ssh' || !this.plan.privateConfig) return { hint: payloadStuck('') }
    try {
      this.config ??= this.plan.privateConfig()
      await this.config
      return 'ssh-config'
    } catch (error) {
      return {
        hint: payloadStuck(` Routing it through native ssh and sft's ssh-config failed too: ${messageOf(error)}`)
      }
    }
  }

  private attempt(host: string, token: string, carrier: Carrier, pty: boolean): Promise<Outcome> {
    return this.configFor(carrier).then((sshConfig) => this.session(host, token, carrier, pty, sshConfig))
  }

  private async configFor(carrier: Carrier): Promise<string | undefined> {
    return carrier === 'ssh-config' ? this.config : this.plan.sshConfig
  }

  private session(host: string, token: string, carrier: Carrier, pty: boolean, sshConfig?: string): Promise<Outcome> {
    const plan = this.plan
    const tokens = (): string[] => this.keeper.used.map((used) => used.token)
    return runSession({
      host,
      token,
      pty,
      transport: carrier === 'ssh-config' ? 'ssh' : plan.transport,
      sftPath: plan.sftPath,
      role: plan.role,
      account: plan.account,
      sshConfig,
      sftEnv: plan.sftEnv,
      command: bootstrapCommand(plan.shell, this.remote, carrier, Math.ceil(plan.timeoutMs / 1000)),
      payload: carrier === 'command' ? Buffer.alloc(0) : this.remote.payload,
      timeoutMs: plan.timeoutMs,
      // No line shows a token this run handled, whether or not the runner could still mask it.
      onLine: (stream, text) => this.output.line(host, stream, redact(text, tokens())),
      onSpawn: (child) => {
        this.running.set(host, child)
        child.once('close', () => this.running.delete(host))
        // Cancelled while this host was getting its token: its session ends at once.
        if (this.cancelled) endGroup(child)
      }
    })
  }

  private verdict(outcome: Outcome): Verdict {
    if (this.cancelled) return { status: 'cancelled', hint: 'The job was cancelled.' }
    return classify(outcome.code, said(outcome), outcome.timedOut, outcome.started)
  }
}

/** Why a payload that sft would not carry on stdin was not sent at all. */
function payloadStuck(detail: string): string {
  return `The script did not run: this sft does not forward stdin, and the payload may not travel inside the command because it holds \`env\` values (never put on a command line) or is larger than ${COMMAND_PAYLOAD_MAX / 1024} KiB.${detail} Use an sft that forwards stdin or \`transport: ssh\`, or drop \`env\` and keep the script small.`
}

/** Everything a session printed: under a pty sft's messages arrive on stdout, so both streams count. */
function said(outcome: Outcome): string {
  return `${outcome.stderr.text()}\n${outcome.stdout.text()}`
}
