/** The sft binary the action uses: where it is, its version, and how it was found. */
import { constants, existsSync } from 'node:fs'
import { access } from 'node:fs/promises'
import path from 'node:path'
import type { Inputs } from '../inputs/main.js'
import { InstallError, messageOf } from '../lib/errors.js'
import { findOnPath, runCommand } from '../lib/exec.js'
import { FIRST_WORKLOAD_SFT, parseSftVersion } from '../sft/contract.js'
import { fromSft } from '../sft/said.js'
import { compareVersions, upstreamVersion } from './debian-version.js'

export type InstallInputs = Pick<Inputs, 'install' | 'sftPath' | 'sftVersion' | 'sftRepo' | 'sftChannel' | 'sftRepoKey'>

export interface SftBinary {
  path: string
  version: string
  source: 'sft-path' | 'PATH' | 'tool-cache' | 'download' | 'apt'
  /** A directory the caller should add to PATH, so later steps find this sft as `sft`. */
  pathEntry?: string
}

/** Whether a found version meets `sft-version`: equal to a pin, or new enough for `latest`. */
export function satisfies(version: string, wanted: string): boolean {
  if (wanted === 'latest') return compareVersions(version, FIRST_WORKLOAD_SFT) >= 0
  return version === wanted || version === upstreamVersion(wanted)
}

export function checkVersion(binary: SftBinary, wanted: string): SftBinary {
  if (wanted !== 'latest' && !satisfies(binary.version, wanted)) {
    throw new InstallError(
      `${binary.path} is sft ${binary.version}, but sft-version asks for ${wanted}.`,
      'Pin `sft-version` to the version installed, set it to "latest", or let the action install the pinned one (`install: auto`, no `sft-path`).'
    )
  }
  return binary
}

export async function explicitBinary(file: string): Promise<SftBinary> {
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

export async function pathBinary(): Promise<SftBinary | undefined> {
  const found = await findOnPath('sft')
  return found ? { path: found, version: await sftVersion(found), source: 'PATH' } : undefined
}

/** Runs `sft --version` and returns the version it reports. */
export async function sftVersion(file: string): Promise<string> {
  let result
  try {
    result = await runCommand(file, ['--version'], { timeoutMs: 15_000 })
  } catch (error) {
    // ENOENT for a file that exists means its program loader is missing: a glibc binary on musl.
    const loader =
      (error as NodeJS.ErrnoException).code === 'ENOENT' && existsSync(file)
        ? ' (the file exists, so the program loader it names is missing: a glibc binary on a musl system such as Alpine)'
        : ''
    throw new InstallError(
      `Could not run ${file}: ${messageOf(error)}${loader}.`,
      "Check that the file is a Linux sft binary for this runner's architecture and C library.",
      [],
      { cause: error }
    )
  }
  const version = parseSftVersion(`${result.stdout}\n${result.stderr}`)
  if (result.exitCode !== 0 || !version) {
    throw new InstallError(
      `${file} --version did not report a version (exit ${result.exitCode ?? result.signal}).`,
      'Check that the file is the sft CLI from scaleft-client-tools.',
      [fromSft(result.stderr).trim()]
    )
  }
  return version
}
