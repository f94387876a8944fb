"use strict";
exports.id = 676633;
exports.ids = [676633,858089];
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


/***/ }),

/***/ 67981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CloudWatchSource: () => (/* binding */ CloudWatchSource)
/* harmony export */ });
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _read_with_guard__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41881);
/* harmony import */ var _cloudwatch_api__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60338);



class CloudWatchError extends Error {
    kind;
    constructor(kind, message) {
        super(message);
        this.kind = kind;
    }
}
/** SDK error names, by what they mean for a measurement. */
const AUTH = new Set([
    'CredentialsProviderError',
    'AccessDenied',
    'AccessDeniedException',
    'InvalidClientTokenId',
    'UnrecognizedClientException',
    'ExpiredToken',
    'ExpiredTokenException',
    'SignatureDoesNotMatch',
    'IncompleteSignature',
    'MissingAuthenticationToken'
]);
const QUERY = new Set([
    'InvalidParameterValue',
    'InvalidParameterValueException',
    'InvalidParameterCombination',
    'InvalidParameterCombinationException',
    'MissingParameter',
    'MissingRequiredParameterException',
    'InvalidNextToken',
    'ValidationError'
]);
const THROTTLED = new Set(['Throttling', 'ThrottlingException', 'RequestLimitExceeded']);
class CloudWatchSource {
    api;
    deps;
    kind = 'cloudwatch';
    constructor(api, deps) {
        this.api = api;
        this.deps = deps;
    }
    now() {
        return Promise.resolve(this.deps.clock.now());
    }
    async measure(check, at, _ctx, signal) {
        const range = { start: at - check.windowMs, end: at };
        return (0,_read_with_guard__WEBPACK_IMPORTED_MODULE_1__/* .readWithGuard */ .k)(at, signal, { main: required(check), guard: check.guard?.cloudwatch }, (query) => this.query(query, range, signal), (err) => (err instanceof CloudWatchError ? err : classify(err, this.deps.timeoutMs)));
    }
    async query(q, range, signal) {
        return samplesOf(await this.api.getMetricData(q, range, signal));
    }
}
function required(check) {
    if (!check.cloudwatch)
        throw new CloudWatchError('config', `check '${check.name}' has no cloudwatch question`);
    return check.cloudwatch;
}
/** The value series of an answer; a failed or cut-short one is an error, never fewer values. */
function samplesOf(answer) {
    const results = answer.series.filter((s) => s.id === _cloudwatch_api__WEBPACK_IMPORTED_MODULE_2__.VALUE_ID);
    for (const s of results) {
        const said = [...s.messages, ...answer.messages].join('; ');
        const detail = said ? `: ${said}` : '';
        if (s.status === 'Forbidden')
            throw new CloudWatchError('auth', `CloudWatch refused to read '${s.label}' (Forbidden)${detail}`);
        if (s.status === 'InternalError')
            throw new CloudWatchError('server', `CloudWatch failed to compute '${s.label}'${detail}`);
        if (s.status === 'PartialData')
            throw new CloudWatchError('partial', `CloudWatch answered part of '${s.label}' (PartialData)${detail}`);
    }
    return results.map((s) => ({ labels: { label: s.label }, value: s.values[0] ?? Number.NaN }));
}
function classify(err, timeoutMs) {
    const name = err instanceof Error ? err.name : '';
    const text = (0,_util_errors__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err);
    const status = httpStatus(err);
    if (name === 'TimeoutError' || name === 'AbortError')
        return { kind: 'timeout', message: `CloudWatch did not answer within ${timeoutMs}ms` };
    if (AUTH.has(name) || status === 401 || status === 403)
        return { kind: 'auth', message: `CloudWatch refused the credentials (${name}): ${text}` };
    if (THROTTLED.has(name))
        return { kind: 'server', message: `CloudWatch throttled the request (${name}): ${text}` };
    if (QUERY.has(name))
        return { kind: 'query', message: `CloudWatch rejected the query (${name}): ${text}` };
    if (status !== undefined)
        return { kind: 'server', message: `CloudWatch answered ${status} (${name}): ${text}` };
    // The SDK's parser could not read the answer (an HTML page, a proxy's error): no status known.
    if (err instanceof Error && '$response' in err)
        return { kind: 'server', message: `CloudWatch answered something the SDK cannot read: ${text}` };
    return { kind: 'transport', message: `CloudWatch: ${text}` };
}
function httpStatus(err) {
    if (typeof err !== 'object' || err === null || !('$metadata' in err))
        return undefined;
    const meta = err.$metadata;
    return typeof meta?.httpStatusCode === 'number' ? meta.httpStatusCode : undefined;
}


/***/ }),

/***/ 41881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ readWithGuard)
/* harmony export */ });
async function readWithGuard(at, signal, queries, read, failure) {
    try {
        const [series, guard] = await Promise.all([
            read(queries.main),
            queries.guard === undefined ? undefined : read(queries.guard)
        ]);
        return { kind: 'values', at, series, warnings: [], ...(guard && { guard }) };
    }
    catch (err) {
        if (signal.aborted)
            throw err;
        const { kind, message } = failure(err);
        return { kind: 'error', at, errorKind: kind, message };
    }
}


/***/ })

};
;