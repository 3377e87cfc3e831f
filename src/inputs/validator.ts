/**
 * The one input checker: each method reads one input, returns its typed
 * value, and records what is wrong with it and how to fix it instead of
 * throwing, so that one run reports every bad input at once.
 */
import { InputError, type InputProblem } from '../lib/errors.js'
import { parseFingerprint } from '../install/fingerprint.js'
import { parseExpectations, type Expectation } from '../auth/claims.js'
import type { NameRule } from '../sft/contract.js'
import { parseTransfers, type Transfer } from './transfers.js'
import type { Amount } from '../ssh/rollout.js'
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'

/** Reads one raw input; the runner passes declared inputs as `INPUT_*`. */
export type InputReader = (name: string) => string

const CONTROL_OR_SPACE = /[\s\x00-\x1f\x7f]/
const HOST = /^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$/
const SHELL_WORD = /^[A-Za-z0-9_./=+,:@%-]+$/
const ENV_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/
/** A hosts file larger than this is not a list of servers. */
const HOSTS_FILE_MAX_BYTES = 1024 * 1024
/** Names bash will not let a script set: the remote shell would drop them and run on without them. */
const READ_ONLY_IN_BASH = ['BASHOPTS', 'BASH_VERSINFO', 'EUID', 'PPID', 'SHELLOPTS', 'UID']

export class Validator {
  private readonly problems: InputProblem[] = []

  constructor(private readonly read: InputReader) {}

  /** Throws one error that lists every problem found so far, if there is any. */
  finish(): void {
    if (this.problems.length > 0) throw new InputError(this.problems)
  }

  private raw(input: string): string {
    return this.read(input).trim()
  }

  fail(input: string, problem: string, fix: string): void {
    // One-step mode reads `summary` for main and for the fleet: say it once.
    if (!this.problems.some((p) => p.input === input && p.problem === problem))
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

  /** A number from `min` to `max`; `unit` names what it counts, for the message. */
  number(input: string, fallback: number, min: number, max: number, unit = ''): number {
    const value = this.raw(input)
    if (!value) return fallback
    const n = Number(value)
    if (Number.isFinite(n) && n >= min && n <= max) return n
    this.fail(
      input,
      `"${printable(value)}" is not a number ${unit ? `of ${unit} ` : ''}from ${min} to ${max}`,
      `set it to a number from ${min} to ${max}`
    )
    return fallback
  }

  /** A key fingerprint (40 hex digits, spaces allowed) or the key's URL. */
  repoKey(input: string): string {
    const value = this.raw(input)
    if (!value) return ''
    if (/^[0-9A-Fa-f\s]+$/.test(value)) {
      const fingerprint = parseFingerprint(value)
      if (fingerprint) return fingerprint
      this.fail(
        input,
        `looks like a fingerprint but has ${value.replace(/\s+/g, '').length} hex digits, not 40`,
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

  /** Free text, such as a script, exactly as given. */
  text(input: string): string {
    return this.read(input)
  }

  /** Host names, one per line or separated by commas; `required` when nothing else names hosts. */
  hosts(input: string, required = true): string[] {
    const hosts = this.read(input)
      .split(/[\n,]/)
      .map((h) => h.trim())
      .filter(Boolean)
    if (hosts.length === 0 && required)
      this.fail(input, 'is empty', 'list the servers, one per line or separated by commas, or give hosts-file')
    return this.checkHosts(input, hosts)
  }

  /**
   * Hosts from a file inside `workspace`, one per line, `#` starting a
   * comment. The file is the repository's: a path that leads outside the
   * workspace (`..`, an absolute path, a symbolic link) is refused.
   */
  hostsFile(input: string, workspace: string): string[] {
    const value = this.raw(input)
    if (!value) return []
    if (this.optionLike(input, value) || this.controlCharacters(input, value)) return []
    const root = existsSync(workspace) ? realpathSync(workspace) : path.resolve(workspace)
    const file = path.resolve(root, value)
    const real = existsSync(file) ? realpathSync(file) : file
    const relative = path.relative(root, real)
    if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
      this.fail(
        input,
        `"${printable(value)}" is outside the workspace (${root})`,
        'give a path inside the repository, such as deploy/hosts.txt'
      )
      return []
    }
    if (!existsSync(real) || !statSync(real).isFile()) {
      this.fail(
        input,
        `"${printable(value)}" is not a file in the workspace (${root})`,
        'check out the repository first (actions/checkout), or fix the path'
      )
      return []
    }
    if (statSync(real).size > HOSTS_FILE_MAX_BYTES) {
      this.fail(input, `"${printable(value)}" is larger than 1 MiB`, 'give a file that lists servers, one per line')
      return []
    }
    const lines = readFileSync(real, 'utf8').split('\n')
    const hosts = lines.map((line) => line.replace(/#.*/, '').trim()).filter(Boolean)
    if (hosts.length === 0)
      this.fail(input, `"${printable(value)}" lists no hosts`, 'put one server per line; # starts a comment')
    return this.checkHosts(input, hosts)
  }

  /** Hosts without repeats; names that are not host names (or look like options) are refused. */
  private checkHosts(input: string, hosts: string[]): string[] {
    for (const host of hosts.filter((h) => !HOST.test(h))) {
      const option = host.startsWith('-') ? ' (it starts with "-", which ssh would read as an option)' : ''
      this.fail(
        input,
        `"${printable(host)}" is not a host name${option}`,
        'use names such as web-01 or web-01.example.com'
      )
    }
    return [...new Set(hosts)]
  }

  private controlCharacters(input: string, value: string): boolean {
    if (!/[\x00-\x1f\x7f]/.test(value)) return false
    this.fail(input, 'contains control characters', 'give a plain path')
    return true
  }

  /** Whether the input was given at all. */
  given(input: string): boolean {
    return this.raw(input) !== ''
  }

  /**
   * A whole number of hosts from `min`, or (with `percent`) a percentage
   * such as `25%` from `min`% to 100%; undefined when empty.
   */
  amount(input: string, min: 0 | 1, example: string, percent = true): Amount | undefined {
    const value = this.raw(input)
    if (!value) return undefined
    const match = /^(\d{1,6})(%?)$/.exec(value)
    const n = match ? Number(match[1]) : NaN
    if (match && n >= min && (!match[2] || (percent && n <= 100))) return match[2] ? { percent: n } : { count: n }
    const what = percent ? ` or a percentage from ${min}% to 100%` : ''
    this.fail(
      input,
      `"${printable(value)}" is not a whole number of hosts from ${min}${what}`,
      `set it to ${percent ? 'a whole number or a percentage' : 'a whole number'}, such as ${example}`
    )
    return undefined
  }

  /** `i/n`: the i-th of n slices, counted from 1; undefined when empty. */
  shard(input: string): { index: number; count: number } | undefined {
    const value = this.raw(input)
    if (!value) return undefined
    const match = /^(\d{1,5})\/(\d{1,5})$/.exec(value)
    const [index, count] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN]
    if (index >= 1 && count >= 1 && index <= count) return { index, count }
    const problem = !match
      ? `"${printable(value)}" is not of the form i/n`
      : count < 1
        ? `"${value}" asks for 0 shards`
        : index < 1
          ? `"${value}" counts from 0, but shards count from 1`
          : `"${value}" asks for shard ${index} of only ${count}`
    this.fail(input, problem, 'use i/n with i from 1 to n, such as 1/4 (in a matrix: ${{ matrix.shard }}/4)')
    return undefined
  }

  /** An interpreter command as plain words, which are interpolated into the remote command. */
  shellWords(input: string, fallback: string): string[] {
    const words = (this.read(input) || fallback).split(/\s+/).filter(Boolean)
    if (words.length === 0 || !words.every((w) => SHELL_WORD.test(w)) || words[0].startsWith('-')) {
      this.fail(
        input,
        `"${printable(this.read(input))}" is not a plain interpreter command`,
        'use words such as "bash -euo pipefail" or "python3 -u", without quotes or shell syntax'
      )
    }
    return words
  }

  /** KEY=VALUE lines; names that the remote bootstrap reserves are refused. */
  envLines(input: string, reservedPrefix: string): Record<string, string> {
    const env: Record<string, string> = {}
    // A problem names the line by number, and by name only once the name is valid: never a value.
    this.read(input)
      .split('\n')
      .forEach((line, index) => {
        if (!line.trim()) return
        const eq = line.indexOf('=')
        const key = eq > 0 ? line.slice(0, eq).trim() : ''
        if (!ENV_KEY.test(key)) {
          this.fail(
            input,
            `line ${index + 1} is not KEY=VALUE with a valid name (its text is not shown: it may hold a secret)`,
            'write one KEY=VALUE per line; names are letters, digits and "_", and a value cannot span lines'
          )
        } else if (key.startsWith(reservedPrefix)) {
          this.fail(
            input,
            `line ${index + 1}: ${key} starts with ${reservedPrefix}, which the action keeps for itself`,
            'use another name'
          )
        } else if (READ_ONLY_IN_BASH.includes(key)) {
          this.fail(
            input,
            `line ${index + 1}: ${key} is read-only in bash, so the script would run without it`,
            'use another name'
          )
        } else env[key] = line.slice(eq + 1)
      })
    return env
  }

  /** `FROM -> TO` lines; `remoteSide` says which side is on the server. */
  transfers(input: string, remoteSide: 0 | 1): Transfer[] {
    const parsed = parseTransfers(this.read(input), remoteSide)
    if (typeof parsed !== 'string') return parsed
    const form = remoteSide === 1 ? 'local-path -> remote-path' : 'remote-path -> local-path'
    this.fail(input, parsed, `write one "${form}" per line`)
    return []
  }
}

export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '')
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host)
}

/** Keeps error messages on one line and bounded, whatever the user typed. */
export function printable(value: string): string {
  const flat = value.replace(/[\x00-\x1f\x7f]/g, '?')
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat
}
