"use strict";
exports.id = 575;
exports.ids = [575];
exports.modules = {

/***/ 12314:
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

/***/ 12575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateCommand: () => (/* binding */ validateCommand)
/* harmony export */ });
/* harmony import */ var _manifest_load_experiments__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86918);
/* harmony import */ var _exit_codes__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28551);
/* harmony import */ var _settings_flags__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15681);
/* harmony import */ var _issue_output__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12314);
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
        (0,_settings_flags__WEBPACK_IMPORTED_MODULE_2__/* .flagHelp */ .QR)(_settings_flags__WEBPACK_IMPORTED_MODULE_2__/* .MANIFEST_FLAG_NAMES */ ._y),
        '',
        'Exit codes: 0 valid, 2 not valid.'
    ].join('\n'),
    options: (0,_settings_flags__WEBPACK_IMPORTED_MODULE_2__/* .pickFlags */ .r4)(_settings_flags__WEBPACK_IMPORTED_MODULE_2__/* .MANIFEST_FLAG_NAMES */ ._y),
    async run(flags, positionals, io) {
        const settings = (0,_settings_flags__WEBPACK_IMPORTED_MODULE_2__/* .settingsFromFlags */ .x$)(flags, positionals, io);
        const inspection = await (0,_manifest_load_experiments__WEBPACK_IMPORTED_MODULE_0__/* .inspectExperiments */ .d)(settings, { env: io.env });
        const counts = (0,_issue_output__WEBPACK_IMPORTED_MODULE_3__/* .countIssues */ .w1)(inspection.issues);
        io.stdout.write((0,_issue_output__WEBPACK_IMPORTED_MODULE_3__/* .issueLines */ .Ft)(inspection.issues));
        const files = (0,_issue_output__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(inspection.files, 'file') ?? 'no files';
        const runnable = inspection.plans.filter((p) => p.runnable).length;
        if (counts.errors > 0) {
            io.stdout.write(`Not valid: ${(0,_issue_output__WEBPACK_IMPORTED_MODULE_3__/* .describeCounts */ .wv)(counts)} in ${files}; nothing would be injected.\n`);
            return _exit_codes__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.invalid;
        }
        const extra = counts.warnings + counts.notices > 0 ? ` (${(0,_issue_output__WEBPACK_IMPORTED_MODULE_3__/* .describeCounts */ .wv)(counts)})` : '';
        io.stdout.write(`Valid: ${(0,_issue_output__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(runnable, 'experiment') ?? 'no experiments'} in ${files}${extra}.\n`);
        return _exit_codes__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.ok;
    }
};


/***/ }),

/***/ 15681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _y: () => (/* binding */ MANIFEST_FLAG_NAMES),
  QR: () => (/* binding */ flagHelp),
  r4: () => (/* binding */ pickFlags),
  x$: () => (/* binding */ settingsFromFlags)
});

// UNUSED EXPORTS: SETTINGS_FLAGS, SETTINGS_FLAG_HELP

// EXTERNAL MODULE: ./src/manifest/find-files.ts
var find_files = __webpack_require__(98760);
// EXTERNAL MODULE: ./src/manifest/model.ts
var model = __webpack_require__(85848);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/gate/settings.ts
var settings = __webpack_require__(75306);
// EXTERNAL MODULE: ./src/steady-state/error-budget-setting.ts
var error_budget_setting = __webpack_require__(16193);
// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(26518);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/secret-mask.ts
var secret_mask = __webpack_require__(60051);
;// CONCATENATED MODULE: ./src/cli/flag-values.ts
/**
 * Parsers for flag values: each returns the typed value or throws an InputError naming the flag
 * and what it expected. Nothing is clamped or guessed.
 */







/** The verdicts that fail the gate unless --fail-on says otherwise. */
const DEFAULT_FAIL_ON = ['fail', 'aborted', 'inconclusive', 'error'];
function flag_values_text(flags, name) {
    const value = flags[name];
    if (value === undefined)
        return undefined;
    if (typeof value !== 'string')
        throw new errors/* InputError */.dz(name, 'expected a value');
    const trimmed = value.trim();
    if (trimmed === '')
        throw new errors/* InputError */.dz(name, 'the value is empty');
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
    const value = flag_values_text(flags, name);
    if (value === undefined)
        return fallback;
    const found = options.find((o) => o === value);
    if (found === undefined)
        throw new errors/* InputError */.dz(name, `'${value}' is not one of ${options.join(', ')}`);
    return found;
}
function checked(flags, name, pattern, expected) {
    const value = flag_values_text(flags, name);
    if (value !== undefined && !pattern.test(value))
        throw new errors/* InputError */.dz(name, `'${value}' is not valid; expected ${expected}`);
    return value;
}
function integer(flags, name, min, max) {
    const value = flag_values_text(flags, name);
    if (value === undefined)
        return undefined;
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max)
        throw new errors/* InputError */.dz(name, `'${value}' is not a whole number from ${min} to ${max}`);
    return n;
}
function flag_values_duration(flags, name) {
    const value = flag_values_text(flags, name);
    if (value === undefined)
        return undefined;
    const ms = (0,duration/* parseDuration */.E9)(value);
    if (ms === undefined || ms <= 0)
        throw new errors/* InputError */.dz(name, `'${value}' is not a duration such as 10m or 1h30m`);
    return ms;
}
function verdicts(flags) {
    const given = list(flags, 'fail-on');
    if (given.length === 0)
        return [...DEFAULT_FAIL_ON];
    return given.map((v) => {
        const found = settings/* VERDICTS */.b.find((known) => known === v);
        if (found === undefined)
            throw new errors/* InputError */.dz('fail-on', `'${v}' is not a verdict; expected some of ${settings/* VERDICTS */.b.join(', ')}`);
        return found;
    });
}
function checkNamespace(ns) {
    if (!/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(ns))
        throw new errors/* InputError */.dz('namespace', `'${ns}' is not a Kubernetes namespace name`);
    return ns;
}
function prometheusFrom(flags, io) {
    const url = flag_values_text(flags, 'prometheus-url');
    const raw = [
        ...list(flags, 'prometheus-header'),
        ...(io.env.CHAOS_GATE_PROMETHEUS_HEADERS ?? '').split('\n')
    ];
    // Before anything can quote them, an error message included.
    io.secrets?.add(...(0,secret_mask/* urlTextSecrets */.iR)(url ?? ''), ...raw.flatMap((h) => (0,secret_mask/* secretForms */.eo)(headerValue(h))));
    const headers = {};
    for (const line of raw.map((h) => h.trim()).filter(Boolean)) {
        const colon = line.indexOf(':');
        if (colon <= 0)
            throw new errors/* InputError */.dz('prometheus-header', "expected 'Name: value'");
        headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
    if (url === undefined) {
        if (Object.keys(headers).length > 0)
            throw new errors/* InputError */.dz('prometheus-header', 'headers need --prometheus-url');
        return undefined;
    }
    if (!/^https?:\/\/[^\s/]+/.test(url))
        throw new errors/* InputError */.dz('prometheus-url', `'${url}' is not an http:// or https:// URL`);
    return {
        url,
        headers,
        timeoutMs: 10_000,
        retries: 2,
        strictWarnings: false,
        insecureSkipVerify: false
    };
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
    const value = flag_values_text(flags, 'error-budget');
    if (value === undefined)
        return undefined;
    if (!prometheus)
        throw new errors/* InputError */.dz('error-budget', 'the error budget is read from Prometheus: set --prometheus-url too');
    const path = (0,external_node_path_.resolve)(io.cwd, value);
    const source = (0,external_node_fs_.existsSync)(path) ? (0,external_node_fs_.readFileSync)(path, 'utf8') : value;
    return (0,error_budget_setting/* parseErrorBudget */.D)(source, 'error-budget');
}

;// CONCATENATED MODULE: ./src/cli/settings-flags.ts



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
    only: { type: 'string', multiple: true }
};
/** One line of `--help` per flag. */
const SETTINGS_FLAG_HELP = {
    experiments: `-e, --experiments GLOB      manifests to read (repeatable; default ${find_files/* DEFAULT_EXPERIMENT_GLOBS */.QD.join(' ')})`,
    policy: '-p, --policy FILE|YAML       blast-radius policy (default .github/chaos-gate/policy.yaml, else built-in)',
    namespace: '-n, --namespace NS          namespace for objects that name none',
    environment: '    --environment NAME      policy profile and check name (default staging)',
    backend: `    --backend NAME          auto (from each manifest) or one of ${model/* BACKEND_KINDS */.p.join(', ')}`,
    'prometheus-url': '    --prometheus-url URL    Prometheus for query checks that name none',
    'prometheus-header': "    --prometheus-header 'K: V'  header for Prometheus (repeatable; or CHAOS_GATE_PROMETHEUS_HEADERS)",
    'error-budget': '    --error-budget FILE|YAML  skip experiments while an SLO has too little error budget left (docs/prometheus.md)',
    kubeconfig: '    --kubeconfig FILE       kubeconfig (default KUBECONFIG, then ~/.kube/config)',
    context: '    --context NAME          kube context',
    mode: '    --mode MODE             enforce, warn, dry-run or verify (default enforce)',
    concurrency: '    --concurrency N         experiments at once (default 1)',
    timeout: '    --timeout DURATION      deadline for the whole gate (default 15m)',
    'fail-on': `    --fail-on LIST          verdicts that fail the gate (default fail,aborted,inconclusive,error)`,
    'report-dir': '    --report-dir DIR        where reports go (default reports)',
    'state-dir': '    --state-dir DIR         where run-state files go (default .chaos-gate)',
    'run-id': '    --run-id ID             run id for labels (default generated)',
    sha: '    --sha SHA               commit under test',
    only: '    --only NAME             run only these experiments (repeatable)'
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
const MODES = ['enforce', 'warn', 'dry-run', 'verify'];
/** Parses flags and positional paths into validated settings. Positionals replace --experiments. */
function settingsFromFlags(flags, positionals, io) {
    const experiments = positionals.length > 0 ? [...positionals] : list(flags, 'experiments');
    const namespace = flag_values_text(flags, 'namespace');
    const policy = flag_values_text(flags, 'policy');
    const prometheus = prometheusFrom(flags, io);
    const errorBudget = errorBudgetFrom(flags, io, prometheus);
    const kubeconfig = flag_values_text(flags, 'kubeconfig');
    const context = flag_values_text(flags, 'context');
    const sha = flag_values_text(flags, 'sha');
    return {
        experiments: experiments.length > 0 ? experiments : [...find_files/* DEFAULT_EXPERIMENT_GLOBS */.QD],
        cwd: io.cwd,
        backend: oneOf(flags, 'backend', ['auto', ...model/* BACKEND_KINDS */.p], 'auto'),
        mode: oneOf(flags, 'mode', MODES, 'enforce'),
        environment: checked(flags, 'environment', /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/, 'a name such as staging') ?? 'staging',
        concurrency: integer(flags, 'concurrency', 1, 50) ?? 1,
        timeoutMs: flag_values_duration(flags, 'timeout') ?? 15 * 60_000,
        failOn: new Set(verdicts(flags)),
        reportDir: flag_values_text(flags, 'report-dir') ?? 'reports',
        stateDir: flag_values_text(flags, 'state-dir') ?? '.chaos-gate',
        runId: checked(flags, 'run-id', /^[a-z0-9]([-a-z0-9]{0,38}[a-z0-9])?$/, 'lower-case letters, digits and -, at most 40') ?? `local-${io.clock.now().toString(36)}`,
        only: list(flags, 'only'),
        ...(namespace === undefined ? {} : { namespace: checkNamespace(namespace) }),
        ...(policy === undefined ? {} : { policy }),
        ...(prometheus === undefined ? {} : { prometheus }),
        ...(errorBudget === undefined ? {} : { errorBudget }),
        ...(kubeconfig === undefined ? {} : { kubeconfig }),
        ...(context === undefined ? {} : { context }),
        ...(sha === undefined ? {} : { sha })
    };
}


/***/ }),

/***/ 16193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ parseErrorBudget)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45586);
/* harmony import */ var _util_duration__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26518);
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _prometheus_query_template__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80210);
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
        .refine((d) => ((0,_util_duration__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(d) ?? 0) > 0, "a duration like '30d' or '28d'")
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
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `not YAML or JSON: ${(0,_util_errors__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`);
    }
    const result = setting.safeParse(raw);
    if (!result.success) {
        const problems = result.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${problems.join('; ')}. Expected a list of {name, minRemaining} with either query, or objective + errorRatio + period`);
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
    const periodMs = (0,_util_duration__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(r.period ?? '');
    if (r.objective === undefined || r.errorRatio === undefined || periodMs === undefined) {
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_2__/* .InternalError */ .Gd('an error-budget rule passed validation without its SLO fields');
    }
    return { kind: 'slo', objective: r.objective, errorRatio: r.errorRatio, periodMs };
}
function windowOnly(query) {
    const names = (0,_prometheus_query_template__WEBPACK_IMPORTED_MODULE_3__/* .findPlaceholders */ .GY)(query).map((p) => p.name);
    return names.includes('window') && names.every((n) => n === 'window');
}


/***/ })

};
;