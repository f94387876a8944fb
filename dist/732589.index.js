"use strict";
exports.id = 732589;
exports.ids = [732589];
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

/***/ 90930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createLocalBackend: () => (/* binding */ createLocalBackend)
});

// EXTERNAL MODULE: ./src/util/clock.ts
var clock = __webpack_require__(97110);
// EXTERNAL MODULE: ./src/util/errors.ts
var util_errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/backends/labels.ts
var labels = __webpack_require__(86670);
;// CONCATENATED MODULE: ./src/backends/local/fault-plan.ts
const CLEAN = { reset: false, delayMs: 0 };
/** Whether a request path is in the fault's scope: any path when `paths` is empty, else by prefix. */
function inScope(spec, path) {
    return spec.paths.length === 0 || spec.paths.some((p) => path.startsWith(p));
}
/** True for `percent` (0–100) of the draws. */
function hit(percent, random) {
    return percent >= 100 || random() * 100 < percent;
}
/**
 * Decides the fault for one request. Each kind draws independently; a reset wins over an error,
 * and latency applies before either (a slow error is what a struggling upstream looks like).
 */
function planFault(spec, random) {
    const { latency, error, reset, bandwidth } = spec;
    const delayMs = latency && hit(latency.percent, random)
        ? Math.max(0, Math.round(latency.fixedMs + (random() * 2 - 1) * latency.jitterMs))
        : 0;
    const isReset = reset !== undefined && hit(reset.percent, random);
    const isError = !isReset && error !== undefined && hit(error.percent, random);
    return {
        reset: isReset,
        delayMs,
        ...(isError && { error: { status: error.status, body: error.body } }),
        ...(bandwidth && { bytesPerSecond: bandwidth.bytesPerSecond })
    };
}
/** One line describing the fault, for observations and reports. */
function describeFault(spec) {
    const parts = [];
    const { latency, error, reset, bandwidth } = spec;
    if (latency)
        parts.push(`latency ${latency.fixedMs}ms${latency.jitterMs ? ` ±${latency.jitterMs}ms` : ''} on ${latency.percent}%`);
    if (error)
        parts.push(`HTTP ${error.status} on ${error.percent}%`);
    if (reset)
        parts.push(`connection reset on ${reset.percent}%`);
    if (bandwidth)
        parts.push(`bandwidth ${bandwidth.bytesPerSecond} B/s`);
    const scope = spec.paths.length > 0 ? ` of ${spec.paths.join(', ')}` : '';
    return `${parts.join(', ') || 'no fault'}${scope}`;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
;// CONCATENATED MODULE: ./src/backends/local/throttle.ts
/** Slices of about 1/20 s of traffic keep the rate smooth without a timer per byte. */
const SLICES_PER_SECOND = 20;
async function copyThrottled(from, to, bytesPerSecond, clock, release) {
    const slice = Math.max(1, Math.floor(bytesPerSecond / SLICES_PER_SECOND));
    const start = clock.now();
    let sent = 0;
    for await (const chunk of from) {
        const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
        for (let i = 0; i < buf.length; i += slice) {
            const due = start + (sent / bytesPerSecond) * 1000;
            if (!release.aborted && due > clock.now()) {
                await clock.sleep(due - clock.now(), release).catch(() => undefined);
            }
            const part = buf.subarray(i, i + slice);
            sent += part.length;
            if (!to.write(part))
                await waitDrain(to);
        }
    }
    to.end();
}
function waitDrain(to) {
    return new Promise((resolve) => {
        const done = () => {
            to.off('drain', done);
            to.off('close', done);
            resolve();
        };
        to.once('drain', done);
        to.once('close', done);
    });
}

;// CONCATENATED MODULE: ./src/backends/local/fault-proxy.ts
/**
 * The `local` backend's fault proxy: an HTTP server in front of `upstream` that forwards every
 * request, and while a fault is switched on delays, fails, resets or throttles a share of them.
 * Switching the fault off is instant: the next request is clean, and requests held by a delay or
 * a throttle are released to complete normally.
 */




/** Headers that describe one hop and must not be forwarded (RFC 9110 §7.6.1). */
const HOP_BY_HOP = new Set([
    'connection',
    'keep-alive',
    'proxy-connection',
    'proxy-authenticate',
    'proxy-authorization',
    'te',
    'trailer',
    'transfer-encoding',
    'upgrade'
]);
/**
 * node:https is loaded only for an https:// upstream: it loads node:tls, which costs more than
 * starting Node 24 itself, before the local backend's first request (docs/performance.md).
 */
async function upstreamClient(upstream) {
    const client = upstream.protocol === 'https:' ? (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 44708, 23))).default : (external_node_http_default());
    return { request: client.request, agent: new client.Agent({ keepAlive: true }) };
}
class FaultProxy {
    spec;
    deps;
    counts = { requests: 0, delayed: 0, errors: 0, resets: 0, throttled: 0 };
    upstream;
    client;
    server;
    /** Present while the fault is on; aborting it releases every request the fault is holding. */
    fault;
    address;
    constructor(spec, deps) {
        this.spec = spec;
        this.deps = deps;
        this.upstream = new URL(spec.upstream);
        this.client = upstreamClient(this.upstream);
        this.server = external_node_http_default().createServer((req, res) => void this.handle(req, res));
    }
    /** Listens on the spec's address; resolves the proxy's base URL. */
    async start() {
        if (this.address)
            return this.address;
        const { host, port } = this.spec.listen;
        await new Promise((resolve, reject) => {
            this.server.once('error', reject);
            this.server.listen(port, host, () => {
                this.server.off('error', reject);
                resolve();
            });
        });
        const addr = this.server.address();
        if (addr === null || typeof addr === 'string')
            throw new Error('the fault proxy is not listening on TCP');
        const shown = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
        this.address = `http://${shown}:${addr.port}`;
        return this.address;
    }
    get url() {
        return this.address;
    }
    get injecting() {
        return this.fault !== undefined;
    }
    /** Switches the fault on for every request that arrives from now on. */
    inject() {
        this.fault ??= new AbortController();
    }
    /** Switches the fault off now and releases the requests it is holding. */
    release() {
        const fault = this.fault;
        this.fault = undefined;
        fault?.abort();
    }
    /** Stops the fault, closes every connection and stops listening. */
    async close() {
        this.release();
        const { agent } = await this.client;
        agent.destroy();
        if (!this.server.listening)
            return;
        const closed = new Promise((resolve) => this.server.close(() => resolve()));
        this.server.closeAllConnections();
        await closed;
    }
    async handle(req, res) {
        this.counts.requests++;
        const fault = this.fault;
        const plan = fault && inScope(this.spec, req.url ?? '/') ? planFault(this.spec, this.deps.random) : CLEAN;
        if (plan.reset) {
            this.counts.resets++;
            req.socket.resetAndDestroy();
            return;
        }
        if (fault && plan.delayMs > 0) {
            this.counts.delayed++;
            await this.deps.clock.sleep(plan.delayMs, fault.signal).catch(() => undefined);
            if (res.destroyed)
                return;
        }
        const on = fault !== undefined && !fault.signal.aborted;
        if (on && plan.error) {
            this.counts.errors++;
            req.resume();
            res.writeHead(plan.error.status, {
                'content-type': 'text/plain; charset=utf-8',
                'x-chaos-gate-fault': 'error'
            });
            res.end(plan.error.body);
            return;
        }
        const throttle = on && plan.bytesPerSecond !== undefined
            ? { bytesPerSecond: plan.bytesPerSecond, release: fault.signal }
            : undefined;
        if (throttle)
            this.counts.throttled++;
        this.forward(req, res, throttle, await this.client);
    }
    forward(req, res, throttle, client) {
        const up = this.upstream;
        const base = up.pathname.replace(/\/$/, '');
        const out = client.request({
            protocol: up.protocol,
            hostname: up.hostname,
            port: up.port,
            method: req.method,
            path: `${base}${req.url ?? '/'}`,
            headers: { ...endToEnd(req.headers), host: up.host },
            agent: client.agent
        });
        out.on('response', (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.statusMessage, endToEnd(answer.headers));
            if (!throttle)
                answer.pipe(res);
            else
                copyThrottled(answer, res, throttle.bytesPerSecond, this.deps.clock, throttle.release).catch(() => res.destroy());
        });
        out.on('error', (err) => {
            if (res.headersSent)
                return void res.destroy();
            res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
            res.end(`chaos-gate proxy: upstream ${up.origin} failed: ${(0,util_errors/* errorMessage */.gJ)(err)}\n`);
        });
        res.on('close', () => {
            if (!res.writableFinished)
                out.destroy();
        });
        req.pipe(out);
    }
}
function endToEnd(headers) {
    const out = {};
    for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined && !HOP_BY_HOP.has(name))
            out[name] = value;
    }
    return out;
}

// EXTERNAL MODULE: ./src/backends/backend-issues.ts
var backend_issues = __webpack_require__(63358);
;// CONCATENATED MODULE: ./src/backends/local/local-check.ts

function checkLocalExperiment(exp) {
    const issues = [];
    const issue = (path, message, hint) => {
        issues.push({
            ...exp.locate(path),
            severity: 'error',
            message,
            hint,
            code: 'local/unsupported'
        });
    };
    if (exp.fault.kind !== 'http-proxy')
        return [(0,backend_issues/* unsupportedFault */.k7)(exp, 'local', 'httpProxy faults')];
    const upstream = exp.fault.spec.upstream;
    if (!/^https?:\/\/[^/]/.test(upstream))
        issue(['spec', 'httpProxy', 'upstream'], `upstream '${upstream}' is not an http(s) URL`, "write it like 'http://127.0.0.1:8080'");
    if (exp.durationMs === undefined)
        issue(['spec', 'duration'], 'an httpProxy fault needs a duration; without one it would never switch off', "add duration: '30s'");
    return issues;
}

// EXTERNAL MODULE: ./src/backends/local/observation-log.ts
var observation_log = __webpack_require__(57948);
// EXTERNAL MODULE: ./src/backends/local/reachable.ts
var reachable = __webpack_require__(66794);
;// CONCATENATED MODULE: ./src/backends/local/local-backend.ts








function createLocalBackend(deps) {
    return new LocalBackend(deps);
}
class LocalBackend {
    deps;
    kind = 'local';
    faults = new Map();
    constructor(deps) {
        this.deps = deps;
    }
    check(exp) {
        return checkLocalExperiment(exp);
    }
    async preflight(exp, ctx) {
        const spec = proxySpec(exp);
        const problem = await (0,reachable/* reachable */.G)(new URL(spec.upstream), ctx.signal);
        if (problem) {
            const at = exp.locate(['spec', 'httpProxy', 'upstream']);
            return {
                warnings: [],
                issues: [
                    {
                        ...at,
                        severity: 'error',
                        message: `the upstream ${spec.upstream} is not reachable: ${problem}`,
                        hint: 'start the service under test, or fix the upstream URL'
                    }
                ]
            };
        }
        const fault = await this.open(exp, ctx);
        return { probeBaseUrl: fault.proxy.url ?? '', targets: 1, warnings: [], issues: [] };
    }
    async submit(exp, ctx) {
        const fault = await this.open(exp, ctx);
        if (fault.log.last?.phase !== 'pending')
            return fault.handle;
        fault.proxy.inject();
        const spec = fault.proxy.spec;
        const until = exp.durationMs !== undefined ? ` for ${exp.durationMs / 1000}s` : '';
        fault.log.push({
            at: this.deps.clock.now(),
            phase: 'injected',
            affectedTargets: 1,
            message: `${describeFault(spec)} via ${fault.proxy.url ?? ''} → ${spec.upstream}${until}`,
            terminal: false
        });
        if (exp.durationMs !== undefined)
            this.scheduleEnd(fault, exp.durationMs);
        return fault.handle;
    }
    observe(handle, ctx) {
        const fault = this.faults.get(key(ctx.runId, handle.experiment));
        if (!fault)
            throw new Error(`the local fault ${handle.name} is not running in this process`);
        return fault.log.follow(ctx.signal);
    }
    abort(handle, ctx) {
        const fault = this.faults.get(key(ctx.runId, handle.experiment));
        if (!fault)
            return Promise.resolve();
        fault.timer?.abort();
        fault.proxy.release();
        this.finish(fault, 'stopped', 'stopped by the gate: the fault is off and held requests were released');
        return Promise.resolve();
    }
    async cleanup(selector) {
        const deleted = [];
        const errors = [];
        for (const [k, fault] of this.faults) {
            if (!local_backend_inScope(k, selector))
                continue;
            fault.timer?.abort();
            try {
                await fault.proxy.close();
                this.finish(fault, 'stopped', 'the proxy was closed by cleanup');
                deleted.push(`proxy ${fault.handle.name} (${fault.proxy.url ?? 'not listening'})`);
                this.faults.delete(k);
            }
            catch (err) {
                errors.push(`closing the proxy ${fault.handle.name} failed: ${(0,util_errors/* errorMessage */.gJ)(err)}`);
            }
        }
        const own = String(this.deps.pid);
        const foreign = selector.handles.filter((h) => h.data?.pid !== undefined && h.data.pid !== own);
        return { deleted, errors, stuck: foreignProxies(foreign, this.deps) };
    }
    /** The experiment's proxy, started on first use (preflight, or submit after a restart). */
    async open(exp, ctx) {
        const k = key(ctx.runId, exp.name);
        const existing = this.faults.get(k);
        if (existing)
            return existing;
        const proxy = new FaultProxy(proxySpec(exp), {
            clock: this.deps.clock,
            random: this.deps.random
        });
        const url = await proxy.start();
        const log = new observation_log/* ObservationLog */.L();
        const handle = {
            backend: 'local',
            experiment: exp.name,
            kind: 'http-proxy',
            name: (0,labels/* objectName */.Hd)(ctx.runId, exp.name),
            data: { url, upstream: proxy.spec.upstream, pid: String(this.deps.pid) }
        };
        log.push({
            at: this.deps.clock.now(),
            phase: 'pending',
            message: `proxy ${url} → ${proxy.spec.upstream} (pass-through)`,
            terminal: false
        });
        const fault = { proxy, log, handle };
        this.faults.set(k, fault);
        return fault;
    }
    /** Switches the fault off exactly when its duration ends, on the injected clock. */
    scheduleEnd(fault, durationMs) {
        const timer = new AbortController();
        fault.timer = timer;
        this.deps.clock.sleep(durationMs, timer.signal).then(() => {
            fault.proxy.release();
            const at = this.deps.clock.now();
            fault.log.push({
                at,
                phase: 'recovered',
                message: 'the fault duration ended; the proxy passes traffic through',
                terminal: false
            });
            this.finish(fault, 'finished', 'done');
        }, (err) => {
            if (!(0,clock/* isAbortError */.zf)(err))
                this.deps.log.warn(`local fault timer failed: ${(0,util_errors/* errorMessage */.gJ)(err)}`);
        });
    }
    finish(fault, phase, message) {
        const c = fault.proxy.counts;
        fault.log.push({
            at: this.deps.clock.now(),
            phase,
            message,
            affectedTargets: 1,
            details: {
                requests: String(c.requests),
                delayed: String(c.delayed),
                errors: String(c.errors),
                resets: String(c.resets),
                throttled: String(c.throttled)
            },
            terminal: true
        });
    }
}
function key(runId, experiment) {
    return `${runId}/${experiment}`;
}
/** The selector's one experiment when it names one, else every experiment of its run. */
function local_backend_inScope(k, selector) {
    return selector.experiment !== undefined
        ? k === key(selector.runId, selector.experiment)
        : k.startsWith(`${selector.runId}/`);
}
function proxySpec(exp) {
    if (exp.fault.kind !== 'http-proxy')
        throw new Error(`the local backend runs http-proxy faults, not ${exp.fault.kind}`);
    return exp.fault.spec;
}
/**
 * Proxies from another gate process (found in a run-state file). They live and die with that
 * process: one that has exited left nothing behind; one still running is reported, not killed.
 */
function foreignProxies(handles, deps) {
    return handles.flatMap((h) => {
        const pid = Number(h.data?.pid);
        if (!Number.isInteger(pid) || !deps.isProcessAlive(pid))
            return [];
        return [
            {
                ref: `local proxy ${h.name} (${h.data?.url ?? '?'})`,
                reason: `it belongs to gate process ${pid}, which is still running`,
                inspect: `ps -p ${pid} -o pid,args`
            }
        ];
    });
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


/***/ })

};
;