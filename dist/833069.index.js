"use strict";
exports.id = 833069;
exports.ids = [833069];
exports.modules = {

/***/ 1637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ parseSetting),
/* harmony export */   j: () => (/* binding */ readSharedSettings)
/* harmony export */ });
/* harmony import */ var _steady_state_prometheus_setting__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97709);
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _settings_table__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62042);
/**
 * Raw setting texts → the typed settings both front ends share, every problem at once. The action
 * hands in its inputs and the CLI its flags and environment (a SettingsSource); this is the one
 * place that applies the defaults, masks the secrets, runs each row's parser and checks the rows
 * that depend on each other, so both front ends say the same thing about the same value.
 */



/**
 * One row's value from the text given for it (its default when none was), or an InputError under
 * the name the text came by. Front ends use it for the few settings only they have.
 */
function parseSetting(row, given, name, ctx) {
    const text = given?.text.trim() ?? row.default;
    const parsed = given && text === ''
        ? { ok: false, message: 'the value is empty; leave the setting out for its default' }
        : row.parse(text, ctx);
    return parsed.ok ? parsed.value : new _util_errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(given?.name ?? name, parsed.message);
}
/**
 * Reads every shared setting: one loop over the table, then the two checks that involve more than
 * one row. The errors come in table order, then those checks'.
 */
function readSharedSettings(source) {
    for (const key of _settings_table__WEBPACK_IMPORTED_MODULE_2__/* .SETTING_KEYS */ .GS) {
        const given = source.read(key);
        const row = _settings_table__WEBPACK_IMPORTED_MODULE_2__/* .SETTINGS */ .yy[key];
        if (given && row.secrets)
            source.mask(row.secrets(given.text));
    }
    const ctx = { cwd: source.cwd, nameOf: source.nameOf };
    const errors = [];
    const parsed = {};
    for (const key of _settings_table__WEBPACK_IMPORTED_MODULE_2__/* .SETTING_KEYS */ .GS) {
        const row = _settings_table__WEBPACK_IMPORTED_MODULE_2__/* .SETTINGS */ .yy[key];
        const value = parseSetting(row, source.read(key), source.nameOf(key), ctx);
        if (value instanceof _util_errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz)
            errors.push(value);
        else
            parsed[key] = value;
    }
    // Headers and the error budget only mean something with a Prometheus URL beside them.
    const url = source.nameOf('prometheusUrl');
    const needsUrl = (key, message) => {
        const given = source.read(key);
        if (given && key in parsed && !source.read('prometheusUrl'))
            errors.push(new _util_errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(given.name, message));
    };
    needsUrl('prometheusHeaders', `headers were given but no ${url} is set`);
    needsUrl('errorBudget', `the error budget is read from Prometheus: set ${url} too`);
    if (errors.length > 0)
        return { ok: false, errors };
    // Every key was parsed without error: the loop above set each to its row's type.
    const v = parsed;
    const { prometheusUrl, gremlinTeamId: teamId, gremlinApiKey: apiKey } = v;
    return {
        ok: true,
        settings: {
            experiments: v.experiments,
            backend: v.backend,
            mode: v.mode,
            environment: v.environment,
            concurrency: v.concurrency,
            timeoutMs: v.timeout,
            failOn: v.failOn,
            reportDir: v.reportDir,
            ...(v.kubeconfig && { kubeconfig: v.kubeconfig }),
            ...(v.context && { context: v.context }),
            ...(v.namespace && { namespace: v.namespace }),
            ...(v.policy && { policy: v.policy }),
            ...(prometheusUrl && { prometheus: (0,_steady_state_prometheus_setting__WEBPACK_IMPORTED_MODULE_0__/* .prometheusEndpoint */ .ek)(prometheusUrl, v.prometheusHeaders) }),
            ...(v.errorBudget && { errorBudget: v.errorBudget }),
            ...(v.sha && { sha: v.sha }),
            ...((teamId || apiKey) && {
                gremlin: { ...(teamId && { teamId }), ...(apiKey && { apiKey }) }
            })
        }
    };
}


/***/ }),

/***/ 4922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ anyText),
/* harmony export */   MB: () => (/* binding */ bad),
/* harmony export */   Mn: () => (/* binding */ lines),
/* harmony export */   XA: () => (/* binding */ lineList),
/* harmony export */   Yq: () => (/* binding */ choice),
/* harmony export */   hT: () => (/* binding */ path),
/* harmony export */   lq: () => (/* binding */ optional),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   ok: () => (/* binding */ ok),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   t2: () => (/* binding */ yamlOrFile),
/* harmony export */   wC: () => (/* binding */ matching),
/* harmony export */   yU: () => (/* binding */ someOf)
/* harmony export */ });
/* unused harmony export quote */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_duration__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26518);
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/**
 * One small parser per kind of setting (docs/architecture.md, "How to add a setting"). Each turns
 * the raw text a front end read (an action input, a flag, an environment variable) into a typed
 * value or one message, worded the same whichever front end asked: `'15x' is not a duration; …`.
 * The front end adds the name it knows the setting by. Nothing is clamped or guessed.
 */




const ok = (value) => ({ ok: true, value });
const bad = (message) => ({ ok: false, message });
/** The value as a user wrote it, short enough to quote. */
const quote = (raw) => `'${(0,_util_errors__WEBPACK_IMPORTED_MODULE_3__/* .truncate */ .xv)(raw, 80)}'`;
/** Text that may be left empty: empty is undefined, anything else goes to `inner`. */
function optional(inner) {
    return (raw, ctx) => (raw === '' ? ok(undefined) : inner(raw, ctx));
}
const anyText = (raw) => ok(raw);
function choice(allowed) {
    return (raw) => {
        const found = allowed.find((a) => a === raw);
        return found === undefined
            ? bad(`${quote(raw)} is not one of ${allowed.join(', ')}`)
            : ok(found);
    };
}
/** A whole number in [min, max]. */
function integer(min, max) {
    return (raw) => {
        const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
        return Number.isSafeInteger(n) && n >= min && n <= max
            ? ok(n)
            : bad(`${quote(raw)} is not a whole number from ${min} to ${max}`);
    };
}
/** A positive Go-style duration, in milliseconds. */
const duration = (raw) => {
    const ms = (0,_util_duration__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(raw);
    return ms !== undefined && ms > 0
        ? ok(ms)
        : bad(`${quote(raw)} is not a duration; expected e.g. 90s, 15m or 1h30m`);
};
/** Text that must match `pattern`; `what` names it and `expected` says what fits. */
function matching(pattern, what, expected) {
    return (raw) => pattern.test(raw) ? ok(raw) : bad(`${quote(raw)} is not ${what}; expected ${expected}`);
}
/** Non-empty lines, trimmed; `#` starts a comment line. */
function lines(raw) {
    return raw
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
/** Non-empty lines, at least one: globs, paths. */
function lineList(what) {
    return (raw) => {
        const items = lines(raw);
        return items.length > 0 ? ok(items) : bad(`expected at least one ${what}, one a line`);
    };
}
/** Words separated by commas, spaces or lines, each one of `allowed` (`what`: which they are among); at least one. */
function someOf(allowed, what, ifNone) {
    return (raw, ctx) => {
        const words = raw.split(/[\s,]+/).filter((w) => w !== '');
        const unknown = words.filter((w) => !allowed.some((a) => a === w));
        const expected = `expected some of ${allowed.join(', ')}`;
        if (words.length === 0)
            return bad(`nothing is given; ${expected} (${ifNone(ctx)})`);
        if (unknown.length > 0)
            return bad(`${unknown.map(quote).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not ${what}; ${expected}`);
        return ok(new Set(allowed.filter((a) => words.includes(a))));
    };
}
/** A path, absolute from the working directory. */
const path = (raw, ctx) => ok((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(raw) ? raw : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.cwd, raw));
/**
 * Inline YAML or JSON, or the path of a file holding it (relative to the working directory), handed
 * to `parse`, which throws an InputError (or any Error) that says what is wrong.
 */
function yamlOrFile(parse) {
    return (raw, ctx) => {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.cwd, raw);
        let text = raw;
        try {
            if (!raw.includes('\n') && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
                text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
            return ok(parse(text));
        }
        catch (err) {
            return bad(err instanceof _util_errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz ? err.detail : (0,_util_errors__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err));
        }
    };
}


/***/ }),

/***/ 62042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yy: () => (/* binding */ SETTINGS),
  GS: () => (/* binding */ SETTING_KEYS)
});

// UNUSED EXPORTS: FAIL_ON_CHOICES

// EXTERNAL MODULE: ./src/manifest/model.ts
var model = __webpack_require__(85848);
// EXTERNAL MODULE: ./src/manifest/read/find-files.ts + 1 modules
var find_files = __webpack_require__(70952);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 14 modules
var schemas = __webpack_require__(45586);
// EXTERNAL MODULE: ./src/manifest/queries/query-template.ts
var query_template = __webpack_require__(58721);
// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(26518);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/steady-state/error-budget-setting.ts
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





/** Built on first use (z.lazy): most runs set no error budget (docs/performance.md). */
const setting = schemas/* lazy */.RZV(() => {
    /** A fraction written as `25%` or `0.25`; `99.9%` is exactly 0.999, not 99.9 / 100. */
    const fraction = schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP().regex(/^-?\d+(\.\d+)?%$/)], {
        error: 'a fraction like 0.25 or a percentage like 25%'
    })
        .transform((v) => (typeof v === 'number' ? v : Number(`${v.slice(0, -1)}e-2`)));
    const rule = schemas/* strictObject */.rej({
        name: schemas/* string */.YjP().min(1),
        minRemaining: fraction.refine((v) => v <= 1, 'at most 100%'),
        query: schemas/* string */.YjP().min(1).optional(),
        objective: fraction
            .refine((v) => v > 0 && v < 1, 'between 0% and 100%, exclusive')
            .optional(),
        errorRatio: schemas/* string */.YjP()
            .refine(windowOnly, 'a PromQL error ratio using {{window}} (and no other placeholder)')
            .optional(),
        period: schemas/* string */.YjP()
            .refine((d) => ((0,duration/* parseDuration */.E9)(d) ?? 0) > 0, "a duration like '30d' or '28d'")
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
    return schemas/* preprocess */.vkY((v) => (Array.isArray(v) ? v : [v]), schemas/* array */.YOg(rule).min(1));
});
/** Parses the setting; every problem is reported at once, naming the input. */
function parseErrorBudget(text, input = 'error-budget') {
    let raw;
    try {
        raw = (0,dist.parse)(text);
    }
    catch (err) {
        throw new errors/* InputError */.dz(input, `not YAML or JSON: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    const result = setting.safeParse(raw);
    if (!result.success) {
        const problems = result.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
        throw new errors/* InputError */.dz(input, `${problems.join('; ')}. Expected a list of {name, minRemaining} with either query, or objective + errorRatio + period`);
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
    const periodMs = (0,duration/* parseDuration */.E9)(r.period ?? '');
    if (r.objective === undefined || r.errorRatio === undefined || periodMs === undefined) {
        throw new errors/* InternalError */.Gd('an error-budget rule passed validation without its SLO fields');
    }
    return { kind: 'slo', objective: r.objective, errorRatio: r.errorRatio, periodMs };
}
function windowOnly(query) {
    const names = (0,query_template/* findPlaceholders */.GY)(query).map((p) => p.name);
    return names.includes('window') && names.every((n) => n === 'window');
}

// EXTERNAL MODULE: ./src/steady-state/prometheus-setting.ts
var prometheus_setting = __webpack_require__(97709);
// EXTERNAL MODULE: ./src/util/secret-mask.ts
var secret_mask = __webpack_require__(60051);
// EXTERNAL MODULE: ./src/gate/setting-parsers.ts
var setting_parsers = __webpack_require__(4922);
// EXTERNAL MODULE: ./src/gate/settings.ts
var settings = __webpack_require__(75306);
;// CONCATENATED MODULE: ./src/gate/settings-table.ts
/**
 * The settings the action and the CLI share, one row each: the action input, the CLI flag and the
 * environment variable that set it, its default as action.yml writes it, and the parser that
 * types and checks it. Both front ends read this table and nothing else (read-settings.ts), so
 * the same bad value gets the same message from both; action.yml repeats the defaults for the
 * runner, and test/action/action-yml.test.ts keeps the two in step. docs/architecture.md, "How
 * to add a setting", says what a new row needs.
 */







/** A row, with its value type inferred from its parser. */
const row = (setting) => setting;
/** The verdicts that may fail the gate: all but pass. */
const FAIL_ON_CHOICES = settings/* VERDICTS */.b.filter((v) => v !== 'pass');
const prometheusUrl = (raw) => {
    const parsed = (0,prometheus_setting/* parsePrometheusUrl */.bP)(raw);
    return 'url' in parsed ? (0,setting_parsers.ok)(parsed.url) : (0,setting_parsers/* bad */.MB)(parsed.problem);
};
const prometheusHeaders = (raw) => {
    const parsed = (0,prometheus_setting/* parsePrometheusHeaders */.WB)((0,setting_parsers/* lines */.Mn)(raw));
    return 'headers' in parsed ? (0,setting_parsers.ok)(parsed.headers) : (0,setting_parsers/* bad */.MB)(parsed.problem);
};
const SETTINGS = {
    experiments: row({
        input: 'experiments',
        flag: 'experiments',
        default: find_files/* DEFAULT_EXPERIMENT_GLOBS */.QD.join('\n'),
        parse: (0,setting_parsers/* lineList */.XA)('glob or path')
    }),
    backend: row({
        input: 'backend',
        flag: 'backend',
        default: 'auto',
        parse: (0,setting_parsers/* choice */.Yq)(['auto', ...model/* BACKEND_KINDS */.p])
    }),
    gremlinTeamId: row({
        input: 'gremlin-team-id',
        flag: 'gremlin-team-id',
        env: 'GREMLIN_TEAM_ID',
        default: '',
        parse: (0,setting_parsers/* optional */.lq)(setting_parsers/* anyText */.Ae)
    }),
    // No flag: a flag would show the key in `ps` and the shell history.
    gremlinApiKey: row({
        input: 'gremlin-api-key',
        env: 'GREMLIN_API_KEY',
        default: '',
        parse: (0,setting_parsers/* optional */.lq)(setting_parsers/* anyText */.Ae),
        secrets: secret_mask/* secretForms */.eo
    }),
    kubeconfig: row({ input: 'kubeconfig', flag: 'kubeconfig', default: '', parse: (0,setting_parsers/* optional */.lq)(setting_parsers/* path */.hT) }),
    context: row({ input: 'context', flag: 'context', default: '', parse: (0,setting_parsers/* optional */.lq)(setting_parsers/* anyText */.Ae) }),
    namespace: row({
        input: 'namespace',
        flag: 'namespace',
        default: '',
        parse: (0,setting_parsers/* optional */.lq)((0,setting_parsers/* matching */.wC)(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/, 'a Kubernetes namespace name', "lower-case letters, digits and '-', at most 63"))
    }),
    policy: row({ input: 'policy', flag: 'policy', default: '', parse: (0,setting_parsers/* optional */.lq)(setting_parsers/* anyText */.Ae) }),
    prometheusUrl: row({
        input: 'prometheus-url',
        flag: 'prometheus-url',
        default: '',
        parse: (0,setting_parsers/* optional */.lq)(prometheusUrl),
        secrets: (raw) => (0,prometheus_setting/* prometheusSecrets */.GL)(raw, [])
    }),
    prometheusHeaders: row({
        input: 'prometheus-headers',
        flag: 'prometheus-header',
        env: 'CHAOS_GATE_PROMETHEUS_HEADERS',
        envAdds: true,
        default: '',
        parse: prometheusHeaders,
        secrets: (raw) => (0,prometheus_setting/* prometheusSecrets */.GL)('', raw.split(/\r?\n/))
    }),
    errorBudget: row({
        input: 'error-budget',
        flag: 'error-budget',
        default: '',
        parse: (0,setting_parsers/* optional */.lq)((0,setting_parsers/* yamlOrFile */.t2)((text) => parseErrorBudget(text)))
    }),
    mode: row({ input: 'mode', flag: 'mode', default: 'enforce', parse: (0,setting_parsers/* choice */.Yq)(settings/* MODES */.F) }),
    // GitHub's environment names may hold spaces; the name only keys the policy and labels reports.
    environment: row({
        input: 'environment',
        flag: 'environment',
        default: 'staging',
        parse: (0,setting_parsers/* matching */.wC)(/^[^\r\n]{1,255}$/, 'an environment name', 'one line of at most 255 characters')
    }),
    concurrency: row({
        input: 'concurrency',
        flag: 'concurrency',
        default: '1',
        parse: (0,setting_parsers/* integer */.nd)(1, 50)
    }),
    timeout: row({ input: 'timeout', flag: 'timeout', default: '15m', parse: setting_parsers/* duration */.p0 }),
    failOn: row({
        input: 'fail-on',
        flag: 'fail-on',
        default: 'fail,aborted,inconclusive,error',
        parse: (0,setting_parsers/* someOf */.yU)(FAIL_ON_CHOICES, 'among the verdicts that can fail the gate', (ctx) => `to never fail, set ${ctx.nameOf('mode')} to warn`)
    }),
    // One place for both front ends, so a user finds the reports where the other one put them.
    reportDir: row({
        input: 'report-dir',
        flag: 'report-dir',
        default: 'chaos-gate-report',
        parse: setting_parsers/* path */.hT
    }),
    sha: row({
        input: 'sha',
        flag: 'sha',
        default: '',
        parse: (0,setting_parsers/* optional */.lq)((0,setting_parsers/* matching */.wC)(/^[0-9a-f]{40}$/, 'a full commit sha', '40 lower-case hex characters'))
    })
};
const SETTING_KEYS = Object.keys(SETTINGS);


/***/ }),

/***/ 75306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ MODES),
/* harmony export */   b: () => (/* binding */ VERDICTS)
/* harmony export */ });
const VERDICTS = [
    'pass',
    'fail',
    'aborted',
    'inconclusive',
    'error',
    'skipped'
];
const MODES = ['enforce', 'warn', 'dry-run', 'verify'];


/***/ }),

/***/ 24266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G_: () => (/* binding */ SET_PROMETHEUS),
/* harmony export */   H2: () => (/* binding */ NO_PROMETHEUS),
/* harmony export */   g9: () => (/* binding */ SET_PROMETHEUS_HINT)
/* harmony export */ });
/**
 * "This needs Prometheus, and none is configured", worded once with its fix. A query check found
 * without one when the manifest is validated, a policy guard that cannot be measured, a check
 * left without a source at preflight and an error budget with nothing to read all say it alike.
 */
const NO_PROMETHEUS = 'no Prometheus is configured';
/** The fix, as a clause: where a Prometheus can be set. */
const SET_PROMETHEUS = 'set steadyState.prometheus.url in the experiment, or the prometheus-url input (--prometheus-url on the command line)';
/** The fix as a sentence, for an issue's hint. */
const SET_PROMETHEUS_HINT = `S${SET_PROMETHEUS.slice(1)}.`;


/***/ }),

/***/ 85848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ BACKEND_KINDS)
/* harmony export */ });
/** The chaos backends the engine can drive. */
const BACKEND_KINDS = [
    'local',
    'litmus',
    'chaos-mesh',
    'kubernetes',
    'toxiproxy',
    'aws-fis',
    'gremlin'
];


/***/ }),

/***/ 58721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GY: () => (/* binding */ findPlaceholders),
/* harmony export */   Yb: () => (/* binding */ unixSeconds),
/* harmony export */   _W: () => (/* binding */ TEMPLATE_NAMES),
/* harmony export */   kj: () => (/* binding */ isTemplateName),
/* harmony export */   no: () => (/* binding */ renderQuery)
/* harmony export */ });
/* unused harmony export promDuration */
/* harmony import */ var _util_duration__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26518);
/**
 * Query templating (docs/manifests.md, `steadyState`): only `{{window}}`, `{{start}}`, `{{end}}` and
 * `{{duration}}` exist, so a typo is caught at load instead of reaching Prometheus as `{{windw}}`.
 * Values are rendered the way PromQL reads them: durations as `1m30s`, times as unix seconds.
 */

const TEMPLATE_NAMES = ['window', 'start', 'end', 'duration'];
const PLACEHOLDER = /\{\{\s*([^{}\s]*)\s*\}\}/g;
/** Every placeholder in `query`, known or not. */
function findPlaceholders(query) {
    return [...query.matchAll(PLACEHOLDER)].map((m) => ({
        name: m[1] ?? '',
        offset: m.index,
        length: m[0].length
    }));
}
/** True when `name` is one of the four template names. */
function isTemplateName(name) {
    return TEMPLATE_NAMES.includes(name);
}
/** Substitutes the placeholders. Unknown names throw: they are config errors caught at load. */
function renderQuery(query, values) {
    const durationMs = Math.max(values.endMs - values.startMs, values.minDurationMs);
    const rendered = {
        window: promDuration(values.windowMs),
        start: unixSeconds(values.startMs),
        end: unixSeconds(values.endMs),
        duration: promDuration(Math.ceil(durationMs / 1000) * 1000)
    };
    return query.replace(PLACEHOLDER, (whole, name) => {
        if (!isTemplateName(name)) {
            throw new RangeError(`unknown placeholder ${whole}; the placeholders are ${TEMPLATE_NAMES.map((n) => `{{${n}}}`).join(', ')}`);
        }
        return rendered[name];
    });
}
/** A duration as PromQL writes it (`90s` → `1m30s`, `250ms`); never empty. */
function promDuration(ms) {
    return ms <= 0 ? '0s' : (0,_util_duration__WEBPACK_IMPORTED_MODULE_0__/* .toGoDuration */ .Im)(ms);
}
/** Epoch ms as unix seconds with millisecond precision, as PromQL's `@` and the API take them. */
function unixSeconds(ms) {
    return (ms / 1000).toFixed(3);
}


/***/ }),

/***/ 70952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  QD: () => (/* binding */ DEFAULT_EXPERIMENT_GLOBS),
  Gt: () => (/* binding */ displayPath),
  GH: () => (/* binding */ findManifestFiles)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/util/compare-text.ts
var compare_text = __webpack_require__(48247);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/manifest/read/plain-glob.ts
/**
 * The manifest patterns almost everyone writes (a directory, `dir/*.yaml`, `dir/**\/*.{yaml,yml}`)
 * listed with node:fs, meaning what fast-glob means by them as find-files.ts calls it: files only,
 * names and directories starting with `.` skipped, `node_modules` skipped, symlinks followed, a
 * missing or broken link skipped, an unreadable directory an error. fast-glob and its matchers
 * cost more to load than validating ten manifests (docs/performance.md, "Results"), so only the
 * patterns this does not read go to fast-glob. test/manifest/plain-glob.test.ts holds the two to
 * the same answers on one tree.
 */


/** `[dir/...]` `[**\/]` `*.ext` or `*.{ext,ext,...}` (one extension in braces is not a choice). */
const PLAIN = /^((?:[A-Za-z0-9_][A-Za-z0-9_.-]*\/)*)(\*\*\/)?\*\.(?:([A-Za-z0-9]+)|\{([A-Za-z0-9]+(?:,[A-Za-z0-9]+)+)\})$/;
/** The pattern as a PlainGlob, or undefined when fast-glob must read it. */
function plainGlob(pattern) {
    const match = PLAIN.exec(pattern);
    if (!match)
        return undefined;
    const base = (match[1] ?? '').replace(/\/$/, '');
    // fast-glob's `**/node_modules/**` ignore applies to the base too; leave that case to it.
    if (base.split('/').includes('node_modules'))
        return undefined;
    const extensions = match[3] !== undefined ? [match[3]] : (match[4] ?? '').split(',');
    return { base, deep: match[2] !== undefined, extensions };
}
/**
 * The files `glob` names under `cwd`, as absolute paths; [] when its base does not exist. Throws
 * what readdir throws for a base that is a file or for an unreadable directory, as fast-glob does.
 */
function listPlainGlob(glob, cwd) {
    const root = (0,external_node_path_.resolve)(cwd, glob.base);
    let real;
    try {
        real = (0,external_node_fs_.realpathSync)(root);
    }
    catch (err) {
        if (isCode(err, 'ENOENT'))
            return [];
        throw err;
    }
    const found = [];
    const wanted = (name) => glob.extensions.some((ext) => name.endsWith(`.${ext}`));
    const visit = (dir, ancestors) => {
        for (const entry of entries(dir)) {
            if (entry.name.startsWith('.'))
                continue;
            const path = (0,external_node_path_.join)(dir, entry.name);
            const kind = kindOf(entry, path);
            if (kind === 'file' && wanted(entry.name))
                found.push(path);
            if (kind !== 'directory' || !glob.deep || entry.name === 'node_modules')
                continue;
            // A link back to a directory being listed is a loop: every file below it is already found.
            const real = (0,external_node_fs_.realpathSync)(path);
            if (!ancestors.has(real))
                visit(path, new Set([...ancestors, real]));
        }
    };
    visit(root, new Set([real]));
    return found;
}
function entries(dir) {
    try {
        return (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    }
    catch (err) {
        // Gone since its parent was listed: nothing there, as fast-glob has it.
        if (isCode(err, 'ENOENT'))
            return [];
        throw err;
    }
}
function kindOf(entry, path) {
    if (entry.isSymbolicLink()) {
        try {
            const target = (0,external_node_fs_.statSync)(path);
            return target.isFile() ? 'file' : target.isDirectory() ? 'directory' : 'other';
        }
        catch {
            return 'other';
        }
    }
    return entry.isFile() ? 'file' : entry.isDirectory() ? 'directory' : 'other';
}
function isCode(err, code) {
    return typeof err === 'object' && err !== null && 'code' in err && err.code === code;
}

;// CONCATENATED MODULE: ./src/manifest/read/find-files.ts
/**
 * Turns the `experiments` setting (globs, file paths, directories) into a sorted list of manifest
 * files. A path that does not exist is an error; so is a set of patterns that finds nothing,
 * because a gate with no experiments would pass without testing anything.
 */






/** The default `experiments` setting. */
const DEFAULT_EXPERIMENT_GLOBS = ['experiments/**/*.{yaml,yml}'];
/** What a directory argument expands to. */
const DIRECTORY_GLOB = { base: '', deep: true, extensions: ['yaml', 'yml', 'json'] };
/** Expands `patterns` relative to `cwd`. Files are unique and in a stable order. */
async function findManifestFiles(patterns, cwd) {
    const found = new Map();
    const issues = [];
    for (const pattern of patterns) {
        const paths = await expand(pattern, cwd);
        if (paths.kind === 'missing')
            issues.push(missing(pattern, paths.glob));
        if (paths.kind === 'failed')
            issues.push(failed(pattern, paths.message));
        for (const path of paths.kind === 'found' ? paths.paths : []) {
            // Keyed by the real path: a file reached through symlinks (or a symlink loop) is read once.
            const real = realPath(path);
            if (!found.has(real))
                found.set(real, { path, file: displayPath(path, cwd) });
        }
    }
    const files = [...found.values()].sort((a, b) => (0,compare_text/* compareText */.n)(a.file, b.file));
    return { files, issues };
}
function realPath(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return path;
    }
}
/** A path as users see it: relative to `cwd`, `/`-separated. */
function displayPath(path, cwd) {
    const rel = (0,external_node_path_.relative)(cwd, path);
    return (rel === '' ? path : rel).split(external_node_path_.sep).join('/');
}
async function expand(pattern, cwd) {
    const absolute = (0,external_node_path_.isAbsolute)(pattern) ? pattern : (0,external_node_path_.resolve)(cwd, pattern);
    const info = await (0,promises_.stat)(absolute).catch(() => undefined);
    if (info?.isFile())
        return { kind: 'found', paths: [absolute] };
    if (info?.isDirectory())
        return list(() => listPlainGlob(DIRECTORY_GLOB, absolute));
    const plain = plainGlob(pattern);
    if (plain)
        return list(() => listPlainGlob(plain, cwd));
    // Any other pattern goes to fast-glob, loaded only then (plain-glob.ts says why).
    const { default: fg } = await __webpack_require__.e(/* import() */ 944536).then(__webpack_require__.t.bind(__webpack_require__, 25648, 23));
    if (!fg.isDynamicPattern(pattern))
        return { kind: 'missing', glob: false };
    return list(() => fg(pattern, {
        cwd,
        absolute: true,
        onlyFiles: true,
        unique: true,
        followSymbolicLinks: true,
        ignore: ['**/node_modules/**', '**/.git/**']
    }));
}
/** What a directory or a glob lists: 'missing' when nothing, 'failed' when it cannot be read. */
async function list(paths) {
    let found;
    try {
        found = await paths();
    }
    catch (err) {
        // An unreadable directory or a symlink loop under the pattern; report it like a bad path.
        return { kind: 'failed', message: (0,errors/* errorMessage */.gJ)(err) };
    }
    return found.length > 0
        ? { kind: 'found', paths: found.map((p) => (0,external_node_path_.resolve)(p)) }
        : { kind: 'missing', glob: true };
}
function failed(pattern, message) {
    return {
        file: pattern,
        line: 1,
        col: 1,
        severity: 'error',
        code: 'files/unreadable',
        message: `cannot list '${pattern}': ${(0,errors/* truncate */.xv)(message)}`
    };
}
function missing(pattern, isGlob) {
    return {
        file: pattern,
        line: 1,
        col: 1,
        severity: 'error',
        code: isGlob ? 'files/no-match' : 'files/not-found',
        message: isGlob
            ? `the pattern '${pattern}' matches no file`
            : `no such file or directory: '${pattern}'`,
        expected: 'a manifest file, a directory of manifests, or a glob such as experiments/**/*.yaml',
        hint: 'Paths and globs are relative to the working directory.'
    };
}


/***/ }),

/***/ 53823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ PROBE_METRICS)
/* harmony export */ });
/* unused harmony export PHASES */
const PHASES = (/* unused pure expression or super */ null && (['before', 'during', 'after']));
const PROBE_METRICS = [
    'availability',
    'errorRatio',
    'latencyP50',
    'latencyP90',
    'latencyP95',
    'latencyP99',
    'latencyMax',
    'throughput'
];


/***/ }),

/***/ 97709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GL: () => (/* binding */ prometheusSecrets),
/* harmony export */   WB: () => (/* binding */ parsePrometheusHeaders),
/* harmony export */   bP: () => (/* binding */ parsePrometheusUrl),
/* harmony export */   ek: () => (/* binding */ prometheusEndpoint)
/* harmony export */ });
/* unused harmony export PROMETHEUS_QUERY_DEFAULTS */
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _util_secret_mask__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60051);


/** Per-query bound and retries when the setting does not say; experiments may set their own. */
const PROMETHEUS_QUERY_DEFAULTS = { timeoutMs: 10_000, retries: 2 };
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** The server's root with no trailing slash, or what is wrong with the text. */
function parsePrometheusUrl(text) {
    if (!isHttpUrl(text))
        return {
            problem: `'${(0,_util_errors__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(text, 80)}' is not an http:// or https:// URL of the Prometheus server (its root, without /api/v1)`
        };
    return { url: text.replace(/\/+$/, '') };
}
/**
 * `Name: value` lines into headers, or what is wrong with them. Header values are secrets (bearer
 * tokens, tenant keys): the caller masks them first (prometheusSecrets), and no message quotes one.
 */
function parsePrometheusHeaders(lines) {
    const headers = {};
    const broken = [];
    lines
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .forEach((line, index) => {
        const colon = line.indexOf(':');
        const name = colon > 0 ? line.slice(0, colon).trim() : '';
        const value = colon > 0 ? line.slice(colon + 1).trim() : '';
        if (HEADER_NAME.test(name) && value !== '')
            headers[name] = value;
        else
            broken.push(index + 1);
    });
    if (broken.length === 0)
        return { headers };
    const which = broken.length === 1 ? `header ${broken[0]} is` : `headers ${broken.join(', ')} are`;
    return { problem: `${which} not 'Name: value' (values are secrets and are not shown)` };
}
/** The endpoint the setting stands for: the URL and headers with the query defaults filled in. */
function prometheusEndpoint(url, headers) {
    return {
        url,
        headers,
        ...PROMETHEUS_QUERY_DEFAULTS,
        strictWarnings: false,
        insecureSkipVerify: false
    };
}
/** The parts of the URL and header text that must never appear in a log. */
function prometheusSecrets(url, headerLines) {
    const secrets = [];
    for (const line of headerLines) {
        const colon = line.indexOf(':');
        const value = colon > 0 ? line.slice(colon + 1).trim() : '';
        if (value)
            secrets.push(...(0,_util_secret_mask__WEBPACK_IMPORTED_MODULE_1__/* .secretForms */ .eo)(value));
    }
    // The password, and the Basic header the client builds from the URL's user:password.
    secrets.push(...(0,_util_secret_mask__WEBPACK_IMPORTED_MODULE_1__/* .urlTextSecrets */ .iR)(url));
    return secrets;
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


/***/ })

};
;