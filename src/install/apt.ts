/**
 * `install: apt`, the documented install: the key into /usr/share/keyrings,
 * a sources entry signed-by that key, `apt-get update` of that source only,
 * then `apt-get install`. Uses sudo when not root and reports every change.
 */
import * as log from '../lib/log.js'
import { rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { InstallError } from '../lib/errors.js'
import { childEnvironment, findOnPath, runCommand } from '../lib/exec.js'
import { makeTempDir } from '../lib/temp.js'
import { APT } from '../sft/contract.js'
import { choosePackage, readRepoKey, type RepoSpec } from './apt-repo.js'
import { sftVersion, type InstallInputs, type SftBinary } from './binary.js'
import { repoSpec, servedCodename, type Platform } from './platform.js'

/** apt-get may wait for the dpkg lock and download a large index. */
const APT_TIMEOUT_MS = 600_000
export const INSTALLED_SFT = '/usr/bin/sft'

/** The keyring and sources entry of a repository key: the only system files the action writes. */
function aptFiles(fingerprint: string): { keyring: string; sources: string } {
  const name = `opa-workload-identity-${fingerprint.slice(-16).toLowerCase()}`
  return { keyring: `/usr/share/keyrings/${name}.gpg`, sources: `/etc/apt/sources.list.d/${name}.list` }
}

/** Whether a path is one `aptFiles` could name, for post to remove. */
export function isAptFile(file: string): boolean {
  return /^(\/usr\/share\/keyrings\/opa-workload-identity-[0-9a-f]{16}\.gpg|\/etc\/apt\/sources\.list\.d\/opa-workload-identity-[0-9a-f]{16}\.list)$/.test(
    file
  )
}

/** Runs a command as root (through `sudo -n` when needed); throws with apt's last words. */
type AsRoot = (args: string[], what: string) => Promise<string>

export async function aptInstall(
  inputs: InstallInputs,
  platform: Platform,
  willWriteSystemFiles: (files: string[]) => void
): Promise<SftBinary> {
  const asRoot = await rootRunner()
  const spec = repoSpec(inputs, { ...platform, codename: await servedCodename(inputs.sftRepo, platform) })
  const key = await readRepoKey(spec)
  const files = aptFiles(key.fingerprint)
  const work = await makeTempDir('opa-apt-')
  try {
    willWriteSystemFiles([files.keyring, files.sources])
    await addSource(asRoot, work, spec, key.binary, files)
    const version = await availableVersion(asRoot, files.sources, inputs.sftVersion, spec)
    const install = ['install', '-y', '-qq', '--no-install-recommends', '--allow-downgrades']
    await asRoot(['apt-get', ...install, `${APT.packageName}=${version}`], 'apt-get install')
    log.info(`apt: installed ${APT.packageName} ${version} (${INSTALLED_SFT})`)
    return { path: INSTALLED_SFT, version: await sftVersion(INSTALLED_SFT), source: 'apt' }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

async function rootRunner(): Promise<AsRoot> {
  const root = process.getuid?.() === 0
  if (!root && !(await findOnPath('sudo'))) {
    throw new InstallError(
      'install: apt needs root or sudo, and this runner has neither.',
      'Use `install: download`, which needs no root.'
    )
  }
  const env = childEnvironment({ DEBIAN_FRONTEND: 'noninteractive' })
  const sudo = root ? [] : sudoKeepingProxy(env)
  return async (args, what) => {
    const [file, ...rest] = [...sudo, ...args]
    const result = await runCommand(file, rest, { timeoutMs: APT_TIMEOUT_MS, env })
    if (result.exitCode !== 0 && /not allowed to preserve the environment/.test(result.stderr)) {
      throw new InstallError(
        `sudo on this runner does not let ${what} keep the proxy variables (${sudo.slice(2).join(' ')}), so apt would not use the proxy.`,
        'Let sudo keep them (a sudoers line `Defaults env_keep += "http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY"`), or use `install: download`, which needs no root.'
      )
    }
    if (result.exitCode !== 0) {
      throw new InstallError(
        `${what} failed (exit ${result.exitCode ?? result.signal}): ${result.stderr.trim().split('\n').slice(-3).join(' ')}`,
        'Check the apt output above, or use `install: download`, which needs no root.'
      )
    }
    return result.stdout
  }
}

/** The proxy variables apt and its helpers read (both cases: tools disagree on which they honour). */
const PROXY_VARIABLES = ['http_proxy', 'https_proxy', 'no_proxy', 'all_proxy'].flatMap((n) => [n, n.toUpperCase()])

/**
 * `sudo -n`, keeping the proxy variables that are set: Debian's sudo resets
 * the environment (env_reset), which would send apt around the proxy. The
 * variables are named, never their values, so a proxy password stays out
 * of argv; sudo passes them only where policy allows it (SETENV, implied by
 * a rule for ALL commands), and says so otherwise.
 */
export function sudoKeepingProxy(env: NodeJS.ProcessEnv): string[] {
  const set = PROXY_VARIABLES.filter((name) => env[name])
  return ['sudo', '-n', ...(set.length ? [`--preserve-env=${set.join(',')}`] : [])]
}

/** The keyring and the sources entry, written with mode 0644 as root. */
async function addSource(
  asRoot: AsRoot,
  work: string,
  spec: RepoSpec,
  key: Uint8Array,
  files: { keyring: string; sources: string }
): Promise<void> {
  await writeFile(path.join(work, 'key.gpg'), key)
  const line = `deb [signed-by=${files.keyring}] ${spec.url} ${spec.codename} ${spec.component}\n`
  await writeFile(path.join(work, 'source.list'), line)
  await asRoot(['install', '-m', '0644', path.join(work, 'key.gpg'), files.keyring], `Writing ${files.keyring}`)
  await asRoot(['install', '-m', '0644', path.join(work, 'source.list'), files.sources], `Writing ${files.sources}`)
  log.info(`apt: added ${files.keyring} and ${files.sources}`)
}

/** `apt-get update` of this source only, then the version sft-version asks for among what it offers. */
async function availableVersion(asRoot: AsRoot, sources: string, wanted: string, spec: RepoSpec): Promise<string> {
  const onlyThisSource = [
    '-o',
    `Dir::Etc::sourcelist=${sources}`,
    '-o',
    'Dir::Etc::sourceparts=-',
    '-o',
    'APT::Get::List-Cleanup=0'
  ]
  await asRoot(['apt-get', 'update', '-qq', ...onlyThisSource], 'apt-get update')
  const madison = await asRoot(['apt-cache', 'madison', APT.packageName], 'apt-cache madison')
  const versions = madison
    .split('\n')
    .map((line) => line.split('|')[1]?.trim())
    .filter((v): v is string => !!v)
  const entries = versions.map((version) => ({ version, filename: '', size: 0, sha256: '' }))
  return choosePackage(entries, wanted, `${spec.url} (apt)`).version
}
