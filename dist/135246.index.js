"use strict";
exports.id = 135246;
exports.ids = [135246];
exports.modules = {

/***/ 33566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D_: () => (/* binding */ decideEvent),
/* harmony export */   N5: () => (/* binding */ readEventPayload),
/* harmony export */   Xh: () => (/* binding */ gatedDeployment)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45586);
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/**
 * Decides what the action gates, from the triggering event. On `deployment_status` it gates the
 * deployed commit only when the status is `success` for the configured environment; any other
 * event gates the checked-out commit (docs/action.md, "Events").
 */



const SHA = /^[0-9a-f]{40}$/;
/** The fields of the webhook payload the gate reads; everything else is ignored. */
const DeploymentStatusPayload = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    deployment_status: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        state: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        environment: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        environment_url: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullish(),
        log_url: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullish(),
        target_url: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullish()
    }),
    deployment: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        id: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int(),
        url: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        sha: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(SHA, 'a 40-character commit sha'),
        environment: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    })
});
const PullRequestPayload = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    pull_request: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        number: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(),
        head: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ sha: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(SHA, 'a 40-character commit sha') })
    })
});
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
const DeploymentPayload = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    deployment: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ sha: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(SHA, 'a 40-character commit sha') })
});
/** Reads the webhook payload the runner wrote; undefined when there is no file to read. */
async function readEventPayload(gh) {
    if (!gh.eventPath)
        return undefined;
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(gh.eventPath, 'utf8');
    }
    catch (err) {
        if (typeof err === 'object' && err !== null && 'code' in err && err.code === 'ENOENT') {
            return undefined;
        }
        throw err;
    }
    try {
        return JSON.parse(text);
    }
    catch {
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('GITHUB_EVENT_PATH', `${gh.eventPath} is not JSON; the runner writes the event payload there`);
    }
}
/** Decides whether to run and against what. Throws InputError when the payload is malformed. */
function decideEvent(input) {
    const { gh, environment } = input;
    if (gh.eventName === 'deployment_status' && !input.verify)
        return fromDeploymentStatus(input);
    if (PULL_REQUEST_EVENTS.has(gh.eventName))
        return fromPullRequest(input);
    const sha = input.sha ?? deploymentSha(input) ?? gh.sha;
    if (!sha) {
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('sha', `no commit to ${input.verify ? 'verify' : 'gate'}: the '${gh.eventName}' event carries none and GITHUB_SHA is unset. Set the 'sha' input`);
    }
    return { kind: 'gate', target: { sha, environment, eventName: gh.eventName } };
}
/** A pull request is gated at its head commit, and the comment goes on its conversation. */
function fromPullRequest(input) {
    const parsed = PullRequestPayload.safeParse(input.payload);
    if (!parsed.success)
        throw payloadError(input.gh, parsed.error);
    const pr = parsed.data.pull_request;
    return {
        kind: 'gate',
        target: {
            sha: input.sha ?? pr.head.sha,
            environment: input.environment,
            eventName: input.gh.eventName,
            pullRequest: { number: pr.number, headSha: pr.head.sha }
        }
    };
}
function fromDeploymentStatus(input) {
    const parsed = DeploymentStatusPayload.safeParse(input.payload);
    if (!parsed.success)
        throw payloadError(input.gh, parsed.error);
    const { deployment_status: status, deployment } = parsed.data;
    const deployedTo = status.environment || deployment.environment;
    if (status.state !== 'success') {
        return {
            kind: 'skip',
            reason: `deployment ${deployment.id} to '${deployedTo}' is '${status.state}', not 'success'; the gate runs once the deployment succeeds`
        };
    }
    if (deployedTo.toLowerCase() !== input.environment.toLowerCase()) {
        return {
            kind: 'skip',
            reason: `deployment ${deployment.id} went to '${deployedTo}', but this gate is configured for '${input.environment}' (the 'environment' input)`
        };
    }
    const environmentUrl = nonEmpty(status.environment_url);
    const logUrl = nonEmpty(status.log_url) ?? nonEmpty(status.target_url);
    return {
        kind: 'gate',
        target: {
            sha: input.sha ?? deployment.sha,
            environment: input.environment,
            eventName: input.gh.eventName,
            deployment: {
                id: deployment.id,
                url: deployment.url,
                ...(environmentUrl && { environmentUrl }),
                ...(logUrl && { logUrl })
            }
        }
    };
}
/**
 * The deployment main gated, read again from the same event payload: the post step needs it for
 * the links (environment, deployment log) of the check run it closes. Only links depend on it,
 * so a payload that cannot be read leaves them out instead of failing.
 */
async function gatedDeployment(gh, environment) {
    try {
        const decision = decideEvent({
            gh,
            payload: await readEventPayload(gh),
            environment,
            verify: false
        });
        return decision.kind === 'gate' ? decision.target.deployment : undefined;
    }
    catch {
        return undefined;
    }
}
/** `deployment` and `deployment_status` payloads both carry the deployed sha. */
function deploymentSha(input) {
    if (input.gh.eventName !== 'deployment' && input.gh.eventName !== 'deployment_status') {
        return undefined;
    }
    const parsed = DeploymentPayload.safeParse(input.payload);
    if (!parsed.success)
        throw payloadError(input.gh, parsed.error);
    return parsed.data.deployment.sha;
}
function payloadError(gh, error) {
    const problems = error.issues
        .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
        .join('; ');
    return new _util_errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('GITHUB_EVENT_PATH', `the '${gh.eventName}' payload${gh.eventPath ? ` in ${gh.eventPath}` : ''} is not what GitHub sends (${problems}). Run the action from the event itself, or pass 'sha' on other events`);
}
function nonEmpty(value) {
    return value ? value : undefined;
}


/***/ }),

/***/ 91877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ commitUrl),
/* harmony export */   hI: () => (/* binding */ checkRunUrl),
/* harmony export */   py: () => (/* binding */ readGitHubEnv)
/* harmony export */ });
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/**
 * The facts the runner gives every step through environment variables, validated once. Read by
 * main and post; the event payload itself is parsed in event.ts.
 */

/** Reads the runner's variables; only GITHUB_REPOSITORY is required (every API call needs it). */
function readGitHubEnv(env, cwd) {
    const repository = parseRepository(env.GITHUB_REPOSITORY);
    const serverUrl = trimSlash(env.GITHUB_SERVER_URL || 'https://github.com');
    const runId = nonEmpty(env.GITHUB_RUN_ID);
    const runAttempt = nonEmpty(env.GITHUB_RUN_ATTEMPT);
    const runUrl = runId
        ? `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}${runAttempt ? `/attempts/${runAttempt}` : ''}`
        : undefined;
    const eventPath = nonEmpty(env.GITHUB_EVENT_PATH);
    const sha = nonEmpty(env.GITHUB_SHA);
    const runnerTemp = nonEmpty(env.RUNNER_TEMP);
    return {
        repository,
        apiUrl: trimSlash(env.GITHUB_API_URL || 'https://api.github.com'),
        serverUrl,
        eventName: env.GITHUB_EVENT_NAME || 'workflow_dispatch',
        workspace: env.GITHUB_WORKSPACE || cwd,
        ...(eventPath && { eventPath }),
        ...(sha && { sha }),
        ...(runnerTemp && { runnerTemp }),
        ...(runId && { runId }),
        ...(runAttempt && { runAttempt }),
        ...(runUrl && { runUrl })
    };
}
/** The web link to a commit. */
function commitUrl(gh, sha) {
    return `${gh.serverUrl}/${gh.repository.owner}/${gh.repository.repo}/commit/${sha}`;
}
/** The web page of a check run (the `html_url` GitHub gives it). */
function checkRunUrl(gh, id) {
    return `${gh.serverUrl}/${gh.repository.owner}/${gh.repository.repo}/runs/${id}`;
}
function parseRepository(value) {
    const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value ?? '');
    if (!match?.[1] || !match[2]) {
        throw new _util_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('GITHUB_REPOSITORY', `expected 'owner/name', got '${value ?? ''}'. The runner sets it; when running outside Actions, export GITHUB_REPOSITORY=owner/name`);
    }
    return { owner: match[1], repo: match[2] };
}
function nonEmpty(value) {
    return value && value.trim() !== '' ? value.trim() : undefined;
}
function trimSlash(url) {
    return url.replace(/\/+$/, '');
}


/***/ }),

/***/ 51508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K: () => (/* binding */ readInputs)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/gate/settings.ts
var settings = __webpack_require__(75306);
// EXTERNAL MODULE: ./src/manifest/model.ts
var model = __webpack_require__(85848);
;// CONCATENATED MODULE: ./src/action/input-names.ts
/**
 * Every input of action.yml, with the default the runner fills in. The defaults are repeated here
 * so a run outside the runner (local-action, tests) behaves the same; a test keeps this map and
 * action.yml in step.
 */

const INPUT_DEFAULTS = {
    experiments: 'experiments/**/*.{yaml,yml}',
    backend: settings/* SHARED_SETTINGS */.aM.backend.default,
    'gremlin-team-id': '',
    'gremlin-api-key': '',
    kubeconfig: '',
    context: '',
    namespace: '',
    policy: '',
    'prometheus-url': '',
    'prometheus-headers': '',
    'error-budget': '',
    mode: settings/* SHARED_SETTINGS */.aM.mode.default,
    environment: settings/* SHARED_SETTINGS */.aM.environment.default,
    concurrency: settings/* SHARED_SETTINGS */.aM.concurrency.default,
    timeout: settings/* SHARED_SETTINGS */.aM.timeout.default,
    'fail-on': settings/* SHARED_SETTINGS */.aM.failOn.default,
    'report-dir': 'chaos-gate-report',
    sha: '',
    'github-token': '${{ github.token }}',
    'check-name': 'chaos-gate / <environment>',
    'check-run': 'best-effort',
    'commit-status': 'false',
    'slack-webhook-url': '',
    'slack-bot-token': '',
    'slack-channel': '',
    'slack-notify': 'failure',
    'slack-mention': '',
    'alertmanager-url': '',
    'grafana-url': '',
    'grafana-token': '',
    'grafana-dashboards': ''
};
/** Inputs whose values are secrets: masked before anything is logged. */
const SECRET_INPUTS = [
    'github-token',
    'prometheus-headers',
    'slack-webhook-url',
    'slack-bot-token',
    'grafana-token',
    'gremlin-api-key'
];

// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(26518);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/action/input-reader.ts
/**
 * Typed access to action inputs that collects every problem instead of stopping at the first, so
 * one run tells the user everything to fix. Bad values are rejected, never clamped.
 */



class InputReader {
    core;
    problems = [];
    constructor(core) {
        this.core = core;
    }
    /** Every problem found so far. */
    get errors() {
        return this.problems;
    }
    /** Records a problem found by the caller (a combination of inputs, say). */
    reject(name, message) {
        this.problems.push(new errors/* InputError */.dz(name, message));
    }
    /** The trimmed value, or the action.yml default when the input is empty. */
    text(name) {
        return this.core.getInput(name) || defaultOf(name);
    }
    /** The value, or undefined when neither the input nor its default says anything. */
    optional(name) {
        const value = this.text(name);
        return value === '' ? undefined : value;
    }
    choice(name, allowed) {
        const value = this.text(name);
        const match = allowed.find((a) => a === value);
        if (match === undefined) {
            this.reject(name, `expected one of ${allowed.join(', ')}; got '${(0,errors/* truncate */.xv)(value, 40)}'`);
        }
        return match;
    }
    /** A whole number in [min, max]. */
    integer(name, min, max) {
        const value = this.text(name);
        const n = /^\d+$/.test(value) ? Number(value) : NaN;
        if (!Number.isSafeInteger(n) || n < min || n > max) {
            this.reject(name, `expected a whole number from ${min} to ${max}; got '${(0,errors/* truncate */.xv)(value, 40)}'`);
            return undefined;
        }
        return n;
    }
    /** A positive duration such as `90s` or `15m`, in milliseconds. */
    duration(name) {
        const value = this.text(name);
        const ms = (0,duration/* parseDuration */.E9)(value);
        if (ms === undefined || ms <= 0) {
            this.reject(name, `expected a positive duration like '30s', '15m' or '1h30m'; got '${(0,errors/* truncate */.xv)(value, 40)}'`);
            return undefined;
        }
        return ms;
    }
    /** A YAML 1.2 boolean; `yes`, `on` and friends are rejected rather than read as false. */
    boolean(name) {
        if (this.core.getInput(name) === '')
            return defaultOf(name) === 'true';
        try {
            return this.core.getBooleanInput(name);
        }
        catch {
            this.reject(name, `expected true or false; got '${(0,errors/* truncate */.xv)(this.core.getInput(name), 40)}'`);
            return undefined;
        }
    }
    /** Non-empty lines, trimmed; `#` starts a comment line. */
    lines(name) {
        return this.text(name)
            .split(/\r?\n/)
            .map((line) => line.trim())
            .filter((line) => line !== '' && !line.startsWith('#'));
    }
}
function defaultOf(name) {
    const value = INPUT_DEFAULTS[name];
    // Expression defaults (github.token) only mean something to the runner.
    return value.startsWith('${{') ? '' : value;
}

;// CONCATENATED MODULE: ./src/action/notify/slack/settings.ts
const SLACK_API_URL = 'https://slack.com/api';
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
/**
 * Reads the Slack inputs. Undefined when no destination is configured or notify is `never`.
 * Secrets are already masked by the caller; messages here never echo them.
 */
function readSlackSettings(inputs) {
    const settings = readDestination(inputs);
    const mention = readMention(inputs);
    if (mention && !inputs.optional('slack-webhook-url') && !inputs.optional('slack-bot-token')) {
        inputs.reject('slack-mention', "'slack-mention' needs a Slack destination: 'slack-webhook-url', or 'slack-bot-token' with 'slack-channel'");
    }
    return settings && mention ? { ...settings, mention } : settings;
}
/**
 * `slack-mention`: a user group (S…), a user (U… or W…), or here/channel. Slack only notifies
 * for IDs in `<…>` form; a plain @name is just text, so names are refused with how to find the ID.
 */
function readMention(inputs) {
    const value = inputs.optional('slack-mention');
    if (value === undefined)
        return undefined;
    const id = value.replace(/^[@!]/, '').replace(/^subteam\^/, '');
    if (/^S[A-Z0-9]{6,}$/.test(id))
        return `<!subteam^${id}>`;
    if (/^[UW][A-Z0-9]{6,}$/.test(id))
        return `<@${id}>`;
    if (id === 'here' || id === 'channel')
        return `<!${id}>`;
    inputs.reject('slack-mention', `expected a user group ID (S…), a user ID (U…) or 'here'; got '${value.slice(0, 40)}'. Slack notifies only for IDs: copy a user group's ID from its page (Copy group ID) or a member's from their profile (Copy member ID)`);
    return undefined;
}
function readDestination(inputs) {
    const notify = inputs.choice('slack-notify', ['failure', 'always', 'never']);
    const webhook = inputs.optional('slack-webhook-url');
    const token = inputs.optional('slack-bot-token');
    const channel = inputs.optional('slack-channel');
    if (webhook && token) {
        inputs.reject('slack-webhook-url', "set either 'slack-webhook-url' or 'slack-bot-token' with 'slack-channel', not both");
        return undefined;
    }
    if (webhook) {
        if (channel) {
            inputs.reject('slack-channel', "an incoming webhook posts to the channel it was created for; 'slack-channel' only applies with 'slack-bot-token'");
        }
        if (!isWebhookUrl(webhook)) {
            inputs.reject('slack-webhook-url', 'expected an https:// URL such as the one Slack shows for an incoming webhook (the value is a secret and is not shown)');
        }
        return notify && notify !== 'never'
            ? { destination: { kind: 'webhook', url: webhook }, notify }
            : undefined;
    }
    if (token)
        return botSettings(inputs, token, channel, notify);
    if (channel) {
        inputs.reject('slack-channel', "'slack-channel' needs 'slack-bot-token' to post with");
    }
    return undefined;
}
function botSettings(inputs, token, channel, notify) {
    if (!/^xox[a-z]-[A-Za-z0-9-]+$/.test(token)) {
        inputs.reject('slack-bot-token', "expected a Slack token starting with 'xoxb-' (the value is a secret and is not shown)");
    }
    if (!channel) {
        inputs.reject('slack-channel', "'slack-bot-token' needs a channel ID (C…) or name to post to");
        return undefined;
    }
    return notify && notify !== 'never'
        ? { destination: { kind: 'bot', token, channel, apiUrl: SLACK_API_URL }, notify }
        : undefined;
}
/** https anywhere; plain http only on loopback, for a local relay or a test server. */
function isWebhookUrl(value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return false;
    }
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
}

;// CONCATENATED MODULE: ./src/action/ops/ops-settings.ts
function readOpsSettings(inputs) {
    const alertmanagerUrl = httpUrl(inputs, 'alertmanager-url');
    const grafanaUrl = httpUrl(inputs, 'grafana-url');
    const token = inputs.optional('grafana-token') ?? '';
    const dashboards = inputs.lines('grafana-dashboards');
    if (!grafanaUrl && (token || dashboards.length > 0)) {
        inputs.reject('grafana-url', "'grafana-token' and 'grafana-dashboards' need 'grafana-url'");
    }
    if (!alertmanagerUrl && !grafanaUrl)
        return undefined;
    return {
        ...(alertmanagerUrl && { alertmanagerUrl }),
        ...(grafanaUrl && { grafana: { url: grafanaUrl, token, dashboards } })
    };
}
function httpUrl(inputs, name) {
    const value = inputs.optional(name);
    if (value === undefined)
        return undefined;
    try {
        const url = new URL(value);
        if (url.protocol === 'http:' || url.protocol === 'https:')
            return value;
    }
    catch {
        // reported below
    }
    inputs.reject(name, 'expected an http:// or https:// URL (credentials in it are masked)');
    return undefined;
}

// EXTERNAL MODULE: ./src/steady-state/error-budget-setting.ts
var error_budget_setting = __webpack_require__(16193);
// EXTERNAL MODULE: ./src/steady-state/prometheus-setting.ts
var prometheus_setting = __webpack_require__(97709);
// EXTERNAL MODULE: ./src/util/secret-mask.ts
var secret_mask = __webpack_require__(60051);
;// CONCATENATED MODULE: ./src/action/prometheus-input.ts




/** The `prometheus-url` and `prometheus-headers` inputs, read as the CLI reads its flags. */
function readPrometheus(inputs) {
    const { endpoint, problems } = (0,prometheus_setting/* readPrometheusSetting */.v)(inputs.optional('prometheus-url'), inputs.lines('prometheus-headers'));
    for (const p of problems)
        inputs.reject(p.setting === 'url' ? 'prometheus-url' : 'prometheus-headers', p.message);
    return endpoint;
}
/** The parts of the Prometheus inputs that must never appear in a log. */
function prometheusSecrets(urlInput, headersInput) {
    const secrets = [];
    for (const line of headersInput.split(/\r?\n/)) {
        const colon = line.indexOf(':');
        const value = colon > 0 ? line.slice(colon + 1).trim() : '';
        if (value)
            secrets.push(...(0,secret_mask/* secretForms */.eo)(value));
    }
    // The password, and the Basic header the client builds from the URL's user:password.
    secrets.push(...(0,secret_mask/* urlTextSecrets */.iR)(urlInput));
    return secrets;
}
/** The `error-budget` input (YAML), read from the same Prometheus; problems are rejected by name. */
function readErrorBudget(inputs, hasPrometheus) {
    const text = inputs.optional('error-budget');
    if (text === undefined)
        return undefined;
    if (!hasPrometheus) {
        inputs.reject('error-budget', "the error budget is read from Prometheus: set 'prometheus-url' too");
        return undefined;
    }
    try {
        return (0,error_budget_setting/* parseErrorBudget */.D)(text, 'error-budget');
    }
    catch (err) {
        if (!(err instanceof errors/* InputError */.dz))
            throw err;
        inputs.reject('error-budget', err.message.replace(/^Invalid input 'error-budget': /, ''));
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/action/inputs.ts
/**
 * Action inputs → one readonly ActionSettings. Secrets are masked first, then every input is
 * validated and every problem reported together; nothing past this file reads an input.
 */








const BACKENDS = ['auto', ...model/* BACKEND_KINDS */.p];
const FAIL_ON_CHOICES = settings/* VERDICTS */.bk.filter((v) => v !== 'pass');
/** Reads and validates every input. `runId` names this run's objects and state. */
function readInputs(core, gh, runId, env = {}) {
    maskSecrets(core, env);
    const inputs = new InputReader(core);
    const environment = readEnvironment(inputs);
    const gate = readGateSettings(inputs, gh, runId, environment);
    const github = readGitHubReporting(inputs, environment);
    const slack = readSlackSettings(inputs);
    const sha = readSha(inputs);
    const ops = readOpsSettings(inputs);
    if (inputs.errors.length > 0 || !gate || !github)
        return { ok: false, errors: inputs.errors };
    return {
        ok: true,
        settings: { gate, github, ...(sha && { sha }), ...(slack && { slack }), ...(ops && { ops }) }
    };
}
/**
 * `core.setSecret` on every secret value, before anything can log it; GREMLIN_API_KEY too, which
 * the gremlin backend reads when the gremlin-api-key input is empty (the runner masks a secret it
 * passed in `env`, but not in the reports and the check run, which are the gate's own).
 */
function maskSecrets(core, env) {
    for (const name of SECRET_INPUTS) {
        const value = core.getInput(name);
        if (value)
            core.setSecret(value);
    }
    const gremlinKey = env.GREMLIN_API_KEY?.trim();
    if (gremlinKey)
        core.setSecret(gremlinKey);
    for (const name of ['alertmanager-url', 'grafana-url']) {
        const password = urlPassword(core.getInput(name));
        if (password)
            core.setSecret(password);
    }
    for (const secret of prometheusSecrets(core.getInput('prometheus-url'), core.getInput('prometheus-headers'))) {
        core.setSecret(secret);
    }
}
function urlPassword(value) {
    try {
        return decodeURIComponent(new URL(value).password) || undefined;
    }
    catch {
        return undefined;
    }
}
function readEnvironment(inputs) {
    const environment = inputs.text('environment');
    if (environment === '')
        inputs.reject('environment', 'expected the environment name to gate');
    return environment;
}
function readGateSettings(inputs, gh, runId, environment) {
    const experiments = inputs.lines('experiments');
    if (experiments.length === 0) {
        inputs.reject('experiments', 'expected at least one glob or path, one per line');
    }
    const backend = inputs.choice('backend', BACKENDS);
    const mode = inputs.choice('mode', settings/* MODES */.FN);
    const concurrency = inputs.integer('concurrency', settings/* SHARED_SETTINGS */.aM.concurrency.min, settings/* SHARED_SETTINGS */.aM.concurrency.max);
    const timeoutMs = inputs.duration('timeout');
    const failOn = readFailOn(inputs);
    const prometheus = readPrometheus(inputs);
    const errorBudget = readErrorBudget(inputs, prometheus !== undefined);
    if (!backend || !mode || !concurrency || !timeoutMs || !failOn)
        return undefined;
    const kubeconfig = inputs.optional('kubeconfig');
    const context = inputs.optional('context');
    const namespace = inputs.optional('namespace');
    const policy = inputs.optional('policy');
    const gremlinTeamId = inputs.optional('gremlin-team-id');
    const gremlinApiKey = inputs.optional('gremlin-api-key');
    return {
        experiments,
        cwd: gh.workspace,
        backend,
        mode,
        environment,
        concurrency,
        timeoutMs,
        failOn,
        reportDir: resolveIn(gh.workspace, inputs.text('report-dir')),
        stateDir: gh.runnerTemp ? (0,external_node_path_.join)(gh.runnerTemp, 'chaos-gate') : (0,external_node_path_.join)(gh.workspace, '.chaos-gate'),
        runId,
        only: [],
        ...(kubeconfig && { kubeconfig: resolveIn(gh.workspace, kubeconfig) }),
        ...(context && { context }),
        ...(namespace && { namespace }),
        ...(policy && { policy }),
        ...(prometheus && { prometheus }),
        ...(errorBudget && { errorBudget }),
        ...((gremlinTeamId || gremlinApiKey) && {
            gremlin: {
                ...(gremlinTeamId && { teamId: gremlinTeamId }),
                ...(gremlinApiKey && { apiKey: gremlinApiKey })
            }
        })
    };
}
function readFailOn(inputs) {
    const words = inputs
        .text('fail-on')
        .split(/[\s,]+/)
        .filter((w) => w !== '');
    const unknown = words.filter((w) => !FAIL_ON_CHOICES.some((v) => v === w));
    if (words.length === 0 || unknown.length > 0) {
        inputs.reject('fail-on', `expected a comma-separated list of ${FAIL_ON_CHOICES.join(', ')}; ${words.length === 0 ? "got nothing (to never fail the job, use 'mode: warn')" : `'${unknown.join("', '")}' is not one`}`);
        return undefined;
    }
    return new Set(FAIL_ON_CHOICES.filter((v) => words.includes(v)));
}
function readGitHubReporting(inputs, environment) {
    const token = inputs.text('github-token');
    const checkRun = inputs.choice('check-run', ['best-effort', 'required', 'off']);
    const commitStatus = inputs.boolean('commit-status');
    const checkName = inputs.text('check-name').replaceAll('<environment>', environment).trim();
    if (checkName === '')
        inputs.reject('check-name', 'expected a name for the check run');
    if (token === '' && (checkRun === 'required' || commitStatus === true)) {
        inputs.reject('github-token', "it is empty, but 'check-run: required' or 'commit-status: true' needs it; pass ${{ github.token }} or a token with checks: write");
    }
    if (!checkRun || commitStatus === undefined)
        return undefined;
    return { token, checkName, checkRun, commitStatus };
}
function readSha(inputs) {
    const sha = inputs.optional('sha');
    if (sha !== undefined && !/^[0-9a-f]{40}$/.test(sha)) {
        inputs.reject('sha', `expected a full 40-character commit sha; got '${sha.slice(0, 60)}'`);
    }
    return sha;
}
function resolveIn(root, path) {
    return (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(root, path);
}


/***/ }),

/***/ 56832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W: () => (/* binding */ mainScope)
});

;// CONCATENATED MODULE: ./src/action/cancel-grace.ts
/**
 * After SIGINT the runner sends SIGTERM 7.5 s later and kills the process 2.5 s after that. The
 * engine aborts and cleans up first; reporting (check run, Slack) may use what is left of the
 * grace period, and no more, so main exits before the kill and post picks up the rest.
 */
/** A signal that aborts `graceMs` after `cancel` does; never before. */
function graceAfter(cancel, graceMs) {
    const controller = new AbortController();
    const start = () => {
        const timer = setTimeout(() => controller.abort(new Error(`out of time ${graceMs}ms after cancellation`)), graceMs);
        // Only a bound, and its owner (the running step) holds the loop already: unref'd so a step
        // that finished early is not kept alive until the grace period ends.
        timer.unref();
    };
    if (cancel.aborted)
        start();
    else
        cancel.addEventListener('abort', start, { once: true });
    return controller.signal;
}

// EXTERNAL MODULE: ./src/action/core-log.ts
var core_log = __webpack_require__(65348);
// EXTERNAL MODULE: ./src/action/github-env.ts
var github_env = __webpack_require__(91877);
// EXTERNAL MODULE: ./src/util/secret-mask.ts
var secret_mask = __webpack_require__(60051);
;// CONCATENATED MODULE: ./src/action/notify/github/masked-api.ts
/**
 * GitHubApi that masks what it writes: a check run's output, a commit status's description and a
 * pull request's plan comment carry the gate's messages, and those may quote a server that quoted a secret. GitHub does not
 * mask check runs the way the runner masks the step log.
 */

function maskedGitHubApi(api, secrets) {
    return {
        createCheckRun: (p) => api.createCheckRun({ ...p, output: (0,secret_mask/* maskStrings */.X1)(p.output, secrets) }),
        updateCheckRun: (id, p) => api.updateCheckRun(id, p.output ? { ...p, output: (0,secret_mask/* maskStrings */.X1)(p.output, secrets) } : p),
        getCheckRun: (id) => api.getCheckRun(id),
        listCheckRuns: (sha, name) => api.listCheckRuns(sha, name),
        createCommitStatus: (sha, p) => api.createCommitStatus(sha, { ...p, description: secrets.mask(p.description) }),
        listCommits: (sha, count) => api.listCommits(sha, count),
        listIssueComments: (issue) => api.listIssueComments(issue),
        // A pull request's plan comment quotes manifest errors, which may quote a secret too.
        createIssueComment: (issue, body) => api.createIssueComment(issue, secrets.mask(body)),
        updateIssueComment: (id, body) => api.updateIssueComment(id, secrets.mask(body))
    };
}

;// CONCATENATED MODULE: ./src/action/main-scope.ts




function mainScope(deps, gh, settings, target) {
    const log = (0,core_log/* coreLog */.u)(deps.core);
    const reportSignal = graceAfter(deps.signal, deps.reportGraceMs);
    const environmentUrl = target.deployment?.environmentUrl;
    const logUrl = target.deployment?.logUrl;
    const links = {
        sha: target.sha,
        commitUrl: (0,github_env/* commitUrl */.Bg)(gh, target.sha),
        environment: target.environment,
        ...(gh.runUrl && { runUrl: gh.runUrl }),
        ...(environmentUrl && { environmentUrl }),
        ...(logUrl && { deploymentLogUrl: logUrl })
    };
    const slack = {
        repository: `${gh.repository.owner}/${gh.repository.repo}`,
        environment: target.environment,
        sha: target.sha,
        commitUrl: links.commitUrl,
        checkName: settings.github.checkName,
        runId: settings.gate.runId,
        ...(settings.slack?.mention && { mention: settings.slack.mention }),
        ...(gh.runUrl && { runUrl: gh.runUrl }),
        ...(environmentUrl && { environmentUrl })
    };
    const token = settings.github.token;
    const api = token
        ? maskedGitHubApi(deps.github(token, gh, log, reportSignal), deps.secrets)
        : undefined;
    return { deps, gh, settings, target, links, slack, api, log, reportSignal };
}


/***/ }),

/***/ 21394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dh: () => (/* binding */ invalidOutput),
/* harmony export */   Fw: () => (/* binding */ unfinishedOutput),
/* harmony export */   Gg: () => (/* binding */ titleOf),
/* harmony export */   JG: () => (/* binding */ runningOutput),
/* harmony export */   Wm: () => (/* binding */ errorOutput),
/* harmony export */   Zl: () => (/* binding */ commitStatusOf),
/* harmony export */   sV: () => (/* binding */ linksLine),
/* harmony export */   uX: () => (/* binding */ finishedOutput),
/* harmony export */   vu: () => (/* binding */ conclusionOf)
/* harmony export */ });
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _fit_markdown__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98771);


/** The one line of links every check-run summary starts with. */
function linksLine(links) {
    const parts = [
        `**Commit** [\`${links.sha.slice(0, 7)}\`](${links.commitUrl})`,
        `**Environment** ${links.environmentUrl ? `[${links.environment}](${links.environmentUrl})` : links.environment}`
    ];
    if (links.runUrl)
        parts.push(`[Workflow run](${links.runUrl})`);
    if (links.deploymentLogUrl)
        parts.push(`[Deployment log](${links.deploymentLogUrl})`);
    return parts.join(' · ');
}
function runningOutput(links, runId) {
    return {
        title: `Running chaos experiments on ${links.environment}`,
        summary: `${linksLine(links)}\n\nRun \`${runId}\` started; the verdict appears here when it ends.`
    };
}
/** success when it passed, failure when it failed, neutral when nothing was judged or in warn mode. */
function conclusionOf(report) {
    if (report.failed)
        return 'failure';
    if (report.verdict === 'pass')
        return 'success';
    if (report.mode === 'warn' || report.mode === 'dry-run' || report.verdict === 'skipped') {
        return 'neutral';
    }
    // A verdict the user left out of fail-on (say inconclusive): the gate, as configured, passed.
    return 'success';
}
function titleOf(report) {
    const total = report.experiments.length;
    const failOn = new Set(report.failOn);
    const bad = report.experiments.filter((e) => failOn.has(e.verdict)).length;
    const breakdown = breakdownOf(report, failOn);
    if (report.mode === 'dry-run')
        return `Dry run: ${plural(total, 'experiment')} planned, nothing injected`;
    if (report.failed)
        return `Failed: ${bad} of ${plural(total, 'experiment')} (${breakdown})`;
    if (bad > 0)
        return `Would fail (warn mode): ${bad} of ${plural(total, 'experiment')} (${breakdown})`;
    if (report.verdict === 'skipped' || total === 0)
        return 'Skipped: no experiment ran';
    const others = total - report.counts.pass - report.counts.skipped;
    if (others > 0)
        return `Passed with ${plural(others, 'experiment')} not judged (${breakdownOf(report, new Set(['inconclusive', 'error', 'aborted', 'fail']))})`;
    return `Passed: ${plural(report.counts.pass, 'experiment')} held the steady state`;
}
function finishedOutput(report, summaryMarkdown, links, annotations) {
    return {
        title: titleOf(report),
        summary: (0,_fit_markdown__WEBPACK_IMPORTED_MODULE_1__/* .fitMarkdown */ .DJ)(`${linksLine(links)}\n\n${summaryMarkdown}`, _fit_markdown__WEBPACK_IMPORTED_MODULE_1__/* .CHECK_RUN_TEXT_LIMIT */ .Zo, `_The summary was cut to fit the check run; the job summary and the JSON report${links.runUrl ? ` ([run](${links.runUrl}))` : ''} have everything._`, 'chars'),
        annotations
    };
}
/** For a run stopped by invalid manifests, inputs or policy: nothing was injected. */
function invalidOutput(problems, details, links, annotations) {
    return {
        title: `Invalid configuration: ${plural(problems, 'problem')}, nothing injected`,
        summary: (0,_fit_markdown__WEBPACK_IMPORTED_MODULE_1__/* .fitMarkdown */ .DJ)(`${linksLine(links)}\n\n${details}`, _fit_markdown__WEBPACK_IMPORTED_MODULE_1__/* .CHECK_RUN_TEXT_LIMIT */ .Zo, '_Cut to fit._', 'chars'),
        annotations
    };
}
/** For a run that could not operate (GitHub, Kubernetes or a backend refused). */
function errorOutput(message, links) {
    return {
        title: 'Error: the gate could not run',
        summary: `${linksLine(links)}\n\n${fence(message)}`
    };
}
/** For a run that was cancelled or died before it could report; says what is known. */
function unfinishedOutput(links, title, known) {
    return {
        title,
        summary: (0,_fit_markdown__WEBPACK_IMPORTED_MODULE_1__/* .fitMarkdown */ .DJ)([linksLine(links), '', ...known.map((line) => `- ${line}`)].join('\n'), _fit_markdown__WEBPACK_IMPORTED_MODULE_1__/* .CHECK_RUN_TEXT_LIMIT */ .Zo, '_Cut to fit._', 'chars')
    };
}
/** A commit status for the same verdict: GitHub caps the description at 140 characters. */
function commitStatusOf(conclusion, description) {
    const state = conclusion === 'success' || conclusion === 'neutral' || conclusion === 'skipped'
        ? 'success'
        : conclusion === 'failure'
            ? 'failure'
            : conclusion === 'pending'
                ? 'pending'
                : 'error';
    return { state, description: (0,_util_errors__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(description, 139) };
}
function breakdownOf(report, verdicts) {
    return [...verdicts]
        .filter((v) => report.counts[v] > 0)
        .map((v) => `${v} ${report.counts[v]}`)
        .join(', ');
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function fence(text) {
    return `\`\`\`\n${text.replace(/```/g, "'''")}\n\`\`\``;
}


/***/ }),

/***/ 98771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DJ: () => (/* binding */ fitMarkdown),
/* harmony export */   Zo: () => (/* binding */ CHECK_RUN_TEXT_LIMIT),
/* harmony export */   zS: () => (/* binding */ JOB_SUMMARY_LIMIT)
/* harmony export */ });
/**
 * Shortens Markdown to a size limit without leaving a code fence or a <details> block open, and
 * says where the rest is. GitHub rejects a check-run summary over 65535 characters and drops a
 * job summary over 1 MiB, so both are cut here instead.
 */
/** Check-run `output.summary` and `output.text` (characters). */
const CHECK_RUN_TEXT_LIMIT = 65_535;
/** One step's job summary file (bytes). */
const JOB_SUMMARY_LIMIT = 1024 * 1024;
function fitMarkdown(text, limit, note, measure) {
    const size = (s) => measure === 'bytes' ? Buffer.byteLength(s, 'utf8') : s.length;
    if (size(text) <= limit)
        return text;
    // Reserve room for the note and for closing whatever the cut leaves open.
    const reserve = size(note) + 64;
    let head = cut(text, Math.max(0, limit - reserve), measure);
    const newline = head.lastIndexOf('\n');
    if (newline > 0)
        head = head.slice(0, newline);
    return `${head}\n${closers(head)}\n${note}\n`;
}
function cut(text, budget, measure) {
    if (measure === 'chars')
        return text.slice(0, budget);
    // Decoding a byte prefix may end in half a character; drop the replacement it becomes.
    return Buffer.from(text, 'utf8')
        .subarray(0, budget)
        .toString('utf8')
        .replace(/\uFFFD+$/, '');
}
/** The fence and </details> tags that close what `head` left open. */
function closers(head) {
    const parts = [];
    const fences = head.match(/^```/gm)?.length ?? 0;
    if (fences % 2 === 1)
        parts.push('```');
    const open = (head.match(/<details\b/g)?.length ?? 0) - (head.match(/<\/details>/g)?.length ?? 0);
    for (let i = 0; i < open; i++)
        parts.push('</details>');
    return parts.join('\n');
}


/***/ }),

/***/ 3310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UG: () => (/* binding */ notifyError),
  bv: () => (/* binding */ notifyResult),
  pC: () => (/* binding */ notifyStranded)
});

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/action/notify/slack/mrkdwn.ts
/**
 * Slack's text rules (docs.slack.dev, "Formatting text"): `&`, `<` and `>` are control
 * characters and must be escaped in user content; links are `<url|text>`, which avoids the
 * interaction payload a link button sends.
 */
function escapeMrkdwn(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** A link whose text is escaped and whose URL cannot break out of the `<...>` form. */
function mrkdwnLink(url, text) {
    const safeUrl = url
        .replace(/&/g, '&amp;')
        .replace(/</g, '%3C')
        .replace(/>/g, '%3E')
        .replace(/\|/g, '%7C');
    return `<${safeUrl}|${escapeMrkdwn(text).replace(/\|/g, '¦')}>`;
}
/** Cuts text to `max` characters, marking the cut. */
function clip(text, max) {
    return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}
/** Like clip, for text already in mrkdwn: never leaves half an entity or an unclosed link. */
function clipMrkdwn(text, max) {
    if (text.length <= max)
        return text;
    const cut = text
        .slice(0, Math.max(0, max - 1))
        .replace(/&[a-z]*$/, '')
        .replace(/<[^>]*$/, '');
    return `${cut}…`;
}

;// CONCATENATED MODULE: ./src/action/notify/slack/block-kit.ts
/**
 * The Block Kit subset the gate's messages use, Slack's limits for it (node-slack-sdk block types;
 * bolt-js#2509 for the aggregate), and the builders that keep every block within them.
 */

const MAX_BLOCKS = 50;
const HEADER_LIMIT = 150;
const SECTION_LIMIT = 3000;
const FIELD_LIMIT = 2000;
/** Below Slack's undocumented aggregate limit (~13.2k characters observed), with room to spare. */
const TOTAL_BUDGET = 10_000;
/** Head, as many body sections as the block and size budgets allow, a "more" note, then tail. */
function fitBlocks(head, body, tail, more, maxBody) {
    const room = Math.min(MAX_BLOCKS - head.length - tail.length - 1, maxBody);
    let budget = TOTAL_BUDGET - [...head, ...tail].reduce((n, b) => n + size(b), 0) - 200;
    const kept = [];
    for (const block of body) {
        if (kept.length >= room || size(block) > budget)
            break;
        kept.push(block);
        budget -= size(block);
    }
    const dropped = body.length - kept.length;
    const note = dropped > 0 ? [{ type: 'context', elements: [{ type: 'mrkdwn', text: more(dropped) }] }] : [];
    return [...head, ...kept, ...note, ...tail];
}
function size(block) {
    if (block.type === 'header')
        return block.text.text.length;
    if (block.type === 'context')
        return block.elements.reduce((n, e) => n + e.text.length, 0);
    return ((block.text?.text.length ?? 0) + (block.fields ?? []).reduce((n, f) => n + f.text.length, 0));
}
function header(text) {
    return {
        type: 'header',
        text: { type: 'plain_text', text: clip(text, HEADER_LIMIT), emoji: true }
    };
}
function section(text) {
    return { type: 'section', text: { type: 'mrkdwn', text: clipMrkdwn(text, SECTION_LIMIT) } };
}
function field(text) {
    return { type: 'mrkdwn', text: clipMrkdwn(text, FIELD_LIMIT) };
}

;// CONCATENATED MODULE: ./src/action/notify/slack/blocks.ts


/** More failing experiments than this are counted, not listed. */
const MAX_EXPERIMENTS = 20;
/** The gate's result: what failed, why, and the values that broke the steady state. */
function gateResultMessage(report, ctx, options = {}) {
    const failOn = new Set(report.failOn);
    const failing = report.experiments.filter((e) => failOn.has(e.verdict));
    const verdictText = failing.length
        ? `${report.verdict}: ${failing.length} of ${report.experiments.length} experiments failed`
        : `${report.verdict}: ${report.counts.pass} of ${report.experiments.length} experiments passed`;
    const icon = report.failed
        ? ':rotating_light:'
        : failing.length
            ? ':warning:'
            : ':white_check_mark:';
    const word = report.failed
        ? options.again
            ? 'FAILED again'
            : 'FAILED'
        : failing.length
            ? 'would fail (warn mode)'
            : 'passed';
    const head = [
        header(`${report.failed ? '🚨' : failing.length ? '⚠️' : '✅'} Chaos gate ${word.toLowerCase()}: ${ctx.environment}`),
        linksSection(ctx, report.failed),
        facts(ctx, verdictText)
    ];
    const tail = [footer(ctx, report)];
    const sections = failing.map(experimentSection);
    return {
        text: `${icon} Chaos gate ${word} on ${ctx.environment} for ${ctx.repository}@${ctx.sha.slice(0, 7)} (${verdictText})${report.failed && ctx.mention ? ` ${ctx.mention}` : ''}`,
        blocks: fitBlocks(head, sections, tail, (n) => `…and ${n} more failing experiment${n === 1 ? '' : 's'}; see the run.`, MAX_EXPERIMENTS)
    };
}
/** Post found objects it could not remove: someone has to, now. */
function strandedFaultMessage(ctx, cleanup) {
    const items = [
        ...cleanup.stuck.map((s) => `• \`${escapeMrkdwn(s.ref)}\`: ${escapeMrkdwn(s.reason)}\n   inspect: \`${escapeMrkdwn(s.inspect)}\``),
        ...cleanup.errors.map((e) => `• ${escapeMrkdwn(e)}`)
    ];
    const sections = items.map((item) => section(item));
    return {
        text: `:rotating_light: Chaos gate could not remove ${items.length} fault object(s) on ${ctx.environment} for ${ctx.repository}@${ctx.sha.slice(0, 7)}; they may still be injecting`,
        blocks: fitBlocks([
            header(`🚨 Fault left behind: ${ctx.environment}`),
            linksSection(ctx, true),
            facts(ctx, 'cleanup failed'),
            section('Cleanup could not remove these objects. They may still be injecting faults; remove them by hand:')
        ], sections, [footer(ctx)], (n) => `…and ${n} more; see the run.`, MAX_BLOCKS)
    };
}
/** The gate could not run at all (invalid input, RBAC, unreachable backend). */
function gateErrorMessage(ctx, problem) {
    return {
        text: `:warning: Chaos gate could not run on ${ctx.environment} for ${ctx.repository}@${ctx.sha.slice(0, 7)}: ${escapeMrkdwn(clip(problem, 300))}`,
        blocks: [
            header(`⚠️ Chaos gate could not run: ${ctx.environment}`),
            linksSection(ctx, true),
            facts(ctx, 'error'),
            section(`\`\`\`${escapeMrkdwn(clip(problem, 2000))}\`\`\``),
            footer(ctx)
        ]
    };
}
/**
 * One failing experiment: what was supposed to hold (the hypothesis), then what broke, said once.
 * The reasons tell the story; the guard's abort reason and the breaching values are the same
 * breach in other words, so they appear only when no reason already carries them.
 */
function experimentSection(e) {
    const lines = [
        `*${escapeMrkdwn(e.name)}*: ${e.verdict} (${e.backend} ${escapeMrkdwn(e.kind)}, \`${escapeMrkdwn(e.source.file)}:${e.source.line}\`)`
    ];
    if (e.hypothesis)
        lines.push(`_Hypothesis:_ ${escapeMrkdwn(clip(oneLine(e.hypothesis), 300))}`);
    const reasons = e.reasons.slice(0, 3);
    const said = (text) => reasons.some((r) => r.includes(text));
    for (const reason of reasons)
        lines.push(`• ${escapeMrkdwn(clip(reason, 400))}`);
    const abort = e.fault.abortReason;
    if (abort && !said(abort))
        lines.push(`• aborted: ${escapeMrkdwn(clip(abort, 400))}`);
    // A breach the reasons already name (by its check, or the measured quantity before ` = `) is
    // the same breach, measured a moment earlier or later: not said again.
    const named = (m) => said(m.check) || said(m.message.split(' = ')[0] ?? m.message);
    for (const m of brokenValues(e).filter((b) => !named(b)))
        lines.push(`• \`${escapeMrkdwn(clip(`${m.check} (${m.phase}): ${m.message}`, 300))}\``);
    if (e.fault.abortLatencyMs !== undefined)
        lines.push(`• the fault was off ${seconds(e.fault.abortLatencyMs)} after the breach`);
    return section(lines.join('\n'));
}
/** The first breaching measurement of each check, per phase: the numbers that broke. */
function brokenValues(e) {
    const seen = new Set();
    return e.measurements
        .filter((m) => {
        const key = `${m.check}/${m.phase}`;
        if (m.level !== 'breach' || seen.has(key))
            return false;
        seen.add(key);
        return true;
    })
        .slice(0, 4);
}
/**
 * The first thing a reader sees under the header: where to click (the run, the check run) and,
 * on bad news, who is asked to look.
 */
function linksSection(ctx, badNews) {
    const links = [
        ctx.runUrl ? `*${mrkdwnLink(ctx.runUrl, 'Open the workflow run')}*` : undefined,
        ctx.checkRunUrl
            ? mrkdwnLink(ctx.checkRunUrl, `Check run: ${ctx.checkName}`)
            : `check \`${escapeMrkdwn(ctx.checkName)}\``
    ].filter((p) => p !== undefined);
    const mention = badNews && ctx.mention ? `\n${ctx.mention} please take a look` : '';
    return section(`${links.join(' · ')}${mention}`);
}
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}
function seconds(ms) {
    return ms < 1000 ? `${ms}ms` : `${(ms / 1000).toFixed(1)}s`;
}
function facts(ctx, verdict) {
    const env = ctx.environmentUrl
        ? mrkdwnLink(ctx.environmentUrl, ctx.environment)
        : escapeMrkdwn(ctx.environment);
    return {
        type: 'section',
        fields: [
            field(`*Repository*\n${escapeMrkdwn(ctx.repository)}`),
            field(`*Commit*\n${mrkdwnLink(ctx.commitUrl, ctx.sha.slice(0, 7))}`),
            field(`*Environment*\n${env}`),
            field(`*Verdict*\n${escapeMrkdwn(verdict)}`)
        ]
    };
}
function footer(ctx, report) {
    const parts = [
        `run id \`${escapeMrkdwn(ctx.runId)}\``,
        report ? `${Math.round((report.endedAt - report.startedAt) / 1000)}s` : undefined
    ].filter((p) => p !== undefined);
    return {
        type: 'context',
        elements: [{ type: 'mrkdwn', text: clipMrkdwn(parts.join(' • '), FIELD_LIMIT) }]
    };
}

// EXTERNAL MODULE: ./src/util/retry.ts
var retry = __webpack_require__(4266);
// EXTERNAL MODULE: ./src/util/secret-mask.ts
var secret_mask = __webpack_require__(60051);
;// CONCATENATED MODULE: ./src/action/notify/slack/transport.ts



/** Three retries, at most 30 s apart (a longer Retry-After is capped). */
const SLACK_RETRY = {
    attempts: 4,
    baseDelayMs: 1000,
    maxDelayMs: 30_000,
    jitter: 0.2
};
const REQUEST_TIMEOUT_MS = 10_000;
/** A failed attempt, kept apart from BackendError so the classifier can read the status. */
class SlackHttpError extends Error {
    status;
    retryAfterMs;
    constructor(message, status, retryAfterMs) {
        super(message);
        this.status = status;
        this.retryAfterMs = retryAfterMs;
    }
}
async function postSlackMessage(destination, message, deps, options = {}) {
    const target = destination.kind === 'webhook' ? 'incoming webhook' : `channel ${destination.channel}`;
    try {
        return await (0,retry/* withRetry */.bD)(() => attempt(destination, message, deps, options), classify, SLACK_RETRY, deps.clock, deps.signal, (err, delay, n) => deps.log.info(`Slack: attempt ${n} failed (${describe(err)}); retrying in ${delay}ms`));
    }
    catch (err) {
        const status = err instanceof SlackHttpError ? err.status : undefined;
        const reason = deps.signal?.aborted ? 'cancelled' : describe(err);
        throw new errors/* BackendError */.Jh('slack', 'post message to', target, reason, status);
    }
}
async function attempt(destination, unmasked, deps, options) {
    const bot = destination.kind === 'bot';
    const message = deps.secrets ? (0,secret_mask/* maskStrings */.X1)(unmasked, deps.secrets) : unmasked;
    const url = bot ? `${destination.apiUrl}/chat.postMessage` : destination.url;
    const body = bot
        ? {
            channel: destination.channel,
            text: message.text,
            blocks: message.blocks,
            unfurl_links: false,
            ...(options.threadTs && { thread_ts: options.threadTs }),
            ...(options.metadata && { metadata: options.metadata })
        }
        : { text: message.text, blocks: message.blocks };
    const signals = [AbortSignal.timeout(REQUEST_TIMEOUT_MS), ...(deps.signal ? [deps.signal] : [])];
    let response;
    try {
        response = await deps.fetch(url, {
            method: 'POST',
            headers: {
                'content-type': 'application/json; charset=utf-8',
                ...(bot && { authorization: `Bearer ${destination.token}` })
            },
            body: JSON.stringify(body),
            signal: AbortSignal.any(signals)
        });
    }
    catch (err) {
        if (deps.signal?.aborted)
            throw err;
        // undici's message can carry the URL; keep only the error code.
        throw new SlackHttpError(`network error (${networkCode(err)})`, undefined, undefined);
    }
    const text = (await response.text()).slice(0, 300);
    if (response.status !== 200) {
        const retryAfter = (0,retry/* parseRetryAfter */.mu)(response.headers.get('retry-after') ?? undefined, deps.clock.now());
        throw new SlackHttpError(`HTTP ${response.status} ${text.trim()}`.trim(), response.status, retryAfter);
    }
    if (!bot)
        return {};
    const posted = checkOk('chat.postMessage', text);
    const ts = stringField(posted, 'ts');
    const channel = stringField(posted, 'channel');
    return { ...(ts && { ts }), ...(channel && { channel }) };
}
/**
 * The channel's latest messages, newest first, with their metadata (conversations.history, one
 * page of `limit`). Needs the bot's `channels:history` (or `groups:history`) scope and a channel
 * ID; one attempt, no retry: a lookup that fails only means a new message instead of a reply.
 */
async function channelHistory(destination, limit, deps) {
    const query = new URLSearchParams({
        channel: destination.channel,
        limit: String(limit),
        include_all_metadata: 'true'
    });
    const signals = [AbortSignal.timeout(REQUEST_TIMEOUT_MS), ...(deps.signal ? [deps.signal] : [])];
    let response;
    try {
        response = await deps.fetch(`${destination.apiUrl}/conversations.history?${query.toString()}`, {
            headers: { authorization: `Bearer ${destination.token}` },
            signal: AbortSignal.any(signals)
        });
    }
    catch (err) {
        throw new errors/* BackendError */.Jh('slack', 'read history of', `channel ${destination.channel}`, `network error (${networkCode(err)})`);
    }
    const text = await response.text();
    let parsed;
    try {
        if (response.status !== 200)
            throw new SlackHttpError(`HTTP ${response.status}`, response.status, undefined);
        parsed = checkOk('conversations.history', text);
    }
    catch (err) {
        throw new errors/* BackendError */.Jh('slack', 'read history of', `channel ${destination.channel}`, describe(err), response.status);
    }
    const messages = typeof parsed === 'object' &&
        parsed !== null &&
        'messages' in parsed &&
        Array.isArray(parsed.messages)
        ? parsed.messages
        : [];
    return messages.flatMap((m) => {
        const ts = stringField(m, 'ts');
        if (!ts)
            return [];
        const metadata = readMetadata(typeof m === 'object' && m !== null && 'metadata' in m ? m.metadata : undefined);
        return [{ ts, ...(metadata && { metadata }) }];
    });
}
function readMetadata(value) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    const type = stringField(value, 'event_type');
    const payload = 'event_payload' in value ? value.event_payload : undefined;
    if (!type || typeof payload !== 'object' || payload === null)
        return undefined;
    const strings = Object.entries(payload).filter((e) => typeof e[1] === 'string');
    return { event_type: type, event_payload: Object.fromEntries(strings) };
}
function stringField(value, key) {
    if (typeof value !== 'object' || value === null || !(key in value))
        return undefined;
    const field = value[key];
    return typeof field === 'string' && field !== '' ? field : undefined;
}
/** The Web API answers 200 even for errors; `ok` says which. Returns the parsed body. */
function checkOk(method, text) {
    let ok = false;
    let error = 'response was not JSON';
    let parsed;
    try {
        parsed = JSON.parse(text);
        if (typeof parsed === 'object' && parsed !== null && 'ok' in parsed) {
            ok = parsed.ok === true;
            error = 'error' in parsed && typeof parsed.error === 'string' ? parsed.error : 'unknown error';
        }
    }
    catch {
        // keep the default message
    }
    if (!ok)
        throw new SlackHttpError(`${method}: ${error.slice(0, 100)}`, 200, undefined);
    return parsed;
}
function classify(err) {
    if (!(err instanceof SlackHttpError))
        return { retry: false };
    if (err.status === undefined)
        return { retry: true, reason: err.message };
    if (err.status === 429) {
        return {
            retry: true,
            reason: 'rate limited',
            ...(err.retryAfterMs !== undefined && { afterMs: err.retryAfterMs })
        };
    }
    if (err.status >= 500)
        return { retry: true, reason: err.message };
    return { retry: false };
}
function describe(err) {
    if (err instanceof SlackHttpError)
        return err.message;
    if (err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError')) {
        return 'cancelled';
    }
    return 'unexpected error';
}
function networkCode(err) {
    return ((0,errors/* socketErrorCode */.Rx)(err) ??
        (err instanceof Error && err.name === 'TimeoutError' ? 'timeout' : 'fetch failed'));
}

;// CONCATENATED MODULE: ./src/action/notify/slack/thread.ts
/**
 * Threads repeated failures: when the same experiment fails again, the message is a reply in the
 * thread of the last failure instead of a new message in the channel.
 *
 * How the last failure is found: every bot message carries Slack message metadata (event type
 * `chaos_gate_result`, with the repository, environment, check, commit and the failing
 * experiments), and the next run reads the channel's latest messages with conversations.history.
 * Slack's own history is the record of what was posted where, so nothing has to be carried between
 * runs: a check run on the previous commit would first need that commit found, and says nothing
 * about which channel a message went to or whether it still exists. It needs the bot's
 * `channels:history` (or `groups:history`) scope and a channel ID; without them the message
 * is posted as a new one, as with a webhook, which cannot thread at all.
 */


const GATE_EVENT_TYPE = 'chaos_gate_result';
/** How far back the last message about this check is looked for. */
const HISTORY_LIMIT = 50;
function resultMetadata(facts) {
    return {
        event_type: GATE_EVENT_TYPE,
        event_payload: {
            repository: facts.repository,
            environment: facts.environment,
            check: facts.check,
            sha: facts.sha,
            verdict: facts.verdict,
            // Metadata values stay flat strings, so lists are comma-joined (experiment names hold none).
            failing: facts.failing.join(',')
        }
    };
}
/**
 * The ts of the last message about this check when it reported a failure of one of the same
 * experiments; undefined when the last one was about other experiments or a pass, when there is
 * none, or when the history cannot be read.
 */
async function previousFailureTs(destination, facts, deps) {
    let history;
    try {
        history = await channelHistory(destination, HISTORY_LIMIT, deps);
    }
    catch (err) {
        deps.log.info(`Slack: the last failure could not be looked up (${(0,errors/* errorMessage */.gJ)(err)}); posting a new message. Replying in its thread needs the bot scope channels:history and a channel ID in 'slack-channel'.`);
        return undefined;
    }
    const last = history.find((m) => {
        const p = m.metadata?.event_payload;
        return (m.metadata?.event_type === GATE_EVENT_TYPE &&
            p?.repository === facts.repository &&
            p.environment === facts.environment &&
            p.check === facts.check);
    });
    const before = new Set((last?.metadata?.event_payload.failing ?? '').split(',').filter(Boolean));
    return last && facts.failing.some((name) => before.has(name)) ? last.ts : undefined;
}

;// CONCATENATED MODULE: ./src/action/notify/slack/notify.ts
/**
 * Decides whether a message goes out (`slack-notify`) and keeps Slack best-effort: a failure to
 * post is a warning and never changes the verdict.
 */



/**
 * Posts `message` when the policy wants it: `failure` only for bad news, `always` for any.
 * `isFailure` is true when the gate failed, could not run, or left a fault behind. With `result`
 * (a gate's verdict) and a bot token, the message carries the facts the next run looks for, and a
 * failure of the same experiments as the last message is a reply in that message's thread.
 */
async function notifySlack(settings, message, isFailure, deps, result) {
    if (!settings || settings.notify === 'never')
        return 'not-wanted';
    if (settings.notify === 'failure' && !isFailure)
        return 'not-wanted';
    const { destination } = settings;
    try {
        const bot = destination.kind === 'bot' ? destination : undefined;
        const threadTs = bot && result && result.failing.length > 0
            ? await previousFailureTs(bot, result, deps)
            : undefined;
        const compose = typeof message === 'function' ? message : () => message;
        await postSlackMessage(destination, compose({ again: threadTs !== undefined }), deps, {
            ...(threadTs && { threadTs }),
            ...(bot && result && { metadata: resultMetadata(result) })
        });
        deps.core.info(threadTs
            ? 'Slack: the same experiments failed again; replied in the thread of the last failure'
            : 'Slack: notification sent');
        return 'sent';
    }
    catch (err) {
        deps.core.warning(`Slack notification failed: ${(0,errors/* errorMessage */.gJ)(err)}. The verdict is unchanged.`);
        return 'failed';
    }
}

;// CONCATENATED MODULE: ./src/action/notify/gate-notify.ts



function notifyResult(scope, report, stranded, interrupted) {
    const { settings, slack } = scope;
    if (stranded)
        return notifySlack(settings.slack, strandedFaultMessage(slack, stranded), true, slackDeps(scope));
    const failOn = new Set(report.failOn);
    const result = {
        repository: slack.repository,
        environment: slack.environment,
        check: slack.checkName,
        sha: slack.sha,
        verdict: report.verdict,
        failing: report.experiments.filter((e) => failOn.has(e.verdict)).map((e) => e.name)
    };
    return notifySlack(settings.slack, (options) => gateResultMessage(report, slack, options), report.failed && !interrupted, slackDeps(scope), result);
}
/** Post's alert: objects the run left that nobody could remove. */
function notifyStranded(scope, stranded) {
    return notifySlack(scope.settings.slack, strandedFaultMessage(scope.slack, stranded), true, slackDeps(scope));
}
function notifyError(scope, err) {
    const message = gateErrorMessage(scope.slack, (0,errors/* errorMessage */.gJ)(err));
    return notifySlack(scope.settings.slack, message, true, slackDeps(scope));
}
function slackDeps(scope) {
    return {
        fetch: scope.deps.fetch,
        secrets: scope.deps.secrets,
        clock: scope.deps.clock,
        log: scope.log,
        core: scope.deps.core,
        signal: scope.reportSignal
    };
}


/***/ }),

/***/ 75004:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fp: () => (/* binding */ completeCheckRun),
/* harmony export */   Rv: () => (/* binding */ concludeIfOpen),
/* harmony export */   aF: () => (/* binding */ startCheckRun),
/* harmony export */   tp: () => (/* binding */ latestCheckRun)
/* harmony export */ });
/* unused harmony export ANNOTATIONS_PER_REQUEST */
const ANNOTATIONS_PER_REQUEST = 50;
async function startCheckRun(api, clock, p) {
    const run = await api.createCheckRun({
        name: p.name,
        headSha: p.sha,
        externalId: p.runId,
        startedAt: new Date(clock.now()).toISOString(),
        output: p.output
    });
    return run.id;
}
/** Completes the run with the verdict, then appends the annotations that did not fit. */
async function completeCheckRun(api, clock, id, conclusion, output) {
    const batches = chunk(output.annotations ?? [], ANNOTATIONS_PER_REQUEST);
    const { title, summary } = output;
    const text = output.text === undefined ? {} : { text: output.text };
    await api.updateCheckRun(id, {
        conclusion,
        completedAt: new Date(clock.now()).toISOString(),
        output: { title, summary, ...text, annotations: batches[0] ?? [] }
    });
    for (const batch of batches.slice(1)) {
        await api.updateCheckRun(id, { output: { title, summary, annotations: batch } });
    }
}
/**
 * Closes a check run that is still open with `conclusion`. Reads it first, so a run main
 * completed (even if main died before recording that) is never overwritten.
 */
async function concludeIfOpen(api, clock, id, conclusion, output) {
    const run = await api.getCheckRun(id);
    if (run.status === 'completed')
        return 'already-completed';
    await completeCheckRun(api, clock, id, conclusion, output);
    return 'concluded';
}
/** The newest check run with this name on the commit, or undefined. */
async function latestCheckRun(api, sha, name) {
    const runs = await api.listCheckRuns(sha, name);
    return runs[0];
}
function chunk(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}


/***/ }),

/***/ 66848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ writeJobSummary),
/* harmony export */   s: () => (/* binding */ jobSummary)
/* harmony export */ });
/* harmony import */ var _util_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _fit_markdown__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98771);
/**
 * The step's job summary: the engine's Markdown (table, charts, details) under a line of links,
 * plus the findings that did not fit the annotation limits. GitHub drops a summary over 1 MiB,
 * so it is cut to fit with a note pointing at the full report. A failure to write it is a warning.
 */


function jobSummary(parts) {
    const text = [parts.links, '', parts.body, '', parts.hidden ?? ''].join('\n').trimEnd() + '\n';
    const note = `_The summary was cut to GitHub's 1 MiB limit${parts.reportPath ? `; the full report is ${parts.reportPath}` : ''}._`;
    return (0,_fit_markdown__WEBPACK_IMPORTED_MODULE_1__/* .fitMarkdown */ .DJ)(text, _fit_markdown__WEBPACK_IMPORTED_MODULE_1__/* .JOB_SUMMARY_LIMIT */ .zS, note, 'bytes');
}
async function writeJobSummary(core, markdown) {
    try {
        await core.appendSummary(markdown);
    }
    catch (err) {
        core.warning(`Writing the job summary failed: ${(0,_util_errors__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`);
    }
}


/***/ }),

/***/ 9701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Eg: () => (/* binding */ annotateRun),
  ES: () => (/* binding */ expireSilences),
  N_: () => (/* binding */ silenceRun)
});

// EXTERNAL MODULE: ./src/policy/load-experiments.ts + 62 modules
var load_experiments = __webpack_require__(44407);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/action/state.ts
var state = __webpack_require__(33175);
;// CONCATENATED MODULE: ./src/action/ops/http-json.ts
/**
 * One JSON request to an observability API (Alertmanager, Grafana): a 10 s timeout, the step's
 * cut-off signal, and every failure a BackendError that names the operation and never the
 * credentials. No retry: these calls are best-effort and must not hold the gate up.
 */

const TIMEOUT_MS = 10_000;
async function requestJson(fetchFn, req, signal) {
    const signals = [AbortSignal.timeout(TIMEOUT_MS), ...(signal ? [signal] : [])];
    let response;
    try {
        response = await fetchFn(req.url, {
            method: req.method,
            headers: {
                accept: 'application/json',
                ...(req.body !== undefined && { 'content-type': 'application/json' }),
                ...req.headers
            },
            ...(req.body !== undefined && { body: JSON.stringify(req.body) }),
            signal: AbortSignal.any(signals)
        });
    }
    catch (err) {
        const code = (0,errors/* socketErrorCode */.Rx)(err) ??
            (err instanceof Error && err.name === 'TimeoutError' ? 'timeout' : 'fetch failed');
        throw new errors/* BackendError */.Jh(req.system, req.op, req.target, `network error (${code})`);
    }
    const text = await response.text();
    if (response.status < 200 || response.status > 299) {
        throw new errors/* BackendError */.Jh(req.system, req.op, req.target, `HTTP ${response.status} ${text.trim().slice(0, 200)}`.trim(), response.status);
    }
    if (text.trim() === '')
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        throw new errors/* BackendError */.Jh(req.system, req.op, req.target, 'the response was not JSON');
    }
}
/** A URL's user:password as a Basic header; fetch refuses URLs that carry credentials. */
function splitCredentials(raw) {
    const url = new URL(raw);
    if (!url.username && !url.password)
        return { url: raw.replace(/\/+$/, ''), headers: {} };
    const basic = Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64');
    url.username = '';
    url.password = '';
    return { url: url.toString().replace(/\/+$/, ''), headers: { authorization: `Basic ${basic}` } };
}

;// CONCATENATED MODULE: ./src/action/ops/alertmanager.ts

/** The matchers for an experiment; empty when it names nothing to match (a local proxy fault). */
function silenceMatchers(e) {
    const namespaces = e.targets?.namespaces.length
        ? e.targets.namespaces
        : e.namespace
            ? [e.namespace]
            : [];
    const matchers = [];
    if (namespaces.length === 1)
        matchers.push({ name: 'namespace', value: namespaces[0] ?? '', isRegex: false, isEqual: true });
    else if (namespaces.length > 1)
        matchers.push({
            name: 'namespace',
            value: namespaces.map(escapeRegex).join('|'),
            isRegex: true,
            isEqual: true
        });
    for (const term of (e.targets?.labelSelector ?? '').split(',')) {
        const m = /^\s*([A-Za-z0-9_./-]+)\s*(!=|==|=)\s*([A-Za-z0-9_.-]*)\s*$/.exec(term);
        if (!m?.[1] || !m[2])
            continue;
        // Alertmanager label names are Prometheus label names: `app.kubernetes.io/name` becomes `app_kubernetes_io_name`.
        const name = m[1].replace(/[^A-Za-z0-9_]/g, '_');
        matchers.push({ name, value: m[3] ?? '', isRegex: false, isEqual: m[2] !== '!=' });
    }
    // A silence needs at least one positive matcher, or it would silence everything.
    return matchers.some((m) => m.isEqual) ? matchers : [];
}
async function createSilence(fetchFn, baseUrl, silence, signal) {
    const { url, headers } = splitCredentials(baseUrl);
    const data = await requestJson(fetchFn, {
        system: 'alertmanager',
        op: 'create silence',
        target: silence.matchers.map(alertmanager_text).join(','),
        method: 'POST',
        url: `${url}/api/v2/silences`,
        headers,
        body: silence
    }, signal);
    const id = typeof data === 'object' && data !== null && 'silenceID' in data ? data.silenceID : undefined;
    if (typeof id !== 'string' || id === '')
        throw new Error('Alertmanager answered without a silenceID');
    return id;
}
async function expireSilence(fetchFn, baseUrl, id, signal) {
    const { url, headers } = splitCredentials(baseUrl);
    await requestJson(fetchFn, {
        system: 'alertmanager',
        op: 'expire silence',
        target: id,
        method: 'DELETE',
        url: `${url}/api/v2/silence/${encodeURIComponent(id)}`,
        headers
    }, signal);
}
function alertmanager_text(m) {
    const op = m.isRegex ? (m.isEqual ? '=~' : '!~') : m.isEqual ? '=' : '!=';
    return `${m.name}${op}"${m.value}"`;
}
function escapeRegex(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/action/ops/grafana.ts

/** The annotations for a finished run: per injected experiment, its window and its abort. */
function faultAnnotations(report, dashboards, runUrl) {
    const targets = dashboards.length > 0 ? dashboards : [undefined];
    return report.experiments.flatMap((e) => windowOf(e, report, runUrl).flatMap((a) => targets.map((uid) => ({ ...a, ...(uid && { dashboardUID: uid }) }))));
}
function windowOf(e, report, runUrl) {
    const start = e.fault.injectedAt;
    if (start === undefined)
        return [];
    const end = e.fault.removedAt ?? e.fault.abortedAt ?? e.endedAt;
    const tags = ['chaos-gate', report.environment, e.name, e.verdict];
    const link = runUrl ? ` (${runUrl})` : '';
    const window = {
        time: start,
        timeEnd: Math.max(start, end),
        tags,
        text: `chaos-gate: ${e.name} (${e.backend} ${e.kind}${e.action ? ` ${e.action}` : ''}) fault window, verdict ${e.verdict}${link}`
    };
    const aborted = e.fault.abortedAt;
    if (aborted === undefined)
        return [window];
    return [
        window,
        {
            time: aborted,
            tags: [...tags, 'abort'],
            text: `chaos-gate: ${e.name} aborted${e.fault.abortReason ? `: ${e.fault.abortReason}` : ''}`
        }
    ];
}
async function createAnnotation(fetchFn, baseUrl, token, annotation, signal) {
    const { url, headers } = splitCredentials(baseUrl);
    await requestJson(fetchFn, {
        system: 'grafana',
        op: 'create annotation',
        target: annotation.dashboardUID ?? 'organisation',
        method: 'POST',
        url: `${url}/api/annotations`,
        headers: { ...headers, ...(token && { authorization: `Bearer ${token}` }) },
        body: annotation
    }, signal);
}

;// CONCATENATED MODULE: ./src/action/ops/run-hooks.ts





/** Cleanup and reporting after the deadline; a silence outlives a crash by at most this. */
const SILENCE_GRACE_MS = 10 * 60_000;
/** Creates the silences and records their ids for post; returns them. */
async function silenceRun(scope) {
    const url = scope.settings.ops?.alertmanagerUrl;
    // A dry run injects nothing, so nothing can page.
    if (!url || scope.settings.gate.mode === 'dry-run')
        return [];
    const { deps, settings } = scope;
    const inspection = await (0,load_experiments/* inspectExperiments */.d)(settings.gate, { env: deps.env });
    const now = deps.clock.now();
    const ids = [];
    for (const plan of inspection.plans.filter((p) => p.runnable)) {
        const e = plan.experiment;
        const matchers = silenceMatchers(e);
        if (matchers.length === 0) {
            deps.core.info(`Alertmanager: nothing to match for ${e.name} (no target namespace or labels); no silence`);
            continue;
        }
        try {
            const id = await createSilence(deps.fetch, url, {
                matchers,
                startsAt: new Date(now).toISOString(),
                endsAt: new Date(now + settings.gate.timeoutMs + SILENCE_GRACE_MS).toISOString(),
                createdBy: 'chaos-gate',
                comment: `chaos-gate run ${settings.gate.runId}: planned fault ${e.name} on ${settings.gate.environment}${scope.links.runUrl ? ` (${scope.links.runUrl})` : ''}`
            }, scope.reportSignal);
            ids.push(id);
            // Recorded at once, so post can expire it if main dies.
            (0,state/* saveState */.LZ)(deps.core, { silences: ids.join(',') });
            deps.core.info(`Alertmanager: silenced ${matchers.map(alertmanager_text).join(', ')} for ${e.name} (silence ${id})`);
        }
        catch (err) {
            deps.core.warning(`Alertmanager: the silence for ${e.name} could not be created: ${(0,errors/* errorMessage */.gJ)(err)}. Its alerts may page; the verdict is unchanged.`);
        }
    }
    return ids;
}
/** Expires the run's silences (main at cleanup, or post after a crash). */
async function expireSilences(scope, ids) {
    const url = scope.settings.ops?.alertmanagerUrl;
    if (!url || ids.length === 0)
        return;
    const failed = [];
    for (const id of ids) {
        try {
            await expireSilence(scope.deps.fetch, url, id, scope.reportSignal);
        }
        catch (err) {
            failed.push(id);
            scope.deps.core.warning(`Alertmanager: silence ${id} could not be expired: ${(0,errors/* errorMessage */.gJ)(err)}. It ends by itself at the gate's deadline plus ${SILENCE_GRACE_MS / 60_000}m; expire it in Alertmanager to hear those alerts sooner.`);
        }
    }
    (0,state/* saveState */.LZ)(scope.deps.core, { silencesExpired: true });
    if (failed.length < ids.length)
        scope.deps.core.info(`Alertmanager: expired ${ids.length - failed.length} silence(s)`);
}
/** Marks every fault window of the run on the Grafana dashboards. */
async function annotateRun(scope, report) {
    const grafana = scope.settings.ops?.grafana;
    if (!grafana)
        return;
    const annotations = faultAnnotations(report, grafana.dashboards, scope.links.runUrl);
    let written = 0;
    for (const annotation of annotations) {
        try {
            await createAnnotation(scope.deps.fetch, grafana.url, grafana.token, annotation, scope.reportSignal);
            written++;
        }
        catch (err) {
            scope.deps.core.warning(`Grafana: annotating the fault window failed: ${(0,errors/* errorMessage */.gJ)(err)}. The verdict is unchanged.`);
            return;
        }
    }
    if (written > 0)
        scope.deps.core.info(`Grafana: wrote ${written} annotation(s)`);
}


/***/ }),

/***/ 33175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LZ: () => (/* binding */ saveState),
/* harmony export */   un: () => (/* binding */ readState)
/* harmony export */ });
/* unused harmony export STATE_KEYS */
const STATE_KEYS = {
    runId: 'run-id',
    stateDir: 'state-dir',
    checkRunId: 'check-run-id',
    checkRunCompleted: 'check-run-completed',
    checkName: 'check-name',
    sha: 'sha',
    progress: 'progress',
    silences: 'silences',
    silencesExpired: 'silences-expired'
};
const FIELDS = [
    'runId',
    'stateDir',
    'checkRunId',
    'checkRunCompleted',
    'checkName',
    'sha',
    'progress',
    'silences',
    'silencesExpired'
];
/** Saves the given fields at once; fields not given are left as they are. */
function saveState(core, patch) {
    for (const key of FIELDS) {
        const value = patch[key];
        if (value !== undefined)
            core.saveState(STATE_KEYS[key], String(value));
    }
}
/** Reads what main saved; fields main never reached are undefined. */
function readState(core) {
    const text = (key) => core.getState(STATE_KEYS[key]) || undefined;
    const checkRunId = Number(text('checkRunId'));
    const progress = text('progress');
    const runId = text('runId');
    const stateDir = text('stateDir');
    const checkName = text('checkName');
    const sha = text('sha');
    const silences = text('silences');
    return {
        ...(runId && { runId }),
        ...(stateDir && { stateDir }),
        ...(Number.isSafeInteger(checkRunId) && checkRunId > 0 && { checkRunId }),
        checkRunCompleted: text('checkRunCompleted') === 'true',
        ...(checkName && { checkName }),
        ...(sha && { sha }),
        ...(isProgress(progress) && { progress }),
        ...(silences && { silences }),
        ...(text('silencesExpired') === 'true' && { silencesExpired: true })
    };
}
function isProgress(value) {
    return value === 'started' || value === 'finished' || value === 'interrupted';
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