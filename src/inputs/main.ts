import type { Expectation } from '../auth/claims.js'
import { APT, NAME_RULES } from '../sft/contract.js'
import { readFleetInputs, type SshInputs } from './ssh.js'
import { Validator, type InputReader } from './validator.js'

export const INSTALL_METHODS = ['auto', 'download', 'apt', 'none'] as const
export type InstallMethod = (typeof INSTALL_METHODS)[number]

/** Every input of the main action, validated and typed. */
export interface Inputs {
  team: string
  connection: string
  role: string
  opaAddr: string
  audience: string
  sftVersion: string
  install: InstallMethod
  sftPath: string
  sftRepo: string
  sftChannel: string
  sftRepoKey: string
  exportEnv: boolean
  onNoOidc: 'fail' | 'skip'
  summary: boolean
  sshConfig: boolean
  expectClaims: Expectation[]
  oktaAdminUrl: string
  oktaOrgUrl: string
  oktaApiToken: string
  oktaLogsToken: string
  auditWait: number
  /** One-step mode (`hosts` and `run`): the fleet to run right after authenticating. */
  oneStep?: SshInputs
}

/**
 * Reads and validates every input before the action does anything, so that a
 * user with three mistakes learns about all three from one run.
 */
export function readInputs(read: InputReader): Inputs {
  const v = new Validator(read)

  const opaAddr = v.url('opa-addr', 'https://<org>.pam.okta.com')
  const inputs: Inputs = {
    team: v.name('team', NAME_RULES.team, true),
    connection: v.name('connection', NAME_RULES.connection, true),
    role: v.name('role', NAME_RULES.role, false),
    opaAddr,
    audience: v.audience('audience', opaAddr),
    sftVersion: v.version('sft-version'),
    install: v.choice('install', INSTALL_METHODS, 'auto'),
    sftPath: v.path('sft-path'),
    sftRepo: v.url('sft-repo', APT.defaultRepo, APT.defaultRepo).replace(/\/+$/, ''),
    sftChannel: v.name('sft-channel', NAME_RULES.channel, false) || APT.defaultChannel,
    sftRepoKey: v.repoKey('sft-repo-key'),
    exportEnv: v.boolean('export-env', true),
    onNoOidc: v.choice('on-no-oidc', ['fail', 'skip'] as const, 'fail'),
    summary: v.boolean('summary', true),
    sshConfig: v.boolean('ssh-config', false),
    expectClaims: v.expectations('expect-claims'),
    oktaAdminUrl: read('okta-admin-url').trim() ? v.url('okta-admin-url', 'https://<org>-admin.okta.com') : '',
    oktaOrgUrl: read('okta-org-url').trim() ? v.url('okta-org-url', 'https://<org>.okta.com') : '',
    oktaApiToken: read('okta-api-token').trim(),
    oktaLogsToken: read('okta-logs-token').trim(),
    auditWait: v.number('audit-wait', 30, 0, 600, 'seconds')
  }
  // action.yml declares the fleet's inputs with the ssh sub-action's defaults (__tests__/unit/inputs/declared.test.ts).
  if (read('hosts').trim() || read('hosts-file').trim()) inputs.oneStep = readFleetInputs(v, inputs)
  v.finish()
  return inputs
}
