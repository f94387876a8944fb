"use strict";
exports.id = 435277;
exports.ids = [435277];
exports.modules = {

/***/ 48177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Np: () => (/* binding */ splitApiVersion),
/* harmony export */   TB: () => (/* binding */ Discovery),
/* harmony export */   lV: () => (/* binding */ groupVersionPath),
/* harmony export */   oU: () => (/* binding */ resourcePath)
/* harmony export */ });
/* harmony import */ var _port__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58312);
/* harmony import */ var _status__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73545);


function splitApiVersion(apiVersion) {
    const slash = apiVersion.indexOf('/');
    return slash < 0
        ? { group: '', version: apiVersion }
        : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}
/** `/api/v1` for the core group, `/apis/<group>/<version>` for the others. */
function groupVersionPath({ group, version }) {
    return group === '' ? `/api/${version}` : `/apis/${group}/${version}`;
}
/** The URL path of a collection, or of one object when `name` is given. */
function resourcePath(resource, namespace, name) {
    let path = groupVersionPath(resource);
    if (resource.namespaced && namespace !== undefined)
        path += `/namespaces/${encodeURIComponent(namespace)}`;
    path += `/${resource.resource}`;
    return name === undefined ? path : `${path}/${encodeURIComponent(name)}`;
}
/** Discovery with a per-connection cache. */
class Discovery {
    transport;
    cache = new Map();
    constructor(transport) {
        this.transport = transport;
    }
    /** The resources of a group/version, or undefined when the server does not serve it. */
    resources(group, version) {
        const key = `${group}/${version}`;
        let answer = this.cache.get(key);
        if (!answer) {
            answer = this.fetch({ group, version });
            // A failed lookup (network, 5xx) must not be remembered.
            void answer.catch(() => this.cache.delete(key));
            this.cache.set(key, answer);
        }
        return answer;
    }
    /** The resource serving `kind` in `apiVersion`; a KubeApiError (404 NoKindMatch) when none does. */
    async resolve(apiVersion, kind) {
        const { group, version } = splitApiVersion(apiVersion);
        const find = async () => (await this.resources(group, version))?.find((r) => r.kind === kind);
        let found = await find();
        if (!found) {
            this.cache.delete(`${group}/${version}`);
            found = await find();
        }
        if (!found)
            throw new _port__WEBPACK_IMPORTED_MODULE_0__/* .KubeApiError */ .W(404, 'NoKindMatch', `the server does not serve kind ${kind} in ${apiVersion}; is its CustomResourceDefinition installed?`);
        return found;
    }
    async fetch(gv) {
        const res = await this.transport.send({ method: 'GET', path: groupVersionPath(gv) });
        if (res.status === 404)
            return undefined;
        if (res.status !== 200)
            throw (0,_status__WEBPACK_IMPORTED_MODULE_1__/* .statusError */ .$C)(res.status, res.body);
        const list = (0,_status__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(res.body) && Array.isArray(res.body.resources) ? res.body.resources : [];
        return list.filter(_status__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4).flatMap((r) => {
            // Subresources (`pods/log`, `chaosengines/status`) are not kinds of their own.
            if (typeof r.name !== 'string' || r.name.includes('/') || typeof r.kind !== 'string')
                return [];
            const verbs = Array.isArray(r.verbs) ? r.verbs.filter((v) => typeof v === 'string') : [];
            return [
                {
                    group: gv.group,
                    version: gv.version,
                    kind: r.kind,
                    resource: r.name,
                    namespaced: r.namespaced === true,
                    verbs
                }
            ];
        });
    }
}


/***/ }),

/***/ 31232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ kindOperation),
/* harmony export */   O5: () => (/* binding */ kubeFailure),
/* harmony export */   ST: () => (/* binding */ isGone),
/* harmony export */   VA: () => (/* binding */ qualifiedResource),
/* harmony export */   Wy: () => (/* binding */ rbacHint),
/* harmony export */   _E: () => (/* binding */ invalidIssues),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   c9: () => (/* binding */ kubeRetryDecision),
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   ff: () => (/* binding */ describeTarget),
/* harmony export */   x9: () => (/* binding */ isAlreadyExists),
/* harmony export */   xM: () => (/* binding */ KUBE_RETRY)
/* harmony export */ });
/* unused harmony export parseFieldPath */
/* harmony import */ var _util_clock__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97110);
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _discovery__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48177);
/* harmony import */ var _port__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58312);
/* harmony import */ var _transport__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(23699);





/** Retries for API calls: five attempts over about six seconds. */
const KUBE_RETRY = {
    attempts: 5,
    baseDelayMs: 250,
    maxDelayMs: 4_000,
    jitter: 0.3
};
/** `chaosengines.litmuschaos.io`, or `pods` for the core group: how RBAC and kubectl name it. */
function qualifiedResource(resource, group) {
    return group === '' ? resource : `${resource}.${group}`;
}
/** `ChaosEngine staging/gate-ab12-checkout`, the object or collection an operation was about. */
function describeTarget(op) {
    const where = op.namespace ? `${op.namespace}/` : '';
    return op.name
        ? `${op.kind} ${where}${op.name}`
        : `${op.kind} in ${op.namespace ?? 'all namespaces'}`;
}
/** The sentence that tells a user which permission is missing. */
function rbacHint(verb, resource, group, namespace) {
    const scope = namespace ? ` in namespace ${namespace}` : ' cluster-wide';
    return `the runner's ServiceAccount needs '${verb}' on ${qualifiedResource(resource, group)}${scope}`;
}
const isNotFound = (err) => err instanceof _port__WEBPACK_IMPORTED_MODULE_3__/* .KubeApiError */ .W && err.status === 404;
const isAlreadyExists = (err) => err instanceof _port__WEBPACK_IMPORTED_MODULE_3__/* .KubeApiError */ .W && err.status === 409 && err.reason === 'AlreadyExists';
const isGone = (err) => err instanceof _port__WEBPACK_IMPORTED_MODULE_3__/* .KubeApiError */ .W && err.status === 410;
/** Failures another attempt may fix: the network, 5xx, throttling, and a server-side timeout. */
function isTransient(err) {
    if (err instanceof _transport__WEBPACK_IMPORTED_MODULE_4__/* .KubeConnectionError */ .C)
        return true;
    if (!(err instanceof _port__WEBPACK_IMPORTED_MODULE_3__/* .KubeApiError */ .W))
        return false;
    return err.status >= 500 || err.status === 429 || err.reason === 'Timeout';
}
/** The retry classifier for util/retry. */
function kubeRetryDecision(err) {
    if ((0,_util_clock__WEBPACK_IMPORTED_MODULE_0__/* .isAbortError */ .zf)(err) || !isTransient(err))
        return { retry: false };
    // The server's own wait (capped by the policy) replaces the back-off: retrying a 429 sooner
    // only spends more of the client's priority-and-fairness share.
    const afterMs = err instanceof _port__WEBPACK_IMPORTED_MODULE_3__/* .KubeApiError */ .W ? err.retryAfterMs : undefined;
    return { retry: true, reason: (0,_util_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err), ...(afterMs !== undefined && { afterMs }) };
}
/**
 * The operation of a call on objects of a kind whose API names are known: the one place that
 * spells out the seven fields kubeFailure describes a call by.
 */
function kindOperation(backend, verb, kind, namespace, name) {
    return {
        backend,
        verb,
        kind: kind.kind,
        resource: kind.resource,
        group: (0,_discovery__WEBPACK_IMPORTED_MODULE_2__/* .splitApiVersion */ .Np)(kind.apiVersion).group,
        ...(namespace !== undefined && { namespace }),
        ...(name ? { name } : {})
    };
}
/**
 * The error a user sees for a failed API call: a BackendError saying what was refused and how to
 * fix it. Cancellation passes through untouched.
 */
function kubeFailure(err, op) {
    if ((0,_util_clock__WEBPACK_IMPORTED_MODULE_0__/* .isAbortError */ .zf)(err))
        return err instanceof Error ? err : new Error((0,_util_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err));
    if (err instanceof _util_errors__WEBPACK_IMPORTED_MODULE_1__/* .BackendError */ .Jh)
        return err;
    const target = describeTarget(op);
    if (err instanceof _transport__WEBPACK_IMPORTED_MODULE_4__/* .KubeConnectionError */ .C)
        return new _util_errors__WEBPACK_IMPORTED_MODULE_1__/* .BackendError */ .Jh(op.backend, op.verb, target, err.message, undefined, { cause: err });
    if (!(err instanceof _port__WEBPACK_IMPORTED_MODULE_3__/* .KubeApiError */ .W))
        return new _util_errors__WEBPACK_IMPORTED_MODULE_1__/* .BackendError */ .Jh(op.backend, op.verb, target, (0,_util_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err), undefined, {
            cause: err
        });
    return new _util_errors__WEBPACK_IMPORTED_MODULE_1__/* .BackendError */ .Jh(op.backend, op.verb, target, explain(err, op), err.status, { cause: err });
}
function explain(err, op) {
    const head = `${err.status} ${err.reason}`;
    switch (err.status) {
        case 401:
            return `${head}: the API server rejected the credentials in the kubeconfig (an expired token?); log in again or pass another --kubeconfig/--context`;
        case 403:
            return `${head}, so ${rbacHint(op.verb, op.resource, op.group, op.namespace)}`;
        case 404:
            return err.reason === 'NoKindMatch' ? `${head}: ${err.message}` : `${head}: it does not exist`;
        case 409:
            return err.reason === 'AlreadyExists'
                ? `${head}: an object with this name already exists and was not created by this run; delete it or use another run id`
                : `${head}: ${err.message}`;
        case 422:
            return `${head}: ${err.message}`;
        default:
            return err.status >= 500 || err.status === 429
                ? `${head}: ${err.message} (the API server kept failing; tried ${KUBE_RETRY.attempts} times)`
                : `${head}: ${err.message}`;
    }
}
/**
 * The issues of a 422: one per field cause, placed at the manifest line that wrote the field.
 * `locate` maps a path inside the submitted object to its place in the manifest.
 */
function invalidIssues(err, locate, what) {
    const causes = err.causes.length > 0 ? err.causes : [{ message: err.message }];
    return causes.map((cause) => {
        const path = cause.field ? parseFieldPath(cause.field) : [];
        return {
            ...locate(path),
            severity: 'error',
            code: 'kube/invalid',
            ...(cause.field ? { path: cause.field } : {}),
            message: `the API server rejected ${what}: ${cause.message}`,
            hint: 'Fix the field so it matches the CustomResourceDefinition the cluster has installed.'
        };
    });
}
/**
 * Splits a Kubernetes field path (`spec.experiments[0].spec.probe[1].name`,
 * `metadata.labels[app.kubernetes.io/name]`) into the segments `Locate` takes.
 */
function parseFieldPath(field) {
    const path = [];
    const token = /([^.[\]]+)|\[([^\]]*)\]/g;
    for (const m of field.trim().matchAll(token)) {
        if (m[1] !== undefined)
            path.push(m[1]);
        else {
            const inner = (m[2] ?? '').replace(/^["']|["']$/g, '');
            path.push(/^\d+$/.test(inner) ? Number(inner) : inner);
        }
    }
    return path;
}


/***/ }),

/***/ 58312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ KubeApiError)
/* harmony export */ });
/** A non-2xx answer from the API server, parsed from its Status object. */
class KubeApiError extends Error {
    status;
    reason;
    causes;
    name = 'KubeApiError';
    constructor(status, 
    /** The Status `reason` (NotFound, AlreadyExists, Conflict, Invalid, Forbidden, Expired, ...). */
    reason, message, causes = [], options) {
        super(message, options);
        this.status = status;
        this.reason = reason;
        this.causes = causes;
        if (options?.retryAfterMs !== undefined)
            this.retryAfterMs = options.retryAfterMs;
    }
    /** How long the server asked the client to wait (Status `details.retryAfterSeconds`: 429, 503). */
    retryAfterMs;
}


/***/ }),

/***/ 73545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $C: () => (/* binding */ statusError),
/* harmony export */   $e: () => (/* binding */ isKubeObject),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _port__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58312);


/** The error for a non-2xx answer, from its Status body when there is one. */
function statusError(httpStatus, body) {
    const status = isRecord(body) && body.kind === 'Status' ? body : undefined;
    const code = typeof status?.code === 'number' && status.code > 0 ? status.code : httpStatus;
    const reason = typeof status?.reason === 'string' && status.reason ? status.reason : reasonFor(code);
    const message = typeof status?.message === 'string' && status.message
        ? status.message
        : `HTTP ${httpStatus}${typeof body === 'string' && body ? `: ${(0,_util_errors__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(body, 200)}` : ''}`;
    const retryAfterMs = retryAfterOf(status);
    return new _port__WEBPACK_IMPORTED_MODULE_1__/* .KubeApiError */ .W(code, reason, message, causesOf(status), retryAfterMs === undefined ? undefined : { retryAfterMs });
}
/** `details.retryAfterSeconds`, which the API server sets (with a Retry-After header) on 429 and 503. */
function retryAfterOf(status) {
    const seconds = isRecord(status?.details) ? status.details.retryAfterSeconds : undefined;
    return typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0
        ? seconds * 1000
        : undefined;
}
function causesOf(status) {
    const details = status?.details;
    if (!isRecord(details) || !Array.isArray(details.causes))
        return [];
    return details.causes.filter(isRecord).map((cause) => ({
        message: typeof cause.message === 'string' ? cause.message : 'invalid value',
        ...(typeof cause.reason === 'string' ? { reason: cause.reason } : {}),
        ...(typeof cause.field === 'string' ? { field: cause.field } : {})
    }));
}
/** The conventional reason for a status code, when the server sent none. */
function reasonFor(code) {
    const reasons = {
        400: 'BadRequest',
        401: 'Unauthorized',
        403: 'Forbidden',
        404: 'NotFound',
        405: 'MethodNotAllowed',
        409: 'Conflict',
        410: 'Expired',
        422: 'Invalid',
        429: 'TooManyRequests',
        500: 'InternalError',
        503: 'ServiceUnavailable',
        504: 'Timeout'
    };
    return reasons[code] ?? (code >= 500 ? 'InternalError' : 'Unknown');
}
/** A plain JSON object. */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A JSON value that looks like a Kubernetes object (apiVersion, kind, metadata). */
function isKubeObject(value) {
    return (isRecord(value) &&
        typeof value.apiVersion === 'string' &&
        typeof value.kind === 'string' &&
        isRecord(value.metadata));
}


/***/ }),

/***/ 23699:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ KubeConnectionError),
  T: () => (/* binding */ kubeTransport)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: ./package.json
var package_0 = __webpack_require__(8330);
// EXTERNAL MODULE: ./src/util/clock.ts
var clock = __webpack_require__(97110);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/backends/kube/agents.ts
/**
 * Keep-alive HTTP agents for the transport. client-node builds a fresh agent on every call, which
 * would mean a new TLS handshake per request.
 */



/**
 * One agent per TLS identity: an exec plugin may rotate the client certificate, so the agent is
 * rebuilt when the identity changes.
 */
class AgentCache {
    isHttps;
    viaProxy;
    current;
    constructor(isHttps, viaProxy) {
        this.isHttps = isHttps;
        this.viaProxy = viaProxy;
    }
    get(auth) {
        // Proxy agents come from client-node itself; rebuilding them here would lose the proxy.
        if (this.viaProxy)
            return auth.agent instanceof (external_node_http_default()).Agent ? auth.agent : undefined;
        const key = identity(auth);
        if (this.current?.key === key)
            return this.current.agent;
        this.current?.agent.destroy();
        const agent = this.isHttps
            ? new (external_node_https_default()).Agent({
                keepAlive: true,
                ca: auth.ca,
                cert: auth.cert,
                key: auth.key,
                pfx: auth.pfx,
                passphrase: auth.passphrase,
                servername: auth.servername,
                // Left unset unless the kubeconfig says so, so NODE_TLS_REJECT_UNAUTHORIZED still applies.
                ...(auth.rejectUnauthorized === false ? { rejectUnauthorized: false } : {})
            })
            : new (external_node_http_default()).Agent({ keepAlive: true });
        this.current = { key, agent };
        return agent;
    }
    close() {
        this.current?.agent.destroy();
    }
}
const TLS_FIELDS = ['ca', 'cert', 'key', 'pfx', 'passphrase', 'servername'];
function identity(auth) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const field of TLS_FIELDS)
        hash.update(`${field}=${JSON.stringify(auth[field] ?? null)};`);
    hash.update(`verify=${String(auth.rejectUnauthorized)}`);
    return hash.digest('hex');
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/backends/kube/exec-credential.ts
/**
 * The kubeconfig's exec credential plugin (`users[].user.exec`: aws eks get-token,
 * gke-gcloud-auth-plugin, kubelogin), run by the gate instead of by client-node. client-node
 * waits for the plugin forever and cannot stop it: a plugin that hangs (an interactive login
 * nobody answers, a metadata server that never replies) held the run, and SIGINT could not end
 * it. Here each run of the plugin has a bound, a cancelled request kills it at once, and once
 * the gate is cancelling, a further run gets only a short bound, so abort and cleanup fail fast
 * and say why instead of outliving the runner's kill. Credentials are cached until they expire,
 * and concurrent requests share one run.
 */



/** Cloud plugins answer in a second or two; a minute means it waits for something that will not come. */
const EXEC_PLUGIN_TIMEOUT_MS = 60_000;
/** After a cancellation: enough for a plugin that answers from its cache, short of the runner's kill. */
const EXEC_PLUGIN_CANCELLED_TIMEOUT_MS = 2_000;
/**
 * The plugin failed, hung or printed no credential. Not a connection error: another attempt
 * would wait as long again, so the retry layer does not retry it.
 */
class ExecPluginError extends Error {
    name = 'ExecPluginError';
}
class ExecCredentials {
    exec;
    options;
    cached;
    running;
    cancelled = false;
    constructor(exec, options = {}) {
        this.exec = exec;
        this.options = options;
        options.cancel?.addEventListener('abort', () => this.stop(), { once: true });
    }
    /** The gate is cancelling: the plugin must not outlive it, and later runs get the short bound. */
    stop() {
        this.cancelled = true;
        this.running?.kill('cancel');
    }
    /** Adds the plugin's credentials to `opts`; throws when it fails, hangs, or `signal` fires. */
    async apply(opts, signal) {
        const credential = await this.credential(signal);
        if (credential.cert !== undefined)
            opts.cert = credential.cert;
        if (credential.key !== undefined)
            opts.key = credential.key;
        if (credential.token !== undefined) {
            opts.headers = { ...opts.headers, Authorization: `Bearer ${credential.token}` };
        }
    }
    async credential(signal) {
        const now = this.options.now ?? Date.now;
        const cached = this.cached;
        if (cached && (cached.expiresAt === undefined || cached.expiresAt > now()))
            return cached;
        if (signal?.aborted)
            throw (0,clock/* abortReason */.Js)(signal);
        this.running ??= this.run();
        const running = this.running;
        const onAbort = () => this.stop();
        signal?.addEventListener('abort', onAbort, { once: true });
        try {
            const credential = await running.result;
            this.cached = credential;
            return credential;
        }
        catch (err) {
            if (signal?.aborted)
                throw (0,clock/* abortReason */.Js)(signal);
            throw err;
        }
        finally {
            signal?.removeEventListener('abort', onAbort);
            if (this.running === running)
                this.running = undefined;
        }
    }
    run() {
        // `aws eks update-kubeconfig` writes `env: null`: null is as good as absent.
        const { command } = this.exec;
        const args = this.exec.args ?? [];
        const env = this.exec.env ?? [];
        const timeoutMs = this.cancelled
            ? Math.min(this.options.cancelledTimeoutMs ?? EXEC_PLUGIN_CANCELLED_TIMEOUT_MS, this.options.timeoutMs ?? EXEC_PLUGIN_TIMEOUT_MS)
            : (this.options.timeoutMs ?? EXEC_PLUGIN_TIMEOUT_MS);
        const child = (0,external_node_child_process_.spawn)(command, [...args], {
            env: {
                ...(this.options.env ?? process.env),
                ...Object.fromEntries(env.map((e) => [e.name, e.value]))
            },
            stdio: ['ignore', 'pipe', 'pipe']
        });
        let stoppedBy;
        const kill = (reason) => {
            stoppedBy ??= reason;
            child.kill('SIGKILL');
        };
        const what = `the kubeconfig's exec credential plugin '${command}'`;
        const result = new Promise((resolve, reject) => {
            let stdout = '';
            let stderr = '';
            const timer = setTimeout(() => kill('timeout'), timeoutMs);
            child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
            child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
            child.on('error', (err) => {
                clearTimeout(timer);
                reject(new ExecPluginError(`${what} could not start: ${err.message}`));
            });
            child.on('close', (code, signal) => {
                clearTimeout(timer);
                if (stoppedBy === 'cancel') {
                    reject(new ExecPluginError(`${what} was stopped: the gate is cancelling`));
                }
                else if (stoppedBy === 'timeout') {
                    reject(new ExecPluginError(`${what} did not answer within ${timeoutMs} ms and was stopped; run it by hand to see what it waits for (an interactive login cannot work in CI)`));
                }
                else if (code !== 0) {
                    const why = signal ? `was killed (${signal})` : `exited with ${code}`;
                    const said = stderr.trim() ? `: ${(0,errors/* truncate */.xv)(stderr.trim(), 300)}` : '';
                    reject(new ExecPluginError(`${what} ${why}${said}`));
                }
                else {
                    try {
                        resolve(this.parse(stdout));
                    }
                    catch (err) {
                        reject(err instanceof Error ? err : new ExecPluginError(String(err)));
                    }
                }
            });
        });
        return { result, kill };
    }
    parse(stdout) {
        let status;
        try {
            const parsed = JSON.parse(stdout);
            const s = parsed?.status;
            if (typeof s === 'object' && s !== null)
                status = s;
        }
        catch {
            status = undefined;
        }
        if (!status) {
            throw new ExecPluginError(`the kubeconfig's exec credential plugin '${this.exec.command}' printed no ExecCredential with a status`);
        }
        const text = (key) => typeof status[key] === 'string' ? status[key] : undefined;
        const token = text('token');
        if (token !== undefined)
            this.options.onSecret?.(token);
        const expires = text('expirationTimestamp');
        const expiresAt = expires === undefined ? undefined : Date.parse(expires);
        const cert = text('clientCertificateData');
        const key = text('clientKeyData');
        return {
            ...(token !== undefined && { token }),
            ...(cert !== undefined && { cert }),
            ...(key !== undefined && { key }),
            ...(expiresAt !== undefined && !Number.isNaN(expiresAt) && { expiresAt })
        };
    }
}

;// CONCATENATED MODULE: ./src/backends/kube/transport.ts
/**
 * HTTP to the API server, authenticated by client-node's KubeConfig (tokens, client certificates,
 * exec plugins, in-cluster token files) but sent with node:http, so one place controls what the
 * generated client and its Watch class get wrong for us: dryRun and patch content types on custom
 * resources, watch streams that end silently, and requests that never time out.
 */







/** The API server could not be reached, or the connection broke or stalled. */
class KubeConnectionError extends Error {
    code;
    name = 'KubeConnectionError';
    constructor(message, code, options) {
        super(message, options);
        this.code = code;
    }
}
/**
 * As kubectl names itself (`kubectl/v1.37.2 (linux/amd64)`): audit logs and API priority and
 * fairness rules can then tell the gate's requests from everything else a CI identity sends.
 */
const USER_AGENT = `chaos-gate/${package_0/* version */.rE} (${process.platform}/${process.arch})`;
/** A transport for the configuration's current context. */
function kubeTransport(config, options = {}) {
    const cluster = config.getCurrentCluster();
    if (!cluster)
        throw new Error('the kubeconfig has no current cluster');
    const server = cluster.server.replace(/\/+$/, '');
    const agents = new AgentCache(server.startsWith('https:'), cluster.proxyUrl !== undefined);
    const requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
    const exec = takeExec(config, options.exec);
    const start = async (request, timeoutMs) => {
        const auth = {};
        await config.applyToHTTPSOptions(auth);
        await exec?.apply(auth, request.signal);
        const headers = {
            ...headerMap(auth),
            Accept: 'application/json',
            'User-Agent': USER_AGENT
        };
        const payload = request.body === undefined ? undefined : JSON.stringify(request.body);
        if (payload !== undefined) {
            headers['Content-Type'] = request.contentType ?? 'application/json';
            // Node sends DELETE bodies unchunked, so without a length the server misreads the stream.
            headers['Content-Length'] = Buffer.byteLength(payload);
        }
        const url = new URL(server + request.path + queryString(request.query));
        const send = url.protocol === 'https:' ? (external_node_https_default()).request : (external_node_http_default()).request;
        return new Promise((resolve, reject) => {
            const req = send(url, {
                method: request.method,
                headers,
                agent: agents.get(auth),
                ...(auth.auth ? { auth: auth.auth } : {}),
                ...(request.signal ? { signal: request.signal } : {})
            });
            req.setTimeout(timeoutMs, () => req.destroy(new KubeConnectionError(`no answer from ${server} within ${timeoutMs} ms`, 'ETIMEDOUT')));
            req.on('response', resolve);
            req.on('error', (err) => reject(connectionError(err, server, request.signal)));
            req.end(payload);
        });
    };
    return {
        server,
        async send(request) {
            const res = await start(request, requestTimeoutMs);
            const text = await readAll(res, server, request.signal);
            return { status: res.statusCode ?? 0, body: parseBody(text) };
        },
        async open(request, idleTimeoutMs) {
            const res = await start(request, idleTimeoutMs);
            if (res.statusCode !== 200) {
                const text = await readAll(res, server, request.signal);
                return { status: res.statusCode ?? 0, body: parseBody(text), lines: emptyLines() };
            }
            return { status: 200, body: undefined, lines: lines(res, server, request.signal) };
        },
        close: () => agents.close()
    };
}
/**
 * The current user's exec plugin, taken out of client-node's hands (it would wait for the plugin
 * forever): the user is replaced by a copy without `exec`, and the gate runs the plugin itself.
 */
function takeExec(config, options = {}) {
    const user = config.getCurrentUser();
    const exec = user?.exec;
    if (!user || !isExecConfig(exec))
        return undefined;
    config.users = config.users.map((u) => (u === user ? { ...u, exec: undefined } : u));
    return new ExecCredentials(exec, options);
}
function isExecConfig(value) {
    return (typeof value === 'object' &&
        value !== null &&
        'command' in value &&
        typeof value.command === 'string');
}
/** Authentication headers client-node set (a bearer token, impersonation). */
function headerMap(auth) {
    const headers = auth.headers;
    return headers === undefined || isStringArray(headers) ? {} : headers;
}
function isStringArray(value) {
    return Array.isArray(value);
}
function queryString(query) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {}))
        if (value !== undefined)
            params.set(key, value);
    const text = params.toString();
    return text === '' ? '' : `?${text}`;
}
function connectionError(err, server, signal) {
    if (signal?.aborted)
        return (0,clock/* abortReason */.Js)(signal);
    if (err instanceof KubeConnectionError)
        return err;
    const code = err instanceof Error && 'code' in err && typeof err.code === 'string' ? err.code : undefined;
    const message = err instanceof Error ? err.message : String(err);
    return new KubeConnectionError(`cannot reach the API server at ${server}: ${message}`, code, {
        cause: err
    });
}
async function readAll(res, server, signal) {
    res.setEncoding('utf8');
    let text = '';
    try {
        for await (const chunk of res)
            text += String(chunk);
    }
    catch (err) {
        throw connectionError(err, server, signal);
    }
    return text;
}
function parseBody(text) {
    if (text === '')
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return (0,errors/* truncate */.xv)(text);
    }
}
/** The body split into lines; ending the iteration early closes the connection. */
async function* lines(res, server, signal) {
    res.setEncoding('utf8');
    let rest = '';
    try {
        for await (const chunk of res) {
            const parts = (rest + String(chunk)).split('\n');
            rest = parts.pop() ?? '';
            for (const line of parts)
                if (line.trim() !== '')
                    yield line;
        }
    }
    catch (err) {
        throw connectionError(err, server, signal);
    }
    finally {
        res.destroy();
    }
    if (rest.trim() !== '')
        yield rest;
}
async function* emptyLines() { }


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