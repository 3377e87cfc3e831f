/**
 * Both action.yml files declare exactly the inputs the code reads, and main
 * declares the fleet's inputs with the ssh sub-action's defaults. The names
 * come from the code itself (a reader that records what is asked for), so
 * an input added to the code but not to action.yml fails here.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { readInputs } from '../../../src/inputs/main.js'
import { readFleetInputs, readSshInputs } from '../../../src/inputs/ssh.js'
import { Validator, type InputReader } from '../../../src/inputs/validator.js'

type Declared = Record<string, { default?: string; required?: boolean }>

function declared(file: string): Declared {
  return (parse(readFileSync(file, 'utf8')) as { inputs: Declared }).inputs
}

const MAIN = declared('action.yml')
const SSH = declared('ssh/action.yml')

/** The least that makes every branch of the readers run: one-step mode included. */
const GIVEN: Record<string, string> = {
  team: 'acme',
  connection: 'github-actions',
  'opa-addr': 'https://acme.pam.okta.com',
  hosts: 'web-01',
  run: 'true'
}

/** Calls `readAll` with a reader that records each input asked for and answers from `values`. */
function namesRead(readAll: (read: InputReader) => unknown, values: Record<string, string> = GIVEN): string[] {
  const names = new Set<string>()
  readAll((name) => {
    names.add(name)
    return values[name] ?? ''
  })
  return [...names].sort()
}

/** What each input reads as when the runner passes action.yml's defaults. */
function withDefaults(inputs: Declared): Record<string, string> {
  const values = Object.fromEntries(Object.entries(inputs).map(([name, spec]) => [name, spec.default ?? '']))
  return { ...values, ...GIVEN }
}

const opa = { role: '', team: 'acme', connection: 'github-actions', opaAddr: 'https://acme.pam.okta.com', audience: '' }

describe('declared inputs', () => {
  it('action.yml declares every input the main and post steps read, and no other', () => {
    expect(Object.keys(MAIN).sort()).toEqual(namesRead((read) => readInputs(read)))
  })

  it('ssh/action.yml declares every input the ssh sub-action reads, and no other', () => {
    expect(Object.keys(SSH).sort()).toEqual(namesRead((read) => readSshInputs(read, {})))
  })

  it("Main declares each one-step fleet input with the ssh sub-action's default", () => {
    const fleet = namesRead((read) => readFleetInputs(new Validator(read), opa))
    expect(fleet.length).toBeGreaterThan(5)
    for (const name of fleet) {
      expect([name, MAIN[name]?.default ?? '']).toEqual([name, SSH[name]?.default ?? ''])
    }
  })

  it("The code's own fallbacks agree with both action.yml files' defaults", () => {
    const fromMain = (values: Record<string, string>) => readInputs((name) => values[name] ?? '')
    expect(fromMain(withDefaults(MAIN))).toEqual(fromMain(GIVEN))
    const fromSsh = (values: Record<string, string>) => readSshInputs((name) => values[name] ?? '', {})
    expect(fromSsh(withDefaults(SSH))).toEqual(fromSsh(GIVEN))
  })
})
