import { APT, NAME_RULES, type NameRule } from '../sft/contract.js'
import { InputError, type InputProblem } from '../lib/errors.js'
import { parseExpectations, type Expectation } from '../auth/claims.js'
import { parseTransfers, type Transfer } from '../ssh/transfer.js'

export const INSTALL_METHODS = ['auto', 'download', 'apt', 'none'] as const
export type InstallMethod = (typeof INSTALL_METHODS)[number]

/** Every input of the main action, validated and typed. */
export interface Inputs {
  team: string
  connection: string
  role: string
  opaAddr: string
  audience: string
  sftVersion: string
  install: InstallMethod
  sftPath: string
  sftRepo: string
  sftChannel: string
  sftRepoKey: string
  exportEnv: boolean
  onNoOidc: 'fail' | 'skip'
  summary: boolean
  sshConfig: boolean
  expectClaims: Expectation[]
  oktaAdminUrl: string
  oktaOrgUrl: string
  oktaApiToken: string
  oktaLogsToken: string
  auditWait: number
  /** One-step mode: run `run` on these hosts right after authenticating (raw; checked by readSshInputs). */
  hosts: string
  run: string
}

/** Reads one raw input; the runner passes declared inputs as `INPUT_*`. */
export type InputReader = (name: string) => string

/**
 * Reads and validates every input before the action does anything, so that a
 * user with three mistakes learns about all three from one run.
 */
export function readInputs(read: InputReader): Inputs {
  const problems: InputProblem[] = []
  const v = new Validator(read, problems)

  const opaAddr = v.url('opa-addr', 'https://<org>.pam.okta.com')
  const inputs: Inputs = {
    team: v.name('team', NAME_RULES.team, true),
    connection: v.name('connection', NAME_RULES.connection, true),
    role: v.name('role', NAME_RULES.role, false),
    opaAddr,
    audience: v.audience('audience', opaAddr),
    sftVersion: v.version('sft-version'),
    install: v.choice('install', INSTALL_METHODS, 'auto'),
    sftPath: v.path('sft-path'),
    sftRepo: v.url('sft-repo', APT.defaultRepo, APT.defaultRepo).replace(/\/+$/, ''),
    sftChannel: v.name('sft-channel', NAME_RULES.channel, false) || APT.defaultChannel,
    sftRepoKey: v.repoKey('sft-repo-key'),
    exportEnv: v.boolean('export-env', true),
    onNoOidc: v.choice('on-no-oidc', ['fail', 'skip'] as const, 'fail'),
    summary: v.boolean('summary', true),
    sshConfig: v.boolean('ssh-config', false),
    expectClaims: v.expectations('expect-claims'),
    oktaAdminUrl: read('okta-admin-url').trim() ? v.url('okta-admin-url', 'https://<org>-admin.okta.com') : '',
    oktaOrgUrl: read('okta-org-url').trim() ? v.url('okta-org-url', 'https://<org>.okta.com') : '',
    oktaApiToken: read('okta-api-token').trim(),
    oktaLogsToken: read('okta-logs-token').trim(),
    auditWait: v.seconds('audit-wait', 30, 600),
    hosts: read('hosts').trim(),
    run: read('run')
  }
  if (inputs.hosts && !inputs.run.trim()) {
    problems.push({
      input: 'run',
      problem: 'is empty while hosts is set',
      fix: 'give the script to run on the hosts, or remove hosts'
    })
  }
  if (problems.length > 0) throw new InputError(problems)
  return inputs
}

const CONTROL_OR_SPACE = /[\s\x00-\x1f\x7f]/

class Validator {
  constructor(
    private readonly read: InputReader,
    private readonly problems: InputProblem[]
  ) {}

  private raw(input: string): string {
    return this.read(input).trim()
  }

  private fail(input: string, problem: string, fix: string): void {
    this.problems.push({ input, problem, fix })
  }

  /** Values that start with `-` would be parsed as options by sft. */
  private optionLike(input: string, value: string): boolean {
    if (!value.startsWith('-')) return false
    this.fail(
      input,
      `"${value}" starts with "-", which a command line would read as an option`,
      'remove the leading "-"'
    )
    return true
  }

  name(input: string, rule: NameRule, required: boolean): string {
    const value = this.raw(input)
    if (!value) {
      if (required) this.fail(input, 'is required but empty', `set \`${input}:\` to your OPA ${input} name`)
      return ''
    }
    if (this.optionLike(input, value)) return ''
    if (!rule.pattern.test(value)) {
      this.fail(input, `"${printable(value)}" contains characters that are not allowed`, `use only ${rule.allowed}`)
      return ''
    }
    return value
  }

  /**
   * An https URL (plain http only for loopback) without credentials, query
   * or fragment. `example` shows the expected form in messages.
   */
  url(input: string, example: string, fallback = ''): string {
    const value = this.raw(input) || fallback
    if (!value) {
      this.fail(input, 'is required but empty', `set it to a URL such as ${example}`)
      return ''
    }
    if (this.optionLike(input, value)) return ''
    if (CONTROL_OR_SPACE.test(value)) {
      // URL parsing would drop a newline silently; a value may end up in an apt sources line.
      this.fail(input, 'contains whitespace or control characters', `use a plain URL such as ${example}`)
      return ''
    }
    let url: URL
    try {
      url = new URL(value)
    } catch {
      this.fail(input, `"${printable(value)}" is not a URL`, `use the form ${example}`)
      return ''
    }
    if (url.username || url.password) {
      // Never echo the value: it contains a credential.
      this.fail(
        input,
        'contains credentials (user:password@)',
        "remove them; URLs end up in logs, and the action authenticates with the job's OIDC token"
      )
      return ''
    }
    if (url.search || url.hash) {
      this.fail(input, 'has a query string or fragment', `use only the scheme, host and path, as in ${example}`)
      return ''
    }
    if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
      this.fail(
        input,
        `uses plain http for ${url.hostname}, which anyone on the network path could read or change`,
        'use https://; plain http is allowed only for loopback hosts'
      )
      return ''
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      this.fail(input, `uses the scheme ${url.protocol}`, 'use https://')
      return ''
    }
    return value
  }

  expectations(input: string): Expectation[] {
    const parsed = parseExpectations(this.read(input))
    if (typeof parsed !== 'string') return parsed
    this.fail(
      input,
      parsed,
      'write one rule per line: claim=value (Equals), claim^=prefix (Starts with) or claim (Exists)'
    )
    return []
  }

  seconds(input: string, fallback: number, max: number): number {
    const value = this.raw(input)
    if (!value) return fallback
    const n = Number(value)
    if (Number.isFinite(n) && n >= 0 && n <= max) return n
    this.fail(
      input,
      `"${printable(value)}" is not a number of seconds from 0 to ${max}`,
      `set it to a number from 0 to ${max}`
    )
    return fallback
  }

  /** A key fingerprint (40 hex digits, spaces allowed) or the key's URL. */
  repoKey(input: string): string {
    const value = this.raw(input)
    if (!value) return ''
    if (/^[0-9A-Fa-f\s]+$/.test(value)) {
      const hex = value.replace(/\s+/g, '')
      if (hex.length === 40) return hex.toUpperCase()
      this.fail(
        input,
        `looks like a fingerprint but has ${hex.length} hex digits, not 40`,
        'paste the full fingerprint, as `gpg --show-keys --with-fingerprint` prints it'
      )
      return ''
    }
    return this.url(input, 'https://dist.scaleft.com/GPG-KEY-OktaPAM-2023')
  }

  audience(input: string, fallback: string): string {
    const value = this.raw(input)
    if (!value) return fallback
    if (this.optionLike(input, value)) return ''
    if (CONTROL_OR_SPACE.test(value) || value.length > 1024) {
      this.fail(
        input,
        'contains whitespace or control characters, or is longer than 1024 characters',
        'use the exact audience your Workload Connection expects, usually the opa-addr URL'
      )
      return ''
    }
    return value
  }

  version(input: string): string {
    const value = this.raw(input) || 'latest'
    if (value === 'latest') return value
    if (this.optionLike(input, value)) return ''
    // Debian version syntax: [epoch:]upstream[-revision]
    if (!/^(\d+:)?\d[A-Za-z0-9.+~-]*$/.test(value)) {
      this.fail(input, `"${printable(value)}" is not a version`, 'use "latest" or an exact version such as 1.114.0')
      return ''
    }
    return value
  }

  path(input: string): string {
    const value = this.raw(input)
    if (!value) return ''
    if (this.optionLike(input, value)) return ''
    if (/[\x00-\x1f\x7f]/.test(value)) {
      this.fail(input, 'contains control characters', 'give the plain path of the sft binary')
      return ''
    }
    return value
  }

  choice<T extends string>(input: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(input)
    if (!value) return fallback
    if ((allowed as readonly string[]).includes(value)) return value as T
    this.fail(
      input,
      `"${printable(value)}" is not one of ${allowed.join(', ')}`,
      `set it to one of ${allowed.join(', ')}`
    )
    return fallback
  }

  boolean(input: string, fallback: boolean): boolean {
    const value = this.raw(input)
    if (!value) return fallback
    if (/^(true|True|TRUE)$/.test(value)) return true
    if (/^(false|False|FALSE)$/.test(value)) return false
    this.fail(input, `"${printable(value)}" is not a boolean`, 'use true or false')
    return fallback
  }
}

export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '')
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host)
}

/** Keeps error messages on one line and bounded, whatever the user typed. */
function printable(value: string): string {
  const flat = value.replace(/[\x00-\x1f\x7f]/g, '?')
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat
}

/** Inputs of the `ssh` sub-action (and of the main action's one-step `hosts`/`run`). */
export interface SshInputs {
  hosts: string[]
  run: string
  upload: Transfer[]
  download: Transfer[]
  shell: string[]
  env: Record<string, string>
  maxParallel: number
  failFast: boolean
  timeoutMinutes: number
  transport: 'sft' | 'ssh'
  role: string
  team: string
  connection: string
  opaAddr: string
  audience: string
  reauthBefore: number
  summary: boolean
}

const HOST = /^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$/
const SHELL_WORD = /^[A-Za-z0-9_./=+,:@%-]+$/
const ENV_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/

/**
 * Reads the ssh inputs. team, connection, opa-addr, audience and role fall
 * back to what the main action exported, so the sub-action needs none of
 * them after a main step.
 */
export function readSshInputs(read: InputReader, env: NodeJS.ProcessEnv = process.env): SshInputs {
  const problems: InputProblem[] = []
  const v = new Validator((name) => read(name) || fallback(name, env), problems)
  const hosts = [
    ...new Set(
      read('hosts')
        .split(/[\n,]/)
        .map((h) => h.trim())
        .filter(Boolean)
    )
  ]
  if (hosts.length === 0)
    problems.push({ input: 'hosts', problem: 'is empty', fix: 'list the servers, one per line or separated by commas' })
  for (const host of hosts) {
    if (!HOST.test(host)) {
      problems.push({
        input: 'hosts',
        problem: `"${printable(host)}" is not a host name${host.startsWith('-') ? ' (it starts with "-", which ssh would read as an option)' : ''}`,
        fix: 'use names such as web-01 or web-01.example.com'
      })
    }
  }
  const shell = (read('shell') || 'bash -euo pipefail').split(/\s+/).filter(Boolean)
  if (shell.length === 0 || !shell.every((w) => SHELL_WORD.test(w)) || shell[0].startsWith('-')) {
    problems.push({
      input: 'shell',
      problem: `"${printable(read('shell'))}" is not a plain interpreter command`,
      fix: 'use words such as "bash -euo pipefail" or "python3 -u", without quotes or shell syntax'
    })
  }
  const envVars: Record<string, string> = {}
  for (const line of read('env').split('\n')) {
    if (!line.trim()) continue
    const eq = line.indexOf('=')
    const key = eq > 0 ? line.slice(0, eq).trim() : ''
    if (!ENV_KEY.test(key) || key.startsWith('__opa_ssh')) {
      problems.push({
        input: 'env',
        problem: `the line "${printable(line.slice(0, 40))}" is not KEY=VALUE with a valid name`,
        fix: 'write one KEY=VALUE per line; names are letters, digits and "_"'
      })
      continue
    }
    envVars[key] = line.slice(eq + 1)
  }
  const number = (input: string, fallbackValue: number, min: number, max: number): number => {
    const raw = read(input).trim()
    if (!raw) return fallbackValue
    const value = Number(raw)
    if (!Number.isFinite(value) || value < min || value > max) {
      problems.push({
        input,
        problem: `"${printable(raw)}" is not a number from ${min} to ${max}`,
        fix: `set it to a number from ${min} to ${max}`
      })
      return fallbackValue
    }
    return value
  }
  const inputs: SshInputs = {
    hosts,
    run: read('run'),
    upload: [],
    download: [],
    shell,
    env: envVars,
    maxParallel: Math.floor(number('max-parallel', 8, 1, 256)),
    failFast: v.boolean('fail-fast', true),
    timeoutMinutes: number('timeout-minutes', 10, 0.05, 360),
    transport: v.choice('transport', ['sft', 'ssh'] as const, 'sft'),
    role: v.name('role', NAME_RULES.role, false),
    team: v.name('team', NAME_RULES.team, false),
    connection: v.name('connection', NAME_RULES.connection, false),
    opaAddr: read('opa-addr') || env.OPA_ADDR ? v.url('opa-addr', 'https://<org>.pam.okta.com') : '',
    audience: '',
    reauthBefore: number('reauth-before', 120, 0, 86_400),
    summary: v.boolean('summary', true)
  }
  inputs.audience = v.audience('audience', inputs.opaAddr)
  for (const direction of ['upload', 'download'] as const) {
    const parsed = parseTransfers(read(direction), direction === 'upload' ? 1 : 0)
    const form = direction === 'upload' ? 'local-path -> remote-path' : 'remote-path -> local-path'
    if (typeof parsed === 'string')
      problems.push({ input: direction, problem: parsed, fix: `write one "${form}" per line` })
    else inputs[direction] = parsed
  }
  if (hosts.length > 1 && inputs.download.some((t) => !t.to.includes('{host}'))) {
    problems.push({
      input: 'download',
      problem: "would write every host's file to the same local path",
      fix: 'put {host} in the local path, for example logs/{host}.log'
    })
  }
  if (!inputs.run.trim() && !inputs.upload.length && !inputs.download.length) {
    problems.push({
      input: 'run',
      problem: 'is empty and there is nothing to transfer',
      fix: 'give the script to run on each host, or upload/download lines'
    })
  }
  if (problems.length > 0) throw new InputError(problems)
  return inputs
}

/** What the main action exported, used when an ssh input is left empty. */
function fallback(name: string, env: NodeJS.ProcessEnv): string {
  const exported: Record<string, string | undefined> = {
    team: env.SFT_TEAM,
    connection: env.OPA_WORKLOAD_CONNECTION,
    role: env.OPA_WORKLOAD_ROLE,
    'opa-addr': env.OPA_ADDR,
    audience: env.OPA_AUDIENCE
  }
  return exported[name] ?? ''
}
