"use strict";
exports.id = 264237;
exports.ids = [264237];
exports.modules = {

/***/ 27915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  awsFisBackend: () => (/* binding */ awsFisBackend)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/backends/backend-issues.ts
var backend_issues = __webpack_require__(63358);
// EXTERNAL MODULE: ./src/backends/labels.ts
var labels = __webpack_require__(86670);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-fis/dist-cjs/index.js
var dist_cjs = __webpack_require__(80977);
;// CONCATENATED MODULE: ./src/backends/aws-fis/fis-api.ts
/**
 * The FIS calls the backend makes, over the official SDK (`@aws-sdk/client-fis`). Credentials come
 * from the SDK's default chain (on GitHub: OIDC through aws-actions/configure-aws-credentials),
 * never from inputs. The endpoint may be set as newer SDKs allow (AWS_ENDPOINT_URL_FIS, then
 * AWS_ENDPOINT_URL), which is how the tests point it at a local FIS-compatible server.
 */

/** The client for `region` (absent: the default chain's), with the endpoint override from `env`. */
function fisApi(env, region) {
    const endpoint = env.AWS_ENDPOINT_URL_FIS ?? env.AWS_ENDPOINT_URL;
    const client = new dist_cjs.FisClient({
        ...(region === undefined ? {} : { region }),
        ...(endpoint === undefined || endpoint === '' ? {} : { endpoint }),
        // The SDK's own retries (3 attempts, with back-off) cover throttling and 5xx.
        maxAttempts: 3
    });
    const opts = (signal) => ({ abortSignal: signal });
    return {
        createTemplate: async (input, signal) => {
            const out = await client.send(new dist_cjs.CreateExperimentTemplateCommand(input), opts(signal));
            return required(out.experimentTemplate?.id, 'CreateExperimentTemplate', 'experimentTemplate.id');
        },
        templateExists: async (id, signal) => notFoundAs(false, async () => {
            await client.send(new dist_cjs.GetExperimentTemplateCommand({ id }), opts(signal));
            return true;
        }),
        deleteTemplate: (id, signal) => notFoundAs(false, async () => {
            await client.send(new dist_cjs.DeleteExperimentTemplateCommand({ id }), opts(signal));
            return true;
        }),
        listTemplates: (signal) => paged((nextToken) => client
            .send(new dist_cjs.ListExperimentTemplatesCommand({
            maxResults: 100,
            ...(nextToken ? { nextToken } : {})
        }), opts(signal))
            .then((o) => ({ items: o.experimentTemplates ?? [], next: o.nextToken }))),
        start: async (experimentTemplateId, clientToken, tags, signal) => {
            const out = await client.send(new dist_cjs.StartExperimentCommand({ experimentTemplateId, clientToken, tags }), opts(signal));
            if (!out.experiment?.id)
                throw new Error('FIS StartExperiment answered without experiment.id');
            return out.experiment;
        },
        get: (id, signal) => notFoundAs(undefined, async () => {
            const out = await client.send(new dist_cjs.GetExperimentCommand({ id }), opts(signal));
            return out.experiment;
        }),
        stop: async (id, signal) => {
            try {
                await client.send(new dist_cjs.StopExperimentCommand({ id }), opts(signal));
                return 'stopping';
            }
            catch (err) {
                if (isNamed(err, 'ResourceNotFoundException'))
                    return 'gone';
                // FIS refuses to stop an experiment that already ended; for an abort that is success.
                if (isNamed(err, 'ValidationException') || isNamed(err, 'ConflictException'))
                    return 'not-running';
                throw err;
            }
        },
        listExperiments: (signal) => paged((nextToken) => client
            .send(new dist_cjs.ListExperimentsCommand({ maxResults: 100, ...(nextToken ? { nextToken } : {}) }), opts(signal))
            .then((o) => ({ items: o.experiments ?? [], next: o.nextToken })))
    };
}
/** Every page of a list call (bounded: 50 pages of 100). */
async function paged(page) {
    const all = [];
    let next;
    for (let i = 0; i < 50; i++) {
        const got = await page(next);
        all.push(...got.items);
        next = got.next;
        if (!next)
            break;
    }
    return all;
}
async function notFoundAs(value, fn) {
    try {
        return await fn();
    }
    catch (err) {
        if (isNamed(err, 'ResourceNotFoundException'))
            return value;
        throw err;
    }
}
function isNamed(err, name) {
    return err instanceof Error && err.name === name;
}
function required(value, op, field) {
    if (value === undefined || value === '')
        throw new Error(`FIS ${op} answered without ${field}`);
    return value;
}

;// CONCATENATED MODULE: ./src/backends/aws-fis/fis-cleanup.ts
/**
 * Finds a run's FIS leftovers by tag, in every region the run used: experiments still pending or
 * running are stopped, and the templates the run created are deleted.
 */


const ACTIVE = new Set(['pending', 'initiating', 'running']);
async function sweepFis(clients, selector, ctx) {
    const ours = (tags) => tags?.[labels/* RUN_ID_LABEL */.pv] === selector.runId &&
        tags[labels/* MANAGED_BY_LABEL */.lT] === labels/* MANAGED_BY */.Kf &&
        (selector.experiment === undefined || tags[labels/* EXPERIMENT_LABEL */.Zx] === selector.experiment);
    const deleted = [];
    const stuck = [];
    for (const fis of clients) {
        try {
            for (const e of await fis.listExperiments(ctx.signal)) {
                if (!e.id || !ours(e.tags) || !ACTIVE.has(e.state?.status ?? ''))
                    continue;
                await fis.stop(e.id, ctx.signal);
                deleted.push(`FIS experiment ${e.id} (stop requested)`);
            }
            for (const t of await fis.listTemplates(ctx.signal)) {
                if (!t.id || !ours(t.tags))
                    continue;
                if (await fis.deleteTemplate(t.id, ctx.signal))
                    deleted.push(`FIS experiment template ${t.id}`);
            }
        }
        catch (err) {
            stuck.push({
                ref: 'FIS experiments and templates of this run',
                reason: (0,errors/* errorMessage */.gJ)(err),
                inspect: `aws fis list-experiments --query "experiments[?tags.\\"${labels/* RUN_ID_LABEL */.pv}\\"=='${selector.runId}']"`
            });
        }
    }
    return { deleted, errors: [], stuck };
}

// EXTERNAL MODULE: ./src/backends/poll-follow.ts
var poll_follow = __webpack_require__(25764);
;// CONCATENATED MODULE: ./src/backends/aws-fis/fis-observation.ts
/** The observation for the experiment's current state. */
function fisObservation(exp, at, stoppedByGate) {
    // A string, not the SDK's enum: this SDK predates `cancelled`, which FIS now reports.
    const status = exp.state?.status ?? 'unknown';
    const reason = exp.state?.reason ?? '';
    const said = reason === '' ? '' : `: ${reason}`;
    const base = { at, details: { experimentId: exp.id ?? '', status } };
    switch (status) {
        case 'pending':
        case 'initiating':
            return {
                ...base,
                phase: 'pending',
                message: `FIS experiment ${status}${said}`,
                terminal: false
            };
        case 'running':
        case 'stopping':
            return {
                ...base,
                phase: 'injected',
                message: `FIS experiment ${status}${said}`,
                terminal: false
            };
        case 'completed':
            return {
                ...base,
                phase: 'finished',
                message: `FIS experiment completed${said}`,
                terminal: true
            };
        case 'stopped': {
            const alarms = stopAlarms(exp);
            if (!stoppedByGate && /stop condition/i.test(reason))
                return {
                    ...base,
                    phase: 'stopped',
                    verdict: 'aborted',
                    message: `stopped by its stop condition${alarms.length > 0 ? ` (CloudWatch alarm ${alarms.join(', ')})` : ''}${said}`,
                    terminal: true
                };
            return { ...base, phase: 'stopped', message: `FIS experiment stopped${said}`, terminal: true };
        }
        case 'failed':
        case 'cancelled':
            return {
                ...base,
                phase: 'failed',
                message: `FIS experiment ${status}${said}`,
                terminal: true
            };
        default:
            return {
                ...base,
                phase: 'failed',
                message: `FIS reported an unknown state '${status}'${said}`,
                terminal: true
            };
    }
}
/** The CloudWatch alarms among the experiment's stop conditions. */
function stopAlarms(exp) {
    return (exp.stopConditions ?? [])
        .filter((c) => c.source === 'aws:cloudwatch:alarm' && c.value)
        .map((c) => (c.value ?? '').replace(/^arn:aws[-a-z]*:cloudwatch:[^:]*:\d*:alarm:/, ''));
}

;// CONCATENATED MODULE: ./src/backends/aws-fis/fis-follow.ts


function followFis(fis, id, ctx, stoppedByGate) {
    return (0,poll_follow/* pollObservations */.r)(async () => {
        const exp = await fis.get(id, ctx.signal);
        return exp
            ? fisObservation(exp, ctx.clock.now(), stoppedByGate())
            : {
                at: ctx.clock.now(),
                phase: 'failed',
                message: `FIS experiment ${id} no longer exists`,
                terminal: true
            };
    }, ctx);
}

;// CONCATENATED MODULE: ./src/backends/aws-fis/aws-fis-backend.ts
/**
 * The `aws-fis` backend: AWS Fault Injection Service through the official SDK. Created: the
 * experiment template (when inline), then the experiment, both tagged with the run id; starting
 * uses a client token derived from the run and experiment, so a retried submit starts nothing new.
 * Found again: by id from the handle, or by the run-id tag. Stopped: abort is StopExperiment;
 * cleanup stops the run's tagged experiments still running and deletes the templates it created.
 */







function awsFisBackend(deps, api = fisApi) {
    return new AwsFisBackend(deps, api);
}
class AwsFisBackend {
    deps;
    api;
    kind = 'aws-fis';
    /** Experiments this process stopped, so their `stopped` state is not read as a stop condition. */
    stoppedByGate = new Set();
    constructor(deps, api) {
        this.deps = deps;
        this.api = api;
    }
    check(exp) {
        return exp.fault.kind === 'aws-fis' ? [] : [(0,backend_issues/* unsupportedFault */.k7)(exp, 'aws-fis', 'FIS templates')];
    }
    async preflight(exp, ctx) {
        const spec = specOf(exp);
        const fis = this.client(spec);
        try {
            if (spec.templateId !== undefined) {
                if (!(await fis.templateExists(spec.templateId, ctx.signal)))
                    return (0,backend_issues/* preflightFailed */.n1)(exp, 'aws-fis', ['spec', 'awsFis', 'templateId'], `FIS has no experiment template ${spec.templateId}`, 'check the id and the region (AWS_REGION or spec.awsFis.region)');
            }
            else {
                // Proves the credentials, the region and the endpoint before anything is created.
                await fis.listTemplates(ctx.signal);
            }
        }
        catch (err) {
            return (0,backend_issues/* preflightFailed */.n1)(exp, 'aws-fis', [], `FIS is not usable: ${(0,errors/* errorMessage */.gJ)(err)}`, 'the SDK default chain needs credentials and a region: on GitHub, aws-actions/configure-aws-credentials with OIDC before this step');
        }
        return { warnings: [], issues: [] };
    }
    async submit(exp, ctx) {
        const spec = specOf(exp);
        const fis = this.client(spec);
        const tags = { ...(0,labels/* runLabels */.xU)(ctx.runId, exp.name) };
        const templateId = spec.templateId ?? (await this.ensureTemplate(fis, spec, tags, ctx));
        const token = (0,labels/* objectName */.Hd)(ctx.runId, exp.name);
        const started = await fis.start(templateId, token, tags, ctx.signal);
        return {
            backend: 'aws-fis',
            experiment: exp.name,
            kind: 'Experiment',
            name: started.id ?? '',
            data: {
                templateId,
                createdTemplate: String(spec.templateId === undefined),
                ...(spec.region === undefined ? {} : { region: spec.region })
            }
        };
    }
    observe(handle, ctx) {
        return followFis(this.clientFor(handle), handle.name, ctx, () => this.stoppedByGate.has(handle.name));
    }
    async abort(handle, ctx) {
        this.stoppedByGate.add(handle.name);
        const result = await this.clientFor(handle).stop(handle.name, ctx.signal);
        ctx.log.debug(`FIS StopExperiment ${handle.name}: ${result}`);
    }
    cleanup(selector, ctx) {
        const regions = new Set([undefined]);
        for (const h of selector.handles)
            regions.add(h.data?.region);
        for (const n of selector.namespaces)
            if (n.startsWith('aws-region:'))
                regions.add(n.slice(11));
        return sweepFis([...regions].map((r) => this.client({ ...(r === undefined ? {} : { region: r }) })), selector, ctx);
    }
    /** The run's template for this experiment: adopted when a retried submit already made it. */
    async ensureTemplate(fis, spec, tags, ctx) {
        const existing = (await fis.listTemplates(ctx.signal)).find((t) => t.tags?.[labels/* RUN_ID_LABEL */.pv] === tags[labels/* RUN_ID_LABEL */.pv] &&
            t.tags?.[labels/* EXPERIMENT_LABEL */.Zx] === tags[labels/* EXPERIMENT_LABEL */.Zx]);
        if (existing?.id)
            return existing.id;
        const template = (spec.template ?? {});
        return fis.createTemplate({
            ...template,
            clientToken: (0,external_node_crypto_.createHash)('sha256')
                .update(`${ctx.runId}/${tags[labels/* EXPERIMENT_LABEL */.Zx] ?? ''}/template`)
                .digest('hex')
                .slice(0, 32),
            tags: { ...(template.tags ?? {}), ...tags }
        }, ctx.signal);
    }
    client(spec) {
        const env = this.deps.env ?? {};
        return this.api(env, spec.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION);
    }
    clientFor(handle) {
        return this.client(handle.data?.region === undefined ? {} : { region: handle.data.region });
    }
}
function specOf(exp) {
    if (exp.fault.kind !== 'aws-fis')
        throw new Error(`the aws-fis backend runs FIS templates, not ${exp.fault.kind}`);
    return exp.fault.spec;
}


/***/ }),

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


/***/ })

};
;