"use strict";
exports.id = 894833;
exports.ids = [894833];
exports.modules = {

/***/ 63358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k7: () => (/* binding */ unsupportedFault),
/* harmony export */   n1: () => (/* binding */ preflightFailed)
/* harmony export */ });
/* unused harmony export preflightIssue */
/** `runs` names what the backend does run, e.g. "httpProxy faults". */
function unsupportedFault(exp, backend, runs) {
    return {
        ...exp.locate(['spec']),
        severity: 'error',
        code: `${backend}/unsupported`,
        message: `the ${backend} backend runs ${runs}; this experiment's fault is ${exp.fault.kind}`,
        hint: `write the fault as ${runs}, or pick the backend that runs ${exp.fault.kind} faults`
    };
}
/** A preflight that stops the run: one error at `path` of the manifest, with how to fix it. */
function preflightIssue(exp, backend, path, message, hint) {
    return {
        ...exp.locate([...path]),
        severity: 'error',
        code: `${backend}/preflight`,
        message,
        hint
    };
}
function preflightFailed(...args) {
    return { warnings: [], issues: [preflightIssue(...args)] };
}


/***/ }),

/***/ 57948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ ObservationLog)
/* harmony export */ });
class ObservationLog {
    history = [];
    wakers = new Set();
    /** Appends an observation and wakes every follower. Nothing is accepted after a terminal one. */
    push(observation) {
        if (this.last?.terminal)
            return;
        this.history.push(observation);
        for (const wake of [...this.wakers])
            wake();
    }
    get last() {
        return this.history[this.history.length - 1];
    }
    /** Replays, then follows live. Ends quietly when `signal` aborts. */
    async *follow(signal) {
        let next = 0;
        for (;;) {
            while (next < this.history.length) {
                const o = this.history[next++];
                yield o;
                if (o.terminal)
                    return;
            }
            if (signal.aborted || !(await this.changed(signal)))
                return;
        }
    }
    /** Resolves true on the next push, false when `signal` aborts first. */
    changed(signal) {
        return new Promise((resolve) => {
            const done = (value) => {
                this.wakers.delete(wake);
                signal.removeEventListener('abort', onAbort);
                resolve(value);
            };
            const wake = () => done(true);
            const onAbort = () => done(false);
            this.wakers.add(wake);
            signal.addEventListener('abort', onAbort, { once: true });
        });
    }
}


/***/ }),

/***/ 66794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ reachable)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/** Whether the upstream accepts TCP connections, checked before the proxy is put in front of it. */


/** How long preflight waits to reach the upstream. */
const CONNECT_TIMEOUT_MS = 5_000;
/** Undefined when a TCP connection to the URL's host and port succeeds, else why not. */
function reachable(url, signal) {
    const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
    return new Promise((resolve) => {
        const socket = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.createConnection)({
            host: url.hostname.replace(/^\[|\]$/g, ''),
            port,
            timeout: CONNECT_TIMEOUT_MS,
            signal
        });
        const done = (problem) => {
            socket.destroy();
            resolve(problem);
        };
        socket.once('connect', () => done(undefined));
        socket.once('timeout', () => done(`no answer within ${CONNECT_TIMEOUT_MS / 1000}s`));
        socket.once('error', (err) => done((0,_util_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)));
    });
}


/***/ }),

/***/ 18053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  toxiproxyBackend: () => (/* binding */ toxiproxyBackend)
});

// EXTERNAL MODULE: ./src/util/clock.ts
var clock = __webpack_require__(97110);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/backends/backend-issues.ts
var backend_issues = __webpack_require__(63358);
// EXTERNAL MODULE: ./src/backends/local/observation-log.ts
var observation_log = __webpack_require__(57948);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 14 modules
var schemas = __webpack_require__(45586);
// EXTERNAL MODULE: ./src/util/response-body.ts
var response_body = __webpack_require__(48254);
;// CONCATENATED MODULE: ./src/backends/toxiproxy/toxiproxy-client.ts
/**
 * A small typed client for Toxiproxy's HTTP API (its README, "HTTP API"), over fetch. Not
 * `toxiproxy-node-client` (4.1.0, maintained, no dependencies): the gate needs seven calls, with
 * 404 and 409 as data (already gone; adopt a re-run's object) and every response checked at the
 * edge with the schema library it already uses; a wrapper would add a package for ~150 lines.
 */



/** How long one API call may take; the server is local to the job, so this is generous. */
const REQUEST_TIMEOUT_MS = 10_000;
const toxicSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP(),
    type: schemas/* string */.YjP(),
    stream: schemas/* string */.YjP(),
    toxicity: schemas/* number */.aig(),
    attributes: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J())
});
const proxySchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP(),
    listen: schemas/* string */.YjP(),
    upstream: schemas/* string */.YjP(),
    enabled: schemas/* boolean */.zMY(),
    toxics: schemas/* array */.YOg(toxicSchema)
});
class ToxiproxyClient {
    server;
    signal;
    constructor(server, signal) {
        this.server = server;
        this.signal = signal;
    }
    /** The server's version; throws when it does not answer. */
    async version() {
        const { body } = await this.call('GET', '/version', 'read the version of', [200]);
        const parsed = schemas/* object */.Ikc({ version: schemas/* string */.YjP() }).safeParse(body);
        return parsed.success ? parsed.data.version : 'unknown';
    }
    async proxies() {
        const { body } = await this.call('GET', '/proxies', 'list the proxies of', [200]);
        return Object.values(this.parse(schemas/* record */.g1P(schemas/* string */.YjP(), proxySchema), body, 'list proxies'));
    }
    /** The proxy, or undefined when the server has none by that name. */
    async proxy(name) {
        const { status, body } = await this.call('GET', proxyPath(name), 'read proxy', [200, 404]);
        return status === 404 ? undefined : this.parse(proxySchema, body, `read proxy ${name}`);
    }
    /** Creates the proxy; one of that name already there is adopted (a re-run of the same run). */
    async createProxy(spec) {
        const { status, body } = await this.call('POST', '/proxies', 'create proxy', [201, 409], {
            ...spec,
            enabled: true
        });
        if (status === 201)
            return this.parse(proxySchema, body, `create proxy ${spec.name}`);
        const existing = await this.proxy(spec.name);
        if (!existing)
            throw this.error('create proxy', spec.name, 'it exists and vanished', 409);
        return existing;
    }
    /** Deletes the proxy; false when it was already gone. */
    async deleteProxy(name) {
        const { status } = await this.call('DELETE', proxyPath(name), 'delete proxy', [204, 404]);
        return status === 204;
    }
    /** Adds the toxic; one of that name already there is adopted. */
    async addToxic(proxy, toxic) {
        await this.call('POST', `${proxyPath(proxy)}/toxics`, 'add a toxic to', [200, 409], toxic);
    }
    /** Removes the toxic; false when it (or its proxy) was already gone. */
    async removeToxic(proxy, toxic) {
        const path = `${proxyPath(proxy)}/toxics/${encodeURIComponent(toxic)}`;
        const { status } = await this.call('DELETE', path, 'remove toxic from', [204, 404]);
        return status === 204;
    }
    async call(method, path, op, expected, json) {
        const target = `${this.server}${path}`;
        let res;
        try {
            res = await fetch(target, {
                method,
                signal: AbortSignal.any([this.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]),
                ...(json === undefined
                    ? {}
                    : { body: JSON.stringify(json), headers: { 'content-type': 'application/json' } })
            });
        }
        catch (err) {
            throw this.error(op, target, `no answer (${(0,errors/* errorMessage */.gJ)(err)})`, undefined, err);
        }
        const text = await res.text();
        if (!expected.includes(res.status))
            throw this.error(op, target, `${res.status} ${serverMessage(text)}`, res.status);
        return { status: res.status, body: text === '' ? undefined : (0,response_body/* jsonOrText */.B)(text) };
    }
    parse(schema, body, what) {
        const parsed = schema.safeParse(body);
        if (parsed.success)
            return parsed.data;
        throw this.error(what, this.server, (0,response_body/* unexpectedResponse */.L)(parsed.error));
    }
    error(op, target, message, status, cause) {
        return new errors/* BackendError */.Jh('toxiproxy', op, target, message, status, { cause });
    }
}
function proxyPath(name) {
    return `/proxies/${encodeURIComponent(name)}`;
}
/** Toxiproxy's errors are `{"error": "...", "status": N}`; anything else is echoed, cut short. */
function serverMessage(text) {
    const parsed = schemas/* object */.Ikc({ error: schemas/* string */.YjP() }).safeParse((0,response_body/* jsonOrText */.B)(text));
    return parsed.success ? parsed.data.error : (0,errors/* truncate */.xv)(text);
}

// EXTERNAL MODULE: ./src/backends/labels.ts
var labels = __webpack_require__(86670);
;// CONCATENATED MODULE: ./src/backends/toxiproxy/toxiproxy-names.ts

/** The experiment's name on the server: its created proxy, and the prefix of its toxics. */
function faultName(runId, experiment) {
    return (0,labels/* objectName */.Hd)(runId, experiment);
}
/** The name of one toxic of the experiment. */
function toxicName(runId, experiment, toxic) {
    return `${faultName(runId, experiment)}-${toxic}`;
}
/** Whether a proxy or toxic name belongs to what the selector cleans up. */
function ownedBy(selector) {
    if (selector.experiment !== undefined) {
        const own = faultName(selector.runId, selector.experiment);
        return { proxy: (n) => n === own, toxic: (n) => n.startsWith(`${own}-`) };
    }
    const prefix = `gate-${selector.runId}-`.toLowerCase();
    return { proxy: (n) => n.startsWith(prefix), toxic: (n) => n.startsWith(prefix) };
}
/** The address a client reaches a proxy at: a wildcard listen address means loopback. */
function dialAddress(listen) {
    return listen.replace(/^(0\.0\.0\.0|\[::\]|):/, '127.0.0.1:');
}

;// CONCATENATED MODULE: ./src/backends/toxiproxy/toxiproxy-cleanup.ts
/**
 * Sweeps a run's leftovers from every Toxiproxy server it used: each toxic and proxy whose name
 * carries the run's prefix, found by listing the server, so a crashed run's toxics go too.
 */



/** The servers a run may have touched: from its handles, and recorded before it started. */
function serversOf(selector) {
    const fromHandles = selector.handles.flatMap((h) => (h.data?.server ? [h.data.server] : []));
    // The run-state file records each experiment's server before anything runs (as its
    // "namespace"), so a run killed before its handle was written is still swept.
    const recorded = selector.namespaces.filter((n) => /^https?:\/\//.test(n));
    return [...new Set([...fromHandles, ...recorded])];
}
async function sweepServers(selector, ctx) {
    const deleted = [];
    const stuck = [];
    const owned = ownedBy(selector);
    for (const server of serversOf(selector)) {
        const client = new ToxiproxyClient(server, ctx.signal);
        try {
            for (const proxy of await client.proxies()) {
                for (const toxic of proxy.toxics.filter((t) => owned.toxic(t.name))) {
                    if (await client.removeToxic(proxy.name, toxic.name))
                        deleted.push(`toxic ${toxic.name} on proxy ${proxy.name} (${server})`);
                }
                if (owned.proxy(proxy.name) && (await client.deleteProxy(proxy.name)))
                    deleted.push(`proxy ${proxy.name} (${server})`);
            }
        }
        catch (err) {
            // One problem, reported once: as stuck, with how to look.
            stuck.push({
                ref: `toxiproxy ${server}`,
                reason: `the run's toxics may still be on it: ${(0,errors/* errorMessage */.gJ)(err)}`,
                inspect: `curl -s ${server}/proxies`
            });
        }
    }
    return { deleted, errors: [], stuck };
}

// EXTERNAL MODULE: ./src/backends/local/reachable.ts
var reachable = __webpack_require__(66794);
;// CONCATENATED MODULE: ./src/backends/toxiproxy/toxiproxy-preflight.ts





/** Checks the live server, creating the run's own proxy if the spec asks for one. */
async function toxiproxyPreflight(exp, spec, ctx) {
    const client = new ToxiproxyClient(spec.server, ctx.signal);
    const fail = (path, message, hint) => (0,backend_issues/* preflightFailed */.n1)(exp, 'toxiproxy', ['spec', 'toxiproxy', ...path], message, hint);
    try {
        await client.version();
    }
    catch (err) {
        return fail(['server'], `the Toxiproxy server ${spec.server} does not answer: ${(0,errors/* errorMessage */.gJ)(err)}`, 'start toxiproxy-server, or fix spec.toxiproxy.server');
    }
    let proxy;
    try {
        proxy = await proxyFor(client, exp.name, spec, ctx.runId);
    }
    catch (err) {
        return fail(['listen'], `the proxy for the run could not be created: ${(0,errors/* errorMessage */.gJ)(err)}`, 'pick a free listen address (port 0 picks one)');
    }
    if (!proxy) {
        const names = (await client.proxies()).map((p) => p.name);
        return fail(['proxy'], `the Toxiproxy server ${spec.server} has no proxy '${spec.proxy ?? ''}'${names.length > 0 ? ` (it has ${names.join(', ')})` : ''}`, 'create the proxy (toxiproxy-server -config, or its API), or give listen and upstream to create one for the run');
    }
    const problem = await (0,reachable/* reachable */.G)(new URL(`tcp://${proxy.upstream}`), ctx.signal);
    if (problem)
        return fail([spec.proxy === undefined ? 'upstream' : 'proxy'], `the upstream ${proxy.upstream} of proxy ${proxy.name} is not reachable: ${problem}`, 'start the service under test, or fix the upstream');
    return {
        targets: 1,
        probeBaseUrl: `http://${dialAddress(proxy.listen)}`,
        warnings: proxy.enabled ? [] : [`proxy ${proxy.name} is disabled: it refuses connections`],
        issues: []
    };
}
/** The existing proxy the spec names, or the run's own one, created (or adopted) now. */
function proxyFor(client, experiment, spec, runId) {
    if (spec.proxy !== undefined)
        return client.proxy(spec.proxy);
    const create = spec.create ?? { listen: '', upstream: '' };
    return client.createProxy({ name: faultName(runId, experiment), ...create });
}

;// CONCATENATED MODULE: ./src/backends/toxiproxy/toxiproxy-backend.ts








function toxiproxyBackend(deps) {
    return new ToxiproxyBackend(deps);
}
class ToxiproxyBackend {
    deps;
    kind = 'toxiproxy';
    faults = new Map();
    constructor(deps) {
        this.deps = deps;
    }
    check(exp) {
        return exp.fault.kind === 'toxiproxy'
            ? []
            : [(0,backend_issues/* unsupportedFault */.k7)(exp, 'toxiproxy', 'toxiproxy faults')];
    }
    preflight(exp, ctx) {
        return toxiproxyPreflight(exp, specOf(exp), ctx);
    }
    async submit(exp, ctx) {
        const spec = specOf(exp);
        const client = new ToxiproxyClient(spec.server, ctx.signal);
        const proxy = await proxyFor(client, exp.name, spec, ctx.runId);
        if (!proxy)
            throw new Error(`the proxy '${spec.proxy ?? ''}' is gone from ${spec.server}`);
        const toxics = spec.toxics.map((t) => ({ ...t, name: toxicName(ctx.runId, exp.name, t.name) }));
        const handle = {
            backend: 'toxiproxy',
            experiment: exp.name,
            kind: 'toxics',
            name: faultName(ctx.runId, exp.name),
            data: {
                server: spec.server,
                proxy: proxy.name,
                toxics: toxics.map((t) => t.name).join(','),
                listen: proxy.listen,
                upstream: proxy.upstream
            }
        };
        const k = key(ctx.runId, exp.name);
        if (this.faults.has(k))
            return handle;
        for (const toxic of toxics)
            await client.addToxic(proxy.name, toxic);
        const fault = { log: new observation_log/* ObservationLog */.L(), timer: new AbortController() };
        this.faults.set(k, fault);
        const what = toxics.map((t) => `${t.type} (${t.stream}, toxicity ${t.toxicity})`).join(', ');
        fault.log.push({
            at: this.deps.clock.now(),
            phase: 'injected',
            affectedTargets: 1,
            message: `${what} on proxy ${proxy.name} ${proxy.listen} → ${proxy.upstream} for ${(exp.durationMs ?? 0) / 1000}s`,
            terminal: false
        });
        this.scheduleEnd(fault, handle, exp.durationMs ?? 0);
        return handle;
    }
    observe(handle, ctx) {
        const fault = this.faults.get(key(ctx.runId, handle.experiment));
        if (!fault)
            throw new Error(`the toxics ${handle.name} were not injected by this process`);
        return fault.log.follow(ctx.signal);
    }
    async abort(handle, ctx) {
        const fault = this.faults.get(key(ctx.runId, handle.experiment));
        fault?.timer.abort();
        const removed = await removeToxics(handle, ctx.signal);
        fault?.log.push({
            at: this.deps.clock.now(),
            phase: 'stopped',
            affectedTargets: 1,
            message: `stopped by the gate: ${removed.length} toxic(s) removed from proxy ${handle.data?.proxy ?? '?'}`,
            terminal: true
        });
    }
    async cleanup(selector, ctx) {
        for (const [k, fault] of this.faults) {
            const inScope = selector.experiment === undefined
                ? k.startsWith(`${selector.runId}/`)
                : k === key(selector.runId, selector.experiment);
            if (!inScope)
                continue;
            fault.timer.abort();
            this.faults.delete(k);
        }
        return sweepServers(selector, ctx);
    }
    /** Removes the toxics when the duration ends, on the injected clock. */
    scheduleEnd(fault, handle, durationMs) {
        this.deps.clock.sleep(durationMs, fault.timer.signal).then(async () => {
            const signal = AbortSignal.timeout(10_000);
            const names = (handle.data?.toxics ?? '').split(',');
            try {
                const removed = await removeToxics(handle, signal);
                const gone = names.filter((n) => !removed.includes(n));
                fault.log.push(gone.length === 0
                    ? end(this.deps.clock.now(), 'finished', 'the duration ended; the toxics are removed')
                    : end(this.deps.clock.now(), 'failed', `toxic(s) ${gone.join(', ')} were gone before the end: removed outside the gate, so the fault did not last its duration`));
            }
            catch (err) {
                fault.log.push(end(this.deps.clock.now(), 'failed', (0,errors/* errorMessage */.gJ)(err)));
            }
        }, (err) => {
            if (!(0,clock/* isAbortError */.zf)(err))
                this.deps.log.warn(`toxiproxy timer failed: ${(0,errors/* errorMessage */.gJ)(err)}`);
        });
    }
}
/** Deletes the handle's toxics; the names that were there (404 counts as already removed). */
async function removeToxics(handle, signal) {
    const client = new ToxiproxyClient(handle.data?.server ?? '', signal);
    const proxy = handle.data?.proxy ?? '';
    const removed = [];
    for (const name of (handle.data?.toxics ?? '').split(',').filter((n) => n !== '')) {
        if (await client.removeToxic(proxy, name))
            removed.push(name);
    }
    return removed;
}
function end(at, phase, message) {
    return { at, phase, affectedTargets: 1, message, terminal: true };
}
function key(runId, experiment) {
    return `${runId}/${experiment}`;
}
function specOf(exp) {
    if (exp.fault.kind !== 'toxiproxy')
        throw new Error(`the toxiproxy backend runs toxiproxy faults, not ${exp.fault.kind}`);
    return exp.fault.spec;
}


/***/ }),

/***/ 48254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ jsonOrText),
/* harmony export */   L: () => (/* binding */ unexpectedResponse)
/* harmony export */ });
/** A body as JSON, or the text itself where it is not JSON (proxies' error pages, plain ids). */
function jsonOrText(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
}
/** The first thing a schema found wrong with an answer: "unexpected response: <path> <message>". */
function unexpectedResponse(error) {
    const issue = error.issues[0];
    return `unexpected response: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim();
}


/***/ })

};
;