/**
 * The main step's run(), as the entry point and GitHub's local-action call
 * it: the inputs first, and the rest of the action only for valid ones, so a
 * run with a bad input fails in about the time Node takes to start.
 */
import * as core from '@actions/core'
import { readInputs, type Inputs } from './inputs/main.js'
import { failStep } from './lib/errors.js'

export async function run(): Promise<void> {
  let inputs: Inputs
  try {
    inputs = readInputs((name) => core.getInput(name))
  } catch (error) {
    failStep(error)
    return
  }
  await (await import('./steps/main.js')).run(inputs)
}
