"use strict";
exports.id = 357475;
exports.ids = [357475];
exports.modules = {

/***/ 42473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/exit-guard.ts
var exit_guard = __webpack_require__(9922);
// EXTERNAL MODULE: ./src/action/event.ts
var action_event = __webpack_require__(33566);
// EXTERNAL MODULE: ./src/action/github-env.ts
var github_env = __webpack_require__(91877);
// EXTERNAL MODULE: ./src/action/inputs.ts + 4 modules
var action_inputs = __webpack_require__(53919);
// EXTERNAL MODULE: ./src/action/main-scope.ts + 2 modules
var main_scope = __webpack_require__(56832);
// EXTERNAL MODULE: ./src/action/notify/check-run-content.ts
var check_run_content = __webpack_require__(21394);
// EXTERNAL MODULE: ./src/action/notify/gate-notify.ts + 6 modules
var gate_notify = __webpack_require__(3310);
// EXTERNAL MODULE: ./src/action/notify/github/check-run.ts
var check_run = __webpack_require__(75004);
// EXTERNAL MODULE: ./src/action/notify/job-summary.ts
var job_summary = __webpack_require__(66848);
// EXTERNAL MODULE: ./src/action/ops/run-hooks.ts + 3 modules
var run_hooks = __webpack_require__(9701);
// EXTERNAL MODULE: ./src/action/state.ts
var state = __webpack_require__(33175);
;// CONCATENATED MODULE: ./src/action/run-post.ts












async function runPost(deps) {
    const saved = (0,state/* readState */.un)(deps.core);
    const { runId, stateDir, sha } = saved;
    if (!runId || !stateDir || !sha) {
        deps.core.info('Chaos gate post: main started no run, so there is nothing to clean up.');
        return;
    }
    try {
        await cleanUp(deps, saved, await postScope(deps, saved, runId, sha), { runId, stateDir, sha });
    }
    catch (err) {
        deps.core.setFailed(`Chaos gate post could not clean up run ${runId}: ${(0,errors/* errorMessage */.gJ)(err)}. Run 'chaos-gate cleanup --run-id ${runId}' against the cluster to remove what it left.`);
    }
}
/** Post's last words when its process is ending before runPost returned (util/exit-guard.ts). */
function postUnfinished(deps) {
    const { runId } = (0,state/* readState */.un)(deps.core);
    deps.core.setFailed(`${exit_guard/* UNFINISHED_MESSAGE */.u}: post did not finish cleaning up${runId ? `; run 'chaos-gate cleanup --run-id ${runId}' against the cluster` : ''}.`);
    return Promise.resolve();
}
async function cleanUp(deps, saved, scope, run) {
    let cleanup;
    try {
        cleanup = await deps.engine.cleanup({ ...scope.settings.gate, ...run }, deps.signal);
    }
    catch (err) {
        // Not knowing whether a fault is still injected is as bad as knowing it is.
        cleanup = {
            submitted: [],
            stopped: [],
            reports: [
                {
                    deleted: [],
                    stuck: [],
                    errors: [`cleanup of run ${run.runId} failed: ${(0,errors/* errorMessage */.gJ)(err)}`]
                }
            ]
        };
    }
    if (saved.silences && !saved.silencesExpired) {
        // Main died before it expired them; the faults are gone now, so the alerts may page again.
        await (0,run_hooks/* expireSilences */.ES)(scope, saved.silences.split(','));
    }
    const stranded = strandedOf(cleanup.reports);
    const known = whatIsKnown(saved, cleanup, stranded);
    await closeCheckRun(scope, saved, known);
    // A run main finished and cleaned up needs no second summary; anything else is worth one.
    const removed = cleanup.stopped.length > 0 || cleanup.reports.some((r) => r.deleted.length > 0);
    if (saved.progress !== 'finished' || removed || stranded) {
        await (0,job_summary/* writeJobSummary */.j)(deps.core, ['### Chaos gate post step', '', ...known.map((k) => `- ${k}`), ''].join('\n'));
    }
    if (stranded) {
        for (const s of stranded.stuck)
            deps.core.error(`${s.ref} is still present: ${s.reason}. Inspect it with: ${s.inspect}`, {
                title: 'chaos-gate: fault left behind'
            });
        for (const e of stranded.errors)
            deps.core.error(e, { title: 'chaos-gate: cleanup failed' });
        await (0,gate_notify/* notifyStranded */.pC)(scope, stranded);
        deps.core.setFailed(`Chaos gate run ${run.runId} left fault objects that cleanup could not remove; remove them by hand (see the errors above).`);
        return;
    }
    deps.core.info(`Chaos gate post: ${known.join(' ')}`);
    if (noVerdict(saved)) {
        await (0,gate_notify/* notifyError */.UG)(scope, new Error(`main stopped before it reported (it crashed or was killed). ${known.join(' ')}`));
        // The job must not read as green: main may have exited 0 without ever deciding.
        deps.core.setFailed(`Chaos gate run ${run.runId}: main ended without a verdict, so nothing was gated. ${known.join(' ')}`);
    }
}
/** Main started a run and neither finished it nor was cancelled: it never wrote a verdict. */
function noVerdict(saved) {
    return (saved.progress ?? 'started') === 'started';
}
async function postScope(deps, saved, runId, sha) {
    const gh = (0,github_env/* readGitHubEnv */.py)(deps.env, deps.cwd);
    const inputs = (0,action_inputs/* readInputs */.K)(deps.core, gh, runId, deps.env);
    if (!inputs.ok)
        throw inputs.errors[0] ?? new errors/* InternalError */.Gd('inputs rejected without a reason');
    const settings = {
        ...inputs.settings,
        github: { ...inputs.settings.github, ...(saved.checkName && { checkName: saved.checkName }) }
    };
    const deployment = await (0,action_event/* gatedDeployment */.Xh)(gh, settings.gate.environment);
    return (0,main_scope/* mainScope */.W)(deps, gh, settings, {
        sha,
        environment: settings.gate.environment,
        eventName: gh.eventName,
        ...(deployment && { deployment })
    });
}
async function closeCheckRun(scope, saved, known) {
    const id = saved.checkRunId;
    if (id === undefined || saved.checkRunCompleted || !scope.api)
        return;
    const [conclusion, title] = noVerdict(saved)
        ? ['failure', 'No verdict: main ended before it reported']
        : ['cancelled', 'Cancelled before a verdict'];
    try {
        const result = await (0,check_run/* concludeIfOpen */.Rv)(scope.api, scope.deps.clock, id, conclusion, (0,check_run_content/* unfinishedOutput */.Fw)(scope.links, title, known));
        scope.deps.core.info(result === 'concluded'
            ? `Closed check run #${id} as ${conclusion}.`
            : `Check run #${id} was already completed.`);
    }
    catch (err) {
        scope.deps.core.warning(`Closing check run #${id} failed: ${(0,errors/* errorMessage */.gJ)(err)}. It stays in progress until GitHub times it out.`);
    }
}
const PROGRESS = {
    started: 'Main stopped before it reported: it crashed or was killed.',
    interrupted: 'Main was cancelled; it aborted its faults before exiting.',
    finished: 'Main finished and reported.'
};
function whatIsKnown(saved, cleanup, stranded) {
    return [
        `Run \`${saved.runId}\`.`,
        PROGRESS[saved.progress ?? 'started'],
        cleanup.submitted.length > 0
            ? `Faults submitted: ${cleanup.submitted.join(', ')}.`
            : // Main may have been killed between creating an object and recording its handle: the
                // label sweep below still finds such an object, so "none submitted" would be untrue.
                'No fault was recorded as submitted.',
        ...(stranded
            ? [`Cleanup could not remove ${stranded.stuck.length + stranded.errors.length} object(s).`]
            : removedLines(cleanup))
    ];
}
/** What post's cleanup stopped and removed: recorded faults first, then the label sweep's finds. */
function removedLines(cleanup) {
    const stopped = new Set(cleanup.stopped);
    const deleted = cleanup.reports.flatMap((r) => r.deleted).filter((d) => !stopped.has(d));
    const lines = [
        ...(stopped.size > 0
            ? [`Faults main never cleaned up, aborted and now gone: ${[...stopped].join(', ')}.`]
            : []),
        ...(deleted.length > 0
            ? [`Cleanup by label removed ${deleted.length} object(s) left behind: ${deleted.join(', ')}.`]
            : [])
    ];
    return lines.length > 0 ? lines : ['Cleanup by label found nothing left behind.'];
}
function strandedOf(reports) {
    const stuck = reports.flatMap((r) => r.stuck);
    const errors = reports.flatMap((r) => r.errors);
    return stuck.length + errors.length > 0 ? { deleted: [], stuck, errors } : undefined;
}

// EXTERNAL MODULE: ./src/deps.ts + 4 modules
var deps = __webpack_require__(19647);
;// CONCATENATED MODULE: ./src/post.ts


/** The action's post step (action.yml `runs.post` → dist/post.js); runs even when main failed. */
async function run() {
    const step = (0,deps/* guardedStep */.Hb)(postUnfinished);
    await runPost(step.deps);
    step.returned();
}


/***/ })

};
;