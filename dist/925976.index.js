"use strict";
exports.id = 925976;
exports.ids = [925976];
exports.modules = {

/***/ 55946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  startPrometheusDemo: () => (/* binding */ startPrometheusDemo)
});

// EXTERNAL MODULE: ./src/steady-state/probe/probe-factory.ts + 2 modules
var probe_factory = __webpack_require__(54610);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/steady-state/prometheus/client.ts + 8 modules
var prometheus_client = __webpack_require__(63952);
;// CONCATENATED MODULE: ./src/steady-state/prometheus/local-prometheus.ts
/**
 * Runs a real Prometheus on loopback (the Debian `prometheus` package's binary) for
 * `chaos-gate demo --prometheus` and the integration tests: a fresh TSDB in a temp directory, a
 * free port, short scrape and evaluation intervals, and a readiness wait that lasts until every
 * target has been scraped twice, so rate() answers. Prometheus applies new targets on a 5 s tick,
 * so the first rate() answer takes about 7 s with a 1 s interval (docs/prometheus.md, "Running Prometheus locally").
 */






/** The command that installs the binary, for every "not installed" message. */
const INSTALL_HINT = 'apt-get install -y --no-install-recommends prometheus';
class LocalPrometheus {
    options;
    dir;
    port;
    child;
    stderr = '';
    constructor(options, dir, port) {
        this.options = options;
        this.dir = dir;
        this.port = port;
    }
    /** Starts Prometheus and waits until every target has been scraped at least twice. */
    static async start(options) {
        const dir = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'chaos-gate-prometheus-'));
        await (0,promises_.writeFile)(external_node_path_default().join(dir, 'prometheus.yml'), renderConfig(options));
        const prom = new LocalPrometheus(options, dir, await freePort());
        try {
            await prom.launch();
            await prom.waitForScrapes();
        }
        catch (err) {
            await prom.dispose();
            throw err;
        }
        return prom;
    }
    get url() {
        return `http://127.0.0.1:${this.port}`;
    }
    /** True while the process runs. */
    get running() {
        return this.child !== undefined;
    }
    /** An endpoint for the gate: short timeout, a retry, the scrape interval stated. */
    endpoint() {
        return {
            url: this.url,
            headers: {},
            timeoutMs: 5000,
            retries: 1,
            strictWarnings: false,
            insecureSkipVerify: false,
            scrapeIntervalMs: this.options.scrapeIntervalMs
        };
    }
    /** Stops the process, keeping its data (a Prometheus outage). */
    async stop() {
        const child = this.child;
        if (!child)
            return;
        this.child = undefined;
        const exited = new Promise((resolve) => child.once('exit', () => resolve()));
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(killer);
    }
    /** Starts it again on the same port with the same data, and waits for fresh scrapes. */
    async restart() {
        await this.launch();
        await this.waitForScrapes();
    }
    /** Stops the process and deletes its data. */
    async dispose() {
        await this.stop();
        await (0,promises_.rm)(this.dir, { recursive: true, force: true });
    }
    async launch() {
        const binary = this.options.binary ?? 'prometheus';
        const child = (0,external_node_child_process_.spawn)(binary, this.args(), { stdio: ['ignore', 'ignore', 'pipe'] });
        child.stderr?.on('data', (chunk) => {
            this.stderr = (this.stderr + chunk.toString('utf8')).slice(-4000);
        });
        await new Promise((resolve, reject) => {
            child.once('spawn', resolve);
            child.once('error', (err) => reject(err.code === 'ENOENT' ? notInstalled(binary) : err));
        });
        child.once('exit', () => {
            if (this.child === child)
                this.child = undefined;
        });
        this.child = child;
    }
    args() {
        return [
            `--config.file=${external_node_path_default().join(this.dir, 'prometheus.yml')}`,
            `--storage.tsdb.path=${external_node_path_default().join(this.dir, 'data')}`,
            `--web.listen-address=127.0.0.1:${this.port}`,
            '--web.enable-lifecycle',
            '--log.level=warn'
        ];
    }
    /**
     * Every target up, with two samples of `up` since this launch: rate() over the targets' series
     * answers. Samples from before a restart do not count.
     */
    async waitForScrapes() {
        const { clock } = this.options;
        const launchedAt = clock.now();
        const expected = this.options.jobs.reduce((n, j) => n + j.targets.length, 0);
        await this.poll('to scrape every target twice', async (client, signal) => {
            // Whole seconds since the launch, rounded down, so no sample from before it counts.
            const since = Math.floor((clock.now() - launchedAt) / 1000);
            if (since < 1)
                return false;
            const query = `count_over_time(up[${since}s]) >= 2 and up == 1`;
            const answer = await client.query(query, { signal, retries: 0 });
            return answer.result.resultType === 'vector' && answer.result.series.length >= expected;
        });
    }
    async poll(what, ready) {
        const { clock, log } = this.options;
        const client = new prometheus_client.PrometheusClient({ ...this.endpoint(), timeoutMs: 1000, retries: 0 }, { clock, log, env: {} });
        const signal = new AbortController().signal;
        const timeoutMs = this.options.readyTimeoutMs ?? 20_000;
        const until = clock.now() + timeoutMs;
        try {
            for (;;) {
                if (!this.child)
                    throw this.failed(`exited while waiting ${what}`);
                if (await ready(client, signal).catch(() => false))
                    return;
                if (clock.now() > until)
                    throw this.failed(`did not get ready ${what} within ${timeoutMs / 1000}s`);
                await clock.sleep(200);
            }
        }
        finally {
            client.close();
        }
    }
    failed(what) {
        const tail = this.stderr.trim().split('\n').slice(-5).join('\n');
        return new Error(`local Prometheus on port ${this.port} ${what}${tail ? `:\n${tail}` : ''}`);
    }
}
function renderConfig(options) {
    const seconds = `${options.scrapeIntervalMs / 1000}s`;
    const jobs = options.jobs.map((j) => `  - job_name: ${JSON.stringify(j.job)}\n    static_configs:\n      - targets: ${JSON.stringify(j.targets)}\n`);
    return `global:\n  scrape_interval: ${seconds}\n  scrape_timeout: ${seconds}\n  evaluation_interval: ${seconds}\nscrape_configs:\n${jobs.join('')}`;
}
function notInstalled(binary) {
    return new Error(`Prometheus is not installed: '${binary}' was not found on PATH. Install it with \`${INSTALL_HINT}\` (Debian/Ubuntu; .ci/run does this).`);
}
/** A free loopback port; Prometheus binds it right after, and a lost race fails loudly at start. */
async function freePort() {
    return new Promise((resolve, reject) => {
        const server = (0,external_node_net_.createServer)();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            const port = typeof address === 'object' && address ? address.port : 0;
            server.close(() => resolve(port));
        });
    });
}

// EXTERNAL MODULE: ./src/steady-state/prometheus/prometheus-factory.ts
var prometheus_factory = __webpack_require__(62116);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
;// CONCATENATED MODULE: ./src/demo/edge-metrics.ts
/**
 * What the shop's clients see, as Prometheus metrics: every request the demo's load sends through
 * the fault proxy is counted by status code and timed, the way an ingress controller or a mesh
 * sidecar reports traffic, and served on /metrics for `chaos-gate demo --prometheus` to scrape.
 * The fault proxy answers injected errors itself, so the service's own metrics never see them;
 * this edge view does, which is what an SLO is measured on.
 */

/** The metric names the demo's PromQL checks use. */
const EDGE_REQUESTS = 'shop_edge_requests_total';
const EDGE_DURATION = 'shop_edge_request_duration_seconds';
class EdgeMetrics {
    requests;
    duration;
    server;
    sockets = new Set();
    constructor(requests, duration, server) {
        this.requests = requests;
        this.duration = duration;
        this.server = server;
        server.on('connection', (s) => {
            this.sockets.add(s);
            s.on('close', () => this.sockets.delete(s));
        });
    }
    /** Starts the /metrics server on loopback (prom-client is loaded only now, for the demo). */
    static async start() {
        const client = await __webpack_require__.e(/* import() */ 579801).then(__webpack_require__.t.bind(__webpack_require__, 95222, 19));
        const registry = new client.Registry();
        const requests = new client.Counter({
            name: EDGE_REQUESTS,
            help: 'Requests the shop clients sent, by the status code they got (error: no answer).',
            labelNames: ['code'],
            registers: [registry]
        });
        const duration = new client.Histogram({
            name: EDGE_DURATION,
            help: 'Time to the response headers, as the clients saw it.',
            labelNames: ['code'],
            // Fine around the demo's 150–250 ms, so histogram_quantile does not round p99 up to 0.5 s.
            buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.75, 1, 2.5],
            registers: [registry]
        });
        const server = external_node_http_default().createServer((req, res) => {
            if (req.url !== '/metrics')
                return void res.writeHead(404).end();
            registry.metrics().then((text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text), () => res.writeHead(500).end());
        });
        const edge = new EdgeMetrics(requests, duration, server);
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen(0, '127.0.0.1', () => resolve());
        });
        return edge;
    }
    /** `host:port` for the scrape config. */
    get target() {
        const address = this.server.address();
        if (address === null || typeof address === 'string')
            throw new Error('edge metrics are not listening on TCP');
        return `127.0.0.1:${address.port}`;
    }
    /**
     * A fetch that records every request it sends; requests cancelled by the caller are not counted.
     * Latency is real wall time: these are real requests over real sockets.
     */
    meter(inner) {
        return async (input, init) => {
            const started = performance.now();
            try {
                const res = await inner(input, init);
                this.record(String(res.status), started);
                return res;
            }
            catch (err) {
                if (!init?.signal?.aborted)
                    this.record('error', started);
                throw err;
            }
        };
    }
    async close() {
        for (const s of this.sockets)
            s.destroy();
        await new Promise((resolve) => this.server.close(() => resolve()));
    }
    record(code, started) {
        this.requests.inc({ code });
        this.duration.observe({ code }, (performance.now() - started) / 1000);
    }
}

;// CONCATENATED MODULE: ./src/demo/prometheus-demo.ts




/** Scraping every second keeps the demo short; the windows in experiments/demo-prometheus fit it. */
const SCRAPE_INTERVAL_MS = 1000;
async function startPrometheusDemo(deps) {
    const edge = await EdgeMetrics.start();
    let prometheus;
    try {
        prometheus = await LocalPrometheus.start({
            jobs: [
                { job: 'shop', targets: [deps.shopTarget] },
                { job: 'edge', targets: [edge.target] }
            ],
            scrapeIntervalMs: SCRAPE_INTERVAL_MS,
            clock: deps.clock,
            log: deps.log
        });
    }
    catch (err) {
        await edge.close();
        throw err;
    }
    return {
        endpoint: prometheus.endpoint(),
        sources: {
            probe: (0,probe_factory/* probeSourceFactory */.y)({ fetch: edge.meter(globalThis.fetch) }),
            prometheus: (0,prometheus_factory/* prometheusSourceFactory */.I)({ env: deps.env })
        },
        close: async () => {
            await prometheus.dispose();
            await edge.close();
        }
    };
}


/***/ })

};
;