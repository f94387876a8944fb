"use strict";
exports.id = 184203;
exports.ids = [184203];
exports.modules = {

/***/ 28960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runPipeline)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/util/secret-mask.ts
var secret_mask = __webpack_require__(60051);
;// CONCATENATED MODULE: ./src/steady-state/source-secrets.ts

function steadyStateSecrets(experiment) {
    const s = experiment.steadyState;
    if (!s)
        return [];
    return [
        ...(0,secret_mask/* headerSecrets */.n3)(s.prometheus?.headers ?? {}),
        ...(0,secret_mask/* headerSecrets */.n3)(s.probe?.headers ?? {}),
        ...(0,secret_mask/* headerSecrets */.n3)(s.load?.headers ?? {}),
        ...(s.datadog ? [s.datadog.apiKey, s.datadog.appKey] : [])
    ];
}
/** Registers every experiment's steady-state secrets with `secrets`. */
function maskSteadyStateSecrets(experiments, secrets) {
    for (const e of experiments)
        secrets?.add(...steadyStateSecrets(e));
}

// EXTERNAL MODULE: ./src/gate/gate-wiring.ts + 5 modules
var gate_wiring = __webpack_require__(72352);
// EXTERNAL MODULE: ./src/gate/run-gate.ts + 28 modules
var run_gate = __webpack_require__(88329);
// EXTERNAL MODULE: ./src/gate/run-state/run-state.ts + 2 modules
var run_state = __webpack_require__(9598);
;// CONCATENATED MODULE: ./src/gate/gate-pipeline.ts
/**
 * The one gate pipeline the action, the CLI and the demo all run: loaded experiments on the
 * backends and metric sources of gate-wiring.ts, with a run-state file, under the caller's signal.
 * The front ends differ only in where the settings come from and where the report goes.
 */





/** Connects to the cluster the experiments need, then runs them; the report is the caller's to write. */
async function runPipeline({ experiments, notices, policy }, settings, d, context = {}) {
    maskSteadyStateSecrets(experiments, d.secrets);
    const backends = (0,gate_wiring/* gateBackends */.H6)(d, settings, policy);
    await (0,gate_wiring/* resolveCluster */.Br)(backends, experiments);
    const deps = {
        clock: d.clock,
        log: d.log,
        backends: (kind) => backends.get(kind),
        sources: d.sources ?? (0,gate_wiring/* metricSources */.p8)(d.env, globalThis.fetch, backends.kube, d.secrets),
        ...(0,gate_wiring/* errorBudgetHook */.Hq)(settings, d),
        runState: (0,run_state/* fileRunState */.Ng)((0,external_node_path_.resolve)(settings.cwd, settings.stateDir), d.clock, d.pid, {
            ...(d.secrets && { secrets: d.secrets }),
            isProcessAlive: d.isProcessAlive
        }),
        signal: d.signal,
        version: d.version,
        ...(d.listener && { listener: d.listener })
    };
    d.starting?.(deps, d.clock.now());
    return (0,run_gate/* runGate */.Rg)(experiments, settings, deps, { notices, ...context });
}


/***/ }),

/***/ 88329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Rg: () => (/* binding */ runGate),
  MM: () => (/* binding */ unfinishedReport)
});

// UNUSED EXPORTS: isSelected

// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(26518);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/gate/verdict/verdict-order.ts
var verdict_order = __webpack_require__(71325);
;// CONCATENATED MODULE: ./src/gate/verdict/verdict-rules.ts
const finding = (verdict, reason, cause) => ({
    verdict,
    reason,
    cause
});
/** Maps a check's inconclusive or warn outcome through `verdict.inconclusive` / `verdict.warn`. */
function byPolicy(facts, c, phase, cause) {
    if (c.outcome === 'inconclusive') {
        const reason = `${c.check} could not be measured ${phase}: ${c.reason}`;
        return facts.policy.inconclusive === 'warn'
            ? [finding('pass', `${reason} (reported only: verdict.inconclusive is warn)`, cause)]
            : [finding('inconclusive', reason, 'gate')];
    }
    if (c.outcome === 'warn') {
        const reason = `${c.check} entered its warn zone ${phase}: ${c.reason}`;
        return facts.policy.warn === 'fail'
            ? [finding('fail', `${reason} (verdict.warn is fail)`, cause)]
            : [finding('pass', reason, cause)];
    }
    return [];
}
const skipped = (f) => (f.skipped ? [finding('skipped', f.skipped, 'gate')] : []);
const budgetUnknown = (f) => f.budgetUnknown ? [finding('inconclusive', f.budgetUnknown, 'gate')] : [];
const interrupted = (f) => {
    if (!f.interrupted)
        return [];
    const { cause, phase } = f.interrupted;
    const what = f.injected ? 'the fault was aborted' : 'nothing was injected';
    const where = phase === 'queued' ? 'before this experiment started' : `in the ${phase} phase`;
    return [finding('inconclusive', `the gate stopped early (${cause}) ${where}; ${what}`, 'gate')];
};
const preflight = (f) => f.preflightProblems.map((p) => finding('error', `preflight: ${p}; nothing was injected`, 'gate'));
const targets = (f) => {
    if (f.targets === 0)
        return [
            finding('fail', 'the selector matched zero targets; nothing was tested', 'precondition')
        ];
    if (f.injected && f.backend?.affectedTargets === 0)
        return [finding('fail', 'the fault affected zero targets; nothing was tested', 'precondition')];
    return [];
};
const before = (f) => f.before.flatMap((c) => {
    if (c.outcome === 'fail')
        return [
            finding('fail', `steady state not met before fault: ${c.reason}; nothing was injected`, 'precondition')
        ];
    if (c.outcome === 'inconclusive')
        return [
            finding('inconclusive', `steady state could not be measured before the fault: ${c.reason}; nothing was injected`, 'precondition')
        ];
    return byPolicy(f, c, 'before the fault', 'precondition');
});
const dryRun = (f) => f.mode === 'dry-run' ? [finding('skipped', 'dry-run: nothing was injected', 'gate')] : [];
const verdict_rules_submit = (f) => f.submitError
    ? [finding('error', `the backend could not create the fault: ${f.submitError}`, 'gate')]
    : [];
const guard = (f) => {
    const g = f.guard;
    if (!g)
        return [];
    if (g.kind === 'blind') {
        const c = { check: g.check, outcome: 'inconclusive', reason: g.reason };
        const aborted = f.abortedBy === 'guard' ? '; the fault was aborted rather than injected blind' : '';
        return byPolicy(f, { ...c, reason: `${c.reason}${aborted}` }, 'during the fault', 'fault');
    }
    return f.abortedBy === 'guard'
        ? [
            finding('aborted', `the steady state broke during the fault and the guard aborted it: ${g.reason}`, 'fault')
        ]
        : [finding('fail', `the steady state broke during the fault: ${g.reason}`, 'fault')];
};
const during = (f) => f.during
    .filter((c) => c.check !== f.guard?.check)
    .flatMap((c) => {
    if (c.outcome !== 'fail')
        return byPolicy(f, c, 'during the fault', 'fault');
    // Checks that broke alongside the one that tripped the guard tell the same story.
    return f.abortedBy === 'guard'
        ? [finding('aborted', `${c.check} also broke before the abort: ${c.reason}`, 'fault')]
        : [finding('fail', `the steady state broke during the fault: ${c.reason}`, 'fault')];
});
const backend = (f) => {
    const b = f.backend;
    if (!f.injected || !b)
        return [];
    const said = b.message ? `: ${b.message}` : '';
    if (b.lostTrack !== undefined)
        return [finding('error', `lost track of the fault: ${b.lostTrack}`, 'gate')];
    if (b.verdict === 'fail')
        return [finding('fail', `the backend's verdict is Fail${said}`, 'fault')];
    if (b.verdict === 'aborted')
        return [finding('aborted', `the backend aborted the fault${said}`, 'fault')];
    if (b.verdict === 'error' || b.phase === 'failed')
        return [finding('error', `the backend reported an error${said}`, 'gate')];
    // The gate stopped the fault itself, so the backend could not finish on its own.
    if (f.abortedBy === 'guard' || f.interrupted)
        return [];
    if (b.verdict === 'stopped' || b.phase === 'stopped')
        return [finding('inconclusive', `the fault was stopped outside the gate${said}`, 'gate')];
    if (!b.terminal || b.verdict === 'awaited')
        return [
            finding('inconclusive', `the backend's verdict was still Awaited when the gate stopped waiting${said}`, 'gate')
        ];
    return [];
};
const recovery = (f) => {
    const r = f.recovery;
    if (!r?.timedOut)
        return [];
    if (r.unmeasured.length > 0)
        return r.unmeasured.flatMap((check) => byPolicy(f, { check, outcome: 'inconclusive', reason: 'no conclusive measurement after the fault' }, 'after the fault', 'recovery'));
    const within = Math.round(r.timeoutMs / 1000);
    return [
        finding('fail', `the steady state did not recover within ${within}s after the fault`, 'recovery')
    ];
};
const cleanup = (f) => [
    ...(f.abortError
        ? [
            finding('error', `aborting the fault failed, so it may still be injected: ${f.abortError}`, 'gate')
        ]
        : []),
    ...f.cleanupProblems.map((p) => finding('error', `cleanup: ${p}`, 'gate')),
    ...f.gateErrors.map((e) => finding('error', `the gate failed: ${e}`, 'gate'))
];
/** Every rule, in the order their findings are listed when they tie. */
const RULES = [
    skipped,
    budgetUnknown,
    interrupted,
    preflight,
    targets,
    before,
    dryRun,
    verdict_rules_submit,
    guard,
    during,
    backend,
    recovery,
    cleanup
];

;// CONCATENATED MODULE: ./src/gate/verdict/verdict.ts


/** Every finding the facts produce, worst first (stable within a verdict). */
function findings(facts) {
    const all = RULES.flatMap((rule) => rule(facts));
    return all
        .map((f, i) => ({ f, i }))
        .sort((a, b) => (0,verdict_order/* compareVerdicts */.m3)(b.f.verdict, a.f.verdict) || a.i - b.i)
        .map(({ f }) => f);
}
/** The verdict of one experiment, with `expect: fail` applied. */
function decideExperiment(facts) {
    const list = findings(facts);
    const observed = list[0]?.verdict ?? 'pass';
    const reasons = list.length > 0 ? list.map((f) => f.reason) : [passReason(facts)];
    if (facts.expect === 'pass')
        return { verdict: observed, observed, reasons };
    return { observed, ...expectFailure(observed, list, reasons) };
}
function passReason(facts) {
    if (facts.gatedChecks === 0)
        return 'the fault ran and the backend reported no failure (no steady-state checks are defined)';
    return 'the fault ran and every gated steady-state check held';
}
/**
 * A negative test passes only when the fault broke the steady state. A pass becomes a fail; a
 * failure with another cause (already broken before the fault, zero targets) stays what it is.
 */
function expectFailure(observed, list, reasons) {
    if (observed === 'pass')
        return {
            verdict: 'fail',
            reasons: ['expected the steady state to break, but it held', ...reasons]
        };
    if (observed !== 'fail' && observed !== 'aborted')
        return { verdict: observed, reasons };
    const headline = list.filter((f) => f.verdict === observed);
    if (!headline.every((f) => f.cause === 'fault'))
        return { verdict: observed, reasons };
    return {
        verdict: 'pass',
        reasons: [
            `as expected (expect: fail), ${reasons[0] ?? 'the steady state broke'}`,
            ...reasons.slice(1)
        ]
    };
}

;// CONCATENATED MODULE: ./src/gate/experiment-report.ts

function buildExperimentReport(run) {
    const { exp, fault } = run;
    const affected = run.follower.facts.affectedTargets;
    const removedAt = run.faultRemovedAt();
    const { verdict, observed, reasons } = decideExperiment(run.facts);
    return {
        name: exp.name,
        source: exp.source,
        backend: exp.backend,
        kind: exp.kind,
        ...(exp.action !== undefined && { action: exp.action }),
        ...(exp.namespace !== undefined && { namespace: exp.namespace }),
        ...(exp.hypothesis !== undefined && { hypothesis: exp.hypothesis }),
        expect: exp.expect,
        ...(run.targets !== undefined && { targets: run.targets }),
        verdict,
        observed,
        reasons,
        startedAt: run.startedAt,
        endedAt: run.clock.now(),
        phases: run.phases,
        fault: {
            ...fault,
            ...(removedAt !== undefined && { removedAt }),
            ...(affected !== undefined && { affectedTargets: affected })
        },
        checks: checkRecords(run),
        measurements: run.measurements,
        backendEvents: run.backendEvents,
        ...(run.recovery && { recovery: run.recovery }),
        ...(run.cleanupReport && { cleanup: run.cleanupReport }),
        ...(run.loadRecord && { load: run.loadRecord })
    };
}
function checkRecords(run) {
    return (run.exp.steadyState?.checks ?? []).map((c) => ({
        name: c.name,
        source: c.source,
        query: c.query,
        dryRun: c.dryRun,
        ...(c.threshold && { threshold: c.threshold }),
        phases: run.conclusions.get(c.name) ?? {}
    }));
}

// EXTERNAL MODULE: ./src/backends/labels.ts
var labels = __webpack_require__(86670);
// EXTERNAL MODULE: ./src/util/bounded.ts
var bounded = __webpack_require__(73177);
// EXTERNAL MODULE: ./src/util/clock.ts
var clock = __webpack_require__(97110);
;// CONCATENATED MODULE: ./src/gate/backend-follower.ts


/** Phases after which the fault is no longer being injected. */
const FAULT_OFF = new Set(['recovered', 'finished', 'stopped', 'failed']);
class BackendFollower {
    onEvent;
    last;
    /** The latest affected-target count any observation reported. */
    affected;
    faultOff;
    ended = false;
    lost;
    waiters = new Set();
    controller = new AbortController();
    consuming = Promise.resolve();
    constructor(onEvent) {
        this.onEvent = onEvent;
    }
    /** Starts consuming the backend's stream; returns at once. */
    follow(backend, handle, ctx) {
        const signal = AbortSignal.any([ctx.signal, this.controller.signal]);
        this.consuming = this.consume(backend.observe(handle, { ...ctx, signal }), signal);
    }
    /** The backend's last word, as verdict facts. */
    get facts() {
        const o = this.last;
        return {
            terminal: o?.terminal ?? false,
            ...(this.lost !== undefined && { lostTrack: this.lost }),
            ...(o && { phase: o.phase, message: o.message }),
            ...(o?.verdict !== undefined && { verdict: o.verdict }),
            ...(this.affected !== undefined && { affectedTargets: this.affected })
        };
    }
    /** Why following failed, when the stream broke (not when it was stopped on purpose). */
    get lostTrack() {
        return this.lost;
    }
    /** When the backend first reported the fault as no longer injected. */
    get faultOffAt() {
        return this.faultOff;
    }
    get isTerminal() {
        return this.last?.terminal ?? false;
    }
    /** Resolves true once `holds()` is true, false if the stream ends first; rejects when `signal` aborts. */
    waitFor(holds, signal) {
        return new Promise((resolve, reject) => {
            const check = () => {
                if (holds())
                    finish(() => resolve(true));
                else if (this.ended)
                    finish(() => resolve(false));
            };
            const onAbort = () => finish(() => reject((0,clock/* abortReason */.Js)(signal)));
            const finish = (settle) => {
                this.waiters.delete(check);
                signal.removeEventListener('abort', onAbort);
                settle();
            };
            if (signal.aborted)
                return onAbort();
            this.waiters.add(check);
            signal.addEventListener('abort', onAbort, { once: true });
            check();
        });
    }
    /** Whether the fault is known to be off. */
    isFaultOff() {
        return this.faultOff !== undefined;
    }
    /** Stops following and waits for the stream to close. */
    async stop() {
        this.controller.abort();
        await this.consuming;
    }
    async consume(stream, signal) {
        try {
            for await (const obs of stream) {
                this.record(obs);
                if (obs.terminal)
                    break;
            }
        }
        catch (err) {
            if (!signal.aborted)
                this.lost = (0,errors/* errorMessage */.gJ)(err);
        }
        finally {
            this.ended = true;
            this.wake();
        }
    }
    record(obs) {
        this.last = obs;
        if (obs.affectedTargets !== undefined)
            this.affected = obs.affectedTargets;
        if (this.faultOff === undefined && FAULT_OFF.has(obs.phase))
            this.faultOff = obs.at;
        this.onEvent({
            at: obs.at,
            phase: obs.phase,
            message: obs.message,
            ...(obs.verdict !== undefined && { verdict: obs.verdict }),
            ...(obs.details !== undefined && { details: obs.details })
        });
        this.wake();
    }
    wake() {
        for (const w of [...this.waiters])
            w();
    }
}

// EXTERNAL MODULE: ./src/gate/timeouts.ts
var timeouts = __webpack_require__(69679);
;// CONCATENATED MODULE: ./src/gate/experiment-run.ts





class ExperimentRun {
    exp;
    scope;
    signal;
    facts;
    phases = [];
    measurements = [];
    backendEvents = [];
    conclusions = new Map();
    fault = {};
    sources = [];
    follower;
    startedAt;
    recovery;
    cleanupReport;
    targets;
    backend;
    handle;
    monitor;
    probeBaseUrl;
    /** The steady load while it runs, and what it sent once cleanup stopped it. */
    load;
    loadRecord;
    aborting;
    constructor(exp, scope, 
    /** The run's signal plus this experiment's own timeout. */
    signal) {
        this.exp = exp;
        this.scope = scope;
        this.signal = signal;
        this.startedAt = scope.deps.clock.now();
        this.facts = {
            mode: scope.settings.mode,
            expect: exp.expect,
            policy: exp.steadyState?.verdict ?? { inconclusive: 'fail', warn: 'pass' },
            gatedChecks: exp.steadyState?.checks.filter((c) => !c.dryRun).length ?? 0,
            preflightProblems: [],
            before: [],
            injected: false,
            during: [],
            cleanupProblems: [],
            gateErrors: []
        };
        this.follower = new BackendFollower((event) => {
            this.backendEvents.push(event);
            scope.deps.listener?.backendEvent?.(exp.name, event);
        });
    }
    get clock() {
        return this.scope.deps.clock;
    }
    get deps() {
        return this.scope.deps;
    }
    /** The backend context for work that the run's cancellation (and its deadline) should stop. */
    context(signal = this.signal, deadline = this.scope.deadline) {
        const { runId, settings, deps } = this.scope;
        return {
            runId,
            clock: deps.clock,
            log: deps.log,
            signal,
            labels: (0,labels/* runLabels */.xU)(runId, this.exp.name, settings.sha),
            deadline
        };
    }
    /**
     * Runs backend work that must happen even after the run was cancelled (abort, cleanup): its
     * signal and its deadline are its own timeout's, never the run's, which may have passed already.
     */
    withOwnDeadline(own, what, fn) {
        const ms = Math.min(own, this.cancellationBudget());
        const deadline = this.clock.now() + ms;
        return (0,bounded/* withTimeout */.w)(this.clock, ms, what, undefined, (signal) => fn(this.context(signal, deadline)));
    }
    /**
     * What is left of TIMEOUTS.cancelledMs since the caller cancelled (unbounded before that), but
     * never less than one last try: abort and cleanup must end, and say what is left, before the
     * runner's kill.
     */
    cancellationBudget() {
        const at = this.scope.cancelledAt();
        if (at === undefined)
            return Number.POSITIVE_INFINITY;
        return Math.max(timeouts/* TIMEOUTS */.fT.lastTryMs, at + timeouts/* TIMEOUTS */.fT.cancelledMs - this.clock.now());
    }
    /** Remembers a measurement and tells the live view. */
    measured(m) {
        this.measurements.push(m);
        this.deps.listener?.measured?.(this.exp.name, m);
    }
    /** Records each check's result for a phase; gated ones become verdict facts. */
    conclude(phase, conclusions) {
        const gated = new Set(this.exp.steadyState?.checks.filter((c) => !c.dryRun).map((c) => c.name));
        for (const c of conclusions) {
            const record = this.conclusions.get(c.check) ?? {};
            record[phase] = { outcome: c.outcome, reason: c.reason };
            this.conclusions.set(c.check, record);
        }
        const facts = conclusions.filter((c) => gated.has(c.check));
        if (phase === 'before')
            this.facts.before = [...facts];
        if (phase === 'during')
            this.facts.during = [...facts];
    }
    /** Marks the experiment as interrupted by the run's cancellation or deadline, once. */
    interrupt(phase) {
        if (this.facts.interrupted)
            return;
        this.facts.interrupted = { cause: (0,errors/* errorMessage */.gJ)(this.signal.reason), phase };
    }
    /**
     * Stops the fault through the backend's safe path, exactly once however many callers ask
     * (several checks breaching in one tick, the guard and a cancellation at the same moment).
     */
    abortFault(by, reason, breachAt) {
        this.aborting ??= this.abortOnce(by, reason, breachAt);
        return this.aborting;
    }
    /** What a source needs to render a check in `phase`: the fault's start for `sinceFault` windows. */
    measureContext(phase) {
        const { injectedAt } = this.fault;
        return { phase, ...(injectedAt !== undefined && { faultStartedAt: injectedAt }) };
    }
    /** When the fault stopped: the backend reporting it off, or the abort completing, whichever came first. */
    faultRemovedAt() {
        const times = [this.follower.faultOffAt, this.fault.abortedAt].filter((t) => t !== undefined);
        return times.length > 0 ? Math.min(...times) : undefined;
    }
    /** Whether an abort was requested. */
    get abortRequested() {
        return this.aborting !== undefined;
    }
    async abortOnce(by, reason, breachAt) {
        const { backend, handle } = this;
        if (!backend || !handle)
            return;
        this.facts.abortedBy = by;
        Object.assign(this.fault, { abortedBy: by, abortReason: reason }, breachAt !== undefined && { breachAt });
        try {
            await this.withOwnDeadline(timeouts/* TIMEOUTS */.fT.abortMs, 'aborting the fault', (ctx) => backend.abort(handle, ctx));
            const at = this.clock.now();
            this.fault.abortedAt = at;
            if (breachAt !== undefined)
                this.fault.abortLatencyMs = at - breachAt;
        }
        catch (err) {
            this.facts.abortError = `${handle.kind} ${handle.name}: ${(0,errors/* errorMessage */.gJ)(err)}`;
        }
        await this.deps.runState.aborted(this.exp.name, reason).catch((err) => {
            this.deps.log.warn(`could not record the abort in the run-state file: ${(0,errors/* errorMessage */.gJ)(err)}`);
        });
    }
}

;// CONCATENATED MODULE: ./src/gate/result.ts
const REPORT_SCHEMA_VERSION = 'chaos-gate.dev/report/v1';

;// CONCATENATED MODULE: ./src/gate/phase.ts
/**
 * Runs one lifecycle step as a timed, bounded phase and records it for the report. A step that
 * overruns its timeout, throws, or is cut short by the run's cancellation never propagates: the
 * phase is recorded, the cause becomes a verdict fact, and the orchestrator goes to cleanup.
 */


/** Runs `step` as phase `name`; resolves whether the lifecycle should go on. */
async function runPhase(run, name, timeoutMs, step, options = {}) {
    const onFailure = options.onFailure ?? ((message) => run.facts.gateErrors.push(`${name}: ${message}`));
    const parent = options.detached ? undefined : run.signal;
    const interrupted = () => !options.detached && run.signal.aborted;
    const startedAt = run.clock.now();
    run.deps.listener?.phaseStarted?.(run.exp.name, name, startedAt, startedAt + (options.expectedMs ?? timeoutMs), options.outlook);
    const record = (status, note) => {
        run.phases.push({ name, startedAt, endedAt: run.clock.now(), status, ...(note && { note }) });
    };
    try {
        const result = await (0,bounded/* withTimeout */.w)(run.clock, timeoutMs, `the ${name} phase`, parent, step);
        if (interrupted()) {
            run.interrupt(name);
            record('aborted', (0,errors/* errorMessage */.gJ)(run.signal.reason));
            return false;
        }
        record(result.proceed ? 'ok' : 'failed', result.note);
        return result.proceed;
    }
    catch (err) {
        if (interrupted()) {
            run.interrupt(name);
            record('aborted', (0,errors/* errorMessage */.gJ)(run.signal.reason));
            return false;
        }
        const status = err instanceof errors/* GateTimeoutError */.dO ? 'timeout' : 'error';
        onFailure((0,errors/* errorMessage */.gJ)(err), status);
        record(status, (0,errors/* errorMessage */.gJ)(err));
        return false;
    }
}

// EXTERNAL MODULE: ./src/steady-state/series-key.ts
var series_key = __webpack_require__(14347);
;// CONCATENATED MODULE: ./src/steady-state/baseline.ts

/** Builds the baseline of one check from its `before` measurements. NaN and ±Inf never enter it. */
function captureBaseline(measurements) {
    const bySeries = new Map();
    for (const m of measurements) {
        if (m.phase !== 'before')
            continue;
        for (const s of m.series) {
            if (!Number.isFinite(s.value))
                continue;
            const key = (0,series_key/* seriesKey */.Xk)(s.labels);
            const values = bySeries.get(key) ?? [];
            values.push(s.value);
            bySeries.set(key, values);
        }
    }
    const baseline = new Map();
    for (const [key, values] of bySeries)
        baseline.set(key, median(values));
    return baseline;
}
/** The median; the mean of the two middle values for an even count. */
function median(values) {
    if (values.length === 0)
        return Number.NaN;
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    const hi = sorted[mid];
    return sorted.length % 2 === 1 ? hi : (sorted[mid - 1] + hi) / 2;
}

;// CONCATENATED MODULE: ./src/steady-state/check-state.ts
const START = {
    ring: [],
    consecutiveUnknown: 0,
    conclusive: 0,
    warned: false,
    outcome: 'pending'
};
/** Applies the check's noData policy: missing data becomes a breach, a warning, ok, or stays unknown. */
function applyNoData(check, level) {
    if (level !== 'nodata')
        return level;
    switch (check.noData) {
        case 'fail':
            return 'breach';
        case 'warn':
            return 'warn';
        case 'pass':
            return 'ok';
        case 'inconclusive':
            return 'nodata';
    }
}
/** Folds one measurement into the state. */
function advance(check, state, m) {
    if (state.outcome !== 'pending')
        return state;
    if (m.errorKind === 'config') {
        return {
            ...state,
            outcome: 'inconclusive',
            reason: `configuration error: ${m.message}`,
            decidedAt: m.at
        };
    }
    const level = applyNoData(check, m.level);
    if (level === 'nodata' || level === 'error') {
        const unknown = state.consecutiveUnknown + 1;
        if (unknown <= check.errorLimit)
            return { ...state, consecutiveUnknown: unknown, lastUnknown: m.message };
        return {
            ...state,
            consecutiveUnknown: unknown,
            outcome: 'inconclusive',
            reason: `${unknown} consecutive measurements without a result (errorLimit ${check.errorLimit}); last: ${m.message}`,
            decidedAt: m.at
        };
    }
    const ring = [...state.ring, level].slice(-check.of);
    const next = {
        ...state,
        ring,
        consecutiveUnknown: 0,
        conclusive: state.conclusive + 1,
        warned: state.warned || level === 'warn'
    };
    const breaches = ring.filter((l) => l === 'breach').length;
    if (level !== 'breach' || breaches < check.breaches)
        return next;
    const rule = check.of > 1 ? ` (${breaches} of the last ${ring.length} measurements breached)` : '';
    return { ...next, outcome: 'fail', reason: `${m.message}${rule}`, decidedAt: m.at };
}
/** A check's result for a phase once the phase is over. Too little evidence is never a pass. */
function concludePhase(check, state, minSamples) {
    if (state.outcome !== 'pending')
        return { outcome: state.outcome, reason: state.reason ?? '' };
    if (state.conclusive < minSamples) {
        // The cause first: "connection refused" tells a person what to fix; a count does not.
        const cause = state.lastUnknown ? `${state.lastUnknown}; ` : '';
        return {
            outcome: 'inconclusive',
            reason: `${check.name}: ${cause}only ${state.conclusive} conclusive measurement${state.conclusive === 1 ? '' : 's'}; at least ${minSamples} are required`
        };
    }
    if (state.warned)
        return { outcome: 'warn', reason: `${check.name} entered the warn zone` };
    return { outcome: 'pass', reason: '' };
}

// EXTERNAL MODULE: ./src/steady-state/burn-rate.ts
var burn_rate = __webpack_require__(60288);
// EXTERNAL MODULE: ./src/steady-state/format-value.ts
var format_value = __webpack_require__(95495);
// EXTERNAL MODULE: ./src/steady-state/tolerance.ts
var tolerance = __webpack_require__(44613);
;// CONCATENATED MODULE: ./src/steady-state/guard.ts


/** Why the guard is unmet, or undefined when it holds (or the check has none). */
function unmetGuard(check, guard) {
    const g = check.guard;
    if (!g)
        return undefined;
    const values = (guard ?? []).map((s) => s.value).filter((v) => !Number.isNaN(v));
    if (values.length === 0)
        return `no data: guard '${g.query}' returned nothing`;
    const bad = values.find((v) => (g.min !== undefined && (0,tolerance/* below */.n)(v, g.min)) || (g.max !== undefined && (0,tolerance/* above */.G)(v, g.max)));
    if (bad === undefined)
        return undefined;
    const bounds = [
        ...(g.min !== undefined ? [`min ${(0,format_value/* formatValue */.F)(g.min)}`] : []),
        ...(g.max !== undefined ? [`max ${(0,format_value/* formatValue */.F)(g.max)}`] : [])
    ];
    return `no data: guard '${g.query}' = ${(0,format_value/* formatValue */.F)(bad)} is outside ${bounds.join(', ')}, so the check is not meaningful now`;
}

;// CONCATENATED MODULE: ./src/steady-state/evaluate.ts





function checkBounds(value, bounds, level, name) {
    if (!bounds)
        return undefined;
    if (bounds.min !== undefined && (0,tolerance/* below */.n)(value, bounds.min))
        return { level, rule: `${name}.min`, bound: bounds.min };
    if (bounds.max !== undefined && (0,tolerance/* above */.G)(value, bounds.max))
        return { level, rule: `${name}.max`, bound: bounds.max };
    return { level: 'ok' };
}
/** Outside `threshold` (inclusive) is a breach. */
const thresholdRule = (sample, check) => checkBounds(sample.value, check.threshold, 'breach', 'threshold');
/** Inside the threshold but outside `warn` is the grey zone. */
const warnRule = (sample, check) => checkBounds(sample.value, check.warn, 'warn', 'warn');
/**
 * Relative to the pre-fault median of the same series. A breach needs both the ratio and the
 * absolute slack exceeded, so a near-zero baseline cannot turn noise into a breach. No baseline at
 * all means no data, never a pass; a series that is new since the baseline is left to the
 * absolute rules (docs/manifests.md, `steadyState`).
 */
const relativeRule = (sample, check, ctx) => {
    const rel = check.relative;
    if (!rel || ctx.phase === 'before')
        return undefined;
    if (!ctx.baseline || ctx.baseline.size === 0)
        return { level: 'nodata', rule: 'relative.baseline' };
    const b = ctx.baseline.get((0,series_key/* seriesKey */.Xk)(sample.labels));
    if (b === undefined)
        return undefined;
    const v = sample.value;
    if (rel.maxIncrease !== undefined) {
        const bound = Math.max(b * (1 + rel.maxIncrease), b + rel.slack);
        if ((0,tolerance/* above */.G)(v, bound))
            return { level: 'breach', rule: 'relative.maxIncrease', bound, baseline: b };
    }
    if (rel.maxDecrease !== undefined) {
        const bound = Math.min(b * (1 - rel.maxDecrease), b - rel.slack);
        if ((0,tolerance/* below */.n)(v, bound))
            return { level: 'breach', rule: 'relative.maxDecrease', bound, baseline: b };
    }
    return { level: 'ok', baseline: b };
};
/** Rules applied to every series, in order; the worst verdict wins. */
const SERIES_RULES = [thresholdRule, relativeRule, warnRule];
const SEVERITY = { ok: 0, warn: 1, nodata: 2, breach: 3, error: 4 };
/** The worse of two levels: error > breach > nodata > warn > ok. */
function worse(a, b) {
    return SEVERITY[b] > SEVERITY[a] ? b : a;
}
/** Judges one raw measurement. */
function judge(check, raw, ctx) {
    const base = { check: check.name, phase: ctx.phase, at: raw.at };
    if (raw.kind === 'error') {
        return { ...base, level: 'error', series: [], message: raw.message, errorKind: raw.errorKind };
    }
    const guardProblem = unmetGuard(check, raw.guard);
    if (guardProblem)
        return { ...base, level: 'nodata', series: [], message: guardProblem };
    if (check.slo)
        return { ...base, ...(0,burn_rate/* judgeBurnRate */.Zz)(check.name, check.slo, raw.series, ctx.phase) };
    const samples = raw.series.filter((s) => !Number.isNaN(s.value));
    if (samples.length === 0) {
        const why = raw.series.length === 0 ? 'the query returned no series' : 'every series is NaN';
        return { ...base, level: 'nodata', series: [], message: `no data: ${why}` };
    }
    if (check.series === 'single' && samples.length > 1) {
        const labels = samples.map((s) => (0,series_key/* formatLabels */.h6)(s.labels)).join(', ');
        return {
            ...base,
            level: 'error',
            series: [],
            errorKind: 'config',
            message: `expected one series but got ${samples.length} (${labels}); aggregate the query (sum, max) or set series: each`
        };
    }
    const series = samples.map((s) => judgeSeries(s, check, ctx));
    const level = series.reduce((acc, s) => worse(acc, s.level), 'ok');
    const gone = vanished(check, samples, ctx);
    if (gone.length > 0 && SEVERITY[level] < SEVERITY.nodata) {
        const which = gone.map(series_key/* formatLabels */.h6).join(', ');
        const message = `no data: ${check.name} has no value now for ${which}, which the baseline has`;
        return { ...base, level: 'nodata', series, message };
    }
    return { ...base, level, series, message: describe(check, series, level) };
}
/**
 * Series of the baseline that have no (non-NaN) value now. Each is no data for its own label set,
 * so a relative check cannot pass because the series it compares has disappeared.
 */
function vanished(check, samples, ctx) {
    if (!check.relative || ctx.phase === 'before' || !ctx.baseline)
        return [];
    const present = new Set(samples.map((s) => (0,series_key/* seriesKey */.Xk)(s.labels)));
    return [...ctx.baseline.keys()].filter((k) => !present.has(k)).map(series_key/* parseSeriesKey */.Cg);
}
function judgeSeries(sample, check, ctx) {
    let verdict = { level: 'ok' };
    let baseline;
    for (const rule of SERIES_RULES) {
        const v = rule(sample, check, ctx);
        if (!v)
            continue;
        if (v.baseline !== undefined)
            baseline = v.baseline;
        if (SEVERITY[v.level] > SEVERITY[verdict.level])
            verdict = v;
    }
    const j = { labels: sample.labels, value: sample.value, level: verdict.level };
    return {
        ...j,
        ...(verdict.rule !== undefined && { rule: verdict.rule }),
        ...(verdict.bound !== undefined && { bound: verdict.bound }),
        ...(baseline !== undefined && { baseline })
    };
}
function describe(check, series, level) {
    const worst = series.find((s) => s.level === level) ?? series[0];
    if (!worst)
        return `${check.name}: no series`;
    const labels = Object.keys(worst.labels).length > 0 ? ` ${(0,series_key/* formatLabels */.h6)(worst.labels)}` : '';
    const shown = worst.bound !== undefined ? (0,format_value/* formatAgainst */.L)(worst.value, worst.bound) : (0,format_value/* formatValue */.F)(worst.value);
    const value = `${check.name} = ${shown}${labels}`;
    const more = series.length > 1 ? ` (${series.length} series)` : '';
    if (!worst.rule)
        return `${value}${more}`;
    if (worst.level === 'nodata')
        return `${value}: no baseline, since nothing was measured before the fault${more}`;
    const op = worst.rule.endsWith('.min') || worst.rule.endsWith('Decrease') ? '<' : '>';
    const base = worst.baseline !== undefined ? ` (baseline ${(0,format_value/* formatValue */.F)(worst.baseline)})` : '';
    return `${value} ${op} ${worst.rule} ${(0,format_value/* formatValue */.F)(worst.bound ?? Number.NaN)}${base}${more}`;
}

;// CONCATENATED MODULE: ./src/steady-state/monitor.ts





class SteadyStateMonitor {
    spec;
    sources;
    clock;
    onMeasurement;
    baselines = new Map();
    constructor(spec, sources, clock, onMeasurement = () => undefined) {
        this.spec = spec;
        this.sources = sources;
        this.clock = clock;
        this.onMeasurement = onMeasurement;
    }
    /** The checks that run in `phase`, dryRun ones included. */
    checksIn(phase) {
        return this.spec.checks.filter((c) => c.phases.includes(phase));
    }
    /** Checks whose source kind has no source in this run (for example Prometheus not configured). */
    unsourced() {
        return this.spec.checks.filter((c) => this.sources[c.source] === undefined);
    }
    /** Remembers the pre-fault medians that relative rules compare against. */
    captureBaselines(before) {
        for (const check of this.spec.checks) {
            this.baselines.set(check.name, captureBaseline(before.filter((m) => m.check === check.name)));
        }
    }
    /** Measures every check of `phase` once. All checks of one source share that source's `now`. */
    async tick(phase, ctx, signal) {
        const checks = this.checksIn(phase);
        const kinds = [...new Set(checks.map((c) => c.source))];
        const nows = new Map(await Promise.all(kinds.map(async (k) => [k, await this.nowOf(k, signal)])));
        const raws = await Promise.all(checks.map((c) => this.measureOne(c, nows.get(c.source) ?? this.clock.now(), ctx, signal)));
        return checks.map((check, i) => {
            const raw = this.onRunnerClock(raws[i], check.source);
            const m = judge(check, raw, { phase, ...this.baselineFor(check.name) });
            this.onMeasurement(m);
            return m;
        });
    }
    /** The checks of `phase` whose source reports each new sample (the HTTP probe). */
    sampledChecksIn(phase) {
        return this.checksIn(phase).filter((c) => this.sources[c.source]?.nextSample !== undefined);
    }
    /** Resolves when any of these checks' sources has a new sample; rejects when `signal` aborts. */
    async nextSample(checks, signal) {
        const sources = [...new Set(checks.map((c) => this.sources[c.source]))];
        const arrivals = new AbortController();
        const either = AbortSignal.any([signal, arrivals.signal]);
        try {
            await Promise.race(sources.map((s) => s?.nextSample?.(either) ?? new Promise(() => undefined)));
        }
        finally {
            arrivals.abort();
        }
    }
    /**
     * Measures and judges `checks` now without recording the measurements: between ticks the gate
     * looks at each new sample and records only one that decides a check (record()).
     */
    async peek(checks, phase, ctx, signal) {
        const raws = await Promise.all(checks.map(async (c) => this.measureOne(c, (await this.nowOf(c.source, signal)) ?? this.clock.now(), ctx, signal)));
        return checks.map((check, i) => judge(check, this.onRunnerClock(raws[i], check.source), {
            phase,
            ...this.baselineFor(check.name)
        }));
    }
    /** Records a measurement peek() returned, as tick() records its own. */
    record(m) {
        this.onMeasurement(m);
    }
    /**
     * A measurement taken at the source's time, dated on the runner's clock: MTTR and abort latency
     * compare it with the fault's events (removed, aborted), which the runner timed. With Prometheus
     * ten minutes ahead, a fault that recovered at once would otherwise show an MTTR of ten minutes.
     */
    onRunnerClock(raw, kind) {
        const skew = this.sources[kind]?.skewMs ?? 0;
        return skew === 0 ? raw : { ...raw, at: raw.at - skew };
    }
    baselineFor(name) {
        const b = this.baselines.get(name);
        return b ? { baseline: b } : {};
    }
    async nowOf(kind, signal) {
        try {
            return await this.sources[kind]?.now(signal);
        }
        catch (err) {
            if (signal.aborted)
                throw err;
            return undefined;
        }
    }
    async measureOne(check, at, ctx, signal) {
        const source = this.sources[check.source];
        if (!source)
            return {
                kind: 'error',
                at,
                errorKind: 'config',
                message: `no ${check.source} source is configured`
            };
        try {
            return await source.measure(check, at, ctx, signal);
        }
        catch (err) {
            // Sources should return errors as data; a throw is still a failed measurement, not a crash.
            if (signal.aborted || (0,clock/* isAbortError */.zf)(err))
                throw err;
            return { kind: 'error', at, errorKind: 'transport', message: (0,errors/* errorMessage */.gJ)(err) };
        }
    }
}
/** The M-of-N states of a phase's checks, fed one tick at a time. */
class PhaseTracker {
    checks;
    states = new Map();
    constructor(checks) {
        this.checks = checks;
        for (const c of checks)
            this.states.set(c.name, START);
    }
    /** Folds one tick; returns the checks whose outcome became fail or inconclusive on it, in check order. */
    fold(tick) {
        const decided = [];
        for (const check of this.checks) {
            const m = tick.find((x) => x.check === check.name);
            const prev = this.states.get(check.name) ?? START;
            if (!m)
                continue;
            const next = advance(check, prev, m);
            this.states.set(check.name, next);
            if (prev.outcome === 'pending' && next.outcome !== 'pending')
                decided.push({ check, state: next });
        }
        return decided;
    }
    /** Whether folding `m` would make its check fail now (a breach that completes the M-of-N rule). */
    wouldFail(check, m) {
        const prev = this.states.get(check.name) ?? START;
        return prev.outcome === 'pending' && advance(check, prev, m).outcome === 'fail';
    }
    /** Conclusive measurements seen for a check in this phase. */
    conclusive(name) {
        return this.states.get(name)?.conclusive ?? 0;
    }
    /** Every check's result for the phase; fewer than `minSamples` conclusive measurements is inconclusive. */
    conclude(minSamples) {
        return this.checks.map((check) => ({
            check: check.name,
            ...concludePhase(check, this.states.get(check.name) ?? START, minSamples)
        }));
    }
}

;// CONCATENATED MODULE: ./src/steady-state/recovery.ts

const NOT_RECOVERED = { streaks: new Map() };
/** Folds one tick's measurements (one per gated check) into the recovery state. */
function trackRecovery(checks, state, tick) {
    if (state.recoveredAt !== undefined)
        return state;
    const streaks = new Map(state.streaks);
    for (const m of tick) {
        const check = checks.find((c) => c.name === m.check);
        if (!check)
            continue;
        const level = applyNoData(check, m.level);
        if (level === 'breach')
            streaks.delete(check.name);
        else if (level === 'ok' || level === 'warn') {
            const s = streaks.get(check.name);
            streaks.set(check.name, { since: s?.since ?? m.at, length: (s?.length ?? 0) + 1 });
        }
    }
    const done = checks.every((c) => (streaks.get(c.name)?.length ?? 0) >= Math.max(1, c.breaches));
    if (!done || checks.length === 0)
        return { streaks };
    const recoveredAt = Math.max(...checks.map((c) => streaks.get(c.name)?.since ?? 0));
    return { streaks, recoveredAt };
}

;// CONCATENATED MODULE: ./src/gate/cadence.ts
/**
 * The next tick on a fixed cadence from `start`, strictly after `now`. Measuring keeps this rhythm:
 * a slow measurement does not push later ones back, and missed ticks are skipped, not bunched.
 */
function nextTick(start, intervalMs, now) {
    return start + (Math.floor((now - start) / intervalMs) + 1) * intervalMs;
}

;// CONCATENATED MODULE: ./src/gate/steps/after.ts







async function after(run, signal) {
    await Promise.all([measureRecovery(run, signal), awaitBackendVerdict(run, signal)]);
    if (run.recovery?.timedOut)
        return { proceed: true, note: 'the steady state did not recover' };
    return { proceed: true };
}
/** Waits for the backend to reach a final state; not reaching one is a fact, not a failure here. */
async function awaitBackendVerdict(run, signal) {
    try {
        await (0,bounded/* withTimeout */.w)(run.clock, (0,timeouts/* afterLimit */.Qf)(run.exp.steadyState), 'the backend verdict', signal, (s) => run.follower.waitFor(() => run.follower.isTerminal, s));
    }
    catch (err) {
        if (signal.aborted || !(err instanceof errors/* GateTimeoutError */.dO || (0,clock/* isAbortError */.zf)(err)))
            throw err;
    }
}
async function measureRecovery(run, signal) {
    const { monitor } = run;
    const spec = run.exp.steadyState;
    const checks = monitor?.checksIn('after') ?? [];
    if (!monitor || !spec || checks.length === 0)
        return;
    const gated = checks.filter((c) => !c.dryRun);
    // With only dryRun checks, recovery is still timed for the report but never gates.
    const timed = gated.length > 0 ? gated : checks;
    await run.clock.sleep(spec.after.settleMs, signal);
    const startedAt = run.clock.now();
    const tracker = new PhaseTracker(checks);
    let all = NOT_RECOVERED;
    let state = NOT_RECOVERED;
    const ctx = run.measureContext('after');
    for (;;) {
        const tick = await monitor.tick('after', ctx, signal);
        tracker.fold(tick);
        all = trackRecovery(checks, all, tick);
        state = trackRecovery(timed, state, tick);
        if (state.recoveredAt !== undefined || run.clock.now() - startedAt >= spec.after.timeoutMs)
            break;
        await run.clock.sleep(nextTick(startedAt, spec.intervalMs, run.clock.now()) - run.clock.now(), signal);
    }
    recordRecovery(run, checks, all, state, tracker, startedAt);
}
function recordRecovery(run, checks, all, state, tracker, startedAt) {
    const spec = run.exp.steadyState;
    if (!spec)
        return;
    const removedAt = run.faultRemovedAt() ?? startedAt;
    const recoveredAt = state.recoveredAt;
    run.recovery = {
        timedOut: recoveredAt === undefined,
        ...(recoveredAt !== undefined && { recoveredAt, mttrMs: Math.max(0, recoveredAt - removedAt) })
    };
    if (checks.every((c) => c.dryRun))
        return concludeAfter(run, checks, all, tracker);
    run.facts.recovery = {
        timedOut: recoveredAt === undefined,
        timeoutMs: spec.after.timeoutMs,
        unmeasured: checks
            .filter((c) => !c.dryRun && tracker.conclusive(c.name) === 0)
            .map((c) => c.name)
    };
    concludeAfter(run, checks, all, tracker);
}
function concludeAfter(run, checks, all, tracker) {
    const timeoutS = (run.exp.steadyState?.after.timeoutMs ?? 0) / 1000;
    run.conclude('after', checks.map((c) => {
        const streak = all.streaks.get(c.name);
        if (streak && streak.length >= Math.max(1, c.breaches))
            return { check: c.name, outcome: 'pass', reason: 'recovered' };
        if (tracker.conclusive(c.name) === 0)
            return {
                check: c.name,
                outcome: 'inconclusive',
                reason: 'no conclusive measurement after the fault'
            };
        return {
            check: c.name,
            outcome: 'fail',
            reason: `did not recover within ${timeoutS}s`
        };
    }));
}

;// CONCATENATED MODULE: ./src/gate/steps/before.ts

async function before_before(run, signal) {
    const { monitor } = run;
    const spec = run.exp.steadyState;
    const checks = monitor?.checksIn('before') ?? [];
    if (!monitor || !spec || checks.length === 0)
        return { proceed: true, note: 'no before checks' };
    const tracker = new PhaseTracker(checks);
    const taken = [];
    for (let i = 0; i < spec.before.samples; i++) {
        if (i > 0)
            await run.clock.sleep(spec.before.spacingMs, signal);
        const tick = await monitor.tick('before', { phase: 'before' }, signal);
        taken.push(...tick);
        // A gated check that already failed or went blind decides the phase; more samples cannot help.
        if (tracker.fold(tick).some((d) => !d.check.dryRun))
            break;
    }
    monitor.captureBaselines(taken);
    // Fewer samples than minSamples would make the phase inconclusive by construction.
    run.conclude('before', tracker.conclude(Math.min(spec.minSamples, spec.before.samples)));
    const blocked = run.facts.before.find((c) => c.outcome === 'fail' ||
        c.outcome === 'inconclusive' ||
        (c.outcome === 'warn' && spec.verdict.warn === 'fail'));
    if (blocked)
        return { proceed: false, note: `steady state not met before the fault (${blocked.check})` };
    return { proceed: true };
}
/** A before phase that overran or crashed leaves the steady state unmeasured. */
function beforeFailed(run, message) {
    run.facts.before.push({ check: 'before', outcome: 'inconclusive', reason: message });
}

;// CONCATENATED MODULE: ./src/gate/steps/cleanup.ts



async function cleanup_cleanup(run, signal) {
    // The backend's last word before the gate stops anything: what the verdict is judged on.
    if (run.facts.injected)
        run.facts.backend = run.follower.facts;
    if (run.handle && !run.follower.isFaultOff()) {
        const cause = run.facts.interrupted?.cause;
        await run.abortFault(cause ? 'cancel' : 'timeout', cause ?? 'the fault was still injected when the gate stopped waiting for it');
    }
    await (0,bounded/* raceSignal */.W)(signal, run.follower.stop()).catch(() => undefined);
    await closeSources(run, signal);
    await stopLoad(run, signal);
    const report = await cleanupBackend(run);
    if (report) {
        run.cleanupReport = report;
        for (const s of report.stuck)
            run.facts.cleanupProblems.push(`${s.ref} is still present: ${s.reason} (inspect: ${s.inspect})`);
        for (const e of report.errors)
            run.facts.cleanupProblems.push(e);
        await run.deps.runState.cleaned(run.exp.name, report).catch((err) => {
            run.deps.log.warn(`could not record the cleanup in the run-state file: ${(0,errors/* errorMessage */.gJ)(err)}`);
        });
    }
    return {
        proceed: true,
        ...(report && report.stuck.length > 0 && { note: 'objects left behind' })
    };
}
async function closeSources(run, signal) {
    await Promise.all(run.sources.map((s) => (0,bounded/* raceSignal */.W)(signal, s.close()).catch((err) => {
        run.deps.log.warn(`${run.exp.name}: closing a metric source failed: ${(0,errors/* errorMessage */.gJ)(err)}`);
    })));
}
/** Stops the steady load after the last measurement, so recovery was measured under it. */
async function stopLoad(run, signal) {
    const load = run.load;
    if (!load)
        return;
    run.load = undefined;
    run.loadRecord = await (0,bounded/* raceSignal */.W)(signal, load.stop()).catch((err) => {
        run.deps.log.warn(`${run.exp.name}: stopping the steady load failed: ${(0,errors/* errorMessage */.gJ)(err)}`);
        return undefined;
    });
    if (run.loadRecord)
        run.deps.log.debug(`${run.exp.name}: the steady load sent ${run.loadRecord.requests} requests to ${run.loadRecord.url}`);
}
async function cleanupBackend(run) {
    const backend = run.backend;
    if (!backend)
        return undefined;
    // Scoped to this experiment: others of the run may still be injecting (--concurrency).
    const selector = {
        runId: run.scope.runId,
        experiment: run.exp.name,
        namespaces: cleanupNamespacesOf(run.exp, run.scope.settings),
        handles: run.handle ? [run.handle] : []
    };
    try {
        return await run.withOwnDeadline(timeouts/* TIMEOUTS */.fT.cleanupMs, 'cleanup', (ctx) => backend.cleanup(selector, ctx));
    }
    catch (err) {
        return {
            deleted: [],
            stuck: [],
            errors: [`${backend.kind} cleanup failed: ${(0,errors/* errorMessage */.gJ)(err)}`]
        };
    }
}
/**
 * Where an experiment may have created objects, for cleanup by label: its namespaces, or for a
 * Toxiproxy fault the server's URL, for FIS the region, for a Gremlin scenario its id (recorded
 * before the run starts, so a crash still finds them).
 */
function cleanupNamespacesOf(exp, settings) {
    if (exp.fault.kind === 'toxiproxy')
        return [exp.fault.spec.server];
    if (exp.fault.kind === 'gremlin')
        return 'scenarioId' in exp.fault.spec ? [`gremlin-scenario:${exp.fault.spec.scenarioId}`] : [];
    if (exp.fault.kind === 'aws-fis')
        return exp.fault.spec.region ? [`aws-region:${exp.fault.spec.region}`] : [];
    const all = [exp.namespace, ...(exp.targets?.namespaces ?? []), settings.namespace];
    return [...new Set(all.filter((n) => n !== undefined && n !== ''))];
}

;// CONCATENATED MODULE: ./src/steady-state/budget-spend.ts




/**
 * Judges the budget a fault spent, from the check's `during` measurements and how long the fault
 * was in place. Undefined when the check has no `maxBudgetSpend`.
 */
function concludeBudget(check, during, faultDurationMs) {
    const slo = check.slo;
    if (!slo || slo.maxBudgetSpend === undefined)
        return undefined;
    const burn = lastLongBurn(check.name, during);
    if (burn === undefined) {
        return {
            outcome: 'inconclusive',
            reason: `${check.name}: no error ratio was measured during the fault, so the error budget it spent is unknown`
        };
    }
    const spend = (0,burn_rate/* budgetSpend */.mE)(burn, faultDurationMs, slo.periodMs);
    const facts = `${percent(spend)} of the ${(0,duration/* toGoDuration */.Im)(slo.periodMs)} error budget (mean burn rate ${(0,format_value/* formatValue */.F)(burn)}x over ${(0,duration/* toGoDuration */.Im)(faultDurationMs)})`;
    if ((0,tolerance/* above */.G)(spend, slo.maxBudgetSpend)) {
        return {
            outcome: 'fail',
            spend,
            reason: `${check.name}: the fault spent ${facts}; maxBudgetSpend is ${percent(slo.maxBudgetSpend)}`
        };
    }
    return { outcome: 'pass', spend, reason: `${check.name}: the fault spent ${facts}` };
}
/** The highest long-window burn rate over the label sets of the last measurement that had one. */
function lastLongBurn(check, during) {
    for (let i = during.length - 1; i >= 0; i--) {
        const m = during[i];
        if (m.check !== check || m.phase !== 'during')
            continue;
        const longs = m.series.filter((s) => s.labels[burn_rate/* SLO_WINDOW_LABEL */.ff] === burn_rate/* LONG_WINDOW */.sP);
        if (longs.length > 0)
            return Math.max(...longs.map((s) => s.value));
    }
    return undefined;
}
function percent(fraction) {
    return `${(0,format_value/* formatValue */.F)(fraction * 100)} %`;
}
/**
 * Folds the budget rule into the `during` results at the end of the fault: an overspent budget
 * fails the check whatever M-of-N said, and an unknown spend is never a pass.
 */
function withBudgetSpend(conclusions, checks, during, faultDurationMs) {
    return conclusions.map((c) => {
        const check = checks.find((x) => x.name === c.check);
        const budget = check && concludeBudget(check, during, faultDurationMs);
        if (!budget || c.outcome === 'fail')
            return c;
        if (budget.outcome === 'fail')
            return { ...c, outcome: 'fail', reason: budget.reason };
        if (budget.outcome === 'inconclusive' && c.outcome !== 'inconclusive')
            return { ...c, outcome: 'inconclusive', reason: budget.reason };
        return c.reason === '' ? { ...c, reason: budget.reason } : c;
    });
}

;// CONCATENATED MODULE: ./src/gate/steps/during.ts





async function during_during(run, signal) {
    const checks = run.monitor?.checksIn('during') ?? [];
    const tracker = new PhaseTracker(checks);
    // `stop` ends the waiting; a tick already measuring still completes, so no evidence is lost.
    const stop = new AbortController();
    const waiting = AbortSignal.any([signal, stop.signal]);
    let endedBy = '';
    const end = (why) => {
        if (stop.signal.aborted)
            return;
        endedBy = why;
        stop.abort();
    };
    const elapsed = run.clock.now() - (run.fault.injectedAt ?? run.clock.now());
    await Promise.all([
        tickUntilStopped(run, tracker, signal, waiting, end),
        judgeSamplesUntilStopped(run, tracker, signal, waiting, end),
        run.follower
            .waitFor(() => run.follower.isFaultOff() || run.follower.isTerminal, waiting)
            .then((off) => off && end('the backend reported the fault off'), ignoreAbort),
        run.clock
            .sleep(Math.max(0, (0,timeouts/* duringLimit */.hp)(run.exp) - elapsed), waiting)
            .then(() => end('the fault ran past its duration and grace period'), ignoreAbort)
    ]);
    const cutShort = run.abortRequested || signal.aborted;
    const conclusions = tracker.conclude(cutShort ? 0 : (run.exp.steadyState?.minSamples ?? 0));
    // SLO checks with maxBudgetSpend are judged once more on what the whole fault spent.
    const faultMs = (run.faultRemovedAt() ?? run.clock.now()) - (run.fault.injectedAt ?? run.clock.now());
    run.conclude('during', withBudgetSpend(conclusions, checks, run.measurements, faultMs));
    return { proceed: true, note: endedBy };
}
async function tickUntilStopped(run, tracker, signal, waiting, end) {
    const { monitor } = run;
    const spec = run.exp.steadyState;
    if (!monitor || !spec || monitor.checksIn('during').length === 0)
        return;
    const ctx = run.measureContext('during');
    // Ticks keep a fixed cadence from the injection; a slow measurement does not push the rest back.
    const start = run.fault.injectedAt ?? run.clock.now();
    for (;;) {
        try {
            await run.clock.sleep(nextTick(start, spec.intervalMs, run.clock.now()) - run.clock.now(), waiting);
        }
        catch (err) {
            if ((0,clock/* isAbortError */.zf)(err) || waiting.aborted)
                return;
            throw err;
        }
        const tick = await monitor.tick('during', ctx, signal);
        await act(run, tracker.fold(tick), end);
        if (waiting.aborted)
            return;
    }
}
/**
 * Between ticks, judges the sampled checks (the HTTP probe's) on each new sample. Only a
 * measurement that decides a check is kept: it is the tick that would have failed the check,
 * brought forward, so the M-of-N rule still counts interval measurements and the report does not
 * fill up with one measurement per probe request.
 */
async function judgeSamplesUntilStopped(run, tracker, signal, waiting, end) {
    const { monitor } = run;
    const checks = monitor?.sampledChecksIn('during') ?? [];
    if (!monitor || checks.length === 0)
        return;
    const ctx = run.measureContext('during');
    for (;;) {
        try {
            await monitor.nextSample(checks, waiting);
        }
        catch (err) {
            if ((0,clock/* isAbortError */.zf)(err) || waiting.aborted)
                return;
            throw err;
        }
        const peeked = await monitor.peek(checks, 'during', ctx, signal);
        const deciding = peeked.filter((m, i) => tracker.wouldFail(checks[i], m));
        for (const m of deciding)
            monitor.record(m);
        await act(run, tracker.fold(deciding), end);
        if (waiting.aborted)
            return;
    }
}
/** Acts on checks that became fail or inconclusive: the first gated one sets the guard fact. */
async function act(run, decided, end) {
    const abortOnFail = run.exp.steadyState?.during.abortOnFail === true;
    for (const { check, state } of decided) {
        if (check.dryRun || run.facts.guard)
            continue;
        const kind = state.outcome === 'fail' ? 'breach' : 'blind';
        run.facts.guard = { kind, check: check.name, reason: state.reason ?? check.name };
        // A breach with abortOnFail, or monitoring gone blind, stops the fault; a fault the backend
        // already reported off needs no abort, and its verdict is a plain fail.
        if ((kind === 'blind' || abortOnFail) && !run.follower.isFaultOff()) {
            const breachAt = run.clock.now();
            end(`the guard aborted the fault (${check.name})`);
            await run.abortFault('guard', run.facts.guard.reason, breachAt);
        }
    }
}
function ignoreAbort(err) {
    if (!(0,clock/* isAbortError */.zf)(err))
        throw err;
}

;// CONCATENATED MODULE: ./src/gate/steps/inject.ts
/**
 * Inject: create the fault, then record its handle in the run-state file before anything else
 * happens, so a cancelled or crashed run can still be found and cleaned up.
 */

async function inject(run, signal) {
    const backend = run.backend;
    if (!backend)
        return { proceed: false, note: 'no backend' };
    const handle = await backend.submit(run.exp, run.context(signal));
    run.handle = handle;
    run.fault.handle = handle;
    run.facts.injected = true;
    try {
        await run.deps.runState.submitted(run.exp.name, handle);
    }
    catch (err) {
        // Without a record a crash could orphan the fault; cleanup aborts it straight away.
        run.facts.gateErrors.push(`could not record the fault in the run-state file: ${(0,errors/* errorMessage */.gJ)(err)}`);
        return { proceed: false, note: 'run state not written' };
    }
    run.fault.injectedAt = run.clock.now();
    run.follower.follow(backend, handle, run.context());
    return { proceed: true };
}

// EXTERNAL MODULE: ./src/manifest/experiment/steady-state/no-prometheus.ts
var no_prometheus = __webpack_require__(24266);
// EXTERNAL MODULE: ./src/steady-state/probe/load-generator.ts
var load_generator = __webpack_require__(39823);
;// CONCATENATED MODULE: ./src/gate/steady-load.ts

function startSteadyLoad(spec, deps) {
    let requests = 0;
    let ok = 0;
    const counting = async (input, init) => {
        requests++;
        const res = await deps.fetch(input, init);
        if (spec.okStatus.some((r) => res.status >= r.from && res.status <= r.to))
            ok++;
        return res;
    };
    // Nothing reads the samples, so none are kept.
    const load = new load_generator/* LoadGenerator */.g(spec, { clock: deps.clock, fetch: counting }, 0);
    load.start();
    return {
        async stop() {
            await load.stop();
            return {
                url: publicUrl(spec.url),
                method: spec.method,
                ratePerSecond: spec.ratePerSecond,
                requests,
                ok
            };
        }
    };
}
/** The URL without user info, query or fragment, which may carry credentials. */
function publicUrl(url) {
    try {
        const u = new URL(url);
        return `${u.protocol}//${u.host}${u.pathname}`;
    }
    catch {
        return '(invalid URL)';
    }
}

;// CONCATENATED MODULE: ./src/gate/steps/preflight.ts
/**
 * Preflight: nothing is injected unless the backend is available, the fault passes the backend's
 * own checks and live preflight (reachable, authorised, targets counted), and every metric source
 * the checks need can be opened.
 */




/** What to set when a check's source is missing. */
const HOW_TO_CONFIGURE = {
    prometheus: no_prometheus/* SET_PROMETHEUS */.G_,
    probe: 'set steadyState.probe',
    kubernetes: 'give the gate a cluster (kubeconfig, or in-cluster credentials)',
    datadog: 'set steadyState.datadog',
    cloudwatch: 'set steadyState.cloudwatch'
};
async function preflight_preflight(run, signal) {
    const problems = run.facts.preflightProblems;
    const backend = await run.deps.backends(run.exp.backend);
    run.backend = backend;
    for (const issue of backend.check(run.exp)) {
        if (issue.severity === 'error')
            problems.push((0,errors/* formatIssue */.Hd)(issue));
    }
    if (problems.length > 0)
        return { proceed: false, note: 'the backend rejected the experiment' };
    const report = await backend.preflight(run.exp, run.context(signal));
    for (const warning of report.warnings)
        run.deps.log.warn(`${run.exp.name}: ${warning}`);
    for (const issue of report.issues)
        problems.push((0,errors/* formatIssue */.Hd)(issue));
    run.probeBaseUrl = report.probeBaseUrl;
    if (report.targets !== undefined) {
        run.targets = report.targets;
        run.facts.targets = report.targets;
    }
    if (problems.length === 0)
        await openSources(run, signal);
    if (problems.length > 0)
        return { proceed: false, note: 'preflight found problems' };
    if (report.targets === 0)
        return { proceed: false, note: 'zero targets' };
    // From here the baseline is measured: the load must already be there.
    const load = run.exp.steadyState?.load;
    if (load)
        run.load = startSteadyLoad(load, {
            clock: run.clock,
            fetch: run.deps.fetch ?? globalThis.fetch
        });
    return { proceed: true };
}
/** Opens the metric sources the experiment's checks use and builds its monitor. */
async function openSources(run, signal) {
    const spec = run.exp.steadyState;
    if (!spec || spec.checks.length === 0)
        return;
    const kinds = [...new Set(spec.checks.map((c) => c.source))];
    const sources = {};
    for (const kind of kinds) {
        const factory = run.deps.sources[kind];
        const opened = factory
            ? await factory({
                experiment: run.exp,
                clock: run.clock,
                log: run.deps.log,
                signal,
                ...(run.probeBaseUrl !== undefined && { probeBaseUrl: run.probeBaseUrl })
            })
            : undefined;
        if (!opened)
            continue;
        run.sources.push(opened);
        sources[kind] = opened.source;
    }
    const monitor = new SteadyStateMonitor(spec, sources, run.clock, (m) => run.measured(m));
    for (const check of monitor.unsourced()) {
        run.facts.preflightProblems.push(`check '${check.name}' (${check.location.file}:${check.location.line}) ${check.source === 'prometheus' ? `queries Prometheus, but ${no_prometheus/* NO_PROMETHEUS */.H2}` : `needs a ${check.source} source, but none is configured`}; ${HOW_TO_CONFIGURE[check.source]}`);
    }
    run.monitor = monitor;
}

;// CONCATENATED MODULE: ./src/gate/run-experiment.ts
/**
 * One experiment's lifecycle (docs/engine.md, "Lifecycle of one experiment"): preflight → before → inject → during → after →
 * cleanup → verdict. Each step is bounded by its phase timeout; cleanup always runs.
 */









async function runExperiment(run) {
    run.deps.listener?.experimentStarted?.(run.exp.name, run.startedAt);
    try {
        await lifecycle(run);
    }
    finally {
        await runPhase(run, 'cleanup', timeouts/* TIMEOUTS */.fT.abortMs + timeouts/* TIMEOUTS */.fT.cleanupMs + timeouts/* TIMEOUTS */.fT.marginMs, (s) => cleanup_cleanup(run, s), {
            detached: true,
            onFailure: (message) => run.facts.cleanupProblems.push(message)
        });
    }
    const report = buildExperimentReport(run);
    run.deps.listener?.experimentFinished?.(report);
    return report;
}
async function lifecycle(run) {
    const { exp, facts } = run;
    const spec = exp.steadyState;
    const ok = (await runPhase(run, 'preflight', timeouts/* TIMEOUTS */.fT.preflightMs, (s) => preflight_preflight(run, s), {
        onFailure: (message) => facts.preflightProblems.push(message)
    })) &&
        (await runPhase(run, 'before', (0,timeouts/* beforeTimeout */.xw)(spec), (s) => before_before(run, s), {
            onFailure: (message) => beforeFailed(run, message),
            ...(spec && { expectedMs: (spec.before.samples - 1) * spec.before.spacingMs })
        }));
    if (!ok || facts.mode === 'dry-run')
        return;
    if (!(await runPhase(run, 'inject', timeouts/* TIMEOUTS */.fT.injectMs, (s) => inject(run, s), {
        onFailure: (message) => (facts.submitError = message)
    })))
        return;
    // A one-shot fault has no end of its own: the backend says when it is over, within a bound.
    const duringOptions = exp.durationMs !== undefined
        ? { expectedMs: exp.durationMs }
        : { expectedMs: timeouts/* TIMEOUTS */.fT.oneShotMs, outlook: { oneShot: true } };
    if (!(await runPhase(run, 'during', (0,timeouts/* duringTimeout */.Tg)(exp, spec), (s) => during_during(run, s), duringOptions)))
        return;
    await runPhase(run, 'after', (0,timeouts/* afterTimeout */.Oo)(spec), (s) => after(run, s), {
        ...(spec && { expectedMs: spec.after.settleMs + spec.after.timeoutMs })
    });
}

;// CONCATENATED MODULE: ./src/gate/safe-listener.ts
/**
 * Progress views must never break a gate: a listener that throws (a closed pipe, a bug in a view)
 * is logged and ignored, so the fault is still aborted and cleaned up.
 */

function safeListener(listener, log) {
    const run = (name, call) => {
        try {
            call();
        }
        catch (err) {
            log.debug(`progress listener ${name} failed: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
    };
    return {
        experimentStarted: (...a) => run('experimentStarted', () => listener.experimentStarted?.(...a)),
        phaseStarted: (...a) => run('phaseStarted', () => listener.phaseStarted?.(...a)),
        measured: (...a) => run('measured', () => listener.measured?.(...a)),
        backendEvent: (...a) => run('backendEvent', () => listener.backendEvent?.(...a)),
        experimentFinished: (...a) => run('experimentFinished', () => listener.experimentFinished?.(...a))
    };
}

;// CONCATENATED MODULE: ./src/gate/conflict-schedule.ts
/**
 * Runs items at most `limit` at a time, never two that conflict at once: an item waits until every
 * running item it conflicts with has finished, and never overtakes an earlier waiting item it
 * conflicts with, so conflicting experiments run in file order. Items that conflict with nothing
 * keep the concurrency busy meanwhile. Results keep the input order.
 */
async function mapWithoutConflicts(items, limit, conflictOf, fn, onWait = () => undefined) {
    const results = new Array(items.length);
    const waiting = items.map((_, i) => i);
    const running = new Map();
    const told = new Set();
    const max = Math.max(1, limit);
    while (waiting.length > 0 || running.size > 0) {
        for (const index of [...waiting]) {
            if (running.size >= max)
                break;
            const blocker = blockerOf(index, items, running, waiting, conflictOf);
            if (blocker) {
                if (!told.has(index))
                    onWait(items[index], items[blocker.index], blocker.reason);
                told.add(index);
                continue;
            }
            waiting.splice(waiting.indexOf(index), 1);
            running.set(index, fn(items[index], index).then((r) => ((results[index] = r), index)));
        }
        const done = await Promise.race(running.values());
        running.delete(done);
    }
    return results;
}
/** The running item, or earlier waiting one, that `index` conflicts with. */
function blockerOf(index, items, running, waiting, conflictOf) {
    const item = items[index];
    const ahead = [...running.keys(), ...waiting.filter((w) => w < index)];
    for (const other of ahead) {
        const reason = conflictOf(item, items[other]);
        if (reason)
            return { index: other, reason };
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/manifest/adopt/label-selector.ts
var label_selector = __webpack_require__(15326);
;// CONCATENATED MODULE: ./src/gate/selector-overlap.ts
/**
 * Whether two Kubernetes label selectors can match the same object. Answered from the selectors
 * alone, conservatively: "disjoint" only when some key is constrained by both in ways no label
 * value satisfies at once (`app=cart` vs `app=checkout`, `tier in (a)` vs `tier notin (a)`,
 * `canary` vs `!canary`). Anything else may overlap.
 */

const SET = /^([^\s=!,()]+)\s+(in|notin)\s+\(([^()]*)\)$/;
const EQUALITY = /^([^\s=!,()]+)\s*(==|=|!=)\s*([^\s=!,()]*)$/;
/** True when no object can carry labels both selectors match. */
function selectorsDisjoint(a, b) {
    const ra = parse(a);
    const rb = parse(b);
    if (!ra || !rb)
        return false;
    for (const [key, x] of ra) {
        const y = rb.get(key);
        if (y && !satisfiable(merge(x, y)))
            return true;
    }
    return false;
}
/** The rules of a selector by key; undefined when it cannot be read (treated as "may overlap"). */
function parse(selector) {
    const rules = new Map();
    for (const part of (0,label_selector/* splitRequirements */.pj)(selector)) {
        const rule = requirement(part.trim());
        if (!rule)
            return undefined;
        rules.set(rule.key, merge(rules.get(rule.key) ?? { forbidden: new Set() }, rule.rule));
    }
    return rules;
}
function requirement(text) {
    if (text === '')
        return undefined;
    const set = SET.exec(text);
    if (set) {
        const [, key = '', op, list = ''] = set;
        const values = new Set(list.split(',').map((v) => v.trim()));
        return {
            key,
            rule: op === 'in' ? { allowed: values, forbidden: new Set() } : { forbidden: values }
        };
    }
    const eq = EQUALITY.exec(text);
    if (eq) {
        const [, key = '', op, value = ''] = eq;
        return {
            key,
            rule: op === '!='
                ? { forbidden: new Set([value]) }
                : { allowed: new Set([value]), forbidden: new Set() }
        };
    }
    if (/^![^\s=!,()]+$/.test(text))
        return { key: text.slice(1), rule: { forbidden: new Set(), exists: false } };
    if (/^[^\s=!,()]+$/.test(text))
        return { key: text, rule: { forbidden: new Set(), exists: true } };
    return undefined;
}
function merge(x, y) {
    const allowed = x.allowed && y.allowed
        ? new Set([...x.allowed].filter((v) => y.allowed?.has(v)))
        : (x.allowed ?? y.allowed);
    const exists = x.exists === undefined
        ? y.exists
        : y.exists === undefined || x.exists === y.exists
            ? x.exists
            : undefined;
    const conflicting = x.exists !== undefined && y.exists !== undefined && x.exists !== y.exists;
    return {
        ...(allowed && { allowed }),
        forbidden: new Set([...x.forbidden, ...y.forbidden]),
        // `key` and `!key` together: nothing satisfies both, so neither may stand.
        ...(conflicting ? { allowed: new Set() } : exists !== undefined && { exists })
    };
}
/** Some label state satisfies the rule. */
function satisfiable(rule) {
    if (rule.exists === false)
        return rule.allowed === undefined;
    if (!rule.allowed)
        return true;
    return [...rule.allowed].some((v) => !rule.forbidden.has(v));
}

;// CONCATENATED MODULE: ./src/gate/target-overlap.ts

/** Why `a` and `b` must not run at once, or undefined when they may. */
function conflictBetween(a, b) {
    for (const x of footprintsOf(a))
        for (const y of footprintsOf(b)) {
            const why = overlap(x, y);
            if (why)
                return why;
        }
    return undefined;
}
function footprintsOf(exp) {
    if (exp.backend === 'local')
        return [];
    const fault = exp.fault;
    if (fault.kind === 'kube-object' && fault.object.kind === 'VirtualService') {
        const spec = fault.object.spec;
        const hosts = typeof spec === 'object' && spec !== null && 'hosts' in spec && Array.isArray(spec.hosts)
            ? spec.hosts.filter((h) => typeof h === 'string')
            : [];
        const namespace = exp.namespace ?? fault.object.metadata.namespace ?? '';
        return [{ on: 'routing', namespace, name: fault.object.metadata.name ?? exp.name, hosts }];
    }
    const targets = exp.targets;
    if (!targets)
        return exp.namespace ? [{ on: 'namespace', namespace: exp.namespace }] : [];
    const selector = targets.labelSelector ?? '';
    if (targets.resource === 'node')
        return [{ on: 'nodes', selector }];
    if (targets.resource !== undefined && targets.resource !== 'pod')
        return [];
    return targets.namespaces.map((namespace) => ({
        on: 'pods',
        namespace,
        selector,
        ...(targets.podNames && { names: targets.podNames })
    }));
}
function overlap(x, y) {
    if (x.on === 'routing' || y.on === 'routing')
        return routingOverlap(x, y);
    if (x.on === 'nodes' || y.on === 'nodes')
        return nodeOverlap(x, y);
    if (x.namespace !== y.namespace)
        return undefined;
    if (x.on === 'namespace' || y.on === 'namespace')
        return `one of them does not say which pods of namespace ${x.namespace} it targets, so it may hit the other's`;
    if (x.names && y.names && !x.names.some((n) => y.names?.includes(n)))
        return undefined;
    if (selectorsDisjoint(x.selector, y.selector))
        return undefined;
    const what = x.selector === y.selector
        ? `pods matching ${shown(x.selector)}`
        : `pods matching ${shown(x.selector)} and ${shown(y.selector)}`;
    return `both target ${what} in ${x.namespace}`;
}
function routingOverlap(x, y) {
    if (x.on !== 'routing' || y.on !== 'routing')
        return undefined;
    if (x.namespace === y.namespace && x.name === y.name)
        return `both rewrite VirtualService ${x.namespace}/${x.name}`;
    const shared = x.hosts.find((h) => y.hosts.includes(h));
    return shared === undefined ? undefined : `both inject faults into the routes of host ${shared}`;
}
function nodeOverlap(x, y) {
    if (x.on === 'nodes' && y.on === 'nodes' && selectorsDisjoint(x.selector, y.selector))
        return undefined;
    return x.on === 'nodes' && y.on === 'nodes'
        ? `both target nodes matching ${shown(x.selector)}`
        : 'a node fault may hit the pods the other targets';
}
const shown = (selector) => (selector === '' ? 'any labels' : `'${selector}'`);

;// CONCATENATED MODULE: ./src/gate/serialise.ts


async function runSerialised(experiments, concurrency, run, 
/** Whether an experiment really runs (not filtered out); only those can conflict. */
runs, log) {
    const notices = [];
    const reports = await mapWithoutConflicts(experiments, concurrency, (a, b) => (runs(a) && runs(b) ? conflictBetween(a, b) : undefined), run, (exp, blocker, reason) => {
        const notice = serialisedNotice(exp, blocker, reason);
        log.info(`${exp.name}: ${notice.message}`);
        notices.push(notice);
    });
    return { reports, notices };
}
function serialisedNotice(exp, blocker, reason) {
    return {
        ...exp.source,
        severity: 'notice',
        code: 'gate/serialised',
        message: `'${exp.name}' waited for '${blocker.name}' to finish instead of running alongside it: ${reason}, and concurrent faults on the same targets override each other (chaos-mesh#3631)`
    };
}

// EXTERNAL MODULE: ./src/gate/settings.ts
var gate_settings = __webpack_require__(75306);
;// CONCATENATED MODULE: ./src/gate/run-gate.ts











async function runGate(experiments, settings, deps, context = {}) {
    if (settings.mode === 'verify')
        throw new errors/* InputError */.dz('mode', "'verify' checks an earlier gate's check run; it is handled by the action, not by the engine");
    const selected = experiments.filter((e) => isSelected(e.name, settings.only));
    // A filter that selects nothing would end in `skipped` and exit 0 having tested nothing.
    if (selected.length === 0 && settings.only.length > 0)
        throw new errors/* InputError */.dz('only', `'${settings.only.join(',')}' matches no experiment; the experiments are: ${experiments.map((e) => e.name).join(', ')}`);
    deps = deps.listener ? { ...deps, listener: safeListener(deps.listener, deps.log) } : deps;
    const startedAt = deps.clock.now();
    const deadline = startedAt + settings.timeoutMs;
    const run = cancellation(deps, settings.timeoutMs);
    let cancelledAt = deps.signal.aborted ? startedAt : undefined;
    const onCancel = () => void (cancelledAt ??= deps.clock.now());
    deps.signal.addEventListener('abort', onCancel, { once: true });
    const scope = {
        runId: settings.runId,
        settings,
        deps,
        signal: run.signal,
        deadline,
        cancelledAt: () => cancelledAt
    };
    try {
        await deps.runState.begin({
            runId: settings.runId,
            environment: settings.environment,
            ...((settings.kubeconfig ?? settings.context) !== undefined && {
                cluster: {
                    ...(settings.kubeconfig !== undefined && { kubeconfig: settings.kubeconfig }),
                    ...(settings.context !== undefined && { context: settings.context })
                }
            }),
            startedAt,
            experiments: Object.fromEntries(selected.map((e) => [
                e.name,
                { backend: e.backend, namespaces: cleanupNamespacesOf(e, settings) }
            ]))
        });
        // The error budget is read once, before any fault: an exhausted budget pauses every experiment.
        const budget = await deps.errorBudget?.(run.signal);
        const paused = budget !== undefined && budget.decision !== 'run';
        const { reports, notices } = await runSerialised(experiments, settings.concurrency, (exp) => {
            if (!selected.includes(exp))
                return Promise.resolve(notSelected(exp, scope));
            if (budget && paused)
                return Promise.resolve(notRunForBudget(exp, scope, budget));
            return runOne(exp, scope);
        }, (exp) => selected.includes(exp) && !paused, deps.log);
        await deps.runState
            .finished(run.signal.aborted ? 'interrupted' : 'finished')
            .catch((err) => {
            deps.log.warn(`could not record the end of the run in the run-state file: ${(0,errors/* errorMessage */.gJ)(err)}; it still says 'running', so a later cleanup goes by whether this process is alive`);
        });
        const allNotices = [...(context.notices ?? []), ...notices];
        return gateReport(reports, settings, deps, { ...context, notices: allNotices }, startedAt);
    }
    finally {
        deps.signal.removeEventListener('abort', onCancel);
        run.dispose();
    }
}
/** The run's signal: the caller's (SIGINT/SIGTERM) or the deadline, whichever fires first. */
function cancellation(deps, timeoutMs) {
    const deadline = new AbortController();
    const timer = new AbortController();
    deps.clock.sleep(timeoutMs, timer.signal).then(() => deadline.abort(new errors/* GateTimeoutError */.dO(`the gate deadline of ${(0,duration/* formatDuration */.a3)(timeoutMs)} passed`)), () => undefined);
    return { signal: AbortSignal.any([deps.signal, deadline.signal]), dispose: () => timer.abort() };
}
/** Runs one experiment under the run's signal and its own timeout, if it sets one. */
async function runOne(exp, scope) {
    const own = exp.timeoutMs !== undefined ? experimentTimeout(exp.timeoutMs, scope) : undefined;
    const signal = own ? AbortSignal.any([scope.signal, own.signal]) : scope.signal;
    const run = new ExperimentRun(exp, scope, signal);
    try {
        if (scope.signal.aborted) {
            run.facts.interrupted = { cause: (0,errors/* errorMessage */.gJ)(scope.signal.reason), phase: 'queued' };
            return buildExperimentReport(run);
        }
        return await runExperiment(run);
    }
    finally {
        own?.dispose();
    }
}
function experimentTimeout(ms, scope) {
    const controller = new AbortController();
    const timer = new AbortController();
    scope.deps.clock.sleep(ms, timer.signal).then(() => controller.abort(new errors/* GateTimeoutError */.dO(`the experiment timeout of ${(0,duration/* formatDuration */.a3)(ms)} passed`)), () => undefined);
    return { signal: controller.signal, dispose: () => timer.abort() };
}
function notSelected(exp, scope) {
    const run = new ExperimentRun(exp, scope, scope.signal);
    run.facts.skipped = `not selected: --only ${scope.settings.only.join(',')}`;
    return buildExperimentReport(run);
}
/** An experiment the error budget keeps from running: skipped, or inconclusive when unreadable. */
function notRunForBudget(exp, scope, budget) {
    const run = new ExperimentRun(exp, scope, scope.signal);
    if (budget.decision === 'skip')
        run.facts.skipped = budget.reason;
    else
        run.facts.budgetUnknown = budget.reason;
    return buildExperimentReport(run);
}
/**
 * The report of a run whose process is ending before runGate returned (exit-guard.ts): every
 * selected experiment is an `error` with `reason`, since what its fault did is not known.
 */
function unfinishedReport(experiments, settings, deps, context, startedAt, reason) {
    const scope = {
        runId: settings.runId,
        settings,
        deps,
        signal: deps.signal,
        deadline: startedAt + settings.timeoutMs,
        cancelledAt: () => undefined
    };
    const reports = experiments
        .filter((e) => isSelected(e.name, settings.only))
        .map((exp) => {
        const run = new ExperimentRun(exp, scope, scope.signal);
        run.facts.gateErrors.push(reason);
        return buildExperimentReport(run);
    });
    return gateReport(reports, settings, deps, context, startedAt);
}
/** `--only` matches names exactly, or by a trailing `*` prefix (`checkout-*`). */
function isSelected(name, only) {
    if (only.length === 0)
        return true;
    return only.some((p) => (p.endsWith('*') ? name.startsWith(p.slice(0, -1)) : name === p));
}
function gateReport(experiments, settings, deps, context, startedAt) {
    const verdicts = experiments.map((e) => e.verdict);
    const counts = {
        pass: 0,
        fail: 0,
        aborted: 0,
        inconclusive: 0,
        error: 0,
        skipped: 0
    };
    for (const v of verdicts)
        counts[v] += 1;
    return {
        schemaVersion: REPORT_SCHEMA_VERSION,
        runId: settings.runId,
        tool: { name: 'chaos-gate', version: deps.version },
        environment: settings.environment,
        mode: settings.mode,
        ...(settings.sha !== undefined && { sha: settings.sha }),
        ...(context.repository !== undefined && { repository: context.repository }),
        ...(context.runUrl !== undefined && { runUrl: context.runUrl }),
        ...(context.environmentUrl !== undefined && { environmentUrl: context.environmentUrl }),
        startedAt,
        endedAt: deps.clock.now(),
        ...(deps.signal.aborted && { cancelled: (0,errors/* errorMessage */.gJ)(deps.signal.reason) }),
        verdict: (0,verdict_order/* worstVerdict */.zP)(verdicts),
        failed: (0,verdict_order/* gateFailed */.px)(verdicts, settings.failOn, settings.mode),
        failOn: gate_settings/* VERDICTS */.b.filter((v) => settings.failOn.has(v)),
        counts,
        experiments,
        notices: context.notices ?? []
    };
}


/***/ }),

/***/ 71325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ gateExitCode),
/* harmony export */   m3: () => (/* binding */ compareVerdicts),
/* harmony export */   px: () => (/* binding */ gateFailed),
/* harmony export */   zP: () => (/* binding */ worstVerdict)
/* harmony export */ });
/** error > fail > aborted > inconclusive > skipped > pass. */
const SEVERITY = {
    pass: 0,
    skipped: 1,
    inconclusive: 2,
    aborted: 3,
    fail: 4,
    error: 5
};
/** Negative when `a` is better than `b`. */
function compareVerdicts(a, b) {
    return SEVERITY[a] - SEVERITY[b];
}
/** The worst verdict; an empty gate is `skipped` (nothing ran, so nothing passed). */
function worstVerdict(verdicts) {
    return verdicts.reduce((worst, v) => (compareVerdicts(v, worst) > 0 ? v : worst), verdicts.length === 0 ? 'skipped' : 'pass');
}
/** Whether the gate fails: some experiment's verdict is in fail-on. `warn` mode never fails. */
function gateFailed(verdicts, failOn, mode) {
    if (mode === 'warn')
        return false;
    return verdicts.some((v) => failOn.has(v));
}
/** The process exit code: 0 when the gate did not fail, else 3 for `error` and 1 otherwise. */
function gateExitCode(failed, verdict) {
    if (!failed)
        return 0;
    return verdict === 'error' ? 3 : 1;
}


/***/ }),

/***/ 79586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ gateOutcome)
/* harmony export */ });
function gateOutcome(report) {
    if (report.cancelled !== undefined)
        return { kind: 'cancelled', why: report.cancelled };
    if (report.failed)
        return { kind: 'failed' };
    if (report.verdict === 'pass')
        return { kind: 'passed' };
    if (report.verdict === 'skipped')
        return {
            kind: 'not-failed',
            why: 'every experiment was skipped, so nothing was tested; skipped is not in fail-on'
        };
    if (report.mode === 'warn')
        return { kind: 'not-failed', why: `verdict ${report.verdict} in warn mode, which never fails` };
    if (report.mode === 'dry-run')
        return { kind: 'not-failed', why: 'a dry run injects nothing and fails nothing' };
    return {
        kind: 'not-failed',
        why: `verdict ${report.verdict} is not in fail-on (${report.failOn.join(', ')})`
    };
}


/***/ }),

/***/ 25660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J8: () => (/* binding */ keySeries),
/* harmony export */   K7: () => (/* binding */ keyValues),
/* harmony export */   Q0: () => (/* binding */ thinOut),
/* harmony export */   wz: () => (/* binding */ keyCheck)
/* harmony export */ });
/* harmony import */ var _steady_state_format_value__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95495);

function keyCheck(exp) {
    const decided = exp.checks.find((c) => !c.dryRun &&
        (c.phases.during?.outcome === 'fail' || c.phases.during?.outcome === 'inconclusive'));
    return decided ?? exp.checks.find((c) => !c.dryRun) ?? exp.checks[0];
}
/** The check's measurements that carry a finite value, in time order. */
function keySeries(exp, check) {
    return exp.measurements.flatMap((m) => {
        if (m.check !== check)
            return [];
        const worst = m.series.find((s) => s.level === m.level) ?? m.series[0];
        return worst && Number.isFinite(worst.value) ? [{ m, value: worst.value }] : [];
    });
}
/** `error-ratio 0 → 0.62 → 0`: before (median), the worst during, and the last after value. */
function keyValues(exp) {
    const check = keyCheck(exp);
    if (!check)
        return '—';
    const series = keySeries(exp, check.name);
    const inPhase = (phase) => series.filter((p) => p.m.phase === phase);
    const before = inPhase('before').map((p) => p.value);
    const baseline = before.length > 0 ? middle(before) : undefined;
    const worst = worstOf(inPhase('during'), badness(check, baseline ?? 0));
    const last = inPhase('after').at(-1);
    const show = (v) => (v === undefined ? '·' : (0,_steady_state_format_value__WEBPACK_IMPORTED_MODULE_0__/* .formatValue */ .F)(v));
    return `${check.name} ${show(baseline)} → ${show(worst)} → ${show(last?.value)}`;
}
const SEVERITY = {
    ok: 0,
    warn: 1,
    nodata: 2,
    breach: 3,
    error: 4
};
/**
 * How far a value is in the failing direction: past the bound it would break (higher for a max,
 * lower for a min); for a check with no absolute bound, away from the baseline.
 */
function badness(check, baseline) {
    const { min, max } = check.threshold ?? {};
    if (max !== undefined && min !== undefined)
        return (v) => Math.max(v - max, min - v);
    if (max !== undefined)
        return (v) => v - max;
    if (min !== undefined)
        return (v) => min - v;
    return (v) => Math.abs(v - baseline);
}
/** The value of the worst-judged point; among equals, the one furthest in the failing direction. */
function worstOf(points, bad) {
    return [...points].sort((a, b) => SEVERITY[b.m.level] - SEVERITY[a.m.level] || bad(b.value) - bad(a.value))[0]?.value;
}
function middle(values) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
}
/** Keeps at most `max` items, evenly spread, first and last included: charts show shape, not every sample. */
function thinOut(items, max) {
    if (items.length <= max)
        return items;
    const step = (items.length - 1) / (max - 1);
    return Array.from({ length: max }, (_, i) => items[Math.round(i * step)]);
}


/***/ }),

/***/ 35847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ describeLoad)
/* harmony export */ });
/** `1200 requests sent (GET https://shop/api at 5/s), 1198 answered OK` */
function describeLoad(l) {
    return `${l.requests} requests sent (${l.method} ${l.url} at ${l.ratePerSecond}/s), ${l.ok} answered OK`;
}


/***/ }),

/***/ 60327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ renderMarkdown)
});

// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(26518);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/report/gate-outcome.ts
var gate_outcome = __webpack_require__(79586);
// EXTERNAL MODULE: ./src/report/key-check.ts
var key_check = __webpack_require__(25660);
// EXTERNAL MODULE: ./src/report/load-line.ts
var load_line = __webpack_require__(35847);
;// CONCATENATED MODULE: ./src/report/markdown-text.ts
/** Small text helpers the Markdown renderers share. */

/** Text safe inside a Markdown table cell: no pipes or line breaks, HTML neutralised. */
function cell(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, ' ');
}
/** A Markdown table. */
function table(header, rows) {
    return [
        `| ${header.join(' | ')} |`,
        `| ${header.map(() => '---').join(' | ')} |`,
        ...rows.map((r) => `| ${r.join(' | ')} |`)
    ].join('\n');
}
/** A collapsible section. The blank lines let GitHub render Markdown inside it. */
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** `+12.3s` from `origin`. */
function since(at, origin) {
    const ms = at - origin;
    return `${ms < 0 ? '-' : '+'}${(0,duration/* formatDuration */.a3)(Math.abs(ms))}`;
}

;// CONCATENATED MODULE: ./src/report/markdown-details.ts


/** Above this the measurement table is cut; the JSON report keeps them all. */
const MAX_MEASUREMENT_ROWS = 400;
function experimentDetails(exp) {
    return [timeline(exp), checks(exp), measurements(exp), backendMessages(exp), cleanup(exp)]
        .filter((s) => s !== undefined)
        .join('\n\n');
}
function timeline(exp) {
    const rows = exp.phases.map((p) => [
        p.name,
        since(p.startedAt, exp.startedAt),
        (0,duration/* formatDuration */.a3)(p.endedAt - p.startedAt),
        p.status,
        cell(p.note ?? '')
    ]);
    return details('Timeline', table(['Phase', 'Start', 'Took', 'Status', 'Note'], rows));
}
function checks(exp) {
    if (exp.checks.length === 0)
        return undefined;
    const outcome = (o) => o ? cell(o.reason ? `${o.outcome}: ${o.reason}` : o.outcome) : '—';
    const rows = exp.checks.map((c) => [
        `\`${c.name}\`${c.dryRun ? ' (dryRun)' : ''}`,
        `${c.source}: \`${cell(c.query)}\``,
        outcome(c.phases.before),
        outcome(c.phases.during),
        outcome(c.phases.after)
    ]);
    return details('Checks', table(['Check', 'Query', 'Before', 'During', 'After'], rows));
}
function measurements(exp) {
    const all = exp.measurements;
    if (all.length === 0)
        return undefined;
    const rows = all
        .slice(0, MAX_MEASUREMENT_ROWS)
        .map((m) => [since(m.at, exp.startedAt), m.phase, `\`${m.check}\``, m.level, cell(m.message)]);
    const cut = all.length > MAX_MEASUREMENT_ROWS
        ? `\n\n… and ${all.length - MAX_MEASUREMENT_ROWS} more in the JSON report.`
        : '';
    return details(`Measurements (${all.length})`, `${table(['Time', 'Phase', 'Check', 'Level', 'Value'], rows)}${cut}`);
}
function backendMessages(exp) {
    if (exp.backendEvents.length === 0)
        return undefined;
    const rows = exp.backendEvents.map((e) => [
        since(e.at, exp.startedAt),
        e.phase,
        e.verdict ?? '',
        cell(e.message),
        cell(Object.entries(e.details ?? {})
            .map(([k, v]) => `${k}=${v}`)
            .join(', '))
    ]);
    return details(`Backend messages (${exp.backendEvents.length})`, table(['Time', 'Phase', 'Verdict', 'Message', 'Details'], rows));
}
function cleanup(exp) {
    const c = exp.cleanup;
    if (!c)
        return undefined;
    const lines = [
        ...c.deleted.map((d) => `- removed ${cell(d)}`),
        ...c.stuck.map((s) => `- **left behind** ${cell(s.ref)}: ${cell(s.reason)} (inspect: \`${cell(s.inspect)}\`)`),
        ...c.errors.map((e) => `- **error** ${cell(e)}`)
    ];
    return details('Cleanup', lines.length > 0 ? lines.join('\n') : 'nothing to remove');
}

;// CONCATENATED MODULE: ./src/report/mermaid-chart.ts

/** More points than this are thinned evenly; a summary chart is for shape, not for every sample. */
const MAX_POINTS = 60;
function renderMermaidChart(exp) {
    const check = (0,key_check/* keyCheck */.wz)(exp);
    if (!check)
        return undefined;
    const points = (0,key_check/* thinOut */.Q0)((0,key_check/* keySeries */.J8)(exp, check.name), MAX_POINTS);
    const first = points[0];
    if (!first || points.length < 2)
        return undefined;
    const origin = exp.fault.injectedAt ?? first.m.at;
    const values = points.map((p) => round(p.value));
    const bound = check.threshold?.max ?? check.threshold?.min;
    const top = niceCeiling(Math.max(...values, bound ?? 0) * 1.1);
    const bottom = Math.min(0, ...values);
    const lines = [
        'xychart-beta',
        `  title "${label(check.name)}${exp.fault.injectedAt !== undefined ? ' (fault window shaded)' : ''}"`,
        `  x-axis "seconds from fault start" [${points.map((p) => `"${offset(p.m.at - origin)}"`).join(', ')}]`,
        `  y-axis "${label(check.name)}" ${bottom} --> ${top}`
    ];
    const { injectedAt } = exp.fault;
    if (injectedAt !== undefined) {
        const end = exp.fault.removedAt ?? exp.endedAt;
        lines.push(`  bar [${points.map((p) => (p.m.at >= injectedAt && p.m.at <= end ? top : 0)).join(', ')}]`);
    }
    lines.push(`  line [${values.join(', ')}]`);
    if (bound !== undefined)
        lines.push(`  line [${points.map(() => bound).join(', ')}]`);
    return lines.join('\n');
}
function offset(ms) {
    const s = Number((ms / 1000).toFixed(1));
    return `${s > 0 ? '+' : ''}${s}s`;
}
/** Four significant digits keep the chart source short and readable. */
function round(v) {
    return Number(v.toPrecision(4));
}
/** Round multiples of a power of ten people read at a glance. */
const NICE_STEPS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];
/** The smallest round number at or above `v`, for an axis end. */
function niceCeiling(v) {
    if (!(v > 0))
        return 1;
    const power = 10 ** Math.floor(Math.log10(v));
    const step = NICE_STEPS.find((m) => m * power >= v) ?? 10;
    return round(step * power);
}
function label(text) {
    return text.replace(/"/g, "'");
}

// EXTERNAL MODULE: ./src/report/verdict-label.ts
var verdict_label = __webpack_require__(25584);
;// CONCATENATED MODULE: ./src/report/markdown.ts









function renderMarkdown(report) {
    const sections = [
        headline(report),
        summaryTable(report),
        ...report.experiments.map(experimentSection),
        notices(report)
    ];
    return `${sections.filter((s) => s !== '').join('\n\n')}\n`;
}
function headline(report) {
    const outcome = headlineOutcome(report);
    const facts = [
        `run \`${report.runId}\``,
        `mode \`${report.mode}\``,
        ...(report.sha ? [`commit \`${report.sha.slice(0, 12)}\``] : []),
        `${report.experiments.length} experiment${report.experiments.length === 1 ? '' : 's'}`,
        (0,duration/* formatDuration */.a3)(report.endedAt - report.startedAt),
        `gate verdict **${report.verdict}**`,
        `fails on ${report.failOn.join(', ')}`
    ];
    const link = report.runUrl ? ` · [workflow run](${report.runUrl})` : '';
    return `## ${outcome} — ${cell(report.environment)}\n\n${facts.join(' · ')}${link}`;
}
function headlineOutcome(report) {
    if (report.cancelled !== undefined)
        return `🛑 Chaos Gate cancelled (${report.cancelled})`;
    if (report.failed)
        return `${verdict_label/* VERDICT_ICON */.YY[report.verdict]} Chaos Gate failed`;
    if (report.mode === 'dry-run')
        return '⏭️ Chaos Gate dry run';
    const outcome = (0,gate_outcome/* gateOutcome */.S)(report);
    if (outcome.kind === 'not-failed')
        return `⚠️ Chaos Gate not failed: ${outcome.why}`;
    return '✅ Chaos Gate passed';
}
function summaryTable(report) {
    if (report.experiments.length === 0)
        return '_No experiments ran._';
    const rows = report.experiments.map((e) => [
        `\`${e.name}\``,
        e.backend,
        String(e.fault.affectedTargets ?? e.targets ?? '—'),
        `${verdict_label/* VERDICT_ICON */.YY[e.verdict]} ${(0,verdict_label/* verdictText */.nt)(e)}`,
        cell((0,key_check/* keyValues */.K7)(e)),
        e.recovery?.mttrMs !== undefined
            ? (0,duration/* formatDuration */.a3)(e.recovery.mttrMs)
            : e.recovery?.timedOut
                ? 'not recovered'
                : '—'
    ]);
    return table([
        'Experiment',
        'Backend',
        'Targets',
        'Verdict',
        'Key SLO values (before → worst during → after)',
        'MTTR'
    ], rows);
}
function experimentSection(exp) {
    const parts = [`### ${verdict_label/* VERDICT_ICON */.YY[exp.verdict]} \`${exp.name}\` — ${(0,verdict_label/* verdictText */.nt)(exp)}`];
    if (exp.hypothesis)
        parts.push(`> ${cell(exp.hypothesis)}`);
    parts.push(exp.reasons.map((r) => `- ${cell(r)}`).join('\n'));
    const fault = faultLine(exp);
    if (fault)
        parts.push(fault);
    if (exp.load)
        parts.push(`**Steady load** ${cell((0,load_line/* describeLoad */.s)(exp.load))}`);
    const chart = renderMermaidChart(exp);
    if (chart)
        parts.push(`\`\`\`mermaid\n${chart}\n\`\`\``);
    parts.push(experimentDetails(exp));
    return parts.join('\n\n');
}
/** What happened to the fault, in one line: when it ran, and how fast the guard stopped it. */
function faultLine(exp) {
    const f = exp.fault;
    if (f.injectedAt === undefined)
        return undefined;
    const where = `\`${exp.source.file}:${exp.source.line}\``;
    const ran = f.removedAt !== undefined ? ` for ${(0,duration/* formatDuration */.a3)(f.removedAt - f.injectedAt)}` : '';
    const parts = [
        `**Fault** ${cell(exp.kind)}${exp.action ? ` (${cell(exp.action)})` : ''} from ${where}, injected${ran}`
    ];
    if (f.abortedBy === 'guard' && f.breachAt !== undefined) {
        const latency = f.abortLatencyMs !== undefined
            ? `; the fault was off ${(0,verdict_label/* formatAbortLatency */.Ie)(f.abortLatencyMs)} after the breach was detected`
            : '';
        parts.push(`the guard aborted it ${(0,duration/* formatDuration */.a3)(f.breachAt - f.injectedAt)} in${latency}`);
    }
    else if (f.abortedBy)
        parts.push(`stopped early (${f.abortedBy}): ${cell(f.abortReason ?? '')}`);
    return `${parts.join('; ')}.`;
}
function notices(report) {
    if (report.notices.length === 0)
        return '';
    return `#### Notices\n\n${report.notices.map((n) => `- ${cell((0,errors/* formatIssue */.Hd)(n))}`).join('\n')}`;
}


/***/ }),

/***/ 23741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ writeReports)
});

// UNUSED EXPORTS: REPORT_FILES

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/util/secret-mask.ts
var secret_mask = __webpack_require__(60051);
;// CONCATENATED MODULE: ./src/report/json-report.ts
function renderJsonReport(report) {
    return `${JSON.stringify(report, nonFinite, 2)}\n`;
}
function nonFinite(_key, value) {
    if (typeof value !== 'number' || Number.isFinite(value))
        return value;
    if (Number.isNaN(value))
        return 'NaN';
    return value > 0 ? '+Inf' : '-Inf';
}

// EXTERNAL MODULE: ./src/report/verdict-label.ts
var verdict_label = __webpack_require__(25584);
;// CONCATENATED MODULE: ./src/report/junit.ts

/** Characters XML 1.0 cannot carry at all, even escaped. */
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
function escapeXml(text) {
    return text
        .replace(INVALID_XML, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;');
}
const seconds = (ms) => (Math.max(0, ms) / 1000).toFixed(3);
function renderJunit(report) {
    const cases = report.experiments.map((e) => testcase(e, new Set(report.failOn)));
    const count = (kind) => cases.filter((c) => c.kind === kind).length;
    const attrs = (name) => `name="${escapeXml(name)}" tests="${cases.length}" failures="${count('failure')}" errors="${count('error')}" skipped="${count('skipped')}" time="${seconds(report.endedAt - report.startedAt)}"`;
    const properties = [
        ['runId', report.runId],
        ['environment', report.environment],
        ['mode', report.mode],
        ['verdict', report.verdict],
        ...(report.sha ? [['sha', report.sha]] : []),
        ...(report.runUrl ? [['runUrl', report.runUrl]] : [])
    ]
        .map(([k, v]) => `      <property name="${escapeXml(k ?? '')}" value="${escapeXml(v ?? '')}"/>`)
        .join('\n');
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites ${attrs('chaos-gate')}>`,
        `  <testsuite ${attrs(`chaos-gate ${report.environment}`)} timestamp="${new Date(report.startedAt).toISOString()}">`,
        '    <properties>',
        properties,
        '    </properties>',
        ...cases.map((c) => c.xml),
        '  </testsuite>',
        '</testsuites>',
        ''
    ].join('\n');
}
function testcase(e, failOn) {
    const open = `    <testcase name="${escapeXml(e.name)}" classname="${escapeXml(`chaos-gate.${e.backend}.${e.kind}`)}" file="${escapeXml(e.source.file)}" line="${e.source.line}" time="${seconds(e.endedAt - e.startedAt)}">`;
    const message = escapeXml(e.reasons.join('; '));
    const body = escapeXml([
        `verdict: ${(0,verdict_label/* verdictText */.nt)(e)}`,
        ...e.reasons.map((r) => `- ${r}`),
        ...(e.hypothesis ? [`hypothesis: ${e.hypothesis}`] : [])
    ].join('\n'));
    const out = `      <system-out>${body}</system-out>`;
    let kind = 'pass';
    let child = '';
    if (e.verdict === 'skipped') {
        kind = 'skipped';
        child = `      <skipped message="${message}"/>`;
    }
    else if (e.verdict !== 'pass' && failOn.has(e.verdict)) {
        kind = e.verdict === 'error' ? 'error' : 'failure';
        child = `      <${kind} message="${message}" type="${e.verdict}">${body}</${kind}>`;
    }
    return { kind, xml: [open, ...(child ? [child] : []), out, '    </testcase>'].join('\n') };
}

// EXTERNAL MODULE: ./src/report/markdown.ts + 3 modules
var markdown = __webpack_require__(60327);
;// CONCATENATED MODULE: ./src/report/write-reports.ts
/** Writes the file reports of a gate (JSON, JUnit XML, Markdown summary) into one folder. */






const REPORT_FILES = {
    json: 'chaos-gate-report.json',
    junit: 'chaos-gate-junit.xml',
    markdown: 'chaos-gate-summary.md'
};
/** `secrets` are masked out of every message the report quotes (servers quote requests). */
async function writeReports(unmasked, dir, secrets) {
    const report = secrets ? (0,secret_mask/* maskStrings */.X1)(unmasked, secrets) : unmasked;
    await (0,promises_.mkdir)(dir, { recursive: true });
    const written = {
        json: (0,external_node_path_.join)(dir, REPORT_FILES.json),
        junit: (0,external_node_path_.join)(dir, REPORT_FILES.junit),
        markdown: (0,external_node_path_.join)(dir, REPORT_FILES.markdown)
    };
    await Promise.all([
        (0,promises_.writeFile)(written.json, renderJsonReport(report), 'utf8'),
        (0,promises_.writeFile)(written.junit, renderJunit(report), 'utf8'),
        (0,promises_.writeFile)(written.markdown, (0,markdown/* renderMarkdown */.G)(report), 'utf8')
    ]);
    return written;
}


/***/ }),

/***/ 60288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M0: () => (/* binding */ DEFAULT_SCRAPE_INTERVAL_MS),
/* harmony export */   Zz: () => (/* binding */ judgeBurnRate),
/* harmony export */   ff: () => (/* binding */ SLO_WINDOW_LABEL),
/* harmony export */   mE: () => (/* binding */ budgetSpend),
/* harmony export */   qs: () => (/* binding */ sloWindows),
/* harmony export */   sP: () => (/* binding */ LONG_WINDOW)
/* harmony export */ });
/* unused harmony exports shortLabel, burnRate */
/* harmony import */ var _util_duration__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26518);
/* harmony import */ var _series_key__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14347);
/* harmony import */ var _tolerance__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44613);



/** The label that tells the window of each error-ratio series apart. */
const SLO_WINDOW_LABEL = 'slo_window';
/** Its value for the long window (since the fault started). */
const LONG_WINDOW = 'long';
/** Prometheus's default scrape interval, used when the endpoint does not state one. */
const DEFAULT_SCRAPE_INTERVAL_MS = 60_000;
/**
 * The windows to query at `at`. The long window runs from the fault start, clamped to at least two
 * scrape intervals so rate() has two samples; before the fault it is the check's own window.
 */
function sloWindows(slo, at, faultStartedAt, windowMs, scrapeIntervalMs) {
    const since = faultStartedAt !== undefined ? at - faultStartedAt : windowMs;
    const longMs = Math.ceil(Math.max(since, 2 * scrapeIntervalMs) / 1000) * 1000;
    const shorts = slo.burnRate.map((r) => shortLabel(r.shortMs));
    return [
        { label: LONG_WINDOW, ms: longMs },
        ...slo.burnRate
            .filter((r, i) => shorts.indexOf(shortLabel(r.shortMs)) === i)
            .map((r) => ({ label: shortLabel(r.shortMs), ms: r.shortMs }))
    ];
}
/** The `slo_window` value of a short window. */
function shortLabel(ms) {
    return (0,_util_duration__WEBPACK_IMPORTED_MODULE_0__/* .toGoDuration */ .Im)(ms);
}
/** Error ratio as a multiple of the budgeted ratio: 1 spends exactly the budget over the period. */
function burnRate(errorRatio, objective) {
    return errorRatio / (1 - objective);
}
/**
 * The fraction of the period's error budget spent over `durationMs` at a mean burn rate. Assumes
 * stationary traffic (the same request rate over the period), and says so in the docs.
 */
function budgetSpend(meanBurn, durationMs, periodMs) {
    return (meanBurn * durationMs) / periodMs;
}
/** Judges every label set of an SLO answer; the worst one decides. */
function judgeBurnRate(name, slo, samples, phase) {
    const groups = groupByWindow(samples);
    if (groups.size === 0) {
        return {
            level: 'nodata',
            series: [],
            message: 'no data: the error-ratio query returned no series'
        };
    }
    const longName = phase === 'before' ? 'over the long window' : 'since the fault started';
    const judged = [...groups.values()].map((g) => judgeGroup(slo, g, longName));
    const worst = judged.reduce((a, b) => (rank(b.level) > rank(a.level) ? b : a));
    const series = judged.flatMap((j) => j.series);
    return { level: worst.level, series, message: `${name}: ${worst.message}` };
}
function groupByWindow(samples) {
    const groups = new Map();
    for (const s of samples) {
        const { [SLO_WINDOW_LABEL]: window, ...labels } = s.labels;
        if (window === undefined)
            continue;
        const key = (0,_series_key__WEBPACK_IMPORTED_MODULE_1__/* .seriesKey */ .Xk)(labels);
        const group = groups.get(key) ?? { labels, ratios: new Map() };
        group.ratios.set(window, s.value);
        groups.set(key, group);
    }
    return groups;
}
function judgeGroup(slo, group, longName) {
    const where = Object.keys(group.labels).length > 0 ? ` ${(0,_series_key__WEBPACK_IMPORTED_MODULE_1__/* .formatLabels */ .h6)(group.labels)}` : '';
    const burns = new Map();
    for (const [w, ratio] of group.ratios) {
        if (!Number.isNaN(ratio))
            burns.set(w, burnRate(ratio, slo.objective));
    }
    const long = burns.get(LONG_WINDOW);
    if (long === undefined) {
        const message = `no data: the error ratio ${longName} is missing or NaN${where}`;
        return { level: 'nodata', series: [], message };
    }
    const decision = decide(slo.burnRate, long, burns);
    const series = [...burns].map(([w, value]) => judgement(group.labels, w, value, decision));
    return {
        level: decision.level,
        series,
        message: `${describe(long, burns, slo, decision, longName)}${where}`
    };
}
/** A rule fires when both windows burn faster than its max; the first firing rule wins. */
function decide(rules, long, burns) {
    const over = rules.filter((r) => (0,_tolerance__WEBPACK_IMPORTED_MODULE_2__/* .above */ .G)(long, r.max));
    const fired = over.find((r) => (0,_tolerance__WEBPACK_IMPORTED_MODULE_2__/* .above */ .G)(burns.get(shortLabel(r.shortMs)) ?? -Infinity, r.max));
    if (fired)
        return { level: 'breach', rule: fired };
    const unknown = over.find((r) => !burns.has(shortLabel(r.shortMs)));
    return unknown ? { level: 'nodata', rule: unknown } : { level: 'ok' };
}
function judgement(labels, window, value, decision) {
    const j = {
        labels: { ...labels, [SLO_WINDOW_LABEL]: window },
        value,
        level: 'ok'
    };
    const rule = decision.rule;
    if (!rule || (window !== LONG_WINDOW && window !== shortLabel(rule.shortMs)))
        return j;
    return { ...j, level: decision.level, rule: 'slo.burnRate', bound: rule.max };
}
function describe(long, burns, slo, decision, longName) {
    const x = (v) => (v === undefined ? 'no data' : `${round(v)}x`);
    const since = `${x(long)} ${longName}`;
    const rule = decision.rule;
    if (rule && decision.level === 'breach') {
        const short = shortLabel(rule.shortMs);
        return `burn rate ${since} and ${x(burns.get(short))} over ${short} > ${rule.max}`;
    }
    if (rule) {
        return `no data: burn rate ${since} is over ${rule.max} but the ${shortLabel(rule.shortMs)} window has no data`;
    }
    const shorts = [...burns].filter(([w]) => w !== LONG_WINDOW).map(([w, v]) => `${x(v)} over ${w}`);
    const max = Math.min(...slo.burnRate.map((r) => r.max));
    return `burn rate ${[since, ...shorts].join(', ')} (max ${max})`;
}
const RANK = { ok: 0, warn: 1, nodata: 2, breach: 3, error: 4 };
function rank(level) {
    return RANK[level];
}
function round(v) {
    return String(Number(v.toPrecision(3)));
}


/***/ }),

/***/ 95495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ formatValue),
/* harmony export */   L: () => (/* binding */ formatAgainst)
/* harmony export */ });
/** A compact number for messages: 4 significant digits, `+Inf`/`-Inf`/`NaN` spelled out. */
function formatValue(v) {
    if (Number.isNaN(v))
        return 'NaN';
    if (v === Infinity)
        return '+Inf';
    if (v === -Infinity)
        return '-Inf';
    if (v !== 0 && (Math.abs(v) >= 1e6 || Math.abs(v) < 1e-3))
        return v.toExponential(3);
    return String(Number(v.toPrecision(4)));
}
/**
 * `v` written beside a bound it broke: in full when the compact form would read the same as the
 * bound's, so a breach never says `0.05 > threshold.max 0.05`.
 */
function formatAgainst(v, bound) {
    const compact = formatValue(v);
    return compact === formatValue(bound) && v !== bound ? String(v) : compact;
}


/***/ }),

/***/ 14347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cg: () => (/* binding */ parseSeriesKey),
/* harmony export */   Xk: () => (/* binding */ seriesKey),
/* harmony export */   h6: () => (/* binding */ formatLabels)
/* harmony export */ });
/**
 * A stable identity for a label set. Prometheus does not guarantee instant-vector order, so
 * series are always matched by labels, never by index (docs/prometheus.md, "Results").
 */
function seriesKey(labels) {
    const names = Object.keys(labels).sort();
    return names.map((n) => `${n}=${JSON.stringify(labels[n])}`).join(',');
}
/**
 * Labels as people read them in a message: `{code="500",job="checkout"}`, or `{}`. Values are
 * escaped as PromQL strings, so a quote inside a value cannot blur where the value ends.
 */
function formatLabels(labels) {
    const names = Object.keys(labels).sort();
    return `{${names.map((n) => `${n}=${JSON.stringify(labels[n])}`).join(',')}}`;
}
/** The label set a `seriesKey` was made from (label names never contain `=` or `,`). */
function parseSeriesKey(key) {
    const labels = {};
    let pos = 0;
    while (pos < key.length) {
        const eq = key.indexOf('=', pos);
        const end = closingQuote(key, eq + 1);
        const value = JSON.parse(key.slice(eq + 1, end + 1));
        labels[key.slice(pos, eq)] = typeof value === 'string' ? value : String(value);
        pos = end + 2;
    }
    return labels;
}
/** The index of the quote that closes the JSON string starting at `open`. */
function closingQuote(text, open) {
    for (let i = open + 1; i < text.length; i++) {
        if (text[i] === '\\')
            i++;
        else if (text[i] === '"')
            return i;
    }
    return text.length - 1;
}


/***/ }),

/***/ 44613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ above),
/* harmony export */   n: () => (/* binding */ below)
/* harmony export */ });
/**
 * Comparisons for inclusive bounds with floating-point slack, so 0.1 + 0.2 is within `max: 0.3`
 * and a burn rate of 0.0144 / 0.001 is not "faster" than 14.4. The slack is relative and far below
 * any precision a metric carries.
 */
const EPSILON = 1e-9;
/** `value` is beyond an inclusive upper bound. */
function above(value, bound) {
    return value > bound + EPSILON * Math.max(1, Math.abs(bound));
}
/** `value` is beyond an inclusive lower bound. */
function below(value, bound) {
    return value < bound - EPSILON * Math.max(1, Math.abs(bound));
}


/***/ })

};
;