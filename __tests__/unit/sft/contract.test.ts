import { describe, expect, it } from '@jest/globals'
import {
  accountForRole,
  authenticateArgs,
  extractToken,
  localFailureOf,
  looksTooOldForWorkloads,
  parseSftVersion
} from '../../../src/sft/contract.js'

describe('contract.ts', () => {
  it('Builds the documented authenticate argv, with --role-hint only when set', () => {
    const base = { team: 't', connection: 'c', jwtEnv: 'V', roleHint: '' }
    expect(authenticateArgs(base)).toEqual([
      'workload',
      'authenticate',
      '--team',
      't',
      '--connection',
      'c',
      '--jwt-env',
      'V'
    ])
    expect(authenticateArgs({ ...base, roleHint: 'r' }).slice(-2)).toEqual(['--role-hint', 'r'])
  })

  it.each([
    ['sft version 1.114.0\n', '1.114.0'],
    ['sft 1.108.0', '1.108.0'],
    ['1.90.1~rc1', '1.90.1~rc1'],
    ['sft version v1.2.3', '1.2.3'],
    ['no version here', undefined]
  ])('Parses the version from %j', (output, version) => {
    expect(parseSftVersion(output)).toBe(version)
  })

  it('Recognises the error texts of a client without workload commands', () => {
    expect(looksTooOldForWorkloads('Error: unknown command "workload" for "sft"')).toBe(true)
    expect(looksTooOldForWorkloads('unknown subcommand "authenticate"')).toBe(true)
    expect(looksTooOldForWorkloads("No help topic for 'workload'")).toBe(true)
    expect(looksTooOldForWorkloads('flag provided but not defined: -jwt-env')).toBe(true)
    expect(looksTooOldForWorkloads('JWT validation failed: claim "ref"')).toBe(false)
  })

  it('Extracts a bare token, a JSON envelope, nothing, or rejects junk', () => {
    const jwt = 'eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlc2lnbmF0dXJl'
    expect(extractToken(`${jwt}\n`)).toBe(jwt)
    expect(extractToken(JSON.stringify({ access_token: jwt }))).toBe(jwt)
    expect(extractToken('  \n')).toBeUndefined()
    expect(extractToken('Welcome!\nsecond line')).toBeNull()
    expect(extractToken('{"token": 42}')).toBeNull()
    expect(extractToken('{not json')).toBeNull()
    expect(extractToken('short')).toBeNull()
  })

  it('Maps a role to its wl_ account the way the OPA console shows it', () => {
    expect(accountForRole('deployer')).toBe('wl_deployer')
    expect(accountForRole('workload-role-1')).toBe('wl_workload_role_1')
    expect(accountForRole('')).toBe('')
  })
})

describe('localFailureOf: sft never reached OPA', () => {
  const url = '"https://acme.pam.okta.com/v1/teams/acme/workload_tokens"'
  it.each([
    ['dns', `Post ${url}: dial tcp: lookup acme.pam.okta.com on 127.0.0.53:53: no such host`],
    [
      'dns',
      `Error: authenticating: Post ${url}: dial tcp: lookup acme.pam.okta.com: Temporary failure in name resolution`
    ],
    ['network', `Post ${url}: dial tcp 10.0.0.7:443: connect: connection refused`],
    ['network', `Post ${url}: dial tcp 10.0.0.7:443: i/o timeout`],
    ['network', `Post ${url}: EOF`],
    ['tls', `Post ${url}: tls: failed to verify certificate: x509: certificate signed by unknown authority`],
    ['tls', `Post ${url}: x509: certificate is valid for proxy.corp, not acme.pam.okta.com`],
    ['proxy', `Post ${url}: Forbidden`],
    ['proxy', `Post ${url}: Proxy Authentication Required`],
    ['proxy', `Post ${url}: Service Unavailable`],
    ['proxy', `Post ${url}: proxyconnect tcp: dial tcp 10.0.0.1:3128: connect: connection refused`]
  ])('Reads %s from: %s', (kind, stderr) => {
    expect(localFailureOf(stderr)).toBe(kind)
  })

  it.each([
    'Error: JWT claim "ref" is "refs/heads/main", expected "refs/heads/release"',
    'Error: Forbidden',
    'Error: workload connection "github-actions" not found',
    'OPA_TOKEN is not valid: token expired'
  ])("Leaves OPA's own answer to OPA: %s", (stderr) => {
    expect(localFailureOf(stderr)).toBeUndefined()
  })
})
