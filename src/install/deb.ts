/**
 * Unpacks the sft binary from a .deb without root. dpkg-deb is used where
 * it exists; elsewhere the ar container is read here and tar unpacks the
 * data member, which is all `dpkg-deb -x` does.
 */
import { existsSync } from 'node:fs'
import { mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { APT } from '../sft/contract.js'
import { InstallError, messageOf } from '../lib/errors.js'
import { findOnPath, runCommand } from '../lib/exec.js'

const AR_MAGIC = '!<arch>\n'

interface ArMember {
  name: string
  data: Buffer
}

/** Parses the members of a Unix ar archive (the outer format of a .deb). */
export function readAr(archive: Buffer): ArMember[] {
  if (archive.subarray(0, 8).toString('latin1') !== AR_MAGIC) throw new Error('not an ar archive (bad magic)')
  const members: ArMember[] = []
  let offset = 8
  while (offset + 60 <= archive.length) {
    const header = archive.subarray(offset, offset + 60).toString('latin1')
    if (header.slice(58, 60) !== '`\n') throw new Error(`bad ar member header at byte ${offset}`)
    const name = header.slice(0, 16).trim().replace(/\/$/, '')
    const size = Number(header.slice(48, 58).trim())
    const start = offset + 60
    if (!Number.isInteger(size) || start + size > archive.length) throw new Error(`ar member ${name} is truncated`)
    members.push({ name, data: archive.subarray(start, start + size) })
    offset = start + size + (size % 2)
  }
  return members
}

const TAR_FLAGS: Record<string, string[]> = {
  'data.tar': [],
  'data.tar.gz': ['-z'],
  'data.tar.xz': ['-J'],
  'data.tar.zst': ['--zstd'],
  'data.tar.bz2': ['-j']
}

/**
 * Extracts `deb` into `dest` and returns the path of the sft binary in it.
 * `dpkgDeb` is the dpkg-deb to use, or empty to use the built-in reader.
 */
export async function extractSft(deb: string, dest: string, dpkgDeb?: string): Promise<string> {
  const tool = dpkgDeb ?? (await findOnPath('dpkg-deb'))
  const result = tool
    ? await runCommand(tool, ['-x', deb, dest], { timeoutMs: 120_000 })
    : await extractWithTar(deb, dest)
  if (result.exitCode !== 0) {
    throw new InstallError(
      `The downloaded package is corrupt: ${tool ? 'dpkg-deb' : 'tar'} could not unpack it (${result.stderr.trim() || `exit ${result.exitCode}`}).`,
      'Its checksum matched the index, so the repository serves a broken package. Pin another `sft-version` or report it to Okta.'
    )
  }
  const sft = path.join(dest, APT.binaryInPackage)
  if (!existsSync(sft)) {
    throw new InstallError(
      `The package has no ${APT.binaryInPackage}.`,
      'The package layout changed. Install sft yourself and use `install: none`, and report it.'
    )
  }
  return sft
}

async function extractWithTar(deb: string, dest: string): Promise<{ exitCode: number | null; stderr: string }> {
  let members: ArMember[]
  try {
    members = readAr(await readFile(deb))
  } catch (error) {
    return { exitCode: 1, stderr: messageOf(error) }
  }
  const data = members.find((m) => m.name in TAR_FLAGS)
  await mkdir(dest, { recursive: true })
  if (!data)
    return {
      exitCode: 1,
      stderr: `no data.tar member among ${members.map((m) => m.name).join(', ')}`
    }
  return runCommand('tar', ['-x', ...TAR_FLAGS[data.name], '-f', '-', '-C', dest], {
    input: data.data,
    timeoutMs: 120_000
  })
}
