/**
 * Everything this action assumes about the real `sft` CLI and OPA lives here,
 * so that a change in the vendor's behaviour is a change to one file. Each
 * assumption says how sure we are: DOC (Okta documents it), OBSERVED (seen in
 * real runs, ours or others'), COMMUNITY (reported by users, not by Okta) or
 * ASSUMED (our best reading; tolerant parsing covers the alternatives we
 * could think of). README "Assumptions about sft" mirrors this list.
 */
import path from 'node:path'

/** DOC: `sft workload authenticate`, alias `sft wl auth`. */
export function authenticateArgs(request: {
  team: string
  connection: string
  jwtEnv: string
  roleHint: string
}): string[] {
  const args = [
    'workload',
    'authenticate',
    '--team',
    request.team,
    '--connection',
    request.connection,
    '--jwt-env',
    request.jwtEnv
  ]
  // DOC: `--role-hint` is optional; older doc revisions omit it.
  if (request.roleHint) args.push('--role-hint', request.roleHint)
  return args
}

/**
 * Name of the variable that carries the GitHub JWT into sft's environment.
 * sft reads the JWT from the variable whose *name* `--jwt-env` gives (DOC).
 */
export const JWT_ENV_VAR = 'OPA_WORKLOAD_GITHUB_JWT'

/**
 * Variables no child process gets: the request token can mint GitHub JWTs
 * for any audience, the runtime token reaches the job's cache and
 * artifacts, and `INPUT_*` may hold this step's other secrets (an Okta API
 * token).
 */
export const ENV_NEVER_INHERITED = [
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_RUNTIME_TOKEN'
]

/**
 * Also withheld from `sft workload authenticate`: a stale OPA_TOKEN from an
 * earlier step could be picked up instead of the one being issued (DOC:
 * "picked up automatically by subsequent sft commands").
 */
export const ENV_WITHHELD_FROM_AUTHENTICATE = ['OPA_TOKEN']

/**
 * OBSERVED: `sft --version` prints `sft version X.Y.Z`. ASSUMED tolerant: any
 * first version-shaped word, so `sft 1.2.3` or a bare `1.2.3` also parse.
 */
export function parseSftVersion(output: string): string | undefined {
  const match = /(?:^|\s|v)(\d+\.\d+\.\d+(?:[-+~][0-9A-Za-z.+~-]*)?)/.exec(output)
  return match?.[1]
}

/**
 * ASSUMED: sft predating workload support rejects the subcommand the way
 * common Go CLI frameworks do (cobra: `unknown command`, urfave/cli: `No help
 * topic` or `flag provided but not defined`). COMMUNITY notes say "unknown
 * subcommand" means the client is too old.
 */
export function looksTooOldForWorkloads(stderr: string): boolean {
  return /unknown (sub)?command|no help topic for|flag provided but not defined: -+(jwt-env|connection|role-hint)/i.test(
    stderr
  )
}

/**
 * DOC: the token is printed on stdout. ASSUMED tolerant: a JSON envelope with
 * a token-like field is unwrapped too, in case a future sft adds one.
 * Returns undefined when stdout is empty, and `null` when it is not shaped
 * like a single token.
 */
export function extractToken(stdout: string): string | undefined | null {
  const text = stdout.trim()
  if (!text) return undefined
  if (text.startsWith('{')) {
    try {
      const envelope = JSON.parse(text) as Record<string, unknown>
      for (const key of ['token', 'access_token', 'bearer_token', 'opa_token']) {
        const value = envelope[key]
        if (typeof value === 'string' && isTokenShaped(value)) return value
      }
    } catch {
      return null
    }
    return null
  }
  return isTokenShaped(text) ? text : null
}

/** One line of printable, non-space characters, long enough to be a credential. */
export function isTokenShaped(value: string): boolean {
  return /^[\x21-\x7e]{16,16384}$/.test(value)
}

/**
 * DOC: the Linux account is `wl_<role>`. The docs keep hyphens
 * (`wl_app-deployer`) but the console screenshot of a real role shows them
 * turned into underscores (`workload-role-1` → `wl_workload_role_1`). We
 * follow the observed console; the README names the uncertainty.
 */
export function accountForRole(role: string): string {
  return role ? `wl_${role.replace(/-/g, '_')}` : ''
}

/**
 * DOC: a Draft connection validates the JWT but issues no token, and
 * activation takes about 5 minutes to apply. ASSUMED: sft then exits 0 with
 * an empty stdout; its wording is not documented.
 */
export const DRAFT_HINT =
  'No token: the Workload Connection may be in Draft, or its activation has not propagated yet (about 5 minutes). ' +
  'Ask a security admin to check it is Active (Security Administration > Workload connections), wait about 5 minutes after activating it, then re-run. ' +
  'If it is Active, run the same sft by hand with SFT_LOG_LEVEL=debug to see where it printed the token.'

export interface NameRule {
  pattern: RegExp
  /** The rule in words, for error messages. */
  allowed: string
}

/**
 * Names OPA accepts. OBSERVED in the console: letters, digits, `-` and `_`
 * ("no spaces or special characters"); team names also allow `.`. The
 * channel is an apt component name.
 */
const CONSOLE_NAME: NameRule = {
  pattern: /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/,
  allowed: 'letters, digits, "-" and "_", starting with a letter or digit, at most 128 characters'
}

export const NAME_RULES: Record<'team' | 'connection' | 'role' | 'channel', NameRule> = {
  team: {
    pattern: /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/,
    allowed: 'letters, digits, ".", "-" and "_", starting with a letter or digit, at most 128 characters'
  },
  connection: CONSOLE_NAME,
  role: CONSOLE_NAME,

  channel: {
    pattern: /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/,
    allowed: 'letters, digits, ".", "-" and "_", such as okta or okta-preview'
  }
}

/** DOC: Okta's Debian repository and package (OKTA-UBUNTU). */
export const APT = {
  defaultRepo: 'https://dist.scaleft.com/repos/deb',
  defaultChannel: 'okta',
  packageName: 'scaleft-client-tools',
  /** Published at the repository host's root. */
  keyFile: 'GPG-KEY-OktaPAM-2023',
  /** COMMUNITY: the binary installs at /usr/bin/sft. */
  binaryInPackage: 'usr/bin/sft',
  /** DOC: the codenames Okta publishes, oldest first within each family. */
  ubuntuCodenames: ['xenial', 'bionic', 'focal', 'jammy', 'noble'],
  ubuntuVersions: ['16.04', '18.04', '20.04', '22.04', '24.04'],
  debianCodenames: ['bullseye', 'bookworm'],
  debianVersions: ['11', '12']
} as const

/**
 * OBSERVED: the oldest sft seen running `workload authenticate` is 1.108.0;
 * the true minimum is not documented. `auto` accepts an sft on PATH for
 * `sft-version: latest` only from this version on.
 */
export const FIRST_WORKLOAD_SFT = '1.108.0'

/**
 * How `sft ssh` reports what went wrong (ASSUMED from community reports;
 * the exact texts are not documented): policy refusals on stderr, 125 from
 * `sft resolve` for no grant, ssh's 255 with its connect error when the
 * server cannot be reached, and some builds refusing to run without a TTY.
 */
export const SSH_CONTRACT = {
  denied:
    /not authori[sz]ed|access denied|permission denied \(publickey|no policy|missing capability|invalid uam|request (was )?cancel/i,
  interactive: /mfa|multi-factor|access request|invalid uam/i,
  unreachable:
    /connection refused|connection timed out|no route to host|could not resolve|network is unreachable|connect to host|connection closed by|kex_exchange_identification/i,
  /** OBSERVED (FG AGENTS.md): the token's refusal starts `OPA_TOKEN is not valid: `. */
  tokenRefused: /OPA_TOKEN is not valid/,
  noGrantExit: 125
} as const

/**
 * The variables that carry the session to later steps (`export-env`). DOC:
 * sft itself reads OPA_TOKEN, OPA_ADDR and SFT_TEAM; the others are ours, so
 * that the ssh sub-action and opa-ssh can re-authenticate with the same
 * connection, role and audience.
 */
export const SESSION_ENV = {
  token: 'OPA_TOKEN',
  opaAddr: 'OPA_ADDR',
  team: 'SFT_TEAM',
  connection: 'OPA_WORKLOAD_CONNECTION',
  role: 'OPA_WORKLOAD_ROLE',
  audience: 'OPA_AUDIENCE',
  /** Set by main with export-env, bound to the token it exported: later steps renew into GITHUB_ENV only then. */
  exported: 'OPA_TOKEN_EXPORTED'
} as const

/**
 * OBSERVED (IB TODO.md §82): what `sft resolve` exits with. 125: no grant
 * matches (the role's conditions or the policy, which OPA checks here and
 * not at authenticate); 126: no usable session or token; 1, silently: sft
 * has no OPA_ADDR or SFT_TEAM. Sandbox knobs: role conditions, `tokenInvalid`.
 */
export const RESOLVE_EXIT = { noGrant: 125, noSession: 126, notConfigured: 1 } as const

/** Why `sft workload authenticate` failed before OPA could judge the token. */
export type LocalFailure = 'proxy' | 'tls' | 'dns' | 'network'

/**
 * How sft says that it never got an answer from OPA. ASSUMED: sft is a Go
 * program (OBSERVED: its user agent is `scaleft.go/...`) and prints the
 * error of Go's HTTP client, perhaps behind words of its own; its own
 * wording is not documented. DOC (Go's net/http and net/url sources): a
 * failed request reads `Post "URL": CAUSE`; a proxy refusing CONNECT leaves
 * only the proxy's status text (`Forbidden`, `Proxy Authentication
 * Required`), and an unreachable proxy `proxyconnect tcp: ...`; TLS
 * failures carry `tls:` or `x509:` (a container without ca-certificates
 * gives `certificate signed by unknown authority`, as Go reads only the
 * system's roots); DNS failures `lookup HOST ...: no such host`. Sandbox
 * knobs: the stand-in sft fails for real (DNS, refused, untrusted
 * certificate, refusing proxy) and `SFT_SANDBOX_ERROR_STYLE` prints Go's
 * error bare or wrapped.
 */
const LOCAL_FAILURES: [LocalFailure, RegExp][] = [
  [
    'proxy',
    /proxyconnect|"\w+:\/\/[^"]*": (Forbidden|Proxy Authentication Required|Bad Gateway|Service Unavailable|Gateway Timeout|Bad Request|Not Found)\b/i
  ],
  ['tls', /\bx509: |\btls: |certificate signed by unknown authority|failed to load system roots/i],
  ['dns', /\blookup \S+( on \S+)?: |no such host|temporary failure in name resolution|server misbehaving/i],
  [
    'network',
    /\bdial tcp\b|connection refused|connection reset by peer|network is unreachable|no route to host|i\/o timeout|context deadline exceeded|Client\.Timeout exceeded|"\w+:\/\/[^"]*": (unexpected )?EOF\b/i
  ]
]

/** The local cause of a failed exchange, read from sft's stderr; undefined when OPA answered. */
export function localFailureOf(stderr: string): LocalFailure | undefined {
  return LOCAL_FAILURES.find(([, pattern]) => pattern.test(stderr))?.[0]
}

/**
 * ASSUMED (the stand-in does the same; the real location is not
 * documented): the agent sft starts for native ssh listens on
 * `ScaleFT/agent.sock` in sft's data directory (XDG_DATA_HOME).
 */
export const AGENT_SOCKET_IN_DATA_DIR = path.join('ScaleFT', 'agent.sock')
