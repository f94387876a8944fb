"use strict";
exports.id = 281388;
exports.ids = [281388];
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
/* unused harmony exports deleteCommand, refOf */
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
                errors.push((0,_errors__WEBPACK_IMPORTED_MODULE_3__/* .kubeFailure */ .O5)(err, (0,_errors__WEBPACK_IMPORTED_MODULE_3__/* .kindOperation */ .AX)(backend, 'list', kind, namespace)).message);
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
            // The object is still there: say how to remove it, as for one stuck on a finalizer.
            const failure = (0,_errors__WEBPACK_IMPORTED_MODULE_3__/* .kubeFailure */ .O5)(err, (0,_errors__WEBPACK_IMPORTED_MODULE_3__/* .kindOperation */ .AX)(options.backend, 'delete', d.kind, d.namespace, d.name));
            errors.push(`${failure.message}. Remove it with: ${deleteCommand(d)}`);
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
/** The command that deletes a doomed object by hand. */
function deleteCommand(d) {
    const { group } = (0,_discovery__WEBPACK_IMPORTED_MODULE_2__/* .splitApiVersion */ .Np)(d.kind.apiVersion);
    return `kubectl delete ${(0,_errors__WEBPACK_IMPORTED_MODULE_3__/* .qualifiedResource */ .VA)(d.kind.resource, group)} ${d.name} -n ${d.namespace}`;
}
/** The object a doomed entry names, as the port takes it. */
function refOf(d) {
    return { apiVersion: d.kind.apiVersion, kind: d.kind.kind, namespace: d.namespace, name: d.name };
}
const describe = (d) => (0,_errors__WEBPACK_IMPORTED_MODULE_3__/* .describeTarget */ .ff)({ kind: d.kind.kind, namespace: d.namespace, name: d.name });
/** Several reports as one. */
function mergeReports(...reports) {
    return {
        deleted: reports.flatMap((r) => r.deleted),
        stuck: reports.flatMap((r) => r.stuck),
        errors: reports.flatMap((r) => r.errors)
    };
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


/***/ }),

/***/ 77872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ effectiveLimits)
/* harmony export */ });
/** The tighter of the policy's and the experiment's limits. */
function effectiveLimits(experiment, policy) {
    const o = experiment.blastRadius;
    const maxTargets = min(policy.maxTargets, o?.maxTargets);
    const maxPercentage = min(policy.maxPercentage, o?.maxPercentage);
    return {
        ...(maxTargets === undefined ? {} : { maxTargets }),
        ...(maxPercentage === undefined ? {} : { maxPercentage })
    };
}
function min(a, b) {
    if (a === undefined)
        return b;
    if (b === undefined)
        return a;
    return Math.min(a, b);
}


/***/ })

};
;