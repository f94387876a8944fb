"use strict";
exports.id = 855271;
exports.ids = [855271];
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

/***/ 74743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cleanupCommand: () => (/* binding */ cleanupCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/gate/cleanup-run.ts
var cleanup_run = __webpack_require__(74503);
// EXTERNAL MODULE: ./src/gate/run-state/run-state.ts + 2 modules
var run_state = __webpack_require__(9598);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(28551);
// EXTERNAL MODULE: ./src/gate/settings-table.ts + 1 modules
var settings_table = __webpack_require__(62042);
// EXTERNAL MODULE: ./src/cli/flag-source.ts
var flag_source = __webpack_require__(56366);
;// CONCATENATED MODULE: ./src/cli/gremlin-flags.ts


function gremlinFrom(flags, io) {
    const teamId = (0,flag_source/* readFlagOrEnv */.bt)(settings_table/* SETTINGS */.yy.gremlinTeamId, flags, io.env)?.text.trim();
    const apiKey = (0,flag_source/* readFlagOrEnv */.bt)(settings_table/* SETTINGS */.yy.gremlinApiKey, flags, io.env)?.text.trim();
    if (apiKey)
        io.secrets?.add(...(settings_table/* SETTINGS */.yy.gremlinApiKey.secrets?.(apiKey) ?? []));
    if (!teamId && !apiKey)
        return undefined;
    return { ...(teamId ? { teamId } : {}), ...(apiKey ? { apiKey } : {}) };
}

// EXTERNAL MODULE: ./src/cli/settings-flags.ts
var settings_flags = __webpack_require__(32491);
// EXTERNAL MODULE: ./src/cli/commands/gate-io.ts
var gate_io = __webpack_require__(98519);
;// CONCATENATED MODULE: ./src/cli/commands/cleanup.ts
/**
 * `chaos-gate cleanup`: stops and removes whatever a run left behind, from its run-state file
 * (the latest run unless --run-id names one). The action's post step does the same.
 */








const cleanupCommand = {
    name: 'cleanup',
    help: [
        'Usage: chaos-gate cleanup [--run-id ID] [--state-dir DIR] [--kubeconfig FILE] [--context NAME]',
        '',
        'Aborts every fault the run recorded and removes what it created (by its run-id label).',
        'Without --run-id, cleans up the latest run in the state directory.',
        '',
        '    --run-id ID       the run to clean up (default: the latest)',
        `    --state-dir DIR   where run-state files are (default ${settings_flags/* CLI_SETTINGS */.vW.stateDir.default})`,
        '    --kubeconfig FILE the cluster of a Kubernetes run (default: the one the run used, then KUBECONFIG, then ~/.kube/config)',
        '    --context NAME    its kube context',
        '    --gremlin-team-id ID  Gremlin team of attacks that recorded none (or GREMLIN_TEAM_ID; the key: GREMLIN_API_KEY)',
        '',
        'Exit codes: 0 clean, 2 no such run, 3 something was left behind (each is named).'
    ].join('\n'),
    options: {
        'run-id': { type: 'string' },
        'state-dir': { type: 'string' },
        kubeconfig: { type: 'string' },
        context: { type: 'string' },
        'gremlin-team-id': { type: 'string' }
    },
    async run(flags, _positionals, io) {
        const stateDir = (0,settings_flags/* parseCliSetting */.GT)(settings_flags/* CLI_SETTINGS */.vW.stateDir, flags, io);
        const runId = (0,settings_flags/* parseCliSetting */.GT)(settings_flags/* CLI_SETTINGS */.vW.runId, flags, io);
        if (stateDir instanceof errors/* InputError */.dz || runId instanceof errors/* InputError */.dz) {
            const bad = [stateDir, runId].filter((v) => v instanceof errors/* InputError */.dz);
            throw bad.length === 1 && bad[0] ? bad[0] : new errors/* InputErrors */.G(bad);
        }
        const state = await (0,run_state/* readRunState */.xz)(stateDir, runId);
        if (!state) {
            if (runId !== undefined)
                throw new errors/* InputError */.dz('--run-id', `no run-state file ${(0,run_state/* runStatePath */.qm)(stateDir, runId)}`);
            io.stdout.write(`No run-state files in ${(0,external_node_path_.relative)(io.cwd, stateDir) || '.'}; nothing to clean up.\n`);
            return exit_codes/* ExitCode */.y.ok;
        }
        const log = (0,gate_io/* cliLog */.$F)(io);
        // The cluster the run recorded, unless the flags name another.
        const kubeconfig = typeof flags.kubeconfig === 'string' ? flags.kubeconfig : state.cluster?.kubeconfig;
        const context = typeof flags.context === 'string' ? flags.context : state.cluster?.context;
        const gremlin = gremlinFrom(flags, io);
        const registry = (0,gate_io/* cliBackends */.i0)(io, log, { kubeconfig, context, ...(gremlin && { gremlin }) });
        const record = await (0,cleanup_run/* cleanupRun */.w)(state, { backends: (kind) => registry.get(kind), clock: io.clock, log, by: 'chaos-gate cleanup' }, (0,run_state/* fileRunState */.Ng)(stateDir, io.clock, state.pid, { ...(io.secrets && { secrets: io.secrets }) }));
        io.stdout.write(`Run ${state.runId} (${state.status}, started ${new Date(state.startedAt).toISOString()}):\n`);
        const stopped = (0,cleanup_run/* stoppedFaults */.D)(state, record);
        for (const r of record.reports) {
            for (const f of stopped)
                if (f.backend === r.backend && !r.deleted.includes(f.ref))
                    io.stdout.write(`  ${r.backend}: stopped ${f.ref}\n`);
            for (const d of r.deleted)
                io.stdout.write(`  ${r.backend}: removed ${d}\n`);
            for (const s of r.stuck)
                io.stdout.write(`  ${r.backend}: LEFT BEHIND ${s.ref}: ${s.reason} (inspect: ${s.inspect})\n`);
            for (const e of r.errors)
                io.stdout.write(`  ${r.backend}: ERROR ${e}\n`);
        }
        io.stdout.write(record.clean ? 'Clean: nothing of this run is left.\n' : 'Not clean: see above.\n');
        return record.clean ? exit_codes/* ExitCode */.y.ok : exit_codes/* ExitCode */.y.cannotOperate;
    }
};


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

/***/ 74503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ stoppedFaults),
/* harmony export */   w: () => (/* binding */ cleanupRun)
/* harmony export */ });
/* harmony import */ var _backends_labels__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86670);
/* harmony import */ var _util_bounded__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73177);
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _timeouts__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69679);




/** Aborts and removes everything the run recorded; returns (and records, given a store) what happened. */
async function cleanupRun(state, deps, store) {
    const kinds = [...new Set(Object.values(state.experiments).map((e) => e.backend))];
    const reports = [];
    for (const kind of kinds)
        reports.push({ backend: kind, ...(await cleanupBackend(state, kind, deps)) });
    const clean = reports.every((r) => r.stuck.length === 0 && r.errors.length === 0);
    const record = { at: deps.clock.now(), by: deps.by, clean, reports };
    if (store) {
        store.adopt(state);
        await store.recordCleanup(record);
    }
    return record;
}
async function cleanupBackend(state, kind, deps) {
    const entries = Object.values(state.experiments).filter((e) => e.backend === kind);
    const handles = entries.flatMap((e) => (e.handle ? [e.handle] : []));
    const namespaces = [...new Set(entries.flatMap((e) => e.namespaces))];
    const aborts = [];
    try {
        const backend = await deps.backends(kind);
        const run = (ms, what, fn) => (0,_util_bounded__WEBPACK_IMPORTED_MODULE_1__/* .withTimeout */ .w)(deps.clock, ms, what, undefined, (signal) => fn({
            runId: state.runId,
            clock: deps.clock,
            log: deps.log,
            signal,
            labels: (0,_backends_labels__WEBPACK_IMPORTED_MODULE_0__/* .runLabels */ .xU)(state.runId),
            deadline: deps.clock.now() + ms
        }));
        for (const handle of handles) {
            await run(_timeouts__WEBPACK_IMPORTED_MODULE_3__/* .TIMEOUTS */ .fT.abortMs, `aborting ${handle.name}`, (ctx) => backend.abort(handle, ctx)).catch((err) => {
                aborts.push({
                    handle,
                    error: `aborting ${handle.kind} ${handle.name} failed: ${(0,_util_errors__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`
                });
            });
        }
        const report = await run(_timeouts__WEBPACK_IMPORTED_MODULE_3__/* .TIMEOUTS */ .fT.cleanupMs, `${kind} cleanup`, (ctx) => backend.cleanup({ runId: state.runId, namespaces, handles }, ctx));
        // An abort that failed on an object cleanup then reports as stuck is one problem, not two:
        // the stuck entry says why and how to inspect it, and counting both would double it.
        const stuck = new Set(report.stuck.map((s) => s.ref));
        const unexplained = aborts.filter((a) => !stuck.has(objectRef(a.handle))).map((a) => a.error);
        return { ...report, errors: [...unexplained, ...report.errors] };
    }
    catch (err) {
        return {
            deleted: [],
            stuck: [],
            errors: [...aborts.map((a) => a.error), `${kind}: ${(0,_util_errors__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`]
        };
    }
}
/**
 * The faults the run never cleaned up itself whose backend's cleanup then came out clean: each was
 * aborted through the backend's safe path and is gone. Named `Kind namespace/name`.
 */
function stoppedFaults(state, record) {
    const clean = new Set(record.reports.filter((r) => r.stuck.length + r.errors.length === 0).map((r) => r.backend));
    return Object.values(state.experiments).flatMap((e) => e.handle && e.cleanedAt === undefined && clean.has(e.backend)
        ? [{ backend: e.backend, ref: objectRef(e.handle) }]
        : []);
}
/** `Kind namespace/name`, as Kubernetes backends name a stuck object. */
function objectRef(handle) {
    return `${handle.kind} ${handle.namespace ? `${handle.namespace}/` : ''}${handle.name}`;
}


/***/ })

};
;