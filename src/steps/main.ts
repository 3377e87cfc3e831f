import * as core from '@actions/core'
import { existsSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sftStateDirs } from '../sft/contract.js'
import type { JWTPayload } from 'jose'
import { adminUrlFor, EVENT_TYPES, fetchJobEvents, systemLogLink } from '../report/audit.js'
import { checkClaims, explainMismatch, OPERATOR_LABEL, TELLING_CLAIMS, type ClaimCheck } from '../auth/claims.js'
import { ActionError, ExchangeError, formatFailure, OidcError } from '../lib/errors.js'
import { exchange, sftEnvironment } from '../auth/exchange.js'
import { writeOpaSsh } from '../ssh/launcher.js'
import { readInputs, readSshInputs, type Inputs } from '../inputs/main.js'
import { installSft, type SftBinary } from '../install/index.js'
import { missingOidcReason, requestIdToken } from '../auth/oidc.js'
import { publishSession, publishSkipped } from '../report/outputs.js'
import { addBlock, sftSshConfig, userSshConfig } from '../ssh/ssh-config.js'
import { State } from './state.js'
import {
  appendSummary,
  renderAuditEvents,
  renderMainSummary,
  type AuditLink,
  type MainSummary,
  type Stage
} from '../report/summary.js'
import { decodeUnverified, describeSession, type DecodedJwt, type OpaSession } from '../auth/opa-token.js'

/** The main step: inputs, then OIDC, then the exchange, then outputs. */
export async function run(): Promise<void> {
  let inputs: Inputs | undefined
  let sft: SftBinary | undefined
  let github: DecodedJwt | undefined
  let session: OpaSession | undefined
  let claimChecks: ClaimCheck[] | undefined
  const stages: Stage[] = []
  let summarized = false
  const timed = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const started = Date.now()
    try {
      return await work()
    } finally {
      stages.push({ name, ms: Date.now() - started })
    }
  }
  try {
    inputs = readInputs((name) => core.getInput(name))
    for (const secret of [inputs.oktaApiToken, inputs.oktaLogsToken]) if (secret) core.setSecret(secret)

    const noOidc = missingOidcReason()
    if (noOidc && inputs.onNoOidc === 'skip') {
      core.notice(`Skipping OPA authentication: ${noOidc.message}`)
      publishSkipped()
      await summarize(inputs, { outcome: 'skipped', reason: noOidc.message })
      return
    }
    if (noOidc) throw noOidc

    // Recorded before sft first runs (even `sft --version`): whatever it creates, post removes.
    const absent = sftStateDirs().filter((dir) => !existsSync(dir))
    core.saveState(State.AbsentSftDirs, JSON.stringify(absent))

    sft = await timed('install', () =>
      installSft(inputs as Inputs, (files) => core.saveState(State.SystemFiles, JSON.stringify(files)))
    )
    core.saveState(State.SftPath, sft.path)
    core.info(`Using sft ${sft.version} at ${sft.path} (${sft.source})`)

    const idToken = await timed('OIDC', () => requestIdToken((inputs as Inputs).audience))
    core.info(
      `Got a GitHub OIDC token for audience "${inputs.audience}" (${idToken.attempts} attempt${idToken.attempts === 1 ? '' : 's'})`
    )
    github = decodeUnverified(idToken.jwt)
    if (inputs.expectClaims.length) {
      claimChecks = checkClaims(inputs.expectClaims, github?.claims ?? {})
      const failed = claimChecks.filter((c) => !c.ok)
      if (failed.length) throw claimsError(failed, github?.claims ?? {})
      core.info(`The GitHub token meets all ${claimChecks.length} expect-claims rules`)
    }

    const binary = sft
    const { token, verdict } = await timed('exchange', () =>
      exchange({
        sftPath: binary.path,
        team: (inputs as Inputs).team,
        connection: (inputs as Inputs).connection,
        role: (inputs as Inputs).role,
        opaAddr: (inputs as Inputs).opaAddr,
        jwt: idToken.jwt
      }).catch((error: unknown) => {
        throw withPresentedClaims(error, github?.claims ?? {})
      })
    )
    if (verdict) core.debug(`sft: ${verdict}`)

    session = describeSession(token, inputs.role)
    publishSession(inputs, session, String(github?.claims.sub ?? ''), sft)
    await prepareLaterSteps(inputs, sft, session.token)
    const audit = auditLinks(inputs, session, new Date(Date.now() + 5 * 60_000))
    if (audit.length) core.setOutput('audit-url', audit[0].url)
    core.saveState(
      State.Audit,
      JSON.stringify({
        principal: session.principal,
        account: session.account,
        issuedAt: session.issuedAt?.getTime() ?? Date.now()
      })
    )
    core.info(
      `Authenticated as ${session.principal || 'an OPA workload'}` +
        (session.expiresAt ? `; the token expires at ${session.expiresAt.toISOString()}` : '')
    )
    await summarize(inputs, {
      outcome: 'authenticated',
      session,
      github,
      sft,
      stages,
      claimChecks,
      audit,
      env: process.env
    })
    summarized = true
    if (inputs.hosts) await runHosts(inputs, session, sft)
  } catch (error) {
    if (error instanceof ActionError) error.details.forEach((d) => core.debug(d))
    core.setFailed(formatFailure(error))
    if (inputs && !summarized) {
      await summarize(inputs, {
        outcome: 'failed',
        sft,
        github,
        session,
        stages,
        claimChecks,
        reason: formatFailure(error),
        env: process.env
      })
    }
  }
}

/** Audit links for the token's principal and account, from a minute before it was issued. */
function auditLinks(inputs: Inputs, session: OpaSession, until: Date): AuditLink[] {
  const admin = inputs.oktaAdminUrl || adminUrlFor(inputs.opaAddr)
  if (!admin || !session.principal) return []
  const from = new Date((session.issuedAt?.getTime() ?? Date.now()) - 60_000)
  const to = new Date(Math.max(until.getTime(), (session.expiresAt?.getTime() ?? 0) + 5 * 60_000))
  return [
    {
      label: 'pam.user_creds.issue: credentials issued to this workload',
      url: systemLogLink(admin, { eventType: EVENT_TYPES[0], actorId: session.principal, from, to })
    },
    {
      label: `pam.server.ssh_login: logins as ${session.account || 'the JIT account'}`,
      url: systemLogLink(admin, { eventType: EVENT_TYPES[1], actorId: session.account, from, to })
    }
  ]
}

function claimsError(failed: ClaimCheck[], claims: JWTPayload): OidcError {
  const rows = failed.map(
    (c) =>
      `  - ${c.claim} ${OPERATOR_LABEL[c.operator]} "${c.value}": actual ${c.actual === undefined ? '(missing)' : `"${c.actual}"`} (${explainMismatch(c, claims)})`
  )
  return new OidcError(
    `The GitHub token does not meet expect-claims, so the exchange was not attempted:\n${rows.join('\n')}`,
    "Run this job where the Workload Connection expects (branch, environment, workflow), or fix the rule if the connection's required claims changed."
  )
}

/** When OPA refuses, the claims the job presented are the first thing to compare. */
function withPresentedClaims(error: unknown, claims: JWTPayload): unknown {
  if (!(error instanceof ExchangeError) || !/OPA rejected/.test(error.message)) return error
  const shown = TELLING_CLAIMS.filter((k) => claims[k] !== undefined).map((k) => `  ${k}: ${String(claims[k])}`)
  return new ExchangeError(
    `${error.message}\nThe GitHub token presented:\n${shown.join('\n')}`,
    error.hint,
    error.details
  )
}

/** opa-ssh on PATH, and with `ssh-config` the block that routes native ssh through sft. */
async function prepareLaterSteps(inputs: Inputs, sft: SftBinary, token: string): Promise<void> {
  const temp = await mkdtemp(path.join(process.env.RUNNER_TEMP || tmpdir(), 'opa-workload-identity-'))
  core.saveState(State.TempDir, temp)
  await writeOpaSsh(path.join(temp, 'bin'))
  core.addPath(path.join(temp, 'bin'))
  if (!inputs.sshConfig) return
  const config = await sftSshConfig(
    sft.path,
    sftEnvironment(inputs, { OPA_TOKEN: token }),
    'Run `sft ssh-config` by hand with SFT_LOG_LEVEL=debug to see why.'
  )
  const file = userSshConfig()
  const created = !existsSync(file)
  core.saveState(State.SshConfig, JSON.stringify({ file, created }))
  await addBlock(file, config)
  core.info(`Added the sft ssh-config block to ${file}; native ssh, scp and rsync now route through sft`)
}

/** One-step mode: the script on the hosts, with the ssh sub-action's defaults. */
async function runHosts(inputs: Inputs, session: OpaSession, sft: SftBinary): Promise<void> {
  const token = session.token
  const { runFleetStep } = await import('./ssh.js')
  const given: Record<string, string> = { hosts: inputs.hosts, run: inputs.run, summary: String(inputs.summary) }
  // The fleet's children inherit this step's environment: give it what a later step would have.
  Object.assign(process.env, {
    PATH: `${path.dirname(sft.path)}${path.delimiter}${process.env.PATH ?? ''}`,
    OPA_TOKEN: token,
    OPA_ADDR: inputs.opaAddr,
    SFT_TEAM: inputs.team,
    OPA_WORKLOAD_CONNECTION: inputs.connection,
    OPA_WORKLOAD_ROLE: inputs.role,
    OPA_AUDIENCE: inputs.audience
  })
  await runFleetStep(readSshInputs((name) => given[name] ?? ''))
  // The sessions are over: their events can be read now, and become an output.
  const live = session.principal
    ? await fetchJobEvents(inputs, {
        principal: session.principal,
        account: session.account,
        issuedAt: session.issuedAt?.getTime() ?? Date.now()
      })
    : undefined
  if (!live) return
  core.saveState(State.AuditReported, 'true')
  core.setOutput('audit-events', JSON.stringify(live.events))
  if (live.problem) core.warning(`Audit trail: ${live.problem}`)
  if (inputs.summary) await appendSummary(renderAuditEvents(live.events, live.problem))
}

async function summarize(inputs: Inputs, part: Omit<MainSummary, 'team' | 'connection'>): Promise<void> {
  if (!inputs.summary) return
  await appendSummary(
    renderMainSummary({
      team: inputs.team,
      connection: inputs.connection,
      ...part
    })
  )
}
