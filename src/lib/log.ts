/**
 * The one gate between text and the runner's log. The runner reads every
 * line a step prints, on stdout and stderr, for workflow commands: `::name::`
 * at a line's start, the legacy `##[name]` anywhere in a line, and a lone
 * `\r` starts a new line. Text from outside (a server's output, sft's words,
 * a claim, a path from state) must never be read as one, or it could save
 * state that post acts on, set outputs, or stop the masking of a token.
 *
 * So: a line that could be read as a command is printed only while commands
 * are suspended with `::stop-commands::` and a token nobody else can know
 * (fresh for each step). The action's own commands (masks, annotations,
 * groups) resume them for the instant they are issued. Commands are resumed
 * before the process exits.
 */
import * as core from '@actions/core'
import { randomBytes } from 'node:crypto'
import { EOL } from 'node:os'

/** Anything the runner could read as a command, or as the start of a new line. */
const COMMAND_LIKE = /::|##\[|[\r\n]/

let stopToken: string | undefined
let resumesAtExit = false

function write(line: string): void {
  process.stdout.write(`${line}${EOL}`)
}

function suspend(): void {
  if (stopToken) return
  stopToken = randomBytes(16).toString('hex')
  write(`::stop-commands::${stopToken}`)
  if (!resumesAtExit) process.on('exit', resume)
  resumesAtExit = true
}

/** Lets commands run again; the next line that needs it suspends them under a fresh token. */
function resume(): void {
  if (!stopToken) return
  write(`::${stopToken}::`)
  stopToken = undefined
}

/** Issues one of the action's own commands, with commands running for that instant. */
function own<T>(issue: () => T): T {
  if (!stopToken) return issue()
  const token = stopToken
  resume()
  try {
    return issue()
  } finally {
    stopToken = token
    write(`::stop-commands::${token}`)
  }
}

/**
 * A line of text for the log that may hold anything. A line that no runner
 * could read as a command is printed as it is; any other is printed with
 * commands suspended, and they stay suspended until the action's own next
 * command or the end of the step.
 */
export function info(text: string): void {
  if (COMMAND_LIKE.test(text)) suspend()
  core.info(text)
}

export const debug = (message: string): void => own(() => core.debug(message))
export const notice = (message: string): void => own(() => core.notice(message))
export const warning = (message: string): void => own(() => core.warning(message))
export const error = (message: string, properties?: core.AnnotationProperties): void =>
  own(() => core.error(message, properties))
export const startGroup = (name: string): void => own(() => core.startGroup(name))
export const endGroup = (): void => own(() => core.endGroup())
let announcesSecrets = true

/**
 * For a process that may run while its caller has stopped commands
 * (`opa-ssh` in a `run:` step): the runner would print an `::add-mask::`
 * line as it is, secret and all. Such a process announces no secret and
 * keeps every one it holds out of what it prints by itself instead.
 */
export function withholdSecrets(): void {
  announcesSecrets = false
}

export const setSecret = (secret: string): void => {
  if (announcesSecrets) own(() => core.setSecret(secret))
}
export const setFailed = (message: string): void => own(() => core.setFailed(message))

/** Ends the suspension now, for a step that prints nothing more from outside. */
export const resumeCommands = resume
