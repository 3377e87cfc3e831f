export const id = 352;
export const ids = [352];
export const modules = {

/***/ 4352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runFleetStep: () => (/* binding */ runFleetStep)
});

// UNUSED EXPORTS: run

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var lib_core = __webpack_require__(6058);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/contract.ts
var contract = __webpack_require__(3665);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/process.ts
var src_process = __webpack_require__(4006);
// EXTERNAL MODULE: ./src/ssh-config.ts
var ssh_config = __webpack_require__(420);
;// CONCATENATED MODULE: ./src/cleanup.ts




/**
 * Removes the sft state directories that did not exist before the action
 * ran sft. A directory that existed before is the user's and is never
 * touched, which is why main records the absent ones up front.
 */
async function removeCreatedDirs(absentBefore) {
    const report = { removed: [], failed: [] };
    for (const dir of absentBefore) {
        if (!existsSync(dir))
            continue;
        try {
            await rm(dir, { recursive: true, force: true });
            report.removed.push(dir);
        }
        catch (error) {
            report.failed.push({ path: dir, error: error.message });
        }
    }
    return report;
}
/** A JSON list of strings from state; anything else (a damaged value) is an empty list. */
function parseList(value) {
    if (!value)
        return [];
    try {
        const parsed = JSON.parse(value);
        return Array.isArray(parsed) ? parsed.filter((v) => typeof v === 'string') : [];
    }
    catch {
        return [];
    }
}
/**
 * Removes the apt source and keyring the apt install method added, with
 * sudo when not root. The package itself stays: it is a normal system
 * package now, and removing it could break a self-hosted runner's users.
 */
async function removeSystemFiles(files) {
    const report = { removed: [], failed: [] };
    const root = process.getuid?.() === 0;
    for (const file of files.filter((f) => existsSync(f))) {
        const [cmd, ...args] = root ? ['rm', '-f', file] : ['sudo', '-n', 'rm', '-f', file];
        const result = await runCommand(cmd, args, { timeoutMs: 30_000 }).catch((error) => ({
            exitCode: 1,
            stderr: error.message
        }));
        if (result.exitCode === 0)
            report.removed.push(file);
        else
            report.failed.push({ path: file, error: result.stderr.trim() });
    }
    return report;
}
/** Removes the ssh-config block main added. */
async function removeSshConfig(state) {
    const report = { removed: [], failed: [] };
    if (!state)
        return report;
    try {
        const { file, created } = JSON.parse(state);
        if (await removeBlock(file, created))
            report.removed.push(`the opa-workload-identity block in ${file}`);
    }
    catch (error) {
        report.failed.push({ path: 'the ssh-config block', error: error.message });
    }
    return report;
}
/** `sft logout`, which also ends the ssh agent native ssh may have started. */
async function logOut(sft) {
    if (!sft || !(0,external_node_fs_.existsSync)(sft))
        return { removed: [], failed: [] };
    const result = await (0,src_process/* runCommand */.d1)(sft, ['logout'], { env: (0,src_process/* childEnvironment */.Qc)(), timeoutMs: 15_000 }).catch((error) => ({
        exitCode: 1,
        stderr: error.message
    }));
    return result.exitCode === 0
        ? { removed: ['the sft session (sft logout)'], failed: [] }
        : { removed: [], failed: [{ path: 'sft logout', error: result.stderr.trim() }] };
}
async function removeTempDir(dir) {
    if (!dir || !existsSync(dir))
        return { removed: [], failed: [] };
    try {
        await rm(dir, { recursive: true, force: true });
        return { removed: [dir], failed: [] };
    }
    catch (error) {
        return { removed: [], failed: [{ path: dir, error: error.message }] };
    }
}

// EXTERNAL MODULE: ./src/exchange.ts
var exchange = __webpack_require__(7786);
// EXTERNAL MODULE: ./src/oidc.ts
var oidc = __webpack_require__(6434);
// EXTERNAL MODULE: ./src/token.ts + 6 modules
var src_token = __webpack_require__(5201);
;// CONCATENATED MODULE: ./src/session.ts




/**
 * Keeps an OPA token usable for the next piece of work. OPA tokens cannot
 * be refreshed, so when too little lifetime is left a fresh GitHub JWT is
 * exchanged for a fresh token. Concurrent callers share one renewal instead
 * of stampeding OPA.
 */
class TokenKeeper {
    session;
    credentials;
    onRenewed;
    renewal;
    /** Every token this keeper held, the first one included: for the timeline, and to scrub output. */
    used = [];
    constructor(session, credentials, onRenewed = () => undefined) {
        this.session = session;
        this.credentials = credentials;
        this.onRenewed = onRenewed;
        if (session)
            this.used.push(session);
    }
    /** The current token, renewed first when it has less than `minSeconds` left (or there is none). */
    async fresh(minSeconds) {
        const current = this.session;
        const left = current ? (0,src_token/* secondsLeft */.Li)(current) : undefined;
        // An opaque token says nothing about its expiry: trust it until OPA refuses it.
        if (current && (left === undefined || left >= threshold(current, minSeconds)))
            return { session: current, renewed: false };
        this.renewal ??= this.renew().finally(() => {
            this.renewal = undefined;
        });
        return { session: await this.renewal, renewed: true };
    }
    async renew() {
        const { jwt } = await (0,oidc/* requestIdToken */.gj)(this.credentials.audience);
        const { token } = await (0,exchange/* exchange */.c)({ ...this.credentials, jwt });
        const session = (0,src_token/* describeSession */._0)(token, this.credentials.role);
        this.session = session;
        this.used.push(session);
        lib_core/* info */.pq(`Re-authenticated: a fresh OPA token${session.expiresAt ? ` valid until ${session.expiresAt.toISOString()}` : ''}`);
        this.onRenewed(session);
        return session;
    }
}
/**
 * The lifetime below which to renew. A connection whose tokens live less
 * than `minSeconds` could never satisfy it, so for those the bar is five
 * seconds short of a fresh token's lifetime: renew when a token has been
 * used a little, not before every host.
 */
function threshold(session, minSeconds) {
    const lifetime = session.issuedAt && session.expiresAt ? (session.expiresAt.getTime() - session.issuedAt.getTime()) / 1000 : Infinity;
    return Math.min(minSeconds, lifetime - 5);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/transfer.ts
var transfer = __webpack_require__(6128);
;// CONCATENATED MODULE: ./src/ssh.ts
/**
 * The brokered-SSH engine behind the `ssh` sub-action, the main action's
 * `hosts`/`run` inputs and the `opa-ssh` CLI: one script on many hosts
 * through sft, with bounded parallelism, fail-fast, per-host timeouts,
 * re-authentication before a token runs out, and exact per-host results.
 */





/**
 * What runs inside the pseudo-terminal when sft insists on one: the line
 * discipline goes raw so the payload passes byte for byte with no echo.
 * The text is fixed; host, role and command arrive through the environment.
 */
const PTY_READY = 'opa-ssh: terminal ready';
const PTY_COMMAND = `stty raw -echo 2>/dev/null; echo '${PTY_READY}'; exec "$OPA_SSH_SFT" ssh "$OPA_SSH_HOST" \${OPA_SSH_ROLE:+--workload-role "$OPA_SSH_ROLE"} --command "$OPA_SSH_COMMAND"`;
/** The bootstrap's own variable; `env` may not use the `__opa_ssh` prefix. */
const BOOTSTRAP_DIR = '__opa_ssh_dir';
/**
 * The bootstrap says this on stderr just before the script starts: failures
 * before it are sft's or ssh's (denied, unreachable, no terminal); after it,
 * everything belongs to the script, and nothing may be retried.
 */
const SCRIPT_STARTED = 'opa-ssh: script started';
/** Exit status the bootstrap uses when it cannot stage the script on the host. */
const BOOTSTRAP_FAILED = 97;
const TAIL_BYTES = 4096;
/**
 * The fixed remote command: it reads the environment and the script from
 * stdin into a private temporary directory and runs the script there. The
 * script and the env values travel only on stdin, so neither appears on a
 * command line or in the remote process list, and neither is bounded by
 * argv. Only numbers and the validated interpreter words are interpolated.
 */
function bootstrapCommand(shell, envBytes, totalBytes) {
    const d = BOOTSTRAP_DIR;
    return [
        'umask 077',
        // In the JIT account's home first: OPA destroys it with the account, so even a
        // session killed outright leaves nothing behind on the server.
        `${d}=$(mktemp -d "$HOME/.opa-ssh.XXXXXX" 2>/dev/null || mktemp -d "\${TMPDIR:-/tmp}/opa-ssh.XXXXXX") || exit ${BOOTSTRAP_FAILED}`,
        // The env file cannot overwrite the directory variable, and the directory goes on every exit.
        `readonly ${d}; trap 'rm -rf "$${d}"' EXIT HUP INT TERM`,
        `{ head -c ${totalBytes} > "$${d}/p" && head -c ${envBytes} "$${d}/p" > "$${d}/e" && tail -c +${envBytes + 1} "$${d}/p" > "$${d}/s" && rm -f "$${d}/p"; } || exit ${BOOTSTRAP_FAILED}`,
        `set -a; . "$${d}/e"; set +a; rm -f "$${d}/e"`,
        `echo '${SCRIPT_STARTED}' >&2`,
        `${shell.join(' ')} "$${d}/s" < /dev/null`
    ].join('; ');
}
/** `KEY='value'` lines for the remote shell, single-quoted so nothing expands. */
function envPayload(env) {
    return Object.entries(env)
        .map(([key, value]) => `${key}='${value.replace(/'/g, `'\\''`)}'\n`)
        .join('');
}
/** Keeps the last `limit` bytes of a stream, on a character boundary. */
class Tail {
    limit;
    chunks = [];
    size = 0;
    constructor(limit = TAIL_BYTES) {
        this.limit = limit;
    }
    push(chunk) {
        this.chunks.push(chunk);
        this.size += chunk.length;
        while (this.size - this.chunks[0].length >= this.limit)
            this.size -= this.chunks.shift().length;
    }
    text() {
        const all = Buffer.concat(this.chunks);
        return all
            .subarray(Math.max(0, all.length - this.limit))
            .toString('utf8')
            .replace(/^\uFFFD+/, '');
    }
}
/** Splits a stream into lines for live, host-prefixed output; strips pty carriage returns. */
function lines(onLine) {
    let partial = '';
    return {
        push(chunk) {
            const parts = (partial + chunk.toString('utf8')).split('\n');
            partial = parts.pop() ?? '';
            for (const part of parts)
                onLine(part.replace(/\r+$/, ''));
        },
        flush() {
            if (partial)
                onLine(partial.replace(/\r+$/, ''));
            partial = '';
        }
    };
}
/**
 * Classifies a finished session. sft reports policy refusals on stderr and
 * ssh exits 255 when it cannot connect; everything else is the remote exit.
 */
function classify(exitCode, stderr, timedOut, scriptStarted = false) {
    if (timedOut)
        return {
            status: 'timeout',
            hint: 'The host did not finish within timeout-minutes. Raise it, or look for a command waiting on input.'
        };
    if (exitCode === 0)
        return { status: 'ok', hint: '' };
    // Once the script runs, its exit code is the verdict, whatever it printed.
    if (scriptStarted)
        return { status: 'failed', hint: `The script exited with ${exitCode ?? 'a signal'}.` };
    if (contract/* SSH_CONTRACT */.WC.denied.test(stderr) || exitCode === contract/* SSH_CONTRACT */.WC.noGrantExit) {
        return {
            status: 'denied',
            hint: contract/* SSH_CONTRACT */.WC.interactive.test(stderr)
                ? 'The policy requires MFA or an Access Request, which a workload cannot answer. Remove that requirement for workload roles.'
                : "OPA refused access: check that a security policy grants this Workload Role this server, and that the role's conditions match the job's claims."
        };
    }
    if (exitCode === 255 && contract/* SSH_CONTRACT */.WC.unreachable.test(stderr)) {
        return {
            status: 'unreachable',
            hint: "The runner could not reach the server or its gateway. Check the network path and the gateway's port."
        };
    }
    if (exitCode === BOOTSTRAP_FAILED) {
        return {
            status: 'failed',
            hint: 'The script could not be staged on the host (mktemp or head failed): check that the home directory or /tmp is writable there.'
        };
    }
    return { status: 'failed', hint: `The script exited with ${exitCode ?? 'a signal'}.` };
}
function withoutMarker(text) {
    return text.replace(new RegExp(`(^|\n)${SCRIPT_STARTED}\r?\n`), '$1');
}
/** Runs the plan's script on every host, at most `maxParallel` at a time. */
function runFleet(plan, keeper, output) {
    const results = new Map();
    const running = new Map();
    let stopStarting = false;
    let cancelled = false;
    let needsPty = false;
    const payload = Buffer.from(envPayload(plan.env) + plan.script, 'utf8');
    const envBytes = Buffer.byteLength(envPayload(plan.env));
    const command = bootstrapCommand(plan.shell, envBytes, payload.length);
    const placeholder = (host, status, hint, started = new Date()) => {
        const ended = new Date();
        return {
            host,
            account: plan.account,
            transport: plan.transport,
            status,
            'exit-code': null,
            'started-at': started.toISOString(),
            'ended-at': ended.toISOString(),
            'duration-ms': ended.getTime() - started.getTime(),
            'stdout-tail': '',
            'stderr-tail': '',
            reauthenticated: false,
            hint
        };
    };
    const attempt = (host, token, pty) => new Promise((resolve, reject) => {
        const stdout = new Tail();
        const stderr = new Tail();
        const base = plan.transport === 'ssh'
            ? ['ssh', ['-F', plan.sshConfig ?? '', '-o', 'BatchMode=yes', '-l', plan.account, host, command]]
            : [plan.sftPath, ['ssh', host, ...(plan.role ? ['--workload-role', plan.role] : []), '--command', command]];
        const [file, args] = base;
        // Under a pty (sft insists on a terminal) the line discipline goes raw, so the
        // payload passes byte for byte and nothing is echoed. The script text is fixed;
        // the values reach it through the environment, never through a shell string.
        const spawned = pty
            ? (0,external_node_child_process_.spawn)('script', ['-q', '-e', '-c', PTY_COMMAND, '/dev/null'], {
                env: (0,src_process/* childEnvironment */.Qc)({
                    OPA_TOKEN: token,
                    OPA_SSH_SFT: plan.sftPath,
                    OPA_SSH_HOST: host,
                    OPA_SSH_ROLE: plan.role,
                    OPA_SSH_COMMAND: command,
                    SHELL: '/bin/sh'
                }),
                stdio: ['pipe', 'pipe', 'pipe'],
                detached: true
            })
            : (0,external_node_child_process_.spawn)(file, args, {
                env: (0,src_process/* childEnvironment */.Qc)({ OPA_TOKEN: token }),
                stdio: ['pipe', 'pipe', 'pipe'],
                detached: true
            });
        running.set(host, spawned);
        let started = false;
        // The start marker is ours: it is noted, not shown.
        const forward = (stream) => (text) => {
            if (text === SCRIPT_STARTED)
                started = true;
            else
                output.line(host, stream, text);
        };
        const out = lines(forward('stdout'));
        const err = lines(forward('stderr'));
        // Under a pty the payload waits until the line discipline is raw: bytes
        // written earlier would be echoed back as output.
        let waiting = pty;
        let early = '';
        spawned.stdout.on('data', (c) => {
            if (waiting) {
                early += c.toString('utf8');
                const at = early.indexOf(PTY_READY);
                if (at < 0)
                    return;
                waiting = false;
                spawned.stdin.write(payload);
                c = Buffer.from(early.slice(at + PTY_READY.length).replace(/^\r?\n/, ''), 'utf8');
                if (!c.length)
                    return;
            }
            stdout.push(c);
            out.push(c);
        });
        spawned.stderr.on('data', (c) => {
            stderr.push(c);
            err.push(c);
        });
        let timedOut = false;
        const kill = () => {
            try {
                process.kill(-spawned.pid, 'SIGTERM');
            }
            catch {
                // already gone
            }
            setTimeout(() => {
                try {
                    process.kill(-spawned.pid, 'SIGKILL');
                }
                catch {
                    // already gone
                }
            }, 3000).unref();
        };
        const timer = setTimeout(() => {
            timedOut = true;
            kill();
        }, plan.timeoutMs);
        spawned.on('error', (error) => {
            clearTimeout(timer);
            reject(error);
        });
        spawned.on('close', (code, signal) => {
            clearTimeout(timer);
            running.delete(host);
            out.flush();
            err.flush();
            resolve({
                code: code ?? (signal ? 128 + (external_node_os_.constants.signals[signal] ?? 15) : null),
                stdout,
                stderr,
                timedOut,
                started
            });
        });
        spawned.stdin.on('error', () => undefined);
        if (!pty)
            spawned.stdin.end(payload);
    });
    const runHost = async (host) => {
        const started = new Date();
        output.hostStarted(host);
        let reauthenticated = false;
        let outcome;
        try {
            const fresh = await keeper.fresh(Math.max(plan.reauthBefore, Math.ceil(plan.timeoutMs / 1000)));
            reauthenticated = fresh.renewed;
            const ctx = {
                host,
                account: plan.account,
                sshConfig: plan.sshConfig ?? '',
                env: (0,src_process/* childEnvironment */.Qc)({ OPA_TOKEN: fresh.session.token })
            };
            const uploadFailed = plan.upload.length ? await (0,transfer/* upload */.Se)(ctx, plan.upload) : undefined;
            if (uploadFailed)
                return { ...placeholder(host, 'failed', uploadFailed, started), reauthenticated };
            // Transfers alone need no script.
            outcome = plan.script.trim()
                ? await attempt(host, fresh.session.token, needsPty && plan.transport === 'sft')
                : { code: 0, stdout: new Tail(), stderr: new Tail(), timedOut: false, started: true };
            if (plan.transport === 'sft' &&
                !needsPty &&
                !outcome.started &&
                outcome.code !== 0 &&
                contract/* SSH_CONTRACT */.WC.needsTty.test(outcome.stderr.text())) {
                // sft refused before the script started: nothing ran, so trying again under a pty is safe.
                needsPty = true;
                outcome = await attempt(host, fresh.session.token, true);
            }
            if (outcome.code === 0 && plan.download.length) {
                const downloadFailed = await (0,transfer/* download */.RG)(ctx, plan.download);
                if (downloadFailed)
                    return { ...placeholder(host, 'failed', downloadFailed, started), reauthenticated };
            }
        }
        catch (error) {
            return { ...placeholder(host, 'failed', error.message, started), reauthenticated };
        }
        const ended = new Date();
        // Under a pty sft's messages arrive on stdout; classify on both streams.
        const said = `${outcome.stderr.text()}\n${outcome.stdout.text()}`;
        const { status, hint } = cancelled
            ? { status: 'cancelled', hint: 'The job was cancelled.' }
            : classify(outcome.code, said, outcome.timedOut, outcome.started);
        return {
            host,
            account: plan.account,
            transport: plan.transport,
            status,
            'exit-code': outcome.code,
            'started-at': started.toISOString(),
            'ended-at': ended.toISOString(),
            'duration-ms': ended.getTime() - started.getTime(),
            'stdout-tail': withoutMarker(outcome.stdout.text()),
            'stderr-tail': withoutMarker(outcome.stderr.text()),
            reauthenticated,
            hint
        };
    };
    const queue = [...plan.hosts];
    const worker = async () => {
        for (let host = queue.shift(); host !== undefined; host = queue.shift()) {
            if (cancelled)
                results.set(host, placeholder(host, 'cancelled', 'The job was cancelled before this host started.'));
            else if (stopStarting)
                results.set(host, placeholder(host, 'skipped', 'Not started: an earlier host failed and fail-fast is on.'));
            else {
                const result = await runHost(host);
                results.set(host, result);
                output.hostEnded(result);
                if (result.status !== 'ok' && plan.failFast)
                    stopStarting = true;
            }
        }
    };
    const all = Promise.all(Array.from({ length: Math.min(plan.maxParallel, plan.hosts.length) }, worker)).then(() => plan.hosts.map((h) => results.get(h)));
    return {
        results: all,
        cancel: () => {
            cancelled = true;
            for (const child of running.values()) {
                try {
                    process.kill(-child.pid, 'SIGTERM');
                }
                catch {
                    // already gone
                }
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/fleet.ts
/**
 * Wires the SSH engine for its two callers, the `ssh` sub-action and the
 * `opa-ssh` CLI: finds sft, builds the token keeper from the job's
 * environment, turns inputs into a plan and reports live output.
 */












async function startFleet(inputs, output, env = process.env) {
    const sftPath = await (0,src_process/* findOnPath */.aY)('sft', env.PATH);
    if (!sftPath) {
        throw new errors/* SshError */.DZ('No sft on PATH.', 'Run the main opa-workload-identity step first: it installs sft and puts it on PATH.');
    }
    const token = env.OPA_TOKEN;
    if (!token && !(inputs.team && inputs.connection && inputs.opaAddr)) {
        throw new errors/* SshError */.DZ('There is no OPA token (OPA_TOKEN is empty) and not enough to get one.', 'Run the main opa-workload-identity step first with `export-env: true`, or give this step team, connection and opa-addr so it can authenticate itself.');
    }
    if (token)
        (0,src_token/* maskToken */.gg)(token);
    const initial = token ? (0,src_token/* describeSession */._0)(token, inputs.role) : undefined;
    const keeper = new TokenKeeper(initial, {
        sftPath,
        team: inputs.team,
        connection: inputs.connection,
        role: inputs.role,
        opaAddr: inputs.opaAddr,
        audience: inputs.audience
    }, 
    // Later steps get the fresh token too.
    (session) => lib_core/* exportVariable */.dN('OPA_TOKEN', session.token));
    const role = inputs.role || initial?.role || '';
    const plan = {
        hosts: inputs.hosts,
        script: inputs.run,
        shell: inputs.shell,
        env: inputs.env,
        maxParallel: inputs.maxParallel,
        failFast: inputs.failFast,
        timeoutMs: inputs.timeoutMinutes * 60_000,
        transport: inputs.transport,
        role,
        account: (0,contract/* accountForRole */.Fj)(role),
        sftPath,
        reauthBefore: inputs.reauthBefore,
        upload: inputs.upload,
        download: inputs.download
    };
    if (plan.transport === 'ssh' || plan.upload.length || plan.download.length)
        plan.sshConfig = await writeSshConfig(sftPath, initial?.token ?? '', env);
    const close = async () => {
        if (!plan.sshConfig)
            return;
        await (0,promises_.rm)(external_node_path_default().dirname(plan.sshConfig), { recursive: true, force: true });
        await logOut(sftPath);
    };
    return { run: runFleet(plan, keeper, output), keeper, close };
}
/** Results with every token the run used removed from the output tails. */
function scrub(results, keeper) {
    const tokens = keeper.used.map((session) => session.token);
    return results.map((r) => ({
        ...r,
        'stdout-tail': (0,src_process/* redact */.E$)(r['stdout-tail'], tokens),
        'stderr-tail': (0,src_process/* redact */.E$)(r['stderr-tail'], tokens)
    }));
}
/**
 * Live output for the Actions log: one collapsible group per host when hosts
 * run one at a time, every line prefixed with its host when they run in
 * parallel (groups cannot interleave).
 */
function actionsOutput(parallel) {
    return {
        hostStarted: (host) => (parallel ? lib_core/* info */.pq(`[${host}] started`) : lib_core/* startGroup */.Oh(host)),
        line: (host, _stream, text) => lib_core/* info */.pq(parallel ? `[${host}] ${text}` : text),
        hostEnded: (result) => {
            const summary = `${result.host}: ${result.status}${result['exit-code'] === null ? '' : ` (exit ${result['exit-code']})`} in ${(result['duration-ms'] / 1000).toFixed(1)} s`;
            if (!parallel)
                lib_core/* endGroup */.N4();
            if (result.status === 'ok')
                lib_core/* info */.pq(parallel ? `[${result.host}] ${summary}` : summary);
            else
                lib_core/* error */.z3(`${summary}. ${result.hint}`, { title: `ssh: ${result.host}` });
        }
    };
}
/** The one-line verdict for a failed fleet run. */
function failureMessage(results) {
    const bad = results.filter((r) => r.status !== 'ok');
    return `ssh: ${bad.length} of ${results.length} hosts did not succeed: ${bad.map((r) => `${r.host} (${r.status})`).join(', ')}\nHint: ${bad[0]?.hint ?? ''}`;
}
/** `sft ssh-config` into a private file, for `transport: ssh` (the user's ~/.ssh/config stays untouched). */
async function writeSshConfig(sftPath, token, env) {
    const config = await (0,ssh_config/* sftSshConfig */.oD)(sftPath, (0,src_process/* childEnvironment */.Qc)(token ? { OPA_TOKEN: token } : {}, env), 'Use `transport: sft`, or run `sft ssh-config` by hand with SFT_LOG_LEVEL=debug.');
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'opa-ssh-config-'));
    const file = external_node_path_default().join(dir, 'config');
    await (0,promises_.writeFile)(file, config, { mode: 0o600 });
    return file;
}

// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __webpack_require__(8422);
// EXTERNAL MODULE: ./src/summary.ts
var summary = __webpack_require__(8855);
;// CONCATENATED MODULE: ./src/ssh-step.ts





/** The `ssh` sub-action: run a script on hosts and report each one. */
async function run() {
    try {
        await runFleetStep(readSshInputs((name) => core.getInput(name)));
    }
    catch (error) {
        if (error instanceof ActionError)
            error.details.forEach((d) => core.debug(d));
        core.setFailed(formatFailure(error));
    }
}
/**
 * Runs the fleet, publishes `results`, `failed-hosts`, `succeeded` and
 * `failed`, adds the summary table, and fails the step if any host failed.
 * Also serves the main action's one-step `hosts`/`run`.
 */
async function runFleetStep(inputs, env = process.env) {
    const fleet = await startFleet(inputs, actionsOutput(inputs.maxParallel > 1 && inputs.hosts.length > 1), env);
    // A cancelled job sends SIGTERM (then SIGKILL): stop the sessions, still report.
    const cancel = () => fleet.run.cancel();
    process.once('SIGTERM', cancel);
    process.once('SIGINT', cancel);
    const results = scrub(await fleet.run.results.finally(() => fleet.close()), fleet.keeper);
    publish(results);
    const lifetimes = fleet.keeper.used
        .filter((t) => t.issuedAt && t.expiresAt)
        .map((t, i) => ({
        label: i === 0 ? 'token' : `token ${i + 1} (re-authenticated)`,
        from: t.issuedAt,
        to: t.expiresAt
    }));
    if (inputs.summary)
        await (0,summary/* appendSummary */.fe)((0,summary/* renderSshSummary */.$i)(results, inputs.run, lifetimes));
    if (results.some((r) => r.status !== 'ok'))
        lib_core/* setFailed */.C1(failureMessage(results));
}
function publish(results) {
    lib_core/* setOutput */.uH('results', JSON.stringify(results));
    lib_core/* setOutput */.uH('failed-hosts', results
        .filter((r) => r.status !== 'ok')
        .map((r) => r.host)
        .join(','));
    lib_core/* setOutput */.uH('succeeded', String(results.filter((r) => r.status === 'ok').length));
    lib_core/* setOutput */.uH('failed', String(results.filter((r) => r.status !== 'ok').length));
}


/***/ })

};
