/** Which of Okta's Debian repositories fits this runner: architecture and release codename. */
import * as log from '../lib/log.js'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { InstallError } from '../lib/errors.js'
import { fetchBuffer } from '../lib/http.js'
import { APT } from '../sft/contract.js'
import type { RepoSpec } from './apt-repo.js'
import type { InstallInputs } from './binary.js'

export interface Platform {
  /** Debian architecture name. */
  arch: 'amd64' | 'arm64'
  /** tool-cache architecture name. */
  toolArch: 'x64' | 'arm64'
  /** The nearest codename Okta is known to publish. */
  codename: string
  /** The runner's own codename, which the repository may serve already; empty when it has none. */
  own: string
  /** The runner's release as a person reads it, for messages. */
  release: string
}

/**
 * The runner's Debian architecture and the repository codename to use.
 * Okta publishes a few codenames; others map to the nearest older one of
 * the same family, which is said in a notice.
 */
export function detectPlatform(
  osRelease = readOsRelease(),
  platform: string = process.platform,
  arch: string = process.arch,
  libc: Libc = runningLibc()
): Platform {
  const supportedArch = arch === 'x64' ? 'amd64' : arch === 'arm64' ? 'arm64' : undefined
  if (platform !== 'linux' || !supportedArch) {
    throw new InstallError(
      `The action installs sft only on Linux x64 and arm64; this runner is ${platform}/${arch}.`,
      'Install sft yourself in an earlier step and use `install: none` (or `sft-path`).'
    )
  }
  if (libc === 'musl') throw muslError(ownRelease(osRelease).name)
  const own = ownRelease(osRelease)
  return {
    arch: supportedArch,
    toolArch: arch === 'x64' ? 'x64' : 'arm64',
    codename: nearestCodename(osRelease),
    own: own.codename,
    release: own.codename || own.name || 'this OS'
  }
}

/**
 * The codename to install from: the runner's own when the repository
 * serves it (OBSERVED: Okta publishes new Ubuntu releases early), else the
 * nearest known one, with a notice.
 */
export async function servedCodename(repoUrl: string, platform: Platform): Promise<string> {
  if (!platform.own || platform.own === platform.codename) return platform.codename
  const dist = `${repoUrl}/dists/${platform.own}`
  for (const file of ['InRelease', 'Release']) {
    try {
      await fetchBuffer(`${dist}/${file}`, { retryNotFound: false })
      return platform.own
    } catch {
      // Not served under this name; the next name, or the nearest known release.
    }
  }
  log.notice(
    `Okta publishes no sft packages for ${platform.release}; using the ${platform.codename} packages, built for the nearest older release of the same family.`
  )
  return platform.codename
}

export type Libc = 'glibc' | 'musl'

/**
 * The C library this runner's programs use. Without musl's loader it is
 * glibc. With it (Debian's musl package installs one too), Node's report
 * header decides: it names the glibc Node runs on, as detect-libc reads it,
 * and a Node built for musl has none. The report is built only then: it
 * costs milliseconds.
 */
export function runningLibc(
  header = (): { glibcVersionRuntime?: string } | undefined =>
    (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header,
  hasMuslLoader = (): boolean => readdirSafe('/lib').some((name) => /^ld-musl-.*\.so\.1$/.test(name))
): Libc {
  if (!hasMuslLoader()) return 'glibc'
  return header()?.glibcVersionRuntime ? 'glibc' : 'musl'
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}

/** Okta builds sft for glibc only; on musl its loader is missing and it cannot start. */
export function muslError(release: string): InstallError {
  return new InstallError(
    `This runner uses musl libc${release ? ` (${release})` : ''}, such as Alpine Linux; Okta publishes sft only for glibc-based Linux, so a downloaded sft could not start. Nothing was downloaded.`,
    'Run the job on a glibc-based image (Debian, Ubuntu, or a `container:` built on one), or provide a working sft yourself (for example on a glibc image) and use `install: none` or `sft-path`.'
  )
}

function readOsRelease(): string {
  for (const file of ['/etc/os-release', '/usr/lib/os-release']) {
    if (existsSync(file)) return readFileSync(file, 'utf8')
  }
  return ''
}

/** The fields of an os-release file. */
function osReleaseFields(osRelease: string): Map<string, string> {
  const fields = new Map<string, string>()
  for (const line of osRelease.split('\n')) {
    const match = /^([A-Z_]+)=("?)(.*)\2$/.exec(line.trim())
    if (match) fields.set(match[1], match[3])
  }
  return fields
}

/** The runner's own release: its (Ubuntu base's) codename and its display name. */
function ownRelease(osRelease: string): { codename: string; name: string; isUbuntu: boolean } {
  const fields = osReleaseFields(osRelease)
  const family = `${fields.get('ID') ?? ''} ${fields.get('ID_LIKE') ?? ''}`
  const isUbuntu = /\bubuntu\b/.test(family)
  // Ubuntu derivatives (Mint, Pop!_OS) name their Ubuntu base here.
  const codename = (isUbuntu && fields.get('UBUNTU_CODENAME')) || fields.get('VERSION_CODENAME') || ''
  return { codename, name: fields.get('PRETTY_NAME') ?? '', isUbuntu }
}

/** The published codename for this release: its own, or the newest published one not newer than it. */
export function nearestCodename(osRelease: string): string {
  const fields = osReleaseFields(osRelease)
  const { codename, isUbuntu } = ownRelease(osRelease)
  const isDebian = /\bdebian\b/.test(`${fields.get('ID') ?? ''} ${fields.get('ID_LIKE') ?? ''}`)
  const [names, versions]: [readonly string[], readonly string[]] =
    isUbuntu || !isDebian ? [APT.ubuntuCodenames, APT.ubuntuVersions] : [APT.debianCodenames, APT.debianVersions]
  if (names.includes(codename)) return codename
  const own = parseFloat(fields.get('VERSION_ID') ?? '')
  if (!Number.isFinite(own) || !(isUbuntu || isDebian)) return names[names.length - 1]
  const older = versions.map(parseFloat).filter((v) => v <= own)
  return names[older.length ? older.length - 1 : 0]
}

/** Which repository, release, component and architecture to read. */
export function repoSpec(inputs: InstallInputs, platform: Platform): RepoSpec {
  return {
    url: inputs.sftRepo,
    codename: platform.codename,
    component: inputs.sftChannel,
    arch: platform.arch,
    key: inputs.sftRepoKey
  }
}
