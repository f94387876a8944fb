"use strict";
exports.id = 659877;
exports.ids = [659877];
exports.modules = {

/***/ 58312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ KubeApiError)
/* harmony export */ });
/** A non-2xx answer from the API server, parsed from its Status object. */
class KubeApiError extends Error {
    status;
    reason;
    causes;
    name = 'KubeApiError';
    constructor(status, 
    /** The Status `reason` (NotFound, AlreadyExists, Conflict, Invalid, Forbidden, Expired, ...). */
    reason, message, causes = [], options) {
        super(message, options);
        this.status = status;
        this.reason = reason;
        this.causes = causes;
        if (options?.retryAfterMs !== undefined)
            this.retryAfterMs = options.retryAfterMs;
    }
    /** How long the server asked the client to wait (Status `details.retryAfterSeconds`: 429, 503). */
    retryAfterMs;
}


/***/ }),

/***/ 15326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LE: () => (/* binding */ labelSelectorProblem),
/* harmony export */   Rs: () => (/* binding */ formatLabelSelector),
/* harmony export */   pj: () => (/* binding */ splitRequirements),
/* harmony export */   qI: () => (/* binding */ isLabelKey)
/* harmony export */ });
/* unused harmony export isLabelValue */
/**
 * Kubernetes label selectors: the string form (`app=checkout,tier!=db,env in (a,b)`) checked for
 * syntax, and map/expression forms rendered into it, so every backend hands preflight one form.
 */
const NAME = '[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?';
const KEY = new RegExp(`^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?${NAME}$`);
const VALUE = new RegExp(`^(${NAME})?$`);
const EQUALITY = /^(!?)\s*([^\s=!,()]+)\s*(?:(==|=|!=)\s*([^\s=!,()]*))?$/;
const SET = /^([^\s=!,()]+)\s+(in|notin)\s+\(([^()]*)\)$/;
/** True for a valid label key (`app`, `app.kubernetes.io/name`). */
function isLabelKey(key) {
    return key.length <= 316 && KEY.test(key);
}
/** True for a valid label value (possibly empty). */
function isLabelValue(value) {
    return VALUE.test(value);
}
/** Why `selector` is not a valid label selector string, or undefined when it is. */
function labelSelectorProblem(selector) {
    if (selector.trim() === '')
        return 'the selector is empty';
    for (const part of splitRequirements(selector)) {
        const problem = requirementProblem(part.trim());
        if (problem)
            return problem;
    }
    return undefined;
}
function requirementProblem(req) {
    const set = SET.exec(req);
    if (set) {
        const [, key = '', , values = ''] = set;
        if (!isLabelKey(key))
            return `'${key}' is not a valid label key`;
        const bad = values
            .split(',')
            .map((v) => v.trim())
            .find((v) => !isLabelValue(v));
        return bad === undefined ? undefined : `'${bad}' is not a valid label value`;
    }
    const eq = EQUALITY.exec(req);
    if (!eq)
        return `'${req}' is not a label requirement (key, !key, key=value, key!=value, key in (a,b))`;
    const [, not = '', key = '', op, value = ''] = eq;
    if (not && op)
        return `'${req}' mixes '!' with an operator`;
    if (!isLabelKey(key))
        return `'${key}' is not a valid label key`;
    if (op && !isLabelValue(value))
        return `'${value}' is not a valid label value`;
    return undefined;
}
/** Splits a selector string into its requirements: on commas outside parentheses. */
function splitRequirements(selector) {
    const parts = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < selector.length; i++) {
        const c = selector[i];
        if (c === '(')
            depth++;
        else if (c === ')')
            depth--;
        else if (c === ',' && depth === 0) {
            parts.push(selector.slice(start, i));
            start = i + 1;
        }
    }
    parts.push(selector.slice(start));
    return parts;
}
/** Renders matchLabels and expressions as one selector string. */
function formatLabelSelector(labels, expressions = []) {
    const parts = Object.entries(labels).map(([k, v]) => `${k}=${v}`);
    for (const e of expressions) {
        const values = (e.values ?? []).join(',');
        if (e.operator === 'In')
            parts.push(`${e.key} in (${values})`);
        else if (e.operator === 'NotIn')
            parts.push(`${e.key} notin (${values})`);
        else if (e.operator === 'Exists')
            parts.push(e.key);
        else if (e.operator === 'DoesNotExist')
            parts.push(`!${e.key}`);
    }
    return parts.join(',');
}


/***/ }),

/***/ 22673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   at: () => (/* binding */ at),
/* harmony export */   bX: () => (/* binding */ stringAt),
/* harmony export */   gT: () => (/* binding */ listAt),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   u4: () => (/* binding */ isRecord),
/* harmony export */   vq: () => (/* binding */ cloneRecord),
/* harmony export */   zR: () => (/* binding */ recordAt)
/* harmony export */ });
/**
 * Type guards for plain JSON read from YAML. Backend objects are kept as unknown data and read
 * through these, so a wrong type is an issue rather than a crash.
 */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The value at `path`, or undefined when any step is missing or of the wrong shape. */
function at(value, path) {
    let here = value;
    for (const step of path) {
        if (typeof step === 'number') {
            if (!Array.isArray(here))
                return undefined;
            here = here[step];
        }
        else {
            if (!isRecord(here))
                return undefined;
            here = here[step];
        }
    }
    return here;
}
/** The record at `path`, or undefined. */
function recordAt(value, path) {
    const found = at(value, path);
    return isRecord(found) ? found : undefined;
}
/** The array at `path`, or an empty array. */
function listAt(value, path) {
    const found = at(value, path);
    return Array.isArray(found) ? found : [];
}
/** The string at `path`, or undefined. */
function stringAt(value, path) {
    const found = at(value, path);
    return typeof found === 'string' ? found : undefined;
}
/** A value quoted for a message: strings in quotes, others as JSON, truncated. */
function quote(value) {
    const text = typeof value === 'string' ? `'${value}'` : (JSON.stringify(value) ?? String(value));
    return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
/** A JSON-safe deep copy, so adopted objects can be completed without touching the parsed document. */
function cloneRecord(value) {
    return { ...structuredClone(value) };
}


/***/ }),

/***/ 33360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jv: () => (/* binding */ isKubeQueryProblem),
/* harmony export */   bQ: () => (/* binding */ parseKubeQuery),
/* harmony export */   uw: () => (/* binding */ describeKubeTarget)
/* harmony export */ });
/* unused harmony export KUBE_FUNCTIONS */
/* harmony import */ var _util_duration__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26518);
/* harmony import */ var _adopt_label_selector__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15326);
/**
 * The query language of `kubernetes` checks: one function over a workload or a label selector,
 * parsed at load so `chaos-gate validate` names a typo before any fault, and again by the source.
 *
 *   readyReplicas(deployment/checkout)            ready replicas (a floor: threshold.min)
 *   readyRatio(statefulset/db)                    ready / desired (all desired ready: min 1)
 *   restarts(deployment/checkout)                 container restarts since the first measurement
 *   notReady({app=checkout}, 30s)                 pods not Ready for longer than 30s
 *   warningEvents(deployment/checkout, BackOff|Unhealthy)  Warning events since the first measurement
 *
 * A target is `kind/name` (Deployment or StatefulSet; its pods are those its selector matches) or
 * a label selector in braces; either may be prefixed by a namespace: `staging/deployment/checkout`.
 */


const KUBE_FUNCTIONS = [
    'readyReplicas',
    'readyRatio',
    'restarts',
    'notReady',
    'warningEvents'
];
/** The workload functions need a workload; the pod functions take a workload or a selector. */
const WORKLOAD_ONLY = new Set(['readyReplicas', 'readyRatio']);
const KIND_ALIASES = {
    deployment: 'Deployment',
    deployments: 'Deployment',
    deploy: 'Deployment',
    statefulset: 'StatefulSet',
    statefulsets: 'StatefulSet',
    sts: 'StatefulSet'
};
const CALL = /^(\s*)([A-Za-z]+)\s*\(([\s\S]*)\)\s*$/;
const DNS_NAME = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;
const REASON = /^[A-Za-z][A-Za-z0-9]*$/;
const USAGE = 'readyReplicas(deployment/NAME), readyRatio(statefulset/NAME), restarts(TARGET), notReady(TARGET, 30s) or warningEvents(TARGET[, Reason|Reason])';
/** The query, or why it is not one. */
function parseKubeQuery(text) {
    const call = CALL.exec(text);
    if (!call)
        return problem(`'${text.trim()}' is not a function call`, 0, USAGE);
    const [, lead = '', name = '', inner = ''] = call;
    const fn = KUBE_FUNCTIONS.find((f) => f.toLowerCase() === name.toLowerCase());
    if (!fn)
        return problem(`unknown kubernetes function '${name}'`, lead.length, KUBE_FUNCTIONS.join(', '));
    const innerOffset = text.indexOf('(') + 1;
    const split = splitTarget(inner);
    if ('message' in split)
        return { ...split, offset: innerOffset + split.offset };
    const target = parseTarget(split.target.trim());
    if ('message' in target)
        return { ...target, offset: innerOffset + inner.indexOf(split.target.trim()) + target.offset };
    if (WORKLOAD_ONLY.has(fn) && target.target.kind !== 'workload')
        return problem(`${fn} reads a workload's status, so it needs deployment/NAME or statefulset/NAME`, innerOffset, `${fn}(deployment/NAME)`);
    const argOffset = innerOffset + split.argOffset;
    const base = {
        fn,
        target: target.target,
        ...(target.namespace && { namespace: target.namespace })
    };
    return withArgument(base, split.argument?.trim(), argOffset);
}
function withArgument(base, argument, offset) {
    if (base.fn === 'notReady') {
        const ms = argument === undefined ? undefined : (0,_util_duration__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(argument);
        if (ms === undefined)
            return problem(argument === undefined
                ? 'notReady needs how long a pod may stay not Ready'
                : `'${argument}' is not a duration`, offset, 'notReady(TARGET, 30s)');
        return { ...base, notReadyForMs: ms, reasons: [] };
    }
    if (base.fn === 'warningEvents') {
        const reasons = argument === undefined ? [] : argument.split('|').map((r) => r.trim());
        const bad = reasons.find((r) => !REASON.test(r));
        if (bad !== undefined)
            return problem(`'${bad}' is not an event reason`, offset, 'reasons such as BackOff|Unhealthy');
        return { ...base, reasons };
    }
    if (argument !== undefined)
        return problem(`${base.fn} takes one argument, the target`, offset, `${base.fn}(TARGET)`);
    return { ...base, reasons: [] };
}
/** Splits `TARGET[, ARG]`, where a braced selector may itself contain commas. */
function splitTarget(inner) {
    const open = inner.indexOf('{');
    const close = inner.indexOf('}');
    if (open >= 0 && close < open)
        return problem("the selector's '{' is not closed", open, '}');
    const from = open >= 0 ? close + 1 : 0;
    const comma = inner.indexOf(',', from);
    if (comma < 0)
        return { target: inner, argOffset: inner.length };
    return { target: inner.slice(0, comma), argument: inner.slice(comma + 1), argOffset: comma + 1 };
}
function parseTarget(text) {
    const brace = text.indexOf('{');
    if (brace >= 0) {
        const prefix = text.slice(0, brace);
        const namespace = prefix.endsWith('/') ? prefix.slice(0, -1) : undefined;
        if (prefix !== '' && (namespace === undefined || !DNS_NAME.test(namespace)))
            return problem(`'${prefix}' is not a namespace prefix`, 0, 'NAMESPACE/{SELECTOR}');
        if (!text.endsWith('}'))
            return problem('text after the selector', text.indexOf('}') + 1, ')');
        const selector = text.slice(brace + 1, -1).trim();
        const why = (0,_adopt_label_selector__WEBPACK_IMPORTED_MODULE_1__/* .labelSelectorProblem */ .LE)(selector);
        if (why)
            return problem(why, brace + 1, 'a label selector such as app=checkout');
        return { target: { kind: 'selector', selector }, ...(namespace && { namespace }) };
    }
    const parts = text.split('/');
    if (parts.length < 2 || parts.length > 3)
        return problem(`'${text}' is not a target`, 0, 'deployment/NAME, statefulset/NAME or {LABEL SELECTOR}, optionally after NAMESPACE/');
    const [namespace, kindText = '', name = ''] = parts.length === 3 ? parts : [undefined, ...parts];
    const workload = KIND_ALIASES[kindText.toLowerCase()];
    if (!workload)
        return problem(`'${kindText}' is not a workload kind`, text.indexOf(kindText), 'deployment or statefulset');
    if (!DNS_NAME.test(name))
        return problem(`'${name}' is not an object name`, text.lastIndexOf(name), 'a DNS-1123 name');
    if (namespace !== undefined && !DNS_NAME.test(namespace))
        return problem(`'${namespace}' is not a namespace`, 0, 'a DNS-1123 label');
    return { target: { kind: 'workload', workload, name }, ...(namespace && { namespace }) };
}
function problem(message, offset, expected) {
    return { message, offset, expected };
}
function isKubeQueryProblem(q) {
    return 'message' in q;
}
/** `Deployment staging/checkout` or `pods staging/{app=checkout}`, for series labels and messages. */
function describeKubeTarget(q, namespace) {
    return q.target.kind === 'workload'
        ? `${q.target.workload} ${namespace}/${q.target.name}`
        : `pods ${namespace}/{${q.target.selector}}`;
}


/***/ }),

/***/ 70567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  KubeSource: () => (/* binding */ KubeSource)
});

// EXTERNAL MODULE: ./src/backends/kube/port.ts
var port = __webpack_require__(58312);
// EXTERNAL MODULE: ./src/manifest/queries/kube-query.ts
var kube_query = __webpack_require__(33360);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/steady-state/read-with-guard.ts
var read_with_guard = __webpack_require__(41881);
// EXTERNAL MODULE: ./src/manifest/adopt/label-selector.ts
var label_selector = __webpack_require__(15326);
// EXTERNAL MODULE: ./src/manifest/plain.ts
var plain = __webpack_require__(22673);
;// CONCATENATED MODULE: ./src/steady-state/kubernetes/kube-readings.ts
/**
 * What `kubernetes` checks read from objects, as pure functions over the API's JSON: a workload's
 * desired and ready replicas and its pod selector, each container's restart count, how long a pod
 * has not been Ready, and Warning events. Fields a server left out count as the safe reading
 * (no ready replicas), never as healthy.
 */


function readWorkload(object) {
    const spec = (0,plain/* recordAt */.zR)(object, ['spec']) ?? {};
    const status = (0,plain/* recordAt */.zR)(object, ['status']) ?? {};
    const selector = (0,plain/* recordAt */.zR)(spec, ['selector']) ?? {};
    const labels = (0,plain/* recordAt */.zR)(selector, ['matchLabels']) ?? {};
    const expressions = (0,plain/* listAt */.gT)(selector, ['matchExpressions'])
        .filter(plain/* isRecord */.u4)
        .map((e) => ({
        key: (0,plain/* stringAt */.bX)(e, ['key']) ?? '',
        operator: (0,plain/* stringAt */.bX)(e, ['operator']) ?? '',
        values: (0,plain/* listAt */.gT)(e, ['values']).filter((v) => typeof v === 'string')
    }));
    return {
        // The API server defaults replicas to 1; a missing field is that default.
        desired: typeof spec['replicas'] === 'number' ? spec['replicas'] : 1,
        ready: typeof status['readyReplicas'] === 'number' ? status['readyReplicas'] : 0,
        selector: (0,label_selector/* formatLabelSelector */.Rs)(Object.fromEntries(Object.entries(labels).filter((e) => typeof e[1] === 'string')), expressions)
    };
}
/** `uid/container` → restart count, for every container (init containers too) of live pods. */
function restartCounts(pods) {
    const counts = new Map();
    for (const pod of pods) {
        const uid = uidOf(pod);
        for (const field of ['initContainerStatuses', 'containerStatuses']) {
            for (const c of (0,plain/* listAt */.gT)(pod, ['status', field]).filter(plain/* isRecord */.u4)) {
                const n = c['restartCount'];
                counts.set(`${uid}/${(0,plain/* stringAt */.bX)(c, ['name']) ?? ''}`, typeof n === 'number' ? n : 0);
            }
        }
    }
    return counts;
}
/** The increase of each counter since `baseline`; a counter born after the baseline counts from 0. */
function increaseSince(baseline, now) {
    let total = 0;
    for (const [key, value] of now)
        total += Math.max(0, value - (baseline.get(key) ?? 0));
    return total;
}
/**
 * Pods not being deleted whose Ready condition has not been True for longer than `forMs` at `at`:
 * since the condition's last transition, or since the pod was created when it has none yet.
 */
function notReadyLongerThan(pods, at, forMs) {
    return pods.filter((pod) => {
        if (pod.metadata.deletionTimestamp !== undefined)
            return false;
        const ready = (0,plain/* listAt */.gT)(pod, ['status', 'conditions'])
            .filter(plain/* isRecord */.u4)
            .find((c) => c['type'] === 'Ready');
        if (ready?.['status'] === 'True')
            return false;
        const since = Date.parse((0,plain/* stringAt */.bX)(ready, ['lastTransitionTime']) ??
            (0,plain/* stringAt */.bX)(pod, ['metadata', 'creationTimestamp']) ??
            '');
        // No time at all: not Ready for an unknown while, which is counted rather than forgiven.
        return Number.isNaN(since) || at - since > forMs;
    }).length;
}
/** `uid` → count of the Warning events about `involved` (kind/name), optionally of `reasons` only. */
function warningCounts(events, involved, reasons) {
    const counts = new Map();
    for (const e of events) {
        if (e['type'] !== 'Warning')
            continue;
        const reason = (0,plain/* stringAt */.bX)(e, ['reason']) ?? '';
        if (reasons.length > 0 && !reasons.includes(reason))
            continue;
        const about = `${(0,plain/* stringAt */.bX)(e, ['involvedObject', 'kind']) ?? ''}/${(0,plain/* stringAt */.bX)(e, ['involvedObject', 'name']) ?? ''}`;
        if (!involved.has(about))
            continue;
        const series = (0,plain/* recordAt */.zR)(e, ['series']);
        const n = typeof series?.['count'] === 'number' ? series['count'] : e['count'];
        counts.set(uidOf(e), typeof n === 'number' ? n : 1);
    }
    return counts;
}
/** The object's uid, or its name on a server that gave none. */
function uidOf(object) {
    return (0,plain/* stringAt */.bX)(object, ['metadata', 'uid']) ?? object.metadata.name ?? '';
}

;// CONCATENATED MODULE: ./src/steady-state/kubernetes/kube-source.ts
/**
 * The `kubernetes` MetricSource: reads workload status, pods and events through the same port the
 * backends use (kube/port.ts), so a check needs no metrics system at all. Like every source it
 * never judges and never throws for data problems: a missing workload, a refused request or an
 * unreachable API server is an error measurement, which is never a pass.
 *
 * Counters (`restarts`, `warningEvents`) count from the check's first measurement, normally the
 * first `before` sample: that is the baseline the "since the baseline" means.
 */





/** A measurement could not be made; carries the kind the report shows. */
class KubeReadError extends Error {
    kind;
    constructor(kind, message) {
        super(message);
        this.kind = kind;
    }
}
class KubeSource {
    objects;
    namespace;
    clock;
    kind = 'kubernetes';
    /** Counter values at each query's first measurement. */
    baselines = new Map();
    /** Objects a query has ever selected, so events about a killed pod still count. */
    seen = new Map();
    constructor(objects, 
    /** The experiment's namespace, for targets that name none. */
    namespace, clock) {
        this.objects = objects;
        this.namespace = namespace;
        this.clock = clock;
    }
    /** The runner's clock: pod conditions are compared with it, as kubectl does. */
    now() {
        return Promise.resolve(this.clock.now());
    }
    async measure(check, at, _ctx, signal) {
        return (0,read_with_guard/* readWithGuard */.k)(at, signal, { main: check.query, guard: check.guard?.query }, (query) => this.read(query, at, signal), (err) => err instanceof KubeReadError ? err : { kind: classify(err), message: (0,errors/* errorMessage */.gJ)(err) });
    }
    async read(text, at, signal) {
        const q = (0,kube_query/* parseKubeQuery */.bQ)(text);
        if ((0,kube_query/* isKubeQueryProblem */.Jv)(q))
            throw new KubeReadError('config', `'${text}': ${q.message}; expected ${q.expected}`);
        const namespace = q.namespace ?? this.namespace;
        const labels = { target: (0,kube_query/* describeKubeTarget */.uw)(q, namespace) };
        const value = await this.value(text, q, namespace, at, signal);
        return value === undefined ? [] : [{ labels, value }];
    }
    async value(key, q, namespace, at, signal) {
        if (q.fn === 'readyReplicas' || q.fn === 'readyRatio') {
            const w = readWorkload(await this.workload(q, namespace, signal));
            if (q.fn === 'readyReplicas')
                return w.ready;
            // Scaled to zero: no ratio exists, which is no data rather than a healthy 0/0.
            return w.desired === 0 ? Number.NaN : w.ready / w.desired;
        }
        const selection = await this.select(key, q, namespace, signal);
        // No pod selected: zero restarts of nothing is no evidence of health, so no data.
        if (selection.pods.length === 0)
            return undefined;
        if (q.fn === 'notReady')
            return notReadyLongerThan(selection.pods, at, q.notReadyForMs ?? 0);
        if (q.fn === 'restarts')
            return this.sinceBaseline(key, restartCounts(selection.pods));
        const events = await this.objects.list({ apiVersion: 'v1', kind: 'Event', namespace }, signal);
        const involved = this.remember(key, selection.involved);
        return this.sinceBaseline(key, warningCounts(events.items, involved, q.reasons));
    }
    sinceBaseline(key, now) {
        const baseline = this.baselines.get(key);
        if (!baseline) {
            this.baselines.set(key, now);
            return 0;
        }
        return increaseSince(baseline, now);
    }
    remember(key, involved) {
        const seen = this.seen.get(key) ?? new Set();
        for (const i of involved)
            seen.add(i);
        this.seen.set(key, seen);
        return seen;
    }
    async workload(q, namespace, signal) {
        if (q.target.kind !== 'workload')
            throw new KubeReadError('config', `${q.fn} needs a workload, not a selector`);
        const ref = { apiVersion: 'apps/v1', kind: q.target.workload, namespace, name: q.target.name };
        const object = await this.objects.get(ref, signal);
        if (!object)
            throw new KubeReadError('query', `${q.target.workload} ${namespace}/${q.target.name} does not exist`);
        return object;
    }
    async select(key, q, namespace, signal) {
        const workload = q.target.kind === 'workload' ? await this.workload(q, namespace, signal) : undefined;
        const selector = workload ? readWorkload(workload).selector : selectorOf(q);
        if (selector === '')
            throw new KubeReadError('query', `${(0,kube_query/* describeKubeTarget */.uw)(q, namespace)} has no pod selector`);
        const list = (kind, apiVersion) => this.objects.list({ apiVersion, kind, namespace, labelSelector: selector }, signal);
        const [pods, replicaSets] = await Promise.all([
            list('Pod', 'v1'),
            q.fn === 'warningEvents' ? list('ReplicaSet', 'apps/v1') : undefined
        ]);
        const involved = [
            ...(workload ? [`${workload.kind}/${workload.metadata.name ?? ''}`] : []),
            ...(replicaSets?.items ?? []).map((r) => `ReplicaSet/${r.metadata.name ?? ''}`),
            ...pods.items.map((p) => `Pod/${p.metadata.name ?? ''}`)
        ];
        this.remember(key, involved);
        return { pods: pods.items, involved };
    }
}
function selectorOf(q) {
    return q.target.kind === 'selector' ? q.target.selector : '';
}
/** What kind of failure an API error is, for the report and the errorLimit. */
function classify(err) {
    if (err instanceof port/* KubeApiError */.W) {
        if (err.status === 401 || err.status === 403)
            return 'auth';
        if (err.status === 408 || err.status === 504)
            return 'timeout';
        if (err.status >= 500 || err.status === 429)
            return 'server';
        return 'query';
    }
    // Refused connections, resets and TLS failures: the API server could not be asked.
    return 'transport';
}


/***/ }),

/***/ 41881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ readWithGuard)
/* harmony export */ });
async function readWithGuard(at, signal, queries, read, failure) {
    try {
        const [series, guard] = await Promise.all([
            read(queries.main),
            queries.guard === undefined ? undefined : read(queries.guard)
        ]);
        return { kind: 'values', at, series, warnings: [], ...(guard && { guard }) };
    }
    catch (err) {
        if (signal.aborted)
            throw err;
        const { kind, message } = failure(err);
        return { kind: 'error', at, errorKind: kind, message };
    }
}


/***/ })

};
;