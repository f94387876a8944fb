"use strict";
exports.id = 349351;
exports.ids = [349351];
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
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(852586), __webpack_require__.e(583117), __webpack_require__.e(623398), __webpack_require__.e(902419), __webpack_require__.e(760051)]).then(__webpack_require__.bind(__webpack_require__, 12575))).validateCommand
    },
    {
        name: 'plan',
        summary: 'show what each experiment would do and what the policy decides',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(852586), __webpack_require__.e(583117), __webpack_require__.e(623398), __webpack_require__.e(902419), __webpack_require__.e(914769)]).then(__webpack_require__.bind(__webpack_require__, 14133))).planCommand
    },
    {
        name: 'run',
        summary: 'run the gate: preflight, inject, watch the steady state, abort on breach, clean up, report',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(852586), __webpack_require__.e(583117), __webpack_require__.e(623398), __webpack_require__.e(902419), __webpack_require__.e(366855), __webpack_require__.e(184203), __webpack_require__.e(613123)]).then(__webpack_require__.bind(__webpack_require__, 1806))).runCommand
    },
    {
        name: 'cleanup',
        summary: 'stop and remove what a run left behind, from its run-state file',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(852586), __webpack_require__.e(583117), __webpack_require__.e(366855), __webpack_require__.e(433086)]).then(__webpack_require__.bind(__webpack_require__, 6045))).cleanupCommand
    },
    {
        name: 'demo',
        summary: 'run a real gate against a demo service on this machine (no cluster, no Prometheus)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(852586), __webpack_require__.e(583117), __webpack_require__.e(623398), __webpack_require__.e(902419), __webpack_require__.e(366855), __webpack_require__.e(184203), __webpack_require__.e(575312)]).then(__webpack_require__.bind(__webpack_require__, 99980))).demoCommand
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
            io.stderr.write(`chaos-gate: ${one.message}\n`);
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

// EXTERNAL MODULE: ./src/deps.ts + 4 modules
var deps = __webpack_require__(19647);
// EXTERNAL MODULE: ./src/util/exit-guard.ts
var exit_guard = __webpack_require__(9922);
;// CONCATENATED MODULE: ./src/cli.ts






/** The `chaos-gate` command line. */
async function cli(argv = process.argv.slice(2)) {
    const guard = (0,exit_guard/* guardExit */.K)(process, exit_codes/* ExitCode */.y.cannotOperate, (message) => process.stderr.write(`chaos-gate: ${message}\n`));
    guard.settle(await runCli(argv, COMMANDS, (0,deps/* cliIo */.FK)(guard), package_0/* version */.rE));
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


/***/ })

};
;