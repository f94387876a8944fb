"use strict";
exports.id = 917209;
exports.ids = [917209];
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

/***/ 8369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  attackRequest: () => (/* binding */ attackRequest),
  gremlinBackend: () => (/* binding */ gremlinBackend)
});

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/backends/backend-issues.ts
var backend_issues = __webpack_require__(63358);
// EXTERNAL MODULE: ./src/backends/poll-follow.ts
var poll_follow = __webpack_require__(25764);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 14 modules
var schemas = __webpack_require__(45586);
// EXTERNAL MODULE: ./src/util/clock.ts
var clock = __webpack_require__(97110);
// EXTERNAL MODULE: ./src/util/response-body.ts
var response_body = __webpack_require__(48254);
// EXTERNAL MODULE: ./src/util/retry.ts
var retry = __webpack_require__(4266);
;// CONCATENATED MODULE: ./src/backends/gremlin/gremlin-api.ts
/**
 * A small typed client for Gremlin's REST API (api.gremlin.com/v1, as its API reference and
 * gremlin-python call it), over fetch. There is no maintained Node client; the gate needs eight
 * calls, each response checked at the edge with the schema library it already uses.
 *
 * Every call names the team (`?teamId=`), authenticates with `Authorization: Key <api key>`, and
 * is bounded: 429 waits as long as Retry-After says, 5xx and dropped connections are retried with
 * a doubling back-off, all within the caller's deadline. 401 and 403 are not retried: they say
 * which setting to fix.
 */





/** Gremlin's public API. */
const GREMLIN_API_URL = 'https://api.gremlin.com/v1';
/** How long one request may take. */
const REQUEST_TIMEOUT_MS = 15_000;
/** Attempts per call (the first and its retries). */
const MAX_ATTEMPTS = 4;
const FIRST_BACKOFF_MS = 500;
/** The longest Retry-After honoured; a longer one fails the call with the wait named. */
const MAX_RETRY_AFTER_MS = 60_000;
/** An attack as `GET /attacks/{guid}` and `GET /attacks/active` return it (fields the gate reads). */
const attackSchema = schemas/* looseObject */._H3({
    guid: schemas/* string */.YjP(),
    stage: schemas/* string */.YjP(),
    stageLifecycle: schemas/* string */.YjP().optional(),
    startTime: schemas/* string */.YjP().nullish(),
    endTime: schemas/* string */.YjP().nullish(),
    targets: schemas/* array */.YOg(schemas/* unknown */.L5J()).nullish(),
    output: schemas/* string */.YjP().nullish()
});
/** A scenario run as `GET /scenarios/{id}/runs[/{run}]` return it. */
const scenarioRunSchema = schemas/* looseObject */._H3({
    scenario_id: schemas/* string */.YjP().optional(),
    run_number: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()]).optional(),
    hypothesis: schemas/* string */.YjP().nullish(),
    stage_info: schemas/* looseObject */._H3({
        stage: schemas/* string */.YjP(),
        stageMetadata: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).nullish()
    })
});
class GremlinApi {
    conn;
    clock;
    signal;
    deadline;
    constructor(conn, clock, signal, 
    /** Epoch ms after which no retry starts. */
    deadline) {
        this.conn = conn;
        this.clock = clock;
        this.signal = signal;
        this.deadline = deadline;
    }
    /** Creates the attack; its guid. */
    async createAttack(body) {
        // A 500 may come after the attack exists, so only answers that say nothing was done retry.
        const { text } = await this.call('POST', '/attacks/new', 'create an attack in', [200, 201], {
            body,
            retry: [429, 502, 503, 504]
        });
        return this.id(text, 'create an attack in');
    }
    /** The attack, or undefined when Gremlin has none with that guid. */
    async attack(guid) {
        const { status, json } = await this.call('GET', `/attacks/${encodeURIComponent(guid)}`, 'read attack', [200, 404]);
        return status === 404 ? undefined : this.parse(attackSchema, json, `read attack ${guid}`);
    }
    /** The team's attacks still running. */
    async activeAttacks() {
        const { json } = await this.call('GET', '/attacks/active', 'list the active attacks of', [200]);
        return this.parse(schemas/* array */.YOg(attackSchema), json, 'list active attacks');
    }
    /** Halts the attack; `gone` when Gremlin has no such attack (already removed). */
    async haltAttack(guid) {
        const { status } = await this.call('DELETE', `/attacks/${encodeURIComponent(guid)}`, 'halt attack', [200, 202, 204, 404]);
        return status === 404 ? 'gone' : 'halted';
    }
    /** Whether the scenario exists in the team. */
    async scenarioExists(id) {
        const { status } = await this.call('GET', `/scenarios/${encodeURIComponent(id)}`, 'read scenario', [200, 404]);
        return status === 200;
    }
    /** Runs the scenario; the run number. */
    async runScenario(id, hypothesis) {
        const { text } = await this.call('POST', `/scenarios/${encodeURIComponent(id)}/runs`, 'run scenario', [200, 201], { body: { hypothesis }, retry: [429, 502, 503, 504] });
        return this.id(text, `run scenario ${id} in`);
    }
    /** One run of a scenario, or undefined when there is none. */
    async scenarioRun(id, run) {
        const { status, json } = await this.call('GET', `/scenarios/${encodeURIComponent(id)}/runs/${encodeURIComponent(run)}`, 'read scenario run', [200, 404]);
        return status === 404
            ? undefined
            : this.parse(scenarioRunSchema, json, `read run ${run} of scenario ${id}`);
    }
    /** The runs of a scenario. */
    async scenarioRuns(id) {
        const { status, json } = await this.call('GET', `/scenarios/${encodeURIComponent(id)}/runs`, 'list the runs of scenario', [200, 404]);
        return status === 404 ? [] : this.parse(schemas/* array */.YOg(scenarioRunSchema), json, `list runs of ${id}`);
    }
    /** Halts a scenario run; `gone` when there is no such run. */
    async haltScenarioRun(id, run) {
        const { status } = await this.call('POST', `/scenarios/halt/${encodeURIComponent(id)}/runs/${encodeURIComponent(run)}`, 'halt scenario run', [200, 202, 204, 404]);
        return status === 404 ? 'gone' : 'halted';
    }
    async call(method, path, op, expected, opts = {}) {
        const url = `${this.conn.apiUrl}${path}?teamId=${encodeURIComponent(this.conn.teamId)}`;
        const where = `${this.conn.apiUrl}${path}`;
        let backoff = FIRST_BACKOFF_MS;
        for (let attempt = 1;; attempt++) {
            let res;
            try {
                res = await fetch(url, {
                    method,
                    signal: AbortSignal.any([this.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]),
                    headers: {
                        authorization: authorization(this.conn.apiKey),
                        accept: 'application/json, text/plain',
                        ...(opts.body === undefined ? {} : { 'content-type': 'application/json' })
                    },
                    ...(opts.body === undefined ? {} : { body: JSON.stringify(opts.body) })
                });
            }
            catch (err) {
                if (this.signal.aborted)
                    throw (0,clock/* abortReason */.Js)(this.signal);
                // No answer: nothing was done, so every call may try again.
                if (attempt < MAX_ATTEMPTS && (await this.wait(backoff))) {
                    backoff *= 2;
                    continue;
                }
                throw this.error(op, where, `no answer (${(0,errors/* errorMessage */.gJ)(err)})`, undefined, err);
            }
            const text = await res.text();
            if (expected.includes(res.status))
                return { status: res.status, text, json: (0,response_body/* jsonOrText */.B)(text) };
            if (res.status === 401 || res.status === 403)
                throw this.denied(op, where, res.status, text);
            const retryable = opts.retry ?? [429, 500, 502, 503, 504];
            if (attempt < MAX_ATTEMPTS && retryable.includes(res.status)) {
                const after = res.status === 429
                    ? (0,retry/* parseRetryAfter */.mu)(res.headers.get('retry-after') ?? undefined, this.clock.now())
                    : undefined;
                if (after !== undefined && after > MAX_RETRY_AFTER_MS)
                    throw this.error(op, where, `429 rate limited; Gremlin asks to wait ${Math.round(after / 1000)}s, longer than the gate waits`, 429);
                if (await this.wait(after ?? backoff)) {
                    backoff *= 2;
                    continue;
                }
            }
            throw this.error(op, where, `${res.status} ${serverMessage(text)}`, res.status);
        }
    }
    /** Sleeps `ms` on the injected clock; false when that would pass the deadline. */
    async wait(ms) {
        if (this.clock.now() + ms > this.deadline)
            return false;
        try {
            await this.clock.sleep(ms, this.signal);
            return true;
        }
        catch (err) {
            if ((0,clock/* isAbortError */.zf)(err))
                throw (0,clock/* abortReason */.Js)(this.signal);
            throw err;
        }
    }
    denied(op, where, status, text) {
        const said = serverMessage(text);
        const fix = status === 401
            ? 'Gremlin did not accept the API key: set gremlin-api-key (GREMLIN_API_KEY) to a current team API key (Gremlin: Team Settings → API Keys)'
            : `the API key may not do this in team ${this.conn.teamId}: set gremlin-team-id (GREMLIN_TEAM_ID) to the team the key belongs to, and give the key's user a role that can run attacks (Team User or Team Admin)`;
        return this.error(op, where, `${status}${said === '' ? '' : ` ${said}`}; ${fix}`, status);
    }
    id(text, op) {
        const value = text.trim().replace(/^"|"$/g, '');
        if (!/^[A-Za-z0-9-]+$/.test(value))
            throw this.error(op, this.conn.apiUrl, `unexpected response: '${(0,errors/* truncate */.xv)(text, 80)}'`);
        return value;
    }
    parse(schema, body, what) {
        const parsed = schema.safeParse(body);
        if (parsed.success)
            return parsed.data;
        throw this.error(what, this.conn.apiUrl, (0,response_body/* unexpectedResponse */.L)(parsed.error));
    }
    error(op, target, message, status, cause) {
        return new errors/* BackendError */.Jh('gremlin', op, target, message, status, { cause });
    }
}
/** `Key <key>`, unless the value already names its scheme (a `Bearer` token works as well). */
function authorization(apiKey) {
    return /^(Key|Bearer)\s/i.test(apiKey) ? apiKey : `Key ${apiKey}`;
}
/** Gremlin's errors are JSON with a `message`, or plain text; either is echoed, cut short. */
function serverMessage(text) {
    const parsed = schemas/* looseObject */._H3({ message: schemas/* string */.YjP() }).safeParse((0,response_body/* jsonOrText */.B)(text));
    return parsed.success ? parsed.data.message : (0,errors/* truncate */.xv)(text.trim());
}

;// CONCATENATED MODULE: ./src/backends/gremlin/gremlin-runs.ts
/**
 * Scenario runs of this run: the stamp that finds a scenario run again by the gate's run id. Gremlin's scenario runs carry a
 * free-text hypothesis and no labels, so the run id and experiment are written into it in a fixed
 * form; attacks carry neither, so they are found by the guid the run state recorded.
 */
/** `[chaos-gate run <run> experiment <name>]`. */
function runMarker(runId, experiment) {
    return experiment === undefined
        ? `[chaos-gate run ${runId} `
        : `[chaos-gate run ${runId} experiment ${experiment}]`;
}
/** Scenario stages in which a run may still inject. */
const ACTIVE_RUN = new Set([
    'NotStarted',
    'Pending',
    'Active',
    'Running',
    'HaltRequested'
]);

;// CONCATENATED MODULE: ./src/backends/gremlin/gremlin-cleanup.ts
/**
 * Finds a run's Gremlin leftovers and halts them: every attack the run recorded that is still
 * active, and every run of the run's scenarios whose hypothesis carries the run's stamp and is
 * still active. Halting is idempotent, so an attack the abort already halted costs one read.
 */


/** Where a scenario's runs are looked for, recorded before the run starts (gate/steps/cleanup.ts). */
const SCENARIO_PREFIX = 'gremlin-scenario:';
async function sweepGremlin(selector, ctx, api) {
    const deleted = [];
    const stuck = [];
    const mine = selector.handles.filter((h) => h.backend === 'gremlin' &&
        (selector.experiment === undefined || h.experiment === selector.experiment));
    for (const h of mine.filter((x) => x.kind === 'Attack')) {
        try {
            const client = api(h.data?.teamId);
            const attack = await client.attack(h.name);
            if (!attack || attack.stageLifecycle === 'Complete' || attack.endTime)
                continue;
            if ((await client.haltAttack(h.name)) === 'halted')
                deleted.push(`Gremlin attack ${h.name} (halt requested)`);
        }
        catch (err) {
            stuck.push(leftover(`Gremlin attack ${h.name}`, err, `/attacks/${h.name}`, h));
        }
    }
    const scenarios = new Set();
    for (const n of selector.namespaces)
        if (n.startsWith(SCENARIO_PREFIX))
            scenarios.add(n.slice(SCENARIO_PREFIX.length));
    for (const h of mine)
        if (h.data?.scenarioId)
            scenarios.add(h.data.scenarioId);
    // The scenario's own run recorded its team; else another fault of the run did, else settings.
    const teamOf = (id) => (mine.find((h) => h.data?.scenarioId === id) ?? mine.find((h) => h.data?.teamId))?.data?.teamId;
    const marker = runMarker(selector.runId, selector.experiment);
    for (const id of scenarios) {
        try {
            const client = api(teamOf(id));
            for (const run of await client.scenarioRuns(id)) {
                if (!run.hypothesis?.includes(marker) || !ACTIVE_RUN.has(run.stage_info.stage))
                    continue;
                const n = String(run.run_number ?? '');
                if ((await client.haltScenarioRun(id, n)) === 'halted')
                    deleted.push(`Gremlin scenario ${id} run ${n} (halt requested)`);
            }
        }
        catch (err) {
            stuck.push(leftover(`Gremlin runs of scenario ${id}`, err, `/scenarios/${id}/runs`));
        }
    }
    ctx.log.debug(`Gremlin cleanup of ${selector.runId}: ${deleted.length} halted`);
    return { deleted, errors: [], stuck };
}
function leftover(ref, err, path, h) {
    const team = h?.data?.teamId ?? '$GREMLIN_TEAM_ID';
    return {
        ref,
        reason: (0,errors/* errorMessage */.gJ)(err),
        inspect: `curl -H "Authorization: Key $GREMLIN_API_KEY" "https://api.gremlin.com/v1${path}?teamId=${team}"`
    };
}

;// CONCATENATED MODULE: ./src/backends/gremlin/gremlin-connection.ts

/** The connection, or what is missing and how to set it. */
function gremlinConnection(deps, teamId) {
    const env = deps.env ?? {};
    const team = teamId ?? nonEmpty(deps.gremlin?.teamId) ?? nonEmpty(env.GREMLIN_TEAM_ID);
    const apiKey = nonEmpty(deps.gremlin?.apiKey) ?? nonEmpty(env.GREMLIN_API_KEY);
    const missing = [
        team === undefined
            ? 'the team id (gremlin-team-id input, --gremlin-team-id or GREMLIN_TEAM_ID)'
            : '',
        apiKey === undefined ? 'the API key (gremlin-api-key input or GREMLIN_API_KEY)' : ''
    ].filter(Boolean);
    if (team === undefined || apiKey === undefined)
        return { missing: `Gremlin needs ${missing.join(' and ')}` };
    return {
        apiUrl: (nonEmpty(env.GREMLIN_API_URL) ?? GREMLIN_API_URL).replace(/\/+$/, ''),
        teamId: team,
        apiKey
    };
}
function nonEmpty(value) {
    return value === undefined || value.trim() === '' ? undefined : value.trim();
}

;// CONCATENATED MODULE: ./src/backends/gremlin/gremlin-observation.ts
const ATTACK_STAGES = {
    Pending: { phase: 'pending', terminal: false },
    Distributed: { phase: 'pending', terminal: false },
    Initializing: { phase: 'pending', terminal: false },
    Running: { phase: 'injected', terminal: false },
    // Still in effect until the clients confirm the halt.
    HaltRequested: { phase: 'injected', terminal: false },
    HaltDistributed: { phase: 'injected', terminal: false },
    RollbackStarted: { phase: 'recovered', terminal: false },
    TearingDown: { phase: 'recovered', terminal: false },
    Successful: { phase: 'finished', terminal: true },
    Halted: { phase: 'stopped', terminal: true },
    UserHalted: { phase: 'stopped', terminal: true },
    Failed: { phase: 'failed', terminal: true },
    InitializationFailed: { phase: 'failed', terminal: true },
    TargetNotFound: { phase: 'failed', terminal: true },
    LostCommunication: { phase: 'failed', terminal: true },
    ClientAborted: { phase: 'failed', terminal: true },
    RollbackTriggered: { phase: 'failed', terminal: true }
};
const SCENARIO_STAGES = {
    NotStarted: { phase: 'pending', terminal: false },
    Pending: { phase: 'pending', terminal: false },
    Active: { phase: 'injected', terminal: false },
    Running: { phase: 'injected', terminal: false },
    HaltRequested: { phase: 'injected', terminal: false },
    Successful: { phase: 'finished', terminal: true },
    Completed: { phase: 'finished', terminal: true },
    Halted: { phase: 'stopped', terminal: true },
    Failed: { phase: 'failed', terminal: true }
};
/** Coarse lifecycle Gremlin reports beside the stage, for a stage this build does not know. */
const LIFECYCLE = {
    NotStarted: { phase: 'pending', terminal: false },
    Active: { phase: 'injected', terminal: false }
};
/** The observation for an attack's current stage. */
function attackObservation(attack, at, haltedByGate) {
    const stage = attack.stage;
    const known = ATTACK_STAGES[stage] ?? LIFECYCLE[attack.stageLifecycle ?? ''];
    const output = attack.output ? `: ${attack.output}` : '';
    const targets = attack.targets ?? undefined;
    const base = {
        at,
        details: { attackId: attack.guid, stage },
        ...(targets && known?.phase !== 'pending' ? { affectedTargets: targets.length } : {})
    };
    if (!known)
        return {
            ...base,
            phase: 'failed',
            message: `Gremlin reported an unknown attack stage '${stage}'${output}`,
            terminal: true
        };
    if (known.phase === 'stopped')
        return halted(base, 'attack', haltedByGate, output);
    return { ...base, ...known, message: `Gremlin attack ${stage}${output}` };
}
/** The observation for a scenario run's current stage. */
function scenarioObservation(run, id, at, haltedByGate) {
    const stage = run.stage_info.stage;
    const known = SCENARIO_STAGES[stage];
    const meta = run.stage_info.stageMetadata ?? {};
    const reason = [meta.failedReason, meta.haltReason, meta.reason].find((v) => typeof v === 'string' && v !== '');
    const said = reason === undefined ? '' : `: ${reason}`;
    const base = { at, details: { scenarioId: id, runNumber: String(run.run_number ?? ''), stage } };
    if (!known)
        return {
            ...base,
            phase: 'failed',
            message: `Gremlin reported an unknown scenario stage '${stage}'${said}`,
            terminal: true
        };
    if (known.phase === 'stopped')
        return halted(base, 'scenario run', haltedByGate, said);
    return { ...base, ...known, message: `Gremlin scenario run ${stage}${said}` };
}
function halted(base, what, haltedByGate, said) {
    if (haltedByGate)
        return {
            ...base,
            phase: 'stopped',
            message: `Gremlin ${what} halted by the gate${said}`,
            terminal: true
        };
    return {
        ...base,
        phase: 'stopped',
        verdict: 'aborted',
        message: `Gremlin halted the ${what} itself (a status check, or someone pressed Halt)${said}`,
        terminal: true
    };
}

;// CONCATENATED MODULE: ./src/backends/gremlin/gremlin-backend.ts








function gremlinBackend(deps) {
    return new GremlinBackend(deps);
}
class GremlinBackend {
    deps;
    kind = 'gremlin';
    /** Attacks and runs this process halted, so their `Halted` is not read as Gremlin's own stop. */
    haltedByGate = new Set();
    /** Submitted faults by run and experiment, so a retried submit adopts the first. */
    submitted = new Map();
    constructor(deps) {
        this.deps = deps;
    }
    check(exp) {
        return exp.fault.kind === 'gremlin'
            ? []
            : [(0,backend_issues/* unsupportedFault */.k7)(exp, 'gremlin', 'spec.gremlin attacks and scenarios')];
    }
    async preflight(exp, ctx) {
        const spec = specOf(exp);
        const conn = gremlinConnection(this.deps);
        if ('missing' in conn)
            return (0,backend_issues/* preflightFailed */.n1)(exp, 'gremlin', [], conn.missing, 'On GitHub, pass secrets.GREMLIN_API_KEY as gremlin-api-key and the team id as gremlin-team-id; on the command line, export GREMLIN_API_KEY and GREMLIN_TEAM_ID.');
        const api = this.api(conn, ctx);
        try {
            if ('scenarioId' in spec) {
                if (!(await api.scenarioExists(spec.scenarioId)))
                    return (0,backend_issues/* preflightFailed */.n1)(exp, 'gremlin', ['spec', 'gremlin', 'scenarioId'], `Gremlin team ${conn.teamId} has no scenario ${spec.scenarioId}`, "Check the id (Gremlin: Scenarios → the scenario's URL) and that gremlin-team-id is the scenario's team.");
            }
            else {
                // Proves the key, the team and the endpoint before anything is created.
                await api.activeAttacks();
            }
        }
        catch (err) {
            return (0,backend_issues/* preflightFailed */.n1)(exp, 'gremlin', [], `Gremlin is not usable: ${(0,errors/* errorMessage */.gJ)(err)}`, 'Check gremlin-team-id, gremlin-api-key and that api.gremlin.com is reachable from the runner.');
        }
        return { warnings: [], issues: [] };
    }
    async submit(exp, ctx) {
        const k = `${ctx.runId}/${exp.name}`;
        const existing = this.submitted.get(k);
        if (existing)
            return existing;
        const spec = specOf(exp);
        const conn = this.connection();
        const api = this.api(conn, ctx);
        const handle = 'scenarioId' in spec
            ? await this.runScenario(api, conn, exp, spec.scenarioId, ctx)
            : {
                backend: 'gremlin',
                experiment: exp.name,
                kind: 'Attack',
                name: await api.createAttack(attackRequest(spec, exp.durationMs ?? 0)),
                data: { teamId: conn.teamId }
            };
        this.submitted.set(k, handle);
        return handle;
    }
    observe(handle, ctx) {
        const api = this.api(this.connection(handle), ctx);
        const halted = () => this.haltedByGate.has(handle.name);
        const scenario = scenarioOf(handle);
        if (scenario) {
            return (0,poll_follow/* pollObservations */.r)(async () => {
                const run = await api.scenarioRun(scenario.id, scenario.run);
                return run
                    ? scenarioObservation(run, scenario.id, ctx.clock.now(), halted())
                    : gone(ctx, `Gremlin scenario ${scenario.id} has no run ${scenario.run}`);
            }, ctx);
        }
        return (0,poll_follow/* pollObservations */.r)(async () => {
            const attack = await api.attack(handle.name);
            return attack
                ? attackObservation(attack, ctx.clock.now(), halted())
                : gone(ctx, `Gremlin attack ${handle.name} no longer exists`);
        }, ctx);
    }
    async abort(handle, ctx) {
        this.haltedByGate.add(handle.name);
        const api = this.api(this.connection(handle), ctx);
        const scenario = scenarioOf(handle);
        const result = scenario
            ? await api.haltScenarioRun(scenario.id, scenario.run)
            : await api.haltAttack(handle.name);
        ctx.log.debug(`Gremlin halt ${handle.kind} ${handle.name}: ${result}`);
    }
    cleanup(selector, ctx) {
        return sweepGremlin(selector, ctx, (teamId) => this.api(this.connection(undefined, teamId), ctx));
    }
    /** Runs the scenario, or adopts a run this run already started (found by its stamp). */
    async runScenario(api, conn, exp, id, ctx) {
        const marker = runMarker(ctx.runId, exp.name);
        const runs = await api.scenarioRuns(id);
        const mine = runs.find((r) => r.hypothesis?.includes(marker) === true && ACTIVE_RUN.has(r.stage_info.stage));
        const run = mine?.run_number !== undefined
            ? String(mine.run_number)
            : await api.runScenario(id, `${exp.hypothesis ?? `chaos-gate experiment ${exp.name}`} ${marker}`);
        return {
            backend: 'gremlin',
            experiment: exp.name,
            kind: 'ScenarioRun',
            name: `${id}/${run}`,
            data: { teamId: conn.teamId, scenarioId: id, run }
        };
    }
    connection(handle, teamId) {
        const conn = gremlinConnection(this.deps, teamId ?? handle?.data?.teamId);
        if ('missing' in conn)
            throw new Error(conn.missing);
        return conn;
    }
    api(conn, ctx) {
        return new GremlinApi(conn, ctx.clock, ctx.signal, ctx.deadline);
    }
}
/** The body of `POST /attacks/new`: a Random target among the tagged hosts or labelled containers. */
function attackRequest(spec, durationMs) {
    const { type, args, target } = spec.attack;
    return {
        command: { type, args: [...args, '-l', String(Math.max(1, Math.round(durationMs / 1000)))] },
        target: targetBody(target),
        // A client that joins mid-attack is not hit: the count the policy allowed is the count hit.
        includeNewTargets: false
    };
}
function targetBody(t) {
    const match = Object.fromEntries(Object.entries(t.match).map(([k, v]) => [k, [...v]]));
    return {
        type: 'Random',
        ...(t.kind === 'hosts'
            ? { hosts: { multiSelectTags: match } }
            : { containers: { multiSelectLabels: match } }),
        ...(t.count !== undefined ? { exact: t.count } : { percent: t.percent ?? 100 })
    };
}
function scenarioOf(handle) {
    const id = handle.data?.scenarioId;
    const run = handle.data?.run;
    return handle.kind === 'ScenarioRun' && id && run ? { id, run } : undefined;
}
function gone(ctx, message) {
    return { at: ctx.clock.now(), phase: 'failed', message, terminal: true };
}
function specOf(exp) {
    if (exp.fault.kind !== 'gremlin')
        throw new Error(`the gremlin backend runs spec.gremlin faults, not ${exp.fault.kind}`);
    return exp.fault.spec;
}


/***/ }),

/***/ 25764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ pollObservations)
/* harmony export */ });
/* harmony import */ var _util_clock__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97110);
/**
 * Follows a fault on a backend that has no watch (AWS FIS, Gremlin): `look` is polled with a
 * bounded back-off, 1 s after a change and growing by half each unchanged look up to 10 s, so a
 * long fault costs a few requests a minute while a change is still seen within a second. Only a
 * change is yielded. The clients already retry throttling and 5xx within bounds; four failed looks
 * in a row end the stream with the error (the gate then counts it as lost track, never a pass).
 */

const FIRST_MS = 1_000;
const MAX_MS = 10_000;
const MAX_FAILURES = 4;
/** Polls `look` until it reports a terminal observation or the run is cancelled. */
async function* pollObservations(look, ctx) {
    let waitMs = FIRST_MS;
    let last = '';
    let failures = 0;
    while (!ctx.signal.aborted) {
        try {
            const o = await look();
            failures = 0;
            const key = `${o.phase}/${o.message}`;
            if (key !== last) {
                last = key;
                waitMs = FIRST_MS;
                yield o;
            }
            else
                waitMs = Math.min(MAX_MS, Math.round(waitMs * 1.5));
            if (o.terminal)
                return;
        }
        catch (err) {
            if ((0,_util_clock__WEBPACK_IMPORTED_MODULE_0__/* .isAbortError */ .zf)(err) || ctx.signal.aborted)
                return;
            if (++failures >= MAX_FAILURES)
                throw err;
        }
        try {
            await ctx.clock.sleep(waitMs, ctx.signal);
        }
        catch (err) {
            if ((0,_util_clock__WEBPACK_IMPORTED_MODULE_0__/* .isAbortError */ .zf)(err))
                return;
            throw err;
        }
    }
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


/***/ }),

/***/ 4266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
/* harmony import */ var _clock__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97110);

/** The delay before attempt `attempt` (1-based count of failures so far). */
function backoffDelay(policy, attempt, random = Math.random) {
    const exp = policy.baseDelayMs * 2 ** Math.max(0, attempt - 1);
    const capped = Math.min(exp, policy.maxDelayMs);
    const spread = capped * policy.jitter;
    return Math.max(0, Math.round(capped - spread + random() * 2 * spread));
}
/**
 * Runs `op` until it succeeds, the classifier says a failure is permanent, or attempts run out.
 * The last error is rethrown unchanged. A Retry-After hint replaces the back-off delay, capped.
 */
async function withRetry(op, classify, policy, clock, signal, onRetry) {
    for (let attempt = 1;; attempt++) {
        try {
            return await op(attempt);
        }
        catch (err) {
            if ((0,_clock__WEBPACK_IMPORTED_MODULE_0__/* .isAbortError */ .zf)(err) && signal?.aborted)
                throw err;
            const decision = classify(err);
            if (!decision.retry || attempt >= policy.attempts)
                throw err;
            const delay = Math.min(decision.afterMs ?? backoffDelay(policy, attempt), policy.maxDelayMs);
            onRetry?.(err, delay, attempt);
            await clock.sleep(delay, signal);
        }
    }
}
/** Parses an HTTP Retry-After header (seconds or an HTTP date) into milliseconds from `now`. */
function parseRetryAfter(value, now) {
    if (!value)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+(\.\d+)?$/.test(trimmed))
        return Math.round(Number(trimmed) * 1000);
    const date = Date.parse(trimmed);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}


/***/ })

};
;