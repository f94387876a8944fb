"use strict";
exports.id = 981121;
exports.ids = [981121];
exports.modules = {

/***/ 73256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cli: () => (/* binding */ cli)
});

// EXTERNAL MODULE: ./package.json
var package_0 = __webpack_require__(8330);
;// CONCATENATED MODULE: ./src/cli/commands.ts
/** Every CLI command, in the order `--help` lists them; each is loaded only when it runs. */
const COMMANDS = [
    {
        name: 'validate',
        summary: 'check experiment manifests and the blast-radius policy (no cluster needed)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(880724), __webpack_require__.e(833069), __webpack_require__.e(289969), __webpack_require__.e(120615)]).then(__webpack_require__.bind(__webpack_require__, 12575))).validateCommand
    },
    {
        name: 'plan',
        summary: 'show what each experiment would do and what the policy decides',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(880724), __webpack_require__.e(833069), __webpack_require__.e(289969), __webpack_require__.e(931378)]).then(__webpack_require__.bind(__webpack_require__, 14133))).planCommand
    },
    {
        name: 'run',
        summary: 'run the gate: preflight, inject, watch the steady state, abort on breach, clean up, report',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(880724), __webpack_require__.e(833069), __webpack_require__.e(289969), __webpack_require__.e(410030), __webpack_require__.e(184203), __webpack_require__.e(687214)]).then(__webpack_require__.bind(__webpack_require__, 1806))).runCommand
    },
    {
        name: 'cleanup',
        summary: 'stop and remove what a run left behind, from its run-state file',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(880724), __webpack_require__.e(833069), __webpack_require__.e(410030), __webpack_require__.e(855271)]).then(__webpack_require__.bind(__webpack_require__, 74743))).cleanupCommand
    },
    {
        name: 'demo',
        summary: 'run a real gate against a demo service on this machine (no cluster, no Prometheus)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(880724), __webpack_require__.e(833069), __webpack_require__.e(289969), __webpack_require__.e(410030), __webpack_require__.e(184203), __webpack_require__.e(516352)]).then(__webpack_require__.bind(__webpack_require__, 99980))).demoCommand
    }
];

// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(28551);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/secret-mask.ts
var secret_mask = __webpack_require__(60051);
;// CONCATENATED MODULE: ./src/cli/masked-io.ts
/**
 * The CLI's terminal with secrets masked. Everything a command prints may quote a server (a
 * Prometheus warning that echoes the request headers, an API error that quotes a token), and
 * there is no runner in front of a terminal to mask it.
 */

function maskedIo(io) {
    const secrets = io.secrets ?? new secret_mask/* SecretMask */.fZ();
    // Getters, not copies: a terminal's width changes while the live view draws.
    const masked = (stream) => ({
        write: (text) => stream.write(secrets.mask(text)),
        get isTTY() {
            return stream.isTTY === true;
        },
        get columns() {
            return stream.columns ?? 80;
        }
    });
    return { ...io, stdout: masked(io.stdout), stderr: masked(io.stderr), secrets };
}

// EXTERNAL MODULE: ./src/cli/settings-flag-options.ts
var settings_flag_options = __webpack_require__(53215);
;// CONCATENATED MODULE: ./src/cli/run-cli.ts





const COMMON_OPTIONS = { help: { type: 'boolean', short: 'h' } };
/**
 * Dispatches `chaos-gate <command> [flags] [args]`. The only place that turns thrown errors into
 * exit codes and messages for the CLI.
 */
async function runCli(argv, commands, unmasked, version) {
    const io = maskedIo(unmasked);
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        io.stdout.write(renderCommandList(commands, version));
        return name === undefined ? exit_codes/* ExitCode */.y.invalid : exit_codes/* ExitCode */.y.ok;
    }
    if (name === '--version' || name === '-v' || name === 'version') {
        io.stdout.write(`chaos-gate ${version}\n`);
        return exit_codes/* ExitCode */.y.ok;
    }
    const entry = commands.find((c) => c.name === name);
    if (!entry) {
        io.stderr.write(`chaos-gate: unknown command '${name}'. Expected one of: ${commands.map((c) => c.name).join(', ')}. Run 'chaos-gate --help'.\n`);
        return exit_codes/* ExitCode */.y.invalid;
    }
    const command = await entry.load();
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: [...rest],
            options: { ...COMMON_OPTIONS, ...command.options },
            allowPositionals: true,
            strict: true
        });
    }
    catch (err) {
        io.stderr.write(`chaos-gate ${command.name}: ${(0,errors/* errorMessage */.gJ)(err)}\n\n${command.help}\n`);
        return exit_codes/* ExitCode */.y.invalid;
    }
    if (parsed.values.help === true) {
        io.stdout.write(`${command.help}\n`);
        return exit_codes/* ExitCode */.y.ok;
    }
    try {
        return await command.run(parsed.values, parsed.positionals, io);
    }
    catch (err) {
        return reportError(err, io);
    }
}
/** Maps an error to its exit code and prints it the way a user can act on. */
function reportError(err, io) {
    if (err instanceof errors/* ManifestError */.Sh) {
        for (const issue of [...err.issues].sort(errors/* compareIssues */.UX))
            io.stderr.write(`${(0,errors/* formatIssue */.Hd)(issue)}\n`);
        io.stderr.write(`${err.message}; nothing was injected.\n`);
        return exit_codes/* ExitCode */.y.invalid;
    }
    if (err instanceof errors/* InputError */.dz) {
        for (const one of err instanceof errors/* InputErrors */.G ? err.errors : [err])
            io.stderr.write(`chaos-gate: ${asFlag(one).message}\n`);
        return exit_codes/* ExitCode */.y.invalid;
    }
    if (err instanceof errors/* BackendError */.Jh || err instanceof errors/* GateTimeoutError */.dO) {
        io.stderr.write(`chaos-gate: ${err.message}\n`);
        return exit_codes/* ExitCode */.y.cannotOperate;
    }
    io.stderr.write(`chaos-gate: ${(0,errors/* errorMessage */.gJ)(err)}\n`);
    if (err instanceof Error && err.stack && io.env.CHAOS_GATE_DEBUG)
        io.stderr.write(`${err.stack}\n`);
    return exit_codes/* ExitCode */.y.cannotOperate;
}
/**
 * The engine names a setting as the action's input (`run-id`, `kubeconfig`); on the command line
 * it is a flag (`--run-id`). Names the settings parser already gave as flags, and environment
 * variables, stay as they are.
 */
function asFlag(err) {
    return Object.hasOwn(settings_flag_options/* SETTINGS_FLAGS */.a, err.input)
        ? new errors/* InputError */.dz(`--${err.input}`, err.detail)
        : err;
}
function renderCommandList(commands, version) {
    const width = Math.max(...commands.map((c) => c.name.length));
    const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
    return [
        `chaos-gate ${version}: run chaos experiments as a post-deploy quality gate`,
        '',
        'Usage: chaos-gate <command> [flags] [paths...]',
        '',
        'Commands:',
        ...lines,
        '',
        "Run 'chaos-gate <command> --help' for a command's flags.",
        'Exit codes: 0 passed, 1 gate failed, 2 invalid input (nothing injected), 3 could not operate.',
        ''
    ].join('\n');
}

// EXTERNAL MODULE: ./src/process-deps.ts
var process_deps = __webpack_require__(59897);
// EXTERNAL MODULE: ./src/util/exit-guard.ts
var exit_guard = __webpack_require__(9922);
;// CONCATENATED MODULE: ./src/cli.ts






/** The `chaos-gate` command line. */
async function cli(argv = process.argv.slice(2)) {
    const guard = (0,exit_guard/* guardExit */.K)(process, exit_codes/* ExitCode */.y.cannotOperate, (message) => process.stderr.write(`chaos-gate: ${message}\n`));
    guard.settle(await runCli(argv, COMMANDS, (0,process_deps/* cliIo */.FK)(guard), package_0/* version */.rE));
}


/***/ }),

/***/ 28551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ ExitCode)
/* harmony export */ });
/** Exit codes shared by the CLI and the action (docs/engine.md, "Verdicts"). */
const ExitCode = {
    /** The gate passed (or the command succeeded). */
    ok: 0,
    /** The gate failed: a verdict in fail-on. */
    gateFailed: 1,
    /** Invalid input or configuration; nothing was injected. */
    invalid: 2,
    /** The gate could not operate (RBAC, network, backend rejected the object). */
    cannotOperate: 3
};


/***/ }),

/***/ 53215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ SETTINGS_FLAGS)
/* harmony export */ });
/** Every settings flag; commands pick from these (settings-flags.ts). */
const SETTINGS_FLAGS = {
    experiments: { type: 'string', multiple: true, short: 'e' },
    policy: { type: 'string', short: 'p' },
    namespace: { type: 'string', short: 'n' },
    environment: { type: 'string' },
    backend: { type: 'string' },
    'prometheus-url': { type: 'string' },
    'prometheus-header': { type: 'string', multiple: true },
    'error-budget': { type: 'string' },
    kubeconfig: { type: 'string' },
    context: { type: 'string' },
    mode: { type: 'string' },
    concurrency: { type: 'string' },
    timeout: { type: 'string' },
    'fail-on': { type: 'string' },
    'report-dir': { type: 'string' },
    'state-dir': { type: 'string' },
    'run-id': { type: 'string' },
    sha: { type: 'string' },
    only: { type: 'string', multiple: true },
    'gremlin-team-id': { type: 'string' }
};


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