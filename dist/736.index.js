"use strict";
exports.id = 736;
exports.ids = [736];
exports.modules = {

/***/ 78020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ instantSamples)
/* harmony export */ });
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _prometheus_error__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19528);


/**
 * The series of an instant query's result (steady-state.md §13): a vector as-is, a scalar as one
 * unlabelled series. A range vector or a string cannot be judged, so they are configuration errors
 * that say how to fix the query.
 */
function instantSamples(result, expr) {
    switch (result.resultType) {
        case 'vector':
            return [...result.series];
        case 'scalar':
            return [{ labels: {}, value: result.value }];
        case 'matrix':
            throw (0,_prometheus_error__WEBPACK_IMPORTED_MODULE_1__/* .permanent */ .F)('config', `the query '${(0,_util_errors__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(expr, 120)}' returned a range vector; a check needs an instant vector or a scalar: wrap the range selector in a function such as rate(...[5m]) or avg_over_time(...[5m])`);
        case 'string':
            throw (0,_prometheus_error__WEBPACK_IMPORTED_MODULE_1__/* .permanent */ .F)('config', `the query '${(0,_util_errors__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(expr, 120)}' returned a string; a check needs a number (an instant vector or a scalar)`);
    }
}


/***/ }),

/***/ 44736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openPrometheus: () => (/* binding */ openPrometheus)
});

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/steady-state/prometheus/prometheus-error.ts
var prometheus_error = __webpack_require__(19528);
// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(26518);
// EXTERNAL MODULE: ./src/steady-state/burn-rate.ts
var burn_rate = __webpack_require__(60288);
// EXTERNAL MODULE: ./src/steady-state/prometheus/client.ts + 8 modules
var client = __webpack_require__(64862);
// EXTERNAL MODULE: ./src/steady-state/prometheus/instant-samples.ts
var instant_samples = __webpack_require__(78020);
// EXTERNAL MODULE: ./src/steady-state/prometheus/query-template.ts
var query_template = __webpack_require__(80210);
;// CONCATENATED MODULE: ./src/steady-state/prometheus/prometheus-source.ts






/** The server-clock query gets a short deadline: a healthy server answers time() in a millisecond. */
const CLOCK_TIMEOUT_MS = 2000;
/** Skew worth telling the user about. */
const NOTABLE_SKEW_MS = 1000;
class PrometheusSource {
    client;
    endpoint;
    deps;
    kind = 'prometheus';
    skew;
    seen = new Set();
    scrapeIntervalMs;
    constructor(client, endpoint, deps) {
        this.client = client;
        this.endpoint = endpoint;
        this.deps = deps;
        this.scrapeIntervalMs = endpoint.scrapeIntervalMs ?? burn_rate/* DEFAULT_SCRAPE_INTERVAL_MS */.M0;
    }
    /** The Prometheus URL, without credentials. */
    get url() {
        return this.client.url;
    }
    /** Prometheus time minus the runner's, measured at the last successful `now()`. */
    get skewMs() {
        return this.skew;
    }
    /**
     * Prometheus's notion of now (`time()`), so every check evaluates at server time and windows
     * are never in the future. When the server cannot answer, the runner's clock corrected by the
     * last known skew; the measurements of that tick will then report the outage themselves.
     */
    async now(signal) {
        const sent = this.deps.clock.now();
        try {
            const answer = await this.client.query('time()', {
                signal,
                retries: 0,
                timeoutMs: Math.min(CLOCK_TIMEOUT_MS, this.endpoint.timeoutMs)
            });
            const received = this.deps.clock.now();
            if (answer.result.resultType !== 'scalar')
                throw new Error(`time() answered ${answer.result.resultType}`);
            const server = Math.round(answer.result.value * 1000);
            this.noteSkew(server - (sent + received) / 2);
            return server;
        }
        catch (err) {
            if (signal.aborted)
                throw err;
            this.deps.log.debug(`prometheus: cannot read the server clock (${err instanceof Error ? err.message : 'error'}); using the runner's clock`);
            return this.deps.clock.now() + (this.skew ?? 0);
        }
    }
    async measure(check, at, ctx, signal) {
        try {
            const values = this.templateValues(check, at, ctx);
            const guardQuery = check.guard?.query;
            const [main, guard] = await Promise.all([
                check.slo
                    ? this.sloSeries(check, at, ctx, signal)
                    : this.instant((0,query_template/* renderQuery */.no)(check.query, values), at, signal),
                guardQuery !== undefined
                    ? this.instant((0,query_template/* renderQuery */.no)(guardQuery, values), at, signal)
                    : undefined
            ]);
            const warnings = [...main.warnings, ...(guard?.warnings ?? [])];
            if (warnings.length > 0 && this.endpoint.strictWarnings) {
                return {
                    kind: 'error',
                    at,
                    errorKind: 'partial',
                    message: `Prometheus warned that the answer may be partial (strictWarnings): ${warnings.join('; ')}`
                };
            }
            return {
                kind: 'values',
                at,
                series: main.series,
                warnings,
                ...(guard && { guard: guard.series })
            };
        }
        catch (err) {
            if (signal.aborted)
                throw err;
            if (err instanceof prometheus_error/* PrometheusError */.H)
                return { kind: 'error', at, errorKind: err.kind, message: err.message };
            if (err instanceof RangeError)
                return { kind: 'error', at, errorKind: 'config', message: err.message };
            throw err;
        }
    }
    /** Closes idle connections. */
    close() {
        this.client.close();
    }
    /** The error ratio over each SLO window, labelled with its window for the evaluator. */
    async sloSeries(check, at, ctx, signal) {
        const slo = check.slo;
        if (!slo)
            return { series: [], warnings: [] };
        const windows = (0,burn_rate/* sloWindows */.qs)(slo, at, this.serverTime(ctx.faultStartedAt), check.windowMs, this.scrapeIntervalMs);
        const base = this.templateValues(check, at, ctx);
        const answers = await Promise.all(windows.map(async (w) => {
            const answer = await this.instant((0,query_template/* renderQuery */.no)(slo.errorRatio, { ...base, windowMs: w.ms }), at, signal);
            const series = answer.series.map((s) => ({
                labels: { ...s.labels, [burn_rate/* SLO_WINDOW_LABEL */.ff]: w.label },
                value: s.value
            }));
            return { series, warnings: answer.warnings };
        }));
        return {
            series: answers.flatMap((a) => a.series),
            warnings: answers.flatMap((a) => a.warnings)
        };
    }
    async instant(expr, at, signal) {
        const answer = await this.client.query(expr, { time: at, signal });
        for (const info of answer.infos)
            this.once(`info:${info}`, () => this.deps.log.info(`prometheus: ${info} (query ${expr})`));
        for (const warning of answer.warnings)
            this.once(`warn:${warning}`, () => this.deps.log.warn(`prometheus: ${warning} (query ${expr})`));
        return { series: (0,instant_samples/* instantSamples */.d)(answer.result, expr), warnings: answer.warnings };
    }
    templateValues(check, at, ctx) {
        return {
            windowMs: check.windowMs,
            startMs: this.serverTime(ctx.faultStartedAt) ?? at - check.windowMs,
            endMs: at,
            minDurationMs: 2 * this.scrapeIntervalMs
        };
    }
    /**
     * A runner-clock time (the engine records the fault start on its own clock) as Prometheus time,
     * so `since the fault started` is right however far the two clocks are apart.
     */
    serverTime(runnerTime) {
        return runnerTime === undefined ? undefined : runnerTime + (this.skew ?? 0);
    }
    noteSkew(skew) {
        const first = this.skew === undefined;
        this.skew = skew;
        if (first && Math.abs(skew) >= NOTABLE_SKEW_MS) {
            this.deps.log.warn(`the runner's clock is ${(0,duration/* formatDuration */.a3)(Math.abs(skew))} ${skew > 0 ? 'behind' : 'ahead of'} Prometheus; every check is evaluated at Prometheus time`);
        }
    }
    /** Logs each distinct note once per source, so a warning repeated every tick is said once. */
    once(key, say) {
        if (this.seen.has(key))
            return;
        this.seen.add(key);
        say();
    }
}
/** Builds the source for an endpoint. Throws a `config` PrometheusError for a bad URL, CA file or proxy. */
function createPrometheusSource(endpoint, deps) {
    return new PrometheusSource(new client.PrometheusClient(endpoint, deps), endpoint, deps);
}

;// CONCATENATED MODULE: ./src/steady-state/prometheus/open-prometheus.ts
/**
 * Opens the Prometheus source for one experiment and runs the preflight of steady-state.md §13:
 * every check is evaluated once at server time, and a check Prometheus rejects (a 400 bad_data, a
 * 422, 401/403, a range vector, an unknown placeholder) stops the experiment before any fault.
 * An unreachable Prometheus does not stop it here: the `before` phase then cannot measure, which
 * makes the experiment inconclusive with nothing injected.
 */



/** Kinds that mean the check or the configuration is wrong, not that Prometheus is unwell. */
const CONFIG_KINDS = new Set(['config', 'query', 'auth']);
/** Builds the source and dry-evaluates `checks`; throws a BackendError listing every rejected check. */
async function openPrometheus(endpoint, checks, deps, signal) {
    let source;
    try {
        source = createPrometheusSource(endpoint, deps);
    }
    catch (err) {
        if (err instanceof prometheus_error/* PrometheusError */.H)
            throw new errors/* BackendError */.Jh('prometheus', 'configure', 'client', err.message);
        throw err;
    }
    const at = await source.now(signal);
    const results = await Promise.all(checks.map((c) => source.measure(c, at, { phase: 'before' }, signal)));
    const problems = results.flatMap((raw, i) => {
        const check = checks[i];
        if (!check || raw.kind !== 'error' || !CONFIG_KINDS.has(raw.errorKind))
            return [];
        const { file, line, col } = check.location;
        return [`check '${check.name}' (${file}:${line}:${col}): ${raw.message}`];
    });
    for (const raw of results) {
        if (raw.kind === 'error' && !CONFIG_KINDS.has(raw.errorKind)) {
            deps.log.warn(`prometheus: preflight could not measure: ${raw.message}`);
            break;
        }
    }
    if (problems.length > 0) {
        source.close();
        throw new errors/* BackendError */.Jh('prometheus', 'preflight', source.url, `${problems.length === 1 ? 'a check was' : `${problems.length} checks were`} rejected before any fault: ${problems.join('; ')}`);
    }
    return source;
}


/***/ })

};
;