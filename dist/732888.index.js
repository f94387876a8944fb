"use strict";
exports.id = 732888;
exports.ids = [732888];
exports.modules = {

/***/ 64929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DatadogSource: () => (/* binding */ DatadogSource)
});

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/steady-state/read-with-guard.ts
var read_with_guard = __webpack_require__(41881);
;// CONCATENATED MODULE: ./src/steady-state/datadog/datadog-error.ts
class DatadogError extends Error {
    kind;
    constructor(kind, message) {
        super(message);
        this.kind = kind;
    }
}
/** The `errors` list or text (or `error` text) of a Datadog answer, joined; undefined when it has none. */
function errorsOf(body) {
    if (typeof body !== 'object' || body === null)
        return undefined;
    const b = body;
    if (Array.isArray(b['errors']))
        return b['errors'].map(String).join('; ');
    // The v2 timeseries API says it in one string.
    if (typeof b['errors'] === 'string' && b['errors'] !== '')
        return b['errors'];
    return typeof b['error'] === 'string' && b['error'] !== '' ? b['error'] : undefined;
}

;// CONCATENATED MODULE: ./src/steady-state/datadog/datadog-v2.ts

function timeseriesRequest(f, fromMs, toMs) {
    return {
        data: {
            type: 'timeseries_request',
            attributes: {
                from: Math.floor(fromMs),
                to: Math.ceil(toMs),
                queries: Object.entries(f.queries).map(([name, query]) => ({
                    data_source: 'metrics',
                    name,
                    query
                })),
                formulas: [{ formula: f.formula }]
            }
        }
    };
}
function timeseriesSeries(body) {
    if (typeof body !== 'object' || body === null)
        throw new DatadogError('server', 'Datadog answered something other than JSON');
    const said = errorsOf(body);
    const attributes = attributesOf(body);
    if (said && !attributes)
        throw new DatadogError('query', `Datadog rejected the query: ${said}`);
    if (said)
        throw new DatadogError('partial', `Datadog answered part of the query: ${said}`);
    if (!attributes)
        throw new DatadogError('server', 'Datadog answered without timeseries data');
    const series = Array.isArray(attributes['series']) ? attributes['series'] : [];
    const values = Array.isArray(attributes['values']) ? attributes['values'] : [];
    if (series.length !== values.length)
        throw new DatadogError('server', `Datadog answered ${series.length} series with ${values.length} value lists`);
    return series.map((s, i) => {
        const tags = recordOf(s)['group_tags'];
        const scope = Array.isArray(tags) && tags.length > 0 ? tags.map(String).join(',') : '*';
        const points = Array.isArray(values[i]) ? values[i] : [];
        const last = points.filter((v) => typeof v === 'number').at(-1);
        return { labels: { scope }, value: last ?? Number.NaN };
    });
}
function attributesOf(body) {
    const data = recordOf(body)['data'];
    const attributes = recordOf(data)['attributes'];
    return typeof attributes === 'object' && attributes !== null
        ? attributes
        : undefined;
}
function recordOf(value) {
    return typeof value === 'object' && value !== null ? value : {};
}

;// CONCATENATED MODULE: ./src/steady-state/datadog/datadog-source.ts




class DatadogSource {
    endpoint;
    deps;
    kind = 'datadog';
    constructor(endpoint, deps) {
        this.endpoint = endpoint;
        this.deps = deps;
    }
    /** The API base, for logs: never carries a key. */
    get url() {
        return this.endpoint.url ?? `https://api.${this.endpoint.site}`;
    }
    now() {
        return Promise.resolve(this.deps.clock.now());
    }
    async measure(check, at, _ctx, signal) {
        return (0,read_with_guard/* readWithGuard */.k)(at, signal, { main: check.datadog ?? check.query, guard: check.guard?.query }, (query) => this.query(query, at - check.windowMs, at, signal), (err) => err instanceof DatadogError
            ? err
            : { kind: 'transport', message: `Datadog: ${(0,errors/* errorMessage */.gJ)(err)}` });
    }
    /** A plain query goes to v1 unless the endpoint says v2; a formula always goes to v2. */
    async query(query, fromMs, toMs, signal) {
        if (typeof query === 'string' && this.endpoint.api === 'v1') {
            const params = new URLSearchParams({
                from: String(Math.floor(fromMs / 1000)),
                to: String(Math.ceil(toMs / 1000)),
                query
            });
            return seriesOf(await this.send(`/api/v1/query?${params.toString()}`, undefined, signal));
        }
        const formula = typeof query === 'string' ? { queries: { a: query }, formula: 'a' } : query;
        const body = JSON.stringify(timeseriesRequest(formula, fromMs, toMs));
        return timeseriesSeries(await this.send('/api/v2/query/timeseries', body, signal));
    }
    /** One request with both keys; the parsed JSON of a 2xx answer, else a classified error. */
    async send(path, body, signal) {
        const timeout = AbortSignal.timeout(this.endpoint.timeoutMs);
        let res;
        try {
            res = await this.deps.fetch(`${this.url}${path}`, {
                method: body === undefined ? 'GET' : 'POST',
                headers: {
                    'DD-API-KEY': this.endpoint.apiKey,
                    'DD-APPLICATION-KEY': this.endpoint.appKey,
                    accept: 'application/json',
                    ...(body !== undefined && { 'content-type': 'application/json' })
                },
                ...(body !== undefined && { body }),
                signal: AbortSignal.any([signal, timeout])
            });
        }
        catch (err) {
            if (!signal.aborted && timeout.aborted)
                throw new DatadogError('timeout', `Datadog did not answer within ${this.endpoint.timeoutMs}ms`);
            throw err;
        }
        const answer = await res.json().catch(() => undefined);
        if (!res.ok)
            throw httpError(res, answer);
        return answer;
    }
}
function httpError(res, body) {
    const said = errorsOf(body);
    const detail = said ? `: ${said}` : '';
    if (res.status === 401 || res.status === 403)
        return new DatadogError('auth', `Datadog refused the API or application key (${res.status})${detail}`);
    if (res.status === 429) {
        const reset = res.headers.get('x-ratelimit-reset');
        return new DatadogError('server', `Datadog rate limit reached (429)${reset ? `; it resets in ${reset}s` : ''}${detail}`);
    }
    if (res.status >= 500)
        return new DatadogError('server', `Datadog answered ${res.status}${detail}`);
    return new DatadogError('query', `Datadog rejected the query (${res.status})${detail}`);
}
/** The series of a v1 query answer; anything else is a `server` error, never an empty result. */
function seriesOf(body) {
    if (typeof body !== 'object' || body === null)
        throw new DatadogError('server', 'Datadog answered something other than JSON');
    const b = body;
    if (b['status'] === 'error' || errorsOf(body))
        throw new DatadogError('query', `Datadog rejected the query: ${errorsOf(body) ?? 'no reason given'}`);
    if (!Array.isArray(b['series']))
        throw new DatadogError('server', 'Datadog answered without a series list');
    const list = b['series'];
    return list.map((s) => {
        const series = typeof s === 'object' && s !== null ? s : {};
        const points = Array.isArray(series['pointlist']) ? series['pointlist'] : [];
        const values = points
            .map((p) => (Array.isArray(p) ? p[1] : undefined))
            .filter((v) => typeof v === 'number');
        const scope = typeof series['scope'] === 'string' ? series['scope'] : '';
        return { labels: { scope }, value: values.at(-1) ?? Number.NaN };
    });
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