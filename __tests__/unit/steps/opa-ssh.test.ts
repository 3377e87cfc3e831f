import { describe, expect, it } from '@jest/globals'
import { parseArgs } from '../../../src/steps/opa-ssh.js'

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
})
