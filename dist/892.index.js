"use strict";
exports.id = 892;
exports.ids = [892];
exports.modules = {

/***/ 32415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C1: () => (/* binding */ mergeReports),
/* harmony export */   N3: () => (/* binding */ findByLabel),
/* harmony export */   QR: () => (/* binding */ inspectCommand),
/* harmony export */   Vw: () => (/* binding */ deleteAll),
/* harmony export */   up: () => (/* binding */ fitWaits)
/* harmony export */ });
/* unused harmony export refOf */
/* harmony import */ var _util_duration__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26518);
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _discovery__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48177);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31232);
/* harmony import */ var _follow__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57646);





/** Room kept after cleanup's waits to report back before the context's deadline. */
const REPORT_MARGIN_MS = 2_000;
/** No wait is cut below this: a finalizer gets at least a moment to go. */
const MIN_WAIT_MS = 1_000;
/**
 * How to shorten cleanup's waits, which run one after another and together take `totalMs` at
 * their own bounds, so that they all end before `ctx.deadline`: the end of cleanup's own budget
 * (the engine's cleanup phase, or a later `chaos-gate cleanup`), never a run deadline that has
 * passed. Each wait keeps its share; a report that arrives after the caller stopped waiting
 * would be lost.
 */
function fitWaits(totalMs, ctx) {
    const left = Math.max(0, ctx.deadline - ctx.clock.now() - REPORT_MARGIN_MS);
    const share = totalMs > left ? left / totalMs : 1;
    return (boundMs) => Math.max(MIN_WAIT_MS, Math.floor(boundMs * share));
}
/** The objects of `kinds` in `namespaces` carrying `labelSelector`; listing failures become errors. */
async function findByLabel(kube, kinds, namespaces, labelSelector, backend) {
    const found = [];
    const errors = [];
    for (const kind of kinds)
        for (const namespace of namespaces) {
            try {
                const list = await kube.list({
                    apiVersion: kind.apiVersion,
                    kind: kind.kind,
                    namespace,
                    labelSelector
                });
                found.push(...list.items);
            }
            catch (err) {
                errors.push((0,_errors__WEBPACK_IMPORTED_MODULE_3__/* .kubeFailure */ .O5)(err, operation(backend, 'list', kind, namespace)).message);
            }
        }
    return { found, errors };
}
/** Deletes every object, waits for those held by finalizers, and reports what is left. */
async function deleteAll(kube, doomed, options) {
    const unique = [
        ...new Map(doomed.map((d) => [`${d.kind.kind}/${d.namespace}/${d.name}`, d])).values()
    ];
    const deleted = [];
    const errors = [];
    const pending = [];
    await Promise.all(unique.map(async (d) => {
        try {
            const result = await kube.delete(refOf(d), { propagationPolicy: 'Background' });
            if (result === 'deleted')
                deleted.push(describe(d));
            if (result === 'pending')
                pending.push(d);
        }
        catch (err) {
            errors.push((0,_errors__WEBPACK_IMPORTED_MODULE_3__/* .kubeFailure */ .O5)(err, operation(options.backend, 'delete', d.kind, d.namespace, d.name))
                .message);
        }
    }));
    const left = await waitGone(kube, pending, options);
    const stuck = pending.flatMap((d, i) => {
        const last = left[i];
        if (!last) {
            deleted.push(describe(d));
            return [];
        }
        return [
            { ref: describe(d), reason: stuckReason(last, options.boundMs), inspect: inspectCommand(d) }
        ];
    });
    if (stuck.length > 0)
        options.log.warn(`${options.backend}: ${stuck.length} object(s) still present after cleanup`);
    return { deleted, stuck, errors };
}
/** Waits, by watch, until each object is gone or the bound passes; the objects still there. */
async function waitGone(kube, pending, options) {
    if (pending.length === 0)
        return [];
    const bound = new AbortController();
    options.clock.sleep(options.boundMs, bound.signal).then(() => bound.abort(new Error('cleanup bound reached')), () => undefined);
    try {
        return await Promise.all(pending.map((d) => lastSeen(kube, d, options, bound.signal)));
    }
    finally {
        bound.abort();
    }
}
async function lastSeen(kube, d, options, signal) {
    let last;
    const ref = {
        apiVersion: d.kind.apiVersion,
        kind: d.kind.kind,
        namespace: d.namespace,
        fieldSelector: `metadata.name=${d.name}`
    };
    try {
        for await (const snap of (0,_follow__WEBPACK_IMPORTED_MODULE_4__/* .follow */ .e)(kube, ref, {
            clock: options.clock,
            signal,
            log: options.log
        })) {
            last = snap.objects[0];
            if (!last)
                return undefined;
        }
    }
    catch (err) {
        options.log.warn(`${options.backend}: cannot follow the deletion of ${describe(d)}: ${(0,_util_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`);
    }
    return last;
}
function stuckReason(object, boundMs) {
    const finalizers = Array.isArray(object.metadata.finalizers)
        ? object.metadata.finalizers.map(String)
        : [];
    const within = `within ${(0,_util_duration__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(boundMs)} of the delete`;
    return finalizers.length > 0
        ? `finalizer ${finalizers.join(', ')} was not released ${within} (its controller did not finish)`
        : `not gone ${within}`;
}
/** `kubectl get chaosengines.litmuschaos.io gate-ab12-x -n staging -o yaml` */
function inspectCommand(d) {
    const { group } = (0,_discovery__WEBPACK_IMPORTED_MODULE_2__/* .splitApiVersion */ .Np)(d.kind.apiVersion);
    return `kubectl get ${(0,_errors__WEBPACK_IMPORTED_MODULE_3__/* .qualifiedResource */ .VA)(d.kind.resource, group)} ${d.name} -n ${d.namespace} -o yaml`;
}
/** The object a doomed entry names, as the port takes it. */
function refOf(d) {
    return { apiVersion: d.kind.apiVersion, kind: d.kind.kind, namespace: d.namespace, name: d.name };
}
const describe = (d) => (0,_errors__WEBPACK_IMPORTED_MODULE_3__/* .describeTarget */ .ff)({ kind: d.kind.kind, namespace: d.namespace, name: d.name });
function operation(backend, verb, kind, namespace, name) {
    return {
        backend,
        verb,
        kind: kind.kind,
        resource: kind.resource,
        group: (0,_discovery__WEBPACK_IMPORTED_MODULE_2__/* .splitApiVersion */ .Np)(kind.apiVersion).group,
        namespace,
        ...(name ? { name } : {})
    };
}
/** Several reports as one. */
function mergeReports(...reports) {
    return {
        deleted: reports.flatMap((r) => r.deleted),
        stuck: reports.flatMap((r) => r.stuck),
        errors: reports.flatMap((r) => r.errors)
    };
}


/***/ }),

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

/***/ 34107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ distinctObservations)
/* harmony export */ });
/* unused harmony export fingerprint */
/** What makes two observations different for a reader. */
function fingerprint(o) {
    return [o.phase, o.verdict ?? '', o.affectedTargets ?? '', o.message, o.terminal].join('|');
}
/** Each observation of `looks` that differs from the last one passed on (by `keyOf`), up to a terminal one. */
async function* distinctObservations(looks, keyOf = fingerprint) {
    let last;
    for await (const look of looks) {
        const key = keyOf(look);
        if (key !== last) {
            last = key;
            yield look;
        }
        if (look.terminal)
            return;
    }
}


/***/ }),

/***/ 31232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/* harmony import */ var _port__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58312);
/* harmony import */ var _transport__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57020);




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
const isNotFound = (err) => err instanceof _port__WEBPACK_IMPORTED_MODULE_2__/* .KubeApiError */ .W && err.status === 404;
const isAlreadyExists = (err) => err instanceof _port__WEBPACK_IMPORTED_MODULE_2__/* .KubeApiError */ .W && err.status === 409 && err.reason === 'AlreadyExists';
const isGone = (err) => err instanceof _port__WEBPACK_IMPORTED_MODULE_2__/* .KubeApiError */ .W && err.status === 410;
/** Failures another attempt may fix: the network, 5xx, throttling, and a server-side timeout. */
function isTransient(err) {
    if (err instanceof _transport__WEBPACK_IMPORTED_MODULE_3__/* .KubeConnectionError */ .C)
        return true;
    if (!(err instanceof _port__WEBPACK_IMPORTED_MODULE_2__/* .KubeApiError */ .W))
        return false;
    return err.status >= 500 || err.status === 429 || err.reason === 'Timeout';
}
/** The retry classifier for util/retry. */
function kubeRetryDecision(err) {
    if ((0,_util_clock__WEBPACK_IMPORTED_MODULE_0__/* .isAbortError */ .zf)(err) || !isTransient(err))
        return { retry: false };
    return { retry: true, reason: (0,_util_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err) };
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
    if (err instanceof _transport__WEBPACK_IMPORTED_MODULE_3__/* .KubeConnectionError */ .C)
        return new _util_errors__WEBPACK_IMPORTED_MODULE_1__/* .BackendError */ .Jh(op.backend, op.verb, target, err.message, undefined, { cause: err });
    if (!(err instanceof _port__WEBPACK_IMPORTED_MODULE_2__/* .KubeApiError */ .W))
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
                ? `${head}: ${err.message} (the API server kept failing; retried ${KUBE_RETRY.attempts} times)`
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

/***/ 12344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ followAll)
/* harmony export */ });
/* harmony import */ var _follow__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57646);

async function* followAll(kube, refs, options) {
    const stop = new AbortController();
    const onAbort = () => stop.abort(options.signal.reason);
    options.signal.addEventListener('abort', onAbort, { once: true });
    const inbox = new Inbox();
    const state = new Map();
    for (const [key, ref] of refs)
        void pump(kube, key, ref, { ...options, signal: stop.signal }, inbox);
    try {
        let running = refs.size;
        while (running > 0) {
            const message = await inbox.take();
            if ('error' in message)
                throw message.error;
            if ('done' in message) {
                running--;
                continue;
            }
            state.set(message.key, message.objects);
            if (state.size === refs.size)
                yield new Map(state);
        }
    }
    finally {
        options.signal.removeEventListener('abort', onAbort);
        stop.abort();
    }
}
async function pump(kube, key, ref, options, inbox) {
    try {
        for await (const snapshot of (0,_follow__WEBPACK_IMPORTED_MODULE_0__/* .follow */ .e)(kube, ref, options))
            inbox.put({ key, objects: snapshot.objects });
        inbox.put({ done: true });
    }
    catch (err) {
        inbox.put({ error: err });
    }
}
/** An unbounded queue with one waiting reader. */
class Inbox {
    items = [];
    waiting;
    put(item) {
        const reader = this.waiting;
        if (reader) {
            this.waiting = undefined;
            reader(item);
        }
        else
            this.items.push(item);
    }
    take() {
        const next = this.items.shift();
        if (next !== undefined)
            return Promise.resolve(next);
        return new Promise((resolve) => (this.waiting = resolve));
    }
}


/***/ }),

/***/ 57646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ follow)
});

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/util/log.ts
/** A log that drops everything, for callers that have nothing to say to a user. */
const silentLog = {
    debug: () => undefined,
    info: () => undefined,
    warn: () => undefined,
    error: () => undefined
};

// EXTERNAL MODULE: ./src/util/retry.ts
var retry = __webpack_require__(4266);
// EXTERNAL MODULE: ./src/backends/kube/errors.ts
var kube_errors = __webpack_require__(31232);
// EXTERNAL MODULE: ./src/backends/kube/port.ts
var port = __webpack_require__(58312);
;// CONCATENATED MODULE: ./src/backends/kube/follow.ts





const BACKOFF = {
    attempts: Infinity,
    baseDelayMs: 250,
    maxDelayMs: 10_000,
    jitter: 0.3
};
/** A stream the server ends sooner than this without a single event counts as a failure. */
const MIN_QUIET_WATCH_MS = 1_000;
/**
 * Yields the collection's state: once after the first list, then after every change. Ends quietly
 * when the signal aborts; throws only what retrying cannot fix (403 on list, an unknown kind).
 */
function follow(kube, ref, options) {
    return new Follower(kube, ref, options).run();
}
class Follower {
    kube;
    ref;
    options;
    objects = new Map();
    resourceVersion = '';
    failures = 0;
    log;
    backoff;
    maxFailures;
    constructor(kube, ref, options) {
        this.kube = kube;
        this.ref = ref;
        this.options = options;
        this.log = options.log ?? silentLog;
        this.backoff = options.backoff ?? BACKOFF;
        this.maxFailures = options.maxWatchFailures ?? 3;
    }
    async *run() {
        const { signal } = this.options;
        try {
            while (!(await this.relist())) {
                // relist backed off already; keep trying until the list works or the signal aborts.
            }
            this.failures = 0;
            yield this.snapshot('list');
            while (!signal.aborted) {
                if (this.failures >= this.maxFailures)
                    yield* this.poll();
                else
                    yield* this.watchOnce();
            }
        }
        catch (err) {
            // Once the signal aborted, whatever failed (a torn-down stream, a cancelled sleep) is its echo.
            if (signal.aborted)
                return;
            throw err;
        }
    }
    /** One watch request, from the last resourceVersion, until the server ends it or it fails. */
    async *watchOnce() {
        const { clock, signal } = this.options;
        const started = clock.now();
        let events = 0;
        try {
            const stream = this.kube.watch(this.ref, {
                resourceVersion: this.resourceVersion,
                allowBookmarks: true,
                timeoutSeconds: this.options.watchTimeoutSeconds ?? 300
            }, signal);
            for await (const event of stream) {
                events++;
                this.failures = 0;
                if (this.apply(event))
                    yield this.snapshot('watch');
            }
            // A stream that ended because the follow was stopped is no failure of the server's.
            if (!signal.aborted && events === 0 && clock.now() - started < MIN_QUIET_WATCH_MS)
                await this.failed(new Error('the server ended the watch at once without any event'));
        }
        catch (err) {
            if (signal.aborted)
                throw err;
            if ((0,kube_errors/* isGone */.ST)(err)) {
                this.log.debug(`kube: watch of ${this.ref.kind} expired (410 Gone); listing again`);
                if (await this.relist())
                    yield this.snapshot('relist');
                return;
            }
            // A watch forbidden by RBAC can still be polled when list is allowed.
            if (err instanceof port/* KubeApiError */.W && err.status === 403) {
                this.failures = this.maxFailures;
                return;
            }
            if (!(0,kube_errors/* isTransient */.dg)(err))
                throw err;
            await this.failed(err);
        }
    }
    /** Polls for a while after watching failed, then lets watching have one more go. */
    async *poll() {
        const { clock, signal } = this.options;
        const interval = this.options.pollIntervalMs ?? 2_000;
        this.log.warn(`kube: watching ${this.ref.kind} keeps failing; polling every ${interval} ms`);
        let errors = 0;
        for (let i = 0; i < (this.options.pollsBeforeRewatch ?? 10) && !signal.aborted; i++) {
            const delay = errors === 0
                ? (0,retry/* backoffDelay */.EY)({ ...this.backoff, baseDelayMs: interval, maxDelayMs: interval }, 1, this.random)
                : (0,retry/* backoffDelay */.EY)(this.backoff, errors, this.random);
            await clock.sleep(delay, signal);
            const before = this.fingerprint();
            if (!(await this.relist())) {
                errors++;
                continue;
            }
            errors = 0;
            if (this.fingerprint() !== before)
                yield this.snapshot('poll');
        }
        this.failures = this.maxFailures - 1;
    }
    /** Lists the collection; false (after backing off) when a transient failure prevented it. */
    async relist() {
        try {
            const list = await this.kube.list(this.ref, this.options.signal);
            this.objects.clear();
            for (const item of list.items)
                this.objects.set(keyOf(item), item);
            this.resourceVersion = list.resourceVersion;
            return true;
        }
        catch (err) {
            if (this.options.signal.aborted || !(0,kube_errors/* isTransient */.dg)(err))
                throw err;
            await this.failed(err);
            return false;
        }
    }
    async failed(err) {
        this.failures++;
        const delay = (0,retry/* backoffDelay */.EY)(this.backoff, this.failures, this.random);
        this.log.debug(`kube: following ${this.ref.kind}: ${(0,errors/* errorMessage */.gJ)(err)}; again in ${delay} ms`);
        await this.options.clock.sleep(delay, this.options.signal);
    }
    /** Applies a watch event; true when the collection changed. */
    apply(event) {
        const rv = event.object.metadata.resourceVersion;
        if (typeof rv === 'string' && rv !== '')
            this.resourceVersion = rv;
        if (event.type === 'BOOKMARK')
            return false;
        if (event.type === 'DELETED')
            return this.objects.delete(keyOf(event.object));
        this.objects.set(keyOf(event.object), event.object);
        return true;
    }
    snapshot(via) {
        return { objects: [...this.objects.values()], resourceVersion: this.resourceVersion, via };
    }
    fingerprint() {
        return [...this.objects.entries()]
            .map(([key, o]) => `${key}@${String(o.metadata.resourceVersion)}`)
            .sort()
            .join(',');
    }
    random = () => (this.options.random ?? Math.random)();
}
function keyOf(object) {
    return `${object.metadata.namespace ?? ''}/${object.metadata.name ?? ''}`;
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
    }
}


/***/ }),

/***/ 64668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dp: () => (/* binding */ PODS),
/* harmony export */   Vf: () => (/* binding */ dryRunCreate),
/* harmony export */   _V: () => (/* binding */ kindKey),
/* harmony export */   eN: () => (/* binding */ needs),
/* harmony export */   wI: () => (/* binding */ checkServed),
/* harmony export */   x8: () => (/* binding */ checkAccess)
/* harmony export */ });
/* harmony import */ var _discovery__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48177);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31232);
/* harmony import */ var _port__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58312);



/** Pods, which every backend lists to count targets. */
const PODS = {
    group: '',
    version: 'v1',
    kind: 'Pod',
    resource: 'pods',
    namespaced: true,
    verbs: []
};
const kindKey = (apiVersion, kind) => `${apiVersion}/${kind}`;
/** Checks discovery serves every kind; one issue per missing group/version or kind. */
async function checkServed(cluster, kinds, installation, where, op) {
    const resources = new Map();
    const issues = [];
    for (const apiVersion of new Set(kinds.map((k) => k.apiVersion))) {
        const wanted = kinds.filter((k) => k.apiVersion === apiVersion).map((k) => k.kind);
        const { group, version } = (0,_discovery__WEBPACK_IMPORTED_MODULE_0__/* .splitApiVersion */ .Np)(apiVersion);
        const served = await cluster.resources(group, version).catch((err) => {
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .kubeFailure */ .O5)(err, { ...op, verb: 'discover', kind: apiVersion, resource: '', group });
        });
        const missing = wanted.filter((kind) => !served?.some((r) => r.kind === kind));
        for (const r of served ?? [])
            if (wanted.includes(r.kind))
                resources.set(kindKey(apiVersion, r.kind), r);
        if (missing.length === 0)
            continue;
        issues.push({
            ...where,
            severity: 'error',
            code: 'kube/not-installed',
            message: served
                ? `the cluster serves ${apiVersion} but not ${missing.join(', ')}: the ${installation.product} CustomResourceDefinitions are missing or too old`
                : `${installation.product} is not installed in this cluster: the API server does not serve ${apiVersion} (${missing.join(', ')})`,
            hint: installation.install
        });
    }
    return { resources, issues };
}
/** The needs for several verbs on one resource. */
function needs(resource, verbs, namespace) {
    return verbs.map((verb) => ({ verb, resource, ...(namespace ? { namespace } : {}) }));
}
/**
 * Asks SelfSubjectAccessReview about every need at once and reports all denials, one issue per
 * resource and namespace listing every verb that is missing.
 */
async function checkAccess(cluster, wanted, where, op) {
    const answers = await Promise.all(wanted.map(async (need) => {
        const { group, resource } = need.resource;
        const question = {
            verb: need.verb,
            group,
            resource,
            ...(need.namespace ? { namespace: need.namespace } : {})
        };
        const answer = await cluster.canI(question).catch((err) => {
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .kubeFailure */ .O5)(err, {
                ...op,
                verb: 'review access to',
                kind: 'SelfSubjectAccessReview',
                resource: 'selfsubjectaccessreviews',
                group: 'authorization.k8s.io'
            });
        });
        return { need, answer };
    }));
    const denied = new Map();
    for (const { need, answer } of answers) {
        if (answer.allowed)
            continue;
        const key = `${need.resource.group}/${need.resource.resource}@${need.namespace ?? ''}`;
        const entry = denied.get(key) ?? { need, verbs: [] };
        entry.verbs.push(need.verb);
        denied.set(key, entry);
    }
    return [...denied.values()].map(({ need, verbs }) => {
        const { resource, group } = need.resource;
        const scope = need.namespace ? ` in namespace ${need.namespace}` : ' cluster-wide';
        return {
            ...where,
            severity: 'error',
            code: 'kube/forbidden',
            message: `the runner may not ${verbs.map((v) => `'${v}'`).join(', ')} ${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .qualifiedResource */ .VA)(resource, group)}${scope}`,
            expected: `a Role (or ClusterRole) bound to the runner granting ${verbs.join(', ')} on ${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .qualifiedResource */ .VA)(resource, group)}${scope}`,
            hint: `Grant it, for example: kubectl create role chaos-gate --verb=${verbs.join(',')} --resource=${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .qualifiedResource */ .VA)(resource, group)}${need.namespace ? ` -n ${need.namespace}` : ''}, then bind it to the runner's ServiceAccount.`
        };
    });
}
/**
 * Server-side dry run (`dryRun=All`) of a create: schema validation and admission without
 * persisting anything. A 422 becomes one issue per rejected field at its manifest line.
 */
async function dryRunCreate(kube, object, locate, op) {
    try {
        await kube.create(object, { dryRun: true });
        return [];
    }
    catch (err) {
        // Only this run's deterministic name can already exist; submit adopts it or says whose it is.
        if ((0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .isAlreadyExists */ .x9)(err))
            return [];
        if (!(err instanceof _port__WEBPACK_IMPORTED_MODULE_2__/* .KubeApiError */ .W) || (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .isTransient */ .dg)(err))
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .kubeFailure */ .O5)(err, op);
        const what = (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .describeTarget */ .ff)(op);
        if (err.status === 422)
            return (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .invalidIssues */ ._E)(err, locate, what);
        const message = err.status === 403
            ? `the API server refused a dry run of ${what}: ${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .rbacHint */ .Wy)('create', op.resource, op.group, op.namespace)}`
            : `the API server refused a dry run of ${what}: ${err.status} ${err.reason}: ${err.message}`;
        return [{ ...locate([]), severity: 'error', code: 'kube/dry-run', message }];
    }
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
    return new _port__WEBPACK_IMPORTED_MODULE_1__/* .KubeApiError */ .W(code, reason, message, causesOf(status));
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

/***/ 61727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ED: () => (/* binding */ carries),
/* harmony export */   KL: () => (/* binding */ createOrAdopt)
/* harmony export */ });
/* unused harmony export isDeleting */
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31232);


/**
 * Creates `object`, or adopts the existing object of the same name when every label in
 * `runLabels` is on it. Anything else is a BackendError a user can act on.
 */
async function createOrAdopt(kube, object, runLabels, op) {
    for (let attempt = 0;; attempt++) {
        try {
            return { object: await kube.create(object), adopted: false };
        }
        catch (err) {
            if (!(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .isAlreadyExists */ .x9)(err))
                throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .kubeFailure */ .O5)(err, op);
            const existing = await getExisting(kube, object, op);
            // Deleted between our create and our get: creating once more settles it.
            if (!existing && attempt === 0)
                continue;
            if (existing && carries(existing, runLabels)) {
                if (!isDeleting(existing))
                    return { object: existing, adopted: true };
                throw new _util_errors__WEBPACK_IMPORTED_MODULE_0__/* .BackendError */ .Jh(op.backend, op.verb, (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .describeTarget */ .ff)(op), "409 AlreadyExists: this run's object of that name is being deleted; start a new run once its cleanup is done", 409, { cause: err });
            }
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .kubeFailure */ .O5)(err, op);
        }
    }
}
async function getExisting(kube, object, op) {
    const { apiVersion, kind, metadata } = object;
    try {
        return await kube.get({
            apiVersion,
            kind,
            name: metadata.name ?? '',
            ...(metadata.namespace ? { namespace: metadata.namespace } : {})
        });
    }
    catch (err) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .kubeFailure */ .O5)(err, { ...op, verb: 'get' });
    }
}
/** True when every one of `labels` is on the object with the same value. */
function carries(object, labels) {
    const own = object.metadata.labels ?? {};
    return Object.entries(labels).every(([key, value]) => own[key] === value);
}
/** True once a delete was accepted and only finalizers keep the object. */
function isDeleting(object) {
    return typeof object.metadata.deletionTimestamp === 'string';
}


/***/ }),

/***/ 70317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eq: () => (/* binding */ targetAccess),
/* harmony export */   VJ: () => (/* binding */ checkTargets)
/* harmony export */ });
/* unused harmony exports countTargets, hitBy, noTargetIssue */
/* harmony import */ var _policy_enforce_live__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10395);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31232);
/* harmony import */ var _preflight__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64668);



const NODES = {
    group: '',
    version: 'v1',
    kind: 'Node',
    resource: 'nodes',
    namespaced: false,
    verbs: []
};
/**
 * Counts the experiment's targets on the live cluster and checks them: at least one, and no more
 * than the policy's maxTargets/maxPercentage allow (enforceLive). Without a policy the blast
 * radius cannot be checked, so nothing may be injected: that is an issue, and nothing is counted.
 */
async function checkTargets(kube, exp, policy, op, signal) {
    if (!policy)
        return { issues: [missingPolicy(exp)] };
    const declaration = exp.targets;
    if (!declaration)
        return { issues: [] };
    let count;
    try {
        count = await countTargets(kube, declaration, signal);
    }
    catch (err) {
        const nodes = declaration.resource === 'node';
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .kubeFailure */ .O5)(err, {
            ...op,
            verb: 'list',
            kind: nodes ? 'Node' : 'Pod',
            resource: nodes ? 'nodes' : 'pods',
            group: '',
            ...(nodes ? {} : { namespace: declaration.namespaces.join(',') })
        });
    }
    if (!count)
        return { issues: [] };
    const none = noTargetIssue(declaration, count);
    return { count, issues: none ? [none] : (0,_policy_enforce_live__WEBPACK_IMPORTED_MODULE_2__/* .enforceLive */ .B)(exp, policy, count) };
}
/** No blast-radius policy reached preflight: the live target count cannot be checked. */
function missingPolicy(exp) {
    return {
        ...exp.source,
        severity: 'error',
        code: 'policy/missing',
        message: 'no blast-radius policy reached preflight, so the live target count cannot be checked'
    };
}
/** The permissions counting the targets needs: list pods where they are, or list nodes. */
function targetAccess(declaration) {
    const resource = declaration?.resource ?? 'pod';
    if (!declaration || (resource !== 'pod' && resource !== 'node'))
        return [];
    return resource === 'node'
        ? (0,_preflight__WEBPACK_IMPORTED_MODULE_1__/* .needs */ .eN)(NODES, ['list'])
        : declaration.namespaces.flatMap((ns) => (0,_preflight__WEBPACK_IMPORTED_MODULE_1__/* .needs */ .eN)(_preflight__WEBPACK_IMPORTED_MODULE_1__/* .PODS */ .Dp, ['list'], ns));
}
/**
 * Lists what the declaration selects (pods in every declared namespace, or nodes) and counts it;
 * undefined for targets Kubernetes cannot count (a share of traffic, cloud resources).
 */
async function countTargets(kube, declaration, signal) {
    const resource = declaration.resource ?? 'pod';
    if (resource !== 'pod' && resource !== 'node')
        return undefined;
    const scopes = resource === 'node' ? [undefined] : declaration.namespaces;
    const names = [];
    for (const namespace of scopes) {
        const list = await kube.list({
            apiVersion: 'v1',
            kind: resource === 'node' ? 'Node' : 'Pod',
            ...(namespace ? { namespace } : {}),
            ...(declaration.labelSelector ? { labelSelector: declaration.labelSelector } : {}),
            ...(declaration.fieldSelector ? { fieldSelector: declaration.fieldSelector } : {})
        }, signal);
        for (const item of list.items.filter(resource === 'node' ? isSchedulable : isAlive)) {
            const name = item.metadata.name ?? '';
            if (!declaration.podNames || declaration.podNames.includes(name))
                names.push(namespace ? `${namespace}/${name}` : name);
        }
    }
    return {
        candidates: names.length,
        targets: hitBy(declaration.mode, names.length),
        sample: names.slice(0, 5)
    };
}
/** How many of `candidates` a mode hits: Litmus and Chaos Mesh both round percentages down but hit at least one. */
function hitBy(mode, candidates) {
    if (candidates === 0)
        return 0;
    switch (mode.kind) {
        case 'count':
            return Math.min(mode.count, candidates);
        case 'percent':
        case 'max-percent':
            return Math.max(1, Math.floor((candidates * mode.percent) / 100));
        case 'all':
        case 'unknown':
            return candidates;
    }
}
/** The issue for a selector that matches nothing alive: nothing would be tested. */
function noTargetIssue(declaration, count) {
    if (count.candidates > 0)
        return undefined;
    const nodes = declaration.resource === 'node';
    const selector = [
        declaration.labelSelector && `label selector '${declaration.labelSelector}'`,
        declaration.fieldSelector && `field selector '${declaration.fieldSelector}'`,
        declaration.podNames && `names ${declaration.podNames.join(', ')}`
    ].filter(Boolean);
    const what = selector.length > 0 ? selector.join(' and ') : 'the selection';
    const where = nodes ? '' : ` -n ${declaration.namespaces[0] ?? 'default'}`;
    const label = declaration.labelSelector ? ` -l '${declaration.labelSelector}'` : '';
    return {
        ...declaration.location,
        severity: 'error',
        code: 'kube/no-targets',
        message: nodes
            ? `${what} matches no schedulable node`
            : `${what} matches no running pod in namespace ${declaration.namespaces.join(', ')}`,
        expected: `at least one ${nodes ? 'node' : 'running pod'} to inject into`,
        hint: `Check it with: kubectl get ${nodes ? 'nodes' : 'pods'}${where}${label}`
    };
}
function isSchedulable(node) {
    const spec = node.spec;
    return !(typeof spec === 'object' &&
        spec !== null &&
        'unschedulable' in spec &&
        spec.unschedulable === true);
}
function isAlive(pod) {
    if (pod.metadata.deletionTimestamp !== undefined)
        return false;
    const status = pod.status;
    const phase = typeof status === 'object' && status !== null && 'phase' in status ? status.phase : undefined;
    return phase !== 'Succeeded' && phase !== 'Failed';
}


/***/ }),

/***/ 57020:
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
/** A transport for the configuration's current context. */
function kubeTransport(config, options = {}) {
    const cluster = config.getCurrentCluster();
    if (!cluster)
        throw new Error('the kubeconfig has no current cluster');
    const server = cluster.server.replace(/\/+$/, '');
    const agents = new AgentCache(server.startsWith('https:'), cluster.proxyUrl !== undefined);
    const requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
    const start = async (request, timeoutMs) => {
        const auth = {};
        await config.applyToHTTPSOptions(auth);
        const headers = { ...headerMap(auth), Accept: 'application/json' };
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

/***/ 10395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ enforceLive)
/* harmony export */ });
/* harmony import */ var _limits__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77872);

/** The policy violations the live counts reveal; empty when the experiment may run. */
function enforceLive(exp, policy, counts) {
    const resource = exp.targets?.resource ?? 'pod';
    if (resource !== 'pod' && resource !== 'node')
        return [];
    const where = exp.targets?.location ?? exp.source;
    const { maxTargets, maxPercentage } = (0,_limits__WEBPACK_IMPORTED_MODULE_0__/* .effectiveLimits */ .W)(exp, policy);
    const issues = [];
    const what = `${resource}${counts.targets === 1 ? '' : 's'}`;
    if (maxTargets !== undefined && counts.targets > maxTargets) {
        issues.push({
            ...where,
            severity: 'error',
            code: 'policy/max-targets',
            message: `'${exp.name}' would hit ${counts.targets} ${what} now, over the limit of ${maxTargets} (maxTargets)`,
            hint: 'Narrow the selector or the mode, or raise maxTargets in the policy.'
        });
    }
    if (maxPercentage !== undefined && counts.candidates > 0) {
        const share = (counts.targets / counts.candidates) * 100;
        if (share > maxPercentage) {
            issues.push({
                ...where,
                severity: 'error',
                code: 'policy/max-percentage',
                message: `'${exp.name}' would hit ${counts.targets} of ${counts.candidates} matching ${resource}s (${formatShare(share)}), over the limit of ${maxPercentage}% (maxPercentage)`,
                hint: 'Target fewer, scale the workload up, or raise maxPercentage in the policy.'
            });
        }
    }
    return issues;
}
function formatShare(share) {
    return `${Number.isInteger(share) ? share : share.toFixed(1)}%`;
}


/***/ })

};
;