/**
 * A Unix socket's path must fit `sun_path`: 108 bytes on Linux and 104 on
 * macOS, the final NUL included (DOC: unix(7), macOS <sys/un.h>). sft's agent
 * for native ssh listens in sft's data directory, which the action keeps in
 * its temp dir under RUNNER_TEMP; a self-hosted runner's long work directory
 * pushes the socket past the limit, and ssh then fails as if the server were
 * unreachable. Such a run keeps sft's state in a short private directory
 * instead, removed when the run ends.
 */
import * as log from '../lib/log.js'
import { mkdtemp, rm } from 'node:fs/promises'
import path from 'node:path'
import { SshError } from '../lib/errors.js'
import { AGENT_SOCKET_IN_DATA_DIR } from '../sft/contract.js'
import { keepSftStatePrivate, privateStateEnv } from '../sft/state.js'

/** The longest socket path, without the NUL. */
export function sunPathLimit(platform: NodeJS.Platform = process.platform): number {
  return (platform === 'darwin' ? 104 : 108) - 1
}

/** Where sft's agent socket will be with sft's data directory at `dataDir`. */
export function agentSocketPath(dataDir: string): string {
  return path.join(dataDir, AGENT_SOCKET_IN_DATA_DIR)
}

/** Not TMPDIR, which may be as long as RUNNER_TEMP: the shortest private place every Unix has. */
const SHORT_ROOT = '/tmp'

/**
 * Moves sft's state to a short private directory when its agent socket
 * would not fit, and returns a function that removes that directory; else
 * changes nothing.
 */
export async function keepAgentSocketShort(env: NodeJS.ProcessEnv = process.env): Promise<() => Promise<void>> {
  const current = env.XDG_DATA_HOME
  const limit = sunPathLimit()
  if (!current || Buffer.byteLength(agentSocketPath(current)) <= limit) return async () => undefined
  const dir = await mkdtemp(path.join(SHORT_ROOT, 'opa-sft-'))
  const socket = agentSocketPath(privateStateEnv(dir).XDG_DATA_HOME)
  if (Buffer.byteLength(socket) > limit) {
    await rm(dir, { recursive: true, force: true })
    throw new SshError(
      `sft's agent socket would be ${socket}, longer than the ${limit} bytes a socket path may have.`,
      'Use `transport: sft`, which needs no agent socket.'
    )
  }
  await keepSftStatePrivate(dir)
  log.info(
    `The temp dir ${current} is too long for sft's agent socket (${Buffer.byteLength(agentSocketPath(current))} bytes, at most ${limit}); sft keeps its state in ${dir} for this step.`
  )
  return () => rm(dir, { recursive: true, force: true })
}
