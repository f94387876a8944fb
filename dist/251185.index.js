"use strict";
exports.id = 251185;
exports.ids = [251185];
exports.modules = {

/***/ 95495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ formatValue),
/* harmony export */   L: () => (/* binding */ formatAgainst)
/* harmony export */ });
/** A compact number for messages: 4 significant digits, `+Inf`/`-Inf`/`NaN` spelled out. */
function formatValue(v) {
    if (Number.isNaN(v))
        return 'NaN';
    if (v === Infinity)
        return '+Inf';
    if (v === -Infinity)
        return '-Inf';
    if (v !== 0 && (Math.abs(v) >= 1e6 || Math.abs(v) < 1e-3))
        return v.toExponential(3);
    return String(Number(v.toPrecision(4)));
}
/**
 * `v` written beside a bound it broke: in full when the compact form would read the same as the
 * bound's, so a breach never says `0.05 > threshold.max 0.05`.
 */
function formatAgainst(v, bound) {
    const compact = formatValue(v);
    return compact === formatValue(bound) && v !== bound ? String(v) : compact;
}


/***/ }),

/***/ 85052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkErrorBudgets: () => (/* binding */ checkErrorBudgets)
});

// UNUSED EXPORTS: budgetQuery

// EXTERNAL MODULE: ./src/manifest/queries/query-template.ts
var query_template = __webpack_require__(58721);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/steady-state/format-value.ts
var format_value = __webpack_require__(95495);
// EXTERNAL MODULE: ./src/steady-state/series-key.ts
var series_key = __webpack_require__(14347);
// EXTERNAL MODULE: ./src/steady-state/tolerance.ts
var tolerance = __webpack_require__(44613);
;// CONCATENATED MODULE: ./src/steady-state/error-budget.ts
/**
 * Error-budget awareness (docs/prometheus.md, "Skipping experiments when the error budget is exhausted"): before any fault, the gate reads the remaining error
 * budget of the SLOs named in the `error-budget` setting, and skips every experiment, with the
 * reason, when one of them is below its floor: chaos should not spend budget the service no longer
 * has. A budget that cannot be read is not a pass either: nothing is injected and the experiment
 * is inconclusive.
 */




/** The remaining budget per series of one rule's answer; NaN series (no traffic) are dropped. */
function readBudget(rule, series) {
    const src = rule.source;
    return series
        .filter((s) => !Number.isNaN(s.value))
        .map((s) => ({
        rule: rule.name,
        labels: s.labels,
        remaining: src.kind === 'remaining' ? s.value : 1 - s.value / (1 - src.objective)
    }));
}
/**
 * Decides from every rule's answer. A budget below its floor skips the run even when another rule
 * could not be read, since skipping injects nothing; otherwise an unreadable rule is unknown.
 */
function decideErrorBudget(rules, answers) {
    const readings = [];
    const unknown = [];
    rules.forEach((rule, i) => {
        const answer = answers[i];
        if (!answer || answer.kind === 'error') {
            unknown.push(`${rule.name}: ${answer ? (0,errors/* truncate */.xv)(answer.message, 200) : 'not measured'}`);
            return;
        }
        const read = readBudget(rule, answer.series);
        if (read.length === 0)
            unknown.push(`${rule.name}: the query returned no data`);
        readings.push(...read);
    });
    const exhausted = readings.filter((r) => {
        const rule = rules.find((x) => x.name === r.rule);
        return rule !== undefined && (0,tolerance/* below */.n)(r.remaining, rule.minRemaining);
    });
    if (exhausted.length > 0) {
        return { decision: 'skip', reason: skipReason(rules, exhausted), readings };
    }
    if (unknown.length > 0) {
        return {
            decision: 'unknown',
            reason: `the remaining error budget could not be read, so nothing was injected (${unknown.join('; ')})`
        };
    }
    return { decision: 'run', readings };
}
function skipReason(rules, exhausted) {
    const parts = exhausted.map((r) => {
        const floor = rules.find((x) => x.name === r.rule)?.minRemaining ?? 0;
        const labels = Object.keys(r.labels).length > 0 ? ` ${(0,series_key/* formatLabels */.h6)(r.labels)}` : '';
        return `${r.rule}${labels} has ${percent(r.remaining)} of its error budget left, below the ${percent(floor)} floor`;
    });
    return `error budget exhausted: ${parts.join('; ')}; experiments are paused until it recovers`;
}
function percent(fraction) {
    return `${(0,format_value/* formatValue */.F)(fraction * 100)} %`;
}

// EXTERNAL MODULE: ./src/steady-state/prometheus/instant-samples.ts
var instant_samples = __webpack_require__(78020);
// EXTERNAL MODULE: ./src/steady-state/prometheus/prometheus-error.ts
var prometheus_error = __webpack_require__(19528);
;// CONCATENATED MODULE: ./src/steady-state/prometheus/error-budget-query.ts
/**
 * Reads the remaining error budgets from Prometheus, at server time, and decides whether the run
 * may inject faults (the decision itself is pure: ../error-budget.ts). Long periods make heavy
 * queries (`rate(...[30d])`); a recording rule through the `query` form is the cheaper choice.
 */




/** The query that gives a rule's remaining budget (query form) or its error ratio over the period. */
function budgetQuery(rule) {
    const src = rule.source;
    if (src.kind === 'remaining')
        return src.query;
    return (0,query_template/* renderQuery */.no)(src.errorRatio, {
        windowMs: src.periodMs,
        startMs: 0,
        endMs: 0,
        minDurationMs: 0
    });
}
/** Queries every rule concurrently and decides. Only cancellation throws. */
async function checkErrorBudgets(rules, client, signal) {
    const answers = await Promise.all(rules.map((rule) => answerFor(rule, client, signal)));
    return decideErrorBudget(rules, answers);
}
async function answerFor(rule, client, signal) {
    try {
        const expr = budgetQuery(rule);
        const answer = await client.query(expr, { signal });
        return { kind: 'values', series: (0,instant_samples/* instantSamples */.d)(answer.result, expr) };
    }
    catch (err) {
        if (signal.aborted)
            throw err;
        if (err instanceof prometheus_error/* PrometheusError */.H || err instanceof RangeError) {
            return { kind: 'error', message: err.message };
        }
        throw err;
    }
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