/**
 * The sandbox: GitHub's OIDC service, OPA, real OpenSSH target servers, the
 * Okta System Log and the sft client on one machine, wired together.
 * `startSandbox()` is the programmatic API the tests, the demo and the
 * benchmarks use; `sandbox/cli.ts` wraps it for `npm run sandbox`.
 */
import { execFileSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildAptRepo, serveDirectory, type AptRepo, type AptRepoOptions, type StaticServer } from './apt-repo.js'
import { writeSft } from './build.js'
import { writeControlPlane, type ControlPlane } from './control-plane.js'
import { startGithubOidc, type GithubOidc, type GithubOidcOptions, type OidcFaults } from './github-oidc.js'
import { freePorts, SSHD, TargetHost, type Login } from './hosts.js'
import { startOpa, type OpaService } from './opa.js'
import { startSystemLogApi, SystemLog, type NewLogEvent, type SystemLogServer } from './system-log.js'

export interface SandboxOptions {
  github?: GithubOidcOptions
  oidcFaults?: OidcFaults
  sftVersion?: string
  /** Number of target servers with a real sshd (target-server-01 ...); 0 for none. */
  hosts?: number
  configure?: (plane: ControlPlane) => void
  /** Also build and serve a Debian repository of sft packages. */
  repo?: AptRepoOptions
}

export interface Sandbox {
  dir: string
  controlPlanePath: string
  github: GithubOidc
  opa: OpaService
  sftPath: string
  hosts: Map<string, TargetHost>
  systemLog: SystemLog
  systemLogApi: SystemLogServer
  /** The Debian repository, when `repo` was given. */
  repo?: AptRepo & { server: StaticServer; url: string }
  team: string
  connection: string
  role: string
  /** The environment a job needs to reach this sandbox. */
  jobEnv(): Record<string, string>
  /** Every credential the sandbox handed out, for leak checks. */
  secrets(): string[]
  stop(): Promise<void>
}

export function hostName(index: number): string {
  return `target-server-${String(index + 1).padStart(2, '0')}`
}

export function defaultControlPlane(jwksUrl: string, hosts = 3): ControlPlane {
  const names = Array.from({ length: Math.max(hosts, 3) }, (_, i) => hostName(i))
  return {
    team: 'acme',
    teamId: randomUUID(),
    issuerId: randomUUID(),
    connections: {
      'github-actions': {
        id: randomUUID(),
        jwksUrl,
        requiredClaims: [
          { claim: 'repository_owner', operator: 'equals', value: 'octo-org' },
          { claim: 'repository', operator: 'equals', value: 'octo-org/deploy-app' }
        ],
        ttlSeconds: 900,
        status: 'active'
      }
    },
    roles: {
      deployer: {
        connection: 'github-actions',
        conditions: [{ claim: 'ref', operator: 'equals', value: 'refs/heads/main' }],
        servers: names,
        sudoCommands: ['/usr/bin/systemctl restart app']
      }
    },
    servers: Object.fromEntries([...names, 'db-server-01'].map((name) => [name, { id: randomUUID() }])),
    knobs: {}
  }
}

/** The sandbox needs root (namespaces, accounts) and sshd; install sshd if it can. */
export function ensurePrerequisites(): void {
  if (process.getuid?.() !== 0) {
    throw new Error(
      'The sandbox needs root: it creates mount namespaces and accounts for its target servers. Run it with sudo.'
    )
  }
  if (existsSync(SSHD)) return
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore' })
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'openssh-server', 'openssh-client'], {
      stdio: 'ignore',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    })
  } catch {
    throw new Error(`${SSHD} is missing and apt-get could not install openssh-server. Install it, then try again.`)
  }
}

/** Undoes one step of the start-up; they run in reverse order. */
type Stop = () => Promise<unknown> | void

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const hostCount = options.hosts ?? 3
  if (hostCount > 0) ensurePrerequisites()
  const dir = mkdtempSync(path.join(tmpdir(), 'opa-sandbox-'))
  const stops: Stop[] = [() => rmSync(dir, { recursive: true, force: true })]
  const stop = async (): Promise<void> => {
    for (const step of stops.reverse()) await step()
  }
  try {
    return { ...(await startParts(dir, hostCount, options, stops)), stop }
  } catch (error) {
    await stop()
    throw error
  }
}

/** Starts each part after the parts it needs, adding its stop to `stops` as soon as it runs. */
async function startParts(
  dir: string,
  hostCount: number,
  options: SandboxOptions,
  stops: Stop[]
): Promise<Omit<Sandbox, 'stop'>> {
  const controlPlanePath = path.join(dir, 'control-plane.json')
  const github = await startGithubOidc(options.github, options.oidcFaults)
  stops.push(() => github.close())
  const plane = defaultControlPlane(github.jwksUrl, hostCount)
  options.configure?.(plane)
  writeControlPlane(controlPlanePath, plane)

  const caKey = path.join(dir, 'ca')
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'sandbox-ca', '-f', caKey])
  const hosts = await startHosts(dir, plane, hostCount, readFileSync(`${caKey}.pub`, 'utf8').trim(), stops)
  const systemLog = new SystemLog(path.join(dir, 'system-log.jsonl'))
  for (const host of hosts.values()) host.watchLogins((login) => systemLog.append(sshLogin(plane, host, login)))
  const systemLogApi = await startSystemLogApi(systemLog)
  stops.push(() => systemLogApi.close())
  const opa = await startOpa(controlPlanePath, { hosts, caKey, log: systemLog })
  stops.push(() => opa.close())
  const sftPath = await writeSft(path.join(dir, 'bin'), options.sftVersion)
  const repo = options.repo ? await serveAptRepo(options.repo, stops) : undefined

  return {
    dir,
    controlPlanePath,
    github,
    opa,
    sftPath,
    hosts,
    systemLog,
    systemLogApi,
    repo,
    team: plane.team,
    connection: 'github-actions',
    role: 'deployer',
    jobEnv: () => ({
      ACTIONS_ID_TOKEN_REQUEST_URL: github.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: github.requestToken
    }),
    secrets: () => [
      github.requestToken,
      ...github.issued,
      ...opa.issued,
      systemLogApi.apiToken,
      systemLogApi.bearerToken
    ]
  }
}

/** Creates the first `count` target servers and starts those the control plane does not mark stopped. */
async function startHosts(
  dir: string,
  plane: ControlPlane,
  count: number,
  caPublicKey: string,
  stops: Stop[]
): Promise<Map<string, TargetHost>> {
  const hosts = new Map<string, TargetHost>()
  const ports = await freePorts(count)
  for (let i = 0; i < count; i++) {
    const name = hostName(i)
    hosts.set(name, new TargetHost(name, plane.servers[name]?.id ?? randomUUID(), ports[i], dir, caPublicKey))
  }
  stops.push(() => Promise.all([...hosts.values()].map((h) => h.stop())))
  await Promise.all([...hosts.values()].filter((h) => !plane.servers[h.name]?.stopped).map((h) => h.start()))
  return hosts
}

/** The System Log event for a login sshd accepted, shaped like the real `pam.server.ssh_login`. */
function sshLogin(plane: ControlPlane, host: TargetHost, login: Login): NewLogEvent {
  return {
    eventType: 'pam.server.ssh_login',
    severity: 'INFO',
    displayMessage: '(PAM) User logged in to server via SSH',
    actor: { id: login.account, type: 'User', alternateId: null, displayName: login.account },
    client: { ipAddress: login.fromAddress, userAgent: { rawUserAgent: 'OpenSSH' } },
    outcome: { result: 'SUCCESS' },
    debugContext: {
      debugData: {
        SshAlgorithm: login.algorithm,
        unixUserName: login.account,
        fromAddress: login.fromAddress,
        certificateKeyId: login.keyId,
        certificateSerial: login.serial
      }
    },
    target: [
      { type: 'Team', id: plane.teamId, displayName: plane.team },
      { type: 'Server', id: host.id, displayName: host.name }
    ]
  }
}

async function serveAptRepo(options: AptRepoOptions, stops: Stop[]): Promise<Sandbox['repo']> {
  const built = await buildAptRepo(options)
  stops.push(() => built.dispose())
  const server = await serveDirectory(built.root)
  stops.push(() => server.close())
  return { ...built, server, url: `${server.url}/${built.repoPath}` }
}

/** The inputs that point the main step at a sandbox's OPA: its team, connection, role and address. */
export function opaInputs(sandbox: Sandbox): Record<string, string> {
  return {
    team: sandbox.team,
    connection: sandbox.connection,
    role: sandbox.role,
    'opa-addr': sandbox.opa.addr
  }
}

/** The main step's inputs for a sandbox: its team, connection and role, and its sft. */
export function mainInputs(sandbox: Sandbox, extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...opaInputs(sandbox),
    install: 'none',
    'sft-path': sandbox.sftPath,
    ...extra
  }
}
