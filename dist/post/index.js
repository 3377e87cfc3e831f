import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 897:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _steps_post_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(890);

/* istanbul ignore next */
await (0,_steps_post_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 890:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

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
function utils_toCommandProperties(annotationProperties) {
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


const { access: summary_access, appendFile, writeFile: summary_writeFile } = external_fs_namespaceObject.promises;
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
                yield summary_access(pathFromEnv, external_fs_namespaceObject.constants.R_OK | external_fs_namespaceObject.constants.W_OK);
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


const { chmod, copyFile, lstat, mkdir: io_util_mkdir, open: io_util_open, readdir, rename, rm: io_util_rm, rmdir, stat, symlink, unlink } = external_fs_namespaceObject.promises;
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
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
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
    return io_util_awaiter(this, void 0, void 0, function* () {
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
        return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    }
    process.stdout.write(os.EOL);
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
    command_issueCommand('warning', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
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
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
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
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
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
    stopToken = (0,external_node_crypto_.randomBytes)(16).toString('hex');
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
const log_debug = (message) => own(() => core.debug(message));
const log_notice = (message) => own(() => core.notice(message));
const log_warning = (message) => own(() => warning(message));
const log_error = (message, properties) => own(() => core.error(message, properties));
const log_startGroup = (name) => own(() => core.startGroup(name));
const log_endGroup = () => own(() => core.endGroup());
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
const log_setFailed = (message) => own(() => core.setFailed(message));
/** Ends the suspension now, for a step that prints nothing more from outside. */
const resumeCommands = (/* unused pure expression or super */ null && (resume));

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
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
class errors_InstallError extends ActionError {
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
    return `unexpected error: ${errors_messageOf(error)}`;
}
/** Fails the step with the error's one line-block; its details go to the debug log. */
function failStep(error) {
    if (error instanceof ActionError)
        error.details.forEach((d) => log.debug(d));
    log.setFailed(formatFailure(error));
}
/** The message of anything thrown: an Error's message, or the value as text. */
function errors_messageOf(error) {
    return error instanceof Error ? error.message : String(error);
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
        log_warning(`Could not write the job summary: ${errors_messageOf(error)}`);
    }
    finally {
        summary.emptyBuffer();
    }
}

;// CONCATENATED MODULE: ./src/report/audit-summary.ts
/**
 * The job's System Log events, as the summary shows them. Events are
 * foreign data: every field may be missing or of any JSON type, and one
 * event that cannot be read leaves the others.
 */

const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
function field(event, path) {
    return path.split('.').reduce((o, k) => (isRecord(o) ? o[k] : undefined), event);
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
        .filter((t) => isRecord(t) && t.type === 'Server')
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
            ...Object.entries(isRecord(debug) ? debug : {}).map(([k, v]) => [`debugData ${code(k)}`, v])
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
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
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
const systemClock = { now: () => Date.now(), sleep: async (ms) => void (await (0,promises_namespaceObject.setTimeout)(ms)) };
/** GETs with the job's credentials, through the runner's proxy settings; no retries of its own. */
function httpTransport(authorization) {
    // No redirects: the credentials go to the org's own endpoint and nowhere else.
    const client = new http_client_HttpClient('opa-workload-identity', [], {
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
            throw new ReadStopped(`could not reach ${new URL(endpoint).origin}: ${errors_messageOf(error)}`);
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
const AUDIT_LOOKAHEAD_MS = (/* unused pure expression or super */ null && (5 * 60_000));
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
    log_setSecret(token.replace(/^(SSWS|Bearer) /, ''));
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

;// CONCATENATED MODULE: external "node:fs/promises"
const external_node_fs_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
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
const ENV_WITHHELD_FROM_AUTHENTICATE = (/* unused pure expression or super */ null && (['OPA_TOKEN']));
/**
 * OBSERVED: `sft --version` prints `sft version X.Y.Z`. ASSUMED tolerant: any
 * first version-shaped word, so `sft 1.2.3` or a bare `1.2.3` also parse.
 */
function contract_parseSftVersion(output) {
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
const DRAFT_HINT = (/* unused pure expression or super */ null && ('No token: the Workload Connection may be in Draft, or its activation has not propagated yet (about 5 minutes). ' +
    'Ask a security admin to check it is Active (Security Administration > Workload connections), wait about 5 minutes after activating it, then re-run. ' +
    'If it is Active, run the same sft by hand with SFT_LOG_LEVEL=debug to see where it printed the token.'));
/**
 * Names OPA accepts. OBSERVED in the console: letters, digits, `-` and `_`
 * ("no spaces or special characters"); team names also allow `.`. The
 * channel is an apt component name.
 */
const CONSOLE_NAME = {
    pattern: /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/,
    allowed: 'letters, digits, "-" and "_", starting with a letter or digit, at most 128 characters'
};
const contract_NAME_RULES = {
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
const contract_APT = {
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
const contract_FIRST_WORKLOAD_SFT = '1.108.0';
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
const LOCAL_FAILURES = (/* unused pure expression or super */ null && ([
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
]));
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

;// CONCATENATED MODULE: ./src/lib/exec.ts





/**
 * Runs a program with an argument array (never through a shell), in the
 * scrubbed environment of `childEnvironment` unless told otherwise, and captures
 * stdout and stderr apart, printing nothing. `@actions/exec` echoes the
 * command line and output by default, which is wrong for a step whose stdout
 * is a credential.
 */
async function exec_runCommand(file, args, options = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(file, args, {
            // No child gets the job's credentials unless a caller hands them over on purpose.
            env: options.env ?? exec_childEnvironment(),
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
        await (0,external_node_fs_promises_namespaceObject.access)(file, external_node_fs_namespaceObject.constants.X_OK);
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
function exec_childEnvironment(extra = {}, base = process.env) {
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
    said_fromSft(text, (secret) => found.push(secret));
    return found;
}
/** sft's words with every token-shaped run replaced by `[redacted]`. */
function said_fromSft(text, seen = () => undefined) {
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
        throw new errors_SshError(`${file} is a symbolic link; the action does not write through it or remove it.`, 'Point ssh at a regular file (replace the link with the file it names), or leave `ssh-config` off and use opa-ssh or the ssh sub-action.');
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
        const text = (0,external_node_fs_namespaceObject.existsSync)(file) ? await (0,external_node_fs_promises_namespaceObject.readFile)(file, 'utf8') : undefined;
        const next = change(text);
        if (next === undefined)
            return;
        const mode = text === undefined ? 0o600 : (await (0,external_node_fs_promises_namespaceObject.stat)(file)).mode & 0o777;
        const staged = `${file}.opa-workload-identity.${process.pid}`;
        await (0,external_node_fs_promises_namespaceObject.writeFile)(staged, next, { mode });
        await (0,external_node_fs_promises_namespaceObject.rename)(staged, file);
    }
    finally {
        await handle.close();
        await (0,external_node_fs_promises_namespaceObject.rm)(lock, { force: true });
    }
}
/** An exclusive lock file; one left by a process that died is taken over after 30 s. */
async function acquire(lock) {
    for (let waited = 0;; waited += 50) {
        try {
            return await (0,external_node_fs_promises_namespaceObject.open)(lock, 'wx', 0o600);
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
            if (waited >= 30_000)
                await (0,external_node_fs_promises_namespaceObject.rm)(lock, { force: true });
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
    if (!(0,external_node_fs_namespaceObject.existsSync)(file) && !isLink(file))
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
    if (outcome.value === 'removed' && created && !(await (0,external_node_fs_promises_namespaceObject.readFile)(file, 'utf8')).trim())
        await (0,external_node_fs_promises_namespaceObject.rm)(file);
    return outcome.value;
}
function isLink(file) {
    try {
        return (0,external_node_fs_namespaceObject.lstatSync)(file).isSymbolicLink();
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
    if (isLink(file) || !(0,external_node_fs_namespaceObject.existsSync)(file))
        return [];
    return ownersIn(await (0,external_node_fs_promises_namespaceObject.readFile)(file, 'utf8')).map((found) => found.owner);
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
        throw new SshError(`sft ssh-config failed: ${fromSft(result.stderr).trim() || `exit ${result.exitCode}`}`, hint);
    }
    return result.stdout;
}

;// CONCATENATED MODULE: ./src/sft/logout.ts



/** How long `sft logout` may take; it only talks to its local agent and state. */
const LOGOUT_TIMEOUT_MS = 15_000;
/**
 * `sft logout`, which also ends the ssh agent native ssh may have started.
 * Returns what went wrong, or undefined when it succeeded.
 */
async function logOut(sft, env = exec_childEnvironment()) {
    try {
        const result = await exec_runCommand(sft, ['logout'], { env, timeoutMs: LOGOUT_TIMEOUT_MS });
        return result.exitCode === 0
            ? undefined
            : said_fromSft(result.stderr).trim() || `exit ${result.exitCode ?? result.signal}`;
    }
    catch (error) {
        return errors_messageOf(error);
    }
}

;// CONCATENATED MODULE: ./src/lib/temp.ts



/**
 * A fresh private directory under the runner's temp dir, which the runner
 * empties after the job, or the system's when run outside Actions.
 */
function temp_makeTempDir(prefix, env = process.env) {
    return mkdtemp(path.join(env.RUNNER_TEMP || tmpdir(), prefix));
}

;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: ./src/lib/retry.ts


/** Thrown by an attempt to ask for another try; anything else ends the loop at once. */
class retry_TransientFailure extends Error {
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
class retry_RetriesExhausted extends Error {
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
async function retry_withRetry(what, policy, attempt) {
    const started = Date.now();
    const failures = [];
    for (let n = 1;; n++) {
        let failure;
        try {
            const value = await attempt(n);
            return { value, attempts: n, elapsedMs: Date.now() - started };
        }
        catch (error) {
            if (!(error instanceof retry_TransientFailure))
                throw error;
            failure = error;
            failures.push(error.message);
        }
        const ceiling = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** (n - 1));
        const delay = Math.max(Math.random() * ceiling, failure.retryAfterMs);
        const elapsed = Date.now() - started;
        if (elapsed + delay > policy.budgetMs) {
            throw new retry_RetriesExhausted(n, elapsed, failures, failure);
        }
        log.debug(`${what}: attempt ${n} failed (${failure.message}); retrying in ${Math.round(delay)} ms`);
        await sleep(delay);
    }
}
/** Seconds from a Retry-After header, in milliseconds; 0 when absent or a date. */
function retry_retryAfterMs(header) {
    const value = Array.isArray(header) ? header[0] : header;
    const seconds = Number(value);
    return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
}

;// CONCATENATED MODULE: ./src/lib/http.ts






/** Downloads retry 404 too: a CDN may serve a new index before its files. */
const DOWNLOAD_RETRY = {
    firstDelayMs: 300,
    maxDelayMs: 3000,
    budgetMs: 10_000
};
/** An HTTP answer that ended the attempts; `status` 0 means no answer at all. */
class http_HttpFailure extends Error {
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
    client ??= new HttpClient('opa-workload-identity', [], {
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
                throw new TransientFailure(messageOf(error));
            }
            const status = response.message.statusCode ?? 0;
            if (status === 200)
                return consume(response);
            response.message.resume();
            if ((status === 404 && retryNotFound) || status === 429 || status >= 500) {
                throw new TransientFailure(`HTTP ${status}`, retryAfterMs(response.message.headers['retry-after']), status);
            }
            throw new http_HttpFailure(url, status, n, `HTTP ${status}`);
        });
        return value;
    }
    catch (error) {
        if (!(error instanceof RetriesExhausted))
            throw error;
        throw new http_HttpFailure(url, error.last.status, error.attempts, error.message);
    }
}
/** GETs a small file into memory. `retryNotFound: false` treats 404 as final. */
async function http_fetchBuffer(url, { policy = DOWNLOAD_RETRY, retryNotFound = true } = {}) {
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
            const hash = createHash('sha256');
            let size = 0;
            // Synchronous writes: nothing else runs meanwhile, and they skip the
            // thread-pool round trip per chunk that a write stream pays.
            const fd = openSync(dest, 'w', 0o600);
            try {
                for await (const chunk of response.message) {
                    hash.update(chunk);
                    writeSync(fd, chunk);
                    size += chunk.length;
                }
            }
            catch (error) {
                throw new TransientFailure(`download interrupted: ${messageOf(error)}`);
            }
            finally {
                closeSync(fd);
            }
            return { sha256: hash.digest('hex'), size };
        });
    }
    catch (error) {
        await rm(dest, { force: true });
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/install/signature.ts
/**
 * Checks the OpenPGP signature of a repository's release file. gpgv, the
 * verifier apt itself runs, is used where it exists (every Debian and Ubuntu
 * runner); elsewhere the openpgp library does the same check. Loading
 * openpgp costs more than the rest of an install's index step together,
 * which is why it is only the fallback.
 */





/** Thrown when the signature is missing, malformed or made by another key. */
class signature_BadSignature extends (/* unused pure expression or super */ null && (Error)) {
}
/** Parses a public key, armored or binary; loads the openpgp library. */
async function signature_readOpenPgpKey(data) {
    const pgp = await __nccwpck_require__.e(/* import() */ 74).then(__nccwpck_require__.bind(__nccwpck_require__, 74));
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
async function signature_verifyRelease(signature, key, gpgv) {
    const tool = gpgv ?? (await findOnPath('gpgv'));
    return tool ? withGpgv(tool, signature, dearmor(key)) : withOpenPgp(signature, key);
}
async function withGpgv(gpgv, signature, keyring) {
    const dir = await makeTempDir('opa-gpgv-');
    try {
        await writeFile(path.join(dir, 'key.gpg'), keyring);
        const common = ['--homedir', dir, '--status-fd', '2', '--keyring', path.join(dir, 'key.gpg')];
        let args;
        if ('clearsigned' in signature) {
            await writeFile(path.join(dir, 'InRelease'), signature.clearsigned);
            args = [...common, '--output', path.join(dir, 'Release'), path.join(dir, 'InRelease')];
        }
        else {
            await writeFile(path.join(dir, 'Release'), signature.release);
            await writeFile(path.join(dir, 'Release.gpg'), signature.detached);
            args = [...common, path.join(dir, 'Release.gpg'), path.join(dir, 'Release')];
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
            throw new signature_BadSignature(reason || `gpgv exited with ${result.exitCode}`);
        }
        return {
            text: (await readFile(path.join(dir, 'Release'))).toString('utf8'),
            fingerprint: valid[valid.length - 1].toUpperCase()
        };
    }
    finally {
        await rm(dir, { recursive: true, force: true });
    }
}
async function withOpenPgp(signature, keyData) {
    const pgp = await __nccwpck_require__.e(/* import() */ 74).then(__nccwpck_require__.bind(__nccwpck_require__, 74));
    try {
        const key = await signature_readOpenPgpKey(keyData);
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
        throw new signature_BadSignature(messageOf(error));
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
        throw new InstallError(`${dist}/Release lists no ${base} index, so this repository has no ${spec.arch} packages in component "${spec.component}".`, `Check \`sft-channel\` (usually "okta") and \`sft-repo\`, or install sft yourself and use \`install: none\`.`);
    }
    const expected = listed.get(choice);
    const raw = await fetchOrExplain(`${dist}/${choice}`, 'the package index');
    verifyDigest(`${dist}/${choice}`, raw, expected);
    const packages = parseParagraphs((await decompress(choice, raw)).toString('utf8'))
        .filter((p) => p.get('package') === APT.packageName && [spec.arch, 'all'].includes(p.get('architecture') ?? ''))
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
function apt_repo_choosePackage(packages, requested, where) {
    const sorted = [...packages].sort((a, b) => compareVersions(b.version, a.version));
    const chosen = requested === 'latest'
        ? sorted[0]
        : (sorted.find((p) => p.version === requested) ?? sorted.find((p) => upstreamVersion(p.version) === requested));
    if (chosen)
        return chosen;
    const newest = [...new Set(sorted.map((p) => p.version))].slice(0, 10);
    throw new InstallError(requested === 'latest'
        ? `${where} has no ${APT.packageName} package.`
        : `${APT.packageName} ${requested} is not in ${where}. The newest versions there are: ${newest.join(', ') || '(none)'}.`, requested === 'latest'
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
        throw new InstallError(`The signature of ${where} does not verify with the repository key from ${key.url}: ${error.message}.`, 'The repository index may have been tampered with, or the key has changed. Do not work around this; check the repository and key with your security team.');
    }
    const pinned = parseFingerprint(spec.key);
    if (pinned && signed.fingerprint !== pinned) {
        throw new InstallError(`${where} is signed by key ${signed.fingerprint}, but sft-repo-key pins ${pinned}.`, 'Someone may be serving a different key. Check the fingerprint with your security team before changing the pin.');
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
    return spec.key && !parseFingerprint(spec.key) ? spec.key : `${new URL(spec.url).origin}/${APT.keyFile}`;
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
        log.warning(`The repository key ${url} does not exist (HTTP 404); the sft package index is verified only by its SHA-256 chain, not by a signature. Pin a key with \`sft-repo-key\` to require one.`);
        return undefined;
    }
}
function keyRefused(url, error) {
    const answer = error instanceof HttpFailure && error.status > 0
        ? `HTTP ${error.status} after ${error.attempts} attempt${error.attempts === 1 ? '' : 's'}`
        : `no answer: ${messageOf(error)}`;
    return new InstallError(`Could not fetch the repository key ${url} (${answer}), so the sft package index cannot be verified; the install stops rather than go on unsigned.`, 'Only a 404 (no key published) lets the install continue without a signature check. Let the runner reach the key URL (allow it through the proxy or mirror), or set `sft-repo-key` to the URL of a copy of the key the runner can reach.');
}
/** Fetches, parses and checks the repository key for apt; any failure is an error. */
async function apt_repo_readRepoKey(spec) {
    const url = keyUrl(spec);
    const data = await fetchOrExplain(url, 'the repository key');
    let key;
    try {
        key = await readOpenPgpKey(data);
    }
    catch (error) {
        throw new InstallError(`${url} is not an OpenPGP public key: ${messageOf(error)}.`, 'Point `sft-repo-key` at the armored repository key, or give its fingerprint.');
    }
    const fingerprint = key.getFingerprint().toUpperCase();
    const pinned = parseFingerprint(spec.key);
    if (pinned && fingerprint !== pinned) {
        throw new InstallError(`The repository key at ${url} has fingerprint ${fingerprint}, but sft-repo-key pins ${pinned}.`, 'Someone may be serving a different key. Check the fingerprint with your security team before changing the pin.');
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
        throw new InstallError(`${dist}/Release expired on ${new Date(until).toISOString()} (Valid-Until), so it may be a replayed old index.`, 'Check that `sft-repo` points at a live repository or mirror that is kept up to date.');
    }
}
/** Throws unless a file's digest is the one the signed index lists for it. */
function checkDigest(what, actual, expected) {
    if (actual.size !== expected.size || actual.sha256 !== expected.sha256) {
        throw new InstallError(`${what} does not match the signed index: expected SHA-256 ${expected.sha256} and ${expected.size} bytes, got ${actual.sha256} and ${actual.size} bytes.`, 'The file was corrupted or tampered with on the way. Re-run the job; if it persists, check the repository or mirror.');
    }
}
function verifyDigest(what, data, expected) {
    checkDigest(what, { sha256: createHash('sha256').update(data).digest('hex'), size: data.length }, expected);
}
async function decompress(name, data) {
    try {
        if (name.endsWith('.gz'))
            return gunzipSync(data);
        if (!name.endsWith('.xz'))
            return data;
    }
    catch (error) {
        throw new InstallError(`${name} is not valid gzip: ${messageOf(error)}.`, 'Re-run the job; the index may have been cut short.');
    }
    const result = await runCommand('xz', ['-dc'], {
        input: data,
        timeoutMs: 30_000
    });
    if (result.exitCode !== 0) {
        throw new InstallError(`Could not decompress ${name} with xz: ${result.stderr.trim()}.`, 'Install xz-utils on the runner, or use a repository that also serves Packages.gz.');
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
    return new InstallError(`Could not download ${what} after ${error.attempts} attempt${error.attempts === 1 ? '' : 's'}: ${error.message}.`, hint);
}

;// CONCATENATED MODULE: ./src/install/binary.ts
/** The sft binary the action uses: where it is, its version, and how it was found. */








/** Whether a found version meets `sft-version`: equal to a pin, or new enough for `latest`. */
function satisfies(version, wanted) {
    if (wanted === 'latest')
        return compareVersions(version, FIRST_WORKLOAD_SFT) >= 0;
    return version === wanted || version === upstreamVersion(wanted);
}
function checkVersion(binary, wanted) {
    if (wanted !== 'latest' && !satisfies(binary.version, wanted)) {
        throw new InstallError(`${binary.path} is sft ${binary.version}, but sft-version asks for ${wanted}.`, 'Pin `sft-version` to the version installed, set it to "latest", or let the action install the pinned one (`install: auto`, no `sft-path`).');
    }
    return binary;
}
async function explicitBinary(file) {
    const absolute = path.resolve(file);
    try {
        await access(absolute, constants.X_OK);
    }
    catch {
        throw new InstallError(`sft-path "${file}" does not exist or is not executable.`, 'Point `sft-path` at the sft binary (for example /usr/bin/sft), or leave it empty.');
    }
    return {
        path: absolute,
        version: await binary_sftVersion(absolute),
        source: 'sft-path'
    };
}
async function pathBinary() {
    const found = await findOnPath('sft');
    return found ? { path: found, version: await binary_sftVersion(found), source: 'PATH' } : undefined;
}
/** Runs `sft --version` and returns the version it reports. */
async function binary_sftVersion(file) {
    let result;
    try {
        result = await runCommand(file, ['--version'], { timeoutMs: 15_000 });
    }
    catch (error) {
        // ENOENT for a file that exists means its program loader is missing: a glibc binary on musl.
        const loader = error.code === 'ENOENT' && existsSync(file)
            ? ' (the file exists, so the program loader it names is missing: a glibc binary on a musl system such as Alpine)'
            : '';
        throw new InstallError(`Could not run ${file}: ${messageOf(error)}${loader}.`, "Check that the file is a Linux sft binary for this runner's architecture and C library.", [], { cause: error });
    }
    const version = parseSftVersion(`${result.stdout}\n${result.stderr}`);
    if (result.exitCode !== 0 || !version) {
        throw new InstallError(`${file} --version did not report a version (exit ${result.exitCode ?? result.signal}).`, 'Check that the file is the sft CLI from scaleft-client-tools.', [fromSft(result.stderr).trim()]);
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
        throw new InstallError(`The action installs sft only on Linux x64 and arm64; this runner is ${platform}/${arch}.`, 'Install sft yourself in an earlier step and use `install: none` (or `sft-path`).');
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
async function platform_servedCodename(repoUrl, platform) {
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
    log.notice(`Okta publishes no sft packages for ${platform.release}; using the ${platform.codename} packages, built for the nearest older release of the same family.`);
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
        return readdirSync(dir);
    }
    catch {
        return [];
    }
}
/** Okta builds sft for glibc only; on musl its loader is missing and it cannot start. */
function muslError(release) {
    return new InstallError(`This runner uses musl libc${release ? ` (${release})` : ''}, such as Alpine Linux; Okta publishes sft only for glibc-based Linux, so a downloaded sft could not start. Nothing was downloaded.`, 'Run the job on a glibc-based image (Debian, Ubuntu, or a `container:` built on one), or provide a working sft yourself (for example on a glibc image) and use `install: none` or `sft-path`.');
}
function readOsRelease() {
    for (const file of ['/etc/os-release', '/usr/lib/os-release']) {
        if (existsSync(file))
            return readFileSync(file, 'utf8');
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
    const [names, versions] = isUbuntu || !isDebian ? [APT.ubuntuCodenames, APT.ubuntuVersions] : [APT.debianCodenames, APT.debianVersions];
    if (names.includes(codename))
        return codename;
    const own = parseFloat(fields.get('VERSION_ID') ?? '');
    if (!Number.isFinite(own) || !(isUbuntu || isDebian))
        return names[names.length - 1];
    const older = versions.map(parseFloat).filter((v) => v <= own);
    return names[older.length ? older.length - 1 : 0];
}
/** Which repository, release, component and architecture to read. */
function platform_repoSpec(inputs, platform) {
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
const INSTALLED_SFT = '/usr/bin/sft';
/** The keyring and sources entry of a repository key: the only system files the action writes. */
function aptFiles(fingerprint) {
    const name = `opa-workload-identity-${fingerprint.slice(-16).toLowerCase()}`;
    return { keyring: `/usr/share/keyrings/${name}.gpg`, sources: `/etc/apt/sources.list.d/${name}.list` };
}
/** Whether a path is one `aptFiles` could name, for post to remove. */
function isAptFile(file) {
    return /^(\/usr\/share\/keyrings\/opa-workload-identity-[0-9a-f]{16}\.gpg|\/etc\/apt\/sources\.list\.d\/opa-workload-identity-[0-9a-f]{16}\.list)$/.test(file);
}
async function aptInstall(inputs, platform, willWriteSystemFiles) {
    const asRoot = await rootRunner();
    const spec = repoSpec(inputs, { ...platform, codename: await servedCodename(inputs.sftRepo, platform) });
    const key = await readRepoKey(spec);
    const files = aptFiles(key.fingerprint);
    const work = await makeTempDir('opa-apt-');
    try {
        willWriteSystemFiles([files.keyring, files.sources]);
        await addSource(asRoot, work, spec, key.binary, files);
        const version = await availableVersion(asRoot, files.sources, inputs.sftVersion, spec);
        const install = ['install', '-y', '-qq', '--no-install-recommends', '--allow-downgrades'];
        await asRoot(['apt-get', ...install, `${APT.packageName}=${version}`], 'apt-get install');
        log.info(`apt: installed ${APT.packageName} ${version} (${INSTALLED_SFT})`);
        return { path: INSTALLED_SFT, version: await sftVersion(INSTALLED_SFT), source: 'apt' };
    }
    finally {
        await rm(work, { recursive: true, force: true });
    }
}
async function rootRunner() {
    const root = process.getuid?.() === 0;
    if (!root && !(await findOnPath('sudo'))) {
        throw new InstallError('install: apt needs root or sudo, and this runner has neither.', 'Use `install: download`, which needs no root.');
    }
    const env = childEnvironment({ DEBIAN_FRONTEND: 'noninteractive' });
    const sudo = root ? [] : sudoKeepingProxy(env);
    return async (args, what) => {
        const [file, ...rest] = [...sudo, ...args];
        const result = await runCommand(file, rest, { timeoutMs: APT_TIMEOUT_MS, env });
        if (result.exitCode !== 0 && /not allowed to preserve the environment/.test(result.stderr)) {
            throw new InstallError(`sudo on this runner does not let ${what} keep the proxy variables (${sudo.slice(2).join(' ')}), so apt would not use the proxy.`, 'Let sudo keep them (a sudoers line `Defaults env_keep += "http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY"`), or use `install: download`, which needs no root.');
        }
        if (result.exitCode !== 0) {
            throw new InstallError(`${what} failed (exit ${result.exitCode ?? result.signal}): ${result.stderr.trim().split('\n').slice(-3).join(' ')}`, 'Check the apt output above, or use `install: download`, which needs no root.');
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
    await writeFile(path.join(work, 'key.gpg'), key);
    const line = `deb [signed-by=${files.keyring}] ${spec.url} ${spec.codename} ${spec.component}\n`;
    await writeFile(path.join(work, 'source.list'), line);
    await asRoot(['install', '-m', '0644', path.join(work, 'key.gpg'), files.keyring], `Writing ${files.keyring}`);
    await asRoot(['install', '-m', '0644', path.join(work, 'source.list'), files.sources], `Writing ${files.sources}`);
    log.info(`apt: added ${files.keyring} and ${files.sources}`);
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
    const madison = await asRoot(['apt-cache', 'madison', APT.packageName], 'apt-cache madison');
    const versions = madison
        .split('\n')
        .map((line) => line.split('|')[1]?.trim())
        .filter((v) => !!v);
    const entries = versions.map((version) => ({ version, filename: '', size: 0, sha256: '' }));
    return choosePackage(entries, wanted, `${spec.url} (apt)`).version;
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
    return named.filter((dir) => external_node_path_default().isAbsolute(dir) && external_node_path_default().basename(dir) === '.ssh');
}
/** The temp dir named in state, if it is one main could have made. */
function ownTempDir(named, env = process.env) {
    if (!named || !env.RUNNER_TEMP)
        return undefined;
    const resolved = external_node_path_default().resolve(named);
    const inRunnerTemp = external_node_path_default().dirname(resolved) === external_node_path_default().resolve(env.RUNNER_TEMP);
    return inRunnerTemp && new RegExp(`^${TEMP_PREFIX}[A-Za-z0-9]{6}$`).test(external_node_path_default().basename(resolved))
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
    const ok = external_node_path_default().isAbsolute(named) && external_node_path_default().basename(named) === 'config' && external_node_path_default().basename(external_node_path_default().dirname(named)) === '.ssh';
    return ok ? external_node_path_default().resolve(named) : undefined;
}
/**
 * The sft named in state, if it is one main could have used: the sft-path
 * input, one in the tool cache, apt's, or the `sft` on PATH. Post runs it
 * (`sft logout`), so a path from state alone is never enough.
 */
async function ownSft(named, sftPathInput, env = process.env) {
    if (!named || external_node_path_default().basename(named) !== 'sft')
        return undefined;
    const resolved = external_node_path_default().resolve(named);
    const cache = env.RUNNER_TOOL_CACHE ? external_node_path_default().resolve(env.RUNNER_TOOL_CACHE, 'sft') : undefined;
    const candidates = [sftPathInput && external_node_path_default().resolve(sftPathInput), INSTALLED_SFT, await exec_findOnPath('sft', env.PATH)];
    const known = candidates.includes(resolved) || (cache !== undefined && resolved.startsWith(`${cache}/`));
    return known ? resolved : undefined;
}

;// CONCATENATED MODULE: ./src/steps/cleanup.ts







const NOTHING = { removed: [], failed: [] };
/**
 * Removes the `.ssh` directory main created for the config file, only when
 * it is empty: anything in it is someone else's (another job's block).
 */
async function removeCreatedDirs(absentBefore) {
    const report = { removed: [], failed: [] };
    for (const dir of ownSshDirs(absentBefore).filter((d) => (0,external_node_fs_namespaceObject.existsSync)(d))) {
        // rmdir fails on a directory with anything in it, which is then not ours to remove.
        await (0,external_node_fs_promises_namespaceObject.rmdir)(dir).then(() => report.removed.push(dir), () => undefined);
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
    for (const file of ownAptFiles(files).filter((f) => (0,external_node_fs_namespaceObject.existsSync)(f))) {
        const [cmd, ...args] = root ? ['rm', '-f', file] : ['sudo', '-n', 'rm', '-f', file];
        const result = await exec_runCommand(cmd, args, { timeoutMs: 30_000 }).catch((error) => ({
            exitCode: 1,
            stderr: errors_messageOf(error)
        }));
        if (result.exitCode === 0)
            report.removed.push(file);
        else
            report.failed.push({ path: file, error: result.stderr.trim() });
    }
    return report;
}
/**
 * Removes the block main added for this job (`temp`, post's own temp dir),
 * from the file main recorded. A missing end marker or a symlink leaves
 * the file as it is, as a failure post reports.
 */
async function removeSshConfig(state, temp) {
    const report = { removed: [], failed: [] };
    if (!state || !temp)
        return report;
    try {
        const { file, created } = JSON.parse(state);
        const own = ownSshConfig(typeof file === 'string' ? file : '');
        if (!own)
            return report;
        const outcome = await removeBlock(own, temp, created === true);
        if (outcome === 'removed')
            report.removed.push(`this job's ssh-config block in ${own}`);
        else if (outcome !== 'absent')
            report.failed.push({ path: `this job's ssh-config block in ${own}`, error: outcome.problem });
    }
    catch (error) {
        report.failed.push({ path: 'the ssh-config block', error: errors_messageOf(error) });
    }
    return report;
}
/** Ends the sft session main started, when main got as far as finding sft. */
async function endSftSession(sft, env) {
    if (!sft || !(0,external_node_fs_namespaceObject.existsSync)(sft))
        return { removed: [], failed: [] };
    const problem = await logOut(sft, env);
    return problem === undefined
        ? { removed: ['the sft session (sft logout)'], failed: [] }
        : { removed: [], failed: [{ path: 'sft logout', error: problem }] };
}
/** Removes a file or directory that post's own rules name (its temp dir, the sessions record). */
async function removeOwnPath(dir) {
    if (!dir || !(0,external_node_fs_namespaceObject.existsSync)(dir))
        return { removed: [], failed: [] };
    try {
        await (0,external_node_fs_promises_namespaceObject.rm)(dir, { recursive: true, force: true });
        return { removed: [dir], failed: [] };
    }
    catch (error) {
        return { removed: [], failed: [{ path: dir, error: errors_messageOf(error) }] };
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
        await mkdir(value, { recursive: true, mode: 0o700 });
    Object.assign(process.env, env);
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
    for (const entry of (0,external_node_fs_namespaceObject.readdirSync)('/proc')) {
        if (!/^\d+$/.test(entry) || Number(entry) === process.pid)
            continue;
        try {
            if ((0,external_node_fs_namespaceObject.statSync)(`/proc/${entry}`).uid !== uid)
                continue;
            const variable = (0,external_node_fs_namespaceObject.readFileSync)(`/proc/${entry}/environ`, 'latin1')
                .split('\0')
                .find((v) => v.startsWith(STATE_VARIABLE));
            const temp = variable && external_node_path_default().dirname(variable.slice(STATE_VARIABLE.length));
            if (!temp || !ACTION_TEMP.test(temp) || !variable.endsWith(`/${STATE_SUFFIX}`))
                continue;
            found.push({ pid: Number(entry), temp, name: (0,external_node_fs_namespaceObject.readFileSync)(`/proc/${entry}/comm`, 'utf8').trim() });
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
        for (const owner of (await blockOwners(file)).filter((o) => !(0,external_node_fs_namespaceObject.existsSync)(o.temp))) {
            const outcome = await removeBlock(file, owner.temp, false);
            const what = `the ssh-config block in ${file} of job ${owner.job}, which ended without its post step`;
            if (outcome === 'removed')
                report.removed.push(what);
            else if (outcome !== 'absent')
                report.failed.push({ path: what, error: outcome.problem });
        }
    }
    for (const proc of stateProcesses().filter((p) => !(0,external_node_fs_namespaceObject.existsSync)(p.temp))) {
        const what = `${proc.name} (pid ${proc.pid}) of a job that ended without its post step (its state was ${proc.temp})`;
        try {
            process.kill(proc.pid, 'SIGTERM');
            report.removed.push(what);
        }
        catch (error) {
            report.failed.push({ path: what, error: errors_messageOf(error) });
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
        return (await (0,external_node_fs_promises_namespaceObject.readFile)(file, 'utf8')).split('\n').includes(UNOWNED_BLOCK_START);
    }
    catch {
        return false;
    }
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
    appendFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 });
}
/** The sessions recorded so far; lines that are not a session are skipped. */
function readSessions(env = process.env) {
    const file = sessionsFile(env);
    if (!file || !(0,external_node_fs_namespaceObject.existsSync)(file))
        return [];
    return (0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8')
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

;// CONCATENATED MODULE: ./src/ssh/bootstrap.ts
/**
 * The fixed remote command that receives the environment and the script on
 * stdin and runs the script, and the marker it prints just before the script
 * starts. Only numbers and validated interpreter words are interpolated.
 */


/** Names the bootstrap keeps for itself; `env` entries may not start with it. */
const BOOTSTRAP_PREFIX = '__opa_ssh';
/** The bootstrap's own variable, the directory it stages into. */
const BOOTSTRAP_DIR = (/* unused pure expression or super */ null && (`${BOOTSTRAP_PREFIX}_dir`));
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
const COMMAND_PAYLOAD_MAX = (/* unused pure expression or super */ null && (90 * 1024));
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
    return { payload, envBytes: Buffer.byteLength(envText), sha256: createHash('sha256').update(payload).digest('hex') };
}

;// CONCATENATED MODULE: ./src/install/fingerprint.ts
// Pure, so that input validation can use it without loading the installer.
/** A 40-hex-digit OpenPGP v4 fingerprint, as users paste it (spaces allowed), in upper case. */
function fingerprint_parseFingerprint(value) {
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
const TELLING_CLAIMS = (/* unused pure expression or super */ null && ([
    'sub',
    'repository',
    'repository_owner',
    'ref',
    'environment',
    'job_workflow_ref',
    'event_name',
    'aud'
]));
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
class validator_Validator {
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
            const fingerprint = fingerprint_parseFingerprint(value);
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
        team: env[SESSION_ENV.team],
        connection: env[SESSION_ENV.connection],
        role: env[SESSION_ENV.role],
        'opa-addr': env[SESSION_ENV.opaAddr],
        audience: env[SESSION_ENV.audience]
    };
    return exported[name] ?? '';
}

;// CONCATENATED MODULE: ./src/inputs/main.ts



const INSTALL_METHODS = ['auto', 'download', 'apt', 'none'];
/**
 * Reads and validates every input before the action does anything, so that a
 * user with three mistakes learns about all three from one run.
 */
function readInputs(read) {
    const v = new validator_Validator(read);
    const opaAddr = v.url('opa-addr', 'https://<org>.pam.okta.com');
    const inputs = {
        team: v.name('team', contract_NAME_RULES.team, true),
        connection: v.name('connection', contract_NAME_RULES.connection, true),
        role: v.name('role', contract_NAME_RULES.role, false),
        opaAddr,
        audience: v.audience('audience', opaAddr),
        sftVersion: v.version('sft-version'),
        install: v.choice('install', INSTALL_METHODS, 'auto'),
        sftPath: v.path('sft-path'),
        sftRepo: v.url('sft-repo', contract_APT.defaultRepo, contract_APT.defaultRepo).replace(/\/+$/, ''),
        sftChannel: v.name('sft-channel', contract_NAME_RULES.channel, false) || contract_APT.defaultChannel,
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
        inputs.oneStep = readFleetInputs(v, inputs);
    v.finish();
    return inputs;
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

;// CONCATENATED MODULE: ./src/report/post-summary.ts

function renderJobEnd(end) {
    return ['## What this job did', '', story(end), '', residue(end), renderCleanup(end.removed, end.remaining)].join('\n');
}
/** A time of day in UTC, to the second. */
const clock = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
/** The sentence a reviewer can stop at, built from what the job recorded. */
function story(end) {
    const env = end.env;
    const who = `${code(env.GITHUB_REPOSITORY)} @ ${code(env.GITHUB_REF_NAME)} (${md(env.GITHUB_EVENT_NAME)} by ${md(env.GITHUB_ACTOR)})`;
    const account = code(end.subject?.account || 'the JIT account');
    const reached = end.sessions.length
        ? `${reachedServers(end.sessions)} as ${account}`
        : `authenticated as ${account} and opened no session`;
    const lifetime = end.subject?.expiresAt !== undefined
        ? `The token is valid until ${clock(end.subject.expiresAt)} (${Math.round((end.subject.expiresAt - end.subject.issuedAt) / 60_000)} min after its issue) and was never stored.`
        : 'The token was never stored.';
    const left = end.remaining.length ? 'Something was left behind: see below.' : 'Nothing was left behind.';
    return `${who} ${reached} through OPA team ${code(end.team)}. ${lifetime} ${left}`;
}
/**
 * Servers, not sessions: a host the job reached in several steps counts
 * once, and counts as reached when any of its sessions succeeded.
 */
function reachedServers(sessions) {
    const hosts = new Set(sessions.map((s) => s.host));
    const ok = new Set(sessions.filter((s) => s.status === 'ok').map((s) => s.host));
    const inSessions = sessions.length > hosts.size ? ` in ${sessions.length} sessions` : '';
    return `reached ${ok.size} of ${hosts.size} server${hosts.size === 1 ? '' : 's'}${inSessions}`;
}
/** Zero residue, kind by kind, saying "observed" only for what the action saw itself. */
function residue(end) {
    const lastEnd = Math.max(...end.sessions.map((s) => s.endedAt));
    const rows = [
        [
            'Token',
            `${end.subject?.expiresAt ? `expires ${clock(end.subject.expiresAt)}; ` : ''}${end.tokenCleared ? 'cleared from the environment of later steps (observed)' : 'never exported to later steps'}`
        ],
        [
            'Certificates',
            end.sessions.length
                ? `one per session (${end.sessions.length}), short-lived, issued by OPA for that session only`
                : 'none issued'
        ],
        [
            'Just-in-time account',
            end.sessions.length
                ? `the last session ended ${clock(lastEnd)} (observed); OPA destroys the account when its last session ends`
                : 'never created'
        ],
        [
            'Local files',
            end.remaining.length ? `${end.remaining.length} still present (observed)` : 'all removed, checked (observed)'
        ]
    ];
    return [
        '### Zero residue',
        '',
        '_What this job leaves behind, kind by kind, from what the action could see itself._',
        '',
        '| Kind | State |',
        '|---|---|',
        ...rows.map(([kind, state]) => `| ${kind} | ${md(state, 400)} |`),
        ''
    ].join('\n');
}
/** What post removed, and whether anything the action made is still there. */
function renderCleanup(removed, remaining) {
    const list = removed.length ? removed.map((r) => `- removed ${md(r, 400)}`).join('\n') : '- nothing to remove';
    const check = remaining.length
        ? `⚠️ Still present: ${remaining.map((r) => md(r, 200)).join(', ')}`
        : '✅ Nothing the action created remains.';
    return `### Cleanup\n\n${list}\n\n${check}\n`;
}

;// CONCATENATED MODULE: ./src/steps/post.ts

















/**
 * The post step: undo what main did, using only what main recorded, then
 * report the audit trail. It runs after a failed or cancelled main too, so
 * nothing here may assume main got far, and no problem fails the job.
 */
async function run() {
    // Read before cleanup, which removes the file.
    const sessions = readSessions();
    let inputs;
    try {
        inputs = readInputs((name) => getInput(name));
    }
    catch {
        // Main already reported bad inputs; cleanup does not need them.
    }
    try {
        const report = await cleanUp(inputs?.sftPath ?? '');
        if (getState(State.TokenExported) === 'true') {
            // Every variable any step of the action exported: main's, and a renewed OPA_TOKEN.
            for (const name of Object.values(contract_SESSION_ENV))
                exportVariable(name, '');
            report.removed.push(`${Object.values(contract_SESSION_ENV).join(', ')} (exported as empty)`);
        }
        if (report.removed.length === 0)
            log_info('Cleanup: nothing to remove.');
        for (const item of report.removed)
            log_info(`Cleanup: removed ${item}`);
        for (const { path, error } of report.failed)
            log_warning(`Cleanup: could not remove ${path}: ${error}`);
        if (inputs?.summary) {
            const stillThere = report.removed.filter((item) => item.startsWith('/') && (0,external_node_fs_namespaceObject.existsSync)(item));
            const remaining = [...report.failed.map((f) => f.path), ...stillThere];
            const subject = auditState();
            const tokenCleared = getState(State.TokenExported) === 'true';
            const end = {
                env: process.env,
                team: inputs.team,
                subject,
                sessions,
                removed: report.removed,
                remaining,
                tokenCleared
            };
            await appendSummary(renderJobEnd(end));
        }
    }
    catch (error) {
        log_warning(`Cleanup failed: ${errors_messageOf(error)}`);
    }
    if (inputs)
        await reportAudit(inputs, sessions).catch((error) => log_warning(`Audit trail: ${errors_messageOf(error)}`));
}
/**
 * Undoes main's effects, each path checked against post's own rules. In
 * this order: logging out needs sft's state, which the later steps remove.
 */
async function cleanUp(sftPathInput) {
    const temp = ownTempDir(getState(State.TempDir));
    const sft = await ownSft(getState(State.SftPath), sftPathInput);
    const sshConfig = getState(State.SshConfig);
    const parts = [
        { removed: parseList(getState(State.GoneJobs)), failed: [] },
        await removeSshConfig(sshConfig, temp),
        // Native ssh through this job's block used this private state too: one logout ends both.
        temp ? await endSftSession(sft, exec_childEnvironment(privateStateEnv(temp))) : NOTHING,
        temp ? await endProcessesOf(temp) : NOTHING,
        await removeGoneJobs(configFilesIn(sshConfig)),
        await removeOwnPath(temp),
        await removeOwnPath(sessionsFile()),
        await removeCreatedDirs(parseList(getState(State.AbsentDirs))),
        await removeSystemFiles(parseList(getState(State.SystemFiles)))
    ];
    return { removed: parts.flatMap((p) => p.removed), failed: parts.flatMap((p) => p.failed) };
}
/** The config file main recorded, for the sweep of jobs that are gone. */
function configFilesIn(state) {
    try {
        const { file } = JSON.parse(state || '{}');
        const own = ownSshConfig(typeof file === 'string' ? file : '');
        return own ? [own] : [];
    }
    catch {
        return [];
    }
}
/** What main recorded about the token, or nothing when state holds nothing readable. */
function auditState() {
    try {
        const parsed = JSON.parse(getState(State.Audit) || 'null');
        return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
/** Live System Log events for this job, when the job can read the log and main did not already. */
async function reportAudit(inputs, sessions) {
    const subject = auditState();
    if (!subject || getState(State.AuditReported) === 'true')
        return;
    const live = await fetchJobEvents(inputs, subject, sessions);
    if (!live)
        return;
    if (live.problem)
        log_warning(`Audit trail: ${live.problem}`);
    log_info(auditLine(live));
    if (inputs.summary)
        await appendSummary(renderAuditEvents(live.events, live.problem, live.others, sessions.length > 0));
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

/***/ 339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

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
/******/ var __webpack_exports__ = __nccwpck_require__(897);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
