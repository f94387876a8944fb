"use strict";
exports.id = 52;
exports.ids = [52];
exports.modules = {

/***/ 85052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkErrorBudgets: () => (/* binding */ checkErrorBudgets)
});

// UNUSED EXPORTS: budgetQuery

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
 * Error-budget awareness (product.md §6): before any fault, the gate reads the remaining error
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
// EXTERNAL MODULE: ./src/steady-state/prometheus/query-template.ts
var query_template = __webpack_require__(80210);
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


/***/ })

};
;