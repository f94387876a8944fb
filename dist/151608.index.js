"use strict";
exports.id = 151608;
exports.ids = [151608];
exports.modules = {

/***/ 87295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubApi: () => (/* binding */ createGitHubApi)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 14 modules
var schemas = __webpack_require__(45586);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/errors.js
var errors = __webpack_require__(37428);
// EXTERNAL MODULE: ./src/util/errors.ts
var util_errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(93228);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
;// CONCATENATED MODULE: ./src/action/notify/github/octokit-client.ts
/**
 * The Octokit instance behind GitHubApi: @actions/github's client (proxy-aware fetch) with the
 * retry plugin (5xx and network failures, back-off) and the throttling plugin (GitHub's pacing of
 * writes, waits for rate-limit resets), and GitHub's errors turned into BackendErrors that say
 * what to change.
 */




/**
 * A GitHub that accepts the connection and never answers must not hold the job: each call gives
 * up after this, retries included (docs/action.md, "Bounds").
 */
const GITHUB_CALL_TIMEOUT_MS = 30_000;
/** Waits longer than this for a rate limit are not worth it: the report is best-effort. */
const MAX_RATE_LIMIT_WAIT_S = 60;
function makeOctokit(options) {
    const { log } = options;
    const onLimit = (kind) => (retryAfter, request, _o, count) => {
        const wait = count < 2 && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
        log.warn(`GitHub ${kind} limit on ${request.method} ${request.url}; ${wait ? `retrying in ${retryAfter}s` : 'giving up'}`);
        return wait;
    };
    const octokit = (0,github.getOctokit)(options.token, {
        baseUrl: options.apiUrl,
        userAgent: options.userAgent,
        log: {
            debug: (m) => log.debug(m),
            info: (m) => log.debug(m),
            warn: (m) => log.warn(m),
            error: (m) => log.warn(m)
        },
        ...(options.fetch && { request: { fetch: options.fetch } }),
        retry: { retries: options.retries ?? 3, retryAfterBaseValue: options.retryUnitMs ?? 1000 },
        throttle: options.throttle === false
            ? { enabled: false }
            : { onRateLimit: onLimit('rate'), onSecondaryRateLimit: onLimit('secondary rate') }
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
    if (!hasRequest(octokit))
        throw new util_errors/* InternalError */.Gd('@actions/github returned no request method');
    return octokit;
}
function hasRequest(value) {
    return (typeof value === 'object' &&
        value !== null &&
        'request' in value &&
        typeof value.request === 'function');
}
/** What each status usually means for a workflow token, so the warning says what to change. */
const HINTS = {
    401: 'the token is invalid or expired',
    403: "the token lacks permission: add 'permissions: { checks: write }' (and 'statuses: write' for commit-status) to the job; pull requests from forks get a read-only token",
    404: 'the repository or check run was not found, or the token cannot see it',
    422: 'GitHub rejected the request body'
};
function toBackendError(op, target, err) {
    const status = statusOf(err);
    const hint = status === undefined ? undefined : HINTS[status];
    const message = `${status ? `HTTP ${status}: ` : ''}${(0,util_errors/* errorMessage */.gJ)(err)}${hint ? ` (${hint})` : ''}`;
    return new util_errors/* BackendError */.Jh('github', op, target, message, status, { cause: err });
}
function statusOf(err) {
    if (typeof err !== 'object' || err === null || !('status' in err))
        return undefined;
    return typeof err.status === 'number' ? err.status : undefined;
}

;// CONCATENATED MODULE: ./src/action/notify/github/octokit-api.ts
/**
 * GitHubApi over Octokit: the REST routes for check runs, commit statuses and issue comments, every response
 * parsed with a schema (a broken response is an error, never a crash), every failure a
 * BackendError (octokit-client.ts).
 */



/** The fields of GitHub's check-run object the action reads; the rest is ignored. */
const CheckRunData = schemas/* object */.Ikc({
    id: schemas/* number */.aig().int(),
    name: schemas/* string */.YjP(),
    head_sha: schemas/* string */.YjP(),
    status: schemas/* string */.YjP(),
    conclusion: schemas/* string */.YjP().nullable(),
    started_at: schemas/* string */.YjP().nullish(),
    completed_at: schemas/* string */.YjP().nullish(),
    html_url: schemas/* string */.YjP().nullish(),
    app: schemas/* object */.Ikc({ slug: schemas/* string */.YjP().optional() }).nullish(),
    output: schemas/* object */.Ikc({ summary: schemas/* string */.YjP().nullish() }).nullish()
});
const CommitList = schemas/* array */.YOg(schemas/* object */.Ikc({ sha: schemas/* string */.YjP() }));
const CheckRunList = schemas/* object */.Ikc({ check_runs: schemas/* array */.YOg(CheckRunData) });
const IssueCommentData = schemas/* object */.Ikc({
    id: schemas/* number */.aig().int(),
    body: schemas/* string */.YjP().nullish(),
    html_url: schemas/* string */.YjP().nullish()
});
/** Comments read per page, GitHub's maximum. */
const COMMENTS_PER_PAGE = 100;
/** A conversation longer than this is not searched further for our comment; a new one is added. */
const MAX_COMMENT_PAGES = 30;
function createGitHubApi(options) {
    const octokit = makeOctokit(options);
    const base = { owner: options.repository.owner, repo: options.repository.repo };
    const timeoutMs = options.timeoutMs ?? GITHUB_CALL_TIMEOUT_MS;
    const send = async (op, target, route, params) => {
        // Aborted as an AbortError, which the retry plugin passes on: a timed-out call is not retried.
        const deadline = new AbortController();
        const timer = setTimeout(() => deadline.abort(new DOMException('timed out', 'AbortError')), timeoutMs);
        const signal = options.signal
            ? AbortSignal.any([options.signal, deadline.signal])
            : deadline.signal;
        try {
            return (await octokit.request(route, { ...base, ...params, request: { signal } })).data;
        }
        catch (err) {
            if (deadline.signal.aborted && !options.signal?.aborted) {
                throw new util_errors/* BackendError */.Jh('github', op, target, `GitHub did not answer within ${timeoutMs} ms`);
            }
            throw toBackendError(op, target, err);
        }
        finally {
            clearTimeout(timer);
        }
    };
    const parse = (op, target, schema, data) => {
        const parsed = schema.safeParse(data);
        if (parsed.success)
            return parsed.data;
        throw new util_errors/* BackendError */.Jh('github', op, target, `unexpected response: ${errors/* prettifyError */.S1(parsed.error)}`);
    };
    return {
        async createCheckRun(p) {
            const data = await send('create check run', p.name, 'POST /repos/{owner}/{repo}/check-runs', {
                name: p.name,
                head_sha: p.headSha,
                status: 'in_progress',
                started_at: p.startedAt,
                external_id: p.externalId,
                output: p.output
            });
            return toRecord(parse('create check run', p.name, CheckRunData, data));
        },
        async updateCheckRun(id, p) {
            await send('update check run', String(id), 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', { check_run_id: id, ...updateBody(p) });
        },
        async getCheckRun(id) {
            const target = String(id);
            const data = await send('read check run', target, 'GET /repos/{owner}/{repo}/check-runs/{check_run_id}', {
                check_run_id: id
            });
            return toRecord(parse('read check run', target, CheckRunData, data));
        },
        async listCheckRuns(sha, name) {
            const target = `${name} on ${sha.slice(0, 7)}`;
            const data = await send('list check runs', target, 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { ref: sha, check_name: name, filter: 'latest', per_page: 100 });
            return parse('list check runs', target, CheckRunList, data)
                .check_runs.map(toRecord)
                .sort((a, b) => b.id - a.id);
        },
        async createCommitStatus(sha, p) {
            await send('set commit status', `${p.context} on ${sha.slice(0, 7)}`, 'POST /repos/{owner}/{repo}/statuses/{sha}', {
                sha,
                state: p.state,
                context: p.context,
                description: p.description,
                ...(p.targetUrl && { target_url: p.targetUrl })
            });
        },
        async listCommits(sha, count) {
            const target = sha.slice(0, 7);
            const data = await send('list commits', target, 'GET /repos/{owner}/{repo}/commits', {
                sha,
                per_page: Math.min(100, count)
            });
            return parse('list commits', target, CommitList, data).map((c) => c.sha);
        },
        async listIssueComments(issue) {
            const target = `#${issue}`;
            const all = [];
            for (let page = 1; page <= MAX_COMMENT_PAGES; page++) {
                const data = await send('list comments', target, 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { issue_number: issue, per_page: COMMENTS_PER_PAGE, page });
                const comments = parse('list comments', target, schemas/* array */.YOg(IssueCommentData), data);
                all.push(...comments.map(toComment));
                if (comments.length < COMMENTS_PER_PAGE)
                    break;
            }
            return all;
        },
        async createIssueComment(issue, body) {
            const target = `#${issue}`;
            const data = await send('comment on', target, 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { issue_number: issue, body });
            return toComment(parse('comment on', target, IssueCommentData, data));
        },
        async updateIssueComment(id, body) {
            const target = `comment ${id}`;
            const data = await send('update', target, 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { comment_id: id, body });
            return toComment(parse('update', target, IssueCommentData, data));
        }
    };
}
function toComment(data) {
    return { id: data.id, body: data.body ?? '', ...(data.html_url && { htmlUrl: data.html_url }) };
}
function updateBody(p) {
    return {
        ...(p.status && { status: p.status }),
        ...(p.conclusion && { conclusion: p.conclusion, status: 'completed' }),
        ...(p.completedAt && { completed_at: p.completedAt }),
        ...(p.output && { output: p.output })
    };
}
function toRecord(data) {
    return {
        id: data.id,
        name: data.name,
        headSha: data.head_sha,
        status: data.status,
        conclusion: data.conclusion,
        ...(data.started_at && { startedAt: data.started_at }),
        ...(data.completed_at && { completedAt: data.completed_at }),
        ...(data.html_url && { htmlUrl: data.html_url }),
        ...(data.app?.slug && { app: data.app.slug }),
        ...(data.output?.summary && { summary: data.output.summary })
    };
}


/***/ })

};
;