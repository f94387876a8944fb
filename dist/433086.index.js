"use strict";
exports.id = 433086;
exports.ids = [433086];
exports.modules = {

/***/ 6045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cleanupCommand: () => (/* binding */ cleanupCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _gate_cleanup_run__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74503);
/* harmony import */ var _gate_run_state_run_state__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9598);
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/* harmony import */ var _exit_codes__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(28551);
/* harmony import */ var _gremlin_flags__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(80406);
/* harmony import */ var _gate_io__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(98519);
/**
 * `chaos-gate cleanup`: stops and removes whatever a run left behind, from its run-state file
 * (the latest run unless --run-id names one). The action's post step does the same.
 */







const cleanupCommand = {
    name: 'cleanup',
    help: [
        'Usage: chaos-gate cleanup [--run-id ID] [--state-dir DIR] [--kubeconfig FILE] [--context NAME]',
        '',
        'Aborts every fault the run recorded and removes what it created (by its run-id label).',
        'Without --run-id, cleans up the latest run in the state directory.',
        '',
        '    --run-id ID       the run to clean up (default: the latest)',
        '    --state-dir DIR   where run-state files are (default .chaos-gate)',
        '    --kubeconfig FILE the cluster of a Kubernetes run (default: the one the run used, then KUBECONFIG, then ~/.kube/config)',
        '    --context NAME    its kube context',
        '    --gremlin-team-id ID  Gremlin team of attacks that recorded none (or GREMLIN_TEAM_ID; the key: GREMLIN_API_KEY)',
        '',
        'Exit codes: 0 clean, 2 no such run, 3 something was left behind (each is named).'
    ].join('\n'),
    options: {
        'run-id': { type: 'string' },
        'state-dir': { type: 'string' },
        kubeconfig: { type: 'string' },
        context: { type: 'string' },
        'gremlin-team-id': { type: 'string' }
    },
    async run(flags, _positionals, io) {
        const stateDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, typeof flags['state-dir'] === 'string' ? flags['state-dir'] : '.chaos-gate');
        const runId = typeof flags['run-id'] === 'string' ? flags['run-id'] : undefined;
        const state = await (0,_gate_run_state_run_state__WEBPACK_IMPORTED_MODULE_2__/* .readRunState */ .xz)(stateDir, runId);
        if (!state) {
            if (runId !== undefined)
                throw new _util_errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('run-id', `no run-state file ${(0,_gate_run_state_run_state__WEBPACK_IMPORTED_MODULE_2__/* .runStatePath */ .qm)(stateDir, runId)}`);
            io.stdout.write(`No run-state files in ${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(io.cwd, stateDir) || '.'}; nothing to clean up.\n`);
            return _exit_codes__WEBPACK_IMPORTED_MODULE_4__/* .ExitCode */ .y.ok;
        }
        const log = (0,_gate_io__WEBPACK_IMPORTED_MODULE_6__/* .cliLog */ .$F)(io);
        // The cluster the run recorded, unless the flags name another.
        const kubeconfig = typeof flags.kubeconfig === 'string' ? flags.kubeconfig : state.cluster?.kubeconfig;
        const context = typeof flags.context === 'string' ? flags.context : state.cluster?.context;
        const gremlin = (0,_gremlin_flags__WEBPACK_IMPORTED_MODULE_5__/* .gremlinFrom */ .n)(flags, io);
        const registry = (0,_gate_io__WEBPACK_IMPORTED_MODULE_6__/* .cliBackends */ .i0)(io, log, { kubeconfig, context, ...(gremlin && { gremlin }) });
        const record = await (0,_gate_cleanup_run__WEBPACK_IMPORTED_MODULE_1__/* .cleanupRun */ .w)(state, { backends: (kind) => registry.get(kind), clock: io.clock, log, by: 'chaos-gate cleanup' }, (0,_gate_run_state_run_state__WEBPACK_IMPORTED_MODULE_2__/* .fileRunState */ .Ng)(stateDir, io.clock, state.pid, { ...(io.secrets && { secrets: io.secrets }) }));
        io.stdout.write(`Run ${state.runId} (${state.status}, started ${new Date(state.startedAt).toISOString()}):\n`);
        const stopped = (0,_gate_cleanup_run__WEBPACK_IMPORTED_MODULE_1__/* .stoppedFaults */ .D)(state, record);
        for (const r of record.reports) {
            for (const f of stopped)
                if (f.backend === r.backend && !r.deleted.includes(f.ref))
                    io.stdout.write(`  ${r.backend}: stopped ${f.ref}\n`);
            for (const d of r.deleted)
                io.stdout.write(`  ${r.backend}: removed ${d}\n`);
            for (const s of r.stuck)
                io.stdout.write(`  ${r.backend}: LEFT BEHIND ${s.ref}: ${s.reason} (inspect: ${s.inspect})\n`);
            for (const e of r.errors)
                io.stdout.write(`  ${r.backend}: ERROR ${e}\n`);
        }
        io.stdout.write(record.clean ? 'Clean: nothing of this run is left.\n' : 'Not clean: see above.\n');
        return record.clean ? _exit_codes__WEBPACK_IMPORTED_MODULE_4__/* .ExitCode */ .y.ok : _exit_codes__WEBPACK_IMPORTED_MODULE_4__/* .ExitCode */ .y.cannotOperate;
    }
};


/***/ }),

/***/ 98519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ cliLog),
/* harmony export */   i0: () => (/* binding */ cliBackends),
/* harmony export */   lB: () => (/* binding */ cliWiring)
/* harmony export */ });
/* harmony import */ var _backends_kube_kube_connector__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91428);
/* harmony import */ var _gate_gate_wiring__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72352);


/** Warnings and errors on stderr; debug lines only with CHAOS_GATE_DEBUG set. */
function cliLog(io) {
    const debug = Boolean(io.env.CHAOS_GATE_DEBUG);
    return {
        debug: (m) => void (debug && io.stderr.write(`debug: ${m}\n`)),
        info: (m) => void io.stderr.write(`${m}\n`),
        warn: (m) => void io.stderr.write(`warning: ${m}\n`),
        error: (m) => void io.stderr.write(`error: ${m}\n`)
    };
}
/** This process as the wiring sees it; the cluster is located with the CLI's environment. */
function cliWiring(io, log) {
    return {
        clock: io.clock,
        log,
        env: io.env,
        random: Math.random,
        pid: io.process.pid,
        isProcessAlive: io.process.isAlive,
        kube: (target) => (0,_backends_kube_kube_connector__WEBPACK_IMPORTED_MODULE_1__/* .kubeConnector */ .f)(target, io.env, io.clock, log, {
            ...(io.secrets && { secrets: io.secrets }),
            cancel: io.signal
        })
    };
}
/** The backends of one command run, on the cluster `kube` names, connected on first use only. */
function cliBackends(io, log, kube = {}, policy) {
    return (0,_gate_gate_wiring__WEBPACK_IMPORTED_MODULE_0__/* .gateBackends */ .H6)(cliWiring(io, log), kube, policy);
}


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

/***/ 74503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ stoppedFaults),
/* harmony export */   w: () => (/* binding */ cleanupRun)
/* harmony export */ });
/* harmony import */ var _backends_labels__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86670);
/* harmony import */ var _util_bounded__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73177);
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _timeouts__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69679);




/** Aborts and removes everything the run recorded; returns (and records, given a store) what happened. */
async function cleanupRun(state, deps, store) {
    const kinds = [...new Set(Object.values(state.experiments).map((e) => e.backend))];
    const reports = [];
    for (const kind of kinds)
        reports.push({ backend: kind, ...(await cleanupBackend(state, kind, deps)) });
    const clean = reports.every((r) => r.stuck.length === 0 && r.errors.length === 0);
    const record = { at: deps.clock.now(), by: deps.by, clean, reports };
    if (store) {
        store.adopt(state);
        await store.recordCleanup(record);
    }
    return record;
}
async function cleanupBackend(state, kind, deps) {
    const entries = Object.values(state.experiments).filter((e) => e.backend === kind);
    const handles = entries.flatMap((e) => (e.handle ? [e.handle] : []));
    const namespaces = [...new Set(entries.flatMap((e) => e.namespaces))];
    const aborts = [];
    try {
        const backend = await deps.backends(kind);
        const run = (ms, what, fn) => (0,_util_bounded__WEBPACK_IMPORTED_MODULE_1__/* .withTimeout */ .w)(deps.clock, ms, what, undefined, (signal) => fn({
            runId: state.runId,
            clock: deps.clock,
            log: deps.log,
            signal,
            labels: (0,_backends_labels__WEBPACK_IMPORTED_MODULE_0__/* .runLabels */ .xU)(state.runId),
            deadline: deps.clock.now() + ms
        }));
        for (const handle of handles) {
            await run(_timeouts__WEBPACK_IMPORTED_MODULE_3__/* .TIMEOUTS */ .fT.abortMs, `aborting ${handle.name}`, (ctx) => backend.abort(handle, ctx)).catch((err) => {
                aborts.push({
                    handle,
                    error: `aborting ${handle.kind} ${handle.name} failed: ${(0,_util_errors__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`
                });
            });
        }
        const report = await run(_timeouts__WEBPACK_IMPORTED_MODULE_3__/* .TIMEOUTS */ .fT.cleanupMs, `${kind} cleanup`, (ctx) => backend.cleanup({ runId: state.runId, namespaces, handles }, ctx));
        // An abort that failed on an object cleanup then reports as stuck is one problem, not two:
        // the stuck entry says why and how to inspect it, and counting both would double it.
        const stuck = new Set(report.stuck.map((s) => s.ref));
        const unexplained = aborts.filter((a) => !stuck.has(objectRef(a.handle))).map((a) => a.error);
        return { ...report, errors: [...unexplained, ...report.errors] };
    }
    catch (err) {
        return {
            deleted: [],
            stuck: [],
            errors: [...aborts.map((a) => a.error), `${kind}: ${(0,_util_errors__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`]
        };
    }
}
/**
 * The faults the run never cleaned up itself whose backend's cleanup then came out clean: each was
 * aborted through the backend's safe path and is gone. Named `Kind namespace/name`.
 */
function stoppedFaults(state, record) {
    const clean = new Set(record.reports.filter((r) => r.stuck.length + r.errors.length === 0).map((r) => r.backend));
    return Object.values(state.experiments).flatMap((e) => e.handle && e.cleanedAt === undefined && clean.has(e.backend)
        ? [{ backend: e.backend, ref: objectRef(e.handle) }]
        : []);
}
/** `Kind namespace/name`, as Kubernetes backends name a stuck object. */
function objectRef(handle) {
    return `${handle.kind} ${handle.namespace ? `${handle.namespace}/` : ''}${handle.name}`;
}


/***/ }),

/***/ 75306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ MODES),
/* harmony export */   aM: () => (/* binding */ SHARED_SETTINGS),
/* harmony export */   bk: () => (/* binding */ VERDICTS)
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
/**
 * The settings the action and the CLI share, one row each: the action input and the CLI flag that
 * set it, the environment variable that may, its default as action.yml writes it, and its bounds.
 * Both front ends take their defaults, choices and bounds from here; action.yml repeats the
 * defaults for the runner, and a test keeps the two in step (test/action/action-yml.test.ts).
 */
const SHARED_SETTINGS = {
    backend: { input: 'backend', flag: '--backend', default: 'auto' },
    mode: { input: 'mode', flag: '--mode', default: 'enforce', choices: MODES },
    environment: { input: 'environment', flag: '--environment', default: 'staging' },
    concurrency: { input: 'concurrency', flag: '--concurrency', default: '1', min: 1, max: 50 },
    timeout: { input: 'timeout', flag: '--timeout', default: '15m' },
    failOn: {
        input: 'fail-on',
        flag: '--fail-on',
        default: 'fail,aborted,inconclusive,error',
        verdicts: ['fail', 'aborted', 'inconclusive', 'error']
    },
    prometheusUrl: { input: 'prometheus-url', flag: '--prometheus-url', default: '' },
    prometheusHeaders: {
        input: 'prometheus-headers',
        flag: '--prometheus-header',
        env: 'CHAOS_GATE_PROMETHEUS_HEADERS',
        default: ''
    },
    kubeconfig: { input: 'kubeconfig', flag: '--kubeconfig', env: 'KUBECONFIG', default: '' }
};


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