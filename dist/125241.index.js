"use strict";
exports.id = 125241;
exports.ids = [125241];
exports.modules = {

/***/ 50760:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHAOS_MESH_BOUNDS: () => (/* binding */ CHAOS_MESH_BOUNDS),
  chaosMeshBackend: () => (/* binding */ chaosMeshBackend),
  createChaosMeshBackend: () => (/* binding */ createChaosMeshBackend)
});

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/backends/kube/submit.ts
var kube_submit = __webpack_require__(61727);
// EXTERNAL MODULE: ./src/backends/kube/errors.ts
var kube_errors = __webpack_require__(31232);
// EXTERNAL MODULE: ./src/manifest/classify/kinds.ts
var kinds = __webpack_require__(67471);
;// CONCATENATED MODULE: ./src/backends/chaos-mesh/chaos-mesh-api.ts
/**
 * The Chaos Mesh kinds, labels and annotations the backend touches (docs/backends/chaos-mesh.md), with the
 * plural resource names RBAC and kubectl use. Chaos kinds are plural as their lower-cased kind
 * (`podchaos`), as in the CRDs.
 */

const CHAOS_MESH_API_VERSION = 'chaos-mesh.org/v1alpha1';
const CHAOS_MESH_GROUP = 'chaos-mesh.org';
/** Pauses a chaos or a Schedule: desiredPhase Stop, faults recovered (api/v1alpha1/common_types.go). */
const PAUSE_ANNOTATION = 'experiment.chaos-mesh.org/pause';
/** Drops the records finalizer without recovering: the last resort for a stuck object (chaos-mesh#4311). */
const CLEAN_FINALIZER_ANNOTATION = 'chaos-mesh.chaos-mesh.org/cleanFinalizer';
/** Aborts a Workflow; Chaos Mesh sets it itself when a StatusCheck with abortWithStatusCheck fails. */
const WORKFLOW_ABORT_ANNOTATION = 'workflow.chaos-mesh.org/abort';
/** Set when chaos-gate stops an object, so a paused or aborted state can say who did it. */
const ABORTED_AT_ANNOTATION = 'chaos-gate.dev/aborted-at';
/** The label a Schedule's children carry: the Schedule's name. */
const MANAGED_BY_SCHEDULE_LABEL = 'managed-by';
/** The label every WorkflowNode and every object a Workflow spawns carries: the Workflow's name. */
const WORKFLOW_LABEL = 'chaos-mesh.org/workflow';
/** The finalizer every chaos object gets; released only once every record is recovered. */
const RECORDS_FINALIZER = 'chaos-mesh/records';
const kindNames = (kind, resource) => ({
    apiVersion: CHAOS_MESH_API_VERSION,
    kind,
    resource
});
/** Every chaos kind, by kind name. */
const CHAOS_KINDS = new Map(kinds/* CHAOS_MESH_FAULT_KINDS */.MK.map((kind) => [kind, kindNames(kind, kind.toLowerCase())]));
const SCHEDULE = kindNames('Schedule', 'schedules');
const WORKFLOW = kindNames('Workflow', 'workflows');
const WORKFLOW_NODE = kindNames('WorkflowNode', 'workflownodes');
const STATUS_CHECK = kindNames('StatusCheck', 'statuschecks');
/** The kinds a run may create directly, found again by the run label during cleanup. */
const SUBMITTED_KINDS = [...CHAOS_KINDS.values(), SCHEDULE, WORKFLOW];
/** The names of `kind`, or undefined when it is not a Chaos Mesh kind the backend knows. */
function kindNamesOf(kind) {
    if (kind === 'Schedule')
        return SCHEDULE;
    if (kind === 'Workflow')
        return WORKFLOW;
    if (kind === 'WorkflowNode')
        return WORKFLOW_NODE;
    if (kind === 'StatusCheck')
        return STATUS_CHECK;
    return CHAOS_KINDS.get(kind);
}
/** True for the fault kinds (PodChaos, NetworkChaos, ...), as opposed to Schedule and Workflow. */
const isChaosKind = (kind) => CHAOS_KINDS.has(kind);
const CHAOS_MESH_INSTALLATION = {
    product: 'Chaos Mesh',
    install: 'Install Chaos Mesh (its controller manager, chaos-daemon and CRDs) in the cluster first, for example with the Helm chart at https://charts.chaos-mesh.org; chaos-gate never installs or removes it.'
};

// EXTERNAL MODULE: ./src/backends/kube/follow.ts + 1 modules
var follow = __webpack_require__(57646);
;// CONCATENATED MODULE: ./src/backends/chaos-mesh/follow/await-state.ts


async function awaitState(kube, ref, judge, options) {
    const bound = new AbortController();
    const signal = AbortSignal.any([options.signal, bound.signal]);
    options.clock.sleep(options.boundMs, signal).then(() => bound.abort(), () => undefined);
    let objects = [];
    try {
        for await (const snapshot of (0,follow/* follow */.e)(kube, ref, {
            clock: options.clock,
            signal,
            log: options.log
        })) {
            objects = snapshot.objects;
            const judgement = judge(objects);
            if (judgement !== 'wait')
                return { outcome: judgement, objects };
        }
    }
    catch (err) {
        options.log.warn(`chaos-mesh: following ${ref.kind} failed: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    finally {
        bound.abort();
    }
    return { outcome: 'timeout', objects };
}

;// CONCATENATED MODULE: ./src/backends/chaos-mesh/observation/injection-failure.ts
/** gRPC and transport failures between the controller and chaos-daemon: infrastructure, not the target. */
const INFRASTRUCTURE = /code = (Unavailable|DeadlineExceeded)|connection refused|transport: Error while dialing|no such host|daemon ?IP|chaos-daemon/i;
/** Apply attempts in a row after which a fault that injected nowhere is judged never injected. */
const FAILED_ATTEMPTS_LIMIT = 5;
/** The verdict and message for records none of which was ever injected. */
function neverInjected(records, why, boundMs) {
    const failing = records.flatMap((r) => (r.failing ? [r.failing] : []));
    const last = worst(failing);
    const when = why === 'time-up'
        ? 'before its duration ended'
        : why === 'attempts'
            ? `after ${FAILED_ATTEMPTS_LIMIT} failed attempts on every target`
            : `within ${seconds(boundMs)}`;
    const targets = records.length === 1 ? 'its target' : `any of its ${records.length} targets`;
    if (!last)
        return {
            verdict: 'fail',
            message: `Chaos Mesh never injected the fault into ${targets} ${when}, and reported no failure`
        };
    return {
        verdict: INFRASTRUCTURE.test(last.message) ? 'error' : 'fail',
        message: `Chaos Mesh never injected the fault into ${targets} ${when}: ${last.message}`
    };
}
/** True when every record has failed to apply the fault `FAILED_ATTEMPTS_LIMIT` times in a row. */
function applyGivenUp(records) {
    return records.every((r) => r.failing !== undefined &&
        r.failing.operation === 'Apply' &&
        r.failing.count >= FAILED_ATTEMPTS_LIMIT);
}
/** Records whose Recover has failed `FAILED_ATTEMPTS_LIMIT` times in a row: stuck (chaos-mesh#4311). */
function recoverFailing(records) {
    return records.filter((r) => r.phase !== 'not-injected' &&
        r.failing?.operation === 'Recover' &&
        r.failing.count >= FAILED_ATTEMPTS_LIMIT);
}
/** The failure with the longest streak, so the message names the most persistent problem. */
function worst(failing) {
    return [...failing].sort((a, b) => b.count - a.count)[0];
}
function seconds(ms) {
    return `${Math.round(ms / 100) / 10}s`;
}

;// CONCATENATED MODULE: ./src/backends/chaos-mesh/observation/look.ts
function look(at, phase, message, extra = {}) {
    return { observation: { at, phase, message, terminal: false, ...extra } };
}
/** An observation that ends the follow (the object's run is over, one way or the other). */
function terminalLook(at, phase, message, extra) {
    return look(at, phase, message, { ...extra, terminal: true });
}
/** Targets the fault reached at some point (recovered ones included). */
function everInjected(records) {
    return records.filter((r) => r.phase === 'injected' || r.injectedCount > 0).length;
}
const CONDITION_ORDER = ['Selected', 'AllInjected', 'AllRecovered', 'Paused'];
function detailsOf(view) {
    const conditions = CONDITION_ORDER.filter((c) => view.conditions.has(c))
        .map((c) => `${c}=${view.conditions.get(c) ?? ''}`)
        .join(' ');
    const records = view.records ?? [];
    return {
        object: `${view.kind} ${view.namespace}/${view.name}`,
        ...(conditions ? { conditions } : {}),
        ...(view.desiredPhase ? { desiredPhase: view.desiredPhase } : {}),
        records: `${records.filter((r) => r.phase === 'injected').length}/${records.length} injected`
    };
}
function plural(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

// EXTERNAL MODULE: ./src/backends/kube/status.ts
var kube_status = __webpack_require__(73545);
// EXTERNAL MODULE: ./src/manifest/adopt/chaos-mesh/chaos-mesh-kinds.ts
var chaos_mesh_kinds = __webpack_require__(84379);
;// CONCATENATED MODULE: ./src/backends/chaos-mesh/observation/one-shot.ts
/**
 * One-shot chaos (`+chaos-mesh:oneshot`; docs/backends/chaos-mesh.md, "A chaos object"): pod-kill, container-kill, ec2-restart,
 * vm-restart, node-reset inject once and never recover. Their success signal is every record
 * Injected; AllRecovered stays False until deletion and `duration` is ignored.
 */

function isOneShot(kind, spec) {
    const action = spec?.action;
    return typeof action === 'string' && chaos_mesh_kinds/* ONE_SHOT */.A5.includes(`${kind}/${action}`);
}

;// CONCATENATED MODULE: ./src/backends/chaos-mesh/status/chaos-status.ts



function readChaos(object) {
    const { metadata } = object;
    const annotations = metadata.annotations ?? {};
    const status = (0,kube_status/* isRecord */.u4)(object.status) ? object.status : {};
    const experiment = (0,kube_status/* isRecord */.u4)(status.experiment) ? status.experiment : {};
    const records = Array.isArray(experiment.containerRecords)
        ? experiment.containerRecords.filter(kube_status/* isRecord */.u4).map(readRecord)
        : [];
    const created = typeof metadata.creationTimestamp === 'string' ? metadata.creationTimestamp : '';
    return {
        kind: object.kind,
        namespace: metadata.namespace ?? '',
        name: metadata.name ?? '',
        createdAt: Number.isNaN(Date.parse(created)) ? undefined : Date.parse(created),
        deleting: typeof metadata.deletionTimestamp === 'string',
        paused: annotations[PAUSE_ANNOTATION] === 'true',
        abortedAt: annotations[ABORTED_AT_ANNOTATION],
        oneShot: isOneShot(object.kind, (0,kube_status/* isRecord */.u4)(object.spec) ? object.spec : undefined),
        desiredPhase: chaos_status_text(experiment.desiredPhase),
        conditions: readConditions(status.conditions),
        records: records.length > 0 ? records : undefined,
        finalizers: Array.isArray(metadata.finalizers) ? metadata.finalizers.map(String) : []
    };
}
/** `type → status` of a `conditions` list; later duplicates win. */
function readConditions(value) {
    const out = new Map();
    if (!Array.isArray(value))
        return out;
    for (const c of value.filter(kube_status/* isRecord */.u4)) {
        const type = chaos_status_text(c.type);
        if (type)
            out.set(type, chaos_status_text(c.status) ?? '');
    }
    return out;
}
function readRecord(record) {
    const phase = chaos_status_text(record.phase) ?? '';
    const failing = trailingFailures(record.events);
    return {
        id: chaos_status_text(record.id) ?? '?',
        phase: phase === 'Injected'
            ? 'injected'
            : phase === 'Not Injected' || phase === ''
                ? 'not-injected'
                : 'transitioning',
        injectedCount: count(record.injectedCount),
        recoveredCount: count(record.recoveredCount),
        ...(failing ? { failing } : {})
    };
}
/** The run of Failed events at the end of a record's (capped) event list. */
function trailingFailures(events) {
    if (!Array.isArray(events))
        return undefined;
    const list = events.filter(kube_status/* isRecord */.u4);
    let n = 0;
    for (let i = list.length - 1; i >= 0 && list[i]?.type === 'Failed'; i--)
        n++;
    const last = list.at(-1);
    if (n === 0 || !last)
        return undefined;
    return {
        operation: chaos_status_text(last.operation) ?? 'Apply',
        count: n,
        message: chaos_status_text(last.message) ?? 'no message'
    };
}
function chaos_status_text(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function count(value) {
    return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

;// CONCATENATED MODULE: ./src/backends/chaos-mesh/stop.ts




/** Sets the pause annotation; false when the object is already gone. */
function pauseObject(kube, kind, namespace, name, ctx, stampAbort = false) {
    return annotate(kube, kind, namespace, name, {
        [PAUSE_ANNOTATION]: 'true',
        ...(stampAbort && { [ABORTED_AT_ANNOTATION]: new Date(ctx.clock.now()).toISOString() })
    });
}
/** Sets the Workflow abort annotation; false when the workflow is already gone. */
function setWorkflowAbort(kube, namespace, name, ctx) {
    return annotate(kube, WORKFLOW, namespace, name, {
        [WORKFLOW_ABORT_ANNOTATION]: 'true',
        [ABORTED_AT_ANNOTATION]: new Date(ctx.clock.now()).toISOString()
    });
}
async function annotate(kube, kind, namespace, name, annotations) {
    try {
        await kube.patch({ apiVersion: kind.apiVersion, kind: kind.kind, namespace, name }, { type: 'merge', body: { metadata: { annotations } } });
        return true;
    }
    catch (err) {
        if ((0,kube_errors/* isNotFound */.c4)(err))
            return false;
        throw (0,kube_errors/* kubeFailure */.O5)(err, (0,kube_errors/* kindOperation */.AX)('chaos-mesh', 'patch', kind, namespace, name));
    }
}
/**
 * Every continuous chaos object recovered (or gone): done; one whose Recover keeps failing: stuck.
 * One-shot objects have nothing to recover, so they never hold anything up.
 */
function chaosRecovered(objects) {
    const records = stillInjected(objects);
    if (records.length === 0)
        return 'done';
    return recoverFailing(records).length > 0 ? 'stuck' : 'wait';
}
/** The records of continuous chaos objects that are still injected, for messages. */
function stillInjected(objects) {
    return objects
        .map(readChaos)
        .filter((v) => !v.oneShot)
        .flatMap((v) => (v.records ?? []).filter((r) => r.phase !== 'not-injected'));
}

;// CONCATENATED MODULE: ./src/backends/chaos-mesh/abort.ts
/**
 * Abort through Chaos Mesh's safe path (docs/backends/chaos-mesh.md, "Abort: the safe path"; chaos-mesh#2449): never delete an object
 * mid-injection. A continuous chaos is paused, then deleted once every record is recovered; a
 * one-shot chaos has nothing to recover and is deleted at once; a Schedule is paused (the pause
 * reaches its children) and deleted once they recovered; a Workflow is aborted and deleted once
 * the chaos it spawned is recovered. When recovery does not come within the bound the object is
 * left paused for Chaos Mesh to keep retrying, and the abort fails saying what is still injected.
 */







async function abortChaosMesh(kube, handle, ctx, boundMs) {
    const kind = kindNamesOf(handle.kind);
    if (!kind)
        throw new errors/* InternalError */.Gd(`chaos-mesh cannot abort a ${handle.kind}`);
    const stop = { kube, handle, ctx, boundMs, namespace: handle.namespace ?? '' };
    const awaited = kind === SCHEDULE
        ? await stopSchedule(stop)
        : kind === WORKFLOW
            ? await stopWorkflow(stop)
            : await stopChaos(stop, kind);
    // Undefined: the object was already gone.
    if (!awaited)
        return;
    if (awaited.outcome !== 'done')
        throw notRecovered(handle, awaited, boundMs);
    await deleteObject(kube, kind, stop.namespace, handle.name);
}
async function stopChaos(stop, kind) {
    const { kube, handle, ctx, namespace } = stop;
    // One-shot chaos has nothing to recover: deleting it strands nothing.
    if (handle.data?.oneShot === 'true')
        return { outcome: 'done', objects: [] };
    if (!(await pauseObject(kube, kind, namespace, handle.name, ctx, true)))
        return undefined;
    return waitRecovered(stop, [
        { ...labelled(kind.kind, namespace), fieldSelector: `metadata.name=${handle.name}` }
    ]);
}
/** Pausing stops new runs and reaches chaos children; Workflow children are aborted one by one. */
async function stopSchedule(stop) {
    const { kube, handle, ctx, namespace } = stop;
    if (!(await pauseObject(kube, SCHEDULE, namespace, handle.name, ctx, true)))
        return undefined;
    const childKind = handle.data?.childKind ?? '';
    const children = `${MANAGED_BY_SCHEDULE_LABEL}=${handle.name}`;
    if (childKind !== WORKFLOW.kind)
        return waitRecovered(stop, [labelled(childKind, namespace, children)]);
    const workflows = await kube.list(labelled(WORKFLOW.kind, namespace, children));
    const names = workflows.items.map((w) => w.metadata.name ?? '');
    for (const name of names)
        await setWorkflowAbort(kube, namespace, name, ctx);
    return waitRecovered(stop, names.flatMap((name) => workflowChaos(handle, namespace, name)));
}
async function stopWorkflow(stop) {
    const { kube, handle, ctx, namespace } = stop;
    if (!(await setWorkflowAbort(kube, namespace, handle.name, ctx)))
        return undefined;
    return waitRecovered(stop, workflowChaos(handle, namespace, handle.name));
}
/** The chaos a workflow spawns, one collection per chaos kind its templates embed. */
function workflowChaos(handle, namespace, workflow) {
    const kinds = (handle.data?.chaosKinds ?? '').split(',').filter(Boolean);
    return kinds.map((k) => labelled(k, namespace, `${WORKFLOW_LABEL}=${workflow}`));
}
/** Waits for every collection at once; the worst outcome wins. */
async function waitRecovered(stop, refs) {
    const { kube, ctx, boundMs } = stop;
    const options = { clock: ctx.clock, log: ctx.log, signal: ctx.signal, boundMs };
    const all = await Promise.all(refs.map((ref) => awaitState(kube, ref, chaosRecovered, options)));
    const objects = all.flatMap((a) => a.objects);
    const outcome = all.find((a) => a.outcome === 'stuck')?.outcome ??
        all.find((a) => a.outcome === 'timeout')?.outcome ??
        'done';
    return { outcome, objects };
}
function notRecovered(handle, awaited, boundMs) {
    const still = stillInjected(awaited.objects);
    const failure = still.find((r) => r.failing)?.failing?.message;
    const why = awaited.outcome === 'stuck'
        ? 'Chaos Mesh keeps failing to recover'
        : `not recovered within ${seconds(boundMs)}`;
    return new errors/* BackendError */.Jh('chaos-mesh', 'abort', `${handle.kind} ${handle.namespace ?? ''}/${handle.name}`, `paused, but ${plural(still.length, 'target')} still injected (${why}${failure ? `: ${failure}` : ''}); it is left paused, not deleted, so Chaos Mesh keeps retrying, and cleanup reports it if it stays`);
}
function labelled(kind, namespace, labelSelector) {
    return {
        apiVersion: CHAOS_MESH_API_VERSION,
        kind,
        namespace,
        ...(labelSelector !== undefined && { labelSelector })
    };
}
/** Deletes in the background (children are garbage-collected, each behind its own finalizer). */
async function deleteObject(kube, kind, namespace, name) {
    try {
        await kube.delete({ apiVersion: kind.apiVersion, kind: kind.kind, namespace, name }, { propagationPolicy: 'Background' });
    }
    catch (err) {
        throw (0,kube_errors/* kubeFailure */.O5)(err, (0,kube_errors/* kindOperation */.AX)('chaos-mesh', 'delete', kind, namespace, name));
    }
}

// EXTERNAL MODULE: ./src/backends/kube/cleanup.ts
var cleanup = __webpack_require__(32415);
// EXTERNAL MODULE: ./src/backends/labels.ts
var backends_labels = __webpack_require__(86670);
;// CONCATENATED MODULE: ./src/backends/chaos-mesh/run-objects.ts




/** The run's own objects (or one experiment's): by label in every namespace, and by handle. */
async function findRunObjects(kube, selector) {
    const labelSelector = (0,backends_labels/* runSelectorString */.aT)(selector.runId, selector.experiment);
    const refs = selector.namespaces.flatMap((namespace) => SUBMITTED_KINDS.map((k) => ({
        apiVersion: k.apiVersion,
        kind: k.kind,
        namespace,
        labelSelector
    })));
    const listed = await listAll(kube, refs);
    const errors = [...listed.errors];
    // A handle whose object is gone (get answers undefined on 404) is nothing to clean up; any
    // other failure is reported, so the cleanup is not called clean while the object may remain.
    const byHandle = await Promise.all(selector.handles
        .filter((h) => h.backend === 'chaos-mesh' && kindNamesOf(h.kind) && h.namespace)
        .filter((h) => selector.experiment === undefined || h.experiment === selector.experiment)
        .map((h) => {
        const ref = {
            apiVersion: CHAOS_MESH_API_VERSION,
            kind: h.kind,
            namespace: h.namespace ?? '',
            name: h.name
        };
        return kube.get(ref).catch((err) => {
            errors.push(refFailure(err, 'get', ref));
            return undefined;
        });
    }));
    const found = byHandle.filter((o) => o !== undefined);
    return { objects: unique([...listed.objects, ...found]), errors };
}
/** What `roots` spawned, recursively (a Schedule of Workflows spawns Workflows that spawn chaos). */
async function findDependents(kube, roots) {
    const objects = [];
    const errors = [];
    let level = roots;
    for (let depth = 0; depth < 3 && level.length > 0; depth++) {
        const listed = await listAll(kube, level.flatMap(dependentRefs));
        errors.push(...listed.errors);
        objects.push(...listed.objects);
        level = listed.objects.filter((o) => o.kind === WORKFLOW.kind);
    }
    return { objects: unique(objects), errors };
}
/** The collections an object's dependents live in. */
function dependentRefs(object) {
    const namespace = object.metadata.namespace ?? '';
    const name = object.metadata.name ?? '';
    const spec = (0,kube_status/* isRecord */.u4)(object.spec) ? object.spec : {};
    const at = (kind, labelSelector) => ({
        apiVersion: CHAOS_MESH_API_VERSION,
        kind,
        namespace,
        labelSelector
    });
    if (object.kind === 'Schedule' && typeof spec.type === 'string')
        return [at(spec.type, `${MANAGED_BY_SCHEDULE_LABEL}=${name}`)];
    if (object.kind !== WORKFLOW.kind)
        return [];
    const selector = `${WORKFLOW_LABEL}=${name}`;
    return [WORKFLOW_NODE.kind, STATUS_CHECK.kind, ...workflowChaosKinds(spec)].map((k) => at(k, selector));
}
/** The chaos kinds a workflow spec's templates embed. */
function workflowChaosKinds(spec) {
    const templates = Array.isArray(spec.templates) ? spec.templates.filter(kube_status/* isRecord */.u4) : [];
    const kinds = templates.flatMap((t) => {
        const type = t.templateType;
        if (typeof type === 'string' && isChaosKind(type))
            return [type];
        // A Schedule template embeds one more level: its `schedule.type`.
        const schedule = (0,kube_status/* isRecord */.u4)(t.schedule) ? t.schedule : {};
        return typeof schedule.type === 'string' && isChaosKind(schedule.type) ? [schedule.type] : [];
    });
    return [...new Set(kinds)];
}
/** Lists every collection at once; a kind the cluster does not serve is skipped. */
async function listAll(kube, refs) {
    const errors = [];
    const lists = await Promise.all(refs.map((ref) => kube.list(ref).then((list) => list.items, (err) => {
        if (!(0,kube_errors/* isNotFound */.c4)(err))
            errors.push(refFailure(err, 'list', ref));
        return [];
    })));
    return { objects: lists.flat(), errors };
}
/** What a user reads for a failed get or list of Chaos Mesh objects. */
function refFailure(err, verb, ref) {
    return (0,kube_errors/* kubeFailure */.O5)(err, {
        backend: 'chaos-mesh',
        verb,
        kind: ref.kind,
        resource: kindNamesOf(ref.kind)?.resource ?? ref.kind.toLowerCase(),
        group: CHAOS_MESH_GROUP,
        ...(ref.namespace !== undefined && { namespace: ref.namespace }),
        ...(ref.name !== undefined && { name: ref.name })
    }).message;
}
function keyOf(o) {
    return `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name ?? ''}`;
}
function unique(objects) {
    return [...new Map(objects.map((o) => [keyOf(o), o])).values()];
}

;// CONCATENATED MODULE: ./src/backends/chaos-mesh/status/workflow-status.ts



function readWorkflow(object) {
    const annotations = object.metadata.annotations ?? {};
    const status = (0,kube_status/* isRecord */.u4)(object.status) ? object.status : {};
    const spec = (0,kube_status/* isRecord */.u4)(object.spec) ? object.spec : {};
    const templates = Array.isArray(spec.templates) ? spec.templates.filter(kube_status/* isRecord */.u4) : [];
    const checks = new Map();
    for (const t of templates) {
        if (t.templateType !== 'StatusCheck' || typeof t.name !== 'string')
            continue;
        const check = (0,kube_status/* isRecord */.u4)(t.statusCheck) ? t.statusCheck : {};
        const http = (0,kube_status/* isRecord */.u4)(check.http) ? check.http : {};
        checks.set(t.name, {
            name: t.name,
            target: typeof http.url === 'string'
                ? `${typeof http.method === 'string' ? http.method : 'GET'} ${http.url}`
                : 'HTTP',
            abortWithStatusCheck: t.abortWithStatusCheck === true
        });
    }
    return {
        name: object.metadata.name ?? '',
        abort: annotations[WORKFLOW_ABORT_ANNOTATION] === 'true',
        abortedAt: annotations[ABORTED_AT_ANNOTATION],
        accomplished: readConditions(status.conditions).get('Accomplished') === 'True',
        entryNode: typeof status.entryNode === 'string' ? status.entryNode : undefined,
        checks
    };
}
function readNode(object) {
    const spec = (0,kube_status/* isRecord */.u4)(object.spec) ? object.spec : {};
    const status = (0,kube_status/* isRecord */.u4)(object.status) ? object.status : {};
    return {
        name: object.metadata.name ?? '',
        template: typeof spec.templateName === 'string' ? spec.templateName : '',
        type: typeof spec.type === 'string' ? spec.type : '',
        conditions: readConditions(status.conditions)
    };
}
function readCheck(object) {
    const status = (0,kube_status/* isRecord */.u4)(object.status) ? object.status : {};
    const conditions = readConditions(status.conditions);
    const records = Array.isArray(status.records) ? status.records.filter(kube_status/* isRecord */.u4) : [];
    return {
        name: object.metadata.name ?? '',
        node: object.metadata.labels?.['chaos-mesh.org/controlled-by'],
        failed: conditions.get('FailureThresholdExceed') === 'True',
        succeeded: conditions.get('SuccessThresholdExceed') === 'True',
        completed: conditions.get('Completed') === 'True',
        failures: records.filter((r) => r.outcome === 'Failure').length,
        successes: records.filter((r) => r.outcome === 'Success').length
    };
}

;// CONCATENATED MODULE: ./src/backends/chaos-mesh/cleanup.ts










async function cleanupChaosMesh(kube, selector, ctx, bounds) {
    const roots = await findRunObjects(kube, selector);
    const dependents = await findDependents(kube, roots.objects);
    const all = [...roots.objects, ...dependents.objects];
    const fit = (0,cleanup/* fitWaits */.up)(bounds.recoverBoundMs + bounds.removeBoundMs, ctx);
    await stopInjecting(kube, all, ctx, fit(bounds.recoverBoundMs));
    const report = await removeAll(kube, all, ctx, fit(bounds.removeBoundMs));
    return { ...report, errors: [...roots.errors, ...dependents.errors, ...report.errors] };
}
/**
 * Pauses continuous chaos that is still injected and every Schedule, aborts unfinished Workflows,
 * then waits (bounded) for the chaos to recover, so nothing is deleted mid-injection.
 */
async function stopInjecting(kube, objects, ctx, boundMs) {
    const injected = objects.filter((o) => isChaosKind(o.kind) && chaosRecovered([o]) !== 'done' && !readChaos(o).deleting);
    const stops = [
        ...injected.filter((o) => !readChaos(o).paused).map((o) => pause(kube, o, ctx)),
        ...objects.filter((o) => o.kind === SCHEDULE.kind).map((o) => pause(kube, o, ctx)),
        ...objects
            .filter((o) => o.kind === WORKFLOW.kind && !readWorkflow(o).accomplished)
            .map((o) => setWorkflowAbort(kube, namespaceOf(o), nameOf(o), ctx))
    ];
    await Promise.all(stops.map((s) => s.catch((err) => ctx.log.warn(String(err)))));
    const options = { clock: ctx.clock, log: ctx.log, signal: ctx.signal, boundMs };
    await Promise.all(injected.map((o) => awaitState(kube, byName(o), chaosRecovered, options)));
}
function pause(kube, o, ctx) {
    const kind = kindNamesOf(o.kind);
    return kind
        ? pauseObject(kube, kind, namespaceOf(o), nameOf(o), ctx, true)
        : Promise.resolve(false);
}
/** Deletes every object, then waits for each to be gone, to be clearly stuck, or for the bound. */
async function removeAll(kube, objects, ctx, boundMs) {
    const errors = [];
    await Promise.all(objects.map((o) => {
        const kind = kindNamesOf(o.kind);
        if (!kind)
            return Promise.resolve();
        return deleteObject(kube, kind, namespaceOf(o), nameOf(o)).catch((err) => {
            errors.push(err instanceof Error ? err.message : String(err));
        });
    }));
    const options = { clock: ctx.clock, log: ctx.log, signal: ctx.signal, boundMs };
    const ends = await Promise.all(objects.map((o) => awaitState(kube, byName(o), gone, options)));
    const deleted = [];
    const stuck = [];
    objects.forEach((o, i) => {
        const end = ends[i];
        if (!end || end.outcome === 'done')
            deleted.push(describe(o));
        else
            stuck.push(stuckEntry(o, end, boundMs));
    });
    if (stuck.length > 0)
        ctx.log.warn(`chaos-mesh: ${stuck.length} object(s) still present after cleanup`);
    return { deleted, stuck, errors };
}
/** Gone: done. A chaos object whose Recover keeps failing while it is deleted: stuck. */
function gone(objects) {
    const [object] = objects;
    if (!object)
        return 'done';
    return isChaosKind(object.kind) && recoverFailing(readChaos(object).records ?? []).length > 0
        ? 'stuck'
        : 'wait';
}
function stuckEntry(o, end, boundMs) {
    const last = end.objects[0] ?? o;
    const kind = kindNamesOf(o.kind);
    const doomed = { kind: kind ?? SCHEDULE, namespace: namespaceOf(o), name: nameOf(o) };
    const finalizers = Array.isArray(last.metadata.finalizers)
        ? last.metadata.finalizers.join(', ')
        : '';
    const held = finalizers ? `held by finalizer ${finalizers}` : 'not gone';
    const failing = recoverFailing(readChaos(last).records ?? []);
    const cause = failing.length > 0
        ? `${held}: Chaos Mesh cannot recover ${failing.map((r) => r.id).join(', ')} (${failing[0]?.failing?.message ?? ''})`
        : `${held} ${seconds(boundMs)} after the delete`;
    const lastResort = isChaosKind(o.kind) ? `. ${forcedCleanup(doomed.kind.resource, o)}` : '';
    return {
        ref: describe(o),
        reason: `${cause}${lastResort}`,
        inspect: (0,cleanup/* inspectCommand */.QR)(doomed)
    };
}
/** The last resort for a stuck chaos object, explained; chaos-gate never applies it. */
function forcedCleanup(resource, o) {
    const target = `${(0,kube_errors/* qualifiedResource */.VA)(resource, CHAOS_MESH_GROUP)} ${nameOf(o)} -n ${namespaceOf(o)}`;
    return `Last resort, only after checking by hand that the fault is gone from its targets: kubectl annotate ${target} ${CLEAN_FINALIZER_ANNOTATION}=forced drops the finalizer without recovering (chaos-mesh#4311); chaos-gate never does this itself`;
}
function byName(o) {
    return {
        apiVersion: CHAOS_MESH_API_VERSION,
        kind: o.kind,
        namespace: namespaceOf(o),
        fieldSelector: `metadata.name=${nameOf(o)}`
    };
}
const namespaceOf = (o) => o.metadata.namespace ?? '';
const nameOf = (o) => o.metadata.name ?? '';
const describe = (o) => `${o.kind} ${namespaceOf(o)}/${nameOf(o)}`;

// EXTERNAL MODULE: ./src/backends/kube/distinct-observations.ts
var distinct_observations = __webpack_require__(34107);
// EXTERNAL MODULE: ./src/backends/kube/with-deadlines.ts
var with_deadlines = __webpack_require__(66003);
;// CONCATENATED MODULE: ./src/backends/chaos-mesh/observation/chaos-stopping.ts


/** desiredPhase Stop (duration over, paused) or being deleted: recovering, recovered, or stuck. */
function stopping(view, records, ctx, details) {
    const ever = everInjected(records);
    const still = records.filter((r) => r.phase !== 'not-injected');
    if (still.length === 0) {
        if (view.paused || view.deleting)
            return look(ctx.at, 'stopped', stoppedBy(view, records.length), {
                affectedTargets: ever,
                details,
                terminal: true
            });
        if (ever === 0) {
            const failure = neverInjected(records, 'time-up', ctx.injectionBoundMs);
            return look(ctx.at, 'failed', failure.message, {
                verdict: failure.verdict,
                affectedTargets: 0,
                details,
                terminal: true
            });
        }
        return look(ctx.at, 'finished', `recovered from ${plural(ever, 'target')} after its duration`, {
            affectedTargets: ever,
            details,
            terminal: true
        });
    }
    const stuck = recoverFailing(records);
    if (stuck.length > 0)
        return look(ctx.at, 'failed', `Chaos Mesh cannot recover ${plural(stuck.length, 'target')} (the fault may still be injected): ${stuck[0]?.failing?.message ?? ''}`, {
            verdict: 'error',
            affectedTargets: ever,
            details,
            terminal: true
        });
    return look(ctx.at, 'injected', `recovering: ${still.length} of ${plural(records.length, 'target')} still injected`, { affectedTargets: ever, details });
}
function stoppedBy(view, targets) {
    return `${stoppedHow(view)}; recovered from ${plural(targets, 'target')}`;
}
/** "paused by chaos-gate at …", "deleted outside the gate", … */
function stoppedHow(view) {
    const who = view.abortedAt ? `by chaos-gate at ${view.abortedAt}` : 'outside the gate';
    return `${view.deleting ? 'deleted' : 'paused'} ${who}`;
}

;// CONCATENATED MODULE: ./src/backends/chaos-mesh/observation/chaos-observation.ts



function chaosObservation(view, ctx) {
    if (!view)
        return look(ctx.at, 'stopped', 'the object no longer exists (deleted outside the gate?)', {
            terminal: true
        });
    const details = detailsOf(view);
    const bound = ctx.submittedAt + ctx.injectionBoundMs;
    const pastBound = ctx.at >= bound;
    if (!view.records)
        return unselected(view, ctx, details, pastBound, bound);
    const records = view.records;
    if (view.oneShot)
        return oneShot(view, records, ctx, details, pastBound, bound);
    if (view.desiredPhase === 'Stop' || view.deleting)
        return stopping(view, records, ctx, details);
    return running(records, ctx, details, pastBound, bound);
}
/**
 * No record yet: selection has not happened, or matched nothing. Chaos Mesh selects only while
 * desiredPhase is Run, so once it is Stop (paused, deleted, or the duration over) nothing will
 * ever be selected, and waiting for the bound would only delay the answer.
 */
function unselected(view, ctx, details, pastBound, bound) {
    if (view.paused || view.deleting)
        return look(ctx.at, 'stopped', `${stoppedHow(view)} before Chaos Mesh selected any target`, {
            affectedTargets: 0,
            details,
            terminal: true
        });
    if (view.desiredPhase === 'Stop')
        return look(ctx.at, 'failed', `Chaos Mesh selected no target before its duration ended${ctx.noTargetReason === undefined ? '' : `: ${ctx.noTargetReason}`}`, { verdict: 'fail', affectedTargets: 0, details, terminal: true });
    if (ctx.noTargetReason !== undefined || (pastBound && view.conditions.has('Selected')))
        return look(ctx.at, 'failed', `Chaos Mesh selected no target: ${ctx.noTargetReason ?? `nothing within ${seconds(ctx.injectionBoundMs)}`}`, {
            verdict: 'fail',
            affectedTargets: 0,
            details,
            terminal: true
        });
    if (pastBound)
        return look(ctx.at, 'failed', `Chaos Mesh did not act on the ${view.kind} within ${seconds(ctx.injectionBoundMs)} (no status, finalizer ${view.finalizers.length > 0 ? 'set' : 'missing'}): is chaos-controller-manager running and watching namespace ${view.namespace}?`, { verdict: 'error', details, terminal: true });
    return {
        ...look(ctx.at, 'pending', 'waiting for Chaos Mesh to select targets', { details }),
        recheckAt: bound
    };
}
function oneShot(view, records, ctx, details, pastBound, bound) {
    const injected = everInjected(records);
    if (injected === records.length)
        return look(ctx.at, 'finished', `injected into ${plural(records.length, 'target')} (one-shot: it has no recovery)`, {
            affectedTargets: injected,
            details,
            terminal: true
        });
    return injecting(records, ctx, details, pastBound, bound, view.kind);
}
/** Continuous fault while desiredPhase is Run (or not written yet). */
function running(records, ctx, details, pastBound, bound) {
    const now = records.filter((r) => r.phase === 'injected').length;
    if (now === records.length)
        return look(ctx.at, 'injected', `injected into ${plural(now, 'target')}`, {
            affectedTargets: now,
            details
        });
    return injecting(records, ctx, details, pastBound, bound);
}
/** Not every record is injected yet: wait within the bound, then fail with the reason. */
function injecting(records, ctx, details, pastBound, bound, kind) {
    const injected = everInjected(records);
    const failing = records.find((r) => r.failing)?.failing;
    const lastFailure = failing ? `; last failure: ${failing.message}` : '';
    if (injected === 0 && (pastBound || applyGivenUp(records))) {
        const failure = neverInjected(records, pastBound ? 'bound' : 'attempts', ctx.injectionBoundMs);
        return look(ctx.at, 'failed', failure.message, {
            verdict: failure.verdict,
            affectedTargets: 0,
            details,
            terminal: true
        });
    }
    if (pastBound)
        return look(ctx.at, 'failed', `only ${injected} of ${plural(records.length, 'target')} were injected within ${seconds(ctx.injectionBoundMs)}${lastFailure}`, {
            verdict: 'fail',
            affectedTargets: injected,
            details,
            terminal: true
        });
    const phase = injected > 0 ? 'injected' : 'pending';
    const what = kind ? `${kind} ` : '';
    return {
        ...look(ctx.at, phase, `${what}injected into ${injected} of ${plural(records.length, 'target')}${lastFailure}`, {
            ...(injected > 0 ? { affectedTargets: injected } : {}),
            details
        }),
        recheckAt: bound
    };
}

;// CONCATENATED MODULE: ./src/backends/chaos-mesh/follow/follow-chaos.ts






/** How often Events are read while the controller has run but selected nothing. */
const EVENT_POLL_MS = 2_000;
function followChaos(kube, target, ctx, injectionBoundMs) {
    return (0,distinct_observations/* distinctObservations */.M)(chaosLooks(kube, target, ctx, injectionBoundMs));
}
/** The chaos object's observation after every change and at every bound. */
async function* chaosLooks(kube, target, ctx, injectionBoundMs) {
    const { clock } = ctx;
    const ref = {
        apiVersion: target.apiVersion,
        kind: target.kind,
        namespace: target.namespace,
        fieldSelector: `metadata.name=${target.name}`
    };
    let view;
    let recheckAt;
    let noTargetReason;
    const ticks = (0,with_deadlines/* withDeadlines */.y)((signal) => (0,follow/* follow */.e)(kube, ref, { clock, signal, log: ctx.log }), {
        clock,
        signal: ctx.signal,
        nextAt: () => recheckAt
    });
    for await (const tick of ticks) {
        if (tick.kind === 'change')
            view = viewOf(tick.value.objects[0]);
        const unselected = view !== undefined && !view.records && view.conditions.has('Selected');
        if (unselected && view && noTargetReason === undefined)
            noTargetReason = await noTargetEvent(kube, view, ctx);
        const at = clock.now();
        const { observation, recheckAt: next } = chaosObservation(view, {
            at,
            submittedAt: target.submittedAt,
            injectionBoundMs,
            ...(noTargetReason !== undefined && { noTargetReason })
        });
        recheckAt = unselected && next !== undefined ? Math.min(next, at + EVENT_POLL_MS) : next;
        yield observation;
    }
}
function viewOf(object) {
    return object ? readChaos(object) : undefined;
}
/** Chaos Mesh's Warning "no target has been selected", if it has said so; never throws. */
async function noTargetEvent(kube, view, ctx) {
    try {
        const events = await kube.list({
            apiVersion: 'v1',
            kind: 'Event',
            namespace: view.namespace,
            fieldSelector: `involvedObject.name=${view.name},reason=Failed`
        }, ctx.signal);
        const found = events.items.find((e) => e.involvedObject !== undefined && /no target/i.test(String(e.message)));
        return found ? String(found.message) : undefined;
    }
    catch (err) {
        ctx.log.debug(`chaos-mesh: cannot read the events of ${view.name}: ${(0,errors/* errorMessage */.gJ)(err)}`);
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/backends/kube/follow-all.ts
var follow_all = __webpack_require__(12344);
;// CONCATENATED MODULE: ./src/backends/chaos-mesh/observation/schedule-observation.ts


function readScheduleView(object) {
    const spec = (0,kube_status/* isRecord */.u4)(object.spec) ? object.spec : {};
    const status = (0,kube_status/* isRecord */.u4)(object.status) ? object.status : {};
    return {
        name: object.metadata.name ?? '',
        schedule: typeof spec.schedule === 'string' ? spec.schedule : '?',
        lastRun: typeof status.time === 'string' ? status.time : undefined,
        active: Array.isArray(status.active) ? status.active.length : 0
    };
}
function scheduleObservation(schedule, children, ctx) {
    const at = ctx.at;
    if (!schedule)
        return terminalLook(at, 'stopped', 'the Schedule no longer exists (deleted outside the gate?)', {});
    const failed = children.find((c) => c.look.observation.phase === 'failed');
    if (failed) {
        const { verdict, message } = failed.look.observation;
        return terminalLook(at, 'failed', `run ${failed.name}: ${message}`, {
            ...(verdict !== undefined && { verdict }),
            affectedTargets: ctx.affected
        });
    }
    const runs = `${plural(ctx.runs, 'run')}${schedule.lastRun ? `, the last at ${schedule.lastRun}` : ''}`;
    const live = children.filter((c) => !c.look.observation.terminal);
    if (ctx.windowEnded)
        return windowEnd(at, runs, live, ctx);
    const current = live.find((c) => c.look.observation.phase === 'injected') ?? live[0];
    const now = current ? `; ${current.name}: ${current.look.observation.message}` : '';
    const observation = ctx.runs === 0
        ? {
            at,
            phase: 'pending',
            message: `waiting for the first run (schedule '${schedule.schedule}')`,
            terminal: false
        }
        : {
            at,
            phase: 'injected',
            affectedTargets: ctx.affected,
            message: `${runs}${now || '; between runs'}`,
            terminal: false
        };
    const rechecks = children.flatMap((c) => c.look.recheckAt === undefined ? [] : [c.look.recheckAt]);
    return { observation, recheckAt: Math.min(ctx.endsAt, ...rechecks) };
}
function windowEnd(at, runs, live, ctx) {
    if (ctx.runs === 0)
        return terminalLook(at, 'failed', 'the Schedule did not run once within the experiment window', {
            verdict: 'fail',
            affectedTargets: 0
        });
    if (live.length === 0)
        return terminalLook(at, 'finished', `the window ended after ${runs}; paused, every run recovered (${plural(ctx.affected, 'target')} affected)`, {
            affectedTargets: ctx.affected
        });
    return {
        observation: {
            at,
            phase: 'injected',
            affectedTargets: ctx.affected,
            message: `the window ended after ${runs}; paused, waiting for ${plural(live.length, 'run')} to recover`,
            terminal: false
        }
    };
}

;// CONCATENATED MODULE: ./src/backends/chaos-mesh/follow/follow-children.ts


class ChaosChildren {
    injectionBoundMs;
    firstSeen = new Map();
    targets = new Set();
    constructor(injectionBoundMs) {
        this.injectionBoundMs = injectionBoundMs;
    }
    /** Judges the children present now; remembers the targets they reached. */
    update(objects, at) {
        return objects.map((object) => {
            const view = readChaos(object);
            const uid = object.metadata.uid;
            const key = typeof uid === 'string' ? uid : view.name;
            const seen = this.firstSeen.get(key) ?? at;
            this.firstSeen.set(key, seen);
            for (const r of view.records ?? [])
                if (r.phase === 'injected' || r.injectedCount > 0)
                    this.targets.add(r.id);
            return {
                name: view.name,
                kind: view.kind,
                node: object.metadata.labels?.['chaos-mesh.org/controlled-by'],
                look: chaosObservation(view, {
                    at,
                    submittedAt: seen,
                    injectionBoundMs: this.injectionBoundMs
                })
            };
        });
    }
    /** Distinct targets any child has injected so far. */
    get affected() {
        return this.targets.size;
    }
    /** How many children the gate has seen in all. */
    get seen() {
        return this.firstSeen.size;
    }
}

;// CONCATENATED MODULE: ./src/backends/chaos-mesh/follow/follow-schedule.ts








function followSchedule(kube, target, ctx, injectionBoundMs) {
    return (0,distinct_observations/* distinctObservations */.M)(scheduleLooks(kube, target, ctx, injectionBoundMs));
}
/** The Schedule's observation after every change and at every bound. */
async function* scheduleLooks(kube, target, ctx, injectionBoundMs) {
    const children = new ChaosChildren(injectionBoundMs);
    let windowEnded = false;
    let recheckAt = target.endsAt;
    let state = new Map();
    const ticks = (0,with_deadlines/* withDeadlines */.y)((signal) => (0,follow_all/* followAll */.Z)(kube, scheduleRefs(target), { clock: ctx.clock, signal, log: ctx.log }), { clock: ctx.clock, signal: ctx.signal, nextAt: () => recheckAt });
    for await (const tick of ticks) {
        if (tick.kind === 'change')
            state = tick.value;
        const at = ctx.clock.now();
        const kids = state.get('children') ?? [];
        if (!windowEnded && at >= target.endsAt) {
            await endWindow(kube, target, kids, ctx);
            windowEnded = true;
        }
        const [schedule] = state.get('schedule') ?? [];
        const looks = target.childKind === WORKFLOW.kind
            ? kids.map((k) => workflowChild(k, at))
            : children.update(kids, at);
        const look = scheduleObservation(schedule ? readScheduleView(schedule) : undefined, looks, {
            at,
            endsAt: target.endsAt,
            windowEnded,
            affected: children.affected,
            runs: target.childKind === WORKFLOW.kind ? kids.length : children.seen
        });
        recheckAt = windowEnded ? look.recheckAt : Math.min(target.endsAt, look.recheckAt ?? Infinity);
        yield look.observation;
    }
}
/** Pauses the Schedule; Workflow children cannot be paused, so they are aborted. */
async function endWindow(kube, target, kids, ctx) {
    ctx.log.debug(`chaos-mesh: the window of Schedule ${target.name} ended; pausing it`);
    await pauseObject(kube, SCHEDULE, target.namespace, target.name, ctx);
    if (target.childKind !== WORKFLOW.kind)
        return;
    for (const kid of kids)
        if (!readWorkflow(kid).accomplished)
            await setWorkflowAbort(kube, target.namespace, kid.metadata.name ?? '', ctx);
}
/** A Workflow child: done once accomplished, failed when Chaos Mesh aborted it on its own. */
function workflowChild(object, at) {
    const wf = readWorkflow(object);
    const observation = wf.abort && !wf.abortedAt
        ? {
            at,
            phase: 'failed',
            verdict: 'fail',
            message: `Workflow ${wf.name} was aborted by a failing StatusCheck`,
            terminal: true
        }
        : wf.accomplished || wf.abort
            ? { at, phase: 'finished', message: `Workflow ${wf.name} accomplished`, terminal: true }
            : { at, phase: 'injected', message: `Workflow ${wf.name} running`, terminal: false };
    return { name: wf.name, kind: WORKFLOW.kind, node: undefined, look: { observation } };
}
function scheduleRefs(target) {
    return new Map([
        [
            'schedule',
            {
                apiVersion: CHAOS_MESH_API_VERSION,
                kind: SCHEDULE.kind,
                namespace: target.namespace,
                fieldSelector: `metadata.name=${target.name}`
            }
        ],
        [
            'children',
            {
                apiVersion: CHAOS_MESH_API_VERSION,
                kind: target.childKind,
                namespace: target.namespace,
                labelSelector: `${MANAGED_BY_SCHEDULE_LABEL}=${target.name}`
            }
        ]
    ]);
}

;// CONCATENATED MODULE: ./src/backends/chaos-mesh/observation/workflow-observation.ts

function workflowObservation(workflow, nodes, chaos, checks, ctx) {
    const { at, affected } = ctx;
    if (!workflow)
        return terminalLook(at, 'stopped', 'the Workflow no longer exists (deleted outside the gate?)', {});
    const broken = chaos.find((c) => c.look.observation.phase === 'failed');
    if (broken) {
        const { verdict, message } = broken.look.observation;
        return terminalLook(at, 'failed', `${broken.node ?? broken.name} (${broken.kind}): ${message}`, {
            ...(verdict !== undefined && { verdict }),
            affectedTargets: affected
        });
    }
    const live = chaos.filter((c) => !c.look.observation.terminal);
    const failedCheck = checks.find((c) => c.failed);
    if (failedCheck)
        return checkFailed(workflow, nodes, failedCheck, live, ctx);
    if (workflow.abort) {
        const who = workflow.abortedAt ? `by chaos-gate at ${workflow.abortedAt}` : 'outside the gate';
        return live.length === 0
            ? terminalLook(at, 'stopped', `aborted ${who}; every chaos recovered`, {
                affectedTargets: affected
            })
            : going(at, 'injected', `aborted ${who}; ${plural(live.length, 'chaos object')} recovering`, affected, live);
    }
    if (workflow.accomplished && live.length === 0)
        return accomplished(checks, ctx);
    return going(at, affected > 0 ? 'injected' : 'pending', progress(nodes, chaos, checks), affected, live);
}
function checkFailed(workflow, nodes, check, live, ctx) {
    const template = nodes.find((n) => n.name === check.node)?.template ?? check.name;
    const spec = workflow.checks.get(template);
    const aborted = workflow.abort
        ? '; Chaos Mesh aborted the workflow (abortWithStatusCheck)'
        : spec?.abortWithStatusCheck === false
            ? ' (abortWithStatusCheck is off, so the workflow goes on)'
            : '';
    const message = `StatusCheck '${template}' failed: ${check.failures} failed probe${check.failures === 1 ? '' : 's'} of ${spec?.target ?? 'its target'} reached the failureThreshold${aborted}`;
    if (live.length > 0) {
        const look = going(ctx.at, 'injected', message, ctx.affected, live);
        return { ...look, observation: { ...look.observation, verdict: 'fail' } };
    }
    return terminalLook(ctx.at, 'finished', message, {
        verdict: 'fail',
        affectedTargets: ctx.affected
    });
}
function accomplished(checks, ctx) {
    const held = checks.length > 0 && checks.every((c) => !c.failed);
    const summary = held
        ? `; every StatusCheck held (${checks.map((c) => `${c.successes} ok`).join(', ')})`
        : '';
    return terminalLook(ctx.at, 'finished', `accomplished; ${plural(ctx.affected, 'target')} affected${summary}`, {
        ...(held && { verdict: 'pass' }),
        affectedTargets: ctx.affected
    });
}
/** `net: injected into 3 targets; health: 4 ok` for the nodes still running. */
function progress(nodes, chaos, checks) {
    const parts = [
        ...chaos
            .filter((c) => !c.look.observation.terminal)
            .map((c) => `${templateOf(nodes, c.node) ?? c.name}: ${c.look.observation.message}`),
        ...checks
            .filter((c) => !c.completed)
            .map((c) => `${templateOf(nodes, c.node) ?? c.name}: ${c.successes} ok, ${c.failures} failed`)
    ];
    return parts.length > 0 ? `running; ${parts.join('; ')}` : 'running';
}
function templateOf(nodes, node) {
    return nodes.find((n) => n.name === node)?.template;
}
function going(at, phase, message, affected, live) {
    const rechecks = live.flatMap((c) => (c.look.recheckAt === undefined ? [] : [c.look.recheckAt]));
    return {
        observation: {
            at,
            phase,
            message,
            ...(affected > 0 && { affectedTargets: affected }),
            terminal: false
        },
        ...(rechecks.length > 0 && { recheckAt: Math.min(...rechecks) })
    };
}

;// CONCATENATED MODULE: ./src/backends/chaos-mesh/follow/follow-workflow.ts







function followWorkflow(kube, target, ctx, injectionBoundMs) {
    return (0,distinct_observations/* distinctObservations */.M)(workflowLooks(kube, target, ctx, injectionBoundMs));
}
/** The workflow's observation after every change and at every bound. */
async function* workflowLooks(kube, target, ctx, injectionBoundMs) {
    const children = new ChaosChildren(injectionBoundMs);
    let recheckAt;
    const ticks = (0,with_deadlines/* withDeadlines */.y)((signal) => (0,follow_all/* followAll */.Z)(kube, workflowRefs(target), { clock: ctx.clock, signal, log: ctx.log }), { clock: ctx.clock, signal: ctx.signal, nextAt: () => recheckAt });
    let state = new Map();
    // Chaos Mesh deletes what an aborted or finished node spawned; what it showed must not be lost.
    const remembered = { nodes: new Map(), checks: new Map() };
    for await (const tick of ticks) {
        if (tick.kind === 'change')
            state = tick.value;
        for (const node of (state.get('nodes') ?? []).map(readNode))
            remembered.nodes.set(node.name, node);
        for (const check of (state.get('checks') ?? []).map(readCheck))
            if (check.failed || !remembered.checks.get(check.name)?.failed)
                remembered.checks.set(check.name, check);
        const at = ctx.clock.now();
        const chaos = children.update([...state.entries()].filter(([key]) => key.startsWith('chaos:')).flatMap(([, v]) => v), at);
        const [workflow] = state.get('workflow') ?? [];
        const look = workflowObservation(workflow ? readWorkflow(workflow) : undefined, [...remembered.nodes.values()], chaos, [...remembered.checks.values()], { at, affected: children.affected });
        recheckAt = look.recheckAt;
        yield look.observation;
    }
}
/** Everything worth following for one workflow, by the key the observer reads it under. */
function workflowRefs(target) {
    const byLabel = (kind) => ({
        apiVersion: CHAOS_MESH_API_VERSION,
        kind,
        namespace: target.namespace,
        labelSelector: `${WORKFLOW_LABEL}=${target.name}`
    });
    const refs = new Map([
        [
            'workflow',
            {
                apiVersion: CHAOS_MESH_API_VERSION,
                kind: WORKFLOW.kind,
                namespace: target.namespace,
                fieldSelector: `metadata.name=${target.name}`
            }
        ],
        ['nodes', byLabel(WORKFLOW_NODE.kind)]
    ]);
    for (const kind of target.chaosKinds)
        refs.set(`chaos:${kind}`, byLabel(kind));
    if (target.hasStatusChecks)
        refs.set('checks', byLabel(STATUS_CHECK.kind));
    return refs;
}

// EXTERNAL MODULE: ./src/backends/kube/preflight.ts
var preflight = __webpack_require__(64668);
// EXTERNAL MODULE: ./src/backends/kube/targets.ts
var targets = __webpack_require__(70317);
;// CONCATENATED MODULE: ./src/backends/chaos-mesh/live-conflicts.ts



/** Issues for live chaos of the same kind, not from `runId`, injected into pods the selector matches. */
async function liveConflicts(kube, exp, kind, runId, signal) {
    const targets = exp.targets;
    if (!targets || (targets.resource ?? 'pod') !== 'pod')
        return [];
    const issues = [];
    for (const namespace of targets.namespaces) {
        const [pods, chaos] = await Promise.all([
            kube.list({
                apiVersion: 'v1',
                kind: 'Pod',
                namespace,
                ...(targets.labelSelector ? { labelSelector: targets.labelSelector } : {})
            }, signal),
            kube.list({ apiVersion: CHAOS_MESH_API_VERSION, kind, namespace }, signal)
        ]);
        const mine = new Set(pods.items.map((p) => `${namespace}/${p.metadata.name ?? ''}`));
        for (const other of chaos.items) {
            if (other.metadata.labels?.[backends_labels/* RUN_ID_LABEL */.pv] === runId)
                continue;
            const hit = (readChaos(other).records ?? [])
                .filter((r) => r.phase !== 'not-injected')
                .map((r) => r.id.split('/').slice(0, 2).join('/'))
                .filter((pod) => mine.has(pod));
            if (hit.length > 0)
                issues.push(conflict(exp, kind, `${namespace}/${other.metadata.name ?? ''}`, hit));
        }
    }
    return issues;
}
function conflict(exp, kind, other, pods) {
    return {
        ...(exp.targets?.location ?? exp.source),
        severity: 'error',
        code: 'chaos-mesh/conflict',
        message: `${kind} ${other}, not from this run, is injecting into ${[...new Set(pods)].join(', ')}, which this experiment would target; two ${kind}s on one pod override each other (chaos-mesh#3631)`,
        hint: 'Wait until it has finished, or narrow the selector to other pods.'
    };
}

;// CONCATENATED MODULE: ./src/backends/chaos-mesh/submit.ts





/** The object to create in `namespace`. */
function objectToSubmit(exp, ctx, namespace) {
    if (exp.fault.kind !== 'kube-object')
        throw new errors/* InternalError */.Gd(`chaos-mesh was given a ${exp.fault.kind} fault for ${exp.name}`);
    const source = exp.fault.object;
    const { labels, annotations } = source.metadata;
    // Whatever status a manifest carries (an exported object) is the cluster's to write, not ours.
    const body = { ...source };
    delete body.status;
    return {
        ...body,
        apiVersion: source.apiVersion,
        kind: source.kind,
        metadata: {
            name: (0,backends_labels/* objectName */.Hd)(ctx.runId, exp.name),
            namespace,
            labels: { ...labels, ...ctx.labels },
            ...(annotations && Object.keys(annotations).length > 0 ? { annotations } : {})
        }
    };
}
/** Where the object goes: the manifest's namespace, else the default (kubeconfig or --namespace). */
function submit_namespaceOf(exp, defaultNamespace) {
    return exp.namespace ?? defaultNamespace;
}
/**
 * The handle, with what observe, abort and cleanup need later without reading the manifest again:
 * when it was submitted (the injection bound), whether it is one-shot, a Schedule's child kind and
 * window end, and the chaos kinds a Workflow spawns.
 */
function handleOf(exp, created, submittedAt) {
    const spec = (0,kube_status/* isRecord */.u4)(created.spec) ? created.spec : {};
    const data = { submittedAt: String(submittedAt) };
    if (isOneShot(created.kind, spec))
        data.oneShot = 'true';
    if (created.kind === 'Schedule') {
        const childKind = typeof spec.type === 'string' ? spec.type : '';
        data.childKind = childKind;
        data.endsAt = String(submittedAt + (exp.durationMs ?? 0));
        const embedded = (0,kube_status/* isRecord */.u4)(spec.workflow) ? spec.workflow : undefined;
        if (embedded)
            data.chaosKinds = workflowChaosKinds(embedded).join(',');
    }
    if (created.kind === 'Workflow') {
        data.chaosKinds = workflowChaosKinds(spec).join(',');
        data.statusChecks = String(hasStatusCheck(spec));
    }
    return {
        backend: 'chaos-mesh',
        experiment: exp.name,
        kind: created.kind,
        name: created.metadata.name ?? '',
        apiVersion: created.apiVersion,
        ...(created.metadata.namespace !== undefined && { namespace: created.metadata.namespace }),
        ...(typeof created.metadata.uid === 'string' && { uid: created.metadata.uid }),
        data
    };
}
function hasStatusCheck(spec) {
    const templates = Array.isArray(spec.templates) ? spec.templates : [];
    return templates.some((t) => (0,kube_status/* isRecord */.u4)(t) && t.templateType === 'StatusCheck');
}

;// CONCATENATED MODULE: ./src/backends/chaos-mesh/preflight.ts







const OP = { backend: 'chaos-mesh' };
const EVENTS = { ...preflight/* PODS */.Dp, kind: 'Event', resource: 'events' };
async function preflightChaosMesh(exp, ctx, deps) {
    const namespace = submit_namespaceOf(exp, deps.defaultNamespace);
    const object = objectToSubmit(exp, ctx, namespace);
    const served = await (0,preflight/* checkServed */.wI)(deps.cluster, requiredKinds(object), CHAOS_MESH_INSTALLATION, exp.source, OP);
    if (served.issues.length > 0)
        return { warnings: [], issues: served.issues };
    const resource = (kind) => served.resources.get((0,preflight/* kindKey */._V)(CHAOS_MESH_API_VERSION, kind));
    const [denied, eventsDenied] = await Promise.all([
        (0,preflight/* checkAccess */.x8)(deps.cluster, accessNeeds(object, exp, resource), exp.source, OP),
        (0,preflight/* checkAccess */.x8)(deps.cluster, (0,preflight/* needs */.eN)(EVENTS, ['list'], namespace), exp.source, OP)
    ]);
    const warnings = eventsDenied.map((i) => `${i.message}: a fault that selects no target is then reported without Chaos Mesh's reason`);
    if (denied.length > 0)
        return { warnings, issues: denied };
    const rejected = await (0,preflight/* dryRunCreate */.Vf)(deps.kube, object, exp.locate, operation(object));
    const live = await (0,targets/* checkTargets */.VJ)(deps.kube, exp, deps.policy, OP, ctx.signal);
    const busy = isChaosKind(object.kind)
        ? await liveConflicts(deps.kube, exp, object.kind, ctx.runId, ctx.signal)
        : [];
    return {
        warnings,
        issues: [...rejected, ...live.issues, ...busy],
        ...(live.count && { targets: live.count.targets, candidates: live.count.candidates })
    };
}
/** The kinds the object needs served: its own, and what it spawns. */
function requiredKinds(object) {
    const kinds = [object.kind, ...spawnedKinds(object)];
    return [...new Set(kinds)].map((kind) => ({ apiVersion: CHAOS_MESH_API_VERSION, kind }));
}
/** What a Schedule or Workflow makes Chaos Mesh create, which the gate follows and cleans up. */
function spawnedKinds(object) {
    const spec = (0,kube_status/* isRecord */.u4)(object.spec) ? object.spec : {};
    if (object.kind === 'Schedule') {
        const embedded = (0,kube_status/* isRecord */.u4)(spec.workflow) ? spec.workflow : undefined;
        const child = typeof spec.type === 'string' ? [spec.type] : [];
        return embedded ? [...child, ...workflowSpawns(embedded)] : child;
    }
    return object.kind === WORKFLOW.kind ? workflowSpawns(spec) : [];
}
function workflowSpawns(spec) {
    const templates = Array.isArray(spec.templates) ? spec.templates.filter(kube_status/* isRecord */.u4) : [];
    const checks = templates.some((t) => t.templateType === 'StatusCheck') ? [STATUS_CHECK.kind] : [];
    return [WORKFLOW_NODE.kind, ...checks, ...workflowChaosKinds(spec)];
}
/** Everything the run does: create and stop its object, follow and delete what it spawns, count pods. */
function accessNeeds(object, exp, resource) {
    const namespace = object.metadata.namespace;
    const own = resource(object.kind);
    const spawned = spawnedKinds(object).flatMap((k) => {
        const r = resource(k);
        return r ? [r] : [];
    });
    return [
        ...(own ? (0,preflight/* needs */.eN)(own, ['create', 'get', 'list', 'watch', 'patch', 'delete'], namespace) : []),
        ...spawned.flatMap((r) => (0,preflight/* needs */.eN)(r, ['get', 'list', 'watch', 'patch', 'delete'], namespace)),
        ...(0,targets/* targetAccess */.Eq)(exp.targets)
    ];
}
function operation(object) {
    return {
        ...OP,
        verb: 'create',
        kind: object.kind,
        resource: kindNamesOf(object.kind)?.resource ?? object.kind.toLowerCase(),
        group: CHAOS_MESH_GROUP,
        ...(object.metadata.namespace !== undefined && { namespace: object.metadata.namespace }),
        ...(object.metadata.name !== undefined && { name: object.metadata.name })
    };
}

;// CONCATENATED MODULE: ./src/backends/chaos-mesh/chaos-mesh-backend.ts










const CHAOS_MESH_BOUNDS = {
    injectionBoundMs: 30_000,
    recoverBoundMs: 15_000,
    removeBoundMs: 30_000
};
/** The registry's entry: the backend over the run's cluster connection. */
async function chaosMeshBackend(deps) {
    if (!deps.kube)
        throw new errors/* InternalError */.Gd('the chaos-mesh backend was built without a Kubernetes connection');
    const conn = await deps.kube();
    return createChaosMeshBackend({
        kube: conn.objects,
        cluster: conn.cluster,
        defaultNamespace: conn.namespace ?? 'default',
        policy: deps.policy
    });
}
function createChaosMeshBackend(deps) {
    const bounds = { ...CHAOS_MESH_BOUNDS, ...definedBounds(deps) };
    return {
        kind: 'chaos-mesh',
        check,
        preflight: (exp, ctx) => preflightChaosMesh(exp, ctx, deps),
        submit: (exp, ctx) => chaos_mesh_backend_submit(exp, ctx, deps),
        observe: (handle, ctx) => observe(deps.kube, handle, ctx, bounds.injectionBoundMs),
        abort: (handle, ctx) => abortChaosMesh(deps.kube, handle, ctx, bounds.recoverBoundMs),
        cleanup: (selector, ctx) => cleanupChaosMesh(deps.kube, selector, ctx, bounds)
    };
}
/** The fault must be a Chaos Mesh object the backend knows how to follow. */
function check(exp) {
    const fault = exp.fault;
    const kind = fault.kind === 'kube-object' ? fault.object.kind : fault.kind;
    const group = fault.kind === 'kube-object' ? fault.object.apiVersion.split('/')[0] : undefined;
    if (group === CHAOS_MESH_GROUP && kindNamesOf(kind))
        return [];
    return [
        {
            ...exp.source,
            severity: 'error',
            code: 'chaos-mesh/kind',
            message: `the chaos-mesh backend cannot run a ${kind}`,
            expected: `a ${CHAOS_MESH_API_VERSION} chaos kind, Schedule or Workflow`
        }
    ];
}
async function chaos_mesh_backend_submit(exp, ctx, deps) {
    const namespace = submit_namespaceOf(exp, deps.defaultNamespace);
    const object = objectToSubmit(exp, ctx, namespace);
    const name = object.metadata.name ?? '';
    const { object: created, adopted } = await (0,kube_submit/* createOrAdopt */.KL)(deps.kube, object, ctx.labels, {
        backend: 'chaos-mesh',
        verb: 'create',
        kind: object.kind,
        resource: kindNamesOf(object.kind)?.resource ?? object.kind.toLowerCase(),
        group: CHAOS_MESH_GROUP,
        namespace,
        name
    });
    ctx.log.info(`chaos-mesh: ${adopted ? 'adopted' : 'created'} ${object.kind} ${namespace}/${name}`);
    return handleOf(exp, created, ctx.clock.now());
}
function observe(kube, handle, ctx, injectionBoundMs) {
    const namespace = handle.namespace ?? '';
    const data = handle.data ?? {};
    const submittedAt = Number(data.submittedAt ?? ctx.clock.now());
    if (handle.kind === 'Schedule')
        return followSchedule(kube, {
            namespace,
            name: handle.name,
            childKind: data.childKind ?? '',
            endsAt: Number(data.endsAt ?? submittedAt)
        }, ctx, injectionBoundMs);
    if (handle.kind === 'Workflow')
        return followWorkflow(kube, {
            namespace,
            name: handle.name,
            chaosKinds: (data.chaosKinds ?? '').split(',').filter(Boolean),
            hasStatusChecks: data.statusChecks === 'true'
        }, ctx, injectionBoundMs);
    return followChaos(kube, {
        apiVersion: CHAOS_MESH_API_VERSION,
        kind: handle.kind,
        namespace,
        name: handle.name,
        submittedAt
    }, ctx, injectionBoundMs);
}
function definedBounds(deps) {
    return {
        ...(deps.injectionBoundMs !== undefined && { injectionBoundMs: deps.injectionBoundMs }),
        ...(deps.recoverBoundMs !== undefined && { recoverBoundMs: deps.recoverBoundMs }),
        ...(deps.removeBoundMs !== undefined && { removeBoundMs: deps.removeBoundMs })
    };
}


/***/ }),

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

/***/ 84379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ ONE_SHOT),
/* harmony export */   o6: () => (/* binding */ CLOUD_KINDS),
/* harmony export */   q3: () => (/* binding */ CHAOS_MESH_SPECS)
/* harmony export */ });
/**
 * What the Chaos Mesh CRDs (chaos-mesh/chaos-mesh config/crd/bases at 608b61e) require of each
 * fault kind's spec, and which actions are one-shot (`+chaos-mesh:oneshot` in api/v1alpha1).
 */
/** Required spec fields per kind, and the action enum where the kind has an `action` (CRDs at 608b61e). */
const CHAOS_MESH_SPECS = {
    AWSChaos: {
        required: ['action', 'awsRegion', 'ec2Instance'],
        actions: ['ec2-stop', 'ec2-restart', 'detach-volume']
    },
    AzureChaos: {
        required: ['action', 'resourceGroupName', 'subscriptionID', 'vmName'],
        actions: ['vm-stop', 'vm-restart', 'disk-detach']
    },
    BlockChaos: { required: ['action', 'mode', 'selector', 'volumeName'], actions: ['delay'] },
    DNSChaos: { required: ['action', 'mode', 'selector'], actions: ['error', 'random'] },
    GCPChaos: {
        required: ['action', 'instance', 'project', 'zone'],
        actions: ['node-stop', 'node-reset', 'disk-loss']
    },
    HTTPChaos: { required: ['mode', 'selector', 'target'] },
    IOChaos: {
        required: ['action', 'mode', 'selector', 'volumePath'],
        actions: ['latency', 'fault', 'attrOverride', 'mistake']
    },
    JVMChaos: {
        required: ['action', 'mode', 'selector'],
        actions: ['latency', 'return', 'exception', 'stress', 'gc', 'ruleData', 'mysql']
    },
    KernelChaos: { required: ['failKernRequest', 'mode', 'selector'] },
    NetworkChaos: {
        required: ['action', 'mode', 'selector'],
        actions: ['netem', 'delay', 'loss', 'duplicate', 'corrupt', 'partition', 'bandwidth']
    },
    PhysicalMachineChaos: { required: ['action', 'mode'] },
    PodChaos: {
        required: ['action', 'mode', 'selector'],
        actions: ['pod-kill', 'pod-failure', 'container-kill']
    },
    StressChaos: { required: ['mode', 'selector'] },
    TimeChaos: { required: ['mode', 'selector', 'timeOffset'] }
};
/** Cloud kinds act on one named instance and have no selector. */
const CLOUD_KINDS = ['AWSChaos', 'AzureChaos', 'GCPChaos'];
/** Actions that inject once and never recover (`+chaos-mesh:oneshot`): they have no duration. */
const ONE_SHOT = [
    'PodChaos/pod-kill',
    'PodChaos/container-kill',
    'AWSChaos/ec2-restart',
    'AzureChaos/vm-restart',
    'GCPChaos/node-reset'
];


/***/ }),

/***/ 67471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $8: () => (/* binding */ CHAOS_MESH_INTERNAL_KINDS),
/* harmony export */   BK: () => (/* binding */ CHAOS_MESH_GROUP),
/* harmony export */   G$: () => (/* binding */ GATE_GROUP),
/* harmony export */   KO: () => (/* binding */ KNOWN_KINDS),
/* harmony export */   M1: () => (/* binding */ ARGO_GROUP),
/* harmony export */   MK: () => (/* binding */ CHAOS_MESH_FAULT_KINDS),
/* harmony export */   Np: () => (/* binding */ splitApiVersion),
/* harmony export */   Om: () => (/* binding */ GROUP_VERSIONS),
/* harmony export */   cS: () => (/* binding */ KUBERNETES_GROUPS),
/* harmony export */   j0: () => (/* binding */ CHAOS_MESH_RUNNABLE_KINDS),
/* harmony export */   jd: () => (/* binding */ LITMUS_GROUP),
/* harmony export */   lh: () => (/* binding */ CHAOS_MESH_FAULT_KEYS),
/* harmony export */   nu: () => (/* binding */ ISTIO_GROUP),
/* harmony export */   rd: () => (/* binding */ CHAOS_MESH_SUPPORT_KINDS),
/* harmony export */   vd: () => (/* binding */ EXPERIMENT_KIND)
/* harmony export */ });
/* unused harmony export GATE_API_VERSION */
/**
 * The API groups and kinds the gate knows, in one table: which run as experiments, which are
 * recognised but not run (and why), and which must never be committed. Chaos Mesh kinds follow the
 * CRDs in chaos-mesh/chaos-mesh config/crd/bases.
 */
/** Our own kind. */
const GATE_GROUP = 'chaos-gate.dev';
const GATE_API_VERSION = (/* unused pure expression or super */ null && (`${GATE_GROUP}/v1alpha1`));
const EXPERIMENT_KIND = 'Experiment';
const LITMUS_GROUP = 'litmuschaos.io';
const CHAOS_MESH_GROUP = 'chaos-mesh.org';
const ISTIO_GROUP = 'networking.istio.io';
const ARGO_GROUP = 'argoproj.io';
/** API versions each group is known in; anything else is an error naming these. */
const GROUP_VERSIONS = {
    [GATE_GROUP]: ['v1alpha1'],
    [LITMUS_GROUP]: ['v1alpha1'],
    [CHAOS_MESH_GROUP]: ['v1alpha1'],
    [ISTIO_GROUP]: ['v1alpha3', 'v1beta1', 'v1'],
    [ARGO_GROUP]: ['v1alpha1']
};
/** Chaos Mesh fault kinds, with the lower-camel key a Schedule or Workflow embeds each under. */
const CHAOS_MESH_FAULT_KEYS = {
    AWSChaos: 'awsChaos',
    AzureChaos: 'azureChaos',
    BlockChaos: 'blockChaos',
    DNSChaos: 'dnsChaos',
    GCPChaos: 'gcpChaos',
    HTTPChaos: 'httpChaos',
    IOChaos: 'ioChaos',
    JVMChaos: 'jvmChaos',
    KernelChaos: 'kernelChaos',
    NetworkChaos: 'networkChaos',
    // Not physicalMachineChaos: the json tag upstream is all lower case before "Chaos".
    PhysicalMachineChaos: 'physicalmachineChaos',
    PodChaos: 'podChaos',
    StressChaos: 'stressChaos',
    TimeChaos: 'timeChaos'
};
const CHAOS_MESH_FAULT_KINDS = Object.keys(CHAOS_MESH_FAULT_KEYS);
/** Chaos Mesh kinds that run as experiments. */
const CHAOS_MESH_RUNNABLE_KINDS = [
    ...CHAOS_MESH_FAULT_KINDS,
    'Schedule',
    'Workflow'
];
/** Objects the Chaos Mesh controller creates for itself; committing one interferes with it. */
const CHAOS_MESH_INTERNAL_KINDS = [
    'PodNetworkChaos',
    'PodIOChaos',
    'PodHttpChaos',
    'WorkflowNode'
];
/** Why each supporting Chaos Mesh kind is not an experiment on its own. */
const CHAOS_MESH_SUPPORT_KINDS = {
    StatusCheck: 'a standalone StatusCheck only probes a URL and injects nothing; use it as a StatusCheck template inside a Workflow, or express the check as a steadyState check of an Experiment',
    PhysicalMachine: 'a PhysicalMachine registers a chaosd host for PhysicalMachineChaos to target; it is cluster setup, so install it with your deploy',
    RemoteCluster: 'a RemoteCluster registers another cluster with Chaos Mesh; it is cluster setup, so install it with your deploy'
};
/** Every kind the gate recognises, per group, for "expected one of" messages. */
const KNOWN_KINDS = {
    [GATE_GROUP]: [EXPERIMENT_KIND],
    [LITMUS_GROUP]: ['ChaosEngine', 'ChaosExperiment', 'ChaosSchedule', 'ChaosResult'],
    [CHAOS_MESH_GROUP]: [
        ...CHAOS_MESH_RUNNABLE_KINDS,
        ...Object.keys(CHAOS_MESH_SUPPORT_KINDS),
        ...CHAOS_MESH_INTERNAL_KINDS
    ],
    [ISTIO_GROUP]: ['VirtualService', 'DestinationRule', 'Gateway', 'ServiceEntry', 'Sidecar'],
    [ARGO_GROUP]: ['Workflow', 'CronWorkflow', 'WorkflowTemplate', 'ClusterWorkflowTemplate']
};
/**
 * Built-in Kubernetes groups. Their objects (RBAC for a chaos service account, a ConfigMap) are
 * recognised as cluster setup: reported, never applied.
 */
const KUBERNETES_GROUPS = [
    '',
    'apps',
    'batch',
    'rbac.authorization.k8s.io',
    'policy',
    'networking.k8s.io',
    'autoscaling',
    'apiextensions.k8s.io'
];
/** Splits `group/version` (`v1` alone is the core group). */
function splitApiVersion(apiVersion) {
    const slash = apiVersion.lastIndexOf('/');
    return slash < 0
        ? { group: '', version: apiVersion }
        : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}


/***/ })

};
;