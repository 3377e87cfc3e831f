/**
 * Workflow commands, executed the way the GitHub Actions runner executes
 * them from a step's output (actions/runner: src/Runner.Common/ActionCommand.cs
 * parses a line, src/Runner.Worker/ActionCommandManager.cs executes it, and
 * src/Runner.Worker/Handlers/OutputManager.cs hands it every stdout and
 * stderr line). The sandbox runner uses it so tests see every command a step
 * really executed, including ones it printed without meaning to, such as a
 * remote server's output that happens to read `::save-state ...`.
 */

export type CommandForm = 'v2' | 'v1'

export interface WorkflowCommand {
  /** The command's name as the runner registers it, or the stop-commands token a resume matched. */
  name: string
  /** Unescaped property values. Keys match case-insensitively; a repeated key keeps its first spelling. */
  properties: Record<string, string>
  /** The unescaped data after the command. */
  data: string
  /** `::name k=v,k=v::data` (v2) or the legacy `##[name k=v;k=v]data` (v1). */
  form: CommandForm
  /** False when the runner refused the command: on GitHub that fails the step (an empty add-mask only warns). */
  accepted: boolean
  /** Why the runner refused it. */
  rejection?: string
}

export interface CommandExecution {
  /** The commands the runner executed, in order; lines ignored while commands were stopped are not here. */
  commands: WorkflowCommand[]
  /** What save-state set, for the post step. */
  state: Record<string, string>
  /** What set-output set. */
  outputs: Record<string, string>
  /** The values the runner now masks, in the order it learned them. */
  masks: string[]
  /** For each input line, the command it executed, if any. */
  executed: Array<WorkflowCommand | undefined>
}

/**
 * Splits output into lines as the runner's reader (.NET StreamReader.ReadLine)
 * does: at `\n`, `\r\n` or a lone `\r`, so a command right after a progress
 * line that ends in `\r` starts a line of its own. Feed it chunks as they arrive.
 */
export class LineSplitter {
  private rest = ''

  /** The lines that `chunk` completes. */
  push(chunk: string): string[] {
    const text = this.rest + chunk
    const lines: string[] = []
    let start = 0
    for (const { 0: newline, index } of text.matchAll(/\r\n|\r|\n/g)) {
      // A `\r` at the very end may be the first half of a `\r\n` still to come.
      if (newline === '\r' && index === text.length - 1) break
      lines.push(text.slice(start, index))
      start = index + newline.length
    }
    this.rest = text.slice(start)
    return lines
  }

  /** The last line, when the output did not end with a newline. */
  end(): string[] {
    const lines = this.rest ? [this.rest.replace(/\r$/, '')] : []
    this.rest = ''
    return lines
  }
}

export function splitLines(text: string): string[] {
  const splitter = new LineSplitter()
  return [...splitter.push(text), ...splitter.end()]
}

// .NET's Char.IsWhiteSpace, which String.Trim uses: unlike JavaScript's \s it has U+0085 and not U+FEFF.
const WHITESPACE = '[\\t-\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+'
const LEADING_WHITESPACE = new RegExp(`^${WHITESPACE}`)
const TRAILING_WHITESPACE = new RegExp(`${WHITESPACE}$`)
const trimStart = (text: string): string => text.replace(LEADING_WHITESPACE, '')
const trim = (text: string): string => trimStart(text).replace(TRAILING_WHITESPACE, '')

// The runner compares command and property names with OrdinalIgnoreCase, which upper-cases both sides.
const fold = (name: string): string => name.toUpperCase()

/**
 * Every command the runner registers (ActionCommandManager.cs), by folded
 * name. `notice` counts only when the server enables enhanced annotations,
 * as github.com does.
 */
const COMMANDS = new Map(
  [
    'add-mask',
    'add-matcher',
    'add-path',
    'debug',
    'echo',
    'endgroup',
    'error',
    'group',
    'notice',
    'remove-matcher',
    'save-state',
    'set-env',
    'set-output',
    'stop-commands',
    'warning'
  ].map((name) => [fold(name), name])
)

/** Commands whose line the runner does not repeat when `::echo::on` (their extension's OmitEcho). */
const OMIT_ECHO = new Set(['add-mask', 'debug', 'error', 'notice', 'warning'])

type Escapes = ReadonlyArray<readonly [escaped: string, raw: string]>

// Undone one replacement after another in this order, as the runner does, so `%250A` becomes `%0A`.
const V2_DATA: Escapes = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%25', '%']
]
const V2_PROPERTY: Escapes = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%3A', ':'],
  ['%2C', ','],
  ['%25', '%']
]
// v1 uses the same escapes for data and property values.
const V1: Escapes = [
  ['%3B', ';'],
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%5D', ']'],
  ['%25', '%']
]

const unescape = (text: string, escapes: Escapes): string =>
  escapes.reduce((out, [escaped, raw]) => out.replaceAll(escaped, raw), text)

type ParsedCommand = Pick<WorkflowCommand, 'name' | 'properties' | 'data' | 'form'>

/** Looks a command name up among the registered ones; undefined when the runner would not know it. */
type Resolve = (name: string) => string | undefined

/**
 * `k=v` pairs split at `separator`. A pair needs a key and a value; the
 * quirks of .NET's Split(RemoveEmptyEntries) for a value that starts with
 * `=` are not emulated.
 */
function parseProperties(text: string, separator: string, escapes: Escapes): Record<string, string> {
  const byKey = new Map<string, [key: string, value: string]>()
  for (const pair of text.split(separator)) {
    const equals = pair.indexOf('=')
    if (equals <= 0 || equals === pair.length - 1) continue
    const key = pair.slice(0, equals)
    byKey.set(fold(key), [byKey.get(fold(key))?.[0] ?? key, unescape(pair.slice(equals + 1), escapes)])
  }
  return Object.fromEntries(byKey.values())
}

/** Splits `name k=v...` into the resolved name and the raw properties text. */
function splitInfo(info: string, resolve: Resolve): { name: string; properties?: string } | undefined {
  const space = info.indexOf(' ')
  const name = resolve(space < 0 ? info : info.slice(0, space))
  if (name === undefined) return undefined
  return { name, properties: space > 0 ? info.slice(space + 1) : undefined }
}

/** `::name k=v,k=v::data`, which counts only at the start of the line once leading whitespace is trimmed. */
function parseV2(line: string, resolve: Resolve): ParsedCommand | undefined {
  const message = trimStart(line)
  if (!message.startsWith('::')) return undefined
  const end = message.indexOf('::', 2)
  if (end < 0) return undefined
  const info = splitInfo(message.slice(2, end), resolve)
  if (!info) return undefined
  return {
    name: info.name,
    properties: info.properties === undefined ? {} : parseProperties(trim(info.properties), ',', V2_PROPERTY),
    data: unescape(message.slice(end + 2), V2_DATA),
    form: 'v2'
  }
}

/** `##[name k=v;k=v]data`, which counts anywhere in the line: the runner searches for `##[`. */
function parseV1(line: string, resolve: Resolve): ParsedCommand | undefined {
  const prefix = line.indexOf('##[')
  if (prefix < 0) return undefined
  const bracket = line.indexOf(']', prefix)
  if (bracket < 0) return undefined
  const info = splitInfo(line.slice(prefix + 3, bracket), resolve)
  if (!info) return undefined
  return {
    name: info.name,
    properties: info.properties === undefined ? {} : parseProperties(info.properties, ';', V1),
    data: unescape(line.slice(bracket + 1), V1),
    form: 'v1'
  }
}

const property = (command: ParsedCommand, key: string): string | undefined =>
  Object.entries(command.properties).find(([k]) => fold(k) === fold(key))?.[1]

/** One step's command processing: the runner keeps this state for both output streams of a step. */
class CommandExecutor {
  readonly commands: WorkflowCommand[] = []
  readonly state = new Map<string, string>()
  readonly outputs = new Map<string, string>()
  readonly masks: string[] = []
  /** While commands are stopped, the token that resumes them. */
  private stopToken: string | undefined

  // While stopped, the runner registers the token as a command name so that `::TOKEN::` parses.
  private readonly resolve: Resolve = (name) =>
    COMMANDS.get(fold(name)) ??
    (this.stopToken !== undefined && fold(name) === fold(this.stopToken) ? this.stopToken : undefined)

  execute(line: string): WorkflowCommand | undefined {
    if (!line) return undefined
    const parsed = parseV2(line, this.resolve) ?? parseV1(line, this.resolve)
    if (!parsed) return undefined
    if (this.stopToken === undefined) return this.record(parsed, this.apply(parsed))
    // Stopped: only the token resumes, and every other command is plain output.
    if (parsed.name !== this.stopToken) return undefined
    this.stopToken = undefined
    return this.record(parsed, undefined)
  }

  private record(parsed: ParsedCommand, rejection: string | undefined): WorkflowCommand {
    const command: WorkflowCommand = { ...parsed, accepted: rejection === undefined }
    if (rejection !== undefined) command.rejection = rejection
    this.commands.push(command)
    return command
  }

  /** Applies a command's effect; returns why the runner refuses it, if it does. */
  private apply(command: ParsedCommand): string | undefined {
    switch (command.name) {
      case 'stop-commands':
        return this.stop(command.data)
      case 'save-state':
        return this.setNamed(this.state, command)
      case 'set-output':
        return this.setNamed(this.outputs, command)
      case 'add-mask':
        return this.addMask(command.data)
      case 'set-env':
      case 'add-path':
        // Disabled on GitHub unless the workflow sets ACTIONS_ALLOW_UNSECURE_COMMANDS, which the sandbox never does.
        return `The ${command.name} command is disabled (ACTIONS_ALLOW_UNSECURE_COMMANDS is not set)`
      case 'echo':
        return /^(on|off)$/i.test(trim(command.data)) ? undefined : `Invalid echo command value '${command.data}'`
      default:
        // Annotations, groups, debug messages and problem matchers change only what the log shows.
        return undefined
    }
  }

  private stop(token: string): string | undefined {
    // ValidateStopToken refuses these tokens (and the runner fails the step); nothing is stopped.
    if (!token || COMMANDS.has(fold(token)) || fold(token) === fold('pause-logging'))
      return `Invalid stop-commands token '${token}'`
    this.stopToken = token
    // The runner masks a token longer than 6 characters too, so the log does not show how to resume.
    if (token.length > 6) this.masks.push(token)
    return undefined
  }

  private setNamed(values: Map<string, string>, command: ParsedCommand): string | undefined {
    const name = property(command, 'name')
    if (!name) return `Required field 'name' is missing in ##[${command.name}] command.`
    values.set(name, command.data)
    return undefined
  }

  private addMask(value: string): string | undefined {
    if (!trim(value)) return "Can't add secret mask for empty string in ##[add-mask] command."
    // The runner also masks each line of a multi-line value, as later output reaches it line by line.
    const lines = value.split(/[\r\n]/).map(trim)
    this.masks.push(value, ...lines.filter((line) => line && line !== value))
    return undefined
  }
}

/** Executes the commands in a step's output (text, or lines already split), as the runner does. */
export function executeWorkflowCommands(output: string | readonly string[]): CommandExecution {
  const lines = typeof output === 'string' ? splitLines(output) : output
  const executor = new CommandExecutor()
  const executed = lines.map((line) => executor.execute(line))
  return {
    commands: executor.commands,
    state: Object.fromEntries(executor.state),
    outputs: Object.fromEntries(executor.outputs),
    masks: executor.masks,
    executed
  }
}

const capitalize = (name: string): string => `${name[0].toUpperCase()}${name.slice(1)}`

/** What the runner prints for one executed command line. */
function display(command: WorkflowCommand, line: string, echo: boolean, debug: boolean): string[] {
  if (!command.accepted) return [`${command.name === 'add-mask' ? 'Warning' : 'Error'}: ${command.rejection}`]
  // The runner always prints the stop-commands line and the line that resumes.
  if (command.name === 'stop-commands' || !COMMANDS.has(fold(command.name))) return [line]
  const echoed = echo && !OMIT_ECHO.has(command.name) ? [line] : []
  switch (command.name) {
    case 'error':
    case 'warning':
    case 'notice':
      return [`${capitalize(command.name)}: ${command.data}`]
    case 'debug':
      return debug ? [`Debug: ${command.data}`] : []
    case 'add-mask':
      return echo ? ['::add-mask::***'] : []
    case 'group':
      return [...echoed, `▸ ${command.data}`]
    default:
      return echoed
  }
}

/**
 * A step's log as a user sees it: commands executed (so a line printed while
 * commands are stopped stays as it is), masked values replaced by ***,
 * annotations as readable lines, debug messages only when debugging, and
 * command lines repeated after `::echo::on` or when debugging (step debug
 * turns echo on, ExecutionContext.cs). Unlike the runner, which masks only
 * what comes after a value is registered, it masks every line of the step.
 */
export function renderLog(lines: readonly string[], debug = false): string {
  const { executed, masks } = executeWorkflowCommands(lines)
  // Longest first, so a value that contains another is replaced whole.
  const secrets = [...new Set(masks)].sort((a, b) => b.length - a.length)
  const mask = (text: string): string => secrets.reduce((out, secret) => out.split(secret).join('***'), text)
  let echo = debug
  const shown: string[] = []
  lines.forEach((line, i) => {
    const command = executed[i]
    shown.push(...(command ? display(command, line, echo, debug) : [line]).map(mask))
    if (command?.name === 'echo' && command.accepted) echo = /^on$/i.test(trim(command.data))
  })
  return shown.join('\n')
}
