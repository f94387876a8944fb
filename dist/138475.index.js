"use strict";
exports.id = 138475;
exports.ids = [138475];
exports.modules = {

/***/ 47797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGateEngine: () => (/* binding */ createGateEngine)
});

// EXTERNAL MODULE: ./src/gate/cleanup-run.ts
var cleanup_run = __webpack_require__(74503);
// EXTERNAL MODULE: ./src/gate/gate-pipeline.ts + 1 modules
var gate_pipeline = __webpack_require__(28960);
// EXTERNAL MODULE: ./src/gate/gate-wiring.ts + 5 modules
var gate_wiring = __webpack_require__(72352);
// EXTERNAL MODULE: ./src/gate/run-state/run-state.ts + 2 modules
var run_state = __webpack_require__(9598);
// EXTERNAL MODULE: ./src/policy/load-experiments.ts + 62 modules
var load_experiments = __webpack_require__(44407);
// EXTERNAL MODULE: ./src/report/markdown.ts + 3 modules
var markdown = __webpack_require__(60327);
// EXTERNAL MODULE: ./src/report/write-reports.ts + 2 modules
var write_reports = __webpack_require__(23741);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/secret-mask.ts
var secret_mask = __webpack_require__(60051);
;// CONCATENATED MODULE: ./src/action/log-groups.ts
function groupedListener(inner, groups) {
    let open = false;
    const close = () => {
        if (open)
            groups.end();
        open = false;
    };
    return {
        experimentStarted: (name, at) => inner?.experimentStarted?.(name, at),
        phaseStarted: (name, phase, at, expectedEnd, outlook) => {
            close();
            groups.start(`${name} · ${phase}`);
            open = true;
            inner?.phaseStarted?.(name, phase, at, expectedEnd, outlook);
        },
        measured: (name, m) => inner?.measured?.(name, m),
        backendEvent: (name, e) => inner?.backendEvent?.(name, e),
        experimentFinished: (report) => {
            close();
            inner?.experimentFinished?.(report);
        },
        close
    };
}

;// CONCATENATED MODULE: ./src/action/engine-adapter.ts










function createGateEngine(d) {
    return {
        async run(settings, context, signal) {
            const secrets = d.secrets ?? new secret_mask/* SecretMask */.fZ();
            const loaded = await (0,load_experiments/* loadExperiments */.p)(settings, { env: d.env });
            if (loaded.experiments.length === 0) {
                throw new errors/* InputError */.dz('experiments', `no runnable experiments in ${settings.experiments.join(', ')}; check the globs against the checked-out files`);
            }
            const grouped = d.groups && settings.concurrency === 1 ? groupedListener(d.listener, d.groups) : undefined;
            const listener = grouped ?? d.listener;
            const unmasked = await (0,gate_pipeline/* runPipeline */.a)(loaded, settings, { ...d, signal, secrets, ...(listener && { listener }) }, context).finally(() => grouped?.close());
            const report = (0,secret_mask/* maskStrings */.X1)(unmasked, secrets);
            const written = await (0,write_reports/* writeReports */.L)(report, settings.reportDir);
            return {
                report,
                files: { json: written.json, junit: written.junit },
                markdown: (0,markdown/* renderMarkdown */.G)(report)
            };
        },
        async cleanup(settings) {
            const secrets = d.secrets ?? new secret_mask/* SecretMask */.fZ();
            const state = await (0,run_state/* readRunState */.xz)(settings.stateDir, settings.runId);
            if (!state)
                return { submitted: [], stopped: [], reports: [] };
            const backends = (0,gate_wiring/* gateBackends */.H6)(d, settings);
            const record = await (0,cleanup_run/* cleanupRun */.w)(state, { backends: (kind) => backends.get(kind), clock: d.clock, log: d.log, by: 'action post' }, (0,run_state/* fileRunState */.Ng)(settings.stateDir, d.clock, state.pid, { secrets }));
            const submitted = Object.entries(state.experiments)
                .filter(([, e]) => e.handle !== undefined)
                .map(([name]) => name);
            const reports = record.reports.map(({ deleted, stuck, errors }) => (0,secret_mask/* maskStrings */.X1)({ deleted, stuck, errors }, secrets));
            return {
                status: state.status,
                submitted,
                stopped: (0,cleanup_run/* stoppedFaults */.D)(state, record).map((f) => f.ref),
                reports
            };
        }
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


/***/ })

};
;