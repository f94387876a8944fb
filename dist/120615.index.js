"use strict";
exports.id = 120615;
exports.ids = [120615];
exports.modules = {

/***/ 12575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateCommand: () => (/* binding */ validateCommand)
/* harmony export */ });
/* harmony import */ var _policy_load_experiments__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44407);
/* harmony import */ var _report_issue_output__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69507);
/* harmony import */ var _exit_codes__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28551);
/* harmony import */ var _settings_flags__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32491);
/**
 * `chaos-gate validate [paths...]`: loads every manifest and the policy, prints every problem at
 * once, and exits 0 when everything is valid, 2 when not. Touches no cluster.
 */




const validateCommand = {
    name: 'validate',
    help: [
        'Usage: chaos-gate validate [paths...] [flags]',
        '',
        'Reads the experiment manifests (files, directories or globs; default experiments/**/*.{yaml,yml})',
        'and the blast-radius policy, and prints every problem as file:line:col: severity: message.',
        'Nothing is submitted anywhere.',
        '',
        'Flags:',
        (0,_settings_flags__WEBPACK_IMPORTED_MODULE_3__/* .flagHelp */ .QR)(_settings_flags__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST_FLAG_NAMES */ ._y),
        '',
        'Exit codes: 0 valid, 2 not valid.'
    ].join('\n'),
    options: (0,_settings_flags__WEBPACK_IMPORTED_MODULE_3__/* .pickFlags */ .r4)(_settings_flags__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST_FLAG_NAMES */ ._y),
    async run(flags, positionals, io) {
        const settings = (0,_settings_flags__WEBPACK_IMPORTED_MODULE_3__/* .settingsFromFlags */ .x$)(flags, positionals, io);
        const inspection = await (0,_policy_load_experiments__WEBPACK_IMPORTED_MODULE_0__/* .inspectExperiments */ .d)(settings, { env: io.env });
        const counts = (0,_report_issue_output__WEBPACK_IMPORTED_MODULE_1__/* .countIssues */ .w1)(inspection.issues);
        io.stdout.write((0,_report_issue_output__WEBPACK_IMPORTED_MODULE_1__/* .issueLines */ .Ft)(inspection.issues));
        const files = (0,_report_issue_output__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(inspection.files, 'file') ?? 'no files';
        const runnable = inspection.plans.filter((p) => p.runnable).length;
        if (counts.errors > 0) {
            io.stdout.write(`Not valid: ${(0,_report_issue_output__WEBPACK_IMPORTED_MODULE_1__/* .describeCounts */ .wv)(counts)} in ${files}; nothing would be injected.\n`);
            return _exit_codes__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .y.invalid;
        }
        const extra = counts.warnings + counts.notices > 0 ? ` (${(0,_report_issue_output__WEBPACK_IMPORTED_MODULE_1__/* .describeCounts */ .wv)(counts)})` : '';
        io.stdout.write(`Valid: ${(0,_report_issue_output__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(runnable, 'experiment') ?? 'no experiments'} in ${files}${extra}.\n`);
        return _exit_codes__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .y.ok;
    }
};


/***/ }),

/***/ 56366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bt: () => (/* binding */ readFlagOrEnv),
/* harmony export */   qz: () => (/* binding */ flagSource)
/* harmony export */ });
/* unused harmony export flagText */
/* harmony import */ var _gate_settings_table__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62042);

/** The text of a flag, repeated ones joined one a line; undefined when it was not given. */
function flagText(flags, flag) {
    const value = flags[flag];
    const texts = (Array.isArray(value) ? value : [value]).filter((v) => typeof v === 'string');
    return texts.length > 0 ? texts.join('\n') : undefined;
}
/** A row's text from the flags or the environment, and the name it came by. */
function readFlagOrEnv(row, flags, env) {
    const text = row.flag === undefined ? undefined : flagText(flags, row.flag);
    const fromEnv = row.env === undefined ? undefined : env[row.env];
    const envText = fromEnv === undefined || fromEnv.trim() === '' ? undefined : fromEnv;
    if (text !== undefined)
        return { text: row.envAdds && envText ? `${text}\n${envText}` : text, name: `--${row.flag}` };
    return envText === undefined || row.env === undefined
        ? undefined
        : { text: envText, name: row.env };
}
function flagSource(flags, io) {
    return {
        cwd: io.cwd,
        read: (key) => readFlagOrEnv(_gate_settings_table__WEBPACK_IMPORTED_MODULE_0__/* .SETTINGS */ .yy[key], flags, io.env),
        nameOf: (key) => {
            const row = _gate_settings_table__WEBPACK_IMPORTED_MODULE_0__/* .SETTINGS */ .yy[key];
            return row.flag !== undefined ? `--${row.flag}` : (row.env ?? key);
        },
        mask: (secrets) => io.secrets?.add(...secrets)
    };
}


/***/ }),

/***/ 32491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GT: () => (/* binding */ parseCliSetting),
/* harmony export */   QR: () => (/* binding */ flagHelp),
/* harmony export */   _y: () => (/* binding */ MANIFEST_FLAG_NAMES),
/* harmony export */   r4: () => (/* binding */ pickFlags),
/* harmony export */   vW: () => (/* binding */ CLI_SETTINGS),
/* harmony export */   x$: () => (/* binding */ settingsFromFlags)
/* harmony export */ });
/* unused harmony export SETTINGS_FLAG_HELP */
/* harmony import */ var _gate_read_settings__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1637);
/* harmony import */ var _gate_setting_parsers__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4922);
/* harmony import */ var _gate_settings_table__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62042);
/* harmony import */ var _manifest_model__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(85848);
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/* harmony import */ var _flag_source__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56366);
/* harmony import */ var _settings_flag_options__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(53215);
/**
 * The CLI flags that mirror the action's inputs, read through the settings table into the one
 * GateSettings shape (gate/read-settings.ts), with the few settings only the CLI has (state-dir,
 * run-id, only) as rows of the same kind. Every command that reads manifests picks the flags it
 * needs from SETTINGS_FLAGS; `run` can extend it. Every bad flag is reported at once.
 */







/** The settings only the CLI has, as rows of the settings table's kind (`cleanup` reads two). */
const CLI_SETTINGS = {
    stateDir: { flag: 'state-dir', default: '.chaos-gate', parse: _gate_setting_parsers__WEBPACK_IMPORTED_MODULE_1__/* .path */ .hT },
    runId: {
        flag: 'run-id',
        default: '',
        parse: (0,_gate_setting_parsers__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)((0,_gate_setting_parsers__WEBPACK_IMPORTED_MODULE_1__/* .matching */ .wC)(/^[a-z0-9]([-a-z0-9]{0,38}[a-z0-9])?$/, 'a run id', "lower-case letters, digits and '-', at most 40"))
    },
    only: {
        flag: 'only',
        default: '',
        parse: (raw) => (0,_gate_setting_parsers__WEBPACK_IMPORTED_MODULE_1__.ok)(raw.split(/[\s,]+/).filter((name) => name !== ''))
    }
};
/** One line of `--help` per flag. */
const SETTINGS_FLAG_HELP = {
    experiments: `-e, --experiments GLOB      manifests to read (repeatable; default ${_gate_settings_table__WEBPACK_IMPORTED_MODULE_2__/* .SETTINGS */ .yy.experiments.default.split('\n').join(' ')})`,
    policy: '-p, --policy FILE|YAML       blast-radius policy (default .github/chaos-gate/policy.yaml, else built-in)',
    namespace: '-n, --namespace NS          namespace for objects that name none',
    environment: `    --environment NAME      policy profile and check name (default ${_gate_settings_table__WEBPACK_IMPORTED_MODULE_2__/* .SETTINGS */ .yy.environment.default})`,
    backend: `    --backend NAME          auto (from each manifest) or one of ${_manifest_model__WEBPACK_IMPORTED_MODULE_6__/* .BACKEND_KINDS */ .p.join(', ')}`,
    'prometheus-url': '    --prometheus-url URL    Prometheus for query checks that name none',
    'prometheus-header': "    --prometheus-header 'K: V'  header for Prometheus (repeatable; or CHAOS_GATE_PROMETHEUS_HEADERS)",
    'error-budget': '    --error-budget FILE|YAML  skip experiments while an SLO has too little error budget left (docs/prometheus.md)',
    kubeconfig: '    --kubeconfig FILE       kubeconfig (default KUBECONFIG, then ~/.kube/config)',
    context: '    --context NAME          kube context',
    mode: `    --mode MODE             enforce, warn, dry-run or verify (default ${_gate_settings_table__WEBPACK_IMPORTED_MODULE_2__/* .SETTINGS */ .yy.mode.default})`,
    concurrency: `    --concurrency N         experiments at once (default ${_gate_settings_table__WEBPACK_IMPORTED_MODULE_2__/* .SETTINGS */ .yy.concurrency.default})`,
    timeout: `    --timeout DURATION      deadline for the whole gate (default ${_gate_settings_table__WEBPACK_IMPORTED_MODULE_2__/* .SETTINGS */ .yy.timeout.default})`,
    'fail-on': `    --fail-on LIST          verdicts that fail the gate (default ${_gate_settings_table__WEBPACK_IMPORTED_MODULE_2__/* .SETTINGS */ .yy.failOn.default})`,
    'report-dir': `    --report-dir DIR        where reports go (default ${_gate_settings_table__WEBPACK_IMPORTED_MODULE_2__/* .SETTINGS */ .yy.reportDir.default})`,
    'state-dir': `    --state-dir DIR         where run-state files go (default ${CLI_SETTINGS.stateDir.default})`,
    'run-id': '    --run-id ID             run id for labels (default generated)',
    sha: '    --sha SHA               commit under test (all 40 hex characters)',
    only: '    --only NAME             run only these experiments (repeatable)',
    'gremlin-team-id': '    --gremlin-team-id ID    Gremlin team for gremlin experiments (or GREMLIN_TEAM_ID; the key: GREMLIN_API_KEY)'
};
/** The flags of commands that read manifests without touching a cluster. */
const MANIFEST_FLAG_NAMES = [
    'experiments',
    'policy',
    'namespace',
    'environment',
    'backend',
    'prometheus-url',
    'prometheus-header'
];
/** The option table for `names`. */
function pickFlags(names) {
    return Object.fromEntries(names.map((n) => [n, _settings_flag_options__WEBPACK_IMPORTED_MODULE_5__/* .SETTINGS_FLAGS */ .a[n]]));
}
/** The `--help` lines for `names`. */
function flagHelp(names) {
    return names.map((n) => `  ${SETTINGS_FLAG_HELP[n]}`).join('\n');
}
/**
 * Parses flags and positional paths into validated settings. Positionals replace --experiments.
 * Every bad flag is reported at once (InputErrors), as the action reports every bad input.
 */
function settingsFromFlags(flags, positionals, io) {
    const given = positionals.length > 0 ? { ...flags, experiments: [...positionals] } : flags;
    const shared = (0,_gate_read_settings__WEBPACK_IMPORTED_MODULE_0__/* .readSharedSettings */ .j)((0,_flag_source__WEBPACK_IMPORTED_MODULE_4__/* .flagSource */ .qz)(given, io));
    const problems = shared.ok ? [] : [...shared.errors];
    const local = (row, fallback) => {
        const value = parseCliSetting(row, flags, io);
        if (!(value instanceof _util_errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz))
            return value;
        problems.push(value);
        return fallback;
    };
    const stateDir = local(CLI_SETTINGS.stateDir, '');
    const runId = local(CLI_SETTINGS.runId, undefined);
    const only = local(CLI_SETTINGS.only, []);
    const [first, ...more] = problems;
    if (first || !shared.ok)
        throw more.length === 0 && first ? first : new _util_errors__WEBPACK_IMPORTED_MODULE_3__/* .InputErrors */ .G(problems);
    return {
        ...shared.settings,
        cwd: io.cwd,
        stateDir,
        runId: runId ?? `local-${io.clock.now().toString(36)}`,
        only
    };
}
/** One of the CLI's own settings (CLI_SETTINGS), or the InputError naming its flag. */
function parseCliSetting(row, flags, io) {
    const ctx = { cwd: io.cwd, nameOf: (0,_flag_source__WEBPACK_IMPORTED_MODULE_4__/* .flagSource */ .qz)(flags, io).nameOf };
    return (0,_gate_read_settings__WEBPACK_IMPORTED_MODULE_0__/* .parseSetting */ .W)(row, (0,_flag_source__WEBPACK_IMPORTED_MODULE_4__/* .readFlagOrEnv */ .bt)(row, flags, io.env), `--${row.flag}`, ctx);
}


/***/ }),

/***/ 69507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ft: () => (/* binding */ issueLines),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   w1: () => (/* binding */ countIssues),
/* harmony export */   wv: () => (/* binding */ describeCounts)
/* harmony export */ });
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/**
 * How validate and plan print problems: one `file:line:col: severity: message` line each (the form
 * editors and problem matchers read), then a one-line count.
 */

/** Counts `issues` by severity. */
function countIssues(issues) {
    return {
        errors: issues.filter((i) => i.severity === 'error').length,
        warnings: issues.filter((i) => i.severity === 'warning').length,
        notices: issues.filter((i) => i.severity === 'notice').length
    };
}
/** One line per issue, in the order given (callers sort). */
function issueLines(issues) {
    return issues.map((i) => `${(0,_util_errors__WEBPACK_IMPORTED_MODULE_0__/* .formatIssue */ .Hd)(i)}\n`).join('');
}
/** `2 errors, 1 warning` (zero counts left out; `no problems` when all are zero). */
function describeCounts(c) {
    const parts = [
        plural(c.errors, 'error'),
        plural(c.warnings, 'warning'),
        plural(c.notices, 'notice')
    ].filter((p) => p !== undefined);
    return parts.length === 0 ? 'no problems' : parts.join(', ');
}
/** `1 file`, `3 files`; undefined for zero. */
function plural(n, word) {
    return n === 0 ? undefined : `${n} ${word}${n === 1 ? '' : 's'}`;
}


/***/ })

};
;