/**
 * Runner shapes beyond one fresh VM (issue 16), for RunnerJob:
 * - a machine whose jobs share HOME and the tool cache (several runner
 *   instances under one user);
 * - steps run as an unprivileged user;
 * - a `container:` job: a minimal Debian root file system
 *   (debootstrap --variant=minbase, built once per machine), HOME=/github/home
 *   while the passwd home stays /root, the runner's node mounted in at
 *   /__e/node24 as the runner mounts its externals.
 * A job killed before post is RunnerJob.killBeforePost.
 */
import { execFileSync } from 'node:child_process'
import { chownSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** One machine's HOME and tool cache, which every job given it shares. */
export class RunnerMachine {
  readonly dir: string
  readonly home: string
  readonly toolCache: string

  constructor() {
    this.dir = mkdtempSync(path.join(tmpdir(), 'opa-machine-'))
    this.home = path.join(this.dir, 'home')
    this.toolCache = path.join(this.dir, 'tool-cache')
    for (const dir of [this.home, this.toolCache]) mkdirSync(dir)
  }

  /** Gives the machine's directories to `user`, whose jobs write there. */
  chown(user: RunnerUser): void {
    for (const dir of [this.dir, this.home, this.toolCache]) chownSync(dir, user.uid, user.gid)
  }

  /** Ends what the machine's jobs left running, then removes the machine's directories. */
  dispose(): void {
    killProcessesOf(this.dir)
    rmSync(this.dir, { recursive: true, force: true })
  }
}

export interface RunnerUser {
  name: string
  uid: number
  gid: number
}

const RUNNER_USER = 'opa-runner'

/**
 * The unprivileged account steps run as: a system user with no home of its
 * own (as a runner service account often is), made once per machine. ssh
 * needs the uid in passwd, so a bare uid would not do.
 */
export function runnerUser(): RunnerUser {
  const lookup = (): RunnerUser | undefined => {
    try {
      const uid = Number(execFileSync('id', ['-u', RUNNER_USER], { encoding: 'utf8', stdio: 'pipe' }))
      const gid = Number(execFileSync('id', ['-g', RUNNER_USER], { encoding: 'utf8', stdio: 'pipe' }))
      return { name: RUNNER_USER, uid, gid }
    } catch {
      return undefined
    }
  }
  const found = lookup()
  if (found) return found
  try {
    execFileSync(
      'useradd',
      [
        '--system',
        '--user-group',
        '--no-create-home',
        '--home-dir',
        '/nonexistent',
        '--shell',
        '/usr/sbin/nologin',
        RUNNER_USER
      ],
      { stdio: 'pipe' }
    )
  } catch {
    // A parallel test file made it first.
  }
  const made = lookup()
  if (!made) throw new Error(`Could not create the ${RUNNER_USER} account (useradd)`)
  return made
}

/** Pids of the processes whose environment mentions `dir` (HOME, RUNNER_TEMP, ...). */
export function processesOf(dir: string): number[] {
  const pids: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue
    try {
      if (readFileSync(`/proc/${entry}/environ`, 'latin1').includes(`=${dir}`)) pids.push(Number(entry))
    } catch {
      // Gone, or not ours to read.
    }
  }
  return pids
}

/** Ends every process whose environment mentions `dir`. */
export function killProcessesOf(dir: string): void {
  for (const pid of processesOf(dir)) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // It ended on its own meanwhile.
    }
  }
}

/**
 * The container job's root file system, built by script/container-rootfs.sh
 * on first use (about 30 s with a near mirror) and cached per machine.
 */
export function containerRootfs(): string {
  return execFileSync('bash', [path.join(REPO_ROOT, 'script', 'container-rootfs.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    timeout: 15 * 60_000
  }).trim()
}

/** Where the job's container keeps what persists between its steps: its /root. */
export interface ContainerJob {
  rootfs: string
  /** The container's /root (the passwd home), writable and the job's own. */
  root: string
  /** The directory the step's root is assembled in. */
  stage: string
}

export function containerFor(jobDir: string): ContainerJob {
  const container = {
    rootfs: containerRootfs(),
    root: path.join(jobDir, 'container-root'),
    stage: path.join(jobDir, 'container-stage')
  }
  mkdirSync(container.root, { mode: 0o700 })
  mkdirSync(container.stage)
  return container
}

/**
 * Assembles the container's root in a mount namespace of the step's own:
 * a tmpfs with the Debian root file system's top directories bound
 * read-only (so the cached root stays as built), /root and /github/home the
 * job's, the run's temp directory and this repository at their own paths
 * (the sandbox, the job's files and the bundles), /dev, /proc, node at
 * /__e/node24/bin/node and /.dockerenv as docker makes it. Then it runs
 * the program there.
 */
const ASSEMBLE = `set -eu
rootfs=$1 stage=$2 root=$3 home=$4 shared=$5 repo=$6 node=$7 cwd=$8
shift 8
mount -t tmpfs tmpfs "$stage"
for entry in "$rootfs"/*; do
  name=\${entry##*/}
  case $name in proc | dev | sys | tmp | root | run | github | __e) continue ;; esac
  if [ -L "$entry" ]; then cp -P "$entry" "$stage/$name"; continue; fi
  [ -d "$entry" ] || continue
  mkdir "$stage/$name"
  mount --bind "$entry" "$stage/$name"
  mount -o remount,bind,ro "$stage/$name"
done
mkdir -p "$stage/root" "$stage/tmp" "$stage/run" "$stage/proc" "$stage/dev" "$stage/github/home" "$stage/__e/node24/bin"
chmod 1777 "$stage/tmp"
mount --bind "$root" "$stage/root"
mount --bind "$home" "$stage/github/home"
touch "$stage/__e/node24/bin/node"
mount --bind "$node" "$stage/__e/node24/bin/node"
mkdir -p "$stage$shared" "$stage$repo"
mount --bind "$shared" "$stage$shared"
mount --bind "$repo" "$stage$repo"
mount --rbind /dev "$stage/dev"
mount -t proc proc "$stage/proc"
touch "$stage/.dockerenv"
exec chroot "$stage" /usr/bin/env -C "$cwd" "$@"
`

/** The program and arguments that run `file args` as a step of the container job. */
export function inContainer(
  container: ContainerJob,
  paths: { home: string; shared: string; cwd: string },
  file: string,
  args: string[]
): [string, string[]] {
  const node = file === process.execPath ? '/__e/node24/bin/node' : file
  // bash, not sh: dash drops variables such as INPUT_OPA-ADDR whose names have a dash.
  const script = ['bash', '-c', ASSEMBLE, 'assemble']
  const values = [
    container.rootfs,
    container.stage,
    container.root,
    paths.home,
    paths.shared,
    REPO_ROOT,
    process.execPath,
    paths.cwd
  ]
  return ['unshare', ['--mount', '--propagation', 'private', '--', ...script, ...values, node, ...args]]
}

/** The container's PATH: the image's own, then node's, as a job image with node has it. */
export const CONTAINER_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/__e/node24/bin'
