"use strict";
exports.id = 984007;
exports.ids = [984007];
exports.modules = {

/***/ 96720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/util/exit-guard.ts
var exit_guard = __webpack_require__(9922);
// EXTERNAL MODULE: ./src/action/event.ts
var action_event = __webpack_require__(33566);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/action/notify/annotations.ts
/**
 * Problems worth pointing at a line of a manifest: invalid input, warnings from validation, and
 * experiments that did not pass. GitHub shows 10 errors, 10 warnings and 10 notices per step; the
 * rest are listed in the job summary. The check run takes all of them (50 per request).
 */


/** GitHub's per-step limit for each level (toolkit docs/problem-matchers.md). */
const STEP_LIMIT_PER_LEVEL = 10;
const MAX_MESSAGE = 4000;
/** Findings for manifest and policy issues, in file order. */
function issueFindings(issues) {
    return [...issues].sort(errors/* compareIssues */.UX).map((issue) => ({
        level: issue.severity === 'error' ? 'error' : issue.severity === 'warning' ? 'warning' : 'notice',
        title: `chaos-gate: ${issue.code ?? (issue.severity === 'error' ? 'invalid manifest' : issue.severity)}`,
        message: issueText(issue),
        location: { file: issue.file, line: issue.line, col: issue.col }
    }));
}
/** Findings for a finished run: its notices, then every experiment that did not pass. */
function reportFindings(report) {
    const failOn = new Set(report.failOn);
    const experiments = report.experiments
        .filter((e) => e.verdict !== 'pass' && e.verdict !== 'skipped')
        .map((e) => ({
        level: failOn.has(e.verdict) && report.mode !== 'warn' ? 'error' : 'warning',
        title: `chaos-gate: ${e.name} ${e.verdict}`,
        message: `Experiment '${e.name}' (${e.backend} ${e.kind}${e.action ? ` ${e.action}` : ''}) ended '${e.verdict}': ${e.reasons.join('; ') || 'no reason recorded'}`,
        location: e.source
    }));
    return [...issueFindings(report.notices), ...experiments];
}
/** Keeps the first N of each level for the step, the rest for the summary. */
function planAnnotations(findings, perLevel = STEP_LIMIT_PER_LEVEL) {
    const used = { error: 0, warning: 0, notice: 0 };
    const shown = [];
    const hidden = [];
    for (const finding of findings) {
        if (used[finding.level] < perLevel) {
            used[finding.level]++;
            shown.push(finding);
        }
        else
            hidden.push(finding);
    }
    return { shown, hidden };
}
/** Emits the planned annotations at their manifest lines, paths relative to the repository. */
function emitAnnotations(core, plan, workspace) {
    for (const f of plan.shown) {
        core[f.level]((0,errors/* truncate */.xv)(f.message, MAX_MESSAGE), {
            title: f.title,
            file: repoPath(f.location.file, workspace),
            startLine: f.location.line,
            startColumn: f.location.col
        });
    }
}
/** The same findings as check-run annotations (failure/warning/notice). */
function checkAnnotations(findings, workspace) {
    return findings.map((f) => ({
        path: repoPath(f.location.file, workspace),
        start_line: Math.max(1, f.location.line),
        end_line: Math.max(1, f.location.line),
        ...(f.location.col > 0 && { start_column: f.location.col, end_column: f.location.col }),
        annotation_level: f.level === 'error' ? 'failure' : f.level,
        title: (0,errors/* truncate */.xv)(f.title, 250),
        message: (0,errors/* truncate */.xv)(f.message, MAX_MESSAGE)
    }));
}
/** A Markdown list of findings, one line each with its place. */
function renderFindings(findings, workspace) {
    return findings
        .map((f) => `- **${f.level}** \`${repoPath(f.location.file, workspace)}:${f.location.line}:${f.location.col}\`: ${escapeMarkdown((0,errors/* truncate */.xv)(f.message, 500))}`)
        .join('\n');
}
/** Markdown for the findings that did not fit the step's annotation limits. */
function renderHidden(hidden, workspace) {
    if (hidden.length === 0)
        return '';
    return [
        `### ${hidden.length} more finding${hidden.length === 1 ? '' : 's'}`,
        '',
        `GitHub shows ${STEP_LIMIT_PER_LEVEL} annotations per level in a step; these did not fit (the check run carries all of them).`,
        '',
        renderFindings(hidden, workspace),
        ''
    ].join('\n');
}
function issueText(issue) {
    let text = issue.path ? `${issue.path}: ${issue.message}` : issue.message;
    if (issue.expected)
        text += `; expected ${issue.expected}`;
    text += '.';
    if (issue.hint)
        text += ` ${issue.hint}`;
    return text;
}
/** Annotations need paths relative to the repository root. */
function repoPath(file, workspace) {
    return (0,external_node_path_.isAbsolute)(file) ? (0,external_node_path_.relative)(workspace, file) : file.replace(/^\.\//, '');
}
function escapeMarkdown(text) {
    return text.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;')).replace(/\r?\n/g, ' ');
}

// EXTERNAL MODULE: ./src/action/notify/job-summary.ts
var job_summary = __webpack_require__(66848);
;// CONCATENATED MODULE: ./src/action/outputs.ts
const OUTPUT_NAMES = [
    'verdict',
    'passed',
    'failed',
    'report-json',
    'junit',
    'run-id'
];
/** The outputs of a run that produced a report. */
function reportOutputs(report, files) {
    const failOn = new Set(report.failOn);
    return {
        verdict: report.verdict,
        passed: String(report.counts.pass),
        failed: String(report.experiments.filter((e) => failOn.has(e.verdict)).length),
        'report-json': files.json ?? '',
        junit: files.junit ?? '',
        'run-id': report.runId
    };
}
/** The outputs of a run that ended without a report (skipped, invalid input, verify). */
function verdictOutputs(verdict, runId = '') {
    return { verdict, passed: '0', failed: '0', 'report-json': '', junit: '', 'run-id': runId };
}
function setOutputs(core, outputs) {
    for (const name of OUTPUT_NAMES)
        core.setOutput(name, outputs[name]);
}

;// CONCATENATED MODULE: ./src/action/fail-step.ts
/**
 * The one place that turns an error into the step's failure (docs/architecture.md, "Conventions"): annotations at
 * the right lines, a summary a person can act on, the `verdict` output, and `setFailed`. Stacks
 * go to the debug log only.
 */




async function failStep(core, err, workspace, runId = '') {
    if (err instanceof Error && err.stack)
        core.debug(err.stack);
    setOutputs(core, verdictOutputs('error', runId));
    if (err instanceof errors/* ManifestError */.Sh) {
        const plan = planAnnotations(issueFindings(err.issues));
        emitAnnotations(core, plan, workspace);
        await (0,job_summary/* writeJobSummary */.j)(core, manifestSummary(err));
        core.setFailed(`${err.message}; nothing was injected. Each problem is annotated at its line.`);
        return;
    }
    if (err instanceof errors/* InputError */.dz) {
        await (0,job_summary/* writeJobSummary */.j)(core, `### Chaos gate: invalid input\n\n${err.message}\n`);
        core.setFailed(err.message);
        return;
    }
    const message = (0,errors/* errorMessage */.gJ)(err);
    const operational = err instanceof errors/* BackendError */.Jh || err instanceof errors/* GateTimeoutError */.dO;
    await (0,job_summary/* writeJobSummary */.j)(core, `### Chaos gate could not ${operational ? 'operate' : 'finish'}\n\n\`\`\`\n${message}\n\`\`\`\n`);
    core.setFailed(operational ? `chaos-gate could not operate: ${message}` : `chaos-gate: ${message}`);
}
/** Every problem in the input, reported together, then the step fails once. */
async function rejectInputs(core, errors) {
    setOutputs(core, verdictOutputs('error'));
    for (const err of errors)
        core.error(err.message, { title: 'chaos-gate: invalid input' });
    await (0,job_summary/* writeJobSummary */.j)(core, ['### Chaos gate: invalid input', '', ...errors.map((e) => `- ${e.message}`), ''].join('\n'));
    core.setFailed(`${errors.length} invalid input${errors.length === 1 ? '' : 's'}; nothing was injected. Fix the step's 'with:' block.`);
}
function manifestSummary(err) {
    const lines = err.issues.map((i) => `- \`${i.file}:${i.line}:${i.col}\` **${i.severity}**: ${i.message}${i.expected ? `; expected ${i.expected}` : ''}${i.hint ? `. ${i.hint}` : ''}`);
    return [
        `### Chaos gate: ${err.message}`,
        '',
        'Nothing was injected. Fix these and push again; `npx chaos-gate validate` shows the same list locally.',
        '',
        ...lines,
        ''
    ].join('\n');
}

// EXTERNAL MODULE: ./src/action/github-env.ts
var github_env = __webpack_require__(91877);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 14 modules
var schemas = __webpack_require__(45586);
// EXTERNAL MODULE: ./src/report/key-check.ts
var key_check = __webpack_require__(25660);
;// CONCATENATED MODULE: ./src/action/history/run-record.ts
/**
 * Each run's facts for the runs after it: a compact JSON record, hidden at the top of the check
 * run's summary (an HTML comment GitHub does not render), so the next gate finds it through the
 * same API it already uses, with no artifact to upload or download. The top of the summary is
 * never cut by the 65535-character limit (fit-markdown.ts cuts the end).
 */


const PREFIX = '<!-- chaos-gate:history:v1 ';
const SUFFIX = ' -->';
/** Built on first use (z.lazy): only reading earlier runs' history decodes records (docs/performance.md). */
const RunRecord = schemas/* lazy */.RZV(() => {
    const ExperimentRecord = schemas/* object */.Ikc({
        name: schemas/* string */.YjP(),
        verdict: schemas/* string */.YjP(),
        mttrMs: schemas/* number */.aig().optional(),
        abortLatencyMs: schemas/* number */.aig().optional(),
        /** The key check's worst value during the fault, and the check. */
        worst: schemas/* number */.aig().optional(),
        check: schemas/* string */.YjP().optional()
    });
    return schemas/* object */.Ikc({
        sha: schemas/* string */.YjP(),
        at: schemas/* number */.aig(),
        experiments: schemas/* array */.YOg(ExperimentRecord)
    });
});
function runRecord(report, sha) {
    return { sha, at: report.startedAt, experiments: report.experiments.map(experimentRecord) };
}
function experimentRecord(e) {
    const check = (0,key_check/* keyCheck */.wz)(e);
    const values = check
        ? (0,key_check/* keySeries */.J8)(e, check.name)
            .filter((p) => p.m.phase === 'during')
            .map((p) => p.value)
        : [];
    const lowerIsWorse = check?.threshold?.min !== undefined && check.threshold.max === undefined;
    const worst = values.length
        ? lowerIsWorse
            ? Math.min(...values)
            : Math.max(...values)
        : undefined;
    return {
        name: e.name,
        verdict: e.verdict,
        ...(e.recovery?.mttrMs !== undefined && { mttrMs: e.recovery.mttrMs }),
        ...(e.fault.abortLatencyMs !== undefined && { abortLatencyMs: e.fault.abortLatencyMs }),
        ...(worst !== undefined && check && { worst, check: check.name })
    };
}
/** The hidden line that starts the check run's summary. */
function encodeRecord(record) {
    // `--` cannot appear inside an HTML comment; names and verdicts never hold it, JSON escapes it.
    return `${PREFIX}${JSON.stringify(record).replace(/--/g, '-\\u002d')}${SUFFIX}`;
}
/** The record at the top of a summary; undefined for a summary without one or a broken one. */
function decodeRecord(summary) {
    if (!summary?.startsWith(PREFIX))
        return undefined;
    const end = summary.indexOf(SUFFIX, PREFIX.length);
    if (end < 0)
        return undefined;
    try {
        const parsed = RunRecord.safeParse(JSON.parse(summary.slice(PREFIX.length, end)));
        return parsed.success ? parsed.data : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/action/history/read-history.ts

/** Runs compared with: "the median of the last 5 runs". */
const HISTORY_RUNS = 5;
/** Commits looked at for them: some have no gate run (docs-only pushes). */
const COMMITS = 10;
async function readHistory(api, sha, checkName) {
    const commits = (await api.listCommits(sha, COMMITS + 1)).filter((c) => c !== sha);
    const records = [];
    for (const commit of commits) {
        if (records.length >= HISTORY_RUNS)
            break;
        const runs = await api.listCheckRuns(commit, checkName);
        const record = runs
            .filter((r) => r.status === 'completed')
            .map((r) => decodeRecord(r.summary))
            .find((r) => r !== undefined);
        if (record)
            records.push(record);
    }
    return records;
}

// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(26518);
;// CONCATENATED MODULE: ./src/action/history/trends.ts
/**
 * Each experiment against its last runs on earlier commits: verdict streak, MTTR, abort latency,
 * worst value, a small MTTR trend, and a regression flag when recovery is much slower than
 * usual. Also the run's resilience score (formula in docs/report.md, "Resilience score").
 */

/** Recovery this many times slower than the median of earlier runs is flagged. */
const REGRESSION_FACTOR = 2;
/** Fewer earlier measurements than this are not a baseline. */
const MIN_BASELINE = 2;
function trendsOf(current, earlier) {
    const experiments = current.experiments.map((e) => trendOf(e, earlier));
    const regressed = new Set(experiments.filter((t) => t.regression).map((t) => t.name));
    return {
        runs: earlier.length,
        experiments,
        score: resilienceScore(current.experiments, regressed),
        previousScores: earlier.map((r) => resilienceScore(r.experiments, new Set()))
    };
}
function trendOf(e, earlier) {
    const past = earlier.flatMap((r) => r.experiments.filter((x) => x.name === e.name));
    let streak = 1;
    for (const p of past) {
        if (p.verdict !== e.verdict)
            break;
        streak++;
    }
    const pastMttr = past.map((p) => p.mttrMs).filter((m) => m !== undefined);
    const median = pastMttr.length >= MIN_BASELINE ? medianOf(pastMttr) : undefined;
    const factor = e.mttrMs !== undefined && median ? e.mttrMs / median : undefined;
    const regression = factor !== undefined && factor >= REGRESSION_FACTOR
        ? `recovery ${factor.toFixed(1)}× slower than the median of the last ${pastMttr.length} runs`
        : undefined;
    return {
        name: e.name,
        verdict: e.verdict,
        streak,
        mttrSeries: [...past.map((p) => p.mttrMs).reverse(), e.mttrMs],
        ...(e.mttrMs !== undefined && { mttrMs: e.mttrMs }),
        ...(median !== undefined && { medianMttrMs: median }),
        ...(e.abortLatencyMs !== undefined && { abortLatencyMs: e.abortLatencyMs }),
        ...(e.worst !== undefined && { worst: e.worst }),
        ...(regression && { regression })
    };
}
/**
 * 100 × the mean of the experiments' points: pass 1, inconclusive 0.5, anything else 0, and a
 * recovery regression costs 0.25; skipped experiments do not count. No experiment counted: 0.
 */
function resilienceScore(experiments, regressed) {
    const counted = experiments.filter((e) => e.verdict !== 'skipped');
    if (counted.length === 0)
        return 0;
    const points = counted.map((e) => {
        const base = e.verdict === 'pass' ? 1 : e.verdict === 'inconclusive' ? 0.5 : 0;
        return Math.max(0, base - (regressed.has(e.name) ? 0.25 : 0));
    });
    return Math.round((100 * points.reduce((a, b) => a + b, 0)) / counted.length);
}
const BARS = '▁▂▃▄▅▆▇█';
/** A sparkline of the MTTR series; `·` for a run without one. */
function sparkline(series) {
    const values = series.filter((v) => v !== undefined);
    if (values.length === 0)
        return '';
    const max = Math.max(...values);
    return series
        .map((v) => v === undefined
        ? '·'
        : (BARS[max === 0 ? 0 : Math.round((v / max) * (BARS.length - 1))] ?? ''))
        .join('');
}
/** The Markdown section for the job summary and the check run. */
function renderTrends(t) {
    const previous = t.previousScores.length
        ? ` (earlier runs, newest first: ${t.previousScores.join(', ')})`
        : '';
    const lines = [
        `### Trends: this run and the last ${t.runs} on earlier commits`,
        '',
        `Resilience score **${t.score}**${previous}`,
        ''
    ];
    const flagged = t.experiments.filter((e) => e.regression);
    for (const e of flagged)
        lines.push(`> ⚠️ **${e.name}**: ${e.regression}`, '');
    lines.push('| Experiment | Streak | MTTR (median before) | Abort latency | Worst value | MTTR trend |', '| --- | --- | --- | --- | --- | --- |', ...t.experiments.map((e) => `| ${e.name} | ${e.verdict} ×${e.streak} | ${ms(e.mttrMs)}${e.medianMttrMs !== undefined ? ` (${ms(e.medianMttrMs)})` : ''} | ${ms(e.abortLatencyMs)} | ${e.worst === undefined ? '–' : String(round(e.worst))} | ${sparkline(e.mttrSeries) || '–'} |`), '');
    return lines.join('\n');
}
function medianOf(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
function ms(value) {
    return value === undefined ? '–' : (0,duration/* formatDuration */.a3)(value);
}
function round(n) {
    return Math.round(n * 1000) / 1000;
}

// EXTERNAL MODULE: ./src/action/notify/check-run-content.ts
var check_run_content = __webpack_require__(21394);
// EXTERNAL MODULE: ./src/action/notify/fit-markdown.ts
var fit_markdown = __webpack_require__(98771);
// EXTERNAL MODULE: ./src/action/notify/gate-notify.ts + 6 modules
var gate_notify = __webpack_require__(3310);
// EXTERNAL MODULE: ./src/action/notify/github/check-run.ts
var check_run = __webpack_require__(75004);
;// CONCATENATED MODULE: ./src/action/notify/github-reporter.ts



class GitHubReporter {
    d;
    checkRunId;
    constructor(d) {
        this.d = d;
    }
    /** The check run created by start(), if any. */
    get id() {
        return this.checkRunId;
    }
    get wantsCheckRun() {
        return this.d.settings.checkRun !== 'off';
    }
    /**
     * Creates the check run `in_progress` and a pending commit status. Throws only when the check
     * run is required, so the caller can stop before anything is injected.
     */
    async start(output) {
        const api = this.apiOrWarn();
        if (!api)
            return undefined;
        if (this.wantsCheckRun) {
            await this.attempt('Creating the check run', async () => {
                this.checkRunId = await (0,check_run/* startCheckRun */.aF)(api, this.d.clock, {
                    name: this.d.settings.checkName,
                    sha: this.d.links.sha,
                    runId: this.d.runId,
                    output
                });
            });
        }
        await this.status(api, 'pending', `Running chaos experiments on ${this.d.links.environment}`);
        return this.checkRunId;
    }
    /** Completes the check run and sets the final commit status. */
    async finish(conclusion, output) {
        const api = this.d.api;
        if (!api)
            return false;
        let completed = false;
        const id = this.checkRunId;
        if (id !== undefined) {
            completed = await this.attempt('Completing the check run', () => (0,check_run/* completeCheckRun */.Fp)(api, this.d.clock, id, conclusion, output));
        }
        else if (this.wantsCheckRun && this.d.settings.checkRun === 'required') {
            throw new Error('the required check run was never created, so the verdict is not on the commit');
        }
        await this.status(api, conclusion, output.title);
        return completed;
    }
    async status(api, conclusion, description) {
        if (!this.d.settings.commitStatus)
            return;
        const status = (0,check_run_content/* commitStatusOf */.Zl)(conclusion, description);
        try {
            await api.createCommitStatus(this.d.links.sha, {
                ...status,
                context: this.d.settings.checkName,
                ...(this.d.links.runUrl && { targetUrl: this.d.links.runUrl })
            });
        }
        catch (err) {
            this.d.core.warning(`Setting the commit status failed: ${(0,errors/* errorMessage */.gJ)(err)}. The verdict is unchanged.`);
        }
    }
    /** Runs a check-run call under the policy: required rethrows, best-effort warns. */
    async attempt(what, fn) {
        try {
            await fn();
            return true;
        }
        catch (err) {
            if (this.d.settings.checkRun === 'required')
                throw err;
            this.d.core.warning(`${what} failed: ${(0,errors/* errorMessage */.gJ)(err)}. The verdict is unchanged (job status, outputs and summary); set 'check-run: required' to make this fail the step.`);
            return false;
        }
    }
    apiOrWarn() {
        if (!this.d.api && (this.wantsCheckRun || this.d.settings.commitStatus)) {
            this.d.core.warning("No 'github-token': the verdict is not written to the commit as a check run. Pass ${{ github.token }} with 'permissions: { checks: write }'.");
        }
        return this.d.api;
    }
}

// EXTERNAL MODULE: ./src/action/ops/run-hooks.ts + 3 modules
var run_hooks = __webpack_require__(9701);
// EXTERNAL MODULE: ./src/action/state.ts
var state = __webpack_require__(33175);
;// CONCATENATED MODULE: ./src/action/gate-step.ts














const CANCELLED_TITLE = 'Cancelled: the faults were aborted and cleaned up, no verdict';
async function runGateStep(scope) {
    const { deps, settings, target } = scope;
    const gate = { ...settings.gate, sha: target.sha };
    (0,state/* saveState */.LZ)(deps.core, {
        runId: gate.runId,
        stateDir: gate.stateDir,
        sha: target.sha,
        checkName: settings.github.checkName,
        progress: 'started'
    });
    const reporter = new GitHubReporter({
        api: scope.api,
        core: deps.core,
        clock: deps.clock,
        settings: settings.github,
        links: scope.links,
        runId: gate.runId
    });
    const checkRunId = await reporter.start((0,check_run_content/* runningOutput */.JG)(scope.links, gate.runId));
    if (checkRunId !== undefined) {
        (0,state/* saveState */.LZ)(deps.core, { checkRunId });
        // Slack links the check run from its first section.
        scope = { ...scope, slack: { ...scope.slack, checkRunUrl: (0,github_env/* checkRunUrl */.hI)(scope.gh, checkRunId) } };
    }
    // Recorded at once: if the engine cannot finish in the runner's grace period, post still knows.
    deps.signal.addEventListener('abort', () => (0,state/* saveState */.LZ)(deps.core, { progress: 'interrupted' }), {
        once: true
    });
    const silences = await (0,run_hooks/* silenceRun */.N_)(scope).catch((err) => {
        deps.core.warning(`Alertmanager: no silence was created: ${(0,errors/* errorMessage */.gJ)(err)}`);
        return [];
    });
    let run;
    try {
        run = await deps.engine.run(gate, runContext(scope), deps.signal);
    }
    catch (err) {
        await (0,run_hooks/* expireSilences */.ES)(scope, silences);
        await reportGateError(scope, reporter, err);
        (0,state/* saveState */.LZ)(deps.core, { progress: 'finished' });
        throw err;
    }
    // The faults are cleaned up: alerts may page again, and dashboards show where the faults were.
    await (0,run_hooks/* expireSilences */.ES)(scope, silences);
    await (0,run_hooks/* annotateRun */.Eg)(scope, run.report);
    return reportRun(scope, reporter, run);
}
async function reportRun(scope, reporter, run) {
    const { deps, gh, links } = scope;
    const { report, files } = run;
    const interrupted = deps.signal.aborted;
    const record = runRecord(report, scope.target.sha);
    const trends = interrupted ? '' : await trendsSection(scope, record);
    const markdown = trends ? `${run.markdown}\n${trends}` : run.markdown;
    const findings = reportFindings(report);
    const plan = planAnnotations(findings);
    emitAnnotations(deps.core, plan, gh.workspace);
    // First, before anything that waits on the network: after a cancellation, the runner may kill
    // the step before the check run and Slack are done, and what is left must be in the log.
    const stranded = strandedOf(report);
    if (stranded)
        emitStranded(scope, stranded);
    await (0,job_summary/* writeJobSummary */.j)(deps.core, (0,job_summary/* jobSummary */.s)({
        links: (0,check_run_content/* linksLine */.sV)(links),
        body: markdown,
        hidden: renderHidden(plan.hidden, gh.workspace),
        ...(files.json && { reportPath: files.json })
    }));
    setOutputs(deps.core, reportOutputs(report, files));
    const finished = (0,check_run_content/* finishedOutput */.uX)(report, markdown, links, checkAnnotations(findings, gh.workspace));
    const output = interrupted
        ? { ...finished, title: CANCELLED_TITLE }
        : withRecord(finished, record);
    const completed = await reporter.finish(interrupted ? 'cancelled' : (0,check_run_content/* conclusionOf */.vu)(report), output);
    if (completed)
        (0,state/* saveState */.LZ)(deps.core, { checkRunCompleted: true });
    await (0,gate_notify/* notifyResult */.bv)(scope, report, stranded, interrupted);
    (0,state/* saveState */.LZ)(deps.core, { progress: interrupted ? 'interrupted' : 'finished' });
    return outcomeOf(scope, report, stranded, interrupted);
}
/** The trends against earlier commits; empty when there is no token or the history is unreadable. */
async function trendsSection(scope, record) {
    if (!scope.api)
        return '';
    try {
        const history = await readHistory(scope.api, scope.target.sha, scope.settings.github.checkName);
        return renderTrends(trendsOf(record, history));
    }
    catch (err) {
        scope.deps.core.warning(`Reading the earlier runs failed: ${(0,errors/* errorMessage */.gJ)(err)}. The trends are left out; the verdict is unchanged.`);
        return '';
    }
}
/** The run record goes first in the summary, where the next run reads it and no cut reaches. */
function withRecord(output, record) {
    const summary = (0,fit_markdown/* fitMarkdown */.DJ)(`${encodeRecord(record)}\n${output.summary}`, fit_markdown/* CHECK_RUN_TEXT_LIMIT */.Zo, '_Cut to fit the check run; the job summary has everything._', 'chars');
    return { ...output, summary };
}
function outcomeOf(scope, report, stranded, interrupted) {
    if (stranded) {
        return {
            failure: 'Cleanup could not remove every fault this run created; the post step tries again. See the errors above.'
        };
    }
    if (interrupted)
        return {
            failure: `The gate was cancelled (${(0,errors/* errorMessage */.gJ)(scope.deps.signal.reason)}); faults were aborted and cleaned up.`
        };
    if (report.failed)
        return {
            failure: `Chaos gate failed on ${report.environment}: ${(0,check_run_content/* titleOf */.Gg)(report)}`
        };
    scope.deps.core.info(`Chaos gate ${report.verdict} on ${report.environment}.`);
    return {};
}
/** One error annotation per object the run could not remove, naming it and how to inspect it. */
function emitStranded(scope, stranded) {
    for (const s of stranded.stuck)
        scope.deps.core.error(`${s.ref} is still present after cleanup: ${s.reason}. Inspect it with: ${s.inspect}`, { title: 'chaos-gate: fault left behind' });
    for (const e of stranded.errors)
        scope.deps.core.error(e, { title: 'chaos-gate: cleanup failed' });
}
/** The check run and Slack for a run the engine could not start or finish. */
async function reportGateError(scope, reporter, err) {
    const { gh, links } = scope;
    if (err instanceof errors/* ManifestError */.Sh) {
        const findings = issueFindings(err.issues);
        const details = `${err.message}; nothing was injected.\n\n${renderFindings(findings, gh.workspace)}`;
        const annotations = checkAnnotations(findings, gh.workspace);
        await reporter.finish('failure', (0,check_run_content/* invalidOutput */.Dh)(err.issues.length, details, links, annotations));
    }
    else {
        await reporter.finish('failure', (0,check_run_content/* errorOutput */.Wm)((0,errors/* errorMessage */.gJ)(err), links));
    }
    await (0,gate_notify/* notifyError */.UG)(scope, err);
}
function runContext(scope) {
    const { runUrl, environmentUrl } = scope.links;
    return {
        repository: scope.slack.repository,
        ...(runUrl && { runUrl }),
        ...(environmentUrl && { environmentUrl })
    };
}
/** Objects the engine's own cleanup could not remove, over all experiments. */
function strandedOf(report) {
    const stuck = report.experiments.flatMap((e) => e.cleanup?.stuck ?? []);
    const errors = report.experiments.flatMap((e) => e.cleanup?.errors ?? []);
    return stuck.length + errors.length > 0 ? { deleted: [], stuck, errors } : undefined;
}

// EXTERNAL MODULE: ./src/action/inputs.ts + 4 modules
var action_inputs = __webpack_require__(53919);
// EXTERNAL MODULE: ./src/action/main-scope.ts + 2 modules
var main_scope = __webpack_require__(56832);
// EXTERNAL MODULE: ./src/policy/load-experiments.ts + 62 modules
var load_experiments = __webpack_require__(44407);
;// CONCATENATED MODULE: ./src/action/notify/github/pr-comment-upsert.ts
async function upsertComment(api, issue, marker, body) {
    const existing = (await api.listIssueComments(issue)).find((c) => c.body.trimStart().startsWith(marker));
    if (!existing)
        return { action: 'created', comment: await api.createIssueComment(issue, body) };
    if (existing.body === body)
        return { action: 'unchanged', comment: existing };
    return { action: 'updated', comment: await api.updateIssueComment(existing.id, body) };
}

// EXTERNAL MODULE: ./src/report/plan-text.ts
var plan_text = __webpack_require__(38495);
;// CONCATENATED MODULE: ./src/action/notify/pr-comment.ts



/** GitHub rejects a comment body over 65536 characters. */
const COMMENT_LIMIT = 65_536;
/** The hidden first line; one comment per check name, so two environments keep two comments. */
function commentMarker(checkName) {
    return `<!-- chaos-gate:pr-plan ${checkName.replace(/-->/g, '')} -->`;
}
function renderPrComment(input) {
    const { inspection, findings } = input;
    const errors = findings.filter((f) => f.level === 'error').length;
    const runnable = inspection.plans.filter((p) => p.runnable);
    const lines = [
        commentMarker(input.checkName),
        `### ${heading(errors, runnable.length, inspection)}`,
        '',
        context(input),
        '',
        ...planTable(inspection.plans, input.workspace),
        ...policySection(inspection.plans),
        ...problemSection(findings, input.workspace),
        '<sub>Dry run on the pull request: nothing was injected and no cluster was contacted. This comment is updated on every push.</sub>',
        ''
    ];
    return (0,fit_markdown/* fitMarkdown */.DJ)(lines.join('\n'), COMMENT_LIMIT, '_The comment was cut to fit GitHub; the job summary has the full plan._', 'chars');
}
function heading(errors, runnable, inspection) {
    const env = inspection.policy.environment;
    if (errors > 0)
        return `❌ Chaos Gate: ${count(errors, 'error')} to fix before this can gate ${env}`;
    if (inspection.plans.length === 0)
        return `⚠️ Chaos Gate: no experiments found for ${env}`;
    return `✅ Chaos Gate plan: ${count(runnable, 'experiment')} would run on ${env}`;
}
function context(input) {
    const { inspection } = input;
    const run = input.runUrl ? ` · [workflow run](${input.runUrl})` : '';
    return `Commit \`${input.sha.slice(0, 7)}\` · ${count(inspection.files, 'manifest file')} · policy: ${escapeCell(inspection.policy.source)}${run}`;
}
function planTable(plans, workspace) {
    if (plans.length === 0)
        return [];
    return [
        '#### What would run',
        '',
        '| Experiment | Fault (where) | Targets | Duration | Checks | Policy |',
        '| --- | --- | --- | --- | --- | --- |',
        ...plans.map((p) => {
            const e = p.experiment;
            const where = `\`${relativePath(e.source.file, workspace)}:${e.source.line}\``;
            const checks = e.steadyState?.checks.map((c) => `\`${c.name}\``).join(', ') || 'none';
            return `| **${escapeCell(e.name)}**<br>${where} | ${escapeCell((0,plan_text/* faultText */.Ij)(e))} | ${escapeCell((0,plan_text/* targetsText */.WH)(e))} | ${escapeCell((0,plan_text/* durationText */.S5)(e))} | ${checks} | ${verdictOf(p)} |`;
        }),
        ''
    ];
}
function verdictOf(plan) {
    if (!plan.runnable)
        return '❌ would not run';
    if (plan.decisions.some((d) => d.outcome === 'preflight'))
        return '✅ allowed (some checked live)';
    return '✅ allowed';
}
function policySection(plans) {
    const withRules = plans.filter((p) => p.decisions.length > 0);
    if (withRules.length === 0)
        return [];
    return [
        '<details><summary>What the policy allows and refuses</summary>',
        '',
        ...withRules.flatMap((p) => [
            `**${escapeCell(p.experiment.name)}**`,
            ...p.decisions.map((d) => `- ${outcomeWord(d)} ${escapeLine(d.message)}`),
            ''
        ]),
        '</details>',
        ''
    ];
}
function outcomeWord(d) {
    switch (d.outcome) {
        case 'allow':
            return '✅ allows:';
        case 'deny':
            return '⛔ refuses:';
        default:
            return '🔎 checked against the live cluster:';
    }
}
function problemSection(findings, workspace) {
    if (findings.length === 0)
        return [];
    return [
        `#### ${count(findings.length, 'problem')}`,
        '',
        renderFindings(findings, workspace),
        '',
        'Run `npx chaos-gate validate` to see the same list locally.',
        ''
    ];
}
function relativePath(file, workspace) {
    const prefix = workspace.endsWith('/') ? workspace : `${workspace}/`;
    return file.startsWith(prefix) ? file.slice(prefix.length) : file;
}
function count(n, what) {
    return `${n} ${what}${n === 1 ? '' : 's'}`;
}
function escapeCell(text) {
    return escapeLine(text).replace(/\|/g, '\\|');
}
function escapeLine(text) {
    return text.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;')).replace(/\r?\n/g, '<br>');
}

;// CONCATENATED MODULE: ./src/action/pr-plan-step.ts
/**
 * Main's pull-request path (`mode: dry-run` on a pull_request event): load, validate and plan the
 * experiments with no cluster and no backend, annotate every problem at its line, write the plan
 * to the job summary and to the one pull-request comment, and fail the step when a manifest is
 * invalid. It writes no check run: a plan is not a verdict, and `verify` or branch protection
 * must never read one as a pass.
 */








async function runPullRequestStep(scope, pr) {
    const { deps, gh, settings, links } = scope;
    const inspection = await (0,load_experiments/* inspectExperiments */.d)(settings.gate, { env: deps.env });
    const findings = issueFindings(inspection.issues);
    const plan = planAnnotations(findings);
    emitAnnotations(deps.core, plan, gh.workspace);
    const body = renderPrComment({
        checkName: settings.github.checkName,
        inspection,
        findings,
        workspace: gh.workspace,
        sha: links.sha,
        ...(links.runUrl && { runUrl: links.runUrl })
    });
    await (0,job_summary/* writeJobSummary */.j)(deps.core, (0,job_summary/* jobSummary */.s)({
        links: (0,check_run_content/* linksLine */.sV)(links),
        body: body.slice(body.indexOf('\n') + 1),
        hidden: renderHidden(plan.hidden, gh.workspace)
    }));
    const errors = findings.filter((f) => f.level === 'error').length;
    setOutputs(deps.core, verdictOutputs(errors > 0 ? 'error' : 'skipped'));
    await comment(scope, pr, body);
    if (errors > 0) {
        return {
            failure: `${errors} manifest error${errors === 1 ? '' : 's'}: the gate could not run these experiments. Each is annotated at its line and listed in the pull-request comment.`
        };
    }
    const runnable = inspection.plans.filter((p) => p.runnable).length;
    deps.core.info(`Chaos gate plan: ${runnable} experiment${runnable === 1 ? '' : 's'} would run on ${settings.gate.environment}; nothing was injected.`);
    return {};
}
/** Best-effort: the plan is in the summary and annotations even when the comment cannot be written. */
async function comment(scope, pr, body) {
    const { core } = scope.deps;
    if (!scope.api) {
        core.warning("No 'github-token': the plan is not commented on the pull request. Pass ${{ github.token }} with 'permissions: { pull-requests: write }'.");
        return;
    }
    try {
        const result = await upsertComment(scope.api, pr.number, commentMarker(scope.settings.github.checkName), body);
        const where = result.comment.htmlUrl ? `: ${result.comment.htmlUrl}` : '';
        core.info(`Pull request #${pr.number}: plan comment ${result.action}${where}`);
    }
    catch (err) {
        core.warning(`Writing the plan comment on pull request #${pr.number} failed: ${(0,errors/* errorMessage */.gJ)(err)}. Give the job 'permissions: { pull-requests: write }'; pull requests from forks get a read-only token, so the plan is in the job summary and annotations only.`);
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/action/problem-matcher.ts
/**
 * The `chaos-gate` problem matcher, registered by main for the rest of the job: every line in the
 * CLI's issue format (`file:line:col: severity: message`, util/errors.ts `formatIssue`) becomes an
 * annotation linked to that line of the manifest, in any later step too (`npx chaos-gate validate`
 * needs no `::add-matcher::` of its own). The action's own findings go out as workflow commands
 * (annotations.ts), never in this format, so nothing is annotated twice.
 * .github/chaos-gate-problem-matcher.json is the same matcher for workflows that only run the CLI.
 */



const PROBLEM_MATCHER = {
    problemMatcher: [
        {
            owner: 'chaos-gate',
            pattern: [
                {
                    regexp: '^(.+?):(\\d+):(\\d+): (error|warning|notice): (.*)$',
                    file: 1,
                    line: 2,
                    column: 3,
                    severity: 4,
                    message: 5
                }
            ]
        }
    ]
};
/** Writes the matcher where the runner can read it and registers it; a failure is only a debug line. */
async function registerProblemMatcher(core, dir) {
    const path = (0,external_node_path_.join)(dir, 'chaos-gate-problem-matcher.json');
    try {
        await (0,promises_.mkdir)(dir, { recursive: true });
        await (0,promises_.writeFile)(path, `${JSON.stringify(PROBLEM_MATCHER, null, 2)}\n`);
    }
    catch (err) {
        core.debug(`The problem matcher was not registered: ${(0,errors/* errorMessage */.gJ)(err)}`);
        return;
    }
    // @actions/core has no call for this; the runner reads the command from stdout.
    core.info(`::add-matcher::${path}`);
}

;// CONCATENATED MODULE: ./src/action/verify.ts
/**
 * `mode: verify`, for a production deploy job: inject nothing, pass only when the newest check
 * run with the gate's name on the commit concluded `success`, and say exactly what was found.
 */

async function verifyCheckRun(api, sha, checkName) {
    const short = sha.slice(0, 7);
    const run = await (0,check_run/* latestCheckRun */.tp)(api, sha, checkName);
    if (!run) {
        return {
            passed: false,
            message: `No check run named '${checkName}' on ${short}: the chaos gate has not run on this commit. Let it run after the staging deployment first, or make 'check-name' and 'environment' match the gate's.`
        };
    }
    const where = `The latest '${checkName}' check run on ${short} (#${run.id}${run.htmlUrl ? `, ${run.htmlUrl}` : ''})`;
    if (run.status !== 'completed') {
        return {
            passed: false,
            run,
            message: `${where} is still ${run.status}${run.startedAt ? ` (started ${run.startedAt})` : ''}; wait for the gate to finish, then re-run this job.`
        };
    }
    if (run.conclusion !== 'success') {
        return {
            passed: false,
            run,
            message: `${where} concluded '${run.conclusion ?? 'none'}'${run.completedAt ? ` at ${run.completedAt}` : ''}, not 'success'; the commit did not pass the chaos gate.`
        };
    }
    return {
        passed: true,
        run,
        message: `${where} concluded 'success'${run.completedAt ? ` at ${run.completedAt}` : ''}.`
    };
}

;// CONCATENATED MODULE: ./src/action/verify-step.ts
/**
 * Main's `mode: verify` path: read the gate's check run on the commit and pass or fail on it.
 * Nothing is injected and no check run is written. Not finding out is a failure too: a promotion
 * must not go ahead on a gate nobody could read.
 */




async function runVerifyStep(scope) {
    const { core } = scope.deps;
    if (!scope.api) {
        throw new errors/* InputError */.dz('github-token', "'mode: verify' reads the gate's check run; pass ${{ github.token }} with 'permissions: { checks: read }'");
    }
    const result = await verifyCheckRun(scope.api, scope.target.sha, scope.settings.github.checkName);
    setOutputs(core, verdictOutputs(result.passed ? 'pass' : 'fail'));
    await (0,job_summary/* writeJobSummary */.j)(core, `### Chaos gate verify: ${result.passed ? 'passed' : 'failed'}\n\n${result.message}\n`);
    if (!result.passed)
        return { failure: result.message };
    core.info(result.message);
    return {};
}

;// CONCATENATED MODULE: ./src/action/run-main.ts
/**
 * The action's main step, as a table of contents: read the inputs, decide from the event, then
 * verify, plan a pull request (dry-run on pull_request events), or gate. The only place main sets the job status: errors are mapped once by failStep,
 * a failing verdict by the outcome the steps return.
 */













async function runMain(deps) {
    const { core } = deps;
    let workspace = deps.cwd;
    let runId = '';
    try {
        const gh = (0,github_env/* readGitHubEnv */.py)(deps.env, deps.cwd);
        workspace = gh.workspace;
        const inputs = (0,action_inputs/* readInputs */.K)(core, gh, deps.newRunId(), deps.env);
        if (!inputs.ok)
            return await rejectInputs(core, inputs.errors);
        const { settings } = inputs;
        if (gh.runnerTemp)
            await registerProblemMatcher(core, (0,external_node_path_.join)(gh.runnerTemp, 'chaos-gate-matcher'));
        const decision = (0,action_event/* decideEvent */.D_)({
            gh,
            payload: await (0,action_event/* readEventPayload */.N5)(gh),
            environment: settings.gate.environment,
            verify: settings.gate.mode === 'verify',
            ...(settings.sha && { sha: settings.sha })
        });
        if (decision.kind === 'skip')
            return await skip(deps, decision.reason);
        const scope = (0,main_scope/* mainScope */.W)(deps, gh, settings, decision.target);
        const { mode } = settings.gate;
        const pr = decision.target.pullRequest;
        runId = mode === 'verify' || (mode === 'dry-run' && pr) ? '' : settings.gate.runId;
        const outcome = mode === 'verify'
            ? await runVerifyStep(scope)
            : mode === 'dry-run' && pr
                ? await runPullRequestStep(scope, pr)
                : await runGateStep(scope);
        if (outcome.failure)
            core.setFailed(outcome.failure);
    }
    catch (err) {
        await failStep(core, err, workspace, runId);
    }
}
/**
 * Main's last words when its process is ending before runMain returned (util/exit-guard.ts):
 * outputs and summary say `error`, and the step fails. The post step still removes the faults.
 */
async function mainUnfinished(deps) {
    setOutputs(deps.core, verdictOutputs('error'));
    await (0,job_summary/* writeJobSummary */.j)(deps.core, `### Chaos gate error\n\n${exit_guard/* UNFINISHED_MESSAGE */.u}. The post step removes whatever the run injected.\n`);
    deps.core.setFailed(exit_guard/* UNFINISHED_MESSAGE */.u);
}
/** Not this event's business: a notice, verdict `skipped`, and no check run. */
async function skip(deps, reason) {
    deps.core.notice(`Chaos gate skipped: ${reason}.`, { title: 'chaos-gate: skipped' });
    setOutputs(deps.core, verdictOutputs('skipped'));
    await (0,job_summary/* writeJobSummary */.j)(deps.core, `### Chaos gate skipped\n\n${reason}.\n`);
}

// EXTERNAL MODULE: ./src/deps.ts + 4 modules
var deps = __webpack_require__(19647);
;// CONCATENATED MODULE: ./src/main.ts


/** The action's main step (action.yml `runs.main` → dist/main.js). */
async function run() {
    const step = (0,deps/* guardedStep */.Hb)(mainUnfinished);
    await runMain(step.deps);
    step.returned();
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


/***/ })

};
;