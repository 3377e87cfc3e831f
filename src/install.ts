import { constants } from 'node:fs'
import { access } from 'node:fs/promises'
import path from 'node:path'
import { parseSftVersion } from './contract.js'
import { InstallError } from './errors.js'
import type { Inputs } from './inputs.js'
import { runCommand } from './process.js'

export interface SftBinary {
  path: string
  version: string
  source: 'sft-path' | 'PATH'
}

/**
 * Finds the sft binary the rest of the action will use and checks that it
 * runs. With `install: none` (and `auto`, until the download installer
 * lands) that is `sft-path` or the first `sft` on PATH.
 */
export async function resolveSft(
  inputs: Pick<Inputs, 'install' | 'sftPath' | 'sftVersion'>
): Promise<SftBinary> {
  if (inputs.install === 'download' || inputs.install === 'apt') {
    throw new InstallError(
      `install: ${inputs.install} is not available in this version of the action.`,
      'Install sft in an earlier step and use `install: none`, or use `install: auto`.'
    )
  }
  const found = inputs.sftPath
    ? await checkExplicit(inputs.sftPath)
    : await findOnPath('sft')
  if (!found) {
    throw new InstallError(
      'No sft binary was found on PATH.',
      'Install scaleft-client-tools in an earlier step, or set `sft-path` to the binary.'
    )
  }
  const version = await sftVersion(found)
  if (inputs.sftVersion !== 'latest' && version !== inputs.sftVersion) {
    throw new InstallError(
      `${found} is sft ${version}, but sft-version asks for ${inputs.sftVersion}.`,
      'Pin `sft-version` to the version installed, or set it to "latest".'
    )
  }
  return { path: found, version, source: inputs.sftPath ? 'sft-path' : 'PATH' }
}

async function checkExplicit(file: string): Promise<string> {
  const absolute = path.resolve(file)
  try {
    await access(absolute, constants.X_OK)
  } catch {
    throw new InstallError(
      `sft-path "${file}" does not exist or is not executable.`,
      'Point `sft-path` at the sft binary (for example /usr/bin/sft), or leave it empty to use PATH.'
    )
  }
  return absolute
}

export async function findOnPath(
  name: string,
  searchPath = process.env.PATH ?? ''
): Promise<string | undefined> {
  for (const dir of searchPath.split(path.delimiter)) {
    if (!dir) continue
    const candidate = path.join(dir, name)
    try {
      await access(candidate, constants.X_OK)
      return candidate
    } catch {
      // not in this directory
    }
  }
  return undefined
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
