/**
 * Gets the sft binary the rest of the action uses, by the `install` method.
 * Each method lives in its own module; this one only chooses.
 */
import * as log from '../lib/log.js'
import path from 'node:path'
import { InstallError } from '../lib/errors.js'
import { aptInstall } from './apt.js'
import { checkVersion, explicitBinary, pathBinary, satisfies, type InstallInputs, type SftBinary } from './binary.js'
import { downloadInstall } from './download.js'
import { detectPlatform } from './platform.js'

export type { InstallInputs, SftBinary } from './binary.js'

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
    return path.basename(binary.path) === 'sft' ? { ...binary, pathEntry: path.dirname(binary.path) } : binary
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
    if (onPath) log.info(`Ignoring sft ${onPath.version} at ${onPath.path}: sft-version asks for ${inputs.sftVersion}`)
  }
  const platform = detectPlatform()
  return inputs.install === 'apt'
    ? aptInstall(inputs, platform, willWriteSystemFiles)
    : downloadInstall(inputs, platform)
}
