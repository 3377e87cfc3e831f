/**
 * Checks the OpenPGP signature of a repository's release file. gpgv, the
 * verifier apt itself runs, is used where it exists (every Debian and Ubuntu
 * runner); elsewhere the openpgp library does the same check. Loading
 * openpgp costs more than the rest of an install's index step together,
 * which is why it is only the fallback.
 */
import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { findOnPath, runCommand } from '../lib/exec.js'
import { messageOf } from '../lib/errors.js'
import { makeTempDir } from '../lib/temp.js'

export interface SignedRelease {
  /** The signed text, as the signature vouches for it. */
  text: string
  /** Fingerprint of the primary key that made the signature, upper-case hex. */
  fingerprint: string
}

export type ReleaseSignature = { clearsigned: Buffer } | { release: Buffer; detached: Buffer }

/** Thrown when the signature is missing, malformed or made by another key. */
export class BadSignature extends Error {}

/** Parses a public key, armored or binary; loads the openpgp library. */
export async function readOpenPgpKey(data: Buffer): Promise<import('openpgp').Key> {
  const pgp = await import('openpgp')
  const text = data.toString('utf8')
  return text.includes('-----BEGIN PGP')
    ? pgp.readKey({ armoredKey: text })
    : pgp.readKey({ binaryKey: new Uint8Array(data) })
}

/** Decodes ASCII armor into the binary OpenPGP packets it wraps. */
export function dearmor(data: Buffer): Buffer {
  const text = data.toString('utf8')
  const match =
    /-----BEGIN PGP [A-Z ]+-----\r?\n(?:[^\r\n]+\r?\n)*?\r?\n([\s\S]*?)^(?:=[A-Za-z0-9+/=]{4}\r?\n)?-----END PGP/m.exec(
      text
    )
  return match ? Buffer.from(match[1].replace(/\s+/g, ''), 'base64') : data
}

/**
 * Verifies `signature` with `key` (armored or binary). `gpgv` is the gpgv to
 * use, or empty for the openpgp library.
 */
export async function verifyRelease(signature: ReleaseSignature, key: Buffer, gpgv?: string): Promise<SignedRelease> {
  const tool = gpgv ?? (await findOnPath('gpgv'))
  return tool ? withGpgv(tool, signature, dearmor(key)) : withOpenPgp(signature, key)
}

async function withGpgv(gpgv: string, signature: ReleaseSignature, keyring: Buffer): Promise<SignedRelease> {
  const dir = await makeTempDir('opa-gpgv-')
  try {
    await writeFile(path.join(dir, 'key.gpg'), keyring)
    const common = ['--homedir', dir, '--status-fd', '2', '--keyring', path.join(dir, 'key.gpg')]
    let args: string[]
    if ('clearsigned' in signature) {
      await writeFile(path.join(dir, 'InRelease'), signature.clearsigned)
      args = [...common, '--output', path.join(dir, 'Release'), path.join(dir, 'InRelease')]
    } else {
      await writeFile(path.join(dir, 'Release'), signature.release)
      await writeFile(path.join(dir, 'Release.gpg'), signature.detached)
      args = [...common, path.join(dir, 'Release.gpg'), path.join(dir, 'Release')]
    }
    const result = await runCommand(gpgv, args, { timeoutMs: 30_000 })
    // VALIDSIG <sig-key-fpr> ... <primary-key-fpr>: the last field names the key.
    const valid = /^\[GNUPG:\] VALIDSIG (.+)$/m.exec(result.stderr)?.[1].trim().split(/\s+/)
    if (result.exitCode !== 0 || !valid) {
      const reason = result.stderr
        .split('\n')
        .filter((line) => line && !line.startsWith('[GNUPG:]'))
        .map((line) => line.replace(/^gpgv: /, ''))
        .join('; ')
      throw new BadSignature(reason || `gpgv exited with ${result.exitCode}`)
    }
    return {
      text: (await readFile(path.join(dir, 'Release'))).toString('utf8'),
      fingerprint: valid[valid.length - 1].toUpperCase()
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

async function withOpenPgp(signature: ReleaseSignature, keyData: Buffer): Promise<SignedRelease> {
  const pgp = await import('openpgp')
  try {
    const key = await readOpenPgpKey(keyData)
    const fingerprint = key.getFingerprint().toUpperCase()
    if ('clearsigned' in signature) {
      const message = await pgp.readCleartextMessage({
        cleartextMessage: signature.clearsigned.toString('utf8')
      })
      const result = await pgp.verify({
        message,
        verificationKeys: key,
        expectSigned: true
      })
      return { text: String(result.data), fingerprint }
    }
    const detached = signature.detached.toString('utf8').includes('-----BEGIN PGP')
      ? await pgp.readSignature({
          armoredSignature: signature.detached.toString('utf8')
        })
      : await pgp.readSignature({
          binarySignature: new Uint8Array(signature.detached)
        })
    const message = await pgp.createMessage({
      binary: new Uint8Array(signature.release)
    })
    await pgp.verify({
      message,
      signature: detached,
      verificationKeys: key,
      expectSigned: true
    })
    return { text: signature.release.toString('utf8'), fingerprint }
  } catch (error) {
    throw new BadSignature(messageOf(error))
  }
}
