"use strict";
exports.id = 573355;
exports.ids = [573355];
exports.modules = {

/***/ 44914:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.issueCommand = issueCommand;
exports.issue = issue;
const os = __importStar(__webpack_require__(70857));
const utils_1 = __webpack_require__(30302);
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
    process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = '') {
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
    return (0, utils_1.toCommandValue)(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return (0, utils_1.toCommandValue)(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map

/***/ }),

/***/ 24753:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// For internal use, subject to change.
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.issueFileCommand = issueFileCommand;
exports.prepareKeyValueMessage = prepareKeyValueMessage;
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
const crypto = __importStar(__webpack_require__(76982));
const fs = __importStar(__webpack_require__(79896));
const os = __importStar(__webpack_require__(70857));
const utils_1 = __webpack_require__(30302);
function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!fs.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    fs.appendFileSync(filePath, `${(0, utils_1.toCommandValue)(message)}${os.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
    const convertedValue = (0, utils_1.toCommandValue)(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${os.EOL}${convertedValue}${os.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map

/***/ }),

/***/ 71847:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.summary = exports.markdownSummary = exports.SUMMARY_DOCS_URL = exports.SUMMARY_ENV_VAR = void 0;
const os_1 = __webpack_require__(70857);
const fs_1 = __webpack_require__(79896);
const { access, appendFile, writeFile } = fs_1.promises;
exports.SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
exports.SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
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
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[exports.SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${exports.SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, fs_1.constants.R_OK | fs_1.constants.W_OK);
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
        return __awaiter(this, void 0, void 0, function* () {
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
        return __awaiter(this, void 0, void 0, function* () {
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
        return this.addRaw(os_1.EOL);
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
exports.markdownSummary = _summary;
exports.summary = _summary;
//# sourceMappingURL=summary.js.map

/***/ }),

/***/ 30302:
/***/ ((__unused_webpack_module, exports) => {


// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toCommandValue = toCommandValue;
exports.toCommandProperties = toCommandProperties;
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

/***/ }),

/***/ 65348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ coreLog)
/* harmony export */ });
/**
 * The engine's Log onto the step log. Warnings stay plain log lines: the action decides which
 * problems become annotations (annotations.ts), so the per-step limits go to what matters.
 */
function coreLog(core) {
    return {
        debug: (m) => core.debug(m),
        info: (m) => core.info(m),
        warn: (m) => core.info(`warning: ${m}`),
        error: (m) => core.info(`error: ${m}`)
    };
}


/***/ }),

/***/ 91428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ kubeConnector)
/* harmony export */ });
/**
 * Connects to the cluster on first call and hands the same connection to every later caller.
 * The Kubernetes layer (and @kubernetes/client-node under it) is loaded only then, so commands
 * and backends that never touch a cluster never load it. The environment variables that locate a
 * kubeconfig are read here, from the environment the caller was given.
 */
function kubeConnector(target, env, clock, log, 
/**
 * `secrets` learns the credentials the kubeconfig holds, so nothing prints them; `cancel` (the
 * process's SIGINT/SIGTERM) stops a hanging exec credential plugin at once.
 */
extra = {}) {
    let connection;
    return () => {
        connection ??= Promise.all(/* import() */[__webpack_require__.e(435277), __webpack_require__.e(913728)]).then(__webpack_require__.bind(__webpack_require__, 9190)).then(({ connectKube }) => connectKube({
            kubeconfig: target.kubeconfig,
            context: target.context,
            env: {
                KUBECONFIG: env.KUBECONFIG,
                HOME: env.HOME,
                USERPROFILE: env.USERPROFILE,
                KUBERNETES_SERVICE_HOST: env.KUBERNETES_SERVICE_HOST,
                KUBERNETES_SERVICE_PORT: env.KUBERNETES_SERVICE_PORT
            }
        }, { clock, log, ...extra }));
        return connection;
    };
}


/***/ }),

/***/ 19647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FK: () => (/* binding */ cliIo),
  Hb: () => (/* binding */ guardedStep)
});

// UNUSED EXPORTS: actionDeps, actionsCore, exitAfterCancel, processInfo, processSignal

// EXTERNAL MODULE: ./package.json
var package_0 = __webpack_require__(8330);
// EXTERNAL MODULE: ./src/action/core-log.ts
var core_log = __webpack_require__(65348);
;// CONCATENATED MODULE: ./src/action/lazy-gate-engine.ts
function createGateEngine(deps) {
    let engine;
    const load = () => (engine ??= Promise.all(/* import() */[__webpack_require__.e(852586), __webpack_require__.e(583117), __webpack_require__.e(623398), __webpack_require__.e(902419), __webpack_require__.e(366855), __webpack_require__.e(184203), __webpack_require__.e(138475)]).then(__webpack_require__.bind(__webpack_require__, 47797)).then((m) => m.createGateEngine(deps)));
    return {
        run: async (settings, context, signal) => (await load()).run(settings, context, signal),
        cleanup: async (settings, signal) => (await load()).cleanup(settings, signal)
    };
}

// EXTERNAL MODULE: ./src/util/secret-mask.ts
var secret_mask = __webpack_require__(60051);
;// CONCATENATED MODULE: ./src/action/masked-core.ts
/**
 * The runner masks `setSecret` values in the step log, but only as given: a server that quotes a
 * Basic header hands back the base64 of a URL password, and the job summary, the reports and the
 * check run are not the step log. This core registers every form of each secret with the runner
 * and with the process's mask, and masks every message and summary before the runner sees it.
 */

function maskedCore(core, secrets) {
    const m = (text) => secrets.mask(text);
    return {
        getInput: (name) => core.getInput(name),
        getBooleanInput: (name) => core.getBooleanInput(name),
        setSecret: (value) => {
            const forms = (0,secret_mask/* secretForms */.eo)(value);
            secrets.add(...forms);
            for (const form of forms)
                core.setSecret(form);
        },
        saveState: (name, value) => core.saveState(name, m(value)),
        getState: (name) => core.getState(name),
        setOutput: (name, value) => core.setOutput(name, m(value)),
        debug: (message) => core.debug(m(message)),
        info: (message) => core.info(m(message)),
        notice: (message, props) => core.notice(m(message), props),
        warning: (message, props) => core.warning(m(message), props),
        error: (message, props) => core.error(m(message), props),
        setFailed: (message) => core.setFailed(m(message)),
        appendSummary: (markdown) => core.appendSummary(m(markdown))
    };
}

;// CONCATENATED MODULE: ./src/action/notify/github/lazy-github-api.ts
function createGitHubApi(options) {
    let api;
    const load = () => (api ??= Promise.all(/* import() */[__webpack_require__.e(852586), __webpack_require__.e(559167), __webpack_require__.e(151608)]).then(__webpack_require__.bind(__webpack_require__, 87295)).then((m) => m.createGitHubApi(options)));
    return {
        createCheckRun: async (params) => (await load()).createCheckRun(params),
        updateCheckRun: async (id, params) => (await load()).updateCheckRun(id, params),
        getCheckRun: async (id) => (await load()).getCheckRun(id),
        listCheckRuns: async (sha, name) => (await load()).listCheckRuns(sha, name),
        createCommitStatus: async (sha, params) => (await load()).createCommitStatus(sha, params),
        listCommits: async (sha, count) => (await load()).listCommits(sha, count),
        listIssueComments: async (issue) => (await load()).listIssueComments(issue),
        createIssueComment: async (issue, body) => (await load()).createIssueComment(issue, body),
        updateIssueComment: async (id, body) => (await load()).updateIssueComment(id, body)
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/command.js
var command = __webpack_require__(44914);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/file-command.js
var file_command = __webpack_require__(24753);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/summary.js
var summary = __webpack_require__(71847);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/utils.js
var utils = __webpack_require__(30302);
;// CONCATENATED MODULE: ./src/action/runner-core.ts
/**
 * The part of @actions/core the action uses (inputs, state, outputs, masking, log commands, job
 * summary), with core.ts's own few lines per function over the package's command, file-command and
 * summary modules. Why not `import '@actions/core'`: its index also loads the OIDC client, hence
 * @actions/http-client and undici, which the action never uses and which cost about as much as
 * starting Node itself, on every start of main, post and the CLI (deps.ts imports this module).
 * The escaping of workflow commands and the file-command format stay @actions/core's own code.
 */






/** core.getInput: the `INPUT_<NAME>` variable the runner sets, trimmed; '' when unset. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** core.getBooleanInput: the YAML 1.2 core-schema booleans, anything else is a TypeError. */
function getBooleanInput(name) {
    const value = getInput(name);
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        'Support boolean input list: `true | True | TRUE | false | False | FALSE`');
}
function setSecret(secret) {
    (0,command.issueCommand)('add-mask', {}, secret);
}
function saveState(name, value) {
    if (process.env.GITHUB_STATE)
        (0,file_command.issueFileCommand)('STATE', (0,file_command.prepareKeyValueMessage)(name, value));
    else
        (0,command.issueCommand)('save-state', { name }, (0,utils.toCommandValue)(value));
}
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT) {
        (0,file_command.issueFileCommand)('OUTPUT', (0,file_command.prepareKeyValueMessage)(name, value));
        return;
    }
    process.stdout.write(external_node_os_.EOL);
    (0,command.issueCommand)('set-output', { name }, (0,utils.toCommandValue)(value));
}
function debug(message) {
    (0,command.issueCommand)('debug', {}, message);
}
function info(message) {
    process.stdout.write(message + external_node_os_.EOL);
}
function notice(message, properties = {}) {
    (0,command.issueCommand)('notice', (0,utils.toCommandProperties)(properties), message);
}
function warning(message, properties = {}) {
    (0,command.issueCommand)('warning', (0,utils.toCommandProperties)(properties), message);
}
function error(message, properties = {}) {
    (0,command.issueCommand)('error', (0,utils.toCommandProperties)(properties), message);
}
/** core.setFailed: an error annotation, and exit code 1 once the step ends. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** core.startGroup: a foldable group in the step log, until endGroup. */
function startGroup(name) {
    (0,command.issueCommand)('group', {}, name);
}
function endGroup() {
    (0,command.issueCommand)('endgroup', {}, '');
}

// EXTERNAL MODULE: ./src/backends/kube/kube-connector.ts
var kube_connector = __webpack_require__(91428);
// EXTERNAL MODULE: ./src/gate/run-id.ts
var run_id = __webpack_require__(58162);
// EXTERNAL MODULE: ./src/report/terminal/live-view.ts
var live_view = __webpack_require__(47627);
// EXTERNAL MODULE: ./src/util/clock.ts
var clock = __webpack_require__(97110);
// EXTERNAL MODULE: ./src/util/exit-guard.ts
var exit_guard = __webpack_require__(9922);
;// CONCATENATED MODULE: ./src/deps.ts
/**
 * The only module that touches the process: environment, standard streams, signals. Entry files
 * call these to build the dependencies they pass down.
 */












/**
 * An AbortSignal that fires on SIGINT or SIGTERM. The runner sends SIGINT, then SIGTERM 7.5 s
 * later, then kills 2.5 s after that, so the first signal must start the abort at once; a second
 * signal is left to Node's default handling only after the abort has had its chance.
 */
function processSignal() {
    const controller = new AbortController();
    const onSignal = (name) => {
        if (!controller.signal.aborted)
            controller.abort(new Error(`received ${name}`));
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return controller.signal;
}
/** The CLI's view of the process. */
function cliIo(guard) {
    return {
        stdout: process.stdout,
        stderr: process.stderr,
        env: process.env,
        cwd: process.cwd(),
        clock: clock/* systemClock */.ml,
        signal: processSignal(),
        process: processInfo,
        onUnfinished: guard.onUnfinished
    };
}
/**
 * This process's id, and whether another process is still alive: run-state files record the
 * gate's pid so a later cleanup can tell a live in-process fault from one that died with its run.
 */
const processInfo = {
    pid: process.pid,
    isAlive: (pid) => {
        try {
            process.kill(pid, 0);
            return true;
        }
        catch (err) {
            // EPERM: the process exists but belongs to someone else.
            return typeof err === 'object' && err !== null && 'code' in err && err.code === 'EPERM';
        }
    }
};
/** @actions/core as the action's port onto the runner (inputs, state, outputs, log, summary). */
function actionsCore() {
    return {
        getInput: (name) => getInput(name),
        getBooleanInput: (name) => getBooleanInput(name),
        setSecret: (value) => setSecret(value),
        saveState: (name, value) => saveState(name, value),
        getState: (name) => getState(name),
        setOutput: (name, value) => setOutput(name, value),
        debug: (message) => debug(message),
        info: (message) => info(message),
        notice: (message, props) => notice(message, props),
        warning: (message, props) => warning(message, props),
        error: (message, props) => error(message, props),
        setFailed: (message) => setFailed(message),
        appendSummary: async (markdown) => {
            await summary.summary.addRaw(markdown, true).write();
        }
    };
}
/**
 * Ends the process `ms` after the first SIGINT/SIGTERM even if something still hangs, so the
 * runner's kill (10 s after SIGINT) never lands mid-write. The timer is unref'd: a step that
 * finishes on its own exits as usual.
 */
function exitAfterCancel(signal, ms) {
    signal.addEventListener('abort', () => {
        const timer = setTimeout(() => {
            process.stderr.write(`chaos-gate: still busy ${ms}ms after cancellation; exiting\n`);
            process.exit(process.exitCode ?? 1);
        }, ms);
        timer.unref();
    }, { once: true });
}
/**
 * The runner's cancellation timeline from the first SIGINT: SIGTERM at 7.5 s, kill at 10 s. The
 * engine aborts and cleans up first; reporting may run until 7 s; the watchdog exits at 9 s.
 */
const REPORT_GRACE_MS = 7_000;
const EXIT_AFTER_CANCEL_MS = 9_000;
/** Everything the action's main and post steps need, from the real process and runner. */
function actionDeps() {
    const secrets = new secret_mask/* SecretMask */.fZ();
    const actions = maskedCore(actionsCore(), secrets);
    const signal = processSignal();
    exitAfterCancel(signal, EXIT_AFTER_CANCEL_MS);
    return {
        core: actions,
        env: process.env,
        cwd: process.cwd(),
        clock: clock/* systemClock */.ml,
        fetch: globalThis.fetch,
        signal,
        secrets,
        engine: createGateEngine({
            clock: clock/* systemClock */.ml,
            log: (0,core_log/* coreLog */.u)(actions),
            // The CLI's progress lines, one log line each (the step log is never a TTY).
            listener: new live_view/* TerminalProgress */.G({ write: (text) => logLines(actions, text) }, clock/* systemClock */.ml),
            groups: { start: (name) => startGroup(name), end: () => endGroup() },
            env: process.env,
            random: Math.random,
            pid: processInfo.pid,
            isProcessAlive: processInfo.isAlive,
            kube: (target) => (0,kube_connector/* kubeConnector */.f)(target, process.env, clock/* systemClock */.ml, (0,core_log/* coreLog */.u)(actions), {
                secrets,
                cancel: signal
            }),
            version: package_0/* version */.rE,
            secrets
        }),
        github: (token, gh, log, cutoff) => createGitHubApi({
            token,
            apiUrl: gh.apiUrl,
            repository: gh.repository,
            log,
            userAgent: `chaos-gate/${package_0/* version */.rE}`,
            signal: cutoff
        }),
        newRunId: () => (0,run_id/* newRunId */.F)(clock/* systemClock */.ml.now()),
        reportGraceMs: REPORT_GRACE_MS
    };
}
/**
 * An action step under the exit guard (util/exit-guard.ts): the step is failing from its first
 * line, and passes only if it returns without calling setFailed. If the loop drains before it
 * returns, `lastWords` records why (outputs, summary, setFailed) before the process ends.
 */
function guardedStep(lastWords) {
    const base = actionDeps();
    let failed = false;
    const core = {
        ...base.core,
        setFailed: (message) => {
            failed = true;
            base.core.setFailed(message);
        }
    };
    const deps = { ...base, core };
    const guard = (0,exit_guard/* guardExit */.K)(process, 1, (message) => core.error(message));
    guard.onUnfinished(() => lastWords(deps));
    return { deps, returned: () => guard.settle(failed ? 1 : 0) };
}
function logLines(actions, text) {
    for (const line of text.split('\n'))
        if (line !== '')
            actions.info(line);
}


/***/ }),

/***/ 58162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ newRunId)
/* harmony export */ });
/* unused harmony export isValidRunId */
/**
 * Run ids: short, DNS-safe (they go into object names and label values), unique across runs and
 * roughly ordered by time, so a person can tell which run came first.
 */
const RUN_ID = /^[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?$/;
/** A new run id: seconds since the epoch in base 36, then four random base-36 characters. */
function newRunId(now, random = Math.random) {
    const time = Math.floor(now / 1000).toString(36);
    let suffix = '';
    for (let i = 0; i < 4; i++)
        suffix += Math.floor(random() * 36).toString(36);
    return `${time}-${suffix}`;
}
/** True when `id` can be used as a run id: lowercase letters, digits and dashes, at most 32 characters. */
function isValidRunId(id) {
    return RUN_ID.test(id);
}


/***/ }),

/***/ 15872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VU: () => (/* binding */ colorOn),
/* harmony export */   nI: () => (/* binding */ paint),
/* harmony export */   te: () => (/* binding */ visibleLength),
/* harmony export */   vk: () => (/* binding */ truncateVisible),
/* harmony export */   yA: () => (/* binding */ VERDICT_STYLE)
/* harmony export */ });
const CODES = { red: 31, green: 32, yellow: 33, blue: 34, dim: 2, bold: 1 };
/**
 * Whether to colour: NO_COLOR (any non-empty value) turns it off, FORCE_COLOR turns it on (but
 * `0` or `false`), otherwise colour follows whether the output is a terminal (no-color.org).
 */
function colorOn(env, isTTY) {
    if (env.NO_COLOR)
        return false;
    const force = env.FORCE_COLOR;
    if (force !== undefined)
        return force !== '0' && force !== 'false';
    return isTTY;
}
/** Wraps text in an ANSI style, or returns it unchanged when colour is off. */
function paint(color, style, text) {
    return color ? `\x1b[${CODES[style]}m${text}\x1b[0m` : text;
}
const VERDICT_STYLE = {
    pass: 'green',
    skipped: 'dim',
    inconclusive: 'yellow',
    aborted: 'red',
    fail: 'red',
    error: 'red'
};
/** The visible width of text that may contain ANSI styles. */
function visibleLength(text) {
    // eslint-disable-next-line no-control-regex
    return [...text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '')].length;
}
/** Cuts text to `width` visible characters, keeping its ANSI styles intact and closing them. */
function truncateVisible(text, width) {
    if (visibleLength(text) <= width)
        return text;
    let out = '';
    let shown = 0;
    // eslint-disable-next-line no-control-regex
    for (const part of text.split(/(\x1b\[[0-9;]*[A-Za-z])/)) {
        if (part.startsWith('\x1b[')) {
            out += part;
            continue;
        }
        const chars = [...part];
        const room = Math.max(0, width - 1 - shown);
        out += chars.slice(0, room).join('');
        shown += Math.min(chars.length, room);
        if (shown >= width - 1)
            break;
    }
    return `${out}…\x1b[0m`;
}


/***/ }),

/***/ 47627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ TerminalProgress)
/* harmony export */ });
/* unused harmony export renderLiveRow */
/* harmony import */ var _util_duration__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26518);
/* harmony import */ var _verdict_label__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25584);
/* harmony import */ var _ansi__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15872);



const SPINNER = '⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏';
const REDRAW_MS = 250;
/** One line of the live block. Pure, for tests. */
function renderLiveRow(row, now, color) {
    if (row.done)
        return `${_verdict_label__WEBPACK_IMPORTED_MODULE_1__/* .VERDICT_ICON */ .YY[row.done.verdict]} ${row.name}  ${(0,_ansi__WEBPACK_IMPORTED_MODULE_2__/* .paint */ .nI)(color, _ansi__WEBPACK_IMPORTED_MODULE_2__/* .VERDICT_STYLE */ .yA[row.done.verdict], (0,_verdict_label__WEBPACK_IMPORTED_MODULE_1__/* .verdictText */ .nt)(row.done))}`;
    const spin = SPINNER[Math.floor(now / 100) % SPINNER.length] ?? '-';
    const elapsed = (0,_util_duration__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(now - row.phaseAt);
    const left = Math.max(0, row.expectedEnd - now);
    const time = row.oneShot
        ? `${elapsed}, waiting for recovery${left > 0 ? `, at most ${(0,_util_duration__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(left)} more` : ''}`
        : `${elapsed}${left > 0 ? `, ~${(0,_util_duration__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(left)} left` : ''}`;
    const values = [...row.last.values()].map((m) => `${m.message.split(' ')[0] === m.check ? m.message : `${m.check}: ${m.message}`} ${level(m, color)}`);
    return `${spin} ${row.name}  ${(0,_ansi__WEBPACK_IMPORTED_MODULE_2__/* .paint */ .nI)(color, 'bold', row.phase ?? 'queued')} ${(0,_ansi__WEBPACK_IMPORTED_MODULE_2__/* .paint */ .nI)(color, 'dim', `(${time})`)}  ${values.join(' · ')}`;
}
/** What the during phase will do, as its line says it. */
function plan(at, expectedEnd, outlook) {
    const span = (0,_util_duration__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(expectedEnd - at);
    return outlook.oneShot
        ? ` (one-shot fault; waiting for recovery, timeout ${span})`
        : ` (fault on for ${span})`;
}
function level(m, color) {
    const style = m.level === 'ok' ? 'green' : m.level === 'warn' || m.level === 'nodata' ? 'yellow' : 'red';
    return (0,_ansi__WEBPACK_IMPORTED_MODULE_2__/* .paint */ .nI)(color, style, `[${m.level}]`);
}
class TerminalProgress {
    out;
    clock;
    color;
    rows = new Map();
    drawn = 0;
    constructor(out, clock, 
    /** Colour in the lines it writes (colorOn decides from the environment). */
    color = out.isTTY === true) {
        this.out = out;
        this.clock = clock;
        this.color = color;
    }
    get live() {
        return this.out.isTTY === true;
    }
    experimentStarted(name, at) {
        this.rows.set(name, { name, phaseAt: at, expectedEnd: at, last: new Map() });
        this.redraw();
    }
    phaseStarted(name, phase, at, expectedEnd, outlook = {}) {
        const row = this.row(name, at);
        Object.assign(row, { phase, phaseAt: at, expectedEnd, oneShot: outlook.oneShot === true });
        if (phase !== 'after')
            row.last.clear();
        this.print(`[${name}] ${phase}${phase === 'during' ? plan(at, expectedEnd, outlook) : ''}`);
    }
    measured(name, m) {
        const row = this.row(name, m.at);
        row.last.set(m.check, m);
        if (this.live)
            return this.redraw();
        this.out.write(`[${name}] ${m.phase} ${(0,_util_duration__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(m.at - row.phaseAt)}  ${m.message} [${m.level}]\n`);
    }
    backendEvent(name, e) {
        this.print(`[${name}] backend ${e.phase}${e.verdict ? ` (${e.verdict})` : ''}: ${e.message}`);
    }
    experimentFinished(report) {
        this.row(report.name, report.endedAt).done = report;
        const verdict = (0,_ansi__WEBPACK_IMPORTED_MODULE_2__/* .paint */ .nI)(this.color, _ansi__WEBPACK_IMPORTED_MODULE_2__/* .VERDICT_STYLE */ .yA[report.verdict], (0,_verdict_label__WEBPACK_IMPORTED_MODULE_1__/* .verdictText */ .nt)(report));
        this.print(`[${report.name}] ${_verdict_label__WEBPACK_IMPORTED_MODULE_1__/* .VERDICT_ICON */ .YY[report.verdict]} ${verdict}: ${report.reasons[0] ?? ''}`);
    }
    /** Keeps elapsed and remaining times fresh on a TTY until `signal` aborts. */
    async refreshUntil(signal) {
        if (!this.live)
            return;
        while (!signal.aborted) {
            await this.clock.sleep(REDRAW_MS, signal).catch(() => undefined);
            this.redraw();
        }
    }
    /** Removes the live block so the final view starts on a clean screen. */
    finish() {
        this.erase();
    }
    row(name, at) {
        let row = this.rows.get(name);
        if (!row) {
            row = { name, phaseAt: at, expectedEnd: at, last: new Map() };
            this.rows.set(name, row);
        }
        return row;
    }
    /** A line that stays: printed above the live block on a TTY, as is elsewhere. */
    print(line) {
        this.erase();
        this.out.write(`${line}\n`);
        this.redraw();
    }
    redraw() {
        if (!this.live)
            return;
        this.erase();
        const now = this.clock.now();
        // A terminal that reports 0 columns (some CI pseudo-terminals) gets the usual 80.
        const width = this.out.columns || 80;
        const lines = [...this.rows.values()]
            .filter((r) => !r.done)
            .map((r) => (0,_ansi__WEBPACK_IMPORTED_MODULE_2__/* .truncateVisible */ .vk)(renderLiveRow(r, now, this.color), width));
        if (lines.length > 0)
            this.out.write(`${lines.join('\n')}\n`);
        this.drawn = lines.length;
    }
    erase() {
        if (!this.live || this.drawn === 0)
            return;
        this.out.write(`\x1b[${this.drawn}A\r\x1b[J`);
        this.drawn = 0;
    }
}


/***/ }),

/***/ 25584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ie: () => (/* binding */ formatAbortLatency),
/* harmony export */   YY: () => (/* binding */ VERDICT_ICON),
/* harmony export */   nt: () => (/* binding */ verdictText)
/* harmony export */ });
const VERDICT_ICON = {
    pass: '✅',
    fail: '❌',
    aborted: '🛑',
    inconclusive: '❔',
    error: '💥',
    skipped: '⏭️'
};
/** `pass`, or `pass (broke as expected: aborted)` for a negative test. */
function verdictText(exp) {
    if (exp.expect === 'fail' && exp.verdict === 'pass')
        return `pass (broke as expected: ${exp.observed})`;
    return exp.verdict;
}
/**
 * An abort latency for people. The clock has millisecond resolution, so 0 means "within the same
 * millisecond" and reads as under 1 ms.
 */
function formatAbortLatency(ms) {
    return ms < 1 ? 'under 1 ms' : `${Math.round(ms)} ms`;
}


/***/ }),

/***/ 97110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Js: () => (/* binding */ abortReason),
/* harmony export */   ml: () => (/* binding */ systemClock),
/* harmony export */   zf: () => (/* binding */ isAbortError)
/* harmony export */ });
/* unused harmony export AbortError */
/**
 * The wall clock. A pending sleep holds the process, as any timer does: while the gate waits for
 * its next sample or a retry back-off, that wait is the only thing keeping Node alive, and an
 * unref'd timer let the process end with exit code 0 and no verdict. Every caller that stops
 * waiting early cancels its sleep through `signal`, so no sleep outlives the work it timed.
 */
const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve, reject) => {
        if (signal?.aborted) {
            reject(abortReason(signal));
            return;
        }
        const onAbort = () => {
            clearTimeout(timer);
            reject(abortReason(signal));
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, Math.max(0, ms));
        signal?.addEventListener('abort', onAbort, { once: true });
    })
};
/** The error a cancelled wait rejects with: the signal's own reason when it is an Error. */
function abortReason(signal) {
    const reason = signal?.reason;
    if (reason instanceof Error)
        return reason;
    return new AbortError(typeof reason === 'string' ? reason : 'aborted');
}
/** Thrown by waits that were cancelled through an AbortSignal. */
class AbortError extends Error {
    name = 'AbortError';
}
/** True when `err` means "cancelled" rather than "failed". */
function isAbortError(err) {
    return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
}


/***/ }),

/***/ 26518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   Im: () => (/* binding */ toGoDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
/* unused harmony export requireDuration */
/**
 * Durations as users write them: Go form (`30s`, `1m30s`, `1h`, `250ms`, `1.5h`), the same units
 * Kubernetes, Chaos Mesh and Prometheus use. Bad values are rejected, never clamped.
 */
const UNIT_MS = {
    ns: 1e-6,
    us: 1e-3,
    µs: 1e-3,
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 604_800_000
};
const PART = /(\d+(?:\.\d+)?|\.\d+)(ns|us|µs|ms|s|m|h|d|w)/y;
/** Parses a Go-style duration into milliseconds, or returns undefined when it is not one. */
function parseDuration(text) {
    const s = text.trim();
    if (s === '0')
        return 0;
    if (s === '')
        return undefined;
    let total = 0;
    PART.lastIndex = 0;
    let pos = 0;
    while (pos < s.length) {
        PART.lastIndex = pos;
        const m = PART.exec(s);
        if (!m || m.index !== pos)
            return undefined;
        total += Number(m[1]) * UNIT_MS[m[2]];
        pos = PART.lastIndex;
    }
    return total;
}
/** The same as parseDuration, but throws a message fit for users. */
function requireDuration(text, what) {
    const ms = parseDuration(text);
    if (ms === undefined) {
        throw new RangeError(`${what} must be a duration like '30s', '5m' or '1m30s'; got '${truncate(text, 40)}'`);
    }
    return ms;
}
/** Formats milliseconds the way people read them: `850ms`, `12.3s`, `4m05s`, `1h02m`. */
function formatDuration(ms) {
    if (!Number.isFinite(ms))
        return String(ms);
    const sign = ms < 0 ? '-' : '';
    const a = Math.abs(ms);
    if (a < 1000)
        return `${sign}${Math.round(a)}ms`;
    if (a < 59_950)
        return `${sign}${(a / 1000).toFixed(a < 10_000 ? 2 : 1)}s`;
    // Rounded once, then split, so 4m59.5s reads 5m00s and never 4m60s.
    const seconds = Math.round(a / 1000);
    if (seconds < 3600) {
        const m = Math.floor(seconds / 60);
        return `${sign}${m}m${String(seconds % 60).padStart(2, '0')}s`;
    }
    const minutes = Math.round(a / 60_000);
    return `${sign}${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}
/** Formats milliseconds as a Go/Prometheus duration (`90s` → `1m30s`), for queries and objects. */
function toGoDuration(ms) {
    if (ms <= 0)
        return '0s';
    const parts = [];
    let rest = Math.round(ms);
    for (const [unit, size] of [
        ['h', 3_600_000],
        ['m', 60_000],
        ['s', 1000]
    ]) {
        if (rest >= size) {
            parts.push(`${Math.floor(rest / size)}${unit}`);
            rest %= size;
        }
    }
    if (rest > 0)
        parts.push(`${rest}ms`);
    return parts.join('');
}
function truncate(s, n) {
    return s.length > n ? `${s.slice(0, n)}…` : s;
}


/***/ }),

/***/ 70017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ InputErrors),
/* harmony export */   Gd: () => (/* binding */ InternalError),
/* harmony export */   Hd: () => (/* binding */ formatIssue),
/* harmony export */   Jh: () => (/* binding */ BackendError),
/* harmony export */   Rx: () => (/* binding */ socketErrorCode),
/* harmony export */   Sh: () => (/* binding */ ManifestError),
/* harmony export */   UX: () => (/* binding */ compareIssues),
/* harmony export */   ci: () => (/* binding */ StateFileError),
/* harmony export */   dO: () => (/* binding */ GateTimeoutError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/**
 * The error family. Modules throw these; exactly one place per entry point turns them into exit
 * codes, annotations and `setFailed` (action/run-main.ts and cli/run-cli.ts, with the codes in
 * cli/exit-codes.ts).
 * A gate verdict is data, never an error.
 */
/** Renders an issue as one line, the shape editors and problem matchers understand. */
function formatIssue(issue) {
    let text = `${issue.file}:${issue.line}:${issue.col}: ${issue.severity}: ${issue.message}`;
    if (issue.expected)
        text += `; expected ${issue.expected}`;
    text += '.';
    if (issue.hint)
        text += ` ${issue.hint}`;
    return text;
}
/** Orders issues by file, then position, so every report lists them the same way. */
function compareIssues(a, b) {
    return a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col;
}
/** Invalid manifests or policy: nothing was submitted. Carries every issue, not just the first. */
class ManifestError extends Error {
    issues;
    name = 'ManifestError';
    constructor(issues) {
        super(`${issues.length} problem${issues.length === 1 ? '' : 's'} in the experiment manifests`);
        this.issues = issues;
    }
}
/** A bad action input or CLI flag, named so the user knows what to change. */
class InputError extends Error {
    input;
    name = 'InputError';
    constructor(input, message) {
        super(`Invalid input '${input}': ${message}`);
        this.input = input;
    }
}
/**
 * Several bad inputs or flags, every one reported rather than the first: the action and the CLI
 * both tell the user everything to fix in one go. The message lists them, one a line.
 */
class InputErrors extends InputError {
    errors;
    constructor(errors) {
        super(errors[0]?.input ?? '', '');
        this.errors = errors;
        this.message = errors.map((e) => e.message).join('\n');
    }
}
/** A dependency (Kubernetes, Prometheus, GitHub, Slack, a chaos backend) said no or was unreachable. */
class BackendError extends Error {
    backend;
    op;
    target;
    status;
    name = 'BackendError';
    constructor(backend, op, target, message, status, options) {
        super(`${backend}: ${op} ${target} failed: ${message}`, options);
        this.backend = backend;
        this.op = op;
        this.target = target;
        this.status = status;
    }
}
/** The whole gate or one phase ran out of time. */
class GateTimeoutError extends Error {
    name = 'GateTimeoutError';
}
/**
 * A run-state file, or the directory that holds them, that cannot be read or trusted. Cleanup must
 * not act on a half-understood record, nor take an unreadable one for "no run".
 */
class StateFileError extends Error {
    name = 'StateFileError';
}
/** A bug in chaos-gate itself. The message asks for a report. */
class InternalError extends Error {
    name = 'InternalError';
    constructor(message, options) {
        super(`${message} (this is a bug in chaos-gate; please report it at https://github.com/chaos-gate/chaos-gate/issues)`, options);
    }
}
/** The message of anything thrown, without assuming it is an Error. */
function errorMessage(err) {
    if (err instanceof Error)
        return err.message;
    if (typeof err === 'string')
        return err;
    try {
        return JSON.stringify(err);
    }
    catch {
        return String(err);
    }
}
/** The socket error code behind a failed fetch (`ECONNREFUSED`, `ECONNRESET`), if it has one. */
function socketErrorCode(err) {
    const cause = err instanceof Error ? err.cause : undefined;
    return typeof cause === 'object' &&
        cause !== null &&
        'code' in cause &&
        typeof cause.code === 'string'
        ? cause.code
        : undefined;
}
/** Shortens echoed user content so one bad value cannot flood a log (changesets: 200 characters). */
function truncate(text, max = 200) {
    return text.length > max ? `${text.slice(0, max)}…` : text;
}


/***/ }),

/***/ 9922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ guardExit),
/* harmony export */   u: () => (/* binding */ UNFINISHED_MESSAGE)
/* harmony export */ });
/**
 * The rule that a process which ends without a verdict never exits 0. The exit code is a failing
 * one from the first line; it becomes the command's own only when the command returns. If Node's
 * event loop drains before that (the command awaits a promise nothing will ever settle), the
 * guard says so, gives the command one chance to leave its last words (an `error` report, a
 * failed step), and the process ends with the failing code.
 */
const UNFINISHED_MESSAGE = 'internal error: the gate ended before a verdict';
function guardExit(proc, failingCode, warn) {
    proc.exitCode = failingCode;
    let settled = false;
    let lastWords;
    proc.once('beforeExit', () => {
        if (settled)
            return;
        warn(UNFINISHED_MESSAGE);
        proc.exitCode = failingCode;
        // The listener may start async work: the loop runs again until it is done, and `once`
        // keeps this from running twice when it drains the second time.
        void Promise.resolve()
            .then(lastWords)
            .catch((err) => warn(`could not record the unfinished run: ${err instanceof Error ? err.message : String(err)}`))
            .finally(() => {
            proc.exitCode = failingCode;
        });
    });
    return {
        onUnfinished: (fn) => {
            lastWords = fn;
        },
        settle: (code) => {
            settled = true;
            proc.exitCode = code;
        }
    };
}


/***/ }),

/***/ 60051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fn: () => (/* binding */ urlSecrets),
/* harmony export */   X1: () => (/* binding */ maskStrings),
/* harmony export */   eo: () => (/* binding */ secretForms),
/* harmony export */   fZ: () => (/* binding */ SecretMask),
/* harmony export */   iR: () => (/* binding */ urlTextSecrets),
/* harmony export */   n3: () => (/* binding */ headerSecrets),
/* harmony export */   nk: () => (/* binding */ toBase64)
/* harmony export */ });
/**
 * Keeps credentials out of everything the gate writes. Header values are treated as secrets
 * (Authorization, X-Scope-OrgID and any custom header), and so are the parts a reader could
 * recombine: a bearer token on its own, basic-auth credentials before and after base64, and
 * passwords in a URL. A server that quotes the request (a gateway's warning, an error page) hands
 * these back in any of those forms, so every form is masked, not only the value as given.
 */
/** Shorter values are not masked: replacing every "1" in a message would make it unreadable. */
const MIN_SECRET_LENGTH = 4;
const SCHEME = /^(bearer|basic|token|apikey)\s+(.+)$/i;
class SecretMask {
    secrets = [];
    constructor(secrets = []) {
        this.add(...secrets);
    }
    /** Masks these values from now on (as given: derive the forms with the functions below). */
    add(...values) {
        // Longest first, so a token is replaced before any shorter secret inside it.
        this.secrets = [
            ...new Set([...this.secrets, ...values.filter((s) => s.length >= MIN_SECRET_LENGTH)])
        ].sort((a, b) => b.length - a.length);
    }
    /** Every value this mask replaces, longest first. */
    get values() {
        return this.secrets;
    }
    /** The text with every secret replaced by `***`. */
    mask(text) {
        let out = text;
        for (const secret of this.secrets)
            out = out.split(secret).join('***');
        return out;
    }
}
/** Every secret form of one header value, token or webhook URL. */
function secretForms(value) {
    const out = [value.trim()];
    const scheme = SCHEME.exec(value.trim());
    if (scheme) {
        const token = scheme[2];
        out.push(token);
        if (scheme[1]?.toLowerCase() === 'basic')
            out.push(...basicSecrets(token));
    }
    const url = parseUrl(value.trim());
    // A webhook URL is a secret as a whole, and so is its path: a 404 page may quote only that.
    if (url)
        out.push(...urlSecrets(url), `${url.pathname}${url.search}`);
    return out;
}
/** Every secret form of a set of header values. */
function headerSecrets(headers) {
    return Object.values(headers).flatMap(secretForms);
}
/**
 * The password of a URL (and the user:password pair, and its base64 as a Basic header carries
 * it), raw and percent-decoded.
 */
function urlSecrets(url) {
    if (!url.password)
        return [];
    const password = decodeURIComponent(url.password);
    const user = decodeURIComponent(url.username);
    return [
        url.password,
        password,
        `${user}:${password}`,
        ...basicSecrets(toBase64(`${user}:${password}`))
    ];
}
/** The secrets of a URL given as text; none when it is not a URL. */
function urlTextSecrets(text) {
    const url = parseUrl(text.trim());
    return url ? urlSecrets(url) : [];
}
function basicSecrets(token) {
    const decoded = Buffer.from(token, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0)
        return [token];
    return [token, decoded, decoded.slice(colon + 1)];
}
function parseUrl(text) {
    try {
        return new URL(text);
    }
    catch {
        return undefined;
    }
}
/** The Basic credentials header value for a user and password. */
function toBase64(text) {
    return Buffer.from(text, 'utf8').toString('base64');
}
/** A copy of `value` with every string in it masked (objects and arrays walked; the rest kept). */
function maskStrings(value, secrets) {
    if (secrets.values.length === 0)
        return value;
    return walk(value, secrets);
}
function walk(value, secrets) {
    if (typeof value === 'string')
        return secrets.mask(value);
    if (Array.isArray(value))
        return value.map((v) => walk(v, secrets));
    if (typeof value !== 'object' || value === null)
        return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, secrets)]));
}


/***/ }),

/***/ 8330:
/***/ ((module) => {

module.exports = {"rE":"0.1.0"};

/***/ })

};
;