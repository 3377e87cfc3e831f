import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../src/lib/errors.js'
import { readInputs } from '../../../src/inputs/main.js'
import { isLoopback } from '../../../src/inputs/validator.js'

const valid: Record<string, string> = {
  team: 'acme',
  connection: 'github-actions',
  role: 'deployer',
  'opa-addr': 'https://acme.pam.okta.com'
}

function read(overrides: Record<string, string> = {}) {
  const values = { ...valid, ...overrides }
  return readInputs((name) => values[name] ?? '')
}

function problemsOf(overrides: Record<string, string>): { input: string; problem: string; fix: string }[] {
  try {
    read(overrides)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as InputError).problems
  }
  throw new Error('expected an InputError')
}

describe('inputs.ts', () => {
  it('Applies the documented defaults', () => {
    expect(read()).toEqual({
      team: 'acme',
      connection: 'github-actions',
      role: 'deployer',
      opaAddr: 'https://acme.pam.okta.com',
      audience: 'https://acme.pam.okta.com',
      sftVersion: 'latest',
      install: 'auto',
      sftPath: '',
      sftRepo: 'https://dist.scaleft.com/repos/deb',
      sftChannel: 'okta',
      sftRepoKey: '',
      exportEnv: true,
      onNoOidc: 'fail',
      summary: true,
      sshConfig: false,
      expectClaims: [],
      oktaAdminUrl: '',
      oktaOrgUrl: '',
      oktaApiToken: '',
      oktaLogsToken: '',
      auditWait: 30,
      oneStep: undefined
    })
    expect(read()).not.toHaveProperty('oneStep')
  })

  it('Reads one-step hosts and run with the sub-action defaults, before anything runs', () => {
    const inputs = read({ hosts: 'web-01, web-02\nweb-01', run: 'echo hi' })
    expect(inputs.oneStep).toMatchObject({
      hosts: ['web-01', 'web-02'],
      run: 'echo hi',
      shell: ['bash', '-euo', 'pipefail'],
      maxParallel: 8,
      role: 'deployer',
      team: 'acme',
      opaAddr: 'https://acme.pam.okta.com'
    })
    expect(() => read({ hosts: '-oProxyCommand=x', run: 'true' })).toThrow(
      /hosts: "-oProxyCommand=x" is not a host name/
    )
    expect(() => read({ hosts: 'web-01' })).toThrow(/run: is empty and there is nothing to transfer/)
  })

  it('Keeps an explicit audience and trims whitespace', () => {
    expect(read({ audience: '  sandbox-audience  ', role: '' })).toMatchObject({
      audience: 'sandbox-audience',
      role: ''
    })
  })

  it.each([
    ['team', '', 'is required'],
    ['team', '-x', 'starts with "-"'],
    ['team', 'acme corp', 'characters that are not allowed'],
    ['connection', '', 'is required'],
    ['connection', 'conn.name', 'characters that are not allowed'],
    ['connection', '--help', 'starts with "-"'],
    ['role', 'de ployer', 'characters that are not allowed'],
    ['role', '-r', 'starts with "-"'],
    ['opa-addr', '', 'is required'],
    ['opa-addr', 'acme.pam.okta.com', 'is not a URL'],
    ['opa-addr', 'http://acme.pam.okta.com', 'plain http'],
    ['opa-addr', 'https://admin:secret@acme.pam.okta.com', 'contains credentials'],
    ['opa-addr', 'https://acme.pam.okta.com/?x=1', 'query string'],
    ['opa-addr', 'ftp://acme.pam.okta.com', 'scheme ftp:'],
    ['opa-addr', '-https://x', 'starts with "-"'],
    ['audience', 'two words', 'whitespace'],
    ['audience', '-aud', 'starts with "-"'],
    ['sft-version', 'newest', 'is not a version'],
    ['sft-version', '-1.0', 'starts with "-"'],
    ['install', 'brew', 'is not one of auto, download, apt, none'],
    ['sft-path', '-/usr/bin/sft', 'starts with "-"'],
    ['sft-repo', 'http://mirror.example.com/deb', 'plain http'],
    [
      'sft-repo',
      'https://mirror.example.com/deb\ndeb [trusted=yes] http://evil/ x y',
      'whitespace or control characters'
    ],
    ['sft-repo', 'https://u:p@mirror.example.com/deb', 'contains credentials'],
    ['sft-channel', 'okta preview', 'characters that are not allowed'],
    ['sft-repo-key', 'ABCD 1234', 'has 8 hex digits, not 40'],
    ['sft-repo-key', 'ftp://example.com/key', 'scheme ftp:'],
    ['export-env', 'yes', 'is not a boolean'],
    ['on-no-oidc', 'ignore', 'is not one of fail, skip'],
    ['summary', '1', 'is not a boolean']
  ])('Rejects %s=%j', (input, value, problem) => {
    const problems = problemsOf({ [input]: value })
    expect(problems).toHaveLength(1)
    expect(problems[0].input).toBe(input)
    expect(problems[0].problem).toContain(problem)
    expect(problems[0].fix.length).toBeGreaterThan(5)
  })

  it('Never echoes credentials found in opa-addr', () => {
    const problems = problemsOf({
      'opa-addr': 'https://admin:s3cr3t@acme.pam.okta.com'
    })
    expect(JSON.stringify(problems)).not.toContain('s3cr3t')
  })

  it('Reports every bad input at once', () => {
    const error = (() => {
      try {
        read({ team: '', connection: '-c', install: 'x' })
      } catch (e) {
        return e as InputError
      }
      throw new Error('expected an InputError')
    })()
    expect(error.message).toMatch(/^3 inputs are invalid:\n {2}- team: .*\n {2}- connection: .*\n {2}- install: /)
    expect(error.stage).toBe('inputs')
  })

  it('Accepts plain http only for loopback hosts', () => {
    expect(read({ 'opa-addr': 'http://127.0.0.1:8080' }).opaAddr).toBe('http://127.0.0.1:8080')
    expect(read({ 'opa-addr': 'http://localhost:8080' }).opaAddr).toBe('http://localhost:8080')
    expect(read({ 'opa-addr': 'http://[::1]:8080' }).opaAddr).toBe('http://[::1]:8080')
    expect(isLoopback('127.0.0.1.example.com')).toBe(false)
    expect(isLoopback('10.0.0.1')).toBe(false)
  })

  it('Normalises the repository inputs', () => {
    expect(
      read({
        'sft-repo': 'https://mirror.example.com/deb/',
        'sft-channel': 'okta-preview',
        'sft-repo-key': 'd3c8 f704 dd75 d726 9613  3d8c 4615 f9b0 74d6 69cf'
      })
    ).toMatchObject({
      sftRepo: 'https://mirror.example.com/deb',
      sftChannel: 'okta-preview',
      sftRepoKey: 'D3C8F704DD75D72696133D8C4615F9B074D669CF'
    })
    expect(read({ 'sft-repo-key': 'https://example.com/KEY' }).sftRepoKey).toBe('https://example.com/KEY')
  })

  it('Accepts Debian version strings for sft-version', () => {
    for (const version of ['1.114.0', '1:1.114.0-1', '1.90.1~rc1', '1.114.0+build2']) {
      expect(read({ 'sft-version': version }).sftVersion).toBe(version)
    }
  })
})
