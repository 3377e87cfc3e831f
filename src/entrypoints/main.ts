import * as core from '@actions/core'
import { readInputs, type Inputs } from '../inputs/main.js'
import { failStep } from '../lib/errors.js'

// The inputs first, and the rest of the action only for valid ones: a run
// with a bad input fails in about the time Node takes to start.
let inputs: Inputs | undefined
try {
  inputs = readInputs((name) => core.getInput(name))
} catch (error) {
  failStep(error)
}
/* istanbul ignore next */
if (inputs) await (await import('../steps/main.js')).run(inputs)
