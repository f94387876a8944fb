"use strict";
exports.id = 913728;
exports.ids = [913728];
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
// EXTERNAL MODULE: ./src/backends/kube/transport.ts + 2 modules
var kube_transport = __webpack_require__(23699);
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
 * only module that loads @kubernetes/client-node's KubeConfig, and it does so lazily, so the bundler
 * keeps it in a chunk that `validate`, `plan` and the local backend never load. It loads the
 * vendored build (vendor/kube-config.cjs, scripts/vendor-kube-config.mjs): KubeConfig without the
 * generated API client, which the package's own modules would drag in (15 MB, a second to load).
 */



const SERVICE_ACCOUNT_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';
/** Loads the configuration in kubectl's order; an InputError says what was tried when none works. */
async function loadKubeConfig(options) {
    const k8s = await __webpack_require__.e(/* import() */ 387270).then(__webpack_require__.t.bind(__webpack_require__, 20752, 23));
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
/** The secrets of the current user: its token and password, and an auth provider's tokens. */
function userSecrets(config) {
    const user = config.getCurrentUser();
    if (!user)
        return [];
    // client-node types an auth provider's config as any: read it as a record of unknowns.
    const provider = user.authProvider?.config ?? {};
    return [
        user.token,
        user.password,
        provider['access-token'],
        provider['id-token'],
        provider['refresh-token']
    ].filter((s) => typeof s === 'string' && s !== '');
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
    deps.secrets?.add(...userSecrets(loaded.config));
    const transport = (0,kube_transport/* kubeTransport */.T)(loaded.config, {
        exec: {
            onSecret: (token) => deps.secrets?.add(token),
            ...(deps.cancel && { cancel: deps.cancel })
        }
    });
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


/***/ })

};
;