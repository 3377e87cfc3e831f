/**
 * The e2e project's last word: after every test has run, nothing that the
 * tests created may still exist. What counts is what appeared after the
 * baseline: a process in a mount namespace of its own (a target server) or
 * running one of the programs the sandbox and the action start, a `wl_`
 * account in the machine's passwd, a temp directory or file with one of the
 * sandbox's prefixes. Processes and accounts end asynchronously, so the check
 * waits a little before it fails.
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'

/** Programs the tests start, by their /proc comm (15 characters at most). */
const OUR_PROGRAMS = new Set(['sshd', 'sft', 'ssh', 'ssh-agent', 'scp', 'unshare', 'script', 'chromium', 'gpg-agent'])
/** Prefixes of what the sandbox, the runner emulation and the action create in the temp dir. */
const TEMP_PREFIXES = /^(opa-|sft-)/
const SETTLE_MS = 15_000

let baseline

export function recordBaseline() {
  baseline = snapshot()
}

export async function checkResidue() {
  const deadline = Date.now() + SETTLE_MS
  let residue = leftovers()
  while (residue.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    residue = leftovers()
  }
  if (residue.length > 0) {
    throw new Error(`The e2e tests left these behind:\n${residue.map((r) => `  - ${r}`).join('\n')}`)
  }
}

function snapshot() {
  return {
    pids: new Set(processes().map((p) => p.pid)),
    temp: new Set(readdirSync(tmpdir())),
    accounts: new Set(jitAccounts())
  }
}

function leftovers() {
  const ownNamespace = namespaceOf('self')
  const found = []
  for (const proc of processes()) {
    if (baseline.pids.has(proc.pid) || proc.pid === process.pid) continue
    const isolated = proc.namespace !== null && proc.namespace !== ownNamespace
    if (isolated || OUR_PROGRAMS.has(proc.comm)) found.push(`process ${proc.pid} (${proc.comm}): ${proc.cmdline}`)
  }
  for (const name of readdirSync(tmpdir())) {
    if (!baseline.temp.has(name) && TEMP_PREFIXES.test(name)) found.push(`temp entry ${tmpdir()}/${name}`)
  }
  for (const account of jitAccounts()) {
    if (!baseline.accounts.has(account)) found.push(`account ${account} in /etc/passwd`)
  }
  return found
}

function processes() {
  const list = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').trim()
      // Kernel threads have no command line; zombies are already gone for our purposes.
      const state = /^\d+ \(.*\) (\S)/.exec(readFileSync(`/proc/${entry}/stat`, 'utf8'))?.[1]
      if (!cmdline || state === 'Z') continue
      const comm = readFileSync(`/proc/${entry}/comm`, 'utf8').trim()
      list.push({ pid: Number(entry), comm, cmdline, namespace: namespaceOf(entry) })
    } catch {
      // The process ended while we looked.
    }
  }
  return list
}

function namespaceOf(pid) {
  try {
    return readlinkSync(`/proc/${pid}/ns/mnt`)
  } catch {
    return null
  }
}

function jitAccounts() {
  return readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('wl_'))
    .map((line) => line.split(':')[0])
}
