/**
 * File transfers for the SSH helper: scp through the sft ssh-config, as
 * the JIT account, with the size checked on both ends after each copy.
 */
import { existsSync, statSync } from 'node:fs'
import { runCommand } from '../lib/exec.js'
import { shellQuote } from '../lib/shell.js'
import type { Transfer } from '../inputs/transfers.js'

export interface TransferContext {
  host: string
  account: string
  sshConfig: string
  env: NodeJS.ProcessEnv
}

const expand = (value: string, host: string): string => value.split('{host}').join(host)

/**
 * A local path scp cannot take for a remote one: scp reads `a:b` as host a,
 * path b, unless the name is explicitly a path (absolute, or `./` first).
 */
function localPath(value: string): string {
  return value.startsWith('/') || value.startsWith('./') || value.startsWith('../') ? value : `./${value}`
}

/** A copy may move a large file over a slow link. */
export const SCP_TIMEOUT_MS = 3_600_000
const STAT_TIMEOUT_MS = 120_000

/** Arguments for ssh or scp through the sft ssh-config, as the JIT account, never prompting. */
export function viaSftConfig(sshConfig: string, account: string, args: string[]): string[] {
  return ['-F', sshConfig, '-o', 'BatchMode=yes', ...(account ? ['-o', `User=${account}`] : []), ...args]
}

/** The size of a remote regular file, or undefined when it is missing or not a file. */
async function remoteSize(ctx: TransferContext, remote: string): Promise<number | undefined> {
  // The path travels as an argument of stat, quoted for the remote shell.
  const args = viaSftConfig(ctx.sshConfig, ctx.account, [ctx.host, `stat -L -c %s -- ${shellQuote(remote)}`])
  const result = await runCommand('ssh', args, { env: ctx.env, timeoutMs: STAT_TIMEOUT_MS })
  const size = Number(result.stdout.trim())
  return result.exitCode === 0 && Number.isInteger(size) ? size : undefined
}

async function scp(ctx: TransferContext, from: string, to: string): Promise<string | undefined> {
  const args = viaSftConfig(ctx.sshConfig, ctx.account, ['-q', '-r', from, to])
  const result = await runCommand('scp', args, { env: ctx.env, timeoutMs: SCP_TIMEOUT_MS })
  if (result.exitCode === 0) return undefined
  const reason =
    result.stderr
      .split(/[\r\n]+/)
      .map((line) => line.trim())
      .filter(Boolean)
      .join('; ') || `exit ${result.exitCode}`
  return /permission denied|read-only|no such file or directory/i.test(reason)
    ? `${reason} (is the remote path writable by ${ctx.account}, and does its directory exist?)`
    : reason
}

/** Copies local files to the host; returns the first problem, or undefined when all arrived whole. */
export async function upload(ctx: TransferContext, transfers: Transfer[]): Promise<string | undefined> {
  for (const t of transfers) {
    const local = localPath(expand(t.from, ctx.host))
    const remote = expand(t.to, ctx.host)
    if (!existsSync(local)) return `upload: the local path ${local} does not exist`
    const failed = await scp(ctx, local, `${ctx.host}:${remote}`)
    if (failed) return `upload of ${local} to ${ctx.host}:${remote} failed: ${failed}`
    if (statSync(local).isFile()) {
      const size = await remoteSize(ctx, remote.endsWith('/') ? `${remote}${local.split('/').pop()}` : remote)
      if (size !== statSync(local).size) {
        return `upload of ${local}: ${ctx.host}:${remote} has ${size ?? 'no'} bytes, expected ${statSync(local).size}`
      }
    }
  }
  return undefined
}

/** Copies files from the host; returns the first problem, or undefined when all arrived whole. */
export async function download(ctx: TransferContext, transfers: Transfer[]): Promise<string | undefined> {
  for (const t of transfers) {
    const remote = expand(t.from, ctx.host)
    const local = localPath(expand(t.to, ctx.host))
    const expected = await remoteSize(ctx, remote)
    const failed = await scp(ctx, `${ctx.host}:${remote}`, local)
    if (failed) return `download of ${ctx.host}:${remote} to ${local} failed: ${failed}`
    if (expected !== undefined) {
      const target = existsSync(local) && statSync(local).isDirectory() ? `${local}/${remote.split('/').pop()}` : local
      const size = existsSync(target) ? statSync(target).size : undefined
      if (size !== expected)
        return `download of ${ctx.host}:${remote}: ${target} has ${size ?? 'no'} bytes, expected ${expected}`
    }
  }
  return undefined
}
