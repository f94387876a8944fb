"use strict";
exports.id = 516352;
exports.ids = [516352,687214];
exports.modules = {

/***/ 91428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ kubeConnector)
/* harmony export */ });
/**
 * Connects to the cluster on first call and hands the same connection to every later caller.
 * The Kubernetes layer (and @kubernetes/client-node under it) is loaded only then, so commands
 * and backends that never touch a cluster never load it. The environment variables that locate a
 * kubeconfig are read here, from the environment the caller was given.
 */
function kubeConnector(target, env, clock, log, 
/**
 * `secrets` learns the credentials the kubeconfig holds, so nothing prints them; `cancel` (the
 * process's SIGINT/SIGTERM) stops a hanging exec credential plugin at once.
 */
extra = {}) {
    let connection;
    return () => {
        connection ??= Promise.all(/* import() */[__webpack_require__.e(435277), __webpack_require__.e(913728)]).then(__webpack_require__.bind(__webpack_require__, 9190)).then(({ connectKube }) => connectKube({
            kubeconfig: target.kubeconfig,
            context: target.context,
            env: {
                KUBECONFIG: env.KUBECONFIG,
                HOME: env.HOME,
                USERPROFILE: env.USERPROFILE,
                KUBERNETES_SERVICE_HOST: env.KUBERNETES_SERVICE_HOST,
                KUBERNETES_SERVICE_PORT: env.KUBERNETES_SERVICE_PORT
            }
        }, { clock, log, ...extra }));
        return connection;
    };
}


/***/ }),

/***/ 99980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  demoCommand: () => (/* binding */ demoCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
;// CONCATENATED MODULE: ./src/demo/catalog.ts
/** The demo shop's products: enough data for the API to look and behave like a real one. */
const CATALOG = [
    { id: 'p-100', name: 'Espresso beans, 1 kg', priceCents: 2490, stock: 42 },
    { id: 'p-101', name: 'Pour-over kettle', priceCents: 5900, stock: 7 },
    { id: 'p-102', name: 'Ceramic dripper', priceCents: 2200, stock: 18 },
    { id: 'p-103', name: 'Paper filters (100)', priceCents: 650, stock: 120 },
    { id: 'p-104', name: 'Burr grinder', priceCents: 14900, stock: 3 },
    { id: 'p-105', name: 'Milk jug, 350 ml', priceCents: 1800, stock: 25 },
    { id: 'p-106', name: 'Digital scale', priceCents: 3400, stock: 11 },
    { id: 'p-107', name: 'Travel mug', priceCents: 1990, stock: 0 }
];

;// CONCATENATED MODULE: ./src/demo/service-metrics.ts
async function createServiceMetrics() {
    const client = await __webpack_require__.e(/* import() */ 579801).then(__webpack_require__.t.bind(__webpack_require__, 95222, 19));
    const registry = new client.Registry();
    const requests = new client.Counter({
        name: 'http_requests_total',
        help: 'Requests the shop served, by route and status code.',
        labelNames: ['route', 'code'],
        registers: [registry]
    });
    const duration = new client.Histogram({
        name: 'http_request_duration_seconds',
        help: 'Time the shop took to answer, by route.',
        labelNames: ['route'],
        buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
        registers: [registry]
    });
    return {
        observe: (route, code, seconds) => {
            requests.inc({ route, code: String(code) });
            duration.observe({ route }, seconds);
        },
        render: async () => ({ contentType: registry.contentType, body: await registry.metrics() })
    };
}
/** A route label with ids folded, so the series stay few: `/api/products/:id`. */
function routeOf(path) {
    if (/^\/api\/products\/[^/]+$/.test(path))
        return '/api/products/:id';
    if (path === '/api/products' || path === '/api/carts' || path === '/healthz')
        return path;
    return 'other';
}

;// CONCATENATED MODULE: ./src/demo/demo-service.ts
/**
 * The service `chaos-gate demo` puts under test: a small shop API on loopback with the natural,
 * slightly uneven latency of a real one. Routes:
 *   GET  /healthz                liveness
 *   GET  /api/products           the catalogue
 *   GET  /api/products/:id       one product, or 404
 *   POST /api/carts              a cart from {"items":[{"productId","quantity"}]}; 400 on bad input, 409 when out of stock
 *   GET  /metrics                Prometheus metrics, when started with `metrics` (demo --prometheus)
 */



/** Bodies above this are refused, as any real API would. */
const MAX_BODY_BYTES = 16 * 1024;
/** 4–16 ms for most requests, and a 2 % tail around 40 ms: what a healthy service looks like. */
function naturalLatencyMs(random) {
    const base = 4 + random() * 12;
    return Math.round(random() < 0.02 ? base + 30 : base);
}
async function startDemoService(options) {
    let served = 0;
    let nextCart = 1;
    const server = external_node_http_default().createServer((req, res) => {
        const path = (req.url ?? '/').split('?')[0] ?? '/';
        const { metrics } = options;
        if (metrics && path === '/metrics')
            return void serveMetrics(res, metrics);
        served++;
        if (metrics) {
            const started = performance.now();
            res.on('finish', () => metrics.observe(routeOf(path), res.statusCode, (performance.now() - started) / 1000));
        }
        void handle(req, res, options, () => `c-${nextCart++}`);
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
    });
    const address = server.address();
    if (address === null || typeof address === 'string')
        throw new Error('the demo service is not listening on TCP');
    return {
        url: `http://${address.address}:${address.port}`,
        served: () => served,
        close: () => new Promise((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
        })
    };
}
async function handle(req, res, options, cartId) {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/healthz')
        return send(res, 200, { status: 'ok' });
    if (!path.startsWith('/api/'))
        return send(res, 404, { error: `no route ${path}` });
    await options.clock.sleep(naturalLatencyMs(options.random));
    if (req.method === 'GET' && path === '/api/products')
        return send(res, 200, { products: CATALOG });
    const product = /^\/api\/products\/([\w-]+)$/.exec(path);
    if (req.method === 'GET' && product) {
        const found = CATALOG.find((p) => p.id === product[1]);
        return found
            ? send(res, 200, found)
            : send(res, 404, { error: `no product ${product[1] ?? ''}` });
    }
    if (req.method === 'POST' && path === '/api/carts')
        return createCart(req, res, cartId);
    send(res, 404, { error: `no route ${req.method ?? ''} ${path}` });
}
async function createCart(req, res, cartId) {
    const body = await readBody(req);
    const items = parseItems(body);
    if (!items)
        return send(res, 400, { error: 'expected {"items":[{"productId":"p-100","quantity":1}]}' });
    for (const item of items) {
        const product = CATALOG.find((p) => p.id === item.productId);
        if (!product)
            return send(res, 400, { error: `no product ${item.productId}` });
        if (product.stock < item.quantity)
            return send(res, 409, { error: `${product.name} is out of stock` });
    }
    const totalCents = items.reduce((sum, i) => sum + (CATALOG.find((p) => p.id === i.productId)?.priceCents ?? 0) * i.quantity, 0);
    send(res, 201, { id: cartId(), items, totalCents });
}
function parseItems(body) {
    let json;
    try {
        json = JSON.parse(body ?? '');
    }
    catch {
        return undefined;
    }
    if (typeof json !== 'object' || json === null || !('items' in json) || !Array.isArray(json.items))
        return undefined;
    const list = json.items;
    const items = [];
    for (const raw of list) {
        if (typeof raw !== 'object' || raw === null || !('productId' in raw) || !('quantity' in raw))
            return undefined;
        const { productId, quantity } = raw;
        if (typeof productId !== 'string' ||
            typeof quantity !== 'number' ||
            !Number.isInteger(quantity) ||
            quantity < 1)
            return undefined;
        items.push({ productId, quantity });
    }
    return items;
}
function readBody(req) {
    return new Promise((resolve) => {
        const chunks = [];
        let size = 0;
        req.on('data', (c) => {
            size += c.length;
            if (size <= MAX_BODY_BYTES)
                chunks.push(c);
        });
        req.on('end', () => resolve(size <= MAX_BODY_BYTES ? Buffer.concat(chunks).toString('utf8') : undefined));
        req.on('error', () => resolve(undefined));
    });
}
function serveMetrics(res, metrics) {
    metrics.render().then(({ contentType, body }) => res.writeHead(200, { 'content-type': contentType }).end(body), () => res.writeHead(500).end());
}
function send(res, status, body) {
    const text = JSON.stringify(body);
    res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(text)
    });
    res.end(text);
}

// EXTERNAL MODULE: ./src/gate/run-id.ts
var run_id = __webpack_require__(58162);
// EXTERNAL MODULE: ./src/gate/settings-table.ts + 1 modules
var settings_table = __webpack_require__(62042);
// EXTERNAL MODULE: ./src/policy/load-experiments.ts + 62 modules
var load_experiments = __webpack_require__(44407);
// EXTERNAL MODULE: ./src/report/key-check.ts
var key_check = __webpack_require__(25660);
// EXTERNAL MODULE: ./src/report/verdict-label.ts
var verdict_label = __webpack_require__(25584);
// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(26518);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/cli/settings-flags.ts
var settings_flags = __webpack_require__(32491);
// EXTERNAL MODULE: ./src/cli/commands/gate-io.ts
var gate_io = __webpack_require__(98519);
// EXTERNAL MODULE: ./src/cli/commands/run.ts + 2 modules
var run = __webpack_require__(1806);
;// CONCATENATED MODULE: ./src/cli/commands/demo.ts
/**
 * `chaos-gate demo`: a real gate on this machine, with no cluster, no Prometheus and no
 * configuration. Starts the demo shop API on loopback, runs experiments/demo/ against it through
 * the local fault proxy, and explains the result.
 */














const DEMO_DIR = (0,external_node_path_.join)('experiments', 'demo');
const PROMETHEUS_DEMO_DIR = (0,external_node_path_.join)('experiments', 'demo-prometheus');
/** Beside the gate's own reports (the report-dir default), so a demo run is found where a real one would be. */
const DEMO_REPORT_DIR = (0,external_node_path_.join)(settings_table/* SETTINGS */.yy.reportDir.default, 'demo');
const demoCommand = {
    name: 'demo',
    help: [
        'Usage: chaos-gate demo [--prometheus] [--report-dir DIR] [--keep-going]',
        '',
        'Starts a small shop API on 127.0.0.1, puts the local fault proxy in front of it, and runs the',
        'experiments in experiments/demo/: one adds latency that stays inside the SLO (it passes), the',
        'other injects HTTP 500s that break the error-ratio SLO, so the guard aborts it; it declares',
        'expect: fail, so that is a pass too. Takes about 20 seconds.',
        '',
        '    --prometheus       also start Prometheus (the Debian package: apt-get install -y',
        '                       --no-install-recommends prometheus) scraping the shop and what its clients',
        '                       see, and run experiments/demo-prometheus/, which gate on PromQL',
        `    --report-dir DIR   where the reports go (default ${DEMO_REPORT_DIR})`,
        '    --keep-going       keep the demo service running afterwards (until Ctrl-C) to try it yourself'
    ].join('\n'),
    options: {
        'report-dir': { type: 'string' },
        'keep-going': { type: 'boolean' },
        prometheus: { type: 'boolean' }
    },
    async run(flags, _positionals, io) {
        const withPrometheus = flags.prometheus === true;
        const dir = withPrometheus ? PROMETHEUS_DEMO_DIR : DEMO_DIR;
        const root = demoRoot(io.cwd, dir);
        const service = await startDemoService({
            clock: io.clock,
            random: Math.random,
            ...(withPrometheus && { metrics: await createServiceMetrics() })
        });
        const prometheus = withPrometheus ? await startDemo(service, io) : undefined;
        try {
            const settings = demoSettings(root, dir, io.cwd, io.clock.now(), flags['report-dir']);
            const env = {
                ...io.env,
                CHAOS_GATE_DEMO_URL: service.url,
                ...(prometheus && { CHAOS_GATE_PROMETHEUS_URL: prometheus.endpoint.url })
            };
            const loaded = await (0,load_experiments/* loadExperiments */.p)(settings, { env });
            const scraping = prometheus
                ? `; Prometheus on ${prometheus.endpoint.url} scrapes it every second`
                : '';
            io.stdout.write(`Demo service (a small shop API) on ${service.url}${scraping}; running ${loaded.experiments.length} experiments from ${(0,external_node_path_.join)(root, dir)} through the local fault proxy.\n\n`);
            const outcome = await (0,run.runAndReport)(loaded, settings, { ...io, env }, prometheus?.sources);
            io.stdout.write(explain(outcome.report));
            if (flags['keep-going'] === true && !io.signal.aborted) {
                io.stdout.write(`\nThe demo service is still on ${service.url} (try ${service.url}/api/products). Ctrl-C to stop.\n`);
                await new Promise((done) => io.signal.addEventListener('abort', () => done(), { once: true }));
            }
            return outcome.exitCode;
        }
        finally {
            await prometheus?.close();
            await service.close();
        }
    }
};
/** Prometheus for `--prometheus`, scraping the shop's /metrics and the edge; stops the shop on failure. */
async function startDemo(service, io) {
    try {
        // Prometheus and its HTTP client are loaded only for --prometheus.
        const { startPrometheusDemo } = await Promise.all(/* import() */[__webpack_require__.e(656708), __webpack_require__.e(959097), __webpack_require__.e(925976)]).then(__webpack_require__.bind(__webpack_require__, 55946));
        return await startPrometheusDemo({
            shopTarget: new URL(service.url).host,
            clock: io.clock,
            log: (0,gate_io/* cliLog */.$F)(io),
            env: io.env
        });
    }
    catch (err) {
        await service.close();
        throw err;
    }
}
function demoSettings(root, dir, cwd, now, reportDir) {
    return {
        experiments: [dir],
        cwd: root,
        backend: 'auto',
        mode: 'enforce',
        environment: 'demo',
        concurrency: 1,
        timeoutMs: 3 * 60_000,
        failOn: new Set(['fail', 'aborted', 'inconclusive', 'error']),
        reportDir: (0,external_node_path_.resolve)(cwd, typeof reportDir === 'string' ? reportDir : DEMO_REPORT_DIR),
        stateDir: (0,external_node_path_.resolve)(cwd, settings_flags/* CLI_SETTINGS */.vW.stateDir.default),
        runId: (0,run_id/* newRunId */.F)(now),
        only: []
    };
}
/** The folder holding the demo experiments: the working directory, else the installed package. */
function demoRoot(cwd, demoDir) {
    const candidates = [cwd];
    for (let dir = __dirname; (0,external_node_path_.dirname)(dir) !== dir; dir = (0,external_node_path_.dirname)(dir))
        candidates.push(dir);
    const root = candidates.find((dir) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, demoDir)));
    if (!root)
        throw new errors/* InternalError */.Gd(`the demo experiments (${demoDir}) are missing from this installation`);
    return root;
}
/** What happened, in sentences: the point of a demo. */
function explain(report) {
    const lines = ['', 'What happened:'];
    for (const e of report.experiments)
        lines.push(`  ${e.name}: ${story(e)}`);
    lines.push('', report.failed
        ? `The gate FAILED (verdict ${report.verdict}); see the reasons above.`
        : 'The gate PASSED: one experiment held its SLO, the other broke it, was stopped by the guard, and was expected to.');
    return `${lines.join('\n')}\n`;
}
function story(e) {
    const f = e.fault;
    const parts = [`${(0,key_check/* keyValues */.K7)(e)} (before → worst during the fault → after).`];
    if (f.abortedBy === 'guard' && f.breachAt !== undefined && f.injectedAt !== undefined) {
        const off = f.abortLatencyMs !== undefined
            ? `; the fault was off ${(0,verdict_label/* formatAbortLatency */.Ie)(f.abortLatencyMs)} after the breach was detected`
            : '';
        parts.push(`The guard saw the breach ${(0,duration/* formatDuration */.a3)(f.breachAt - f.injectedAt)} after the fault started and aborted it${off}.`);
    }
    if (e.recovery?.mttrMs !== undefined)
        parts.push(`The steady state was back ${(0,duration/* formatDuration */.a3)(e.recovery.mttrMs)} after the fault ended.`);
    parts.push(`Verdict ${e.verdict}${e.expect === 'fail' ? ` (expect: fail; observed ${e.observed})` : ''}: ${e.reasons[0] ?? ''}.`);
    return parts.join(' ');
}


/***/ }),

/***/ 98519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ cliLog),
/* harmony export */   i0: () => (/* binding */ cliBackends),
/* harmony export */   lB: () => (/* binding */ cliWiring)
/* harmony export */ });
/* harmony import */ var _backends_kube_kube_connector__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91428);
/* harmony import */ var _gate_gate_wiring__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72352);


/** Warnings and errors on stderr; debug lines only with CHAOS_GATE_DEBUG set. */
function cliLog(io) {
    const debug = Boolean(io.env.CHAOS_GATE_DEBUG);
    return {
        debug: (m) => void (debug && io.stderr.write(`debug: ${m}\n`)),
        info: (m) => void io.stderr.write(`${m}\n`),
        warn: (m) => void io.stderr.write(`warning: ${m}\n`),
        error: (m) => void io.stderr.write(`error: ${m}\n`)
    };
}
/** This process as the wiring sees it; the cluster is located with the CLI's environment. */
function cliWiring(io, log) {
    return {
        clock: io.clock,
        log,
        env: io.env,
        random: Math.random,
        pid: io.process.pid,
        isProcessAlive: io.process.isAlive,
        kube: (target) => (0,_backends_kube_kube_connector__WEBPACK_IMPORTED_MODULE_1__/* .kubeConnector */ .f)(target, io.env, io.clock, log, {
            ...(io.secrets && { secrets: io.secrets }),
            cancel: io.signal
        })
    };
}
/** The backends of one command run, on the cluster `kube` names, connected on first use only. */
function cliBackends(io, log, kube = {}, policy) {
    return (0,_gate_gate_wiring__WEBPACK_IMPORTED_MODULE_0__/* .gateBackends */ .H6)(cliWiring(io, log), kube, policy);
}


/***/ }),

/***/ 1806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAndReport: () => (/* binding */ runAndReport),
  runCommand: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./package.json
var package_0 = __webpack_require__(8330);
// EXTERNAL MODULE: ./src/gate/gate-pipeline.ts + 1 modules
var gate_pipeline = __webpack_require__(28960);
// EXTERNAL MODULE: ./src/gate/run-gate.ts + 28 modules
var run_gate = __webpack_require__(88329);
// EXTERNAL MODULE: ./src/gate/run-id.ts
var run_id = __webpack_require__(58162);
// EXTERNAL MODULE: ./src/gate/verdict/verdict-order.ts
var verdict_order = __webpack_require__(71325);
// EXTERNAL MODULE: ./src/policy/load-experiments.ts + 62 modules
var load_experiments = __webpack_require__(44407);
// EXTERNAL MODULE: ./src/report/terminal/ansi.ts
var ansi = __webpack_require__(15872);
// EXTERNAL MODULE: ./src/steady-state/format-value.ts
var format_value = __webpack_require__(95495);
// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(26518);
// EXTERNAL MODULE: ./src/report/gate-outcome.ts
var gate_outcome = __webpack_require__(79586);
// EXTERNAL MODULE: ./src/report/key-check.ts
var key_check = __webpack_require__(25660);
// EXTERNAL MODULE: ./src/report/load-line.ts
var load_line = __webpack_require__(35847);
// EXTERNAL MODULE: ./src/report/verdict-label.ts
var verdict_label = __webpack_require__(25584);
;// CONCATENATED MODULE: ./src/report/terminal/sparkline.ts
/** A one-line chart of values, and a marker line showing where the fault was on. */
const BARS = '▁▂▃▄▅▆▇█';
/** Maps each value onto eight bar heights between `low` and `high`. */
function sparkline(values, low, high) {
    const span = high - low || 1;
    return values
        .map((v) => {
        const i = Math.round(((Math.min(high, Math.max(low, v)) - low) / span) * (BARS.length - 1));
        return BARS[i] ?? BARS[0];
    })
        .join('');
}
/** `━` under the points taken while the fault was on, spaces elsewhere. */
function windowMarker(times, from, to) {
    if (from === undefined)
        return '';
    return times
        .map((t) => (t >= from && t <= (to ?? Infinity) ? '━' : ' '))
        .join('')
        .trimEnd();
}

;// CONCATENATED MODULE: ./src/report/terminal/final-view.ts








const CHART_WIDTH = 48;
function renderFinal(report, color) {
    const rows = report.experiments.map((e) => [
        e.name,
        e.backend,
        (0,ansi/* paint */.nI)(color, ansi/* VERDICT_STYLE */.yA[e.verdict], (0,verdict_label/* verdictText */.nt)(e)),
        (0,key_check/* keyValues */.K7)(e),
        e.recovery?.mttrMs !== undefined
            ? (0,duration/* formatDuration */.a3)(e.recovery.mttrMs)
            : e.recovery?.timedOut
                ? 'not recovered'
                : '—'
    ]);
    const lines = [
        columns(['EXPERIMENT', 'BACKEND', 'VERDICT', 'KEY VALUES (before → worst → after)', 'MTTR'], rows),
        ''
    ];
    for (const e of report.experiments)
        lines.push(...experimentLines(e, color), '');
    const outcome = (0,gate_outcome/* gateOutcome */.S)(report);
    const [gate, style] = OUTCOME_WORD[outcome.kind];
    const why = outcome.kind === 'not-failed'
        ? `; the job is not failed: ${outcome.why}`
        : outcome.kind === 'cancelled'
            ? `; ${outcome.why}, so the faults were removed and nothing was decided`
            : '';
    lines.push(`${(0,ansi/* paint */.nI)(color, 'bold', 'Gate')} ${(0,ansi/* paint */.nI)(color, style, gate)}: verdict ${report.verdict} (${counts(report)}); run ${report.runId}, ${(0,duration/* formatDuration */.a3)(report.endedAt - report.startedAt)}${why}`);
    return `${lines.join('\n')}\n`;
}
const OUTCOME_WORD = {
    failed: ['FAILED', 'red'],
    cancelled: ['CANCELLED', 'red'],
    passed: ['PASSED', 'green'],
    'not-failed': ['NOT FAILED', 'yellow']
};
function experimentLines(e, color) {
    const lines = [`${(0,ansi/* paint */.nI)(color, 'bold', e.name)}: ${e.reasons[0] ?? ''}`];
    for (const r of e.reasons.slice(1))
        lines.push(`  also: ${r}`);
    if (e.load)
        lines.push(`  steady load: ${(0,load_line/* describeLoad */.s)(e.load)}`);
    if (e.fault.abortLatencyMs !== undefined)
        lines.push(`  abort latency: ${(0,verdict_label/* formatAbortLatency */.Ie)(e.fault.abortLatencyMs)} from breach detected to fault off`);
    const check = (0,key_check/* keyCheck */.wz)(e);
    const points = check ? (0,key_check/* thinOut */.Q0)((0,key_check/* keySeries */.J8)(e, check.name), CHART_WIDTH) : [];
    if (!check || points.length < 2)
        return lines;
    const values = points.map((p) => p.value);
    const bound = check.threshold?.max ?? check.threshold?.min;
    const high = Math.max(...values, bound ?? -Infinity);
    const low = Math.min(0, ...values);
    const label = `  ${check.name} `;
    const limit = bound !== undefined ? `, bound ${(0,format_value/* formatValue */.F)(bound)}` : '';
    lines.push(`${label}${sparkline(values, low, high)}  max ${(0,format_value/* formatValue */.F)(Math.max(...values))}${limit}`);
    const marker = windowMarker(points.map((p) => p.m.at), e.fault.injectedAt, e.fault.removedAt);
    if (marker.trim())
        lines.push(`${' '.repeat(label.length)}${(0,ansi/* paint */.nI)(color, 'yellow', marker)} fault`);
    return lines;
}
function counts(report) {
    const parts = Object.entries(report.counts)
        .filter(([, n]) => n > 0)
        .map(([v, n]) => `${n} ${v}`);
    return parts.length > 0 ? parts.join(', ') : 'no experiments';
}
/** Left-aligned columns padded to their widest cell. */
function columns(header, rows) {
    const all = [header, ...rows];
    const widths = header.map((_, i) => Math.max(...all.map((r) => (0,ansi/* visibleLength */.te)(r[i] ?? ''))));
    return all
        .map((r) => r
        .map((c, i) => i === r.length - 1 ? c : c + ' '.repeat((widths[i] ?? 0) - (0,ansi/* visibleLength */.te)(c)))
        .join('  '))
        .join('\n');
}

// EXTERNAL MODULE: ./src/report/terminal/live-view.ts
var live_view = __webpack_require__(47627);
// EXTERNAL MODULE: ./src/report/write-reports.ts + 2 modules
var write_reports = __webpack_require__(23741);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/exit-guard.ts
var exit_guard = __webpack_require__(9922);
// EXTERNAL MODULE: ./src/cli/settings-flag-options.ts
var settings_flag_options = __webpack_require__(53215);
// EXTERNAL MODULE: ./src/cli/settings-flags.ts
var settings_flags = __webpack_require__(32491);
// EXTERNAL MODULE: ./src/cli/commands/gate-io.ts
var gate_io = __webpack_require__(98519);
;// CONCATENATED MODULE: ./src/cli/commands/run.ts
/**
 * `chaos-gate run [paths...]`: the gate from a terminal, with the same settings as the action's
 * inputs. Loads and validates the manifests (any problem: exit 2, nothing injected), runs them,
 * shows live progress and a final table, and writes the JSON, JUnit and Markdown reports.
 */
















/** `run` takes every settings flag. */
const RUN_FLAGS = Object.keys(settings_flag_options/* SETTINGS_FLAGS */.a);
const runCommand = {
    name: 'run',
    help: [
        'Usage: chaos-gate run [paths...] [flags]',
        '',
        'Runs every experiment through preflight, before, inject, during, after and cleanup, and',
        'writes chaos-gate-report.json, chaos-gate-junit.xml and chaos-gate-summary.md to the report',
        'directory. Ctrl-C aborts the faults and cleans up; `chaos-gate cleanup` does it again later.',
        '',
        'Flags:',
        (0,settings_flags/* flagHelp */.QR)(RUN_FLAGS),
        '',
        'Exit codes: 0 passed, 1 gate failed, 2 invalid input (nothing injected), 3 could not operate.'
    ].join('\n'),
    options: (0,settings_flags/* pickFlags */.r4)(RUN_FLAGS),
    async run(flags, positionals, io) {
        const parsed = (0,settings_flags/* settingsFromFlags */.x$)(flags, positionals, io);
        const settings = flags['run-id'] === undefined ? { ...parsed, runId: (0,run_id/* newRunId */.F)(io.clock.now()) } : parsed;
        if (settings.mode === 'verify')
            throw new errors/* InputError */.dz('--mode', "'verify' checks an earlier gate's check run and needs the GitHub Action; use enforce, warn or dry-run");
        const loaded = await (0,load_experiments/* loadExperiments */.p)(settings, { env: io.env });
        if (loaded.experiments.length === 0)
            throw new errors/* InputError */.dz('experiments', `no runnable experiments in ${settings.experiments.join(', ')}`);
        return (await runAndReport(loaded, settings, io)).exitCode;
    }
};
/** Runs the gate with live progress, prints the final view, writes the reports. */
async function runAndReport(loaded, settings, io, 
/** The metric sources; the CLI's own by default (the demo meters its probe load). */
sources) {
    const color = (0,ansi/* colorOn */.VU)(io.env, io.stdout.isTTY === true);
    const progress = new live_view/* TerminalProgress */.G(io.stdout, io.clock, color);
    const refresh = new AbortController();
    const refreshing = progress.refreshUntil(refresh.signal);
    const reportDir = (0,external_node_path_.resolve)(io.cwd, settings.reportDir);
    let report;
    try {
        report = await (0,gate_pipeline/* runPipeline */.a)(loaded, settings, {
            ...(0,gate_io/* cliWiring */.lB)(io, (0,gate_io/* cliLog */.$F)(io)),
            signal: io.signal,
            version: package_0/* version */.rE,
            listener: progress,
            ...(io.secrets && { secrets: io.secrets }),
            ...(sources && { sources }),
            starting: (deps, startedAt) => io.onUnfinished?.(async () => {
                const unfinished = (0,run_gate/* unfinishedReport */.MM)(loaded.experiments, settings, deps, { notices: loaded.notices }, startedAt, exit_guard/* UNFINISHED_MESSAGE */.u);
                const written = await (0,write_reports/* writeReports */.L)(unfinished, reportDir, io.secrets);
                io.stderr.write(`chaos-gate: wrote an error report to ${written.json}\n`);
            })
        });
    }
    finally {
        refresh.abort();
        await refreshing;
        progress.finish();
    }
    io.stdout.write(`\n${renderFinal(report, color)}`);
    const written = await (0,write_reports/* writeReports */.L)(report, reportDir, io.secrets);
    const shown = (p) => (0,external_node_path_.relative)(io.cwd, p) || p;
    io.stdout.write(`Reports: ${shown(written.json)}, ${shown(written.junit)}, ${shown(written.markdown)}\n`);
    return { report, written, exitCode: (0,verdict_order/* gateExitCode */.Bx)(report.failed, report.verdict) };
}


/***/ }),

/***/ 56366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bt: () => (/* binding */ readFlagOrEnv),
/* harmony export */   qz: () => (/* binding */ flagSource)
/* harmony export */ });
/* unused harmony export flagText */
/* harmony import */ var _gate_settings_table__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62042);

/** The text of a flag, repeated ones joined one a line; undefined when it was not given. */
function flagText(flags, flag) {
    const value = flags[flag];
    const texts = (Array.isArray(value) ? value : [value]).filter((v) => typeof v === 'string');
    return texts.length > 0 ? texts.join('\n') : undefined;
}
/** A row's text from the flags or the environment, and the name it came by. */
function readFlagOrEnv(row, flags, env) {
    const text = row.flag === undefined ? undefined : flagText(flags, row.flag);
    const fromEnv = row.env === undefined ? undefined : env[row.env];
    const envText = fromEnv === undefined || fromEnv.trim() === '' ? undefined : fromEnv;
    if (text !== undefined)
        return { text: row.envAdds && envText ? `${text}\n${envText}` : text, name: `--${row.flag}` };
    return envText === undefined || row.env === undefined
        ? undefined
        : { text: envText, name: row.env };
}
function flagSource(flags, io) {
    return {
        cwd: io.cwd,
        read: (key) => readFlagOrEnv(_gate_settings_table__WEBPACK_IMPORTED_MODULE_0__/* .SETTINGS */ .yy[key], flags, io.env),
        nameOf: (key) => {
            const row = _gate_settings_table__WEBPACK_IMPORTED_MODULE_0__/* .SETTINGS */ .yy[key];
            return row.flag !== undefined ? `--${row.flag}` : (row.env ?? key);
        },
        mask: (secrets) => io.secrets?.add(...secrets)
    };
}


/***/ }),

/***/ 32491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GT: () => (/* binding */ parseCliSetting),
/* harmony export */   QR: () => (/* binding */ flagHelp),
/* harmony export */   _y: () => (/* binding */ MANIFEST_FLAG_NAMES),
/* harmony export */   r4: () => (/* binding */ pickFlags),
/* harmony export */   vW: () => (/* binding */ CLI_SETTINGS),
/* harmony export */   x$: () => (/* binding */ settingsFromFlags)
/* harmony export */ });
/* unused harmony export SETTINGS_FLAG_HELP */
/* harmony import */ var _gate_read_settings__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1637);
/* harmony import */ var _gate_setting_parsers__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4922);
/* harmony import */ var _gate_settings_table__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62042);
/* harmony import */ var _manifest_model__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(85848);
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/* harmony import */ var _flag_source__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56366);
/* harmony import */ var _settings_flag_options__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(53215);
/**
 * The CLI flags that mirror the action's inputs, read through the settings table into the one
 * GateSettings shape (gate/read-settings.ts), with the few settings only the CLI has (state-dir,
 * run-id, only) as rows of the same kind. Every command that reads manifests picks the flags it
 * needs from SETTINGS_FLAGS; `run` can extend it. Every bad flag is reported at once.
 */







/** The settings only the CLI has, as rows of the settings table's kind (`cleanup` reads two). */
const CLI_SETTINGS = {
    stateDir: { flag: 'state-dir', default: '.chaos-gate', parse: _gate_setting_parsers__WEBPACK_IMPORTED_MODULE_1__/* .path */ .hT },
    runId: {
        flag: 'run-id',
        default: '',
        parse: (0,_gate_setting_parsers__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)((0,_gate_setting_parsers__WEBPACK_IMPORTED_MODULE_1__/* .matching */ .wC)(/^[a-z0-9]([-a-z0-9]{0,38}[a-z0-9])?$/, 'a run id', "lower-case letters, digits and '-', at most 40"))
    },
    only: {
        flag: 'only',
        default: '',
        parse: (raw) => (0,_gate_setting_parsers__WEBPACK_IMPORTED_MODULE_1__.ok)(raw.split(/[\s,]+/).filter((name) => name !== ''))
    }
};
/** One line of `--help` per flag. */
const SETTINGS_FLAG_HELP = {
    experiments: `-e, --experiments GLOB      manifests to read (repeatable; default ${_gate_settings_table__WEBPACK_IMPORTED_MODULE_2__/* .SETTINGS */ .yy.experiments.default.split('\n').join(' ')})`,
    policy: '-p, --policy FILE|YAML       blast-radius policy (default .github/chaos-gate/policy.yaml, else built-in)',
    namespace: '-n, --namespace NS          namespace for objects that name none',
    environment: `    --environment NAME      policy profile and check name (default ${_gate_settings_table__WEBPACK_IMPORTED_MODULE_2__/* .SETTINGS */ .yy.environment.default})`,
    backend: `    --backend NAME          auto (from each manifest) or one of ${_manifest_model__WEBPACK_IMPORTED_MODULE_6__/* .BACKEND_KINDS */ .p.join(', ')}`,
    'prometheus-url': '    --prometheus-url URL    Prometheus for query checks that name none',
    'prometheus-header': "    --prometheus-header 'K: V'  header for Prometheus (repeatable; or CHAOS_GATE_PROMETHEUS_HEADERS)",
    'error-budget': '    --error-budget FILE|YAML  skip experiments while an SLO has too little error budget left (docs/prometheus.md)',
    kubeconfig: '    --kubeconfig FILE       kubeconfig (default KUBECONFIG, then ~/.kube/config)',
    context: '    --context NAME          kube context',
    mode: `    --mode MODE             enforce, warn, dry-run or verify (default ${_gate_settings_table__WEBPACK_IMPORTED_MODULE_2__/* .SETTINGS */ .yy.mode.default})`,
    concurrency: `    --concurrency N         experiments at once (default ${_gate_settings_table__WEBPACK_IMPORTED_MODULE_2__/* .SETTINGS */ .yy.concurrency.default})`,
    timeout: `    --timeout DURATION      deadline for the whole gate (default ${_gate_settings_table__WEBPACK_IMPORTED_MODULE_2__/* .SETTINGS */ .yy.timeout.default})`,
    'fail-on': `    --fail-on LIST          verdicts that fail the gate (default ${_gate_settings_table__WEBPACK_IMPORTED_MODULE_2__/* .SETTINGS */ .yy.failOn.default})`,
    'report-dir': `    --report-dir DIR        where reports go (default ${_gate_settings_table__WEBPACK_IMPORTED_MODULE_2__/* .SETTINGS */ .yy.reportDir.default})`,
    'state-dir': `    --state-dir DIR         where run-state files go (default ${CLI_SETTINGS.stateDir.default})`,
    'run-id': '    --run-id ID             run id for labels (default generated)',
    sha: '    --sha SHA               commit under test (all 40 hex characters)',
    only: '    --only NAME             run only these experiments (repeatable)',
    'gremlin-team-id': '    --gremlin-team-id ID    Gremlin team for gremlin experiments (or GREMLIN_TEAM_ID; the key: GREMLIN_API_KEY)'
};
/** The flags of commands that read manifests without touching a cluster. */
const MANIFEST_FLAG_NAMES = [
    'experiments',
    'policy',
    'namespace',
    'environment',
    'backend',
    'prometheus-url',
    'prometheus-header'
];
/** The option table for `names`. */
function pickFlags(names) {
    return Object.fromEntries(names.map((n) => [n, _settings_flag_options__WEBPACK_IMPORTED_MODULE_5__/* .SETTINGS_FLAGS */ .a[n]]));
}
/** The `--help` lines for `names`. */
function flagHelp(names) {
    return names.map((n) => `  ${SETTINGS_FLAG_HELP[n]}`).join('\n');
}
/**
 * Parses flags and positional paths into validated settings. Positionals replace --experiments.
 * Every bad flag is reported at once (InputErrors), as the action reports every bad input.
 */
function settingsFromFlags(flags, positionals, io) {
    const given = positionals.length > 0 ? { ...flags, experiments: [...positionals] } : flags;
    const shared = (0,_gate_read_settings__WEBPACK_IMPORTED_MODULE_0__/* .readSharedSettings */ .j)((0,_flag_source__WEBPACK_IMPORTED_MODULE_4__/* .flagSource */ .qz)(given, io));
    const problems = shared.ok ? [] : [...shared.errors];
    const local = (row, fallback) => {
        const value = parseCliSetting(row, flags, io);
        if (!(value instanceof _util_errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz))
            return value;
        problems.push(value);
        return fallback;
    };
    const stateDir = local(CLI_SETTINGS.stateDir, '');
    const runId = local(CLI_SETTINGS.runId, undefined);
    const only = local(CLI_SETTINGS.only, []);
    const [first, ...more] = problems;
    if (first || !shared.ok)
        throw more.length === 0 && first ? first : new _util_errors__WEBPACK_IMPORTED_MODULE_3__/* .InputErrors */ .G(problems);
    return {
        ...shared.settings,
        cwd: io.cwd,
        stateDir,
        runId: runId ?? `local-${io.clock.now().toString(36)}`,
        only
    };
}
/** One of the CLI's own settings (CLI_SETTINGS), or the InputError naming its flag. */
function parseCliSetting(row, flags, io) {
    const ctx = { cwd: io.cwd, nameOf: (0,_flag_source__WEBPACK_IMPORTED_MODULE_4__/* .flagSource */ .qz)(flags, io).nameOf };
    return (0,_gate_read_settings__WEBPACK_IMPORTED_MODULE_0__/* .parseSetting */ .W)(row, (0,_flag_source__WEBPACK_IMPORTED_MODULE_4__/* .readFlagOrEnv */ .bt)(row, flags, io.env), `--${row.flag}`, ctx);
}


/***/ }),

/***/ 58162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ newRunId)
/* harmony export */ });
/* unused harmony export isValidRunId */
/**
 * Run ids: short, DNS-safe (they go into object names and label values), unique across runs and
 * roughly ordered by time, so a person can tell which run came first.
 */
const RUN_ID = /^[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?$/;
/** A new run id: seconds since the epoch in base 36, then four random base-36 characters. */
function newRunId(now, random = Math.random) {
    const time = Math.floor(now / 1000).toString(36);
    let suffix = '';
    for (let i = 0; i < 4; i++)
        suffix += Math.floor(random() * 36).toString(36);
    return `${time}-${suffix}`;
}
/** True when `id` can be used as a run id: lowercase letters, digits and dashes, at most 32 characters. */
function isValidRunId(id) {
    return RUN_ID.test(id);
}


/***/ }),

/***/ 15872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VU: () => (/* binding */ colorOn),
/* harmony export */   nI: () => (/* binding */ paint),
/* harmony export */   te: () => (/* binding */ visibleLength),
/* harmony export */   vk: () => (/* binding */ truncateVisible),
/* harmony export */   yA: () => (/* binding */ VERDICT_STYLE)
/* harmony export */ });
const CODES = { red: 31, green: 32, yellow: 33, blue: 34, dim: 2, bold: 1 };
/**
 * Whether to colour: NO_COLOR (any non-empty value) turns it off, FORCE_COLOR turns it on (but
 * `0` or `false`), otherwise colour follows whether the output is a terminal (no-color.org).
 */
function colorOn(env, isTTY) {
    if (env.NO_COLOR)
        return false;
    const force = env.FORCE_COLOR;
    if (force !== undefined)
        return force !== '0' && force !== 'false';
    return isTTY;
}
/** Wraps text in an ANSI style, or returns it unchanged when colour is off. */
function paint(color, style, text) {
    return color ? `\x1b[${CODES[style]}m${text}\x1b[0m` : text;
}
const VERDICT_STYLE = {
    pass: 'green',
    skipped: 'dim',
    inconclusive: 'yellow',
    aborted: 'red',
    fail: 'red',
    error: 'red'
};
/** The visible width of text that may contain ANSI styles. */
function visibleLength(text) {
    // eslint-disable-next-line no-control-regex
    return [...text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '')].length;
}
/** Cuts text to `width` visible characters, keeping its ANSI styles intact and closing them. */
function truncateVisible(text, width) {
    if (visibleLength(text) <= width)
        return text;
    let out = '';
    let shown = 0;
    // eslint-disable-next-line no-control-regex
    for (const part of text.split(/(\x1b\[[0-9;]*[A-Za-z])/)) {
        if (part.startsWith('\x1b[')) {
            out += part;
            continue;
        }
        const chars = [...part];
        const room = Math.max(0, width - 1 - shown);
        out += chars.slice(0, room).join('');
        shown += Math.min(chars.length, room);
        if (shown >= width - 1)
            break;
    }
    return `${out}…\x1b[0m`;
}


/***/ }),

/***/ 47627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ TerminalProgress)
/* harmony export */ });
/* unused harmony export renderLiveRow */
/* harmony import */ var _util_duration__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26518);
/* harmony import */ var _verdict_label__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25584);
/* harmony import */ var _ansi__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15872);



const SPINNER = '⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏';
const REDRAW_MS = 250;
/** One line of the live block. Pure, for tests. */
function renderLiveRow(row, now, color) {
    if (row.done)
        return `${_verdict_label__WEBPACK_IMPORTED_MODULE_1__/* .VERDICT_ICON */ .YY[row.done.verdict]} ${row.name}  ${(0,_ansi__WEBPACK_IMPORTED_MODULE_2__/* .paint */ .nI)(color, _ansi__WEBPACK_IMPORTED_MODULE_2__/* .VERDICT_STYLE */ .yA[row.done.verdict], (0,_verdict_label__WEBPACK_IMPORTED_MODULE_1__/* .verdictText */ .nt)(row.done))}`;
    const spin = SPINNER[Math.floor(now / 100) % SPINNER.length] ?? '-';
    const elapsed = (0,_util_duration__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(now - row.phaseAt);
    const left = Math.max(0, row.expectedEnd - now);
    const time = row.oneShot
        ? `${elapsed}, waiting for recovery${left > 0 ? `, at most ${(0,_util_duration__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(left)} more` : ''}`
        : `${elapsed}${left > 0 ? `, ~${(0,_util_duration__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(left)} left` : ''}`;
    const values = [...row.last.values()].map((m) => `${m.message.split(' ')[0] === m.check ? m.message : `${m.check}: ${m.message}`} ${level(m, color)}`);
    return `${spin} ${row.name}  ${(0,_ansi__WEBPACK_IMPORTED_MODULE_2__/* .paint */ .nI)(color, 'bold', row.phase ?? 'queued')} ${(0,_ansi__WEBPACK_IMPORTED_MODULE_2__/* .paint */ .nI)(color, 'dim', `(${time})`)}  ${values.join(' · ')}`;
}
/** What the during phase will do, as its line says it. */
function plan(at, expectedEnd, outlook) {
    const span = (0,_util_duration__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(expectedEnd - at);
    return outlook.oneShot
        ? ` (one-shot fault; waiting for recovery, timeout ${span})`
        : ` (fault on for ${span})`;
}
function level(m, color) {
    const style = m.level === 'ok' ? 'green' : m.level === 'warn' || m.level === 'nodata' ? 'yellow' : 'red';
    return (0,_ansi__WEBPACK_IMPORTED_MODULE_2__/* .paint */ .nI)(color, style, `[${m.level}]`);
}
class TerminalProgress {
    out;
    clock;
    color;
    rows = new Map();
    drawn = 0;
    constructor(out, clock, 
    /** Colour in the lines it writes (colorOn decides from the environment). */
    color = out.isTTY === true) {
        this.out = out;
        this.clock = clock;
        this.color = color;
    }
    get live() {
        return this.out.isTTY === true;
    }
    experimentStarted(name, at) {
        this.rows.set(name, { name, phaseAt: at, expectedEnd: at, last: new Map() });
        this.redraw();
    }
    phaseStarted(name, phase, at, expectedEnd, outlook = {}) {
        const row = this.row(name, at);
        Object.assign(row, { phase, phaseAt: at, expectedEnd, oneShot: outlook.oneShot === true });
        if (phase !== 'after')
            row.last.clear();
        this.print(`[${name}] ${phase}${phase === 'during' ? plan(at, expectedEnd, outlook) : ''}`);
    }
    measured(name, m) {
        const row = this.row(name, m.at);
        row.last.set(m.check, m);
        if (this.live)
            return this.redraw();
        this.out.write(`[${name}] ${m.phase} ${(0,_util_duration__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(m.at - row.phaseAt)}  ${m.message} [${m.level}]\n`);
    }
    backendEvent(name, e) {
        this.print(`[${name}] backend ${e.phase}${e.verdict ? ` (${e.verdict})` : ''}: ${e.message}`);
    }
    experimentFinished(report) {
        this.row(report.name, report.endedAt).done = report;
        const verdict = (0,_ansi__WEBPACK_IMPORTED_MODULE_2__/* .paint */ .nI)(this.color, _ansi__WEBPACK_IMPORTED_MODULE_2__/* .VERDICT_STYLE */ .yA[report.verdict], (0,_verdict_label__WEBPACK_IMPORTED_MODULE_1__/* .verdictText */ .nt)(report));
        this.print(`[${report.name}] ${_verdict_label__WEBPACK_IMPORTED_MODULE_1__/* .VERDICT_ICON */ .YY[report.verdict]} ${verdict}: ${report.reasons[0] ?? ''}`);
    }
    /** Keeps elapsed and remaining times fresh on a TTY until `signal` aborts. */
    async refreshUntil(signal) {
        if (!this.live)
            return;
        while (!signal.aborted) {
            await this.clock.sleep(REDRAW_MS, signal).catch(() => undefined);
            this.redraw();
        }
    }
    /** Removes the live block so the final view starts on a clean screen. */
    finish() {
        this.erase();
    }
    row(name, at) {
        let row = this.rows.get(name);
        if (!row) {
            row = { name, phaseAt: at, expectedEnd: at, last: new Map() };
            this.rows.set(name, row);
        }
        return row;
    }
    /** A line that stays: printed above the live block on a TTY, as is elsewhere. */
    print(line) {
        this.erase();
        this.out.write(`${line}\n`);
        this.redraw();
    }
    redraw() {
        if (!this.live)
            return;
        this.erase();
        const now = this.clock.now();
        // A terminal that reports 0 columns (some CI pseudo-terminals) gets the usual 80.
        const width = this.out.columns || 80;
        const lines = [...this.rows.values()]
            .filter((r) => !r.done)
            .map((r) => (0,_ansi__WEBPACK_IMPORTED_MODULE_2__/* .truncateVisible */ .vk)(renderLiveRow(r, now, this.color), width));
        if (lines.length > 0)
            this.out.write(`${lines.join('\n')}\n`);
        this.drawn = lines.length;
    }
    erase() {
        if (!this.live || this.drawn === 0)
            return;
        this.out.write(`\x1b[${this.drawn}A\r\x1b[J`);
        this.drawn = 0;
    }
}


/***/ }),

/***/ 25584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ie: () => (/* binding */ formatAbortLatency),
/* harmony export */   YY: () => (/* binding */ VERDICT_ICON),
/* harmony export */   nt: () => (/* binding */ verdictText)
/* harmony export */ });
const VERDICT_ICON = {
    pass: '✅',
    fail: '❌',
    aborted: '🛑',
    inconclusive: '❔',
    error: '💥',
    skipped: '⏭️'
};
/** `pass`, or `pass (broke as expected: aborted)` for a negative test. */
function verdictText(exp) {
    if (exp.expect === 'fail' && exp.verdict === 'pass')
        return `pass (broke as expected: ${exp.observed})`;
    return exp.verdict;
}
/**
 * An abort latency for people. The clock has millisecond resolution, so 0 means "within the same
 * millisecond" and reads as under 1 ms.
 */
function formatAbortLatency(ms) {
    return ms < 1 ? 'under 1 ms' : `${Math.round(ms)} ms`;
}


/***/ })

};
;