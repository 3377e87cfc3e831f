import * as core from '@actions/core'
import { constants, existsSync, readFileSync } from 'node:fs'
import { access, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { choosePackage, readRepoIndex, readRepoKey, type RepoSpec } from './apt-repo.js'
import { APT, FIRST_WORKLOAD_SFT, parseSftVersion } from '../sft/contract.js'
import { extractSft } from './deb.js'
import { compareVersions, upstreamVersion } from './debian-version.js'
import { InstallError } from '../lib/errors.js'
import { downloadFile } from '../lib/http.js'
import type { Inputs } from '../inputs/main.js'
import { childEnvironment, findOnPath, runCommand } from '../lib/exec.js'

export type InstallInputs = Pick<Inputs, 'install' | 'sftPath' | 'sftVersion' | 'sftRepo' | 'sftChannel' | 'sftRepoKey'>

export interface SftBinary {
  path: string
  version: string
  source: 'sft-path' | 'PATH' | 'tool-cache' | 'download' | 'apt'
}

export interface Platform {
  /** Debian architecture name. */
  arch: 'amd64' | 'arm64'
  /** tool-cache architecture name. */
  toolArch: 'x64' | 'arm64'
  codename: string
}

const TOOL = 'sft'

/**
 * Gets the sft binary the rest of the action uses, by the `install` method:
 * `none` uses sft-path or PATH; `download` installs from the repository
 * into the tool cache; `apt` installs the system package; `auto` takes the
 * first of sft-path, a suitable sft on PATH, a tool-cache hit or a download.
 */
export async function installSft(
  inputs: InstallInputs,
  /** Told about system files before they are written, so post removes them even after a failure. */
  willWriteSystemFiles: (files: string[]) => void = () => undefined
): Promise<SftBinary> {
  if (inputs.sftPath) {
    const binary = checkVersion(await explicitBinary(inputs.sftPath), inputs.sftVersion)
    // Later steps (the ssh sub-action, opa-ssh, plain `sft`) find it as `sft`.
    if (path.basename(binary.path) === 'sft') core.addPath(path.dirname(binary.path))
    return binary
  }
  if (inputs.install === 'none') {
    const onPath = await pathBinary()
    if (!onPath) {
      throw new InstallError(
        'No sft binary was found on PATH (install: none).',
        'Install scaleft-client-tools in an earlier step, set `sft-path`, or use `install: auto` to let the action install it.'
      )
    }
    return checkVersion(onPath, inputs.sftVersion)
  }
  if (inputs.install === 'auto') {
    const onPath = await pathBinary()
    if (onPath && satisfies(onPath.version, inputs.sftVersion)) return onPath
    if (onPath) core.info(`Ignoring sft ${onPath.version} at ${onPath.path}: sft-version asks for ${inputs.sftVersion}`)
  }
  const platform = detectPlatform()
  return inputs.install === 'apt'
    ? aptInstall(inputs, platform, willWriteSystemFiles)
    : downloadInstall(inputs, platform)
}

/** Whether a found version meets `sft-version`: equal to a pin, or new enough for `latest`. */
export function satisfies(version: string, wanted: string): boolean {
  if (wanted === 'latest') return compareVersions(version, FIRST_WORKLOAD_SFT) >= 0
  return version === wanted || version === upstreamVersion(wanted)
}

function checkVersion(binary: SftBinary, wanted: string): SftBinary {
  if (wanted !== 'latest' && !satisfies(binary.version, wanted)) {
    throw new InstallError(
      `${binary.path} is sft ${binary.version}, but sft-version asks for ${wanted}.`,
      'Pin `sft-version` to the version installed, set it to "latest", or let the action install the pinned one (`install: auto`, no `sft-path`).'
    )
  }
  return binary
}

async function explicitBinary(file: string): Promise<SftBinary> {
  const absolute = path.resolve(file)
  try {
    await access(absolute, constants.X_OK)
  } catch {
    throw new InstallError(
      `sft-path "${file}" does not exist or is not executable.`,
      'Point `sft-path` at the sft binary (for example /usr/bin/sft), or leave it empty.'
    )
  }
  return {
    path: absolute,
    version: await sftVersion(absolute),
    source: 'sft-path'
  }
}

async function pathBinary(): Promise<SftBinary | undefined> {
  const found = await findOnPath('sft')
  return found ? { path: found, version: await sftVersion(found), source: 'PATH' } : undefined
}

/** Runs `sft --version` and returns the version it reports. */
export async function sftVersion(file: string): Promise<string> {
  let result
  try {
    result = await runCommand(file, ['--version'], { timeoutMs: 15_000 })
  } catch (error) {
    throw new InstallError(
      `Could not run ${file}: ${(error as Error).message}.`,
      "Check that the file is a Linux sft binary for this runner's architecture.",
      [],
      { cause: error }
    )
  }
  const version = parseSftVersion(`${result.stdout}\n${result.stderr}`)
  if (result.exitCode !== 0 || !version) {
    throw new InstallError(
      `${file} --version did not report a version (exit ${result.exitCode ?? result.signal}).`,
      'Check that the file is the sft CLI from scaleft-client-tools.',
      [result.stderr.trim()]
    )
  }
  return version
}

/**
 * The runner's Debian architecture and the repository codename to use.
 * Okta publishes a few codenames; others map to the nearest one of the
 * same family, since the package is a static binary.
 */
export function detectPlatform(
  osRelease = readOsRelease(),
  platform: string = process.platform,
  arch: string = process.arch
): Platform {
  const supportedArch = arch === 'x64' ? 'amd64' : arch === 'arm64' ? 'arm64' : undefined
  if (platform !== 'linux' || !supportedArch) {
    throw new InstallError(
      `The action installs sft only on Linux x64 and arm64; this runner is ${platform}/${arch}.`,
      'Install sft yourself in an earlier step and use `install: none` (or `sft-path`).'
    )
  }
  return {
    arch: supportedArch,
    toolArch: arch === 'x64' ? 'x64' : 'arm64',
    codename: nearestCodename(osRelease)
  }
}

function readOsRelease(): string {
  for (const file of ['/etc/os-release', '/usr/lib/os-release']) {
    if (existsSync(file)) return readFileSync(file, 'utf8')
  }
  return ''
}

export function nearestCodename(osRelease: string): string {
  const fields = new Map<string, string>()
  for (const line of osRelease.split('\n')) {
    const match = /^([A-Z_]+)=("?)(.*)\2$/.exec(line.trim())
    if (match) fields.set(match[1], match[3])
  }
  const family = `${fields.get('ID') ?? ''} ${fields.get('ID_LIKE') ?? ''}`
  const isUbuntu = /\bubuntu\b/.test(family)
  // Ubuntu derivatives (Mint, Pop!_OS) name their Ubuntu base here.
  const codename = (isUbuntu && fields.get('UBUNTU_CODENAME')) || fields.get('VERSION_CODENAME') || ''
  const [names, versions]: [readonly string[], readonly string[]] = isUbuntu
    ? [APT.ubuntuCodenames, APT.ubuntuVersions]
    : /\bdebian\b/.test(family)
      ? [APT.debianCodenames, APT.debianVersions]
      : [APT.ubuntuCodenames, APT.ubuntuVersions]
  if (names.includes(codename)) return codename
  // The newest published release not newer than this one, or the oldest.
  const own = parseFloat(fields.get('VERSION_ID') ?? '')
  let index = names.length - 1
  if (Number.isFinite(own) && (isUbuntu || /\bdebian\b/.test(family))) {
    const older = versions.map(parseFloat).filter((v) => v <= own)
    index = older.length ? older.length - 1 : 0
  }
  const nearest = names[index]
  core.notice(
    `Okta publishes no sft packages for ${codename || fields.get('PRETTY_NAME') || 'this OS'}; using the ${nearest} packages (sft is a static binary).`
  )
  return nearest
}

function repoSpec(inputs: InstallInputs, platform: Platform): RepoSpec {
  return {
    url: inputs.sftRepo,
    codename: platform.codename,
    component: inputs.sftChannel,
    arch: platform.arch,
    key: inputs.sftRepoKey
  }
}

async function downloadInstall(inputs: InstallInputs, platform: Platform): Promise<SftBinary> {
  const started = Date.now()
  const lap = (what: string): void => core.debug(`install: ${what} at ${Date.now() - started} ms`)
  const tc = await import('@actions/tool-cache')
  lap('tool-cache loaded')
  const cached = (version: string): SftBinary | undefined => {
    const dir = tc.find(TOOL, version, platform.toolArch)
    if (!dir) return undefined
    core.info(`Found sft ${version} in the tool cache at ${dir}`)
    core.addPath(dir)
    return { path: path.join(dir, 'sft'), version, source: 'tool-cache' }
  }
  // An exact pin can be answered from the cache without touching the network.
  const pinned = inputs.sftVersion === 'latest' ? undefined : cached(upstreamVersion(inputs.sftVersion))
  if (pinned) return pinned

  const spec = repoSpec(inputs, platform)
  const where = `${spec.url} (${spec.codename} ${spec.component}, ${spec.arch})`
  const index = await readRepoIndex(spec)
  lap('index read')
  const chosen = choosePackage(index.packages, inputs.sftVersion, where)
  const version = upstreamVersion(chosen.version)
  const hit = cached(version)
  if (hit) return hit

  const work = await mkdtemp(path.join(process.env.RUNNER_TEMP || tmpdir(), 'opa-sft-'))
  try {
    const url = `${spec.url}/${chosen.filename}`
    const deb = path.join(work, 'package.deb')
    const got = await downloadFile(url, deb).catch((error: unknown) => {
      throw new InstallError(
        `Could not download ${url}: ${(error as Error).message}.`,
        'Re-run the job; if it persists, check the repository or use a mirror with `sft-repo`.'
      )
    })
    if (got.size !== chosen.size || got.sha256 !== chosen.sha256) {
      throw new InstallError(
        `${url} does not match the signed index: expected SHA-256 ${chosen.sha256} and ${chosen.size} bytes, got ${got.sha256} and ${got.size} bytes.`,
        'The package was corrupted or tampered with on the way. Re-run the job; if it persists, check the repository or mirror.'
      )
    }
    lap('package downloaded')
    const sft = await extractSft(deb, path.join(work, 'root'))
    lap('package unpacked')
    const reported = await sftVersion(sft)
    lap('version checked')
    if (reported !== version) {
      throw new InstallError(
        `The package ${APT.packageName} ${chosen.version} contains sft ${reported}, not ${version}.`,
        'The repository index and its package disagree. Pin another `sft-version`, and report it.'
      )
    }
    // Only a verified binary is cached; cacheDir marks the entry complete last.
    const dir = await tc.cacheDir(path.dirname(sft), TOOL, version, platform.toolArch)
    core.addPath(dir)
    core.info(
      `Installed sft ${version} from ${url} (SHA-256 ${got.sha256}${index.signedBy ? `, index signed by ${index.signedBy}` : ', index signature not checked'})`
    )
    return { path: path.join(dir, 'sft'), version, source: 'download' }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

/**
 * The documented install: the key into /usr/share/keyrings, a sources entry
 * signed-by that key, `apt-get update` of that source only, then
 * `apt-get install`. Uses sudo when not root and reports every change.
 */
async function aptInstall(
  inputs: InstallInputs,
  platform: Platform,
  willWriteSystemFiles: (files: string[]) => void
): Promise<SftBinary> {
  const root = process.getuid?.() === 0
  const sudo = root ? [] : ['sudo', '-n']
  if (!root && !(await findOnPath('sudo'))) {
    throw new InstallError(
      'install: apt needs root or sudo, and this runner has neither.',
      'Use `install: download`, which needs no root.'
    )
  }
  const spec = repoSpec(inputs, platform)
  const key = await readRepoKey(spec)
  const name = `opa-workload-identity-${key.fingerprint.slice(-16).toLowerCase()}`
  const keyring = `/usr/share/keyrings/${name}.gpg`
  const sources = `/etc/apt/sources.list.d/${name}.list`
  const work = await mkdtemp(path.join(process.env.RUNNER_TEMP || tmpdir(), 'opa-apt-'))
  const as = async (args: string[], what: string): Promise<string> => {
    const [file, ...rest] = [...sudo, ...args]
    const result = await runCommand(file, rest, {
      timeoutMs: 600_000,
      env: childEnvironment({ DEBIAN_FRONTEND: 'noninteractive' })
    })
    if (result.exitCode !== 0) {
      throw new InstallError(
        `${what} failed (exit ${result.exitCode ?? result.signal}): ${result.stderr.trim().split('\n').slice(-3).join(' ')}`,
        'Check the apt output above, or use `install: download`, which needs no root.'
      )
    }
    return result.stdout
  }
  try {
    willWriteSystemFiles([keyring, sources])
    await writeFile(path.join(work, 'key.gpg'), key.binary)
    await writeFile(
      path.join(work, 'source.list'),
      `deb [signed-by=${keyring}] ${spec.url} ${spec.codename} ${spec.component}\n`
    )
    await as(['install', '-m', '0644', path.join(work, 'key.gpg'), keyring], `Writing ${keyring}`)
    await as(['install', '-m', '0644', path.join(work, 'source.list'), sources], `Writing ${sources}`)
    core.info(`apt: added ${keyring} and ${sources}`)
    const onlyThisSource = [
      '-o',
      `Dir::Etc::sourcelist=${sources}`,
      '-o',
      'Dir::Etc::sourceparts=-',
      '-o',
      'APT::Get::List-Cleanup=0'
    ]
    await as(['apt-get', 'update', '-qq', ...onlyThisSource], 'apt-get update')
    const madison = await as(['apt-cache', 'madison', APT.packageName], 'apt-cache madison')
    const versions = madison
      .split('\n')
      .map((line) => line.split('|')[1]?.trim())
      .filter((v): v is string => !!v)
    const chosen = choosePackage(
      versions.map((version) => ({
        version,
        filename: '',
        size: 0,
        sha256: ''
      })),
      inputs.sftVersion,
      `${spec.url} (apt)`
    )
    await as(
      [
        'apt-get',
        'install',
        '-y',
        '-qq',
        '--no-install-recommends',
        '--allow-downgrades',
        `${APT.packageName}=${chosen.version}`
      ],
      'apt-get install'
    )
    core.info(`apt: installed ${APT.packageName} ${chosen.version} (/usr/bin/sft)`)
    const sft = '/usr/bin/sft'
    return {
      path: sft,
      version: await sftVersion(sft),
      source: 'apt'
    }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
