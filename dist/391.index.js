"use strict";
exports.id = 391;
exports.ids = [391];
exports.modules = {

/***/ 14391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DatadogSource: () => (/* binding */ DatadogSource)
/* harmony export */ });
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

class DatadogError extends Error {
    kind;
    constructor(kind, message) {
        super(message);
        this.kind = kind;
    }
}
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
        try {
            const from = at - check.windowMs;
            const [series, guard] = await Promise.all([
                this.query(check.query, from, at, signal),
                check.guard ? this.query(check.guard.query, from, at, signal) : undefined
            ]);
            return { kind: 'values', at, series, warnings: [], ...(guard && { guard }) };
        }
        catch (err) {
            if (signal.aborted)
                throw err;
            if (err instanceof DatadogError)
                return { kind: 'error', at, errorKind: err.kind, message: err.message };
            return { kind: 'error', at, errorKind: 'transport', message: `Datadog: ${(0,_util_errors__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}` };
        }
    }
    async query(query, fromMs, toMs, signal) {
        const params = new URLSearchParams({
            from: String(Math.floor(fromMs / 1000)),
            to: String(Math.ceil(toMs / 1000)),
            query
        });
        const timeout = AbortSignal.timeout(this.endpoint.timeoutMs);
        let res;
        try {
            res = await this.deps.fetch(`${this.url}/api/v1/query?${params.toString()}`, {
                headers: {
                    'DD-API-KEY': this.endpoint.apiKey,
                    'DD-APPLICATION-KEY': this.endpoint.appKey,
                    accept: 'application/json'
                },
                signal: AbortSignal.any([signal, timeout])
            });
        }
        catch (err) {
            if (!signal.aborted && timeout.aborted)
                throw new DatadogError('timeout', `Datadog did not answer within ${this.endpoint.timeoutMs}ms`);
            throw err;
        }
        const body = await res.json().catch(() => undefined);
        if (!res.ok)
            throw httpError(res, body);
        return seriesOf(body);
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
function errorsOf(body) {
    if (typeof body !== 'object' || body === null)
        return undefined;
    const b = body;
    if (Array.isArray(b['errors']))
        return b['errors'].map(String).join('; ');
    return typeof b['error'] === 'string' && b['error'] !== '' ? b['error'] : undefined;
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


/***/ })

};
;