"use strict";
exports.id = 659577;
exports.ids = [659577];
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

/***/ 33566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D_: () => (/* binding */ decideEvent),
/* harmony export */   N5: () => (/* binding */ readEventPayload),
/* harmony export */   Xh: () => (/* binding */ gatedDeployment)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45586);
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/**
 * Decides what the action gates, from the triggering event. On `deployment_status` it gates the
 * deployed commit only when the status is `success` for the configured environment; any other
 * event gates the checked-out commit (docs/action.md, "Events").
 */



const SHA = /^[0-9a-f]{40}$/;
/*
 * The fields of each webhook payload the gate reads; everything else is ignored. Each schema is
 * built on first use (z.lazy): a run reads one event (docs/performance.md, "Cold start").
 */
const DeploymentStatusPayload = zod__WEBPACK_IMPORTED_MODULE_2__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    deployment_status: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        state: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        environment: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        environment_url: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullish(),
        log_url: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullish(),
        target_url: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullish()
    }),
    deployment: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        id: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int(),
        url: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        sha: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(SHA, 'a 40-character commit sha'),
        environment: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    })
}));
const PullRequestPayload = zod__WEBPACK_IMPORTED_MODULE_2__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    pull_request: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        number: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(),
        head: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ sha: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(SHA, 'a 40-character commit sha') })
    })
}));
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
const DeploymentPayload = zod__WEBPACK_IMPORTED_MODULE_2__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    deployment: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ sha: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(SHA, 'a 40-character commit sha') })
}));
/** Reads the webhook payload the runner wrote; undefined when there is no file to read. */
async function readEventPayload(gh) {
    if (!gh.eventPath)
        return undefined;
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(gh.eventPath, 'utf8');
    }
    catch (err) {
        if (typeof err === 'object' && err !== null && 'code' in err && err.code === 'ENOENT') {
            return undefined;
        }
        throw err;
    }
    try {
        return JSON.parse(text);
    }
    catch {
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('GITHUB_EVENT_PATH', `${gh.eventPath} is not JSON; the runner writes the event payload there`);
    }
}
/** Decides whether to run and against what. Throws InputError when the payload is malformed. */
function decideEvent(input) {
    const { gh, environment } = input;
    if (gh.eventName === 'deployment_status' && !input.verify)
        return fromDeploymentStatus(input);
    if (PULL_REQUEST_EVENTS.has(gh.eventName))
        return fromPullRequest(input);
    const sha = input.sha ?? deploymentSha(input) ?? gh.sha;
    if (!sha) {
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('sha', `no commit to ${input.verify ? 'verify' : 'gate'}: the '${gh.eventName}' event carries none and GITHUB_SHA is unset. Set the 'sha' input`);
    }
    return { kind: 'gate', target: { sha, environment, eventName: gh.eventName } };
}
/** A pull request is gated at its head commit, and the comment goes on its conversation. */
function fromPullRequest(input) {
    const parsed = PullRequestPayload.safeParse(input.payload);
    if (!parsed.success)
        throw payloadError(input.gh, parsed.error);
    const pr = parsed.data.pull_request;
    return {
        kind: 'gate',
        target: {
            sha: input.sha ?? pr.head.sha,
            environment: input.environment,
            eventName: input.gh.eventName,
            pullRequest: { number: pr.number, headSha: pr.head.sha }
        }
    };
}
function fromDeploymentStatus(input) {
    const parsed = DeploymentStatusPayload.safeParse(input.payload);
    if (!parsed.success)
        throw payloadError(input.gh, parsed.error);
    const { deployment_status: status, deployment } = parsed.data;
    const deployedTo = status.environment || deployment.environment;
    if (status.state !== 'success') {
        return {
            kind: 'skip',
            reason: `deployment ${deployment.id} to '${deployedTo}' is '${status.state}', not 'success'; the gate runs once the deployment succeeds`
        };
    }
    if (deployedTo.toLowerCase() !== input.environment.toLowerCase()) {
        return {
            kind: 'skip',
            reason: `deployment ${deployment.id} went to '${deployedTo}', but this gate is configured for '${input.environment}' (the 'environment' input)`
        };
    }
    const environmentUrl = nonEmpty(status.environment_url);
    const logUrl = nonEmpty(status.log_url) ?? nonEmpty(status.target_url);
    return {
        kind: 'gate',
        target: {
            sha: input.sha ?? deployment.sha,
            environment: input.environment,
            eventName: input.gh.eventName,
            deployment: {
                id: deployment.id,
                url: deployment.url,
                ...(environmentUrl && { environmentUrl }),
                ...(logUrl && { logUrl })
            }
        }
    };
}
/**
 * The deployment main gated, read again from the same event payload: the post step needs it for
 * the links (environment, deployment log) of the check run it closes. Only links depend on it,
 * so a payload that cannot be read leaves them out instead of failing.
 */
async function gatedDeployment(gh, environment) {
    try {
        const decision = decideEvent({
            gh,
            payload: await readEventPayload(gh),
            environment,
            verify: false
        });
        return decision.kind === 'gate' ? decision.target.deployment : undefined;
    }
    catch {
        return undefined;
    }
}
/** `deployment` and `deployment_status` payloads both carry the deployed sha. */
function deploymentSha(input) {
    if (input.gh.eventName !== 'deployment' && input.gh.eventName !== 'deployment_status') {
        return undefined;
    }
    const parsed = DeploymentPayload.safeParse(input.payload);
    if (!parsed.success)
        throw payloadError(input.gh, parsed.error);
    return parsed.data.deployment.sha;
}
function payloadError(gh, error) {
    const problems = error.issues
        .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
        .join('; ');
    return new _util_errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('GITHUB_EVENT_PATH', `the '${gh.eventName}' payload${gh.eventPath ? ` in ${gh.eventPath}` : ''} is not what GitHub sends (${problems}). Run the action from the event itself, or pass 'sha' on other events`);
}
function nonEmpty(value) {
    return value ? value : undefined;
}


/***/ }),

/***/ 91877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ commitUrl),
/* harmony export */   hI: () => (/* binding */ checkRunUrl),
/* harmony export */   py: () => (/* binding */ readGitHubEnv)
/* harmony export */ });
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/**
 * The facts the runner gives every step through environment variables, validated once. Read by
 * main and post; the event payload itself is parsed in event.ts.
 */

/** Reads the runner's variables; only GITHUB_REPOSITORY is required (every API call needs it). */
function readGitHubEnv(env, cwd) {
    const repository = parseRepository(env.GITHUB_REPOSITORY);
    const serverUrl = trimSlash(env.GITHUB_SERVER_URL || 'https://github.com');
    const runId = nonEmpty(env.GITHUB_RUN_ID);
    const runAttempt = nonEmpty(env.GITHUB_RUN_ATTEMPT);
    const runUrl = runId
        ? `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}${runAttempt ? `/attempts/${runAttempt}` : ''}`
        : undefined;
    const eventPath = nonEmpty(env.GITHUB_EVENT_PATH);
    const sha = nonEmpty(env.GITHUB_SHA);
    const runnerTemp = nonEmpty(env.RUNNER_TEMP);
    return {
        repository,
        apiUrl: trimSlash(env.GITHUB_API_URL || 'https://api.github.com'),
        serverUrl,
        eventName: env.GITHUB_EVENT_NAME || 'workflow_dispatch',
        workspace: env.GITHUB_WORKSPACE || cwd,
        ...(eventPath && { eventPath }),
        ...(sha && { sha }),
        ...(runnerTemp && { runnerTemp }),
        ...(runId && { runId }),
        ...(runAttempt && { runAttempt }),
        ...(runUrl && { runUrl })
    };
}
/** The web link to a commit. */
function commitUrl(gh, sha) {
    return `${gh.serverUrl}/${gh.repository.owner}/${gh.repository.repo}/commit/${sha}`;
}
/** The web page of a check run (the `html_url` GitHub gives it). */
function checkRunUrl(gh, id) {
    return `${gh.serverUrl}/${gh.repository.owner}/${gh.repository.repo}/runs/${id}`;
}
function parseRepository(value) {
    const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value ?? '');
    if (!match?.[1] || !match[2]) {
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('GITHUB_REPOSITORY', `expected 'owner/name', got '${value ?? ''}'. The runner sets it; when running outside Actions, export GITHUB_REPOSITORY=owner/name`);
    }
    return { owner: match[1], repo: match[2] };
}
function nonEmpty(value) {
    return value && value.trim() !== '' ? value.trim() : undefined;
}
function trimSlash(url) {
    return url.replace(/\/+$/, '');
}


/***/ }),

/***/ 53919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K: () => (/* binding */ readInputs)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/gate/read-settings.ts
var read_settings = __webpack_require__(1637);
// EXTERNAL MODULE: ./src/gate/settings-table.ts + 1 modules
var settings_table = __webpack_require__(62042);
;// CONCATENATED MODULE: ./src/action/input-names.ts
/**
 * Every input of action.yml, with the default the runner fills in. The defaults are repeated here
 * so a run outside the runner (local-action, tests) behaves the same; the shared ones come from the
 * settings table, and a test keeps this map, the table and action.yml in step.
 */

const INPUT_DEFAULTS = {
    experiments: settings_table/* SETTINGS */.yy.experiments.default,
    backend: settings_table/* SETTINGS */.yy.backend.default,
    'gremlin-team-id': settings_table/* SETTINGS */.yy.gremlinTeamId.default,
    'gremlin-api-key': settings_table/* SETTINGS */.yy.gremlinApiKey.default,
    kubeconfig: settings_table/* SETTINGS */.yy.kubeconfig.default,
    context: settings_table/* SETTINGS */.yy.context.default,
    namespace: settings_table/* SETTINGS */.yy.namespace.default,
    policy: settings_table/* SETTINGS */.yy.policy.default,
    'prometheus-url': settings_table/* SETTINGS */.yy.prometheusUrl.default,
    'prometheus-headers': settings_table/* SETTINGS */.yy.prometheusHeaders.default,
    'error-budget': settings_table/* SETTINGS */.yy.errorBudget.default,
    mode: settings_table/* SETTINGS */.yy.mode.default,
    environment: settings_table/* SETTINGS */.yy.environment.default,
    concurrency: settings_table/* SETTINGS */.yy.concurrency.default,
    timeout: settings_table/* SETTINGS */.yy.timeout.default,
    'fail-on': settings_table/* SETTINGS */.yy.failOn.default,
    'report-dir': settings_table/* SETTINGS */.yy.reportDir.default,
    sha: settings_table/* SETTINGS */.yy.sha.default,
    'github-token': '${{ github.token }}',
    'check-name': 'chaos-gate / <environment>',
    'check-run': 'best-effort',
    'commit-status': 'false',
    'slack-webhook-url': '',
    'slack-bot-token': '',
    'slack-channel': '',
    'slack-notify': 'failure',
    'slack-mention': '',
    'alertmanager-url': '',
    'grafana-url': '',
    'grafana-token': '',
    'grafana-dashboards': ''
};
/** Inputs whose values are secrets: masked before anything is logged. */
const SECRET_INPUTS = [
    'github-token',
    'prometheus-headers',
    'slack-webhook-url',
    'slack-bot-token',
    'grafana-token',
    'gremlin-api-key'
];

// EXTERNAL MODULE: ./src/gate/setting-parsers.ts
var setting_parsers = __webpack_require__(4922);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/action/input-reader.ts
/**
 * Typed access to the inputs only the action has (the shared ones are read through the settings
 * table, gate/read-settings.ts), collecting every problem instead of stopping at the first, so one
 * run tells the user everything to fix. Bad values are rejected, never clamped.
 */



class InputReader {
    core;
    problems = [];
    constructor(core) {
        this.core = core;
    }
    /** Every problem found so far. */
    get errors() {
        return this.problems;
    }
    /** Records a problem found by the caller (a combination of inputs, say). */
    reject(name, message) {
        this.problems.push(new errors/* InputError */.dz(name, message));
    }
    /** The trimmed value, or the action.yml default when the input is empty. */
    text(name) {
        return this.core.getInput(name) || defaultOf(name);
    }
    /** The value, or undefined when neither the input nor its default says anything. */
    optional(name) {
        const value = this.text(name);
        return value === '' ? undefined : value;
    }
    /** A value read by one of the settings table's parsers, so it is worded as the shared settings are. */
    parse(name, parser) {
        const parsed = parser(this.text(name), { cwd: '', nameOf: (key) => key });
        if (parsed.ok)
            return parsed.value;
        this.reject(name, parsed.message);
        return undefined;
    }
    choice(name, allowed) {
        return this.parse(name, (0,setting_parsers/* choice */.Yq)(allowed));
    }
    /** A YAML 1.2 boolean; `yes`, `on` and friends are rejected rather than read as false. */
    boolean(name) {
        if (this.core.getInput(name) === '')
            return defaultOf(name) === 'true';
        try {
            return this.core.getBooleanInput(name);
        }
        catch {
            this.reject(name, `expected true or false; got '${(0,errors/* truncate */.xv)(this.core.getInput(name), 40)}'`);
            return undefined;
        }
    }
    /** Non-empty lines, trimmed; `#` starts a comment line. */
    lines(name) {
        return (0,setting_parsers/* lines */.Mn)(this.text(name));
    }
}
function defaultOf(name) {
    const value = INPUT_DEFAULTS[name];
    // Expression defaults (github.token) only mean something to the runner.
    return value.startsWith('${{') ? '' : value;
}

;// CONCATENATED MODULE: ./src/action/notify/slack/settings.ts
const SLACK_API_URL = 'https://slack.com/api';
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
/**
 * Reads the Slack inputs. Undefined when no destination is configured or notify is `never`.
 * Secrets are already masked by the caller; messages here never echo them.
 */
function readSlackSettings(inputs) {
    const settings = readDestination(inputs);
    const mention = readMention(inputs);
    if (mention && !inputs.optional('slack-webhook-url') && !inputs.optional('slack-bot-token')) {
        inputs.reject('slack-mention', "'slack-mention' needs a Slack destination: 'slack-webhook-url', or 'slack-bot-token' with 'slack-channel'");
    }
    return settings && mention ? { ...settings, mention } : settings;
}
/**
 * `slack-mention`: a user group (S…), a user (U… or W…), or here/channel. Slack only notifies
 * for IDs in `<…>` form; a plain @name is just text, so names are refused with how to find the ID.
 */
function readMention(inputs) {
    const value = inputs.optional('slack-mention');
    if (value === undefined)
        return undefined;
    const id = value.replace(/^[@!]/, '').replace(/^subteam\^/, '');
    if (/^S[A-Z0-9]{6,}$/.test(id))
        return `<!subteam^${id}>`;
    if (/^[UW][A-Z0-9]{6,}$/.test(id))
        return `<@${id}>`;
    if (id === 'here' || id === 'channel')
        return `<!${id}>`;
    inputs.reject('slack-mention', `expected a user group ID (S…), a user ID (U…) or 'here'; got '${value.slice(0, 40)}'. Slack notifies only for IDs: copy a user group's ID from its page (Copy group ID) or a member's from their profile (Copy member ID)`);
    return undefined;
}
function readDestination(inputs) {
    const notify = inputs.choice('slack-notify', ['failure', 'always', 'never']);
    const webhook = inputs.optional('slack-webhook-url');
    const token = inputs.optional('slack-bot-token');
    const channel = inputs.optional('slack-channel');
    if (webhook && token) {
        inputs.reject('slack-webhook-url', "set either 'slack-webhook-url' or 'slack-bot-token' with 'slack-channel', not both");
        return undefined;
    }
    if (webhook) {
        if (channel) {
            inputs.reject('slack-channel', "an incoming webhook posts to the channel it was created for; 'slack-channel' only applies with 'slack-bot-token'");
        }
        if (!isWebhookUrl(webhook)) {
            inputs.reject('slack-webhook-url', 'expected an https:// URL such as the one Slack shows for an incoming webhook (the value is a secret and is not shown)');
        }
        return notify && notify !== 'never'
            ? { destination: { kind: 'webhook', url: webhook }, notify }
            : undefined;
    }
    if (token)
        return botSettings(inputs, token, channel, notify);
    if (channel) {
        inputs.reject('slack-channel', "'slack-channel' needs 'slack-bot-token' to post with");
    }
    return undefined;
}
function botSettings(inputs, token, channel, notify) {
    if (!/^xox[a-z]-[A-Za-z0-9-]+$/.test(token)) {
        inputs.reject('slack-bot-token', "expected a Slack token starting with 'xoxb-' (the value is a secret and is not shown)");
    }
    if (!channel) {
        inputs.reject('slack-channel', "'slack-bot-token' needs a channel ID (C…) or name to post to");
        return undefined;
    }
    return notify && notify !== 'never'
        ? { destination: { kind: 'bot', token, channel, apiUrl: SLACK_API_URL }, notify }
        : undefined;
}
/** https anywhere; plain http only on loopback, for a local relay or a test server. */
function isWebhookUrl(value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return false;
    }
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
}

;// CONCATENATED MODULE: ./src/action/ops/ops-settings.ts
function readOpsSettings(inputs) {
    const alertmanagerUrl = httpUrl(inputs, 'alertmanager-url');
    const grafanaUrl = httpUrl(inputs, 'grafana-url');
    const token = inputs.optional('grafana-token') ?? '';
    const dashboards = inputs.lines('grafana-dashboards');
    if (!grafanaUrl && (token || dashboards.length > 0)) {
        inputs.reject('grafana-url', "'grafana-token' and 'grafana-dashboards' need 'grafana-url'");
    }
    if (!alertmanagerUrl && !grafanaUrl)
        return undefined;
    return {
        ...(alertmanagerUrl && { alertmanagerUrl }),
        ...(grafanaUrl && { grafana: { url: grafanaUrl, token, dashboards } })
    };
}
function httpUrl(inputs, name) {
    const value = inputs.optional(name);
    if (value === undefined)
        return undefined;
    try {
        const url = new URL(value);
        if (url.protocol === 'http:' || url.protocol === 'https:')
            return value;
    }
    catch {
        // reported below
    }
    inputs.reject(name, 'expected an http:// or https:// URL (credentials in it are masked)');
    return undefined;
}

;// CONCATENATED MODULE: ./src/action/inputs.ts
/**
 * Action inputs → one readonly ActionSettings. Secrets are masked first, then every input is
 * validated and every problem reported together; nothing past this file reads an input. The
 * settings the CLI shares come through the settings table (gate/read-settings.ts), which also
 * masks the Prometheus URL's password and header values; the rest are the action's own.
 */







/** Reads and validates every input. `runId` names this run's objects and state. */
function readInputs(core, gh, runId, env = {}) {
    maskSecrets(core, env);
    const shared = (0,read_settings/* readSharedSettings */.j)(inputSource(core, gh.workspace));
    const inputs = new InputReader(core);
    const environment = shared.ok ? shared.settings.environment : inputs.text('environment');
    const github = readGitHubReporting(inputs, environment);
    const slack = readSlackSettings(inputs);
    const ops = readOpsSettings(inputs);
    if (!shared.ok || inputs.errors.length > 0 || !github)
        return { ok: false, errors: [...(shared.ok ? [] : shared.errors), ...inputs.errors] };
    // The explicit sha stays beside the gate's settings: it wins over the event's commit.
    const { sha, ...settings } = shared.settings;
    const gate = {
        ...settings,
        cwd: gh.workspace,
        stateDir: gh.runnerTemp ? (0,external_node_path_.join)(gh.runnerTemp, 'chaos-gate') : (0,external_node_path_.join)(gh.workspace, '.chaos-gate'),
        runId,
        only: []
    };
    return {
        ok: true,
        settings: { gate, github, ...(sha && { sha }), ...(slack && { slack }), ...(ops && { ops }) }
    };
}
/** The action's side of the settings table: a setting's text is its input, empty for the default. */
function inputSource(core, workspace) {
    return {
        cwd: workspace,
        read: (key) => {
            const input = settings_table/* SETTINGS */.yy[key].input;
            const text = input === undefined ? '' : core.getInput(input);
            return input === undefined || text === '' ? undefined : { text, name: input };
        },
        nameOf: (key) => settings_table/* SETTINGS */.yy[key].input ?? key,
        mask: (secrets) => {
            for (const secret of secrets)
                core.setSecret(secret);
        }
    };
}
/**
 * `core.setSecret` on every secret value, before anything can log it; GREMLIN_API_KEY too, which
 * the gremlin backend reads when the gremlin-api-key input is empty (the runner masks a secret it
 * passed in `env`, but not in the reports and the check run, which are the gate's own).
 */
function maskSecrets(core, env) {
    for (const name of SECRET_INPUTS) {
        const value = core.getInput(name);
        if (value)
            core.setSecret(value);
    }
    const gremlinKey = env.GREMLIN_API_KEY?.trim();
    if (gremlinKey)
        core.setSecret(gremlinKey);
    for (const name of ['alertmanager-url', 'grafana-url']) {
        const password = urlPassword(core.getInput(name));
        if (password)
            core.setSecret(password);
    }
}
function urlPassword(value) {
    try {
        return decodeURIComponent(new URL(value).password) || undefined;
    }
    catch {
        return undefined;
    }
}
function readGitHubReporting(inputs, environment) {
    const token = inputs.text('github-token');
    const checkRun = inputs.choice('check-run', ['best-effort', 'required', 'off']);
    const commitStatus = inputs.boolean('commit-status');
    const checkName = inputs.text('check-name').replaceAll('<environment>', environment).trim();
    if (checkName === '')
        inputs.reject('check-name', 'expected a name for the check run');
    if (token === '' && (checkRun === 'required' || commitStatus === true)) {
        inputs.reject('github-token', "it is empty, but 'check-run: required' or 'commit-status: true' needs it; pass ${{ github.token }} or a token with checks: write");
    }
    if (!checkRun || commitStatus === undefined)
        return undefined;
    return { token, checkName, checkRun, commitStatus };
}


/***/ }),

/***/ 56832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W: () => (/* binding */ mainScope)
});

;// CONCATENATED MODULE: ./src/action/cancel-grace.ts
/**
 * After SIGINT the runner sends SIGTERM 7.5 s later and kills the process 2.5 s after that. The
 * engine aborts and cleans up first; reporting (check run, Slack) may use what is left of the
 * grace period, and no more, so main exits before the kill and post picks up the rest.
 */
/** A signal that aborts `graceMs` after `cancel` does; never before. */
function graceAfter(cancel, graceMs) {
    const controller = new AbortController();
    const start = () => {
        const timer = setTimeout(() => controller.abort(new Error(`out of time ${graceMs}ms after cancellation`)), graceMs);
        // Only a bound, and its owner (the running step) holds the loop already: unref'd so a step
        // that finished early is not kept alive until the grace period ends.
        timer.unref();
    };
    if (cancel.aborted)
        start();
    else
        cancel.addEventListener('abort', start, { once: true });
    return controller.signal;
}

// EXTERNAL MODULE: ./src/action/core-log.ts
var core_log = __webpack_require__(65348);
// EXTERNAL MODULE: ./src/action/github-env.ts
var github_env = __webpack_require__(91877);
// EXTERNAL MODULE: ./src/util/secret-mask.ts
var secret_mask = __webpack_require__(60051);
;// CONCATENATED MODULE: ./src/action/notify/github/masked-api.ts
/**
 * GitHubApi that masks what it writes: a check run's output, a commit status's description and a
 * pull request's plan comment carry the gate's messages, and those may quote a server that quoted a secret. GitHub does not
 * mask check runs the way the runner masks the step log.
 */

function maskedGitHubApi(api, secrets) {
    return {
        createCheckRun: (p) => api.createCheckRun({ ...p, output: (0,secret_mask/* maskStrings */.X1)(p.output, secrets) }),
        updateCheckRun: (id, p) => api.updateCheckRun(id, p.output ? { ...p, output: (0,secret_mask/* maskStrings */.X1)(p.output, secrets) } : p),
        getCheckRun: (id) => api.getCheckRun(id),
        listCheckRuns: (sha, name) => api.listCheckRuns(sha, name),
        createCommitStatus: (sha, p) => api.createCommitStatus(sha, { ...p, description: secrets.mask(p.description) }),
        listCommits: (sha, count) => api.listCommits(sha, count),
        listIssueComments: (issue) => api.listIssueComments(issue),
        // A pull request's plan comment quotes manifest errors, which may quote a secret too.
        createIssueComment: (issue, body) => api.createIssueComment(issue, secrets.mask(body)),
        updateIssueComment: (id, body) => api.updateIssueComment(id, secrets.mask(body))
    };
}

;// CONCATENATED MODULE: ./src/action/main-scope.ts




function mainScope(deps, gh, settings, target) {
    const log = (0,core_log/* coreLog */.u)(deps.core);
    const reportSignal = graceAfter(deps.signal, deps.reportGraceMs);
    const environmentUrl = target.deployment?.environmentUrl;
    const logUrl = target.deployment?.logUrl;
    const links = {
        sha: target.sha,
        commitUrl: (0,github_env/* commitUrl */.Bg)(gh, target.sha),
        environment: target.environment,
        ...(gh.runUrl && { runUrl: gh.runUrl }),
        ...(environmentUrl && { environmentUrl }),
        ...(logUrl && { deploymentLogUrl: logUrl })
    };
    const slack = {
        repository: `${gh.repository.owner}/${gh.repository.repo}`,
        environment: target.environment,
        sha: target.sha,
        commitUrl: links.commitUrl,
        checkName: settings.github.checkName,
        runId: settings.gate.runId,
        ...(settings.slack?.mention && { mention: settings.slack.mention }),
        ...(gh.runUrl && { runUrl: gh.runUrl }),
        ...(environmentUrl && { environmentUrl })
    };
    const token = settings.github.token;
    const api = token
        ? maskedGitHubApi(deps.github(token, gh, log, reportSignal), deps.secrets)
        : undefined;
    return { deps, gh, settings, target, links, slack, api, log, reportSignal };
}


/***/ }),

/***/ 21394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dh: () => (/* binding */ invalidOutput),
/* harmony export */   Fw: () => (/* binding */ unfinishedOutput),
/* harmony export */   Gg: () => (/* binding */ titleOf),
/* harmony export */   JG: () => (/* binding */ runningOutput),
/* harmony export */   Wm: () => (/* binding */ errorOutput),
/* harmony export */   Zl: () => (/* binding */ commitStatusOf),
/* harmony export */   sV: () => (/* binding */ linksLine),
/* harmony export */   uX: () => (/* binding */ finishedOutput),
/* harmony export */   vu: () => (/* binding */ conclusionOf)
/* harmony export */ });
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _fit_markdown__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98771);


/** The one line of links every check-run summary starts with. */
function linksLine(links) {
    const parts = [
        `**Commit** [\`${links.sha.slice(0, 7)}\`](${links.commitUrl})`,
        `**Environment** ${links.environmentUrl ? `[${links.environment}](${links.environmentUrl})` : links.environment}`
    ];
    if (links.runUrl)
        parts.push(`[Workflow run](${links.runUrl})`);
    if (links.deploymentLogUrl)
        parts.push(`[Deployment log](${links.deploymentLogUrl})`);
    return parts.join(' · ');
}
function runningOutput(links, runId) {
    return {
        title: `Running chaos experiments on ${links.environment}`,
        summary: `${linksLine(links)}\n\nRun \`${runId}\` started; the verdict appears here when it ends.`
    };
}
/** success when it passed, failure when it failed, neutral when nothing was judged or in warn mode. */
function conclusionOf(report) {
    if (report.failed)
        return 'failure';
    if (report.verdict === 'pass')
        return 'success';
    if (report.mode === 'warn' || report.mode === 'dry-run' || report.verdict === 'skipped') {
        return 'neutral';
    }
    // A verdict the user left out of fail-on (say inconclusive): the gate, as configured, passed.
    return 'success';
}
function titleOf(report) {
    const total = report.experiments.length;
    const failOn = new Set(report.failOn);
    const bad = report.experiments.filter((e) => failOn.has(e.verdict)).length;
    const breakdown = breakdownOf(report, failOn);
    if (report.mode === 'dry-run')
        return `Dry run: ${plural(total, 'experiment')} planned, nothing injected`;
    if (report.failed)
        return `Failed: ${bad} of ${plural(total, 'experiment')} (${breakdown})`;
    if (bad > 0)
        return `Would fail (warn mode): ${bad} of ${plural(total, 'experiment')} (${breakdown})`;
    if (report.verdict === 'skipped' || total === 0)
        return 'Skipped: no experiment ran';
    const others = total - report.counts.pass - report.counts.skipped;
    if (others > 0)
        return `Passed with ${plural(others, 'experiment')} not judged (${breakdownOf(report, new Set(['inconclusive', 'error', 'aborted', 'fail']))})`;
    return `Passed: ${plural(report.counts.pass, 'experiment')} held the steady state`;
}
function finishedOutput(report, summaryMarkdown, links, annotations) {
    return {
        title: titleOf(report),
        summary: (0,_fit_markdown__WEBPACK_IMPORTED_MODULE_1__/* .fitMarkdown */ .DJ)(`${linksLine(links)}\n\n${summaryMarkdown}`, _fit_markdown__WEBPACK_IMPORTED_MODULE_1__/* .CHECK_RUN_TEXT_LIMIT */ .Zo, `_The summary was cut to fit the check run; the job summary and the JSON report${links.runUrl ? ` ([run](${links.runUrl}))` : ''} have everything._`, 'chars'),
        annotations
    };
}
/** For a run stopped by invalid manifests, inputs or policy: nothing was injected. */
function invalidOutput(problems, details, links, annotations) {
    return {
        title: `Invalid configuration: ${plural(problems, 'problem')}, nothing injected`,
        summary: (0,_fit_markdown__WEBPACK_IMPORTED_MODULE_1__/* .fitMarkdown */ .DJ)(`${linksLine(links)}\n\n${details}`, _fit_markdown__WEBPACK_IMPORTED_MODULE_1__/* .CHECK_RUN_TEXT_LIMIT */ .Zo, '_Cut to fit._', 'chars'),
        annotations
    };
}
/** For a run that could not operate (GitHub, Kubernetes or a backend refused). */
function errorOutput(message, links) {
    return {
        title: 'Error: the gate could not run',
        summary: `${linksLine(links)}\n\n${fence(message)}`
    };
}
/** For a run that was cancelled or died before it could report; says what is known. */
function unfinishedOutput(links, title, known) {
    return {
        title,
        summary: (0,_fit_markdown__WEBPACK_IMPORTED_MODULE_1__/* .fitMarkdown */ .DJ)([linksLine(links), '', ...known.map((line) => `- ${line}`)].join('\n'), _fit_markdown__WEBPACK_IMPORTED_MODULE_1__/* .CHECK_RUN_TEXT_LIMIT */ .Zo, '_Cut to fit._', 'chars')
    };
}
/** A commit status for the same verdict: GitHub caps the description at 140 characters. */
function commitStatusOf(conclusion, description) {
    const state = conclusion === 'success' || conclusion === 'neutral' || conclusion === 'skipped'
        ? 'success'
        : conclusion === 'failure'
            ? 'failure'
            : conclusion === 'pending'
                ? 'pending'
                : 'error';
    return { state, description: (0,_util_errors__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(description, 139) };
}
function breakdownOf(report, verdicts) {
    return [...verdicts]
        .filter((v) => report.counts[v] > 0)
        .map((v) => `${v} ${report.counts[v]}`)
        .join(', ');
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function fence(text) {
    return `\`\`\`\n${text.replace(/```/g, "'''")}\n\`\`\``;
}


/***/ }),

/***/ 98771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DJ: () => (/* binding */ fitMarkdown),
/* harmony export */   Zo: () => (/* binding */ CHECK_RUN_TEXT_LIMIT),
/* harmony export */   zS: () => (/* binding */ JOB_SUMMARY_LIMIT)
/* harmony export */ });
/**
 * Shortens Markdown to a size limit without leaving a code fence or a <details> block open, and
 * says where the rest is. GitHub rejects a check-run summary over 65535 characters and drops a
 * job summary over 1 MiB, so both are cut here instead.
 */
/** Check-run `output.summary` and `output.text` (characters). */
const CHECK_RUN_TEXT_LIMIT = 65_535;
/** One step's job summary file (bytes). */
const JOB_SUMMARY_LIMIT = 1024 * 1024;
function fitMarkdown(text, limit, note, measure) {
    const size = (s) => measure === 'bytes' ? Buffer.byteLength(s, 'utf8') : s.length;
    if (size(text) <= limit)
        return text;
    // Reserve room for the note and for closing whatever the cut leaves open.
    const reserve = size(note) + 64;
    let head = cut(text, Math.max(0, limit - reserve), measure);
    const newline = head.lastIndexOf('\n');
    if (newline > 0)
        head = head.slice(0, newline);
    return `${head}\n${closers(head)}\n${note}\n`;
}
function cut(text, budget, measure) {
    if (measure === 'chars')
        return text.slice(0, budget);
    // Decoding a byte prefix may end in half a character; drop the replacement it becomes.
    return Buffer.from(text, 'utf8')
        .subarray(0, budget)
        .toString('utf8')
        .replace(/\uFFFD+$/, '');
}
/** The fence and </details> tags that close what `head` left open. */
function closers(head) {
    const parts = [];
    const fences = head.match(/^```/gm)?.length ?? 0;
    if (fences % 2 === 1)
        parts.push('```');
    const open = (head.match(/<details\b/g)?.length ?? 0) - (head.match(/<\/details>/g)?.length ?? 0);
    for (let i = 0; i < open; i++)
        parts.push('</details>');
    return parts.join('\n');
}


/***/ }),

/***/ 3310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UG: () => (/* binding */ notifyError),
  bv: () => (/* binding */ notifyResult),
  pC: () => (/* binding */ notifyStranded)
});

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/action/notify/slack/mrkdwn.ts
/**
 * Slack's text rules (docs.slack.dev, "Formatting text"): `&`, `<` and `>` are control
 * characters and must be escaped in user content; links are `<url|text>`, which avoids the
 * interaction payload a link button sends.
 */
function escapeMrkdwn(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** A link whose text is escaped and whose URL cannot break out of the `<...>` form. */
function mrkdwnLink(url, text) {
    const safeUrl = url
        .replace(/&/g, '&amp;')
        .replace(/</g, '%3C')
        .replace(/>/g, '%3E')
        .replace(/\|/g, '%7C');
    return `<${safeUrl}|${escapeMrkdwn(text).replace(/\|/g, '¦')}>`;
}
/** Cuts text to `max` characters, marking the cut. */
function clip(text, max) {
    return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}
/** Like clip, for text already in mrkdwn: never leaves half an entity or an unclosed link. */
function clipMrkdwn(text, max) {
    if (text.length <= max)
        return text;
    const cut = text
        .slice(0, Math.max(0, max - 1))
        .replace(/&[a-z]*$/, '')
        .replace(/<[^>]*$/, '');
    return `${cut}…`;
}

;// CONCATENATED MODULE: ./src/action/notify/slack/block-kit.ts
/**
 * The Block Kit subset the gate's messages use, Slack's limits for it (node-slack-sdk block types;
 * bolt-js#2509 for the aggregate), and the builders that keep every block within them.
 */

const MAX_BLOCKS = 50;
const HEADER_LIMIT = 150;
const SECTION_LIMIT = 3000;
const FIELD_LIMIT = 2000;
/** Below Slack's undocumented aggregate limit (~13.2k characters observed), with room to spare. */
const TOTAL_BUDGET = 10_000;
/** Head, as many body sections as the block and size budgets allow, a "more" note, then tail. */
function fitBlocks(head, body, tail, more, maxBody) {
    const room = Math.min(MAX_BLOCKS - head.length - tail.length - 1, maxBody);
    let budget = TOTAL_BUDGET - [...head, ...tail].reduce((n, b) => n + size(b), 0) - 200;
    const kept = [];
    for (const block of body) {
        if (kept.length >= room || size(block) > budget)
            break;
        kept.push(block);
        budget -= size(block);
    }
    const dropped = body.length - kept.length;
    const note = dropped > 0 ? [{ type: 'context', elements: [{ type: 'mrkdwn', text: more(dropped) }] }] : [];
    return [...head, ...kept, ...note, ...tail];
}
function size(block) {
    if (block.type === 'header')
        return block.text.text.length;
    if (block.type === 'context')
        return block.elements.reduce((n, e) => n + e.text.length, 0);
    return ((block.text?.text.length ?? 0) + (block.fields ?? []).reduce((n, f) => n + f.text.length, 0));
}
function header(text) {
    return {
        type: 'header',
        text: { type: 'plain_text', text: clip(text, HEADER_LIMIT), emoji: true }
    };
}
function section(text) {
    return { type: 'section', text: { type: 'mrkdwn', text: clipMrkdwn(text, SECTION_LIMIT) } };
}
function field(text) {
    return { type: 'mrkdwn', text: clipMrkdwn(text, FIELD_LIMIT) };
}

;// CONCATENATED MODULE: ./src/action/notify/slack/blocks.ts


/** More failing experiments than this are counted, not listed. */
const MAX_EXPERIMENTS = 20;
/** The gate's result: what failed, why, and the values that broke the steady state. */
function gateResultMessage(report, ctx, options = {}) {
    const failOn = new Set(report.failOn);
    const failing = report.experiments.filter((e) => failOn.has(e.verdict));
    const verdictText = failing.length
        ? `${report.verdict}: ${failing.length} of ${report.experiments.length} experiments failed`
        : `${report.verdict}: ${report.counts.pass} of ${report.experiments.length} experiments passed`;
    const icon = report.failed
        ? ':rotating_light:'
        : failing.length
            ? ':warning:'
            : ':white_check_mark:';
    const word = report.failed
        ? options.again
            ? 'FAILED again'
            : 'FAILED'
        : failing.length
            ? 'would fail (warn mode)'
            : 'passed';
    const head = [
        header(`${report.failed ? '🚨' : failing.length ? '⚠️' : '✅'} Chaos gate ${word.toLowerCase()}: ${ctx.environment}`),
        linksSection(ctx, report.failed),
        facts(ctx, verdictText)
    ];
    const tail = [footer(ctx, report)];
    const sections = failing.map(experimentSection);
    return {
        text: `${icon} Chaos gate ${word} on ${ctx.environment} for ${ctx.repository}@${ctx.sha.slice(0, 7)} (${verdictText})${report.failed && ctx.mention ? ` ${ctx.mention}` : ''}`,
        blocks: fitBlocks(head, sections, tail, (n) => `…and ${n} more failing experiment${n === 1 ? '' : 's'}; see the run.`, MAX_EXPERIMENTS)
    };
}
/** Post found objects it could not remove: someone has to, now. */
function strandedFaultMessage(ctx, cleanup) {
    const items = [
        ...cleanup.stuck.map((s) => `• \`${escapeMrkdwn(s.ref)}\`: ${escapeMrkdwn(s.reason)}\n   inspect: \`${escapeMrkdwn(s.inspect)}\``),
        ...cleanup.errors.map((e) => `• ${escapeMrkdwn(e)}`)
    ];
    const sections = items.map((item) => section(item));
    return {
        text: `:rotating_light: Chaos gate could not remove ${items.length} fault object(s) on ${ctx.environment} for ${ctx.repository}@${ctx.sha.slice(0, 7)}; they may still be injecting`,
        blocks: fitBlocks([
            header(`🚨 Fault left behind: ${ctx.environment}`),
            linksSection(ctx, true),
            facts(ctx, 'cleanup failed'),
            section('Cleanup could not remove these objects. They may still be injecting faults; remove them by hand:')
        ], sections, [footer(ctx)], (n) => `…and ${n} more; see the run.`, MAX_BLOCKS)
    };
}
/** The gate could not run at all (invalid input, RBAC, unreachable backend). */
function gateErrorMessage(ctx, problem) {
    return {
        text: `:warning: Chaos gate could not run on ${ctx.environment} for ${ctx.repository}@${ctx.sha.slice(0, 7)}: ${escapeMrkdwn(clip(problem, 300))}`,
        blocks: [
            header(`⚠️ Chaos gate could not run: ${ctx.environment}`),
            linksSection(ctx, true),
            facts(ctx, 'error'),
            section(`\`\`\`${escapeMrkdwn(clip(problem, 2000))}\`\`\``),
            footer(ctx)
        ]
    };
}
/**
 * One failing experiment: what was supposed to hold (the hypothesis), then what broke, said once.
 * The reasons tell the story; the guard's abort reason and the breaching values are the same
 * breach in other words, so they appear only when no reason already carries them.
 */
function experimentSection(e) {
    const lines = [
        `*${escapeMrkdwn(e.name)}*: ${e.verdict} (${e.backend} ${escapeMrkdwn(e.kind)}, \`${escapeMrkdwn(e.source.file)}:${e.source.line}\`)`
    ];
    if (e.hypothesis)
        lines.push(`_Hypothesis:_ ${escapeMrkdwn(clip(oneLine(e.hypothesis), 300))}`);
    const reasons = e.reasons.slice(0, 3);
    const said = (text) => reasons.some((r) => r.includes(text));
    for (const reason of reasons)
        lines.push(`• ${escapeMrkdwn(clip(reason, 400))}`);
    const abort = e.fault.abortReason;
    if (abort && !said(abort))
        lines.push(`• aborted: ${escapeMrkdwn(clip(abort, 400))}`);
    // A breach the reasons already name (by its check, or the measured quantity before ` = `) is
    // the same breach, measured a moment earlier or later: not said again.
    const named = (m) => said(m.check) || said(m.message.split(' = ')[0] ?? m.message);
    for (const m of brokenValues(e).filter((b) => !named(b)))
        lines.push(`• \`${escapeMrkdwn(clip(`${m.check} (${m.phase}): ${m.message}`, 300))}\``);
    if (e.fault.abortLatencyMs !== undefined)
        lines.push(`• the fault was off ${seconds(e.fault.abortLatencyMs)} after the breach`);
    return section(lines.join('\n'));
}
/** The first breaching measurement of each check, per phase: the numbers that broke. */
function brokenValues(e) {
    const seen = new Set();
    return e.measurements
        .filter((m) => {
        const key = `${m.check}/${m.phase}`;
        if (m.level !== 'breach' || seen.has(key))
            return false;
        seen.add(key);
        return true;
    })
        .slice(0, 4);
}
/**
 * The first thing a reader sees under the header: where to click (the run, the check run) and,
 * on bad news, who is asked to look.
 */
function linksSection(ctx, badNews) {
    const links = [
        ctx.runUrl ? `*${mrkdwnLink(ctx.runUrl, 'Open the workflow run')}*` : undefined,
        ctx.checkRunUrl
            ? mrkdwnLink(ctx.checkRunUrl, `Check run: ${ctx.checkName}`)
            : `check \`${escapeMrkdwn(ctx.checkName)}\``
    ].filter((p) => p !== undefined);
    const mention = badNews && ctx.mention ? `\n${ctx.mention} please take a look` : '';
    return section(`${links.join(' · ')}${mention}`);
}
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}
function seconds(ms) {
    return ms < 1000 ? `${ms}ms` : `${(ms / 1000).toFixed(1)}s`;
}
function facts(ctx, verdict) {
    const env = ctx.environmentUrl
        ? mrkdwnLink(ctx.environmentUrl, ctx.environment)
        : escapeMrkdwn(ctx.environment);
    return {
        type: 'section',
        fields: [
            field(`*Repository*\n${escapeMrkdwn(ctx.repository)}`),
            field(`*Commit*\n${mrkdwnLink(ctx.commitUrl, ctx.sha.slice(0, 7))}`),
            field(`*Environment*\n${env}`),
            field(`*Verdict*\n${escapeMrkdwn(verdict)}`)
        ]
    };
}
function footer(ctx, report) {
    const parts = [
        `run id \`${escapeMrkdwn(ctx.runId)}\``,
        report ? `${Math.round((report.endedAt - report.startedAt) / 1000)}s` : undefined
    ].filter((p) => p !== undefined);
    return {
        type: 'context',
        elements: [{ type: 'mrkdwn', text: clipMrkdwn(parts.join(' • '), FIELD_LIMIT) }]
    };
}

// EXTERNAL MODULE: ./src/util/retry.ts
var retry = __webpack_require__(4266);
// EXTERNAL MODULE: ./src/util/secret-mask.ts
var secret_mask = __webpack_require__(60051);
;// CONCATENATED MODULE: ./src/action/notify/slack/transport.ts



/** Three retries, at most 30 s apart (a longer Retry-After is capped). */
const SLACK_RETRY = {
    attempts: 4,
    baseDelayMs: 1000,
    maxDelayMs: 30_000,
    jitter: 0.2
};
const REQUEST_TIMEOUT_MS = 10_000;
/** A failed attempt, kept apart from BackendError so the classifier can read the status. */
class SlackHttpError extends Error {
    status;
    retryAfterMs;
    constructor(message, status, retryAfterMs) {
        super(message);
        this.status = status;
        this.retryAfterMs = retryAfterMs;
    }
}
async function postSlackMessage(destination, message, deps, options = {}) {
    const target = destination.kind === 'webhook' ? 'incoming webhook' : `channel ${destination.channel}`;
    try {
        return await (0,retry/* withRetry */.bD)(() => attempt(destination, message, deps, options), classify, SLACK_RETRY, deps.clock, deps.signal, (err, delay, n) => deps.log.info(`Slack: attempt ${n} failed (${describe(err)}); retrying in ${delay}ms`));
    }
    catch (err) {
        const status = err instanceof SlackHttpError ? err.status : undefined;
        const reason = deps.signal?.aborted ? 'cancelled' : describe(err);
        throw new errors/* BackendError */.Jh('slack', 'post message to', target, reason, status);
    }
}
async function attempt(destination, unmasked, deps, options) {
    const bot = destination.kind === 'bot';
    const message = deps.secrets ? (0,secret_mask/* maskStrings */.X1)(unmasked, deps.secrets) : unmasked;
    const url = bot ? `${destination.apiUrl}/chat.postMessage` : destination.url;
    const body = bot
        ? {
            channel: destination.channel,
            text: message.text,
            blocks: message.blocks,
            unfurl_links: false,
            ...(options.threadTs && { thread_ts: options.threadTs }),
            ...(options.metadata && { metadata: options.metadata })
        }
        : { text: message.text, blocks: message.blocks };
    const signals = [AbortSignal.timeout(REQUEST_TIMEOUT_MS), ...(deps.signal ? [deps.signal] : [])];
    let response;
    try {
        response = await deps.fetch(url, {
            method: 'POST',
            headers: {
                'content-type': 'application/json; charset=utf-8',
                ...(bot && { authorization: `Bearer ${destination.token}` })
            },
            body: JSON.stringify(body),
            signal: AbortSignal.any(signals)
        });
    }
    catch (err) {
        if (deps.signal?.aborted)
            throw err;
        // undici's message can carry the URL; keep only the error code.
        throw new SlackHttpError(`network error (${networkCode(err)})`, undefined, undefined);
    }
    const text = (await response.text()).slice(0, 300);
    if (response.status !== 200) {
        const retryAfter = (0,retry/* parseRetryAfter */.mu)(response.headers.get('retry-after') ?? undefined, deps.clock.now());
        throw new SlackHttpError(`HTTP ${response.status} ${text.trim()}`.trim(), response.status, retryAfter);
    }
    if (!bot)
        return {};
    const posted = checkOk('chat.postMessage', text);
    const ts = stringField(posted, 'ts');
    const channel = stringField(posted, 'channel');
    return { ...(ts && { ts }), ...(channel && { channel }) };
}
/**
 * The channel's latest messages, newest first, with their metadata (conversations.history, one
 * page of `limit`). Needs the bot's `channels:history` (or `groups:history`) scope and a channel
 * ID; one attempt, no retry: a lookup that fails only means a new message instead of a reply.
 */
async function channelHistory(destination, limit, deps) {
    const query = new URLSearchParams({
        channel: destination.channel,
        limit: String(limit),
        include_all_metadata: 'true'
    });
    const signals = [AbortSignal.timeout(REQUEST_TIMEOUT_MS), ...(deps.signal ? [deps.signal] : [])];
    let response;
    try {
        response = await deps.fetch(`${destination.apiUrl}/conversations.history?${query.toString()}`, {
            headers: { authorization: `Bearer ${destination.token}` },
            signal: AbortSignal.any(signals)
        });
    }
    catch (err) {
        throw new errors/* BackendError */.Jh('slack', 'read history of', `channel ${destination.channel}`, `network error (${networkCode(err)})`);
    }
    const text = await response.text();
    let parsed;
    try {
        if (response.status !== 200)
            throw new SlackHttpError(`HTTP ${response.status}`, response.status, undefined);
        parsed = checkOk('conversations.history', text);
    }
    catch (err) {
        throw new errors/* BackendError */.Jh('slack', 'read history of', `channel ${destination.channel}`, describe(err), response.status);
    }
    const messages = typeof parsed === 'object' &&
        parsed !== null &&
        'messages' in parsed &&
        Array.isArray(parsed.messages)
        ? parsed.messages
        : [];
    return messages.flatMap((m) => {
        const ts = stringField(m, 'ts');
        if (!ts)
            return [];
        const metadata = readMetadata(typeof m === 'object' && m !== null && 'metadata' in m ? m.metadata : undefined);
        return [{ ts, ...(metadata && { metadata }) }];
    });
}
function readMetadata(value) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    const type = stringField(value, 'event_type');
    const payload = 'event_payload' in value ? value.event_payload : undefined;
    if (!type || typeof payload !== 'object' || payload === null)
        return undefined;
    const strings = Object.entries(payload).filter((e) => typeof e[1] === 'string');
    return { event_type: type, event_payload: Object.fromEntries(strings) };
}
function stringField(value, key) {
    if (typeof value !== 'object' || value === null || !(key in value))
        return undefined;
    const field = value[key];
    return typeof field === 'string' && field !== '' ? field : undefined;
}
/** The Web API answers 200 even for errors; `ok` says which. Returns the parsed body. */
function checkOk(method, text) {
    let ok = false;
    let error = 'response was not JSON';
    let parsed;
    try {
        parsed = JSON.parse(text);
        if (typeof parsed === 'object' && parsed !== null && 'ok' in parsed) {
            ok = parsed.ok === true;
            error = 'error' in parsed && typeof parsed.error === 'string' ? parsed.error : 'unknown error';
        }
    }
    catch {
        // keep the default message
    }
    if (!ok)
        throw new SlackHttpError(`${method}: ${error.slice(0, 100)}`, 200, undefined);
    return parsed;
}
function classify(err) {
    if (!(err instanceof SlackHttpError))
        return { retry: false };
    if (err.status === undefined)
        return { retry: true, reason: err.message };
    if (err.status === 429) {
        return {
            retry: true,
            reason: 'rate limited',
            ...(err.retryAfterMs !== undefined && { afterMs: err.retryAfterMs })
        };
    }
    if (err.status >= 500)
        return { retry: true, reason: err.message };
    return { retry: false };
}
function describe(err) {
    if (err instanceof SlackHttpError)
        return err.message;
    if (err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError')) {
        return 'cancelled';
    }
    return 'unexpected error';
}
function networkCode(err) {
    return ((0,errors/* socketErrorCode */.Rx)(err) ??
        (err instanceof Error && err.name === 'TimeoutError' ? 'timeout' : 'fetch failed'));
}

;// CONCATENATED MODULE: ./src/action/notify/slack/thread.ts
/**
 * Threads repeated failures: when the same experiment fails again, the message is a reply in the
 * thread of the last failure instead of a new message in the channel.
 *
 * How the last failure is found: every bot message carries Slack message metadata (event type
 * `chaos_gate_result`, with the repository, environment, check, commit and the failing
 * experiments), and the next run reads the channel's latest messages with conversations.history.
 * Slack's own history is the record of what was posted where, so nothing has to be carried between
 * runs: a check run on the previous commit would first need that commit found, and says nothing
 * about which channel a message went to or whether it still exists. It needs the bot's
 * `channels:history` (or `groups:history`) scope and a channel ID; without them the message
 * is posted as a new one, as with a webhook, which cannot thread at all.
 */


const GATE_EVENT_TYPE = 'chaos_gate_result';
/** How far back the last message about this check is looked for. */
const HISTORY_LIMIT = 50;
function resultMetadata(facts) {
    return {
        event_type: GATE_EVENT_TYPE,
        event_payload: {
            repository: facts.repository,
            environment: facts.environment,
            check: facts.check,
            sha: facts.sha,
            verdict: facts.verdict,
            // Metadata values stay flat strings, so lists are comma-joined (experiment names hold none).
            failing: facts.failing.join(',')
        }
    };
}
/**
 * The ts of the last message about this check when it reported a failure of one of the same
 * experiments; undefined when the last one was about other experiments or a pass, when there is
 * none, or when the history cannot be read.
 */
async function previousFailureTs(destination, facts, deps) {
    let history;
    try {
        history = await channelHistory(destination, HISTORY_LIMIT, deps);
    }
    catch (err) {
        deps.log.info(`Slack: the last failure could not be looked up (${(0,errors/* errorMessage */.gJ)(err)}); posting a new message. Replying in its thread needs the bot scope channels:history and a channel ID in 'slack-channel'.`);
        return undefined;
    }
    const last = history.find((m) => {
        const p = m.metadata?.event_payload;
        return (m.metadata?.event_type === GATE_EVENT_TYPE &&
            p?.repository === facts.repository &&
            p.environment === facts.environment &&
            p.check === facts.check);
    });
    const before = new Set((last?.metadata?.event_payload.failing ?? '').split(',').filter(Boolean));
    return last && facts.failing.some((name) => before.has(name)) ? last.ts : undefined;
}

;// CONCATENATED MODULE: ./src/action/notify/slack/notify.ts
/**
 * Decides whether a message goes out (`slack-notify`) and keeps Slack best-effort: a failure to
 * post is a warning and never changes the verdict.
 */



/**
 * Posts `message` when the policy wants it: `failure` only for bad news, `always` for any.
 * `isFailure` is true when the gate failed, could not run, or left a fault behind. With `result`
 * (a gate's verdict) and a bot token, the message carries the facts the next run looks for, and a
 * failure of the same experiments as the last message is a reply in that message's thread.
 */
async function notifySlack(settings, message, isFailure, deps, result) {
    if (!settings || settings.notify === 'never')
        return 'not-wanted';
    if (settings.notify === 'failure' && !isFailure)
        return 'not-wanted';
    const { destination } = settings;
    try {
        const bot = destination.kind === 'bot' ? destination : undefined;
        const threadTs = bot && result && result.failing.length > 0
            ? await previousFailureTs(bot, result, deps)
            : undefined;
        const compose = typeof message === 'function' ? message : () => message;
        await postSlackMessage(destination, compose({ again: threadTs !== undefined }), deps, {
            ...(threadTs && { threadTs }),
            ...(bot && result && { metadata: resultMetadata(result) })
        });
        deps.core.info(threadTs
            ? 'Slack: the same experiments failed again; replied in the thread of the last failure'
            : 'Slack: notification sent');
        return 'sent';
    }
    catch (err) {
        deps.core.warning(`Slack notification failed: ${(0,errors/* errorMessage */.gJ)(err)}. The verdict is unchanged.`);
        return 'failed';
    }
}

;// CONCATENATED MODULE: ./src/action/notify/gate-notify.ts



function notifyResult(scope, report, stranded, interrupted) {
    const { settings, slack } = scope;
    if (stranded)
        return notifySlack(settings.slack, strandedFaultMessage(slack, stranded), true, slackDeps(scope));
    const failOn = new Set(report.failOn);
    const result = {
        repository: slack.repository,
        environment: slack.environment,
        check: slack.checkName,
        sha: slack.sha,
        verdict: report.verdict,
        failing: report.experiments.filter((e) => failOn.has(e.verdict)).map((e) => e.name)
    };
    return notifySlack(settings.slack, (options) => gateResultMessage(report, slack, options), report.failed && !interrupted, slackDeps(scope), result);
}
/** Post's alert: objects the run left that nobody could remove. */
function notifyStranded(scope, stranded) {
    return notifySlack(scope.settings.slack, strandedFaultMessage(scope.slack, stranded), true, slackDeps(scope));
}
function notifyError(scope, err) {
    const message = gateErrorMessage(scope.slack, (0,errors/* errorMessage */.gJ)(err));
    return notifySlack(scope.settings.slack, message, true, slackDeps(scope));
}
function slackDeps(scope) {
    return {
        fetch: scope.deps.fetch,
        secrets: scope.deps.secrets,
        clock: scope.deps.clock,
        log: scope.log,
        core: scope.deps.core,
        signal: scope.reportSignal
    };
}


/***/ }),

/***/ 75004:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fp: () => (/* binding */ completeCheckRun),
/* harmony export */   Rv: () => (/* binding */ concludeIfOpen),
/* harmony export */   aF: () => (/* binding */ startCheckRun),
/* harmony export */   tp: () => (/* binding */ latestCheckRun)
/* harmony export */ });
/* unused harmony export ANNOTATIONS_PER_REQUEST */
const ANNOTATIONS_PER_REQUEST = 50;
async function startCheckRun(api, clock, p) {
    const run = await api.createCheckRun({
        name: p.name,
        headSha: p.sha,
        externalId: p.runId,
        startedAt: new Date(clock.now()).toISOString(),
        output: p.output
    });
    return run.id;
}
/** Completes the run with the verdict, then appends the annotations that did not fit. */
async function completeCheckRun(api, clock, id, conclusion, output) {
    const batches = chunk(output.annotations ?? [], ANNOTATIONS_PER_REQUEST);
    const { title, summary } = output;
    const text = output.text === undefined ? {} : { text: output.text };
    await api.updateCheckRun(id, {
        conclusion,
        completedAt: new Date(clock.now()).toISOString(),
        output: { title, summary, ...text, annotations: batches[0] ?? [] }
    });
    for (const batch of batches.slice(1)) {
        await api.updateCheckRun(id, { output: { title, summary, annotations: batch } });
    }
}
/**
 * Closes a check run that is still open with `conclusion`. Reads it first, so a run main
 * completed (even if main died before recording that) is never overwritten.
 */
async function concludeIfOpen(api, clock, id, conclusion, output) {
    const run = await api.getCheckRun(id);
    if (run.status === 'completed')
        return 'already-completed';
    await completeCheckRun(api, clock, id, conclusion, output);
    return 'concluded';
}
/** The newest check run with this name on the commit, or undefined. */
async function latestCheckRun(api, sha, name) {
    const runs = await api.listCheckRuns(sha, name);
    return runs[0];
}
function chunk(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}


/***/ }),

/***/ 66848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ writeJobSummary),
/* harmony export */   s: () => (/* binding */ jobSummary)
/* harmony export */ });
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _fit_markdown__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98771);
/**
 * The step's job summary: the engine's Markdown (table, charts, details) under a line of links,
 * plus the findings that did not fit the annotation limits. GitHub drops a summary over 1 MiB,
 * so it is cut to fit with a note pointing at the full report. A failure to write it is a warning.
 */


function jobSummary(parts) {
    const text = [parts.links, '', parts.body, '', parts.hidden ?? ''].join('\n').trimEnd() + '\n';
    const note = `_The summary was cut to GitHub's 1 MiB limit${parts.reportPath ? `; the full report is ${parts.reportPath}` : ''}._`;
    return (0,_fit_markdown__WEBPACK_IMPORTED_MODULE_1__/* .fitMarkdown */ .DJ)(text, _fit_markdown__WEBPACK_IMPORTED_MODULE_1__/* .JOB_SUMMARY_LIMIT */ .zS, note, 'bytes');
}
async function writeJobSummary(core, markdown) {
    try {
        await core.appendSummary(markdown);
    }
    catch (err) {
        core.warning(`Writing the job summary failed: ${(0,_util_errors__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`);
    }
}


/***/ }),

/***/ 9701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Eg: () => (/* binding */ annotateRun),
  ES: () => (/* binding */ expireSilences),
  N_: () => (/* binding */ silenceRun)
});

// EXTERNAL MODULE: ./src/policy/load-experiments.ts + 62 modules
var load_experiments = __webpack_require__(44407);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/action/state.ts
var state = __webpack_require__(33175);
;// CONCATENATED MODULE: ./src/action/ops/http-json.ts
/**
 * One JSON request to an observability API (Alertmanager, Grafana): a 10 s timeout, the step's
 * cut-off signal, and every failure a BackendError that names the operation and never the
 * credentials. No retry: these calls are best-effort and must not hold the gate up.
 */

const TIMEOUT_MS = 10_000;
async function requestJson(fetchFn, req, signal) {
    const signals = [AbortSignal.timeout(TIMEOUT_MS), ...(signal ? [signal] : [])];
    let response;
    try {
        response = await fetchFn(req.url, {
            method: req.method,
            headers: {
                accept: 'application/json',
                ...(req.body !== undefined && { 'content-type': 'application/json' }),
                ...req.headers
            },
            ...(req.body !== undefined && { body: JSON.stringify(req.body) }),
            signal: AbortSignal.any(signals)
        });
    }
    catch (err) {
        const code = (0,errors/* socketErrorCode */.Rx)(err) ??
            (err instanceof Error && err.name === 'TimeoutError' ? 'timeout' : 'fetch failed');
        throw new errors/* BackendError */.Jh(req.system, req.op, req.target, `network error (${code})`);
    }
    const text = await response.text();
    if (response.status < 200 || response.status > 299) {
        throw new errors/* BackendError */.Jh(req.system, req.op, req.target, `HTTP ${response.status} ${text.trim().slice(0, 200)}`.trim(), response.status);
    }
    if (text.trim() === '')
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        throw new errors/* BackendError */.Jh(req.system, req.op, req.target, 'the response was not JSON');
    }
}
/** A URL's user:password as a Basic header; fetch refuses URLs that carry credentials. */
function splitCredentials(raw) {
    const url = new URL(raw);
    if (!url.username && !url.password)
        return { url: raw.replace(/\/+$/, ''), headers: {} };
    const basic = Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64');
    url.username = '';
    url.password = '';
    return { url: url.toString().replace(/\/+$/, ''), headers: { authorization: `Basic ${basic}` } };
}

;// CONCATENATED MODULE: ./src/action/ops/alertmanager.ts

/** The matchers for an experiment; empty when it names nothing to match (a local proxy fault). */
function silenceMatchers(e) {
    const namespaces = e.targets?.namespaces.length
        ? e.targets.namespaces
        : e.namespace
            ? [e.namespace]
            : [];
    const matchers = [];
    if (namespaces.length === 1)
        matchers.push({ name: 'namespace', value: namespaces[0] ?? '', isRegex: false, isEqual: true });
    else if (namespaces.length > 1)
        matchers.push({
            name: 'namespace',
            value: namespaces.map(escapeRegex).join('|'),
            isRegex: true,
            isEqual: true
        });
    for (const term of (e.targets?.labelSelector ?? '').split(',')) {
        const m = /^\s*([A-Za-z0-9_./-]+)\s*(!=|==|=)\s*([A-Za-z0-9_.-]*)\s*$/.exec(term);
        if (!m?.[1] || !m[2])
            continue;
        // Alertmanager label names are Prometheus label names: `app.kubernetes.io/name` becomes `app_kubernetes_io_name`.
        const name = m[1].replace(/[^A-Za-z0-9_]/g, '_');
        matchers.push({ name, value: m[3] ?? '', isRegex: false, isEqual: m[2] !== '!=' });
    }
    // A silence needs at least one positive matcher, or it would silence everything.
    return matchers.some((m) => m.isEqual) ? matchers : [];
}
async function createSilence(fetchFn, baseUrl, silence, signal) {
    const { url, headers } = splitCredentials(baseUrl);
    const data = await requestJson(fetchFn, {
        system: 'alertmanager',
        op: 'create silence',
        target: silence.matchers.map(alertmanager_text).join(','),
        method: 'POST',
        url: `${url}/api/v2/silences`,
        headers,
        body: silence
    }, signal);
    const id = typeof data === 'object' && data !== null && 'silenceID' in data ? data.silenceID : undefined;
    if (typeof id !== 'string' || id === '')
        throw new Error('Alertmanager answered without a silenceID');
    return id;
}
async function expireSilence(fetchFn, baseUrl, id, signal) {
    const { url, headers } = splitCredentials(baseUrl);
    await requestJson(fetchFn, {
        system: 'alertmanager',
        op: 'expire silence',
        target: id,
        method: 'DELETE',
        url: `${url}/api/v2/silence/${encodeURIComponent(id)}`,
        headers
    }, signal);
}
function alertmanager_text(m) {
    const op = m.isRegex ? (m.isEqual ? '=~' : '!~') : m.isEqual ? '=' : '!=';
    return `${m.name}${op}"${m.value}"`;
}
function escapeRegex(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/action/ops/grafana.ts

/** The annotations for a finished run: per injected experiment, its window and its abort. */
function faultAnnotations(report, dashboards, runUrl) {
    const targets = dashboards.length > 0 ? dashboards : [undefined];
    return report.experiments.flatMap((e) => windowOf(e, report, runUrl).flatMap((a) => targets.map((uid) => ({ ...a, ...(uid && { dashboardUID: uid }) }))));
}
function windowOf(e, report, runUrl) {
    const start = e.fault.injectedAt;
    if (start === undefined)
        return [];
    const end = e.fault.removedAt ?? e.fault.abortedAt ?? e.endedAt;
    const tags = ['chaos-gate', report.environment, e.name, e.verdict];
    const link = runUrl ? ` (${runUrl})` : '';
    const window = {
        time: start,
        timeEnd: Math.max(start, end),
        tags,
        text: `chaos-gate: ${e.name} (${e.backend} ${e.kind}${e.action ? ` ${e.action}` : ''}) fault window, verdict ${e.verdict}${link}`
    };
    const aborted = e.fault.abortedAt;
    if (aborted === undefined)
        return [window];
    return [
        window,
        {
            time: aborted,
            tags: [...tags, 'abort'],
            text: `chaos-gate: ${e.name} aborted${e.fault.abortReason ? `: ${e.fault.abortReason}` : ''}`
        }
    ];
}
async function createAnnotation(fetchFn, baseUrl, token, annotation, signal) {
    const { url, headers } = splitCredentials(baseUrl);
    await requestJson(fetchFn, {
        system: 'grafana',
        op: 'create annotation',
        target: annotation.dashboardUID ?? 'organisation',
        method: 'POST',
        url: `${url}/api/annotations`,
        headers: { ...headers, ...(token && { authorization: `Bearer ${token}` }) },
        body: annotation
    }, signal);
}

;// CONCATENATED MODULE: ./src/action/ops/run-hooks.ts





/** Cleanup and reporting after the deadline; a silence outlives a crash by at most this. */
const SILENCE_GRACE_MS = 10 * 60_000;
/** Creates the silences and records their ids for post; returns them. */
async function silenceRun(scope) {
    const url = scope.settings.ops?.alertmanagerUrl;
    // A dry run injects nothing, so nothing can page.
    if (!url || scope.settings.gate.mode === 'dry-run')
        return [];
    const { deps, settings } = scope;
    const inspection = await (0,load_experiments/* inspectExperiments */.d)(settings.gate, { env: deps.env });
    const now = deps.clock.now();
    const ids = [];
    for (const plan of inspection.plans.filter((p) => p.runnable)) {
        const e = plan.experiment;
        const matchers = silenceMatchers(e);
        if (matchers.length === 0) {
            deps.core.info(`Alertmanager: nothing to match for ${e.name} (no target namespace or labels); no silence`);
            continue;
        }
        try {
            const id = await createSilence(deps.fetch, url, {
                matchers,
                startsAt: new Date(now).toISOString(),
                endsAt: new Date(now + settings.gate.timeoutMs + SILENCE_GRACE_MS).toISOString(),
                createdBy: 'chaos-gate',
                comment: `chaos-gate run ${settings.gate.runId}: planned fault ${e.name} on ${settings.gate.environment}${scope.links.runUrl ? ` (${scope.links.runUrl})` : ''}`
            }, scope.reportSignal);
            ids.push(id);
            // Recorded at once, so post can expire it if main dies.
            (0,state/* saveState */.LZ)(deps.core, { silences: ids.join(',') });
            deps.core.info(`Alertmanager: silenced ${matchers.map(alertmanager_text).join(', ')} for ${e.name} (silence ${id})`);
        }
        catch (err) {
            deps.core.warning(`Alertmanager: the silence for ${e.name} could not be created: ${(0,errors/* errorMessage */.gJ)(err)}. Its alerts may page; the verdict is unchanged.`);
        }
    }
    return ids;
}
/** Expires the run's silences (main at cleanup, or post after a crash). */
async function expireSilences(scope, ids) {
    const url = scope.settings.ops?.alertmanagerUrl;
    if (!url || ids.length === 0)
        return;
    const failed = [];
    for (const id of ids) {
        try {
            await expireSilence(scope.deps.fetch, url, id, scope.reportSignal);
        }
        catch (err) {
            failed.push(id);
            scope.deps.core.warning(`Alertmanager: silence ${id} could not be expired: ${(0,errors/* errorMessage */.gJ)(err)}. It ends by itself at the gate's deadline plus ${SILENCE_GRACE_MS / 60_000}m; expire it in Alertmanager to hear those alerts sooner.`);
        }
    }
    (0,state/* saveState */.LZ)(scope.deps.core, { silencesExpired: true });
    if (failed.length < ids.length)
        scope.deps.core.info(`Alertmanager: expired ${ids.length - failed.length} silence(s)`);
}
/** Marks every fault window of the run on the Grafana dashboards. */
async function annotateRun(scope, report) {
    const grafana = scope.settings.ops?.grafana;
    if (!grafana)
        return;
    const annotations = faultAnnotations(report, grafana.dashboards, scope.links.runUrl);
    let written = 0;
    for (const annotation of annotations) {
        try {
            await createAnnotation(scope.deps.fetch, grafana.url, grafana.token, annotation, scope.reportSignal);
            written++;
        }
        catch (err) {
            scope.deps.core.warning(`Grafana: annotating the fault window failed: ${(0,errors/* errorMessage */.gJ)(err)}. The verdict is unchanged.`);
            return;
        }
    }
    if (written > 0)
        scope.deps.core.info(`Grafana: wrote ${written} annotation(s)`);
}


/***/ }),

/***/ 33175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LZ: () => (/* binding */ saveState),
/* harmony export */   un: () => (/* binding */ readState)
/* harmony export */ });
/* unused harmony export STATE_KEYS */
const STATE_KEYS = {
    runId: 'run-id',
    stateDir: 'state-dir',
    checkRunId: 'check-run-id',
    checkRunCompleted: 'check-run-completed',
    checkName: 'check-name',
    sha: 'sha',
    progress: 'progress',
    silences: 'silences',
    silencesExpired: 'silences-expired'
};
const FIELDS = [
    'runId',
    'stateDir',
    'checkRunId',
    'checkRunCompleted',
    'checkName',
    'sha',
    'progress',
    'silences',
    'silencesExpired'
];
/** Saves the given fields at once; fields not given are left as they are. */
function saveState(core, patch) {
    for (const key of FIELDS) {
        const value = patch[key];
        if (value !== undefined)
            core.saveState(STATE_KEYS[key], String(value));
    }
}
/** Reads what main saved; fields main never reached are undefined. */
function readState(core) {
    const text = (key) => core.getState(STATE_KEYS[key]) || undefined;
    const checkRunId = Number(text('checkRunId'));
    const progress = text('progress');
    const runId = text('runId');
    const stateDir = text('stateDir');
    const checkName = text('checkName');
    const sha = text('sha');
    const silences = text('silences');
    return {
        ...(runId && { runId }),
        ...(stateDir && { stateDir }),
        ...(Number.isSafeInteger(checkRunId) && checkRunId > 0 && { checkRunId }),
        checkRunCompleted: text('checkRunCompleted') === 'true',
        ...(checkName && { checkName }),
        ...(sha && { sha }),
        ...(isProgress(progress) && { progress }),
        ...(silences && { silences }),
        ...(text('silencesExpired') === 'true' && { silencesExpired: true })
    };
}
function isProgress(value) {
    return value === 'started' || value === 'finished' || value === 'interrupted';
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
  Hb: () => (/* binding */ guardedStep)
});

// UNUSED EXPORTS: actionDeps, actionsCore, exitAfterCancel

// EXTERNAL MODULE: ./package.json
var package_0 = __webpack_require__(8330);
// EXTERNAL MODULE: ./src/action/core-log.ts
var core_log = __webpack_require__(65348);
;// CONCATENATED MODULE: ./src/action/lazy-gate-engine.ts
function createGateEngine(deps) {
    let engine;
    const load = () => (engine ??= Promise.all(/* import() */[__webpack_require__.e(410030), __webpack_require__.e(184203), __webpack_require__.e(138475)]).then(__webpack_require__.bind(__webpack_require__, 47797)).then((m) => m.createGateEngine(deps)));
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
    const load = () => (api ??= Promise.all(/* import() */[__webpack_require__.e(559167), __webpack_require__.e(151608)]).then(__webpack_require__.bind(__webpack_require__, 87295)).then((m) => m.createGitHubApi(options)));
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
// EXTERNAL MODULE: ./src/process-deps.ts
var process_deps = __webpack_require__(59897);
// EXTERNAL MODULE: ./src/report/terminal/live-view.ts
var live_view = __webpack_require__(47627);
// EXTERNAL MODULE: ./src/util/clock.ts
var clock = __webpack_require__(97110);
// EXTERNAL MODULE: ./src/util/exit-guard.ts
var exit_guard = __webpack_require__(9922);
;// CONCATENATED MODULE: ./src/deps.ts
/**
 * The action's view of the process and the runner: environment, standard streams, signals,
 * @actions/core. With process-deps.ts (what the CLI needs, without the runner's modules), the only
 * modules that touch the process; entry files call these to build the dependencies they pass down.
 */













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
    const signal = (0,process_deps/* processSignal */.yj)();
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
            pid: process_deps/* processInfo */["if"].pid,
            isProcessAlive: process_deps/* processInfo */["if"].isAlive,
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

/***/ 59897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ cliIo),
/* harmony export */   "if": () => (/* binding */ processInfo),
/* harmony export */   yj: () => (/* binding */ processSignal)
/* harmony export */ });
/* harmony import */ var _util_clock__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97110);

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
        clock: _util_clock__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .ml,
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

/***/ 48247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ compareText)
/* harmony export */ });
/**
 * String.prototype.localeCompare for printable ASCII without ICU: the first localeCompare of a
 * process loads ICU's collator, which costs 60–70% of starting Node 24 (docs/performance.md,
 * "Results"), and paths, names and labels are almost always ASCII. Orders as the root collation
 * does, which the runners' locales (C, en-US) use for ASCII: punctuation, then digits, then
 * letters regardless of case; the first difference in case decides last, lowercase first. Any
 * other character leaves the comparison to localeCompare. test/util/compare-text.test.ts holds
 * the two to the same answers.
 */
/** Printable ASCII in the root collation's order; a letter pair ('aA') shares one weight. */
const ORDER = ' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$0123456789';
/** Primary weight by char code; undefined outside printable ASCII. */
const PRIMARY = (() => {
    const weights = new Array(128).fill(undefined);
    for (const [i, ch] of [...ORDER].entries())
        weights[ch.charCodeAt(0)] = i;
    for (let letter = 0; letter < 26; letter++) {
        weights[0x61 + letter] = ORDER.length + letter;
        weights[0x41 + letter] = ORDER.length + letter;
    }
    return weights;
})();
/** localeCompare(a, b) as -1, 0 or 1. */
function compareText(a, b) {
    if (!isPlainAscii(a) || !isPlainAscii(b))
        return Math.sign(a.localeCompare(b));
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const pa = PRIMARY[a.charCodeAt(i)] ?? 0;
        const pb = PRIMARY[b.charCodeAt(i)] ?? 0;
        if (pa !== pb)
            return pa < pb ? -1 : 1;
    }
    if (a.length !== b.length)
        return a.length < b.length ? -1 : 1;
    for (let i = 0; i < n; i++) {
        const ua = isUpper(a.charCodeAt(i));
        if (ua !== isUpper(b.charCodeAt(i)))
            return ua ? 1 : -1;
    }
    return 0;
}
function isPlainAscii(text) {
    for (let i = 0; i < text.length; i++)
        if (PRIMARY[text.charCodeAt(i)] === undefined)
            return false;
    return true;
}
function isUpper(code) {
    return code >= 0x41 && code <= 0x5a;
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
/* harmony import */ var _compare_text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48247);
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
    return (0,_compare_text__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n)(a.file, b.file) || a.line - b.line || a.col - b.col;
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
    detail;
    name = 'InputError';
    constructor(input, 
    /** What is wrong, without the name: a front end may name the setting its own way. */
    detail) {
        super(`Invalid ${settingKind(input)} '${input}': ${detail}`);
        this.input = input;
        this.detail = detail;
    }
}
/** How the message names a setting: an action input, a CLI flag or an environment variable. */
function settingKind(name) {
    if (name.startsWith('-'))
        return 'flag';
    return /^[A-Z][A-Z0-9_]*$/.test(name) ? 'environment variable' : 'input';
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

/***/ 4266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
/* harmony import */ var _clock__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97110);

/** The delay before attempt `attempt` (1-based count of failures so far). */
function backoffDelay(policy, attempt, random = Math.random) {
    const exp = policy.baseDelayMs * 2 ** Math.max(0, attempt - 1);
    const capped = Math.min(exp, policy.maxDelayMs);
    const spread = capped * policy.jitter;
    return Math.max(0, Math.round(capped - spread + random() * 2 * spread));
}
/**
 * Runs `op` until it succeeds, the classifier says a failure is permanent, or attempts run out.
 * The last error is rethrown unchanged. A Retry-After hint replaces the back-off delay, capped.
 */
async function withRetry(op, classify, policy, clock, signal, onRetry) {
    for (let attempt = 1;; attempt++) {
        try {
            return await op(attempt);
        }
        catch (err) {
            if ((0,_clock__WEBPACK_IMPORTED_MODULE_0__/* .isAbortError */ .zf)(err) && signal?.aborted)
                throw err;
            const decision = classify(err);
            if (!decision.retry || attempt >= policy.attempts)
                throw err;
            const delay = Math.min(decision.afterMs ?? backoffDelay(policy, attempt), policy.maxDelayMs);
            onRetry?.(err, delay, attempt);
            await clock.sleep(delay, signal);
        }
    }
}
/** Parses an HTTP Retry-After header (seconds or an HTTP date) into milliseconds from `now`. */
function parseRetryAfter(value, now) {
    if (!value)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+(\.\d+)?$/.test(trimmed))
        return Math.round(Number(trimmed) * 1000);
    const date = Date.parse(trimmed);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
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