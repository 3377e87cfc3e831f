/**
 * Reads an apt repository the way apt does, without apt: the signed
 * InRelease (or Release), the Packages index it vouches for by SHA-256, and
 * the stanza of the package we want.
 */
import * as log from '../lib/log.js'
import { createHash } from 'node:crypto'
import { gunzipSync } from 'node:zlib'
import { APT } from '../sft/contract.js'
import { compareVersions, parseParagraphs, upstreamVersion } from './debian-version.js'
import { InstallError, messageOf } from '../lib/errors.js'
import { fetchBuffer, HttpFailure, type Digest } from '../lib/http.js'
import { runCommand } from '../lib/exec.js'
import { parseFingerprint } from './fingerprint.js'
import { BadSignature, readOpenPgpKey, verifyRelease, type ReleaseSignature } from './signature.js'

export interface RepoSpec {
  /** Repository base, such as https://dist.scaleft.com/repos/deb. */
  url: string
  codename: string
  component: string
  arch: string
  /** A key fingerprint to pin, or the URL of the key; empty for the default key. */
  key: string
}

export interface PackageEntry {
  version: string
  filename: string
  size: number
  sha256: string
}

export interface RepoIndex {
  packages: PackageEntry[]
  /** Fingerprint of the key that signed the index; empty when it could not be verified. */
  signedBy: string
}

export async function readRepoIndex(spec: RepoSpec): Promise<RepoIndex> {
  const dist = `${spec.url}/dists/${spec.codename}`
  const { text, signedBy } = await readRelease(spec, dist)
  const release = parseParagraphs(text)[0] ?? new Map<string, string>()
  checkValidUntil(release.get('valid-until'), dist)

  const listed = new Map<string, { sha256: string; size: number }>()
  for (const line of (release.get('sha256') ?? '').split('\n')) {
    const [sha256, size, name] = line.trim().split(/\s+/)
    if (name) listed.set(name, { sha256: sha256.toLowerCase(), size: Number(size) })
  }
  const base = `${spec.component}/binary-${spec.arch}/Packages`
  // gzip first: Node inflates it natively and it is much smaller than plain.
  const choice = ['.gz', '', '.xz'].map((ext) => `${base}${ext}`).find((name) => listed.has(name))
  if (!choice) {
    throw new InstallError(
      `${dist}/Release lists no ${base} index, so this repository has no ${spec.arch} packages in component "${spec.component}".`,
      `Check \`sft-channel\` (usually "okta") and \`sft-repo\`, or install sft yourself and use \`install: none\`.`
    )
  }
  const expected = listed.get(choice) as { sha256: string; size: number }
  const raw = await fetchOrExplain(`${dist}/${choice}`, 'the package index')
  verifyDigest(`${dist}/${choice}`, raw, expected)
  const packages = parseParagraphs((await decompress(choice, raw)).toString('utf8'))
    .filter((p) => p.get('package') === APT.packageName && [spec.arch, 'all'].includes(p.get('architecture') ?? ''))
    .map((p) => ({
      version: p.get('version') ?? '',
      filename: p.get('filename') ?? '',
      size: Number(p.get('size')),
      sha256: (p.get('sha256') ?? '').toLowerCase()
    }))
    .filter((p) => p.version && p.filename && p.sha256)
  return { packages, signedBy }
}

/**
 * Picks the requested version: `latest` is the highest by dpkg ordering; an
 * exact pin matches the full Debian version, or else the highest whose
 * upstream part equals it (so `1.114.0` finds `1.114.0-1`).
 */
export function choosePackage(packages: PackageEntry[], requested: string, where: string): PackageEntry {
  const sorted = [...packages].sort((a, b) => compareVersions(b.version, a.version))
  const chosen =
    requested === 'latest'
      ? sorted[0]
      : (sorted.find((p) => p.version === requested) ?? sorted.find((p) => upstreamVersion(p.version) === requested))
  if (chosen) return chosen
  const newest = [...new Set(sorted.map((p) => p.version))].slice(0, 10)
  throw new InstallError(
    requested === 'latest'
      ? `${where} has no ${APT.packageName} package.`
      : `${APT.packageName} ${requested} is not in ${where}. The newest versions there are: ${newest.join(', ') || '(none)'}.`,
    requested === 'latest'
      ? 'Check `sft-repo`, `sft-channel` and the runner architecture.'
      : 'Set `sft-version` to one of the listed versions, or to "latest".'
  )
}

async function readRelease(spec: RepoSpec, dist: string): Promise<{ text: string; signedBy: string }> {
  // The key and the signed release do not depend on each other: fetch both at once. When both
  // fail (a proxy refusing the host), the key's failure is the one to report: it decides trust.
  const [keyResult, releaseResult] = await Promise.allSettled([loadKey(spec), fetchInRelease(dist)])
  if (keyResult.status === 'rejected') throw keyResult.reason
  if (releaseResult.status === 'rejected') throw releaseResult.reason
  const [key, inRelease] = [keyResult.value, releaseResult.value]
  let signature: ReleaseSignature
  if (inRelease) {
    if (!key) return { text: cleartextBody(inRelease.toString('utf8')), signedBy: '' }
    signature = { clearsigned: inRelease }
  } else {
    const release = await fetchOrExplain(`${dist}/Release`, 'the release file')
    if (!key) return { text: release.toString('utf8'), signedBy: '' }
    signature = {
      release,
      detached: await fetchOrExplain(`${dist}/Release.gpg`, 'the release signature')
    }
  }
  const where = `${dist}/${inRelease ? 'InRelease' : 'Release'}`
  let signed
  try {
    signed = await verifyRelease(signature, key.data)
  } catch (error) {
    if (!(error instanceof BadSignature)) throw error
    throw new InstallError(
      `The signature of ${where} does not verify with the repository key from ${key.url}: ${error.message}.`,
      'The repository index may have been tampered with, or the key has changed. Do not work around this; check the repository and key with your security team.'
    )
  }
  const pinned = parseFingerprint(spec.key)
  if (pinned && signed.fingerprint !== pinned) {
    throw new InstallError(
      `${where} is signed by key ${signed.fingerprint}, but sft-repo-key pins ${pinned}.`,
      'Someone may be serving a different key. Check the fingerprint with your security team before changing the pin.'
    )
  }
  return { text: signed.text, signedBy: signed.fingerprint }
}

/** InRelease, or undefined when the repository has only Release + Release.gpg. */
async function fetchInRelease(dist: string): Promise<Buffer | undefined> {
  try {
    // Older repositories have only Release + Release.gpg; a 404 says so at once.
    return await fetchBuffer(`${dist}/InRelease`, { retryNotFound: false })
  } catch (error) {
    if (error instanceof HttpFailure && error.status === 404) return undefined
    throw explainFetch(error, 'the signed release file')
  }
}

/** The pinned key URL, else the key Okta publishes at the repository host. */
function keyUrl(spec: RepoSpec): string {
  return spec.key && !parseFingerprint(spec.key) ? spec.key : `${new URL(spec.url).origin}/${APT.keyFile}`
}

/**
 * The key the release must be signed with. With a pin, any failure to get
 * it is an error. Without one, only a 404 (the host publishes no key) lets
 * the install go on unsigned, loudly; any other answer, such as a proxy or
 * mirror refusing the key (403, 407, 503) or no answer at all, is fatal,
 * since a proxy blocking the key is where tampering would hide.
 */
async function loadKey(spec: RepoSpec): Promise<{ url: string; data: Buffer } | undefined> {
  const url = keyUrl(spec)
  try {
    // A host that does not publish the key says so with a 404; no need to wait.
    return { url, data: await fetchBuffer(url, { retryNotFound: !!spec.key }) }
  } catch (error) {
    if (spec.key) throw explainFetch(error, 'the pinned repository key')
    if (!(error instanceof HttpFailure) || error.status !== 404) throw keyRefused(url, error)
    log.warning(
      `The repository key ${url} does not exist (HTTP 404); the sft package index is verified only by its SHA-256 chain, not by a signature. Pin a key with \`sft-repo-key\` to require one.`
    )
    return undefined
  }
}

function keyRefused(url: string, error: unknown): InstallError {
  const answer =
    error instanceof HttpFailure && error.status > 0
      ? `HTTP ${error.status} after ${error.attempts} attempt${error.attempts === 1 ? '' : 's'}`
      : `no answer: ${messageOf(error)}`
  return new InstallError(
    `Could not fetch the repository key ${url} (${answer}), so the sft package index cannot be verified; the install stops rather than go on unsigned.`,
    'Only a 404 (no key published) lets the install continue without a signature check. Let the runner reach the key URL (allow it through the proxy or mirror), or set `sft-repo-key` to the URL of a copy of the key the runner can reach.'
  )
}

export interface RepoKey {
  fingerprint: string
  /** The key in binary (dearmored) form, as apt's signed-by wants it. */
  binary: Uint8Array
}

/** Fetches, parses and checks the repository key for apt; any failure is an error. */
export async function readRepoKey(spec: RepoSpec): Promise<RepoKey> {
  const url = keyUrl(spec)
  const data = await fetchOrExplain(url, 'the repository key')
  let key
  try {
    key = await readOpenPgpKey(data)
  } catch (error) {
    throw new InstallError(
      `${url} is not an OpenPGP public key: ${messageOf(error)}.`,
      'Point `sft-repo-key` at the armored repository key, or give its fingerprint.'
    )
  }
  const fingerprint = key.getFingerprint().toUpperCase()
  const pinned = parseFingerprint(spec.key)
  if (pinned && fingerprint !== pinned) {
    throw new InstallError(
      `The repository key at ${url} has fingerprint ${fingerprint}, but sft-repo-key pins ${pinned}.`,
      'Someone may be serving a different key. Check the fingerprint with your security team before changing the pin.'
    )
  }
  return { fingerprint, binary: key.write() }
}

/** The signed text of a clearsigned message, for when there is no key to check it. */
function cleartextBody(armored: string): string {
  const match =
    /-----BEGIN PGP SIGNED MESSAGE-----\r?\n(?:[^\n]+\r?\n)*\r?\n([\s\S]*?)\r?\n-----BEGIN PGP SIGNATURE-----/.exec(
      armored
    )
  if (!match) return armored
  return match[1].replace(/^- /gm, '')
}

function checkValidUntil(value: string | undefined, dist: string): void {
  if (!value) return
  const until = Date.parse(value)
  if (Number.isFinite(until) && until < Date.now()) {
    throw new InstallError(
      `${dist}/Release expired on ${new Date(until).toISOString()} (Valid-Until), so it may be a replayed old index.`,
      'Check that `sft-repo` points at a live repository or mirror that is kept up to date.'
    )
  }
}

/** Throws unless a file's digest is the one the signed index lists for it. */
export function checkDigest(what: string, actual: Digest, expected: Digest): void {
  if (actual.size !== expected.size || actual.sha256 !== expected.sha256) {
    throw new InstallError(
      `${what} does not match the signed index: expected SHA-256 ${expected.sha256} and ${expected.size} bytes, got ${actual.sha256} and ${actual.size} bytes.`,
      'The file was corrupted or tampered with on the way. Re-run the job; if it persists, check the repository or mirror.'
    )
  }
}

export function verifyDigest(what: string, data: Buffer, expected: Digest): void {
  checkDigest(what, { sha256: createHash('sha256').update(data).digest('hex'), size: data.length }, expected)
}

async function decompress(name: string, data: Buffer): Promise<Buffer> {
  try {
    if (name.endsWith('.gz')) return gunzipSync(data)
    if (!name.endsWith('.xz')) return data
  } catch (error) {
    throw new InstallError(
      `${name} is not valid gzip: ${messageOf(error)}.`,
      'Re-run the job; the index may have been cut short.'
    )
  }
  const result = await runCommand('xz', ['-dc'], {
    input: data,
    timeoutMs: 30_000
  })
  if (result.exitCode !== 0) {
    throw new InstallError(
      `Could not decompress ${name} with xz: ${result.stderr.trim()}.`,
      'Install xz-utils on the runner, or use a repository that also serves Packages.gz.'
    )
  }
  return result.stdoutBuffer
}

async function fetchOrExplain(url: string, what: string): Promise<Buffer> {
  try {
    return await fetchBuffer(url)
  } catch (error) {
    throw explainFetch(error, what)
  }
}

function explainFetch(error: unknown, what: string): unknown {
  if (!(error instanceof HttpFailure)) return error
  const hint =
    error.status === 0
      ? 'The runner could not reach the repository: check its network, DNS and proxy settings (https_proxy, no_proxy), or install sft yourself and use `install: none`.'
      : error.status === 404
        ? 'Check `sft-repo`, `sft-channel` and that the runner OS release is one the repository serves.'
        : 'The repository is failing; re-run the job later, or use a mirror with `sft-repo`.'
  return new InstallError(
    `Could not download ${what} after ${error.attempts} attempt${error.attempts === 1 ? '' : 's'}: ${error.message}.`,
    hint
  )
}
