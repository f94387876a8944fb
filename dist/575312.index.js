"use strict";
exports.id = 575312;
exports.ids = [575312,613123];
exports.modules = {

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
        '    --report-dir DIR   where the reports go (default reports/demo)',
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
        reportDir: (0,external_node_path_.resolve)(cwd, typeof reportDir === 'string' ? reportDir : (0,external_node_path_.join)('reports', 'demo')),
        stateDir: (0,external_node_path_.resolve)(cwd, '.chaos-gate'),
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















const RUN_FLAGS = [
    'experiments',
    'policy',
    'namespace',
    'environment',
    'backend',
    'prometheus-url',
    'prometheus-header',
    'error-budget',
    'kubeconfig',
    'context',
    'mode',
    'concurrency',
    'timeout',
    'fail-on',
    'report-dir',
    'state-dir',
    'run-id',
    'sha',
    'only',
    'gremlin-team-id'
];
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
            throw new errors/* InputError */.dz('mode', "'verify' checks an earlier gate's check run and needs the GitHub Action; use enforce, warn or dry-run");
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

/***/ 17537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C4: () => (/* binding */ errorBudgetFrom),
/* harmony export */   KD: () => (/* binding */ checked),
/* harmony export */   PF: () => (/* binding */ prometheusFrom),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   oO: () => (/* binding */ checkNamespace),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   rY: () => (/* binding */ verdicts),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* unused harmony export DEFAULT_FAIL_ON */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _gate_settings__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75306);
/* harmony import */ var _steady_state_error_budget_setting__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16193);
/* harmony import */ var _steady_state_prometheus_setting__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97709);
/* harmony import */ var _util_duration__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(26518);
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(70017);
/* harmony import */ var _util_secret_mask__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(60051);
/**
 * Parsers for flag values: each returns the typed value or throws an InputError naming the flag
 * and what it expected. Nothing is clamped or guessed.
 */








/** The verdicts that fail the gate unless --fail-on says otherwise. */
const DEFAULT_FAIL_ON = _gate_settings__WEBPACK_IMPORTED_MODULE_2__/* .SHARED_SETTINGS */ .aM.failOn.verdicts;
function text(flags, name) {
    const value = flags[name];
    if (value === undefined)
        return undefined;
    if (typeof value !== 'string')
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(name, 'expected a value');
    const trimmed = value.trim();
    if (trimmed === '')
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(name, 'the value is empty');
    return trimmed;
}
function list(flags, name) {
    const value = flags[name];
    const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
    return items
        .filter((v) => typeof v === 'string')
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean);
}
function oneOf(flags, name, options, fallback) {
    const value = text(flags, name);
    if (value === undefined)
        return fallback;
    const found = options.find((o) => o === value);
    if (found === undefined)
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(name, `'${value}' is not one of ${options.join(', ')}`);
    return found;
}
function checked(flags, name, pattern, expected) {
    const value = text(flags, name);
    if (value !== undefined && !pattern.test(value))
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(name, `'${value}' is not valid; expected ${expected}`);
    return value;
}
function integer(flags, name, min, max) {
    const value = text(flags, name);
    if (value === undefined)
        return undefined;
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max)
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(name, `'${value}' is not a whole number from ${min} to ${max}`);
    return n;
}
function duration(flags, name) {
    const value = text(flags, name);
    if (value === undefined)
        return undefined;
    const ms = (0,_util_duration__WEBPACK_IMPORTED_MODULE_5__/* .parseDuration */ .E9)(value);
    if (ms === undefined || ms <= 0)
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(name, `'${value}' is not a duration such as 10m or 1h30m`);
    return ms;
}
function verdicts(flags) {
    const given = list(flags, 'fail-on');
    if (given.length === 0)
        return [...DEFAULT_FAIL_ON];
    return given.map((v) => {
        const found = _gate_settings__WEBPACK_IMPORTED_MODULE_2__/* .VERDICTS */ .bk.find((known) => known === v);
        if (found === undefined)
            throw new _util_errors__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz('fail-on', `'${v}' is not a verdict; expected some of ${_gate_settings__WEBPACK_IMPORTED_MODULE_2__/* .VERDICTS */ .bk.join(', ')}`);
        return found;
    });
}
function checkNamespace(ns) {
    if (!/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(ns))
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz('namespace', `'${ns}' is not a Kubernetes namespace name`);
    return ns;
}
function prometheusFrom(flags, io) {
    const url = text(flags, 'prometheus-url');
    const raw = [
        ...list(flags, 'prometheus-header'),
        ...(io.env.CHAOS_GATE_PROMETHEUS_HEADERS ?? '').split('\n')
    ];
    // Before anything can quote them, an error message included.
    io.secrets?.add(...(0,_util_secret_mask__WEBPACK_IMPORTED_MODULE_7__/* .urlTextSecrets */ .iR)(url ?? ''), ...raw.flatMap((h) => (0,_util_secret_mask__WEBPACK_IMPORTED_MODULE_7__/* .secretForms */ .eo)(headerValue(h))));
    const { endpoint, problems } = (0,_steady_state_prometheus_setting__WEBPACK_IMPORTED_MODULE_4__/* .readPrometheusSetting */ .v)(url, raw);
    const first = problems[0];
    if (first)
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(first.setting === 'url' ? 'prometheus-url' : 'prometheus-header', first.message);
    return endpoint;
}
/** The value of a `Name: value` header line ('' when it has no colon). */
function headerValue(line) {
    const colon = line.indexOf(':');
    return colon > 0 ? line.slice(colon + 1).trim() : '';
}
/**
 * The error-budget setting: inline YAML/JSON, or a file holding it. It is read from Prometheus, so
 * it needs --prometheus-url.
 */
function errorBudgetFrom(flags, io, prometheus) {
    const value = text(flags, 'error-budget');
    if (value === undefined)
        return undefined;
    if (!prometheus)
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz('error-budget', 'the error budget is read from Prometheus: set --prometheus-url too');
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, value);
    const source = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8') : value;
    return (0,_steady_state_error_budget_setting__WEBPACK_IMPORTED_MODULE_3__/* .parseErrorBudget */ .D)(source, 'error-budget');
}


/***/ }),

/***/ 80406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ gremlinFrom)
/* harmony export */ });
/* harmony import */ var _util_secret_mask__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60051);
/* harmony import */ var _flag_values__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17537);


function gremlinFrom(flags, io) {
    const teamId = (0,_flag_values__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(flags, 'gremlin-team-id') ?? io.env.GREMLIN_TEAM_ID?.trim();
    const apiKey = io.env.GREMLIN_API_KEY?.trim();
    if (apiKey)
        io.secrets?.add(...(0,_util_secret_mask__WEBPACK_IMPORTED_MODULE_1__/* .secretForms */ .eo)(apiKey));
    if (!teamId && !apiKey)
        return undefined;
    return { ...(teamId ? { teamId } : {}), ...(apiKey ? { apiKey } : {}) };
}


/***/ }),

/***/ 32491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QR: () => (/* binding */ flagHelp),
/* harmony export */   _y: () => (/* binding */ MANIFEST_FLAG_NAMES),
/* harmony export */   r4: () => (/* binding */ pickFlags),
/* harmony export */   x$: () => (/* binding */ settingsFromFlags)
/* harmony export */ });
/* unused harmony exports SETTINGS_FLAGS, SETTINGS_FLAG_HELP */
/* harmony import */ var _gate_settings__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75306);
/* harmony import */ var _manifest_model__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(85848);
/* harmony import */ var _manifest_read_find_files__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28945);
/* harmony import */ var _util_duration__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26518);
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/* harmony import */ var _flag_values__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17537);
/* harmony import */ var _gremlin_flags__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(80406);
/**
 * The CLI flags that mirror the action's inputs, parsed into the one GateSettings shape. Every
 * command that reads manifests picks the flags it needs from SETTINGS_FLAGS; `run` can extend it.
 * Bad values are rejected with an InputError naming the flag, never clamped.
 */







/** Every settings flag with its description; commands pick from these. */
const SETTINGS_FLAGS = {
    experiments: { type: 'string', multiple: true, short: 'e' },
    policy: { type: 'string', short: 'p' },
    namespace: { type: 'string', short: 'n' },
    environment: { type: 'string' },
    backend: { type: 'string' },
    'prometheus-url': { type: 'string' },
    'prometheus-header': { type: 'string', multiple: true },
    'error-budget': { type: 'string' },
    kubeconfig: { type: 'string' },
    context: { type: 'string' },
    mode: { type: 'string' },
    concurrency: { type: 'string' },
    timeout: { type: 'string' },
    'fail-on': { type: 'string' },
    'report-dir': { type: 'string' },
    'state-dir': { type: 'string' },
    'run-id': { type: 'string' },
    sha: { type: 'string' },
    only: { type: 'string', multiple: true },
    'gremlin-team-id': { type: 'string' }
};
/** One line of `--help` per flag. */
const SETTINGS_FLAG_HELP = {
    experiments: `-e, --experiments GLOB      manifests to read (repeatable; default ${_manifest_read_find_files__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_EXPERIMENT_GLOBS */ .QD.join(' ')})`,
    policy: '-p, --policy FILE|YAML       blast-radius policy (default .github/chaos-gate/policy.yaml, else built-in)',
    namespace: '-n, --namespace NS          namespace for objects that name none',
    environment: `    --environment NAME      policy profile and check name (default ${_gate_settings__WEBPACK_IMPORTED_MODULE_0__/* .SHARED_SETTINGS */ .aM.environment.default})`,
    backend: `    --backend NAME          auto (from each manifest) or one of ${_manifest_model__WEBPACK_IMPORTED_MODULE_6__/* .BACKEND_KINDS */ .p.join(', ')}`,
    'prometheus-url': '    --prometheus-url URL    Prometheus for query checks that name none',
    'prometheus-header': "    --prometheus-header 'K: V'  header for Prometheus (repeatable; or CHAOS_GATE_PROMETHEUS_HEADERS)",
    'error-budget': '    --error-budget FILE|YAML  skip experiments while an SLO has too little error budget left (docs/prometheus.md)',
    kubeconfig: '    --kubeconfig FILE       kubeconfig (default KUBECONFIG, then ~/.kube/config)',
    context: '    --context NAME          kube context',
    mode: `    --mode MODE             enforce, warn, dry-run or verify (default ${_gate_settings__WEBPACK_IMPORTED_MODULE_0__/* .SHARED_SETTINGS */ .aM.mode.default})`,
    concurrency: `    --concurrency N         experiments at once (default ${_gate_settings__WEBPACK_IMPORTED_MODULE_0__/* .SHARED_SETTINGS */ .aM.concurrency.default})`,
    timeout: `    --timeout DURATION      deadline for the whole gate (default ${_gate_settings__WEBPACK_IMPORTED_MODULE_0__/* .SHARED_SETTINGS */ .aM.timeout.default})`,
    'fail-on': `    --fail-on LIST          verdicts that fail the gate (default ${_gate_settings__WEBPACK_IMPORTED_MODULE_0__/* .SHARED_SETTINGS */ .aM.failOn.default})`,
    'report-dir': '    --report-dir DIR        where reports go (default reports)',
    'state-dir': '    --state-dir DIR         where run-state files go (default .chaos-gate)',
    'run-id': '    --run-id ID             run id for labels (default generated)',
    sha: '    --sha SHA               commit under test',
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
    return Object.fromEntries(names.map((n) => [n, SETTINGS_FLAGS[n]]));
}
/** The `--help` lines for `names`. */
function flagHelp(names) {
    return names.map((n) => `  ${SETTINGS_FLAG_HELP[n]}`).join('\n');
}
const S = _gate_settings__WEBPACK_IMPORTED_MODULE_0__/* .SHARED_SETTINGS */ .aM;
function defaultTimeoutMs() {
    const ms = (0,_util_duration__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(S.timeout.default);
    if (ms === undefined)
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_3__/* .InternalError */ .Gd(`the default timeout '${S.timeout.default}' is not a duration`);
    return ms;
}
/**
 * Parses flags and positional paths into validated settings. Positionals replace --experiments.
 * Every bad flag is reported at once (InputErrors), as the action reports every bad input.
 */
function settingsFromFlags(flags, positionals, io) {
    const problems = [];
    const read = (parse, fallback) => {
        try {
            return parse();
        }
        catch (err) {
            if (!(err instanceof _util_errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz))
                throw err;
            problems.push(err);
            return fallback;
        }
    };
    const experiments = positionals.length > 0 ? [...positionals] : (0,_flag_values__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(flags, 'experiments');
    const namespace = read(() => {
        const given = (0,_flag_values__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(flags, 'namespace');
        return given === undefined ? undefined : (0,_flag_values__WEBPACK_IMPORTED_MODULE_4__/* .checkNamespace */ .oO)(given);
    }, undefined);
    const policy = read(() => (0,_flag_values__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(flags, 'policy'), undefined);
    const prometheus = read(() => (0,_flag_values__WEBPACK_IMPORTED_MODULE_4__/* .prometheusFrom */ .PF)(flags, io), undefined);
    const errorBudget = read(() => (0,_flag_values__WEBPACK_IMPORTED_MODULE_4__/* .errorBudgetFrom */ .C4)(flags, io, prometheus), undefined);
    const kubeconfig = read(() => (0,_flag_values__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(flags, 'kubeconfig'), undefined);
    const context = read(() => (0,_flag_values__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(flags, 'context'), undefined);
    const sha = read(() => (0,_flag_values__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(flags, 'sha'), undefined);
    const gremlin = read(() => (0,_gremlin_flags__WEBPACK_IMPORTED_MODULE_5__/* .gremlinFrom */ .n)(flags, io), undefined);
    const settings = {
        experiments: experiments.length > 0 ? experiments : [..._manifest_read_find_files__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_EXPERIMENT_GLOBS */ .QD],
        cwd: io.cwd,
        backend: read(() => (0,_flag_values__WEBPACK_IMPORTED_MODULE_4__/* .oneOf */ .yL)(flags, 'backend', ['auto', ..._manifest_model__WEBPACK_IMPORTED_MODULE_6__/* .BACKEND_KINDS */ .p], 'auto'), 'auto'),
        mode: read(() => (0,_flag_values__WEBPACK_IMPORTED_MODULE_4__/* .oneOf */ .yL)(flags, 'mode', _gate_settings__WEBPACK_IMPORTED_MODULE_0__/* .MODES */ .FN, S.mode.default), S.mode.default),
        environment: read(() => (0,_flag_values__WEBPACK_IMPORTED_MODULE_4__/* .checked */ .KD)(flags, 'environment', /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/, 'a name such as staging') ?? S.environment.default, S.environment.default),
        concurrency: read(() => (0,_flag_values__WEBPACK_IMPORTED_MODULE_4__/* .integer */ .nd)(flags, 'concurrency', S.concurrency.min, S.concurrency.max) ?? 1, 1),
        timeoutMs: read(() => (0,_flag_values__WEBPACK_IMPORTED_MODULE_4__/* .duration */ .p0)(flags, 'timeout') ?? defaultTimeoutMs(), defaultTimeoutMs()),
        failOn: new Set(read(() => (0,_flag_values__WEBPACK_IMPORTED_MODULE_4__/* .verdicts */ .rY)(flags), [])),
        reportDir: read(() => (0,_flag_values__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(flags, 'report-dir') ?? 'reports', 'reports'),
        stateDir: read(() => (0,_flag_values__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(flags, 'state-dir') ?? '.chaos-gate', '.chaos-gate'),
        runId: read(() => (0,_flag_values__WEBPACK_IMPORTED_MODULE_4__/* .checked */ .KD)(flags, 'run-id', /^[a-z0-9]([-a-z0-9]{0,38}[a-z0-9])?$/, 'lower-case letters, digits and -, at most 40') ?? `local-${io.clock.now().toString(36)}`, ''),
        only: (0,_flag_values__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(flags, 'only'),
        ...(namespace === undefined ? {} : { namespace }),
        ...(policy === undefined ? {} : { policy }),
        ...(prometheus === undefined ? {} : { prometheus }),
        ...(errorBudget === undefined ? {} : { errorBudget }),
        ...(kubeconfig === undefined ? {} : { kubeconfig }),
        ...(context === undefined ? {} : { context }),
        ...(sha === undefined ? {} : { sha }),
        ...(gremlin === undefined ? {} : { gremlin })
    };
    const [first, ...more] = problems;
    if (first)
        throw more.length === 0 ? first : new _util_errors__WEBPACK_IMPORTED_MODULE_3__/* .InputErrors */ .G(problems);
    return settings;
}


/***/ }),

/***/ 16193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ parseErrorBudget)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45586);
/* harmony import */ var _manifest_queries_query_template__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58721);
/* harmony import */ var _util_duration__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26518);
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/**
 * The `error-budget` setting (action input, `--error-budget` flag): YAML or JSON, one SLO or a
 * list. Either the remaining budget straight from a query, or an SLO computed from its error ratio:
 *
 *   - name: checkout-availability
 *     objective: 99.9%
 *     errorRatio: sum(rate(http_requests_total{code=~"5.."}[{{window}}])) / sum(rate(http_requests_total[{{window}}]))
 *     period: 30d
 *     minRemaining: 25%
 *   - name: api
 *     query: slo:error_budget_remaining:ratio{service="api"}
 *     minRemaining: 0.1
 */





/** A fraction written as `25%` or `0.25`; `99.9%` is exactly 0.999, not 99.9 / 100. */
const fraction = zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(/^-?\d+(\.\d+)?%$/)], {
    error: 'a fraction like 0.25 or a percentage like 25%'
})
    .transform((v) => (typeof v === 'number' ? v : Number(`${v.slice(0, -1)}e-2`)));
const rule = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1),
    minRemaining: fraction.refine((v) => v <= 1, 'at most 100%'),
    query: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).optional(),
    objective: fraction.refine((v) => v > 0 && v < 1, 'between 0% and 100%, exclusive').optional(),
    errorRatio: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
        .refine(windowOnly, 'a PromQL error ratio using {{window}} (and no other placeholder)')
        .optional(),
    period: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
        .refine((d) => ((0,_util_duration__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(d) ?? 0) > 0, "a duration like '30d' or '28d'")
        .optional()
})
    .superRefine((r, ctx) => {
    const slo = [r.objective, r.errorRatio, r.period].filter((v) => v !== undefined).length;
    if (r.query !== undefined && slo > 0) {
        ctx.addIssue({
            code: 'custom',
            message: 'give either query, or objective + errorRatio + period, not both'
        });
    }
    else if (r.query === undefined && slo < 3) {
        ctx.addIssue({
            code: 'custom',
            message: 'needs query, or all of objective, errorRatio and period'
        });
    }
});
const setting = zod__WEBPACK_IMPORTED_MODULE_4__/* .preprocess */ .vkY((v) => (Array.isArray(v) ? v : [v]), zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(rule).min(1));
/** Parses the setting; every problem is reported at once, naming the input. */
function parseErrorBudget(text, input = 'error-budget') {
    let raw;
    try {
        raw = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
    }
    catch (err) {
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `not YAML or JSON: ${(0,_util_errors__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`);
    }
    const result = setting.safeParse(raw);
    if (!result.success) {
        const problems = result.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `${problems.join('; ')}. Expected a list of {name, minRemaining} with either query, or objective + errorRatio + period`);
    }
    return result.data.map((r) => ({
        name: r.name,
        minRemaining: r.minRemaining,
        source: sourceOf(r)
    }));
}
function sourceOf(r) {
    if (r.query !== undefined)
        return { kind: 'remaining', query: r.query };
    const periodMs = (0,_util_duration__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(r.period ?? '');
    if (r.objective === undefined || r.errorRatio === undefined || periodMs === undefined) {
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_3__/* .InternalError */ .Gd('an error-budget rule passed validation without its SLO fields');
    }
    return { kind: 'slo', objective: r.objective, errorRatio: r.errorRatio, periodMs };
}
function windowOnly(query) {
    const names = (0,_manifest_queries_query_template__WEBPACK_IMPORTED_MODULE_1__/* .findPlaceholders */ .GY)(query).map((p) => p.name);
    return names.includes('window') && names.every((n) => n === 'window');
}


/***/ }),

/***/ 97709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ readPrometheusSetting)
/* harmony export */ });
/* unused harmony export PROMETHEUS_QUERY_DEFAULTS */
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

/** Per-query bound and retries when the setting does not say; experiments may set their own. */
const PROMETHEUS_QUERY_DEFAULTS = { timeoutMs: 10_000, retries: 2 };
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/**
 * The endpoint, or undefined when no URL is set; every problem at once. Header values are secrets
 * (bearer tokens, tenant keys): the caller masks them first, and no message quotes one.
 */
function readPrometheusSetting(url, headerLines) {
    const problems = [];
    const headers = {};
    headerLines
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .forEach((line, index) => {
        const colon = line.indexOf(':');
        const name = colon > 0 ? line.slice(0, colon).trim() : '';
        const value = colon > 0 ? line.slice(colon + 1).trim() : '';
        if (HEADER_NAME.test(name) && value !== '')
            headers[name] = value;
        else
            problems.push({
                setting: 'headers',
                message: `header ${index + 1} is not 'Name: value' (values are secrets and are not shown)`
            });
    });
    const given = url?.trim() ?? '';
    if (given === '') {
        if (Object.keys(headers).length > 0)
            problems.push({
                setting: 'headers',
                message: 'headers were given but no prometheus-url is set'
            });
        return { problems };
    }
    if (!isHttpUrl(given)) {
        problems.push({
            setting: 'url',
            message: `'${(0,_util_errors__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(given, 80)}' is not an http:// or https:// URL of the Prometheus server (its root, without /api/v1)`
        });
    }
    if (problems.length > 0)
        return { problems };
    return {
        endpoint: {
            url: given.replace(/\/+$/, ''),
            headers,
            ...PROMETHEUS_QUERY_DEFAULTS,
            strictWarnings: false,
            insecureSkipVerify: false
        },
        problems
    };
}
function isHttpUrl(value) {
    try {
        const url = new URL(value);
        return (url.protocol === 'http:' || url.protocol === 'https:') && url.host !== '';
    }
    catch {
        return false;
    }
}


/***/ })

};
;