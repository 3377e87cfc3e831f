import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { executeWorkflowCommands } from '../../../sandbox/workflow-commands.js'
import * as log from '../../../src/lib/log.js'

/** Every line the gate writes to stdout, as the runner would read them. */
let printed: string[] = []
beforeEach(() => {
  printed = []
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed.push(String(chunk))
    return true
  })
})
afterEach(() => {
  log.resumeCommands()
  jest.restoreAllMocks()
})

const HOSTILE = [
  '::save-state name=system-files::["/etc/important"]',
  '   ::set-output name=audit-url::https://evil.example',
  '[web-01] ##[set-output name=x;]v1 mid-line',
  'progress 10%\r::set-output name=audit-url::https://evil.example',
  '##[stop-commands]attacker',
  '::add-mask::public-word',
  '::attacker::'
]

describe('log.ts, the gate to the runner log', () => {
  it('Prints plain lines as they are, with no command around them', () => {
    log.info('deploying version 1.2.3 to web-01')
    expect(printed.join('')).toBe('deploying version 1.2.3 to web-01\n')
  })

  it('Lets no foreign line run as a command, in any form', () => {
    for (const line of HOSTILE) log.info(line)
    const run = executeWorkflowCommands(printed.join(''))
    const ran = run.commands.filter((c) => c.accepted)
    expect(ran.map((c) => c.name)).toEqual(['stop-commands'])
    expect(run.state).toEqual({})
    expect(run.outputs).toEqual({})
    expect(run.masks).not.toContain('public-word')
  })

  it("Issues the action's own commands between foreign lines, and suspends again for the next one", () => {
    log.info('##[stop-commands]attacker')
    log.setSecret('renewed-token-value')
    log.info('::save-state name=x::1')
    log.error('a host failed')
    log.resumeCommands()
    log.notice('commands run again')
    log.info('::save-state name=y::2')
    const run = executeWorkflowCommands(printed.join(''))
    expect(run.masks).toContain('renewed-token-value')
    expect(run.state).toEqual({})
    const ran = run.commands.filter((c) => c.accepted).map((c) => (/^[0-9a-f]{32}$/.test(c.name) ? 'resume' : c.name))
    expect(ran).toEqual([
      'stop-commands',
      'resume',
      'add-mask',
      'stop-commands',
      'resume',
      'error',
      'stop-commands',
      'resume',
      'notice',
      'stop-commands'
    ])
  })
})
