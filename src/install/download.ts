/**
 * `install: download`: sft from Okta's Debian repository into the tool
 * cache, without root. The signed index vouches for the package's SHA-256,
 * and only a binary that reports the chosen version is cached.
 */
import * as log from '../lib/log.js'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { InstallError, messageOf } from '../lib/errors.js'
import { downloadFile } from '../lib/http.js'
import { makeTempDir } from '../lib/temp.js'
import { APT } from '../sft/contract.js'
import {
  checkDigest,
  choosePackage,
  readRepoIndex,
  type PackageEntry,
  type RepoIndex,
  type RepoSpec
} from './apt-repo.js'
import { extractSft } from './deb.js'
import { upstreamVersion } from './debian-version.js'
import { sftVersion, type InstallInputs, type SftBinary } from './binary.js'
import { repoSpec, servedCodename, type Platform } from './platform.js'
import { cacheFileAtomically } from './tool-cache.js'

const TOOL = 'sft'

type ToolCache = typeof import('@actions/tool-cache')

export async function downloadInstall(inputs: InstallInputs, platform: Platform): Promise<SftBinary> {
  const started = Date.now()
  const lap = (what: string): void => log.debug(`install: ${what} at ${Date.now() - started} ms`)
  const tc = await import('@actions/tool-cache')
  lap('tool-cache loaded')
  // An exact pin can be answered from the cache without touching the network.
  const pinned = inputs.sftVersion === 'latest' ? undefined : cached(tc, upstreamVersion(inputs.sftVersion), platform)
  if (pinned) return pinned

  const spec = repoSpec(inputs, { ...platform, codename: await servedCodename(inputs.sftRepo, platform) })
  const where = `${spec.url} (${spec.codename} ${spec.component}, ${spec.arch})`
  const index = await readRepoIndex(spec)
  lap('index read')
  const chosen = choosePackage(index.packages, inputs.sftVersion, where)
  return cached(tc, upstreamVersion(chosen.version), platform) ?? fetchIntoCache(spec, index, chosen, platform, lap)
}

/** Whether an entry another job cached runs and reports the version it is filed under. */
async function reportsVersion(file: string, version: string): Promise<boolean> {
  try {
    return (await sftVersion(file)) === version
  } catch {
    return false
  }
}

function cached(tc: ToolCache, version: string, platform: Platform): SftBinary | undefined {
  const dir = tc.find(TOOL, version, platform.toolArch)
  if (!dir) return undefined
  log.info(`Found sft ${version} in the tool cache at ${dir}`)
  return { path: path.join(dir, 'sft'), version, source: 'tool-cache', pathEntry: dir }
}

/** Downloads, verifies, unpacks and version-checks the package, then caches its sft. */
async function fetchIntoCache(
  spec: RepoSpec,
  index: RepoIndex,
  chosen: PackageEntry,
  platform: Platform,
  lap: (what: string) => void
): Promise<SftBinary> {
  const version = upstreamVersion(chosen.version)
  const work = await makeTempDir('opa-sft-')
  try {
    const url = `${spec.url}/${chosen.filename}`
    const deb = path.join(work, 'package.deb')
    const got = await downloadFile(url, deb).catch((error: unknown) => {
      throw new InstallError(
        `Could not download ${url}: ${messageOf(error)}.`,
        'Re-run the job; if it persists, check the repository or use a mirror with `sft-repo`.'
      )
    })
    checkDigest(url, got, chosen)
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
    // Only a verified binary is cached, and atomically: other jobs may share this cache.
    const dir = await cacheFileAtomically(sft, { tool: TOOL, version, arch: platform.toolArch }, (entry) =>
      reportsVersion(path.join(entry, 'sft'), version)
    )
    const signed = index.signedBy ? `, index signed by ${index.signedBy}` : ', index signature not checked'
    log.info(`Installed sft ${version} from ${url} (SHA-256 ${got.sha256}${signed})`)
    return { path: path.join(dir, 'sft'), version, source: 'download', pathEntry: dir }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
