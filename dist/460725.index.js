"use strict";
exports.id = 460725;
exports.ids = [460725];
exports.modules = {

/***/ 60288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M0: () => (/* binding */ DEFAULT_SCRAPE_INTERVAL_MS),
/* harmony export */   Zz: () => (/* binding */ judgeBurnRate),
/* harmony export */   ff: () => (/* binding */ SLO_WINDOW_LABEL),
/* harmony export */   mE: () => (/* binding */ budgetSpend),
/* harmony export */   qs: () => (/* binding */ sloWindows),
/* harmony export */   sP: () => (/* binding */ LONG_WINDOW)
/* harmony export */ });
/* unused harmony exports shortLabel, burnRate */
/* harmony import */ var _util_duration__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26518);
/* harmony import */ var _series_key__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14347);
/* harmony import */ var _tolerance__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44613);



/** The label that tells the window of each error-ratio series apart. */
const SLO_WINDOW_LABEL = 'slo_window';
/** Its value for the long window (since the fault started). */
const LONG_WINDOW = 'long';
/** Prometheus's default scrape interval, used when the endpoint does not state one. */
const DEFAULT_SCRAPE_INTERVAL_MS = 60_000;
/**
 * The windows to query at `at`. The long window runs from the fault start, clamped to at least two
 * scrape intervals so rate() has two samples; before the fault it is the check's own window.
 */
function sloWindows(slo, at, faultStartedAt, windowMs, scrapeIntervalMs) {
    const since = faultStartedAt !== undefined ? at - faultStartedAt : windowMs;
    const longMs = Math.ceil(Math.max(since, 2 * scrapeIntervalMs) / 1000) * 1000;
    const shorts = slo.burnRate.map((r) => shortLabel(r.shortMs));
    return [
        { label: LONG_WINDOW, ms: longMs },
        ...slo.burnRate
            .filter((r, i) => shorts.indexOf(shortLabel(r.shortMs)) === i)
            .map((r) => ({ label: shortLabel(r.shortMs), ms: r.shortMs }))
    ];
}
/** The `slo_window` value of a short window. */
function shortLabel(ms) {
    return (0,_util_duration__WEBPACK_IMPORTED_MODULE_0__/* .toGoDuration */ .Im)(ms);
}
/** Error ratio as a multiple of the budgeted ratio: 1 spends exactly the budget over the period. */
function burnRate(errorRatio, objective) {
    return errorRatio / (1 - objective);
}
/**
 * The fraction of the period's error budget spent over `durationMs` at a mean burn rate. Assumes
 * stationary traffic (the same request rate over the period), and says so in the docs.
 */
function budgetSpend(meanBurn, durationMs, periodMs) {
    return (meanBurn * durationMs) / periodMs;
}
/** Judges every label set of an SLO answer; the worst one decides. */
function judgeBurnRate(name, slo, samples, phase) {
    const groups = groupByWindow(samples);
    if (groups.size === 0) {
        return {
            level: 'nodata',
            series: [],
            message: 'no data: the error-ratio query returned no series'
        };
    }
    const longName = phase === 'before' ? 'over the long window' : 'since the fault started';
    const judged = [...groups.values()].map((g) => judgeGroup(slo, g, longName));
    const worst = judged.reduce((a, b) => (rank(b.level) > rank(a.level) ? b : a));
    const series = judged.flatMap((j) => j.series);
    return { level: worst.level, series, message: `${name}: ${worst.message}` };
}
function groupByWindow(samples) {
    const groups = new Map();
    for (const s of samples) {
        const { [SLO_WINDOW_LABEL]: window, ...labels } = s.labels;
        if (window === undefined)
            continue;
        const key = (0,_series_key__WEBPACK_IMPORTED_MODULE_1__/* .seriesKey */ .Xk)(labels);
        const group = groups.get(key) ?? { labels, ratios: new Map() };
        group.ratios.set(window, s.value);
        groups.set(key, group);
    }
    return groups;
}
function judgeGroup(slo, group, longName) {
    const where = Object.keys(group.labels).length > 0 ? ` ${(0,_series_key__WEBPACK_IMPORTED_MODULE_1__/* .formatLabels */ .h6)(group.labels)}` : '';
    const burns = new Map();
    for (const [w, ratio] of group.ratios) {
        if (!Number.isNaN(ratio))
            burns.set(w, burnRate(ratio, slo.objective));
    }
    const long = burns.get(LONG_WINDOW);
    if (long === undefined) {
        const message = `no data: the error ratio ${longName} is missing or NaN${where}`;
        return { level: 'nodata', series: [], message };
    }
    const decision = decide(slo.burnRate, long, burns);
    const series = [...burns].map(([w, value]) => judgement(group.labels, w, value, decision));
    return {
        level: decision.level,
        series,
        message: `${describe(long, burns, slo, decision, longName)}${where}`
    };
}
/** A rule fires when both windows burn faster than its max; the first firing rule wins. */
function decide(rules, long, burns) {
    const over = rules.filter((r) => (0,_tolerance__WEBPACK_IMPORTED_MODULE_2__/* .above */ .G)(long, r.max));
    const fired = over.find((r) => (0,_tolerance__WEBPACK_IMPORTED_MODULE_2__/* .above */ .G)(burns.get(shortLabel(r.shortMs)) ?? -Infinity, r.max));
    if (fired)
        return { level: 'breach', rule: fired };
    const unknown = over.find((r) => !burns.has(shortLabel(r.shortMs)));
    return unknown ? { level: 'nodata', rule: unknown } : { level: 'ok' };
}
function judgement(labels, window, value, decision) {
    const j = {
        labels: { ...labels, [SLO_WINDOW_LABEL]: window },
        value,
        level: 'ok'
    };
    const rule = decision.rule;
    if (!rule || (window !== LONG_WINDOW && window !== shortLabel(rule.shortMs)))
        return j;
    return { ...j, level: decision.level, rule: 'slo.burnRate', bound: rule.max };
}
function describe(long, burns, slo, decision, longName) {
    const x = (v) => (v === undefined ? 'no data' : `${round(v)}x`);
    const since = `${x(long)} ${longName}`;
    const rule = decision.rule;
    if (rule && decision.level === 'breach') {
        const short = shortLabel(rule.shortMs);
        return `burn rate ${since} and ${x(burns.get(short))} over ${short} > ${rule.max}`;
    }
    if (rule) {
        return `no data: burn rate ${since} is over ${rule.max} but the ${shortLabel(rule.shortMs)} window has no data`;
    }
    const shorts = [...burns].filter(([w]) => w !== LONG_WINDOW).map(([w, v]) => `${x(v)} over ${w}`);
    const max = Math.min(...slo.burnRate.map((r) => r.max));
    return `burn rate ${[since, ...shorts].join(', ')} (max ${max})`;
}
const RANK = { ok: 0, warn: 1, nodata: 2, breach: 3, error: 4 };
function rank(level) {
    return RANK[level];
}
function round(v) {
    return String(Number(v.toPrecision(3)));
}


/***/ }),

/***/ 78020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ instantSamples)
/* harmony export */ });
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _prometheus_error__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19528);


/**
 * The series of an instant query's result (docs/prometheus.md, "Results"): a vector as-is, a scalar as one
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
// EXTERNAL MODULE: ./src/steady-state/dry-run-checks.ts
var dry_run_checks = __webpack_require__(4197);
// EXTERNAL MODULE: ./src/steady-state/prometheus/prometheus-error.ts
var prometheus_error = __webpack_require__(19528);
// EXTERNAL MODULE: ./src/manifest/queries/query-template.ts
var query_template = __webpack_require__(58721);
// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(26518);
// EXTERNAL MODULE: ./src/steady-state/burn-rate.ts
var burn_rate = __webpack_require__(60288);
// EXTERNAL MODULE: ./src/steady-state/prometheus/client.ts + 8 modules
var client = __webpack_require__(63952);
// EXTERNAL MODULE: ./src/steady-state/prometheus/instant-samples.ts
var instant_samples = __webpack_require__(78020);
;// CONCATENATED MODULE: ./src/steady-state/prometheus/prometheus-source.ts
/**
 * The `prometheus` MetricSource (docs/engine.md, "Metric sources"): renders each check's query at
 * the tick's evaluation time, which is Prometheus server time, runs the guard query alongside, and
 * returns the values or a classified error. It never judges and never throws for data problems;
 * only cancellation (the caller's signal) and bugs propagate.
 */







/** The server-clock query gets a short deadline: a healthy server answers time() in a millisecond. */
const CLOCK_TIMEOUT_MS = 2000;
/** Skew worth telling the user about. */
const NOTABLE_SKEW_MS = 1000;
/** How much older than the evaluation time a sample may be before it is stale (no data). */
const STALE_AFTER_MS = 60_000;
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
        return {
            series: this.fresh((0,instant_samples/* instantSamples */.d)(answer.result, expr), at, expr),
            warnings: answer.warnings
        };
    }
    /**
     * Drops samples from long before the evaluation time. Prometheus stamps an instant query's
     * samples with the time asked for, so an old stamp means something between (a query cache, a
     * stale federation) answered for another moment: that is no data, never a value for now.
     */
    fresh(series, at, expr) {
        const kept = series.filter((s) => s.at === undefined || at - s.at <= STALE_AFTER_MS);
        const dropped = series.find((s) => !kept.includes(s));
        if (dropped?.at !== undefined) {
            const age = (0,duration/* formatDuration */.a3)(at - dropped.at);
            this.once(`stale:${expr}`, () => this.deps.log.warn(`prometheus: ${series.length - kept.length} sample(s) of '${(0,errors/* truncate */.xv)(expr, 80)}' are ${age} older than the evaluation time and count as no data; is a cache in front of Prometheus?`));
        }
        return kept.map(({ labels, value }) => ({ labels, value }));
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
    const { rejected, unmeasured } = await (0,dry_run_checks/* dryRunChecks */.a)(source, checks, signal);
    if (unmeasured !== undefined)
        deps.log.warn(`prometheus: preflight could not measure: ${unmeasured}`);
    if (rejected.length > 0) {
        source.close();
        throw (0,dry_run_checks/* rejectedChecksError */.K)('prometheus', source.url, rejected);
    }
    return source;
}


/***/ }),

/***/ 14347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cg: () => (/* binding */ parseSeriesKey),
/* harmony export */   Xk: () => (/* binding */ seriesKey),
/* harmony export */   h6: () => (/* binding */ formatLabels)
/* harmony export */ });
/**
 * A stable identity for a label set. Prometheus does not guarantee instant-vector order, so
 * series are always matched by labels, never by index (docs/prometheus.md, "Results").
 */
function seriesKey(labels) {
    const names = Object.keys(labels).sort();
    return names.map((n) => `${n}=${JSON.stringify(labels[n])}`).join(',');
}
/**
 * Labels as people read them in a message: `{code="500",job="checkout"}`, or `{}`. Values are
 * escaped as PromQL strings, so a quote inside a value cannot blur where the value ends.
 */
function formatLabels(labels) {
    const names = Object.keys(labels).sort();
    return `{${names.map((n) => `${n}=${JSON.stringify(labels[n])}`).join(',')}}`;
}
/** The label set a `seriesKey` was made from (label names never contain `=` or `,`). */
function parseSeriesKey(key) {
    const labels = {};
    let pos = 0;
    while (pos < key.length) {
        const eq = key.indexOf('=', pos);
        const end = closingQuote(key, eq + 1);
        const value = JSON.parse(key.slice(eq + 1, end + 1));
        labels[key.slice(pos, eq)] = typeof value === 'string' ? value : String(value);
        pos = end + 2;
    }
    return labels;
}
/** The index of the quote that closes the JSON string starting at `open`. */
function closingQuote(text, open) {
    for (let i = open + 1; i < text.length; i++) {
        if (text[i] === '\\')
            i++;
        else if (text[i] === '"')
            return i;
    }
    return text.length - 1;
}


/***/ }),

/***/ 44613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ above),
/* harmony export */   n: () => (/* binding */ below)
/* harmony export */ });
/**
 * Comparisons for inclusive bounds with floating-point slack, so 0.1 + 0.2 is within `max: 0.3`
 * and a burn rate of 0.0144 / 0.001 is not "faster" than 14.4. The slack is relative and far below
 * any precision a metric carries.
 */
const EPSILON = 1e-9;
/** `value` is beyond an inclusive upper bound. */
function above(value, bound) {
    return value > bound + EPSILON * Math.max(1, Math.abs(bound));
}
/** `value` is beyond an inclusive lower bound. */
function below(value, bound) {
    return value < bound - EPSILON * Math.max(1, Math.abs(bound));
}


/***/ })

};
;