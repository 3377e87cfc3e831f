/**
 * The sandbox: GitHub's OIDC service, OPA and the sft client on one
 * machine, wired together. `startSandbox()` is the programmatic API the
 * tests, the demo and the benchmarks use.
 */
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  buildAptRepo,
  serveDirectory,
  type AptRepo,
  type AptRepoOptions,
  type StaticServer
} from './apt-repo.js'
import { writeSft } from './build.js'
import { writeControlPlane, type ControlPlane } from './control-plane.js'
import {
  startGithubOidc,
  type GithubOidc,
  type GithubOidcOptions,
  type OidcFaults
} from './github-oidc.js'
import { startOpa, type OpaService } from './opa.js'

export interface SandboxOptions {
  github?: GithubOidcOptions
  oidcFaults?: OidcFaults
  sftVersion?: string
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

export function defaultControlPlane(jwksUrl: string): ControlPlane {
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
          {
            claim: 'repository',
            operator: 'equals',
            value: 'octo-org/deploy-app'
          }
        ],
        ttlSeconds: 900,
        status: 'active'
      }
    },
    roles: {
      deployer: {
        connection: 'github-actions',
        conditions: [
          { claim: 'ref', operator: 'equals', value: 'refs/heads/main' }
        ],
        servers: ['target-server-01', 'target-server-02', 'target-server-03'],
        sudoCommands: ['/usr/bin/systemctl restart app']
      }
    },
    servers: {
      'target-server-01': { id: randomUUID() },
      'target-server-02': { id: randomUUID() },
      'target-server-03': { id: randomUUID() }
    },
    knobs: {}
  }
}

export async function startSandbox(
  options: SandboxOptions = {}
): Promise<Sandbox> {
  const dir = mkdtempSync(path.join(tmpdir(), 'opa-sandbox-'))
  const controlPlanePath = path.join(dir, 'control-plane.json')
  const github = await startGithubOidc(options.github, options.oidcFaults)
  const plane = defaultControlPlane(github.jwksUrl)
  options.configure?.(plane)
  writeControlPlane(controlPlanePath, plane)
  const opa = await startOpa(controlPlanePath)
  const sftPath = await writeSft(path.join(dir, 'bin'), options.sftVersion)
  let repo: Sandbox['repo']
  if (options.repo) {
    const built = await buildAptRepo(options.repo)
    const server = await serveDirectory(built.root)
    repo = { ...built, server, url: `${server.url}/${built.repoPath}` }
  }

  return {
    dir,
    controlPlanePath,
    github,
    opa,
    sftPath,
    repo,
    team: plane.team,
    connection: 'github-actions',
    role: 'deployer',
    jobEnv: () => ({
      ACTIONS_ID_TOKEN_REQUEST_URL: github.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: github.requestToken
    }),
    secrets: () => [github.requestToken, ...github.issued, ...opa.issued],
    stop: async () => {
      await Promise.all([github.close(), opa.close(), repo?.server.close()])
      repo?.dispose()
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
