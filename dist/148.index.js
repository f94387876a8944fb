"use strict";
exports.id = 148;
exports.ids = [148];
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
/* harmony import */ var _gate_run_state__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20023);
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/* harmony import */ var _exit_codes__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(28551);
/* harmony import */ var _gate_io__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98519);
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
        '',
        'Exit codes: 0 clean, 2 no such run, 3 something was left behind (each is named).'
    ].join('\n'),
    options: {
        'run-id': { type: 'string' },
        'state-dir': { type: 'string' },
        kubeconfig: { type: 'string' },
        context: { type: 'string' }
    },
    async run(flags, _positionals, io) {
        const stateDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, typeof flags['state-dir'] === 'string' ? flags['state-dir'] : '.chaos-gate');
        const runId = typeof flags['run-id'] === 'string' ? flags['run-id'] : undefined;
        const state = await (0,_gate_run_state__WEBPACK_IMPORTED_MODULE_2__/* .readRunState */ .xz)(stateDir, runId);
        if (!state) {
            if (runId !== undefined)
                throw new _util_errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('run-id', `no run-state file ${(0,_gate_run_state__WEBPACK_IMPORTED_MODULE_2__/* .runStatePath */ .qm)(stateDir, runId)}`);
            io.stdout.write(`No run-state files in ${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(io.cwd, stateDir) || '.'}; nothing to clean up.\n`);
            return _exit_codes__WEBPACK_IMPORTED_MODULE_4__/* .ExitCode */ .y.ok;
        }
        const log = (0,_gate_io__WEBPACK_IMPORTED_MODULE_5__/* .cliLog */ .$F)(io);
        // The cluster the run recorded, unless the flags name another.
        const kubeconfig = typeof flags.kubeconfig === 'string' ? flags.kubeconfig : state.cluster?.kubeconfig;
        const context = typeof flags.context === 'string' ? flags.context : state.cluster?.context;
        const registry = (0,_gate_io__WEBPACK_IMPORTED_MODULE_5__/* .cliBackends */ .i0)(io, log, { kubeconfig, context });
        const record = await (0,_gate_cleanup_run__WEBPACK_IMPORTED_MODULE_1__/* .cleanupRun */ .w)(state, { backends: (kind) => registry.get(kind), clock: io.clock, log, by: 'chaos-gate cleanup' }, (0,_gate_run_state__WEBPACK_IMPORTED_MODULE_2__/* .fileRunState */ .Ng)(stateDir, io.clock, state.pid, { ...(io.secrets && { secrets: io.secrets }) }));
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
/* harmony export */   W4: () => (/* binding */ cliGateDeps),
/* harmony export */   i0: () => (/* binding */ cliBackends)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _package_json__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8330);
/* harmony import */ var _deps__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20028);
/* harmony import */ var _gate_gate_wiring__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16447);
/* harmony import */ var _gate_run_state__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20023);
/**
 * What the gate commands (run, demo, cleanup) build from the CLI's process view: a log on stderr,
 * the run-state file under the working directory, and the shared wiring (gate/gate-wiring.ts:
 * backends, metric sources, error budget) over this process. The one composition root for the
 * engine on the command line; the action builds the same from @actions/core.
 */





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
        pid: _deps__WEBPACK_IMPORTED_MODULE_2__/* .processInfo */ ["if"].pid,
        isProcessAlive: _deps__WEBPACK_IMPORTED_MODULE_2__/* .processInfo */ ["if"].isAlive,
        kube: (target) => (0,_deps__WEBPACK_IMPORTED_MODULE_2__/* .kubeConnector */ .f2)(target, io.env, io.clock, log, {
            ...(io.secrets && { secrets: io.secrets }),
            cancel: io.signal
        })
    };
}
/** The backends of one command run, on the cluster `kube` names, connected on first use only. */
function cliBackends(io, log, kube = {}, policy) {
    return (0,_gate_gate_wiring__WEBPACK_IMPORTED_MODULE_3__/* .gateBackends */ .H6)(cliWiring(io, log), kube, policy);
}
/** Everything runGate needs on the command line, over the run's backends (cliBackends). */
function cliGateDeps(settings, registry, io, listener, sources = (0,_gate_gate_wiring__WEBPACK_IMPORTED_MODULE_3__/* .metricSources */ .p8)(io.env, globalThis.fetch, registry.kube)) {
    const log = cliLog(io);
    return {
        clock: io.clock,
        log,
        backends: (kind) => registry.get(kind),
        sources,
        ...(0,_gate_gate_wiring__WEBPACK_IMPORTED_MODULE_3__/* .errorBudgetHook */ .Hq)(settings, { clock: io.clock, log, env: io.env }),
        runState: (0,_gate_run_state__WEBPACK_IMPORTED_MODULE_4__/* .fileRunState */ .Ng)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, settings.stateDir), io.clock, _deps__WEBPACK_IMPORTED_MODULE_2__/* .processInfo */ ["if"].pid, {
            ...(io.secrets && { secrets: io.secrets }),
            isProcessAlive: _deps__WEBPACK_IMPORTED_MODULE_2__/* .processInfo */ ["if"].isAlive
        }),
        signal: io.signal,
        listener,
        version: _package_json__WEBPACK_IMPORTED_MODULE_1__/* .version */ .rE
    };
}


/***/ }),

/***/ 74503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ stoppedFaults),
/* harmony export */   w: () => (/* binding */ cleanupRun)
/* harmony export */ });
/* harmony import */ var _backends_labels__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86670);
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _bounded__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42758);
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
        const run = (ms, what, fn) => (0,_bounded__WEBPACK_IMPORTED_MODULE_2__/* .withTimeout */ .w)(deps.clock, ms, what, undefined, (signal) => fn({
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
                    error: `aborting ${handle.kind} ${handle.name} failed: ${(0,_util_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`
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
            errors: [...aborts.map((a) => a.error), `${kind}: ${(0,_util_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`]
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
    'aws-fis'
];


/***/ }),

/***/ 82247:
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


/***/ })

};
;