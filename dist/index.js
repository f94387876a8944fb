/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	// The require scope
/******/ 	var __nccwpck_require__ = {};
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  cli: () => (/* reexport */ cli)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/cli/commands.ts
/** Every CLI command, in the order `--help` lists them. */
const COMMANDS = [];

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = require("node:util");
;// CONCATENATED MODULE: ./src/util/errors.ts
/**
 * The error family. Modules throw these; exactly one place per entry point turns them into exit
 * codes, annotations and `setFailed` (gate/exit-code.ts, action/run-main.ts, cli/run-cli.ts).
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
/** Shortens echoed user content so one bad value cannot flood a log (changesets: 200 characters). */
function truncate(text, max = 200) {
    return text.length > max ? `${text.slice(0, max)}…` : text;
}

;// CONCATENATED MODULE: ./src/cli/exit-codes.ts
/** Exit codes shared by the CLI and the action (product.md §3). */
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

;// CONCATENATED MODULE: ./src/cli/run-cli.ts



const COMMON_OPTIONS = { help: { type: 'boolean', short: 'h' } };
/**
 * Dispatches `chaos-gate <command> [flags] [args]`. The only place that turns thrown errors into
 * exit codes and messages for the CLI.
 */
async function runCli(argv, commands, io, version) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        io.stdout.write(renderCommandList(commands, version));
        return name === undefined ? ExitCode.invalid : ExitCode.ok;
    }
    if (name === '--version' || name === '-v' || name === 'version') {
        io.stdout.write(`chaos-gate ${version}\n`);
        return ExitCode.ok;
    }
    const command = commands.find((c) => c.name === name);
    if (!command) {
        io.stderr.write(`chaos-gate: unknown command '${name}'. Expected one of: ${commands.map((c) => c.name).join(', ')}. Run 'chaos-gate --help'.\n`);
        return ExitCode.invalid;
    }
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args: [...rest],
            options: { ...COMMON_OPTIONS, ...command.options },
            allowPositionals: true,
            strict: true
        });
    }
    catch (err) {
        io.stderr.write(`chaos-gate ${command.name}: ${errorMessage(err)}\n\n${command.help}\n`);
        return ExitCode.invalid;
    }
    if (parsed.values.help === true) {
        io.stdout.write(`${command.help}\n`);
        return ExitCode.ok;
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
    if (err instanceof ManifestError) {
        for (const issue of [...err.issues].sort(compareIssues))
            io.stderr.write(`${formatIssue(issue)}\n`);
        io.stderr.write(`${err.message}; nothing was injected.\n`);
        return ExitCode.invalid;
    }
    if (err instanceof InputError) {
        io.stderr.write(`chaos-gate: ${err.message}\n`);
        return ExitCode.invalid;
    }
    if (err instanceof BackendError || err instanceof GateTimeoutError) {
        io.stderr.write(`chaos-gate: ${err.message}\n`);
        return ExitCode.cannotOperate;
    }
    io.stderr.write(`chaos-gate: ${errorMessage(err)}\n`);
    if (err instanceof Error && err.stack && io.env.CHAOS_GATE_DEBUG)
        io.stderr.write(`${err.stack}\n`);
    return ExitCode.cannotOperate;
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

;// CONCATENATED MODULE: ./src/util/clock.ts
/** The wall clock. Timers are unref'd so a pending sleep never keeps the process alive on its own. */
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
        timer.unref?.();
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

;// CONCATENATED MODULE: ./src/deps.ts

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
function cliIo() {
    return {
        stdout: process.stdout,
        stderr: process.stderr,
        env: process.env,
        cwd: process.cwd(),
        clock: systemClock,
        signal: processSignal()
    };
}

;// CONCATENATED MODULE: ./src/cli.ts




/** The `chaos-gate` command line. */
async function cli(argv = process.argv.slice(2)) {
    process.exitCode = await runCli(argv, COMMANDS, cliIo(), package_namespaceObject.rE);
}

;// CONCATENATED MODULE: ./src/index.ts
/**
 * The root of the one shared bundle. dist/cli.js, dist/main.js and dist/post.js are one-line
 * files that call into it, so the repository holds one copy of the bundled dependencies.
 */


module.exports = __webpack_exports__;
/******/ })()
;