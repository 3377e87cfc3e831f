/**
 * A real Debian repository for the sandbox's sft, built the way Okta's is
 * laid out (pool/, dists/<codename>/<component>/binary-<arch>/), signed
 * with a throwaway OpenPGP key made with gpg, and served on loopback with
 * fault knobs. The action installs from it exactly as from dist.scaleft.com.
 */
import { execFileSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { writeSft } from './build.js'
import { listenOnLoopback } from './http.js'

export const PACKAGE = 'scaleft-client-tools'
export const ALL_CODENAMES = ['xenial', 'bionic', 'focal', 'jammy', 'noble', 'bullseye', 'bookworm']
const DESCRIPTION = 'Sandbox stand-in for the Okta Privileged Access client'

export interface AptRepoOptions {
  /** Debian versions to publish, such as 1.114.0-1. */
  versions: string[]
  /** Versions whose .deb is junk although the index lists its true hash. */
  corruptVersions?: string[]
  arch?: 'amd64' | 'arm64'
  codenames?: string[]
  component?: string
  /** Extra bytes in each package, to reach a realistic size. */
  paddingBytes?: number
  /** Who signs the release files: the published key (default) or another one. */
  signer?: 'published' | 'other'
  /** Whether GPG-KEY-OktaPAM-2023 is served at the host root. */
  publishKey?: boolean
}

export interface AptRepo {
  /** Directory served as the host root. */
  root: string
  /** Path of the repository under the host root. */
  repoPath: string
  fingerprint: string
  otherFingerprint: string
  /** The .deb file of each version. */
  debs: Record<string, string>
  dispose(): void
}

function gpg(home: string, args: string[], input?: string): string {
  return execFileSync('gpg', ['--homedir', home, '--batch', '--quiet', '--no-tty', ...args], {
    input,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe']
  })
}

function makeKey(home: string, uid: string): string {
  gpg(home, ['--passphrase', '', '--pinentry-mode', 'loopback', '--quick-gen-key', uid, 'ed25519', 'sign', 'never'])
  const colons = gpg(home, ['--with-colons', '--list-keys', uid])
  return /^fpr:+([0-9A-F]{40}):/m.exec(colons)?.[1] ?? ''
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex')
}

function upstream(version: string): string {
  return version.replace(/^\d+:/, '').replace(/-[^-]*$/, '')
}

/** Where the repository's files go: Okta's layout, for one component and one architecture. */
interface Layout {
  /** The repository's directory, under the served root. */
  repo: string
  component: string
  arch: string
}

export async function buildAptRepo(options: AptRepoOptions): Promise<AptRepo> {
  const root = mkdtempSync(path.join(tmpdir(), 'opa-apt-'))
  const home = mkdtempSync(path.join(tmpdir(), 'opa-gpg-'))
  const repoPath = 'repos/deb'
  const layout: Layout = {
    repo: path.join(root, repoPath),
    component: options.component ?? 'okta',
    arch: options.arch ?? (process.arch === 'arm64' ? 'arm64' : 'amd64')
  }
  try {
    const fingerprint = makeKey(home, 'Sandbox OPA Repository <repo@sandbox.invalid>')
    const otherFingerprint = makeKey(home, 'Someone Else <mallory@sandbox.invalid>')
    if (options.publishKey !== false) {
      writeFileSync(path.join(root, 'GPG-KEY-OktaPAM-2023'), gpg(home, ['--armor', '--export', fingerprint]))
    }
    const { debs, packages } = await publishPackages(layout, options)
    const signer = options.signer === 'other' ? otherFingerprint : fingerprint
    for (const codename of options.codenames ?? ALL_CODENAMES) publishDist(layout, codename, packages, home, signer)
    return {
      root,
      repoPath,
      fingerprint,
      otherFingerprint,
      debs,
      dispose: () => rmSync(root, { recursive: true, force: true })
    }
  } finally {
    execFileSync('gpgconf', ['--homedir', home, '--kill', 'all'], {
      stdio: 'ignore'
    })
    rmSync(home, { recursive: true, force: true })
  }
}

/** Puts each version's .deb in the pool; returns the files by version and the Packages index that lists them. */
async function publishPackages(
  layout: Layout,
  options: AptRepoOptions
): Promise<{ debs: Record<string, string>; packages: string }> {
  const pool = path.join(layout.repo, 'pool', layout.component, 's', PACKAGE)
  mkdirSync(pool, { recursive: true })
  const debs: Record<string, string> = {}
  const stanzas: string[] = []
  for (const version of options.versions) {
    const file = path.join(pool, `${PACKAGE}_${version.replace(/^\d+:/, '')}_${layout.arch}.deb`)
    if (options.corruptVersions?.includes(version)) {
      writeFileSync(file, Buffer.concat([Buffer.from('!<arch>\n'), randomBytes(4096)]))
    } else {
      buildDeb(
        file,
        version,
        layout.arch,
        options.paddingBytes ?? 0,
        await writeSft(mkdtempSync(path.join(tmpdir(), 'opa-sft-')), upstream(version))
      )
    }
    debs[version] = file
    stanzas.push(
      [
        ...controlFields(version, layout.arch),
        `Filename: ${path.relative(layout.repo, file)}`,
        `Size: ${statSync(file).size}`,
        `SHA256: ${sha256(file)}`,
        `Description: ${DESCRIPTION}`,
        ' The sft command-line client, emulated for local tests.'
      ].join('\n')
    )
  }
  return { debs, packages: `${stanzas.join('\n\n')}\n` }
}

/** Writes dists/<codename>: the Packages index and its Release file, signed inline and detached by `signer`. */
function publishDist(layout: Layout, codename: string, packages: string, home: string, signer: string): void {
  const { repo, component, arch } = layout
  const dist = path.join(repo, 'dists', codename)
  const binary = path.join(dist, component, `binary-${arch}`)
  mkdirSync(binary, { recursive: true })
  writeFileSync(path.join(binary, 'Packages'), packages)
  writeFileSync(path.join(binary, 'Packages.gz'), gzipSync(packages))
  const index = ['Packages', 'Packages.gz'].map((name) => {
    const file = path.join(binary, name)
    return ` ${sha256(file)} ${statSync(file).size} ${component}/binary-${arch}/${name}`
  })
  const release = [
    'Origin: Sandbox',
    'Label: Sandbox OPA',
    `Suite: ${codename}`,
    `Codename: ${codename}`,
    `Date: ${new Date().toUTCString()}`,
    `Valid-Until: ${new Date(Date.now() + 7 * 86_400_000).toUTCString()}`,
    `Architectures: ${arch}`,
    `Components: ${component}`,
    'SHA256:',
    ...index
  ].join('\n')
  const releaseFile = path.join(dist, 'Release')
  writeFileSync(releaseFile, `${release}\n`)
  for (const [mode, file] of [
    ['--clearsign', 'InRelease'],
    ['--detach-sign', 'Release.gpg']
  ]) {
    gpg(home, [
      '--yes',
      '--local-user',
      signer,
      '--digest-algo',
      'SHA512',
      mode,
      '-o',
      path.join(dist, file),
      releaseFile
    ])
  }
}

/** The fields a package's control file and its stanza in the Packages index both begin with. */
function controlFields(version: string, arch: string): string[] {
  return [
    `Package: ${PACKAGE}`,
    `Version: ${version}`,
    `Architecture: ${arch}`,
    'Maintainer: Sandbox <repo@sandbox.invalid>'
  ]
}

function buildDeb(file: string, version: string, arch: string, paddingBytes: number, sft: string): void {
  const stage = mkdtempSync(path.join(tmpdir(), 'opa-deb-'))
  try {
    mkdirSync(path.join(stage, 'DEBIAN'))
    mkdirSync(path.join(stage, 'usr', 'bin'), { recursive: true })
    writeFileSync(path.join(stage, 'usr', 'bin', 'sft'), readFileSync(sft), {
      mode: 0o755
    })
    if (paddingBytes > 0) {
      const doc = path.join(stage, 'usr', 'share', 'doc', PACKAGE)
      mkdirSync(doc, { recursive: true })
      writeFileSync(path.join(doc, 'padding.bin'), randomBytes(paddingBytes))
    }
    writeFileSync(
      path.join(stage, 'DEBIAN', 'control'),
      [...controlFields(version, arch), `Description: ${DESCRIPTION}`, ''].join('\n')
    )
    execFileSync('dpkg-deb', ['--root-owner-group', '-Zgzip', '-z1', '--build', stage, file], { stdio: 'ignore' })
  } finally {
    rmSync(stage, { recursive: true, force: true })
    rmSync(path.dirname(sft), { recursive: true, force: true })
  }
}

export interface ServedFaults {
  /** Answer these paths with a status, every time. */
  status: Map<string, number>
  /** Answer these paths with these statuses, once each, before serving them. */
  failures: Map<string, number[]>
  /** Serve these paths with one byte flipped. */
  corrupt: Set<string>
}

export interface StaticServer {
  url: string
  requests: string[]
  faults: ServedFaults
  close(): Promise<void>
}

/** Serves a directory on loopback, recording each request path. */
export async function serveDirectory(root: string): Promise<StaticServer> {
  const requests: string[] = []
  const faults: ServedFaults = {
    status: new Map(),
    failures: new Map(),
    corrupt: new Set()
  }
  const server = createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    requests.push(urlPath)
    const status = faults.status.get(urlPath)
    if (status) return void res.writeHead(status).end(`injected ${status}`)
    const injected = faults.failures.get(urlPath)?.shift()
    if (injected) return void res.writeHead(injected).end(`injected ${injected}`)
    const file = path.join(root, path.normalize(urlPath))
    if (!file.startsWith(root)) return void res.writeHead(403).end()
    let body: Buffer
    try {
      body = readFileSync(file)
    } catch {
      return void res.writeHead(404).end('not found')
    }
    if (faults.corrupt.has(urlPath)) {
      body = Buffer.from(body)
      body[body.length >> 1] ^= 0xff
    }
    res.writeHead(200, { 'content-length': body.length }).end(body)
  })
  const { url, close } = await listenOnLoopback(server)
  return { url, requests, faults, close }
}
