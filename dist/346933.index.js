"use strict";
exports.id = 346933;
exports.ids = [346933];
exports.modules = {

/***/ 99834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createLitmusBackend: () => (/* binding */ createLitmusBackend),
  litmusBackend: () => (/* binding */ litmusBackend)
});

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/backends/kube/cleanup.ts
var cleanup = __webpack_require__(32415);
// EXTERNAL MODULE: ./src/backends/kube/errors.ts
var kube_errors = __webpack_require__(31232);
// EXTERNAL MODULE: ./src/backends/kube/submit.ts
var kube_submit = __webpack_require__(61727);
;// CONCATENATED MODULE: ./src/backends/litmus/litmus-api.ts
const LITMUS_API_VERSION = 'litmuschaos.io/v1alpha1';
const LITMUS_GROUP = 'litmuschaos.io';
const CHAOS_ENGINE = {
    apiVersion: LITMUS_API_VERSION,
    kind: 'ChaosEngine',
    resource: 'chaosengines'
};
const CHAOS_RESULT = {
    apiVersion: LITMUS_API_VERSION,
    kind: 'ChaosResult',
    resource: 'chaosresults'
};
const CHAOS_EXPERIMENT = {
    apiVersion: LITMUS_API_VERSION,
    kind: 'ChaosExperiment',
    resource: 'chaosexperiments'
};
/** The label litmus-go puts on a ChaosResult: the UID of the engine that ran it. */
const CHAOS_UID_LABEL = 'chaosUID';
/**
 * Set with `engineState: stop` when chaos-gate aborts, so a Stopped verdict can say whether the
 * gate stopped the fault or something else did (a person, or the operator rejecting appinfo).
 */
const ABORTED_AT_ANNOTATION = 'chaos-gate.dev/aborted-at';
const LITMUS_INSTALLATION = {
    product: 'LitmusChaos',
    install: 'Install LitmusChaos (its chaos-operator and CRDs) in the cluster first, for example with the Helm charts at https://litmuschaos.github.io/litmus-helm/ or by connecting the cluster to ChaosCenter; chaos-gate never installs or removes it.'
};
/** What a call on one engine was, for error messages. */
function engineOperation(verb, namespace, name) {
    return {
        backend: 'litmus',
        verb,
        kind: CHAOS_ENGINE.kind,
        resource: CHAOS_ENGINE.resource,
        group: LITMUS_GROUP,
        namespace,
        ...(name ? { name } : {})
    };
}

// EXTERNAL MODULE: ./src/manifest/adopt/litmus/litmus-result-name.ts
var litmus_result_name = __webpack_require__(39483);
// EXTERNAL MODULE: ./src/backends/kube/status.ts
var kube_status = __webpack_require__(73545);
// EXTERNAL MODULE: ./src/backends/labels.ts
var labels = __webpack_require__(86670);
;// CONCATENATED MODULE: ./src/backends/litmus/litmus-status.ts
/**
 * Reads ChaosEngine and ChaosResult objects into typed views, tolerating every shape met in the
 * wild (docs/backends/litmus.md, "Things to know"): `experimentStatus` and the pre-2.3 `experimentstatus`,
 * `probeStatuses[]` and the pre-2.14 `probeStatus[]` map, `errorOutput` and the old `failStep`.
 * Missing or malformed fields become undefined, never an exception.
 */


function readEngine(engine, abortedAtAnnotation) {
    const spec = record(engine.spec);
    const status = record(engine.status);
    const name = engine.metadata.name ?? '';
    const declared = list(spec.experiments).map((e) => declaredExperiment(name, record(e)));
    const experiments = new Map(list(status.experiments).map((e) => {
        const entry = record(e);
        return [
            litmus_status_text(entry.name) ?? '',
            { status: litmus_status_text(entry.status), verdict: litmus_status_text(entry.verdict) }
        ];
    }));
    return {
        name,
        uid: litmus_status_text(engine.metadata.uid),
        engineState: litmus_status_text(spec.engineState),
        engineStatus: litmus_status_text(status.engineStatus),
        declared,
        experiments,
        abortedAt: engine.metadata.annotations?.[abortedAtAnnotation]
    };
}
function declaredExperiment(engineName, entry) {
    const name = litmus_status_text(entry.name) ?? '';
    return { name, resultName: [engineName, declaredSuffix(entry)].filter((p) => p).join('-') };
}
/** What litmus-go appends to the engine's name for each experiment an engine spec declares. */
function declaredSuffixes(spec) {
    return list(record(spec).experiments).map((e) => declaredSuffix(record(e)));
}
/** What litmus-go appends to the engine's name to name an experiment's ChaosResult. */
function declaredSuffix(entry) {
    const env = list(record(record(entry.spec).components).env).map(record);
    const instance = litmus_status_text(env.find((e) => e.name === 'INSTANCE_ID')?.value);
    return (0,litmus_result_name/* resultSuffix */.rv)(litmus_status_text(entry.name) ?? '', instance);
}
function readResult(result) {
    const status = record(result.status);
    const exp = record(status.experimentStatus ?? status.experimentstatus);
    const error = record(exp.errorOutput ?? exp.failureOutput);
    const targets = list(record(status.history).targets).length;
    return {
        name: result.metadata.name ?? '',
        experiment: litmus_status_text(record(result.spec).experiment),
        phase: litmus_status_text(exp.phase),
        verdict: litmus_status_text(exp.verdict),
        probeSuccessPercentage: litmus_status_text(exp.probeSuccessPercentage),
        failStep: litmus_status_text(exp.failStep ?? error.failedStep),
        errorCode: litmus_status_text(error.errorCode),
        reason: errorReason(litmus_status_text(error.reason)),
        probes: readProbes(status),
        targets: targets > 0 ? targets : undefined
    };
}
function readProbes(status) {
    const current = list(status.probeStatuses).map(record);
    if (current.length > 0)
        return current.map((p) => {
            const s = record(p.status);
            return {
                name: litmus_status_text(p.name) ?? '?',
                type: litmus_status_text(p.type),
                mode: litmus_status_text(p.mode),
                verdict: litmus_status_text(s.verdict),
                description: litmus_status_text(s.description)
            };
        });
    // Before Litmus 2.14: status is a map of phase to "Passed 👍" / "Better Luck Next Time 👎".
    return list(status.probeStatus)
        .map(record)
        .map((p) => {
        const phases = Object.values(record(p.status)).map((v) => String(v));
        const failed = phases.some((v) => /better luck|fail/i.test(v));
        const passed = phases.length > 0 && phases.every((v) => /passed/i.test(v));
        const verdict = failed ? 'Failed' : passed ? 'Passed' : 'Awaited';
        return {
            name: litmus_status_text(p.name) ?? '?',
            type: litmus_status_text(p.type),
            mode: undefined,
            verdict,
            description: undefined
        };
    });
}
/**
 * litmus-go stores its structured error as JSON text in `reason`
 * (`{"errorCode":"STATUS_CHECKS_ERROR","phase":"PostChaos","reason":"..."}`): the human part is
 * the inner reason, with the phase it failed in.
 */
function errorReason(reason) {
    if (!reason?.trimStart().startsWith('{'))
        return reason;
    try {
        const inner = record(JSON.parse(reason));
        const text = typeof inner.reason === 'string' ? inner.reason : undefined;
        if (!text)
            return reason;
        const phase = typeof inner.phase === 'string' && inner.phase ? `${inner.phase}: ` : '';
        const target = typeof inner.target === 'string' && inner.target ? ` (target ${inner.target})` : '';
        return `${phase}${text}${target}`;
    }
    catch {
        return reason;
    }
}
const record = (value) => ((0,kube_status/* isRecord */.u4)(value) ? value : {});
const list = (value) => (Array.isArray(value) ? value : []);
function litmus_status_text(value) {
    if (typeof value === 'string')
        return value === '' ? undefined : value;
    return typeof value === 'number' ? String(value) : undefined;
}

;// CONCATENATED MODULE: ./src/backends/litmus/litmus-engine.ts
/**
 * The ChaosEngine chaos-gate submits: the manifest's engine under a deterministic name
 * (`gate-<runId>-<experiment>`), in its namespace, with the run's labels and `engineState: active`.
 * Nothing else of the user's spec changes, so what was reviewed is what runs.
 */






/** The manifest's ChaosEngine, or undefined when the experiment's fault is something else. */
function sourceEngine(exp) {
    if (exp.fault.kind !== 'kube-object')
        return undefined;
    const object = exp.fault.object;
    return object.kind === CHAOS_ENGINE.kind && object.apiVersion === LITMUS_API_VERSION
        ? object
        : undefined;
}
/** Where the engine goes: the experiment's namespace, the manifest's, or the context default. */
function engineNamespace(exp, fallback) {
    return exp.namespace ?? sourceEngine(exp)?.metadata.namespace ?? fallback;
}
/**
 * The engine's name: `gate-<run>-<experiment>`, bounded so that litmus-go's ChaosResult names
 * (`<engine>-<suffix>`, a label value) stay within 63 characters for every declared experiment.
 */
function litmus_engine_engineName(runId, experiment, suffixes) {
    const longest = Math.max(0, ...suffixes.map((s) => s.length));
    return (0,labels/* objectName */.Hd)(runId, experiment, Math.min(63, litmus_result_name/* LITMUS_RESULT_NAME_MAX */.mx - 1 - longest));
}
/** The object to create for `exp` in this run. */
function engineToSubmit(exp, ctx, namespace) {
    const source = sourceEngine(exp);
    if (!source)
        throw new errors/* InternalError */.Gd(`experiment ${exp.name} reached the litmus backend without a ChaosEngine`);
    const { labels, annotations } = source.metadata;
    const spec = (0,kube_status/* isRecord */.u4)(source.spec) ? source.spec : {};
    return {
        apiVersion: LITMUS_API_VERSION,
        kind: CHAOS_ENGINE.kind,
        metadata: {
            name: litmus_engine_engineName(ctx.runId, exp.name, declaredSuffixes(spec)),
            namespace,
            labels: { ...labels, ...ctx.labels },
            ...(annotations ? { annotations } : {})
        },
        // engineState: stop in a manifest would never run; active starts it.
        spec: { ...spec, engineState: 'active' }
    };
}
/**
 * The backend's own static check. The manifest validator already checks what a ChaosEngine needs
 * (experiments, chaosServiceAccount, appinfo, probes); this only refuses what is not one.
 */
function checkEngine(exp) {
    if (sourceEngine(exp))
        return [];
    return [
        {
            ...exp.locate(['kind']),
            severity: 'error',
            code: 'litmus/not-an-engine',
            message: `the litmus backend runs ChaosEngine (${LITMUS_API_VERSION}) objects; this is ${exp.kind}`,
            hint: 'Choose the backend that runs this kind, or use a ChaosEngine.'
        }
    ];
}

;// CONCATENATED MODULE: ./src/backends/litmus/litmus-cleanup.ts
/**
 * Removes what a run left in Litmus: its ChaosEngines (found by the run's label and by saved
 * handles) and then the ChaosResults those engines produced (tied by the `chaosUID` label, by
 * `spec.engine`, or by the run's name prefix when the engine is already gone). Engines go first:
 * their finalizer makes the operator stop the experiment pods, which may still write a result.
 */







async function cleanupLitmus(selector, deps) {
    const handles = selector.handles.filter((h) => h.backend === 'litmus' &&
        h.kind === CHAOS_ENGINE.kind &&
        (selector.experiment === undefined || h.experiment === selector.experiment));
    const namespaces = [
        ...new Set([
            ...selector.namespaces,
            ...handles.flatMap((h) => (h.namespace ? [h.namespace] : []))
        ])
    ];
    const labelled = await (0,cleanup/* findByLabel */.N3)(deps.kube, [CHAOS_ENGINE], namespaces, (0,labels/* runSelectorString */.aT)(selector.runId, selector.experiment), 'litmus');
    const engines = new Map();
    for (const h of handles)
        if (h.namespace)
            engines.set(`${h.namespace}/${h.name}`, {
                namespace: h.namespace,
                name: h.name,
                ...(h.uid ? { uid: h.uid } : {})
            });
    for (const e of labelled.found) {
        const { namespace = '', name = '', uid } = e.metadata;
        engines.set(`${namespace}/${name}`, {
            namespace,
            name,
            ...(typeof uid === 'string' ? { uid } : {})
        });
    }
    const options = { backend: 'litmus', clock: deps.clock, log: deps.log, boundMs: deps.boundMs };
    const first = await (0,cleanup/* deleteAll */.Vw)(deps.kube, [...engines.values()].map((e) => doomed(CHAOS_ENGINE, e.namespace, e.name)), options);
    const results = await relatedResults(deps.kube, namespaces, [...engines.values()], selector);
    const second = await (0,cleanup/* deleteAll */.Vw)(deps.kube, results.found, options);
    return (0,cleanup/* mergeReports */.C1)({ deleted: [], stuck: [], errors: [...labelled.errors, ...results.errors] }, first, second);
}
async function relatedResults(kube, namespaces, engines, selector) {
    const uids = new Set(engines.flatMap((e) => (e.uid ? [e.uid] : [])));
    const names = new Set(engines.map((e) => `${e.namespace}/${e.name}`));
    const engineName = (engine, suffix) => selector.experiment !== undefined
        ? engine === litmus_engine_engineName(selector.runId, selector.experiment, [suffix])
        : // Every engine name of this run starts so, even when its handle and label are both lost.
            engine.startsWith((0,labels/* objectName */.Hd)(selector.runId, 'x').slice(0, -1));
    const found = [];
    const errors = [];
    for (const namespace of namespaces) {
        try {
            const list = await kube.list({
                apiVersion: CHAOS_RESULT.apiVersion,
                kind: CHAOS_RESULT.kind,
                namespace
            });
            for (const r of list.items.filter((item) => isOurs(item, uids, names, engineName)))
                found.push(doomed(CHAOS_RESULT, namespace, r.metadata.name ?? ''));
        }
        catch (err) {
            const op = {
                backend: 'litmus',
                verb: 'list',
                kind: CHAOS_RESULT.kind,
                resource: CHAOS_RESULT.resource,
                group: LITMUS_GROUP,
                namespace
            };
            errors.push((0,kube_errors/* kubeFailure */.O5)(err, op).message);
        }
    }
    return { found, errors };
}
function isOurs(result, uids, names, engineName) {
    const uid = result.metadata.labels?.[CHAOS_UID_LABEL];
    const spec = (0,kube_status/* isRecord */.u4)(result.spec) ? result.spec : {};
    const engine = typeof spec.engine === 'string' ? spec.engine : '';
    const text = (value) => typeof value === 'string' ? value : undefined;
    return ((uid !== undefined && uids.has(uid)) ||
        names.has(`${result.metadata.namespace ?? ''}/${engine}`) ||
        (engine !== '' &&
            engineName(engine, (0,litmus_result_name/* resultSuffix */.rv)(text(spec.experiment) ?? '', text(spec.instance)))));
}
const doomed = (kind, namespace, name) => ({
    kind,
    namespace,
    name
});

// EXTERNAL MODULE: ./src/backends/kube/distinct-observations.ts
var distinct_observations = __webpack_require__(34107);
// EXTERNAL MODULE: ./src/backends/kube/follow-all.ts
var follow_all = __webpack_require__(12344);
;// CONCATENATED MODULE: ./src/backends/litmus/litmus-verdict.ts
const FINAL = ['pass', 'fail', 'stopped', 'error'];
/** Worst first: the order in which one experiment's outcome decides a multi-experiment engine. */
const SEVERITY = ['error', 'fail', 'stopped', 'running', 'waiting', 'pass'];
/** One look at the engine (undefined when it no longer exists) and the results tied to it. */
function litmusObservation(engine, results, at) {
    if (!engine)
        return {
            at,
            phase: 'failed',
            verdict: 'error',
            message: 'the ChaosEngine was deleted by someone else while the gate followed it',
            terminal: true
        };
    const outcomes = engine.declared.map((d) => outcomeOf(engine, d, results));
    const worst = SEVERITY.find((s) => outcomes.some((o) => o.state === s)) ?? 'waiting';
    const terminal = outcomes.length > 0 && outcomes.every((o) => FINAL.includes(o.state));
    // Sequential experiments: once one has started, the engine is injecting even if the next waits.
    const started = outcomes.some((o) => o.state !== 'waiting');
    const targets = outcomes.flatMap((o) => o.result?.targets === undefined ? [] : [o.result.targets]);
    return {
        at,
        phase: phaseOf(worst, terminal, started),
        ...verdictOf(worst, terminal, started),
        ...(targets.length > 0 ? { affectedTargets: targets.reduce((a, b) => a + b, 0) } : {}),
        message: outcomes.length > 0
            ? outcomes.map((o) => o.text).join('; ')
            : 'the ChaosEngine lists no experiments',
        details: detailsOf(engine, outcomes),
        terminal
    };
}
function outcomeOf(engine, d, results) {
    const result = results.find((r) => r.name === d.resultName) ?? results.find((r) => r.experiment === d.name);
    const entry = engine.experiments.get(d.name);
    const make = (state, text) => ({
        experiment: d.name,
        state,
        text,
        result
    });
    switch (result?.verdict) {
        case 'Pass':
            return make('pass', `${d.name}: Pass${percent(result)}`);
        case 'Fail':
            return make('fail', `${d.name}: Fail${failure(result)}${probes(result)}${percent(result)}`);
        case 'Error':
            return make('error', `${d.name}: Error${failure(result)}`);
        case 'Stopped':
            return make('stopped', `${d.name}: Stopped ${stoppedBy(engine)}${failure(result)}`);
    }
    if (entry?.status === 'ChaosExperiment Not Found')
        return make('error', `${d.name}: the ChaosExperiment ${d.name} does not exist in the engine's namespace`);
    if (entry?.status === 'Forcefully Aborted')
        return make('stopped', `${d.name}: Stopped ${stoppedBy(engine)}`);
    if (entry?.status === 'Skipped')
        return make('error', `${d.name}: the chaos-runner skipped it`);
    if (result || entry?.status === 'Running')
        return make('running', `${d.name} is running (ChaosResult ${d.resultName}: ${result?.verdict ?? 'not written yet'})`);
    if (entry?.status === 'Completed' && !isDone(engine))
        return make('running', `${d.name} finished (the chaos-runner reports ${entry.verdict ?? 'no verdict'}); reading ChaosResult ${d.resultName}`);
    if (engine.engineStatus === 'stopped')
        return make('stopped', `${d.name}: Stopped before it ran, ${stoppedBy(engine)}`);
    if (engine.engineStatus === 'completed')
        return make('error', `${d.name}: the engine completed but no ChaosResult ${d.resultName} was written`);
    return make('waiting', engine.engineStatus
        ? `waiting for the chaos-runner to start ${d.name} (engineStatus: ${engine.engineStatus})`
        : `waiting for the Litmus chaos-operator to pick up ChaosEngine ${engine.name} (no status yet)`);
}
const isDone = (engine) => engine.engineStatus === 'completed' || engine.engineStatus === 'stopped';
/**
 * True when the engine reports an experiment finished whose ChaosResult is not in `results`. The
 * engine and its results arrive on different watch streams, so the engine can be seen completed
 * before the result it was completed from; the caller reads the results afresh before deciding.
 */
function resultsLag(engine, results) {
    return engine.declared.some((d) => {
        const seen = results.some((r) => r.name === d.resultName || r.experiment === d.name);
        const finished = engine.experiments.get(d.name)?.status === 'Completed' || isDone(engine);
        return finished && !seen;
    });
}
function phaseOf(worst, terminal, started) {
    if (!terminal)
        return started ? 'injected' : 'pending';
    if (worst === 'error')
        return 'failed';
    return worst === 'stopped' ? 'stopped' : 'finished';
}
function verdictOf(worst, terminal, started) {
    if (!terminal)
        return started ? { verdict: 'awaited' } : {};
    const verdicts = { pass: 'pass', fail: 'fail', stopped: 'stopped', error: 'error' };
    return worst === 'running' || worst === 'waiting' ? {} : { verdict: verdicts[worst] };
}
function stoppedBy(engine) {
    return engine.abortedAt
        ? `by chaos-gate (engineState: stop at ${engine.abortedAt})`
        : `outside chaos-gate: someone set engineState: stop, or the operator stopped the engine because its appinfo or selectors are invalid (kubectl describe chaosengine ${engine.name})`;
}
function failure(r) {
    const parts = [
        r.phase && `phase ${r.phase}`,
        r.errorCode && `[${r.errorCode}]`,
        r.reason ?? (r.failStep && r.failStep !== 'N/A' ? `failed step: ${r.failStep}` : undefined)
    ].filter(Boolean);
    return parts.length > 0 ? ` (${parts.join(' ')})` : '';
}
function probes(r) {
    if (r.probes.length === 0)
        return '';
    const list = r.probes.map((p) => {
        const how = [p.type, p.mode].filter(Boolean).join(', ');
        const why = p.verdict === 'Failed' && p.description ? `: ${p.description}` : '';
        return `${p.name}${how ? ` (${how})` : ''} ${p.verdict ?? 'Awaited'}${why}`;
    });
    return `; probes: ${list.join(', ')}`;
}
function percent(r) {
    const p = r.probeSuccessPercentage;
    return p && p !== 'Awaited' && r.probes.length > 0 ? `; probe success ${p}%` : '';
}
/** Backend facts for the report; keys are prefixed with the experiment when there are several. */
function detailsOf(engine, outcomes) {
    const details = { engine: engine.name };
    if (engine.engineStatus)
        details.engineStatus = engine.engineStatus;
    for (const o of outcomes) {
        const prefix = outcomes.length > 1 ? `${o.experiment}.` : '';
        const r = o.result;
        const facts = {
            result: r?.name,
            verdict: r?.verdict,
            phase: r?.phase,
            probeSuccessPercentage: r?.probeSuccessPercentage,
            failStep: r?.failStep,
            errorCode: r?.errorCode,
            reason: r?.reason,
            probes: r && r.probes.length > 0
                ? r.probes.map((p) => `${p.name}=${p.verdict ?? 'Awaited'}`).join(', ')
                : undefined
        };
        for (const [key, value] of Object.entries(facts))
            if (value !== undefined)
                details[`${prefix}${key}`] = value;
    }
    return details;
}

;// CONCATENATED MODULE: ./src/backends/litmus/litmus-observe.ts






/** Follows the engine and the results carrying its UID by watch; one observation per change. */
function observeEngine(kube, handle, ctx) {
    return (0,distinct_observations/* distinctObservations */.M)(engineLooks(kube, handle, ctx), litmusKey);
}
/** What makes two Litmus observations different: the details (probe verdicts, failStep) count too. */
function litmusKey(o) {
    return JSON.stringify([o.phase, o.verdict, o.message, o.details]);
}
/** The engine's observation after every change of it or its results. */
async function* engineLooks(kube, handle, ctx) {
    const namespace = handle.namespace ?? '';
    const uid = handle.uid ?? (await engineUid(kube, handle));
    if (!uid) {
        yield litmusObservation(undefined, [], ctx.clock.now());
        return;
    }
    const refs = new Map([
        [
            'engine',
            {
                apiVersion: CHAOS_ENGINE.apiVersion,
                kind: CHAOS_ENGINE.kind,
                namespace,
                fieldSelector: `metadata.name=${handle.name}`
            }
        ],
        ['results', resultsRef(namespace, uid)]
    ]);
    try {
        for await (const state of (0,follow_all/* followAll */.Z)(kube, refs, {
            clock: ctx.clock,
            signal: ctx.signal,
            log: ctx.log
        })) {
            const engine = state.get('engine')?.[0];
            const view = engine && readEngine(engine, ABORTED_AT_ANNOTATION);
            let results = (state.get('results') ?? []).map(readResult);
            // A finished engine may be seen before its result; read the results afresh before deciding.
            if (view && resultsLag(view, results))
                results = (await kube.list(resultsRef(namespace, uid), ctx.signal)).items.map(readResult);
            yield litmusObservation(view, results, ctx.clock.now());
        }
    }
    catch (err) {
        throw (0,kube_errors/* kubeFailure */.O5)(err, engineOperation('watch', namespace, handle.name));
    }
}
function resultsRef(namespace, uid) {
    return {
        apiVersion: CHAOS_RESULT.apiVersion,
        kind: CHAOS_RESULT.kind,
        namespace,
        labelSelector: `${CHAOS_UID_LABEL}=${uid}`
    };
}
async function engineUid(kube, handle) {
    const ref = {
        apiVersion: CHAOS_ENGINE.apiVersion,
        kind: CHAOS_ENGINE.kind,
        namespace: handle.namespace ?? '',
        name: handle.name
    };
    const engine = await kube.get(ref).catch((err) => {
        throw (0,kube_errors/* kubeFailure */.O5)(err, engineOperation('get', ref.namespace, ref.name));
    });
    const uid = engine?.metadata.uid;
    return typeof uid === 'string' ? uid : undefined;
}

// EXTERNAL MODULE: ./src/backends/kube/discovery.ts
var discovery = __webpack_require__(48177);
// EXTERNAL MODULE: ./src/backends/kube/preflight.ts
var preflight = __webpack_require__(64668);
// EXTERNAL MODULE: ./src/backends/kube/targets.ts
var kube_targets = __webpack_require__(70317);
;// CONCATENATED MODULE: ./src/backends/litmus/litmus-preflight.ts








const SERVICE_ACCOUNT = {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    resource: 'serviceaccounts'
};
const SERVICE_ACCOUNTS = {
    group: '',
    version: 'v1',
    kind: 'ServiceAccount',
    resource: 'serviceaccounts',
    namespaced: true,
    verbs: []
};
async function preflightLitmus(exp, ctx, deps) {
    const namespace = engineNamespace(exp, deps.defaultNamespace);
    const op = engineOperation('create', namespace);
    const served = await (0,preflight/* checkServed */.wI)(deps.cluster, [CHAOS_ENGINE, CHAOS_RESULT, CHAOS_EXPERIMENT], LITMUS_INSTALLATION, exp.source, op);
    if (served.issues.length > 0)
        return { warnings: [], issues: served.issues };
    const denied = await (0,preflight/* checkAccess */.x8)(deps.cluster, accessNeeds(served.resources, namespace, exp), exp.source, op);
    if (denied.length > 0)
        return { warnings: [], issues: denied };
    const engine = engineToSubmit(exp, ctx, namespace);
    const [references, rejected, targets] = await Promise.all([
        checkReferences(deps.kube, engine, exp.locate, op),
        (0,preflight/* dryRunCreate */.Vf)(deps.kube, engine, exp.locate, { ...op, name: engine.metadata.name ?? '' }),
        (0,kube_targets/* checkTargets */.VJ)(deps.kube, exp, deps.policy, op, ctx.signal)
    ]);
    return {
        warnings: [],
        issues: [...references, ...rejected, ...targets.issues],
        ...(targets.count
            ? { targets: targets.count.targets, candidates: targets.count.candidates }
            : {})
    };
}
/** Every permission a Litmus run uses, in the engine's namespace and where the targets are. */
function accessNeeds(served, namespace, exp) {
    const resource = (kind) => {
        const found = served.get((0,preflight/* kindKey */._V)(CHAOS_ENGINE.apiVersion, kind));
        if (!found)
            throw new errors/* InternalError */.Gd(`discovery reported ${kind} served but returned no resource`);
        return found;
    };
    const engineVerbs = ['create', 'get', 'list', 'watch', 'patch', 'delete'];
    return [
        ...(0,preflight/* needs */.eN)(resource(CHAOS_ENGINE.kind), engineVerbs, namespace),
        ...(0,preflight/* needs */.eN)(resource(CHAOS_RESULT.kind), ['get', 'list', 'watch', 'delete'], namespace),
        ...(0,preflight/* needs */.eN)(resource(CHAOS_EXPERIMENT.kind), ['get'], namespace),
        ...(0,preflight/* needs */.eN)(SERVICE_ACCOUNTS, ['get'], namespace),
        ...(0,kube_targets/* targetAccess */.Eq)(exp.targets)
    ];
}
/** The ServiceAccount the experiment pods run as, and every ChaosExperiment, in the engine's namespace. */
async function checkReferences(kube, engine, locate, op) {
    const namespace = engine.metadata.namespace ?? '';
    const spec = (0,kube_status/* isRecord */.u4)(engine.spec) ? engine.spec : {};
    const issues = [];
    const account = typeof spec.chaosServiceAccount === 'string' ? spec.chaosServiceAccount : '';
    if (account && !(await exists(kube, SERVICE_ACCOUNT, namespace, account, op)))
        issues.push({
            ...locate(['spec', 'chaosServiceAccount']),
            severity: 'error',
            code: 'litmus/service-account',
            message: `the chaosServiceAccount '${account}' does not exist in namespace ${namespace}`,
            hint: `Create it with the RBAC the experiment needs (ChaosHub ships an rbac.yaml per fault), or name an existing one; check with: kubectl get serviceaccount ${account} -n ${namespace}`
        });
    const experiments = Array.isArray(spec.experiments) ? spec.experiments : [];
    for (const [i, entry] of experiments.entries()) {
        const name = (0,kube_status/* isRecord */.u4)(entry) && typeof entry.name === 'string' ? entry.name : '';
        if (!name || (await exists(kube, CHAOS_EXPERIMENT, namespace, name, op)))
            continue;
        issues.push({
            ...locate(['spec', 'experiments', i, 'name']),
            severity: 'error',
            code: 'litmus/experiment',
            message: `the ChaosExperiment '${name}' does not exist in namespace ${namespace}, where the chaos-operator looks for it`,
            hint: `Apply its definition first (the fault.yaml from ChaosHub / chaos-charts) into namespace ${namespace}; check with: kubectl get chaosexperiments -n ${namespace}`
        });
    }
    return issues;
}
async function exists(kube, kind, namespace, name, op) {
    try {
        return ((await kube.get({ apiVersion: kind.apiVersion, kind: kind.kind, namespace, name })) !==
            undefined);
    }
    catch (err) {
        const { group } = (0,discovery/* splitApiVersion */.Np)(kind.apiVersion);
        throw (0,kube_errors/* kubeFailure */.O5)(err, {
            ...op,
            verb: 'get',
            kind: kind.kind,
            resource: kind.resource,
            group,
            name
        });
    }
}

;// CONCATENATED MODULE: ./src/backends/litmus/litmus-backend.ts









/** The registry's factory: the litmus backend on the run's cluster connection. */
async function litmusBackend(deps) {
    if (!deps.kube)
        throw new errors/* InternalError */.Gd('the litmus backend was built without a Kubernetes connection');
    const conn = await deps.kube();
    return createLitmusBackend({
        kube: conn.objects,
        cluster: conn.cluster,
        defaultNamespace: conn.namespace ?? 'default',
        ...(deps.policy ? { policy: deps.policy } : {})
    });
}
function createLitmusBackend(deps) {
    const { kube } = deps;
    return {
        kind: 'litmus',
        check: (exp) => checkEngine(exp),
        preflight: (exp, ctx) => preflightLitmus(exp, ctx, deps),
        submit: (exp, ctx) => litmus_backend_submit(exp, ctx, deps),
        observe: (handle, ctx) => observeEngine(kube, handle, ctx),
        abort: (handle, ctx) => abort(kube, handle, ctx),
        cleanup: (selector, ctx) => cleanupLitmus(selector, {
            kube,
            clock: ctx.clock,
            log: ctx.log,
            boundMs: waveBound(deps, ctx)
        })
    };
}
/** Cleanup's two waits (engines, then results), each its bound, both within the cleanup budget. */
function waveBound(deps, ctx) {
    const bound = deps.cleanupBoundMs ?? 60_000;
    return (0,cleanup/* fitWaits */.up)(2 * bound, ctx)(bound);
}
async function litmus_backend_submit(exp, ctx, deps) {
    const namespace = engineNamespace(exp, deps.defaultNamespace);
    const engine = engineToSubmit(exp, ctx, namespace);
    const name = engine.metadata.name ?? '';
    const { object, adopted } = await (0,kube_submit/* createOrAdopt */.KL)(deps.kube, engine, ctx.labels, engineOperation('create', namespace, name));
    ctx.log.info(`${exp.name}: ${adopted ? 'adopted the existing' : 'created'} ChaosEngine ${namespace}/${name}`);
    const uid = object.metadata.uid;
    return {
        backend: 'litmus',
        experiment: exp.name,
        apiVersion: CHAOS_ENGINE.apiVersion,
        kind: CHAOS_ENGINE.kind,
        name,
        namespace,
        ...(typeof uid === 'string' ? { uid } : {})
    };
}
/** `engineState: stop`, marked as ours; an engine already gone is already stopped. */
async function abort(kube, handle, ctx) {
    const namespace = handle.namespace ?? '';
    const ref = {
        apiVersion: CHAOS_ENGINE.apiVersion,
        kind: CHAOS_ENGINE.kind,
        namespace,
        name: handle.name
    };
    try {
        await kube.patch(ref, {
            type: 'merge',
            body: {
                metadata: {
                    annotations: { [ABORTED_AT_ANNOTATION]: new Date(ctx.clock.now()).toISOString() }
                },
                spec: { engineState: 'stop' }
            }
        });
        ctx.log.info(`${handle.experiment}: asked ChaosEngine ${namespace}/${handle.name} to stop`);
    }
    catch (err) {
        if ((0,kube_errors/* isNotFound */.c4)(err))
            return;
        throw (0,kube_errors/* kubeFailure */.O5)(err, engineOperation('patch', namespace, handle.name));
    }
}


/***/ }),

/***/ 39483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SF: () => (/* binding */ LITMUS_EXPERIMENT_PART_MAX),
/* harmony export */   mx: () => (/* binding */ LITMUS_RESULT_NAME_MAX),
/* harmony export */   rv: () => (/* binding */ resultSuffix)
/* harmony export */ });
/**
 * litmus-go names each ChaosResult `<engine>-<experiment>[-<instance>]` and puts that name in the
 * result's `name` label, which Kubernetes caps at 63 characters. The engine chaos-gate submits is
 * named after the run (`gate-<run>-<experiment>`), so the manifest's part of the result's name
 * must leave it room, and the engine's name is bounded by what is left (backends/litmus).
 */
/** A label value's limit, which the whole ChaosResult name must fit. */
const LITMUS_RESULT_NAME_MAX = 63;
/** The most the ChaosExperiment and INSTANCE_ID may take, leaving the engine 26 characters. */
const LITMUS_EXPERIMENT_PART_MAX = 36;
/** The part of a ChaosResult's name after `<engine>-`. */
function resultSuffix(experiment, instance) {
    return [experiment, instance].filter((part) => part).join('-');
}


/***/ })

};
;