import * as log from '../lib/log.js'
import {
  authenticateArgs,
  DRAFT_HINT,
  ENV_WITHHELD_FROM_AUTHENTICATE,
  extractToken,
  JWT_ENV_VAR,
  localFailureOf,
  looksTooOldForWorkloads,
  type LocalFailure
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
    throw startFailure(request.sftPath, error)
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
  const local = result.exitCode !== 0 ? localFailureOf(verdict) : undefined
  if (local) return localFailure(local, request, where, verdict)
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

/** What a failure to start sft means: the binary gone (removed underneath), not executable, or else. */
function startFailure(sftPath: string, error: unknown): ExchangeError {
  const code = (error as NodeJS.ErrnoException).code
  const problem =
    code === 'ENOENT'
      ? 'is missing (it was removed or replaced after it was installed), or its program loader is'
      : code === 'EACCES'
        ? 'is not executable by the runner user'
        : `could not be started (${messageOf(error)})`
  return new ExchangeError(
    `The sft binary ${sftPath} ${problem}, so nothing was sent to OPA.`,
    'Check that nothing else deletes or rewrites sft while the job runs (a shared tool cache, a cleanup step), then re-run; or point `sft-path` at a working sft.',
    [],
    { cause: error }
  )
}

/** sft never got OPA's answer: the cause is on the runner's side of the network, not in the token. */
const LOCAL_HINTS: Record<LocalFailure, (opaAddr: string) => [string, string]> = {
  proxy: (opaAddr) => [
    'a proxy refused or could not carry the connection',
    `Allow ${new URL(opaAddr).host} through the proxy (HTTPS_PROXY), or list it in NO_PROXY if the runner reaches it directly.`
  ],
  tls: () => [
    "sft did not trust OPA's TLS certificate",
    'sft is a Go program and trusts only the system CA store: install ca-certificates (minimal containers lack it), and add the CA of any TLS-inspecting proxy to the system store (or point SSL_CERT_FILE at a bundle holding it).'
  ],
  dns: (opaAddr) => [
    "sft could not resolve OPA's host name (DNS)",
    `Check the spelling of opa-addr (${opaAddr}) and that the runner's DNS resolves it; behind a proxy, set HTTPS_PROXY so the proxy resolves it.`
  ],
  network: (opaAddr) => [
    'sft could not connect to OPA',
    `Check that the runner can reach ${opaAddr} (firewall, security group, HTTPS_PROXY and NO_PROXY).`
  ]
}

function localFailure(kind: LocalFailure, request: ExchangeRequest, where: string, verdict: string): ExchangeError {
  const [what, hint] = LOCAL_HINTS[kind](request.opaAddr)
  return new ExchangeError(
    `The exchange did not reach OPA at ${request.opaAddr}: ${what} (${where}); the GitHub token was not judged:\n${indent(verdict)}`,
    hint,
    [verdict]
  )
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n')
}
