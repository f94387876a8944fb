"use strict";
exports.id = 760051;
exports.ids = [760051];
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

/***/ 17537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C4: () => (/* binding */ errorBudgetFrom),
/* harmony export */   KD: () => (/* binding */ checked),
/* harmony export */   PF: () => (/* binding */ prometheusFrom),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   oO: () => (/* binding */ checkNamespace),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   rY: () => (/* binding */ verdicts),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* unused harmony export DEFAULT_FAIL_ON */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _gate_settings__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75306);
/* harmony import */ var _steady_state_error_budget_setting__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16193);
/* harmony import */ var _steady_state_prometheus_setting__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97709);
/* harmony import */ var _util_duration__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(26518);
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(70017);
/* harmony import */ var _util_secret_mask__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(60051);
/**
 * Parsers for flag values: each returns the typed value or throws an InputError naming the flag
 * and what it expected. Nothing is clamped or guessed.
 */








/** The verdicts that fail the gate unless --fail-on says otherwise. */
const DEFAULT_FAIL_ON = _gate_settings__WEBPACK_IMPORTED_MODULE_2__/* .SHARED_SETTINGS */ .aM.failOn.verdicts;
function text(flags, name) {
    const value = flags[name];
    if (value === undefined)
        return undefined;
    if (typeof value !== 'string')
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(name, 'expected a value');
    const trimmed = value.trim();
    if (trimmed === '')
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(name, 'the value is empty');
    return trimmed;
}
function list(flags, name) {
    const value = flags[name];
    const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
    return items
        .filter((v) => typeof v === 'string')
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean);
}
function oneOf(flags, name, options, fallback) {
    const value = text(flags, name);
    if (value === undefined)
        return fallback;
    const found = options.find((o) => o === value);
    if (found === undefined)
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(name, `'${value}' is not one of ${options.join(', ')}`);
    return found;
}
function checked(flags, name, pattern, expected) {
    const value = text(flags, name);
    if (value !== undefined && !pattern.test(value))
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(name, `'${value}' is not valid; expected ${expected}`);
    return value;
}
function integer(flags, name, min, max) {
    const value = text(flags, name);
    if (value === undefined)
        return undefined;
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max)
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(name, `'${value}' is not a whole number from ${min} to ${max}`);
    return n;
}
function duration(flags, name) {
    const value = text(flags, name);
    if (value === undefined)
        return undefined;
    const ms = (0,_util_duration__WEBPACK_IMPORTED_MODULE_5__/* .parseDuration */ .E9)(value);
    if (ms === undefined || ms <= 0)
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(name, `'${value}' is not a duration such as 10m or 1h30m`);
    return ms;
}
function verdicts(flags) {
    const given = list(flags, 'fail-on');
    if (given.length === 0)
        return [...DEFAULT_FAIL_ON];
    return given.map((v) => {
        const found = _gate_settings__WEBPACK_IMPORTED_MODULE_2__/* .VERDICTS */ .bk.find((known) => known === v);
        if (found === undefined)
            throw new _util_errors__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz('fail-on', `'${v}' is not a verdict; expected some of ${_gate_settings__WEBPACK_IMPORTED_MODULE_2__/* .VERDICTS */ .bk.join(', ')}`);
        return found;
    });
}
function checkNamespace(ns) {
    if (!/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(ns))
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz('namespace', `'${ns}' is not a Kubernetes namespace name`);
    return ns;
}
function prometheusFrom(flags, io) {
    const url = text(flags, 'prometheus-url');
    const raw = [
        ...list(flags, 'prometheus-header'),
        ...(io.env.CHAOS_GATE_PROMETHEUS_HEADERS ?? '').split('\n')
    ];
    // Before anything can quote them, an error message included.
    io.secrets?.add(...(0,_util_secret_mask__WEBPACK_IMPORTED_MODULE_7__/* .urlTextSecrets */ .iR)(url ?? ''), ...raw.flatMap((h) => (0,_util_secret_mask__WEBPACK_IMPORTED_MODULE_7__/* .secretForms */ .eo)(headerValue(h))));
    const { endpoint, problems } = (0,_steady_state_prometheus_setting__WEBPACK_IMPORTED_MODULE_4__/* .readPrometheusSetting */ .v)(url, raw);
    const first = problems[0];
    if (first)
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(first.setting === 'url' ? 'prometheus-url' : 'prometheus-header', first.message);
    return endpoint;
}
/** The value of a `Name: value` header line ('' when it has no colon). */
function headerValue(line) {
    const colon = line.indexOf(':');
    return colon > 0 ? line.slice(colon + 1).trim() : '';
}
/**
 * The error-budget setting: inline YAML/JSON, or a file holding it. It is read from Prometheus, so
 * it needs --prometheus-url.
 */
function errorBudgetFrom(flags, io, prometheus) {
    const value = text(flags, 'error-budget');
    if (value === undefined)
        return undefined;
    if (!prometheus)
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz('error-budget', 'the error budget is read from Prometheus: set --prometheus-url too');
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, value);
    const source = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8') : value;
    return (0,_steady_state_error_budget_setting__WEBPACK_IMPORTED_MODULE_3__/* .parseErrorBudget */ .D)(source, 'error-budget');
}


/***/ }),

/***/ 80406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ gremlinFrom)
/* harmony export */ });
/* harmony import */ var _util_secret_mask__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60051);
/* harmony import */ var _flag_values__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17537);


function gremlinFrom(flags, io) {
    const teamId = (0,_flag_values__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(flags, 'gremlin-team-id') ?? io.env.GREMLIN_TEAM_ID?.trim();
    const apiKey = io.env.GREMLIN_API_KEY?.trim();
    if (apiKey)
        io.secrets?.add(...(0,_util_secret_mask__WEBPACK_IMPORTED_MODULE_1__/* .secretForms */ .eo)(apiKey));
    if (!teamId && !apiKey)
        return undefined;
    return { ...(teamId ? { teamId } : {}), ...(apiKey ? { apiKey } : {}) };
}


/***/ }),

/***/ 32491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QR: () => (/* binding */ flagHelp),
/* harmony export */   _y: () => (/* binding */ MANIFEST_FLAG_NAMES),
/* harmony export */   r4: () => (/* binding */ pickFlags),
/* harmony export */   x$: () => (/* binding */ settingsFromFlags)
/* harmony export */ });
/* unused harmony exports SETTINGS_FLAGS, SETTINGS_FLAG_HELP */
/* harmony import */ var _gate_settings__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75306);
/* harmony import */ var _manifest_model__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(85848);
/* harmony import */ var _manifest_read_find_files__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28945);
/* harmony import */ var _util_duration__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26518);
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/* harmony import */ var _flag_values__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17537);
/* harmony import */ var _gremlin_flags__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(80406);
/**
 * The CLI flags that mirror the action's inputs, parsed into the one GateSettings shape. Every
 * command that reads manifests picks the flags it needs from SETTINGS_FLAGS; `run` can extend it.
 * Bad values are rejected with an InputError naming the flag, never clamped.
 */







/** Every settings flag with its description; commands pick from these. */
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
/** One line of `--help` per flag. */
const SETTINGS_FLAG_HELP = {
    experiments: `-e, --experiments GLOB      manifests to read (repeatable; default ${_manifest_read_find_files__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_EXPERIMENT_GLOBS */ .QD.join(' ')})`,
    policy: '-p, --policy FILE|YAML       blast-radius policy (default .github/chaos-gate/policy.yaml, else built-in)',
    namespace: '-n, --namespace NS          namespace for objects that name none',
    environment: `    --environment NAME      policy profile and check name (default ${_gate_settings__WEBPACK_IMPORTED_MODULE_0__/* .SHARED_SETTINGS */ .aM.environment.default})`,
    backend: `    --backend NAME          auto (from each manifest) or one of ${_manifest_model__WEBPACK_IMPORTED_MODULE_6__/* .BACKEND_KINDS */ .p.join(', ')}`,
    'prometheus-url': '    --prometheus-url URL    Prometheus for query checks that name none',
    'prometheus-header': "    --prometheus-header 'K: V'  header for Prometheus (repeatable; or CHAOS_GATE_PROMETHEUS_HEADERS)",
    'error-budget': '    --error-budget FILE|YAML  skip experiments while an SLO has too little error budget left (docs/prometheus.md)',
    kubeconfig: '    --kubeconfig FILE       kubeconfig (default KUBECONFIG, then ~/.kube/config)',
    context: '    --context NAME          kube context',
    mode: `    --mode MODE             enforce, warn, dry-run or verify (default ${_gate_settings__WEBPACK_IMPORTED_MODULE_0__/* .SHARED_SETTINGS */ .aM.mode.default})`,
    concurrency: `    --concurrency N         experiments at once (default ${_gate_settings__WEBPACK_IMPORTED_MODULE_0__/* .SHARED_SETTINGS */ .aM.concurrency.default})`,
    timeout: `    --timeout DURATION      deadline for the whole gate (default ${_gate_settings__WEBPACK_IMPORTED_MODULE_0__/* .SHARED_SETTINGS */ .aM.timeout.default})`,
    'fail-on': `    --fail-on LIST          verdicts that fail the gate (default ${_gate_settings__WEBPACK_IMPORTED_MODULE_0__/* .SHARED_SETTINGS */ .aM.failOn.default})`,
    'report-dir': '    --report-dir DIR        where reports go (default reports)',
    'state-dir': '    --state-dir DIR         where run-state files go (default .chaos-gate)',
    'run-id': '    --run-id ID             run id for labels (default generated)',
    sha: '    --sha SHA               commit under test',
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
    return Object.fromEntries(names.map((n) => [n, SETTINGS_FLAGS[n]]));
}
/** The `--help` lines for `names`. */
function flagHelp(names) {
    return names.map((n) => `  ${SETTINGS_FLAG_HELP[n]}`).join('\n');
}
const S = _gate_settings__WEBPACK_IMPORTED_MODULE_0__/* .SHARED_SETTINGS */ .aM;
function defaultTimeoutMs() {
    const ms = (0,_util_duration__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(S.timeout.default);
    if (ms === undefined)
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_3__/* .InternalError */ .Gd(`the default timeout '${S.timeout.default}' is not a duration`);
    return ms;
}
/**
 * Parses flags and positional paths into validated settings. Positionals replace --experiments.
 * Every bad flag is reported at once (InputErrors), as the action reports every bad input.
 */
function settingsFromFlags(flags, positionals, io) {
    const problems = [];
    const read = (parse, fallback) => {
        try {
            return parse();
        }
        catch (err) {
            if (!(err instanceof _util_errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz))
                throw err;
            problems.push(err);
            return fallback;
        }
    };
    const experiments = positionals.length > 0 ? [...positionals] : (0,_flag_values__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(flags, 'experiments');
    const namespace = read(() => {
        const given = (0,_flag_values__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(flags, 'namespace');
        return given === undefined ? undefined : (0,_flag_values__WEBPACK_IMPORTED_MODULE_4__/* .checkNamespace */ .oO)(given);
    }, undefined);
    const policy = read(() => (0,_flag_values__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(flags, 'policy'), undefined);
    const prometheus = read(() => (0,_flag_values__WEBPACK_IMPORTED_MODULE_4__/* .prometheusFrom */ .PF)(flags, io), undefined);
    const errorBudget = read(() => (0,_flag_values__WEBPACK_IMPORTED_MODULE_4__/* .errorBudgetFrom */ .C4)(flags, io, prometheus), undefined);
    const kubeconfig = read(() => (0,_flag_values__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(flags, 'kubeconfig'), undefined);
    const context = read(() => (0,_flag_values__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(flags, 'context'), undefined);
    const sha = read(() => (0,_flag_values__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(flags, 'sha'), undefined);
    const gremlin = read(() => (0,_gremlin_flags__WEBPACK_IMPORTED_MODULE_5__/* .gremlinFrom */ .n)(flags, io), undefined);
    const settings = {
        experiments: experiments.length > 0 ? experiments : [..._manifest_read_find_files__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_EXPERIMENT_GLOBS */ .QD],
        cwd: io.cwd,
        backend: read(() => (0,_flag_values__WEBPACK_IMPORTED_MODULE_4__/* .oneOf */ .yL)(flags, 'backend', ['auto', ..._manifest_model__WEBPACK_IMPORTED_MODULE_6__/* .BACKEND_KINDS */ .p], 'auto'), 'auto'),
        mode: read(() => (0,_flag_values__WEBPACK_IMPORTED_MODULE_4__/* .oneOf */ .yL)(flags, 'mode', _gate_settings__WEBPACK_IMPORTED_MODULE_0__/* .MODES */ .FN, S.mode.default), S.mode.default),
        environment: read(() => (0,_flag_values__WEBPACK_IMPORTED_MODULE_4__/* .checked */ .KD)(flags, 'environment', /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/, 'a name such as staging') ?? S.environment.default, S.environment.default),
        concurrency: read(() => (0,_flag_values__WEBPACK_IMPORTED_MODULE_4__/* .integer */ .nd)(flags, 'concurrency', S.concurrency.min, S.concurrency.max) ?? 1, 1),
        timeoutMs: read(() => (0,_flag_values__WEBPACK_IMPORTED_MODULE_4__/* .duration */ .p0)(flags, 'timeout') ?? defaultTimeoutMs(), defaultTimeoutMs()),
        failOn: new Set(read(() => (0,_flag_values__WEBPACK_IMPORTED_MODULE_4__/* .verdicts */ .rY)(flags), [])),
        reportDir: read(() => (0,_flag_values__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(flags, 'report-dir') ?? 'reports', 'reports'),
        stateDir: read(() => (0,_flag_values__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(flags, 'state-dir') ?? '.chaos-gate', '.chaos-gate'),
        runId: read(() => (0,_flag_values__WEBPACK_IMPORTED_MODULE_4__/* .checked */ .KD)(flags, 'run-id', /^[a-z0-9]([-a-z0-9]{0,38}[a-z0-9])?$/, 'lower-case letters, digits and -, at most 40') ?? `local-${io.clock.now().toString(36)}`, ''),
        only: (0,_flag_values__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(flags, 'only'),
        ...(namespace === undefined ? {} : { namespace }),
        ...(policy === undefined ? {} : { policy }),
        ...(prometheus === undefined ? {} : { prometheus }),
        ...(errorBudget === undefined ? {} : { errorBudget }),
        ...(kubeconfig === undefined ? {} : { kubeconfig }),
        ...(context === undefined ? {} : { context }),
        ...(sha === undefined ? {} : { sha }),
        ...(gremlin === undefined ? {} : { gremlin })
    };
    const [first, ...more] = problems;
    if (first)
        throw more.length === 0 ? first : new _util_errors__WEBPACK_IMPORTED_MODULE_3__/* .InputErrors */ .G(problems);
    return settings;
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


/***/ }),

/***/ 16193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ parseErrorBudget)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45586);
/* harmony import */ var _manifest_queries_query_template__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58721);
/* harmony import */ var _util_duration__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26518);
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/**
 * The `error-budget` setting (action input, `--error-budget` flag): YAML or JSON, one SLO or a
 * list. Either the remaining budget straight from a query, or an SLO computed from its error ratio:
 *
 *   - name: checkout-availability
 *     objective: 99.9%
 *     errorRatio: sum(rate(http_requests_total{code=~"5.."}[{{window}}])) / sum(rate(http_requests_total[{{window}}]))
 *     period: 30d
 *     minRemaining: 25%
 *   - name: api
 *     query: slo:error_budget_remaining:ratio{service="api"}
 *     minRemaining: 0.1
 */





/** A fraction written as `25%` or `0.25`; `99.9%` is exactly 0.999, not 99.9 / 100. */
const fraction = zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(/^-?\d+(\.\d+)?%$/)], {
    error: 'a fraction like 0.25 or a percentage like 25%'
})
    .transform((v) => (typeof v === 'number' ? v : Number(`${v.slice(0, -1)}e-2`)));
const rule = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1),
    minRemaining: fraction.refine((v) => v <= 1, 'at most 100%'),
    query: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).optional(),
    objective: fraction.refine((v) => v > 0 && v < 1, 'between 0% and 100%, exclusive').optional(),
    errorRatio: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
        .refine(windowOnly, 'a PromQL error ratio using {{window}} (and no other placeholder)')
        .optional(),
    period: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
        .refine((d) => ((0,_util_duration__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(d) ?? 0) > 0, "a duration like '30d' or '28d'")
        .optional()
})
    .superRefine((r, ctx) => {
    const slo = [r.objective, r.errorRatio, r.period].filter((v) => v !== undefined).length;
    if (r.query !== undefined && slo > 0) {
        ctx.addIssue({
            code: 'custom',
            message: 'give either query, or objective + errorRatio + period, not both'
        });
    }
    else if (r.query === undefined && slo < 3) {
        ctx.addIssue({
            code: 'custom',
            message: 'needs query, or all of objective, errorRatio and period'
        });
    }
});
const setting = zod__WEBPACK_IMPORTED_MODULE_4__/* .preprocess */ .vkY((v) => (Array.isArray(v) ? v : [v]), zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(rule).min(1));
/** Parses the setting; every problem is reported at once, naming the input. */
function parseErrorBudget(text, input = 'error-budget') {
    let raw;
    try {
        raw = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
    }
    catch (err) {
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `not YAML or JSON: ${(0,_util_errors__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`);
    }
    const result = setting.safeParse(raw);
    if (!result.success) {
        const problems = result.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `${problems.join('; ')}. Expected a list of {name, minRemaining} with either query, or objective + errorRatio + period`);
    }
    return result.data.map((r) => ({
        name: r.name,
        minRemaining: r.minRemaining,
        source: sourceOf(r)
    }));
}
function sourceOf(r) {
    if (r.query !== undefined)
        return { kind: 'remaining', query: r.query };
    const periodMs = (0,_util_duration__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(r.period ?? '');
    if (r.objective === undefined || r.errorRatio === undefined || periodMs === undefined) {
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_3__/* .InternalError */ .Gd('an error-budget rule passed validation without its SLO fields');
    }
    return { kind: 'slo', objective: r.objective, errorRatio: r.errorRatio, periodMs };
}
function windowOnly(query) {
    const names = (0,_manifest_queries_query_template__WEBPACK_IMPORTED_MODULE_1__/* .findPlaceholders */ .GY)(query).map((p) => p.name);
    return names.includes('window') && names.every((n) => n === 'window');
}


/***/ }),

/***/ 97709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ readPrometheusSetting)
/* harmony export */ });
/* unused harmony export PROMETHEUS_QUERY_DEFAULTS */
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

/** Per-query bound and retries when the setting does not say; experiments may set their own. */
const PROMETHEUS_QUERY_DEFAULTS = { timeoutMs: 10_000, retries: 2 };
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/**
 * The endpoint, or undefined when no URL is set; every problem at once. Header values are secrets
 * (bearer tokens, tenant keys): the caller masks them first, and no message quotes one.
 */
function readPrometheusSetting(url, headerLines) {
    const problems = [];
    const headers = {};
    headerLines
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .forEach((line, index) => {
        const colon = line.indexOf(':');
        const name = colon > 0 ? line.slice(0, colon).trim() : '';
        const value = colon > 0 ? line.slice(colon + 1).trim() : '';
        if (HEADER_NAME.test(name) && value !== '')
            headers[name] = value;
        else
            problems.push({
                setting: 'headers',
                message: `header ${index + 1} is not 'Name: value' (values are secrets and are not shown)`
            });
    });
    const given = url?.trim() ?? '';
    if (given === '') {
        if (Object.keys(headers).length > 0)
            problems.push({
                setting: 'headers',
                message: 'headers were given but no prometheus-url is set'
            });
        return { problems };
    }
    if (!isHttpUrl(given)) {
        problems.push({
            setting: 'url',
            message: `'${(0,_util_errors__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(given, 80)}' is not an http:// or https:// URL of the Prometheus server (its root, without /api/v1)`
        });
    }
    if (problems.length > 0)
        return { problems };
    return {
        endpoint: {
            url: given.replace(/\/+$/, ''),
            headers,
            ...PROMETHEUS_QUERY_DEFAULTS,
            strictWarnings: false,
            insecureSkipVerify: false
        },
        problems
    };
}
function isHttpUrl(value) {
    try {
        const url = new URL(value);
        return (url.protocol === 'http:' || url.protocol === 'https:') && url.host !== '';
    }
    catch {
        return false;
    }
}


/***/ })

};
;