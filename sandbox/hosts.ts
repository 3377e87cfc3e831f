/**
 * Target servers: each one is a real OpenSSH sshd that trusts only the
 * sandbox CA, running in its own mount namespace where /etc/passwd,
 * /etc/shadow, /etc/group, /etc/sudoers.d and /home are the host's own.
 * (/tmp stays shared: the sandbox's own files live there.) Creating or destroying `wl_x` on one host never touches another,
 * nor the machine's own accounts.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { appendFile, chmod, chown, copyFile, mkdir, open, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { connect } from 'node:net'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

export const SSHD = '/usr/sbin/sshd'

/** The bind mounts that give a host its own accounts. Paths inside the namespace. */
const PRIVATE_FILES = ['/etc/passwd', '/etc/shadow', '/etc/group', '/etc/gshadow', '/etc/hosts']
/**
 * The servers run no systemd, so the host's systemctl is a stand-in that
 * records what it was asked (`systemctl.log` in the host's directory) and
 * succeeds: the role's one sudo command, `systemctl restart app`, works.
 */
const SYSTEMCTL = '/usr/bin/systemctl'

/** uids are unique across this process's hosts; other processes' sandboxes may reuse them. */
let nextUid = 61000

export interface Account {
  name: string
  uid: number
  sessions: Set<string>
}

export interface Login {
  host: string
  account: string
  fromAddress: string
  algorithm: string
  /** The certificate's key id: the OPA principal and session. */
  keyId: string
  serial: string
}

export class TargetHost {
  readonly dir: string
  readonly logFile: string
  private process?: ChildProcess
  private readonly accounts = new Map<string, Account>()
  private queue: Promise<unknown> = Promise.resolve()
  private stopping = false
  private loginWatch?: NodeJS.Timeout
  hostKeyLine = ''

  constructor(
    readonly name: string,
    readonly id: string,
    readonly port: number,
    sandboxDir: string,
    private readonly caPublicKey: string
  ) {
    this.dir = path.join(sandboxDir, 'hosts', name)
    this.logFile = path.join(this.dir, 'sshd.log')
  }

  /** Path of a host-private file as seen from outside the namespace. */
  private file(inside: string): string {
    return path.join(this.dir, 'root', inside)
  }

  async start(): Promise<void> {
    await this.prepareRoot()
    await this.configureSshd()
    await this.runSshd()
  }

  /** The host's own copies of the account files, with its own name in /etc/hosts. */
  private async prepareRoot(): Promise<void> {
    const root = path.join(this.dir, 'root')
    await mkdir(path.join(root, 'etc', 'sudoers.d'), { recursive: true })
    await mkdir(path.join(root, 'home'), { recursive: true })
    for (const file of PRIVATE_FILES) {
      if (existsSync(file)) await copyFile(file, this.file(file))
      else await writeFile(this.file(file), '')
    }
    // The host knows its own name, as sudo expects.
    await appendFile(this.file('/etc/hosts'), `127.0.1.1 ${this.name}\n`)
    await mkdir(path.dirname(this.file(SYSTEMCTL)), { recursive: true })
    await writeFile(
      this.file(SYSTEMCTL),
      [
        '#!/bin/sh',
        'case "$1" in',
        `  start|stop|restart|reload|status|is-active) echo "$*" >> '${this.serviceLog}' ;;`,
        '  *) echo "systemctl (sandbox): only start, stop, restart, reload, status and is-active" >&2; exit 1 ;;',
        'esac',
        ''
      ].join('\n'),
      { mode: 0o755 }
    )
  }

  private get serviceLog(): string {
    return path.join(this.dir, 'systemctl.log')
  }

  /** What the host's systemctl was asked, one `verb unit` line each, in order. */
  async serviceActions(): Promise<string[]> {
    return existsSync(this.serviceLog) ? (await readFile(this.serviceLog, 'utf8')).split('\n').filter(Boolean) : []
  }

  /** The host key, the CA the host trusts and an sshd_config that admits only that CA's certificates. */
  private async configureSshd(): Promise<void> {
    const hostKey = path.join(this.dir, 'ssh_host_ed25519_key')
    if (!existsSync(hostKey)) await run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', this.name, '-f', hostKey])
    const [type, key] = (await readFile(`${hostKey}.pub`, 'utf8')).trim().split(/\s+/)
    this.hostKeyLine = `${this.name} ${type} ${key}`
    await writeFile(path.join(this.dir, 'ca.pub'), `${this.caPublicKey}\n`)
    await writeFile(
      path.join(this.dir, 'sshd_config'),
      [
        `Port ${this.port}`,
        'ListenAddress 127.0.0.1',
        `HostKey ${hostKey}`,
        `TrustedUserCAKeys ${path.join(this.dir, 'ca.pub')}`,
        'AuthorizedKeysFile none',
        'PasswordAuthentication no',
        'KbdInteractiveAuthentication no',
        'PubkeyAuthentication yes',
        'PermitRootLogin no',
        'UsePAM no',
        'StrictModes no',
        'MaxStartups 128',
        'MaxSessions 64',
        'LogLevel VERBOSE',
        `PidFile ${path.join(this.dir, 'sshd.pid')}`,
        'Subsystem sftp internal-sftp',
        ''
      ].join('\n')
    )
  }

  /** Starts sshd in the host's own namespaces; returns once its port accepts connections. */
  private async runSshd(): Promise<void> {
    // Inside a private mount namespace: a private /run for sshd's privilege
    // separation directory, then the host's own account files over the
    // machine's. Paths arrive as arguments, never inside the script text.
    const script =
      'hostname "$0" && mount -t tmpfs -o mode=755 tmpfs /run && mkdir -m 755 /run/sshd && sshd=$1 log=$2 conf=$3 && shift 3 && ' +
      'while [ $# -gt 1 ]; do mount --bind "$1" "$2" || exit 1; shift 2; done && exec "$sshd" -D -E "$log" -f "$conf"'
    // Only over what the machine has: a bind mount needs its mount point. A
    // machine without sudo has no /etc/sudoers.d, and then no host can grant
    // sudo either; script/prerequisites.sh installs it.
    const binds = [...PRIVATE_FILES, '/etc/sudoers.d', '/home', SYSTEMCTL]
      .filter((f) => existsSync(f))
      .flatMap((f) => [this.file(f), f])
    this.process = spawn(
      'unshare',
      [
        '--mount',
        '--uts',
        '--propagation',
        'private',
        'sh',
        '-c',
        script,
        this.name,
        SSHD,
        this.logFile,
        path.join(this.dir, 'sshd_config'),
        ...binds
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] }
    )
    // sshd and the mounts before it report their errors on stderr; keep them for the error message.
    let stderr = ''
    this.process.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-2000)))
    await waitForPort(this.port, this.process, () => stderr.trim())
  }

  get pid(): number | undefined {
    return this.process?.exitCode === null ? this.process.pid : undefined
  }

  /** Stops sshd, then waits for account changes under way: the sandbox removes the files they edit next. */
  async stop(): Promise<void> {
    this.stopping = true
    clearInterval(this.loginWatch)
    const child = this.process
    if (child && child.exitCode === null && !child.signalCode) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000)
      await exited
      clearTimeout(timer)
    }
    await this.queue
  }

  /** Serialises account changes (the account files are edited in place); none start once the host stops. */
  private exclusive<T>(work: () => Promise<T>, whenStopped: () => Promise<T>): Promise<T> {
    const guarded = (): Promise<T> => (this.stopping ? whenStopped() : work())
    const next = this.queue.then(guarded, guarded)
    this.queue = next.catch(() => undefined)
    return next
  }

  /**
   * Adds a session for `account`: the account itself on the first session
   * (JIT), and a sudoers entry for this session granting only `commands`.
   */
  openSession(account: string, session: string, commands: string[]): Promise<Account> {
    return this.exclusive(
      async () => {
        let entry = this.accounts.get(account)
        if (!entry) {
          const uid = nextUid++
          entry = { name: account, uid, sessions: new Set() }
          const home = path.join('/home', account)
          // Appends keep the files' inodes, which the bind mounts refer to.
          await appendFile(this.file('/etc/passwd'), `${account}:x:${uid}:${uid}:OPA workload:${home}:/bin/bash\n`)
          await appendFile(this.file('/etc/group'), `${account}:x:${uid}:\n`)
          await appendFile(this.file('/etc/shadow'), `${account}:*:20000:0:99999:7:::\n`)
          if (existsSync(this.file('/etc/gshadow'))) await appendFile(this.file('/etc/gshadow'), `${account}:!::\n`)
          await mkdir(this.file(home), { recursive: true, mode: 0o700 })
          await chown(this.file(home), uid, uid)
          this.accounts.set(account, entry)
        }
        entry.sessions.add(session)
        if (commands.length) {
          const sudoers = this.file(path.join('/etc/sudoers.d', sudoersName(account, session)))
          await writeFile(sudoers, `${account} ALL=(root) NOPASSWD: ${commands.join(', ')}\n`, { mode: 0o440 })
          await chmod(sudoers, 0o440)
        }
        return entry
      },
      () => Promise.reject(new Error(`${this.name} is stopped: no new sessions`))
    )
  }

  /** Ends a session; the last one out destroys the account, its processes and its home. */
  closeSession(account: string, session: string): Promise<boolean> {
    return this.exclusive(
      async () => {
        await rm(this.file(path.join('/etc/sudoers.d', sudoersName(account, session))), { force: true })
        const entry = this.accounts.get(account)
        if (!entry || !entry.sessions.delete(session)) return false
        if (entry.sessions.size > 0) return true
        // Only inside this host's namespace: another sandbox on the machine may use the same uid.
        const nsPid = String(this.process?.pid ?? 0)
        await run('pkill', ['-KILL', '--ns', nsPid, '--nslist', 'mnt', '-u', String(entry.uid)]).catch(() => undefined)
        for (const file of ['/etc/passwd', '/etc/group', '/etc/shadow', '/etc/gshadow']) {
          if (!existsSync(this.file(file))) continue
          const kept = (await readFile(this.file(file), 'utf8'))
            .split('\n')
            .filter((line) => !line.startsWith(`${account}:`))
          // writeFile truncates in place, so the inode the namespace sees stays the same.
          await writeFile(this.file(file), kept.join('\n'))
        }
        await rm(this.file(path.join('/home', account)), { recursive: true, force: true })
        this.accounts.delete(account)
        return true
      },
      async () => false
    )
  }

  /**
   * Calls `listener` for every login sshd accepts, read from its own log, so
   * the System Log's ssh_login events come from the real server.
   */
  watchLogins(listener: (login: Login) => void): void {
    let offset = 0
    let partial = ''
    const poll = async (): Promise<void> => {
      if (!existsSync(this.logFile)) return
      const handle = await open(this.logFile, 'r')
      try {
        const { size } = await handle.stat()
        if (size <= offset) return
        const buffer = Buffer.alloc(size - offset)
        await handle.read(buffer, 0, buffer.length, offset)
        offset = size
        const lines = (partial + buffer.toString('utf8')).split('\n')
        partial = lines.pop() ?? ''
        for (const line of lines) {
          const match =
            /Accepted publickey for (\S+) from (\S+) port \d+ ssh2: (\S+)(?: .*? ID (\S+) \(serial (\d+)\))?/.exec(line)
          if (!match) continue
          listener({
            host: this.name,
            account: match[1],
            fromAddress: match[2],
            algorithm: match[3],
            keyId: match[4] ?? '',
            serial: match[5] ?? ''
          })
        }
      } finally {
        await handle.close()
      }
    }
    this.loginWatch = setInterval(() => void poll(), 100)
    this.loginWatch.unref()
  }

  /** The wl_ accounts in the host's own passwd file, read from outside. */
  async jitAccounts(): Promise<string[]> {
    const passwd = await readFile(this.file('/etc/passwd'), 'utf8')
    return passwd
      .split('\n')
      .filter((line) => line.startsWith('wl_'))
      .map((line) => line.split(':')[0])
  }

  async sudoersEntries(): Promise<string[]> {
    return readdir(this.file('/etc/sudoers.d'))
  }
}

function sudoersName(account: string, session: string): string {
  // sudo skips files whose names contain "." or end in "~".
  return `${account}_${session.replace(/[^A-Za-z0-9]/g, '')}`
}

async function waitForPort(port: number, child: ChildProcess, stderr: () => string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      const said = stderr() || 'nothing on stderr'
      throw new Error(`sshd for port ${port} exited with ${child.exitCode}: ${said} (see script/prerequisites.sh)`)
    }
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1')
      socket.once('connect', () => {
        socket.destroy()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (open) return
    await new Promise((r) => setTimeout(r, 25))
  }
  throw new Error(`sshd on port ${port} did not start within ${timeoutMs} ms`)
}

/** Ports that were free a moment ago, for hosts and services. */
export async function freePorts(count: number): Promise<number[]> {
  const { createServer } = await import('node:net')
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<import('node:net').Server>((resolve) => {
          const server = createServer()
          server.listen(0, '127.0.0.1', () => resolve(server))
        })
    )
  )
  const ports = servers.map((s) => (s.address() as import('node:net').AddressInfo).port)
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))))
  return ports
}
