import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9061:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AN: () => (/* binding */ OPERATOR_LABEL),
/* harmony export */   Ef: () => (/* binding */ issuerTrust),
/* harmony export */   Hm: () => (/* binding */ tellingClaims),
/* harmony export */   Kz: () => (/* binding */ checkClaims),
/* harmony export */   LC: () => (/* binding */ parseExpectations),
/* harmony export */   QH: () => (/* binding */ explainMismatch)
/* harmony export */ });
/* unused harmony export TELLING_CLAIMS */
const OPERATOR_LABEL = {
    equals: 'Equals',
    starts_with: 'Starts with',
    exists: 'Exists'
};
/** `claim=value` (Equals), `claim^=prefix` (Starts with), `claim` (Exists); one per line. */
function parseExpectations(text) {
    const rules = [];
    for (const raw of text.split('\n')) {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            continue;
        const match = /^([A-Za-z_][A-Za-z0-9_.]*)\s*(?:(\^=|=)(.*))?$/.exec(line);
        if (!match)
            return `"${line.slice(0, 60)}" is not claim=value, claim^=prefix or claim`;
        const [, claim, op, value] = match;
        rules.push({
            claim,
            operator: op === '^=' ? 'starts_with' : op === '=' ? 'equals' : 'exists',
            value: (value ?? '').trim()
        });
    }
    return rules;
}
function checkClaims(rules, claims) {
    return rules.map((rule) => {
        // Own claims only: `__proto__` or `constructor` must not pass an Exists check.
        const raw = Object.hasOwn(claims, rule.claim) ? claims[rule.claim] : undefined;
        const actual = raw === undefined || raw === null ? undefined : typeof raw === 'string' ? raw : JSON.stringify(raw);
        const ok = rule.operator === 'exists'
            ? actual !== undefined && actual !== ''
            : rule.operator === 'equals'
                ? actual === rule.value
                : actual !== undefined && actual.startsWith(rule.value);
        return { ...rule, actual, ok };
    });
}
/** What a mismatch usually means, in GitHub's terms. */
function explainMismatch(check, claims) {
    const event = String(claims.event_name ?? '');
    if (check.claim === 'ref' && /^refs\/pull\//.test(check.actual ?? ''))
        return 'this run came from a pull request';
    if (check.claim === 'ref' && /^refs\/tags\//.test(check.actual ?? ''))
        return 'this run came from a tag';
    if (check.claim === 'environment' && check.actual === undefined)
        return 'the job has no `environment:`';
    if (check.claim === 'sub' && /:pull_request$/.test(check.actual ?? ''))
        return 'pull_request runs have the subject repo:OWNER/REPO:pull_request';
    if (check.claim === 'sub' && /:environment:/.test(check.actual ?? ''))
        return 'a job with an environment has an environment subject, not a ref subject';
    if (check.claim === 'job_workflow_ref' || check.claim === 'workflow_ref')
        return 'a reusable workflow is identified by job_workflow_ref';
    if (check.actual === undefined)
        return `the token has no ${check.claim} claim${event ? ` for a ${event} event` : ''}`;
    return 'the job does not run where the connection expects';
}
/** The claims that most often decide OPA's verdict, for error messages. */
const TELLING_CLAIMS = [
    'sub',
    'repository',
    'repository_owner',
    'ref',
    'environment',
    'job_workflow_ref',
    'event_name',
    'aud'
];
/** The telling claims a set of claims has, as `[name, value]` pairs, for an error or a hint. */
function tellingClaims(claims) {
    return TELLING_CLAIMS.filter((k) => claims[k] !== undefined).map((k) => [k, String(claims[k])]);
}
/**
 * The issuer a Workload Connection must trust for this token, and where OPA
 * fetches its keys: GitHub publishes them under the issuer (DOC: GitHub's
 * OIDC discovery; on GHES the issuer is `https://HOST/_services/token`, on
 * GHE.com `https://token.actions.SUBDOMAIN.ghe.com`). Undefined when the
 * token names no https issuer.
 */
function issuerTrust(claims) {
    const issuer = claims.iss;
    if (typeof issuer !== 'string' || !/^https:\/\/[^\s/]+/.test(issuer))
        return undefined;
    return { issuer, jwksUrl: `${issuer.replace(/\/+$/, '')}/.well-known/jwks` };
}


/***/ }),

/***/ 1622:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5137);

/* istanbul ignore next */
await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8043:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OP: () => (/* binding */ readFleetInputs)
/* harmony export */ });
/* unused harmony exports TIMEOUT_MINUTES, readSshInputs */
/* harmony import */ var _sft_contract_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(297);
/* harmony import */ var _ssh_bootstrap_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(496);
/* harmony import */ var _validator_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5734);
/* harmony import */ var _ssh_rollout_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(424);
/**
 * Inputs of the `ssh` sub-action, of `opa-ssh`, and of the main action's
 * one-step `hosts`/`run`: what to run where, and how.
 */




/** Bounds of the per-host time limit; opa-ssh states them in seconds. */
const TIMEOUT_MINUTES = { min: 0.05, max: 360 };
/**
 * Reads the ssh inputs. team, connection, opa-addr, audience and role fall
 * back to what the main action exported, so the sub-action needs none of
 * them after a main step.
 */
function readSshInputs(read, env = process.env) {
    const v = new Validator((name) => read(name) || exportedByMain(name, env));
    const opaAddr = read('opa-addr') || env[SESSION_ENV.opaAddr] ? v.url('opa-addr', 'https://<org>.pam.okta.com') : '';
    const opa = {
        role: v.name('role', NAME_RULES.role, false),
        team: v.name('team', NAME_RULES.team, false),
        connection: v.name('connection', NAME_RULES.connection, false),
        opaAddr,
        audience: v.audience('audience', opaAddr)
    };
    const inputs = readFleetInputs(v, opa, env);
    v.finish();
    return inputs;
}
/**
 * The fleet's own inputs, read with `v` (whose problems the caller reports),
 * around OPA settings the caller already has. Inputs the caller's action
 * does not declare read as empty and take their defaults.
 */
function readFleetInputs(v, opa, env = process.env) {
    const { hosts: listed, ...rollout } = readRollout(v, env);
    const inputs = {
        ...opa,
        hosts: rollout.shard ? (0,_ssh_rollout_js__WEBPACK_IMPORTED_MODULE_3__/* .shardOf */ .IS)(listed, rollout.shard.index, rollout.shard.count) : listed,
        rollout: { ...rollout, listed: listed.length },
        run: v.text('run'),
        upload: v.transfers('upload', 1),
        download: v.transfers('download', 0),
        shell: v.shellWords('shell', 'bash -euo pipefail'),
        env: v.envLines('env', _ssh_bootstrap_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOTSTRAP_PREFIX */ .S5),
        maxParallel: Math.floor(v.number('max-parallel', 8, 1, 256)),
        failFast: v.boolean('fail-fast', true),
        timeoutMinutes: v.number('timeout-minutes', 10, TIMEOUT_MINUTES.min, TIMEOUT_MINUTES.max),
        transport: v.choice('transport', ['sft', 'ssh'], 'sft'),
        reauthBefore: v.number('reauth-before', 120, 0, 86_400),
        preflight: v.boolean('preflight', true),
        summary: v.boolean('summary', true)
    };
    if (inputs.hosts.length > 1 && inputs.download.some((t) => !t.to.includes('{host}'))) {
        v.fail('download', "would write every host's file to the same local path", 'put {host} in the local path, for example logs/{host}.log');
    }
    if (!inputs.run.trim() && !inputs.upload.length && !inputs.download.length) {
        v.fail('run', 'is empty and there is nothing to transfer', 'give the script to run on each host, or upload/download lines');
    }
    return inputs;
}
/**
 * The host list (`hosts` and `hosts-file`, in that order, without repeats)
 * and how to roll it out. A relative hosts-file is the workspace's: the
 * job's checkout, or the current directory outside Actions.
 */
function readRollout(v, env) {
    const fromFile = v.hostsFile('hosts-file', env.GITHUB_WORKSPACE || process.cwd());
    const named = v.hosts('hosts', !v.given('hosts-file'));
    return {
        hosts: [...new Set([...named, ...fromFile])],
        canary: countOf(v.amount('canary', 0, '1', false)),
        batchSize: v.amount('batch-size', 1, '25%'),
        maxFailures: v.amount('max-failures', 0, '10%') ?? { count: 0 },
        shard: v.shard('shard')
    };
}
const countOf = (amount) => (amount && 'count' in amount ? amount.count : 0);
/** What the main action exported, used when an ssh input is left empty. */
function exportedByMain(name, env) {
    const exported = {
        team: env[SESSION_ENV.team],
        connection: env[SESSION_ENV.connection],
        role: env[SESSION_ENV.role],
        'opa-addr': env[SESSION_ENV.opaAddr],
        audience: env[SESSION_ENV.audience]
    };
    return exported[name] ?? '';
}


/***/ }),

/***/ 5734:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Dr: () => (/* binding */ Validator)
});

// UNUSED EXPORTS: isLoopback, printable

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __nccwpck_require__(7268);
// EXTERNAL MODULE: ./src/install/fingerprint.ts
var install_fingerprint = __nccwpck_require__(91);
// EXTERNAL MODULE: ./src/auth/claims.ts
var claims = __nccwpck_require__(9061);
;// CONCATENATED MODULE: ./src/inputs/transfers.ts
/**
 * Remote paths older scp (before OpenSSH 9) hands to the remote shell, so
 * only characters no shell acts on are allowed ({host} is ours).
 */
const REMOTE_PATH = /^[A-Za-z0-9._/~{}@%+=:,-]+$/;
/** `local -> remote` (upload) or `remote -> local` (download) lines. `{host}` in a path names the host. */
function parseTransfers(text, remoteSide) {
    const transfers = [];
    for (const line of text.split('\n')) {
        if (!line.trim())
            continue;
        const parts = line.split('->').map((p) => p.trim());
        if (parts.length !== 2 || !parts[0] || !parts[1])
            return `the line "${line.trim()}" is not "FROM -> TO"`;
        if (parts.some((p) => p.startsWith('-')))
            return `the path in "${line.trim()}" starts with "-", which scp would read as an option`;
        if (!REMOTE_PATH.test(parts[remoteSide])) {
            return `the remote path "${parts[remoteSide]}" has characters a remote shell could act on; use letters, digits and ._/~{}@%+=:,-`;
        }
        transfers.push({ from: parts[0], to: parts[1] });
    }
    return transfers;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/inputs/validator.ts
/**
 * The one input checker: each method reads one input, returns its typed
 * value, and records what is wrong with it and how to fix it instead of
 * throwing, so that one run reports every bad input at once.
 */






const CONTROL_OR_SPACE = /[\s\x00-\x1f\x7f]/;
const HOST = /^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$/;
const SHELL_WORD = /^[A-Za-z0-9_./=+,:@%-]+$/;
const ENV_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** A hosts file larger than this is not a list of servers. */
const HOSTS_FILE_MAX_BYTES = 1024 * 1024;
/** Names bash will not let a script set: the remote shell would drop them and run on without them. */
const READ_ONLY_IN_BASH = ['BASHOPTS', 'BASH_VERSINFO', 'EUID', 'PPID', 'SHELLOPTS', 'UID'];
class Validator {
    read;
    problems = [];
    constructor(read) {
        this.read = read;
    }
    /** Throws one error that lists every problem found so far, if there is any. */
    finish() {
        if (this.problems.length > 0)
            throw new errors/* InputError */.dz(this.problems);
    }
    raw(input) {
        return this.read(input).trim();
    }
    fail(input, problem, fix) {
        // One-step mode reads `summary` for main and for the fleet: say it once.
        if (!this.problems.some((p) => p.input === input && p.problem === problem))
            this.problems.push({ input, problem, fix });
    }
    /** Values that start with `-` would be parsed as options by sft. */
    optionLike(input, value) {
        if (!value.startsWith('-'))
            return false;
        this.fail(input, `"${value}" starts with "-", which a command line would read as an option`, 'remove the leading "-"');
        return true;
    }
    name(input, rule, required) {
        const value = this.raw(input);
        if (!value) {
            if (required)
                this.fail(input, 'is required but empty', `set \`${input}:\` to your OPA ${input} name`);
            return '';
        }
        if (this.optionLike(input, value))
            return '';
        if (!rule.pattern.test(value)) {
            this.fail(input, `"${printable(value)}" contains characters that are not allowed`, `use only ${rule.allowed}`);
            return '';
        }
        return value;
    }
    /**
     * An https URL (plain http only for loopback) without credentials, query
     * or fragment. `example` shows the expected form in messages.
     */
    url(input, example, fallback = '') {
        const value = this.raw(input) || fallback;
        if (!value) {
            this.fail(input, 'is required but empty', `set it to a URL such as ${example}`);
            return '';
        }
        if (this.optionLike(input, value))
            return '';
        if (CONTROL_OR_SPACE.test(value)) {
            // URL parsing would drop a newline silently; a value may end up in an apt sources line.
            this.fail(input, 'contains whitespace or control characters', `use a plain URL such as ${example}`);
            return '';
        }
        let url;
        try {
            url = new URL(value);
        }
        catch {
            this.fail(input, `"${printable(value)}" is not a URL`, `use the form ${example}`);
            return '';
        }
        if (url.username || url.password) {
            // Never echo the value: it contains a credential.
            this.fail(input, 'contains credentials (user:password@)', "remove them; URLs end up in logs, and the action authenticates with the job's OIDC token");
            return '';
        }
        if (url.search || url.hash) {
            this.fail(input, 'has a query string or fragment', `use only the scheme, host and path, as in ${example}`);
            return '';
        }
        if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
            this.fail(input, `uses plain http for ${url.hostname}, which anyone on the network path could read or change`, 'use https://; plain http is allowed only for loopback hosts');
            return '';
        }
        if (url.protocol !== 'https:' && url.protocol !== 'http:') {
            this.fail(input, `uses the scheme ${url.protocol}`, 'use https://');
            return '';
        }
        return value;
    }
    expectations(input) {
        const parsed = (0,claims/* parseExpectations */.LC)(this.read(input));
        if (typeof parsed !== 'string')
            return parsed;
        this.fail(input, parsed, 'write one rule per line: claim=value (Equals), claim^=prefix (Starts with) or claim (Exists)');
        return [];
    }
    /** A number from `min` to `max`; `unit` names what it counts, for the message. */
    number(input, fallback, min, max, unit = '') {
        const value = this.raw(input);
        if (!value)
            return fallback;
        const n = Number(value);
        if (Number.isFinite(n) && n >= min && n <= max)
            return n;
        this.fail(input, `"${printable(value)}" is not a number ${unit ? `of ${unit} ` : ''}from ${min} to ${max}`, `set it to a number from ${min} to ${max}`);
        return fallback;
    }
    /** A key fingerprint (40 hex digits, spaces allowed) or the key's URL. */
    repoKey(input) {
        const value = this.raw(input);
        if (!value)
            return '';
        if (/^[0-9A-Fa-f\s]+$/.test(value)) {
            const fingerprint = (0,install_fingerprint/* parseFingerprint */.s)(value);
            if (fingerprint)
                return fingerprint;
            this.fail(input, `looks like a fingerprint but has ${value.replace(/\s+/g, '').length} hex digits, not 40`, 'paste the full fingerprint, as `gpg --show-keys --with-fingerprint` prints it');
            return '';
        }
        return this.url(input, 'https://dist.scaleft.com/GPG-KEY-OktaPAM-2023');
    }
    audience(input, fallback) {
        const value = this.raw(input);
        if (!value)
            return fallback;
        if (this.optionLike(input, value))
            return '';
        if (CONTROL_OR_SPACE.test(value) || value.length > 1024) {
            this.fail(input, 'contains whitespace or control characters, or is longer than 1024 characters', 'use the exact audience your Workload Connection expects, usually the opa-addr URL');
            return '';
        }
        return value;
    }
    version(input) {
        const value = this.raw(input) || 'latest';
        if (value === 'latest')
            return value;
        if (this.optionLike(input, value))
            return '';
        // Debian version syntax: [epoch:]upstream[-revision]
        if (!/^(\d+:)?\d[A-Za-z0-9.+~-]*$/.test(value)) {
            this.fail(input, `"${printable(value)}" is not a version`, 'use "latest" or an exact version such as 1.114.0');
            return '';
        }
        return value;
    }
    path(input) {
        const value = this.raw(input);
        if (!value)
            return '';
        if (this.optionLike(input, value))
            return '';
        if (/[\x00-\x1f\x7f]/.test(value)) {
            this.fail(input, 'contains control characters', 'give the plain path of the sft binary');
            return '';
        }
        return value;
    }
    choice(input, allowed, fallback) {
        const value = this.raw(input);
        if (!value)
            return fallback;
        if (allowed.includes(value))
            return value;
        this.fail(input, `"${printable(value)}" is not one of ${allowed.join(', ')}`, `set it to one of ${allowed.join(', ')}`);
        return fallback;
    }
    boolean(input, fallback) {
        const value = this.raw(input);
        if (!value)
            return fallback;
        if (/^(true|True|TRUE)$/.test(value))
            return true;
        if (/^(false|False|FALSE)$/.test(value))
            return false;
        this.fail(input, `"${printable(value)}" is not a boolean`, 'use true or false');
        return fallback;
    }
    /** Free text, such as a script, exactly as given. */
    text(input) {
        return this.read(input);
    }
    /** Host names, one per line or separated by commas; `required` when nothing else names hosts. */
    hosts(input, required = true) {
        const hosts = this.read(input)
            .split(/[\n,]/)
            .map((h) => h.trim())
            .filter(Boolean);
        if (hosts.length === 0 && required)
            this.fail(input, 'is empty', 'list the servers, one per line or separated by commas, or give hosts-file');
        return this.checkHosts(input, hosts);
    }
    /**
     * Hosts from a file inside `workspace`, one per line, `#` starting a
     * comment. The file is the repository's: a path that leads outside the
     * workspace (`..`, an absolute path, a symbolic link) is refused.
     */
    hostsFile(input, workspace) {
        const value = this.raw(input);
        if (!value)
            return [];
        if (this.optionLike(input, value) || this.controlCharacters(input, value))
            return [];
        const root = (0,external_node_fs_.existsSync)(workspace) ? (0,external_node_fs_.realpathSync)(workspace) : external_node_path_default().resolve(workspace);
        const file = external_node_path_default().resolve(root, value);
        const real = (0,external_node_fs_.existsSync)(file) ? (0,external_node_fs_.realpathSync)(file) : file;
        const relative = external_node_path_default().relative(root, real);
        if (relative === '..' || relative.startsWith(`..${(external_node_path_default()).sep}`) || external_node_path_default().isAbsolute(relative)) {
            this.fail(input, `"${printable(value)}" is outside the workspace (${root})`, 'give a path inside the repository, such as deploy/hosts.txt');
            return [];
        }
        if (!(0,external_node_fs_.existsSync)(real) || !(0,external_node_fs_.statSync)(real).isFile()) {
            this.fail(input, `"${printable(value)}" is not a file in the workspace (${root})`, 'check out the repository first (actions/checkout), or fix the path');
            return [];
        }
        if ((0,external_node_fs_.statSync)(real).size > HOSTS_FILE_MAX_BYTES) {
            this.fail(input, `"${printable(value)}" is larger than 1 MiB`, 'give a file that lists servers, one per line');
            return [];
        }
        const lines = (0,external_node_fs_.readFileSync)(real, 'utf8').split('\n');
        const hosts = lines.map((line) => line.replace(/#.*/, '').trim()).filter(Boolean);
        if (hosts.length === 0)
            this.fail(input, `"${printable(value)}" lists no hosts`, 'put one server per line; # starts a comment');
        return this.checkHosts(input, hosts);
    }
    /** Hosts without repeats; names that are not host names (or look like options) are refused. */
    checkHosts(input, hosts) {
        for (const host of hosts.filter((h) => !HOST.test(h))) {
            const option = host.startsWith('-') ? ' (it starts with "-", which ssh would read as an option)' : '';
            this.fail(input, `"${printable(host)}" is not a host name${option}`, 'use names such as web-01 or web-01.example.com');
        }
        return [...new Set(hosts)];
    }
    controlCharacters(input, value) {
        if (!/[\x00-\x1f\x7f]/.test(value))
            return false;
        this.fail(input, 'contains control characters', 'give a plain path');
        return true;
    }
    /** Whether the input was given at all. */
    given(input) {
        return this.raw(input) !== '';
    }
    /**
     * A whole number of hosts from `min`, or (with `percent`) a percentage
     * such as `25%` from `min`% to 100%; undefined when empty.
     */
    amount(input, min, example, percent = true) {
        const value = this.raw(input);
        if (!value)
            return undefined;
        const match = /^(\d{1,6})(%?)$/.exec(value);
        const n = match ? Number(match[1]) : NaN;
        if (match && n >= min && (!match[2] || (percent && n <= 100)))
            return match[2] ? { percent: n } : { count: n };
        const what = percent ? ` or a percentage from ${min}% to 100%` : '';
        this.fail(input, `"${printable(value)}" is not a whole number of hosts from ${min}${what}`, `set it to ${percent ? 'a whole number or a percentage' : 'a whole number'}, such as ${example}`);
        return undefined;
    }
    /** `i/n`: the i-th of n slices, counted from 1; undefined when empty. */
    shard(input) {
        const value = this.raw(input);
        if (!value)
            return undefined;
        const match = /^(\d{1,5})\/(\d{1,5})$/.exec(value);
        const [index, count] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
        if (index >= 1 && count >= 1 && index <= count)
            return { index, count };
        const problem = !match
            ? `"${printable(value)}" is not of the form i/n`
            : count < 1
                ? `"${value}" asks for 0 shards`
                : index < 1
                    ? `"${value}" counts from 0, but shards count from 1`
                    : `"${value}" asks for shard ${index} of only ${count}`;
        this.fail(input, problem, 'use i/n with i from 1 to n, such as 1/4 (in a matrix: ${{ matrix.shard }}/4)');
        return undefined;
    }
    /** An interpreter command as plain words, which are interpolated into the remote command. */
    shellWords(input, fallback) {
        const words = (this.read(input) || fallback).split(/\s+/).filter(Boolean);
        if (words.length === 0 || !words.every((w) => SHELL_WORD.test(w)) || words[0].startsWith('-')) {
            this.fail(input, `"${printable(this.read(input))}" is not a plain interpreter command`, 'use words such as "bash -euo pipefail" or "python3 -u", without quotes or shell syntax');
        }
        return words;
    }
    /** KEY=VALUE lines; names that the remote bootstrap reserves are refused. */
    envLines(input, reservedPrefix) {
        const env = {};
        // A problem names the line by number, and by name only once the name is valid: never a value.
        this.read(input)
            .split('\n')
            .forEach((line, index) => {
            if (!line.trim())
                return;
            const eq = line.indexOf('=');
            const key = eq > 0 ? line.slice(0, eq).trim() : '';
            if (!ENV_KEY.test(key)) {
                this.fail(input, `line ${index + 1} is not KEY=VALUE with a valid name (its text is not shown: it may hold a secret)`, 'write one KEY=VALUE per line; names are letters, digits and "_", and a value cannot span lines');
            }
            else if (key.startsWith(reservedPrefix)) {
                this.fail(input, `line ${index + 1}: ${key} starts with ${reservedPrefix}, which the action keeps for itself`, 'use another name');
            }
            else if (READ_ONLY_IN_BASH.includes(key)) {
                this.fail(input, `line ${index + 1}: ${key} is read-only in bash, so the script would run without it`, 'use another name');
            }
            else
                env[key] = line.slice(eq + 1);
        });
        return env;
    }
    /** `FROM -> TO` lines; `remoteSide` says which side is on the server. */
    transfers(input, remoteSide) {
        const parsed = parseTransfers(this.read(input), remoteSide);
        if (typeof parsed !== 'string')
            return parsed;
        const form = remoteSide === 1 ? 'local-path -> remote-path' : 'remote-path -> local-path';
        this.fail(input, parsed, `write one "${form}" per line`);
        return [];
    }
}
function isLoopback(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}
/** Keeps error messages on one line and bounded, whatever the user typed. */
function printable(value) {
    const flat = value.replace(/[\x00-\x1f\x7f]/g, '?');
    return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}


/***/ }),

/***/ 91:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ parseFingerprint)
/* harmony export */ });
// Pure, so that input validation can use it without loading the installer.
/** A 40-hex-digit OpenPGP v4 fingerprint, as users paste it (spaces allowed), in upper case. */
function parseFingerprint(value) {
    const hex = value.replace(/\s+/g, '').toUpperCase();
    return /^[0-9A-F]{40}$/.test(hex) ? hex : undefined;
}


/***/ }),

/***/ 7268:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DZ: () => (/* binding */ SshError),
/* harmony export */   M3: () => (/* binding */ formatFailure),
/* harmony export */   Sb: () => (/* binding */ ExchangeError),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   sy: () => (/* binding */ InstallError),
/* harmony export */   uv: () => (/* binding */ OidcError),
/* harmony export */   vy: () => (/* binding */ failStep)
/* harmony export */ });
/* unused harmony export ActionError */
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1025);
/**
 * One error type per stage of the action. Each carries the stage (used as the
 * message prefix, so a failed log line says where it broke), a hint that
 * tells the user what to change, and optional details that only go to the
 * debug log because they may be long or noisy.
 */

class ActionError extends Error {
    stage;
    hint;
    details;
    constructor(stage, message, hint, details = [], options) {
        super(message, options);
        this.stage = stage;
        this.hint = hint;
        this.details = details;
        this.name = new.target.name;
        Object.setPrototypeOf(this, new.target.prototype);
    }
}
class InputError extends ActionError {
    problems;
    constructor(problems) {
        const count = problems.length === 1 ? '1 input is' : `${problems.length} inputs are`;
        const lines = problems.map((p) => `  - ${p.input}: ${p.problem}. Fix: ${p.fix}`);
        super('inputs', `${count} invalid:\n${lines.join('\n')}`, 'Correct the inputs listed above in the `with:` block of this step.');
        this.problems = problems;
    }
}
class InstallError extends ActionError {
    constructor(message, hint, details, options) {
        super('install', message, hint, details, options);
    }
}
class OidcError extends ActionError {
    constructor(message, hint, details, options) {
        super('oidc', message, hint, details, options);
    }
}
class ExchangeError extends ActionError {
    constructor(message, hint, details, options) {
        super('exchange', message, hint, details, options);
    }
}
class SshError extends ActionError {
    constructor(message, hint, details, options) {
        super('ssh', message, hint, details, options);
    }
}
/**
 * Renders any thrown value as the one line-block that goes to `setFailed`.
 * Unknown errors keep their message but get no stage, because guessing one
 * would mislead.
 */
function formatFailure(error) {
    if (error instanceof ActionError) {
        return `${error.stage}: ${error.message}\nHint: ${error.hint}`;
    }
    return `unexpected error: ${messageOf(error)}`;
}
/** Fails the step with the error's one line-block; its details go to the debug log. */
function failStep(error) {
    if (error instanceof ActionError)
        error.details.forEach((d) => _log_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(d));
    _log_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(formatFailure(error));
}
/** The message of anything thrown: an Error's message, or the value as text. */
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 1025:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   N4: () => (/* binding */ endGroup),
/* harmony export */   Oh: () => (/* binding */ startGroup),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* unused harmony exports withholdSecrets, resumeCommands */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6058);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The one gate between text and the runner's log. The runner reads every
 * line a step prints, on stdout and stderr, for workflow commands: `::name::`
 * at a line's start, the legacy `##[name]` anywhere in a line, and a lone
 * `\r` starts a new line. Text from outside (a server's output, sft's words,
 * a claim, a path from state) must never be read as one, or it could save
 * state that post acts on, set outputs, or stop the masking of a token.
 *
 * So: a line that could be read as a command is printed only while commands
 * are suspended with `::stop-commands::` and a token nobody else can know
 * (fresh for each step). The action's own commands (masks, annotations,
 * groups) resume them for the instant they are issued. Commands are resumed
 * before the process exits.
 */



/** Anything the runner could read as a command, or as the start of a new line. */
const COMMAND_LIKE = /::|##\[|[\r\n]/;
let stopToken;
let resumesAtExit = false;
function write(line) {
    process.stdout.write(`${line}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
function suspend() {
    if (stopToken)
        return;
    stopToken = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(16).toString('hex');
    write(`::stop-commands::${stopToken}`);
    if (!resumesAtExit)
        process.on('exit', resume);
    resumesAtExit = true;
}
/** Lets commands run again; the next line that needs it suspends them under a fresh token. */
function resume() {
    if (!stopToken)
        return;
    write(`::${stopToken}::`);
    stopToken = undefined;
}
/** Issues one of the action's own commands, with commands running for that instant. */
function own(issue) {
    if (!stopToken)
        return issue();
    const token = stopToken;
    resume();
    try {
        return issue();
    }
    finally {
        stopToken = token;
        write(`::stop-commands::${token}`);
    }
}
/**
 * A line of text for the log that may hold anything. A line that no runner
 * could read as a command is printed as it is; any other is printed with
 * commands suspended, and they stay suspended until the action's own next
 * command or the end of the step.
 */
function info(text) {
    if (COMMAND_LIKE.test(text))
        suspend();
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(text);
}
const debug = (message) => own(() => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(message));
const notice = (message) => own(() => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(message));
const warning = (message) => own(() => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message));
const error = (message, properties) => own(() => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(message, properties));
const startGroup = (name) => own(() => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(name));
const endGroup = () => own(() => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4());
let announcesSecrets = true;
/**
 * For a process that may run while its caller has stopped commands
 * (`opa-ssh` in a `run:` step): the runner would print an `::add-mask::`
 * line as it is, secret and all. Such a process announces no secret and
 * keeps every one it holds out of what it prints by itself instead.
 */
function withholdSecrets() {
    announcesSecrets = false;
}
const setSecret = (secret) => {
    if (announcesSecrets)
        own(() => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(secret));
};
const setFailed = (message) => own(() => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(message));
/** Ends the suspension now, for a step that prints nothing more from outside. */
const resumeCommands = (/* unused pure expression or super */ null && (resume));


/***/ }),

/***/ 6861:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ shellQuote)
/* harmony export */ });
/** One word for a POSIX shell: single-quoted, so nothing in it expands. */
function shellQuote(value) {
    return `'${value.replace(/'/g, `'\\''`)}'`;
}


/***/ }),

/***/ 5137:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __nccwpck_require__(6058);
// EXTERNAL MODULE: ./src/sft/contract.ts
var contract = __nccwpck_require__(297);
// EXTERNAL MODULE: ./src/inputs/ssh.ts
var ssh = __nccwpck_require__(8043);
// EXTERNAL MODULE: ./src/inputs/validator.ts + 1 modules
var validator = __nccwpck_require__(5734);
;// CONCATENATED MODULE: ./src/inputs/main.ts



const INSTALL_METHODS = ['auto', 'download', 'apt', 'none'];
/**
 * Reads and validates every input before the action does anything, so that a
 * user with three mistakes learns about all three from one run.
 */
function readInputs(read) {
    const v = new validator/* Validator */.Dr(read);
    const opaAddr = v.url('opa-addr', 'https://<org>.pam.okta.com');
    const inputs = {
        team: v.name('team', contract/* NAME_RULES */.Eu.team, true),
        connection: v.name('connection', contract/* NAME_RULES */.Eu.connection, true),
        role: v.name('role', contract/* NAME_RULES */.Eu.role, false),
        opaAddr,
        audience: v.audience('audience', opaAddr),
        sftVersion: v.version('sft-version'),
        install: v.choice('install', INSTALL_METHODS, 'auto'),
        sftPath: v.path('sft-path'),
        sftRepo: v.url('sft-repo', contract/* APT */.I1.defaultRepo, contract/* APT */.I1.defaultRepo).replace(/\/+$/, ''),
        sftChannel: v.name('sft-channel', contract/* NAME_RULES */.Eu.channel, false) || contract/* APT */.I1.defaultChannel,
        sftRepoKey: v.repoKey('sft-repo-key'),
        exportEnv: v.boolean('export-env', true),
        onNoOidc: v.choice('on-no-oidc', ['fail', 'skip'], 'fail'),
        summary: v.boolean('summary', true),
        sshConfig: v.boolean('ssh-config', false),
        expectClaims: v.expectations('expect-claims'),
        oktaAdminUrl: read('okta-admin-url').trim() ? v.url('okta-admin-url', 'https://<org>-admin.okta.com') : '',
        oktaOrgUrl: read('okta-org-url').trim() ? v.url('okta-org-url', 'https://<org>.okta.com') : '',
        oktaApiToken: read('okta-api-token').trim(),
        oktaLogsToken: read('okta-logs-token').trim(),
        auditWait: v.number('audit-wait', 30, 0, 600, 'seconds')
    };
    // action.yml declares the fleet's inputs with the ssh sub-action's defaults (__tests__/unit/inputs/declared.test.ts).
    if (read('hosts').trim() || read('hosts-file').trim())
        inputs.oneStep = (0,ssh/* readFleetInputs */.OP)(v, inputs);
    v.finish();
    return inputs;
}

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __nccwpck_require__(7268);
;// CONCATENATED MODULE: ./src/main.ts
/**
 * The main step's run(), as the entry point and GitHub's local-action call
 * it: the inputs first, and the rest of the action only for valid ones, so a
 * run with a bad input fails in about the time Node takes to start.
 */



async function run() {
    let inputs;
    try {
        inputs = readInputs((name) => core/* getInput */.V4(name));
    }
    catch (error) {
        (0,errors/* failStep */.vy)(error);
        return;
    }
    await (await __nccwpck_require__.e(/* import() */ 775).then(__nccwpck_require__.bind(__nccwpck_require__, 4775))).run(inputs);
}


/***/ }),

/***/ 297:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Eu: () => (/* binding */ NAME_RULES),
/* harmony export */   Fg: () => (/* binding */ authenticateArgs),
/* harmony export */   Fj: () => (/* binding */ accountForRole),
/* harmony export */   HK: () => (/* binding */ FIRST_WORKLOAD_SFT),
/* harmony export */   Hb: () => (/* binding */ ENV_WITHHELD_FROM_AUTHENTICATE),
/* harmony export */   I1: () => (/* binding */ APT),
/* harmony export */   L4: () => (/* binding */ SESSION_ENV),
/* harmony export */   MD: () => (/* binding */ DRAFT_HINT),
/* harmony export */   O_: () => (/* binding */ ENV_NEVER_INHERITED),
/* harmony export */   VB: () => (/* binding */ extractToken),
/* harmony export */   WC: () => (/* binding */ SSH_CONTRACT),
/* harmony export */   _S: () => (/* binding */ RESOLVE_EXIT),
/* harmony export */   pJ: () => (/* binding */ localFailureOf),
/* harmony export */   pp: () => (/* binding */ looksTooOldForWorkloads),
/* harmony export */   v1: () => (/* binding */ parseSftVersion),
/* harmony export */   yK: () => (/* binding */ JWT_ENV_VAR),
/* harmony export */   z3: () => (/* binding */ AGENT_SOCKET_IN_DATA_DIR)
/* harmony export */ });
/* unused harmony export isTokenShaped */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Everything this action assumes about the real `sft` CLI and OPA lives here,
 * so that a change in the vendor's behaviour is a change to one file. Each
 * assumption says how sure we are: DOC (Okta documents it), OBSERVED (seen in
 * real runs, ours or others'), COMMUNITY (reported by users, not by Okta) or
 * ASSUMED (our best reading; tolerant parsing covers the alternatives we
 * could think of). README "Assumptions about sft" mirrors this list.
 */

/** DOC: `sft workload authenticate`, alias `sft wl auth`. */
function authenticateArgs(request) {
    const args = [
        'workload',
        'authenticate',
        '--team',
        request.team,
        '--connection',
        request.connection,
        '--jwt-env',
        request.jwtEnv
    ];
    // DOC: `--role-hint` is optional; older doc revisions omit it.
    if (request.roleHint)
        args.push('--role-hint', request.roleHint);
    return args;
}
/**
 * Name of the variable that carries the GitHub JWT into sft's environment.
 * sft reads the JWT from the variable whose *name* `--jwt-env` gives (DOC).
 */
const JWT_ENV_VAR = 'OPA_WORKLOAD_GITHUB_JWT';
/**
 * Variables no child process gets: the request token can mint GitHub JWTs
 * for any audience, the runtime token reaches the job's cache and
 * artifacts, and `INPUT_*` may hold this step's other secrets (an Okta API
 * token).
 */
const ENV_NEVER_INHERITED = [
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    'ACTIONS_RUNTIME_TOKEN'
];
/**
 * Also withheld from `sft workload authenticate`: a stale OPA_TOKEN from an
 * earlier step could be picked up instead of the one being issued (DOC:
 * "picked up automatically by subsequent sft commands").
 */
const ENV_WITHHELD_FROM_AUTHENTICATE = ['OPA_TOKEN'];
/**
 * OBSERVED: `sft --version` prints `sft version X.Y.Z`. ASSUMED tolerant: any
 * first version-shaped word, so `sft 1.2.3` or a bare `1.2.3` also parse.
 */
function parseSftVersion(output) {
    const match = /(?:^|\s|v)(\d+\.\d+\.\d+(?:[-+~][0-9A-Za-z.+~-]*)?)/.exec(output);
    return match?.[1];
}
/**
 * ASSUMED: sft predating workload support rejects the subcommand the way
 * common Go CLI frameworks do (cobra: `unknown command`, urfave/cli: `No help
 * topic` or `flag provided but not defined`). COMMUNITY notes say "unknown
 * subcommand" means the client is too old.
 */
function looksTooOldForWorkloads(stderr) {
    return /unknown (sub)?command|no help topic for|flag provided but not defined: -+(jwt-env|connection|role-hint)/i.test(stderr);
}
/**
 * DOC: the token is printed on stdout. ASSUMED tolerant: a JSON envelope with
 * a token-like field is unwrapped too, in case a future sft adds one.
 * Returns undefined when stdout is empty, and `null` when it is not shaped
 * like a single token.
 */
function extractToken(stdout) {
    const text = stdout.trim();
    if (!text)
        return undefined;
    if (text.startsWith('{')) {
        try {
            const envelope = JSON.parse(text);
            for (const key of ['token', 'access_token', 'bearer_token', 'opa_token']) {
                const value = envelope[key];
                if (typeof value === 'string' && isTokenShaped(value))
                    return value;
            }
        }
        catch {
            return null;
        }
        return null;
    }
    return isTokenShaped(text) ? text : null;
}
/** One line of printable, non-space characters, long enough to be a credential. */
function isTokenShaped(value) {
    return /^[\x21-\x7e]{16,16384}$/.test(value);
}
/**
 * DOC: the Linux account is `wl_<role>`. The docs keep hyphens
 * (`wl_app-deployer`) but the console screenshot of a real role shows them
 * turned into underscores (`workload-role-1` → `wl_workload_role_1`). We
 * follow the observed console; the README names the uncertainty.
 */
function accountForRole(role) {
    return role ? `wl_${role.replace(/-/g, '_')}` : '';
}
/**
 * DOC: a Draft connection validates the JWT but issues no token, and
 * activation takes about 5 minutes to apply. ASSUMED: sft then exits 0 with
 * an empty stdout; its wording is not documented.
 */
const DRAFT_HINT = 'No token: the Workload Connection may be in Draft, or its activation has not propagated yet (about 5 minutes). ' +
    'Ask a security admin to check it is Active (Security Administration > Workload connections), wait about 5 minutes after activating it, then re-run. ' +
    'If it is Active, run the same sft by hand with SFT_LOG_LEVEL=debug to see where it printed the token.';
/**
 * Names OPA accepts. OBSERVED in the console: letters, digits, `-` and `_`
 * ("no spaces or special characters"); team names also allow `.`. The
 * channel is an apt component name.
 */
const CONSOLE_NAME = {
    pattern: /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/,
    allowed: 'letters, digits, "-" and "_", starting with a letter or digit, at most 128 characters'
};
const NAME_RULES = {
    team: {
        pattern: /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/,
        allowed: 'letters, digits, ".", "-" and "_", starting with a letter or digit, at most 128 characters'
    },
    connection: CONSOLE_NAME,
    role: CONSOLE_NAME,
    channel: {
        pattern: /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/,
        allowed: 'letters, digits, ".", "-" and "_", such as okta or okta-preview'
    }
};
/** DOC: Okta's Debian repository and package (OKTA-UBUNTU). */
const APT = {
    defaultRepo: 'https://dist.scaleft.com/repos/deb',
    defaultChannel: 'okta',
    packageName: 'scaleft-client-tools',
    /** Published at the repository host's root. */
    keyFile: 'GPG-KEY-OktaPAM-2023',
    /** COMMUNITY: the binary installs at /usr/bin/sft. */
    binaryInPackage: 'usr/bin/sft',
    /** DOC: the codenames Okta publishes, oldest first within each family. */
    ubuntuCodenames: ['xenial', 'bionic', 'focal', 'jammy', 'noble'],
    ubuntuVersions: ['16.04', '18.04', '20.04', '22.04', '24.04'],
    debianCodenames: ['bullseye', 'bookworm'],
    debianVersions: ['11', '12']
};
/**
 * OBSERVED: the oldest sft seen running `workload authenticate` is 1.108.0;
 * the true minimum is not documented. `auto` accepts an sft on PATH for
 * `sft-version: latest` only from this version on.
 */
const FIRST_WORKLOAD_SFT = '1.108.0';
/**
 * How `sft ssh` reports what went wrong (ASSUMED from community reports;
 * the exact texts are not documented): policy refusals on stderr, 125 from
 * `sft resolve` for no grant, ssh's 255 with its connect error when the
 * server cannot be reached, and some builds refusing to run without a TTY.
 */
const SSH_CONTRACT = {
    denied: /not authori[sz]ed|access denied|permission denied \(publickey|no policy|missing capability|invalid uam|request (was )?cancel/i,
    interactive: /mfa|multi-factor|access request|invalid uam/i,
    unreachable: /connection refused|connection timed out|no route to host|could not resolve|network is unreachable|connect to host|connection closed by|kex_exchange_identification/i,
    /** OBSERVED (FG AGENTS.md): the token's refusal starts `OPA_TOKEN is not valid: `. */
    tokenRefused: /OPA_TOKEN is not valid/,
    noGrantExit: 125
};
/**
 * The variables that carry the session to later steps (`export-env`). DOC:
 * sft itself reads OPA_TOKEN, OPA_ADDR and SFT_TEAM; the others are ours, so
 * that the ssh sub-action and opa-ssh can re-authenticate with the same
 * connection, role and audience.
 */
const SESSION_ENV = {
    token: 'OPA_TOKEN',
    opaAddr: 'OPA_ADDR',
    team: 'SFT_TEAM',
    connection: 'OPA_WORKLOAD_CONNECTION',
    role: 'OPA_WORKLOAD_ROLE',
    audience: 'OPA_AUDIENCE',
    /** Set by main with export-env, bound to the token it exported: later steps renew into GITHUB_ENV only then. */
    exported: 'OPA_TOKEN_EXPORTED'
};
/**
 * OBSERVED (IB TODO.md §82): what `sft resolve` exits with. 125: no grant
 * matches (the role's conditions or the policy, which OPA checks here and
 * not at authenticate); 126: no usable session or token; 1, silently: sft
 * has no OPA_ADDR or SFT_TEAM. Sandbox knobs: role conditions, `tokenInvalid`.
 */
const RESOLVE_EXIT = { noGrant: 125, noSession: 126, notConfigured: 1 };
/**
 * How sft says that it never got an answer from OPA. ASSUMED: sft is a Go
 * program (OBSERVED: its user agent is `scaleft.go/...`) and prints the
 * error of Go's HTTP client, perhaps behind words of its own; its own
 * wording is not documented. DOC (Go's net/http and net/url sources): a
 * failed request reads `Post "URL": CAUSE`; a proxy refusing CONNECT leaves
 * only the proxy's status text (`Forbidden`, `Proxy Authentication
 * Required`), and an unreachable proxy `proxyconnect tcp: ...`; TLS
 * failures carry `tls:` or `x509:` (a container without ca-certificates
 * gives `certificate signed by unknown authority`, as Go reads only the
 * system's roots); DNS failures `lookup HOST ...: no such host`. Sandbox
 * knobs: the stand-in sft fails for real (DNS, refused, untrusted
 * certificate, refusing proxy) and `SFT_SANDBOX_ERROR_STYLE` prints Go's
 * error bare or wrapped.
 */
const LOCAL_FAILURES = [
    [
        'proxy',
        /proxyconnect|"\w+:\/\/[^"]*": (Forbidden|Proxy Authentication Required|Bad Gateway|Service Unavailable|Gateway Timeout|Bad Request|Not Found)\b/i
    ],
    ['tls', /\bx509: |\btls: |certificate signed by unknown authority|failed to load system roots/i],
    ['dns', /\blookup \S+( on \S+)?: |no such host|temporary failure in name resolution|server misbehaving/i],
    [
        'network',
        /\bdial tcp\b|connection refused|connection reset by peer|network is unreachable|no route to host|i\/o timeout|context deadline exceeded|Client\.Timeout exceeded|"\w+:\/\/[^"]*": (unexpected )?EOF\b/i
    ]
];
/** The local cause of a failed exchange, read from sft's stderr; undefined when OPA answered. */
function localFailureOf(stderr) {
    return LOCAL_FAILURES.find(([, pattern]) => pattern.test(stderr))?.[0];
}
/**
 * ASSUMED (the stand-in does the same; the real location is not
 * documented): the agent sft starts for native ssh listens on
 * `ScaleFT/agent.sock` in sft's data directory (XDG_DATA_HOME).
 */
const AGENT_SOCKET_IN_DATA_DIR = node_path__WEBPACK_IMPORTED_MODULE_0___default().join('ScaleFT', 'agent.sock');


/***/ }),

/***/ 496:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BY: () => (/* binding */ PAYLOAD_WANTED),
/* harmony export */   G5: () => (/* binding */ PAYLOAD_MISSING),
/* harmony export */   Mc: () => (/* binding */ bootstrapCommand),
/* harmony export */   Nd: () => (/* binding */ remotePayload),
/* harmony export */   Pn: () => (/* binding */ ACCOUNT_PREFIX),
/* harmony export */   S5: () => (/* binding */ BOOTSTRAP_PREFIX),
/* harmony export */   SC: () => (/* binding */ SCRIPT_STARTED),
/* harmony export */   Vx: () => (/* binding */ BOOTSTRAP_FAILED),
/* harmony export */   ad: () => (/* binding */ COMMAND_PAYLOAD_MAX)
/* harmony export */ });
/* unused harmony exports BOOTSTRAP_DIR, REMOTE_GRACE_SECONDS, stdinWaitSeconds, envPayload */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_shell_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6861);
/**
 * The fixed remote command that receives the environment and the script on
 * stdin and runs the script, and the marker it prints just before the script
 * starts. Only numbers and validated interpreter words are interpolated.
 */


/** Names the bootstrap keeps for itself; `env` entries may not start with it. */
const BOOTSTRAP_PREFIX = '__opa_ssh';
/** The bootstrap's own variable, the directory it stages into. */
const BOOTSTRAP_DIR = `${BOOTSTRAP_PREFIX}_dir`;
/**
 * The bootstrap says this on stderr just before the script starts: failures
 * before it are sft's or ssh's (denied, unreachable, no terminal); after it,
 * everything belongs to the script, and nothing may be retried.
 */
const SCRIPT_STARTED = 'opa-ssh: script started';
/** Exit status the bootstrap uses when it cannot stage the script on the host. */
const BOOTSTRAP_FAILED = 97;
/**
 * Exit status the bootstrap uses when the payload did not arrive whole (a
 * wrong length or digest): the script is not run, and the action carries
 * the payload another way.
 */
const PAYLOAD_MISSING = 96;
/**
 * The bootstrap asks for the payload with this line once the host is ready
 * to read it privately: when its stdin is a terminal (an sft that asks for a
 * remote tty), only after echo is off, so the terminal cannot print `env`
 * values back. Nothing is sent before it.
 */
const PAYLOAD_WANTED = 'opa-ssh: send';
/** The bootstrap says which account it runs as, before the marker: the account OPA really made. */
const ACCOUNT_PREFIX = 'opa-ssh: account ';
/** Seconds the remote `timeout` gives the script past the runner's own bound, which therefore always ends it first. */
const REMOTE_GRACE_SECONDS = 5;
/**
 * The most a payload may be to travel in the command: Linux takes at most
 * 128 KiB in one argument, and base64 grows it by a third.
 */
const COMMAND_PAYLOAD_MAX = 90 * 1024;
/** How long the bootstrap waits for a stdin payload before it gives up, by size. */
function stdinWaitSeconds(bytes) {
    return 20 + Math.ceil(bytes / (100 * 1024));
}
/**
 * The fixed remote command: it stages the environment and the script in a
 * private temporary directory, checks that exactly the bytes the action
 * sent arrived (length and SHA-256), and only then runs the script. Only
 * numbers, the digest, base64 and the validated interpreter words are
 * interpolated.
 */
function bootstrapCommand(shell, remote, carrier, timeoutSeconds) {
    const d = BOOTSTRAP_DIR;
    const fg = `${BOOTSTRAP_PREFIX}_fg`;
    const total = remote.payload.length;
    // An env value is never part of any command line, on either side.
    if (carrier === 'command' && remote.envBytes > 0)
        throw new Error('env values may not travel in the command');
    const receive = carrier === 'command'
        ? `printf %s '${remote.payload.toString('base64')}' | base64 -d > "$${d}/p"`
        : [
            // A terminal reads only for its foreground process group, which `timeout` would otherwise leave.
            `${fg}=; if [ -t 0 ]; then stty raw -echo 2>/dev/null || exit ${PAYLOAD_MISSING}; ${fg}=--foreground; fi`,
            `echo '${PAYLOAD_WANTED}' >&2`,
            `if command -v timeout >/dev/null 2>&1; then timeout $${fg} ${stdinWaitSeconds(total)} head -c ${total}; else head -c ${total}; fi > "$${d}/p"`
        ].join('; ');
    const bound = `${timeoutSeconds + REMOTE_GRACE_SECONDS}`;
    const script = `${shell.join(' ')} "$${d}/s" < /dev/null`;
    return [
        'umask 077',
        // In the JIT account's home first: OPA destroys it with the account, so even a
        // session killed outright leaves nothing behind on the server.
        `${d}=$(mktemp -d "$HOME/.opa-ssh.XXXXXX" 2>/dev/null || mktemp -d "\${TMPDIR:-/tmp}/opa-ssh.XXXXXX") || exit ${BOOTSTRAP_FAILED}`,
        // The env file cannot overwrite the directory variable, and the directory goes on every exit.
        `readonly ${d}; trap 'rm -rf "$${d}"' EXIT HUP INT TERM`,
        `echo "${ACCOUNT_PREFIX}$(id -un)" >&2`,
        receive,
        `[ "$(wc -c < "$${d}/p")" -eq ${total} ] && [ "$(sha256sum < "$${d}/p" | cut -c1-64)" = ${remote.sha256} ] || exit ${PAYLOAD_MISSING}`,
        `{ head -c ${remote.envBytes} "$${d}/p" > "$${d}/e" && tail -c +${remote.envBytes + 1} "$${d}/p" > "$${d}/s" && rm -f "$${d}/p"; } || exit ${BOOTSTRAP_FAILED}`,
        `set -a; . "$${d}/e"; set +a; rm -f "$${d}/e"`,
        `echo '${SCRIPT_STARTED}' >&2`,
        // The host bounds the script too: a session ended on this side may leave the remote shell running.
        `if command -v timeout >/dev/null 2>&1; then timeout -k 5 ${bound} ${script}; else ${script}; fi`
    ].join('; ');
}
/** `KEY='value'` lines for the remote shell, single-quoted so nothing expands. */
function envPayload(env) {
    return Object.entries(env)
        .map(([key, value]) => `${key}=${(0,_lib_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .shellQuote */ .Z)(value)}\n`)
        .join('');
}
/** The bytes that go to the host: the environment, then the script. */
function remotePayload(script, env) {
    const envText = envPayload(env);
    const payload = Buffer.from(envText + script, 'utf8');
    return { payload, envBytes: Buffer.byteLength(envText), sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(payload).digest('hex') };
}


/***/ }),

/***/ 424:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IS: () => (/* binding */ shardOf),
/* harmony export */   PP: () => (/* binding */ hostsOf),
/* harmony export */   un: () => (/* binding */ planBatches)
/* harmony export */ });
/**
 * How a fleet is rolled out, as a release engineer who knows Ansible's
 * `serial` and `max_fail_percentage` expects: an optional canary alone
 * first, then batches, a failure budget; and shards, which split a host
 * list across the jobs of a matrix.
 */
/** `amount` as a host count out of `total`: percentages round down, as Ansible's do. */
function hostsOf(amount, total) {
    return 'count' in amount ? amount.count : Math.floor((total * amount.percent) / 100);
}
/**
 * The canary (the first `canary` hosts) as batch 0, when there is one, then
 * the rest in batches of `batchSize` (a percentage of the rest, at least one
 * host), or in one batch when it is undefined.
 */
function planBatches(hosts, canary, batchSize) {
    const batches = canary > 0 ? [{ number: 0, hosts: hosts.slice(0, canary) }] : [];
    const rest = hosts.slice(canary);
    const size = batchSize ? Math.max(1, hostsOf(batchSize, rest.length)) : rest.length;
    for (let i = 0; i < rest.length; i += size)
        batches.push({ number: batches.length + (canary > 0 ? 0 : 1), hosts: rest.slice(i, i + size) });
    return batches;
}
/**
 * The `index`-th (from 1) of `count` contiguous slices of `hosts`, as
 * `split -n l/K/N` cuts a file: sizes differ by at most one, the larger
 * ones first, so shard 1 holds the first hosts. Past the host count, a
 * slice is empty.
 */
function shardOf(hosts, index, count) {
    const base = Math.floor(hosts.length / count);
    const larger = hosts.length % count;
    const start = (index - 1) * base + Math.min(index - 1, larger);
    return hosts.slice(start, start + base + (index <= larger ? 1 : 0));
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 6058:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fM: () => (/* binding */ addPath),
  Yz: () => (/* binding */ core_debug),
  N4: () => (/* binding */ endGroup),
  z3: () => (/* binding */ error),
  dN: () => (/* binding */ exportVariable),
  V4: () => (/* binding */ getInput),
  pq: () => (/* binding */ info),
  _o: () => (/* binding */ isDebug),
  lm: () => (/* binding */ notice),
  LZ: () => (/* binding */ saveState),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ core_setSecret),
  Oh: () => (/* binding */ startGroup),
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, getBooleanInput, getIDToken, getMultilineInput, getState, group, markdownSummary, platform, setCommandEcho, toPlatformPath, toPosixPath, toWin32Path

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var lib_exec = __nccwpck_require__(5781);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${external_path_.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

/***/ }),

/***/ 5781:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m: () => (/* binding */ exec)
});

// UNUSED EXPORTS: getExecOutput

;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
// EXTERNAL MODULE: external "child_process"
var external_child_process_ = __nccwpck_require__(5317);
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io.js
var io = __nccwpck_require__(8701);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util = __nccwpck_require__(90);
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return __awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!io_util/* isRooted */.Qh(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield io/* which */.K7(this.toolPath, true);
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield io_util/* exists */.t2(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map

/***/ }),

/***/ 90:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ lstat),
/* harmony export */   Ck: () => (/* binding */ mkdir),
/* harmony export */   Cy: () => (/* binding */ readdir),
/* harmony export */   H8: () => (/* binding */ IS_WINDOWS),
/* harmony export */   Qh: () => (/* binding */ isRooted),
/* harmony export */   YN: () => (/* binding */ symlink),
/* harmony export */   dJ: () => (/* binding */ stat),
/* harmony export */   h_: () => (/* binding */ readlink),
/* harmony export */   k6: () => (/* binding */ chmod),
/* harmony export */   m3: () => (/* binding */ copyFile),
/* harmony export */   rm: () => (/* binding */ rm),
/* harmony export */   t2: () => (/* binding */ exists),
/* harmony export */   vr: () => (/* binding */ tryGetExecutablePath),
/* harmony export */   y1: () => (/* binding */ unlink)
/* harmony export */ });
/* unused harmony exports open, rename, rmdir, UV_FS_O_EXLOCK, READONLY, isDirectory, getCmdPath */
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9896);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6928);
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs__WEBPACK_IMPORTED_MODULE_0__.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        const result = yield fs__WEBPACK_IMPORTED_MODULE_0__.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY;
function exists(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return __awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return __awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = path__WEBPACK_IMPORTED_MODULE_1__.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = path__WEBPACK_IMPORTED_MODULE_1__.dirname(filePath);
                        const upperName = path__WEBPACK_IMPORTED_MODULE_1__.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = path__WEBPACK_IMPORTED_MODULE_1__.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map

/***/ }),

/***/ 8701:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ which),
/* harmony export */   U$: () => (/* binding */ mkdirP),
/* harmony export */   Yz: () => (/* binding */ rmRF),
/* harmony export */   cp: () => (/* binding */ cp)
/* harmony export */ });
/* unused harmony exports mv, findInPath */
/* harmony import */ var assert__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2613);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6928);
/* harmony import */ var _io_util_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(90);
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return __awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .exists */ .t2(dest)) ? yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .stat */ .dJ(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path__WEBPACK_IMPORTED_MODULE_1__.join(dest, path__WEBPACK_IMPORTED_MODULE_1__.basename(source))
            : dest;
        if (!(yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .exists */ .t2(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .stat */ .dJ(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path__WEBPACK_IMPORTED_MODULE_1__.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return __awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return __awaiter(this, void 0, void 0, function* () {
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        (0,assert__WEBPACK_IMPORTED_MODULE_0__.ok)(fsPath, 'a path argument must be provided');
        yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .mkdir */ .Ck(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return __awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return __awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8 && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .isRooted */ .Qh(tool)) {
            const filePath = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .tryGetExecutablePath */ .vr(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(path__WEBPACK_IMPORTED_MODULE_1__.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .tryGetExecutablePath */ .vr(path__WEBPACK_IMPORTED_MODULE_1__.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return __awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .readdir */ .Cy(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .lstat */ .$1(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .chmod */ .k6(destDir, (yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .stat */ .dJ(sourceDir)).mode);
    });
}
// Buffered file copy
function copyFile(srcFile, destFile, force) {
    return __awaiter(this, void 0, void 0, function* () {
        if ((yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .lstat */ .$1(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .lstat */ .$1(destFile);
                yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .unlink */ .y1(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .chmod */ .k6(destFile, '0666');
                    yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .unlink */ .y1(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .readlink */ .h_(srcFile);
            yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .symlink */ .YN(symlinkFull, destFile, _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8 ? 'junction' : null);
        }
        else if (!(yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .exists */ .t2(destFile)) || force) {
            yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .copyFile */ .m3(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(1622);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
