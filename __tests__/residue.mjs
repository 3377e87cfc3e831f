/**
 * The first and last word of a test run (both Jest projects). Before the tests, it gives the run
 * a temp directory of its own (TMPDIR, which every sandbox, job and child
 * inherits). After them, nothing the tests created may still exist:
 * - a process that carries the run's directory in its environment or
 *   command line (an ssh-agent, an sshd, a session);
 * - a process in a mount namespace of its own (a target server, or a session
 *   inside one) that no other run on the machine owns;
 * - a `wl_` account in the machine's passwd;
 * - anything in the run's directory. (The machine's own temp directory is
 *   not checked: another run or program may use it meanwhile, and every
 *   temp file of the action, the sandbox and the tests goes through
 *   TMPDIR.)
 * Concurrent runs (a soak beside a developer's run) do not see each other's
 * processes. Processes and accounts end asynchronously, so the check waits a
 * little before it fails.
 */
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, chmodSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const RUN_PREFIX = 'opa-e2e-'
const SETTLE_MS = 15_000

let baseline

export function recordBaseline() {
  // Both projects name this module: one baseline serves a run of both.
  if (baseline) return
  const machineTemp = tmpdir()
  const runDir = mkdtempSync(path.join(machineTemp, RUN_PREFIX))
  // Like /tmp, the JIT accounts and the runner user must be able to reach what lies below.
  chmodSync(runDir, 0o755)
  baseline = { ...snapshot(), machineTemp, runDir }
  process.env.TMPDIR = runDir
}

export async function checkResidue() {
  if (!baseline) return
  const deadline = Date.now() + SETTLE_MS
  let residue = leftovers()
  while (residue.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    residue = leftovers()
  }
  process.env.TMPDIR = baseline.machineTemp
  if (residue.length > 0) {
    throw new Error(`The tests left these behind:\n${residue.map((r) => `  - ${r}`).join('\n')}`)
  }
  rmSync(baseline.runDir, { recursive: true, force: true })
  baseline = undefined
}

function snapshot() {
  return {
    pids: new Set(processes().map((p) => p.pid)),
    accounts: new Set(jitAccounts())
  }
}

function leftovers() {
  const ownNamespace = namespaceOf('self')
  // esbuild's service (the sandbox builds its sft with it) lives exactly as long as the process that started it.
  const fresh = processes().filter((p) => !baseline.pids.has(p.pid) && p.pid !== process.pid && p.comm !== 'esbuild')
  const ours = (p) => p.marks.includes(baseline.runDir)
  const othersNamespaces = new Set(
    fresh.filter((p) => p.marks.includes(`/${RUN_PREFIX}`) && !ours(p)).map((p) => p.namespace)
  )
  const found = []
  for (const proc of fresh) {
    const isolated = proc.namespace !== null && proc.namespace !== ownNamespace && !othersNamespaces.has(proc.namespace)
    if (ours(proc) || isolated) found.push(`process ${proc.pid} (${proc.comm}): ${proc.cmdline}`)
  }
  // tsx keeps its compile cache in TMPDIR (tsx-<uid>): a tool's cache, gone with the run's directory.
  for (const name of readdirSync(baseline.runDir).filter((n) => !/^tsx-\d+$/.test(n)))
    found.push(`temp entry ${path.join(baseline.runDir, name)}`)
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
      // What ties a process to a run: its environment (HOME, TMPDIR) and its arguments.
      const marks = `${cmdline}\n${readFileSync(`/proc/${entry}/environ`, 'latin1')}`
      list.push({ pid: Number(entry), comm, cmdline, marks, namespace: namespaceOf(entry) })
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
