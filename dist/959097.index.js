"use strict";
exports.id = 959097;
exports.ids = [959097];
exports.modules = {

/***/ 63952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PrometheusClient: () => (/* binding */ PrometheusClient)
});

// UNUSED EXPORTS: retryPolicy

// EXTERNAL MODULE: ./node_modules/axios/lib/axios.js + 65 modules
var axios = __webpack_require__(41542);
// EXTERNAL MODULE: ./src/manifest/queries/query-template.ts
var query_template = __webpack_require__(58721);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/retry.ts
var retry = __webpack_require__(4266);
// EXTERNAL MODULE: ./src/util/clock.ts
var clock = __webpack_require__(97110);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 14 modules
var schemas = __webpack_require__(45586);
// EXTERNAL MODULE: ./src/steady-state/prometheus/prometheus-error.ts
var prometheus_error = __webpack_require__(19528);
;// CONCATENATED MODULE: ./src/steady-state/prometheus/api-answer.ts
/**
 * Reads one HTTP answer of the Prometheus API into data or a classified PrometheusError
 * (docs/prometheus.md, "Results" and "Errors, retries and what they mean"). Bodies that are not the API's JSON envelope,
 * such as an ingress's HTML 502 page or an SSO login page served with 200, become errors, never
 * parse crashes.
 */




const envelope = schemas/* object */.Ikc({
    status: schemas/* enum */.k5n(['success', 'error']),
    data: schemas/* unknown */.L5J().optional(),
    errorType: schemas/* string */.YjP().optional(),
    error: schemas/* string */.YjP().optional(),
    warnings: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    infos: schemas/* array */.YOg(schemas/* string */.YjP()).optional()
});
/** Statuses a proxy or an overloaded server uses for "try again shortly". */
const TRANSIENT_STATUS = new Set([429, 502, 503, 504]);
const ERROR_TYPE_KIND = {
    bad_data: 'query',
    execution: 'query',
    timeout: 'server',
    canceled: 'server',
    internal: 'server',
    unavailable: 'server',
    not_found: 'config'
};
/**
 * Returns the envelope's data, or throws the classified failure. `mask` is applied to everything
 * taken from the body (an error before it is shortened, warnings, infos), since gateways echo
 * request headers.
 */
function readApiAnswer(answer, now, mask) {
    const parsed = envelope.safeParse(parseJson(answer.body));
    if (!parsed.success)
        throw notTheApi({ ...answer, body: mask(answer.body) }, now);
    const env = parsed.data;
    const ok = answer.status >= 200 && answer.status < 300;
    if (env.status === 'success' && ok) {
        // Gateways quote the request in warnings too (a header that failed a rule, the URL).
        return {
            data: env.data,
            warnings: (env.warnings ?? []).map(mask),
            infos: (env.infos ?? []).map(mask)
        };
    }
    const errorType = env.errorType;
    const text = `HTTP ${answer.status}${errorType ? ` ${errorType}` : ''}: ${(0,errors/* truncate */.xv)(mask(env.error ?? 'no error message'), 300)}`;
    const kind = statusKind(answer.status) ?? ERROR_TYPE_KIND[errorType ?? ''] ?? 'server';
    throw fail(`Prometheus answered ${text}${hintFor(kind)}`, answer, now, kind, {
        transient: TRANSIENT_STATUS.has(answer.status) || errorType === 'timeout',
        ...(errorType !== undefined && { errorType })
    });
}
/** Kinds the HTTP status decides on its own, whatever the body says. */
function statusKind(status) {
    if (status === 401 || status === 403)
        return 'auth';
    if (status === 400 || status === 422)
        return 'query';
    if (status === 404)
        return 'config';
    return undefined;
}
function notTheApi(answer, now) {
    const { status } = answer;
    const what = `${answer.contentType ?? 'no content type'}, starting '${(0,errors/* truncate */.xv)(answer.body.trim().replace(/\s+/g, ' '), 80)}'`;
    if (status >= 300 && status < 400) {
        const to = redirectHost(answer.location);
        return fail(`Prometheus URL redirected (HTTP ${status}${to ? ` to ${to}` : ''}) instead of answering; an SSO or auth proxy in front of Prometheus? Send credentials in the Prometheus headers or use the API URL behind the proxy`, answer, now, 'auth');
    }
    const kind = statusKind(status) ?? 'server';
    const lead = status >= 200 && status < 300
        ? `expected the Prometheus API's JSON answer but got HTTP ${status} (${what}); is the URL the Prometheus server, or a login page or proxy?`
        : `HTTP ${status} without the Prometheus API's JSON answer (${what})`;
    return fail(`${lead}${hintFor(kind)}`, answer, now, kind, {
        transient: TRANSIENT_STATUS.has(status)
    });
}
function fail(message, answer, now, kind, extra = {}) {
    const retryAfterMs = (0,retry/* parseRetryAfter */.mu)(answer.retryAfter, now);
    return new prometheus_error/* PrometheusError */.H(message, {
        kind,
        transient: extra.transient ?? false,
        status: answer.status,
        ...(extra.errorType !== undefined && { errorType: extra.errorType }),
        ...(retryAfterMs !== undefined && { retryAfterMs })
    });
}
function hintFor(kind) {
    if (kind === 'auth') {
        return '. Check the credentials in the Prometheus headers (Authorization, X-Scope-OrgID)';
    }
    if (kind === 'config')
        return '. Check the Prometheus URL, including any path prefix';
    return '';
}
function parseJson(body) {
    try {
        return JSON.parse(body);
    }
    catch {
        return undefined;
    }
}
/** Only the host of an absolute redirect target: its path and query may carry tokens. */
function redirectHost(location) {
    if (!location)
        return undefined;
    try {
        return new URL(location).host;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./node_modules/axios/index.js
var node_modules_axios = __webpack_require__(29159);
// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(26518);
;// CONCATENATED MODULE: ./src/steady-state/prometheus/request-failure.ts
/**
 * Classifies a request that produced no HTTP answer: refused or reset connections and DNS failures
 * are transient; certificate problems are not (retrying cannot fix them, configuration can); the
 * client's own deadline is a timeout. Messages are masked and never include the axios config,
 * which holds the headers.
 */




/** TLS verification failures (Node's and OpenSSL's codes). */
const TLS_CODES = new Set([
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'ERR_SSL_WRONG_VERSION_NUMBER'
]);
/** The PrometheusError for a request that failed before an HTTP answer arrived. */
function requestFailure(err, ctx) {
    const where = ctx.transport.base.origin;
    if (ctx.timedOut) {
        return new prometheus_error/* PrometheusError */.H(`no answer from Prometheus at ${where} within ${(0,duration/* formatDuration */.a3)(ctx.timeoutMs)}`, { kind: 'timeout', transient: false });
    }
    const code = errorCode(err);
    const detail = ctx.transport.mask.mask((0,errors/* errorMessage */.gJ)(err));
    if (code !== undefined && TLS_CODES.has(code)) {
        return new prometheus_error/* PrometheusError */.H(`TLS handshake with Prometheus at ${where} failed: ${detail} (${code}); set caFile to the CA that signed its certificate, or insecureSkipVerify for a test server`, { kind: 'transport', transient: false });
    }
    if (code === 'ERR_BAD_RESPONSE' || code === 'ERR_FR_MAX_BODY_LENGTH_EXCEEDED') {
        return new prometheus_error/* PrometheusError */.H(`Prometheus at ${where} sent an unusable answer: ${detail}`, {
            kind: 'server',
            transient: false
        });
    }
    return new prometheus_error/* PrometheusError */.H(`cannot reach Prometheus at ${where}: ${detail}${code && !detail.includes(code) ? ` (${code})` : ''}`, { kind: 'transport', transient: true });
}
function errorCode(err) {
    if ((0,node_modules_axios/* isAxiosError */.F0)(err)) {
        const cause = err.cause;
        const causeCode = cause instanceof Error && 'code' in cause ? cause.code : undefined;
        return typeof causeCode === 'string' ? causeCode : err.code;
    }
    if (err instanceof Error && 'code' in err && typeof err.code === 'string')
        return err.code;
    return undefined;
}

;// CONCATENATED MODULE: ./src/steady-state/prometheus/sigv4-form.ts
/**
 * The query string or form of a signed request, encoded as SigV4 canonicalises it (RFC 3986: a
 * space is %20, never '+'), so what is sent is byte for byte what was signed. Kept apart from the
 * signer so the Prometheus client does not load the AWS SDK unless a request is signed.
 */
function rfc3986Form(form) {
    return [...new URLSearchParams(form)]
        .map(([k, v]) => `${escape3986(k)}=${escape3986(v)}`)
        .join('&');
}
function escape3986(text) {
    return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

;// CONCATENATED MODULE: ./src/steady-state/prometheus/http-exchange.ts




/** URLs up to this length go as GET (read-only proxies allow it); longer ones as a POST form. */
const MAX_GET_URL_LENGTH = 2048;
/** Answers larger than this are refused rather than buffered. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;
/** Sends one request and reads the answer; throws a classified PrometheusError or the caller's abort reason. */
async function exchange(http, transport, ex, now) {
    const deadline = new AbortController();
    const onAbort = () => deadline.abort(ex.signal.reason);
    ex.signal.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => deadline.abort(), ex.timeoutMs);
    let response;
    try {
        const config = requestConfig(transport, ex, deadline.signal);
        response = await http.request(transport.sign ? await signed(transport.sign, config) : config);
    }
    catch (err) {
        // The caller's cancellation is not a Prometheus failure: it propagates unclassified.
        if (ex.signal.aborted)
            throw (0,clock/* abortReason */.Js)(ex.signal);
        const timedOut = deadline.signal.aborted;
        throw requestFailure(err, { timedOut, timeoutMs: ex.timeoutMs, transport });
    }
    finally {
        clearTimeout(timer);
        ex.signal.removeEventListener('abort', onAbort);
    }
    return readApiAnswer(answerOf(response), now(), (text) => transport.mask.mask(text));
}
function requestConfig(transport, ex, signal) {
    const asGet = ex.url.length + 1 + ex.form.length <= MAX_GET_URL_LENGTH;
    return {
        method: asGet ? 'GET' : 'POST',
        url: asGet ? `${ex.url}?${ex.form}` : ex.url,
        ...(asGet ? {} : { data: ex.form }),
        headers: {
            ...transport.headers,
            ...(asGet ? {} : { 'Content-Type': 'application/x-www-form-urlencoded' })
        },
        signal,
        responseType: 'text',
        transformResponse: [(data) => data],
        validateStatus: () => true,
        maxRedirects: 0,
        maxContentLength: MAX_BODY_BYTES,
        proxy: transport.proxy,
        httpAgent: transport.httpAgent,
        httpsAgent: transport.httpsAgent
    };
}
/**
 * The request with its signature headers; the query and form are re-encoded as SigV4 encodes them
 * first, so what is sent is byte for byte what was signed.
 */
async function signed(sign, config) {
    const [path = '', query] = (config.url ?? '').split('?', 2);
    const url = query === undefined ? path : `${path}?${rfc3986Form(query)}`;
    const data = typeof config.data === 'string' ? rfc3986Form(config.data) : undefined;
    const headers = Object.entries(config.headers).map(([k, v]) => [k.toLowerCase(), v]);
    const signedHeaders = await sign({
        method: config.method ?? 'GET',
        url,
        headers: Object.fromEntries(headers),
        ...(data !== undefined && { body: data })
    });
    return { ...config, url, ...(data !== undefined && { data }), headers: signedHeaders };
}
function answerOf(response) {
    const read = (name) => {
        const value = response.headers[name];
        return typeof value === 'string' ? value : undefined;
    };
    const contentType = read('content-type');
    const retryAfter = read('retry-after');
    const location = read('location');
    return {
        status: response.status,
        body: typeof response.data === 'string' ? response.data : '',
        ...(contentType !== undefined && { contentType }),
        ...(retryAfter !== undefined && { retryAfter }),
        ...(location !== undefined && { location })
    };
}

;// CONCATENATED MODULE: ./src/steady-state/prometheus/sample-value.ts
/**
 * Prometheus sample values arrive as JSON strings written by Go's strconv.FormatFloat: `"NaN"`,
 * `"+Inf"`, `"-Inf"`, `"1e-07"`, `"-0"` (docs/prometheus.md, "Results"). JavaScript's Number() and
 * parseFloat() both read `"+Inf"` as NaN and parseFloat accepts trailing garbage (`"12abc"` → 12),
 * so neither is safe on its own: a garbage value must be an error, never a silent NaN or number.
 */
const SPECIAL = {
    NaN: Number.NaN,
    nan: Number.NaN,
    Inf: Infinity,
    '+Inf': Infinity,
    '-Inf': -Infinity,
    inf: Infinity,
    '+inf': Infinity,
    '-inf': -Infinity
};
/** A decimal float, optionally signed, with an optional exponent; nothing else. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** Parses one sample value, or returns undefined when the text is not a float Prometheus writes. */
function parseSampleValue(text) {
    const special = SPECIAL[text];
    if (special !== undefined)
        return special;
    if (!DECIMAL.test(text))
        return undefined;
    return Number(text);
}

;// CONCATENATED MODULE: ./src/steady-state/prometheus/result-data.ts
/**
 * The `data` member of a successful query answer, validated into typed results (docs/prometheus.md, "Results").
 * Labels are kept on every series: series are matched by label set, never by position.
 */



const labels = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP());
const point = schemas/* tuple */.PVZ([schemas/* number */.aig(), schemas/* string */.YjP()]);
const vectorItem = schemas/* object */.Ikc({
    metric: labels,
    value: point.optional(),
    histogram: schemas/* unknown */.L5J().optional()
});
const matrixItem = schemas/* object */.Ikc({
    metric: labels,
    values: schemas/* array */.YOg(point).optional(),
    histograms: schemas/* unknown */.L5J().optional()
});
const data = schemas/* discriminatedUnion */.gMt('resultType', [
    schemas/* object */.Ikc({ resultType: schemas/* literal */.euz('vector'), result: schemas/* array */.YOg(vectorItem) }),
    schemas/* object */.Ikc({ resultType: schemas/* literal */.euz('matrix'), result: schemas/* array */.YOg(matrixItem) }),
    schemas/* object */.Ikc({ resultType: schemas/* literal */.euz('scalar'), result: point }),
    schemas/* object */.Ikc({ resultType: schemas/* literal */.euz('string'), result: point })
]);
const KNOWN_TYPES = new Set(['vector', 'matrix', 'scalar', 'string']);
const HISTOGRAM_HINT = 'native histogram samples are not supported; query a float instead, e.g. histogram_quantile(0.99, ...), histogram_count(...) or histogram_sum(...)';
/** Validates `data` and converts every sample value. Throws a PrometheusError for bad shapes. */
function readResultData(raw) {
    const type = resultTypeOf(raw);
    if (type !== undefined && !KNOWN_TYPES.has(type)) {
        throw malformed(`unknown resultType '${type}'`);
    }
    const parsed = data.safeParse(raw);
    if (!parsed.success) {
        const first = parsed.error.issues[0];
        const where = first ? `${first.path.join('.') || 'data'}: ${first.message}` : 'data';
        throw malformed(`the answer's data does not have the documented shape (${where})`);
    }
    const d = parsed.data;
    switch (d.resultType) {
        case 'vector':
            return { resultType: 'vector', series: d.result.map(toSample) };
        case 'matrix':
            return { resultType: 'matrix', series: d.result.map(toRangeSeries) };
        case 'scalar':
            return { resultType: 'scalar', at: d.result[0] * 1000, value: toValue(d.result[1]) };
        case 'string':
            return { resultType: 'string', at: d.result[0] * 1000, value: d.result[1] };
    }
}
function toSample(item) {
    if (item.value === undefined) {
        if (item.histogram !== undefined)
            throw (0,prometheus_error/* permanent */.F)('config', HISTOGRAM_HINT);
        throw malformed('a vector sample has neither `value` nor `histogram`');
    }
    return { labels: item.metric, value: toValue(item.value[1]), at: item.value[0] * 1000 };
}
function toRangeSeries(item) {
    if (item.histograms !== undefined)
        throw (0,prometheus_error/* permanent */.F)('config', HISTOGRAM_HINT);
    const points = (item.values ?? []).map(([t, v]) => ({ at: t * 1000, value: toValue(v) }));
    return { labels: item.metric, points };
}
function toValue(text) {
    const value = parseSampleValue(text);
    if (value === undefined)
        throw malformed(`sample value '${text.slice(0, 40)}' is not a number`);
    return value;
}
function resultTypeOf(raw) {
    if (typeof raw !== 'object' || raw === null || !('resultType' in raw))
        return undefined;
    return typeof raw.resultType === 'string' ? raw.resultType : undefined;
}
function malformed(what) {
    return new prometheus_error/* PrometheusError */.H(`malformed answer from Prometheus: ${what}`, {
        kind: 'server',
        transient: false
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: ./src/util/secret-mask.ts
var secret_mask = __webpack_require__(60051);
;// CONCATENATED MODULE: ./src/steady-state/prometheus/proxy-env.ts
/**
 * The proxy environment variables, read from an injected environment so tests and the action see
 * the same rules: `https_proxy`/`HTTPS_PROXY` for https targets, `http_proxy`/`HTTP_PROXY` for
 * http, `all_proxy`/`ALL_PROXY` as the fallback, and `no_proxy`/`NO_PROXY` exclusions (`*`, host
 * names that also match their subdomains, `.domain`, `host:port`). The lowercase form wins, as in
 * curl.
 */
/** The proxy URL that applies to `target`, or undefined to connect directly. */
function proxyUrlFor(target, env) {
    const scheme = target.protocol.replace(/:$/, '');
    const raw = pick(env, `${scheme}_proxy`) ?? pick(env, 'all_proxy');
    if (!raw || bypassed(target, pick(env, 'no_proxy') ?? ''))
        return undefined;
    return new URL(raw.includes('://') ? raw : `http://${raw}`);
}
/** The proxy URL in the form axios takes. */
function toProxyTarget(proxy) {
    const protocol = proxy.protocol.replace(/:$/, '');
    const port = Number(proxy.port) || (protocol === 'https' ? 443 : 80);
    const host = proxy.hostname.replace(/^\[|\]$/g, '');
    if (!proxy.username)
        return { protocol, host, port };
    const auth = {
        username: decodeURIComponent(proxy.username),
        password: decodeURIComponent(proxy.password)
    };
    return { protocol, host, port, auth };
}
function pick(env, name) {
    const value = env[name.toLowerCase()] ?? env[name.toUpperCase()];
    return value && value.trim() !== '' ? value.trim() : undefined;
}
function bypassed(target, noProxy) {
    const host = target.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    const port = target.port || (target.protocol === 'https:' ? '443' : '80');
    return noProxy
        .split(/[\s,]+/)
        .filter((entry) => entry !== '')
        .some((entry) => {
        if (entry === '*')
            return true;
        const [name, entryPort] = splitHostPort(entry.toLowerCase());
        if (entryPort !== undefined && entryPort !== port)
            return false;
        const domain = name.replace(/^\*?\./, '');
        return host === domain || host.endsWith(`.${domain}`);
    });
}
function splitHostPort(entry) {
    const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
    if (bracketed)
        return [bracketed[1], bracketed[2]];
    const parts = entry.split(':');
    if (parts.length === 2 && /^\d+$/.test(parts[1]))
        return [parts[0], parts[1]];
    return [entry, undefined];
}

;// CONCATENATED MODULE: ./src/steady-state/prometheus/transport.ts
/**
 * Everything about reaching one Prometheus that does not change between requests: the API base
 * URL (credentials moved out of it into a Basic header), the headers, the secrets to mask, TLS
 * (a CA file, or skipping verification), the proxy from the environment, and keep-alive agents so
 * a tick's queries reuse connections.
 */







/** Builds the transport, or throws a `config` PrometheusError naming what to fix. */
function prepareTransport(endpoint, env, readFile = external_node_fs_.readFileSync, sign) {
    const url = parseUrl(endpoint.url);
    const headers = { Accept: 'application/json', ...endpoint.headers };
    if (url.username && !hasHeader(headers, 'authorization')) {
        const user = decodeURIComponent(url.username);
        headers.Authorization = `Basic ${(0,secret_mask/* toBase64 */.nk)(`${user}:${decodeURIComponent(url.password)}`)}`;
    }
    const secrets = [...(0,secret_mask/* headerSecrets */.n3)(endpoint.headers), ...(0,secret_mask/* urlSecrets */.Fn)(url)];
    const base = new URL(url.href);
    base.username = '';
    base.password = '';
    base.search = '';
    base.hash = '';
    if (!base.pathname.endsWith('/'))
        base.pathname += '/';
    const proxyUrl = readProxy(base, env);
    if (proxyUrl)
        secrets.push(...(0,secret_mask/* urlSecrets */.Fn)(proxyUrl));
    const ca = endpoint.caFile !== undefined ? readCa(endpoint.caFile, readFile) : undefined;
    const httpAgent = new (external_node_http_default()).Agent({ keepAlive: true, maxSockets: 16 });
    const httpsAgent = new (external_node_https_default()).Agent({
        keepAlive: true,
        maxSockets: 16,
        rejectUnauthorized: !endpoint.insecureSkipVerify,
        ...(ca !== undefined && { ca })
    });
    return {
        base,
        headers,
        mask: new secret_mask/* SecretMask */.fZ(secrets),
        proxy: proxyUrl ? toProxyTarget(proxyUrl) : false,
        httpAgent,
        httpsAgent,
        ...(sign && { sign }),
        close: () => {
            httpAgent.destroy();
            httpsAgent.destroy();
        }
    };
}
function parseUrl(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw (0,prometheus_error/* permanent */.F)('config', `the Prometheus URL is not a URL; expected e.g. https://prometheus.example:9090`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw (0,prometheus_error/* permanent */.F)('config', `the Prometheus URL must use http or https, not ${url.protocol}`);
    }
    return url;
}
function readProxy(base, env) {
    try {
        return proxyUrlFor(base, env);
    }
    catch {
        const name = base.protocol === 'https:' ? 'HTTPS_PROXY' : 'HTTP_PROXY';
        throw (0,prometheus_error/* permanent */.F)('config', `${name} (or ALL_PROXY) is not a URL; expected e.g. http://proxy.internal:3128`);
    }
}
function readCa(path, readFile) {
    try {
        return readFile(path);
    }
    catch (err) {
        throw (0,prometheus_error/* permanent */.F)('config', `cannot read the Prometheus caFile '${path}': ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
}
function hasHeader(headers, name) {
    return Object.keys(headers).some((h) => h.toLowerCase() === name);
}

;// CONCATENATED MODULE: ./src/steady-state/prometheus/client.ts
/**
 * A Prometheus HTTP API client (docs/prometheus.md): instant and range queries, GET that
 * switches to a POST form when the URL would be long, one deadline per attempt (also sent as
 * `timeout=` so the server gives up first and says so), retries with back-off for transient
 * failures only, and every failure classified and masked. Sources never see axios.
 */








class PrometheusClient {
    endpoint;
    deps;
    transport;
    http;
    constructor(endpoint, deps, transport = prepareTransport(endpoint, deps.env, deps.readFile, deps.sign)) {
        this.endpoint = endpoint;
        this.deps = deps;
        this.transport = transport;
        this.http = axios/* default */.A.create();
    }
    /** The base URL without credentials, for messages and reports. */
    get url() {
        return this.transport.base.href;
    }
    /** Masks every secret this client knows in `text`. */
    mask(text) {
        return this.transport.mask.mask(text);
    }
    /** An instant query (`/api/v1/query`). */
    async query(expr, opts) {
        const params = { query: expr };
        if (opts.time !== undefined)
            params.time = (0,query_template/* unixSeconds */.Yb)(opts.time);
        const answer = await this.send('api/v1/query', params, opts);
        return { ...answer, result: readResultData(answer.data) };
    }
    /** A range query (`/api/v1/query_range`); start and end are inclusive, epoch ms. */
    async queryRange(expr, range, opts) {
        const params = {
            query: expr,
            start: (0,query_template/* unixSeconds */.Yb)(range.start),
            end: (0,query_template/* unixSeconds */.Yb)(range.end),
            step: String(range.stepMs / 1000)
        };
        const answer = await this.send('api/v1/query_range', params, opts);
        const result = readResultData(answer.data);
        if (result.resultType !== 'matrix') {
            throw new prometheus_error/* PrometheusError */.H(`a range query answered ${result.resultType}, not matrix`, {
                kind: 'server',
                transient: false
            });
        }
        return { ...answer, result };
    }
    /** Closes idle connections. */
    close() {
        this.transport.close();
    }
    async send(path, params, opts) {
        const timeoutMs = opts.timeoutMs ?? this.endpoint.timeoutMs;
        const form = new URLSearchParams({ ...params, timeout: serverTimeout(timeoutMs) });
        const url = new URL(path, this.transport.base).href;
        const policy = retryPolicy((opts.retries ?? this.endpoint.retries) + 1);
        return (0,retry/* withRetry */.bD)(() => exchange(this.http, this.transport, { url, form: form.toString(), timeoutMs, signal: opts.signal }, () => this.deps.clock.now()), (err) => retryDecision(err, policy), policy, this.deps.clock, opts.signal, (err, delayMs, attempt) => this.deps.log.debug(`prometheus: attempt ${attempt} failed (${err instanceof Error ? err.message : 'error'}); retrying in ${delayMs} ms`));
    }
}
/** The back-off for one request: quick first retry, capped so a tick is not held for long. */
function retryPolicy(attempts) {
    return { attempts, baseDelayMs: 250, maxDelayMs: 4000, jitter: 0.2 };
}
/** Retries transient failures only; a Retry-After beyond the cap is left to the next tick. */
function retryDecision(err, policy) {
    if (!(err instanceof prometheus_error/* PrometheusError */.H) || !err.transient)
        return { retry: false };
    if (err.retryAfterMs !== undefined && err.retryAfterMs > policy.maxDelayMs)
        return { retry: false };
    return {
        retry: true,
        reason: (0,errors/* truncate */.xv)(err.message, 120),
        ...(err.retryAfterMs !== undefined && { afterMs: err.retryAfterMs })
    };
}
/** The server-side timeout: a little under the client's, so the server's own error arrives first. */
function serverTimeout(timeoutMs) {
    return String(Math.max(0.001, Math.floor(timeoutMs * 0.9) / 1000));
}


/***/ }),

/***/ 4266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
/* harmony import */ var _clock__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97110);

/** The delay before attempt `attempt` (1-based count of failures so far). */
function backoffDelay(policy, attempt, random = Math.random) {
    const exp = policy.baseDelayMs * 2 ** Math.max(0, attempt - 1);
    const capped = Math.min(exp, policy.maxDelayMs);
    const spread = capped * policy.jitter;
    return Math.max(0, Math.round(capped - spread + random() * 2 * spread));
}
/**
 * Runs `op` until it succeeds, the classifier says a failure is permanent, or attempts run out.
 * The last error is rethrown unchanged. A Retry-After hint replaces the back-off delay, capped.
 */
async function withRetry(op, classify, policy, clock, signal, onRetry) {
    for (let attempt = 1;; attempt++) {
        try {
            return await op(attempt);
        }
        catch (err) {
            if ((0,_clock__WEBPACK_IMPORTED_MODULE_0__/* .isAbortError */ .zf)(err) && signal?.aborted)
                throw err;
            const decision = classify(err);
            if (!decision.retry || attempt >= policy.attempts)
                throw err;
            const delay = Math.min(decision.afterMs ?? backoffDelay(policy, attempt), policy.maxDelayMs);
            onRetry?.(err, delay, attempt);
            await clock.sleep(delay, signal);
        }
    }
}
/** Parses an HTTP Retry-After header (seconds or an HTTP date) into milliseconds from `now`. */
function parseRetryAfter(value, now) {
    if (!value)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+(\.\d+)?$/.test(trimmed))
        return Math.round(Number(trimmed) * 1000);
    const date = Date.parse(trimmed);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}


/***/ })

};
;