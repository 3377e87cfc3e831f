import { describe, expect, it } from '@jest/globals'
import { main, parseArgs } from '../../../src/steps/opa-ssh.js'

describe('opa-ssh arguments', () => {
  it('Maps options onto the ssh inputs', () => {
    expect(
      parseArgs([
        '--parallel',
        '4',
        '--no-fail-fast',
        '--timeout',
        '30',
        '--json',
        'r.json',
        'h1',
        'h2',
        '--',
        'echo',
        'a b'
      ])
    ).toEqual({
      inputs: { run: 'echo a b', 'fail-fast': 'false', 'max-parallel': '4', 'timeout-minutes': '0.5', hosts: 'h1,h2' },
      json: 'r.json'
    })
    expect(
      parseArgs([
        '--hosts-file',
        'hosts.txt',
        '--shard',
        '2/4',
        '--canary',
        '1',
        '--batch-size',
        '25%',
        '--max-failures',
        '10%',
        '--',
        'true'
      ]).inputs
    ).toEqual({
      run: 'true',
      'fail-fast': 'true',
      'hosts-file': 'hosts.txt',
      shard: '2/4',
      canary: '1',
      'batch-size': '25%',
      'max-failures': '10%',
      hosts: ''
    })
    expect(() => parseArgs(['--shard'])).toThrow('missing "-- COMMAND"')
    expect(() => parseArgs(['--shard', '--', 'x'])).toThrow('--shard needs a value')
    expect(() => parseArgs(['h1'])).toThrow('missing "-- COMMAND"')
    expect(() => parseArgs(['--bogus', 'h', '--', 'x'])).toThrow('unknown option --bogus')
  })

  it('Prints the usage on stdout and exits 0 for -h and --help', async () => {
    for (const argv of [['--help'], ['-h'], ['web-01', '-h', '--', 'x']]) {
      let printed = ''
      expect(await main(argv, (text) => (printed += text))).toBe(0)
      expect(printed).toMatch(/^usage: opa-ssh /)
      expect(printed).toContain('--timeout SECONDS  per-host limit, whole seconds from 3 to 21600')
    }
  })

  it("Refuses sub-second and too-short timeouts in seconds, the CLI's own unit", () => {
    expect(parseArgs(['--timeout', '3', 'h', '--', 'x']).inputs['timeout-minutes']).toBe('0.05')
    expect(parseArgs(['--timeout', '21600', 'h', '--', 'x']).inputs['timeout-minutes']).toBe('360')
    for (const bad of ['2', '0.5', '1e3', '-5', 'ten', '21601']) {
      expect(() => parseArgs(['--timeout', bad, 'h', '--', 'x'])).toThrow(
        `--timeout "${bad}" is not a whole number of seconds from 3 to 21600`
      )
    }
  })
})
