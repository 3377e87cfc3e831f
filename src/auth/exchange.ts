import * as log from '../lib/log.js'
import {
  authenticateArgs,
  DRAFT_HINT,
  ENV_WITHHELD_FROM_AUTHENTICATE,
  extractToken,
  JWT_ENV_VAR,
  looksTooOldForWorkloads
} from '../sft/contract.js'
import { ExchangeError, messageOf } from '../lib/errors.js'
import { childEnvironment, redact, runCommand, type CommandResult } from '../lib/exec.js'
import { maskToken } from './opa-token.js'
import { fromSft, shapeOf, tokensIn } from '../sft/said.js'

/** sft talks to OPA once; a minute covers a slow network and OPA's own retries. */
const EXCHANGE_TIMEOUT_MS = 60_000

export interface ExchangeRequest {
  sftPath: string
  team: string
  connection: string
  role: string
  opaAddr: string
  jwt: string
  timeoutMs?: number
}

export interface ExchangeResult {
  token: string
  /** sft's own words about the exchange, already redacted. */
  verdict: string
}

/**
 * Environment for sft: the job's environment minus anything sft must not
 * see, plus the OPA address, the team and the JWT under the variable that
 * `--jwt-env` names. This is the only place the JWT leaves our process.
 */
export function sftEnvironment(
  request: Pick<ExchangeRequest, 'opaAddr' | 'team'>,
  extra: Record<string, string> = {},
  base: NodeJS.ProcessEnv = process.env
): NodeJS.ProcessEnv {
  const env = childEnvironment({}, base)
  for (const name of ENV_WITHHELD_FROM_AUTHENTICATE) delete env[name]
  return { ...env, OPA_ADDR: request.opaAddr, SFT_TEAM: request.team, ...extra }
}

/** Runs `sft workload authenticate` and returns the masked OPA token. */
export async function exchange(request: ExchangeRequest): Promise<ExchangeResult> {
  const args = authenticateArgs({
    team: request.team,
    connection: request.connection,
    jwtEnv: JWT_ENV_VAR,
    roleHint: request.role
  })
  log.debug(`Running ${request.sftPath} ${args.join(' ')}`)
  let result
  try {
    result = await runCommand(request.sftPath, args, {
      env: sftEnvironment(request, { [JWT_ENV_VAR]: request.jwt }),
      timeoutMs: request.timeoutMs ?? EXCHANGE_TIMEOUT_MS
    })
  } catch (error) {
    throw new ExchangeError(
      `Could not start ${request.sftPath}: ${messageOf(error)}.`,
      'Check that the sft binary exists and is executable, or let the action install it (`install: auto`).',
      [],
      { cause: error }
    )
  }

  // Mask before anything else looks at the output, so no later message can leak it.
  const token = extractToken(result.stdout)
  if (token) maskToken(token)
  // What authenticate printed is this job's own credential wherever sft put it: masked, and shown only redacted.
  for (const stray of tokensIn(`${result.stderr}\n${token ? '' : result.stdout}`)) maskToken(stray)
  const verdict = fromSft(redact(result.stderr, [request.jwt, ...(token ? [token] : [])])).trim()
  const failure = exchangeFailure(request, result, token, verdict)
  if (failure || !token) throw failure
  return { token, verdict }
}

/** Why the exchange gave no usable token, or undefined when it did. */
function exchangeFailure(
  request: ExchangeRequest,
  result: CommandResult,
  token: string | null | undefined,
  verdict: string
): ExchangeError | undefined {
  const where = `team "${request.team}", connection "${request.connection}"${request.role ? `, role hint "${request.role}"` : ''}`
  if (result.timedOut) {
    return new ExchangeError(
      `sft workload authenticate did not finish within ${Math.round((request.timeoutMs ?? EXCHANGE_TIMEOUT_MS) / 1000)} s (${where}).`,
      `Check that the runner can reach ${request.opaAddr} (DNS, firewall, proxy).`,
      verdict ? [verdict] : []
    )
  }
  if (result.exitCode !== 0 && looksTooOldForWorkloads(verdict)) {
    return new ExchangeError(
      'This sft is too old for workload commands (it does not know `sft workload authenticate`).',
      'Use sft 1.108.0 or later: remove the `sft-version` pin or raise it, or point `sft-path` at a newer binary.',
      [verdict]
    )
  }
  if (result.exitCode !== 0) {
    return new ExchangeError(
      `OPA rejected the exchange (${where}; sft exited with ${result.exitCode ?? result.signal}):\n${indent(verdict || '(sft printed nothing on stderr)')}`,
      "Compare the GitHub token claims with the Workload Connection's required claims (the job summary lists them), and check that the connection and team names are exact.",
      [verdict]
    )
  }
  if (token === undefined) {
    return new ExchangeError(
      `sft exited 0 but printed no access token (${where}); its stderr had ${shapeOf(result.stderr)}, not shown in case it holds a credential.`,
      DRAFT_HINT
    )
  }
  if (token === null) {
    const stdout = result.stdout.trim()
    return new ExchangeError(
      `sft printed something on stdout that is not shaped like a token (${stdout.length} characters on ${stdout.split('\n').length} lines); it is not shown, in case it holds a credential.`,
      'Run the same sft version by hand with SFT_LOG_LEVEL=debug to see what it prints, and report it if it is a new output format.'
    )
  }
  return undefined
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n')
}
