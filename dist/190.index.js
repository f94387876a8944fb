"use strict";
exports.id = 190;
exports.ids = [190];
exports.modules = {

/***/ 9190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  connectKube: () => (/* binding */ connectKube)
});

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/backends/kube/discovery.ts
var discovery = __webpack_require__(48177);
// EXTERNAL MODULE: ./src/backends/kube/port.ts
var port = __webpack_require__(58312);
// EXTERNAL MODULE: ./src/backends/kube/status.ts
var kube_status = __webpack_require__(73545);
// EXTERNAL MODULE: ./src/backends/kube/transport.ts + 1 modules
var kube_transport = __webpack_require__(57020);
;// CONCATENATED MODULE: ./src/backends/kube/watch-event.ts


const EVENT_TYPES = ['ADDED', 'MODIFIED', 'DELETED', 'BOOKMARK'];
function isEventType(type) {
    return EVENT_TYPES.includes(type);
}
/** One line of a watch stream; an ERROR event (410 Gone, mostly) is thrown as what it says. */
function watchEvent(line) {
    let data;
    try {
        data = JSON.parse(line);
    }
    catch {
        throw new kube_transport/* KubeConnectionError */.C('the watch stream sent a line that is not JSON', 'EBADWATCH');
    }
    if (!(0,kube_status/* isRecord */.u4)(data) || typeof data.type !== 'string')
        throw new kube_transport/* KubeConnectionError */.C('the watch stream sent an event without a type', 'EBADWATCH');
    if (data.type === 'ERROR') {
        const status = (0,kube_status/* isRecord */.u4)(data.object) ? data.object : {};
        throw (0,kube_status/* statusError */.$C)(typeof status.code === 'number' ? status.code : 500, data.object);
    }
    // Types this version does not know are skipped rather than fatal.
    if (!isEventType(data.type))
        return undefined;
    if (!(0,kube_status/* isKubeObject */.$e)(data.object))
        throw new kube_transport/* KubeConnectionError */.C(`the watch stream sent a ${data.type} event without an object`, 'EBADWATCH');
    return { type: data.type, object: data.object };
}

;// CONCATENATED MODULE: ./src/backends/kube/client.ts





/** Extra silence allowed on a watch beyond the timeout the server was asked to honour. */
const WATCH_GRACE_MS = 30_000;
const DEFAULT_WATCH_SECONDS = 300;
const PATCH_TYPES = {
    merge: 'application/merge-patch+json',
    json: 'application/json-patch+json'
};
function kubeClient(transport) {
    return new RestClient(transport);
}
/** The port over REST: one method per verb, each a request and the reading of its answer. */
class RestClient {
    transport;
    discovery;
    constructor(transport) {
        this.transport = transport;
        this.discovery = new discovery/* Discovery */.TB(transport);
    }
    async get(ref, signal) {
        const path = await this.at(ref, ref.name);
        const res = await this.transport.send({ method: 'GET', path, ...(signal ? { signal } : {}) });
        if (res.status === 404)
            return undefined;
        if (res.status !== 200)
            throw (0,kube_status/* statusError */.$C)(res.status, res.body);
        return objectFrom(res);
    }
    async list(ref, signal) {
        const path = await this.at(ref);
        const res = await this.call({
            method: 'GET',
            path,
            query: selectors(ref),
            ...(signal ? { signal } : {})
        });
        return listFrom(res, ref);
    }
    async create(object, options = {}) {
        const { apiVersion, kind, metadata } = object;
        const namespace = metadata.namespace ? { namespace: metadata.namespace } : {};
        const path = await this.at({ apiVersion, kind, ...namespace }, undefined, true);
        const res = await this.call({ method: 'POST', path, body: object, query: dryRun(options) });
        return objectFrom(res);
    }
    async patch(ref, patch, options = {}) {
        const path = await this.at(ref, ref.name);
        const res = await this.call({
            method: 'PATCH',
            path,
            body: patch.body,
            contentType: PATCH_TYPES[patch.type],
            query: dryRun(options)
        });
        return objectFrom(res);
    }
    async delete(ref, options = {}) {
        const path = await this.at(ref, ref.name);
        const res = await this.transport.send({ method: 'DELETE', path, body: deleteOptions(options) });
        if (res.status === 404)
            return 'not-found';
        if (res.status < 200 || res.status > 299)
            throw (0,kube_status/* statusError */.$C)(res.status, res.body);
        return deleteResult(res);
    }
    async *watch(ref, options, signal) {
        const path = await this.at(ref);
        const seconds = options.timeoutSeconds ?? DEFAULT_WATCH_SECONDS;
        const query = {
            ...selectors(ref),
            watch: 'true',
            resourceVersion: options.resourceVersion,
            allowWatchBookmarks: options.allowBookmarks ? 'true' : undefined,
            timeoutSeconds: String(seconds)
        };
        const stream = await this.transport.open({ method: 'GET', path, signal, query }, seconds * 1000 + WATCH_GRACE_MS);
        if (stream.status !== 200)
            throw (0,kube_status/* statusError */.$C)(stream.status, stream.body);
        for await (const line of stream.lines) {
            const event = watchEvent(line);
            if (event)
                yield event;
        }
    }
    resources(group, version) {
        return this.discovery.resources(group, version);
    }
    async canI(question) {
        const res = await this.call({
            method: 'POST',
            path: `${(0,discovery/* groupVersionPath */.lV)({ group: 'authorization.k8s.io', version: 'v1' })}/selfsubjectaccessreviews`,
            body: {
                apiVersion: 'authorization.k8s.io/v1',
                kind: 'SelfSubjectAccessReview',
                spec: { resourceAttributes: { ...question } }
            }
        });
        const status = (0,kube_status/* isRecord */.u4)(res.body) && (0,kube_status/* isRecord */.u4)(res.body.status) ? res.body.status : {};
        const reason = typeof status.reason === 'string' && status.reason ? status.reason : undefined;
        return { allowed: status.allowed === true, ...(reason ? { reason } : {}) };
    }
    async call(request) {
        const res = await this.transport.send(request);
        if (res.status < 200 || res.status > 299)
            throw (0,kube_status/* statusError */.$C)(res.status, res.body);
        return res;
    }
    /** The path of a collection (all namespaces when none is given) or of one named object. */
    async at(ref, name, single = name !== undefined) {
        const resource = await this.discovery.resolve(ref.apiVersion, ref.kind);
        if (single && resource.namespaced && ref.namespace === undefined)
            throw new errors/* InternalError */.Gd(`${ref.kind} ${name ?? ''} is namespaced but no namespace was given`);
        return (0,discovery/* resourcePath */.oU)(resource, ref.namespace, name);
    }
}
function dryRun(options) {
    return { dryRun: options.dryRun ? 'All' : undefined };
}
function deleteOptions(options) {
    return {
        apiVersion: 'v1',
        kind: 'DeleteOptions',
        ...(options.propagationPolicy ? { propagationPolicy: options.propagationPolicy } : {}),
        ...(options.gracePeriodSeconds !== undefined
            ? { gracePeriodSeconds: options.gracePeriodSeconds }
            : {}),
        ...(options.dryRun ? { dryRun: ['All'] } : {})
    };
}
function selectors(ref) {
    return { labelSelector: ref.labelSelector, fieldSelector: ref.fieldSelector };
}
/** The object in a 2xx body; anything else is a broken answer, worth another try. */
function objectFrom(res) {
    if ((0,kube_status/* isKubeObject */.$e)(res.body))
        return res.body;
    throw new port/* KubeApiError */.W(502, 'BadResponse', 'the API server answered with something that is not a Kubernetes object');
}
function listFrom(res, ref) {
    const body = (0,kube_status/* isRecord */.u4)(res.body) ? res.body : {};
    const meta = (0,kube_status/* isRecord */.u4)(body.metadata) ? body.metadata : {};
    if (!Array.isArray(body.items) || typeof meta.resourceVersion !== 'string')
        throw new port/* KubeApiError */.W(502, 'BadResponse', `the API server's list of ${ref.kind} is malformed`);
    // Items of built-in lists carry no apiVersion/kind of their own; the list's name them.
    const items = body.items.filter(kube_status/* isRecord */.u4).map((item) => ({
        apiVersion: ref.apiVersion,
        kind: ref.kind,
        ...item,
        metadata: (0,kube_status/* isRecord */.u4)(item.metadata) ? item.metadata : {}
    }));
    return { items, resourceVersion: meta.resourceVersion };
}
/** A delete answered with the object (still there, finalizers pending) or a success Status. */
function deleteResult(res) {
    if (res.status === 202)
        return 'pending';
    if (!(0,kube_status/* isKubeObject */.$e)(res.body) || res.body.kind === 'Status')
        return 'deleted';
    const meta = res.body.metadata;
    const finalizers = Array.isArray(meta.finalizers) ? meta.finalizers : [];
    return meta.deletionTimestamp !== undefined && finalizers.length > 0 ? 'pending' : 'deleted';
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/backends/kube/config.ts
/**
 * Finds and loads the Kubernetes configuration: the `kubeconfig` setting, then KUBECONFIG, then
 * ~/.kube/config, then the in-cluster ServiceAccount, the order kubectl users expect. This is the
 * only module that imports @kubernetes/client-node, and it does so lazily, so the bundler keeps the
 * client in a chunk that `validate`, `plan` and the local backend never load.
 */



const SERVICE_ACCOUNT_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';
/** Loads the configuration in kubectl's order; an InputError says what was tried when none works. */
async function loadKubeConfig(options) {
    const k8s = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(959)]).then(__webpack_require__.bind(__webpack_require__, 6959));
    const config = new k8s.KubeConfig();
    const files = configFiles(options);
    if (files) {
        loadFiles(config, () => new k8s.KubeConfig(), files.paths, files.input);
        return selectContext(config, options.context, `kubeconfig ${files.paths.join(external_node_path_.delimiter)}`);
    }
    const saDir = options.serviceAccountDir ?? SERVICE_ACCOUNT_DIR;
    const host = options.env.KUBERNETES_SERVICE_HOST;
    if (host && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(saDir, 'token')))
        return inCluster(config, options.env, host, saDir);
    throw new errors/* InputError */.dz('kubeconfig', 'no Kubernetes configuration found: no kubeconfig input, KUBECONFIG is not set, ' +
        `${homeConfig(options.env) ?? '~/.kube/config'} does not exist, and this is not a pod with a ServiceAccount. ` +
        'Pass --kubeconfig FILE (or the kubeconfig input), or set KUBECONFIG');
}
/** The kubeconfig files to read, or undefined when none is configured (in-cluster is next). */
function configFiles(options) {
    if (options.kubeconfig) {
        if (!(0,external_node_fs_.existsSync)(options.kubeconfig))
            throw new errors/* InputError */.dz('kubeconfig', `the file ${options.kubeconfig} does not exist`);
        return { paths: [options.kubeconfig], input: 'kubeconfig' };
    }
    const fromEnv = (options.env.KUBECONFIG ?? '').split(external_node_path_.delimiter).filter((p) => p !== '');
    if (fromEnv.length > 0) {
        // kubectl skips missing entries of KUBECONFIG but never falls back to ~/.kube/config.
        const present = fromEnv.filter((p) => (0,external_node_fs_.existsSync)(p));
        if (present.length === 0)
            throw new errors/* InputError */.dz('KUBECONFIG', `none of its files exist (${fromEnv.join(external_node_path_.delimiter)})`);
        return { paths: present, input: 'KUBECONFIG' };
    }
    const home = homeConfig(options.env);
    return home && (0,external_node_fs_.existsSync)(home) ? { paths: [home], input: 'kubeconfig' } : undefined;
}
function homeConfig(env) {
    const home = env.HOME ?? env.USERPROFILE;
    return home ? (0,external_node_path_.join)(home, '.kube', 'config') : undefined;
}
/** Reads every file, the first one's current-context winning, as kubectl merges KUBECONFIG. */
function loadFiles(config, make, paths, input) {
    for (const [i, path] of paths.entries()) {
        try {
            if (i === 0) {
                config.loadFromFile(path);
                continue;
            }
            const next = make();
            next.loadFromFile(path);
            config.mergeConfig(next, true);
        }
        catch (err) {
            throw new errors/* InputError */.dz(input, `cannot read kubeconfig ${path}: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
    }
}
function selectContext(config, wanted, where) {
    const names = config.getContexts().map((c) => c.name);
    const name = wanted ?? config.getCurrentContext();
    const listed = names.length > 0 ? names.join(', ') : 'none';
    if (!name)
        throw new errors/* InputError */.dz('context', `${where} sets no current-context; pass --context (contexts: ${listed})`);
    const context = config.getContextObject(name);
    if (!context)
        throw new errors/* InputError */.dz('context', `${where} has no context '${name}' (contexts: ${listed})`);
    config.setCurrentContext(name);
    const cluster = config.getCurrentCluster();
    if (!cluster?.server)
        throw new errors/* InputError */.dz('kubeconfig', `${where}: context '${name}' names cluster '${context.cluster}', which has no server`);
    allowPlainHttp(config);
    return {
        config,
        source: `${where} (context ${name})`,
        context: name,
        server: cluster.server,
        ...(context.namespace ? { namespace: context.namespace } : {})
    };
}
/**
 * client-node refuses `http://` servers unless TLS verification is off, but a plain-HTTP server
 * (`kubectl proxy`, a local simulator) has no TLS to verify, and kubectl accepts it as it is.
 */
function allowPlainHttp(config) {
    const cluster = config.getCurrentCluster();
    if (!cluster?.server.startsWith('http:') || cluster.skipTLSVerify)
        return;
    config.clusters = config.clusters.map((c) => c.name === cluster.name ? { ...c, skipTLSVerify: true } : c);
}
function inCluster(config, env, host, saDir) {
    const port = env.KUBERNETES_SERVICE_PORT ?? '443';
    const server = `https://${host.includes(':') ? `[${host}]` : host}:${port}`;
    config.loadFromOptions({
        clusters: [{ name: 'in-cluster', server, caFile: (0,external_node_path_.join)(saDir, 'ca.crt'), skipTLSVerify: false }],
        // The tokenFile provider re-reads the projected token, which the kubelet rotates.
        users: [
            {
                name: 'in-cluster',
                authProvider: { name: 'tokenFile', config: { tokenFile: (0,external_node_path_.join)(saDir, 'token') } }
            }
        ],
        contexts: [{ name: 'in-cluster', cluster: 'in-cluster', user: 'in-cluster' }],
        currentContext: 'in-cluster'
    });
    const nsFile = (0,external_node_path_.join)(saDir, 'namespace');
    const namespace = (0,external_node_fs_.existsSync)(nsFile) ? (0,external_node_fs_.readFileSync)(nsFile, 'utf8').trim() : '';
    return {
        config,
        source: 'in-cluster ServiceAccount',
        context: 'in-cluster',
        server,
        ...(namespace ? { namespace } : {})
    };
}

// EXTERNAL MODULE: ./src/util/retry.ts
var util_retry = __webpack_require__(4266);
// EXTERNAL MODULE: ./src/backends/kube/errors.ts
var kube_errors = __webpack_require__(31232);
;// CONCATENATED MODULE: ./src/backends/kube/retrying.ts



function withKubeRetries(client, clock, log, policy = kube_errors/* KUBE_RETRY */.xM) {
    const retry = (what, op, signal) => (0,util_retry/* withRetry */.bD)(op, kube_errors/* kubeRetryDecision */.c9, policy, clock, signal, (err, delay, attempt) => log.debug(`kube: ${what} failed (attempt ${attempt}): ${(0,errors/* errorMessage */.gJ)(err)}; retrying in ${delay} ms`));
    return {
        get: (ref, signal) => retry(`get ${ref.kind} ${ref.name}`, () => client.get(ref, signal), signal),
        list: (ref, signal) => retry(`list ${ref.kind}`, () => client.list(ref, signal), signal),
        create: (object, options) => retry(`create ${object.kind} ${object.metadata.name ?? ''}`, () => client.create(object, options)),
        patch: (ref, patch, options) => retry(`patch ${ref.kind} ${ref.name}`, () => client.patch(ref, patch, options)),
        delete: (ref, options) => retry(`delete ${ref.kind} ${ref.name}`, () => client.delete(ref, options)),
        watch: (ref, options, signal) => client.watch(ref, options, signal),
        resources: (group, version) => retry(`discover ${group}/${version}`, () => client.resources(group, version)),
        canI: (question) => retry(`review access to ${question.resource}`, () => client.canI(question))
    };
}

;// CONCATENATED MODULE: ./src/backends/kube/connect.ts




/** Loads the configuration and builds the port over it. */
async function connectKube(options, deps) {
    const loaded = await loadKubeConfig(options);
    const transport = (0,kube_transport/* kubeTransport */.T)(loaded.config);
    const client = withKubeRetries(kubeClient(transport), deps.clock, deps.log, deps.retry);
    deps.log.debug(`kube: using ${loaded.source} at ${loaded.server}`);
    return {
        objects: client,
        cluster: client,
        source: loaded.source,
        server: loaded.server,
        ...(loaded.namespace ? { namespace: loaded.namespace } : {}),
        close: () => transport.close()
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


/***/ })

};
;