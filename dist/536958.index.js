"use strict";
exports.id = 536958;
exports.ids = [536958];
exports.modules = {

/***/ 66003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ withDeadlines)
/* harmony export */ });
async function* withDeadlines(open, options) {
    const { clock, signal } = options;
    const stop = new AbortController();
    const inner = AbortSignal.any([signal, stop.signal]);
    const iterator = open(inner)[Symbol.asyncIterator]();
    let pending;
    try {
        while (!signal.aborted) {
            pending ??= iterator.next();
            const next = await race(pending, options.nextAt(), clock, inner);
            if (next === 'cancelled')
                return;
            if (next === 'time') {
                yield { kind: 'time' };
                continue;
            }
            pending = undefined;
            if (next.done)
                return;
            yield { kind: 'change', value: next.value };
        }
    }
    finally {
        stop.abort();
        // The stream ends once its signal aborts; wait for it so no request outlives the iteration.
        await pending?.catch(() => undefined);
        await iterator.return?.(undefined);
    }
}
async function race(pending, at, clock, signal) {
    if (at === undefined)
        return pending;
    // One timer per round, cancelled with the round: no listener piles up on the long-lived signal.
    const timer = new AbortController();
    const cancel = () => timer.abort();
    signal.addEventListener('abort', cancel, { once: true });
    const wake = clock.sleep(Math.max(0, at - clock.now()), timer.signal).then(() => 'time', () => (signal.aborted ? 'cancelled' : undefined));
    try {
        const winner = await Promise.race([pending, wake]);
        return winner ?? pending;
    }
    finally {
        signal.removeEventListener('abort', cancel);
        timer.abort();
    }
}


/***/ }),

/***/ 83101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createKubernetesBackend: () => (/* binding */ createKubernetesBackend),
  kubernetesBackend: () => (/* binding */ kubernetesBackend)
});

// EXTERNAL MODULE: ./src/util/errors.ts
var util_errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/backends/kube/cleanup.ts
var cleanup = __webpack_require__(32415);
// EXTERNAL MODULE: ./src/backends/kube/errors.ts
var errors = __webpack_require__(31232);
// EXTERNAL MODULE: ./src/backends/labels.ts
var labels = __webpack_require__(86670);
;// CONCATENATED MODULE: ./src/backends/kubernetes/virtual-service/hints.ts
function restoreHints(handle, runId) {
    const generation = Number(handle.data?.appliedGeneration);
    return {
        runId,
        ...(handle.data?.original !== undefined && { original: handle.data.original }),
        ...(Number.isInteger(generation) && { appliedGeneration: generation })
    };
}

// EXTERNAL MODULE: ./src/backends/kube/status.ts
var kube_status = __webpack_require__(73545);
;// CONCATENATED MODULE: ./src/backends/kubernetes/virtual-service/snapshot.ts

/** Holds the snapshot on the patched object while the fault is applied. */
const ORIGINAL_ANNOTATION = 'chaos-gate.dev/original';
function snapshotOf(object) {
    const { labels, annotations } = object.metadata;
    return {
        ...(labels !== undefined && { labels }),
        ...(annotations !== undefined && { annotations }),
        spec: object.spec
    };
}
/** The snapshot in `text`, or undefined when it is missing or not one. */
function parseSnapshot(text) {
    if (text === undefined)
        return undefined;
    try {
        const value = JSON.parse(text);
        if (!(0,kube_status/* isRecord */.u4)(value) || !('spec' in value))
            return undefined;
        const labels = stringMap(value.labels);
        const annotations = stringMap(value.annotations);
        return {
            ...(labels && { labels }),
            ...(annotations && { annotations }),
            spec: value.spec
        };
    }
    catch {
        return undefined;
    }
}
function stringMap(value) {
    if (!(0,kube_status/* isRecord */.u4)(value))
        return undefined;
    return Object.fromEntries(Object.entries(value).filter((e) => typeof e[1] === 'string'));
}

// EXTERNAL MODULE: ./src/backends/kube/discovery.ts
var discovery = __webpack_require__(48177);
// EXTERNAL MODULE: ./src/backends/kube/submit.ts
var kube_submit = __webpack_require__(61727);
;// CONCATENATED MODULE: ./src/backends/kubernetes/virtual-service/virtual-service.ts





const VIRTUAL_SERVICE = 'VirtualService';
/** The VirtualService the experiment writes: the manifest's own name and apiVersion. */
function virtualServiceOf(exp, defaultNamespace) {
    if (exp.fault.kind !== 'kube-object' || exp.fault.object.kind !== VIRTUAL_SERVICE)
        throw new util_errors/* InternalError */.Gd(`the kubernetes backend was given no VirtualService for ${exp.name}`);
    const source = exp.fault.object;
    return {
        apiVersion: source.apiVersion,
        kind: VIRTUAL_SERVICE,
        metadata: {
            name: source.metadata.name ?? exp.name,
            namespace: exp.namespace ?? source.metadata.namespace ?? defaultNamespace
        },
        spec: source.spec
    };
}
function refOf(object) {
    return {
        apiVersion: object.apiVersion,
        kind: VIRTUAL_SERVICE,
        namespace: object.metadata.namespace ?? '',
        name: object.metadata.name ?? ''
    };
}
/**
 * Applies the fault: creates the VirtualService, or patches the existing one saving its original.
 * Someone writing it between the read and the write makes the write fail (AlreadyExists, or the
 * resourceVersion test); reading again once settles it.
 */
async function applyFault(kube, exp, ctx, defaultNamespace) {
    try {
        return await applyOnce(kube, exp, ctx, defaultNamespace);
    }
    catch (err) {
        const status = err instanceof util_errors/* BackendError */.Jh ? err.status : undefined;
        if (status !== 409 && status !== 422)
            throw err;
        return applyOnce(kube, exp, ctx, defaultNamespace);
    }
}
async function applyOnce(kube, exp, ctx, defaultNamespace) {
    const wanted = virtualServiceOf(exp, defaultNamespace);
    const source = exp.fault.kind === 'kube-object' ? exp.fault.object.metadata : {};
    const endsAt = ctx.clock.now() + (exp.durationMs ?? 0);
    const existing = await getVs(kube, refOf(wanted));
    if (existing && (0,kube_submit/* carries */.ED)(existing, ctx.labels))
        return handleOf(exp, existing, endsAt);
    if (!existing) {
        const fresh = {
            ...wanted,
            metadata: {
                ...wanted.metadata,
                labels: { ...source.labels, ...ctx.labels },
                ...(source.annotations && { annotations: source.annotations })
            }
        };
        const { object } = await (0,kube_submit/* createOrAdopt */.KL)(kube, fresh, ctx.labels, operation('create', wanted));
        return handleOf(exp, object, endsAt);
    }
    const patched = await patchVs(kube, refOf(wanted), applyPatch(existing, wanted, ctx), 'patch');
    ctx.log.info(`kubernetes: applied the fault to the existing VirtualService ${describe(wanted)}`);
    return handleOf(exp, patched, endsAt);
}
/** Replaces the spec and adds the run's labels and the original, if nobody changed it since it was read. */
function applyPatch(existing, wanted, ctx) {
    const { labels, annotations, resourceVersion } = existing.metadata;
    return {
        type: 'json',
        body: [
            { op: 'test', path: '/metadata/resourceVersion', value: resourceVersion },
            { op: 'add', path: '/spec', value: wanted.spec },
            { op: 'add', path: '/metadata/labels', value: { ...labels, ...ctx.labels } },
            {
                op: 'add',
                path: '/metadata/annotations',
                value: { ...annotations, [ORIGINAL_ANNOTATION]: JSON.stringify(snapshotOf(existing)) }
            }
        ]
    };
}
function handleOf(exp, object, endsAt) {
    const original = object.metadata.annotations?.[ORIGINAL_ANNOTATION];
    const generation = object.metadata.generation;
    return {
        backend: 'kubernetes',
        experiment: exp.name,
        kind: VIRTUAL_SERVICE,
        name: object.metadata.name ?? '',
        apiVersion: object.apiVersion,
        ...(object.metadata.namespace !== undefined && { namespace: object.metadata.namespace }),
        data: {
            endsAt: String(endsAt),
            ...(original !== undefined ? { original } : { created: 'true' }),
            ...(typeof generation === 'number' && { appliedGeneration: String(generation) })
        }
    };
}
async function getVs(kube, ref) {
    try {
        return await kube.get(ref);
    }
    catch (err) {
        throw (0,errors/* kubeFailure */.O5)(err, operation('get', ref));
    }
}
async function patchVs(kube, ref, patch, verb) {
    try {
        return await kube.patch(ref, patch);
    }
    catch (err) {
        throw (0,errors/* kubeFailure */.O5)(err, operation(verb, ref));
    }
}
function operation(verb, target) {
    const meta = 'metadata' in target ? target.metadata : target;
    return {
        backend: 'kubernetes',
        verb,
        kind: VIRTUAL_SERVICE,
        resource: 'virtualservices',
        group: (0,discovery/* splitApiVersion */.Np)(target.apiVersion).group,
        ...(meta.namespace !== undefined && { namespace: meta.namespace }),
        ...(meta.name !== undefined && { name: meta.name })
    };
}
const describe = (o) => {
    const meta = 'metadata' in o ? o.metadata : o;
    return `${meta.namespace ?? ''}/${meta.name ?? ''}`;
};
/** A VirtualService someone changed while the fault was applied: the gate does not overwrite it. */
function changedMeanwhile(ref, why) {
    return new util_errors/* BackendError */.Jh('kubernetes', 'restore', `VirtualService ${describe(ref)}`, `${why}; the gate did not overwrite that change. The original labels, annotations and spec are in its annotation ${ORIGINAL_ANNOTATION} and in the run-state file; restore them by hand`);
}

;// CONCATENATED MODULE: ./src/backends/kubernetes/virtual-service/restore.ts




async function restoreVs(kube, ref, hints) {
    const current = await getVs(kube, ref);
    if (!current)
        return 'untouched';
    const ours = current.metadata.labels?.[labels/* RUN_ID_LABEL */.pv] === hints.runId;
    const marked = current.metadata.annotations?.[ORIGINAL_ANNOTATION];
    const snapshot = parseSnapshot(marked ?? (ours ? hints.original : undefined));
    if (!snapshot)
        return ours ? deleteVs(kube, ref) : 'untouched';
    const generation = current.metadata.generation;
    if (hints.appliedGeneration !== undefined && generation !== hints.appliedGeneration)
        throw changedMeanwhile(ref, `its spec changed while the fault was applied (generation ${hints.appliedGeneration} → ${String(generation)})`);
    try {
        await patchVs(kube, ref, restorePatch(current, snapshot), 'restore');
        return 'restored';
    }
    catch (err) {
        // Someone wrote it between our read and our write; restored already is fine, anything else is theirs.
        const again = await getVs(kube, ref);
        if (!again || again.metadata.annotations?.[ORIGINAL_ANNOTATION] === undefined)
            return 'restored';
        throw err;
    }
}
/** Exactly the original: the spec replaced, labels and annotations replaced or removed. */
function restorePatch(current, original) {
    const { labels, annotations, resourceVersion } = current.metadata;
    const put = (path, before, now) => before !== undefined
        ? [{ op: 'add', path, value: before }]
        : now !== undefined
            ? [{ op: 'remove', path }]
            : [];
    return {
        type: 'json',
        body: [
            { op: 'test', path: '/metadata/resourceVersion', value: resourceVersion },
            ...(original.spec === undefined
                ? [{ op: 'remove', path: '/spec' }]
                : [{ op: 'add', path: '/spec', value: original.spec }]),
            ...put('/metadata/labels', original.labels, labels),
            ...put('/metadata/annotations', original.annotations, annotations)
        ]
    };
}
async function deleteVs(kube, ref) {
    try {
        await kube.delete(ref);
        return 'deleted';
    }
    catch (err) {
        throw (0,errors/* kubeFailure */.O5)(err, operation('delete', ref));
    }
}

;// CONCATENATED MODULE: ./src/backends/kubernetes/cleanup.ts







const RECORD = { apiVersion: 'v1', kind: 'ConfigMap', resource: 'configmaps' };
/** Istio serves VirtualService in these versions; the first one the cluster knows is listed. */
const ISTIO_VERSIONS = [
    'networking.istio.io/v1',
    'networking.istio.io/v1beta1',
    'networking.istio.io/v1alpha3'
];
async function cleanupKubernetes(kube, selector, ctx, boundMs) {
    const labelSelector = (0,labels/* runSelectorString */.aT)(selector.runId, selector.experiment);
    const records = await (0,cleanup/* findByLabel */.N3)(kube, [RECORD], selector.namespaces, labelSelector, 'kubernetes');
    const removed = await (0,cleanup/* deleteAll */.Vw)(kube, records.found.map((o) => ({
        kind: RECORD,
        namespace: o.metadata.namespace ?? '',
        name: o.metadata.name ?? ''
    })), {
        backend: 'kubernetes',
        clock: ctx.clock,
        log: ctx.log,
        boundMs: (0,cleanup/* fitWaits */.up)(boundMs, ctx)(boundMs)
    });
    const restored = await restoreAll(kube, selector, labelSelector);
    return (0,cleanup/* mergeReports */.C1)({ ...removed, errors: [...records.errors, ...removed.errors] }, restored);
}
async function restoreAll(kube, selector, labelSelector) {
    const found = await listVirtualServices(kube, selector.namespaces, labelSelector);
    const refs = new Map();
    for (const o of found)
        refs.set(key(o.metadata.namespace, o.metadata.name), { ref: cleanup_refOf(o) });
    for (const h of selector.handles.filter((h) => h.backend === 'kubernetes' &&
        h.kind === VIRTUAL_SERVICE &&
        (selector.experiment === undefined || h.experiment === selector.experiment))) {
        const ref = {
            apiVersion: h.apiVersion ?? ISTIO_VERSIONS[0] ?? '',
            kind: VIRTUAL_SERVICE,
            namespace: h.namespace ?? '',
            name: h.name
        };
        refs.set(key(h.namespace, h.name), { ref, handle: h });
    }
    const deleted = [];
    const errors = [];
    for (const { ref, handle } of refs.values()) {
        const what = `VirtualService ${ref.namespace ?? ''}/${ref.name}`;
        try {
            const done = await restoreVs(kube, ref, handle ? restoreHints(handle, selector.runId) : { runId: selector.runId });
            if (done !== 'untouched')
                deleted.push(`${what} (${done === 'deleted' ? 'deleted' : 'original restored'})`);
        }
        catch (err) {
            errors.push(`${what}: ${(0,util_errors/* errorMessage */.gJ)(err)}`);
        }
    }
    return { deleted, stuck: [], errors };
}
/** The run's VirtualServices, through the first Istio version the cluster serves. */
async function listVirtualServices(kube, namespaces, labelSelector) {
    for (const apiVersion of ISTIO_VERSIONS) {
        try {
            const lists = await Promise.all(namespaces.map((namespace) => kube.list({ apiVersion, kind: VIRTUAL_SERVICE, namespace, labelSelector })));
            return lists.flatMap((l) => l.items);
        }
        catch (err) {
            if (!(0,errors/* isNotFound */.c4)(err))
                throw err;
        }
    }
    return [];
}
function cleanup_refOf(o) {
    return {
        apiVersion: o.apiVersion,
        kind: VIRTUAL_SERVICE,
        namespace: o.metadata.namespace ?? '',
        name: o.metadata.name ?? ''
    };
}
const key = (namespace, name) => `${namespace ?? ''}/${name ?? ''}`;

// EXTERNAL MODULE: ./src/backends/kube/distinct-observations.ts
var distinct_observations = __webpack_require__(34107);
// EXTERNAL MODULE: ./src/backends/kube/follow-all.ts
var follow_all = __webpack_require__(12344);
// EXTERNAL MODULE: ./src/backends/kube/with-deadlines.ts
var with_deadlines = __webpack_require__(66003);
// EXTERNAL MODULE: ./src/util/compare-text.ts
var compare_text = __webpack_require__(48247);
;// CONCATENATED MODULE: ./src/backends/kubernetes/pod-kill/pods.ts


/** Running, Ready and not being deleted: a pod that serves traffic now. */
function isServing(pod) {
    if (pod.metadata.deletionTimestamp !== undefined)
        return false;
    const status = (0,kube_status/* isRecord */.u4)(pod.status) ? pod.status : {};
    if (status.phase !== 'Running')
        return false;
    const conditions = Array.isArray(status.conditions) ? status.conditions.filter(kube_status/* isRecord */.u4) : [];
    return conditions.some((c) => c.type === 'Ready' && c.status === 'True');
}
/** The object's controller (the owner reference with `controller: true`), if it has one. */
function controllerOf(object) {
    const refs = Array.isArray(object.metadata.ownerReferences) ? object.metadata.ownerReferences : [];
    const ref = refs.filter(kube_status/* isRecord */.u4).find((r) => r.controller === true);
    if (!ref || typeof ref.kind !== 'string' || typeof ref.name !== 'string')
        return undefined;
    return {
        apiVersion: typeof ref.apiVersion === 'string' ? ref.apiVersion : '',
        kind: ref.kind,
        name: ref.name
    };
}
/**
 * `count` of `pods`, chosen uniformly with `random` after sorting by name, so the choice depends
 * only on the pods and the random numbers, not on the order the API server listed them in.
 */
function chooseVictims(pods, count, random) {
    const pool = [...pods].sort((a, b) => (0,compare_text/* compareText */.n)(a.metadata.name ?? '', b.metadata.name ?? ''));
    const n = Math.min(count, pool.length);
    // A partial Fisher–Yates shuffle: the first n slots are a uniform sample.
    for (let i = 0; i < n; i++) {
        const j = i + Math.min(pool.length - i - 1, Math.floor(random() * (pool.length - i)));
        const chosen = pool[j];
        const here = pool[i];
        if (chosen === undefined || here === undefined)
            break;
        pool[i] = chosen;
        pool[j] = here;
    }
    return pool.slice(0, n);
}

// EXTERNAL MODULE: ./src/manifest/adopt/label-selector.ts
var label_selector = __webpack_require__(15326);
;// CONCATENATED MODULE: ./src/backends/kubernetes/pod-kill/workloads.ts
/**
 * The workload that brings a killed pod back, found through owner references: a ReplicaSet's own
 * controller (its Deployment) when it has one, else the ReplicaSet or StatefulSet itself. Its
 * desired replicas and pod selector are what the restore is measured against.
 */




const RESOURCES = {
    Deployment: 'deployments',
    StatefulSet: 'statefulsets',
    ReplicaSet: 'replicasets'
};
function isWorkloadKind(kind) {
    return kind === 'Deployment' || kind === 'StatefulSet' || kind === 'ReplicaSet';
}
/** The workload behind `pod`, or why there is none pod-kill can use. */
async function workloadOf(kube, pod, namespace) {
    const name = pod.metadata.name ?? '';
    const owner = controllerOf(pod);
    if (!owner)
        return {
            problem: `pod ${namespace}/${name} has no controller, so nothing would replace it: pod-kill tests recovery, not removal`
        };
    if (owner.kind !== 'ReplicaSet' && owner.kind !== 'StatefulSet')
        return {
            problem: `pod ${namespace}/${name} is controlled by a ${owner.kind}; pod-kill times the restore of Deployments, StatefulSets and ReplicaSets`
        };
    const direct = await getOwner(kube, owner, namespace);
    const above = owner.kind === 'ReplicaSet' ? controllerOf(direct) : undefined;
    const top = above?.kind === 'Deployment' ? await getOwner(kube, above, namespace) : direct;
    return toWorkload(top);
}
async function getOwner(kube, owner, namespace) {
    const op = {
        backend: 'kubernetes',
        verb: 'get',
        kind: owner.kind,
        resource: isWorkloadKind(owner.kind) ? RESOURCES[owner.kind] : owner.kind.toLowerCase(),
        group: 'apps',
        namespace,
        name: owner.name
    };
    try {
        const found = await kube.get({
            apiVersion: 'apps/v1',
            kind: owner.kind,
            namespace,
            name: owner.name
        });
        if (found)
            return found;
        throw new Error('it does not exist');
    }
    catch (err) {
        throw (0,errors/* kubeFailure */.O5)(err, op);
    }
}
function toWorkload(object) {
    if (!isWorkloadKind(object.kind))
        return {
            problem: `${object.kind} ${object.metadata.name ?? ''} is not a workload pod-kill knows`
        };
    const spec = (0,kube_status/* isRecord */.u4)(object.spec) ? object.spec : {};
    const selector = (0,kube_status/* isRecord */.u4)(spec.selector) ? spec.selector : {};
    const labels = (0,kube_status/* isRecord */.u4)(selector.matchLabels) ? selector.matchLabels : {};
    const expressions = Array.isArray(selector.matchExpressions)
        ? selector.matchExpressions.filter(kube_status/* isRecord */.u4)
        : [];
    return {
        kind: object.kind,
        namespace: object.metadata.namespace ?? '',
        name: object.metadata.name ?? '',
        replicas: typeof spec.replicas === 'number' ? spec.replicas : 1,
        selector: (0,label_selector/* formatLabelSelector */.Rs)(Object.fromEntries(Object.entries(labels).filter((e) => typeof e[1] === 'string')), expressions.map(toExpression))
    };
}
function toExpression(e) {
    return {
        key: typeof e.key === 'string' ? e.key : '',
        operator: typeof e.operator === 'string' ? e.operator : '',
        values: Array.isArray(e.values) ? e.values.filter((v) => typeof v === 'string') : []
    };
}
/** `Deployment staging/checkout` */
const describeWorkload = (w) => `${w.kind} ${w.namespace}/${w.name}`;
/** The workloads of a handle, as saved; malformed data gives none (observe then fails, saying so). */
function parseWorkloads(text) {
    try {
        const value = JSON.parse(text ?? '[]');
        if (!Array.isArray(value))
            return [];
        return value.filter(kube_status/* isRecord */.u4).flatMap((w) => isWorkloadKind(w.kind) &&
            typeof w.name === 'string' &&
            typeof w.namespace === 'string' &&
            typeof w.replicas === 'number' &&
            typeof w.selector === 'string'
            ? [
                {
                    kind: w.kind,
                    name: w.name,
                    namespace: w.namespace,
                    replicas: w.replicas,
                    selector: w.selector
                }
            ]
            : []);
    }
    catch {
        return [];
    }
}

;// CONCATENATED MODULE: ./src/backends/kubernetes/pod-kill/restore.ts


/** Ready replicas per workload, keyed by `describeWorkload`. */
function readyCounts(workloads, pods, victims) {
    return new Map(workloads.map((w) => {
        const key = describeWorkload(w);
        const serving = (pods.get(key) ?? []).filter((p) => isServing(p) && !victims.includes(p.metadata.name ?? ''));
        return [key, serving.length];
    }));
}
function restoreObservation(workloads, ready, ctx) {
    const { at, killedAt, restoreTimeoutMs, victims } = ctx;
    const state = workloads.map((w) => ({ w, ready: ready.get(describeWorkload(w)) ?? 0 }));
    const counts = state
        .map((s) => `${describeWorkload(s.w)} ${s.ready}/${s.w.replicas} ready`)
        .join(', ');
    const elapsed = at - killedAt;
    const base = { at, affectedTargets: victims.length };
    if (workloads.length > 0 && state.every((s) => s.ready >= s.w.replicas))
        return {
            observation: {
                ...base,
                phase: 'finished',
                message: `restored ${elapsed} ms after the kill: ${counts}`,
                details: { timeToRestoreMs: String(elapsed), killed: victims.join(', ') },
                terminal: true
            }
        };
    if (elapsed >= restoreTimeoutMs)
        return {
            observation: {
                ...base,
                phase: 'failed',
                verdict: 'fail',
                message: `not restored within the restoreTimeout of ${Math.round(restoreTimeoutMs / 1000)}s: ${counts}`,
                details: { killed: victims.join(', ') },
                terminal: true
            }
        };
    return {
        observation: {
            ...base,
            phase: 'injected',
            message: `killed ${victims.join(', ')}; waiting for ${counts}`,
            terminal: false
        },
        recheckAt: killedAt + restoreTimeoutMs
    };
}

;// CONCATENATED MODULE: ./src/backends/kubernetes/pod-kill/observe-pod-kill.ts





function observePodKill(kube, handle, ctx) {
    return (0,distinct_observations/* distinctObservations */.M)(restoreLooks(kube, handle, ctx));
}
/** The restore's observation after every change and at the restore timeout. */
async function* restoreLooks(kube, handle, ctx) {
    const data = handle.data ?? {};
    const workloads = parseWorkloads(data.workloads);
    const victims = (data.victims ?? '').split(',').filter(Boolean);
    const killedAt = Number(data.killedAt);
    const restoreTimeoutMs = Number(data.restoreTimeoutMs);
    if (workloads.length === 0 || !Number.isFinite(killedAt) || !Number.isFinite(restoreTimeoutMs)) {
        yield {
            at: ctx.clock.now(),
            phase: 'failed',
            verdict: 'error',
            message: `the pod-kill handle ${handle.name} does not say which workloads to watch`,
            terminal: true
        };
        return;
    }
    const refs = new Map(workloads.map((w) => [
        describeWorkload(w),
        { apiVersion: 'v1', kind: 'Pod', namespace: w.namespace, labelSelector: w.selector }
    ]));
    let recheckAt;
    let pods = new Map();
    const ticks = (0,with_deadlines/* withDeadlines */.y)((signal) => (0,follow_all/* followAll */.Z)(kube, refs, { clock: ctx.clock, signal, log: ctx.log }), { clock: ctx.clock, signal: ctx.signal, nextAt: () => recheckAt });
    for await (const tick of ticks) {
        if (tick.kind === 'change')
            pods = tick.value;
        const look = restoreObservation(workloads, readyCounts(workloads, pods, victims), {
            at: ctx.clock.now(),
            killedAt,
            restoreTimeoutMs,
            victims
        });
        recheckAt = look.recheckAt;
        yield look.observation;
    }
}

// EXTERNAL MODULE: ./src/policy/enforce-live.ts
var enforce_live = __webpack_require__(10395);
;// CONCATENATED MODULE: ./src/backends/kubernetes/pod-kill/pod-calls.ts

const POD = { apiVersion: 'v1', kind: 'Pod', resource: 'pods' };
const CONFIG_MAP = { apiVersion: 'v1', kind: 'ConfigMap', resource: 'configmaps' };
async function getRecord(kube, namespace, name) {
    try {
        return await kube.get({ apiVersion: 'v1', kind: 'ConfigMap', namespace, name });
    }
    catch (err) {
        throw (0,errors/* kubeFailure */.O5)(err, (0,errors/* kindOperation */.AX)('kubernetes', 'get', CONFIG_MAP, namespace, name));
    }
}
async function listPods(kube, spec) {
    try {
        const list = await kube.list({
            apiVersion: 'v1',
            kind: 'Pod',
            namespace: spec.namespace,
            labelSelector: spec.labelSelector
        });
        return list.items;
    }
    catch (err) {
        throw (0,errors/* kubeFailure */.O5)(err, (0,errors/* kindOperation */.AX)('kubernetes', 'list', POD, spec.namespace));
    }
}
/** A pod already gone counts as killed: the port answers not-found instead of throwing. */
async function deletePod(kube, spec, name) {
    try {
        await kube.delete({ apiVersion: 'v1', kind: 'Pod', namespace: spec.namespace, name }, { gracePeriodSeconds: spec.gracePeriodSeconds });
    }
    catch (err) {
        throw (0,errors/* kubeFailure */.O5)(err, (0,errors/* kindOperation */.AX)('kubernetes', 'delete', POD, spec.namespace, name));
    }
}

;// CONCATENATED MODULE: ./src/backends/kubernetes/pod-kill/pod-kill.ts








/** The handle kind of a pod-kill; its name is the record's. */
const POD_KILL = 'pod-kill';
function podKillSpec(exp) {
    if (exp.fault.kind !== 'pod-kill')
        throw new util_errors/* InternalError */.Gd(`pod-kill was given a ${exp.fault.kind} fault for ${exp.name}`);
    return exp.fault.spec;
}
async function submitPodKill(exp, ctx, deps) {
    const spec = podKillSpec(exp);
    const name = (0,labels/* objectName */.Hd)(ctx.runId, exp.name);
    const earlier = await getRecord(deps.kube, spec.namespace, name);
    if (earlier && (0,kube_submit/* carries */.ED)(earlier, ctx.labels))
        return pod_kill_handleOf(exp, earlier);
    const serving = (await listPods(deps.kube, spec)).filter(isServing);
    const victims = chooseVictims(serving, spec.count, deps.random);
    refuseOverPolicy(exp, deps.policy, victims.length, serving.length);
    const workloads = await workloadsOf(deps.kube, victims, spec.namespace);
    const record = recordOf(name, spec, ctx, victims, workloads);
    const { object, adopted } = await (0,kube_submit/* createOrAdopt */.KL)(deps.kube, record, ctx.labels, {
        backend: 'kubernetes',
        verb: 'create',
        kind: 'ConfigMap',
        resource: 'configmaps',
        group: '',
        namespace: spec.namespace,
        name
    });
    // Adopted: a concurrent submit of this run wrote the record first, and it does the killing.
    if (adopted)
        return pod_kill_handleOf(exp, object);
    await Promise.all(victims.map((pod) => deletePod(deps.kube, spec, pod.metadata.name ?? '')));
    ctx.log.info(`kubernetes: killed ${namesOf(victims).join(', ')} in ${spec.namespace}`);
    return pod_kill_handleOf(exp, object);
}
/** The policy again, on the live count at the moment of the kill (preflight counted earlier). */
function refuseOverPolicy(exp, policy, targets, candidates) {
    const spec = podKillSpec(exp);
    const refused = [
        ...(targets === 0
            ? [
                `the selector '${spec.labelSelector}' matches no serving pod in ${spec.namespace} any more`
            ]
            : []),
        ...(policy
            ? (0,enforce_live/* enforceLive */.B)(exp, policy, { targets, candidates }).map(util_errors/* formatIssue */.Hd)
            : ['no blast-radius policy reached the backend'])
    ];
    if (refused.length > 0)
        throw new util_errors/* BackendError */.Jh('kubernetes', 'kill pods for', exp.name, `refused at submit: ${refused.join('; ')}`);
}
/** The distinct workloads behind the victims; a victim without one is refused. */
async function workloadsOf(kube, victims, namespace) {
    const found = new Map();
    for (const pod of victims) {
        const workload = await workloadOf(kube, pod, namespace);
        if ('problem' in workload)
            throw new util_errors/* BackendError */.Jh('kubernetes', 'kill', `pod ${namespace}/${pod.metadata.name ?? ''}`, workload.problem);
        found.set(`${workload.kind}/${workload.name}`, workload);
    }
    return [...found.values()];
}
function recordOf(name, spec, ctx, victims, workloads) {
    return {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name, namespace: spec.namespace, labels: ctx.labels },
        data: {
            victims: namesOf(victims).join(','),
            workloads: JSON.stringify(workloads),
            killedAt: String(ctx.clock.now()),
            restoreTimeoutMs: String(spec.restoreTimeoutMs)
        }
    };
}
/** The handle, read from the record so an adopted record gives the same handle. */
function pod_kill_handleOf(exp, record) {
    const data = (0,kube_status/* isRecord */.u4)(record.data) ? record.data : {};
    const text = (key) => (typeof data[key] === 'string' ? data[key] : '');
    return {
        backend: 'kubernetes',
        experiment: exp.name,
        kind: POD_KILL,
        name: record.metadata.name ?? '',
        apiVersion: 'v1',
        ...(record.metadata.namespace !== undefined && { namespace: record.metadata.namespace }),
        data: {
            victims: text('victims'),
            workloads: text('workloads'),
            killedAt: text('killedAt'),
            restoreTimeoutMs: text('restoreTimeoutMs')
        }
    };
}
const namesOf = (pods) => pods.map((p) => p.metadata.name ?? '');

// EXTERNAL MODULE: ./src/backends/kube/preflight.ts
var preflight = __webpack_require__(64668);
// EXTERNAL MODULE: ./src/backends/kube/targets.ts
var targets = __webpack_require__(70317);
;// CONCATENATED MODULE: ./src/backends/kubernetes/pod-kill/preflight-pod-kill.ts







const OP = { backend: 'kubernetes' };
const core = (kind, resource) => ({ ...preflight/* PODS */.Dp, kind, resource });
const apps = (resource) => ({
    group: 'apps',
    version: 'v1',
    kind: resource,
    resource,
    namespaced: true,
    verbs: []
});
async function preflightPodKill(exp, deps, signal) {
    const spec = podKillSpec(exp);
    const ns = spec.namespace;
    const denied = await (0,preflight/* checkAccess */.x8)(deps.cluster, [
        ...(0,preflight/* needs */.eN)(preflight/* PODS */.Dp, ['list', 'watch', 'delete'], ns),
        ...(0,preflight/* needs */.eN)(core('ConfigMap', 'configmaps'), ['create', 'get', 'list', 'delete'], ns),
        ...['deployments', 'replicasets', 'statefulsets'].flatMap((r) => (0,preflight/* needs */.eN)(apps(r), ['get'], ns))
    ], exp.source, OP);
    if (denied.length > 0)
        return { warnings: [], issues: denied };
    const live = await (0,targets/* checkTargets */.VJ)(deps.kube, exp, deps.policy, OP, signal);
    if (live.issues.length > 0 || !live.count)
        return { warnings: [], issues: live.issues };
    const pods = (await listPods(deps.kube, spec)).filter(isServing);
    const issues = [
        ...(await workloadIssues(exp, deps.kube, pods)),
        ...(await dryRunDelete(exp, deps.kube, pods[0]))
    ];
    return { warnings: [], issues, targets: live.count.targets, candidates: live.count.candidates };
}
/** One issue per pod without a workload pod-kill can time; workloads are read once each. */
async function workloadIssues(exp, kube, pods) {
    const namespace = podKillSpec(exp).namespace;
    const issues = [];
    const seen = new Set();
    for (const pod of pods) {
        const owner = JSON.stringify(pod.metadata.ownerReferences ?? pod.metadata.name);
        if (seen.has(owner))
            continue;
        seen.add(owner);
        const workload = await workloadOf(kube, pod, namespace);
        if ('problem' in workload)
            issues.push({
                ...(exp.targets?.location ?? exp.source),
                severity: 'error',
                code: 'kubernetes/no-workload',
                message: workload.problem,
                hint: 'Narrow the selector to pods a Deployment, StatefulSet or ReplicaSet manages.'
            });
    }
    return issues;
}
/** A server-side dry-run delete: admission and webhooks say no before anything is killed. */
async function dryRunDelete(exp, kube, pod) {
    if (!pod)
        return [];
    const spec = podKillSpec(exp);
    const name = pod.metadata.name ?? '';
    try {
        await kube.delete({ apiVersion: 'v1', kind: 'Pod', namespace: spec.namespace, name }, { dryRun: true });
        return [];
    }
    catch (err) {
        const failure = (0,errors/* kubeFailure */.O5)(err, {
            ...OP,
            verb: 'delete',
            kind: 'Pod',
            resource: 'pods',
            group: '',
            namespace: spec.namespace,
            name
        });
        return [
            {
                ...exp.source,
                severity: 'error',
                code: 'kube/dry-run',
                message: `a dry-run delete was refused: ${failure.message}`
            }
        ];
    }
}

// EXTERNAL MODULE: ./src/backends/kube/follow.ts + 1 modules
var follow = __webpack_require__(57646);
;// CONCATENATED MODULE: ./src/backends/kubernetes/virtual-service/describe-fault.ts

function describeFault(vs) {
    const spec = (0,kube_status/* isRecord */.u4)(vs.spec) ? vs.spec : {};
    const routes = Array.isArray(spec.http) ? spec.http.filter(kube_status/* isRecord */.u4) : [];
    const faults = routes.flatMap((r) => ((0,kube_status/* isRecord */.u4)(r.fault) ? [r.fault] : []));
    const parts = faults.flatMap((f) => [
        ...((0,kube_status/* isRecord */.u4)(f.delay) ? [`delay ${scalar(f.delay.fixedDelay)} for ${percent(f.delay)}`] : []),
        ...((0,kube_status/* isRecord */.u4)(f.abort)
            ? [`abort ${scalar(f.abort.httpStatus ?? f.abort.grpcStatus)} for ${percent(f.abort)}`]
            : [])
    ]);
    return parts.length > 0 ? parts.join(' + ') : 'the fault';
}
function percent(action) {
    const value = (0,kube_status/* isRecord */.u4)(action.percentage) ? action.percentage.value : action.percent;
    return typeof value === 'number' ? `${value}%` : '100%';
}
function scalar(value) {
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '?';
}

;// CONCATENATED MODULE: ./src/backends/kubernetes/virtual-service/observe-vs.ts








async function* observeVs(kube, handle, ctx) {
    const ref = {
        apiVersion: handle.apiVersion ?? 'networking.istio.io/v1',
        kind: VIRTUAL_SERVICE,
        namespace: handle.namespace ?? '',
        name: handle.name
    };
    const endsAt = Number(handle.data?.endsAt ?? ctx.clock.now());
    const what = `VirtualService ${ref.namespace ?? ''}/${ref.name}`;
    let current;
    let announced = false;
    const ticks = (0,with_deadlines/* withDeadlines */.y)((signal) => (0,follow/* follow */.e)(kube, { ...ref, fieldSelector: `metadata.name=${ref.name}` }, { clock: ctx.clock, signal, log: ctx.log }), { clock: ctx.clock, signal: ctx.signal, nextAt: () => endsAt });
    for await (const tick of ticks) {
        const at = ctx.clock.now();
        if (tick.kind === 'change')
            current = tick.value.objects[0];
        if (at >= endsAt) {
            yield await takeOff(kube, ref, handle, ctx, what);
            return;
        }
        if (!current || current.metadata.labels?.[labels/* RUN_ID_LABEL */.pv] !== ctx.runId) {
            yield {
                at,
                phase: 'stopped',
                message: `${what} was ${current ? 'restored' : 'deleted'} outside the gate`,
                terminal: true
            };
            return;
        }
        if (announced)
            continue;
        announced = true;
        yield {
            at,
            phase: 'injected',
            message: `${describeFault(current)} applied to ${what} until ${new Date(endsAt).toISOString()}`,
            terminal: false
        };
    }
}
async function takeOff(kube, ref, handle, ctx, what) {
    const at = () => ctx.clock.now();
    try {
        const done = await restoreVs(kube, ref, restoreHints(handle, ctx.runId));
        const how = done === 'deleted' ? 'deleted (the gate had created it)' : 'restored to its original';
        return {
            at: at(),
            phase: 'finished',
            message: `the duration is over: ${what} ${how}`,
            terminal: true
        };
    }
    catch (err) {
        return {
            at: at(),
            phase: 'failed',
            verdict: 'error',
            message: `the fault could not be taken off ${what}: ${(0,util_errors/* errorMessage */.gJ)(err)}`,
            terminal: true
        };
    }
}

// EXTERNAL MODULE: ./src/backends/kube/port.ts
var port = __webpack_require__(58312);
;// CONCATENATED MODULE: ./src/backends/kubernetes/virtual-service/preflight-vs.ts







const ISTIO = {
    product: 'Istio',
    install: 'Install Istio (istiod and its CRDs) in the cluster, and inject its sidecars into the workloads the VirtualService routes to; chaos-gate never installs it.'
};
async function preflightVs(exp, ctx, deps) {
    const vs = virtualServiceOf(exp, deps.defaultNamespace);
    const op = { backend: 'kubernetes' };
    const served = await (0,preflight/* checkServed */.wI)(deps.cluster, [{ apiVersion: vs.apiVersion, kind: VIRTUAL_SERVICE }], ISTIO, exp.source, op);
    const resource = served.resources.get((0,preflight/* kindKey */._V)(vs.apiVersion, VIRTUAL_SERVICE));
    if (!resource)
        return { warnings: [], issues: served.issues };
    const namespace = vs.metadata.namespace;
    const verbs = ['get', 'list', 'watch', 'create', 'patch', 'delete'];
    const denied = await (0,preflight/* checkAccess */.x8)(deps.cluster, (0,preflight/* needs */.eN)(resource, verbs, namespace), exp.source, op);
    if (denied.length > 0)
        return { warnings: [], issues: denied };
    const existing = await getVs(deps.kube, refOf(vs));
    const warnings = existing && !(0,kube_submit/* carries */.ED)(existing, ctx.labels)
        ? [
            `VirtualService ${namespace ?? ''}/${vs.metadata.name ?? ''} exists: the fault replaces its spec for the duration, and its original labels, annotations and spec are restored afterwards (saved in ${ORIGINAL_ANNOTATION})`
        ]
        : [];
    const rejected = existing
        ? await dryRunPatch(deps.kube, exp, vs, applyPatch(existing, vs, ctx))
        : await (0,preflight/* dryRunCreate */.Vf)(deps.kube, vs, exp.locate, operation('create', vs));
    return { warnings, issues: rejected };
}
/** A dry run of the very patch that applies the fault. */
async function dryRunPatch(kube, exp, vs, patch) {
    try {
        await kube.patch(refOf(vs), patch, { dryRun: true });
        return [];
    }
    catch (err) {
        if (err instanceof port/* KubeApiError */.W && err.status === 422)
            return (0,errors/* invalidIssues */._E)(err, exp.locate, `VirtualService ${vs.metadata.name ?? ''}`);
        const message = err instanceof Error ? err.message : String(err);
        return [
            {
                ...exp.source,
                severity: 'error',
                code: 'kube/dry-run',
                message: `the API server refused a dry-run patch of VirtualService ${vs.metadata.name ?? ''} (${(0,discovery/* splitApiVersion */.Np)(vs.apiVersion).group}): ${message}`
            }
        ];
    }
}

;// CONCATENATED MODULE: ./src/backends/kubernetes/kubernetes-backend.ts










/** The registry's entry: the backend over the run's cluster connection. */
async function kubernetesBackend(deps) {
    if (!deps.kube)
        throw new util_errors/* InternalError */.Gd('the kubernetes backend was built without a Kubernetes connection');
    const conn = await deps.kube();
    return createKubernetesBackend({
        kube: conn.objects,
        cluster: conn.cluster,
        defaultNamespace: conn.namespace ?? 'default',
        policy: deps.policy,
        random: deps.random
    });
}
function createKubernetesBackend(deps) {
    return {
        kind: 'kubernetes',
        check,
        preflight: (exp, ctx) => isPodKill(exp) ? preflightPodKill(exp, deps, ctx.signal) : preflightVs(exp, ctx, deps),
        submit: (exp, ctx) => isPodKill(exp)
            ? submitPodKill(exp, ctx, deps)
            : applyFault(deps.kube, exp, ctx, deps.defaultNamespace),
        observe: (handle, ctx) => observe(deps.kube, handle, ctx),
        abort: (handle, ctx) => abort(deps.kube, handle, ctx),
        cleanup: (selector, ctx) => cleanupKubernetes(deps.kube, selector, ctx, deps.cleanupBoundMs ?? 10_000)
    };
}
const isPodKill = (exp) => exp.fault.kind === 'pod-kill';
function check(exp) {
    const fault = exp.fault;
    if (fault.kind === 'pod-kill' ||
        (fault.kind === 'kube-object' && fault.object.kind === VIRTUAL_SERVICE))
        return [];
    return [
        {
            ...exp.source,
            severity: 'error',
            code: 'kubernetes/fault',
            message: `the kubernetes backend cannot run a ${fault.kind === 'kube-object' ? fault.object.kind : fault.kind}`,
            expected: 'a podKill fault, or an Istio VirtualService with http[].fault'
        }
    ];
}
function observe(kube, handle, ctx) {
    return handle.kind === POD_KILL ? observePodKill(kube, handle, ctx) : observeVs(kube, handle, ctx);
}
/** A kill cannot be undone, so aborting it stops nothing; a VirtualService fault comes off at once. */
async function abort(kube, handle, ctx) {
    if (handle.kind !== VIRTUAL_SERVICE)
        return;
    await restoreVs(kube, {
        apiVersion: handle.apiVersion ?? 'networking.istio.io/v1',
        kind: VIRTUAL_SERVICE,
        namespace: handle.namespace ?? '',
        name: handle.name
    }, restoreHints(handle, ctx.runId));
}


/***/ }),

/***/ 15326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LE: () => (/* binding */ labelSelectorProblem),
/* harmony export */   Rs: () => (/* binding */ formatLabelSelector),
/* harmony export */   pj: () => (/* binding */ splitRequirements),
/* harmony export */   qI: () => (/* binding */ isLabelKey)
/* harmony export */ });
/* unused harmony export isLabelValue */
/**
 * Kubernetes label selectors: the string form (`app=checkout,tier!=db,env in (a,b)`) checked for
 * syntax, and map/expression forms rendered into it, so every backend hands preflight one form.
 */
const NAME = '[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?';
const KEY = new RegExp(`^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?${NAME}$`);
const VALUE = new RegExp(`^(${NAME})?$`);
const EQUALITY = /^(!?)\s*([^\s=!,()]+)\s*(?:(==|=|!=)\s*([^\s=!,()]*))?$/;
const SET = /^([^\s=!,()]+)\s+(in|notin)\s+\(([^()]*)\)$/;
/** True for a valid label key (`app`, `app.kubernetes.io/name`). */
function isLabelKey(key) {
    return key.length <= 316 && KEY.test(key);
}
/** True for a valid label value (possibly empty). */
function isLabelValue(value) {
    return VALUE.test(value);
}
/** Why `selector` is not a valid label selector string, or undefined when it is. */
function labelSelectorProblem(selector) {
    if (selector.trim() === '')
        return 'the selector is empty';
    for (const part of splitRequirements(selector)) {
        const problem = requirementProblem(part.trim());
        if (problem)
            return problem;
    }
    return undefined;
}
function requirementProblem(req) {
    const set = SET.exec(req);
    if (set) {
        const [, key = '', , values = ''] = set;
        if (!isLabelKey(key))
            return `'${key}' is not a valid label key`;
        const bad = values
            .split(',')
            .map((v) => v.trim())
            .find((v) => !isLabelValue(v));
        return bad === undefined ? undefined : `'${bad}' is not a valid label value`;
    }
    const eq = EQUALITY.exec(req);
    if (!eq)
        return `'${req}' is not a label requirement (key, !key, key=value, key!=value, key in (a,b))`;
    const [, not = '', key = '', op, value = ''] = eq;
    if (not && op)
        return `'${req}' mixes '!' with an operator`;
    if (!isLabelKey(key))
        return `'${key}' is not a valid label key`;
    if (op && !isLabelValue(value))
        return `'${value}' is not a valid label value`;
    return undefined;
}
/** Splits a selector string into its requirements: on commas outside parentheses. */
function splitRequirements(selector) {
    const parts = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < selector.length; i++) {
        const c = selector[i];
        if (c === '(')
            depth++;
        else if (c === ')')
            depth--;
        else if (c === ',' && depth === 0) {
            parts.push(selector.slice(start, i));
            start = i + 1;
        }
    }
    parts.push(selector.slice(start));
    return parts;
}
/** Renders matchLabels and expressions as one selector string. */
function formatLabelSelector(labels, expressions = []) {
    const parts = Object.entries(labels).map(([k, v]) => `${k}=${v}`);
    for (const e of expressions) {
        const values = (e.values ?? []).join(',');
        if (e.operator === 'In')
            parts.push(`${e.key} in (${values})`);
        else if (e.operator === 'NotIn')
            parts.push(`${e.key} notin (${values})`);
        else if (e.operator === 'Exists')
            parts.push(e.key);
        else if (e.operator === 'DoesNotExist')
            parts.push(`!${e.key}`);
    }
    return parts.join(',');
}


/***/ })

};
;