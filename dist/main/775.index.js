export const id = 775;
export const ids = [775];
export const modules = {

/***/ 4106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ HttpClient)
/* harmony export */ });
let real;
const load = () => (real ??= __webpack_require__.e(/* import() */ 607).then(__webpack_require__.bind(__webpack_require__, 6607)));
class HttpClient {
    client;
    args;
    constructor(...args) {
        this.args = args;
    }
    instance() {
        this.client ??= load().then((m) => new m.HttpClient(...this.args));
        return this.client;
    }
    async get(...args) {
        return (await this.instance()).get(...args);
    }
    async getJson(...args) {
        return (await this.instance()).getJson(...args);
    }
}


/***/ }),

/***/ 4775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ main_run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var lib_core = __webpack_require__(6058);
// EXTERNAL MODULE: ./src/lib/log.ts
var log = __webpack_require__(1025);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/auth/claims.ts
var auth_claims = __webpack_require__(9061);
// EXTERNAL MODULE: ./src/sft/contract.ts
var contract = __webpack_require__(297);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/lib/exec.ts





/**
 * Runs a program with an argument array (never through a shell), in the
 * scrubbed environment of `childEnvironment` unless told otherwise, and captures
 * stdout and stderr apart, printing nothing. `@actions/exec` echoes the
 * command line and output by default, which is wrong for a step whose stdout
 * is a credential.
 */
async function runCommand(file, args, options = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(file, args, {
            // No child gets the job's credentials unless a caller hands them over on purpose.
            env: options.env ?? childEnvironment(),
            stdio: ['pipe', 'pipe', 'pipe'],
            shell: false
        });
        const stdout = [];
        const stderr = [];
        let timedOut = false;
        let killTimer;
        const timer = options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                child.kill('SIGTERM');
                killTimer = setTimeout(() => child.kill('SIGKILL'), 2000);
            }, options.timeoutMs);
        child.stdout.on('data', (chunk) => stdout.push(chunk));
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        child.on('error', (error) => {
            clearTimeout(timer);
            clearTimeout(killTimer);
            reject(error);
        });
        child.on('close', (exitCode, signal) => {
            clearTimeout(timer);
            clearTimeout(killTimer);
            const stdoutBuffer = Buffer.concat(stdout);
            resolve({
                exitCode,
                signal,
                stdout: stdoutBuffer.toString('utf8'),
                stdoutBuffer,
                stderr: Buffer.concat(stderr).toString('utf8'),
                timedOut
            });
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input ?? '');
    });
}
/** Removes every occurrence of each secret, for text that is about to be shown. */
function redact(text, secrets) {
    return secrets.filter((s) => s.length >= 8).reduce((out, s) => out.split(s).join('***'), text);
}
async function isExecutableFile(file) {
    try {
        await (0,promises_.access)(file, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * The first executable `name` on the search path, like `command -v`. On
 * Windows, as cmd.exe does, a name without one of PATHEXT's extensions is
 * tried with each of them (`sft` finds `sft.exe`); the current directory is
 * not searched.
 */
async function exec_findOnPath(name, searchPath = process.env.PATH ?? '', lookup = {}) {
    const windows = (lookup.platform ?? process.platform) === 'win32';
    const paths = windows ? (external_node_path_default()).win32 : (external_node_path_default()).posix;
    const isExecutable = lookup.isExecutable ?? isExecutableFile;
    const extensions = (lookup.pathExt ?? process.env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean);
    const hasExtension = extensions.some((ext) => name.toLowerCase().endsWith(ext.toLowerCase()));
    const names = windows && !hasExtension ? extensions.map((ext) => `${name}${ext.toLowerCase()}`) : [name];
    for (const dir of searchPath.split(paths.delimiter)) {
        if (!dir)
            continue;
        for (const candidate of names.map((n) => paths.join(dir, n))) {
            if (await isExecutable(candidate))
                return candidate;
        }
    }
    return undefined;
}
/** The job's environment for a child process, without what no child needs, plus `extra`. */
function childEnvironment(extra = {}, base = process.env) {
    const env = {};
    for (const [name, value] of Object.entries(base)) {
        if (!contract/* ENV_NEVER_INHERITED */.O_.includes(name) && !name.startsWith('INPUT_'))
            env[name] = value;
    }
    return { ...env, ...extra };
}

;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/buffer_utils.js
const buffer_utils_encoder = new TextEncoder(), decoder = new TextDecoder(), strictDecoder = new TextDecoder("utf-8", { fatal: !0 }), UINT32_RANGE = (/* unused pure expression or super */ null && (2 ** 32));
function concat(...buffers) {
  const size = buffers.reduce((acc, { length }) => acc + length, 0), buf = new Uint8Array(size);
  let i = 0;
  for (const buffer of buffers)
    buf.set(buffer, i), i += buffer.length;
  return buf;
}
function writeUInt32BE(buf, value, offset) {
  if (value < 0 || value >= UINT32_RANGE)
    throw new RangeError(`value must be >= 0 and <= ${UINT32_RANGE - 1}. Received ${value}`);
  buf.set([value >>> 24, value >>> 16, value >>> 8, value & 255], offset);
}
function uint64be(value) {
  const high = Math.floor(value / UINT32_RANGE), low = value % UINT32_RANGE, buf = new Uint8Array(8);
  return writeUInt32BE(buf, high, 0), writeUInt32BE(buf, low, 4), buf;
}
function uint32be(value) {
  const buf = new Uint8Array(4);
  return writeUInt32BE(buf, value), buf;
}
const NON_ASCII = /[^\x00-\x7f]/;
function buffer_utils_encode(string) {
  if (typeof string == "string" && string.length >= 128) {
    if (NON_ASCII.test(string))
      throw new TypeError("non-ASCII string encountered in encode()");
    return buffer_utils_encoder.encode(string);
  }
  const bytes = new Uint8Array(string.length);
  for (let i = 0; i < string.length; i++) {
    const code = string.charCodeAt(i);
    if (code > 127)
      throw new TypeError("non-ASCII string encountered in encode()");
    bytes[i] = code;
  }
  return bytes;
}
function buffer_utils_encodeBase64(input, url = !1) {
  if (Uint8Array.prototype.toBase64)
    return input.toBase64({ alphabet: url ? "base64url" : "base64", omitPadding: url });
  const CHUNK_SIZE = 32768, arr = [];
  for (let i = 0; i < input.length; i += CHUNK_SIZE)
    arr.push(String.fromCharCode.apply(null, input.subarray(i, i + CHUNK_SIZE)));
  const encoded = btoa(arr.join(""));
  return url ? encoded.replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_") : encoded;
}
function decodeBase64(encoded, url = !1) {
  if (Uint8Array.fromBase64)
    return Uint8Array.fromBase64(encoded, { alphabet: url ? "base64url" : "base64" });
  if (url) {
    if (encoded.includes("+") || encoded.includes("/"))
      throw new TypeError("Invalid base64url");
    encoded = encoded.replace(/-/g, "+").replace(/_/g, "/");
  }
  const binary = atob(encoded), bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++)
    bytes[i] = binary.charCodeAt(i);
  return bytes;
}
async function digest(algorithm, data) {
  const subtleDigest = `SHA-${algorithm.slice(-3)}`;
  return new Uint8Array(await crypto.subtle.digest(subtleDigest, data));
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/util/base64url.js

const invalid = "The input to be decoded is not correctly encoded.";
function base64url_decode(input) {
  try {
    return decodeBase64(typeof input == "string" ? input : decoder.decode(input), !0);
  } catch (cause) {
    throw new TypeError(invalid, { cause });
  }
}
function base64url_encode(input) {
  return encodeBase64(typeof input == "string" ? encoder.encode(input) : input, !0);
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/validate.js



function assertUint8Array(input, label) {
  if (!(input instanceof Uint8Array))
    throw new TypeError(`${label} must be an instance of Uint8Array`);
}
function isObject(input) {
  if (typeof input != "object" || input === null || Object.prototype.toString.call(input) !== "[object Object]")
    return !1;
  const prototype = Object.getPrototypeOf(input);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}
function isJwkSet(input) {
  return isObject(input) && Array.isArray(input.keys) && Array.from(input.keys).every(isObject);
}
function isDisjoint(...headers) {
  const parameters = /* @__PURE__ */ new Set();
  for (const header of headers)
    if (header)
      for (const parameter of Object.keys(header)) {
        if (parameters.has(parameter))
          return !1;
        parameters.add(parameter);
      }
  return !0;
}
function assertNotSet(value, name) {
  if (value !== void 0)
    throw new TypeError(`${name} can only be called once`);
}
function decodeBase64url(value, label, ErrorClass) {
  try {
    return decode(value);
  } catch (cause) {
    throw new ErrorClass(`Failed to base64url decode the ${label}`, { cause });
  }
}
function encodeAsciiMember(value, label, ErrorClass) {
  try {
    return encode(value);
  } catch (cause) {
    throw new ErrorClass(`The ${label} is not a valid base64url string`, { cause });
  }
}
function parseJoseHeader(encodedProtectedHeader, ErrorClass, message) {
  let parsed;
  try {
    parsed = JSON.parse(strictDecoder.decode(base64url_decode(encodedProtectedHeader)));
  } catch (cause) {
    throw new ErrorClass(message, { cause });
  }
  if (!isObject(parsed))
    throw new ErrorClass(message);
  return parsed;
}
const JWS_RECOGNIZED = { __proto__: null, b64: !0 }, JWE_RECOGNIZED = { __proto__: null };
function validateAlgorithms(option, algorithms) {
  if (algorithms !== void 0 && (!Array.isArray(algorithms) || algorithms.some((s) => typeof s != "string")))
    throw new TypeError(`"${option}" option must be an array of strings`);
  return algorithms === void 0 ? void 0 : new Set(algorithms);
}
function validateCritDuplicates(Err, protectedHeader) {
  const { crit } = protectedHeader ?? {};
  if (Array.isArray(crit) && new Set(crit).size !== crit.length)
    throw new Err('"crit" (Critical) Header Parameter MUST NOT contain duplicate values');
}
function validateCrit(Err, recognizedDefault, recognizedOption, protectedHeader, joseHeader) {
  if (joseHeader.crit !== void 0 && protectedHeader?.crit === void 0)
    throw new Err('"crit" (Critical) Header Parameter MUST be integrity protected');
  if (!protectedHeader || protectedHeader.crit === void 0)
    return [];
  if (!Array.isArray(protectedHeader.crit) || protectedHeader.crit.length === 0 || protectedHeader.crit.some((input) => typeof input != "string" || input.length === 0))
    throw new Err('"crit" (Critical) Header Parameter MUST be an array of non-empty strings when present');
  const recognized = recognizedOption === void 0 ? recognizedDefault : { __proto__: null, ...recognizedOption, ...recognizedDefault };
  for (const parameter of protectedHeader.crit) {
    if (!(parameter in recognized))
      throw new JOSENotSupported(`Extension Header Parameter "${parameter}" is not recognized`);
    if (!Object.hasOwn(joseHeader, parameter) || joseHeader[parameter] === void 0)
      throw new Err(`Extension Header Parameter "${parameter}" is missing`);
    if (recognized[parameter] && (!Object.hasOwn(protectedHeader, parameter) || protectedHeader[parameter] === void 0))
      throw new Err(`Extension Header Parameter "${parameter}" MUST be integrity protected`);
  }
  return protectedHeader.crit;
}
function validateB64(protectedHeader, extensions) {
  if (extensions.includes("b64")) {
    const b64 = protectedHeader.b64;
    if (typeof b64 != "boolean")
      throw new JWSInvalid('The "b64" (base64url-encode payload) Header Parameter must be a boolean');
    return b64;
  }
  return !0;
}
function serializeJoseHeader(Err, header) {
  let serialized, parsed;
  try {
    serialized = JSON.stringify(header), parsed = JSON.parse(serialized);
  } catch (cause) {
    throw new Err("JOSE Header is not valid JSON", { cause });
  }
  if (!isObject(parsed))
    throw new Err("JOSE Header is not a JSON object");
  return [parsed, serialized];
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/util/decode_protected_header.js

function decodeProtectedHeader(token) {
  let encodedProtectedHeader;
  if (typeof token == "string") {
    const parts = token.split(".");
    (parts.length === 3 || parts.length === 5) && ([encodedProtectedHeader] = parts);
  } else if (typeof token == "object" && token)
    if ("protected" in token)
      encodedProtectedHeader = token.protected;
    else
      throw new TypeError("Token does not contain a Protected Header");
  const invalid = "Invalid Token or Protected Header formatting";
  if (typeof encodedProtectedHeader != "string" || !encodedProtectedHeader)
    throw new TypeError(invalid);
  return parseJoseHeader(encodedProtectedHeader, TypeError, invalid);
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/util/errors.js
class JOSEError extends Error {
  static code = "ERR_JOSE_GENERIC";
  code = "ERR_JOSE_GENERIC";
  constructor(message, options) {
    super(message, options), this.name = this.constructor.name, Error.captureStackTrace?.(this, this.constructor);
  }
}
class JWTClaimValidationFailed extends JOSEError {
  static code = "ERR_JWT_CLAIM_VALIDATION_FAILED";
  code = "ERR_JWT_CLAIM_VALIDATION_FAILED";
  claim;
  reason;
  payload;
  constructor(message, payload, claim = "unspecified", reason = "unspecified") {
    super(message, { cause: { claim, reason, payload } }), this.claim = claim, this.reason = reason, this.payload = payload;
  }
}
class JWTExpired extends JOSEError {
  static code = "ERR_JWT_EXPIRED";
  code = "ERR_JWT_EXPIRED";
  claim;
  reason;
  payload;
  constructor(message, payload, claim = "unspecified", reason = "unspecified") {
    super(message, { cause: { claim, reason, payload } }), this.claim = claim, this.reason = reason, this.payload = payload;
  }
}
class JOSEAlgNotAllowed extends (/* unused pure expression or super */ null && (JOSEError)) {
  static code = (/* unused pure expression or super */ null && ("ERR_JOSE_ALG_NOT_ALLOWED"));
  code = "ERR_JOSE_ALG_NOT_ALLOWED";
}
class errors_JOSENotSupported extends (/* unused pure expression or super */ null && (JOSEError)) {
  static code = (/* unused pure expression or super */ null && ("ERR_JOSE_NOT_SUPPORTED"));
  code = "ERR_JOSE_NOT_SUPPORTED";
}
class JWEDecryptionFailed extends JOSEError {
  static code = "ERR_JWE_DECRYPTION_FAILED";
  code = "ERR_JWE_DECRYPTION_FAILED";
  constructor(message = "decryption operation failed", options) {
    super(message, options);
  }
}
class JWEInvalid extends (/* unused pure expression or super */ null && (JOSEError)) {
  static code = (/* unused pure expression or super */ null && ("ERR_JWE_INVALID"));
  code = "ERR_JWE_INVALID";
}
class errors_JWSInvalid extends (/* unused pure expression or super */ null && (JOSEError)) {
  static code = (/* unused pure expression or super */ null && ("ERR_JWS_INVALID"));
  code = "ERR_JWS_INVALID";
}
class JWTInvalid extends JOSEError {
  static code = "ERR_JWT_INVALID";
  code = "ERR_JWT_INVALID";
}
class JWKInvalid extends (/* unused pure expression or super */ null && (JOSEError)) {
  static code = (/* unused pure expression or super */ null && ("ERR_JWK_INVALID"));
  code = "ERR_JWK_INVALID";
}
class JWKSInvalid extends (/* unused pure expression or super */ null && (JOSEError)) {
  static code = (/* unused pure expression or super */ null && ("ERR_JWKS_INVALID"));
  code = "ERR_JWKS_INVALID";
}
class JWKSNoMatchingKey extends JOSEError {
  static code = "ERR_JWKS_NO_MATCHING_KEY";
  code = "ERR_JWKS_NO_MATCHING_KEY";
  constructor(message = "no applicable key found in the JSON Web Key Set", options) {
    super(message, options);
  }
}
class JWKSMultipleMatchingKeys extends JOSEError {
  [Symbol.asyncIterator] = async function* () {
  };
  static code = "ERR_JWKS_MULTIPLE_MATCHING_KEYS";
  code = "ERR_JWKS_MULTIPLE_MATCHING_KEYS";
  constructor(message = "multiple matching keys found in the JSON Web Key Set", options) {
    super(message, options);
  }
}
class JWKSTimeout extends JOSEError {
  static code = "ERR_JWKS_TIMEOUT";
  code = "ERR_JWKS_TIMEOUT";
  constructor(message = "request timed out", options) {
    super(message, options);
  }
}
class JWSSignatureVerificationFailed extends JOSEError {
  static code = "ERR_JWS_SIGNATURE_VERIFICATION_FAILED";
  code = "ERR_JWS_SIGNATURE_VERIFICATION_FAILED";
  constructor(message = "signature verification failed", options) {
    super(message, options);
  }
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/util/decode_jwt.js




function decodeJwt(jwt) {
  if (typeof jwt != "string")
    throw new JWTInvalid("JWTs must use Compact JWS serialization, JWT must be a string");
  const { 1: encodedPayload, length } = jwt.split(".");
  if (length === 5)
    throw new JWTInvalid("Only JWTs using Compact JWS serialization can be decoded");
  if (length !== 3)
    throw new JWTInvalid("Invalid JWT");
  if (!encodedPayload)
    throw new JWTInvalid("JWTs must contain a payload");
  let claimsSetBytes;
  try {
    claimsSetBytes = base64url_decode(encodedPayload);
  } catch (cause) {
    throw new JWTInvalid("Failed to base64url decode the payload", { cause });
  }
  let claimsSet;
  try {
    claimsSet = JSON.parse(strictDecoder.decode(claimsSetBytes));
  } catch (cause) {
    throw new JWTInvalid("Failed to parse the decoded payload as JSON", { cause });
  }
  if (!isObject(claimsSet))
    throw new JWTInvalid("Invalid JWT Claims Set");
  return claimsSet;
}


;// CONCATENATED MODULE: ./src/auth/opa-token.ts




/**
 * Registers a credential with the runner's log masker. The whole value is
 * masked, and for a JWT the signature too, because a signature alone can be
 * replayed with a hand-built header and payload.
 */
function opa_token_maskToken(token) {
    log/* setSecret */.Pq(token);
    const parts = token.split('.');
    if (parts.length === 3 && parts[2].length >= 16)
        log/* setSecret */.Pq(parts[2]);
}
/** Decodes without verifying: we hold no key for OPA's token. Undefined for an opaque token. */
function decodeUnverified(token) {
    try {
        return {
            header: decodeProtectedHeader(token),
            claims: decodeJwt(token)
        };
    }
    catch {
        return undefined;
    }
}
function opa_token_describeSession(token, requestedRole) {
    const decoded = decodeUnverified(token);
    const claims = decoded?.claims ?? {};
    const opa = {
        connectionId: stringClaim(claims['oktapa.cid']),
        connectionName: stringClaim(claims['oktapa.cn']),
        roleHint: stringClaim(claims['oktapa.rh']),
        teamId: stringClaim(claims['oktapa.tid']),
        teamName: stringClaim(claims['oktapa.tn']),
        workload: isRecord(claims['oktapa.wl']) ? claims['oktapa.wl'] : undefined
    };
    const role = requestedRole || opa.roleHint || '';
    return {
        token,
        decoded,
        opa,
        principal: stringClaim(claims.sub) ?? '',
        issuedAt: epoch(claims.iat),
        expiresAt: epoch(claims.exp),
        role,
        account: (0,contract/* accountForRole */.Fj)(role)
    };
}
/** Seconds until expiry, or undefined for a token that does not say. */
function secondsLeft(session, now = Date.now()) {
    return session.expiresAt ? Math.floor((session.expiresAt.getTime() - now) / 1000) : undefined;
}
function epoch(value) {
    return typeof value === 'number' && Number.isFinite(value) ? new Date(value * 1000) : undefined;
}
function stringClaim(value) {
    return typeof value === 'string' ? value : undefined;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/sft/said.ts
/**
 * sft's own words (stdout and stderr) are foreign text that may hold a
 * credential: a token printed where we did not expect it, a JWT in a debug
 * line, an `OPA_TOKEN=...` echo, an `Authorization: Bearer ...` header.
 * Wherever they are shown (live in the log, in a hint, an error, the
 * summary or `results`) every token-shaped run is replaced first, here.
 *
 * Redaction only: what the runner masks for the rest of the job is decided
 * by the action alone, from the tokens it handled (see maskToken), never
 * from words someone else printed.
 */
const REDACTED = '[redacted]';
/** Base64url runs of 16 or more, the body of every bearer secret we know of. */
const RUN = '[A-Za-z0-9_~+/=.-]{16,}';
const JWT = /eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g;
const BEARER = new RegExp(`\\b(Bearer|SSWS|Basic)(\\s+)(${RUN})`, 'gi');
/** `token=...`, `"access_token": "..."`, `OPA_TOKEN: ...`: a secret's name, then its value. */
const ASSIGNMENT = /\b([A-Za-z_]*(?:token|secret|password|passwd|jwt|api_?key)[A-Za-z_]*)("?\s*[=:]\s*)("?)([^\s"',;}]+)\3/gi;
/** A bare run long enough to be random: hex of 32 or more, or base64url of 40 or more. */
const HEX_RUN = /\b[0-9a-fA-F]{32,}\b/g;
const LONG_RUN = /[A-Za-z0-9_-]{40,}={0,2}/g;
/** At least two of upper case, lower case and digits: random, not a word or a name. */
function mixed(run) {
    return [/[A-Z]/, /[a-z]/, /[0-9]/].filter((re) => re.test(run)).length >= 2;
}
/**
 * Whether a value after a secret's name is shaped like a token: long, with
 * no scheme or path (an audience URL, a workspace path) and not a plain word
 * (`signature`, `refs/heads/main`).
 */
function tokenShaped(value) {
    if (/^eyJ/.test(value) || /^[0-9a-fA-F]{32,}$/.test(value))
        return true;
    return (new RegExp(`^${RUN}$`).test(value) &&
        !value.includes('://') &&
        !value.startsWith('/') &&
        mixed(value) &&
        /[0-9]/.test(value));
}
/** Every token-shaped run in `text`, for a caller that received it as its own credential. */
function tokensIn(text) {
    const found = [];
    fromSft(text, (secret) => found.push(secret));
    return found;
}
/** sft's words with every token-shaped run replaced by `[redacted]`. */
function fromSft(text, seen = () => undefined) {
    const hide = (secret) => {
        seen(secret);
        return REDACTED;
    };
    return text
        .replace(JWT, hide)
        .replace(BEARER, (all, scheme, space, value) => value === REDACTED ? all : `${scheme}${space}${hide(value)}`)
        .replace(ASSIGNMENT, (all, name, sep, quote, value) => tokenShaped(value) ? `${name}${sep}${quote}${hide(value)}${quote}` : all)
        .replace(HEX_RUN, hide)
        .replace(LONG_RUN, (run) => (mixed(run) && /[0-9]/.test(run) ? hide(run) : run));
}
/** What an output looked like, for when its content may not be shown. */
function shapeOf(text) {
    const trimmed = text.trim();
    if (!trimmed)
        return 'nothing';
    const lines = trimmed.split('\n').length;
    return `${trimmed.length} characters on ${lines} line${lines === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/auth/exchange.ts






/** sft talks to OPA once; a minute covers a slow network and OPA's own retries. */
const EXCHANGE_TIMEOUT_MS = 60_000;
/**
 * Environment for sft: the job's environment minus anything sft must not
 * see, plus the OPA address, the team and the JWT under the variable that
 * `--jwt-env` names. This is the only place the JWT leaves our process.
 */
function sftEnvironment(request, extra = {}, base = process.env) {
    const env = childEnvironment({}, base);
    for (const name of contract/* ENV_WITHHELD_FROM_AUTHENTICATE */.Hb)
        delete env[name];
    return { ...env, OPA_ADDR: request.opaAddr, SFT_TEAM: request.team, ...extra };
}
/** Runs `sft workload authenticate` and returns the masked OPA token. */
async function exchange(request) {
    const args = (0,contract/* authenticateArgs */.Fg)({
        team: request.team,
        connection: request.connection,
        jwtEnv: contract/* JWT_ENV_VAR */.yK,
        roleHint: request.role
    });
    log/* debug */.Yz(`Running ${request.sftPath} ${args.join(' ')}`);
    let result;
    try {
        result = await runCommand(request.sftPath, args, {
            env: sftEnvironment(request, { [contract/* JWT_ENV_VAR */.yK]: request.jwt }),
            timeoutMs: request.timeoutMs ?? EXCHANGE_TIMEOUT_MS
        });
    }
    catch (error) {
        throw startFailure(request.sftPath, error);
    }
    // Mask before anything else looks at the output, so no later message can leak it.
    const token = (0,contract/* extractToken */.VB)(result.stdout);
    if (token)
        opa_token_maskToken(token);
    // What authenticate printed is this job's own credential wherever sft put it: masked, and shown only redacted.
    for (const stray of tokensIn(`${result.stderr}\n${token ? '' : result.stdout}`))
        opa_token_maskToken(stray);
    const verdict = fromSft(redact(result.stderr, [request.jwt, ...(token ? [token] : [])])).trim();
    const failure = exchangeFailure(request, result, token, verdict);
    if (failure || !token)
        throw failure;
    return { token, verdict };
}
/** Why the exchange gave no usable token, or undefined when it did. */
function exchangeFailure(request, result, token, verdict) {
    const where = `team "${request.team}", connection "${request.connection}"${request.role ? `, role hint "${request.role}"` : ''}`;
    if (result.timedOut) {
        return new errors/* ExchangeError */.Sb(`sft workload authenticate did not finish within ${Math.round((request.timeoutMs ?? EXCHANGE_TIMEOUT_MS) / 1000)} s (${where}).`, `Check that the runner can reach ${request.opaAddr} (DNS, firewall, proxy).`, verdict ? [verdict] : []);
    }
    if (result.exitCode !== 0 && (0,contract/* looksTooOldForWorkloads */.pp)(verdict)) {
        return new errors/* ExchangeError */.Sb('This sft is too old for workload commands (it does not know `sft workload authenticate`).', 'Use sft 1.108.0 or later: remove the `sft-version` pin or raise it, or point `sft-path` at a newer binary.', [verdict]);
    }
    const local = result.exitCode !== 0 ? (0,contract/* localFailureOf */.pJ)(verdict) : undefined;
    if (local)
        return localFailure(local, request, where, verdict);
    if (result.exitCode !== 0) {
        return new errors/* ExchangeError */.Sb(`OPA rejected the exchange (${where}; sft exited with ${result.exitCode ?? result.signal}):\n${indent(verdict || '(sft printed nothing on stderr)')}`, "Compare the GitHub token claims with the Workload Connection's required claims (the job summary lists them), and check that the connection and team names are exact.", [verdict]);
    }
    if (token === undefined) {
        return new errors/* ExchangeError */.Sb(`sft exited 0 but printed no access token (${where}); its stderr had ${shapeOf(result.stderr)}, not shown in case it holds a credential.`, contract/* DRAFT_HINT */.MD);
    }
    if (token === null) {
        const stdout = result.stdout.trim();
        return new errors/* ExchangeError */.Sb(`sft printed something on stdout that is not shaped like a token (${stdout.length} characters on ${stdout.split('\n').length} lines); it is not shown, in case it holds a credential.`, 'Run the same sft version by hand with SFT_LOG_LEVEL=debug to see what it prints, and report it if it is a new output format.');
    }
    return undefined;
}
/** What a failure to start sft means: the binary gone (removed underneath), not executable, or else. */
function startFailure(sftPath, error) {
    const code = error.code;
    const problem = code === 'ENOENT'
        ? 'is missing (it was removed or replaced after it was installed), or its program loader is'
        : code === 'EACCES'
            ? 'is not executable by the runner user'
            : `could not be started (${(0,errors/* messageOf */.bD)(error)})`;
    return new errors/* ExchangeError */.Sb(`The sft binary ${sftPath} ${problem}, so nothing was sent to OPA.`, 'Check that nothing else deletes or rewrites sft while the job runs (a shared tool cache, a cleanup step), then re-run; or point `sft-path` at a working sft.', [], { cause: error });
}
/** sft never got OPA's answer: the cause is on the runner's side of the network, not in the token. */
const LOCAL_HINTS = {
    proxy: (opaAddr) => [
        'a proxy refused or could not carry the connection',
        `Allow ${new URL(opaAddr).host} through the proxy (HTTPS_PROXY), or list it in NO_PROXY if the runner reaches it directly.`
    ],
    tls: () => [
        "sft did not trust OPA's TLS certificate",
        'sft is a Go program and trusts only the system CA store: install ca-certificates (minimal containers lack it), and add the CA of any TLS-inspecting proxy to the system store (or point SSL_CERT_FILE at a bundle holding it).'
    ],
    dns: (opaAddr) => [
        "sft could not resolve OPA's host name (DNS)",
        `Check the spelling of opa-addr (${opaAddr}) and that the runner's DNS resolves it; behind a proxy, set HTTPS_PROXY so the proxy resolves it.`
    ],
    network: (opaAddr) => [
        'sft could not connect to OPA',
        `Check that the runner can reach ${opaAddr} (firewall, security group, HTTPS_PROXY and NO_PROXY).`
    ]
};
function localFailure(kind, request, where, verdict) {
    const [what, hint] = LOCAL_HINTS[kind](request.opaAddr);
    return new errors/* ExchangeError */.Sb(`The exchange did not reach OPA at ${request.opaAddr}: ${what} (${where}); the GitHub token was not judged:\n${indent(verdict)}`, hint, [verdict]);
}
function indent(text) {
    return text
        .split('\n')
        .map((line) => `    ${line}`)
        .join('\n');
}

// EXTERNAL MODULE: ./src/shims/http-client.ts
var http_client = __webpack_require__(4106);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/lib/retry.ts


/** Thrown by an attempt to ask for another try; anything else ends the loop at once. */
class TransientFailure extends Error {
    retryAfterMs;
    status;
    constructor(message, retryAfterMs = 0, 
    /** The HTTP status behind the failure; 0 when there was no answer. */
    status = 0) {
        super(message);
        this.retryAfterMs = retryAfterMs;
        this.status = status;
    }
}
/** Raised when the budget runs out; carries what each attempt saw. */
class RetriesExhausted extends Error {
    attempts;
    elapsedMs;
    failures;
    last;
    constructor(attempts, elapsedMs, failures, last) {
        super(`${attempts} attempt${attempts === 1 ? '' : 's'} in ${(elapsedMs / 1000).toFixed(1)} s; last failure: ${last.message}`);
        this.attempts = attempts;
        this.elapsedMs = elapsedMs;
        this.failures = failures;
        this.last = last;
    }
}
/**
 * Calls `attempt` until it returns, throws something other than a
 * TransientFailure, or the next wait would overrun the budget.
 */
async function withRetry(what, policy, attempt) {
    const started = Date.now();
    const failures = [];
    for (let n = 1;; n++) {
        let failure;
        try {
            const value = await attempt(n);
            return { value, attempts: n, elapsedMs: Date.now() - started };
        }
        catch (error) {
            if (!(error instanceof TransientFailure))
                throw error;
            failure = error;
            failures.push(error.message);
        }
        const ceiling = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** (n - 1));
        const delay = Math.max(Math.random() * ceiling, failure.retryAfterMs);
        const elapsed = Date.now() - started;
        if (elapsed + delay > policy.budgetMs) {
            throw new RetriesExhausted(n, elapsed, failures, failure);
        }
        log/* debug */.Yz(`${what}: attempt ${n} failed (${failure.message}); retrying in ${Math.round(delay)} ms`);
        await (0,external_node_timers_promises_.setTimeout)(delay);
    }
}
/** Seconds from a Retry-After header, in milliseconds; 0 when absent or a date. */
function retryAfterMs(header) {
    const value = Array.isArray(header) ? header[0] : header;
    const seconds = Number(value);
    return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
}

;// CONCATENATED MODULE: ./src/auth/oidc.ts





const REQUEST_URL = 'ACTIONS_ID_TOKEN_REQUEST_URL';
const REQUEST_TOKEN = 'ACTIONS_ID_TOKEN_REQUEST_TOKEN';
/** Retry policy for the token request. Exported so tests can shorten it. */
const RETRY = {
    firstDelayMs: 250,
    maxDelayMs: 4000,
    budgetMs: 30_000,
    attemptTimeoutMs: 10_000
};
/**
 * Why the job has no OIDC token, or undefined when it has one. GitHub gives
 * no reason itself: the two variables are simply absent, so we work out the
 * likely cause from the event.
 */
function missingOidcReason(env = process.env) {
    if (env[REQUEST_URL] && env[REQUEST_TOKEN])
        return undefined;
    const missing = [REQUEST_URL, REQUEST_TOKEN].filter((name) => !env[name]);
    const details = [`missing: ${missing.join(', ')}`];
    if (isDependabot(env)) {
        return new errors/* OidcError */.uv('This run was started by Dependabot, and GitHub gives Dependabot runs no OIDC token.', 'Deploy from a workflow that runs after the Dependabot PR is merged (for example on push to main), or set `on-no-oidc: skip` so Dependabot runs pass without deploying.', details);
    }
    if (isForkPullRequest(env)) {
        return new errors/* OidcError */.uv('This is a pull_request from a fork, and GitHub gives such runs no OIDC token, whatever `permissions:` says.', 'Set `on-no-oidc: skip` to let fork PRs pass without deploying, or guard the job with `if: github.event.pull_request.head.repo.full_name == github.repository`.', details);
    }
    return new errors/* OidcError */.uv('The job cannot request a GitHub OIDC token: the id-token permission is missing.', 'Add `permissions: { id-token: write, contents: read }` to the workflow or the job. A reusable workflow needs it in the caller too.', details);
}
function isDependabot(env) {
    return [env.GITHUB_ACTOR, env.GITHUB_TRIGGERING_ACTOR].includes('dependabot[bot]');
}
function isForkPullRequest(env) {
    if (!env.GITHUB_EVENT_NAME?.startsWith('pull_request') || !env.GITHUB_EVENT_PATH)
        return false;
    try {
        const event = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        const head = event.pull_request?.head?.repo;
        if (!head)
            return false;
        return head.fork === true || (!!head.full_name && head.full_name !== event.repository?.full_name);
    }
    catch {
        return false;
    }
}
/**
 * Requests the job's OIDC JWT for `audience`. Only failures that can pass on
 * their own (network errors, 429, 5xx) are retried, with full-jitter
 * exponential backoff inside a fixed time budget; a 4xx will not change on
 * retry, so it fails at once.
 */
async function requestIdToken(audience, env = process.env) {
    const reason = missingOidcReason(env);
    if (reason)
        throw reason;
    const base = env[REQUEST_URL];
    const url = `${base}${base.includes('?') ? '&' : '?'}audience=${encodeURIComponent(audience)}`;
    const client = new http_client/* HttpClient */.Q('opa-workload-identity', [], {
        allowRetries: false,
        socketTimeout: RETRY.attemptTimeoutMs
    });
    try {
        const { value: jwt, attempts, elapsedMs } = await withRetry('OIDC token request', RETRY, async (attempt) => {
            let status;
            let body;
            let retryAfter;
            try {
                const response = await client.get(url, {
                    Authorization: `Bearer ${env[REQUEST_TOKEN]}`,
                    Accept: 'application/json'
                });
                status = response.message.statusCode ?? 0;
                retryAfter = response.message.headers['retry-after'];
                body = await response.readBody();
            }
            catch (error) {
                throw new TransientFailure((0,errors/* messageOf */.bD)(error));
            }
            if (status === 200)
                return parseTokenResponse(body);
            const summary = `HTTP ${status}${body ? `: ${snippet(body)}` : ''}`;
            if (status === 429 || status >= 500)
                throw new TransientFailure(summary, retryAfterMs(retryAfter));
            throw new errors/* OidcError */.uv(`GitHub refused the OIDC token request (${summary}).`, status === 401 || status === 403
                ? 'The request token was rejected. Check that `permissions: id-token: write` is set for this job and that the audience is valid.'
                : `Check the audience input ("${audience}").`, [`attempt ${attempt}`]);
        });
        opa_token_maskToken(jwt);
        return { jwt, attempts, elapsedMs };
    }
    catch (error) {
        if (!(error instanceof RetriesExhausted))
            throw error;
        throw new errors/* OidcError */.uv(`Could not get a GitHub OIDC token after ${error.message}.`, tokenServiceHint(env), error.failures.map((f, i) => `attempt ${i + 1}: ${f}`));
    }
}
/** Where to look when the token service stays down: GitHub's status page is about github.com only. */
function tokenServiceHint(env) {
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const check = server === 'https://github.com'
        ? 'check https://www.githubstatus.com'
        : `ask the administrators of ${server} whether its Actions token service is running, and check the runner's proxy settings (https_proxy, no_proxy)`;
    return `GitHub's token service looks unavailable. Re-run the job; if it keeps failing, ${check}.`;
}
function parseTokenResponse(body) {
    let value;
    try {
        value = JSON.parse(body).value;
    }
    catch {
        throw new errors/* OidcError */.uv('GitHub answered the OIDC token request with a body that is not JSON.', "This is usually a proxy in the way. Check the runner's proxy settings (https_proxy, no_proxy).");
    }
    if (typeof value !== 'string' || value.split('.').length !== 3) {
        throw new errors/* OidcError */.uv('GitHub\'s OIDC response has no JWT in its "value" field.', 'Re-run the job; if it persists, report it with the debug log (ACTIONS_STEP_DEBUG=true).');
    }
    return value;
}
function snippet(body) {
    const flat = body.replace(/\s+/g, ' ').trim();
    return flat.length > 200 ? `${flat.slice(0, 197)}...` : flat;
}

;// CONCATENATED MODULE: ./src/auth/authenticate.ts
/**
 * The exchange at the heart of the action: the job's GitHub OIDC token,
 * checked against `expect-claims`, for an OPA access token from
 * `sft workload authenticate`.
 */






async function authenticate(inputs, sftPath, progress) {
    const idToken = await progress.timed('OIDC', () => requestIdToken(inputs.audience));
    const attempts = `${idToken.attempts} attempt${idToken.attempts === 1 ? '' : 's'}`;
    log/* info */.pq(`Got a GitHub OIDC token for audience "${inputs.audience}" (${attempts})`);
    progress.github = decodeUnverified(idToken.jwt);
    const claims = progress.github?.claims ?? {};
    if (inputs.expectClaims.length) {
        progress.claimChecks = (0,auth_claims/* checkClaims */.Kz)(inputs.expectClaims, claims);
        const failed = progress.claimChecks.filter((c) => !c.ok);
        if (failed.length)
            throw claimsError(failed, claims);
        log/* info */.pq(`The GitHub token meets all ${progress.claimChecks.length} expect-claims rules`);
    }
    const { team, connection, role, opaAddr } = inputs;
    const { token, verdict } = await progress.timed('exchange', () => exchange({ sftPath, team, connection, role, opaAddr, jwt: idToken.jwt }).catch((error) => {
        throw withPresentedClaims(error, claims);
    }));
    if (verdict)
        log/* debug */.Yz(`sft: ${verdict}`);
    return opa_token_describeSession(token, inputs.role);
}
function claimsError(failed, claims) {
    const rows = failed.map((c) => `  - ${c.claim} ${auth_claims/* OPERATOR_LABEL */.AN[c.operator]} "${c.value}": actual ${c.actual === undefined ? '(missing)' : `"${c.actual}"`} (${(0,auth_claims/* explainMismatch */.QH)(c, claims)})`);
    return new errors/* OidcError */.uv(`The GitHub token does not meet expect-claims, so the exchange was not attempted:\n${rows.join('\n')}`, "Run this job where the Workload Connection expects (branch, environment, workflow), or fix the rule if the connection's required claims changed.");
}
/** When OPA refuses, the claims the job presented are the first thing to compare. */
function withPresentedClaims(error, claims) {
    if (!(error instanceof errors/* ExchangeError */.Sb) || !/OPA rejected/.test(error.message))
        return error;
    const shown = (0,auth_claims/* tellingClaims */.Hm)(claims).map(([k, v]) => `  ${k}: ${v}`);
    const trust = (0,auth_claims/* issuerTrust */.Ef)(claims);
    const issuer = trust
        ? `\nThe Workload Connection must trust the issuer ${trust.issuer}, and OPA must be able to reach its keys at ${trust.jwksUrl}.`
        : '';
    return new errors/* ExchangeError */.Sb(`${error.message}\nThe GitHub token presented:\n${shown.join('\n')}${issuer}`, error.hint, error.details);
}

;// CONCATENATED MODULE: ./src/lib/temp.ts



/**
 * A fresh private directory under the runner's temp dir, which the runner
 * empties after the job, or the system's when run outside Actions.
 */
function temp_makeTempDir(prefix, env = process.env) {
    return (0,promises_.mkdtemp)(external_node_path_default().join(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), prefix));
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/install/debian-version.ts
/**
 * Debian package metadata: dpkg's version ordering and the deb822 format of
 * Release and Packages files. Written from the Debian Policy Manual
 * (§5.6.12 Version) and dpkg's verrevcmp, so `apt` and we agree on which
 * version is newest.
 */
function parseVersion(version) {
    const colon = version.indexOf(':');
    const epoch = colon > 0 ? Number(version.slice(0, colon)) : 0;
    const rest = colon > 0 ? version.slice(colon + 1) : version;
    const dash = rest.lastIndexOf('-');
    return {
        epoch: Number.isFinite(epoch) ? epoch : 0,
        upstream: dash >= 0 ? rest.slice(0, dash) : rest,
        revision: dash >= 0 ? rest.slice(dash + 1) : ''
    };
}
/** Upstream part of a Debian version: `1:1.114.0-1` → `1.114.0`. */
function upstreamVersion(version) {
    return parseVersion(version).upstream;
}
/** Sorts like dpkg: `~` before everything, even the end; letters before other symbols. */
function order(c) {
    if (c === undefined)
        return 0;
    if (c >= '0' && c <= '9')
        return 0;
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
        return c.charCodeAt(0);
    if (c === '~')
        return -1;
    return c.charCodeAt(0) + 256;
}
function isDigit(c) {
    return c !== undefined && c >= '0' && c <= '9';
}
function verrevcmp(a, b) {
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        while ((i < a.length && !isDigit(a[i])) || (j < b.length && !isDigit(b[j]))) {
            const diff = order(a[i]) - order(b[j]);
            if (diff)
                return diff;
            i++;
            j++;
        }
        while (a[i] === '0')
            i++;
        while (b[j] === '0')
            j++;
        let firstDiff = 0;
        while (isDigit(a[i]) && isDigit(b[j])) {
            if (!firstDiff)
                firstDiff = a.charCodeAt(i) - b.charCodeAt(j);
            i++;
            j++;
        }
        if (isDigit(a[i]))
            return 1;
        if (isDigit(b[j]))
            return -1;
        if (firstDiff)
            return firstDiff;
    }
    return 0;
}
/** Negative when a < b, zero when equal, positive when a > b, as `dpkg --compare-versions`. */
function compareVersions(a, b) {
    const x = parseVersion(a);
    const y = parseVersion(b);
    if (x.epoch !== y.epoch)
        return x.epoch - y.epoch;
    return verrevcmp(x.upstream, y.upstream) || verrevcmp(x.revision, y.revision);
}
/** Parses deb822 paragraphs (Release, Packages). Field names are case-insensitive. */
function parseParagraphs(text) {
    const paragraphs = [];
    let current = new Map();
    let last;
    for (const line of text.split(/\r?\n/)) {
        if (line.trim() === '') {
            if (current.size)
                paragraphs.push(current);
            current = new Map();
            last = undefined;
        }
        else if (/^[ \t]/.test(line) && last) {
            current.set(last, `${current.get(last)}\n${line.trim()}`);
        }
        else if (!line.startsWith('#')) {
            const colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            last = line.slice(0, colon).toLowerCase();
            current.set(last, line.slice(colon + 1).trim());
        }
    }
    if (current.size)
        paragraphs.push(current);
    return paragraphs;
}

;// CONCATENATED MODULE: ./src/lib/http.ts






/** Downloads retry 404 too: a CDN may serve a new index before its files. */
const DOWNLOAD_RETRY = {
    firstDelayMs: 300,
    maxDelayMs: 3000,
    budgetMs: 10_000
};
/** An HTTP answer that ended the attempts; `status` 0 means no answer at all. */
class HttpFailure extends Error {
    url;
    status;
    attempts;
    constructor(url, status, attempts, detail) {
        super(`GET ${url} failed: ${detail}`);
        this.url = url;
        this.status = status;
        this.attempts = attempts;
    }
}
let client;
function http() {
    // @actions/http-client honours https_proxy and no_proxy, as runners expect.
    client ??= new http_client/* HttpClient */.Q('opa-workload-identity', [], {
        allowRetries: false,
        socketTimeout: 30_000
    });
    return client;
}
/**
 * GETs `url`, retrying network errors, 404, 429 and 5xx inside the policy's
 * budget, and hands the successful response to `consume`.
 */
async function getWithRetry(url, policy, retryNotFound, consume) {
    try {
        const { value } = await withRetry(`GET ${url}`, policy, async (n) => {
            let response;
            try {
                response = await http().get(url);
            }
            catch (error) {
                throw new TransientFailure((0,errors/* messageOf */.bD)(error));
            }
            const status = response.message.statusCode ?? 0;
            if (status === 200)
                return consume(response);
            response.message.resume();
            if ((status === 404 && retryNotFound) || status === 429 || status >= 500) {
                throw new TransientFailure(`HTTP ${status}`, retryAfterMs(response.message.headers['retry-after']), status);
            }
            throw new HttpFailure(url, status, n, `HTTP ${status}`);
        });
        return value;
    }
    catch (error) {
        if (!(error instanceof RetriesExhausted))
            throw error;
        throw new HttpFailure(url, error.last.status, error.attempts, error.message);
    }
}
/** GETs a small file into memory. `retryNotFound: false` treats 404 as final. */
async function fetchBuffer(url, { policy = DOWNLOAD_RETRY, retryNotFound = true } = {}) {
    return getWithRetry(url, policy, retryNotFound, async (response) => {
        const chunks = [];
        for await (const chunk of response.message)
            chunks.push(chunk);
        return Buffer.concat(chunks);
    });
}
/**
 * Streams `url` into `dest`, hashing on the way so the file is read once.
 * A retry starts the file afresh; after a failure it is removed.
 */
async function downloadFile(url, dest, policy = DOWNLOAD_RETRY) {
    try {
        return await getWithRetry(url, policy, true, async (response) => {
            const hash = (0,external_node_crypto_.createHash)('sha256');
            let size = 0;
            // Synchronous writes: nothing else runs meanwhile, and they skip the
            // thread-pool round trip per chunk that a write stream pays.
            const fd = (0,external_node_fs_.openSync)(dest, 'w', 0o600);
            try {
                for await (const chunk of response.message) {
                    hash.update(chunk);
                    (0,external_node_fs_.writeSync)(fd, chunk);
                    size += chunk.length;
                }
            }
            catch (error) {
                throw new TransientFailure(`download interrupted: ${(0,errors/* messageOf */.bD)(error)}`);
            }
            finally {
                (0,external_node_fs_.closeSync)(fd);
            }
            return { sha256: hash.digest('hex'), size };
        });
    }
    catch (error) {
        await (0,promises_.rm)(dest, { force: true });
        throw error;
    }
}

// EXTERNAL MODULE: ./src/install/fingerprint.ts
var install_fingerprint = __webpack_require__(91);
;// CONCATENATED MODULE: ./src/install/signature.ts
/**
 * Checks the OpenPGP signature of a repository's release file. gpgv, the
 * verifier apt itself runs, is used where it exists (every Debian and Ubuntu
 * runner); elsewhere the openpgp library does the same check. Loading
 * openpgp costs more than the rest of an install's index step together,
 * which is why it is only the fallback.
 */





/** Thrown when the signature is missing, malformed or made by another key. */
class BadSignature extends Error {
}
/** Parses a public key, armored or binary; loads the openpgp library. */
async function readOpenPgpKey(data) {
    const pgp = await __webpack_require__.e(/* import() */ 74).then(__webpack_require__.bind(__webpack_require__, 3074));
    const text = data.toString('utf8');
    return text.includes('-----BEGIN PGP')
        ? pgp.readKey({ armoredKey: text })
        : pgp.readKey({ binaryKey: new Uint8Array(data) });
}
/** Decodes ASCII armor into the binary OpenPGP packets it wraps. */
function dearmor(data) {
    const text = data.toString('utf8');
    const match = /-----BEGIN PGP [A-Z ]+-----\r?\n(?:[^\r\n]+\r?\n)*?\r?\n([\s\S]*?)^(?:=[A-Za-z0-9+/=]{4}\r?\n)?-----END PGP/m.exec(text);
    return match ? Buffer.from(match[1].replace(/\s+/g, ''), 'base64') : data;
}
/**
 * Verifies `signature` with `key` (armored or binary). `gpgv` is the gpgv to
 * use, or empty for the openpgp library.
 */
async function verifyRelease(signature, key, gpgv) {
    const tool = gpgv ?? (await exec_findOnPath('gpgv'));
    return tool ? withGpgv(tool, signature, dearmor(key)) : withOpenPgp(signature, key);
}
async function withGpgv(gpgv, signature, keyring) {
    const dir = await temp_makeTempDir('opa-gpgv-');
    try {
        await (0,promises_.writeFile)(external_node_path_default().join(dir, 'key.gpg'), keyring);
        const common = ['--homedir', dir, '--status-fd', '2', '--keyring', external_node_path_default().join(dir, 'key.gpg')];
        let args;
        if ('clearsigned' in signature) {
            await (0,promises_.writeFile)(external_node_path_default().join(dir, 'InRelease'), signature.clearsigned);
            args = [...common, '--output', external_node_path_default().join(dir, 'Release'), external_node_path_default().join(dir, 'InRelease')];
        }
        else {
            await (0,promises_.writeFile)(external_node_path_default().join(dir, 'Release'), signature.release);
            await (0,promises_.writeFile)(external_node_path_default().join(dir, 'Release.gpg'), signature.detached);
            args = [...common, external_node_path_default().join(dir, 'Release.gpg'), external_node_path_default().join(dir, 'Release')];
        }
        const result = await runCommand(gpgv, args, { timeoutMs: 30_000 });
        // VALIDSIG <sig-key-fpr> ... <primary-key-fpr>: the last field names the key.
        const valid = /^\[GNUPG:\] VALIDSIG (.+)$/m.exec(result.stderr)?.[1].trim().split(/\s+/);
        if (result.exitCode !== 0 || !valid) {
            const reason = result.stderr
                .split('\n')
                .filter((line) => line && !line.startsWith('[GNUPG:]'))
                .map((line) => line.replace(/^gpgv: /, ''))
                .join('; ');
            throw new BadSignature(reason || `gpgv exited with ${result.exitCode}`);
        }
        return {
            text: (await (0,promises_.readFile)(external_node_path_default().join(dir, 'Release'))).toString('utf8'),
            fingerprint: valid[valid.length - 1].toUpperCase()
        };
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
async function withOpenPgp(signature, keyData) {
    const pgp = await __webpack_require__.e(/* import() */ 74).then(__webpack_require__.bind(__webpack_require__, 3074));
    try {
        const key = await readOpenPgpKey(keyData);
        const fingerprint = key.getFingerprint().toUpperCase();
        if ('clearsigned' in signature) {
            const message = await pgp.readCleartextMessage({
                cleartextMessage: signature.clearsigned.toString('utf8')
            });
            const result = await pgp.verify({
                message,
                verificationKeys: key,
                expectSigned: true
            });
            return { text: String(result.data), fingerprint };
        }
        const detached = signature.detached.toString('utf8').includes('-----BEGIN PGP')
            ? await pgp.readSignature({
                armoredSignature: signature.detached.toString('utf8')
            })
            : await pgp.readSignature({
                binarySignature: new Uint8Array(signature.detached)
            });
        const message = await pgp.createMessage({
            binary: new Uint8Array(signature.release)
        });
        await pgp.verify({
            message,
            signature: detached,
            verificationKeys: key,
            expectSigned: true
        });
        return { text: signature.release.toString('utf8'), fingerprint };
    }
    catch (error) {
        throw new BadSignature((0,errors/* messageOf */.bD)(error));
    }
}

;// CONCATENATED MODULE: ./src/install/apt-repo.ts
/**
 * Reads an apt repository the way apt does, without apt: the signed
 * InRelease (or Release), the Packages index it vouches for by SHA-256, and
 * the stanza of the package we want.
 */










async function readRepoIndex(spec) {
    const dist = `${spec.url}/dists/${spec.codename}`;
    const { text, signedBy } = await readRelease(spec, dist);
    const release = parseParagraphs(text)[0] ?? new Map();
    checkValidUntil(release.get('valid-until'), dist);
    const listed = new Map();
    for (const line of (release.get('sha256') ?? '').split('\n')) {
        const [sha256, size, name] = line.trim().split(/\s+/);
        if (name)
            listed.set(name, { sha256: sha256.toLowerCase(), size: Number(size) });
    }
    const base = `${spec.component}/binary-${spec.arch}/Packages`;
    // gzip first: Node inflates it natively and it is much smaller than plain.
    const choice = ['.gz', '', '.xz'].map((ext) => `${base}${ext}`).find((name) => listed.has(name));
    if (!choice) {
        throw new errors/* InstallError */.sy(`${dist}/Release lists no ${base} index, so this repository has no ${spec.arch} packages in component "${spec.component}".`, `Check \`sft-channel\` (usually "okta") and \`sft-repo\`, or install sft yourself and use \`install: none\`.`);
    }
    const expected = listed.get(choice);
    const raw = await fetchOrExplain(`${dist}/${choice}`, 'the package index');
    verifyDigest(`${dist}/${choice}`, raw, expected);
    const packages = parseParagraphs((await decompress(choice, raw)).toString('utf8'))
        .filter((p) => p.get('package') === contract/* APT */.I1.packageName && [spec.arch, 'all'].includes(p.get('architecture') ?? ''))
        .map((p) => ({
        version: p.get('version') ?? '',
        filename: p.get('filename') ?? '',
        size: Number(p.get('size')),
        sha256: (p.get('sha256') ?? '').toLowerCase()
    }))
        .filter((p) => p.version && p.filename && p.sha256);
    return { packages, signedBy };
}
/**
 * Picks the requested version: `latest` is the highest by dpkg ordering; an
 * exact pin matches the full Debian version, or else the highest whose
 * upstream part equals it (so `1.114.0` finds `1.114.0-1`).
 */
function choosePackage(packages, requested, where) {
    const sorted = [...packages].sort((a, b) => compareVersions(b.version, a.version));
    const chosen = requested === 'latest'
        ? sorted[0]
        : (sorted.find((p) => p.version === requested) ?? sorted.find((p) => upstreamVersion(p.version) === requested));
    if (chosen)
        return chosen;
    const newest = [...new Set(sorted.map((p) => p.version))].slice(0, 10);
    throw new errors/* InstallError */.sy(requested === 'latest'
        ? `${where} has no ${contract/* APT */.I1.packageName} package.`
        : `${contract/* APT */.I1.packageName} ${requested} is not in ${where}. The newest versions there are: ${newest.join(', ') || '(none)'}.`, requested === 'latest'
        ? 'Check `sft-repo`, `sft-channel` and the runner architecture.'
        : 'Set `sft-version` to one of the listed versions, or to "latest".');
}
async function readRelease(spec, dist) {
    // The key and the signed release do not depend on each other: fetch both at once. When both
    // fail (a proxy refusing the host), the key's failure is the one to report: it decides trust.
    const [keyResult, releaseResult] = await Promise.allSettled([loadKey(spec), fetchInRelease(dist)]);
    if (keyResult.status === 'rejected')
        throw keyResult.reason;
    if (releaseResult.status === 'rejected')
        throw releaseResult.reason;
    const [key, inRelease] = [keyResult.value, releaseResult.value];
    let signature;
    if (inRelease) {
        if (!key)
            return { text: cleartextBody(inRelease.toString('utf8')), signedBy: '' };
        signature = { clearsigned: inRelease };
    }
    else {
        const release = await fetchOrExplain(`${dist}/Release`, 'the release file');
        if (!key)
            return { text: release.toString('utf8'), signedBy: '' };
        signature = {
            release,
            detached: await fetchOrExplain(`${dist}/Release.gpg`, 'the release signature')
        };
    }
    const where = `${dist}/${inRelease ? 'InRelease' : 'Release'}`;
    let signed;
    try {
        signed = await verifyRelease(signature, key.data);
    }
    catch (error) {
        if (!(error instanceof BadSignature))
            throw error;
        throw new errors/* InstallError */.sy(`The signature of ${where} does not verify with the repository key from ${key.url}: ${error.message}.`, 'The repository index may have been tampered with, or the key has changed. Do not work around this; check the repository and key with your security team.');
    }
    const pinned = (0,install_fingerprint/* parseFingerprint */.s)(spec.key);
    if (pinned && signed.fingerprint !== pinned) {
        throw new errors/* InstallError */.sy(`${where} is signed by key ${signed.fingerprint}, but sft-repo-key pins ${pinned}.`, 'Someone may be serving a different key. Check the fingerprint with your security team before changing the pin.');
    }
    return { text: signed.text, signedBy: signed.fingerprint };
}
/** InRelease, or undefined when the repository has only Release + Release.gpg. */
async function fetchInRelease(dist) {
    try {
        // Older repositories have only Release + Release.gpg; a 404 says so at once.
        return await fetchBuffer(`${dist}/InRelease`, { retryNotFound: false });
    }
    catch (error) {
        if (error instanceof HttpFailure && error.status === 404)
            return undefined;
        throw explainFetch(error, 'the signed release file');
    }
}
/** The pinned key URL, else the key Okta publishes at the repository host. */
function keyUrl(spec) {
    return spec.key && !(0,install_fingerprint/* parseFingerprint */.s)(spec.key) ? spec.key : `${new URL(spec.url).origin}/${contract/* APT */.I1.keyFile}`;
}
/**
 * The key the release must be signed with. With a pin, any failure to get
 * it is an error. Without one, only a 404 (the host publishes no key) lets
 * the install go on unsigned, loudly; any other answer, such as a proxy or
 * mirror refusing the key (403, 407, 503) or no answer at all, is fatal,
 * since a proxy blocking the key is where tampering would hide.
 */
async function loadKey(spec) {
    const url = keyUrl(spec);
    try {
        // A host that does not publish the key says so with a 404; no need to wait.
        return { url, data: await fetchBuffer(url, { retryNotFound: !!spec.key }) };
    }
    catch (error) {
        if (spec.key)
            throw explainFetch(error, 'the pinned repository key');
        if (!(error instanceof HttpFailure) || error.status !== 404)
            throw keyRefused(url, error);
        log/* warning */.$e(`The repository key ${url} does not exist (HTTP 404); the sft package index is verified only by its SHA-256 chain, not by a signature. Pin a key with \`sft-repo-key\` to require one.`);
        return undefined;
    }
}
function keyRefused(url, error) {
    const answer = error instanceof HttpFailure && error.status > 0
        ? `HTTP ${error.status} after ${error.attempts} attempt${error.attempts === 1 ? '' : 's'}`
        : `no answer: ${(0,errors/* messageOf */.bD)(error)}`;
    return new errors/* InstallError */.sy(`Could not fetch the repository key ${url} (${answer}), so the sft package index cannot be verified; the install stops rather than go on unsigned.`, 'Only a 404 (no key published) lets the install continue without a signature check. Let the runner reach the key URL (allow it through the proxy or mirror), or set `sft-repo-key` to the URL of a copy of the key the runner can reach.');
}
/** Fetches, parses and checks the repository key for apt; any failure is an error. */
async function readRepoKey(spec) {
    const url = keyUrl(spec);
    const data = await fetchOrExplain(url, 'the repository key');
    let key;
    try {
        key = await readOpenPgpKey(data);
    }
    catch (error) {
        throw new errors/* InstallError */.sy(`${url} is not an OpenPGP public key: ${(0,errors/* messageOf */.bD)(error)}.`, 'Point `sft-repo-key` at the armored repository key, or give its fingerprint.');
    }
    const fingerprint = key.getFingerprint().toUpperCase();
    const pinned = (0,install_fingerprint/* parseFingerprint */.s)(spec.key);
    if (pinned && fingerprint !== pinned) {
        throw new errors/* InstallError */.sy(`The repository key at ${url} has fingerprint ${fingerprint}, but sft-repo-key pins ${pinned}.`, 'Someone may be serving a different key. Check the fingerprint with your security team before changing the pin.');
    }
    return { fingerprint, binary: key.write() };
}
/** The signed text of a clearsigned message, for when there is no key to check it. */
function cleartextBody(armored) {
    const match = /-----BEGIN PGP SIGNED MESSAGE-----\r?\n(?:[^\n]+\r?\n)*\r?\n([\s\S]*?)\r?\n-----BEGIN PGP SIGNATURE-----/.exec(armored);
    if (!match)
        return armored;
    return match[1].replace(/^- /gm, '');
}
function checkValidUntil(value, dist) {
    if (!value)
        return;
    const until = Date.parse(value);
    if (Number.isFinite(until) && until < Date.now()) {
        throw new errors/* InstallError */.sy(`${dist}/Release expired on ${new Date(until).toISOString()} (Valid-Until), so it may be a replayed old index.`, 'Check that `sft-repo` points at a live repository or mirror that is kept up to date.');
    }
}
/** Throws unless a file's digest is the one the signed index lists for it. */
function checkDigest(what, actual, expected) {
    if (actual.size !== expected.size || actual.sha256 !== expected.sha256) {
        throw new errors/* InstallError */.sy(`${what} does not match the signed index: expected SHA-256 ${expected.sha256} and ${expected.size} bytes, got ${actual.sha256} and ${actual.size} bytes.`, 'The file was corrupted or tampered with on the way. Re-run the job; if it persists, check the repository or mirror.');
    }
}
function verifyDigest(what, data, expected) {
    checkDigest(what, { sha256: (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex'), size: data.length }, expected);
}
async function decompress(name, data) {
    try {
        if (name.endsWith('.gz'))
            return (0,external_node_zlib_.gunzipSync)(data);
        if (!name.endsWith('.xz'))
            return data;
    }
    catch (error) {
        throw new errors/* InstallError */.sy(`${name} is not valid gzip: ${(0,errors/* messageOf */.bD)(error)}.`, 'Re-run the job; the index may have been cut short.');
    }
    const result = await runCommand('xz', ['-dc'], {
        input: data,
        timeoutMs: 30_000
    });
    if (result.exitCode !== 0) {
        throw new errors/* InstallError */.sy(`Could not decompress ${name} with xz: ${result.stderr.trim()}.`, 'Install xz-utils on the runner, or use a repository that also serves Packages.gz.');
    }
    return result.stdoutBuffer;
}
async function fetchOrExplain(url, what) {
    try {
        return await fetchBuffer(url);
    }
    catch (error) {
        throw explainFetch(error, what);
    }
}
function explainFetch(error, what) {
    if (!(error instanceof HttpFailure))
        return error;
    const hint = error.status === 0
        ? 'The runner could not reach the repository: check its network, DNS and proxy settings (https_proxy, no_proxy), or install sft yourself and use `install: none`.'
        : error.status === 404
            ? 'Check `sft-repo`, `sft-channel` and that the runner OS release is one the repository serves.'
            : 'The repository is failing; re-run the job later, or use a mirror with `sft-repo`.';
    return new errors/* InstallError */.sy(`Could not download ${what} after ${error.attempts} attempt${error.attempts === 1 ? '' : 's'}: ${error.message}.`, hint);
}

;// CONCATENATED MODULE: ./src/install/binary.ts
/** The sft binary the action uses: where it is, its version, and how it was found. */








/** Whether a found version meets `sft-version`: equal to a pin, or new enough for `latest`. */
function satisfies(version, wanted) {
    if (wanted === 'latest')
        return compareVersions(version, contract/* FIRST_WORKLOAD_SFT */.HK) >= 0;
    return version === wanted || version === upstreamVersion(wanted);
}
function checkVersion(binary, wanted) {
    if (wanted !== 'latest' && !satisfies(binary.version, wanted)) {
        throw new errors/* InstallError */.sy(`${binary.path} is sft ${binary.version}, but sft-version asks for ${wanted}.`, 'Pin `sft-version` to the version installed, set it to "latest", or let the action install the pinned one (`install: auto`, no `sft-path`).');
    }
    return binary;
}
async function explicitBinary(file) {
    const absolute = external_node_path_default().resolve(file);
    try {
        await (0,promises_.access)(absolute, external_node_fs_.constants.X_OK);
    }
    catch {
        throw new errors/* InstallError */.sy(`sft-path "${file}" does not exist or is not executable.`, 'Point `sft-path` at the sft binary (for example /usr/bin/sft), or leave it empty.');
    }
    return {
        path: absolute,
        version: await sftVersion(absolute),
        source: 'sft-path'
    };
}
async function pathBinary() {
    const found = await exec_findOnPath('sft');
    return found ? { path: found, version: await sftVersion(found), source: 'PATH' } : undefined;
}
/** Runs `sft --version` and returns the version it reports. */
async function sftVersion(file) {
    let result;
    try {
        result = await runCommand(file, ['--version'], { timeoutMs: 15_000 });
    }
    catch (error) {
        // ENOENT for a file that exists means its program loader is missing: a glibc binary on musl.
        const loader = error.code === 'ENOENT' && (0,external_node_fs_.existsSync)(file)
            ? ' (the file exists, so the program loader it names is missing: a glibc binary on a musl system such as Alpine)'
            : '';
        throw new errors/* InstallError */.sy(`Could not run ${file}: ${(0,errors/* messageOf */.bD)(error)}${loader}.`, "Check that the file is a Linux sft binary for this runner's architecture and C library.", [], { cause: error });
    }
    const version = (0,contract/* parseSftVersion */.v1)(`${result.stdout}\n${result.stderr}`);
    if (result.exitCode !== 0 || !version) {
        throw new errors/* InstallError */.sy(`${file} --version did not report a version (exit ${result.exitCode ?? result.signal}).`, 'Check that the file is the sft CLI from scaleft-client-tools.', [fromSft(result.stderr).trim()]);
    }
    return version;
}

;// CONCATENATED MODULE: ./src/install/platform.ts
/** Which of Okta's Debian repositories fits this runner: architecture and release codename. */





/**
 * The runner's Debian architecture and the repository codename to use.
 * Okta publishes a few codenames; others map to the nearest older one of
 * the same family, which is said in a notice.
 */
function detectPlatform(osRelease = readOsRelease(), platform = process.platform, arch = process.arch, libc = runningLibc()) {
    const supportedArch = arch === 'x64' ? 'amd64' : arch === 'arm64' ? 'arm64' : undefined;
    if (platform !== 'linux' || !supportedArch) {
        throw new errors/* InstallError */.sy(`The action installs sft only on Linux x64 and arm64; this runner is ${platform}/${arch}.`, 'Install sft yourself in an earlier step and use `install: none` (or `sft-path`).');
    }
    if (libc === 'musl')
        throw muslError(ownRelease(osRelease).name);
    const own = ownRelease(osRelease);
    return {
        arch: supportedArch,
        toolArch: arch === 'x64' ? 'x64' : 'arm64',
        codename: nearestCodename(osRelease),
        own: own.codename,
        release: own.codename || own.name || 'this OS'
    };
}
/**
 * The codename to install from: the runner's own when the repository
 * serves it (OBSERVED: Okta publishes new Ubuntu releases early), else the
 * nearest known one, with a notice.
 */
async function servedCodename(repoUrl, platform) {
    if (!platform.own || platform.own === platform.codename)
        return platform.codename;
    const dist = `${repoUrl}/dists/${platform.own}`;
    for (const file of ['InRelease', 'Release']) {
        try {
            await fetchBuffer(`${dist}/${file}`, { retryNotFound: false });
            return platform.own;
        }
        catch {
            // Not served under this name; the next name, or the nearest known release.
        }
    }
    log/* notice */.lm(`Okta publishes no sft packages for ${platform.release}; using the ${platform.codename} packages, built for the nearest older release of the same family.`);
    return platform.codename;
}
/**
 * The C library this runner's programs use. Without musl's loader it is
 * glibc. With it (Debian's musl package installs one too), Node's report
 * header decides: it names the glibc Node runs on, as detect-libc reads it,
 * and a Node built for musl has none. The report is built only then: it
 * costs milliseconds.
 */
function runningLibc(header = () => process.report?.getReport()?.header, hasMuslLoader = () => readdirSafe('/lib').some((name) => /^ld-musl-.*\.so\.1$/.test(name))) {
    if (!hasMuslLoader())
        return 'glibc';
    return header()?.glibcVersionRuntime ? 'glibc' : 'musl';
}
function readdirSafe(dir) {
    try {
        return (0,external_node_fs_.readdirSync)(dir);
    }
    catch {
        return [];
    }
}
/** Okta builds sft for glibc only; on musl its loader is missing and it cannot start. */
function muslError(release) {
    return new errors/* InstallError */.sy(`This runner uses musl libc${release ? ` (${release})` : ''}, such as Alpine Linux; Okta publishes sft only for glibc-based Linux, so a downloaded sft could not start. Nothing was downloaded.`, 'Run the job on a glibc-based image (Debian, Ubuntu, or a `container:` built on one), or provide a working sft yourself (for example on a glibc image) and use `install: none` or `sft-path`.');
}
function readOsRelease() {
    for (const file of ['/etc/os-release', '/usr/lib/os-release']) {
        if ((0,external_node_fs_.existsSync)(file))
            return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    return '';
}
/** The fields of an os-release file. */
function osReleaseFields(osRelease) {
    const fields = new Map();
    for (const line of osRelease.split('\n')) {
        const match = /^([A-Z_]+)=("?)(.*)\2$/.exec(line.trim());
        if (match)
            fields.set(match[1], match[3]);
    }
    return fields;
}
/** The runner's own release: its (Ubuntu base's) codename and its display name. */
function ownRelease(osRelease) {
    const fields = osReleaseFields(osRelease);
    const family = `${fields.get('ID') ?? ''} ${fields.get('ID_LIKE') ?? ''}`;
    const isUbuntu = /\bubuntu\b/.test(family);
    // Ubuntu derivatives (Mint, Pop!_OS) name their Ubuntu base here.
    const codename = (isUbuntu && fields.get('UBUNTU_CODENAME')) || fields.get('VERSION_CODENAME') || '';
    return { codename, name: fields.get('PRETTY_NAME') ?? '', isUbuntu };
}
/** The published codename for this release: its own, or the newest published one not newer than it. */
function nearestCodename(osRelease) {
    const fields = osReleaseFields(osRelease);
    const { codename, isUbuntu } = ownRelease(osRelease);
    const isDebian = /\bdebian\b/.test(`${fields.get('ID') ?? ''} ${fields.get('ID_LIKE') ?? ''}`);
    const [names, versions] = isUbuntu || !isDebian ? [contract/* APT */.I1.ubuntuCodenames, contract/* APT */.I1.ubuntuVersions] : [contract/* APT */.I1.debianCodenames, contract/* APT */.I1.debianVersions];
    if (names.includes(codename))
        return codename;
    const own = parseFloat(fields.get('VERSION_ID') ?? '');
    if (!Number.isFinite(own) || !(isUbuntu || isDebian))
        return names[names.length - 1];
    const older = versions.map(parseFloat).filter((v) => v <= own);
    return names[older.length ? older.length - 1 : 0];
}
/** Which repository, release, component and architecture to read. */
function repoSpec(inputs, platform) {
    return {
        url: inputs.sftRepo,
        codename: platform.codename,
        component: inputs.sftChannel,
        arch: platform.arch,
        key: inputs.sftRepoKey
    };
}

;// CONCATENATED MODULE: ./src/install/apt.ts
/**
 * `install: apt`, the documented install: the key into /usr/share/keyrings,
 * a sources entry signed-by that key, `apt-get update` of that source only,
 * then `apt-get install`. Uses sudo when not root and reports every change.
 */










/** apt-get may wait for the dpkg lock and download a large index. */
const APT_TIMEOUT_MS = 600_000;
const apt_INSTALLED_SFT = '/usr/bin/sft';
/** The keyring and sources entry of a repository key: the only system files the action writes. */
function aptFiles(fingerprint) {
    const name = `opa-workload-identity-${fingerprint.slice(-16).toLowerCase()}`;
    return { keyring: `/usr/share/keyrings/${name}.gpg`, sources: `/etc/apt/sources.list.d/${name}.list` };
}
/** Whether a path is one `aptFiles` could name, for post to remove. */
function apt_isAptFile(file) {
    return /^(\/usr\/share\/keyrings\/opa-workload-identity-[0-9a-f]{16}\.gpg|\/etc\/apt\/sources\.list\.d\/opa-workload-identity-[0-9a-f]{16}\.list)$/.test(file);
}
async function aptInstall(inputs, platform, willWriteSystemFiles) {
    const asRoot = await rootRunner();
    const spec = repoSpec(inputs, { ...platform, codename: await servedCodename(inputs.sftRepo, platform) });
    const key = await readRepoKey(spec);
    const files = aptFiles(key.fingerprint);
    const work = await temp_makeTempDir('opa-apt-');
    try {
        willWriteSystemFiles([files.keyring, files.sources]);
        await addSource(asRoot, work, spec, key.binary, files);
        const version = await availableVersion(asRoot, files.sources, inputs.sftVersion, spec);
        const install = ['install', '-y', '-qq', '--no-install-recommends', '--allow-downgrades'];
        await asRoot(['apt-get', ...install, `${contract/* APT */.I1.packageName}=${version}`], 'apt-get install');
        log/* info */.pq(`apt: installed ${contract/* APT */.I1.packageName} ${version} (${apt_INSTALLED_SFT})`);
        return { path: apt_INSTALLED_SFT, version: await sftVersion(apt_INSTALLED_SFT), source: 'apt' };
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
async function rootRunner() {
    const root = process.getuid?.() === 0;
    if (!root && !(await exec_findOnPath('sudo'))) {
        throw new errors/* InstallError */.sy('install: apt needs root or sudo, and this runner has neither.', 'Use `install: download`, which needs no root.');
    }
    const env = childEnvironment({ DEBIAN_FRONTEND: 'noninteractive' });
    const sudo = root ? [] : sudoKeepingProxy(env);
    return async (args, what) => {
        const [file, ...rest] = [...sudo, ...args];
        const result = await runCommand(file, rest, { timeoutMs: APT_TIMEOUT_MS, env });
        if (result.exitCode !== 0 && /not allowed to preserve the environment/.test(result.stderr)) {
            throw new errors/* InstallError */.sy(`sudo on this runner does not let ${what} keep the proxy variables (${sudo.slice(2).join(' ')}), so apt would not use the proxy.`, 'Let sudo keep them (a sudoers line `Defaults env_keep += "http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY"`), or use `install: download`, which needs no root.');
        }
        if (result.exitCode !== 0) {
            throw new errors/* InstallError */.sy(`${what} failed (exit ${result.exitCode ?? result.signal}): ${result.stderr.trim().split('\n').slice(-3).join(' ')}`, 'Check the apt output above, or use `install: download`, which needs no root.');
        }
        return result.stdout;
    };
}
/** The proxy variables apt and its helpers read (both cases: tools disagree on which they honour). */
const PROXY_VARIABLES = ['http_proxy', 'https_proxy', 'no_proxy', 'all_proxy'].flatMap((n) => [n, n.toUpperCase()]);
/**
 * `sudo -n`, keeping the proxy variables that are set: Debian's sudo resets
 * the environment (env_reset), which would send apt around the proxy. The
 * variables are named, never their values, so a proxy password stays out
 * of argv; sudo passes them only where policy allows it (SETENV, implied by
 * a rule for ALL commands), and says so otherwise.
 */
function sudoKeepingProxy(env) {
    const set = PROXY_VARIABLES.filter((name) => env[name]);
    return ['sudo', '-n', ...(set.length ? [`--preserve-env=${set.join(',')}`] : [])];
}
/** The keyring and the sources entry, written with mode 0644 as root. */
async function addSource(asRoot, work, spec, key, files) {
    await (0,promises_.writeFile)(external_node_path_default().join(work, 'key.gpg'), key);
    const line = `deb [signed-by=${files.keyring}] ${spec.url} ${spec.codename} ${spec.component}\n`;
    await (0,promises_.writeFile)(external_node_path_default().join(work, 'source.list'), line);
    await asRoot(['install', '-m', '0644', external_node_path_default().join(work, 'key.gpg'), files.keyring], `Writing ${files.keyring}`);
    await asRoot(['install', '-m', '0644', external_node_path_default().join(work, 'source.list'), files.sources], `Writing ${files.sources}`);
    log/* info */.pq(`apt: added ${files.keyring} and ${files.sources}`);
}
/** `apt-get update` of this source only, then the version sft-version asks for among what it offers. */
async function availableVersion(asRoot, sources, wanted, spec) {
    const onlyThisSource = [
        '-o',
        `Dir::Etc::sourcelist=${sources}`,
        '-o',
        'Dir::Etc::sourceparts=-',
        '-o',
        'APT::Get::List-Cleanup=0'
    ];
    await asRoot(['apt-get', 'update', '-qq', ...onlyThisSource], 'apt-get update');
    const madison = await asRoot(['apt-cache', 'madison', contract/* APT */.I1.packageName], 'apt-cache madison');
    const versions = madison
        .split('\n')
        .map((line) => line.split('|')[1]?.trim())
        .filter((v) => !!v);
    const entries = versions.map((version) => ({ version, filename: '', size: 0, sha256: '' }));
    return choosePackage(entries, wanted, `${spec.url} (apt)`).version;
}

;// CONCATENATED MODULE: ./src/install/deb.ts
/**
 * Unpacks the sft binary from a .deb without root. dpkg-deb is used where
 * it exists; elsewhere the ar container is read here and tar unpacks the
 * data member, which is all `dpkg-deb -x` does.
 */






const AR_MAGIC = '!<arch>\n';
/** Parses the members of a Unix ar archive (the outer format of a .deb). */
function readAr(archive) {
    if (archive.subarray(0, 8).toString('latin1') !== AR_MAGIC)
        throw new Error('not an ar archive (bad magic)');
    const members = [];
    let offset = 8;
    while (offset + 60 <= archive.length) {
        const header = archive.subarray(offset, offset + 60).toString('latin1');
        if (header.slice(58, 60) !== '`\n')
            throw new Error(`bad ar member header at byte ${offset}`);
        const name = header.slice(0, 16).trim().replace(/\/$/, '');
        const size = Number(header.slice(48, 58).trim());
        const start = offset + 60;
        if (!Number.isInteger(size) || start + size > archive.length)
            throw new Error(`ar member ${name} is truncated`);
        members.push({ name, data: archive.subarray(start, start + size) });
        offset = start + size + (size % 2);
    }
    return members;
}
const TAR_FLAGS = {
    'data.tar': [],
    'data.tar.gz': ['-z'],
    'data.tar.xz': ['-J'],
    'data.tar.zst': ['--zstd'],
    'data.tar.bz2': ['-j']
};
/**
 * Extracts `deb` into `dest` and returns the path of the sft binary in it.
 * `dpkgDeb` is the dpkg-deb to use, or empty to use the built-in reader.
 */
async function extractSft(deb, dest, dpkgDeb) {
    const tool = dpkgDeb ?? (await exec_findOnPath('dpkg-deb'));
    const result = tool
        ? await runCommand(tool, ['-x', deb, dest], { timeoutMs: 120_000 })
        : await extractWithTar(deb, dest);
    if (result.exitCode !== 0) {
        throw new errors/* InstallError */.sy(`The downloaded package is corrupt: ${tool ? 'dpkg-deb' : 'tar'} could not unpack it (${result.stderr.trim() || `exit ${result.exitCode}`}).`, 'Its checksum matched the index, so the repository serves a broken package. Pin another `sft-version` or report it to Okta.');
    }
    const sft = external_node_path_default().join(dest, contract/* APT */.I1.binaryInPackage);
    if (!(0,external_node_fs_.existsSync)(sft)) {
        throw new errors/* InstallError */.sy(`The package has no ${contract/* APT */.I1.binaryInPackage}.`, 'The package layout changed. Install sft yourself and use `install: none`, and report it.');
    }
    return sft;
}
async function extractWithTar(deb, dest) {
    let members;
    try {
        members = readAr(await (0,promises_.readFile)(deb));
    }
    catch (error) {
        return { exitCode: 1, stderr: (0,errors/* messageOf */.bD)(error) };
    }
    const data = members.find((m) => m.name in TAR_FLAGS);
    await (0,promises_.mkdir)(dest, { recursive: true });
    if (!data)
        return {
            exitCode: 1,
            stderr: `no data.tar member among ${members.map((m) => m.name).join(', ')}`
        };
    return runCommand('tar', ['-x', ...TAR_FLAGS[data.name], '-f', '-', '-C', dest], {
        input: data.data,
        timeoutMs: 120_000
    });
}

;// CONCATENATED MODULE: ./src/install/tool-cache.ts
/**
 * Puts a verified sft into the runner's tool cache so that jobs sharing the
 * cache never see a half-written binary. `@actions/tool-cache`'s `cacheDir`
 * removes the entry, copies into it and then marks it complete, with no
 * lock: two jobs installing the same version at once overwrite a binary the
 * other is running (ETXTBSY), or find it gone (ENOENT). Here each job stages
 * its copy in a private directory beside the entry and renames it into
 * place, which is atomic; a job that loses the race uses the winner's entry.
 * The layout stays tool-cache's (`sft/VERSION/ARCH` plus `ARCH.complete`),
 * so `find` and other tools still read it.
 */




/** How often a job retries after another job moved the entry underneath it; each retry makes progress. */
const PLACE_ATTEMPTS = 5;
/** The directory of an entry, in tool-cache's layout. */
function entryDir(entry, env = process.env) {
    const root = env.RUNNER_TOOL_CACHE;
    if (!root) {
        throw new errors/* InstallError */.sy('RUNNER_TOOL_CACHE is not set, so there is no tool cache to install sft into.', 'Run the action on a GitHub Actions runner, or set RUNNER_TOOL_CACHE to a writable directory.');
    }
    return external_node_path_default().join(root, entry.tool, entry.version, entry.arch);
}
/**
 * Caches `file` as the entry's only file and returns the entry's directory.
 * `accept` says whether an entry another job placed first is a good one (it
 * runs the binary); a bad one, such as the remains of an old `cacheDir`
 * interrupted halfway, is moved aside and replaced.
 */
async function cacheFileAtomically(file, entry, accept) {
    const final = entryDir(entry);
    const versionDir = external_node_path_default().dirname(final);
    try {
        await (0,promises_.mkdir)(versionDir, { recursive: true });
        const stage = await (0,promises_.mkdtemp)(external_node_path_default().join(versionDir, `.${entry.arch}.staging-`));
        const staged = external_node_path_default().join(stage, external_node_path_default().basename(file));
        await (0,promises_.copyFile)(file, staged);
        await (0,promises_.chmod)(staged, 0o755);
        await (0,promises_.chmod)(stage, 0o755);
        await placeStage(stage, final, accept);
        await markComplete(final);
    }
    catch (error) {
        if (error instanceof errors/* InstallError */.sy)
            throw error;
        throw new errors/* InstallError */.sy(`Could not put sft ${entry.version} into the tool cache at ${final}: ${(0,errors/* messageOf */.bD)(error)}.`, 'Check that RUNNER_TOOL_CACHE is writable by the runner user and has free space.', [], { cause: error });
    }
    return final;
}
/** Renames the staged directory to `final`, or keeps a good entry another job placed first. */
async function placeStage(stage, final, accept) {
    for (let attempt = 1; attempt <= PLACE_ATTEMPTS; attempt++) {
        try {
            await (0,promises_.rename)(stage, final);
            return;
        }
        catch (error) {
            if (!isOccupied(error))
                throw error;
        }
        if (await accept(final)) {
            await (0,promises_.rm)(stage, { recursive: true, force: true });
            return;
        }
        await moveAside(final);
    }
    await (0,promises_.rm)(stage, { recursive: true, force: true });
    throw new errors/* InstallError */.sy(`Another process kept replacing the tool-cache entry ${final} with one that does not work.`, 'Stop whatever else writes sft into this tool cache, or delete that entry, and re-run the job.');
}
/** rename(2) refuses to replace a non-empty directory with these codes. */
function isOccupied(error) {
    const code = error.code;
    return code === 'ENOTEMPTY' || code === 'EEXIST';
}
/** Moves a bad entry out of the way (atomically), then deletes it; another job may have moved it first. */
async function moveAside(final) {
    const aside = `${external_node_path_default().dirname(final)}/.${external_node_path_default().basename(final)}.stale-${(0,external_node_crypto_.randomUUID)()}`;
    try {
        await (0,promises_.rename)(final, aside);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return;
        throw error;
    }
    await (0,promises_.rm)(aside, { recursive: true, force: true });
}
/** Writes tool-cache's completion marker by rename, so no reader sees it half-written. */
async function markComplete(final) {
    const marker = `${final}.complete`;
    const temporary = `${marker}.${(0,external_node_crypto_.randomUUID)()}`;
    await (0,promises_.writeFile)(temporary, '');
    await (0,promises_.rename)(temporary, marker);
}

;// CONCATENATED MODULE: ./src/install/download.ts
/**
 * `install: download`: sft from Okta's Debian repository into the tool
 * cache, without root. The signed index vouches for the package's SHA-256,
 * and only a binary that reports the chosen version is cached.
 */













const TOOL = 'sft';
async function downloadInstall(inputs, platform) {
    const started = Date.now();
    const lap = (what) => log/* debug */.Yz(`install: ${what} at ${Date.now() - started} ms`);
    const tc = await __webpack_require__.e(/* import() */ 805).then(__webpack_require__.bind(__webpack_require__, 9805));
    lap('tool-cache loaded');
    // An exact pin can be answered from the cache without touching the network.
    const pinned = inputs.sftVersion === 'latest' ? undefined : cached(tc, upstreamVersion(inputs.sftVersion), platform);
    if (pinned)
        return pinned;
    const spec = repoSpec(inputs, { ...platform, codename: await servedCodename(inputs.sftRepo, platform) });
    const where = `${spec.url} (${spec.codename} ${spec.component}, ${spec.arch})`;
    const index = await readRepoIndex(spec);
    lap('index read');
    const chosen = choosePackage(index.packages, inputs.sftVersion, where);
    return cached(tc, upstreamVersion(chosen.version), platform) ?? fetchIntoCache(spec, index, chosen, platform, lap);
}
/** Whether an entry another job cached runs and reports the version it is filed under. */
async function reportsVersion(file, version) {
    try {
        return (await sftVersion(file)) === version;
    }
    catch {
        return false;
    }
}
function cached(tc, version, platform) {
    const dir = tc.find(TOOL, version, platform.toolArch);
    if (!dir)
        return undefined;
    log/* info */.pq(`Found sft ${version} in the tool cache at ${dir}`);
    return { path: external_node_path_default().join(dir, 'sft'), version, source: 'tool-cache', pathEntry: dir };
}
/** Downloads, verifies, unpacks and version-checks the package, then caches its sft. */
async function fetchIntoCache(spec, index, chosen, platform, lap) {
    const version = upstreamVersion(chosen.version);
    const work = await temp_makeTempDir('opa-sft-');
    try {
        const url = `${spec.url}/${chosen.filename}`;
        const deb = external_node_path_default().join(work, 'package.deb');
        const got = await downloadFile(url, deb).catch((error) => {
            throw new errors/* InstallError */.sy(`Could not download ${url}: ${(0,errors/* messageOf */.bD)(error)}.`, 'Re-run the job; if it persists, check the repository or use a mirror with `sft-repo`.');
        });
        checkDigest(url, got, chosen);
        lap('package downloaded');
        const sft = await extractSft(deb, external_node_path_default().join(work, 'root'));
        lap('package unpacked');
        const reported = await sftVersion(sft);
        lap('version checked');
        if (reported !== version) {
            throw new errors/* InstallError */.sy(`The package ${contract/* APT */.I1.packageName} ${chosen.version} contains sft ${reported}, not ${version}.`, 'The repository index and its package disagree. Pin another `sft-version`, and report it.');
        }
        // Only a verified binary is cached, and atomically: other jobs may share this cache.
        const dir = await cacheFileAtomically(sft, { tool: TOOL, version, arch: platform.toolArch }, (entry) => reportsVersion(external_node_path_default().join(entry, 'sft'), version));
        const signed = index.signedBy ? `, index signed by ${index.signedBy}` : ', index signature not checked';
        log/* info */.pq(`Installed sft ${version} from ${url} (SHA-256 ${got.sha256}${signed})`);
        return { path: external_node_path_default().join(dir, 'sft'), version, source: 'download', pathEntry: dir };
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/install/index.ts
/**
 * Gets the sft binary the rest of the action uses, by the `install` method.
 * Each method lives in its own module; this one only chooses.
 */







/**
 * Gets the sft binary the rest of the action uses, by the `install` method:
 * `none` uses sft-path or PATH; `download` installs from the repository
 * into the tool cache; `apt` installs the system package; `auto` takes the
 * first of sft-path, a suitable sft on PATH, a tool-cache hit or a download.
 */
async function installSft(inputs, 
/** Told about system files before they are written, so post removes them even after a failure. */
willWriteSystemFiles = () => undefined) {
    if (inputs.sftPath) {
        const binary = checkVersion(await explicitBinary(inputs.sftPath), inputs.sftVersion);
        // Later steps (the ssh sub-action, opa-ssh, plain `sft`) find it as `sft`.
        return external_node_path_default().basename(binary.path) === 'sft' ? { ...binary, pathEntry: external_node_path_default().dirname(binary.path) } : binary;
    }
    if (inputs.install === 'none') {
        const onPath = await pathBinary();
        if (!onPath) {
            throw new errors/* InstallError */.sy('No sft binary was found on PATH (install: none).', 'Install scaleft-client-tools in an earlier step, set `sft-path`, or use `install: auto` to let the action install it.');
        }
        return checkVersion(onPath, inputs.sftVersion);
    }
    if (inputs.install === 'auto') {
        const onPath = await pathBinary();
        if (onPath && satisfies(onPath.version, inputs.sftVersion))
            return onPath;
        if (onPath)
            log/* info */.pq(`Ignoring sft ${onPath.version} at ${onPath.path}: sft-version asks for ${inputs.sftVersion}`);
    }
    const platform = detectPlatform();
    return inputs.install === 'apt'
        ? aptInstall(inputs, platform, willWriteSystemFiles)
        : downloadInstall(inputs, platform);
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * Markdown for the job summary: every foreign value made inert, and each
 * step's part kept under GitHub's size cap.
 */



/**
 * Characters that show as nothing, or as a blank, yet change what a ref or a
 * branch name is: bidirectional overrides (U+202E turns text around),
 * zero-width characters, the soft hyphen, Hangul fillers, variation
 * selectors and tag characters. Deleting them would make `ma\u200bin` read
 * as `main`, so each is shown by its code point instead.
 */
// The class lists combining marks (variation selectors) on purpose: each is matched alone.
const INVISIBLE = 
// eslint-disable-next-line no-misleading-character-class
/[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\u{e0000}-\u{e007f}\u{e0100}-\u{e01ef}]/gu;
/** An invisible character as its visible code point, `<U+200B>`. */
function visible(text) {
    return text.replace(INVISIBLE, (c) => `<U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}
/**
 * Breaks what GitHub would turn into a link by itself (GFM autolinks):
 * `www.`, a scheme's `://` and an e-mail's `@`. A foreign value can then
 * name a place but never offer a click to it.
 */
function unlinked(text) {
    return text
        .replace(/(www)\./gi, '$1[.]')
        .replace(/:\/\//g, '[:]//')
        .replace(/@(?=[A-Za-z0-9-]+\.[A-Za-z0-9])/g, '[@]');
}
/** Any JSON value as text: strings as they are, lists joined, objects as JSON; never throws. */
function plainText(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'string')
        return value;
    if (Array.isArray(value))
        return value.map(plainText).join(', ');
    if (typeof value === 'object') {
        try {
            return JSON.stringify(value);
        }
        catch {
            return '';
        }
    }
    return String(value);
}
/**
 * Makes any value inert in GitHub-flavoured markdown and HTML. Claims are
 * partly attacker-controlled (branch names, workflow names), so every
 * character that markdown or HTML could act on becomes a numeric character
 * reference, line breaks become spaces, and long values are cut.
 */
function md(value, maxLength = 300) {
    const text = plainText(value)
        .replace(/[\r\n\t\v\f\u2028\u2029]+/g, ' ')
        .replace(/[\x00-\x1f\x7f]/g, '');
    const shown = unlinked(visible(text));
    const cut = [...shown].length > maxLength ? `${[...shown].slice(0, maxLength - 1).join('')}…` : shown;
    return cut.replace(/[&<>"'`|*_[\]#~\\!{}:@]/g, (c) => `&#${c.charCodeAt(0)};`);
}
/**
 * A code span. Character references are not decoded inside code spans, so
 * instead of escaping, everything that could end the span or the table cell
 * is dropped.
 */
function code(value, maxLength = 120) {
    // Nothing links inside a code span; invisible characters still show.
    const text = visible(plainText(value).replace(/[`|\r\n\x00-\x1f\x7f]/g, ''));
    return `\`${[...text].slice(0, maxLength).join('')}\``;
}
/** A field/value table with a real header (GitHub draws an empty one as a blank bar); keys are ours, values escaped. */
function factTable(rows) {
    const body = rows.map(([key, value]) => `| ${key} | ${md(value)} |`).join('\n');
    return `| Field | Value |\n|---|---|\n${body}\n`;
}
function relativeTime(date, now = Date.now()) {
    const seconds = Math.round((date.getTime() - now) / 1000);
    const abs = Math.abs(seconds);
    const span = abs < 120 ? `${abs} s` : abs < 7200 ? `${Math.round(abs / 60)} min` : `${Math.round(abs / 3600)} h`;
    return seconds >= 0 ? `in ${span}` : `${span} ago`;
}
/** Mermaid labels: only characters that cannot close the label or start markup. */
function label(value) {
    return String(value ?? '')
        .replace(/[^A-Za-z0-9 .,:/_@+=%()-]/g, ' ')
        .replace(/(www)\./gi, '$1 .')
        .slice(0, 80);
}
/**
 * GitHub's cap on one step's summary: past it the runner drops the step's
 * whole summary ("supports content up to a size of 1024k").
 */
const STEP_SUMMARY_LIMIT = 1024 * 1024;
/** A step writes at most three parts (one-step main: main, ssh, audit), so each part gets a quarter of the cap. */
const PART_LIMIT = STEP_SUMMARY_LIMIT / 4;
/** Keeps a part within its share of GitHub's cap, cutting at a line and saying so. */
function fitSummary(markdown, limit = PART_LIMIT) {
    if (Buffer.byteLength(markdown) <= limit)
        return markdown;
    const notice = "\n\n> ⚠️ The rest of this part was cut: GitHub drops a step's summary above 1 MiB.\n";
    let cut = Buffer.from(markdown)
        .subarray(0, limit - Buffer.byteLength(notice))
        .toString('utf8');
    cut = cut.slice(0, cut.lastIndexOf('\n'));
    return `${cut}${notice}`;
}
/** Appends to the job summary; a summary problem never fails the job. */
async function appendSummary(markdown) {
    try {
        await lib_core/* summary */.z.addRaw(fitSummary(markdown), true).write();
    }
    catch (error) {
        log/* warning */.$e(`Could not write the job summary: ${(0,errors/* messageOf */.bD)(error)}`);
    }
    finally {
        lib_core/* summary */.z.emptyBuffer();
    }
}

;// CONCATENATED MODULE: ./src/report/audit-summary.ts
/**
 * The job's System Log events, as the summary shows them. Events are
 * foreign data: every field may be missing or of any JSON type, and one
 * event that cannot be read leaves the others.
 */

const audit_summary_isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
function field(event, path) {
    return path.split('.').reduce((o, k) => (audit_summary_isRecord(o) ? o[k] : undefined), event);
}
/** A debugData value as Okta sends it, a string of comma-separated values, or any JSON, as a list. */
function valuesOf(value) {
    if (Array.isArray(value))
        return value.flatMap(valuesOf);
    return plainText(value)
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
}
/** The servers an event names, from its debug data and its Server targets. */
function serversOf(event) {
    const targets = field(event, 'target');
    const named = (Array.isArray(targets) ? targets : [])
        .filter((t) => audit_summary_isRecord(t) && t.type === 'Server')
        .map((t) => plainText(t.displayName));
    return [...new Set([...valuesOf(field(event, 'debugContext.debugData.serverHostnames')), ...named])];
}
function row(event) {
    try {
        const actor = `${plainText(field(event, 'actor.type'))} ${plainText(field(event, 'actor.id'))}`;
        const cells = [
            md(field(event, 'published')),
            code(field(event, 'eventType')),
            md(actor, 120),
            md(serversOf(event).join(', ')),
            md(field(event, 'outcome.result'))
        ];
        return `| ${cells.join(' | ')} |`;
    }
    catch {
        return '| (an event that could not be read) | | | | |';
    }
}
/** The rest of an event, out of the table's way: what an auditor compares with the Admin Console. */
function details(event, index) {
    try {
        const debug = field(event, 'debugContext.debugData');
        const rows = [
            ['Severity', field(event, 'severity')],
            ['Client IP', field(event, 'client.ipAddress')],
            ['User agent', field(event, 'client.userAgent.rawUserAgent')],
            ['Targets', valuesOf(field(event, 'target')).join(', ')],
            ...Object.entries(audit_summary_isRecord(debug) ? debug : {}).map(([k, v]) => [`debugData ${code(k)}`, v])
        ];
        const body = factTable(rows.filter(([, v]) => plainText(v) !== ''));
        return `<details><summary>Event ${index + 1}: ${md(field(event, 'eventType'))}, ${md(field(event, 'published'))}</summary>\n\n${body}\n</details>\n`;
    }
    catch {
        return '';
    }
}
/** At most this many of the principal's other events are listed; the rest are counted. */
const OTHERS_LISTED = 20;
const HEADER = '| Time | Event | Actor | Server | Outcome |\n|---|---|---|---|---|\n';
/**
 * The principal's events that match no session this job recorded, apart
 * from the job's own and labelled for what they may be: the principal is
 * shared, so it cannot tell a later step's sessions from another job's.
 */
function renderOthers(others, ownSessions) {
    const list = Array.isArray(others) ? others : [];
    if (list.length === 0) {
        return ownSessions
            ? ''
            : "_The action recorded no sessions of its own, and the System Log holds no credentials issued to this workload's principal during this token's lifetime._\n";
    }
    const label = ownSessions
        ? "_Credentials issued to this workload's principal during this token's lifetime that match none of the sessions the action recorded._"
        : "_The action recorded no sessions of its own. These are the credentials issued to this workload's principal during this token's lifetime._";
    const why = "_They are a later step's own `sft ssh` or native ssh (through the ssh-config block), or another job of the same repository and branch at the same time: every such job has the same principal, so the System Log cannot tell them apart._";
    const shown = list.slice(0, OTHERS_LISTED);
    const more = list.length > shown.length ? `\n_${list.length - shown.length} more not listed._\n` : '';
    return `\n#### Other events of this principal (${list.length}, not matched to this job)\n\n${label}\n\n${why}\n\n${HEADER}${shown.map(row).join('\n')}\n${more}`;
}
/**
 * The job's System Log events, fetched live: the essentials in one table,
 * the rest per event; then, apart, the principal's events that match none
 * of the job's recorded sessions.
 */
function renderAuditEvents(events, problem, others = [], ownSessions = true) {
    const list = Array.isArray(events) ? events : [];
    const table = list.length
        ? `${HEADER}${list.map(row).join('\n')}\n\n${list.map(details).join('\n')}`
        : 'No events yet.\n';
    const explain = "_What Okta's System Log recorded for this job's sessions only (its hosts, within its sessions' times): the certificate OPA issued for each session, and each login as the just-in-time account._";
    const own = ownSessions ? `${explain}\n\n${table}` : '';
    return `### Audit events (live from the System Log)\n\n${own}${renderOthers(others, ownSessions)}${problem ? `\n> ⚠️ ${md(problem, 400)}\n` : ''}`;
}

;// CONCATENATED MODULE: ./src/report/system-log-client.ts
/**
 * A polite reader of Okta's System Log (`/api/v1/logs`) for one job. The
 * log is shared by the whole org: every job of a repository and branch, the
 * SIEM's exports, and the admins, all inside one rate limit of 20 to 120
 * requests a minute (DOC: rl-global-mgmt). So the reader
 * - follows `rel="next"` links (separate `Link` lines, which node joins with
 *   ", ") instead of re-reading a window, and only while pages come back full;
 * - polls for late events through the `next` link of a polling query, which
 *   returns only what is new, backing off from 1 s to 8 s;
 * - on a 429 waits until `X-Rate-Limit-Reset`, and never takes the last
 *   quarter of the bucket: when `X-Rate-Limit-Remaining` falls that low it
 *   waits for the reset too; every wait is capped by `audit-wait`;
 * - makes at most AUDIT_SCHEDULE.maxRequests requests in all.
 * What it reads is foreign data: status, headers and body may be anything.
 */



/** The job's share of the System Log's budget; the README's audit inputs state the same numbers. */
const AUDIT_SCHEDULE = {
    firstPollMs: 1000,
    maxPollMs: 8000,
    maxRequests: 15,
    /** The part of the bucket left to the org's other clients (SIEM, other jobs, admins). */
    reserveShare: 0.25,
    /** DOC: the largest page the API serves. */
    pageSize: 1000
};
const systemClock = { now: () => Date.now(), sleep: async (ms) => void (await (0,external_node_timers_promises_.setTimeout)(ms)) };
/** GETs with the job's credentials, through the runner's proxy settings; no retries of its own. */
function httpTransport(authorization) {
    // No redirects: the credentials go to the org's own endpoint and nowhere else.
    const client = new http_client/* HttpClient */.Q('opa-workload-identity', [], {
        allowRetries: false,
        allowRedirects: false,
        socketTimeout: 35_000
    });
    return async (url) => {
        const response = await client.get(url, { Authorization: authorization, Accept: 'application/json' });
        return {
            status: response.message.statusCode ?? 0,
            headers: response.message.headers,
            body: await response.readBody()
        };
    };
}
/** The first value of a header, as text. */
function header(headers, name) {
    const value = headers[name];
    return String((Array.isArray(value) ? value[0] : value) ?? '');
}
/**
 * The `rel="next"` target of a Link header, or '' when there is none. Node
 * joins repeated Link lines with ", ", and a URL may hold commas too, so
 * entries are split at each `<`, not at commas.
 */
function nextLink(headers) {
    const value = headers.link;
    const text = Array.isArray(value) ? value.join(', ') : String(value ?? '');
    for (const [, target, params] of text.matchAll(/<([^>]*)>([^<]*)/g)) {
        if (/;\s*rel\s*=\s*"?next"?\s*(?:[;,]|$)/i.test(params))
            return target;
    }
    return '';
}
/** The rate-limit headers of an answer, when all three are numbers. */
function rateLimitOf(headers) {
    const [limit, remaining, reset] = ['x-rate-limit-limit', 'x-rate-limit-remaining', 'x-rate-limit-reset'].map((name) => Number(header(headers, name) || NaN));
    if (![limit, remaining, reset].every(Number.isFinite))
        return undefined;
    return { limit, remaining, resetAt: reset * 1000 };
}
/** Why the reader stopped before it had every event; each is a warning. */
class ReadStopped extends Error {
}
/**
 * When each request may go: the job's whole request schedule, on a clock
 * that tests can fake. Every wait ends by the deadline or is not taken.
 */
class RequestSchedule {
    clock;
    waitSeconds;
    policy;
    beyondWait;
    requests = 0;
    rate;
    started;
    constructor(clock, waitSeconds, policy = AUDIT_SCHEDULE, 
    /** Why a wait the deadline does not allow is not taken, for the warning. */
    beyondWait = `after audit-wait (${waitSeconds} s)`) {
        this.clock = clock;
        this.waitSeconds = waitSeconds;
        this.policy = policy;
        this.beyondWait = beyondWait;
        this.started = clock.now();
    }
    get deadline() {
        return this.started + this.waitSeconds * 1000;
    }
    now() {
        return this.clock.now();
    }
    elapsedMs() {
        return this.clock.now() - this.started;
    }
    /** The pause before poll `n` (0-based): 1 s, 2 s, 4 s, then 8 s each. */
    pollDelay(n) {
        return Math.min(this.policy.maxPollMs, this.policy.firstPollMs * 2 ** n);
    }
    /** Sleeps `ms` when that ends by the deadline; false when it would not. */
    async wait(ms) {
        if (this.clock.now() + ms > this.deadline)
            return false;
        if (ms > 0)
            await this.clock.sleep(ms);
        return true;
    }
    /** Sends one request when the budget, the bucket and the deadline allow; throws ReadStopped when not. */
    async send(transport, url) {
        for (let refusals = 0;; refusals++) {
            await this.waitForBucket();
            if (this.requests >= this.policy.maxRequests) {
                throw new ReadStopped(`stopped after ${this.requests} requests, the job's share of the System Log's rate limit; some events may be missing (open the audit-url link)`);
            }
            this.requests++;
            const answer = await transport(url);
            this.rate = rateLimitOf(answer.headers) ?? this.rate;
            if (answer.status !== 429)
                return answer;
            await this.waitAfter429(refusals);
        }
    }
    /** Before the last quarter of the bucket is reached, waits for its reset, leaving the rest to others. */
    async waitForBucket() {
        const rate = this.rate;
        if (!rate || rate.remaining > Math.floor(rate.limit * this.policy.reserveShare))
            return;
        const ms = rate.resetAt - this.clock.now();
        if (ms <= 0)
            return;
        if (!(await this.wait(ms))) {
            throw new ReadStopped(`the System Log's rate limit had ${rate.remaining} of ${rate.limit} requests left until ${clockTime(rate.resetAt)}, ${this.beyondWait}; the rest is left to the org's other clients`);
        }
        this.rate = undefined;
    }
    /** On a 429, waits until X-Rate-Limit-Reset (or backs off when it is missing or past), by the deadline. */
    async waitAfter429(refusals) {
        const rate = this.rate;
        const untilReset = rate ? rate.resetAt - this.clock.now() : 0;
        const ms = untilReset > 0 ? untilReset : this.pollDelay(refusals);
        if (!(await this.wait(ms))) {
            const when = untilReset > 0 && rate ? `; its rate limit resets at ${clockTime(rate.resetAt)}` : '';
            throw new ReadStopped(`the System Log answered HTTP 429 (rate limit)${when}, ${this.beyondWait}`);
        }
        this.rate = undefined;
    }
}
function clockTime(ms) {
    return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** The event objects of an answer's body; anything else in it is dropped. */
function eventsIn(body) {
    let parsed;
    try {
        parsed = JSON.parse(body);
    }
    catch {
        throw new ReadStopped('the System Log answered with something that is not JSON');
    }
    return (Array.isArray(parsed) ? parsed : []).filter((e) => typeof e === 'object' && e !== null && !Array.isArray(e));
}
/** The org's System Log endpoint. */
function logsEndpoint(orgUrl) {
    return `${orgUrl.replace(/\/+$/, '')}/api/v1/logs`;
}
/**
 * A `next` link is foreign data: the job's credentials go only to the org's
 * own `/api/v1/logs`, never to wherever a link points. '' when it points elsewhere.
 */
function sameEndpoint(link, endpoint) {
    try {
        const url = new URL(link, endpoint);
        const own = new URL(endpoint);
        return url.origin === own.origin && url.pathname === own.pathname ? url.toString() : '';
    }
    catch {
        return '';
    }
}
/**
 * Reads each cursor to its end, then polls those still waiting through
 * their `next` links, backing off, until all are satisfied or the schedule
 * says stop. Returns the problem to warn about, '' when there is none.
 */
async function readLog(transport, endpoint, cursors, schedule) {
    try {
        for (let poll = 0;; poll++) {
            let transient = '';
            // Every cursor is read once; after that, only those still waiting.
            for (const cursor of cursors.filter((c) => poll === 0 || !c.satisfied())) {
                const failure = await drain(transport, endpoint, cursor, schedule);
                transient ||= failure;
            }
            if (cursors.every((c) => c.satisfied()))
                return '';
            // The last pause is cut to end at the deadline, so the last poll comes as late as audit-wait allows.
            const pause = Math.min(schedule.pollDelay(poll), schedule.deadline - schedule.now());
            if (pause <= 0 || !(await schedule.wait(pause))) {
                return (transient ||
                    `not every event appeared within ${schedule.waitSeconds} s (the System Log lags; raise audit-wait)`);
            }
        }
    }
    catch (error) {
        if (error instanceof ReadStopped)
            return error.message;
        throw error;
    }
}
/**
 * Follows a cursor's `next` links while pages come back full; one request
 * when it is caught up. A server error ends this poll (the next may work);
 * a refusal or an unreachable org ends the read.
 */
async function drain(transport, endpoint, cursor, schedule) {
    for (;;) {
        let answer;
        try {
            answer = await schedule.send(transport, cursor.url);
        }
        catch (error) {
            if (error instanceof ReadStopped)
                throw error;
            throw new ReadStopped(`could not reach ${new URL(endpoint).origin}: ${(0,errors/* messageOf */.bD)(error)}`);
        }
        if (answer.status === 401 || answer.status === 403) {
            throw new ReadStopped(`the System Log refused the token (HTTP ${answer.status}); it needs okta.logs.read (or an API token of a Report Administrator)`);
        }
        if (answer.status >= 500)
            return `the System Log answered HTTP ${answer.status}`;
        if (answer.status !== 200)
            throw new ReadStopped(`the System Log answered HTTP ${answer.status}`);
        const events = eventsIn(answer.body);
        cursor.take(events);
        const requested = Number(new URL(cursor.url).searchParams.get('limit')) || AUDIT_SCHEDULE.pageSize;
        const next = sameEndpoint(nextLink(answer.headers), endpoint);
        if (next)
            cursor.url = next;
        if (!next || events.length < requested || cursor.satisfied())
            return '';
    }
}

;// CONCATENATED MODULE: ./src/report/audit.ts
/**
 * The audit trail in the Okta System Log: links into the Admin Console,
 * filtered to this job's events, and the events themselves fetched live
 * from `/api/v1/logs` when the job has a token that may read them.
 */




/**
 * The window the job's events can fall in: from its token's `iat` (OPA's
 * own clock) less a little skew, to a while after now, past the sessions
 * and the System Log's lag. An event is the job's when it names a host the
 * job touched, within that host's session (give or take the skew).
 */
const AUDIT_CLOCK_SKEW_MS = 2_000;
const AUDIT_LOOKAHEAD_MS = 5 * 60_000;
/** DOC: the two OPA event types a workload's SSH access produces. */
const EVENT_TYPES = ['pam.user_creds.issue', 'pam.server.ssh_login'];
/**
 * ASSUMED from naming (not documented): `https://<org>.pam.okta.com` →
 * `https://<org>-admin.okta.com`, and the same for oktapreview.com. Custom
 * domains cannot be derived; `okta-admin-url` overrides.
 */
function adminUrlFor(opaAddr) {
    try {
        const url = new URL(opaAddr);
        const match = /^([^.]+)\.pam\.(okta|oktapreview|okta-emea)\.com$/.exec(url.hostname);
        return match ? `https://${match[1]}-admin.${match[2]}.com` : '';
    }
    catch {
        return '';
    }
}
/** The SCIM filter for one event type and actor (and, for logins, the server). */
function filterFor(query) {
    const clauses = [`eventType eq "${query.eventType}"`, `actor.id eq "${query.actorId}"`];
    if (query.host)
        clauses.push(`target.displayName eq "${query.host}"`);
    return clauses.join(' and ');
}
/**
 * A link into the Admin Console's System Log, pattern from public code
 * (ASSUMED): /report/system_log_2?search=<filter>&fromTime=&toTime=.
 */
function systemLogLink(adminUrl, query) {
    const params = new URLSearchParams({
        search: filterFor(query),
        fromTime: wholeSeconds(query.from),
        toTime: wholeSeconds(query.to),
        view: 'list'
    });
    return `${adminUrl.replace(/\/+$/, '')}/report/system_log_2?${params}`;
}
/** An ISO time without milliseconds, as the Admin Console's own links write it. */
function wholeSeconds(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** Whether an event is of a query's type and actor (the answer is checked, not trusted). */
function answers(event, query) {
    return event.eventType === query.eventType && plainText(field(event, 'actor.id')) === query.actorId;
}
/** Whether an event names a host this job touched, within that host's session. */
function belongsToJob(event, sessions) {
    const published = Date.parse(plainText(event.published));
    const hosts = serversOf(event);
    return sessions.some((s) => hosts.includes(s.host) &&
        published >= s.startedAt - AUDIT_CLOCK_SKEW_MS &&
        published <= s.endedAt + AUDIT_CLOCK_SKEW_MS);
}
/** An event's key for de-duplication: its uuid, or, for an event without one, the event itself. */
function keyOf(event) {
    return typeof event.uuid === 'string' && event.uuid ? event.uuid : JSON.stringify(event);
}
/** A polling query's cursor (no `until`): it returns late events too, and always a `next` link. */
class QueryCursor {
    query;
    sort;
    expected;
    url;
    own = new Map();
    others = new Map();
    constructor(endpoint, query, sort, expected) {
        this.query = query;
        this.sort = sort;
        this.expected = expected;
        const params = new URLSearchParams({
            filter: filterFor(query),
            since: query.from.toISOString(),
            sortOrder: 'ASCENDING',
            limit: String(AUDIT_SCHEDULE.pageSize)
        });
        this.url = `${endpoint}?${params}`;
    }
    take(events) {
        for (const event of events.filter((e) => answers(e, this.query))) {
            const kind = this.sort(event);
            if (kind !== 'neither')
                (kind === 'own' ? this.own : this.others).set(keyOf(event), event);
        }
    }
    /** Every host expected to produce this event type has. */
    satisfied() {
        const own = [...this.own.values()];
        return this.expected.every((host) => own.some((e) => serversOf(e).includes(host)));
    }
}
const byPublished = (a, b) => plainText(a.published).localeCompare(plainText(b.published));
function auditSubject(session) {
    return {
        principal: session.principal,
        account: session.account,
        issuedAt: session.issuedAt?.getTime() ?? Date.now(),
        expiresAt: session.expiresAt?.getTime()
    };
}
/** Admin Console links to the token's credential events and the account's logins. */
function auditLinks(settings, session, until) {
    const admin = settings.oktaAdminUrl || adminUrlFor(settings.opaAddr);
    if (!admin || !session.principal)
        return [];
    const from = new Date(auditSubject(session).issuedAt - AUDIT_CLOCK_SKEW_MS);
    const to = new Date(Math.max(until.getTime(), (session.expiresAt?.getTime() ?? 0) + AUDIT_LOOKAHEAD_MS));
    return [
        {
            label: 'pam.user_creds.issue: credentials issued to this workload',
            url: systemLogLink(admin, { eventType: EVENT_TYPES[0], actorId: session.principal, from, to })
        },
        {
            label: `pam.server.ssh_login: logins as ${session.account || 'the JIT account'}`,
            url: systemLogLink(admin, { eventType: EVENT_TYPES[1], actorId: session.account, from, to })
        }
    ];
}
/**
 * The job's events, when it was given an org URL and a token: credentials
 * issued to its principal and logins as its account, each on a host it
 * touched within that host's session, read until every host that ran its
 * script has both or `audit-wait` ends. The principal's other credentials
 * within the token's lifetime are kept apart. Without recorded sessions
 * there is nothing to wait for: one request, for those others alone.
 */
async function fetchJobEvents(settings, subject, sessions, io = {}) {
    const token = settings.oktaLogsToken
        ? `Bearer ${settings.oktaLogsToken}`
        : settings.oktaApiToken
            ? `SSWS ${settings.oktaApiToken}`
            : '';
    if (!settings.oktaOrgUrl || !token)
        return undefined;
    log/* setSecret */.Pq(token.replace(/^(SSWS|Bearer) /, ''));
    const endpoint = logsEndpoint(settings.oktaOrgUrl);
    const from = new Date(subject.issuedAt - AUDIT_CLOCK_SKEW_MS);
    const clock = io.clock ?? systemClock;
    const lifetimeEnd = (subject.expiresAt ?? clock.now()) + AUDIT_CLOCK_SKEW_MS;
    const expected = [...new Set(sessions.filter((s) => s.status === 'ok').map((s) => s.host))];
    const sort = (apart) => (event) => {
        if (belongsToJob(event, sessions))
            return 'own';
        const published = Date.parse(plainText(event.published));
        return apart && published >= from.getTime() && published <= lifetimeEnd ? 'other' : 'neither';
    };
    const credentials = new QueryCursor(endpoint, { eventType: EVENT_TYPES[0], actorId: subject.principal, from }, sort(true), expected);
    const logins = new QueryCursor(endpoint, { eventType: EVENT_TYPES[1], actorId: subject.account, from }, sort(false), expected);
    const noSessions = sessions.length === 0;
    const schedule = noSessions
        ? new RequestSchedule(clock, 0, AUDIT_SCHEDULE, 'and a job without recorded sessions does not wait')
        : new RequestSchedule(clock, settings.auditWait);
    const transport = io.transport ?? httpTransport(token);
    const problem = await readLog(transport, endpoint, noSessions ? [credentials] : [credentials, logins], schedule);
    return {
        events: [...credentials.own.values(), ...logins.own.values()].sort(byPublished),
        others: [...credentials.others.values()].sort(byPublished),
        problem,
        requests: schedule.requests,
        elapsedMs: schedule.elapsedMs()
    };
}
/** What the read found and what it cost, for the log. */
function auditLine(live) {
    const count = live.others.length;
    const others = count ? `, ${count} other event${count === 1 ? '' : 's'} of its principal` : '';
    const cost = `${live.requests} request${live.requests === 1 ? '' : 's'} in ${(live.elapsedMs / 1000).toFixed(1)} s`;
    return `Audit trail: ${live.events.length} System Log events for this job${others} (${cost})`;
}

;// CONCATENATED MODULE: ./src/report/sessions.ts
/**
 * The sessions this job opened, for matching System Log events to this job
 * alone: every job of one repository and branch shares the OPA principal,
 * and every job of one role the `wl_` account, but only this job touched
 * these hosts at these times. The steps of a job (the ssh sub-action, the
 * main step's one-step mode, opa-ssh) append to one file of the action's own
 * under RUNNER_TEMP, which the main step's post reads and removes.
 */


const SESSIONS_FILE = 'opa-workload-identity-sessions.jsonl';
function sessionsFile(env = process.env) {
    return env.RUNNER_TEMP ? external_node_path_default().join(env.RUNNER_TEMP, SESSIONS_FILE) : undefined;
}
/** Appends every host the job tried, with its time span (a skipped host was never tried). */
function recordSessions(results, env = process.env) {
    const file = sessionsFile(env);
    const opened = results.filter((r) => r.status !== 'skipped');
    if (!file || opened.length === 0)
        return;
    const lines = opened.map((r) => JSON.stringify({
        host: r.host,
        startedAt: Date.parse(r['started-at']),
        endedAt: Date.parse(r['ended-at']),
        status: r.status
    }));
    (0,external_node_fs_.appendFileSync)(file, `${lines.join('\n')}\n`, { mode: 0o600 });
}
/** The sessions recorded so far; lines that are not a session are skipped. */
function readSessions(env = process.env) {
    const file = sessionsFile(env);
    if (!file || !(0,external_node_fs_.existsSync)(file))
        return [];
    return (0,external_node_fs_.readFileSync)(file, 'utf8')
        .split('\n')
        .flatMap((line) => {
        try {
            const record = JSON.parse(line);
            const valid = typeof record.host === 'string' && Number.isFinite(record.startedAt) && Number.isFinite(record.endedAt);
            return valid ? [{ ...record, status: String(record.status ?? 'unknown') }] : [];
        }
        catch {
            return [];
        }
    });
}

;// CONCATENATED MODULE: ./src/report/main-summary.ts


const TITLES = {
    authenticated: '✅ OPA workload identity: authenticated',
    skipped: '⏭️ OPA workload identity: skipped',
    failed: '❌ OPA workload identity: failed'
};
function when(epoch, now) {
    if (typeof epoch !== 'number')
        return '';
    const date = new Date(epoch * 1000);
    return `${date.toISOString()} (${relativeTime(date, now)})`;
}
function claimsTable(claims) {
    const rows = Object.entries(claims).map(([k, v]) => `| ${code(k)} | ${md(typeof v === 'string' ? v : JSON.stringify(v), 200)} |`);
    return `| Claim | Value |\n|---|---|\n${rows.join('\n')}\n`;
}
function tokenSection(title, decoded, now, extra) {
    if (!decoded)
        return `### ${title}\n\nOpaque token: it carries no readable claims.\n\n${extra}`;
    const { header, claims } = decoded;
    const times = factTable([
        ['Issued (iat)', when(claims.iat, now)],
        ['Not before (nbf)', when(claims.nbf, now)],
        ['Expires (exp)', when(claims.exp, now)]
    ]);
    return [
        `### ${title}`,
        '',
        times,
        extra,
        '<details><summary>Header</summary>',
        '',
        claimsTable(header),
        '</details>',
        '',
        `<details><summary>Payload: ${Object.keys(claims).length} claims (the token and its signature are never shown)</summary>`,
        '',
        claimsTable(claims),
        '</details>',
        ''
    ].join('\n');
}
function runContext(env, now) {
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const repo = env.GITHUB_REPOSITORY ?? '';
    const runUrl = `${server}/${repo}/actions/runs/${env.GITHUB_RUN_ID ?? ''}/attempts/${env.GITHUB_RUN_ATTEMPT ?? '1'}`;
    const shaUrl = `${server}/${repo}/commit/${env.GITHUB_SHA ?? ''}`;
    const link = (text, url) => `[${md(text)}](${encodeURI(url)})`;
    const rows = [
        ['Workflow', md(env.GITHUB_WORKFLOW)],
        ['Run', link(`${env.GITHUB_RUN_ID ?? ''} attempt ${env.GITHUB_RUN_ATTEMPT ?? '1'}`, runUrl)],
        ['Actor', md(env.GITHUB_ACTOR)],
        ['Repository', md(repo)],
        ['Ref', md(env.GITHUB_REF)],
        ['Commit', link((env.GITHUB_SHA ?? '').slice(0, 12), shaUrl)],
        ['Event', md(env.GITHUB_EVENT_NAME)],
        ['Runner', md(`${env.RUNNER_NAME ?? ''} (${env.RUNNER_OS ?? ''}, ${env.RUNNER_ARCH ?? ''})`)],
        ['Time', md(new Date(now).toISOString())]
    ];
    const explain = '_Where this job came from, as the runner tells it; every value is shown escaped._';
    return `### Run context\n\n${explain}\n\n| Field | Value |\n|---|---|\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}\n`;
}
function trustChain(s) {
    const github = s.github?.claims;
    const opa = s.session;
    const ttl = opa?.expiresAt && opa.issuedAt
        ? `${Math.round((opa.expiresAt.getTime() - opa.issuedAt.getTime()) / 60000)} min`
        : 'unknown';
    return [
        '```mermaid',
        'flowchart LR',
        `  GH["GitHub Actions<br/>${label(github?.sub)}"] -->|"OIDC JWT issued, aud ${label(github?.aud)}"| OPA["Okta Privileged Access<br/>team ${label(s.team)}"]`,
        `  OPA -->|"access token, TTL ${label(ttl)}, connection ${label(s.connection)}"| TOKEN["Job's token<br/>${label(expiry(opa))}"]`,
        `  TOKEN -->|"per-session certificate, JIT account ${label(opa?.account || 'wl_...')}"| SRV["Target servers<br/>the ssh steps' sessions"]`,
        '```',
        ''
    ].join('\n');
}
/** When the token stops working: the trust chain's end state. */
function expiry(session) {
    return session?.expiresAt ? `expires ${session.expiresAt.toISOString().slice(11, 19)} UTC` : 'expiry unknown';
}
function claimSection(checks) {
    const rows = checks.map((c) => `| ${c.ok ? '✅' : '❌'} | ${code(c.claim)} | ${auth_claims/* OPERATOR_LABEL */.AN[c.operator]} | ${md(c.value, 120)} | ${c.actual === undefined ? '(missing)' : md(c.actual, 120)} |`);
    return `### Claim expectations\n\n| Result | Claim | Operator | Expected | Actual |\n|---|---|---|---|---|\n${rows.join('\n')}\n`;
}
function renderMainSummary(s, now = Date.now()) {
    const parts = [`## ${TITLES[s.outcome]}`, ''];
    if (s.reason)
        parts.push(`> ${md(s.reason, 4000)}`, '');
    if (s.stages?.length)
        parts.push(`**Stages:** ${s.stages.map((st) => `${st.name} ${st.ms} ms`).join(' → ')}`, '');
    if (s.session || s.github)
        parts.push(trustChain(s));
    const facts = [];
    if (s.team)
        facts.push(['Team', s.team]);
    if (s.connection)
        facts.push(['Connection', s.connection]);
    if (s.session?.role)
        facts.push(['Role', `${s.session.role} (account ${s.session.account})`]);
    if (s.session?.principal)
        facts.push(['Principal', s.session.principal]);
    if (s.session) {
        facts.push([
            'Token expires',
            s.session.expiresAt
                ? `${s.session.expiresAt.toISOString()} (${relativeTime(s.session.expiresAt, now)})`
                : 'unknown (opaque token)'
        ]);
    }
    if (s.github?.claims.sub)
        facts.push(['GitHub subject', s.github.claims.sub]);
    const trust = s.github && (0,auth_claims/* issuerTrust */.Ef)(s.github.claims);
    if (trust)
        facts.push(['Issuer the connection trusts (iss)', trust.issuer], ['JWKS URL OPA must reach', trust.jwksUrl]);
    if (s.sft)
        facts.push(['sft', `${s.sft.version} (${s.sft.source}: ${s.sft.path})`]);
    if (facts.length)
        parts.push(factTable(facts));
    if (s.claimChecks?.length)
        parts.push(claimSection(s.claimChecks));
    if (s.env)
        parts.push(runContext(s.env, now));
    if (s.github)
        parts.push(tokenSection('GitHub OIDC token', s.github, now, ''));
    if (s.session) {
        const o = s.session.opa;
        const explained = factTable([
            ['Principal (sub)', s.session.principal],
            ['Connection (oktapa.cn / oktapa.cid)', `${o.connectionName ?? ''} / ${o.connectionId ?? ''}`],
            ['Role hint (oktapa.rh)', o.roleHint ?? ''],
            ['Team (oktapa.tn / oktapa.tid)', `${o.teamName ?? ''} / ${o.teamId ?? ''}`],
            [
                'Workload claims (oktapa.wl)',
                o.workload ? `${Object.keys(o.workload).length} claims copied from the GitHub token` : ''
            ]
        ]);
        parts.push(tokenSection('OPA access token', s.session.decoded, now, explained));
    }
    if (s.audit?.length) {
        parts.push('### Audit trail', '', ...s.audit.map((a) => `- [${md(a.label)}](${a.url})`), '', '_Links open the Okta Admin Console System Log, filtered to this job; the URL pattern is derived, not documented by Okta._', '');
    }
    return parts.join('\n');
}

;// CONCATENATED MODULE: ./src/report/outputs.ts
/** What the action publishes: step outputs, and with `export-env` the variables later steps read. */





/** OPA tokens cannot be refreshed, so a short remaining life deserves a warning. */
const LOW_TTL_SECONDS = 300;
/**
 * Sets the step outputs and, with `export-env`, the variables later steps
 * and `sft` itself read. The token must already be masked. `exported` is
 * told before anything is written to GITHUB_ENV, so post can clear it.
 */
function publishSession(inputs, session, githubSubject, sft, exported) {
    lib_core/* setOutput */.uH('token', session.token);
    lib_core/* setOutput */.uH('expires-at', session.expiresAt?.toISOString() ?? '');
    lib_core/* setOutput */.uH('principal', session.principal);
    lib_core/* setOutput */.uH('github-subject', githubSubject);
    lib_core/* setOutput */.uH('role', session.role);
    lib_core/* setOutput */.uH('account', session.account);
    lib_core/* setOutput */.uH('sft-path', sft.path);
    lib_core/* setOutput */.uH('sft-version', sft.version);
    lib_core/* setOutput */.uH('authenticated', 'true');
    if (inputs.exportEnv) {
        exported();
        for (const [name, value] of Object.entries(sessionEnvironment(inputs, session)))
            lib_core/* exportVariable */.dN(name, value);
    }
    const left = secondsLeft(session);
    if (left !== undefined && left < LOW_TTL_SECONDS) {
        log/* warning */.$e(`The OPA token expires in ${Math.max(left, 0)} s. OPA tokens cannot be refreshed, only issued again: ` +
            "raise the Workload Connection's token TTL, or run this action again before the steps that need it.");
    }
}
/** The variables `export-env` writes, by name. */
function sessionEnvironment(inputs, session) {
    return {
        [contract/* SESSION_ENV */.L4.token]: session.token,
        [contract/* SESSION_ENV */.L4.opaAddr]: inputs.opaAddr,
        [contract/* SESSION_ENV */.L4.team]: inputs.team,
        [contract/* SESSION_ENV */.L4.connection]: inputs.connection,
        [contract/* SESSION_ENV */.L4.role]: session.role,
        [contract/* SESSION_ENV */.L4.audience]: inputs.audience,
        [contract/* SESSION_ENV */.L4.exported]: exportMarker(session.token)
    };
}
/**
 * The marker export-env sets beside OPA_TOKEN: a digest prefix of the
 * token main exported. A step whose OPA_TOKEN came from elsewhere (a step's
 * own `env:`) has no matching marker, and its renewals stay out of GITHUB_ENV.
 */
function exportMarker(token) {
    return (0,external_node_crypto_.createHash)('sha256').update(token).digest('hex').slice(0, 16);
}
/** Whether `env`'s OPA_TOKEN is the one main exported with export-env. */
function outputs_exportedByMain(env) {
    const token = env[SESSION_ENV.token];
    return Boolean(token) && env[SESSION_ENV.exported] === exportMarker(token);
}
/** A renewed token for later steps, with its marker: only where main exported the first one. */
function outputs_exportRenewed(session) {
    lib_core/* exportVariable */.dN(contract/* SESSION_ENV */.L4.token, session.token);
    lib_core/* exportVariable */.dN(contract/* SESSION_ENV */.L4.exported, exportMarker(session.token));
}
/** Outputs for a run that skipped authentication (`on-no-oidc: skip`). */
function publishSkipped() {
    lib_core/* setOutput */.uH('authenticated', 'false');
}
/** The fleet's outputs: every host's result, and the counts. */
function publishResults(results) {
    const failed = results.filter((r) => r.status !== 'ok');
    lib_core/* setOutput */.uH('results', JSON.stringify(results));
    lib_core/* setOutput */.uH('failed-hosts', failed.map((r) => r.host).join(','));
    lib_core/* setOutput */.uH('succeeded', String(results.length - failed.length));
    lib_core/* setOutput */.uH('failed', String(failed.length));
}

;// CONCATENATED MODULE: ./src/sft/state.ts
/**
 * Where sft keeps its state. Every sft call of the action runs with
 * XDG_CONFIG_HOME and XDG_DATA_HOME inside a directory of the action's own,
 * so `sft logout` never touches state that was there before the job, and
 * concurrent opa-ssh runs cannot end each other's sessions. Native ssh
 * through the ssh-config block runs sft with the main step's private state
 * too (src/ssh/launcher.ts), so jobs sharing HOME share no sft state.
 * OBSERVED on Linux: by default sft keeps config in ~/.config/ScaleFT and
 * data (its agent, proxycommand_known_hosts) in ~/.local/share/ScaleFT.
 * ASSUMED: sft honours the XDG variables, as most Go programs do; the workload token
 * itself travels in OPA_TOKEN, so no state needs sharing between steps.
 */


function privateStateEnv(dir) {
    return { XDG_CONFIG_HOME: external_node_path_default().join(dir, 'sft-config'), XDG_DATA_HOME: external_node_path_default().join(dir, 'sft-data') };
}
/** Gives every child of this process (sft above all) its state in `dir`. */
async function state_keepSftStatePrivate(dir) {
    const env = privateStateEnv(dir);
    for (const value of Object.values(env))
        await (0,promises_.mkdir)(value, { recursive: true, mode: 0o700 });
    Object.assign(process.env, env);
}

;// CONCATENATED MODULE: ./src/steps/owned-paths.ts
/**
 * What post may remove, rebuilt from post's own rules. State names what
 * main did, but state is only a hint: a path is removed when post's rules
 * say the action could have created it there, never because state alone
 * names it.
 */



/** The prefix of the action's own temp dir, a direct child of RUNNER_TEMP made by mkdtemp. */
const TEMP_PREFIX = 'opa-workload-identity-';
/** The directories named in state that main could have created: an ssh config file's `.ssh` (removed only when empty). */
function ownSshDirs(named) {
    return named.filter((dir) => path.isAbsolute(dir) && path.basename(dir) === '.ssh');
}
/** The temp dir named in state, if it is one main could have made. */
function ownTempDir(named, env = process.env) {
    if (!named || !env.RUNNER_TEMP)
        return undefined;
    const resolved = path.resolve(named);
    const inRunnerTemp = path.dirname(resolved) === path.resolve(env.RUNNER_TEMP);
    return inRunnerTemp && new RegExp(`^${TEMP_PREFIX}[A-Za-z0-9]{6}$`).test(path.basename(resolved))
        ? resolved
        : undefined;
}
/** The apt files named in state that the apt install method could have written. */
function ownAptFiles(named) {
    return named.filter(isAptFile);
}
/**
 * The ssh config file named in state, if it is one main could have written
 * (`<home>/.ssh/config`). Main recorded it, so a HOME changed by a later
 * step does not move it; post only removes the block marked with its own
 * temp dir from it, never anything else.
 */
function ownSshConfig(named) {
    const ok = path.isAbsolute(named) && path.basename(named) === 'config' && path.basename(path.dirname(named)) === '.ssh';
    return ok ? path.resolve(named) : undefined;
}
/**
 * The sft named in state, if it is one main could have used: the sft-path
 * input, one in the tool cache, apt's, or the `sft` on PATH. Post runs it
 * (`sft logout`), so a path from state alone is never enough.
 */
async function ownSft(named, sftPathInput, env = process.env) {
    if (!named || path.basename(named) !== 'sft')
        return undefined;
    const resolved = path.resolve(named);
    const cache = env.RUNNER_TOOL_CACHE ? path.resolve(env.RUNNER_TOOL_CACHE, 'sft') : undefined;
    const candidates = [sftPathInput && path.resolve(sftPathInput), INSTALLED_SFT, await findOnPath('sft', env.PATH)];
    const known = candidates.includes(resolved) || (cache !== undefined && resolved.startsWith(`${cache}/`));
    return known ? resolved : undefined;
}

;// CONCATENATED MODULE: ./src/ssh/ssh-config.ts
/**
 * The marked block of `sft ssh-config` output in the ssh config file that
 * lets native ssh, scp, rsync and Ansible route through sft. Each job's
 * block is its own: its markers name the job and the action's temp dir of
 * that job, so on a machine whose jobs share HOME a post step removes its
 * own block only, and a later job can tell a block whose job is gone (its
 * temp dir no longer exists) from a live one.
 */







const START = '# >>> opa-workload-identity';
/** The start marker of versions before per-job blocks: the same for every job. */
const UNOWNED_BLOCK_START = `${START}: generated by sft ssh-config; removed by the post step >>>`;
const END = '# <<< opa-workload-identity';
const TEMP_FIELD = '; temp ';
function startMarker(owner) {
    return `${START}: job ${owner.job}${TEMP_FIELD}${owner.temp}; removed by its post step >>>`;
}
function endMarker(owner) {
    return `${END}${TEMP_FIELD}${owner.temp} <<<`;
}
/** The job as people know it, in characters that cannot break the marker line. */
function jobLabel(env = process.env) {
    const label = `${env.GITHUB_REPOSITORY ?? ''} run ${env.GITHUB_RUN_ID ?? ''}.${env.GITHUB_RUN_ATTEMPT ?? ''} ${env.GITHUB_JOB ?? ''}`;
    return label.replace(/[^\w./@ -]/g, '_').slice(0, 200);
}
/** The HOME the runner gives the steps of a `container:` job. */
const CONTAINER_JOB_HOME = '/github/home';
/**
 * OpenSSH reads ~/.ssh/config from the home in the passwd entry, not from
 * $HOME. On a runner the two agree. In a `container:` job the runner sets
 * HOME=/github/home while the passwd home stays (/root): there the block
 * goes to the file OpenSSH reads, since the container is the job's own.
 * Anywhere else (a runner that is itself in a container is not a container
 * job) the block stays under $HOME, and the user is told plainly that
 * native ssh needs `-F`.
 */
function sshConfigTarget(env = process.env, passwdHome = (0,external_node_os_.userInfo)().homedir, inContainerJob = env.HOME === CONTAINER_JOB_HOME) {
    const home = external_node_path_default().resolve(env.HOME || (0,external_node_os_.homedir)());
    const inHome = external_node_path_default().join(home, '.ssh', 'config');
    if (!passwdHome || external_node_path_default().resolve(passwdHome) === home)
        return { file: inHome };
    const read = external_node_path_default().join(passwdHome, '.ssh', 'config');
    if (inContainerJob) {
        return {
            file: read,
            note: `HOME is ${home}, but OpenSSH reads ${read} (the home of this user in /etc/passwd): the block is there`
        };
    }
    return {
        file: inHome,
        warning: `The ssh-config block is in ${inHome}, but OpenSSH reads ${read} (the home of this user in /etc/passwd, not $HOME), ` +
            `so plain \`ssh\` will not route through sft. Run \`ssh -F "$HOME/.ssh/config" ...\` (scp and rsync -e take the same -F), ` +
            'or run the job with HOME set to the home in /etc/passwd.'
    };
}
/** A symlink is never written through nor removed: it may point at a file that is not ours. */
function refuseSymlink(file) {
    if (isLink(file)) {
        throw new errors/* SshError */.DZ(`${file} is a symbolic link; the action does not write through it or remove it.`, 'Point ssh at a regular file (replace the link with the file it names), or leave `ssh-config` off and use opa-ssh or the ssh sub-action.');
    }
}
/**
 * Runs `change` on the file's text under a lock (jobs sharing a HOME edit
 * one file) and replaces the file atomically, keeping its mode. `change`
 * returns the new text, or undefined to leave the file as it is.
 */
async function editLocked(file, change) {
    const lock = `${file}.opa-workload-identity.lock`;
    const handle = await acquire(lock);
    try {
        refuseSymlink(file);
        const text = (0,external_node_fs_.existsSync)(file) ? await (0,promises_.readFile)(file, 'utf8') : undefined;
        const next = change(text);
        if (next === undefined)
            return;
        const mode = text === undefined ? 0o600 : (await (0,promises_.stat)(file)).mode & 0o777;
        const staged = `${file}.opa-workload-identity.${process.pid}`;
        await (0,promises_.writeFile)(staged, next, { mode });
        await (0,promises_.rename)(staged, file);
    }
    finally {
        await handle.close();
        await (0,promises_.rm)(lock, { force: true });
    }
}
/** An exclusive lock file; one left by a process that died is taken over after 30 s. */
async function acquire(lock) {
    for (let waited = 0;; waited += 50) {
        try {
            return await (0,promises_.open)(lock, 'wx', 0o600);
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
            if (waited >= 30_000)
                await (0,promises_.rm)(lock, { force: true });
            await new Promise((resolve) => setTimeout(resolve, 50));
        }
    }
}
/** Adds this job's block first in the file (replacing an older one of the same job). */
async function addBlock(file, config, owner) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true, mode: 0o700 });
    const block = `${startMarker(owner)}\n${config.trimEnd()}\n${endMarker(owner)}\n`;
    await editLocked(file, (text) => {
        const rest = text === undefined ? '' : (cut(text, owner.temp) ?? text);
        // First in the file: ssh uses the first value it finds for each option.
        return rest ? `${block}\n${rest}` : block;
    });
}
/**
 * Removes this job's block, only when both of its markers are there; the
 * file is deleted when this job created it and nothing else is left.
 */
async function removeBlock(file, temp, created) {
    if (!(0,external_node_fs_.existsSync)(file) && !isLink(file))
        return 'absent';
    const outcome = { value: 'absent' };
    try {
        await editLocked(file, (text) => {
            const rest = text === undefined ? text : cut(text, temp);
            if (rest === text)
                return undefined;
            if (rest === undefined) {
                outcome.value = {
                    problem: "the block's end marker is missing, so the file was left as it is: remove the block by hand"
                };
                return undefined;
            }
            outcome.value = 'removed';
            return rest;
        });
    }
    catch (error) {
        return { problem: error instanceof Error ? error.message : String(error) };
    }
    if (outcome.value === 'removed' && created && !(await (0,promises_.readFile)(file, 'utf8')).trim())
        await (0,promises_.rm)(file);
    return outcome.value;
}
function isLink(file) {
    try {
        return (0,external_node_fs_.lstatSync)(file).isSymbolicLink();
    }
    catch {
        return false;
    }
}
/** The text without the block of the job whose temp dir is `temp`, or undefined when its end marker is missing. */
function cut(text, temp) {
    const start = ownersIn(text).find((found) => found.owner.temp === temp)?.index;
    if (start === undefined)
        return text;
    const end = text.indexOf(endMarker({ job: '', temp }), start);
    if (end < 0)
        return undefined;
    return text.slice(0, start) + text.slice(end + endMarker({ job: '', temp }).length).replace(/^\n+/, '');
}
function ownersIn(text) {
    const pattern = new RegExp(`^${START}: job (.*)${TEMP_FIELD}(/.*); removed by its post step >>>$`, 'gm');
    return [...text.matchAll(pattern)].map((match) => ({ owner: { job: match[1], temp: match[2] }, index: match.index }));
}
/** The owners of every block in the file (this job's and other jobs'). */
async function blockOwners(file) {
    if (isLink(file) || !(0,external_node_fs_.existsSync)(file))
        return [];
    return ownersIn(await (0,promises_.readFile)(file, 'utf8')).map((found) => found.owner);
}
/**
 * `sft ssh-config`'s block with sft replaced by `wrapper`, the job's own
 * launcher of sft, so native ssh keeps its sft state and agent in the job's
 * temp dir. Fails when the block does not name `sft`: then native ssh
 * would use the state every job on the machine shares.
 */
function routeThrough(config, sftNames, wrapper) {
    const names = [...new Set(sftNames)].filter(Boolean).sort((a, b) => b.length - a.length);
    const named = names.find((name) => config.includes(name));
    if (!named) {
        throw new errors/* SshError */.DZ(`sft ssh-config's block does not name ${names[0]}, so native ssh could not keep its sft state to this job.`, 'Leave `ssh-config` off and use opa-ssh or the ssh sub-action (`transport: ssh` runs native ssh privately).');
    }
    return names.reduce((text, name) => text.split(name).join(wrapper), config);
}
/** What `sft ssh-config` prints; `hint` says what to do if it fails. */
async function sftSshConfig(sftPath, env, hint) {
    const result = await runCommand(sftPath, ['ssh-config'], { env, timeoutMs: 30_000 });
    if (result.exitCode !== 0 || !result.stdout.trim()) {
        throw new errors/* SshError */.DZ(`sft ssh-config failed: ${fromSft(result.stderr).trim() || `exit ${result.exitCode}`}`, hint);
    }
    return result.stdout;
}

;// CONCATENATED MODULE: ./src/steps/leftovers.ts
/**
 * What jobs leave outside the action's temp dir, found from what the
 * action can see: the ssh-config blocks in a config file, and the processes
 * (sft's ssh agent above all) that sft started with a job's private state.
 * A job is gone when its temp dir, under RUNNER_TEMP, no longer exists: the
 * runner empties RUNNER_TEMP before its next job, post or no post.
 */







const ACTION_TEMP = new RegExp(`/${TEMP_PREFIX}[A-Za-z0-9]{6}$`);
const STATE_VARIABLE = 'XDG_DATA_HOME=';
const STATE_SUFFIX = external_node_path_default().basename(privateStateEnv('/').XDG_DATA_HOME);
/**
 * This user's processes started with an action temp dir's sft state
 * (XDG_DATA_HOME=<temp>/sft-data, which only the action sets). ASSUMED:
 * sft hands its environment to the agent it starts, as the sandbox's does.
 */
function stateProcesses() {
    const uid = process.getuid?.();
    const found = [];
    for (const entry of (0,external_node_fs_.readdirSync)('/proc')) {
        if (!/^\d+$/.test(entry) || Number(entry) === process.pid)
            continue;
        try {
            if ((0,external_node_fs_.statSync)(`/proc/${entry}`).uid !== uid)
                continue;
            const variable = (0,external_node_fs_.readFileSync)(`/proc/${entry}/environ`, 'latin1')
                .split('\0')
                .find((v) => v.startsWith(STATE_VARIABLE));
            const temp = variable && external_node_path_default().dirname(variable.slice(STATE_VARIABLE.length));
            if (!temp || !ACTION_TEMP.test(temp) || !variable.endsWith(`/${STATE_SUFFIX}`))
                continue;
            found.push({ pid: Number(entry), temp, name: (0,external_node_fs_.readFileSync)(`/proc/${entry}/comm`, 'utf8').trim() });
        }
        catch {
            // Gone meanwhile, or not ours to read.
        }
    }
    return found;
}
/** Processes still running with this job's sft state (after logout there should be none). */
function processesOf(temp) {
    return stateProcesses()
        .filter((p) => p.temp === temp)
        .map((p) => `${p.name} (pid ${p.pid})`);
}
/**
 * Removes what jobs that are gone left behind: their blocks in `files` and
 * their processes. Only the block's own markers and the process's own
 * environment name the job, and a live job's temp dir exists, so nothing of
 * a live job is touched.
 */
async function removeGoneJobs(files) {
    const report = { removed: [], failed: [] };
    for (const file of [...new Set(files)]) {
        if (await hasUnownedBlock(file))
            report.failed.push({
                path: `an ssh-config block in ${file} from an earlier version of opa-workload-identity`,
                error: 'it names no job, so no job can tell whether it is gone: remove it by hand'
            });
        for (const owner of (await blockOwners(file)).filter((o) => !(0,external_node_fs_.existsSync)(o.temp))) {
            const outcome = await removeBlock(file, owner.temp, false);
            const what = `the ssh-config block in ${file} of job ${owner.job}, which ended without its post step`;
            if (outcome === 'removed')
                report.removed.push(what);
            else if (outcome !== 'absent')
                report.failed.push({ path: what, error: outcome.problem });
        }
    }
    for (const proc of stateProcesses().filter((p) => !(0,external_node_fs_.existsSync)(p.temp))) {
        const what = `${proc.name} (pid ${proc.pid}) of a job that ended without its post step (its state was ${proc.temp})`;
        try {
            process.kill(proc.pid, 'SIGTERM');
            report.removed.push(what);
        }
        catch (error) {
            report.failed.push({ path: what, error: (0,errors/* messageOf */.bD)(error) });
        }
    }
    return report;
}
/**
 * Ends what still runs with this job's sft state after `sft logout` (an
 * agent that logout missed), and reports any process that outlives 2 s.
 */
async function endProcessesOf(temp) {
    const report = { removed: [], failed: [] };
    const mine = stateProcesses().filter((p) => p.temp === temp);
    for (const proc of mine) {
        try {
            process.kill(proc.pid, 'SIGTERM');
        }
        catch {
            // Ended on its own.
        }
    }
    for (let waited = 0; waited < 2000 && processesOf(temp).length; waited += 100)
        await new Promise((resolve) => setTimeout(resolve, 100));
    const alive = processesOf(temp);
    for (const proc of mine.map((p) => `${p.name} (pid ${p.pid})`)) {
        if (alive.includes(proc))
            report.failed.push({ path: proc, error: 'still running after SIGTERM' });
        else
            report.removed.push(`${proc}, which still ran with this job's sft state`);
    }
    return report;
}
/** A block that versions before per-job blocks wrote, with one marker for every job. */
async function hasUnownedBlock(file) {
    try {
        return (await (0,promises_.readFile)(file, 'utf8')).split('\n').includes(UNOWNED_BLOCK_START);
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/lib/shell.ts
var shell = __webpack_require__(6861);
;// CONCATENATED MODULE: ./src/ssh/launcher.ts




/**
 * Writes the `opa-ssh` command into `dir`: a two-line launcher for the
 * bundled CLI next to this bundle, run by the same Node as the action.
 */
async function writeOpaSsh(dir) {
    const bundle = external_node_path_default().resolve(external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url)), '..', 'opa-ssh', 'index.js');
    await (0,promises_.mkdir)(dir, { recursive: true, mode: 0o700 });
    const file = external_node_path_default().join(dir, 'opa-ssh');
    await (0,promises_.writeFile)(file, `#!/bin/sh\nexec ${(0,shell/* shellQuote */.Z)(process.execPath)} ${(0,shell/* shellQuote */.Z)(bundle)} "$@"\n`);
    await (0,promises_.chmod)(file, 0o755);
    return file;
}
/**
 * Writes the sft that the ssh-config block runs. It serves only this job:
 * a caller whose RUNNER_TEMP is another job's (jobs sharing HOME share the
 * config file) is not matched, so ssh goes on to that job's own block. It
 * gives sft the job's own state (`stateEnv`, in the action's temp dir), so
 * native ssh's sessions and agent belong to this job and end with its
 * `sft logout`.
 */
async function writeNativeSft(dir, sftPath, runnerTemp, stateEnv) {
    await (0,promises_.mkdir)(dir, { recursive: true, mode: 0o700 });
    const file = external_node_path_default().join(dir, 'sft');
    const assignments = Object.entries(stateEnv).map(([name, value]) => `${name}=${(0,shell/* shellQuote */.Z)(value)}`);
    const lines = [
        '#!/bin/sh',
        `[ "$RUNNER_TEMP" = ${(0,shell/* shellQuote */.Z)(runnerTemp)} ] || exit 1`,
        assignments.join(' '),
        `export ${Object.keys(stateEnv).join(' ')}`,
        `exec ${(0,shell/* shellQuote */.Z)(sftPath)} "$@"`
    ];
    await (0,promises_.writeFile)(file, `${lines.join('\n')}\n`);
    await (0,promises_.chmod)(file, 0o700);
    return file;
}

;// CONCATENATED MODULE: ./src/steps/state.ts
/**
 * Keys of the values main hands to post through `core.saveState`. Main saves
 * each one before the effect it describes, so a main step that dies half-way
 * still tells post what to undo.
 */
var State;
(function (State) {
    /** JSON list: the directory of the ssh config file, when it did not exist before the action ran. */
    State["AbsentDirs"] = "absent-dirs";
    /** JSON list of files the apt install method added under /etc and /usr/share. */
    State["SystemFiles"] = "system-files";
    /** The action's own temporary directory (the opa-ssh launcher, sft's private state). */
    State["TempDir"] = "temp-dir";
    /** The sft binary, so post can log it out. */
    State["SftPath"] = "sft-path";
    /** JSON {file, created}: the file main added this job's block to, recorded at main (not HOME at post). */
    State["SshConfig"] = "ssh-config";
    /** JSON list of what main removed that jobs which ended without their post step had left. */
    State["GoneJobs"] = "gone-jobs";
    /** JSON {principal, account, issuedAt}: what post needs for the audit trail. */
    State["Audit"] = "audit";
    /** "true" when main already reported the live events (one-step mode). */
    State["AuditReported"] = "audit-reported";
    /** "true" once OPA_TOKEN has been written to GITHUB_ENV. */
    State["TokenExported"] = "token-exported";
})(State || (State = {}));

// EXTERNAL MODULE: ./src/inputs/ssh.ts
var ssh = __webpack_require__(8043);
// EXTERNAL MODULE: ./src/ssh/bootstrap.ts
var bootstrap = __webpack_require__(496);
;// CONCATENATED MODULE: ./src/ssh/classify.ts
/**
 * What a finished session means: its status and the hint a user needs.
 * Once the script has started, its exit code is the verdict. Before that,
 * nothing is the script's fault: a failure is sft's, ssh's or the policy's,
 * and the hint says so with sft's own first words, redacted.
 */



const TIMEOUT = {
    status: 'timeout',
    hint: 'The host did not finish within timeout-minutes. Raise it, or look for a command waiting on input.'
};
/** `said` is everything sft, ssh and the script printed; `started`, whether the script began. */
function classify(exitCode, said, timedOut, started = false) {
    if (timedOut)
        return TIMEOUT;
    if (started) {
        // Once the script runs, its exit code is the verdict, whatever it printed.
        return exitCode === 0
            ? { status: 'ok', hint: '' }
            : { status: 'failed', hint: `The script exited with ${exitCode ?? 'a signal'}.` };
    }
    return refusal(exitCode, said) ?? beforeTheScript(exitCode, said);
}
/** A clear refusal before the script: the token, the policy, or the network. Retrying cannot help. */
function refusal(exitCode, said) {
    if (contract/* SSH_CONTRACT */.WC.tokenRefused.test(said)) {
        return {
            status: 'denied',
            hint: `OPA refused the token ("${firstLine(said, contract/* SSH_CONTRACT */.WC.tokenRefused)}"). Re-run the job for a fresh token; if it persists, the Workload Role lacks a capability the policy needs, or the connection is not Active.`
        };
    }
    if (contract/* SSH_CONTRACT */.WC.denied.test(said) || exitCode === contract/* SSH_CONTRACT */.WC.noGrantExit) {
        return {
            status: 'denied',
            hint: contract/* SSH_CONTRACT */.WC.interactive.test(said)
                ? 'The policy requires MFA or an Access Request, which a workload cannot answer. Remove that requirement for workload roles.'
                : "OPA refused access: check that a security policy grants this Workload Role this server, and that the role's conditions match the job's claims."
        };
    }
    if (exitCode === 255 && contract/* SSH_CONTRACT */.WC.unreachable.test(said)) {
        return {
            status: 'unreachable',
            hint: "The runner could not reach the server or its gateway. Check the network path and the gateway's port."
        };
    }
    return undefined;
}
function beforeTheScript(exitCode, said) {
    if (exitCode === bootstrap/* PAYLOAD_MISSING */.G5) {
        return {
            status: 'failed',
            hint: `The script did not run: it never reached the host whole and privately. This sft does not forward stdin (or the host's terminal could not turn echo off), and \`env\` values never travel in a command, nor does a script over ${bootstrap/* COMMAND_PAYLOAD_MAX */.ad / 1024} KiB. Use an sft that forwards stdin or \`transport: ssh\`, or drop \`env\` and keep the script small.`
        };
    }
    if (exitCode === bootstrap/* BOOTSTRAP_FAILED */.Vx) {
        return {
            status: 'failed',
            hint: 'The script could not be staged on the host (mktemp or head failed): check that the home directory or /tmp is writable there.'
        };
    }
    const words = firstLine(said);
    if (exitCode === 255 && !words) {
        return {
            status: 'failed',
            hint: 'sft exited 255 with no output before the script started: the network path, the gateway or a policy stopped the session.'
        };
    }
    const code = exitCode === 0 ? 'exited 0' : `failed (exit ${exitCode ?? 'by a signal'})`;
    return {
        status: 'failed',
        hint: `sft ${code} before the script started${words ? `: "${words}"` : ', with no output'}. The script did not run. Run \`sft ssh HOST\` by hand with SFT_LOG_LEVEL=debug to see why.`
    };
}
/** sft's first words (a line matching `pattern`, or the first non-empty one), redacted and bounded. */
function firstLine(said, pattern) {
    const lines = said
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
    const line = (pattern ? lines.find((l) => pattern.test(l)) : undefined) ?? lines[0] ?? '';
    const redacted = fromSft(line);
    return redacted.length > 200 ? `${redacted.slice(0, 199)}…` : redacted;
}

;// CONCATENATED MODULE: ./src/ssh/preflight.ts
/**
 * Before the first host starts, `sft resolve` for every host: a policy or a
 * role condition that refuses this job then refuses before any host has been
 * touched. Role conditions are checked at ssh time, not at authenticate
 * (OBSERVED), so this is the first moment a refusal can show.
 */



/** sft talks to OPA once per host; a slow tenant answers well within this. */
const RESOLVE_TIMEOUT_MS = 60_000;
/**
 * The hosts the preflight refused, with why. Undefined when this sft has no
 * `resolve`, and the preflight says nothing.
 */
async function preflight(request) {
    const refused = new Map();
    const queue = [...request.hosts];
    let unsupported = false;
    const worker = async () => {
        for (let host = queue.shift(); host !== undefined && !unsupported; host = queue.shift()) {
            const result = await resolve(request, host);
            if (result === 'unsupported')
                unsupported = true;
            else if (result)
                refused.set(host, result);
        }
    };
    await Promise.all(Array.from({ length: Math.min(request.concurrency, request.hosts.length) }, worker));
    return unsupported ? undefined : refused;
}
async function resolve(request, host) {
    const env = childEnvironment({ OPA_TOKEN: request.token, ...request.sftEnv });
    const result = await runCommand(request.sftPath, ['resolve', '-q', host], { env, timeoutMs: RESOLVE_TIMEOUT_MS });
    if (result.exitCode === 0)
        return undefined;
    const said = fromSft(`${result.stderr}\n${result.stdout}`).trim();
    if ((0,contract/* looksTooOldForWorkloads */.pp)(said) || /unknown (command|flag).*resolve/i.test(said))
        return 'unsupported';
    return verdictFor(result.exitCode, said, request.claims);
}
function verdictFor(exitCode, said, claims) {
    if (exitCode === contract/* RESOLVE_EXIT */._S.noGrant) {
        return {
            status: 'denied',
            hint: `Preflight: OPA grants this job no access to this server (sft resolve exit 125): the role's conditions or the security policy do not match the job's claims${claims ? ` (${claims})` : ''}.`
        };
    }
    if (exitCode === contract/* RESOLVE_EXIT */._S.noSession) {
        return {
            status: 'denied',
            hint: 'Preflight: OPA refused the token, or there is no session (sft resolve exit 126). Re-run the job for a fresh token; check that the Workload Connection is Active.'
        };
    }
    if (exitCode === contract/* RESOLVE_EXIT */._S.notConfigured) {
        return {
            status: 'failed',
            hint: `Preflight: sft resolve exited 1${said ? ` ("${said.split('\n')[0].slice(0, 200)}")` : ', silently'}: sft lacks OPA_ADDR or SFT_TEAM. Give the step opa-addr and team, or run the main step with export-env: true.`
        };
    }
    return {
        status: 'failed',
        hint: `Preflight: sft resolve failed (exit ${exitCode ?? 'by a signal'})${said ? `: "${said.split('\n')[0].slice(0, 200)}"` : ''}.`
    };
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./src/ssh/session.ts
/**
 * One session attempt on one host: spawn `sft ssh` (or native ssh, or sft
 * under a pseudo-terminal), feed it the payload, stream its output, and end
 * its whole process group on timeout or cancellation.
 */






const TAIL_BYTES = 4096;
/** How long a session gets to end after SIGTERM before SIGKILL. */
const KILL_GRACE_MS = 3000;
/**
 * What runs inside the pseudo-terminal when sft insists on one: the line
 * discipline goes raw so the payload passes byte for byte with no echo.
 * The text is fixed; host, role and command arrive through the environment.
 */
const PTY_READY = 'opa-ssh: terminal ready';
const PTY_COMMAND = `stty raw -echo 2>/dev/null; echo '${PTY_READY}'; exec "$OPA_SSH_SFT" ssh "$OPA_SSH_HOST" \${OPA_SSH_ROLE:+--workload-role "$OPA_SSH_ROLE"} --command "$OPA_SSH_COMMAND"`;
/** The outcome of a host that only transfers files: nothing ran, and nothing failed. */
function transfersOnly() {
    return { code: 0, stdout: new Tail(), stderr: new Tail(), timedOut: false, started: true };
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
/** The longest line a session may print: past it, the rest of the line is dropped, so no server can fill the step's memory. */
const MAX_LINE_CHARS = 16 * 1024;
const LINE_CUT = ' [line cut: longer than 16 KiB]';
/**
 * Splits a stream into lines for live, host-prefixed output; strips pty
 * carriage returns, keeps characters split across chunks whole, and cuts
 * a line at MAX_LINE_CHARS (the marker says so) without holding the rest.
 */
function lines(onLine) {
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    let partial = '';
    let cut = false;
    const emit = (text, ended) => {
        if (!cut)
            onLine(text.replace(/\r+$/, ''), ended);
        cut = false;
    };
    const take = (text) => {
        const parts = (partial + text).split('\n');
        partial = parts.pop() ?? '';
        for (const part of parts)
            emit(part, true);
        if (partial.length > MAX_LINE_CHARS) {
            if (!cut)
                onLine(`${partial.slice(0, MAX_LINE_CHARS)}${LINE_CUT}`, true);
            cut = true;
            partial = '';
        }
    };
    return {
        push: (chunk) => take(decoder.write(chunk)),
        flush() {
            take(decoder.end());
            if (partial)
                emit(partial, false);
            else
                cut = false;
            partial = '';
        }
    };
}
/** Ends a session's whole process group: SIGTERM, then SIGKILL after a grace period. */
function endGroup(child, graceMs = KILL_GRACE_MS) {
    const signal = (name) => {
        try {
            process.kill(-child.pid, name);
        }
        catch {
            // already gone
        }
    };
    signal('SIGTERM');
    if (graceMs > 0)
        setTimeout(() => signal('SIGKILL'), graceMs).unref();
}
/**
 * How long past its own timeout a session may live when nothing in this
 * process is left to end it (the step was killed outright): coreutils
 * `timeout` ends the group then, and kills it 5 s later if it lingers.
 */
const OUTER_BOUND_EXTRA_S = 10;
/**
 * Spawns the session in its own process group, under `timeout`, so that it
 * never outlives its bound even if this process dies. Under a pty (sft
 * insists on a terminal) the values reach the fixed script through the
 * environment, never through a shell string.
 */
function spawnSession(request) {
    const [file, args, env] = sessionCommand(request);
    const bound = String(Math.ceil(request.timeoutMs / 1000) + OUTER_BOUND_EXTRA_S);
    return (0,external_node_child_process_.spawn)('timeout', ['-k', '5', bound, file, ...args], { stdio: ['pipe', 'pipe', 'pipe'], detached: true, env });
}
function sessionCommand(request) {
    if (request.pty) {
        const env = childEnvironment({
            OPA_TOKEN: request.token,
            ...request.sftEnv,
            OPA_SSH_SFT: request.sftPath,
            OPA_SSH_HOST: request.host,
            OPA_SSH_ROLE: request.role,
            OPA_SSH_COMMAND: request.command,
            SHELL: '/bin/sh'
        });
        return ['script', ['-q', '-e', '-c', PTY_COMMAND, '/dev/null'], env];
    }
    const env = childEnvironment({ OPA_TOKEN: request.token, ...request.sftEnv });
    if (request.transport === 'ssh') {
        const args = ['-F', request.sshConfig ?? '', '-o', 'BatchMode=yes', '-l', request.account, request.host];
        return ['ssh', [...args, request.command], env];
    }
    const role = request.role ? ['--workload-role', request.role] : [];
    return [request.sftPath, ['ssh', request.host, ...role, '--command', request.command], env];
}
/** Runs one attempt and resolves when the session's process has closed. */
function runSession(request) {
    return new Promise((resolve, reject) => {
        const stdout = new Tail();
        const stderr = new Tail();
        const child = spawnSession(request);
        request.onSpawn(child);
        let started = false;
        let account;
        const deliver = payloadDelivery(request, child);
        // The bootstrap's own lines are noted, not shown. Before the marker every
        // other line is sft's or ssh's, shown only redacted; after it, the script's.
        const forward = (stream, tail) => (line, ended) => {
            if (!started && line === bootstrap/* SCRIPT_STARTED */.SC)
                started = true;
            else if (!started && line === bootstrap/* PAYLOAD_WANTED */.BY)
                deliver.send();
            else if (!started && account === undefined && line.startsWith(bootstrap/* ACCOUNT_PREFIX */.Pn))
                account = line.slice(bootstrap/* ACCOUNT_PREFIX */.Pn.length);
            else {
                const text = started ? line : fromSft(line);
                tail.push(Buffer.from(ended ? `${text}\n` : text));
                request.onLine(stream, text);
            }
        };
        const out = lines(forward('stdout', stdout));
        const err = lines(forward('stderr', stderr));
        child.stdout?.on('data', (c) => {
            const rest = deliver.filter(c);
            if (rest?.length)
                out.push(rest);
        });
        child.stderr?.on('data', (c) => err.push(c));
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            endGroup(child);
        }, request.timeoutMs);
        child.on('error', (error) => {
            clearTimeout(timer);
            reject(error);
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            out.flush();
            err.flush();
            const exit = code ?? (signal ? 128 + (external_node_os_.constants.signals[signal] ?? 15) : null);
            resolve({ code: exit, stdout, stderr, timedOut, started, account });
        });
    });
}
/**
 * The payload goes to the session's stdin only when the bootstrap asks for
 * it (PAYLOAD_WANTED), that is once the host reads it privately; a payload
 * that travels in the command needs no stdin at all. Under a local pty,
 * `filter` also swallows what the pty printed before its line discipline
 * was raw, since bytes written earlier would be echoed back as output.
 */
function payloadDelivery(request, child) {
    child.stdin?.on('error', () => undefined);
    let sent = false;
    const send = () => {
        if (sent || !request.payload.length)
            return;
        sent = true;
        // A pty's stdin stays open: its end of file would end the session.
        if (request.pty)
            child.stdin?.write(request.payload);
        else
            child.stdin?.end(request.payload);
    };
    if (!request.payload.length && !request.pty)
        child.stdin?.end();
    if (!request.pty)
        return { send, filter: (chunk) => chunk };
    let waiting = true;
    let early = '';
    const filter = (chunk) => {
        if (!waiting)
            return chunk;
        early += chunk.toString('latin1');
        const at = early.indexOf(PTY_READY);
        if (at < 0)
            return undefined;
        waiting = false;
        return Buffer.from(early.slice(at + PTY_READY.length).replace(/^\r?\n/, ''), 'latin1');
    };
    return { send, filter };
}

;// CONCATENATED MODULE: ./src/ssh/transfer.ts
/**
 * File transfers for the SSH helper: scp through the sft ssh-config, as
 * the JIT account, with the size checked on both ends after each copy.
 */



const expand = (value, host) => value.split('{host}').join(host);
/**
 * A local path scp cannot take for a remote one: scp reads `a:b` as host a,
 * path b, unless the name is explicitly a path (absolute, or `./` first).
 */
function localPath(value) {
    return value.startsWith('/') || value.startsWith('./') || value.startsWith('../') ? value : `./${value}`;
}
/** A copy may move a large file over a slow link. */
const SCP_TIMEOUT_MS = 3_600_000;
const STAT_TIMEOUT_MS = 120_000;
/** Arguments for ssh or scp through the sft ssh-config, as the JIT account, never prompting. */
function viaSftConfig(sshConfig, account, args) {
    return ['-F', sshConfig, '-o', 'BatchMode=yes', ...(account ? ['-o', `User=${account}`] : []), ...args];
}
/** The size of a remote regular file, or undefined when it is missing or not a file. */
async function remoteSize(ctx, remote) {
    // The path travels as an argument of stat, quoted for the remote shell.
    const args = viaSftConfig(ctx.sshConfig, ctx.account, [ctx.host, `stat -L -c %s -- ${(0,shell/* shellQuote */.Z)(remote)}`]);
    const result = await runCommand('ssh', args, { env: ctx.env, timeoutMs: STAT_TIMEOUT_MS });
    const size = Number(result.stdout.trim());
    return result.exitCode === 0 && Number.isInteger(size) ? size : undefined;
}
async function scp(ctx, from, to) {
    const args = viaSftConfig(ctx.sshConfig, ctx.account, ['-q', '-r', from, to]);
    const result = await runCommand('scp', args, { env: ctx.env, timeoutMs: SCP_TIMEOUT_MS });
    if (result.exitCode === 0)
        return undefined;
    const reason = result.stderr
        .split(/[\r\n]+/)
        .map((line) => line.trim())
        .filter(Boolean)
        .join('; ') || `exit ${result.exitCode}`;
    return /permission denied|read-only|no such file or directory/i.test(reason)
        ? `${reason} (is the remote path writable by ${ctx.account}, and does its directory exist?)`
        : reason;
}
/** Copies local files to the host; returns the first problem, or undefined when all arrived whole. */
async function upload(ctx, transfers) {
    for (const t of transfers) {
        const local = localPath(expand(t.from, ctx.host));
        const remote = expand(t.to, ctx.host);
        if (!(0,external_node_fs_.existsSync)(local))
            return `upload: the local path ${local} does not exist`;
        const failed = await scp(ctx, local, `${ctx.host}:${remote}`);
        if (failed)
            return `upload of ${local} to ${ctx.host}:${remote} failed: ${failed}`;
        if ((0,external_node_fs_.statSync)(local).isFile()) {
            const size = await remoteSize(ctx, remote.endsWith('/') ? `${remote}${local.split('/').pop()}` : remote);
            if (size !== (0,external_node_fs_.statSync)(local).size) {
                return `upload of ${local}: ${ctx.host}:${remote} has ${size ?? 'no'} bytes, expected ${(0,external_node_fs_.statSync)(local).size}`;
            }
        }
    }
    return undefined;
}
/** Copies files from the host; returns the first problem, or undefined when all arrived whole. */
async function download(ctx, transfers) {
    for (const t of transfers) {
        const remote = expand(t.from, ctx.host);
        const local = localPath(expand(t.to, ctx.host));
        const expected = await remoteSize(ctx, remote);
        const failed = await scp(ctx, `${ctx.host}:${remote}`, local);
        if (failed)
            return `download of ${ctx.host}:${remote} to ${local} failed: ${failed}`;
        if (expected !== undefined) {
            const target = (0,external_node_fs_.existsSync)(local) && (0,external_node_fs_.statSync)(local).isDirectory() ? `${local}/${remote.split('/').pop()}` : local;
            const size = (0,external_node_fs_.existsSync)(target) ? (0,external_node_fs_.statSync)(target).size : undefined;
            if (size !== expected)
                return `download of ${ctx.host}:${remote}: ${target} has ${size ?? 'no'} bytes, expected ${expected}`;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/ssh/pool.ts








/** How long a token must still be valid for the preflight's `sft resolve` calls. */
const PREFLIGHT_MIN_SECONDS = 5;
/** The one builder of a host's result, from its verdict and (when a session ran) its outcome. */
function hostResult(plan, host, batch, started, run) {
    const ended = new Date();
    return {
        host,
        // What the server said it ran as; the role's naming rule only until it says.
        account: run.outcome?.account || plan.account,
        transport: plan.transport,
        status: run.verdict.status,
        // A session we ended for its timeout has no exit code of its own (under a pty, `script` would say 0).
        'exit-code': run.outcome && !run.outcome.timedOut ? run.outcome.code : null,
        'started-at': started.toISOString(),
        'ended-at': ended.toISOString(),
        'duration-ms': ended.getTime() - started.getTime(),
        'stdout-tail': run.outcome ? run.outcome.stdout.text() : '',
        'stderr-tail': run.outcome ? run.outcome.stderr.text() : '',
        reauthenticated: run.reauthenticated,
        carrier: run.outcome?.started && run.carrier ? run.carrier : 'none',
        batch,
        'skip-reason': run.verdict.status === 'skipped' ? (run.skipReason ?? null) : null,
        hint: run.verdict.hint
    };
}
/** Not-ok statuses that spend the failure budget (a skipped or cancelled host never failed). */
const FAILURES = new Set(['failed', 'timeout', 'unreachable', 'denied']);
const SKIP_HINTS = {
    'canary-failed': 'Not started: a canary host failed, so the rollout stopped before this host.',
    'budget-spent': 'Not started: more hosts failed than max-failures allows, so the rollout stopped before this host.',
    'fail-fast': 'Not started: another host failed or was refused, and fail-fast is on.',
    cancelled: 'Not started: the job was cancelled before this host started.'
};
/**
 * Runs the plan's script on every host, batch after batch (canary first),
 * at most `maxParallel` at a time within a batch.
 */
function runFleet(plan, keeper, output) {
    const fleet = new Fleet(plan, keeper, output);
    const run = async () => {
        if (plan.preflight)
            await fleet.preflight();
        for (const batch of plan.batches)
            await fleet.runBatch(batch);
        return fleet.results();
    };
    return { results: run(), cancel: () => fleet.cancel() };
}
class Fleet {
    plan;
    keeper;
    output;
    queue = [];
    done = new Map();
    running = new Map();
    batchOf = new Map();
    /** Why no host starts any more, once something stopped the rollout. */
    stopped;
    cancelled = false;
    failures = 0;
    remote;
    /** The private ssh config, once written. */
    config;
    /** The session the preflight renewed, if it did: hosts that run with it were re-authenticated too. */
    preflightRenewal;
    constructor(plan, keeper, output) {
        this.plan = plan;
        this.keeper = keeper;
        this.output = output;
        for (const batch of plan.batches)
            for (const host of batch.hosts)
                this.batchOf.set(host, batch.number);
        this.remote = (0,bootstrap/* remotePayload */.Nd)(plan.script, plan.env);
    }
    /**
     * One batch: its hosts that the preflight did not refuse, unless the
     * rollout has stopped. When it ends, a spent budget stops the rollout.
     */
    async runBatch(batch) {
        const rollout = this.plan.batches.length > 1 || batch.number === 0;
        const last = this.plan.batches[this.plan.batches.length - 1].number;
        if (rollout && !this.stopped)
            this.output.batchStarted?.(batch, last);
        this.queue.push(...batch.hosts.filter((h) => !this.done.has(h)));
        const workers = Math.min(this.plan.maxParallel, this.queue.length);
        await Promise.all(Array.from({ length: workers }, () => this.work()));
        // A failed canary has stopped the rollout already: this is the budget's word.
        if (this.failures > this.plan.failureBudget)
            this.stop('budget-spent');
    }
    /** The first reason wins: the hosts skipped after it were skipped because of it. */
    stop(reason) {
        this.stopped ??= reason;
    }
    /** Counts a failure; a canary's stops the rollout, and so does a spent budget with fail-fast. */
    failed(host) {
        this.failures++;
        if (this.batchOf.get(host) === 0)
            this.stop('canary-failed');
        else if (this.failures > this.plan.failureBudget && this.plan.failFast)
            this.stop(this.plan.failureBudget > 0 ? 'budget-spent' : 'fail-fast');
    }
    results() {
        return this.plan.hosts.map((h) => this.done.get(h));
    }
    /**
     * `sft resolve` for every host before any starts. A refused host is
     * reported as such and not touched; with fail-fast, no host is.
     */
    async preflight() {
        const started = new Date();
        let refused;
        try {
            // A token that lasts through `sft resolve` will do: renewal, if needed, is the hosts' own.
            const { session, renewed } = await this.keeper.fresh(PREFLIGHT_MIN_SECONDS);
            if (renewed)
                this.preflightRenewal = session;
            const { hosts, sftPath, sftEnv, maxParallel: concurrency, claims } = this.plan;
            refused = await preflight({ hosts, sftPath, token: session.token, sftEnv, concurrency, claims });
        }
        catch (error) {
            log/* debug */.Yz(`Preflight skipped: ${(0,errors/* messageOf */.bD)(error)}`);
            return;
        }
        if (!refused) {
            log/* debug */.Yz('Preflight skipped: this sft has no `resolve`');
            return;
        }
        for (const [host, verdict] of refused) {
            const result = hostResult(this.plan, host, this.batch(host), started, { verdict, reauthenticated: false });
            this.done.set(host, result);
            this.output.hostEnded(result);
            this.failed(host);
        }
    }
    batch(host) {
        return this.batchOf.get(host) ?? 1;
    }
    /** Seconds of token lifetime a host needs: its timeout, or reauth-before when that is more. */
    minimumLifetime() {
        return Math.max(this.plan.reauthBefore, Math.ceil(this.plan.timeoutMs / 1000));
    }
    cancel() {
        this.cancelled = true;
        this.stop('cancelled');
        for (const child of this.running.values())
            endGroup(child);
    }
    /** One worker: takes hosts from the batch's queue until it is empty. */
    async work() {
        for (let host = this.queue.shift(); host !== undefined; host = this.queue.shift()) {
            const now = new Date();
            if (this.stopped)
                this.done.set(host, this.notStarted(host, this.stopped, now));
            else {
                this.output.hostStarted(host);
                const result = hostResult(this.plan, host, this.batch(host), now, await this.runHost(host));
                this.done.set(host, result);
                this.output.hostEnded(result);
                if (FAILURES.has(result.status))
                    this.failed(host);
            }
        }
    }
    notStarted(host, reason, now) {
        const verdict = { status: 'skipped', hint: SKIP_HINTS[reason] };
        return hostResult(this.plan, host, this.batch(host), now, { verdict, reauthenticated: false, skipReason: reason });
    }
    /** Transfers in, the script, transfers out; the first failure ends the host. */
    async runHost(host) {
        const plan = this.plan;
        let reauthenticated = false;
        try {
            const fresh = await this.keeper.fresh(this.minimumLifetime());
            reauthenticated = fresh.renewed || fresh.session === this.preflightRenewal;
            const token = fresh.session.token;
            const ctx = {
                host,
                account: plan.account,
                sshConfig: plan.sshConfig ?? '',
                env: childEnvironment({ OPA_TOKEN: token, ...plan.sftEnv })
            };
            const uploadFailed = plan.upload.length ? await upload(ctx, plan.upload) : undefined;
            if (uploadFailed)
                return { verdict: { status: 'failed', hint: uploadFailed }, reauthenticated };
            // Transfers alone need no script.
            const { outcome, carrier, hint } = plan.script.trim()
                ? await this.runScript(host, token)
                : { outcome: transfersOnly(), carrier: undefined, hint: undefined };
            const verdict = hint ? { status: 'failed', hint } : this.verdict(outcome);
            if (verdict.status !== 'ok')
                return { verdict, outcome, carrier, reauthenticated };
            const downloadFailed = plan.download.length ? await download(ctx, plan.download) : undefined;
            if (downloadFailed)
                return { verdict: { status: 'failed', hint: downloadFailed }, reauthenticated };
            return { verdict, outcome, carrier, reauthenticated };
        }
        catch (error) {
            return { verdict: { status: 'failed', hint: (0,errors/* messageOf */.bD)(error) }, reauthenticated };
        }
    }
    /**
     * The script, on stdin first. Until the script starts nothing has run, so
     * trying again is safe, and each host decides for itself. A payload that
     * did not arrive goes again by a carrier that keeps it private (native
     * ssh through sft's ssh-config), or inside the command only when it holds
     * no `env` value and fits. Any other failure that is not a clear refusal
     * goes again under a pty, for an sft that wants a terminal whatever it says.
     */
    async runScript(host, token) {
        let carrier = 'stdin';
        let pty = false;
        let outcome = await this.attempt(host, token, carrier, pty);
        if (this.wantsTerminal(outcome)) {
            pty = true;
            outcome = await this.attempt(host, token, carrier, pty);
        }
        if (!outcome.started && !outcome.timedOut && outcome.code === bootstrap/* PAYLOAD_MISSING */.G5 && !this.cancelled) {
            const fallback = await this.fallbackCarrier();
            if (typeof fallback !== 'string')
                return { outcome, carrier, hint: fallback.hint };
            carrier = fallback;
            // Native ssh needs no terminal; the command goes the way that reached the host.
            outcome = await this.attempt(host, token, carrier, pty && carrier === 'command');
            if (carrier === 'ssh-config' && !outcome.started && !outcome.timedOut && !this.cancelled) {
                const why = this.verdict(outcome).hint;
                return {
                    outcome,
                    carrier,
                    hint: payloadStuck(` Native ssh through sft's ssh-config did not start it either: ${why}`)
                };
            }
        }
        return { outcome, carrier };
    }
    /** A failure before the script that is not a refusal: sft may want a terminal, whatever it said. */
    wantsTerminal(outcome) {
        return (this.plan.transport === 'sft' &&
            this.plan.ptyAvailable !== false &&
            !outcome.started &&
            !outcome.timedOut &&
            !this.cancelled &&
            outcome.code !== bootstrap/* PAYLOAD_MISSING */.G5 &&
            !refusal(outcome.code, said(outcome)));
    }
    /**
     * For an sft that does not forward stdin: the command, when the payload
     * holds no `env` value and fits; otherwise native ssh through sft's
     * ssh-config, whose stdin ssh itself carries; never a silent downgrade.
     */
    async fallbackCarrier() {
        if (this.remote.envBytes === 0 && this.remote.payload.length <= bootstrap/* COMMAND_PAYLOAD_MAX */.ad)
            return 'command';
        if (this.plan.transport === 'ssh' || !this.plan.privateConfig)
            return { hint: payloadStuck('') };
        try {
            this.config ??= this.plan.privateConfig();
            await this.config;
            return 'ssh-config';
        }
        catch (error) {
            return {
                hint: payloadStuck(` Routing it through native ssh and sft's ssh-config failed too: ${(0,errors/* messageOf */.bD)(error)}`)
            };
        }
    }
    attempt(host, token, carrier, pty) {
        return this.configFor(carrier).then((sshConfig) => this.session(host, token, carrier, pty, sshConfig));
    }
    async configFor(carrier) {
        return carrier === 'ssh-config' ? this.config : this.plan.sshConfig;
    }
    session(host, token, carrier, pty, sshConfig) {
        const plan = this.plan;
        const tokens = () => this.keeper.used.map((used) => used.token);
        return runSession({
            host,
            token,
            pty,
            transport: carrier === 'ssh-config' ? 'ssh' : plan.transport,
            sftPath: plan.sftPath,
            role: plan.role,
            account: plan.account,
            sshConfig,
            sftEnv: plan.sftEnv,
            command: (0,bootstrap/* bootstrapCommand */.Mc)(plan.shell, this.remote, carrier, Math.ceil(plan.timeoutMs / 1000)),
            payload: carrier === 'command' ? Buffer.alloc(0) : this.remote.payload,
            timeoutMs: plan.timeoutMs,
            // No line shows a token this run handled, whether or not the runner could still mask it.
            onLine: (stream, text) => this.output.line(host, stream, redact(text, tokens())),
            onSpawn: (child) => {
                this.running.set(host, child);
                child.once('close', () => this.running.delete(host));
                // Cancelled while this host was getting its token: its session ends at once.
                if (this.cancelled)
                    endGroup(child);
            }
        });
    }
    verdict(outcome) {
        if (this.cancelled)
            return { status: 'cancelled', hint: 'The job was cancelled.' };
        return classify(outcome.code, said(outcome), outcome.timedOut, outcome.started);
    }
}
/** Why a payload that sft would not carry on stdin was not sent at all. */
function payloadStuck(detail) {
    return `The script did not run: this sft does not forward stdin, and the payload may not travel inside the command because it holds \`env\` values (never put on a command line) or is larger than ${bootstrap/* COMMAND_PAYLOAD_MAX */.ad / 1024} KiB.${detail} Use an sft that forwards stdin or \`transport: ssh\`, or drop \`env\` and keep the script small.`;
}
/** Everything a session printed: under a pty sft's messages arrive on stdout, so both streams count. */
function said(outcome) {
    return `${outcome.stderr.text()}\n${outcome.stdout.text()}`;
}

;// CONCATENATED MODULE: ./src/report/ssh-summary.ts
/** The SSH part of the job summary: one row per host and a timeline. */



const STATUS_ICON = {
    ok: '✅',
    failed: '❌',
    timeout: '⏱️',
    unreachable: '🔌',
    denied: '⛔',
    skipped: '⏭️',
    cancelled: '🛑'
};
/**
 * The sessions on the job's own time axis, so that a session of 0.4 s is
 * still a bar: the token's validity is an annotation beside it, not the scale.
 */
function timeline(results, tokens) {
    const ran = results.filter((r) => r.status !== 'skipped' && r['duration-ms'] > 0);
    if (!ran.length)
        return '';
    const batches = [...new Set(ran.map((r) => r.batch))];
    // One section per batch of a rollout, so that the batches show one after the other.
    const sections = batches.length > 1 || batches[0] === 0 ? batches : [];
    const bar = (name, tag, from, to) => `  ${label(name)} :${tag}, ${from}, ${Math.max(to, from + 1)}`;
    const validity = tokens.map((t) => `${t.label} valid ${clock(t.from)}–${clock(t.to)} UTC`).join('; ');
    return [
        '```mermaid',
        'gantt',
        '  dateFormat x',
        '  axisFormat %H:%M:%S',
        ...(sections.length ? sections : [undefined]).flatMap((batch) => [
            `  section ${batch === undefined ? 'Sessions' : batchName(batch)}`,
            ...ran
                .filter((r) => batch === undefined || r.batch === batch)
                .map((r) => bar(`${r.host} ${r.status}`, r.status === 'ok' ? 'done' : 'crit', Date.parse(r['started-at']), Date.parse(r['ended-at'])))
        ]),
        '```',
        '',
        ...(validity ? [`_${validity}._`, ''] : [])
    ].join('\n');
}
const batchName = (batch) => (batch === 0 ? 'Canary' : `Batch ${batch}`);
const clock = (date) => date.toISOString().slice(11, 19);
/** Above this many hosts the chain shows a count, not a node per server. */
const CHAIN_HOSTS = 8;
/** The trust chain's last link: OPA to each server this step reached, and how that ended. */
function chain(results) {
    const tried = results.filter((r) => r.status !== 'skipped');
    if (!tried.length)
        return '';
    const account = label(tried.find((r) => r.account)?.account ?? 'wl_...');
    const ok = tried.filter((r) => r.status === 'ok').length;
    const servers = tried.length > CHAIN_HOSTS
        ? [`  OPA -->|"certificate per session, ${account}"| FLEET["${tried.length} servers<br/>${ok} ok"]`]
        : tried.map((r, i) => `  OPA -->|"certificate, ${account}"| S${i}["${label(r.host)}<br/>${label(r.status)}, session ended"]`);
    return ['```mermaid', 'flowchart LR', '  OPA["Okta Privileged Access"]', ...servers, '```', ''].join('\n');
}
/**
 * The script as the summary names it: its size and a digest, never its text.
 * A secret inside it could only be shown escaped, and GitHub's masker looks
 * for the secret's exact bytes, so escaped text would show it in clear.
 */
function scriptIdentity(script) {
    const lines = script.split('\n').filter((l) => l.trim()).length;
    const digest = (0,external_node_crypto_.createHash)('sha256').update(script).digest('hex').slice(0, 12);
    return `${lines} line${lines === 1 ? '' : 's'}, SHA-256 \`${digest}\``;
}
/**
 * The rollout in one line, when there was one (a canary, several batches or
 * a failure budget): its batches and how much of the budget was spent.
 */
function rolloutLine(results, failureBudget) {
    const batches = [...new Set(results.map((r) => r.batch))];
    if (batches.length < 2 && batches[0] !== 0 && failureBudget === 0)
        return '';
    const canary = results.filter((r) => r.batch === 0).length;
    const later = batches.filter((b) => b > 0).length;
    const failures = results.filter((r) => FAILURES.has(r.status)).length;
    const shape = [
        canary ? `a canary of ${canary} host${canary === 1 ? '' : 's'}` : '',
        later ? `${later} batch${later === 1 ? '' : 'es'}` : ''
    ].filter(Boolean);
    const spent = failures > failureBudget
        ? `${failures} failed, past the failure budget of ${failureBudget}: no new batch started after that`
        : `failure budget ${failures} of ${failureBudget} spent`;
    return `Rollout: ${shape.join(', then ')}; ${spent}.\n`;
}
const SKIP_NOTES = {
    'canary-failed': 'canary failed',
    'budget-spent': 'budget spent',
    'fail-fast': 'fail-fast',
    cancelled: 'cancelled'
};
const skipNote = (r) => (r['skip-reason'] ? ` (${SKIP_NOTES[r['skip-reason']]})` : '');
function renderSshSummary(results, script, tokens = [], failureBudget = 0) {
    const ok = results.filter((r) => r.status === 'ok').length;
    const rows = results.map((r) => `| ${md(r.host)} | ${md(r.account)} | ${STATUS_ICON[r.status]} ${r.status}${skipNote(r)}${r.reauthenticated ? ' (re-authenticated)' : ''} | ${r['exit-code'] ?? ''} | ${(r['duration-ms'] / 1000).toFixed(1)} s | ${md(r['started-at'])} |`);
    return [
        `### SSH sessions: ${ok} of ${results.length} succeeded`,
        '',
        '_Each session got its own short-lived certificate and ran as the just-in-time account, which OPA destroys when the session ends. The account is the one the server reported._',
        '',
        `Script: ${script.trim() ? scriptIdentity(script) : 'none (file transfers only)'}.`,
        '',
        rolloutLine(results, failureBudget),
        chain(results),
        '| Host | Account | Status | Exit | Duration | Started |',
        '|---|---|---|---|---|---|',
        ...rows,
        '',
        timeline(results, tokens)
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/auth/token-keeper.ts




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
        const left = current ? secondsLeft(current) : undefined;
        // An opaque token says nothing about its expiry: trust it until OPA refuses it.
        if (current && (left === undefined || left >= threshold(current, minSeconds)))
            return { session: current, renewed: false };
        this.renewal ??= this.renew().finally(() => {
            this.renewal = undefined;
        });
        return { session: await this.renewal, renewed: true };
    }
    async renew() {
        const { jwt } = await requestIdToken(this.credentials.audience);
        const { token } = await exchange({ ...this.credentials, jwt });
        const session = opa_token_describeSession(token, this.credentials.role);
        this.session = session;
        this.used.push(session);
        log/* info */.pq(`Re-authenticated: a fresh OPA token${session.expiresAt ? ` valid until ${session.expiresAt.toISOString()}` : ''}`);
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

;// CONCATENATED MODULE: ./src/sft/logout.ts



/** How long `sft logout` may take; it only talks to its local agent and state. */
const LOGOUT_TIMEOUT_MS = 15_000;
/**
 * `sft logout`, which also ends the ssh agent native ssh may have started.
 * Returns what went wrong, or undefined when it succeeded.
 */
async function logOut(sft, env = childEnvironment()) {
    try {
        const result = await runCommand(sft, ['logout'], { env, timeoutMs: LOGOUT_TIMEOUT_MS });
        return result.exitCode === 0
            ? undefined
            : fromSft(result.stderr).trim() || `exit ${result.exitCode ?? result.signal}`;
    }
    catch (error) {
        return (0,errors/* messageOf */.bD)(error);
    }
}

;// CONCATENATED MODULE: ./src/ssh/agent-socket.ts
/**
 * A Unix socket's path must fit `sun_path`: 108 bytes on Linux and 104 on
 * macOS, the final NUL included (DOC: unix(7), macOS <sys/un.h>). sft's agent
 * for native ssh listens in sft's data directory, which the action keeps in
 * its temp dir under RUNNER_TEMP; a self-hosted runner's long work directory
 * pushes the socket past the limit, and ssh then fails as if the server were
 * unreachable. Such a run keeps sft's state in a short private directory
 * instead, removed when the run ends.
 */






/** The longest socket path, without the NUL. */
function sunPathLimit(platform = process.platform) {
    return (platform === 'darwin' ? 104 : 108) - 1;
}
/** Where sft's agent socket will be with sft's data directory at `dataDir`. */
function agentSocketPath(dataDir) {
    return external_node_path_default().join(dataDir, contract/* AGENT_SOCKET_IN_DATA_DIR */.z3);
}
/** Not TMPDIR, which may be as long as RUNNER_TEMP: the shortest private place every Unix has. */
const SHORT_ROOT = '/tmp';
/**
 * Moves sft's state to a short private directory when its agent socket
 * would not fit, and returns a function that removes that directory; else
 * changes nothing.
 */
async function keepAgentSocketShort(env = process.env) {
    const current = env.XDG_DATA_HOME;
    const limit = sunPathLimit();
    if (!current || Buffer.byteLength(agentSocketPath(current)) <= limit)
        return async () => undefined;
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(SHORT_ROOT, 'opa-sft-'));
    const socket = agentSocketPath(privateStateEnv(dir).XDG_DATA_HOME);
    if (Buffer.byteLength(socket) > limit) {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        throw new errors/* SshError */.DZ(`sft's agent socket would be ${socket}, longer than the ${limit} bytes a socket path may have.`, 'Use `transport: sft`, which needs no agent socket.');
    }
    await state_keepSftStatePrivate(dir);
    log/* info */.pq(`The temp dir ${current} is too long for sft's agent socket (${Buffer.byteLength(agentSocketPath(current))} bytes, at most ${limit}); sft keeps its state in ${dir} for this step.`);
    return () => (0,promises_.rm)(dir, { recursive: true, force: true });
}

;// CONCATENATED MODULE: ./src/ssh/runner-tools.ts
/**
 * The runner's own programs the SSH engine needs, checked before any host
 * is tried, so a missing one is named with its package instead of showing
 * up per host as an sft failure (exit 127) or `spawn timeout ENOENT`.
 */



const runner_tools_TIMEOUT = {
    command: 'timeout',
    packages: 'coreutils',
    why: 'bounds every session, even if the step is killed'
};
const SSH = {
    command: 'ssh',
    packages: 'openssh-client on Debian and Ubuntu, openssh-clients on RHEL and Fedora',
    why: 'sft ssh and native ssh connect through it'
};
const SCRIPT = {
    command: 'script',
    packages: 'bsdutils on Debian and Ubuntu, util-linux on RHEL and Fedora',
    why: 'gives sft a terminal when it insists on one'
};
function describe(tools) {
    return tools.map((t) => `\`${t.command}\` (package ${t.packages}: ${t.why})`).join('; ');
}
/**
 * Throws, naming every missing tool and its package, when `timeout` or
 * `ssh` is missing. A missing `script` only costs the terminal fallback:
 * it is a warning, and the result says whether the fallback is available.
 */
async function checkRunnerTools(searchPath = process.env.PATH ?? '') {
    const missing = [];
    for (const tool of [runner_tools_TIMEOUT, SSH, SCRIPT])
        if (!(await exec_findOnPath(tool.command, searchPath)))
            missing.push(tool);
    const required = missing.filter((tool) => tool !== SCRIPT);
    if (required.length) {
        throw new errors/* SshError */.DZ(`This runner lacks ${describe(missing)}, so no host was tried.`, `Install ${missing.map((t) => t.packages.split(' ')[0]).join(' and ')} on the runner (for example in an earlier step, or in the runner image), or run the job on a runner that has them.`);
    }
    const pty = !missing.includes(SCRIPT);
    if (!pty)
        log/* warning */.$e(`This runner lacks ${describe([SCRIPT])}; an sft that refuses to run without a terminal will fail.`);
    return { pty };
}

// EXTERNAL MODULE: ./src/ssh/rollout.ts
var rollout = __webpack_require__(424);
;// CONCATENATED MODULE: ./src/ssh/fleet.ts
/**
 * Wires the SSH engine for its callers: the `ssh` sub-action, the `opa-ssh`
 * CLI and the main action's one-step mode. Turns inputs and a session into a
 * plan, builds the token keeper, and reports live output.
 */


















/**
 * For a step after main (the sub-action, opa-ssh): sft on PATH and the
 * token main exported, and enough inputs to authenticate without one.
 */
async function fleet_startFromEnvironment(inputs, env, exportsRenewal = true) {
    const sftPath = await findOnPath('sft', env.PATH);
    if (!sftPath) {
        throw new SshError('No sft on PATH.', 'Run the main opa-workload-identity step first: it installs sft and puts it on PATH.');
    }
    const token = env[SESSION_ENV.token];
    if (!token && !(inputs.team && inputs.connection && inputs.opaAddr)) {
        throw new SshError('There is no OPA token (OPA_TOKEN is empty) and not enough to get one.', 'Run the main opa-workload-identity step first with `export-env: true`, or give this step team, connection and opa-addr so it can authenticate itself.');
    }
    if (token)
        maskToken(token);
    // This step's sft keeps its state to itself: its logout cannot end another run's sessions.
    const stateDir = await makeTempDir('opa-ssh-state-', env);
    await keepSftStatePrivate(stateDir);
    return {
        stateDir,
        sftPath,
        session: token ? describeSession(token, inputs.role) : undefined,
        // Only where main's marker says it exported this very token (export-env): later steps then get the fresh one too.
        onRenewed: exportsRenewal && exportedByMain(env) ? exportRenewed : undefined
    };
}
async function startFleet(inputs, start, output, env = process.env) {
    const { team, connection, role, opaAddr, audience } = inputs;
    const credentials = { sftPath: start.sftPath, team, connection, role, opaAddr, audience };
    const keeper = new TokenKeeper(start.session, credentials, start.onRenewed);
    // Before anything else: a missing runner tool is named with its package, not blamed on sft per host.
    const { pty } = await checkRunnerTools();
    const plan = { ...planFor(inputs, start), ptyAvailable: pty };
    let removeShortState = async () => undefined;
    if (plan.transport === 'ssh' || plan.upload.length || plan.download.length) {
        // Native ssh reaches sft's credentials through its agent's socket, whose path has a limit.
        removeShortState = await keepAgentSocketShort();
        plan.sshConfig = await writeSshConfig(start.sftPath, start.session?.token ?? '', env);
    }
    let privateConfig;
    plan.privateConfig = () => (privateConfig ??= writeSshConfig(start.sftPath, start.session?.token ?? '', env));
    const close = async () => {
        const written = await privateConfig?.catch(() => undefined);
        for (const file of [plan.sshConfig, written])
            if (file)
                await (0,promises_.rm)(external_node_path_default().dirname(file), { recursive: true, force: true });
        if (plan.sshConfig || written || start.stateDir)
            await logOut(start.sftPath);
        await removeShortState();
        if (start.stateDir)
            await (0,promises_.rm)(start.stateDir, { recursive: true, force: true });
    };
    return { run: runFleet(plan, keeper, output), keeper, failureBudget: plan.failureBudget, close };
}
function planFor(inputs, start) {
    const role = inputs.role || start.session?.role || '';
    const { canary, batchSize, maxFailures } = inputs.rollout;
    return {
        hosts: inputs.hosts,
        batches: (0,rollout/* planBatches */.un)(inputs.hosts, canary, batchSize),
        failureBudget: (0,rollout/* hostsOf */.PP)(maxFailures, inputs.hosts.length),
        script: inputs.run,
        shell: inputs.shell,
        env: inputs.env,
        maxParallel: inputs.maxParallel,
        failFast: inputs.failFast,
        timeoutMs: inputs.timeoutMinutes * 60_000,
        transport: inputs.transport,
        role,
        account: (0,contract/* accountForRole */.Fj)(role),
        sftPath: start.sftPath,
        reauthBefore: inputs.reauthBefore,
        upload: inputs.upload,
        download: inputs.download,
        preflight: inputs.preflight,
        claims: claimsText(start.session),
        // Given to sft explicitly: one-step mode holds them without exporting them.
        sftEnv: {
            ...(inputs.opaAddr ? { [contract/* SESSION_ENV */.L4.opaAddr]: inputs.opaAddr } : {}),
            ...(inputs.team ? { [contract/* SESSION_ENV */.L4.team]: inputs.team } : {})
        }
    };
}
/** The claims OPA copied from the GitHub token that usually decide a refusal, as `key=value` text. */
function claimsText(session) {
    return (0,auth_claims/* tellingClaims */.Hm)(session?.opa.workload ?? {})
        .map(([k, v]) => `${k}=${v}`)
        .join(', ');
}
/** Results with every token the run used removed from the output tails. */
function scrub(results, keeper) {
    const tokens = keeper.used.map((session) => session.token);
    // sft's words in these tails were redacted as they arrived; the script's output is the script's.
    return results.map((r) => ({
        ...r,
        'stdout-tail': redact(r['stdout-tail'], tokens),
        'stderr-tail': redact(r['stderr-tail'], tokens)
    }));
}
/**
 * Live output for the Actions log: one collapsible group per host when hosts
 * run one at a time, every line prefixed with its host when they run in
 * parallel (groups cannot interleave).
 */
function actionsOutput(parallel) {
    return {
        hostStarted: (host) => (parallel ? log/* info */.pq(`[${host}] started`) : log/* startGroup */.Oh(host)),
        batchStarted: (batch, last) => {
            const name = batch.number === 0 ? 'canary' : `batch ${batch.number} of ${last}`;
            const count = `${batch.hosts.length} host${batch.hosts.length === 1 ? '' : 's'}`;
            const more = batch.hosts.length > 8 ? `, and ${batch.hosts.length - 8} more` : '';
            log/* info */.pq(`Rollout: ${name}, ${count}: ${batch.hosts.slice(0, 8).join(', ')}${more}`);
        },
        line: (host, _stream, text) => log/* info */.pq(parallel ? `[${host}] ${text}` : text),
        hostEnded: (result) => {
            const summary = `${result.host}: ${result.status}${result['exit-code'] === null ? '' : ` (exit ${result['exit-code']})`} in ${(result['duration-ms'] / 1000).toFixed(1)} s`;
            if (!parallel)
                log/* endGroup */.N4();
            if (result.status === 'ok')
                log/* info */.pq(parallel ? `[${result.host}] ${summary}` : summary);
            else
                log/* error */.z3(`${summary}. ${result.hint}`, { title: `ssh: ${result.host}` });
        }
    };
}
/** The notice for a shard with no hosts in it (a matrix larger than the fleet). */
function emptyShard(inputs) {
    const { shard, listed } = inputs.rollout;
    return `ssh: shard ${shard?.index ?? 1}/${shard?.count ?? 1} of ${listed} host${listed === 1 ? '' : 's'} is empty, so there is nothing to run here. A matrix with more shards than hosts leaves some empty.`;
}
/** The one-line verdict for a failed fleet run. */
function failureMessage(results) {
    const bad = results.filter((r) => r.status !== 'ok');
    // DOC and OBSERVED: a Draft connection, or one whose activation has not propagated, may issue a token that OPA then refuses.
    const draft = results.every((r) => r.status === 'denied')
        ? ' Every host was denied right after a successful exchange: the Workload Connection may be Draft, or its activation has not propagated yet (about 5 minutes).'
        : '';
    return `ssh: ${bad.length} of ${results.length} hosts did not succeed: ${bad.map((r) => `${r.host} (${r.status})`).join(', ')}\nHint: ${bad[0]?.hint ?? ''}${draft}`;
}
/** `sft ssh-config` into a private file, for `transport: ssh` (the user's ~/.ssh/config stays untouched). */
async function writeSshConfig(sftPath, token, env) {
    const config = await sftSshConfig(sftPath, childEnvironment(token ? { [contract/* SESSION_ENV */.L4.token]: token } : {}, env), 'Use `transport: sft`, or run `sft ssh-config` by hand with SFT_LOG_LEVEL=debug.');
    const dir = await temp_makeTempDir('opa-ssh-config-', env);
    const file = external_node_path_default().join(dir, 'config');
    await (0,promises_.writeFile)(file, config, { mode: 0o600 });
    return file;
}

;// CONCATENATED MODULE: ./src/steps/ssh.ts









/** The `ssh` sub-action: run a script on hosts and report each one. */
async function run() {
    try {
        const inputs = readSshInputs((name) => core.getInput(name));
        // An empty shard needs no sft and no token.
        if (inputs.hosts.length === 0)
            return finishEmptyShard(inputs);
        await runFleetStep(inputs, await startFromEnvironment(inputs, process.env));
    }
    catch (error) {
        failStep(error);
    }
}
/**
 * Runs the fleet, publishes `results`, `failed-hosts`, `succeeded` and
 * `failed`, adds the summary table, and fails the step if any host failed.
 * Also serves the main action's one-step `hosts`/`run`.
 */
async function runFleetStep(inputs, start) {
    if (inputs.hosts.length === 0)
        return finishEmptyShard(inputs);
    const fleet = await startFleet(inputs, start, actionsOutput(inputs.maxParallel > 1 && inputs.hosts.length > 1));
    // A cancelled job sends SIGTERM (then SIGKILL): stop the sessions, still report.
    const cancel = () => fleet.run.cancel();
    process.once('SIGTERM', cancel);
    process.once('SIGINT', cancel);
    const results = scrub(await fleet.run.results.finally(() => fleet.close()), fleet.keeper);
    publishResults(results);
    recordSessions(results);
    const lifetimes = fleet.keeper.used
        .filter((t) => t.issuedAt && t.expiresAt)
        .map((t, i) => ({
        label: i === 0 ? 'token' : `token ${i + 1} (re-authenticated)`,
        from: t.issuedAt,
        to: t.expiresAt
    }));
    if (inputs.summary)
        await appendSummary(renderSshSummary(results, inputs.run, lifetimes, fleet.failureBudget));
    if (results.some((r) => r.status !== 'ok'))
        log/* setFailed */.C1(failureMessage(results));
}
/** A shard past the end of the fleet: nothing to do, and that is a success. */
function finishEmptyShard(inputs) {
    log/* notice */.lm(emptyShard(inputs));
    publishResults([]);
}

;// CONCATENATED MODULE: ./src/steps/main.ts


























/** What the main step has learned so far: the summary reads it whether the run succeeds or fails. */
class Progress {
    stages = [];
    sft;
    github;
    claimChecks;
    session;
    summarized = false;
    async timed(name, work) {
        const started = Date.now();
        try {
            return await work();
        }
        finally {
            this.stages.push({ name, ms: Date.now() - started });
        }
    }
}
/** The main step, once its inputs are valid: install, OIDC, exchange, outputs, then one-step hosts. */
async function main_run(inputs) {
    const progress = new Progress();
    try {
        await authenticateAndServe(inputs, progress);
    }
    catch (error) {
        (0,errors/* failStep */.vy)(error);
        if (progress.summarized)
            return;
        const { sft, github, session, stages, claimChecks } = progress;
        const reason = (0,errors/* formatFailure */.M3)(error);
        await summarize(inputs, { outcome: 'failed', sft, github, session, stages, claimChecks, reason, env: process.env });
    }
}
async function authenticateAndServe(inputs, progress) {
    for (const secret of [inputs.oktaApiToken, inputs.oktaLogsToken])
        if (secret)
            log/* setSecret */.Pq(secret);
    const noOidc = missingOidcReason();
    if (noOidc && inputs.onNoOidc === 'skip') {
        log/* notice */.lm(`Skipping OPA authentication: ${noOidc.message}`);
        publishSkipped();
        await summarize(inputs, { outcome: 'skipped', reason: noOidc.message });
        return;
    }
    if (noOidc)
        throw noOidc;
    const temp = await prepareStep();
    const sft = await progress.timed('install', () => install(inputs));
    progress.sft = sft;
    const session = await authenticate(inputs, sft.path, progress);
    progress.session = session;
    publishSession(inputs, session, String(progress.github?.claims.sub ?? ''), sft, () => lib_core/* saveState */.LZ(State.TokenExported, 'true'));
    await prepareLaterSteps(inputs, temp, sft, session.token);
    const audit = auditLinks(inputs, session, new Date(Date.now() + AUDIT_LOOKAHEAD_MS));
    if (audit.length)
        lib_core/* setOutput */.uH('audit-url', audit[0].url);
    else
        log/* notice */.lm(noAuditUrl(inputs, session));
    lib_core/* saveState */.LZ(State.Audit, JSON.stringify(auditSubject(session)));
    const expiry = session.expiresAt ? `; the token expires at ${session.expiresAt.toISOString()}` : '';
    log/* info */.pq(`Authenticated as ${session.principal || 'an OPA workload'}${expiry}`);
    const { github, stages, claimChecks } = progress;
    await summarize(inputs, {
        outcome: 'authenticated',
        session,
        github,
        sft,
        stages,
        claimChecks,
        audit,
        env: process.env
    });
    progress.summarized = true;
    if (inputs.oneStep)
        await runHosts(inputs, inputs.oneStep, session, sft);
}
/**
 * What post must know, recorded before any effect: where the ssh-config
 * block would go and whether its directory exists yet, and the action's
 * temp dir, named before it is made. sft's state lives in that temp dir
 * from now on. Then what jobs that are gone left on this machine goes.
 */
async function prepareStep() {
    const target = sshConfigTarget();
    lib_core/* saveState */.LZ(State.AbsentDirs, JSON.stringify([external_node_path_default().dirname(target.file)].filter((dir) => !(0,external_node_fs_.existsSync)(dir))));
    const temp = external_node_path_default().join(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), `${TEMP_PREFIX}${(0,external_node_crypto_.randomBytes)(3).toString('hex')}`);
    lib_core/* saveState */.LZ(State.TempDir, temp);
    await (0,promises_.mkdir)(temp, { mode: 0o700 });
    await state_keepSftStatePrivate(temp);
    const gone = await removeGoneJobs(configFiles(target.file));
    for (const item of gone.removed)
        log/* warning */.$e(`Removed ${item}`);
    for (const { path: item, error } of gone.failed)
        log/* warning */.$e(`Could not remove ${item}: ${error}`);
    lib_core/* saveState */.LZ(State.GoneJobs, JSON.stringify(gone.removed));
    return temp;
}
/** The config files where a job's block may be: the one OpenSSH reads, and the one under $HOME. */
function configFiles(target) {
    return [target, external_node_path_default().join(process.env.HOME || (0,external_node_os_.homedir)(), '.ssh', 'config')];
}
/** sft, with the system files it may write recorded before they are written. */
async function install(inputs) {
    const sft = await installSft(inputs, (files) => lib_core/* saveState */.LZ(State.SystemFiles, JSON.stringify(files)));
    lib_core/* saveState */.LZ(State.SftPath, sft.path);
    if (sft.pathEntry)
        lib_core/* addPath */.fM(sft.pathEntry);
    log/* info */.pq(`Using sft ${sft.version} at ${sft.path} (${sft.source})`);
    return sft;
}
/** opa-ssh on PATH, and with `ssh-config` the block that routes native ssh through sft. */
async function prepareLaterSteps(inputs, temp, sft, token) {
    await writeOpaSsh(external_node_path_default().join(temp, 'bin'));
    lib_core/* addPath */.fM(external_node_path_default().join(temp, 'bin'));
    if (!inputs.sshConfig)
        return;
    const target = sshConfigTarget();
    if (target.warning)
        log/* warning */.$e(target.warning);
    if (target.note)
        log/* info */.pq(target.note);
    const wrapper = await writeNativeSft(external_node_path_default().join(temp, 'native'), sft.path, external_node_path_default().dirname(temp), privateStateEnv(temp));
    const config = await sftSshConfig(sft.path, 
    // Run with this job's private state, so the block names it (known hosts, agent).
    sftEnvironment(inputs, { [contract/* SESSION_ENV */.L4.token]: token }, process.env), 'Run `sft ssh-config` by hand with SFT_LOG_LEVEL=debug to see why.');
    const routed = routeThrough(config, [sft.path, (0,external_node_fs_.realpathSync)(sft.path)], wrapper);
    const { file } = target;
    lib_core/* saveState */.LZ(State.SshConfig, JSON.stringify({ file, created: !(0,external_node_fs_.existsSync)(file) }));
    try {
        await addBlock(file, routed, { job: jobLabel(), temp });
    }
    catch (error) {
        log/* warning */.$e(`ssh-config: native ssh will not route through sft.\n${(0,errors/* formatFailure */.M3)(error)}`);
        return;
    }
    log/* info */.pq(`Added this job's sft ssh-config block to ${file}; native ssh, scp and rsync now route through sft`);
}
/** One-step mode: the fleet with the session main holds, then the events its sessions produced. */
async function runHosts(inputs, fleet, session, sft) {
    await runFleetStep(fleet, {
        sftPath: sft.path,
        session,
        // export-env holds on every path: a renewed token reaches later steps only when the first one did.
        onRenewed: inputs.exportEnv ? outputs_exportRenewed : undefined
    });
    // The sessions are over: their events can be read now, and become an output.
    const sessions = readSessions();
    const live = session.principal ? await fetchJobEvents(inputs, auditSubject(session), sessions) : undefined;
    if (!live)
        return;
    lib_core/* saveState */.LZ(State.AuditReported, 'true');
    lib_core/* setOutput */.uH('audit-events', JSON.stringify(live.events));
    if (live.problem)
        log/* warning */.$e(`Audit trail: ${live.problem}`);
    log/* info */.pq(auditLine(live));
    if (inputs.summary)
        await appendSummary(renderAuditEvents(live.events, live.problem, live.others, sessions.length > 0));
}
async function summarize(inputs, part) {
    if (!inputs.summary)
        return;
    await appendSummary(renderMainSummary({ team: inputs.team, connection: inputs.connection, ...part }));
}
/** Why the audit-url output is empty, and what gives it a value. */
function noAuditUrl(inputs, session) {
    if (!session.principal)
        return 'audit-url is empty: the OPA token names no principal (it is not a JWT), so there is no actor to search the System Log for.';
    return `audit-url is empty: the Okta Admin Console URL cannot be derived from opa-addr ${inputs.opaAddr} (only from https://<org>.pam.okta.com). Set okta-admin-url, such as https://<org>-admin.okta.com.`;
}


/***/ })

};
