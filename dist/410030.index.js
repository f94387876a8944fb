"use strict";
exports.id = 410030;
exports.ids = [410030];
exports.modules = {

/***/ 86670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hd: () => (/* binding */ objectName),
/* harmony export */   Kf: () => (/* binding */ MANAGED_BY),
/* harmony export */   Zx: () => (/* binding */ EXPERIMENT_LABEL),
/* harmony export */   aT: () => (/* binding */ runSelectorString),
/* harmony export */   lT: () => (/* binding */ MANAGED_BY_LABEL),
/* harmony export */   pv: () => (/* binding */ RUN_ID_LABEL),
/* harmony export */   xU: () => (/* binding */ runLabels)
/* harmony export */ });
/* unused harmony export SHA_LABEL */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Names and labels on everything a run creates (docs/engine.md, "Names and labels"). Deterministic, so a re-run of
 * the same run id adopts its own objects and a cleanup finds them by label alone.
 */

/** Standard Kubernetes label naming the tool that manages an object. */
const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
const MANAGED_BY = 'chaos-gate';
/** The run that created an object; cleanup selects by it. */
const RUN_ID_LABEL = 'chaos-gate.dev/run-id';
/** The experiment an object belongs to. */
const EXPERIMENT_LABEL = 'chaos-gate.dev/experiment';
/** The commit under test, when known. */
const SHA_LABEL = 'chaos-gate.dev/sha';
/** Kubernetes object names and label values are at most 63 characters. */
const MAX_NAME = 63;
const HASH_LENGTH = 6;
/** The labels stamped on every object of one experiment in one run. */
function runLabels(runId, experiment, sha) {
    return {
        [MANAGED_BY_LABEL]: MANAGED_BY,
        [RUN_ID_LABEL]: runId,
        ...(experiment !== undefined && { [EXPERIMENT_LABEL]: experiment }),
        ...(sha !== undefined && { [SHA_LABEL]: sha.slice(0, MAX_NAME) })
    };
}
/** The label selector that finds everything a run created, or one experiment's part of it. */
function runSelectorString(runId, experiment) {
    const run = `${MANAGED_BY_LABEL}=${MANAGED_BY},${RUN_ID_LABEL}=${runId}`;
    return experiment === undefined ? run : `${run},${EXPERIMENT_LABEL}=${experiment}`;
}
/**
 * `gate-<runId>-<experiment>`, cut to 63 characters (or `max`, when something is appended to the
 * name later) with a hash of the full name as suffix, so two long experiment names sharing a
 * prefix still get different objects.
 */
function objectName(runId, experiment, max = MAX_NAME) {
    const full = `gate-${runId}-${experiment}`.toLowerCase();
    if (full.length <= max)
        return full;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(full).digest('hex').slice(0, HASH_LENGTH);
    const head = full.slice(0, max - HASH_LENGTH - 1).replace(/-+$/, '');
    return `${head}-${hash}`;
}


/***/ }),

/***/ 72352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Hq: () => (/* binding */ errorBudgetHook),
  H6: () => (/* binding */ gateBackends),
  p8: () => (/* binding */ metricSources),
  Br: () => (/* binding */ resolveCluster)
});

// EXTERNAL MODULE: ./src/manifest/model.ts
var model = __webpack_require__(85848);
;// CONCATENATED MODULE: ./src/backends/registry.ts
/**
 * Backends by kind, created lazily: a backend's module (and its heavy client) is only loaded when
 * an experiment uses it, so the CLI starts fast and the bundle keeps Kubernetes code in a chunk.
 * Adding a backend is one entry in BACKEND_FACTORIES.
 */

/** The backends in this build. The others are listed so the error can say they are coming. */
const BACKEND_FACTORIES = {
    local: async (deps) => (await __webpack_require__.e(/* import() */ 732589).then(__webpack_require__.bind(__webpack_require__, 90930))).createLocalBackend(deps),
    litmus: async (deps) => (await Promise.all(/* import() */[__webpack_require__.e(435277), __webpack_require__.e(281388), __webpack_require__.e(346933)]).then(__webpack_require__.bind(__webpack_require__, 99834))).litmusBackend(deps),
    'chaos-mesh': async (deps) => (await Promise.all(/* import() */[__webpack_require__.e(435277), __webpack_require__.e(281388), __webpack_require__.e(125241)]).then(__webpack_require__.bind(__webpack_require__, 50760))).chaosMeshBackend(deps),
    kubernetes: async (deps) => (await Promise.all(/* import() */[__webpack_require__.e(435277), __webpack_require__.e(281388), __webpack_require__.e(536958)]).then(__webpack_require__.bind(__webpack_require__, 83101))).kubernetesBackend(deps),
    toxiproxy: async (deps) => (await __webpack_require__.e(/* import() */ 894833).then(__webpack_require__.bind(__webpack_require__, 18053))).toxiproxyBackend(deps),
    'aws-fis': async (deps) => (await Promise.all(/* import() */[__webpack_require__.e(213279), __webpack_require__.e(842124), __webpack_require__.e(264237)]).then(__webpack_require__.bind(__webpack_require__, 27915))).awsFisBackend(deps),
    gremlin: async (deps) => (await __webpack_require__.e(/* import() */ 917209).then(__webpack_require__.bind(__webpack_require__, 8369))).gremlinBackend(deps)
};
/** The backends that run on a Kubernetes cluster (over BackendDeps.kube). */
const CLUSTER_BACKENDS = new Set([
    'litmus',
    'chaos-mesh',
    'kubernetes'
]);
/** An experiment names a backend this build does not include. */
class BackendUnavailableError extends Error {
    kind;
    name = 'BackendUnavailableError';
    constructor(kind) {
        super(`the ${kind} backend is not available in this build`);
        this.kind = kind;
    }
}
/**
 * Hands out one instance per kind for the life of a run, so preflight, submit, abort and cleanup
 * of a stateful backend (the local proxy) all talk to the same object.
 */
class BackendRegistry {
    deps;
    factories;
    instances = new Map();
    constructor(deps, factories = BACKEND_FACTORIES) {
        this.deps = deps;
        this.factories = factories;
    }
    /** The backend for `kind`; rejects with BackendUnavailableError when this build has none. */
    get(kind) {
        const factory = this.factories[kind];
        if (!factory)
            return Promise.reject(new BackendUnavailableError(kind));
        let instance = this.instances.get(kind);
        if (!instance) {
            instance = factory(this.deps);
            this.instances.set(kind, instance);
        }
        return instance;
    }
    /**
     * Connects to the cluster now when one of `kinds` runs on it, so an unusable configuration shows
     * before anything runs; the backends then share this connection. Otherwise a no-op, and the
     * Kubernetes client is never loaded.
     */
    async connectFor(kinds) {
        if (!this.deps.kube || ![...kinds].some((kind) => CLUSTER_BACKENDS.has(kind)))
            return;
        await this.deps.kube();
    }
    /** The run's cluster connector, for the `kubernetes` metric source; undefined without a cluster. */
    get kube() {
        return this.deps.kube;
    }
    /** The kinds this build can run. */
    available() {
        return model/* BACKEND_KINDS */.p.filter((k) => this.factories[k] !== undefined);
    }
}

// EXTERNAL MODULE: ./src/steady-state/dry-run-checks.ts
var dry_run_checks = __webpack_require__(4197);
;// CONCATENATED MODULE: ./src/steady-state/cloudwatch/cloudwatch-factory.ts

function cloudWatchSourceFactory(deps) {
    return async (ctx) => {
        const spec = ctx.experiment.steadyState;
        const checks = spec?.checks.filter((c) => c.source === 'cloudwatch') ?? [];
        // No setting: validation already refused it; the engine reports the unsourced checks.
        if (checks.length === 0 || !spec?.cloudwatch)
            return undefined;
        const endpoint = spec.cloudwatch;
        const [{ cloudWatchApi }, { CloudWatchSource }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(213279), __webpack_require__.e(335096), __webpack_require__.e(858089)]).then(__webpack_require__.bind(__webpack_require__, 60338)),
            Promise.all(/* import() */[__webpack_require__.e(213279), __webpack_require__.e(335096), __webpack_require__.e(676633)]).then(__webpack_require__.bind(__webpack_require__, 67981))
        ]);
        const api = cloudWatchApi(endpoint, deps.env);
        const source = new CloudWatchSource(api, {
            clock: ctx.clock,
            timeoutMs: endpoint.timeoutMs
        });
        ctx.log.debug(`${ctx.experiment.name}: measuring ${checks.length} cloudwatch checks in ${endpoint.region ?? 'the default region'}`);
        try {
            await preflight(source, checks, ctx.signal);
        }
        catch (err) {
            api.close();
            throw err;
        }
        return {
            source,
            close: () => {
                api.close();
                return Promise.resolve();
            }
        };
    };
}
async function preflight(source, checks, signal) {
    const { rejected } = await (0,dry_run_checks/* dryRunChecks */.a)(source, checks, signal);
    if (rejected.length > 0)
        throw (0,dry_run_checks/* rejectedChecksError */.K)('cloudwatch', 'GetMetricData', rejected);
}

;// CONCATENATED MODULE: ./src/steady-state/datadog/datadog-factory.ts

function datadogSourceFactory(deps) {
    return async (ctx) => {
        const spec = ctx.experiment.steadyState;
        const checks = spec?.checks.filter((c) => c.source === 'datadog') ?? [];
        // No endpoint: validation already refused it; the engine reports the unsourced checks.
        if (checks.length === 0 || !spec?.datadog)
            return undefined;
        const missing = ['apiKey', 'appKey'].filter((k) => spec.datadog?.[k] === '');
        if (missing.length > 0)
            throw new Error(`steadyState.datadog.${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} empty; set the secret (DD_API_KEY, DD_APP_KEY) for the gate`);
        deps.secrets?.add(spec.datadog.apiKey, spec.datadog.appKey);
        const { DatadogSource } = await __webpack_require__.e(/* import() */ 732888).then(__webpack_require__.bind(__webpack_require__, 64929));
        const source = new DatadogSource(spec.datadog, { clock: ctx.clock, fetch: deps.fetch });
        ctx.log.debug(`${ctx.experiment.name}: measuring ${checks.length} datadog checks on ${source.url}`);
        const { rejected } = await (0,dry_run_checks/* dryRunChecks */.a)(source, checks, ctx.signal);
        if (rejected.length > 0)
            throw (0,dry_run_checks/* rejectedChecksError */.K)('datadog', source.url, rejected);
        return { source, close: () => Promise.resolve() };
    };
}

;// CONCATENATED MODULE: ./src/steady-state/kubernetes/kube-factory.ts
/** `kube` connects on its first call only; undefined in a build or test without a cluster. */
function kubernetesSourceFactory(kube) {
    return async (ctx) => {
        const checks = ctx.experiment.steadyState?.checks.filter((c) => c.source === 'kubernetes') ?? [];
        // No cluster: the engine reports the unsourced checks with how to configure one.
        if (checks.length === 0 || !kube)
            return undefined;
        const connection = await kube();
        const { KubeSource } = await __webpack_require__.e(/* import() */ 659877).then(__webpack_require__.bind(__webpack_require__, 70567));
        const namespace = ctx.experiment.steadyState?.namespace ??
            ctx.experiment.namespace ??
            connection.namespace ??
            'default';
        ctx.log.debug(`${ctx.experiment.name}: measuring ${checks.length} kubernetes checks on ${connection.server} (namespace ${namespace})`);
        return {
            source: new KubeSource(connection.objects, namespace, ctx.clock),
            // The connection belongs to the run and is closed with the backends.
            close: () => Promise.resolve()
        };
    };
}

// EXTERNAL MODULE: ./src/steady-state/probe/probe-factory.ts + 2 modules
var probe_factory = __webpack_require__(54610);
// EXTERNAL MODULE: ./src/manifest/experiment/steady-state/no-prometheus.ts
var no_prometheus = __webpack_require__(24266);
// EXTERNAL MODULE: ./src/steady-state/prometheus/prometheus-error.ts
var prometheus_error = __webpack_require__(19528);
;// CONCATENATED MODULE: ./src/steady-state/prometheus/error-budget-gate.ts
/**
 * The engine's error-budget hook (GateDeps.errorBudget) built from a run's settings. The
 * Prometheus client is loaded only when a budget is configured and read.
 */


/**
 * The engine's error-budget hook for a run's settings (GateDeps.errorBudget), or undefined when
 * no budget is configured. It reads every budget once per call over its own client.
 */
function errorBudgetGate(rules, endpoint, deps) {
    if (!rules || rules.length === 0)
        return undefined;
    return async (signal) => {
        if (!endpoint) {
            return {
                decision: 'unknown',
                reason: `the error budget is read from Prometheus, but ${no_prometheus/* NO_PROMETHEUS */.H2}; set the prometheus-url input (--prometheus-url on the command line)`
            };
        }
        const { PrometheusClient } = await Promise.all(/* import() */[__webpack_require__.e(656708), __webpack_require__.e(959097)]).then(__webpack_require__.bind(__webpack_require__, 63952));
        const { checkErrorBudgets } = await __webpack_require__.e(/* import() */ 251185).then(__webpack_require__.bind(__webpack_require__, 85052));
        let client;
        try {
            client = new PrometheusClient(endpoint, deps);
        }
        catch (err) {
            if (err instanceof prometheus_error/* PrometheusError */.H)
                return { decision: 'unknown', reason: err.message };
            throw err;
        }
        try {
            const decision = await checkErrorBudgets(rules, client, signal);
            if (decision.decision === 'run') {
                const left = decision.readings.map((r) => `${r.rule} ${Math.round(r.remaining * 1000) / 10} %`);
                deps.log.info(`error budget: ${left.join(', ')} left; experiments may run`);
            }
            else
                deps.log.warn(decision.reason);
            return decision;
        }
        finally {
            client.close();
        }
    };
}

// EXTERNAL MODULE: ./src/steady-state/prometheus/prometheus-factory.ts
var prometheus_factory = __webpack_require__(62116);
;// CONCATENATED MODULE: ./src/gate/gate-wiring.ts







/**
 * One backend registry per run (or cleanup), so a stateful backend is shared by every phase. The
 * cluster is the one `target` names (else KUBECONFIG, ~/.kube/config, in-cluster), and so is
 * Gremlin's team and key (else GREMLIN_TEAM_ID, GREMLIN_API_KEY); `policy` is the
 * one the manifests were checked against, which Kubernetes preflight checks live counts against.
 */
function gateBackends(d, target, policy) {
    return new BackendRegistry({
        clock: d.clock,
        log: d.log,
        random: d.random,
        pid: d.pid,
        isProcessAlive: d.isProcessAlive,
        env: d.env,
        ...(target.gremlin && { gremlin: target.gremlin }),
        ...(d.kube && { kube: d.kube({ kubeconfig: target.kubeconfig, context: target.context }) }),
        ...(policy && { policy })
    });
}
/**
 * Resolves the Kubernetes configuration before the gate starts when any experiment runs on a
 * Kubernetes backend: an unusable kubeconfig is then invalid input (the loader's InputError, exit
 * 2, nothing injected) instead of an error in every experiment's preflight. A run on the local
 * backend alone never loads the Kubernetes client.
 */
function resolveCluster(backends, experiments) {
    return backends.connectFor(experiments.map((e) => e.backend));
}
/**
 * The metric sources this build has: the HTTP probe, Prometheus (proxy variables from `env`), and
 * the Kubernetes API over the run's cluster connection (`kube`, shared with the backends),
 * Datadog, and CloudWatch (the AWS SDK's default chain and endpoint variables from `env`).
 */
function metricSources(env, fetchImpl = globalThis.fetch, kube, 
/** The process's mask: learns the keys and tokens sources read when they open. */
secrets) {
    const mask = secrets ? { secrets } : {};
    return {
        probe: (0,probe_factory/* probeSourceFactory */.y)({ fetch: fetchImpl }),
        prometheus: (0,prometheus_factory/* prometheusSourceFactory */.I)({ env, ...mask }),
        kubernetes: kubernetesSourceFactory(kube),
        datadog: datadogSourceFactory({ fetch: fetchImpl, ...mask }),
        cloudwatch: cloudWatchSourceFactory({ env })
    };
}
/** The error-budget hook (GateDeps.errorBudget), when the setting is present. */
function errorBudgetHook(settings, d) {
    const gate = errorBudgetGate(settings.errorBudget, settings.prometheus, {
        clock: d.clock,
        log: d.log,
        env: d.env
    });
    return gate ? { errorBudget: gate } : {};
}


/***/ }),

/***/ 9598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ng: () => (/* binding */ fileRunState),
  xz: () => (/* binding */ readRunState),
  qm: () => (/* binding */ runStatePath)
});

// UNUSED EXPORTS: RunStateStore, writeRunStateFile

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/secret-mask.ts
var secret_mask = __webpack_require__(60051);
;// CONCATENATED MODULE: ./src/gate/run-state/run-state-model.ts
const RUN_STATE_VERSION = 1;

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 14 modules
var schemas = __webpack_require__(45586);
// EXTERNAL MODULE: ./src/manifest/model.ts
var model = __webpack_require__(85848);
;// CONCATENATED MODULE: ./src/gate/run-state/run-state-schema.ts
/**
 * Validates a run-state file read back from disk. The file may be old, edited or truncated, and
 * cleanup must not act on a half-understood handle, so it is checked field by field.
 */



/** Built on first use (z.lazy): only cleanup reads a run-state file back (docs/performance.md). */
const runState = schemas/* lazy */.RZV(() => {
    const backendKind = schemas/* enum */.k5n(model/* BACKEND_KINDS */.p);
    const handle = schemas/* object */.Ikc({
        backend: backendKind,
        experiment: schemas/* string */.YjP(),
        kind: schemas/* string */.YjP(),
        name: schemas/* string */.YjP(),
        namespace: schemas/* string */.YjP().exactOptional(),
        apiVersion: schemas/* string */.YjP().exactOptional(),
        uid: schemas/* string */.YjP().exactOptional(),
        data: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).exactOptional()
    });
    const cleanupReport = schemas/* object */.Ikc({
        deleted: schemas/* array */.YOg(schemas/* string */.YjP()),
        stuck: schemas/* array */.YOg(schemas/* object */.Ikc({ ref: schemas/* string */.YjP(), reason: schemas/* string */.YjP(), inspect: schemas/* string */.YjP() })),
        errors: schemas/* array */.YOg(schemas/* string */.YjP())
    });
    const experiment = schemas/* object */.Ikc({
        backend: backendKind,
        namespaces: schemas/* array */.YOg(schemas/* string */.YjP()),
        handle: handle.exactOptional(),
        submittedAt: schemas/* number */.aig().exactOptional(),
        abortedAt: schemas/* number */.aig().exactOptional(),
        abortReason: schemas/* string */.YjP().exactOptional(),
        cleanedAt: schemas/* number */.aig().exactOptional(),
        cleanup: cleanupReport.exactOptional()
    });
    return schemas/* object */.Ikc({
        version: schemas/* literal */.euz(1),
        runId: schemas/* string */.YjP(),
        environment: schemas/* string */.YjP(),
        cluster: schemas/* object */.Ikc({ kubeconfig: schemas/* string */.YjP().exactOptional(), context: schemas/* string */.YjP().exactOptional() })
            .exactOptional(),
        pid: schemas/* number */.aig(),
        startedAt: schemas/* number */.aig(),
        updatedAt: schemas/* number */.aig(),
        status: schemas/* enum */.k5n(['running', 'finished', 'interrupted']),
        experiments: schemas/* record */.g1P(schemas/* string */.YjP(), experiment),
        cleanups: schemas/* array */.YOg(schemas/* object */.Ikc({
            at: schemas/* number */.aig(),
            by: schemas/* string */.YjP(),
            clean: schemas/* boolean */.zMY(),
            reports: schemas/* array */.YOg(cleanupReport.extend({ backend: backendKind }))
        }))
    });
});
/** Parses and checks a run-state file's text; the error names the file and the first bad field. */
function parseRunState(text, path) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (err) {
        throw new errors/* StateFileError */.ci(`${path}: not a run-state file: ${(0,errors/* errorMessage */.gJ)(err)}`, { cause: err });
    }
    const parsed = runState.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue?.path.join('.') ?? '';
        throw new errors/* StateFileError */.ci(`${path}: not a valid run-state file: ${where ? `${where}: ` : ''}${issue?.message ?? 'invalid'}`);
    }
    return parsed.data;
}

;// CONCATENATED MODULE: ./src/gate/run-state/run-state.ts
/**
 * The run-state file, `<stateDir>/<runId>.json`: what a run submitted, aborted and cleaned up.
 * It is written atomically (tmp + rename) right after each submit and before anything else
 * happens, so a cancelled or crashed run can still be cleaned up by `chaos-gate cleanup` or the
 * action's post step. Writes are serialised; each write stores the latest whole state.
 */






/** Keeps the state in memory and persists every change, in order, through `persist`. */
class RunStateStore {
    persist;
    clock;
    pid;
    claim;
    state;
    writes = Promise.resolve();
    constructor(persist, clock, 
    /** The gate's process id, so a later cleanup can tell whether the run is still alive. */
    pid, 
    /** Throws when the run id may not be used now (another live process runs it). */
    claim = () => Promise.resolve()) {
        this.persist = persist;
        this.clock = clock;
        this.pid = pid;
        this.claim = claim;
    }
    /** The latest state, for tests and the post step. */
    get current() {
        return this.state;
    }
    async begin(init) {
        await this.claim(init.runId);
        const state = {
            version: RUN_STATE_VERSION,
            ...init,
            pid: this.pid,
            updatedAt: init.startedAt,
            status: 'running',
            cleanups: []
        };
        this.state = state;
        return this.write(state);
    }
    submitted(experiment, handle) {
        return this.patch(experiment, { handle, submittedAt: this.clock.now() });
    }
    aborted(experiment, reason) {
        return this.patch(experiment, { abortedAt: this.clock.now(), abortReason: reason });
    }
    cleaned(experiment, report) {
        return this.patch(experiment, { cleanedAt: this.clock.now(), cleanup: report });
    }
    finished(status) {
        return this.update((s) => ({ ...s, status }));
    }
    /** Appends a later cleanup of this run. */
    recordCleanup(record) {
        return this.update((s) => ({ ...s, cleanups: [...s.cleanups, record] }));
    }
    /** Starts from a state read back from disk (for a later cleanup). */
    adopt(state) {
        this.state = state;
    }
    patch(experiment, change) {
        return this.update((s) => {
            const prev = s.experiments[experiment] ?? { backend: 'local', namespaces: [] };
            return { ...s, experiments: { ...s.experiments, [experiment]: { ...prev, ...change } } };
        });
    }
    update(fn) {
        if (!this.state)
            return Promise.reject(new Error('run state used before begin()'));
        const next = { ...fn(this.state), updatedAt: this.clock.now() };
        this.state = next;
        return this.write(next);
    }
    write(snapshot) {
        this.writes = this.writes.catch(() => undefined).then(() => this.persist(snapshot));
        return this.writes;
    }
}
/** The path of a run's state file. */
function runStatePath(stateDir, runId) {
    return (0,external_node_path_.join)(stateDir, `${runId}.json`);
}
/** Writes the state atomically: a crash mid-write leaves the previous file intact. */
async function writeRunStateFile(stateDir, state) {
    await (0,promises_.mkdir)(stateDir, { recursive: true });
    const path = runStatePath(stateDir, state.runId);
    const tmp = `${path}.${state.pid}.tmp`;
    await (0,promises_.writeFile)(tmp, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
    await (0,promises_.rename)(tmp, path);
}
/** A store that keeps `<stateDir>/<runId>.json` up to date. */
function fileRunState(stateDir, clock, pid, { secrets, isProcessAlive } = {}) {
    return new RunStateStore((state) => writeRunStateFile(stateDir, secrets ? (0,secret_mask/* maskStrings */.X1)(state, secrets) : state), clock, pid, (runId) => isProcessAlive ? claimRunId(stateDir, runId, pid, isProcessAlive) : Promise.resolve());
}
/**
 * Refuses a run id whose state file says another process, still alive, is running it. Two live
 * runs with one id would adopt each other's fault objects (same names, same labels), both report
 * on them, and write one state file.
 */
async function claimRunId(stateDir, runId, pid, isProcessAlive) {
    const other = await readOne(runStatePath(stateDir, runId)).catch(() => undefined);
    if (!other || other.status !== 'running' || other.pid === pid || !isProcessAlive(other.pid))
        return;
    throw new errors/* InputError */.dz('run-id', `run id '${runId}' belongs to a run still in progress: process ${other.pid} started it at ${new Date(other.startedAt).toISOString()} and is alive. Wait for it to finish, stop it (kill -INT ${other.pid}), or use another --run-id`);
}
/**
 * Reads a run's state, or the latest run's (by start time) when no id is given. Undefined when
 * there is none; throws when the file exists but is not a run-state file.
 */
async function readRunState(stateDir, runId) {
    if (runId !== undefined)
        return readOne(runStatePath(stateDir, runId));
    let names;
    try {
        names = (await (0,promises_.readdir)(stateDir)).filter((n) => n.endsWith('.json'));
    }
    catch (err) {
        // No directory is no run; any other failure must not pass for one.
        if (isMissing(err))
            return undefined;
        throw new errors/* StateFileError */.ci(`${stateDir}: cannot read the state directory: ${(0,errors/* errorMessage */.gJ)(err)}. Check its permissions, or pass the run id to read one file`, { cause: err });
    }
    const states = await Promise.all(names.map((n) => readCandidate((0,external_node_path_.join)(stateDir, n))));
    return states
        .filter((s) => s !== undefined)
        .sort((a, b) => b.startedAt - a.startedAt)[0];
}
async function readOne(path) {
    const text = await readText(path);
    return text === undefined ? undefined : parseRunState(text, path);
}
/**
 * One `.json` file of the state directory while looking for the latest run. Other tools' files
 * (not JSON, or without a `runId`) are not runs; a run-state file that fails its checks is
 * refused, since it may be the latest run's and an older run must not be picked past it.
 */
async function readCandidate(path) {
    const text = await readText(path);
    return text === undefined || !claimsRunState(text) ? undefined : parseRunState(text, path);
}
/** The file's text; undefined when it does not exist, which is the only failure that means "no run". */
async function readText(path) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (err) {
        if (isMissing(err))
            return undefined;
        throw new errors/* StateFileError */.ci(`${path}: cannot read the run-state file: ${(0,errors/* errorMessage */.gJ)(err)}`, {
            cause: err
        });
    }
}
function claimsRunState(text) {
    try {
        const json = JSON.parse(text);
        return typeof json === 'object' && json !== null && 'runId' in json;
    }
    catch {
        // Not JSON: some other tool's file.
        return false;
    }
}
/** ENOENT. Not `instanceof Error`: errors from node:fs may come from another realm (jest's vm). */
function isMissing(err) {
    return typeof err === 'object' && err !== null && 'code' in err && err.code === 'ENOENT';
}


/***/ }),

/***/ 69679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oo: () => (/* binding */ afterTimeout),
/* harmony export */   Qf: () => (/* binding */ afterLimit),
/* harmony export */   Tg: () => (/* binding */ duringTimeout),
/* harmony export */   fT: () => (/* binding */ TIMEOUTS),
/* harmony export */   hp: () => (/* binding */ duringLimit),
/* harmony export */   xw: () => (/* binding */ beforeTimeout)
/* harmony export */ });
const TIMEOUTS = {
    /** Reaching the backend, authorising, dry-running, opening metric sources. */
    preflightMs: 60_000,
    /** Creating the fault. */
    injectMs: 60_000,
    /** Stopping a fault early; the backend's safe path must be quick. */
    abortMs: 30_000,
    /** Deleting what the run created and waiting for finalizers. */
    cleanupMs: 60_000,
    /** How long past its duration a fault may run before the gate stops waiting for the backend. */
    graceMs: 30_000,
    /** How long a fault without a duration (a one-shot pod kill) may take. */
    oneShotMs: 300_000,
    /** How long after the fault the gate waits for the backend's own verdict when no recovery is measured. */
    verdictMs: 120_000,
    /** Upper bound for one measurement round in the before phase. */
    measureMs: 30_000,
    /** Extra room a phase gets beyond its own schedule before it counts as hung. */
    marginMs: 15_000,
    /**
     * Aborting and cleaning up after SIGINT/SIGTERM, together: the runner kills the step 10 s
     * after SIGINT, and main must still say what is left (a fault stuck on its finalizer) before
     * that. Post, which always runs, tries again with the full bounds.
     */
    cancelledMs: 5_000,
    /** What a wait still gets once the cancellation budget is spent: one try, then a report. */
    lastTryMs: 1_000
};
/** `samples` measurements `spacing` apart, each bounded. */
function beforeTimeout(spec) {
    if (!spec)
        return TIMEOUTS.marginMs;
    const { samples, spacingMs } = spec.before;
    return samples * (spacingMs + TIMEOUTS.measureMs) + TIMEOUTS.marginMs;
}
/** When the during phase stops waiting for the backend to say the fault is off. */
function duringLimit(exp) {
    return (exp.durationMs ?? TIMEOUTS.oneShotMs) + TIMEOUTS.graceMs;
}
/** The during phase's own safety bound, past `duringLimit`. */
function duringTimeout(exp, spec) {
    return duringLimit(exp) + (spec?.intervalMs ?? 0) + TIMEOUTS.measureMs + TIMEOUTS.marginMs;
}
/** Settling, then recovery measurement, then room for the backend's verdict. */
function afterTimeout(spec) {
    return afterLimit(spec) + TIMEOUTS.measureMs + TIMEOUTS.marginMs;
}
/** How long the after phase waits for recovery and for the backend's verdict. */
function afterLimit(spec) {
    if (!spec)
        return TIMEOUTS.verdictMs;
    return Math.max(spec.after.settleMs + spec.after.timeoutMs + spec.intervalMs, TIMEOUTS.verdictMs);
}


/***/ }),

/***/ 4197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ rejectedChecksError),
/* harmony export */   a: () => (/* binding */ dryRunChecks)
/* harmony export */ });
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

/** Kinds that mean the check or the configuration is wrong, not that the source is unwell. */
const CONFIG_KINDS = new Set(['config', 'query', 'auth']);
async function dryRunChecks(source, checks, signal) {
    const at = await source.now(signal);
    const results = await Promise.all(checks.map((c) => source.measure(c, at, { phase: 'before' }, signal)));
    const rejected = [];
    let unmeasured;
    results.forEach((raw, i) => {
        const check = checks[i];
        if (!check || raw.kind !== 'error')
            return;
        if (!CONFIG_KINDS.has(raw.errorKind)) {
            unmeasured ??= raw.message;
            return;
        }
        const { file, line, col } = check.location;
        rejected.push(`check '${check.name}' (${file}:${line}:${col}): ${raw.message}`);
    });
    return { rejected, ...(unmeasured !== undefined && { unmeasured }) };
}
/** One error naming every rejected check, so all of them are fixed in one go. */
function rejectedChecksError(source, target, rejected) {
    const count = rejected.length === 1 ? 'a check was' : `${rejected.length} checks were`;
    return new _util_errors__WEBPACK_IMPORTED_MODULE_0__/* .BackendError */ .Jh(source, 'preflight', target, `${count} rejected before any fault: ${rejected.join('; ')}`);
}


/***/ }),

/***/ 39823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ LoadGenerator)
/* harmony export */ });
/* harmony import */ var _util_clock__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97110);
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);


/** Requests in flight are capped, so a hanging target cannot make the probe open sockets without bound. */
const MAX_IN_FLIGHT = 64;
class LoadGenerator {
    spec;
    deps;
    retentionMs;
    recorded = [];
    stopping = new AbortController();
    inFlight = new Set();
    loop = Promise.resolve();
    firstWaiters = [];
    sampleWaiters = [];
    constructor(spec, deps, 
    /** How long samples are kept: the longest window any check reads. */
    retentionMs) {
        this.spec = spec;
        this.deps = deps;
        this.retentionMs = retentionMs;
    }
    /** Starts sending; returns at once. */
    start() {
        this.loop = this.run();
    }
    /** Every sample still retained, oldest first. */
    samples() {
        return this.recorded;
    }
    /** Resolves once the first request has completed, successfully or not. */
    firstSample() {
        if (this.recorded.length > 0)
            return Promise.resolve();
        return new Promise((resolve) => this.firstWaiters.push(resolve));
    }
    /**
     * Resolves when the next request completes (its sample is then in samples()), so a check can
     * be judged on every sample instead of at its next interval. Rejects when `signal` aborts.
     */
    nextSample(signal) {
        return new Promise((resolve, reject) => {
            if (signal.aborted)
                return reject((0,_util_clock__WEBPACK_IMPORTED_MODULE_0__/* .abortReason */ .Js)(signal));
            const onAbort = () => {
                this.sampleWaiters = this.sampleWaiters.filter((w) => w !== wake);
                reject((0,_util_clock__WEBPACK_IMPORTED_MODULE_0__/* .abortReason */ .Js)(signal));
            };
            const wake = () => {
                signal.removeEventListener('abort', onAbort);
                resolve();
            };
            this.sampleWaiters.push(wake);
            signal.addEventListener('abort', onAbort, { once: true });
        });
    }
    /** Stops sending, cancels requests in flight and waits for them to settle. */
    async stop() {
        this.stopping.abort();
        await this.loop;
        await Promise.all([...this.inFlight]);
    }
    async run() {
        const periodMs = 1000 / this.spec.ratePerSecond;
        const start = this.deps.clock.now();
        for (let n = 0; !this.stopping.signal.aborted; n++) {
            const wait = start + n * periodMs - this.deps.clock.now();
            if (wait > 0)
                await this.deps.clock.sleep(wait, this.stopping.signal).catch(() => undefined);
            if (this.stopping.signal.aborted)
                return;
            if (this.inFlight.size >= MAX_IN_FLIGHT)
                continue;
            const request = this.send().finally(() => this.inFlight.delete(request));
            this.inFlight.add(request);
        }
    }
    async send() {
        const { clock } = this.deps;
        const timeout = new AbortController();
        const timer = new AbortController();
        clock.sleep(this.spec.timeoutMs, timer.signal).then(() => timeout.abort(), () => undefined);
        const startedAt = clock.now();
        try {
            const res = await this.deps.fetch(this.spec.url, {
                method: this.spec.method,
                headers: this.spec.headers,
                signal: AbortSignal.any([this.stopping.signal, timeout.signal])
            });
            await res.arrayBuffer();
            this.record({
                startedAt,
                endedAt: clock.now(),
                ok: this.isOk(res.status),
                latencyMs: clock.now() - startedAt,
                status: res.status
            });
        }
        catch (err) {
            if (this.stopping.signal.aborted)
                return;
            const error = timeout.signal.aborted ? `timeout after ${this.spec.timeoutMs}ms` : failure(err);
            this.record({
                startedAt,
                endedAt: clock.now(),
                ok: false,
                latencyMs: clock.now() - startedAt,
                error
            });
        }
        finally {
            timer.abort();
        }
    }
    isOk(status) {
        return this.spec.okStatus.some((r) => status >= r.from && status <= r.to);
    }
    record(sample) {
        this.recorded.push(sample);
        const horizon = sample.endedAt - this.retentionMs;
        while ((this.recorded[0]?.endedAt ?? Infinity) < horizon)
            this.recorded.shift();
        for (const wake of this.firstWaiters.splice(0))
            wake();
        for (const wake of this.sampleWaiters.splice(0))
            wake();
    }
}
/** The most specific reason fetch gives: the socket error code (`ECONNRESET`), else the message. */
function failure(err) {
    return (0,_util_errors__WEBPACK_IMPORTED_MODULE_1__/* .socketErrorCode */ .Rx)(err) ?? (0,_util_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err);
}


/***/ }),

/***/ 54610:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ probeSourceFactory)
});

// UNUSED EXPORTS: resolveProbeUrl

// EXTERNAL MODULE: ./src/util/bounded.ts
var bounded = __webpack_require__(73177);
// EXTERNAL MODULE: ./src/steady-state/probe/load-generator.ts
var load_generator = __webpack_require__(39823);
// EXTERNAL MODULE: ./src/manifest/steady-state-model.ts
var steady_state_model = __webpack_require__(53823);
;// CONCATENATED MODULE: ./src/steady-state/probe/window-stats.ts
/** Nearest-rank percentile of ascending values (`q` in 0–1). */
function percentile(sorted, q) {
    if (sorted.length === 0)
        return Number.NaN;
    const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
    return sorted[rank - 1];
}
/** The window's statistics, or undefined when no request completed in it (no data). */
function windowStats(samples, from, to) {
    const inWindow = samples.filter((s) => s.endedAt > from && s.endedAt <= to);
    if (inWindow.length === 0)
        return undefined;
    const ok = inWindow.filter((s) => s.ok).length;
    const latencies = inWindow.map((s) => s.latencyMs).sort((a, b) => a - b);
    const availability = ok / inWindow.length;
    return {
        total: inWindow.length,
        ok,
        values: {
            availability,
            errorRatio: 1 - availability,
            latencyP50: percentile(latencies, 0.5),
            latencyP90: percentile(latencies, 0.9),
            latencyP95: percentile(latencies, 0.95),
            latencyP99: percentile(latencies, 0.99),
            latencyMax: latencies[latencies.length - 1],
            throughput: inWindow.length / ((to - from) / 1000)
        }
    };
}

;// CONCATENATED MODULE: ./src/steady-state/probe/probe-source.ts
/**
 * The HTTP probe as a MetricSource: a check's query names a probe metric, and a measurement at
 * time `at` is that metric over the requests that completed in the check's window ending at `at`.
 * A window in which no request completed has no data, which is never a pass.
 */


function isProbeMetric(name) {
    return steady_state_model/* PROBE_METRICS */.X.some((m) => m === name);
}
class ProbeSource {
    load;
    clock;
    kind = 'probe';
    constructor(load, clock) {
        this.load = load;
        this.clock = clock;
    }
    now() {
        return Promise.resolve(this.clock.now());
    }
    /** Every completed request moves the window, so the gate may judge the checks again at once. */
    nextSample(signal) {
        return this.load.nextSample(signal);
    }
    measure(check, at) {
        return Promise.resolve(this.measureNow(check, at));
    }
    measureNow(check, at) {
        const metric = check.query.trim();
        if (!isProbeMetric(metric))
            return unknownMetric(metric, at);
        const samples = this.load.samples();
        const stats = windowStats(samples, at - check.windowMs, at);
        const series = stats ? [{ labels: {}, value: stats.values[metric] }] : [];
        const base = { kind: 'values', at, series, warnings: [] };
        if (!check.guard)
            return base;
        const guardMetric = check.guard.query.trim();
        if (!isProbeMetric(guardMetric))
            return unknownMetric(guardMetric, at);
        return { ...base, guard: stats ? [{ labels: {}, value: stats.values[guardMetric] }] : [] };
    }
}
function unknownMetric(name, at) {
    return {
        kind: 'error',
        at,
        errorKind: 'config',
        message: `'${name}' is not a probe metric; expected one of ${steady_state_model/* PROBE_METRICS */.X.join(', ')}`
    };
}

;// CONCATENATED MODULE: ./src/steady-state/probe/probe-factory.ts
/**
 * Opens the probe source for an experiment: resolves the probe URL (a path goes through the local
 * fault proxy, so the baseline and the fault see the same path), starts the load, and waits for
 * the first request to complete so the first measurement has data.
 */



/** Samples are kept for the longest window plus this margin. */
const RETENTION_MARGIN_MS = 5_000;
/** Builds the probe factory over an HTTP client (the global fetch in production). */
function probeSourceFactory(deps) {
    return async (ctx) => {
        const spec = ctx.experiment.steadyState;
        const checks = spec?.checks.filter((c) => c.source === 'probe') ?? [];
        if (!spec || checks.length === 0)
            return undefined;
        const probe = spec.probe;
        if (!probe)
            throw new Error('the experiment has probe checks but no steadyState.probe (which URL to send load to)');
        const url = resolveProbeUrl(probe.url, ctx.probeBaseUrl);
        const retention = Math.max(...checks.map((c) => c.windowMs)) + RETENTION_MARGIN_MS;
        const load = new load_generator/* LoadGenerator */.g({ ...probe, url }, { clock: ctx.clock, fetch: deps.fetch }, retention);
        load.start();
        // The first request completes (or times out and counts as failed) within the probe timeout.
        try {
            await (0,bounded/* raceSignal */.W)(ctx.signal, load.firstSample());
        }
        catch (err) {
            await load.stop();
            throw err;
        }
        ctx.log.debug(`${ctx.experiment.name}: probing ${url} at ${probe.ratePerSecond}/s`);
        return { source: new ProbeSource(load, ctx.clock), close: () => load.stop() };
    };
}
/** An absolute URL as is; a path against the base the backend gave (the fault proxy). */
function resolveProbeUrl(url, base) {
    if (/^https?:\/\//.test(url))
        return url;
    if (!base)
        throw new Error(`the probe URL '${url}' is a path, but this backend has no proxy to resolve it against; give an absolute URL`);
    return new URL(url, base).toString();
}


/***/ }),

/***/ 19528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ permanent),
/* harmony export */   H: () => (/* binding */ PrometheusError)
/* harmony export */ });
/**
 * A classified failure of one Prometheus request. Its message is already masked: it never contains
 * a header value, a token or a URL password.
 */
class PrometheusError extends Error {
    name = 'PrometheusError';
    kind;
    transient;
    status;
    errorType;
    retryAfterMs;
    constructor(message, details) {
        super(message);
        this.kind = details.kind;
        this.transient = details.transient;
        this.status = details.status;
        this.errorType = details.errorType;
        this.retryAfterMs = details.retryAfterMs;
    }
}
/** A failure the query itself or the configuration causes; retrying cannot help. */
function permanent(kind, message, status) {
    return new PrometheusError(message, {
        kind,
        transient: false,
        ...(status !== undefined && { status })
    });
}


/***/ }),

/***/ 62116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ prometheusSourceFactory)
/* harmony export */ });
/* harmony import */ var _util_secret_mask__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60051);

function prometheusSourceFactory(deps) {
    return async (ctx) => {
        const checks = ctx.experiment.steadyState?.checks.filter((c) => c.source === 'prometheus') ?? [];
        if (checks.length === 0)
            return undefined;
        const configured = ctx.experiment.steadyState?.prometheus;
        // No endpoint: the engine reports the unsourced checks with how to configure one.
        if (!configured)
            return undefined;
        const endpoint = await withBearerToken(configured, deps.secrets);
        const sign = endpoint.sigv4 ? await signerFor(endpoint.sigv4, deps) : undefined;
        // Loaded only when an experiment queries Prometheus, so the CLI starts fast without it.
        const { openPrometheus } = await Promise.all(/* import() */[__webpack_require__.e(656708), __webpack_require__.e(959097), __webpack_require__.e(460725)]).then(__webpack_require__.bind(__webpack_require__, 44736));
        const source = await openPrometheus(endpoint, checks, {
            clock: ctx.clock,
            log: ctx.log,
            env: deps.env,
            ...(deps.readFile && { readFile: deps.readFile }),
            ...(sign && { sign })
        }, ctx.signal);
        ctx.log.debug(`${ctx.experiment.name}: measuring ${checks.length} checks on ${source.url}`);
        return {
            source,
            close: () => {
                source.close();
                return Promise.resolve();
            }
        };
    };
}
/** The endpoint with its bearer token read into the Authorization header, when it names one. */
async function withBearerToken(endpoint, secrets) {
    if (!endpoint.bearerToken)
        return endpoint;
    const { readBearerToken } = await __webpack_require__.e(/* import() */ 145843).then(__webpack_require__.bind(__webpack_require__, 62438));
    const token = await readBearerToken(endpoint.bearerToken);
    secrets?.add(...(0,_util_secret_mask__WEBPACK_IMPORTED_MODULE_0__/* .secretForms */ .eo)(`Bearer ${token}`));
    return { ...endpoint, headers: { ...endpoint.headers, Authorization: `Bearer ${token}` } };
}
/** The SigV4 signer, with the AWS SDK loaded only for an endpoint that signs. */
async function signerFor(setting, deps) {
    const { sigV4Signer } = await Promise.all(/* import() */[__webpack_require__.e(213279), __webpack_require__.e(311237)]).then(__webpack_require__.bind(__webpack_require__, 69859));
    return sigV4Signer(setting, deps.env, (secret) => deps.secrets?.add(secret));
}


/***/ }),

/***/ 73177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ raceSignal),
/* harmony export */   w: () => (/* binding */ withTimeout)
/* harmony export */ });
/* harmony import */ var _clock__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97110);
/* harmony import */ var _duration__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26518);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/**
 * Bounded waits. The engine must never hang, even on a dependency that ignores its AbortSignal,
 * so a bounded call races the work against its own timer and the caller's signal.
 */



/** Rejects with the signal's reason once it aborts; `dispose` removes the listener. */
function whenAborted(signal) {
    let onAbort = () => undefined;
    const promise = new Promise((_, reject) => {
        onAbort = () => reject((0,_clock__WEBPACK_IMPORTED_MODULE_0__/* .abortReason */ .Js)(signal));
        if (signal.aborted)
            onAbort();
        else
            signal.addEventListener('abort', onAbort, { once: true });
    });
    promise.catch(() => undefined);
    return { promise, dispose: () => signal.removeEventListener('abort', onAbort) };
}
/** Runs `fn` until it settles or `signal` aborts, whichever comes first. */
async function raceSignal(signal, work) {
    const aborted = whenAborted(signal);
    try {
        return await Promise.race([work, aborted.promise]);
    }
    finally {
        aborted.dispose();
    }
}
/**
 * Runs `fn` with a signal that aborts after `ms` (with a GateTimeoutError naming `what`) or when
 * `parent` aborts, and stops waiting at that moment even if `fn` does not.
 */
async function withTimeout(clock, ms, what, parent, fn) {
    const own = new AbortController();
    const timer = new AbortController();
    clock.sleep(ms, timer.signal).then(() => own.abort(new _errors__WEBPACK_IMPORTED_MODULE_2__/* .GateTimeoutError */ .dO(`${what} did not finish within ${(0,_duration__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(ms)}`)), () => undefined);
    const signal = parent ? AbortSignal.any([parent, own.signal]) : own.signal;
    try {
        return await raceSignal(signal, fn(signal));
    }
    finally {
        timer.abort();
    }
}


/***/ })

};
;