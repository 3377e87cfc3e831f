import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { RunnerJob } from '../../../sandbox/runner.js'
import {
  executeWorkflowCommands,
  LineSplitter,
  renderLog,
  splitLines,
  type WorkflowCommand
} from '../../../sandbox/workflow-commands.js'

const names = (commands: WorkflowCommand[]): string[] => commands.map((c) => c.name)

describe('splitLines', () => {
  it('Ends a line at \\n, \\r\\n and a lone \\r, like the runner', () => {
    expect(splitLines('a\nb\r\nc\rd')).toEqual(['a', 'b', 'c', 'd'])
    expect(splitLines('a\n\nb\n')).toEqual(['a', '', 'b'])
    expect(splitLines('a\r')).toEqual(['a'])
    expect(splitLines('')).toEqual([])
  })

  it('Keeps a \\r\\n split across chunks as one newline', () => {
    const splitter = new LineSplitter()
    expect(splitter.push('a\r')).toEqual([])
    expect(splitter.push('\nb\r')).toEqual(['a'])
    expect(splitter.push('c')).toEqual(['b'])
    expect(splitter.end()).toEqual(['c'])
  })
})

describe('executeWorkflowCommands', () => {
  it('Executes a v2 command at the start of a line and after leading whitespace', () => {
    const result = executeWorkflowCommands('::save-state name=a::1\n  \t::set-output name=b::2\n')
    expect(result.state).toEqual({ a: '1' })
    expect(result.outputs).toEqual({ b: '2' })
    expect(result.commands).toEqual([
      { name: 'save-state', properties: { name: 'a' }, data: '1', form: 'v2', accepted: true },
      { name: 'set-output', properties: { name: 'b' }, data: '2', form: 'v2', accepted: true }
    ])
  })

  it('Executes a v1 command in the middle of a line', () => {
    const result = executeWorkflowCommands('progress: ##[save-state name=a;other=x]1\n')
    expect(result.commands).toEqual([
      { name: 'save-state', properties: { name: 'a', other: 'x' }, data: '1', form: 'v1', accepted: true }
    ])
    expect(result.state).toEqual({ a: '1' })
  })

  it('Does not take a v2 command after other text, but takes a v1 one', () => {
    expect(executeWorkflowCommands('[host] ::save-state name=x::1').commands).toEqual([])
    const v1 = executeWorkflowCommands('[host] ##[save-state name=x]1')
    expect(names(v1.commands)).toEqual(['save-state'])
    expect(v1.state).toEqual({ x: '1' })
  })

  it('Executes a command after a lone \\r and after \\r\\n', () => {
    const result = executeWorkflowCommands('50%\r::save-state name=a::1\r\n::save-state name=b::2')
    expect(result.state).toEqual({ a: '1', b: '2' })
  })

  it('Unescapes data and property values with the escapes of each form', () => {
    const v2 = executeWorkflowCommands('::set-output name=a%3Ab%2Cc%25%0A::x%0D%0Ay%25z%3A%2C%250A')
    expect(v2.outputs).toEqual({ 'a:b,c%\n': 'x\r\ny%z%3A%2C%0A' })
    const v1 = executeWorkflowCommands('##[set-output name=a%3Bb%5D%0A]x%3By%5Dz%0D%25')
    expect(v1.outputs).toEqual({ 'a;b]\n': 'x;y]z\r%' })
  })

  it('Matches command and property names case-insensitively', () => {
    const result = executeWorkflowCommands('::SAVE-STATE NAME=a::1')
    expect(result.commands).toEqual([
      { name: 'save-state', properties: { NAME: 'a' }, data: '1', form: 'v2', accepted: true }
    ])
    expect(result.state).toEqual({ a: '1' })
  })

  it('Ignores unknown commands and a line without the closing ::', () => {
    expect(executeWorkflowCommands('::nope::x\n::save-state name=a\n##[nope]x').commands).toEqual([])
  })

  it('Suspends every command after stop-commands until the token, then resumes', () => {
    const result = executeWorkflowCommands(
      [
        '::save-state name=before::1',
        '::stop-commands::pause-7a1b2c',
        '::save-state name=stopped::2',
        '::add-mask::stopped-secret',
        '::set-output name=stopped::3',
        '##[save-state name=stopped-v1]4',
        '::pause-7a1b2c::',
        '::save-state name=after::5',
        '::add-mask::after-secret',
        '::set-output name=after::6'
      ].join('\n')
    )
    expect(result.state).toEqual({ before: '1', after: '5' })
    expect(result.outputs).toEqual({ after: '6' })
    // A token longer than 6 characters is masked, as the runner does.
    expect(result.masks).toEqual(['pause-7a1b2c', 'after-secret'])
    expect(names(result.commands)).toEqual([
      'save-state',
      'stop-commands',
      'pause-7a1b2c',
      'save-state',
      'add-mask',
      'set-output'
    ])
    expect(result.executed.map((c) => c?.name)).toEqual([
      'save-state',
      'stop-commands',
      undefined,
      undefined,
      undefined,
      undefined,
      'pause-7a1b2c',
      'save-state',
      'add-mask',
      'set-output'
    ])
  })

  it('Resumes on the token in either form and in any case, and only on the token', () => {
    const result = executeWorkflowCommands(
      [
        '::stop-commands::Tok',
        '::tok',
        'x ::Tok::',
        '::save-state name=a::1',
        'x ##[TOK]',
        '::save-state name=b::2'
      ].join('\n')
    )
    expect(result.state).toEqual({ b: '2' })
    expect(result.commands.map((c) => [c.name, c.form])).toEqual([
      ['stop-commands', 'v2'],
      ['Tok', 'v1'],
      ['save-state', 'v2']
    ])
  })

  it('Refuses a stop-commands token that is empty or a command name, and keeps executing', () => {
    const result = executeWorkflowCommands(
      '::stop-commands::\n::stop-commands::save-state\n::stop-commands::pause-logging\n::save-state name=a::1'
    )
    expect(result.commands.map((c) => [c.name, c.accepted])).toEqual([
      ['stop-commands', false],
      ['stop-commands', false],
      ['stop-commands', false],
      ['save-state', true]
    ])
    expect(result.state).toEqual({ a: '1' })
  })

  it('Rejects add-path and set-env, as GitHub does', () => {
    const result = executeWorkflowCommands('::add-path::/evil/bin\n::set-env name=NODE_OPTIONS::--require=x\n')
    expect(result.commands.map((c) => [c.name, c.accepted])).toEqual([
      ['add-path', false],
      ['set-env', false]
    ])
    expect(result.commands[0].rejection).toContain('ACTIONS_ALLOW_UNSECURE_COMMANDS')
  })

  it('Rejects save-state and set-output without a name', () => {
    const result = executeWorkflowCommands('::save-state::1\n::set-output other=a::2')
    expect(result.commands.map((c) => c.accepted)).toEqual([false, false])
    expect(result.state).toEqual({})
    expect(result.outputs).toEqual({})
  })

  it('Registers add-mask values, each line of a multi-line one, and not an empty one', () => {
    const result = executeWorkflowCommands('::add-mask::one%0A two \n::add-mask::  \n')
    expect(result.masks).toEqual(['one\n two ', 'one', 'two'])
    expect(result.commands.map((c) => c.accepted)).toEqual([true, false])
  })

  it('Records annotations, groups, debug and echo without other effects', () => {
    const result = executeWorkflowCommands(
      '::error file=a.ts,line=3::boom\n::warning::w\n::notice::n\n::debug::d\n::group::g\n::endgroup::\n::echo::on\n'
    )
    expect(names(result.commands)).toEqual(['error', 'warning', 'notice', 'debug', 'group', 'endgroup', 'echo'])
    expect(result.commands[0].properties).toEqual({ file: 'a.ts', line: '3' })
    expect(result.commands.every((c) => c.accepted)).toBe(true)
    expect(result).toMatchObject({ state: {}, outputs: {}, masks: [] })
  })
})

describe('renderLog', () => {
  it('Masks values, hides executed commands and shows annotations', () => {
    const lines = [
      '::add-mask::s3cret',
      'token s3cret',
      '::error::bad%0As3cret',
      '::debug::dbg',
      '::save-state name=a::1'
    ]
    expect(renderLog(lines)).toBe('token ***\nError: bad\n***')
    expect(renderLog(lines, true)).toBe(
      '::add-mask::***\ntoken ***\nError: bad\n***\nDebug: dbg\n::save-state name=a::1'
    )
  })

  it('Shows commands printed while commands are stopped as plain text, unmasked', () => {
    const lines = ['::stop-commands::T', '::add-mask::s3cret', '::save-state name=a::1', 's3cret', '::T::']
    expect(renderLog(lines)).toBe(lines.join('\n'))
  })
})

describe('RunnerJob', () => {
  let job: RunnerJob
  beforeEach(() => {
    job = new RunnerJob()
  })
  afterEach(() => job.dispose())

  /** Writes a node script into the job's directory and returns its path. */
  function script(name: string, body: string): string {
    const file = path.join(job.dir, name)
    writeFileSync(file, body)
    return file
  }

  /** An action whose main prints `mainOutput` and whose post prints its STATE_x. */
  function action(mainOutput: string[], mainBody = ''): string {
    const dir = path.join(job.dir, 'action')
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, 'action.yml'), 'name: t\nruns:\n  using: node24\n  main: main.js\n  post: post.js\n')
    writeFileSync(
      path.join(dir, 'main.js'),
      `${mainBody}\nprocess.stdout.write(${JSON.stringify(mainOutput.join('\n'))})\n`
    )
    writeFileSync(path.join(dir, 'post.js'), "process.stdout.write(`x=${process.env.STATE_x ?? '(unset)'}`)\n")
    return dir
  }

  it('Executes the commands a run step prints and stops at stop-commands', async () => {
    const lines = [
      '::save-state name=x::1',
      '::stop-commands::T',
      '::save-state name=y::2',
      '::T::',
      '::save-state name=z::3'
    ]
    const file = script('step.js', `console.log(${JSON.stringify(lines.join('\n'))})\n`)
    const step = await job.runScript(process.execPath, [file])
    expect(step.exitCode).toBe(0)
    expect(step.state).toEqual({ x: '1', z: '3' })
    expect(names(step.commands)).toEqual(['save-state', 'stop-commands', 'T', 'save-state'])
  })

  it('Executes commands printed on stderr too, in one command state with stdout', async () => {
    const file = script(
      'step.js',
      "process.stderr.write('::add-mask::hush-hush\\n')\nsetTimeout(() => process.stdout.write('said hush-hush\\n'), 50)\n"
    )
    const step = await job.runScript(process.execPath, [file])
    expect(step.masks).toEqual(['hush-hush'])
    expect(step.lines).toEqual([
      { stream: 'stderr', text: '::add-mask::hush-hush' },
      { stream: 'stdout', text: 'said hush-hush' }
    ])
    expect(RunnerJob.render(step)).toBe('said ***')
  })

  it('Hands the state a save-state command set to the post step', async () => {
    const actionDir = action(['::save-state name=x::1'])
    const main = await job.runAction('main', {}, { actionDir })
    expect(main.state).toEqual({ x: '1' })
    const post = await job.runAction('post', {}, { actionDir })
    expect(post.stdout).toBe('x=1')
  })

  it('Does not hand the post step a save-state printed after stop-commands', async () => {
    const actionDir = action(['::stop-commands::T', '::save-state name=x::1'])
    const main = await job.runAction('main', {}, { actionDir })
    expect(main.state).toEqual({})
    expect(main.commands.map((c) => c.name)).toEqual(['stop-commands'])
    const post = await job.runAction('post', {}, { actionDir })
    expect(post.stdout).toBe('x=(unset)')
  })

  it('Lets GITHUB_STATE win over a save-state command, as the runner reads the file after the step', async () => {
    const actionDir = action(
      ['::save-state name=x::command', '::save-state name=y::command'],
      "process.getBuiltinModule('node:fs').appendFileSync(process.env.GITHUB_STATE, 'x=file\\n')"
    )
    const main = await job.runAction('main', {}, { actionDir })
    expect(main.state).toEqual({ x: 'file', y: 'command' })
    const post = await job.runAction('post', {}, { actionDir })
    expect(post.stdout).toBe('x=file')
  })
})
