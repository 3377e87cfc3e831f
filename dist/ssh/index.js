import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 237:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _steps_ssh_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(618);

/* istanbul ignore next */
await (0,_steps_ssh_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .N)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 618:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  N: () => (/* binding */ run)
});

// UNUSED EXPORTS: runFleetStep

;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
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
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
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
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_namespaceObject.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_namespaceObject.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
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


const { access, appendFile, writeFile: summary_writeFile } = external_fs_namespaceObject.promises;
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
                yield access(pathFromEnv, external_fs_namespaceObject.constants.R_OK | external_fs_namespaceObject.constants.W_OK);
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
            const writeFunc = overwrite ? summary_writeFile : appendFile;
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
        return this.addRaw(external_os_namespaceObject.EOL);
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
;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(613);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir: io_util_mkdir, open: io_util_open, readdir, rename: io_util_rename, rm: io_util_rm, rmdir, stat: io_util_stat, symlink, unlink } = external_fs_namespaceObject.promises;
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
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
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
const READONLY = external_fs_namespaceObject.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield io_util_stat(fsPath);
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
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield io_util_stat(fsPath) : yield lstat(fsPath);
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
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield io_util_stat(filePath);
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
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
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
                stats = yield io_util_stat(filePath);
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
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
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
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
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
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
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
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
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
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
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
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
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
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
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
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
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
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
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
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
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
        if (toolrunner_IS_WINDOWS) {
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
            let n = s.indexOf(external_os_namespaceObject.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_namespaceObject.EOL.length);
                n = s.indexOf(external_os_namespaceObject.EOL);
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
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
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
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_namespaceObject.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
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
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
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
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
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
const platform = external_os_namespaceObject.platform();
const arch = external_os_namespaceObject.arch();
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
    const convertedVal = utils_toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return file_command_issueFileCommand('ENV', file_command_prepareKeyValueMessage(name, val));
    }
    command_issueCommand('set-env', { name }, convertedVal);
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
    command_issueCommand('add-mask', {}, secret);
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
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
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
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_namespaceObject.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
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
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_namespaceObject.EOL);
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
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/lib/log.ts
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
    process.stdout.write(`${line}${external_node_os_namespaceObject.EOL}`);
}
function suspend() {
    if (stopToken)
        return;
    stopToken = (0,external_node_crypto_namespaceObject.randomBytes)(16).toString('hex');
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
function log_info(text) {
    if (COMMAND_LIKE.test(text))
        suspend();
    info(text);
}
const log_debug = (message) => own(() => core_debug(message));
const log_notice = (message) => own(() => notice(message));
const log_warning = (message) => own(() => warning(message));
const log_error = (message, properties) => own(() => error(message, properties));
const log_startGroup = (name) => own(() => startGroup(name));
const log_endGroup = () => own(() => endGroup());
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
const log_setSecret = (secret) => {
    if (announcesSecrets)
        own(() => core_setSecret(secret));
};
const log_setFailed = (message) => own(() => setFailed(message));
/** Ends the suspension now, for a step that prints nothing more from outside. */
const resumeCommands = (/* unused pure expression or super */ null && (resume));

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/sft/contract.ts
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
const contract_SESSION_ENV = {
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
const AGENT_SOCKET_IN_DATA_DIR = external_node_path_default().join('ScaleFT', 'agent.sock');

;// CONCATENATED MODULE: ./src/lib/shell.ts
/** One word for a POSIX shell: single-quoted, so nothing in it expands. */
function shellQuote(value) {
    return `'${value.replace(/'/g, `'\\''`)}'`;
}

;// CONCATENATED MODULE: ./src/ssh/bootstrap.ts
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
        .map(([key, value]) => `${key}=${shellQuote(value)}\n`)
        .join('');
}
/** The bytes that go to the host: the environment, then the script. */
function remotePayload(script, env) {
    const envText = envPayload(env);
    const payload = Buffer.from(envText + script, 'utf8');
    return { payload, envBytes: Buffer.byteLength(envText), sha256: (0,external_node_crypto_namespaceObject.createHash)('sha256').update(payload).digest('hex') };
}

;// CONCATENATED MODULE: ./src/lib/errors.ts
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
class errors_SshError extends ActionError {
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
        error.details.forEach((d) => log_debug(d));
    log_setFailed(formatFailure(error));
}
/** The message of anything thrown: an Error's message, or the value as text. */
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./src/install/fingerprint.ts
// Pure, so that input validation can use it without loading the installer.
/** A 40-hex-digit OpenPGP v4 fingerprint, as users paste it (spaces allowed), in upper case. */
function parseFingerprint(value) {
    const hex = value.replace(/\s+/g, '').toUpperCase();
    return /^[0-9A-F]{40}$/.test(hex) ? hex : undefined;
}

;// CONCATENATED MODULE: ./src/auth/claims.ts
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

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
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
            throw new InputError(this.problems);
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
        const parsed = parseExpectations(this.read(input));
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
            const fingerprint = parseFingerprint(value);
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
        const root = (0,external_node_fs_namespaceObject.existsSync)(workspace) ? (0,external_node_fs_namespaceObject.realpathSync)(workspace) : external_node_path_default().resolve(workspace);
        const file = external_node_path_default().resolve(root, value);
        const real = (0,external_node_fs_namespaceObject.existsSync)(file) ? (0,external_node_fs_namespaceObject.realpathSync)(file) : file;
        const relative = external_node_path_default().relative(root, real);
        if (relative === '..' || relative.startsWith(`..${(external_node_path_default()).sep}`) || external_node_path_default().isAbsolute(relative)) {
            this.fail(input, `"${printable(value)}" is outside the workspace (${root})`, 'give a path inside the repository, such as deploy/hosts.txt');
            return [];
        }
        if (!(0,external_node_fs_namespaceObject.existsSync)(real) || !(0,external_node_fs_namespaceObject.statSync)(real).isFile()) {
            this.fail(input, `"${printable(value)}" is not a file in the workspace (${root})`, 'check out the repository first (actions/checkout), or fix the path');
            return [];
        }
        if ((0,external_node_fs_namespaceObject.statSync)(real).size > HOSTS_FILE_MAX_BYTES) {
            this.fail(input, `"${printable(value)}" is larger than 1 MiB`, 'give a file that lists servers, one per line');
            return [];
        }
        const lines = (0,external_node_fs_namespaceObject.readFileSync)(real, 'utf8').split('\n');
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

;// CONCATENATED MODULE: ./src/ssh/rollout.ts
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

;// CONCATENATED MODULE: ./src/inputs/ssh.ts
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
    const opaAddr = read('opa-addr') || env[contract_SESSION_ENV.opaAddr] ? v.url('opa-addr', 'https://<org>.pam.okta.com') : '';
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
        hosts: rollout.shard ? shardOf(listed, rollout.shard.index, rollout.shard.count) : listed,
        rollout: { ...rollout, listed: listed.length },
        run: v.text('run'),
        upload: v.transfers('upload', 1),
        download: v.transfers('download', 0),
        shell: v.shellWords('shell', 'bash -euo pipefail'),
        env: v.envLines('env', BOOTSTRAP_PREFIX),
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
        team: env[contract_SESSION_ENV.team],
        connection: env[contract_SESSION_ENV.connection],
        role: env[contract_SESSION_ENV.role],
        'opa-addr': env[contract_SESSION_ENV.opaAddr],
        audience: env[contract_SESSION_ENV.audience]
    };
    return exported[name] ?? '';
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
        await summary.addRaw(fitSummary(markdown), true).write();
    }
    catch (error) {
        log_warning(`Could not write the job summary: ${messageOf(error)}`);
    }
    finally {
        summary.emptyBuffer();
    }
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
function maskToken(token) {
    log_setSecret(token);
    const parts = token.split('.');
    if (parts.length === 3 && parts[2].length >= 16)
        log_setSecret(parts[2]);
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
function describeSession(token, requestedRole) {
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
        account: accountForRole(role)
    };
}
/** Seconds until expiry, or undefined for a token that does not say. */
function opa_token_secondsLeft(session, now = Date.now()) {
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
    core.setOutput('token', session.token);
    core.setOutput('expires-at', session.expiresAt?.toISOString() ?? '');
    core.setOutput('principal', session.principal);
    core.setOutput('github-subject', githubSubject);
    core.setOutput('role', session.role);
    core.setOutput('account', session.account);
    core.setOutput('sft-path', sft.path);
    core.setOutput('sft-version', sft.version);
    core.setOutput('authenticated', 'true');
    if (inputs.exportEnv) {
        exported();
        for (const [name, value] of Object.entries(sessionEnvironment(inputs, session)))
            core.exportVariable(name, value);
    }
    const left = secondsLeft(session);
    if (left !== undefined && left < LOW_TTL_SECONDS) {
        log.warning(`The OPA token expires in ${Math.max(left, 0)} s. OPA tokens cannot be refreshed, only issued again: ` +
            "raise the Workload Connection's token TTL, or run this action again before the steps that need it.");
    }
}
/** The variables `export-env` writes, by name. */
function sessionEnvironment(inputs, session) {
    return {
        [SESSION_ENV.token]: session.token,
        [SESSION_ENV.opaAddr]: inputs.opaAddr,
        [SESSION_ENV.team]: inputs.team,
        [SESSION_ENV.connection]: inputs.connection,
        [SESSION_ENV.role]: session.role,
        [SESSION_ENV.audience]: inputs.audience,
        [SESSION_ENV.exported]: exportMarker(session.token)
    };
}
/**
 * The marker export-env sets beside OPA_TOKEN: a digest prefix of the
 * token main exported. A step whose OPA_TOKEN came from elsewhere (a step's
 * own `env:`) has no matching marker, and its renewals stay out of GITHUB_ENV.
 */
function exportMarker(token) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(token).digest('hex').slice(0, 16);
}
/** Whether `env`'s OPA_TOKEN is the one main exported with export-env. */
function outputs_exportedByMain(env) {
    const token = env[contract_SESSION_ENV.token];
    return Boolean(token) && env[contract_SESSION_ENV.exported] === exportMarker(token);
}
/** A renewed token for later steps, with its marker: only where main exported the first one. */
function exportRenewed(session) {
    exportVariable(contract_SESSION_ENV.token, session.token);
    exportVariable(contract_SESSION_ENV.exported, exportMarker(session.token));
}
/** Outputs for a run that skipped authentication (`on-no-oidc: skip`). */
function publishSkipped() {
    core.setOutput('authenticated', 'false');
}
/** The fleet's outputs: every host's result, and the counts. */
function publishResults(results) {
    const failed = results.filter((r) => r.status !== 'ok');
    setOutput('results', JSON.stringify(results));
    setOutput('failed-hosts', failed.map((r) => r.host).join(','));
    setOutput('succeeded', String(results.length - failed.length));
    setOutput('failed', String(failed.length));
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
    (0,external_node_fs_namespaceObject.appendFileSync)(file, `${lines.join('\n')}\n`, { mode: 0o600 });
}
/** The sessions recorded so far; lines that are not a session are skipped. */
function readSessions(env = process.env) {
    const file = sessionsFile(env);
    if (!file || !existsSync(file))
        return [];
    return readFileSync(file, 'utf8')
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

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
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
        const child = (0,external_node_child_process_namespaceObject.spawn)(file, args, {
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
        await (0,promises_namespaceObject.access)(file, external_node_fs_namespaceObject.constants.X_OK);
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
async function findOnPath(name, searchPath = process.env.PATH ?? '', lookup = {}) {
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
        if (!ENV_NEVER_INHERITED.includes(name) && !name.startsWith('INPUT_'))
            env[name] = value;
    }
    return { ...env, ...extra };
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
    if (SSH_CONTRACT.tokenRefused.test(said)) {
        return {
            status: 'denied',
            hint: `OPA refused the token ("${firstLine(said, SSH_CONTRACT.tokenRefused)}"). Re-run the job for a fresh token; if it persists, the Workload Role lacks a capability the policy needs, or the connection is not Active.`
        };
    }
    if (SSH_CONTRACT.denied.test(said) || exitCode === SSH_CONTRACT.noGrantExit) {
        return {
            status: 'denied',
            hint: SSH_CONTRACT.interactive.test(said)
                ? 'The policy requires MFA or an Access Request, which a workload cannot answer. Remove that requirement for workload roles.'
                : "OPA refused access: check that a security policy grants this Workload Role this server, and that the role's conditions match the job's claims."
        };
    }
    if (exitCode === 255 && SSH_CONTRACT.unreachable.test(said)) {
        return {
            status: 'unreachable',
            hint: "The runner could not reach the server or its gateway. Check the network path and the gateway's port."
        };
    }
    return undefined;
}
function beforeTheScript(exitCode, said) {
    if (exitCode === PAYLOAD_MISSING) {
        return {
            status: 'failed',
            hint: `The script did not run: it never reached the host whole and privately. This sft does not forward stdin (or the host's terminal could not turn echo off), and \`env\` values never travel in a command, nor does a script over ${COMMAND_PAYLOAD_MAX / 1024} KiB. Use an sft that forwards stdin or \`transport: ssh\`, or drop \`env\` and keep the script small.`
        };
    }
    if (exitCode === BOOTSTRAP_FAILED) {
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
    if (looksTooOldForWorkloads(said) || /unknown (command|flag).*resolve/i.test(said))
        return 'unsupported';
    return verdictFor(result.exitCode, said, request.claims);
}
function verdictFor(exitCode, said, claims) {
    if (exitCode === RESOLVE_EXIT.noGrant) {
        return {
            status: 'denied',
            hint: `Preflight: OPA grants this job no access to this server (sft resolve exit 125): the role's conditions or the security policy do not match the job's claims${claims ? ` (${claims})` : ''}.`
        };
    }
    if (exitCode === RESOLVE_EXIT.noSession) {
        return {
            status: 'denied',
            hint: 'Preflight: OPA refused the token, or there is no session (sft resolve exit 126). Re-run the job for a fresh token; check that the Workload Connection is Active.'
        };
    }
    if (exitCode === RESOLVE_EXIT.notConfigured) {
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

;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
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
    const decoder = new external_node_string_decoder_namespaceObject.StringDecoder('utf8');
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
function session_endGroup(child, graceMs = KILL_GRACE_MS) {
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
    return (0,external_node_child_process_namespaceObject.spawn)('timeout', ['-k', '5', bound, file, ...args], { stdio: ['pipe', 'pipe', 'pipe'], detached: true, env });
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
            if (!started && line === SCRIPT_STARTED)
                started = true;
            else if (!started && line === PAYLOAD_WANTED)
                deliver.send();
            else if (!started && account === undefined && line.startsWith(ACCOUNT_PREFIX))
                account = line.slice(ACCOUNT_PREFIX.length);
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
            session_endGroup(child);
        }, request.timeoutMs);
        child.on('error', (error) => {
            clearTimeout(timer);
            reject(error);
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            out.flush();
            err.flush();
            const exit = code ?? (signal ? 128 + (external_node_os_namespaceObject.constants.signals[signal] ?? 15) : null);
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
    const args = viaSftConfig(ctx.sshConfig, ctx.account, [ctx.host, `stat -L -c %s -- ${shellQuote(remote)}`]);
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
        if (!(0,external_node_fs_namespaceObject.existsSync)(local))
            return `upload: the local path ${local} does not exist`;
        const failed = await scp(ctx, local, `${ctx.host}:${remote}`);
        if (failed)
            return `upload of ${local} to ${ctx.host}:${remote} failed: ${failed}`;
        if ((0,external_node_fs_namespaceObject.statSync)(local).isFile()) {
            const size = await remoteSize(ctx, remote.endsWith('/') ? `${remote}${local.split('/').pop()}` : remote);
            if (size !== (0,external_node_fs_namespaceObject.statSync)(local).size) {
                return `upload of ${local}: ${ctx.host}:${remote} has ${size ?? 'no'} bytes, expected ${(0,external_node_fs_namespaceObject.statSync)(local).size}`;
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
            const target = (0,external_node_fs_namespaceObject.existsSync)(local) && (0,external_node_fs_namespaceObject.statSync)(local).isDirectory() ? `${local}/${remote.split('/').pop()}` : local;
            const size = (0,external_node_fs_namespaceObject.existsSync)(target) ? (0,external_node_fs_namespaceObject.statSync)(target).size : undefined;
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
        this.remote = remotePayload(plan.script, plan.env);
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
            log_debug(`Preflight skipped: ${messageOf(error)}`);
            return;
        }
        if (!refused) {
            log_debug('Preflight skipped: this sft has no `resolve`');
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
            session_endGroup(child);
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
            return { verdict: { status: 'failed', hint: messageOf(error) }, reauthenticated };
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
        if (!outcome.started && !outcome.timedOut && outcome.code === PAYLOAD_MISSING && !this.cancelled) {
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
            outcome.code !== PAYLOAD_MISSING &&
            !refusal(outcome.code, said(outcome)));
    }
    /**
     * For an sft that does not forward stdin: the command, when the payload
     * holds no `env` value and fits; otherwise native ssh through sft's
     * ssh-config, whose stdin ssh itself carries; never a silent downgrade.
     */
    async fallbackCarrier() {
        if (this.remote.envBytes === 0 && this.remote.payload.length <= COMMAND_PAYLOAD_MAX)
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
                hint: payloadStuck(` Routing it through native ssh and sft's ssh-config failed too: ${messageOf(error)}`)
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
            command: bootstrapCommand(plan.shell, this.remote, carrier, Math.ceil(plan.timeoutMs / 1000)),
            payload: carrier === 'command' ? Buffer.alloc(0) : this.remote.payload,
            timeoutMs: plan.timeoutMs,
            // No line shows a token this run handled, whether or not the runner could still mask it.
            onLine: (stream, text) => this.output.line(host, stream, redact(text, tokens())),
            onSpawn: (child) => {
                this.running.set(host, child);
                child.once('close', () => this.running.delete(host));
                // Cancelled while this host was getting its token: its session ends at once.
                if (this.cancelled)
                    session_endGroup(child);
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
    return `The script did not run: this sft does not forward stdin, and the payload may not travel inside the command because it holds \`env\` values (never put on a command line) or is larger than ${COMMAND_PAYLOAD_MAX / 1024} KiB.${detail} Use an sft that forwards stdin or \`transport: ssh\`, or drop \`env\` and keep the script small.`;
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
    const digest = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(script).digest('hex').slice(0, 12);
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
    for (const name of ENV_WITHHELD_FROM_AUTHENTICATE)
        delete env[name];
    return { ...env, OPA_ADDR: request.opaAddr, SFT_TEAM: request.team, ...extra };
}
/** Runs `sft workload authenticate` and returns the masked OPA token. */
async function exchange(request) {
    const args = authenticateArgs({
        team: request.team,
        connection: request.connection,
        jwtEnv: JWT_ENV_VAR,
        roleHint: request.role
    });
    log_debug(`Running ${request.sftPath} ${args.join(' ')}`);
    let result;
    try {
        result = await runCommand(request.sftPath, args, {
            env: sftEnvironment(request, { [JWT_ENV_VAR]: request.jwt }),
            timeoutMs: request.timeoutMs ?? EXCHANGE_TIMEOUT_MS
        });
    }
    catch (error) {
        throw startFailure(request.sftPath, error);
    }
    // Mask before anything else looks at the output, so no later message can leak it.
    const token = extractToken(result.stdout);
    if (token)
        maskToken(token);
    // What authenticate printed is this job's own credential wherever sft put it: masked, and shown only redacted.
    for (const stray of tokensIn(`${result.stderr}\n${token ? '' : result.stdout}`))
        maskToken(stray);
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
        return new ExchangeError(`sft workload authenticate did not finish within ${Math.round((request.timeoutMs ?? EXCHANGE_TIMEOUT_MS) / 1000)} s (${where}).`, `Check that the runner can reach ${request.opaAddr} (DNS, firewall, proxy).`, verdict ? [verdict] : []);
    }
    if (result.exitCode !== 0 && looksTooOldForWorkloads(verdict)) {
        return new ExchangeError('This sft is too old for workload commands (it does not know `sft workload authenticate`).', 'Use sft 1.108.0 or later: remove the `sft-version` pin or raise it, or point `sft-path` at a newer binary.', [verdict]);
    }
    const local = result.exitCode !== 0 ? localFailureOf(verdict) : undefined;
    if (local)
        return localFailure(local, request, where, verdict);
    if (result.exitCode !== 0) {
        return new ExchangeError(`OPA rejected the exchange (${where}; sft exited with ${result.exitCode ?? result.signal}):\n${indent(verdict || '(sft printed nothing on stderr)')}`, "Compare the GitHub token claims with the Workload Connection's required claims (the job summary lists them), and check that the connection and team names are exact.", [verdict]);
    }
    if (token === undefined) {
        return new ExchangeError(`sft exited 0 but printed no access token (${where}); its stderr had ${shapeOf(result.stderr)}, not shown in case it holds a credential.`, DRAFT_HINT);
    }
    if (token === null) {
        const stdout = result.stdout.trim();
        return new ExchangeError(`sft printed something on stdout that is not shaped like a token (${stdout.length} characters on ${stdout.split('\n').length} lines); it is not shown, in case it holds a credential.`, 'Run the same sft version by hand with SFT_LOG_LEVEL=debug to see what it prints, and report it if it is a new output format.');
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
            : `could not be started (${messageOf(error)})`;
    return new ExchangeError(`The sft binary ${sftPath} ${problem}, so nothing was sent to OPA.`, 'Check that nothing else deletes or rewrites sft while the job runs (a shared tool cache, a cleanup step), then re-run; or point `sft-path` at a working sft.', [], { cause: error });
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
    return new ExchangeError(`The exchange did not reach OPA at ${request.opaAddr}: ${what} (${where}); the GitHub token was not judged:\n${indent(verdict)}`, hint, [verdict]);
}
function indent(text) {
    return text
        .split('\n')
        .map((line) => `    ${line}`)
        .join('\n');
}

;// CONCATENATED MODULE: ./src/shims/http-client.ts
let real;
const load = () => (real ??= __nccwpck_require__.e(/* import() */ 607).then(__nccwpck_require__.bind(__nccwpck_require__, 607)));
class http_client_HttpClient {
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

;// CONCATENATED MODULE: external "node:timers/promises"
const external_node_timers_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
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
        log_debug(`${what}: attempt ${n} failed (${failure.message}); retrying in ${Math.round(delay)} ms`);
        await (0,external_node_timers_promises_namespaceObject.setTimeout)(delay);
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
        return new OidcError('This run was started by Dependabot, and GitHub gives Dependabot runs no OIDC token.', 'Deploy from a workflow that runs after the Dependabot PR is merged (for example on push to main), or set `on-no-oidc: skip` so Dependabot runs pass without deploying.', details);
    }
    if (isForkPullRequest(env)) {
        return new OidcError('This is a pull_request from a fork, and GitHub gives such runs no OIDC token, whatever `permissions:` says.', 'Set `on-no-oidc: skip` to let fork PRs pass without deploying, or guard the job with `if: github.event.pull_request.head.repo.full_name == github.repository`.', details);
    }
    return new OidcError('The job cannot request a GitHub OIDC token: the id-token permission is missing.', 'Add `permissions: { id-token: write, contents: read }` to the workflow or the job. A reusable workflow needs it in the caller too.', details);
}
function isDependabot(env) {
    return [env.GITHUB_ACTOR, env.GITHUB_TRIGGERING_ACTOR].includes('dependabot[bot]');
}
function isForkPullRequest(env) {
    if (!env.GITHUB_EVENT_NAME?.startsWith('pull_request') || !env.GITHUB_EVENT_PATH)
        return false;
    try {
        const event = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
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
    const client = new http_client_HttpClient('opa-workload-identity', [], {
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
                throw new TransientFailure(messageOf(error));
            }
            if (status === 200)
                return parseTokenResponse(body);
            const summary = `HTTP ${status}${body ? `: ${snippet(body)}` : ''}`;
            if (status === 429 || status >= 500)
                throw new TransientFailure(summary, retryAfterMs(retryAfter));
            throw new OidcError(`GitHub refused the OIDC token request (${summary}).`, status === 401 || status === 403
                ? 'The request token was rejected. Check that `permissions: id-token: write` is set for this job and that the audience is valid.'
                : `Check the audience input ("${audience}").`, [`attempt ${attempt}`]);
        });
        maskToken(jwt);
        return { jwt, attempts, elapsedMs };
    }
    catch (error) {
        if (!(error instanceof RetriesExhausted))
            throw error;
        throw new OidcError(`Could not get a GitHub OIDC token after ${error.message}.`, tokenServiceHint(env), error.failures.map((f, i) => `attempt ${i + 1}: ${f}`));
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
        throw new OidcError('GitHub answered the OIDC token request with a body that is not JSON.', "This is usually a proxy in the way. Check the runner's proxy settings (https_proxy, no_proxy).");
    }
    if (typeof value !== 'string' || value.split('.').length !== 3) {
        throw new OidcError('GitHub\'s OIDC response has no JWT in its "value" field.', 'Re-run the job; if it persists, report it with the debug log (ACTIONS_STEP_DEBUG=true).');
    }
    return value;
}
function snippet(body) {
    const flat = body.replace(/\s+/g, ' ').trim();
    return flat.length > 200 ? `${flat.slice(0, 197)}...` : flat;
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
        const left = current ? opa_token_secondsLeft(current) : undefined;
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
        const session = describeSession(token, this.credentials.role);
        this.session = session;
        this.used.push(session);
        log_info(`Re-authenticated: a fresh OPA token${session.expiresAt ? ` valid until ${session.expiresAt.toISOString()}` : ''}`);
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

;// CONCATENATED MODULE: ./src/lib/temp.ts



/**
 * A fresh private directory under the runner's temp dir, which the runner
 * empties after the job, or the system's when run outside Actions.
 */
function makeTempDir(prefix, env = process.env) {
    return (0,promises_namespaceObject.mkdtemp)(external_node_path_default().join(env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)(), prefix));
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
        return messageOf(error);
    }
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
async function keepSftStatePrivate(dir) {
    const env = privateStateEnv(dir);
    for (const value of Object.values(env))
        await (0,promises_namespaceObject.mkdir)(value, { recursive: true, mode: 0o700 });
    Object.assign(process.env, env);
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
    return external_node_path_default().join(dataDir, AGENT_SOCKET_IN_DATA_DIR);
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
    const dir = await (0,promises_namespaceObject.mkdtemp)(external_node_path_default().join(SHORT_ROOT, 'opa-sft-'));
    const socket = agentSocketPath(privateStateEnv(dir).XDG_DATA_HOME);
    if (Buffer.byteLength(socket) > limit) {
        await (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true });
        throw new errors_SshError(`sft's agent socket would be ${socket}, longer than the ${limit} bytes a socket path may have.`, 'Use `transport: sft`, which needs no agent socket.');
    }
    await keepSftStatePrivate(dir);
    log_info(`The temp dir ${current} is too long for sft's agent socket (${Buffer.byteLength(agentSocketPath(current))} bytes, at most ${limit}); sft keeps its state in ${dir} for this step.`);
    return () => (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true });
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
        if (!(await findOnPath(tool.command, searchPath)))
            missing.push(tool);
    const required = missing.filter((tool) => tool !== SCRIPT);
    if (required.length) {
        throw new errors_SshError(`This runner lacks ${describe(missing)}, so no host was tried.`, `Install ${missing.map((t) => t.packages.split(' ')[0]).join(' and ')} on the runner (for example in an earlier step, or in the runner image), or run the job on a runner that has them.`);
    }
    const pty = !missing.includes(SCRIPT);
    if (!pty)
        log_warning(`This runner lacks ${describe([SCRIPT])}; an sft that refuses to run without a terminal will fail.`);
    return { pty };
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
const UNOWNED_BLOCK_START = (/* unused pure expression or super */ null && (`${START}: generated by sft ssh-config; removed by the post step >>>`));
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
function sshConfigTarget(env = process.env, passwdHome = userInfo().homedir, inContainerJob = env.HOME === CONTAINER_JOB_HOME) {
    const home = path.resolve(env.HOME || homedir());
    const inHome = path.join(home, '.ssh', 'config');
    if (!passwdHome || path.resolve(passwdHome) === home)
        return { file: inHome };
    const read = path.join(passwdHome, '.ssh', 'config');
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
        throw new SshError(`${file} is a symbolic link; the action does not write through it or remove it.`, 'Point ssh at a regular file (replace the link with the file it names), or leave `ssh-config` off and use opa-ssh or the ssh sub-action.');
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
        const text = existsSync(file) ? await readFile(file, 'utf8') : undefined;
        const next = change(text);
        if (next === undefined)
            return;
        const mode = text === undefined ? 0o600 : (await stat(file)).mode & 0o777;
        const staged = `${file}.opa-workload-identity.${process.pid}`;
        await writeFile(staged, next, { mode });
        await rename(staged, file);
    }
    finally {
        await handle.close();
        await rm(lock, { force: true });
    }
}
/** An exclusive lock file; one left by a process that died is taken over after 30 s. */
async function acquire(lock) {
    for (let waited = 0;; waited += 50) {
        try {
            return await open(lock, 'wx', 0o600);
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
            if (waited >= 30_000)
                await rm(lock, { force: true });
            await new Promise((resolve) => setTimeout(resolve, 50));
        }
    }
}
/** Adds this job's block first in the file (replacing an older one of the same job). */
async function addBlock(file, config, owner) {
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
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
    if (!existsSync(file) && !isLink(file))
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
    if (outcome.value === 'removed' && created && !(await readFile(file, 'utf8')).trim())
        await rm(file);
    return outcome.value;
}
function isLink(file) {
    try {
        return lstatSync(file).isSymbolicLink();
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
    if (isLink(file) || !existsSync(file))
        return [];
    return ownersIn(await readFile(file, 'utf8')).map((found) => found.owner);
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
        throw new SshError(`sft ssh-config's block does not name ${names[0]}, so native ssh could not keep its sft state to this job.`, 'Leave `ssh-config` off and use opa-ssh or the ssh sub-action (`transport: ssh` runs native ssh privately).');
    }
    return names.reduce((text, name) => text.split(name).join(wrapper), config);
}
/** What `sft ssh-config` prints; `hint` says what to do if it fails. */
async function sftSshConfig(sftPath, env, hint) {
    const result = await runCommand(sftPath, ['ssh-config'], { env, timeoutMs: 30_000 });
    if (result.exitCode !== 0 || !result.stdout.trim()) {
        throw new errors_SshError(`sft ssh-config failed: ${fromSft(result.stderr).trim() || `exit ${result.exitCode}`}`, hint);
    }
    return result.stdout;
}

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
async function startFromEnvironment(inputs, env, exportsRenewal = true) {
    const sftPath = await findOnPath('sft', env.PATH);
    if (!sftPath) {
        throw new errors_SshError('No sft on PATH.', 'Run the main opa-workload-identity step first: it installs sft and puts it on PATH.');
    }
    const token = env[contract_SESSION_ENV.token];
    if (!token && !(inputs.team && inputs.connection && inputs.opaAddr)) {
        throw new errors_SshError('There is no OPA token (OPA_TOKEN is empty) and not enough to get one.', 'Run the main opa-workload-identity step first with `export-env: true`, or give this step team, connection and opa-addr so it can authenticate itself.');
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
        onRenewed: exportsRenewal && outputs_exportedByMain(env) ? exportRenewed : undefined
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
                await (0,promises_namespaceObject.rm)(external_node_path_default().dirname(file), { recursive: true, force: true });
        if (plan.sshConfig || written || start.stateDir)
            await logOut(start.sftPath);
        await removeShortState();
        if (start.stateDir)
            await (0,promises_namespaceObject.rm)(start.stateDir, { recursive: true, force: true });
    };
    return { run: runFleet(plan, keeper, output), keeper, failureBudget: plan.failureBudget, close };
}
function planFor(inputs, start) {
    const role = inputs.role || start.session?.role || '';
    const { canary, batchSize, maxFailures } = inputs.rollout;
    return {
        hosts: inputs.hosts,
        batches: planBatches(inputs.hosts, canary, batchSize),
        failureBudget: hostsOf(maxFailures, inputs.hosts.length),
        script: inputs.run,
        shell: inputs.shell,
        env: inputs.env,
        maxParallel: inputs.maxParallel,
        failFast: inputs.failFast,
        timeoutMs: inputs.timeoutMinutes * 60_000,
        transport: inputs.transport,
        role,
        account: accountForRole(role),
        sftPath: start.sftPath,
        reauthBefore: inputs.reauthBefore,
        upload: inputs.upload,
        download: inputs.download,
        preflight: inputs.preflight,
        claims: claimsText(start.session),
        // Given to sft explicitly: one-step mode holds them without exporting them.
        sftEnv: {
            ...(inputs.opaAddr ? { [contract_SESSION_ENV.opaAddr]: inputs.opaAddr } : {}),
            ...(inputs.team ? { [contract_SESSION_ENV.team]: inputs.team } : {})
        }
    };
}
/** The claims OPA copied from the GitHub token that usually decide a refusal, as `key=value` text. */
function claimsText(session) {
    return tellingClaims(session?.opa.workload ?? {})
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
        hostStarted: (host) => (parallel ? log_info(`[${host}] started`) : log_startGroup(host)),
        batchStarted: (batch, last) => {
            const name = batch.number === 0 ? 'canary' : `batch ${batch.number} of ${last}`;
            const count = `${batch.hosts.length} host${batch.hosts.length === 1 ? '' : 's'}`;
            const more = batch.hosts.length > 8 ? `, and ${batch.hosts.length - 8} more` : '';
            log_info(`Rollout: ${name}, ${count}: ${batch.hosts.slice(0, 8).join(', ')}${more}`);
        },
        line: (host, _stream, text) => log_info(parallel ? `[${host}] ${text}` : text),
        hostEnded: (result) => {
            const summary = `${result.host}: ${result.status}${result['exit-code'] === null ? '' : ` (exit ${result['exit-code']})`} in ${(result['duration-ms'] / 1000).toFixed(1)} s`;
            if (!parallel)
                log_endGroup();
            if (result.status === 'ok')
                log_info(parallel ? `[${result.host}] ${summary}` : summary);
            else
                log_error(`${summary}. ${result.hint}`, { title: `ssh: ${result.host}` });
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
    const config = await sftSshConfig(sftPath, childEnvironment(token ? { [contract_SESSION_ENV.token]: token } : {}, env), 'Use `transport: sft`, or run `sft ssh-config` by hand with SFT_LOG_LEVEL=debug.');
    const dir = await makeTempDir('opa-ssh-config-', env);
    const file = external_node_path_default().join(dir, 'config');
    await (0,promises_namespaceObject.writeFile)(file, config, { mode: 0o600 });
    return file;
}

;// CONCATENATED MODULE: ./src/steps/ssh.ts









/** The `ssh` sub-action: run a script on hosts and report each one. */
async function run() {
    try {
        const inputs = readSshInputs((name) => getInput(name));
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
        log_setFailed(failureMessage(results));
}
/** A shard past the end of the fleet: nothing to do, and that is a success. */
function finishEmptyShard(inputs) {
    log_notice(emptyShard(inputs));
    publishResults([]);
}


/***/ }),

/***/ 613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 23:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

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
/******/ var __webpack_exports__ = __nccwpck_require__(237);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
