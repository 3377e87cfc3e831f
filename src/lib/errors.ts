/**
 * One error type per stage of the action. Each carries the stage (used as the
 * message prefix, so a failed log line says where it broke), a hint that
 * tells the user what to change, and optional details that only go to the
 * debug log because they may be long or noisy.
 */
import * as log from './log.js'

export type Stage = 'inputs' | 'install' | 'oidc' | 'exchange' | 'ssh'

export class ActionError extends Error {
  constructor(
    readonly stage: Stage,
    message: string,
    readonly hint: string,
    readonly details: string[] = [],
    options?: ErrorOptions
  ) {
    super(message, options)
    this.name = new.target.name
    Object.setPrototypeOf(this, new.target.prototype)
  }
}

/** A problem with one input: what is wrong, and how to fix it. */
export interface InputProblem {
  input: string
  problem: string
  fix: string
}

export class InputError extends ActionError {
  constructor(readonly problems: InputProblem[]) {
    const count = problems.length === 1 ? '1 input is' : `${problems.length} inputs are`
    const lines = problems.map((p) => `  - ${p.input}: ${p.problem}. Fix: ${p.fix}`)
    super(
      'inputs',
      `${count} invalid:\n${lines.join('\n')}`,
      'Correct the inputs listed above in the `with:` block of this step.'
    )
  }
}

export class InstallError extends ActionError {
  constructor(message: string, hint: string, details?: string[], options?: ErrorOptions) {
    super('install', message, hint, details, options)
  }
}

export class OidcError extends ActionError {
  constructor(message: string, hint: string, details?: string[], options?: ErrorOptions) {
    super('oidc', message, hint, details, options)
  }
}

export class ExchangeError extends ActionError {
  constructor(message: string, hint: string, details?: string[], options?: ErrorOptions) {
    super('exchange', message, hint, details, options)
  }
}

export class SshError extends ActionError {
  constructor(message: string, hint: string, details?: string[], options?: ErrorOptions) {
    super('ssh', message, hint, details, options)
  }
}

/**
 * Renders any thrown value as the one line-block that goes to `setFailed`.
 * Unknown errors keep their message but get no stage, because guessing one
 * would mislead.
 */
export function formatFailure(error: unknown): string {
  if (error instanceof ActionError) {
    return `${error.stage}: ${error.message}\nHint: ${error.hint}`
  }
  return `unexpected error: ${messageOf(error)}`
}

/** Fails the step with the error's one line-block; its details go to the debug log. */
export function failStep(error: unknown): void {
  if (error instanceof ActionError) error.details.forEach((d) => log.debug(d))
  log.setFailed(formatFailure(error))
}

/** The message of anything thrown: an Error's message, or the value as text. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
