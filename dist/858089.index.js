"use strict";
exports.id = 858089;
exports.ids = [858089];
exports.modules = {

/***/ 60338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_PAGES: () => (/* binding */ MAX_PAGES),
/* harmony export */   VALUE_ID: () => (/* binding */ VALUE_ID),
/* harmony export */   cloudWatchApi: () => (/* binding */ cloudWatchApi)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44085);
/* harmony import */ var _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_0__);
/**
 * GetMetricData over the official SDK (`@aws-sdk/client-cloudwatch`), the one call the source
 * makes. Credentials come only from the SDK's default chain (on GitHub: OIDC through
 * aws-actions/configure-aws-credentials); the endpoint may be overridden by the manifest's `url`,
 * else AWS_ENDPOINT_URL_CLOUDWATCH, then AWS_ENDPOINT_URL (how the tests reach a local
 * CloudWatch-compatible server). Pages are followed through NextToken, and a result split across
 * pages is joined back by its id.
 */

/** The id the expression's (or the single metric's) answer comes back under. */
const VALUE_ID = 'value';
/** A request that still has a NextToken after this many pages is refused as partial. */
const MAX_PAGES = 10;
function cloudWatchApi(endpoint, env) {
    const url = endpoint.url ?? env.AWS_ENDPOINT_URL_CLOUDWATCH ?? env.AWS_ENDPOINT_URL;
    const client = new _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_0__.CloudWatchClient({
        ...(endpoint.region === undefined ? {} : { region: endpoint.region }),
        ...(url === undefined || url === '' ? {} : { endpoint: url }),
        // The SDK retries throttling and 5xx with its own back-off.
        maxAttempts: endpoint.maxAttempts
    });
    return {
        async getMetricData(q, range, signal) {
            const queries = metricDataQueries(q);
            const byId = new Map();
            const messages = [];
            let nextToken;
            for (let page = 0; page < MAX_PAGES; page++) {
                const out = await client.send(new _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_0__.GetMetricDataCommand({
                    MetricDataQueries: queries,
                    StartTime: new Date(range.start),
                    EndTime: new Date(range.end),
                    ScanBy: 'TimestampDescending',
                    ...(nextToken === undefined ? {} : { NextToken: nextToken })
                }), { abortSignal: AbortSignal.any([signal, AbortSignal.timeout(endpoint.timeoutMs)]) });
                for (const r of out.MetricDataResults ?? [])
                    join(byId, r);
                messages.push(...(out.Messages ?? []).map((m) => `${m.Code ?? ''}: ${m.Value ?? ''}`));
                nextToken = out.NextToken;
                if (!nextToken)
                    break;
            }
            const series = [...byId.values()].map((s) => ({
                id: s.id,
                label: s.label,
                values: s.values,
                // A page still to come means the answer is cut short, whatever the last page said.
                status: nextToken ? 'PartialData' : worst(s.statuses),
                messages: s.messages
            }));
            return { series, messages };
        },
        close: () => client.destroy()
    };
}
function join(byId, r) {
    const id = r.Id ?? '';
    // A SEARCH expression answers several series under its one id, told apart by their labels.
    const key = `${id}\u0000${r.Label ?? ''}`;
    const s = byId.get(key) ?? { id, label: r.Label ?? id, values: [], statuses: [], messages: [] };
    s.values.push(...(r.Values ?? []));
    s.statuses.push(r.StatusCode ?? 'Complete');
    s.messages.push(...(r.Messages ?? []).map((m) => `${m.Code ?? ''}: ${m.Value ?? ''}`));
    byId.set(key, s);
}
/**
 * The last page decides (PartialData on an earlier page is completed by the pages after it),
 * unless a page failed.
 */
function worst(statuses) {
    const failed = statuses.find((s) => s === 'InternalError' || s === 'Forbidden');
    return failed ?? statuses.at(-1) ?? 'Complete';
}
/** The metrics as MetricStat queries, and the value as the one query that returns data. */
function metricDataQueries(q) {
    const single = q.expression === undefined;
    const metrics = Object.entries(q.metrics).map(([id, m]) => {
        return {
            Id: single ? VALUE_ID : id,
            MetricStat: {
                Metric: {
                    Namespace: m.namespace,
                    MetricName: m.name,
                    Dimensions: Object.entries(m.dimensions).map(([Name, Value]) => ({ Name, Value }))
                },
                Period: q.periodSeconds,
                Stat: m.stat
            },
            ReturnData: single
        };
    });
    if (q.expression === undefined)
        return metrics;
    return [
        ...metrics,
        { Id: VALUE_ID, Expression: q.expression, Period: q.periodSeconds, ReturnData: true }
    ];
}


/***/ })

};
;