"use strict";
exports.id = 931378;
exports.ids = [931378];
exports.modules = {

/***/ 14133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planCommand: () => (/* binding */ planCommand)
});

// EXTERNAL MODULE: ./src/policy/load-experiments.ts + 62 modules
var load_experiments = __webpack_require__(44407);
// EXTERNAL MODULE: ./src/report/issue-output.ts
var issue_output = __webpack_require__(69507);
// EXTERNAL MODULE: ./src/report/plan-text.ts
var plan_text = __webpack_require__(38495);
// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(28551);
// EXTERNAL MODULE: ./src/cli/settings-flags.ts
var settings_flags = __webpack_require__(32491);
// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(26518);
;// CONCATENATED MODULE: ./src/cli/commands/plan-json.ts


const PLAN_SCHEMA_VERSION = 1;
/** Builds the document from an inspection. */
function planToJson(inspection) {
    const counts = (0,issue_output/* countIssues */.w1)(inspection.issues);
    return {
        schemaVersion: PLAN_SCHEMA_VERSION,
        valid: counts.errors === 0,
        environment: inspection.policy.environment,
        policy: policyJson(inspection.policy),
        experiments: inspection.plans.map(experimentJson),
        issues: inspection.issues,
        summary: {
            files: inspection.files,
            experiments: inspection.plans.length,
            runnable: inspection.plans.filter((p) => p.runnable).length,
            ...counts
        }
    };
}
function policyJson(p) {
    return {
        source: p.source,
        maxTargets: p.maxTargets ?? null,
        maxPercentage: p.maxPercentage ?? null,
        maxDuration: p.maxDurationMs === undefined ? null : (0,duration/* toGoDuration */.Im)(p.maxDurationMs),
        allowedNamespaces: p.allowedNamespaces,
        blockedNamespaces: p.blockedNamespaces,
        allowedKinds: p.allowedKinds,
        forbiddenKinds: p.forbiddenKinds,
        allowedActions: p.allowedActions,
        forbiddenActions: p.forbiddenActions,
        autoAbort: p.autoAbort.map((c) => ({
            label: c.label,
            source: c.source,
            query: c.query,
            threshold: c.threshold,
            window: (0,duration/* toGoDuration */.Im)(c.windowMs)
        }))
    };
}
function experimentJson({ experiment: e, decisions, runnable }) {
    return {
        name: e.name,
        source: e.source,
        runnable,
        backend: e.backend,
        kind: e.kind,
        action: e.action ?? null,
        namespace: e.namespace ?? null,
        targets: e.targets ?? null,
        duration: e.durationMs === undefined ? null : (0,duration/* toGoDuration */.Im)(e.durationMs),
        durationMs: e.durationMs ?? null,
        timeout: e.timeoutMs === undefined ? null : (0,duration/* toGoDuration */.Im)(e.timeoutMs),
        expect: e.expect,
        hypothesis: e.hypothesis ?? null,
        checks: (e.steadyState?.checks ?? []).map(checkJson),
        policy: decisions
    };
}
function checkJson(c) {
    const { windowMs, location, ...rest } = c;
    return {
        ...rest,
        window: (0,duration/* toGoDuration */.Im)(windowMs),
        location: { file: location.file, line: location.line, col: location.col }
    };
}

;// CONCATENATED MODULE: ./src/cli/commands/plan.ts
/**
 * `chaos-gate plan [paths...] [--json]`: what the gate would do, per experiment, without doing it:
 * backend, kind, namespace, declared targets, duration, steady-state checks and every policy
 * decision. Exits 2 when anything is invalid, after printing the plan of what is valid.
 */






const planCommand = {
    name: 'plan',
    help: [
        'Usage: chaos-gate plan [paths...] [--policy FILE] [--json] [flags]',
        '',
        'Prints, per experiment: name, source file:line, backend, kind, action, namespace, declared',
        'targets, duration, steady-state checks and the policy decisions. Nothing is submitted.',
        '',
        'Flags:',
        '      --json                  the plan as JSON (schemaVersion 1, see docs/cli.md)',
        (0,settings_flags/* flagHelp */.QR)(settings_flags/* MANIFEST_FLAG_NAMES */._y),
        '',
        'Exit codes: 0 valid, 2 not valid (the plan of the valid experiments is still printed).'
    ].join('\n'),
    options: { ...(0,settings_flags/* pickFlags */.r4)(settings_flags/* MANIFEST_FLAG_NAMES */._y), json: { type: 'boolean' } },
    async run(flags, positionals, io) {
        const settings = (0,settings_flags/* settingsFromFlags */.x$)(flags, positionals, io);
        const inspection = await (0,load_experiments/* inspectExperiments */.d)(settings, { env: io.env });
        const counts = (0,issue_output/* countIssues */.w1)(inspection.issues);
        if (flags.json === true) {
            io.stdout.write(`${JSON.stringify(planToJson(inspection), null, 2)}\n`);
        }
        else {
            io.stdout.write((0,plan_text/* renderPlan */.EG)(inspection));
            if (inspection.issues.length > 0)
                io.stdout.write(`\nProblems:\n${(0,issue_output/* issueLines */.Ft)(inspection.issues)}`);
            const runnable = inspection.plans.filter((p) => p.runnable).length;
            io.stdout.write(`\n${runnable} of ${inspection.plans.length} experiments runnable; ${(0,issue_output/* describeCounts */.wv)(counts)}.\n`);
        }
        return counts.errors > 0 ? exit_codes/* ExitCode */.y.invalid : exit_codes/* ExitCode */.y.ok;
    }
};


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

/***/ 69507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ft: () => (/* binding */ issueLines),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   w1: () => (/* binding */ countIssues),
/* harmony export */   wv: () => (/* binding */ describeCounts)
/* harmony export */ });
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/**
 * How validate and plan print problems: one `file:line:col: severity: message` line each (the form
 * editors and problem matchers read), then a one-line count.
 */

/** Counts `issues` by severity. */
function countIssues(issues) {
    return {
        errors: issues.filter((i) => i.severity === 'error').length,
        warnings: issues.filter((i) => i.severity === 'warning').length,
        notices: issues.filter((i) => i.severity === 'notice').length
    };
}
/** One line per issue, in the order given (callers sort). */
function issueLines(issues) {
    return issues.map((i) => `${(0,_util_errors__WEBPACK_IMPORTED_MODULE_0__/* .formatIssue */ .Hd)(i)}\n`).join('');
}
/** `2 errors, 1 warning` (zero counts left out; `no problems` when all are zero). */
function describeCounts(c) {
    const parts = [
        plural(c.errors, 'error'),
        plural(c.warnings, 'warning'),
        plural(c.notices, 'notice')
    ].filter((p) => p !== undefined);
    return parts.length === 0 ? 'no problems' : parts.join(', ');
}
/** `1 file`, `3 files`; undefined for zero. */
function plural(n, word) {
    return n === 0 ? undefined : `${n} ${word}${n === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 38495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EG: () => (/* binding */ renderPlan),
/* harmony export */   Ij: () => (/* binding */ faultText),
/* harmony export */   S5: () => (/* binding */ durationText),
/* harmony export */   WH: () => (/* binding */ targetsText)
/* harmony export */ });
/* harmony import */ var _util_duration__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26518);
/* harmony import */ var _issue_output__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69507);


/** The plan as text, without the problems (the command prints those after it). */
function renderPlan(inspection) {
    const { policy } = inspection;
    const head = `Plan: ${(0,_issue_output__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(inspection.plans.length, 'experiment') ?? 'no experiments'} from ${(0,_issue_output__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(inspection.files, 'file') ?? 'no files'}; environment ${policy.environment}; policy: ${policy.source}\n`;
    return [head, ...inspection.plans.map(renderExperiment)].join('\n');
}
function renderExperiment(plan) {
    const e = plan.experiment;
    const rows = [
        ['fault', faultText(e)],
        ['targets', targetsText(e)],
        ['duration', durationText(e)],
        ['checks', checks(e)],
        ['policy', decisions(plan.decisions)]
    ];
    if (e.hypothesis)
        rows.unshift(['hypothesis', e.hypothesis.trim()]);
    if (e.expect === 'fail')
        rows.push(['expect', 'fail (a negative test: passes only when the experiment fails)']);
    const title = `${e.name}  ${e.source.file}:${e.source.line}:${e.source.col}${plan.runnable ? '' : '  [not runnable: see problems]'}`;
    return ([
        title,
        ...rows.map(([k, v]) => `  ${k.padEnd(10)} ${v.split('\n').join(`\n  ${' '.repeat(10)} `)}`)
    ].join('\n') + '\n');
}
/** What the experiment targets, in words (also the pull-request comment's column). */
function targetsText(e) {
    return e.targets ? targets(e.targets) : noTargets(e);
}
function noTargets(e) {
    if (e.fault.kind === 'http-proxy')
        return `requests through the local proxy to ${e.fault.spec.upstream}`;
    return 'per template or experiment (see the policy rows)';
}
/** Backend, kind, action and namespace, in words. */
function faultText(e) {
    const where = e.namespace ? ` in namespace ${e.namespace}` : '';
    return `${e.backend} ${e.kind}${e.action && e.action !== e.kind ? ` ${e.action}` : ''}${where}`;
}
function targets(t) {
    const resource = t.resource ?? 'pod';
    if (resource === 'external')
        return 'outside the cluster (cloud resource or load generator)';
    const scope = [
        t.labelSelector ? `matching ${t.labelSelector}` : '',
        t.podNames?.length ? `named ${t.podNames.join(', ')}` : '',
        t.namespaces.length ? `in ${t.namespaces.join(', ')}` : ''
    ];
    const where = scope.filter(Boolean).join(' ');
    if (resource === 'traffic')
        return `${mode(t.mode, 'requests')} ${where}`.trim();
    if ((resource === 'host' || resource === 'container') && t.mode.kind === 'unknown')
        return "the scenario's targets (Gremlin resolves them at start)";
    if (resource === 'cloud')
        return t.mode.kind === 'unknown'
            ? "the existing template's cloud resources (FIS resolves them at start)"
            : mode(t.mode, 'matching cloud resources');
    return `${mode(t.mode, `${resource}s`)} ${where}`.trim();
}
function mode(m, what) {
    switch (m.kind) {
        case 'count':
            return `${m.count} ${m.count === 1 ? what.replace(/s$/, '') : what}`;
        case 'percent':
            return `${m.percent}% of ${what}`;
        case 'max-percent':
            return `up to ${m.percent}% of ${what}`;
        case 'all':
            return `all ${what}`;
        default:
            return `${what} (count decided in preflight)`;
    }
}
/** How long the fault lasts, in words. */
function durationText(e) {
    const timeout = e.timeoutMs === undefined ? '' : `, timeout ${(0,_util_duration__WEBPACK_IMPORTED_MODULE_0__/* .toGoDuration */ .Im)(e.timeoutMs)}`;
    if (e.durationMs !== undefined)
        return `${(0,_util_duration__WEBPACK_IMPORTED_MODULE_0__/* .toGoDuration */ .Im)(e.durationMs)}${timeout}`;
    return e.kind === 'pod-kill' || /kill|restart|reset/.test(e.action ?? '')
        ? `one-shot${timeout}`
        : `set by the backend${timeout}`;
}
function checks(e) {
    const list = e.steadyState?.checks ?? [];
    if (list.length === 0)
        return 'none (the verdict rests on the backend alone)';
    return list.map(check).join('\n');
}
function check(c) {
    const rules = [
        c.threshold ? bounds('', c.threshold) : '',
        c.relative ? 'relative to baseline' : '',
        c.slo ? `slo ${c.slo.objective}` : ''
    ];
    const shown = rules.filter(Boolean).join(', ');
    return `${c.name} (${c.source} ${truncate(c.query)}; ${c.phases.join('/')}${shown ? `; ${shown}` : ''}${c.dryRun ? '; dry run' : ''})`;
}
function bounds(prefix, b) {
    const parts = [
        b.min === undefined ? '' : `min ${b.min}`,
        b.max === undefined ? '' : `max ${b.max}`
    ].filter(Boolean);
    return `${prefix}${parts.join(' ')}`;
}
function decisions(list) {
    if (list.length === 0)
        return 'no rules apply';
    return list.map((d) => `${d.outcome.padEnd(9)} ${d.message}`).join('\n');
}
function truncate(text) {
    const one = text.replace(/\s+/g, ' ').trim();
    return one.length > 70 ? `${one.slice(0, 69)}…` : one;
}


/***/ })

};
;