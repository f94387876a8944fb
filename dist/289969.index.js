"use strict";
exports.id = 289969;
exports.ids = [289969];
exports.modules = {

/***/ 84379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ ONE_SHOT),
/* harmony export */   o6: () => (/* binding */ CLOUD_KINDS),
/* harmony export */   q3: () => (/* binding */ CHAOS_MESH_SPECS)
/* harmony export */ });
/**
 * What the Chaos Mesh CRDs (chaos-mesh/chaos-mesh config/crd/bases at 608b61e) require of each
 * fault kind's spec, and which actions are one-shot (`+chaos-mesh:oneshot` in api/v1alpha1).
 */
/** Required spec fields per kind, and the action enum where the kind has an `action` (CRDs at 608b61e). */
const CHAOS_MESH_SPECS = {
    AWSChaos: {
        required: ['action', 'awsRegion', 'ec2Instance'],
        actions: ['ec2-stop', 'ec2-restart', 'detach-volume']
    },
    AzureChaos: {
        required: ['action', 'resourceGroupName', 'subscriptionID', 'vmName'],
        actions: ['vm-stop', 'vm-restart', 'disk-detach']
    },
    BlockChaos: { required: ['action', 'mode', 'selector', 'volumeName'], actions: ['delay'] },
    DNSChaos: { required: ['action', 'mode', 'selector'], actions: ['error', 'random'] },
    GCPChaos: {
        required: ['action', 'instance', 'project', 'zone'],
        actions: ['node-stop', 'node-reset', 'disk-loss']
    },
    HTTPChaos: { required: ['mode', 'selector', 'target'] },
    IOChaos: {
        required: ['action', 'mode', 'selector', 'volumePath'],
        actions: ['latency', 'fault', 'attrOverride', 'mistake']
    },
    JVMChaos: {
        required: ['action', 'mode', 'selector'],
        actions: ['latency', 'return', 'exception', 'stress', 'gc', 'ruleData', 'mysql']
    },
    KernelChaos: { required: ['failKernRequest', 'mode', 'selector'] },
    NetworkChaos: {
        required: ['action', 'mode', 'selector'],
        actions: ['netem', 'delay', 'loss', 'duplicate', 'corrupt', 'partition', 'bandwidth']
    },
    PhysicalMachineChaos: { required: ['action', 'mode'] },
    PodChaos: {
        required: ['action', 'mode', 'selector'],
        actions: ['pod-kill', 'pod-failure', 'container-kill']
    },
    StressChaos: { required: ['mode', 'selector'] },
    TimeChaos: { required: ['mode', 'selector', 'timeOffset'] }
};
/** Cloud kinds act on one named instance and have no selector. */
const CLOUD_KINDS = ['AWSChaos', 'AzureChaos', 'GCPChaos'];
/** Actions that inject once and never recover (`+chaos-mesh:oneshot`): they have no duration. */
const ONE_SHOT = [
    'PodChaos/pod-kill',
    'PodChaos/container-kill',
    'AWSChaos/ec2-restart',
    'AzureChaos/vm-restart',
    'GCPChaos/node-reset'
];


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

/***/ 39483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SF: () => (/* binding */ LITMUS_EXPERIMENT_PART_MAX),
/* harmony export */   mx: () => (/* binding */ LITMUS_RESULT_NAME_MAX),
/* harmony export */   rv: () => (/* binding */ resultSuffix)
/* harmony export */ });
/**
 * litmus-go names each ChaosResult `<engine>-<experiment>[-<instance>]` and puts that name in the
 * result's `name` label, which Kubernetes caps at 63 characters. The engine chaos-gate submits is
 * named after the run (`gate-<run>-<experiment>`), so the manifest's part of the result's name
 * must leave it room, and the engine's name is bounded by what is left (backends/litmus).
 */
/** A label value's limit, which the whole ChaosResult name must fit. */
const LITMUS_RESULT_NAME_MAX = 63;
/** The most the ChaosExperiment and INSTANCE_ID may take, leaving the engine 26 characters. */
const LITMUS_EXPERIMENT_PART_MAX = 36;
/** The part of a ChaosResult's name after `<engine>-`. */
function resultSuffix(experiment, instance) {
    return [experiment, instance].filter((part) => part).join('-');
}


/***/ }),

/***/ 67471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $8: () => (/* binding */ CHAOS_MESH_INTERNAL_KINDS),
/* harmony export */   BK: () => (/* binding */ CHAOS_MESH_GROUP),
/* harmony export */   G$: () => (/* binding */ GATE_GROUP),
/* harmony export */   KO: () => (/* binding */ KNOWN_KINDS),
/* harmony export */   M1: () => (/* binding */ ARGO_GROUP),
/* harmony export */   MK: () => (/* binding */ CHAOS_MESH_FAULT_KINDS),
/* harmony export */   Np: () => (/* binding */ splitApiVersion),
/* harmony export */   Om: () => (/* binding */ GROUP_VERSIONS),
/* harmony export */   cS: () => (/* binding */ KUBERNETES_GROUPS),
/* harmony export */   j0: () => (/* binding */ CHAOS_MESH_RUNNABLE_KINDS),
/* harmony export */   jd: () => (/* binding */ LITMUS_GROUP),
/* harmony export */   lh: () => (/* binding */ CHAOS_MESH_FAULT_KEYS),
/* harmony export */   nu: () => (/* binding */ ISTIO_GROUP),
/* harmony export */   rd: () => (/* binding */ CHAOS_MESH_SUPPORT_KINDS),
/* harmony export */   vd: () => (/* binding */ EXPERIMENT_KIND)
/* harmony export */ });
/* unused harmony export GATE_API_VERSION */
/**
 * The API groups and kinds the gate knows, in one table: which run as experiments, which are
 * recognised but not run (and why), and which must never be committed. Chaos Mesh kinds follow the
 * CRDs in chaos-mesh/chaos-mesh config/crd/bases.
 */
/** Our own kind. */
const GATE_GROUP = 'chaos-gate.dev';
const GATE_API_VERSION = (/* unused pure expression or super */ null && (`${GATE_GROUP}/v1alpha1`));
const EXPERIMENT_KIND = 'Experiment';
const LITMUS_GROUP = 'litmuschaos.io';
const CHAOS_MESH_GROUP = 'chaos-mesh.org';
const ISTIO_GROUP = 'networking.istio.io';
const ARGO_GROUP = 'argoproj.io';
/** API versions each group is known in; anything else is an error naming these. */
const GROUP_VERSIONS = {
    [GATE_GROUP]: ['v1alpha1'],
    [LITMUS_GROUP]: ['v1alpha1'],
    [CHAOS_MESH_GROUP]: ['v1alpha1'],
    [ISTIO_GROUP]: ['v1alpha3', 'v1beta1', 'v1'],
    [ARGO_GROUP]: ['v1alpha1']
};
/** Chaos Mesh fault kinds, with the lower-camel key a Schedule or Workflow embeds each under. */
const CHAOS_MESH_FAULT_KEYS = {
    AWSChaos: 'awsChaos',
    AzureChaos: 'azureChaos',
    BlockChaos: 'blockChaos',
    DNSChaos: 'dnsChaos',
    GCPChaos: 'gcpChaos',
    HTTPChaos: 'httpChaos',
    IOChaos: 'ioChaos',
    JVMChaos: 'jvmChaos',
    KernelChaos: 'kernelChaos',
    NetworkChaos: 'networkChaos',
    // Not physicalMachineChaos: the json tag upstream is all lower case before "Chaos".
    PhysicalMachineChaos: 'physicalmachineChaos',
    PodChaos: 'podChaos',
    StressChaos: 'stressChaos',
    TimeChaos: 'timeChaos'
};
const CHAOS_MESH_FAULT_KINDS = Object.keys(CHAOS_MESH_FAULT_KEYS);
/** Chaos Mesh kinds that run as experiments. */
const CHAOS_MESH_RUNNABLE_KINDS = [
    ...CHAOS_MESH_FAULT_KINDS,
    'Schedule',
    'Workflow'
];
/** Objects the Chaos Mesh controller creates for itself; committing one interferes with it. */
const CHAOS_MESH_INTERNAL_KINDS = [
    'PodNetworkChaos',
    'PodIOChaos',
    'PodHttpChaos',
    'WorkflowNode'
];
/** Why each supporting Chaos Mesh kind is not an experiment on its own. */
const CHAOS_MESH_SUPPORT_KINDS = {
    StatusCheck: 'a standalone StatusCheck only probes a URL and injects nothing; use it as a StatusCheck template inside a Workflow, or express the check as a steadyState check of an Experiment',
    PhysicalMachine: 'a PhysicalMachine registers a chaosd host for PhysicalMachineChaos to target; it is cluster setup, so install it with your deploy',
    RemoteCluster: 'a RemoteCluster registers another cluster with Chaos Mesh; it is cluster setup, so install it with your deploy'
};
/** Every kind the gate recognises, per group, for "expected one of" messages. */
const KNOWN_KINDS = {
    [GATE_GROUP]: [EXPERIMENT_KIND],
    [LITMUS_GROUP]: ['ChaosEngine', 'ChaosExperiment', 'ChaosSchedule', 'ChaosResult'],
    [CHAOS_MESH_GROUP]: [
        ...CHAOS_MESH_RUNNABLE_KINDS,
        ...Object.keys(CHAOS_MESH_SUPPORT_KINDS),
        ...CHAOS_MESH_INTERNAL_KINDS
    ],
    [ISTIO_GROUP]: ['VirtualService', 'DestinationRule', 'Gateway', 'ServiceEntry', 'Sidecar'],
    [ARGO_GROUP]: ['Workflow', 'CronWorkflow', 'WorkflowTemplate', 'ClusterWorkflowTemplate']
};
/**
 * Built-in Kubernetes groups. Their objects (RBAC for a chaos service account, a ConfigMap) are
 * recognised as cluster setup: reported, never applied.
 */
const KUBERNETES_GROUPS = [
    '',
    'apps',
    'batch',
    'rbac.authorization.k8s.io',
    'policy',
    'networking.k8s.io',
    'autoscaling',
    'apiextensions.k8s.io'
];
/** Splits `group/version` (`v1` alone is the core group). */
function splitApiVersion(apiVersion) {
    const slash = apiVersion.lastIndexOf('/');
    return slash < 0
        ? { group: '', version: apiVersion }
        : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
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

/***/ 77872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ effectiveLimits)
/* harmony export */ });
/** The tighter of the policy's and the experiment's limits. */
function effectiveLimits(experiment, policy) {
    const o = experiment.blastRadius;
    const maxTargets = min(policy.maxTargets, o?.maxTargets);
    const maxPercentage = min(policy.maxPercentage, o?.maxPercentage);
    return {
        ...(maxTargets === undefined ? {} : { maxTargets }),
        ...(maxPercentage === undefined ? {} : { maxPercentage })
    };
}
function min(a, b) {
    if (a === undefined)
        return b;
    if (b === undefined)
        return a;
    return Math.min(a, b);
}


/***/ }),

/***/ 44407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ inspectExperiments),
  p: () => (/* binding */ loadExperiments)
});

// EXTERNAL MODULE: ./src/util/errors.ts
var util_errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 14 modules
var schemas = __webpack_require__(45586);
// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(26518);
;// CONCATENATED MODULE: ./src/manifest/experiment/schema-primitives.ts
/**
 * Small zod building blocks shared by the Experiment and policy schemas: durations, percentages,
 * names. Each carries a pattern (so the JSON Schema helps editors) and a message fit for users.
 */


/** The Go/Prometheus duration syntax, plus `d` and `w` as Prometheus accepts them. */
const DURATION_PATTERN = /^(0|((\d+(\.\d+)?|\.\d+)(ns|us|µs|ms|s|m|h|d|w))+)$/;
/** A duration string such as `30s`, `5m` or `1m30s`. */
function schema_primitives_duration(description) {
    return schemas/* string */.YjP()
        .regex(DURATION_PATTERN, { error: "must be a duration like '30s', '5m' or '1m30s'" })
        .describe(description);
}
/** Milliseconds of a string the duration schema accepted. */
function durationMs(text) {
    return (0,duration/* parseDuration */.E9)(text) ?? 0;
}
const PERCENT_PATTERN = /^\d+(\.\d+)?%$/;
/** A share written as a fraction (`0.5`) or a percentage (`50%`). */
function fraction(description) {
    return schemas/* union */.KCZ([
        schemas/* number */.aig().min(0),
        schemas/* string */.YjP()
            .regex(PERCENT_PATTERN, { error: "must be a fraction like 0.5 or a percentage like '50%'" })
    ])
        .describe(description);
}
/** A share written as a percentage number (`50`, meaning 50 %) or a string (`'50%'`). */
function percent(description) {
    return schemas/* union */.KCZ([
        schemas/* number */.aig().min(0).max(100),
        schemas/* string */.YjP().regex(PERCENT_PATTERN, { error: "must be a percentage like 50 or '50%'" })
    ])
        .describe(description);
}
/** The fraction a `fraction()` value stands for. */
function toFraction(value) {
    // `99.9e-2`, not 99.9 / 100: the decimal is parsed exactly as written (0.999, not 0.9990000000000001).
    return typeof value === 'number' ? value : Number(`${value.slice(0, -1)}e-2`);
}
/** The percentage (0–100) a `percent()` value stands for. */
function toPercent(value) {
    return typeof value === 'number' ? value : Number(value.slice(0, -1));
}
/** RFC 1123 label, as Kubernetes requires for names that become parts of object names. */
const DNS_LABEL_PATTERN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** An experiment name: a DNS-1123 label of at most 63 characters. */
function dnsLabel(description) {
    return schemas/* string */.YjP()
        .max(63, { error: 'must be at most 63 characters' })
        .regex(DNS_LABEL_PATTERN, {
        error: "must be a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit"
    })
        .describe(description);
}

// EXTERNAL MODULE: ./src/manifest/plain.ts
var plain = __webpack_require__(22673);
;// CONCATENATED MODULE: ./src/manifest/adopt/adopt.ts
/** How to give a fault a duration, for objects that have none of their own. */
function durationHint(ctx, what) {
    return ctx.wrapped
        ? `Set spec.duration on the Experiment: how long the gate keeps the ${what} applied.`
        : `Wrap it in an Experiment (apiVersion: chaos-gate.dev/v1alpha1) with spec.duration: how long the gate keeps the ${what} applied.`;
}
/** Collects issues at paths relative to the object being read. */
class IssueSink {
    ctx;
    issues = [];
    constructor(ctx) {
        this.ctx = ctx;
    }
    /** Where a path relative to the object is written. */
    at(path) {
        return this.ctx.locate([...this.ctx.base, ...path]);
    }
    /** Records an error (or another severity) at `path`. */
    add(path, code, message, extra = {}) {
        this.issues.push({ ...this.at(path), severity: 'error', code, message, ...extra });
    }
    get hasErrors() {
        return this.issues.some((i) => i.severity === 'error');
    }
}
/** The namespace of an object, filled from the context, or an issue saying how to give one. */
function resolveNamespace(metadata, ctx, sink) {
    const own = metadata?.namespace;
    if (typeof own === 'string' && own !== '')
        return own;
    if (own !== undefined && typeof own !== 'string') {
        sink.add(['metadata', 'namespace'], 'namespace/invalid', 'metadata.namespace must be a string');
        return undefined;
    }
    if (ctx.namespace !== undefined)
        return ctx.namespace;
    sink.add(['metadata'], 'namespace/missing', 'no metadata.namespace and no namespace setting, so the gate cannot tell where to create this object', {
        expected: 'metadata.namespace, or the namespace input (--namespace)',
        hint: 'Add metadata.namespace: <namespace> to the object, or set the namespace input / --namespace for the run.'
    });
    return undefined;
}
/** The object's name: metadata.name, or generateName without its trailing '-'. */
function objectName(metadata) {
    const name = metadata?.name;
    if (typeof name === 'string' && name !== '')
        return name;
    const generate = metadata?.generateName;
    return typeof generate === 'string' && generate !== '' ? generate.replace(/-+$/, '') : undefined;
}

// EXTERNAL MODULE: ./src/manifest/adopt/chaos-mesh/chaos-mesh-kinds.ts
var chaos_mesh_kinds = __webpack_require__(84379);
// EXTERNAL MODULE: ./src/manifest/adopt/label-selector.ts
var label_selector = __webpack_require__(15326);
;// CONCATENATED MODULE: ./src/manifest/adopt/chaos-mesh/chaos-mesh-selector.ts


const MODES = ['one', 'all', 'fixed', 'fixed-percent', 'random-max-percent'];
const OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'];
/** Reads `spec.mode` and `spec.value` of a fault spec at `path`. */
function readMode(spec, path, sink) {
    const { mode, value } = spec;
    if (mode === undefined) {
        sink.add([...path], 'chaos-mesh/mode', 'mode is required', { expected: MODES.join(', ') });
        return undefined;
    }
    if (typeof mode !== 'string' || !MODES.includes(mode)) {
        sink.add([...path, 'mode'], 'chaos-mesh/mode', `mode must be one of ${MODES.join(', ')}; got ${(0,plain/* quote */.hD)(mode)}`);
        return undefined;
    }
    if (mode === 'one')
        return { kind: 'count', count: 1 };
    if (mode === 'all')
        return { kind: 'all' };
    if (value === undefined || value === '') {
        sink.add([...path, 'mode'], 'chaos-mesh/value', `mode ${mode} needs a value`, {
            expected: mode === 'fixed' ? "value: '2' (how many targets)" : "value: '30' (a percentage)"
        });
        return undefined;
    }
    if (typeof value !== 'string') {
        sink.add([...path, 'value'], 'chaos-mesh/value', `value must be a string (the CRD types it so); got ${(0,plain/* quote */.hD)(value)}`, {
            hint: `Quote it: value: '${JSON.stringify(value)}'.`
        });
        return undefined;
    }
    const n = Number(value);
    if (mode === 'fixed') {
        if (Number.isInteger(n) && n > 0)
            return { kind: 'count', count: n };
        sink.add([...path, 'value'], 'chaos-mesh/value', `value for mode fixed must be a whole number above 0; got ${(0,plain/* quote */.hD)(value)}`);
        return undefined;
    }
    if (value.trim() !== '' && Number.isFinite(n) && n > 0 && n <= 100) {
        return mode === 'fixed-percent'
            ? { kind: 'percent', percent: n }
            : { kind: 'max-percent', percent: n };
    }
    sink.add([...path, 'value'], 'chaos-mesh/value', `value for mode ${mode} must be a percentage above 0 and at most 100; got ${(0,plain/* quote */.hD)(value)}`);
    return undefined;
}
/** Reads the `selector` at `path` (relative to the object) into a declaration of targets. */
function readSelector(selector, path, namespace, mode, resource, sink) {
    if (!(0,plain/* isRecord */.u4)(selector)) {
        sink.add(path, 'chaos-mesh/selector', 'selector is required and must be a mapping', {
            expected: 'selector: {namespaces: [...], labelSelectors: {app: name}}'
        });
        return undefined;
    }
    const labels = stringMap(selector.labelSelectors, [...path, 'labelSelectors'], sink, true);
    const fields = stringMap(selector.fieldSelectors, [...path, 'fieldSelectors'], sink, false);
    const expressions = readExpressions(selector.expressionSelectors, [...path, 'expressionSelectors'], sink);
    const pods = podsByNamespace(selector.pods, [...path, 'pods'], sink);
    const listed = stringList(selector.namespaces, [...path, 'namespaces'], sink);
    const namespaces = listed.length > 0
        ? listed
        : pods.size > 0
            ? [...pods.keys()]
            : namespace === undefined
                ? []
                : [namespace];
    const labelSelector = (0,label_selector/* formatLabelSelector */.Rs)(labels, expressions);
    const fieldSelector = Object.entries(fields)
        .map(([k, v]) => `${k}=${v}`)
        .join(',');
    const podNames = [...pods.values()].flat();
    return {
        resource,
        namespaces,
        mode,
        location: sink.at(path),
        ...(labelSelector === '' ? {} : { labelSelector }),
        ...(fieldSelector === '' ? {} : { fieldSelector }),
        ...(podNames.length === 0 ? {} : { podNames })
    };
}
function stringMap(value, path, sink, labelKeys) {
    if (value === undefined)
        return {};
    if (!(0,plain/* isRecord */.u4)(value)) {
        sink.add(path, 'chaos-mesh/selector', `${String(path.at(-1))} must be a mapping of strings`);
        return {};
    }
    const out = {};
    for (const [k, v] of Object.entries(value)) {
        if (typeof v !== 'string')
            sink.add([...path, k], 'chaos-mesh/selector', `${k} must be a string; got ${(0,plain/* quote */.hD)(v)}`, {
                hint: `Quote it: '${String(v)}'.`
            });
        else if (labelKeys && !(0,label_selector/* isLabelKey */.qI)(k))
            sink.add([...path, k], 'chaos-mesh/selector', `'${k}' is not a valid label key`);
        else
            out[k] = v;
    }
    return out;
}
function stringList(value, path, sink) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v === '')) {
        sink.add(path, 'chaos-mesh/selector', `${String(path.at(-1))} must be a list of names`);
        return [];
    }
    return value.filter((v) => typeof v === 'string');
}
function readExpressions(value, path, sink) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value)) {
        sink.add(path, 'chaos-mesh/selector', 'expressionSelectors must be a list');
        return [];
    }
    const out = [];
    value.forEach((e, i) => {
        const key = (0,plain/* isRecord */.u4)(e) ? e.key : undefined;
        const operator = (0,plain/* isRecord */.u4)(e) ? e.operator : undefined;
        const values = (0,plain/* isRecord */.u4)(e) && Array.isArray(e.values) ? e.values.map(String) : [];
        if (typeof key !== 'string' || typeof operator !== 'string' || !OPERATORS.includes(operator)) {
            sink.add([...path, i], 'chaos-mesh/selector', `expressionSelectors[${i}] needs a key and an operator (${OPERATORS.join(', ')})`);
            return;
        }
        out.push({ key, operator, values });
    });
    return out;
}
function podsByNamespace(value, path, sink) {
    const pods = new Map();
    if (value === undefined)
        return pods;
    if (!(0,plain/* isRecord */.u4)(value)) {
        sink.add(path, 'chaos-mesh/selector', 'pods must map namespaces to lists of pod names');
        return pods;
    }
    for (const [ns, names] of Object.entries(value)) {
        if (Array.isArray(names) && names.every((n) => typeof n === 'string'))
            pods.set(ns, names.map(String));
        else
            sink.add([...path, ns], 'chaos-mesh/selector', `pods.${ns} must be a list of pod names`);
    }
    return pods;
}

;// CONCATENATED MODULE: ./src/manifest/adopt/chaos-mesh/chaos-mesh-fault.ts



/** Go's time.ParseDuration syntax, without a sign: what Chaos Mesh accepts for `duration`. */
const GO_DURATION = /^((\d+(\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h))+$/;
/** Reads the fault spec at `path` (relative to the object). */
function readFaultSpec(kind, spec, path, namespace, sink) {
    const info = chaos_mesh_kinds/* CHAOS_MESH_SPECS */.q3[kind];
    if (!info)
        return undefined;
    if (!(0,plain/* isRecord */.u4)(spec)) {
        sink.add(path, 'chaos-mesh/spec', `the ${kind} spec is missing or not a mapping`);
        return undefined;
    }
    // mode and selector have their own messages (readMode, readTargets).
    for (const field of info.required.filter((f) => f !== 'mode' && f !== 'selector')) {
        if (spec[field] === undefined || spec[field] === '')
            sink.add(path, 'chaos-mesh/required', `${kind} needs spec.${field}`, {
                expected: `${field} (required by the ${kind} CRD)`
            });
    }
    const action = readAction(kind, spec, path, info.actions, sink);
    const oneShot = action !== undefined && chaos_mesh_kinds/* ONE_SHOT */.A5.includes(`${kind}/${action}`);
    const declaredDuration = readDuration(spec, path, sink);
    const targets = readTargets(kind, spec, path, namespace, sink);
    const location = sink.at(action === undefined ? path : [...path, 'action']);
    const durationLocation = sink.at(declaredDuration === undefined ? path : [...path, 'duration']);
    const site = {
        kind,
        location,
        durationLocation,
        ...(action === undefined ? {} : { action }),
        ...(targets === undefined ? {} : { targets })
    };
    return {
        site,
        oneShot,
        writesDuration: spec.duration !== undefined && spec.duration !== null,
        ...(declaredDuration === undefined ? {} : { declaredDuration })
    };
}
function readAction(kind, spec, path, actions, sink) {
    if (!actions)
        return derivedAction(kind, spec);
    const action = spec.action;
    if (action === undefined)
        return undefined;
    if (typeof action !== 'string' ||
        (kind !== 'PhysicalMachineChaos' && !actions.includes(action))) {
        sink.add([...path, 'action'], 'chaos-mesh/action', `${kind} action must be one of ${actions.join(', ')}; got ${(0,plain/* quote */.hD)(action)}`);
        return undefined;
    }
    return action;
}
/** Kinds without an `action` field still do one thing; name it for plans and policies. */
function derivedAction(kind, spec) {
    if (kind === 'StressChaos')
        return 'stress';
    if (kind === 'TimeChaos')
        return 'time-offset';
    if (kind === 'KernelChaos')
        return 'kernel-fault';
    if (kind === 'PhysicalMachineChaos')
        return typeof spec.action === 'string' ? spec.action : undefined;
    if (kind === 'HTTPChaos') {
        const parts = ['abort', 'delay', 'replace', 'patch'].filter((k) => spec[k] !== undefined && spec[k] !== false);
        return parts.length > 0 ? parts.join('+') : 'http';
    }
    return undefined;
}
function readDuration(spec, path, sink) {
    const value = spec.duration;
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === 'string' && GO_DURATION.test(value))
        return value;
    sink.add([...path, 'duration'], 'duration/invalid', `duration must be a Go duration like '30s', '5m' or '1m30s'; got ${(0,plain/* quote */.hD)(value)}`, {
        hint: typeof value === 'number'
            ? `Write it with a unit: duration: '${value}s'.`
            : 'Units: ms, s, m, h.'
    });
    return undefined;
}
function readTargets(kind, spec, path, namespace, sink) {
    if (chaos_mesh_kinds/* CLOUD_KINDS */.o6.includes(kind)) {
        return {
            resource: 'external',
            namespaces: [],
            mode: { kind: 'count', count: 1 },
            location: sink.at(path)
        };
    }
    const mode = readMode(spec, path, sink);
    const resource = kind === 'PhysicalMachineChaos' ? 'external' : 'pod';
    if (kind === 'PhysicalMachineChaos' && spec.selector === undefined) {
        if (spec.address === undefined)
            sink.add(path, 'chaos-mesh/selector', 'PhysicalMachineChaos needs a selector (or the deprecated address list)');
        return mode === undefined
            ? undefined
            : { resource, namespaces: [], mode, location: sink.at(path) };
    }
    if (mode === undefined) {
        if (spec.selector === undefined)
            sink.add(path, 'chaos-mesh/selector', 'selector is required', {
                expected: 'selector: {namespaces: [...], labelSelectors: {app: name}}'
            });
        return undefined;
    }
    return readSelector(spec.selector, [...path, 'selector'], namespace, mode, resource, sink);
}

// EXTERNAL MODULE: ./src/manifest/classify/kinds.ts
var kinds = __webpack_require__(67471);
;// CONCATENATED MODULE: ./src/manifest/adopt/chaos-mesh/chaos-mesh-workflow.ts
/**
 * A Chaos Mesh Workflow: its templates must form a tree from `entry`, every fault template is read
 * like a standalone fault, and the whole run is bounded by deadlines (Serial adds its children,
 * Parallel takes the longest, a node's own deadline caps it).
 */




const FLOW_TYPES = ['Serial', 'Parallel', 'Task', 'Suspend', 'Schedule', 'StatusCheck'];
/** Reads `spec` (a Workflow's spec, or a Schedule's embedded workflow) written at `path`. */
function readWorkflowSpec(spec, path, namespace, sink) {
    if (spec === undefined) {
        sink.add(path, 'chaos-mesh/spec', 'the Workflow has no spec');
        return undefined;
    }
    const templates = new Map();
    const sites = [];
    (0,plain/* listAt */.gT)(spec, ['templates']).forEach((raw, index) => {
        const template = readTemplate(raw, [...path, 'templates', index], index, namespace, sink, sites);
        if (!template)
            return;
        if (templates.has(template.name))
            sink.add([...path, 'templates', index, 'name'], 'chaos-mesh/workflow', `template name ${(0,plain/* quote */.hD)(template.name)} is used twice`);
        templates.set(template.name, template);
    });
    const entry = spec.entry;
    if (typeof entry !== 'string' || !templates.has(entry)) {
        sink.add([...path, 'entry'], 'chaos-mesh/workflow', `entry must name one of the templates; got ${(0,plain/* quote */.hD)(entry)}`, { expected: [...templates.keys()].join(', ') || 'a template' });
        return undefined;
    }
    checkChildren(templates, path, sink);
    const total = boundOf(entry, templates, new Set());
    return { sites, ...(total === undefined ? {} : { durationMs: total }) };
}
function readTemplate(raw, path, index, namespace, sink, sites) {
    if (!(0,plain/* isRecord */.u4)(raw) || typeof raw.name !== 'string' || typeof raw.templateType !== 'string') {
        sink.add(path, 'chaos-mesh/workflow', 'each template needs a name and a templateType');
        return undefined;
    }
    const type = raw.templateType;
    const deadline = raw.deadline;
    let deadlineMs;
    if (deadline !== undefined) {
        if (typeof deadline === 'string' && GO_DURATION.test(deadline))
            deadlineMs = durationMs(deadline);
        else
            sink.add([...path, 'deadline'], 'duration/invalid', `deadline must be a Go duration like '30s'; got ${(0,plain/* quote */.hD)(deadline)}`);
    }
    const key = kinds/* CHAOS_MESH_FAULT_KEYS */.lh[type];
    if (key === undefined && !FLOW_TYPES.includes(type)) {
        sink.add([...path, 'templateType'], 'chaos-mesh/workflow', `unknown templateType ${(0,plain/* quote */.hD)(type)}`, { expected: [...FLOW_TYPES, ...Object.keys(kinds/* CHAOS_MESH_FAULT_KEYS */.lh)].join(', ') });
        return undefined;
    }
    const base = {
        name: raw.name,
        type,
        index,
        raw,
        ...(deadlineMs === undefined ? {} : { deadlineMs })
    };
    if (key === undefined)
        return base;
    const read = readFaultSpec(type, raw[key], [...path, key], namespace, sink);
    if (!read)
        return base;
    const faultMs = read.oneShot
        ? 0
        : read.declaredDuration === undefined
            ? undefined
            : durationMs(read.declaredDuration);
    if (faultMs === undefined && deadlineMs === undefined) {
        sink.add(path, 'duration/missing', `template ${(0,plain/* quote */.hD)(raw.name)} runs ${type} with neither a deadline nor a duration, so it would run until the workflow is deleted`, {
            hint: "Add deadline: '60s' to the template."
        });
    }
    const bound = deadlineMs ?? faultMs;
    sites.push({ ...read.site, ...(bound === undefined ? {} : { durationMs: bound }) });
    return { ...base, ...(faultMs === undefined ? {} : { faultMs }) };
}
function checkChildren(templates, path, sink) {
    for (const t of templates.values()) {
        (0,plain/* listAt */.gT)(t.raw, ['children']).forEach((child, i) => {
            if (typeof child !== 'string' || !templates.has(child)) {
                sink.add([...path, 'templates', t.index, 'children', i], 'chaos-mesh/workflow', `child ${(0,plain/* quote */.hD)(child)} is not a template of this workflow`);
            }
        });
    }
}
/** The longest a template can run, or undefined when nothing bounds it. */
function boundOf(name, templates, visiting) {
    const t = templates.get(name);
    if (!t || visiting.has(name))
        return undefined;
    visiting.add(name);
    const children = (0,plain/* listAt */.gT)(t.raw, ['children']).filter((c) => typeof c === 'string');
    const bounds = children.map((c) => boundOf(c, templates, visiting));
    visiting.delete(name);
    let inner = t.faultMs;
    if (t.type === 'Serial' && bounds.every((b) => b !== undefined))
        inner = bounds.reduce((a, b) => a + (b ?? 0), 0);
    if (t.type === 'Parallel' && bounds.every((b) => b !== undefined))
        inner = Math.max(0, ...bounds.map((b) => b ?? 0));
    if (t.deadlineMs === undefined)
        return inner;
    return inner === undefined ? t.deadlineMs : Math.min(t.deadlineMs, inner);
}

;// CONCATENATED MODULE: ./src/manifest/adopt/chaos-mesh/chaos-mesh-schedule.ts
/**
 * A Chaos Mesh Schedule: it repeats until deleted, so the wrapping Experiment's duration says how
 * long the gate keeps it; the fault it spawns is read like a standalone one.
 */






function readSchedule(spec, namespace, ctx, sink) {
    if (spec === undefined) {
        sink.add([], 'chaos-mesh/spec', 'the Schedule has no spec');
        return undefined;
    }
    if (typeof spec.schedule !== 'string' || spec.schedule.trim() === '') {
        sink.add(['spec'], 'chaos-mesh/required', 'Schedule needs spec.schedule (a cron expression or @every <duration>)');
    }
    const type = spec.type;
    const key = typeof type === 'string'
        ? type === 'Workflow'
            ? 'workflow'
            : kinds/* CHAOS_MESH_FAULT_KEYS */.lh[type]
        : undefined;
    if (typeof type !== 'string' || key === undefined) {
        sink.add(['spec', 'type'], 'chaos-mesh/schedule-type', `Schedule type must be a Chaos Mesh fault kind or Workflow; got ${(0,plain/* quote */.hD)(type)}`, {
            expected: [...kinds/* CHAOS_MESH_FAULT_KINDS */.MK, 'Workflow'].join(', ')
        });
        return undefined;
    }
    const embedded = type === 'Workflow'
        ? readWorkflowSpec((0,plain/* recordAt */.zR)(spec, [key]), ['spec', key], namespace, sink)
        : readEmbedded(type, spec, key, namespace, sink);
    if (ctx.durationMs === undefined) {
        sink.add(['spec', 'schedule'], 'duration/missing', 'a Schedule repeats until it is deleted, so it has no end the gate could wait for', {
            hint: durationHint(ctx, 'Schedule')
        });
        return undefined;
    }
    if (!embedded)
        return undefined;
    return { sites: embedded.sites, durationMs: ctx.durationMs, ...singleTargets(embedded.sites) };
}
/** A workflow's targets are per template; only a single-fault workflow has one declaration. */
function singleTargets(sites) {
    const [only] = sites;
    return sites.length === 1 && only?.targets !== undefined ? { targets: only.targets } : {};
}
function readEmbedded(type, spec, key, namespace, sink) {
    const read = readFaultSpec(type, spec[key], ['spec', key], namespace, sink);
    if (!read)
        return undefined;
    const own = read.declaredDuration === undefined ? {} : { durationMs: durationMs(read.declaredDuration) };
    return { sites: [{ ...read.site, ...own }], ...singleTargets([read.site]) };
}

;// CONCATENATED MODULE: ./src/manifest/adopt/chaos-mesh/chaos-mesh.ts
/**
 * Reads a Chaos Mesh object (any fault kind, Schedule or Workflow) into an adopted experiment.
 * Continuous faults must be time-bounded: their duration comes from the object or from the
 * wrapping Experiment, and a missing one is an error rather than a fault that runs until deleted.
 */







/** Reads a chaos-mesh.org object. */
function adoptChaosMesh(value, ctx) {
    const sink = new IssueSink(ctx);
    const kind = String(value.kind);
    const metadata = (0,plain/* recordAt */.zR)(value, ['metadata']);
    const namespace = resolveNamespace(metadata, ctx, sink);
    const object = (0,plain/* cloneRecord */.vq)(value);
    object.metadata = { ...(metadata ?? {}), ...(namespace === undefined ? {} : { namespace }) };
    const spec = (0,plain/* recordAt */.zR)(object, ['spec']);
    const body = kind === 'Schedule'
        ? readSchedule(spec, namespace, ctx, sink)
        : kind === 'Workflow'
            ? readWorkflow(spec, namespace, ctx, sink)
            : readFault(kind, spec, namespace, ctx, sink);
    if (body === undefined || sink.hasErrors)
        return { issues: sink.issues };
    if (body.fillDuration !== undefined && spec !== undefined)
        object.spec = { ...spec, duration: body.fillDuration };
    const name = objectName(metadata);
    const [first] = body.sites;
    const adopted = {
        backend: 'chaos-mesh',
        kind,
        object: toKubeObject(object, kind),
        sites: body.sites,
        ...(name === undefined ? {} : { name }),
        ...(namespace === undefined ? {} : { namespace }),
        ...(body.durationMs === undefined ? {} : { durationMs: body.durationMs }),
        ...(body.sites.length === 1 && first?.action !== undefined ? { action: first.action } : {}),
        ...(body.targets === undefined ? {} : { targets: body.targets })
    };
    return { adopted, issues: sink.issues };
}
/** What each kind's reader returns. */
function readFault(kind, spec, namespace, ctx, sink) {
    const read = readFaultSpec(kind, spec, ['spec'], namespace, sink);
    if (!read)
        return undefined;
    const timing = faultTiming(read, ctx, sink);
    const site = timing.durationMs === undefined ? read.site : { ...read.site, durationMs: timing.durationMs };
    return {
        sites: [site],
        ...timing,
        ...(read.site.targets === undefined ? {} : { targets: read.site.targets })
    };
}
/** The duration of a standalone fault: its own, or the Experiment's written into it. */
function faultTiming(read, ctx, sink) {
    const { declaredDuration: own } = read;
    if (read.oneShot) {
        if (own !== undefined || ctx.durationMs !== undefined) {
            sink.add(['spec', 'action'], 'duration/ignored', `${read.site.action ?? 'this action'} is one-shot: it injects once and has no duration, so the duration is ignored`, { severity: 'warning' });
        }
        return {};
    }
    if (own !== undefined && ctx.durationMs !== undefined && durationMs(own) !== ctx.durationMs) {
        sink.add(['spec', 'duration'], 'duration/conflict', `the fault's duration ${(0,plain/* quote */.hD)(own)} differs from the Experiment's spec.duration (${(0,duration/* toGoDuration */.Im)(ctx.durationMs)})`, {
            hint: 'Keep one of the two.'
        });
        return {};
    }
    if (own !== undefined)
        return { durationMs: durationMs(own) };
    if (ctx.durationMs !== undefined)
        return { durationMs: ctx.durationMs, fillDuration: (0,duration/* toGoDuration */.Im)(ctx.durationMs) };
    if (read.writesDuration)
        return {};
    sink.add(['spec'], 'duration/missing', `this ${read.site.kind} has no duration, so it would run until deleted`, {
        expected: "spec.duration, such as '60s'",
        hint: 'Add spec.duration; the gate only runs time-bounded faults.'
    });
    return {};
}
/** A Workflow: bounded by its deadlines; an Experiment's duration must agree with them. */
function readWorkflow(spec, namespace, ctx, sink) {
    const read = readWorkflowSpec(spec, ['spec'], namespace, sink);
    if (!read)
        return undefined;
    const own = read.durationMs;
    if (own !== undefined && ctx.durationMs !== undefined && own !== ctx.durationMs) {
        sink.add(['spec', 'entry'], 'duration/conflict', `the workflow's deadlines bound it to ${(0,duration/* toGoDuration */.Im)(own)}, but the Experiment's spec.duration is ${(0,duration/* toGoDuration */.Im)(ctx.durationMs)}`, {
            hint: "Leave out the Experiment's duration, or make the entry template's deadline match it."
        });
        return undefined;
    }
    const total = own ?? ctx.durationMs;
    if (total === undefined) {
        sink.add(['spec', 'entry'], 'duration/missing', 'nothing bounds how long this workflow runs', {
            hint: "Add deadline: '5m' to the entry template."
        });
        return undefined;
    }
    return { sites: read.sites, durationMs: total, ...singleTargets(read.sites) };
}
function toKubeObject(object, kind) {
    const metadata = (0,plain/* recordAt */.zR)(object, ['metadata']) ?? {};
    return { ...object, apiVersion: String(object.apiVersion), kind, metadata };
}

;// CONCATENATED MODULE: ./src/manifest/adopt/istio.ts



/** Reads a networking.istio.io VirtualService that has at least one http[].fault. */
function adoptIstio(value, ctx) {
    const sink = new IssueSink(ctx);
    const metadata = (0,plain/* recordAt */.zR)(value, ['metadata']);
    const namespace = resolveNamespace(metadata, ctx, sink);
    const actions = new Set();
    let maxPercent = 0;
    (0,plain/* listAt */.gT)(value, ['spec', 'http']).forEach((route, i) => {
        if (!(0,plain/* isRecord */.u4)(route) || !(0,plain/* isRecord */.u4)(route.fault))
            return;
        const path = ['spec', 'http', i, 'fault'];
        for (const [action, percent] of istio_readFault(route.fault, path, sink)) {
            actions.add(action);
            maxPercent = Math.max(maxPercent, percent);
        }
    });
    if (ctx.durationMs === undefined) {
        sink.add(['kind'], 'duration/missing', 'a VirtualService has no duration of its own, so the gate cannot tell how long to keep the fault applied', {
            hint: durationHint(ctx, 'VirtualService')
        });
    }
    if (sink.hasErrors || ctx.durationMs === undefined)
        return { issues: sink.issues };
    const object = (0,plain/* cloneRecord */.vq)(value);
    object.metadata = { ...(metadata ?? {}), ...(namespace === undefined ? {} : { namespace }) };
    const targets = {
        resource: 'traffic',
        namespaces: namespace === undefined ? [] : [namespace],
        mode: { kind: 'percent', percent: maxPercent },
        location: sink.at(['spec', 'http'])
    };
    const action = [...actions].join('+');
    const site = {
        kind: 'VirtualService',
        action,
        targets,
        durationMs: ctx.durationMs,
        location: sink.at(['spec', 'http']),
        durationLocation: ctx.durationLocation ?? sink.at([])
    };
    const name = objectName(metadata);
    const kube = {
        ...object,
        apiVersion: String(object.apiVersion),
        kind: 'VirtualService',
        metadata: (0,plain/* recordAt */.zR)(object, ['metadata']) ?? {}
    };
    return {
        adopted: {
            backend: 'kubernetes',
            kind: 'VirtualService',
            action,
            object: kube,
            targets,
            durationMs: ctx.durationMs,
            sites: [site],
            ...(name === undefined ? {} : { name }),
            ...(namespace === undefined ? {} : { namespace })
        },
        issues: sink.issues
    };
}
/** The actions of one route's fault and the share of requests each affects (0–100). */
function istio_readFault(fault, path, sink) {
    const out = [];
    if ((0,plain/* isRecord */.u4)(fault.delay)) {
        const delay = fault.delay;
        const fixed = delay.fixedDelay;
        if (typeof fixed !== 'string' || !GO_DURATION.test(fixed)) {
            sink.add([...path, 'delay', 'fixedDelay'], 'istio/fault', `fault.delay.fixedDelay must be a duration like '5s'; got ${(0,plain/* quote */.hD)(fixed)}`);
        }
        out.push(['delay', readPercent(delay, [...path, 'delay'], sink)]);
    }
    if ((0,plain/* isRecord */.u4)(fault.abort)) {
        const abort = fault.abort;
        const status = abort.httpStatus;
        if (abort.grpcStatus === undefined &&
            abort.http2Error === undefined &&
            !(Number.isInteger(status) && Number(status) >= 200 && Number(status) <= 599)) {
            sink.add([...path, 'abort'], 'istio/fault', `fault.abort needs httpStatus between 200 and 599 (or grpcStatus); got ${(0,plain/* quote */.hD)(status)}`);
        }
        out.push(['abort', readPercent(abort, [...path, 'abort'], sink)]);
    }
    if (out.length === 0)
        sink.add(path, 'istio/fault', 'the fault has neither delay nor abort', {
            expected: 'fault.delay or fault.abort'
        });
    return out;
}
/** Istio's `percentage.value` (0–100, fractional), or the deprecated integer `percent`; 100 when neither is set. */
function readPercent(action, path, sink) {
    const value = (0,plain/* recordAt */.zR)(action, ['percentage'])?.value;
    if (value !== undefined) {
        if (typeof value === 'number' && value >= 0 && value <= 100)
            return value;
        sink.add([...path, 'percentage', 'value'], 'istio/fault', `percentage.value must be a number from 0 to 100; got ${(0,plain/* quote */.hD)(value)}`);
        return 0;
    }
    if (action.percent !== undefined) {
        sink.add([...path, 'percent'], 'istio/deprecated', "'percent' is deprecated in Istio; use percentage: {value: N}", { severity: 'warning' });
        return typeof action.percent === 'number' ? action.percent : 0;
    }
    return 100;
}

;// CONCATENATED MODULE: ./src/manifest/adopt/litmus/litmus-env.ts

/** Env names read as durations in seconds. */
const SECONDS_ENV = ['TOTAL_CHAOS_DURATION', 'CHAOS_INTERVAL', 'RAMP_TIME'];
/** Env names read as percentages. */
const PERCENT_ENV = ['PODS_AFFECTED_PERC', 'NODES_AFFECTED_PERC'];
/** Reads `components.env` at `path` (relative to the engine). */
function readEnv(list, path, sink) {
    const values = new Map();
    if (list !== undefined && !Array.isArray(list))
        sink.add(path, 'litmus/env', 'components.env must be a list of {name, value}');
    (Array.isArray(list) ? list : []).forEach((entry, index) => {
        if (!(0,plain/* isRecord */.u4)(entry) || typeof entry.name !== 'string') {
            sink.add([...path, index], 'litmus/env', 'each env entry needs a name');
            return;
        }
        const { name, value } = entry;
        if (value === undefined || value === null) {
            if (entry.valueFrom === undefined)
                values.set(name, { value: '', index });
            return;
        }
        if (typeof value !== 'string') {
            sink.add([...path, index, 'value'], 'litmus/env-type', `env ${name} must be a string (the ChaosEngine CRD types env values so); got ${(0,plain/* quote */.hD)(value)}`, {
                hint: `Quote it: value: '${JSON.stringify(value)}'.`
            });
            return;
        }
        values.set(name, { value, index });
    });
    const env = {
        get: (name) => values.get(name)?.value,
        path: (name) => {
            const found = values.get(name);
            return found === undefined ? path : [...path, found.index, 'value'];
        },
        seconds: (name) => {
            const v = values.get(name)?.value.trim();
            return v === undefined || !/^\d+$/.test(v) ? undefined : Number(v);
        },
        percent: (name) => {
            const v = values.get(name)?.value.trim();
            const n = v === undefined || !/^\d+$/.test(v) ? 0 : Number(v);
            return n > 0 && n <= 100 ? n : undefined;
        }
    };
    for (const name of SECONDS_ENV) {
        const v = env.get(name)?.trim();
        if (v !== undefined && v !== '' && !/^\d+$/.test(v)) {
            sink.add(env.path(name), 'duration/invalid', `${name} must be a whole number of seconds such as '60'; got ${(0,plain/* quote */.hD)(v)}`, {
                hint: 'Litmus reads these env values as seconds, without a unit.'
            });
        }
    }
    for (const name of PERCENT_ENV) {
        const v = env.get(name)?.trim();
        if (v !== undefined && v !== '' && !(/^\d+$/.test(v) && Number(v) <= 100)) {
            sink.add(env.path(name), 'litmus/percentage', `${name} must be a whole percentage from 0 to 100; got ${(0,plain/* quote */.hD)(v)}`);
        }
    }
    return env;
}

// EXTERNAL MODULE: ./src/manifest/adopt/litmus/litmus-result-name.ts
var litmus_result_name = __webpack_require__(39483);
;// CONCATENATED MODULE: ./src/manifest/rules/placeholders.ts

const PLACEHOLDER = /<(?!\/)([A-Za-z][\w .,'-]{0,60}?)>/;
/** A whole value like `your-project-id` or `YOUR_REGION`, as cloud docs write them. */
const YOUR_VALUE = /^your[-_][A-Za-z0-9_-]+$/i;
/** A `placeholder` or `xxx` token inside a value: `instance-id-placeholder`, `nginx.xxx.com`. */
const TOKEN = /(^|[^A-Za-z0-9])(placeholder|x{3,})([^A-Za-z0-9]|$)/i;
/** Flags every string value in the document that contains a documentation placeholder. */
const placeholders = ({ doc }) => {
    const issues = [];
    const walk = (node, path) => {
        if (typeof node === 'string') {
            const found = placeholderIn(node);
            if (found !== undefined) {
                issues.push({
                    ...doc.locate(path),
                    severity: 'error',
                    code: 'placeholder',
                    message: `'${found}' looks like a placeholder left from documentation`,
                    hint: 'Replace it with the real value.'
                });
            }
        }
        else if (Array.isArray(node))
            node.forEach((item, i) => walk(item, [...path, i]));
        else if ((0,plain/* isRecord */.u4)(node))
            for (const [k, v] of Object.entries(node))
                walk(v, [...path, k]);
    };
    walk(doc.value, []);
    return issues;
};
/** The placeholder in `value`, if it has one. */
function placeholderIn(value) {
    const trimmed = value.trim();
    if (YOUR_VALUE.test(trimmed))
        return trimmed;
    const token = TOKEN.exec(value);
    if (token)
        return trimmed.length <= 60 ? trimmed : (token[2] ?? '');
    return value.includes('</') ? undefined : PLACEHOLDER.exec(value)?.[0];
}

;// CONCATENATED MODULE: ./src/manifest/adopt/litmus/litmus-targets.ts



/** Experiments that act on nodes, by name. */
const NODE_FAULT = /^(node-|kubelet-service-kill$|docker-service-kill$)/;
/** Experiments that act outside the cluster (cloud APIs, VMs, load generators). */
const EXTERNAL_FAULT = /^(aws-|ec2-|ebs-|rds-|azure-|gcp-|vm-|vmware-|k6-)/;
const APP_KINDS = [
    '',
    'deployment',
    'statefulset',
    'daemonset',
    'deploymentconfig',
    'rollout',
    'job'
];
/** The targets of experiment `name`, or undefined (with an issue) when it selects nothing. */
function litmusTargets(name, spec, env, envPath, sink) {
    if (EXTERNAL_FAULT.test(name))
        return {
            resource: 'external',
            namespaces: [],
            mode: { kind: 'unknown' },
            location: sink.at(envPath)
        };
    if (NODE_FAULT.test(name))
        return nodeTargets(env, envPath, sink);
    return podTargets(name, spec, env, sink);
}
function nodeTargets(env, envPath, sink) {
    const named = splitNames(env.get('TARGET_NODES') ?? env.get('TARGET_NODE'));
    const percent = env.percent('NODES_AFFECTED_PERC');
    const mode = named.length > 0
        ? { kind: 'count', count: named.length }
        : percent !== undefined
            ? { kind: 'percent', percent }
            : { kind: 'count', count: 1 };
    const label = env.get('NODE_LABEL')?.trim();
    const where = named.length > 0
        ? env.path(env.get('TARGET_NODES') === undefined ? 'TARGET_NODE' : 'TARGET_NODES')
        : envPath;
    return {
        resource: 'node',
        namespaces: [],
        mode,
        location: sink.at(where),
        ...(label ? { labelSelector: label } : {})
    };
}
function podTargets(name, spec, env, sink) {
    const app = readAppInfo(spec, sink);
    const selected = readSelectors(spec);
    const podNames = [...splitNames(env.get('TARGET_PODS')), ...selected.podNames];
    const labelSelector = app.label ?? selected.label;
    const namespaces = [
        ...new Set([...(app.namespace ? [app.namespace] : []), ...selected.namespaces])
    ];
    if (labelSelector === undefined && podNames.length === 0 && !selected.workloads) {
        sink.add(['spec', 'appinfo'], 'litmus/no-target', `experiment ${(0,plain/* quote */.hD)(name)} selects no pods: appinfo.applabel, spec.selectors and TARGET_PODS are all empty`, {
            expected: "appinfo: {appns: <namespace>, applabel: 'app=<name>', appkind: deployment}",
            hint: 'Fill in appinfo (litmus-go refuses to run without a target).'
        });
        return undefined;
    }
    if (namespaces.length === 0) {
        sink.add(['spec', 'appinfo'], 'litmus/appns', `experiment ${(0,plain/* quote */.hD)(name)} names no target namespace (appinfo.appns is empty)`, {
            hint: 'Set appinfo.appns to the namespace of the application under test.'
        });
        return undefined;
    }
    const percent = env.percent('PODS_AFFECTED_PERC');
    const targetPods = splitNames(env.get('TARGET_PODS'));
    const mode = targetPods.length > 0
        ? { kind: 'count', count: targetPods.length }
        : percent !== undefined
            ? { kind: 'percent', percent }
            : { kind: 'count', count: 1 };
    const location = sink.at(targetPods.length > 0
        ? env.path('TARGET_PODS')
        : percent !== undefined
            ? env.path('PODS_AFFECTED_PERC')
            : ['spec', 'appinfo']);
    return {
        resource: 'pod',
        namespaces,
        mode,
        location,
        ...(labelSelector === undefined ? {} : { labelSelector }),
        ...(podNames.length === 0 ? {} : { podNames })
    };
}
function readAppInfo(spec, sink) {
    const appinfo = spec.appinfo;
    if (appinfo === undefined)
        return {};
    if (!(0,plain/* isRecord */.u4)(appinfo)) {
        sink.add(['spec', 'appinfo'], 'litmus/appinfo', 'appinfo must be a mapping with appns, applabel and appkind');
        return {};
    }
    const kind = appinfo.appkind;
    if (kind !== undefined && (typeof kind !== 'string' || !APP_KINDS.includes(kind))) {
        sink.add(['spec', 'appinfo', 'appkind'], 'litmus/appinfo', `appkind must be one of ${APP_KINDS.filter(Boolean).join(', ')}; got ${(0,plain/* quote */.hD)(kind)}`);
    }
    const label = typeof appinfo.applabel === 'string' ? appinfo.applabel.trim() : '';
    // A placeholder (app=<your-app>) is reported by the placeholder rule; one error is enough.
    const problem = label === '' || placeholderIn(label) ? undefined : (0,label_selector/* labelSelectorProblem */.LE)(label);
    if (problem)
        sink.add(['spec', 'appinfo', 'applabel'], 'litmus/appinfo', `applabel is not a label selector: ${problem}`, { expected: "a selector such as 'app=nginx'" });
    const namespace = typeof appinfo.appns === 'string' ? appinfo.appns.trim() : '';
    return {
        ...(namespace === '' ? {} : { namespace }),
        ...(label === '' ? {} : { label })
    };
}
/** Litmus 3 `spec.selectors`: workloads by kind/name/labels, or pods by name, each with a namespace. */
function readSelectors(spec) {
    const namespaces = [];
    const podNames = [];
    let label;
    const workloads = (0,plain/* listAt */.gT)(spec, ['selectors', 'workloads']);
    for (const w of workloads) {
        const ns = (0,plain/* stringAt */.bX)(w, ['namespace']);
        if (ns)
            namespaces.push(ns);
        label ??= (0,plain/* stringAt */.bX)(w, ['labels']) || undefined;
    }
    for (const p of (0,plain/* listAt */.gT)(spec, ['selectors', 'pods'])) {
        const ns = (0,plain/* stringAt */.bX)(p, ['namespace']);
        if (ns)
            namespaces.push(ns);
        podNames.push(...splitNames((0,plain/* stringAt */.bX)(p, ['names'])));
    }
    return {
        namespaces,
        podNames,
        workloads: workloads.length > 0,
        ...(label === undefined ? {} : { label })
    };
}
function splitNames(list) {
    return (list ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
}

;// CONCATENATED MODULE: ./src/manifest/adopt/litmus/litmus.ts
/**
 * Reads a LitmusChaos ChaosEngine. The engine runs its experiments one after another; each is a
 * fault site with its own targets and TOTAL_CHAOS_DURATION. Probes and legacy fields are linted by
 * the rules (rules/litmus-*.ts); this file reads what the gate depends on.
 */






/** Reads a litmuschaos.io ChaosEngine. */
function adoptLitmus(value, ctx) {
    const sink = new IssueSink(ctx);
    const metadata = (0,plain/* recordAt */.zR)(value, ['metadata']);
    const namespace = resolveNamespace(metadata, ctx, sink);
    const spec = (0,plain/* recordAt */.zR)(value, ['spec']);
    if (spec === undefined) {
        sink.add([], 'litmus/spec', 'the ChaosEngine has no spec');
        return { issues: sink.issues };
    }
    checkEngine(spec, sink);
    const object = (0,plain/* cloneRecord */.vq)(value);
    const experiments = (0,plain/* listAt */.gT)(spec, ['experiments']);
    if (experiments.length === 0)
        sink.add(['spec'], 'litmus/experiments', 'spec.experiments must list at least one experiment', {
            expected: 'experiments: [{name: pod-delete}]'
        });
    const sites = experiments.flatMap((e, i) => readExperiment(e, i, spec, ctx, sink));
    if (sink.hasErrors)
        return { issues: sink.issues };
    const durations = sites.map((s) => s.durationMs);
    const durationMs = durations.every((d) => d !== undefined)
        ? durations.reduce((a, b) => a + b, 0)
        : undefined;
    if (ctx.durationMs !== undefined)
        fillDuration(object, ctx.durationMs);
    object.metadata = { ...(metadata ?? {}), ...(namespace === undefined ? {} : { namespace }) };
    const name = objectName(metadata);
    const [first] = sites;
    const adopted = {
        backend: 'litmus',
        kind: 'ChaosEngine',
        action: sites.map((s) => s.action).join('+'),
        object: litmus_toKubeObject(object),
        sites,
        ...(name === undefined ? {} : { name }),
        ...(namespace === undefined ? {} : { namespace }),
        ...(durationMs === undefined ? {} : { durationMs }),
        ...(sites.length === 1 && first?.targets !== undefined ? { targets: first.targets } : {})
    };
    return { adopted, issues: sink.issues };
}
function checkEngine(spec, sink) {
    const state = spec.engineState;
    if (state === 'stop')
        sink.add(['spec', 'engineState'], 'litmus/engine-state', "engineState is 'stop', so the engine would not run", { hint: "Set engineState: 'active' or leave it out." });
    else if (state !== undefined && state !== 'active')
        sink.add(['spec', 'engineState'], 'litmus/engine-state', `engineState must be 'active' or 'stop'; got ${(0,plain/* quote */.hD)(state)}`);
    const account = spec.chaosServiceAccount;
    if (typeof account !== 'string' || account.trim() === '') {
        sink.add(['spec'], 'litmus/service-account', 'chaosServiceAccount is missing: the runner would use the default service account, which cannot create experiment jobs', {
            expected: 'chaosServiceAccount: <a service account with the RBAC of the ChaosExperiment>',
            hint: 'Name the service account your Litmus setup created for this experiment (for example pod-delete-sa).'
        });
    }
    const policy = spec.jobCleanUpPolicy;
    if (policy !== undefined && policy !== 'delete' && policy !== 'retain')
        sink.add(['spec', 'jobCleanUpPolicy'], 'litmus/cleanup-policy', `jobCleanUpPolicy must be 'delete' or 'retain'; got ${(0,plain/* quote */.hD)(policy)}`);
}
function readExperiment(entry, index, spec, ctx, sink) {
    const path = ['spec', 'experiments', index];
    const name = (0,plain/* isRecord */.u4)(entry) ? entry.name : undefined;
    if (typeof name !== 'string' || name === '') {
        sink.add(path, 'litmus/experiments', 'each experiment needs the name of an installed ChaosExperiment');
        return [];
    }
    const envPath = [...path, 'spec', 'components', 'env'];
    const env = readEnv((0,plain/* recordAt */.zR)(entry, ['spec', 'components'])?.env, envPath, sink);
    const suffix = (0,litmus_result_name/* resultSuffix */.rv)(name, env.get('INSTANCE_ID'));
    if (suffix.length > litmus_result_name/* LITMUS_EXPERIMENT_PART_MAX */.SF)
        sink.add([...path, 'name'], 'litmus/name-too-long', `the ChaosResult of '${name}' would be named '<engine>-${suffix}', ${suffix.length + 1} characters beside the engine's name; Kubernetes allows ${litmus_result_name/* LITMUS_RESULT_NAME_MAX */.mx} in the label litmus-go puts it in`, {
            hint: `Use a ChaosExperiment (and INSTANCE_ID) of at most ${litmus_result_name/* LITMUS_EXPERIMENT_PART_MAX */.SF} characters together, for example by installing a copy under a shorter name.`
        });
    const targets = litmusTargets(name, spec, env, envPath, sink);
    const own = env.seconds('TOTAL_CHAOS_DURATION');
    const location = sink.at([...path, 'name']);
    const durationLocation = sink.at(env.get('TOTAL_CHAOS_DURATION') === undefined ? envPath : env.path('TOTAL_CHAOS_DURATION'));
    if (own !== undefined && ctx.durationMs !== undefined && own * 1000 !== ctx.durationMs) {
        sink.add(env.path('TOTAL_CHAOS_DURATION'), 'duration/conflict', `TOTAL_CHAOS_DURATION '${own}' differs from the Experiment's spec.duration (${(0,duration/* toGoDuration */.Im)(ctx.durationMs)})`, { hint: 'Keep one of the two.' });
    }
    const durationMs = own !== undefined ? own * 1000 : ctx.durationMs;
    return [
        {
            kind: 'ChaosEngine',
            action: name,
            location,
            durationLocation,
            ...(targets === undefined ? {} : { targets }),
            ...(durationMs === undefined ? {} : { durationMs })
        }
    ];
}
/** Writes the Experiment's duration into every experiment that does not set TOTAL_CHAOS_DURATION. */
function fillDuration(object, ms) {
    const seconds = String(Math.round(ms / 1000));
    const spec = (0,plain/* recordAt */.zR)(object, ['spec']);
    if (spec === undefined)
        return;
    const experiments = (0,plain/* listAt */.gT)(spec, ['experiments']).map((e) => {
        if (!(0,plain/* isRecord */.u4)(e))
            return e;
        const components = (0,plain/* recordAt */.zR)(e, ['spec', 'components']) ?? {};
        const env = (0,plain/* listAt */.gT)(components, ['env']);
        if (env.some((v) => (0,plain/* isRecord */.u4)(v) &&
            v.name === 'TOTAL_CHAOS_DURATION' &&
            typeof v.value === 'string' &&
            v.value.trim() !== ''))
            return e;
        const kept = env.filter((v) => !((0,plain/* isRecord */.u4)(v) && v.name === 'TOTAL_CHAOS_DURATION'));
        const filled = [...kept, { name: 'TOTAL_CHAOS_DURATION', value: seconds }];
        return {
            ...e,
            spec: { ...((0,plain/* recordAt */.zR)(e, ['spec']) ?? {}), components: { ...components, env: filled } }
        };
    });
    object.spec = { ...spec, experiments };
}
function litmus_toKubeObject(object) {
    return {
        ...object,
        apiVersion: String(object.apiVersion),
        kind: 'ChaosEngine',
        metadata: (0,plain/* recordAt */.zR)(object, ['metadata']) ?? {}
    };
}

;// CONCATENATED MODULE: ./src/manifest/adopt/adopt-object.ts





/** Reads a backend object of a known family. */
function adoptObject(family, value, ctx) {
    if (!(0,plain/* isRecord */.u4)(value))
        return { issues: [] };
    if (family === 'litmus')
        return adoptLitmus(value, ctx);
    if (family === 'chaos-mesh')
        return adoptChaosMesh(value, ctx);
    return adoptIstio(value, ctx);
}
/** A backend object committed as-is becomes an experiment named after the object. */
function plannedFromObject(doc, family, namespace) {
    const result = adoptObject(family, doc.value, {
        locate: doc.locate,
        base: [],
        ...(namespace === undefined ? {} : { namespace })
    });
    const adopted = result.adopted;
    if (!adopted)
        return { issues: result.issues };
    const nameProblem = experimentNameProblem(adopted.name);
    if (nameProblem) {
        return {
            issues: [
                ...result.issues,
                {
                    ...doc.locate(['metadata', 'name']),
                    severity: 'error',
                    code: 'name/invalid',
                    message: nameProblem,
                    hint: 'Rename the object, or wrap it in an Experiment whose metadata.name is a DNS-1123 label.'
                }
            ]
        };
    }
    const experiment = {
        name: adopted.name ?? '',
        source: doc.start,
        locate: doc.locate,
        backend: adopted.backend,
        kind: adopted.kind,
        fault: { kind: 'kube-object', object: adopted.object },
        expect: 'pass',
        ...(adopted.action === undefined ? {} : { action: adopted.action }),
        ...(adopted.namespace === undefined ? {} : { namespace: adopted.namespace }),
        ...(adopted.targets === undefined ? {} : { targets: adopted.targets }),
        ...(adopted.durationMs === undefined ? {} : { durationMs: adopted.durationMs })
    };
    return { planned: { experiment, sites: adopted.sites, doc }, issues: result.issues };
}
/** Why `name` cannot name an experiment, or undefined. */
function experimentNameProblem(name) {
    if (name === undefined || name === '')
        return 'the object has no metadata.name (or generateName) to name the experiment';
    if (name.length > 63 || !DNS_LABEL_PATTERN.test(name)) {
        return `'${name}' cannot name an experiment: it must be a DNS-1123 label (lower-case letters, digits and '-', at most 63 characters)`;
    }
    return undefined;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/manifest/adopt/litmus/argo-workflow.ts
/**
 * Argo Workflows (as ChaosCenter generates them) embed Litmus objects as YAML strings in
 * `raw.data` artifacts. The gate does not run Argo; it names the embedded ChaosEngines and says how
 * to run them directly, instead of failing on a workflow it cannot read.
 */


/** The issue for an Argo Workflow, CronWorkflow or template. */
function explainArgoWorkflow(doc, kind) {
    const embedded = embeddedObjects(doc.value);
    const engines = embedded.filter((e) => e.kind === 'ChaosEngine');
    const first = engines[0];
    const where = doc.locate(first?.path ?? ['kind']);
    const base = { ...where, severity: 'error', code: 'argo/unsupported' };
    if (!first) {
        return {
            ...base,
            message: `an Argo ${kind} with no embedded ChaosEngine; the gate does not run Argo workflows`,
            hint: 'Run it with Argo, or move it out of the experiments globs.'
        };
    }
    const names = engines.map((e) => e.name).join(', ');
    return {
        ...base,
        message: `an Argo ${kind} that runs ${engines.length} ChaosEngine${engines.length === 1 ? '' : 's'} (${names}) from raw.data artifacts; the gate does not run Argo workflows yet`,
        hint: 'Copy each ChaosEngine out of its raw.data into its own file under experiments/ (replace {{workflow.parameters.*}} with real values); install the ChaosExperiments it uses with your Litmus setup.'
    };
}
/** Kubernetes objects found in the workflow's `raw.data` artifacts, in document order. */
function embeddedObjects(workflow) {
    const specPaths = [['spec'], ['spec', 'workflowSpec']];
    const found = [];
    for (const specPath of specPaths) {
        (0,plain/* listAt */.gT)(workflow, [...specPath, 'templates']).forEach((template, t) => {
            (0,plain/* listAt */.gT)(template, ['inputs', 'artifacts']).forEach((artifact, a) => {
                const data = (0,plain/* stringAt */.bX)(artifact, ['raw', 'data']);
                if (data === undefined)
                    return;
                const path = [...specPath, 'templates', t, 'inputs', 'artifacts', a, 'raw', 'data'];
                for (const object of readObjects(data))
                    found.push({ ...object, path });
            });
        });
    }
    return found;
}
/**
 * The kind and name of each object in an artifact. The text often contains Argo `{{…}}`
 * expressions that are not valid YAML until Argo substitutes them, so a regex is the fallback.
 */
function readObjects(data) {
    try {
        const docs = (0,dist.parseAllDocuments)(data, { prettyErrors: false, logLevel: 'error' });
        const objects = docs.flatMap((d) => {
            if (d.errors.length > 0)
                return [];
            const value = d.toJS({ maxAliasCount: 10 });
            if (!(0,plain/* isRecord */.u4)(value) || typeof value.kind !== 'string')
                return [];
            const name = (0,plain/* stringAt */.bX)(value, ['metadata', 'name']) ?? (0,plain/* stringAt */.bX)(value, ['metadata', 'generateName']);
            return [{ kind: value.kind, name: name ?? 'unnamed' }];
        });
        if (objects.length > 0)
            return objects;
    }
    catch {
        // Fall through to the textual scan.
    }
    const kind = /^\s*kind:\s*["']?(\w+)/m.exec(data)?.[1];
    const name = /^\s*(?:generateName|name):\s*["']?([^\s"'#]+)/m.exec(data)?.[1];
    return kind === undefined ? [] : [{ kind, name: name ?? 'unnamed' }];
}

;// CONCATENATED MODULE: ./src/manifest/classify/not-run.ts


/** The Chaos Mesh kind a user writes instead of each controller-internal kind. */
const INTERNAL_SOURCES = {
    PodNetworkChaos: 'NetworkChaos',
    PodIOChaos: 'IOChaos',
    PodHttpChaos: 'HTTPChaos',
    WorkflowNode: 'Workflow'
};
/** The issue for a recognised document the gate does not run. */
function explainNotRun(doc, reason) {
    const kind = (0,plain/* stringAt */.bX)(doc.value, ['kind']) ?? 'document';
    const name = (0,plain/* stringAt */.bX)(doc.value, ['metadata', 'name']) ?? (0,plain/* stringAt */.bX)(doc.value, ['metadata', 'generateName']);
    const what = name === undefined ? kind : `${kind} '${name}'`;
    return {
        ...doc.locate(reason === 'toxiproxy-config' ? [] : ['kind']),
        ...explain(reason, kind, what)
    };
}
/** What to say about each reason, given the kind and `Kind 'name'`. */
const EXPLANATIONS = {
    'toxiproxy-config': () => ({
        severity: 'notice',
        code: 'toxiproxy/config',
        message: 'a Toxiproxy config file (its JSON list of proxies): toxiproxy-server -config creates these proxies at start; the gate does not create them',
        hint: 'To fault one, write an Experiment with spec.toxiproxy.proxy naming it (the proxy must exist on the server; preflight checks).'
    }),
    'chaos-mesh-internal': (kind, what) => ({
        severity: 'error',
        code: 'chaos-mesh/internal-kind',
        message: `${what} is created and managed by the Chaos Mesh controller; applying one by hand interferes with running chaos`,
        hint: `Delete this document and write a ${INTERNAL_SOURCES[kind] ?? 'Chaos Mesh fault'} instead.`
    }),
    'chaos-mesh-support': (kind, what) => ({
        severity: 'warning',
        code: 'chaos-mesh/not-an-experiment',
        message: `${what} is not run: ${kinds/* CHAOS_MESH_SUPPORT_KINDS */.rd[kind] ?? 'it is not an experiment'}`
    }),
    'istio-no-fault': (_kind, what) => ({
        severity: 'error',
        code: 'istio/no-fault',
        message: `${what} has no http[].fault, so it would inject nothing`,
        expected: 'at least one http route with fault.delay or fault.abort',
        hint: 'Add a fault to a route (fault: {delay: {fixedDelay: 2s, percentage: {value: 10}}}), or move plain routing config out of the experiments globs.'
    }),
    'istio-config': (_kind, what) => ({
        severity: 'warning',
        code: 'istio/not-an-experiment',
        message: `${what} is Istio routing configuration, not a fault; the gate does not apply it`,
        hint: "Apply it with your deploy; fault injection belongs in a VirtualService's http[].fault."
    }),
    kubernetes: (_kind, what) => ({
        severity: 'warning',
        code: 'kubernetes/not-an-experiment',
        message: `${what} is cluster setup, not an experiment; the gate does not apply it`,
        hint: 'Apply it with your deploy (for example the RBAC of a chaos service account), or move it out of the experiments globs.'
    }),
    'litmus-ChaosExperiment': (_kind, what) => ({
        severity: 'notice',
        code: 'litmus/chaos-experiment',
        message: `${what} is a Litmus fault definition, not a run: the gate never installs it; it must already be installed in the namespace of each ChaosEngine that uses it (preflight checks)`,
        hint: 'Install ChaosExperiments with your Litmus setup (for example from ChaosHub); ChaosEngines are what the gate runs.'
    }),
    'litmus-ChaosSchedule': (_kind, what) => ({
        severity: 'warning',
        code: 'litmus/chaos-schedule',
        message: `${what} repeats on its own clock, so the gate cannot give it a verdict and does not run it`,
        hint: 'To gate on it, write its spec.engineTemplateSpec as the spec of a ChaosEngine (apiVersion: litmuschaos.io/v1alpha1, kind: ChaosEngine).'
    }),
    'litmus-ChaosResult': (_kind, what) => ({
        severity: 'warning',
        code: 'litmus/chaos-result',
        message: `${what} is written by a Litmus experiment pod; it is an output, not an input, and the gate does not apply it`,
        hint: 'Remove it from the experiments globs.'
    })
};
function explain(reason, kind, what) {
    const factory = EXPLANATIONS[reason];
    return factory
        ? factory(kind, what)
        : { severity: 'error', code: 'kind/unknown', message: `${what} is not supported` };
}
/** True when a VirtualService has at least one http route with a fault. */
function hasIstioFault(value) {
    return (0,plain/* listAt */.gT)(value, ['spec', 'http']).some((route) => (0,plain/* isRecord */.u4)(route) && (0,plain/* isRecord */.u4)(route.fault));
}
/** The shape of an AWS FIS experiment template: targets, actions and a stop condition or role. */
function isAwsFisTemplate(value) {
    return ((0,plain/* isRecord */.u4)(value.actions) &&
        ((0,plain/* isRecord */.u4)(value.targets) || value.targets === undefined) &&
        (Array.isArray(value.stopConditions) || typeof value.roleArn === 'string'));
}
/** A Toxiproxy config file: a non-empty list of proxies, each with name, listen and upstream. */
function isToxiproxyConfig(value) {
    return (Array.isArray(value) &&
        value.length > 0 &&
        value.every((p) => (0,plain/* isRecord */.u4)(p) &&
            typeof p.name === 'string' &&
            typeof p.listen === 'string' &&
            typeof p.upstream === 'string'));
}

;// CONCATENATED MODULE: ./src/manifest/classify/suggest.ts
/**
 * "Did you mean" for misspelt kinds and groups. Case-insensitive edit distance; only close
 * matches are offered, so a suggestion is a likely fix rather than noise.
 */
/** The candidate closest to `input`, when it is within a small edit distance. */
function closest(input, candidates) {
    const lower = input.toLowerCase();
    let best;
    let bestDistance = Math.max(2, Math.floor(input.length / 4)) + 1;
    for (const candidate of candidates) {
        const d = editDistance(lower, candidate.toLowerCase());
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}
/** Levenshtein distance, two rows at a time. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}
/** `Did you mean 'x'?`, when a candidate is close to `input`. */
function didYouMean(input, candidates) {
    const match = closest(input, candidates);
    return match === undefined || match === input ? undefined : `Did you mean '${match}'?`;
}

;// CONCATENATED MODULE: ./src/manifest/classify/classify.ts





/** Classifies one document. */
function classify(doc) {
    const value = doc.value;
    if (isToxiproxyConfig(value))
        return notRun('toxiproxy-config', explainNotRun(doc, 'toxiproxy-config'));
    if (!(0,plain/* isRecord */.u4)(value))
        return notRun('invalid', issue(doc, [], 'document/not-object', notObject(value)));
    const { apiVersion, kind } = value;
    if (apiVersion === undefined && kind === undefined) {
        if (isAwsFisTemplate(value))
            return experiment('aws-fis', 'ExperimentTemplate', 'aws-fis');
        return notRun('invalid', issue(doc, [], 'document/not-kubernetes', NOT_KUBERNETES));
    }
    if (typeof apiVersion !== 'string' || apiVersion === '')
        return notRun('invalid', issue(doc, ['apiVersion'], 'document/api-version', 'apiVersion is missing or not a string'));
    if (typeof kind !== 'string' || kind === '')
        return notRun('invalid', issue(doc, ['kind'], 'document/kind', 'kind is missing or not a string'));
    const { group, version } = (0,kinds/* splitApiVersion */.Np)(apiVersion);
    const versions = kinds/* GROUP_VERSIONS */.Om[group];
    if (versions === undefined)
        return classifyOtherGroup(doc, group, kind);
    if (!versions.includes(version)) {
        return notRun(`${group}/${kind}`, {
            ...issue(doc, ['apiVersion'], 'kind/unknown-version', `unknown version '${version}' of ${group}`),
            expected: versions.map((v) => `${group}/${v}`).join(', ')
        });
    }
    return classifyKnownGroup(doc, group, kind);
}
function classifyKnownGroup(doc, group, kind) {
    const label = `${labelOf(group)}/${kind}`;
    const known = kinds/* KNOWN_KINDS */.KO[group] ?? [];
    if (!known.includes(kind)) {
        const hint = didYouMean(kind, known);
        return notRun(label, {
            ...issue(doc, ['kind'], 'kind/unknown', `unknown kind '${kind}' in ${group}`),
            expected: known.join(', '),
            ...(hint ? { hint } : {})
        });
    }
    if (group === kinds/* GATE_GROUP */.G$ && kind === kinds/* EXPERIMENT_KIND */.vd)
        return experiment('gate', kind, label);
    if (group === kinds/* LITMUS_GROUP */.jd && kind === 'ChaosEngine')
        return experiment('litmus', kind, label);
    if (group === kinds/* CHAOS_MESH_GROUP */.BK && kinds/* CHAOS_MESH_RUNNABLE_KINDS */.j0.includes(kind))
        return experiment('chaos-mesh', kind, label);
    if (group === kinds/* ISTIO_GROUP */.nu && kind === 'VirtualService' && hasIstioFault(doc.value))
        return experiment('istio', kind, label);
    if (group === kinds/* ARGO_GROUP */.M1)
        return notRun(label, explainArgoWorkflow(doc, kind));
    if (group === kinds/* CHAOS_MESH_GROUP */.BK && kinds/* CHAOS_MESH_INTERNAL_KINDS */.$8.includes(kind))
        return notRun(label, explainNotRun(doc, 'chaos-mesh-internal'));
    if (group === kinds/* CHAOS_MESH_GROUP */.BK && kind in kinds/* CHAOS_MESH_SUPPORT_KINDS */.rd)
        return notRun(label, explainNotRun(doc, 'chaos-mesh-support'));
    if (group === kinds/* ISTIO_GROUP */.nu)
        return notRun(label, explainNotRun(doc, kind === 'VirtualService' ? 'istio-no-fault' : 'istio-config'));
    return notRun(label, explainNotRun(doc, `litmus-${kind}`));
}
function classifyOtherGroup(doc, group, kind) {
    if (kinds/* KUBERNETES_GROUPS */.cS.includes(group))
        return notRun(`kubernetes/${kind}`, explainNotRun(doc, 'kubernetes'));
    const groups = Object.keys(kinds/* GROUP_VERSIONS */.Om);
    const suggestion = didYouMean(group, groups);
    return notRun('unknown', {
        ...issue(doc, ['apiVersion'], 'kind/unknown-group', `unknown API group '${group}' (kind ${kind})`),
        expected: `one of ${groups.join(', ')}`,
        hint: suggestion ??
            'Experiments are LitmusChaos ChaosEngines, Chaos Mesh objects, Istio VirtualServices with a fault, or chaos-gate.dev/v1alpha1 Experiments.'
    });
}
function labelOf(group) {
    const labels = {
        [kinds/* GATE_GROUP */.G$]: 'chaos-gate',
        [kinds/* LITMUS_GROUP */.jd]: 'litmus',
        [kinds/* CHAOS_MESH_GROUP */.BK]: 'chaos-mesh',
        [kinds/* ISTIO_GROUP */.nu]: 'istio',
        [kinds/* ARGO_GROUP */.M1]: 'argo'
    };
    return labels[group] ?? group;
}
const NOT_KUBERNETES = 'not a Kubernetes object or an Experiment: apiVersion and kind are missing';
function notObject(value) {
    const type = Array.isArray(value) ? 'a list' : `a ${typeof value}`;
    return `the document is ${type}, not a mapping`;
}
function experiment(family, kind, label) {
    return { outcome: 'experiment', family, kind, label };
}
function notRun(label, problem) {
    return { outcome: 'not-run', label, issue: problem };
}
function issue(doc, path, code, message) {
    return {
        ...doc.locate(path),
        severity: 'error',
        code,
        message,
        expected: 'an object with apiVersion and kind, for example apiVersion: chaos-gate.dev/v1alpha1 and kind: Experiment'
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/manifest/experiment/schema-issues.ts
/**
 * Turns zod issues into Issues users can act on: the field's `file:line:col`, the value they wrote,
 * what was expected, and for a misspelt key the field they probably meant.
 */



/** A dotted path as users read it: `spec.steadyState.checks[0].threshold`. */
function formatPath(path) {
    let text = '';
    for (const step of path)
        text += typeof step === 'number' ? `[${step}]` : text === '' ? step : `.${step}`;
    return text;
}
/**
 * How many documents one schema checks before zod may compile its objects' fast path. zod builds
 * that path with `new Function` on an object schema's first parse, which costs more than checking
 * a few documents without it (`validate` of 10 manifests: 2% of its instructions on Node 20 and
 * 24). A schema that checks many documents (manifest-scale's thousands) still gets it after these.
 */
const PARSES_BEFORE_JIT = 50;
const parses = new WeakMap();
/** Validates `value` against `schema`; issues are placed with `locate` under `base`. */
function parseWithSchema(schema, value, locate, base = []) {
    const count = (parses.get(schema) ?? 0) + 1;
    parses.set(schema, count);
    const result = schema.safeParse(value, { reportInput: true, jitless: count <= PARSES_BEFORE_JIT });
    if (result.success)
        return { data: result.data, issues: [] };
    return { issues: result.error.issues.map((i) => toIssue(i, schema, locate, base)) };
}
function toIssue(zi, schema, locate, base) {
    const path = [...base, ...zi.path.filter((p) => typeof p !== 'symbol')];
    const local = zi.path.filter((p) => typeof p !== 'symbol');
    const name = formatPath(path);
    const described = describe(zi, schema, local);
    const keyPath = zi.code === 'unrecognized_keys' && zi.keys[0] !== undefined ? [...path, zi.keys[0]] : path;
    return {
        ...locate(keyPath),
        severity: 'error',
        code: described.code,
        path: name,
        message: described.subject === false
            ? described.message
            : `${name || 'the document'} ${described.message}`,
        ...(described.expected === undefined ? {} : { expected: described.expected }),
        ...(described.hint === undefined ? {} : { hint: described.hint })
    };
}
function describe(zi, schema, local) {
    switch (zi.code) {
        case 'invalid_type':
            return zi.input === undefined
                ? { code: 'schema/required', message: 'is required', expected: expectedName(zi.expected) }
                : {
                    code: 'schema/type',
                    message: `must be ${expectedName(zi.expected)}; got ${described(zi.input)}`,
                    ...(zi.expected === 'string' && typeof zi.input === 'number'
                        ? { hint: `Quote it, with a unit if it is a duration: '${zi.input}s'.` }
                        : {})
                };
        case 'unrecognized_keys': {
            const known = shapeKeys(schema, local);
            const key = zi.keys[0] ?? '';
            const more = zi.keys.length > 1 ? ` (and ${zi.keys.slice(1).join(', ')})` : '';
            const hint = didYouMean(key, known);
            return {
                code: 'schema/unknown-field',
                message: `has an unknown field '${key}'${more}`,
                ...(known.length > 0 ? { expected: `one of ${known.join(', ')}` } : {}),
                ...(hint ? { hint } : {})
            };
        }
        case 'invalid_value': {
            const options = zi.values.map(String);
            const got = zi.input === undefined ? 'nothing' : (0,plain/* quote */.hD)(zi.input);
            const hint = didYouMean(String(zi.input), options);
            return {
                code: 'schema/value',
                message: `must be ${options.length === 1 ? (0,plain/* quote */.hD)(options[0]) : `one of ${options.join(', ')}`}; got ${got}`,
                ...(hint ? { hint } : {})
            };
        }
        case 'too_small':
        case 'too_big':
            return { code: 'schema/range', message: `${rangeText(zi)}; got ${(0,plain/* quote */.hD)(zi.input)}` };
        case 'invalid_format':
            return { code: 'schema/format', message: `${zi.message}; got ${(0,plain/* quote */.hD)(zi.input)}` };
        case 'invalid_union':
            return {
                code: 'schema/type',
                message: `does not match any allowed form; got ${(0,plain/* quote */.hD)(zi.input)}`
            };
        default:
            return {
                code: 'schema/invalid',
                message: zi.input === undefined ? zi.message : `${zi.message}; got ${(0,plain/* quote */.hD)(zi.input)}`
            };
    }
}
function rangeText(zi) {
    const small = zi.code === 'too_small';
    const limit = small ? zi.minimum : zi.maximum;
    const inclusive = zi.inclusive !== false;
    if (zi.origin === 'array')
        return `must have ${small ? 'at least' : 'at most'} ${String(limit)} item${limit === 1 ? '' : 's'}`;
    if (zi.origin === 'string')
        return `must be ${small ? 'at least' : 'at most'} ${String(limit)} character${limit === 1 ? '' : 's'} long`;
    const relation = small
        ? inclusive
            ? 'at least'
            : 'more than'
        : inclusive
            ? 'at most'
            : 'less than';
    return `must be ${relation} ${String(limit)}`;
}
/** `a mapping`, `a list`, `a number`: the YAML words for JSON types. */
function expectedName(type) {
    const names = {
        object: 'a mapping',
        array: 'a list',
        int: 'a whole number'
    };
    return names[type] ?? `a ${type}`;
}
/** `null`, `a list [1,2]`, `a string 'x'`. */
function described(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return `a list ${(0,plain/* quote */.hD)(value)}`;
    if (typeof value === 'object')
        return 'a mapping';
    return `a ${typeof value} ${(0,plain/* quote */.hD)(value)}`;
}
/** The keys an object schema allows at `path`, for "did you mean". */
function shapeKeys(schema, path) {
    let here = schema;
    for (const step of path)
        here = here === undefined ? undefined : childSchema(unwrap(here), step);
    const target = here === undefined ? undefined : unwrap(here);
    return target instanceof schemas/* ZodObject */.bvH ? Object.keys(target.shape) : [];
}
function unwrap(s) {
    let here = s;
    for (let i = 0; i < 10; i++) {
        if (here instanceof schemas/* ZodOptional */.IiU || here instanceof schemas/* ZodDefault */.XiL)
            here = here.unwrap();
        else if (here instanceof schemas/* ZodLazy */.Ihb)
            here = here.unwrap();
        else if (here instanceof schemas/* ZodPipe */.utH)
            here = here.in;
        else
            return here;
    }
    return here;
}
function childSchema(s, step) {
    if (s instanceof schemas/* ZodArray */.naA)
        return s.element;
    if (s instanceof schemas/* ZodObject */.bvH) {
        const shape = s._zod.def.shape;
        return shape[String(step)];
    }
    if (s instanceof schemas/* ZodUnion */.fZ7) {
        for (const option of s.options) {
            const found = childSchema(unwrap(option), step);
            if (found)
                return found;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/manifest/adopt/aws-fis-template.ts
/**
 * An AWS FIS experiment template (the CreateExperimentTemplate request body: description, targets,
 * actions, stopConditions, roleArn, tags), read for the gate: each target's selection mode as a
 * declared target count for the policy, and the longest action duration (ISO 8601) as the
 * experiment's duration. Unknown fields pass through untouched; FIS itself validates the rest.
 */


/** Built on first use (z.lazy): most runs have no FIS template (docs/performance.md). */
const fisTemplateSchema = schemas/* lazy */.RZV(() => schemas/* looseObject */._H3({
    description: schemas/* string */.YjP().min(1),
    targets: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* looseObject */._H3({
        resourceType: schemas/* string */.YjP().min(1),
        selectionMode: schemas/* string */.YjP().regex(/^(ALL|COUNT\(\d+\)|PERCENT\(\d+\))$/, {
            error: "must be ALL, COUNT(n) or PERCENT(n), such as 'COUNT(1)'"
        }),
        resourceArns: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
        resourceTags: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional()
    }))
        .optional(),
    actions: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* looseObject */._H3({
        actionId: schemas/* string */.YjP().regex(/^aws:[a-z0-9-]+:[a-z0-9-]+$/, {
            error: "must be an FIS action id such as 'aws:ec2:stop-instances'"
        }),
        parameters: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
        targets: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional()
    }))
        .refine((a) => Object.keys(a).length > 0, { error: 'needs at least one action' }),
    stopConditions: schemas/* array */.YOg(schemas/* looseObject */._H3({ source: schemas/* string */.YjP().min(1), value: schemas/* string */.YjP().optional() }))
        .min(1),
    roleArn: schemas/* string */.YjP().min(1),
    tags: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional()
}));
/** Reads the template at `base` of a document; issues carry its positions. */
function readFisTemplate(value, locate, base) {
    const at = (p) => locate([...base, ...p]);
    const parsed = parseWithSchema(fisTemplateSchema, value, locate, base);
    const template = parsed.data;
    if (!template || parsed.issues.length > 0)
        return { issues: [...parsed.issues] };
    const issues = [];
    const durations = [];
    for (const [name, action] of Object.entries(template.actions)) {
        const text = action.parameters?.duration;
        if (text === undefined)
            continue;
        const ms = isoDurationMs(text);
        if (ms === undefined)
            issues.push({
                ...at(['actions', name, 'parameters', 'duration']),
                severity: 'error',
                code: 'aws-fis/duration',
                message: `duration '${text}' is not an ISO 8601 duration`,
                expected: "an ISO 8601 duration such as 'PT5M' or 'PT1H30M'"
            });
        else
            durations.push(ms);
    }
    const action = [...new Set(Object.values(template.actions).map((a) => a.actionId))].join('+');
    const durationMs = durations.length > 0 ? Math.max(...durations) : undefined;
    const sites = Object.entries(template.targets ?? {}).map(([name, t]) => {
        const location = at(['targets', name, 'selectionMode']);
        const targets = {
            resource: 'cloud',
            namespaces: [],
            mode: selectionMode(t.selectionMode, t.resourceArns?.length),
            location
        };
        return {
            kind: t.resourceType,
            action,
            targets,
            location: at(['targets', name]),
            durationLocation: at(['actions']),
            ...(durationMs === undefined ? {} : { durationMs })
        };
    });
    if (issues.length > 0)
        return { issues };
    return {
        read: {
            template,
            sites: sites.length > 0 ? sites : [actionsOnlySite(action, at(['actions']), durationMs)],
            action,
            ...(durationMs === undefined ? {} : { durationMs })
        },
        issues
    };
}
/** A template with no targets (SSM automation): policy still sees its actions. */
function actionsOnlySite(action, location, durationMs) {
    return {
        kind: 'aws-fis',
        action,
        location,
        durationLocation: location,
        ...(durationMs === undefined ? {} : { durationMs })
    };
}
/** FIS selection modes as target modes; ALL over listed ARNs is that many targets. */
function selectionMode(mode, arns) {
    const n = Number(/\((\d+)\)/.exec(mode)?.[1] ?? 0);
    if (mode.startsWith('COUNT'))
        return { kind: 'count', count: n };
    if (mode.startsWith('PERCENT'))
        return { kind: 'percent', percent: n };
    return arns !== undefined && arns > 0 ? { kind: 'count', count: arns } : { kind: 'all' };
}
/** Milliseconds of an ISO 8601 duration (PnDTnHnMnS, as FIS writes them), or undefined. */
function isoDurationMs(text) {
    const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(text);
    if (!m || text === 'P' || text.endsWith('T'))
        return undefined;
    const [d, h, min, s] = [m[1], m[2], m[3], m[4]].map((v) => Number(v ?? 0));
    return (((d * 24 + h) * 60 + min) * 60 + s) * 1000;
}

;// CONCATENATED MODULE: ./src/manifest/experiment/aws-fis-fault.ts
/**
 * AWS FIS faults: `spec.awsFis` of an Experiment (an inline template, or `templateId` for one that
 * exists), and a template committed on its own, which becomes an experiment named after its
 * `Name` tag or its file.
 */




/** Reads `spec.awsFis`; `experimentMs` is spec.duration, needed for an existing template. */
function readAwsFis(doc, input, experimentMs, issues) {
    const base = ['spec', 'awsFis'];
    const region = input.region === undefined ? {} : { region: input.region };
    if ((input.template === undefined) === (input.templateId === undefined)) {
        issues.push({
            ...doc.locate(base),
            severity: 'error',
            code: 'aws-fis/template',
            message: 'spec.awsFis needs exactly one of template and templateId',
            expected: 'template (created for the run) or templateId (an existing one)'
        });
        return undefined;
    }
    if (input.templateId !== undefined) {
        if (experimentMs === undefined) {
            issues.push({
                ...doc.locate(['spec']),
                severity: 'error',
                code: 'duration/missing',
                message: "an existing FIS template needs spec.duration: the gate cannot read its actions' durations before preflight",
                expected: "spec.duration, the template's longest action, such as '10m'"
            });
            return undefined;
        }
        const location = doc.locate([...base, 'templateId']);
        const spec = { templateId: input.templateId, ...region };
        return {
            backend: 'aws-fis',
            kind: 'ExperimentTemplate',
            fault: { kind: 'aws-fis', spec },
            sites: [
                {
                    kind: 'aws-fis',
                    targets: { resource: 'cloud', namespaces: [], mode: { kind: 'unknown' }, location },
                    durationMs: experimentMs,
                    location,
                    durationLocation: doc.locate(['spec', 'duration'])
                }
            ],
            durationMs: experimentMs
        };
    }
    return templatePart(input.template, (p) => doc.locate([...base, 'template', ...p]), experimentMs, issues, input.region);
}
/** A template (inline, or a faultRef to a template file) as the fault of an Experiment. */
function templatePart(value, locate, experimentMs, issues, region) {
    const { read, issues: found } = readFisTemplate(value, locate, []);
    issues.push(...found);
    if (!read)
        return undefined;
    const durationMs = read.durationMs ?? experimentMs;
    return {
        backend: 'aws-fis',
        kind: 'ExperimentTemplate',
        action: read.action,
        fault: {
            kind: 'aws-fis',
            spec: { template: read.template, ...(region === undefined ? {} : { region }) }
        },
        sites: read.sites,
        locate,
        ...(durationMs === undefined ? {} : { durationMs }),
        ...targetsOf(read.sites)
    };
}
/** A template committed on its own, as an experiment. */
function plannedFromFisTemplate(doc) {
    const { read, issues } = readFisTemplate(doc.value, doc.locate, []);
    if (!read)
        return { issues };
    const name = templateName(doc);
    const problem = experimentNameProblem(name);
    if (problem)
        return {
            issues: [
                ...issues,
                {
                    ...doc.locate(['tags', 'Name']),
                    severity: 'error',
                    code: 'name/invalid',
                    message: problem,
                    hint: 'Give the template a Name tag that is a DNS-1123 label, or wrap it in an Experiment.'
                }
            ]
        };
    return {
        planned: {
            experiment: {
                name,
                source: doc.start,
                locate: doc.locate,
                backend: 'aws-fis',
                kind: 'ExperimentTemplate',
                action: read.action,
                fault: { kind: 'aws-fis', spec: { template: read.template } },
                expect: 'pass',
                ...(read.durationMs === undefined ? {} : { durationMs: read.durationMs }),
                ...targetsOf(read.sites)
            },
            sites: read.sites,
            doc
        },
        issues
    };
}
/** The `Name` tag made a DNS label, else the file's name (with the document index after the first). */
function templateName(doc) {
    const tag = (0,plain/* stringAt */.bX)(doc.value, ['tags', 'Name']);
    const raw = tag ?? (0,external_node_path_.basename)(doc.file, (0,external_node_path_.extname)(doc.file)) + (doc.index > 0 ? `-${doc.index}` : '');
    return raw
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 63);
}
/** The first counted target, so `plan` and reports show a count. */
function targetsOf(sites) {
    const first = sites.find((s) => s.targets)?.targets;
    return first ? { targets: first } : {};
}

;// CONCATENATED MODULE: ./src/manifest/experiment/gremlin-fault.ts
/** Arguments that set the length; the gate sets it from spec.duration instead. */
const LENGTH_FLAGS = new Set(['-l', '--length']);
/** Reads the `spec.gremlin` of an Experiment; problems go to `issues`. */
function readGremlin(doc, input, experimentMs, issues) {
    const base = ['spec', 'gremlin'];
    const found = [];
    if ((input.attack === undefined) === (input.scenarioId === undefined))
        found.push({
            ...doc.locate(base),
            severity: 'error',
            code: 'gremlin/fault',
            message: 'spec.gremlin needs exactly one of attack and scenarioId',
            expected: 'attack (created for the run) or scenarioId (an existing scenario)'
        });
    if (experimentMs === undefined)
        found.push({
            ...doc.locate(['spec']),
            severity: 'error',
            code: 'duration/missing',
            message: input.scenarioId !== undefined
                ? "a Gremlin scenario needs spec.duration: the gate cannot read its attacks' lengths before it runs"
                : 'a Gremlin attack needs spec.duration: it is the length the gate gives the attack',
            expected: "spec.duration, such as '60s'"
        });
    else if (experimentMs < 1_000)
        found.push({
            ...doc.locate(['spec', 'duration']),
            severity: 'error',
            code: 'gremlin/length',
            message: 'Gremlin attacks last whole seconds; spec.duration is under one',
            expected: "spec.duration of at least '1s'"
        });
    const target = input.attack ? readTarget(doc, input.attack.target, found) : undefined;
    input.attack?.args.forEach((arg, i) => {
        if (LENGTH_FLAGS.has(arg))
            found.push({
                ...doc.locate([...base, 'attack', 'args', i]),
                severity: 'error',
                code: 'gremlin/length',
                message: `args sets the length (${arg}); the gate sets it from spec.duration`,
                hint: 'Remove the -l argument and its value, and write the length as spec.duration.'
            });
    });
    issues.push(...found);
    if (found.length > 0 || experimentMs === undefined)
        return undefined;
    const location = doc.locate(base);
    const durationLocation = doc.locate(['spec', 'duration']);
    if (input.scenarioId !== undefined) {
        const at = doc.locate([...base, 'scenarioId']);
        const spec = { scenarioId: input.scenarioId.toLowerCase() };
        const site = {
            kind: 'gremlin',
            action: 'scenario',
            targets: { resource: 'host', namespaces: [], mode: { kind: 'unknown' }, location: at },
            durationMs: experimentMs,
            location: at,
            durationLocation
        };
        return part(spec, 'Scenario', 'scenario', site, experimentMs);
    }
    const attack = input.attack;
    if (!attack || !target)
        return undefined;
    const spec = { attack: { type: attack.type, args: attack.args, target } };
    const site = {
        kind: 'gremlin',
        action: attack.type,
        targets: declaration(target, doc.locate([...base, 'attack', 'target'])),
        durationMs: experimentMs,
        location,
        durationLocation
    };
    return part(spec, 'Attack', attack.type, site, experimentMs);
}
function part(spec, kind, action, site, durationMs) {
    return {
        backend: 'gremlin',
        kind,
        action,
        fault: { kind: 'gremlin', spec },
        sites: [site],
        durationMs,
        ...(site.targets ? { targets: site.targets } : {})
    };
}
/** The target in the model, or undefined with the problems in `issues`. */
function readTarget(doc, input, issues) {
    const at = doc.locate(['spec', 'gremlin', 'attack', 'target']);
    const before = issues.length;
    if ((input.hosts === undefined) === (input.containers === undefined))
        issues.push(problem(at, 'needs exactly one of hosts and containers', 'hosts: {tags: {...}} or containers: {labels: {...}}'));
    if ((input.count === undefined) === (input.percent === undefined))
        issues.push(problem(at, 'needs exactly one of count and percent', 'count: 1, or percent: 25'));
    const raw = input.hosts?.tags ?? input.containers?.labels ?? {};
    if ((input.hosts || input.containers) && Object.keys(raw).length === 0)
        issues.push(problem(at, `selects every ${input.hosts ? 'host' : 'container'} of the team: name at least one ${input.hosts ? 'tag' : 'label'}`, 'a tag or label that scopes the attack, such as service: checkout'));
    if (issues.length > before)
        return undefined;
    const match = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, typeof v === 'string' ? [v] : [...v]]));
    return {
        kind: input.hosts ? 'hosts' : 'containers',
        match,
        ...(input.count === undefined ? {} : { count: input.count }),
        ...(input.percent === undefined ? {} : { percent: input.percent })
    };
}
function declaration(target, location) {
    const selector = Object.entries(target.match)
        .map(([k, v]) => (v.length === 1 ? `${k}=${v[0] ?? ''}` : `${k} in (${v.join(',')})`))
        .join(',');
    return {
        resource: target.kind === 'hosts' ? 'host' : 'container',
        namespaces: [],
        labelSelector: selector,
        mode: target.count !== undefined
            ? { kind: 'count', count: target.count }
            : (target.percent ?? 100) >= 100
                ? { kind: 'all' }
                : { kind: 'percent', percent: target.percent ?? 100 },
        location
    };
}
function problem(at, what, expected) {
    return {
        ...at,
        severity: 'error',
        code: 'gremlin/target',
        message: `spec.gremlin.attack.target ${what}`,
        expected
    };
}

;// CONCATENATED MODULE: ./src/manifest/experiment/native-faults.ts


/** The model of an `httpProxy` fault, and the action it performs (`latency`, `error+reset`, ...). */
function toProxyFault(input) {
    const { latency, error, reset, bandwidth } = input;
    const spec = {
        upstream: input.upstream,
        listen: input.listen,
        paths: input.paths,
        ...(latency
            ? {
                latency: {
                    fixedMs: durationMs(latency.fixed),
                    jitterMs: durationMs(latency.jitter),
                    percent: toPercent(latency.percent)
                }
            }
            : {}),
        ...(error
            ? { error: { status: error.status, percent: toPercent(error.percent), body: error.body } }
            : {}),
        ...(reset ? { reset: { percent: toPercent(reset.percent) } } : {}),
        ...(bandwidth ? { bandwidth: { bytesPerSecond: bandwidth.bytesPerSecond } } : {})
    };
    const action = ['latency', 'error', 'reset', 'bandwidth']
        .filter((k) => input[k] !== undefined)
        .join('+');
    return { spec, action };
}
/** The model of a `podKill` fault, or why its selector is unusable. */
function toPodKill(input, namespace) {
    const selector = typeof input.selector === 'string'
        ? input.selector.trim()
        : (0,label_selector/* formatLabelSelector */.Rs)(input.selector.matchLabels ?? {}, input.selector.matchExpressions ?? []);
    if (selector === '')
        return {
            problem: 'the selector selects every pod in the namespace; name the pods with matchLabels or a label selector'
        };
    const problem = (0,label_selector/* labelSelectorProblem */.LE)(selector);
    if (problem)
        return { problem: `the selector is not a label selector: ${problem}` };
    return {
        spec: {
            namespace,
            labelSelector: selector,
            count: input.count,
            gracePeriodSeconds: input.gracePeriodSeconds,
            restoreTimeoutMs: durationMs(input.restoreTimeout)
        }
    };
}
/** The single fault site of a pod-kill. */
function podKillSite(spec, location) {
    const targets = {
        resource: 'pod',
        namespaces: [spec.namespace],
        labelSelector: spec.labelSelector,
        mode: { kind: 'count', count: spec.count },
        location
    };
    return { kind: 'pod-kill', action: 'pod-kill', targets, location, durationLocation: location };
}

;// CONCATENATED MODULE: ./src/manifest/experiment/toxiproxy-fault.ts
/** Reads the `spec.toxiproxy` of an Experiment; problems go to `issues`. */
function readToxiproxy(doc, input, experimentMs, issues) {
    const read = toToxiproxyFault(input, doc.locate);
    if ('issues' in read)
        issues.push(...read.issues);
    if (experimentMs === undefined)
        issues.push({
            ...doc.locate(['spec']),
            severity: 'error',
            code: 'duration/missing',
            message: 'a toxiproxy fault needs spec.duration: how long the toxics stay on',
            expected: "spec.duration, such as '60s'"
        });
    if ('issues' in read || experimentMs === undefined)
        return undefined;
    const site = toxiproxySite(read.spec, read.action, experimentMs, doc.locate(['spec', 'toxiproxy']), doc.locate(['spec', 'duration']));
    return {
        backend: 'toxiproxy',
        kind: 'toxiproxy',
        action: read.action,
        fault: { kind: 'toxiproxy', spec: read.spec },
        sites: [site],
        durationMs: experimentMs,
        ...(site.targets ? { targets: site.targets } : {})
    };
}
/** The model of a `toxiproxy` fault and its action (`latency+reset_peer`), or the issues. */
function toToxiproxyFault(input, locate) {
    const base = ['spec', 'toxiproxy'];
    const issues = [];
    const creates = input.listen !== undefined || input.upstream !== undefined;
    if (input.proxy !== undefined && creates)
        issues.push(toxiproxy_fault_problem(locate([...base, 'proxy']), 'names a proxy and also asks to create one'));
    else if (input.proxy === undefined &&
        (input.listen === undefined || input.upstream === undefined))
        issues.push(toxiproxy_fault_problem(locate(base), input.proxy === undefined && !creates
            ? 'names no proxy'
            : 'needs both listen and upstream to create a proxy'));
    const toxics = input.toxics.map((t) => ({
        name: t.name ?? t.type.replace(/_/g, '-'),
        type: t.type,
        stream: t.stream,
        toxicity: t.toxicity,
        attributes: t.attributes
    }));
    toxics.forEach((t, i) => {
        if (toxics.findIndex((o) => o.name === t.name) !== i)
            issues.push({
                ...locate([...base, 'toxics', i]),
                severity: 'error',
                code: 'toxiproxy/duplicate-toxic',
                message: `two toxics are named '${t.name}'`,
                hint: 'Give each toxic of the same type its own name.'
            });
    });
    if (issues.length > 0)
        return { issues };
    const spec = {
        server: input.server.replace(/\/+$/, ''),
        toxics,
        ...(input.proxy !== undefined
            ? { proxy: input.proxy }
            : { create: { listen: input.listen ?? '', upstream: input.upstream ?? '' } })
    };
    return { spec, action: [...new Set(toxics.map((t) => t.type))].join('+') };
}
/** The one fault site: traffic through one proxy, the largest toxicity as its share. */
function toxiproxySite(spec, action, durationMs, location, durationLocation) {
    const percent = Math.max(...spec.toxics.map((t) => t.toxicity)) * 100;
    const targets = {
        resource: 'traffic',
        namespaces: [],
        mode: percent >= 100 ? { kind: 'all' } : { kind: 'percent', percent },
        location
    };
    return { kind: 'toxiproxy', action, targets, durationMs, location, durationLocation };
}
function toxiproxy_fault_problem(at, what) {
    return {
        ...at,
        severity: 'error',
        code: 'toxiproxy/proxy',
        message: `spec.toxiproxy ${what}`,
        expected: 'either proxy (an existing proxy) or listen and upstream (a proxy for the run)'
    };
}

;// CONCATENATED MODULE: ./src/manifest/experiment/experiment-fault.ts








function experiment_fault_readFault(doc, input, ctx, issues) {
    const spec = input.spec;
    const namespace = input.metadata.namespace ?? ctx.namespace;
    const experimentMs = spec.duration === undefined ? undefined : durationMs(spec.duration);
    const durationLocation = doc.locate(['spec', 'duration']);
    if (spec.httpProxy) {
        const { spec: proxy, action } = toProxyFault(spec.httpProxy);
        if (action === '')
            issues.push({
                ...doc.locate(['spec', 'httpProxy']),
                severity: 'error',
                code: 'http-proxy/no-fault',
                message: 'httpProxy injects nothing',
                expected: 'at least one of latency, error, reset, bandwidth'
            });
        if (experimentMs === undefined)
            issues.push({
                ...doc.locate(['spec']),
                severity: 'error',
                code: 'duration/missing',
                message: 'an httpProxy fault needs spec.duration: how long the proxy injects faults',
                expected: "spec.duration, such as '60s'"
            });
        if (experimentMs === undefined || action === '')
            return undefined;
        const site = {
            kind: 'http-proxy',
            action,
            durationMs: experimentMs,
            location: doc.locate(['spec', 'httpProxy']),
            durationLocation
        };
        return {
            backend: 'local',
            kind: 'http-proxy',
            action,
            fault: { kind: 'http-proxy', spec: proxy },
            sites: [site],
            durationMs: experimentMs
        };
    }
    if (spec.podKill)
        return readPodKill(doc, spec.podKill, namespace, issues);
    if (spec.toxiproxy)
        return readToxiproxy(doc, spec.toxiproxy, experimentMs, issues);
    if (spec.awsFis)
        return readAwsFis(doc, spec.awsFis, experimentMs, issues);
    if (spec.gremlin)
        return readGremlin(doc, spec.gremlin, experimentMs, issues);
    const inner = spec.fault !== undefined
        ? inlineDocument(doc)
        : resolveRef(doc, spec.faultRef ?? '', ctx, issues);
    if (!inner)
        return undefined;
    const classified = classify(inner);
    if (classified.outcome !== 'experiment' || classified.family === 'gate') {
        const why = classified.outcome === 'experiment'
            ? { code: 'experiment/nested', message: 'an Experiment cannot wrap another Experiment' }
            : classified.issue;
        issues.push({
            ...(classified.outcome === 'experiment' ? inner.start : classified.issue),
            severity: 'error',
            code: why.code ?? 'experiment/fault',
            message: `the fault is not runnable: ${why.message}`
        });
        return undefined;
    }
    if (classified.family === 'aws-fis')
        return templatePart(inner.value, inner.locate, experimentMs, issues);
    const result = adoptObject(classified.family, inner.value, {
        locate: inner.locate,
        base: [],
        wrapped: true,
        ...(namespace === undefined ? {} : { namespace }),
        ...(experimentMs === undefined ? {} : { durationMs: experimentMs, durationLocation })
    });
    issues.push(...result.issues);
    const a = result.adopted;
    if (!a)
        return undefined;
    return {
        backend: a.backend,
        kind: a.kind,
        fault: { kind: 'kube-object', object: a.object },
        sites: a.sites,
        locate: inner.locate,
        ...(a.action === undefined ? {} : { action: a.action }),
        ...(a.namespace === undefined ? {} : { namespace: a.namespace }),
        ...(a.targets === undefined ? {} : { targets: a.targets }),
        ...(a.durationMs === undefined ? {} : { durationMs: a.durationMs })
    };
}
function readPodKill(doc, input, fallback, issues) {
    const namespace = input.namespace ?? fallback;
    if (namespace === undefined) {
        issues.push({
            ...doc.locate(['spec', 'podKill']),
            severity: 'error',
            code: 'namespace/missing',
            message: 'podKill names no namespace, and there is no metadata.namespace or namespace setting',
            expected: 'podKill.namespace, metadata.namespace, or --namespace'
        });
        return undefined;
    }
    const read = toPodKill(input, namespace);
    if ('problem' in read) {
        issues.push({
            ...doc.locate(['spec', 'podKill', 'selector']),
            severity: 'error',
            code: 'pod-kill/selector',
            message: read.problem
        });
        return undefined;
    }
    const site = podKillSite(read.spec, doc.locate(['spec', 'podKill']));
    return {
        backend: 'kubernetes',
        kind: 'pod-kill',
        action: 'pod-kill',
        namespace,
        fault: { kind: 'pod-kill', spec: read.spec },
        sites: [site],
        ...(site.targets ? { targets: site.targets } : {})
    };
}
/** The inline `spec.fault` object seen as a document of its own, with positions in the outer file. */
function inlineDocument(doc) {
    const base = ['spec', 'fault'];
    return {
        file: doc.file,
        index: doc.index,
        value: (0,plain.at)(doc.value, base),
        locate: (p) => doc.locate([...base, ...p]),
        start: doc.locate(base)
    };
}
function resolveRef(doc, ref, ctx, issues) {
    const found = ctx.resolveRef(ref, doc);
    if ('issue' in found) {
        issues.push(found.issue);
        return undefined;
    }
    return found.doc;
}

// EXTERNAL MODULE: ./src/manifest/model.ts
var model = __webpack_require__(85848);
;// CONCATENATED MODULE: ./src/manifest/experiment/gremlin-schema.ts
/**
 * `spec.gremlin` of an Experiment: an attack the gate creates through Gremlin's REST API (a
 * command with its arguments, and hosts by tag or containers by label, a count or a percentage of
 * them), or the id of a scenario that exists in Gremlin. An attack's length is spec.duration, so
 * the blast-radius policy sees it before anything runs.
 */

/** Gremlin's attack types, as its API names them in `command.type`. */
const GREMLIN_COMMANDS = [
    'cpu',
    'memory',
    'io',
    'disk',
    'process_exhaustion',
    'shutdown',
    'time_travel',
    'process_killer',
    'blackhole',
    'latency',
    'packet_loss',
    'dns',
    'certificate_expiry'
];
/** The block, built on first use (experiment-schema.ts). */
const gremlinSchema = schemas/* lazy */.RZV(() => {
    const values = schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1)])
        .describe('One value, or several of which any matches.');
    const selector = (what) => schemas/* record */.g1P(schemas/* string */.YjP().min(1), values).describe(`${what}; every key must match.`);
    const target = schemas/* strictObject */.rej({
        hosts: schemas/* strictObject */.rej({ tags: selector('Client tags (zone, service, os-type, ...)') })
            .optional()
            .describe('Hosts whose Gremlin client has these tags.'),
        containers: schemas/* strictObject */.rej({ labels: selector('Container labels') })
            .optional()
            .describe('Containers with these labels.'),
        count: schemas/* int */.Whr().min(1).optional().describe('How many of the matching targets, at random.'),
        percent: schemas/* number */.aig()
            .gt(0)
            .max(100)
            .optional()
            .describe('Which share of the matching targets, at random, 1–100.')
    })
        .describe('What the attack hits: hosts or containers, and a count or a percentage.');
    const attack = schemas/* strictObject */.rej({
        type: schemas/* enum */.k5n(GREMLIN_COMMANDS).describe("The attack, as Gremlin's API names it."),
        args: schemas/* array */.YOg(schemas/* string */.YjP())
            .default([])
            .describe("The command's arguments as the Gremlin CLI takes them (['-c', '1']); not -l: spec.duration is the length."),
        target
    });
    return schemas/* strictObject */.rej({
        attack: attack.optional().describe('An attack created for the run.'),
        scenarioId: schemas/* string */.YjP()
            .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, {
            error: "must be a scenario's id, a UUID such as '522ceaff-995f-43f4-acea-ff995f03f44e'"
        })
            .optional()
            .describe('A scenario that exists in Gremlin, run as it is; needs spec.duration.')
    })
        .describe('Gremlin backend: an attack or a scenario through the REST API (team id and API key from the gremlin-team-id and gremlin-api-key inputs, or GREMLIN_TEAM_ID and GREMLIN_API_KEY).');
});

// EXTERNAL MODULE: ./src/manifest/steady-state-model.ts
var steady_state_model = __webpack_require__(53823);
;// CONCATENATED MODULE: ./src/manifest/experiment/steady-state/check-schema.ts
/**
 * One steady-state check of the `steadyState:` block (docs/manifests.md, `steadyState`): its source, its rules
 * and the tuning it may override from `defaults`.
 */



/** Per-check settings that `defaults` sets for every check and a check may override. */
const checkTuning = {
    window: schema_primitives_duration('Substituted into {{window}}; also the probe aggregation window.').optional(),
    breaches: schemas/* int */.Whr()
        .min(1)
        .optional()
        .describe('Fail when this many of the last `of` conclusive measurements breached.'),
    of: schemas/* int */.Whr()
        .min(1)
        .optional()
        .describe('How many recent conclusive measurements the breach rule looks at.'),
    errorLimit: schemas/* int */.Whr()
        .min(0)
        .optional()
        .describe('More consecutive error/no-data measurements than this make the check inconclusive.'),
    noData: schemas/* enum */.k5n(['pass', 'warn', 'fail', 'inconclusive'])
        .optional()
        .describe('What a measurement with no data counts as.'),
    series: schemas/* enum */.k5n(['each', 'single'])
        .optional()
        .describe('`each`: every series must hold; `single`: more than one series is an error.')
};
/**
 * One check, built on first use (z.lazy) like every block of the Experiment schema
 * (experiment-schema.ts): a run whose manifests have no checks never builds it.
 */
const checkSchema = schemas/* lazy */.RZV(() => {
    const bounds = schemas/* strictObject */.rej({
        min: schemas/* number */.aig().optional().describe('Lowest acceptable value (inclusive).'),
        max: schemas/* number */.aig().optional().describe('Highest acceptable value (inclusive).')
    })
        .describe('Inclusive bounds; either side may be left out.');
    const metric = schemas/* enum */.k5n(steady_state_model/* PROBE_METRICS */.X)
        .describe('A metric the HTTP probe computes per window (latencies in milliseconds).');
    const promql = schemas/* string */.YjP()
        .min(1)
        .describe('PromQL. May use {{window}}, {{start}}, {{end}} and {{duration}}.');
    const phase = schemas/* enum */.k5n(['before', 'during', 'after']);
    const cloudwatch = schemas/* strictObject */.rej({
        metrics: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* strictObject */.rej({
            namespace: schemas/* string */.YjP().min(1).describe('Such as AWS/ApplicationELB.'),
            metric: schemas/* string */.YjP().min(1).describe('The metric name, such as RequestCount.'),
            dimensions: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).default({}),
            stat: schemas/* string */.YjP()
                .min(1)
                .default('Average')
                .describe('Average, Sum, Minimum, Maximum, SampleCount, or a percentile such as p99.')
        }))
            .describe('Metrics by id (a lower-case letter, then letters, digits or _).'),
        expression: schemas/* string */.YjP()
            .optional()
            .describe('Metric math over the ids, such as 100 * errors / requests; without it the one metric is the value.'),
        period: schema_primitives_duration('The period of each point (1s, 5s, 10s, 30s or a multiple of 60s).').default('1m')
    })
        .describe('A CloudWatch GetMetricData question measured through steadyState.cloudwatch.');
    return schemas/* strictObject */.rej({
        name: schemas/* string */.YjP().min(1).describe('Unique within the experiment; shown in reports.'),
        query: promql.optional().describe('PromQL measured by Prometheus.'),
        metric: metric.optional(),
        kubernetes: schemas/* string */.YjP()
            .min(1)
            .optional()
            .describe('Measured by the Kubernetes API: readyReplicas(deployment/NAME), readyRatio(statefulset/NAME), restarts(TARGET), notReady(TARGET, 30s) or warningEvents(TARGET[, BackOff|Unhealthy]); TARGET is kind/NAME or {label selector}, optionally after NAMESPACE/.'),
        datadog: schemas/* union */.KCZ([
            schemas/* string */.YjP().min(1),
            schemas/* strictObject */.rej({
                queries: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP().min(1))
                    .describe('Metric queries by name, such as errors: sum:trace.http.request.errors{*}.'),
                formula: schemas/* string */.YjP().min(1).describe('The value, over the names: errors / hits.')
            })
        ])
            .optional()
            .describe('A Datadog metric query over the check window, such as avg:trace.http.request.errors{service:checkout}.as_rate(), or queries and a formula (the v2 timeseries API); measured through steadyState.datadog.'),
        cloudwatch: cloudwatch.optional(),
        threshold: bounds.optional().describe('Breach when the value is outside these bounds.'),
        warn: bounds
            .optional()
            .describe('Inside the threshold but outside these bounds is a warning (the grey zone).'),
        relative: schemas/* strictObject */.rej({
            to: schemas/* literal */.euz('before')
                .default('before')
                .describe('The baseline: the median of the `before` samples per series.'),
            maxIncrease: fraction('Breach above baseline × (1 + this).').optional(),
            maxDecrease: fraction('Breach below baseline × (1 - this).').optional(),
            slack: schemas/* number */.aig()
                .min(0)
                .default(0)
                .describe('Absolute allowance, so a tiny baseline cannot make any change a breach.')
        })
            .optional()
            .describe('Compare with the pre-fault baseline.'),
        slo: schemas/* strictObject */.rej({
            objective: fraction('Target availability, such as 0.999 or 99.9%.'),
            errorRatio: schemas/* string */.YjP()
                .min(1)
                .describe('PromQL (or a probe metric) giving the error ratio; may use {{window}}.'),
            period: schema_primitives_duration('The SLO period the error budget belongs to.').default('30d'),
            burnRate: schemas/* array */.YOg(schemas/* strictObject */.rej({
                long: schemas/* literal */.euz('sinceFault')
                    .default('sinceFault')
                    .describe('The long window: time since the fault started.'),
                short: schema_primitives_duration('The short window.'),
                max: schemas/* number */.aig()
                    .positive()
                    .describe('Breach when both windows burn faster than this.')
            }))
                .default([{ long: 'sinceFault', short: '2m', max: 14.4 }]),
            maxBudgetSpend: fraction('Fail when the experiment spent more than this share of the budget.').optional()
        })
            .optional()
            .describe('SLO burn rate over the fault window.'),
        guard: schemas/* strictObject */.rej({
            query: schemas/* string */.YjP()
                .min(1)
                .optional()
                .describe('PromQL, or for a kubernetes check a kubernetes function, that must hold for a measurement to count.'),
            metric: metric.optional(),
            cloudwatch: cloudwatch.optional(),
            min: schemas/* number */.aig().optional(),
            max: schemas/* number */.aig().optional()
        })
            .optional()
            .describe('A companion measurement (minimum traffic); when unmet the measurement is no-data.'),
        phases: schemas/* array */.YOg(phase)
            .min(1)
            .optional()
            .describe('Phases the check gates; default all three.'),
        dryRun: schemas/* boolean */.zMY().default(false).describe('Evaluate and report, never affect the verdict.'),
        ...checkTuning
    })
        .describe('One steady-state check. Give exactly one of `query`, `metric`, `kubernetes`, `datadog`, `cloudwatch` or `slo`.');
});

;// CONCATENATED MODULE: ./src/manifest/experiment/steady-state/steady-state-schema.ts
/**
 * The `steadyState:` block of an Experiment (docs/manifests.md, `steadyState`), defined once with its
 * defaults and descriptions. steady-state-spec.ts turns the parsed block into the model.
 */



/** The `steadyState:` block, built on first use like the Experiment schema (experiment-schema.ts). */
const steadyStateSchema = schemas/* lazy */.RZV(() => schemas/* strictObject */.rej({
    prometheus: schemas/* strictObject */.rej({
        url: schemas/* string */.YjP().min(1).describe('Base URL of the Prometheus HTTP API.'),
        headers: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP())
            .default({})
            .describe('Sent with every query (secrets: use ${ENV}).'),
        timeout: schema_primitives_duration('Client-side timeout per request.').default('10s'),
        retries: schemas/* int */.Whr()
            .min(0)
            .max(10)
            .default(2)
            .describe('Retries per measurement, transient errors only.'),
        strictWarnings: schemas/* boolean */.zMY()
            .default(false)
            .describe('Treat an answer with warnings (partial data) as an error.'),
        insecureSkipVerify: schemas/* boolean */.zMY().default(false),
        caFile: schemas/* string */.YjP().optional(),
        bearerToken: schemas/* union */.KCZ([
            schemas/* strictObject */.rej({ file: schemas/* string */.YjP().min(1).describe('A file holding the token.') }),
            schemas/* strictObject */.rej({
                command: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
                    .min(1)
                    .describe("A command printing the token, such as ['gcloud', 'auth', 'print-access-token'].")
            })
        ])
            .optional()
            .describe('For managed Prometheus (Google, Azure): a token read when each experiment starts, sent as Authorization: Bearer and masked.'),
        sigv4: schemas/* strictObject */.rej({
            region: schemas/* string */.YjP()
                .optional()
                .describe("The workspace's region; unset, the AWS SDK default chain's."),
            service: schemas/* string */.YjP().default('aps').describe('The signing name: aps.')
        })
            .optional()
            .describe('Amazon Managed Service for Prometheus: sign every query with SigV4, credentials from the AWS SDK default chain (OIDC on GitHub).'),
        scrapeInterval: schema_primitives_duration("The targets' scrape interval; windows the gate computes are at least twice it (default 1m).").optional()
    })
        .optional()
        .describe('Where `query` checks are measured; defaults to the prometheus-url setting.'),
    probe: schemas/* strictObject */.rej({
        url: schemas/* string */.YjP()
            .min(1)
            .describe('Absolute URL, or a path on the local fault proxy for httpProxy faults.'),
        method: schemas/* enum */.k5n(['GET', 'HEAD', 'POST']).default('GET'),
        rate: schemas/* number */.aig().positive().max(1000).default(5).describe('Requests per second.'),
        timeout: schema_primitives_duration('Per-request timeout.').default('2s'),
        okStatus: schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* int */.Whr().min(100).max(599), schemas/* string */.YjP().regex(/^[1-5]\d\d-[1-5]\d\d$/)]))
            .min(1)
            .default(['200-399'])
            .describe("Statuses that count as good: codes or ranges like '200-399'."),
        headers: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).default({})
    })
        .optional()
        .describe('Load the gate sends to measure `metric` checks.'),
    datadog: schemas/* strictObject */.rej({
        site: schemas/* string */.YjP()
            .default('datadoghq.com')
            .describe('The Datadog site: datadoghq.com, datadoghq.eu, us3.datadoghq.com, ap1.datadoghq.com, …'),
        url: schemas/* string */.YjP()
            .optional()
            .describe('Overrides https://api.<site>: a proxy in front of the Datadog API.'),
        apiKey: schemas/* string */.YjP()
            .describe('Secret: use ${DD_API_KEY:-} (empty validates, so a pull request without secrets can run validate; a run refuses it).'),
        appKey: schemas/* string */.YjP().describe('Secret (application key): use ${DD_APP_KEY:-}.'),
        timeout: schema_primitives_duration('Client-side timeout per request.').default('10s'),
        api: schemas/* enum */.k5n(['v1', 'v2'])
            .default('v1')
            .describe('v1: GET /api/v1/query; v2: the timeseries API (POST /api/v2/query/timeseries). A check with a formula always uses v2.')
    })
        .optional()
        .describe('Where `datadog` checks are measured (the metrics query APIs).'),
    cloudwatch: schemas/* strictObject */.rej({
        region: schemas/* string */.YjP()
            .optional()
            .describe("Unset: the AWS SDK default chain's (AWS_REGION, the profile)."),
        url: schemas/* string */.YjP()
            .optional()
            .describe('Overrides the regional endpoint (a VPC endpoint); else AWS_ENDPOINT_URL_CLOUDWATCH.'),
        timeout: schema_primitives_duration('Client-side timeout per GetMetricData call.').default('10s'),
        maxAttempts: schemas/* int */.Whr()
            .min(1)
            .max(10)
            .default(3)
            .describe('Attempts per call; the SDK retries throttling and 5xx with back-off.')
    })
        .optional()
        .describe('Where `cloudwatch` checks are measured (GetMetricData). Credentials come only from the AWS SDK default chain: on GitHub, aws-actions/configure-aws-credentials with OIDC.'),
    load: schemas/* strictObject */.rej({
        url: schemas/* string */.YjP().min(1).describe('Absolute http:// or https:// URL the load is sent to.'),
        method: schemas/* enum */.k5n(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']).default('GET'),
        rate: schemas/* number */.aig().positive().max(1000).describe('Requests per second.'),
        timeout: schema_primitives_duration('Per-request timeout.').default('5s'),
        okStatus: schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* int */.Whr().min(100).max(599), schemas/* string */.YjP().regex(/^[1-5]\d\d-[1-5]\d\d$/)]))
            .min(1)
            .default(['200-399'])
            .describe("Statuses counted as answered well in the report: codes or ranges like '200-399'."),
        headers: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP())
            .default({})
            .describe('Sent with every request (secrets: use ${ENV}); never logged or reported.')
    })
        .optional()
        .describe('Steady traffic from before the baseline until cleanup, so checks of any source see requests on a quiet system. The report says how many requests it sent.'),
    defaults: schemas/* strictObject */.rej({
        interval: schema_primitives_duration('Time between measurements during the fault and in recovery.').default('15s'),
        minSamples: schemas/* int */.Whr()
            .min(1)
            .default(2)
            .describe('Conclusive measurements required per gated phase.'),
        ...checkTuning
    })
        .default({ interval: '15s', minSamples: 2 })
        .describe('Inherited by every check.'),
    phases: schemas/* strictObject */.rej({
        before: schemas/* strictObject */.rej({
            samples: schemas/* int */.Whr().min(1).default(3),
            spacing: schema_primitives_duration('Time between samples.').default('20s')
        })
            .default({ samples: 3, spacing: '20s' }),
        during: schemas/* strictObject */.rej({ abortOnFail: schemas/* boolean */.zMY().default(true) })
            .default({ abortOnFail: true }),
        after: schemas/* strictObject */.rej({
            settle: schema_primitives_duration('Wait after the fault before measuring recovery.').default('30s'),
            timeout: schema_primitives_duration('Recovery must happen within this.').default('5m')
        })
            .default({ settle: '30s', timeout: '5m' })
    })
        .default({
        before: { samples: 3, spacing: '20s' },
        during: { abortOnFail: true },
        after: { settle: '30s', timeout: '5m' }
    }),
    verdict: schemas/* strictObject */.rej({
        inconclusive: schemas/* enum */.k5n(['fail', 'warn'])
            .default('fail')
            .describe('Fail closed unless relaxed.'),
        warn: schemas/* enum */.k5n(['pass', 'fail']).default('pass')
    })
        .default({ inconclusive: 'fail', warn: 'pass' }),
    checks: schemas/* array */.YOg(checkSchema).default([])
})
    .describe('How the gate decides the system is healthy before, during and after the fault.'));

;// CONCATENATED MODULE: ./src/manifest/experiment/toxiproxy-schema.ts
/**
 * `spec.toxiproxy` of an Experiment: a Toxiproxy server, the proxy to fault (an existing one, or
 * `listen` plus `upstream` to create one for the run) and its toxics. Toxics are written as
 * Toxiproxy's own JSON (type, stream, toxicity, attributes), so one copied from its docs works.
 */

const ms = (what) => schemas/* int */.Whr().min(0).default(0).describe(`${what}, in milliseconds.`);
/**
 * Each toxic type with its attributes, as Toxiproxy names them (its README, "Toxics"). Built on
 * first use, like every block of the Experiment schema (experiment-schema.ts says when).
 */
const toxic = schemas/* lazy */.RZV(() => {
    /** What every toxic has besides its type and attributes. */
    const toxicBase = schemas/* strictObject */.rej({
        name: schemas/* string */.YjP()
            .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, {
            error: 'must be lowercase letters, digits and -'
        })
            .optional()
            .describe('Suffix of the toxic name (after the run prefix); defaults to the type.'),
        stream: schemas/* enum */.k5n(['upstream', 'downstream'])
            .default('downstream')
            .describe('Direction: downstream is server → client, upstream client → server.'),
        toxicity: schemas/* number */.aig()
            .min(0)
            .max(1)
            .default(1)
            .describe('Share of connections the toxic applies to, 0–1 (Toxiproxy’s own scale).')
    });
    return schemas/* discriminatedUnion */.gMt('type', [
        toxicBase.extend({
            type: schemas/* literal */.euz('latency'),
            attributes: schemas/* strictObject */.rej({
                latency: ms('Delay added to the data'),
                jitter: ms('Random extra delay, up to this much')
            })
        }),
        toxicBase.extend({
            type: schemas/* literal */.euz('bandwidth'),
            attributes: schemas/* strictObject */.rej({ rate: schemas/* int */.Whr().min(0).describe('Throughput cap in KB/s.') })
        }),
        toxicBase.extend({
            type: schemas/* literal */.euz('slow_close'),
            attributes: schemas/* strictObject */.rej({ delay: ms('Delay before the socket closes') })
        }),
        toxicBase.extend({
            type: schemas/* literal */.euz('timeout'),
            attributes: schemas/* strictObject */.rej({
                timeout: ms('Data is held this long, then the connection closes; 0 holds it forever')
            })
        }),
        toxicBase.extend({
            type: schemas/* literal */.euz('reset_peer'),
            attributes: schemas/* strictObject */.rej({
                timeout: ms('The connection is reset (TCP RST) after this long; 0 resets at once')
            })
        }),
        toxicBase.extend({
            type: schemas/* literal */.euz('slicer'),
            attributes: schemas/* strictObject */.rej({
                average_size: schemas/* int */.Whr().min(1).describe('Average size of the slices, in bytes.'),
                size_variation: schemas/* int */.Whr().min(0).default(0).describe('Variation of the size, in bytes.'),
                delay: schemas/* int */.Whr().min(0).default(0).describe('Delay between slices, in microseconds.')
            })
        }),
        toxicBase.extend({
            type: schemas/* literal */.euz('limit_data'),
            attributes: schemas/* strictObject */.rej({
                bytes: schemas/* int */.Whr().min(1).describe('The connection closes after this many bytes.')
            })
        })
    ]);
});
const hostPort = (description) => schemas/* string */.YjP()
    .regex(/^(\[[0-9a-fA-F:.]+\]|[^\s:/[\]]+):\d{1,5}$/, {
    error: "must be host:port, such as '127.0.0.1:8080'"
})
    .describe(description);
/** The block, built on first use (experiment-schema.ts). */
const toxiproxySchema = schemas/* lazy */.RZV(() => schemas/* strictObject */.rej({
    server: schemas/* string */.YjP()
        .refine((url) => /^https?:\/\/[^\s/]+/.test(url), { error: 'must be an http:// URL' })
        .default('http://127.0.0.1:8474')
        .describe("The Toxiproxy server's API. ${VAR} works here."),
    proxy: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe('An existing proxy to add the toxics to (from its config file or API).'),
    listen: hostPort('With upstream: create a proxy for the run listening here; port 0 picks a free one.').optional(),
    upstream: hostPort('With listen: the service the created proxy forwards to.').optional(),
    toxics: schemas/* array */.YOg(toxic)
        .min(1)
        .describe('The toxics, added when the fault starts and removed when it ends.')
})
    .describe('Toxiproxy backend: network toxics on a Toxiproxy proxy (latency, bandwidth, slow_close, timeout, reset_peer, slicer, limit_data).'));

;// CONCATENATED MODULE: ./src/manifest/experiment/experiment-schema.ts
/**
 * The `Experiment` kind (apiVersion chaos-gate.dev/v1alpha1), defined once: validation, defaults
 * and descriptions. schema/experiment.schema.json is generated from it (`npm run schema`).
 */






/*
 * Nothing here is built when the module loads: each block is a z.lazy, built on first use. zod
 * builds every key's schema on an object's first parse, so the first Experiment document builds
 * them all; a run without one (Litmus, Chaos Mesh) builds none, which saved it about 20 ms of a
 * cold start (docs/performance.md, "Cold start").
 */
const labelMap = () => schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP());
const httpProxy = schemas/* lazy */.RZV(() => schemas/* strictObject */.rej({
    // A refinement, not a pattern: editors see the value before ${VAR} interpolation.
    upstream: schemas/* string */.YjP()
        .refine((url) => /^https?:\/\/[^\s/]+/.test(url), {
        error: 'must be an http:// or https:// URL'
    })
        .describe('The service under test; the proxy forwards to it. ${VAR} works here.'),
    listen: schemas/* strictObject */.rej({
        host: schemas/* string */.YjP().min(1).default('127.0.0.1').describe('Address the proxy listens on.'),
        port: schemas/* int */.Whr().min(0).max(65535).default(0).describe('Port; 0 picks a free one.')
    })
        .default({ host: '127.0.0.1', port: 0 }),
    paths: schemas/* array */.YOg(schemas/* string */.YjP().startsWith('/', { error: "must start with '/'" }))
        .default([])
        .describe('Only requests whose path starts with one of these are faulted; empty means all.'),
    latency: schemas/* strictObject */.rej({
        fixed: schema_primitives_duration('Delay added to each faulted request.'),
        jitter: schema_primitives_duration('Random extra delay, up to this much.').default('0s'),
        percent: percent('Share of requests delayed.').default(100)
    })
        .optional(),
    error: schemas/* strictObject */.rej({
        status: schemas/* int */.Whr()
            .min(100)
            .max(599)
            .default(503)
            .describe('HTTP status returned instead of forwarding.'),
        percent: percent('Share of requests answered with the error.').default(100),
        body: schemas/* string */.YjP().default('').describe('Response body of the injected error.')
    })
        .optional(),
    reset: schemas/* strictObject */.rej({ percent: percent('Share of connections reset.').default(100) })
        .optional(),
    bandwidth: schemas/* strictObject */.rej({
        bytesPerSecond: schemas/* int */.Whr().positive().describe('Throughput cap per connection.')
    })
        .optional()
})
    .describe('Local backend: an HTTP fault proxy in front of `upstream`. Percentages are 0–100.'));
const podKill = schemas/* lazy */.RZV(() => schemas/* strictObject */.rej({
    namespace: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe('Defaults to metadata.namespace, then the namespace setting.'),
    selector: schemas/* union */.KCZ([
        schemas/* string */.YjP().min(1).describe("A label selector such as 'app=checkout,tier!=db'."),
        schemas/* strictObject */.rej({
            matchLabels: labelMap().optional(),
            matchExpressions: schemas/* array */.YOg(schemas/* strictObject */.rej({
                key: schemas/* string */.YjP().min(1),
                operator: schemas/* enum */.k5n(['In', 'NotIn', 'Exists', 'DoesNotExist']),
                values: schemas/* array */.YOg(schemas/* string */.YjP()).optional()
            }))
                .optional()
        })
    ])
        .describe('Which pods may be killed.'),
    count: schemas/* int */.Whr().min(1).default(1).describe('How many matching pods to delete.'),
    gracePeriodSeconds: schemas/* int */.Whr().min(0).default(0).describe('0 kills abruptly, like a crash.'),
    restoreTimeout: schema_primitives_duration('How long the owner may take to bring readiness back.').default('2m')
})
    .describe('Kubernetes backend: delete random pods matching a selector, then time the restore.'));
const kubeObject = schemas/* lazy */.RZV(() => schemas/* looseObject */._H3({
    apiVersion: schemas/* string */.YjP().min(1),
    kind: schemas/* string */.YjP().min(1),
    metadata: schemas/* looseObject */._H3({}).optional()
})
    .describe('A backend object written inline: a ChaosEngine, a Chaos Mesh object or a VirtualService with a fault.'));
const awsFis = schemas/* lazy */.RZV(() => schemas/* strictObject */.rej({
    template: schemas/* looseObject */._H3({})
        .optional()
        .describe('An FIS experiment template (CreateExperimentTemplate body), created for the run.'),
    templateId: schemas/* string */.YjP()
        .regex(/^EXT[A-Za-z0-9]+$/, {
        error: "must be an FIS template id such as 'EXT1a2b3c4d5e6f7'"
    })
        .optional()
        .describe('An existing template to start; needs spec.duration.'),
    region: schemas/* string */.YjP()
        .regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, { error: "must be an AWS region such as 'eu-west-1'" })
        .optional()
        .describe("The region; absent, the SDK's default chain decides (AWS_REGION).")
}));
const blastRadius = schemas/* lazy */.RZV(() => schemas/* strictObject */.rej({
    maxTargets: schemas/* int */.Whr()
        .min(1)
        .optional()
        .describe('At most this many targets (never above the policy).'),
    maxPercentage: percent('At most this share of candidates (never above the policy).').optional()
}));
/** The keys of `spec` that name the fault; exactly one must be present. */
const FAULT_KEYS = [
    'fault',
    'faultRef',
    'httpProxy',
    'podKill',
    'toxiproxy',
    'awsFis',
    'gremlin'
];
/** An `Experiment` document. */
const experimentSchema = schemas/* lazy */.RZV(() => schemas/* strictObject */.rej({
    apiVersion: schemas/* literal */.euz('chaos-gate.dev/v1alpha1'),
    kind: schemas/* literal */.euz('Experiment'),
    metadata: schemas/* strictObject */.rej({
        name: dnsLabel('Unique within a run; part of the names of the objects the gate creates.'),
        namespace: schemas/* string */.YjP().min(1).optional().describe('Default namespace for the fault.'),
        labels: labelMap().optional(),
        annotations: labelMap().optional()
    }),
    spec: schemas/* strictObject */.rej({
        hypothesis: schemas/* string */.YjP().optional().describe('What you expect to hold while the fault runs.'),
        backend: schemas/* enum */.k5n(model/* BACKEND_KINDS */.p)
            .optional()
            .describe('Inferred from the fault when left out.'),
        duration: schema_primitives_duration('How long the fault lasts.').optional(),
        timeout: schema_primitives_duration("Upper bound for the experiment's whole lifecycle.").optional(),
        expect: schemas/* enum */.k5n(['pass', 'fail'])
            .default('pass')
            .describe('`fail` marks a negative test that must fail.'),
        fault: kubeObject.optional(),
        faultRef: schemas/* string */.YjP()
            .regex(/^[^#\s]+(#[^#\s]+)?$/, {
            error: "must be a path, optionally with '#name': faults/pod-kill.yaml#checkout"
        })
            .optional()
            .describe("A backend object in another file, relative to this one; '#name' picks a document by metadata.name."),
        httpProxy: httpProxy.optional(),
        podKill: podKill.optional(),
        toxiproxy: toxiproxySchema.optional(),
        gremlin: gremlinSchema.optional(),
        awsFis: awsFis
            .optional()
            .describe('AWS FIS backend: credentials come from the SDK default chain (OIDC on GitHub).'),
        blastRadius: blastRadius
            .optional()
            .describe('Tightens the blast-radius policy for this experiment; it can never loosen it.'),
        steadyState: steadyStateSchema.optional()
    })
})
    .describe('A chaos experiment run by Chaos Gate: one fault, its hypothesis and its steady state.'));

;// CONCATENATED MODULE: ./src/manifest/experiment/interpolate.ts

const interpolate_TOKEN = /\$\$\{|\$\{\{|\$\{([^}]*)\}/g;
const REFERENCE = /^([A-Za-z_][A-Za-z0-9_]*)(?::-(.*))?$/s;
/** Paths whose subtree is left untouched. */
const VERBATIM = [['spec', 'fault']];
/** A copy of `value` with every reference replaced, and an issue per reference that cannot be. */
function interpolate(value, env, locate) {
    const issues = [];
    const walk = (node, path) => {
        if (VERBATIM.some((v) => samePath(v, path)))
            return node;
        if (typeof node === 'string')
            return expand(node, env, (message, code, hint) => issues.push({ ...locate(path), severity: 'error', code, message, hint }));
        if (Array.isArray(node))
            return node.map((item, i) => walk(item, [...path, i]));
        if ((0,plain/* isRecord */.u4)(node))
            return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, [...path, k])]));
        return node;
    };
    return { value: walk(value, []), issues };
}
function expand(text, env, report) {
    if (!text.includes('$'))
        return text;
    return text.replace(interpolate_TOKEN, (token, body) => {
        if (token === '$${')
            return '${';
        if (token === '${{') {
            report('GitHub expressions (${{ … }}) are not evaluated in manifest files', 'interpolate/github-expression', 'Pass the value to the step as an environment variable (env: {NAME: ${{ secrets.NAME }}}) and write ${NAME} here.');
            return token;
        }
        const ref = REFERENCE.exec(body ?? '');
        if (!ref) {
            report(`malformed reference '${token}'`, 'interpolate/malformed', "Write ${NAME} or ${NAME:-default}; write $${ for a literal '${'.");
            return token;
        }
        const [, name = '', fallback] = ref;
        const found = env[name];
        if (found !== undefined && found !== '')
            return found;
        if (fallback !== undefined)
            return fallback;
        report(`environment variable ${name} is not set`, 'interpolate/unset', `Set ${name} for the gate, or give a default: \${${name}:-value}.`);
        return token;
    });
}
function samePath(a, b) {
    return a.length === b.length && a.every((step, i) => step === b[i]);
}

// EXTERNAL MODULE: ./src/manifest/experiment/steady-state/no-prometheus.ts
var no_prometheus = __webpack_require__(24266);
;// CONCATENATED MODULE: ./src/manifest/queries/cloudwatch-query.ts
/** GetMetricData's rule for a query id. */
const ID = /^[a-z][a-zA-Z0-9_]*$/;
const STAT = /^(?:Average|Sum|Minimum|Maximum|SampleCount|IQM|(?:p|tm|wm|tc|ts|pr)\d{1,2}(?:\.\d+)?|(?:TM|WM|TC|TS|PR)\([^()]+\))$/;
/** The metric math functions and keywords (CloudWatch user guide, "Metric math syntax"). */
const FUNCTIONS = new Set([
    'ABS',
    'ANOMALY_DETECTION_BAND',
    'AVG',
    'CEIL',
    'DATAPOINT_COUNT',
    'DB_PERF_INSIGHTS',
    'DIFF',
    'DIFF_TIME',
    'FILL',
    'FIRST',
    'FLOOR',
    'IF',
    'INSIGHT_RULE_METRIC',
    'LAMBDA',
    'LAST',
    'LOG',
    'LOG10',
    'MAX',
    'METRIC_COUNT',
    'METRICS',
    'MIN',
    'MINUTE',
    'HOUR',
    'DAY',
    'DATE',
    'MONTH',
    'YEAR',
    'EPOCH',
    'PERIOD',
    'RATE',
    'REMOVE_EMPTY',
    'RUNNING_SUM',
    'SEARCH',
    'SERVICE_QUOTA',
    'SLICE',
    'SORT',
    'STDDEV',
    'SUM',
    'TIME_SERIES',
    'AND',
    'OR',
    'NOT',
    'REPEAT',
    'LINEAR',
    'ASC',
    'DESC'
]);
const cloudwatch_query_TOKEN = /\s+|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\d+(?:\.\d+)?|[A-Za-z_][\w]*|[-+*/^(),[\]]|[<>=!]=?/y;
function cloudWatchQueryProblems(q) {
    const problems = [];
    const ids = Object.keys(q.metrics);
    if (ids.length === 0)
        problems.push({
            path: ['metrics'],
            message: 'no metric',
            expected: 'at least one metric, such as errors: {namespace: AWS/ApplicationELB, …}'
        });
    for (const [id, m] of Object.entries(q.metrics))
        problems.push(...metricProblems(id, m));
    if (q.expression === undefined && ids.length > 1)
        problems.push({
            path: ['expression'],
            message: `${ids.length} metrics and no expression, so nothing says which is the value`,
            expected: `an expression over ${ids.join(', ')}, such as ${ids[0] ?? 'a'} / ${ids[1] ?? 'b'}`
        });
    if (q.expression !== undefined)
        problems.push(...expressionProblems(q.expression, ids));
    if (!validPeriod(q.periodSeconds))
        problems.push({
            path: ['period'],
            message: `a period of ${q.periodSeconds}s`,
            expected: '1s, 5s, 10s, 30s or a multiple of 60s'
        });
    return problems;
}
function metricProblems(id, m) {
    const problems = [];
    if (id === 'value')
        problems.push({
            path: ['metrics', id],
            message: "'value' is the id the gate gives the check's answer",
            expected: 'another id, such as errors or requests'
        });
    else if (!ID.test(id))
        problems.push({
            path: ['metrics', id],
            message: `'${id}' is not a metric id CloudWatch accepts`,
            expected: 'a lower-case letter, then letters, digits or _'
        });
    if (!STAT.test(m.stat))
        problems.push({
            path: ['metrics', id, 'stat'],
            message: `'${m.stat}' is not a CloudWatch statistic`,
            expected: 'Average, Sum, Minimum, Maximum, SampleCount, or a percentile such as p99'
        });
    return problems;
}
function expressionProblems(expression, ids) {
    const at = (offset, message, expected) => ({
        path: ['expression'],
        message: `${message} (at character ${offset + 1} of '${expression}')`,
        expected
    });
    if (expression.trim() === '')
        return [at(0, 'the expression is empty', 'e.g. errors / requests')];
    // A Metrics Insights query is CloudWatch's own SQL: only its brackets are checked here.
    const insights = /^\s*SELECT\s/i.test(expression);
    const open = [];
    const pairs = { '(': ')', '[': ']' };
    cloudwatch_query_TOKEN.lastIndex = 0;
    let i = 0;
    while (i < expression.length) {
        cloudwatch_query_TOKEN.lastIndex = i;
        const m = cloudwatch_query_TOKEN.exec(expression);
        if (!m || m.index !== i)
            return [at(i, `unexpected '${expression[i] ?? ''}'`, 'names, numbers, operators or brackets')];
        const token = m[0];
        if (token === '(' || token === '[')
            open.push({ char: token, at: i });
        else if (token === ')' || token === ']') {
            const last = open.pop();
            if (!last || pairs[last.char] !== token)
                return [at(i, `unbalanced '${token}'`, last ? (pairs[last.char] ?? '') : 'no bracket')];
        }
        else if (!insights && /^[A-Za-z_]/.test(token)) {
            if (/^[a-z]/.test(token) && !ids.includes(token))
                return [
                    at(i, `'${token}' is not one of the check's metrics`, ids.join(', ') || 'a metric id')
                ];
            if (/^[A-Z]/.test(token) && !FUNCTIONS.has(token) && !ids.includes(token))
                return [at(i, `'${token}' is not a metric math function`, 'such as SUM, FILL, RATE or IF')];
        }
        i += token.length;
    }
    const unclosed = open.pop();
    return unclosed
        ? [at(unclosed.at, `'${unclosed.char}' is never closed`, pairs[unclosed.char] ?? '')]
        : [];
}
function validPeriod(seconds) {
    return [1, 5, 10, 30].includes(seconds) || (seconds >= 60 && seconds % 60 === 0);
}
/** The question in one line, for reports: the expression, else the one metric. */
function cloudWatchText(q) {
    if (q.expression !== undefined)
        return q.expression;
    const [m] = Object.values(q.metrics);
    if (!m)
        return '';
    const dims = Object.entries(m.dimensions)
        .map(([k, v]) => `${k}=${v}`)
        .join(',');
    return `${m.stat}(${m.namespace} ${m.name}${dims ? `{${dims}}` : ''})`;
}

;// CONCATENATED MODULE: ./src/manifest/queries/datadog-query.ts
/**
 * A light syntax check of Datadog metric queries (`avg:trace.http.request.errors{service:checkout}
 * .as_rate()`), run at load so `chaos-gate validate` catches a typo: brackets must balance, and
 * every metric must be written `aggregator:metric{scope}`. Datadog itself remains the judge of
 * everything else; its 400 answer is a `query` error on the first measurement.
 */
const PAIRS = { '(': ')', '{': '}', '[': ']' };
const METRIC = /(?:^|[\s(,+\-*/])([a-z0-9_]+):([A-Za-z][\w.]*)(\{[^}]*\})?/g;
const AGGREGATORS = new Set(['avg', 'sum', 'min', 'max', 'count']);
function datadogQueryProblem(query) {
    if (query.trim() === '')
        return { message: 'the query is empty', offset: 0, expected: 'avg:METRIC{SCOPE}' };
    const brackets = bracketProblem(query);
    if (brackets)
        return brackets;
    const metrics = [...query.matchAll(METRIC)];
    if (metrics.length === 0)
        return {
            message: 'no metric in the query',
            offset: 0,
            expected: 'aggregator:metric{scope}, such as avg:system.cpu.user{env:staging}'
        };
    for (const m of metrics) {
        const aggregator = m[1] ?? '';
        const at = (m.index ?? 0) + m[0].indexOf(aggregator);
        if (!AGGREGATORS.has(aggregator) && !/^p\d{1,2}$/.test(aggregator))
            return {
                message: `'${aggregator}' is not a space aggregator`,
                offset: at,
                expected: 'avg, sum, min, max, count or a percentile such as p99'
            };
        if (m[3] === undefined)
            return {
                message: `metric '${m[2] ?? ''}' has no scope`,
                offset: at,
                expected: '{*} or {tag:value}'
            };
    }
    return undefined;
}
/**
 * A v2 formula over named queries (`errors / hits * 100`): brackets balance, and every name that
 * is not a function call (`per_second(errors)`) is one of the check's queries.
 */
function datadogFormulaProblem(f) {
    const names = Object.keys(f.queries);
    if (names.length === 0)
        return {
            message: 'no queries for the formula',
            offset: 0,
            expected: 'queries: {a: avg:METRIC{SCOPE}}'
        };
    const bad = names.find((n) => !/^[a-z][a-z0-9_]*$/.test(n));
    if (bad !== undefined)
        return {
            message: `'${bad}' is not a query name Datadog accepts`,
            offset: 0,
            expected: 'lower-case letters, digits and _'
        };
    for (const m of f.formula.matchAll(/[A-Za-z_][\w]*/g)) {
        const after = f.formula.slice((m.index ?? 0) + m[0].length).trimStart();
        if (after.startsWith('(') || names.includes(m[0]))
            continue;
        return {
            message: `'${m[0]}' is not one of the check's queries`,
            offset: m.index ?? 0,
            expected: names.join(', ')
        };
    }
    return bracketProblem(f.formula);
}
/** The first bracket that is never closed or closes the wrong one. */
function bracketProblem(query) {
    const open = [];
    for (let i = 0; i < query.length; i++) {
        const c = query[i] ?? '';
        if (PAIRS[c])
            open.push({ char: c, at: i });
        else if (Object.values(PAIRS).includes(c)) {
            const last = open.pop();
            if (!last || PAIRS[last.char] !== c)
                return {
                    message: `unbalanced '${c}'`,
                    offset: i,
                    expected: last ? (PAIRS[last.char] ?? '') : 'no closing bracket'
                };
        }
    }
    const unclosed = open.pop();
    if (unclosed)
        return {
            message: `'${unclosed.char}' is never closed`,
            offset: unclosed.at,
            expected: PAIRS[unclosed.char] ?? ''
        };
    return undefined;
}

// EXTERNAL MODULE: ./src/manifest/queries/kube-query.ts
var kube_query = __webpack_require__(33360);
;// CONCATENATED MODULE: ./src/manifest/experiment/steady-state/steady-state-check.ts





/** Placeholders a query may use (docs/manifests.md, `steadyState`). */
const QUERY_PLACEHOLDERS = ['window', 'start', 'end', 'duration'];
function toCheck(c, block, location, add) {
    const d = block.defaults;
    const sources = [c.query, c.metric, c.kubernetes, c.datadog, c.cloudwatch, c.slo].filter((s) => s !== undefined).length;
    if (sources !== 1) {
        add([], 'steady-state/source', `check '${c.name}' must give exactly one of query (PromQL), metric (a probe metric), kubernetes, datadog, cloudwatch or slo; it gives ${sources}`);
        return undefined;
    }
    const cloudwatch = c.cloudwatch ? toCloudWatch(c.cloudwatch, ['cloudwatch'], add) : undefined;
    const datadog = typeof c.datadog === 'object' ? toDatadogFormula(c.datadog, add) : undefined;
    const query = c.query ??
        c.metric ??
        c.kubernetes ??
        (typeof c.datadog === 'string' ? c.datadog : datadog?.formula) ??
        (cloudwatch && cloudWatchText(cloudwatch)) ??
        c.slo?.errorRatio ??
        '';
    const source = sourceOf(c, query);
    if (source === 'kubernetes')
        checkKubeQuery(query, ['kubernetes'], add);
    else if (source === 'datadog' && !datadog)
        checkDatadogQuery(query, ['datadog'], add);
    else if (source !== 'datadog' && source !== 'cloudwatch')
        checkTemplates(query, c.query !== undefined ? ['query'] : ['slo', 'errorRatio'], add);
    if (!c.threshold && !c.relative && !c.slo)
        add([], 'steady-state/no-rule', `check '${c.name}' has no threshold, relative or slo rule, so it can never fail`);
    if (c.slo)
        for (const rule of ['threshold', 'warn', 'relative'])
            if (c[rule] !== undefined)
                add([rule], 'steady-state/slo-rule', `check '${c.name}' is judged by its slo burn rate, so ${rule} would never be applied`, `move ${rule} to a check of its own on the same query`);
    checkBounds(c.threshold, ['threshold'], add);
    checkBounds(c.warn, ['warn'], add);
    const phases = c.phases ?? ['before', 'during', 'after'];
    if (c.relative && c.relative.maxIncrease === undefined && c.relative.maxDecrease === undefined)
        add(['relative'], 'steady-state/relative', 'relative needs maxIncrease or maxDecrease');
    if (c.relative && !phases.includes('before'))
        add(['phases'], 'steady-state/relative', "a relative check compares with the baseline measured before the fault, so its phases must include 'before'");
    const breaches = c.breaches ?? d.breaches ?? 1;
    const of = c.of ?? d.of ?? 1;
    if (breaches > of)
        add(['breaches'], 'steady-state/breaches', `breaches (${breaches}) cannot be more than of (${of})`);
    const guard = c.guard ? toGuard(c.guard, source, add) : undefined;
    return {
        name: c.name,
        source,
        query,
        phases,
        breaches,
        of,
        errorLimit: c.errorLimit ?? d.errorLimit ?? 3,
        noData: c.noData ?? d.noData ?? 'inconclusive',
        series: c.series ?? d.series ?? 'each',
        dryRun: c.dryRun,
        windowMs: durationMs(c.window ?? d.window ?? '1m'),
        location,
        ...(c.threshold ? { threshold: toBounds(c.threshold) } : {}),
        ...(c.warn ? { warn: toBounds(c.warn) } : {}),
        ...(c.relative ? { relative: toRelative(c.relative) } : {}),
        ...(c.slo ? { slo: toSlo(c.slo) } : {}),
        ...(guard ? { guard } : {}),
        ...(cloudwatch && { cloudwatch }),
        ...(datadog && { datadog })
    };
}
function sourceOf(c, query) {
    if (c.kubernetes !== undefined)
        return 'kubernetes';
    if (c.datadog !== undefined)
        return 'datadog';
    if (c.cloudwatch !== undefined)
        return 'cloudwatch';
    return c.metric !== undefined || steady_state_model/* PROBE_METRICS */.X.some((m) => m === query) ? 'probe' : 'prometheus';
}
/** A kubernetes query that does not parse fails validation, not the first measurement. */
function checkKubeQuery(query, path, add) {
    const parsed = (0,kube_query/* parseKubeQuery */.bQ)(query);
    if ((0,kube_query/* isKubeQueryProblem */.Jv)(parsed))
        add(path, 'steady-state/kubernetes-query', `${parsed.message} (at character ${parsed.offset + 1} of '${query}')`, `Expected ${parsed.expected}.`);
}
/** A Datadog query whose brackets or metrics are malformed fails validation. */
function checkDatadogQuery(query, path, add) {
    const problem = datadogQueryProblem(query);
    if (problem)
        add(path, 'steady-state/datadog-query', `${problem.message} (at character ${problem.offset + 1} of '${query}')`, `Expected ${problem.expected}.`);
}
/** A CloudWatch question in the model; its problems are validation errors under `path`. */
function toCloudWatch(q, path, add) {
    const periodMs = durationMs(q.period);
    const query = {
        metrics: Object.fromEntries(Object.entries(q.metrics).map(([id, m]) => [
            id,
            { namespace: m.namespace, name: m.metric, dimensions: m.dimensions, stat: m.stat }
        ])),
        periodSeconds: periodMs / 1000,
        ...(q.expression !== undefined && { expression: q.expression })
    };
    for (const p of cloudWatchQueryProblems(query))
        add([...path, ...p.path], 'steady-state/cloudwatch-query', p.message, `Expected ${p.expected}.`);
    return query;
}
/** Datadog v2 queries and formula; each query and the formula's names are checked. */
function toDatadogFormula(f, add) {
    for (const [name, query] of Object.entries(f.queries))
        checkDatadogQuery(query, ['datadog', 'queries', name], add);
    const problem = datadogFormulaProblem(f);
    if (problem)
        add(['datadog', 'formula'], 'steady-state/datadog-query', `${problem.message} (at character ${problem.offset + 1} of '${f.formula}')`, `Expected ${problem.expected}.`);
    return { queries: f.queries, formula: f.formula };
}
function toBounds(b) {
    return {
        ...(b.min === undefined ? {} : { min: b.min }),
        ...(b.max === undefined ? {} : { max: b.max })
    };
}
function toRelative(r) {
    return {
        slack: r.slack,
        ...(r.maxIncrease === undefined ? {} : { maxIncrease: toFraction(r.maxIncrease) }),
        ...(r.maxDecrease === undefined ? {} : { maxDecrease: toFraction(r.maxDecrease) })
    };
}
function toSlo(s) {
    return {
        objective: toFraction(s.objective),
        errorRatio: s.errorRatio,
        periodMs: durationMs(s.period),
        burnRate: s.burnRate.map((b) => ({ shortMs: durationMs(b.short), max: b.max })),
        ...(s.maxBudgetSpend === undefined ? {} : { maxBudgetSpend: toFraction(s.maxBudgetSpend) })
    };
}
function toGuard(g, source, add) {
    if (source === 'cloudwatch')
        return toCloudWatchGuard(g, add);
    const query = g.query ?? g.metric;
    if (g.cloudwatch !== undefined)
        add(['guard', 'cloudwatch'], 'steady-state/guard', 'only a cloudwatch check has a cloudwatch guard');
    if ((g.query === undefined) === (g.metric === undefined))
        add(['guard'], 'steady-state/guard', 'guard needs exactly one of query or metric');
    else if ((g.metric !== undefined) !== (source === 'probe'))
        add(['guard'], 'steady-state/guard', `the guard must be measured by the same source as its check (${source === 'probe' ? 'metric' : `query, in the ${source} check's language`})`);
    if (g.min === undefined && g.max === undefined)
        add(['guard'], 'steady-state/guard', 'guard needs min or max');
    if (g.query !== undefined && source === 'kubernetes')
        checkKubeQuery(g.query, ['guard', 'query'], add);
    else if (g.query !== undefined && source === 'datadog')
        checkDatadogQuery(g.query, ['guard', 'query'], add);
    else if (g.query !== undefined)
        checkTemplates(g.query, ['guard', 'query'], add);
    return query === undefined
        ? undefined
        : {
            query,
            ...(g.min === undefined ? {} : { min: g.min }),
            ...(g.max === undefined ? {} : { max: g.max })
        };
}
function toCloudWatchGuard(g, add) {
    if (g.cloudwatch === undefined || g.query !== undefined || g.metric !== undefined) {
        add(['guard'], 'steady-state/guard', "a cloudwatch check's guard is a cloudwatch question");
        return undefined;
    }
    if (g.min === undefined && g.max === undefined)
        add(['guard'], 'steady-state/guard', 'guard needs min or max');
    const cloudwatch = toCloudWatch(g.cloudwatch, ['guard', 'cloudwatch'], add);
    return {
        query: cloudWatchText(cloudwatch),
        cloudwatch,
        ...(g.min === undefined ? {} : { min: g.min }),
        ...(g.max === undefined ? {} : { max: g.max })
    };
}
function checkBounds(b, path, add) {
    if (!b)
        return;
    if (b.min === undefined && b.max === undefined)
        add(path, 'steady-state/bounds', `${String(path[0])} needs min or max`);
    else if (b.min !== undefined && b.max !== undefined && b.min > b.max)
        add(path, 'steady-state/bounds', `${String(path[0])}.min (${b.min}) is above max (${b.max})`);
}
/** Reports every {{placeholder}} in `query` that the gate does not substitute. */
function checkTemplates(query, path, add) {
    for (const m of query.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
        const name = m[1] ?? '';
        if (!QUERY_PLACEHOLDERS.includes(name)) {
            add(path, 'steady-state/placeholder', `unknown placeholder '{{${name}}}' in the query`, `The gate substitutes only ${QUERY_PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}.`);
        }
    }
}

;// CONCATENATED MODULE: ./src/manifest/experiment/steady-state/steady-state-sources.ts

function toEndpoint(p, add) {
    if (!/^https?:\/\/[^\s/]+/.test(p.url))
        add(['prometheus', 'url'], 'steady-state/url', `prometheus.url must be an http:// or https:// URL; got '${p.url}'`);
    return {
        url: p.url,
        headers: p.headers,
        timeoutMs: durationMs(p.timeout),
        retries: p.retries,
        strictWarnings: p.strictWarnings,
        insecureSkipVerify: p.insecureSkipVerify,
        ...(p.caFile === undefined ? {} : { caFile: p.caFile }),
        ...(p.bearerToken === undefined ? {} : { bearerToken: p.bearerToken }),
        ...(p.sigv4 === undefined ? {} : { sigv4: toSigV4(p.sigv4, add) }),
        ...(p.scrapeInterval === undefined ? {} : { scrapeIntervalMs: durationMs(p.scrapeInterval) })
    };
}
/** The Datadog endpoint; an explicit `url` must be http(s). */
function toDatadog(d, add) {
    // Checked here, after ${VAR} interpolation, rather than as a schema pattern editors would apply
    // to the text before it.
    if (!/^[a-z0-9][a-z0-9.-]*$/.test(d.site))
        add(['datadog', 'site'], 'steady-state/datadog-site', `datadog.site must be a host name such as datadoghq.eu; got '${d.site}'`);
    if (d.url !== undefined && !/^https?:\/\/[^\s/]+/.test(d.url))
        add(['datadog', 'url'], 'steady-state/url', `datadog.url must be an http:// or https:// URL; got '${d.url}'`);
    return {
        site: d.site,
        apiKey: d.apiKey,
        appKey: d.appKey,
        timeoutMs: durationMs(d.timeout),
        api: d.api,
        ...(d.url !== undefined && { url: d.url.replace(/\/+$/, '') })
    };
}
/** Amazon Managed Prometheus signing; a bearer token would be overwritten by the signature. */
function toSigV4(s, add) {
    if (s.region !== undefined && !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(s.region))
        add(['prometheus', 'sigv4', 'region'], 'steady-state/aws-region', `sigv4.region must be an AWS region such as eu-west-1; got '${s.region}'`);
    return { service: s.service, ...(s.region !== undefined && { region: s.region }) };
}
/** Where CloudWatch is read; an explicit `url` must be http(s), a region look like one. */
function toCloudWatchEndpoint(c, add) {
    if (c.region !== undefined && !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(c.region))
        add(['cloudwatch', 'region'], 'steady-state/aws-region', `cloudwatch.region must be an AWS region such as eu-west-1; got '${c.region}'`);
    if (c.url !== undefined && !/^https?:\/\/[^\s/]+/.test(c.url))
        add(['cloudwatch', 'url'], 'steady-state/url', `cloudwatch.url must be an http:// or https:// URL; got '${c.url}'`);
    return {
        timeoutMs: durationMs(c.timeout),
        maxAttempts: c.maxAttempts,
        ...(c.region !== undefined && { region: c.region }),
        ...(c.url !== undefined && { url: c.url.replace(/\/+$/, '') })
    };
}
/** Steady load: like the probe's, but always an absolute URL (it runs before any proxy exists). */
function toLoad(p, add) {
    if (!/^https?:\/\/[^\s/]+/.test(p.url))
        add(['load', 'url'], 'steady-state/url', `load.url must be an http:// or https:// URL; got '${p.url}'`);
    return {
        url: p.url,
        method: p.method,
        ratePerSecond: p.rate,
        timeoutMs: durationMs(p.timeout),
        okStatus: p.okStatus.map((s) => toStatusRange(s, ['load', 'okStatus'], add)),
        headers: p.headers
    };
}
function toProbe(p, localProxy, add) {
    const absolute = /^https?:\/\/[^\s/]+/.test(p.url);
    if (!absolute && !(localProxy && p.url.startsWith('/'))) {
        add(['probe', 'url'], 'steady-state/url', `probe.url must be an http:// or https:// URL${localProxy ? " or a path starting with '/'" : ''}; got '${p.url}'`);
    }
    const okStatus = p.okStatus.map((s) => toStatusRange(s, ['probe', 'okStatus'], add));
    return {
        url: p.url,
        method: p.method,
        ratePerSecond: p.rate,
        timeoutMs: durationMs(p.timeout),
        okStatus,
        headers: p.headers
    };
}
function toStatusRange(s, path, add) {
    if (typeof s === 'number')
        return { from: s, to: s };
    const [from = 0, to = 0] = s.split('-').map(Number);
    if (from > to)
        add(path, 'steady-state/status', `status range '${s}' is reversed`);
    return { from, to };
}

;// CONCATENATED MODULE: ./src/manifest/experiment/steady-state/steady-state-spec.ts




/** The model of the block, and the problems found. */
function toSteadyStateSpec(input, ctx) {
    const issues = [];
    const add = (path, code, message, hint) => {
        issues.push({
            ...ctx.locate([...ctx.base, ...path]),
            severity: 'error',
            code,
            message,
            ...(hint ? { hint } : {})
        });
    };
    const prometheus = input.prometheus ? toEndpoint(input.prometheus, add) : ctx.prometheus;
    const probe = input.probe ? toProbe(input.probe, ctx.localProxy, add) : undefined;
    const load = input.load ? toLoad(input.load, add) : undefined;
    const datadog = input.datadog ? toDatadog(input.datadog, add) : undefined;
    const cloudwatch = input.cloudwatch ? toCloudWatchEndpoint(input.cloudwatch, add) : undefined;
    const seen = new Set();
    const checks = [];
    input.checks.forEach((check, i) => {
        if (seen.has(check.name))
            add(['checks', i, 'name'], 'steady-state/duplicate', `check name '${check.name}' is used twice`);
        seen.add(check.name);
        const spec = toCheck(check, input, ctx.locate([...ctx.base, 'checks', i]), (p, c, m, h) => add(['checks', i, ...p], c, m, h));
        if (!spec)
            return;
        if (spec.source === 'prometheus' && !prometheus) {
            add(['checks', i], 'steady-state/no-prometheus', `check '${check.name}' queries Prometheus, but ${no_prometheus/* NO_PROMETHEUS */.H2}`, no_prometheus/* SET_PROMETHEUS_HINT */.g9);
        }
        if (spec.source === 'datadog' && !datadog) {
            add(['checks', i], 'steady-state/no-datadog', `check '${check.name}' queries Datadog, but steadyState.datadog is not set`, 'Add steadyState.datadog: {site: datadoghq.com, apiKey: ${DD_API_KEY}, appKey: ${DD_APP_KEY}}.');
        }
        if (spec.source === 'cloudwatch' && !cloudwatch) {
            add(['checks', i], 'steady-state/no-cloudwatch', `check '${check.name}' queries CloudWatch, but steadyState.cloudwatch is not set`, 'Add steadyState.cloudwatch: {region: eu-west-1}; credentials come from the AWS SDK default chain.');
        }
        if (spec.source === 'probe' && !probe) {
            add(['checks', i], 'steady-state/no-probe', `check '${check.name}' reads the probe metric '${spec.query}', but steadyState.probe is not set`, 'Add steadyState.probe: {url: <an endpoint of the service>}.');
        }
        checks.push(spec);
    });
    const d = input.defaults;
    const spec = {
        checks,
        intervalMs: durationMs(d.interval),
        minSamples: d.minSamples,
        before: {
            samples: input.phases.before.samples,
            spacingMs: durationMs(input.phases.before.spacing)
        },
        during: { abortOnFail: input.phases.during.abortOnFail },
        after: {
            settleMs: durationMs(input.phases.after.settle),
            timeoutMs: durationMs(input.phases.after.timeout)
        },
        verdict: input.verdict,
        ...(probe ? { probe } : {}),
        ...(load ? { load } : {}),
        ...(datadog ? { datadog } : {}),
        ...(cloudwatch && { cloudwatch }),
        ...(prometheus ? { prometheus } : {}),
        ...(ctx.namespace !== undefined && { namespace: ctx.namespace })
    };
    return { spec, issues };
}

;// CONCATENATED MODULE: ./src/manifest/experiment/experiment-document.ts






/** Reads one Experiment document. */
function plannedFromExperiment(doc, ctx) {
    const expanded = interpolate(doc.value, ctx.env, doc.locate);
    const parsed = parseWithSchema(experimentSchema, expanded.value, doc.locate);
    // A value whose ${VAR} could not be expanded fails the schema too; report the cause only.
    const unexpanded = new Set(expanded.issues.map((i) => `${i.line}:${i.col}`));
    const issues = [
        ...expanded.issues,
        ...parsed.issues.filter((i) => !unexpanded.has(`${i.line}:${i.col}`))
    ];
    const input = parsed.data;
    if (!input || issues.length > 0)
        return { issues };
    const at = (path) => doc.locate(path);
    const present = FAULT_KEYS.filter((k) => input.spec[k] !== undefined);
    if (present.length !== 1) {
        const message = present.length === 0
            ? 'spec names no fault'
            : `spec names ${present.length} faults (${present.join(', ')})`;
        return {
            issues: [
                {
                    ...at(['spec']),
                    severity: 'error',
                    code: 'experiment/fault',
                    message,
                    expected: `exactly one of ${FAULT_KEYS.join(', ')}`
                }
            ]
        };
    }
    const part = experiment_fault_readFault(doc, input, ctx, issues);
    if (!part)
        return { issues };
    const backend = input.spec.backend;
    if (backend !== undefined && backend !== part.backend) {
        issues.push({
            ...at(['spec', 'backend']),
            severity: 'error',
            code: 'backend/mismatch',
            message: `spec.backend is '${backend}', but a ${part.kind} fault runs on the '${part.backend}' backend`,
            hint: 'Leave spec.backend out; it is inferred from the fault.'
        });
    }
    const timeoutMs = input.spec.timeout === undefined ? undefined : durationMs(input.spec.timeout);
    if (timeoutMs !== undefined && part.durationMs !== undefined && timeoutMs <= part.durationMs) {
        issues.push({
            ...at(['spec', 'timeout']),
            severity: 'error',
            code: 'experiment/timeout',
            message: `spec.timeout (${input.spec.timeout}) must be longer than the fault's duration`,
            hint: 'The timeout bounds the whole experiment: before, during and after the fault.'
        });
    }
    // Where kubernetes checks look by default: the document's namespace, else the setting.
    const checksNamespace = input.metadata.namespace ?? ctx.namespace;
    const steady = input.spec.steadyState
        ? toSteadyStateSpec(input.spec.steadyState, {
            locate: doc.locate,
            base: ['spec', 'steadyState'],
            // Both put a proxy in front of the service: a probe's '/path' goes through it.
            localProxy: part.fault.kind === 'http-proxy' || part.fault.kind === 'toxiproxy',
            ...(checksNamespace !== undefined && { namespace: checksNamespace }),
            ...(ctx.prometheus ? { prometheus: ctx.prometheus } : {})
        })
        : undefined;
    issues.push(...(steady?.issues ?? []));
    if (issues.some((i) => i.severity === 'error'))
        return { issues };
    const override = input.spec.blastRadius;
    const experiment = {
        name: input.metadata.name,
        source: doc.start,
        locate: part.locate ?? doc.locate,
        backend: part.backend,
        kind: part.kind,
        fault: part.fault,
        expect: input.spec.expect,
        ...(part.action === undefined || part.action === '' ? {} : { action: part.action }),
        ...(part.namespace === undefined ? {} : { namespace: part.namespace }),
        ...(part.targets === undefined ? {} : { targets: part.targets }),
        ...(part.durationMs === undefined ? {} : { durationMs: part.durationMs }),
        ...(timeoutMs === undefined ? {} : { timeoutMs }),
        ...(input.spec.hypothesis === undefined ? {} : { hypothesis: input.spec.hypothesis }),
        ...(steady ? { steadyState: steady.spec } : {}),
        ...(override
            ? {
                blastRadius: {
                    ...(override.maxTargets === undefined ? {} : { maxTargets: override.maxTargets }),
                    ...(override.maxPercentage === undefined
                        ? {}
                        : { maxPercentage: toPercent(override.maxPercentage) })
                }
            }
            : {})
    };
    return { planned: { experiment, sites: part.sites, doc }, issues };
}

// EXTERNAL MODULE: ./src/manifest/read/find-files.ts + 1 modules
var find_files = __webpack_require__(70952);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/manifest/read/source-file.ts
/**
 * Reads one manifest file defensively: the size is checked before a byte is read, binary and
 * non-UTF-8 content is refused with the position of the first bad byte, and nothing here throws
 * for bad input. Hostile files become issues; other files are unaffected.
 */


/** Manifests are small; anything bigger is a mistake or an attack, and YAML parsing is superlinear. */
const MAX_FILE_BYTES = 1024 * 1024;
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
/**
 * Reads `path` (shown to users as `file`) as UTF-8 text within `limit` bytes. Synchronous fs calls
 * on purpose: manifests are small, and a plan reads a thousand of them several times faster this
 * way than through the libuv thread pool (open, fstat, read and close each a round trip).
 */
function readSourceFile(path, file, limit = MAX_FILE_BYTES) {
    let bytes;
    try {
        const { size } = (0,external_node_fs_.statSync)(path);
        if (size > limit)
            return reject(file, 1, 1, 'file/too-large', tooLarge(size, limit));
        bytes = (0,external_node_fs_.readFileSync)(path);
    }
    catch (err) {
        return reject(file, 1, 1, 'file/unreadable', `cannot read the file: ${(0,util_errors/* errorMessage */.gJ)(err)}`);
    }
    // The file may have grown between stat and read.
    if (bytes.length > limit)
        return reject(file, 1, 1, 'file/too-large', tooLarge(bytes.length, limit));
    return decodeSource(bytes, file);
}
/** Decodes bytes as UTF-8 manifest text, refusing UTF-16, binary content and invalid sequences. */
function decodeSource(bytes, file) {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        return reject(file, 1, 1, 'file/encoding', 'the file is UTF-16 encoded', {
            expected: 'UTF-8',
            hint: 'Save the file as UTF-8.'
        });
    }
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
        const at = position(bytes, nul);
        return reject(file, at.line, at.col, 'file/binary', 'the file contains a NUL byte (binary content)', {
            expected: 'a YAML or JSON text file'
        });
    }
    try {
        return { kind: 'text', text: decoder.decode(bytes) };
    }
    catch {
        const bad = firstInvalidUtf8(bytes);
        const at = position(bytes, bad);
        const byte = (bytes[bad] ?? 0).toString(16).padStart(2, '0');
        return reject(file, at.line, at.col, 'file/encoding', `invalid UTF-8 byte 0x${byte}`, {
            expected: 'UTF-8 text',
            hint: 'Re-save the file as UTF-8 (for example with `iconv -f latin1 -t utf-8`).'
        });
    }
}
function tooLarge(size, limit) {
    return `the file is ${formatBytes(size)}, over the ${formatBytes(limit)} limit for a manifest`;
}
/** Human sizes: `10.0 MiB`, `512 KiB`, `12 bytes`. */
function formatBytes(n) {
    if (n >= 1024 * 1024)
        return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
    if (n >= 1024)
        return `${Math.round(n / 1024)} KiB`;
    return `${n} bytes`;
}
/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i] ?? 0;
        const len = b < 0x80
            ? 1
            : b >= 0xc2 && b < 0xe0
                ? 2
                : b >= 0xe0 && b < 0xf0
                    ? 3
                    : b >= 0xf0 && b < 0xf5
                        ? 4
                        : 0;
        if (len === 0)
            return i;
        for (let k = 1; k < len; k++) {
            const c = bytes[i + k];
            if (c === undefined || (c & 0xc0) !== 0x80)
                return i;
        }
        // Overlong forms, UTF-16 surrogates and code points past U+10FFFF (RFC 3629, table 3-7).
        const second = bytes[i + 1] ?? 0;
        if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second >= 0xa0))
            return i;
        if ((b === 0xf0 && second < 0x90) || (b === 0xf4 && second >= 0x90))
            return i;
        i += len;
    }
    return Math.max(0, bytes.length - 1);
}
/** 1-based line and column (in characters of the valid prefix) of a byte offset. */
function position(bytes, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
        if (bytes[i] === 0x0a) {
            line++;
            lineStart = i + 1;
        }
    }
    const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
    return { line, col: [...prefix].length + 1 };
}
function reject(file, line, col, code, message, extra = {}) {
    return {
        kind: 'rejected',
        issue: { file, line, col, severity: 'error', code, message, ...extra }
    };
}

;// CONCATENATED MODULE: ./src/manifest/read/locate.ts
/**
 * Maps a path inside a parsed YAML document back to where it was written. A path that does not
 * exist (a missing field) falls back to its nearest existing parent, so every issue has a place.
 */

/** Builds the Locate of one document. Nodes are walked on demand, only when an issue needs a place. */
function locateIn(file, doc, lines, fallback) {
    const at = (offset) => {
        if (offset === undefined)
            return fallback;
        const { line, col } = lines.linePos(offset);
        return { file, line, col };
    };
    return (path) => {
        let node = doc.contents;
        let here = at(nodeStart(node));
        for (const segment of path) {
            const step = child(doc, node, segment);
            if (!step)
                return here;
            node = step.value;
            here = at(step.keyStart ?? nodeStart(node));
        }
        return here;
    };
}
function child(doc, node, segment) {
    const target = (0,dist.isAlias)(node) ? node.resolve(doc) : node;
    if ((0,dist.isMap)(target)) {
        for (const pair of target.items) {
            if (!(0,dist.isPair)(pair))
                continue;
            const key = (0,dist.isScalar)(pair.key) ? pair.key.value : pair.key;
            if (String(key) !== String(segment))
                continue;
            const value = (0,dist.isAlias)(pair.value) ? pair.value.resolve(doc) : pair.value;
            const valueIsCollection = (0,dist.isMap)(value) || (0,dist.isSeq)(value);
            const keyStart = valueIsCollection || value === null ? nodeStart(pair.key) : undefined;
            return keyStart === undefined ? { value: pair.value } : { value: pair.value, keyStart };
        }
        return undefined;
    }
    if ((0,dist.isSeq)(target) && typeof segment === 'number') {
        const item = target.items[segment];
        return item === undefined ? undefined : { value: item };
    }
    return undefined;
}
function nodeStart(node) {
    return (0,dist.isNode)(node) ? node.range?.[0] : undefined;
}

;// CONCATENATED MODULE: ./src/manifest/read/locate-within.ts
/**
 * Maps an offset inside a string value back to its line and column in the file, so an error in a
 * multi-line PromQL query points at the offending token, not at the `|` that starts the block.
 * Literal blocks (`|`), single-line plain scalars and quoted scalars without escapes map exactly;
 * for anything else (folded `>` blocks, multi-line plain or escaped strings) the answer is
 * undefined and callers fall back to where the value starts.
 */

function locateWithinIn(file, doc, lines, text) {
    return (path, offset) => {
        const node = doc.getIn(path, true);
        if (!(0,dist.isScalar)(node) || typeof node.value !== 'string' || !node.range)
            return undefined;
        const pos = sourceOffset(node, node.value, text, offset);
        return pos === undefined ? undefined : { file, ...lines.linePos(pos) };
    };
}
function sourceOffset(node, value, text, offset) {
    const [start, end] = node.range ?? [0, 0];
    const source = text.slice(start, end);
    switch (node.type) {
        case dist.Scalar.BLOCK_LITERAL:
            return literalOffset(start, source, value, offset);
        case dist.Scalar.PLAIN:
            return source === value ? start + offset : undefined;
        case dist.Scalar.QUOTE_SINGLE:
        case dist.Scalar.QUOTE_DOUBLE:
            return source.slice(1, -1) === value ? start + 1 + offset : undefined;
        default:
            return undefined;
    }
}
/** A literal block keeps its lines: value line k is content line k, shifted by the indentation. */
function literalOffset(start, source, value, offset) {
    const header = source.indexOf('\n');
    if (header < 0)
        return undefined;
    const contentStart = start + header + 1;
    const content = source.slice(header + 1).split('\n');
    const explicit = /^[|][+-]?(\d)|^[|](\d)[+-]?/.exec(source);
    const indent = explicit
        ? Number(explicit[1] ?? explicit[2])
        : (/^ */.exec(content.find((l) => l.trim() !== '') ?? '')?.[0].length ?? 0);
    const before = value.slice(0, offset).split('\n');
    const line = before.length - 1;
    const col = before[line]?.length ?? 0;
    if (line >= content.length)
        return undefined;
    const lineStart = content.slice(0, line).reduce((n, l) => n + l.length + 1, contentStart);
    return lineStart + indent + col;
}

;// CONCATENATED MODULE: ./src/manifest/read/yaml-limits.ts
/** Flow collections (`[`, `{`) nested deeper than this are refused before parsing. */
const MAX_FLOW_DEPTH = 100;
/**
 * Block collections (indentation, and compact `- - -` or `? ? ?` on one line) nested deeper than
 * this are refused before parsing: the parser overflows its stack from about 900 levels, and
 * real manifests nest a few dozen.
 */
const MAX_BLOCK_DEPTH = 200;
/** The message of a parser that ran out of stack (V8's RangeError). */
const STACK_OVERFLOW = /Maximum call stack size exceeded/;
/** Parser issues reported per file; past this the rest are counted, not listed. */
const MAX_ISSUES_PER_FILE = 20;
function capIssues(issues) {
    if (issues.length <= MAX_ISSUES_PER_FILE)
        return issues;
    const kept = issues.slice(0, MAX_ISSUES_PER_FILE);
    const last = kept[kept.length - 1];
    if (last) {
        kept.push({
            ...last,
            severity: 'error',
            code: 'yaml/too-many-errors',
            message: `${issues.length - MAX_ISSUES_PER_FILE} more YAML problems in this file are not listed`
        });
    }
    return kept;
}
/**
 * Offset where `[`/`{` nesting first exceeds `limit`, skipping quoted scalars and comments. Deep
 * flow nesting drives the parser into stack overflows; real manifests nest a few levels.
 */
function excessiveFlowDepth(text, limit) {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '"' || c === "'")
            i = quoteEnd(text, i, c);
        else if (c === '#' && (i === 0 || /\s/.test(text[i - 1] ?? '')))
            i = lineEnd(text, i);
        else if (c === '[' || c === '{') {
            if (++depth > limit)
                return i;
        }
        else if ((c === ']' || c === '}') && depth > 0)
            depth--;
    }
    return undefined;
}
/**
 * Offset of the line where block nesting first exceeds `limit`: the number of ever-deeper
 * indentations open at that line plus the compact indicators (`- `, `? `) it starts with. Lines
 * of a block scalar count too, which can only overestimate: a limit far above real manifests
 * keeps that harmless.
 */
function excessiveBlockDepth(text, limit) {
    const open = [];
    let offset = 0;
    for (const line of text.split('\n')) {
        const indent = line.length - line.trimStart().length;
        const rest = line.slice(indent);
        if (rest !== '' && !rest.startsWith('#')) {
            while (open.length > 0 && (open[open.length - 1] ?? 0) >= indent)
                open.pop();
            open.push(indent);
            const compact = /^(?:[-?][ \t]+)*/.exec(rest)?.[0] ?? '';
            const indicators = compact.replace(/[ \t]/g, '').length;
            if (open.length + indicators > limit)
                return offset + indent;
        }
        offset += line.length + 1;
    }
    return undefined;
}
function quoteEnd(text, start, quote) {
    for (let i = start + 1; i < text.length; i++) {
        if (quote === '"' && text[i] === '\\')
            i++;
        else if (text[i] === quote)
            return i;
        else if (text[i] === '\n' && quote === "'")
            return i;
    }
    return text.length;
}
function lineEnd(text, start) {
    const end = text.indexOf('\n', start);
    return end < 0 ? text.length : end;
}
const DEEP_MESSAGE = {
    flow: `flow collections ('[' and '{') are nested more than ${MAX_FLOW_DEPTH} levels deep`,
    block: `block collections (indentation, '- ' and '? ') are nested more than ${MAX_BLOCK_DEPTH} levels deep`,
    overflow: 'the YAML is nested too deeply for the parser (it ran out of stack)'
};
function tooDeep(file, text, offset, what) {
    const lines = text.slice(0, offset).split('\n');
    return {
        file,
        line: lines.length,
        col: (lines[lines.length - 1]?.length ?? 0) + 1,
        severity: 'error',
        code: 'yaml/too-deep',
        message: DEEP_MESSAGE[what],
        hint: 'A manifest never needs this; check the file for generated or corrupted content.'
    };
}

;// CONCATENATED MODULE: ./src/manifest/read/yaml-documents.ts
/**
 * Multi-document YAML (and JSON, a subset of it) parsed with positions. Hostile input is contained:
 * alias expansion is bounded (billion laughs), duplicate keys are errors, and a parser failure
 * becomes an issue instead of a crash. Empty documents are skipped.
 */





/** Alias nodes a document may expand; real manifests use a handful. */
const MAX_ALIAS_COUNT = 100;
/** Parses every document of `text`; `file` is the path shown to users. */
function parseDocuments(file, text) {
    const lines = new dist.LineCounter();
    const flow = excessiveFlowDepth(text, MAX_FLOW_DEPTH);
    if (flow !== undefined)
        return { documents: [], issues: [tooDeep(file, text, flow, 'flow')] };
    const block = excessiveBlockDepth(text, MAX_BLOCK_DEPTH);
    if (block !== undefined)
        return { documents: [], issues: [tooDeep(file, text, block, 'block')] };
    let docs;
    try {
        // merge: Kubernetes tooling (kubectl, go-yaml) honours `<<` merge keys, so manifests use them.
        docs = (0,dist.parseAllDocuments)(text, {
            lineCounter: lines,
            prettyErrors: false,
            uniqueKeys: true,
            merge: true,
            logLevel: 'error'
        });
    }
    catch (err) {
        if (err instanceof RangeError && STACK_OVERFLOW.test(err.message))
            return { documents: [], issues: [tooDeep(file, text, 0, 'overflow')] };
        return { documents: [], issues: [parserCrash(file, err)] };
    }
    const documents = [];
    const issues = [];
    const at = (offset) => ({ file, ...lines.linePos(offset) });
    // Whatever the scans above let through and still overflows the parser's stack, said plainly.
    const overflow = docs.flatMap((d) => d.errors).find((e) => STACK_OVERFLOW.test(e.message));
    if (overflow)
        return { documents: [], issues: [tooDeep(file, text, overflow.pos[0], 'overflow')] };
    docs.forEach((doc, index) => {
        for (const e of doc.errors)
            issues.push(yamlIssue(e, 'error', at, text));
        for (const w of doc.warnings)
            issues.push(yamlIssue(w, 'warning', at, text));
        if (doc.errors.length > 0 || doc.contents === null)
            return;
        const complex = complexKeyOffset(doc);
        if (complex !== undefined) {
            issues.push({
                ...at(complex),
                severity: 'error',
                code: 'yaml/complex-key',
                message: 'a mapping key is itself a mapping or a list',
                expected: 'plain keys',
                hint: "Quote keys that contain '{', '[' or template syntax such as {{…}}."
            });
            return;
        }
        const start = at(doc.contents.range[0]);
        const value = toPlain(doc, start, at);
        if (value.kind === 'issue') {
            issues.push(value.issue);
            return;
        }
        if (value.value === null || value.value === undefined)
            return;
        documents.push({
            file,
            index,
            value: value.value,
            locate: locateIn(file, doc, lines, start),
            locateWithin: locateWithinIn(file, doc, lines, text),
            start
        });
    });
    return { documents, issues: capIssues(issues) };
}
function toPlain(doc, start, at) {
    try {
        return { kind: 'value', value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
    }
    catch (err) {
        const offset = firstAliasOffset(doc);
        const where = offset === undefined ? start : at(offset);
        if (err instanceof ReferenceError && /alias/i.test(err.message)) {
            return {
                kind: 'issue',
                issue: {
                    ...where,
                    severity: 'error',
                    code: 'yaml/alias-limit',
                    message: `YAML aliases expand beyond the limit of ${MAX_ALIAS_COUNT} (an alias bomb, or aliases used far more than a manifest needs)`,
                    hint: 'Write the repeated values out instead of using anchors and aliases.'
                }
            };
        }
        return {
            kind: 'issue',
            issue: {
                ...start,
                severity: 'error',
                code: 'yaml/invalid',
                message: (0,util_errors/* truncate */.xv)((0,util_errors/* errorMessage */.gJ)(err))
            }
        };
    }
}
/** Where the first key that is a collection starts; Kubernetes objects only have string keys. */
function complexKeyOffset(doc) {
    let offset;
    (0,dist.visit)(doc, {
        Pair(_key, pair) {
            if ((0,dist.isCollection)(pair.key)) {
                offset = pair.key.range?.[0];
                return dist.visit.BREAK;
            }
            return undefined;
        }
    });
    return offset;
}
function firstAliasOffset(doc) {
    let offset;
    (0,dist.visit)(doc, {
        Alias(_key, node) {
            offset = node.range?.[0];
            return dist.visit.BREAK;
        }
    });
    return offset;
}
function yamlIssue(e, severity, at, text) {
    const where = at(e.pos[0]);
    if (e.code === 'DUPLICATE_KEY') {
        const key = text.slice(e.pos[0]).split(/[:\n]/, 1)[0]?.trim() ?? '';
        return {
            ...where,
            severity,
            code: 'yaml/duplicate-key',
            message: `duplicate key '${(0,util_errors/* truncate */.xv)(key, 60)}'`,
            expected: 'each key once per mapping',
            hint: 'Remove one of the two; YAML tools disagree on which one wins.'
        };
    }
    return {
        ...where,
        severity,
        code: `yaml/${e.code.toLowerCase().replace(/_/g, '-')}`,
        message: (0,util_errors/* truncate */.xv)(firstLine(e.message))
    };
}
function firstLine(message) {
    return message.split('\n', 1)[0] ?? message;
}
function parserCrash(file, err) {
    return {
        file,
        line: 1,
        col: 1,
        severity: 'error',
        code: 'yaml/invalid',
        message: `the YAML parser gave up: ${(0,util_errors/* truncate */.xv)((0,util_errors/* errorMessage */.gJ)(err))}`,
        hint: 'Check the file for extreme nesting or a truncated document.'
    };
}

;// CONCATENATED MODULE: ./src/manifest/read/read-files.ts


/** Reads every file in `files`, in order. */
function readManifestFiles(files, limit = MAX_FILE_BYTES) {
    return files.map((file) => readManifestFile(file, limit));
}
/** Reads and parses one file. */
function readManifestFile(file, limit = MAX_FILE_BYTES) {
    const source = readSourceFile(file.path, file.file, limit);
    if (source.kind === 'rejected')
        return { file, documents: [], issues: [source.issue] };
    const parsed = parseDocuments(file.file, source.text);
    return { file, documents: parsed.documents, issues: parsed.issues };
}

;// CONCATENATED MODULE: ./src/manifest/experiment/fault-refs.ts
/**
 * `spec.faultRef: path[#name]`: a backend object kept in another file, relative to the referencing
 * file and inside the repository. Referenced files are read up front (also when no glob matches
 * them), and a referenced document is not run again on its own.
 */




/** Reads the files `experiments` reference and indexes their documents. */
function loadFaultRefs(loaded, experiments, cwd, limit) {
    const byFile = new Map(loaded.map((l) => [l.file.file, l]));
    const issues = [];
    const targets = new Map();
    for (const doc of experiments) {
        const ref = (0,plain/* stringAt */.bX)(doc.value, ['spec', 'faultRef']);
        const from = byFile.get(doc.file);
        if (ref === undefined || from === undefined)
            continue;
        const [file = '', name] = ref.split('#');
        const path = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(from.file.path), file);
        targets.set(key(doc), { path, ...(name === undefined ? {} : { name }) });
        const shown = (0,find_files/* displayPath */.Gt)(path, cwd);
        if (!byFile.has(shown) && isInside(path, cwd)) {
            const extra = readManifestFile({ path, file: shown }, limit);
            byFile.set(shown, extra);
            issues.push(...extra.issues.filter((i) => i.code !== 'file/unreadable'));
        }
    }
    const referenced = new Map();
    const answers = new Map();
    for (const doc of experiments) {
        const target = targets.get(key(doc));
        if (!target)
            continue;
        const answer = find(doc, target, byFile, cwd);
        answers.set(key(doc), answer);
        const owner = (0,plain/* stringAt */.bX)(doc.value, ['metadata', 'name']) ?? 'an Experiment';
        if ('doc' in answer)
            referenced.set(key(answer.doc), owner);
    }
    return {
        issues,
        resolve: (_ref, from) => answers.get(key(from)) ?? {
            issue: fault_refs_problem(from, 'fault-ref/unresolved', 'the faultRef could not be resolved')
        },
        referencedBy: (doc) => referenced.get(key(doc))
    };
}
function find(doc, target, byFile, cwd) {
    const shown = (0,find_files/* displayPath */.Gt)(target.path, cwd);
    if (!isInside(target.path, cwd))
        return {
            issue: fault_refs_problem(doc, 'fault-ref/outside', `faultRef points outside the repository ('${shown}')`)
        };
    const file = byFile.get(shown);
    if (!file || file.issues.some((i) => i.code === 'file/unreadable'))
        return {
            issue: fault_refs_problem(doc, 'fault-ref/not-found', `faultRef names '${shown}', which does not exist`)
        };
    const candidates = target.name === undefined
        ? file.documents
        : file.documents.filter((d) => (0,plain/* stringAt */.bX)(d.value, ['metadata', 'name']) === target.name);
    const faults = candidates.filter((d) => (0,plain.at)(d.value, ['kind']) !== 'Experiment');
    if (faults.length === 1 && faults[0])
        return { doc: faults[0] };
    const names = file.documents
        .map((d) => (0,plain/* stringAt */.bX)(d.value, ['metadata', 'name']))
        .filter((n) => n !== undefined);
    const what = target.name === undefined
        ? `'${shown}' holds ${faults.length} fault objects; name one with '#name'`
        : `'${shown}' has no object named '${target.name}'`;
    return {
        issue: {
            ...fault_refs_problem(doc, 'fault-ref/ambiguous', what),
            expected: names.length > 0 ? `one of ${names.join(', ')}` : 'a file with one backend object'
        }
    };
}
function fault_refs_problem(doc, code, message) {
    return {
        ...doc.locate(['spec', 'faultRef']),
        severity: 'error',
        code,
        message,
        hint: 'faultRef is relative to the file it is written in: faults/pod-kill.yaml#checkout.'
    };
}
function isInside(path, cwd) {
    const rel = (0,external_node_path_.relative)(cwd, path);
    return rel !== '' && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel);
}
function key(doc) {
    return `${doc.file}#${doc.index}`;
}

// EXTERNAL MODULE: ./src/manifest/queries/query-template.ts
var query_template = __webpack_require__(58721);
;// CONCATENATED MODULE: ./src/manifest/queries/promql-syntax.ts
/**
 * PromQL syntax checking with the official grammar (@prometheus-io/lezer-promql, the parser of
 * Prometheus's own web UI), so a typo fails validation with its position instead of failing the
 * first measurement. Placeholders are replaced by tokens of the same length first, so the error
 * offsets are offsets into the query as written.
 */

/**
 * The grammar, once loaded: a 214 kB chunk whose parse tables are decoded on load, which most
 * runs (no Prometheus check) never need, so it is loaded only for manifests with checks
 * (docs/performance.md, "Results").
 */
let grammar;
/** Loads the grammar; checkPromqlSyntax needs it loaded. */
async function loadPromqlGrammar() {
    grammar ??= (await __webpack_require__.e(/* import() */ 614354).then(__webpack_require__.bind(__webpack_require__, 86828))).parser;
}
/** Stand-ins that parse where each placeholder is used: a duration, or a unix time. */
const STAND_IN = {
    window: '1m',
    duration: '1m',
    start: '1',
    end: '1'
};
/** Every problem in `query`: unknown placeholders, then the first syntax error. */
function checkPromqlSyntax(query) {
    if (query.trim() === '')
        return [{ offset: 0, message: 'the query is empty', expected: 'a PromQL expression' }];
    const problems = [];
    let text = query;
    for (const p of (0,query_template/* findPlaceholders */.GY)(query)) {
        if (!(0,query_template/* isTemplateName */.kj)(p.name)) {
            problems.push({
                offset: p.offset,
                message: `unknown placeholder '${query.slice(p.offset, p.offset + p.length)}'`,
                expected: query_template/* TEMPLATE_NAMES */._W.map((n) => `{{${n}}}`).join(', ')
            });
        }
        const stand = (STAND_IN[p.name] ?? '1').padEnd(p.length, ' ');
        text = text.slice(0, p.offset) + stand + text.slice(p.offset + p.length);
    }
    const syntax = firstSyntaxError(text);
    return syntax ? [...problems, syntax] : problems;
}
function firstSyntaxError(text) {
    if (!grammar)
        throw new Error('checkPromqlSyntax before loadPromqlGrammar()');
    let at;
    grammar.parse(text).iterate({
        enter: (node) => {
            if (at !== undefined)
                return false;
            if (node.type.isError)
                at = node.from;
            return undefined;
        }
    });
    if (at === undefined)
        return undefined;
    const rest = text.slice(at).trimStart();
    const offset = text.length - rest.length;
    if (rest === '') {
        return {
            offset: Math.max(0, text.trimEnd().length - 1),
            message: 'PromQL syntax error: the query ends too early',
            expected: 'a complete expression (check for an unclosed parenthesis, brace or bracket, or a missing operand)'
        };
    }
    const token = /^([A-Za-z_:][\w:]*|"(?:[^"\\]|\\.)*"|\S)/.exec(rest)?.[0] ?? rest.charAt(0);
    return { offset, message: `PromQL syntax error: unexpected '${token}'`, expected: 'valid PromQL' };
}

;// CONCATENATED MODULE: ./src/manifest/rules/promql.ts
/**
 * PromQL is checked with the official grammar when manifests are validated (docs/manifests.md, `steadyState`),
 * so a typo fails `chaos-gate validate` with the file, line and column of the offending token,
 * inside a multi-line `query: |` block too, instead of failing the first measurement. It also
 * warns when a check's window is shorter than two scrape intervals: rate() over it may see fewer
 * than two samples and answer nothing.
 */



const CHECKS = ['spec', 'steadyState', 'checks'];
/** The PromQL fields of one check, as written (an SLO's errorRatio may be a probe metric). */
function promqlFields(raw, spec) {
    // A kubernetes, datadog or cloudwatch check's guard is in its own language, checked by the steady-state block.
    // Read from the document too: the check has no spec when the experiment has other errors.
    const ownLanguage = ['kubernetes', 'datadog', 'cloudwatch'].some((k) => (0,plain.at)(raw, [k]) !== undefined);
    const fields = ownLanguage ? [] : [['query'], ['guard', 'query']];
    if (spec?.source === 'prometheus')
        fields.push(['slo', 'errorRatio']);
    return fields.filter((f) => (0,plain/* stringAt */.bX)(raw, f) !== undefined);
}
/** Whether the promql rule will parse queries in `doc`: the PromQL grammar must be loaded first. */
function needsPromqlGrammar(doc) {
    return (0,plain/* listAt */.gT)(doc.value, CHECKS).length > 0;
}
const promql = (ctx) => {
    const { doc, experiment } = ctx;
    const issues = [];
    (0,plain/* listAt */.gT)(doc.value, CHECKS).forEach((raw, i) => {
        const name = (0,plain/* stringAt */.bX)(raw, ['name']);
        const checkSpec = experiment?.steadyState?.checks.find((c) => c.name === name);
        for (const field of promqlFields(raw, checkSpec)) {
            issues.push(...syntaxIssues(ctx, [...CHECKS, i, ...field]));
        }
    });
    return [...issues, ...shortWindows(ctx)];
};
function syntaxIssues(ctx, path) {
    const query = (0,plain/* stringAt */.bX)(ctx.doc.value, path);
    if (query === undefined)
        return [];
    // Unknown placeholders are reported by the steady-state block itself; only syntax here.
    return checkPromqlSyntax(query)
        .filter((p) => !p.message.startsWith('unknown placeholder'))
        .map((p) => ({
        ...(ctx.doc.locateWithin?.(path, p.offset) ?? ctx.doc.locate(path)),
        severity: 'error',
        code: 'promql/syntax',
        path: path.join('.'),
        message: `${p.message} in ${path.slice(2).join('.')}`,
        ...(p.expected !== undefined && { expected: p.expected }),
        hint: 'Try the query in the Prometheus UI; {{window}} and {{duration}} stand for durations, {{start}} and {{end}} for unix times.'
    }));
}
function shortWindows(ctx) {
    const steady = ctx.experiment?.steadyState;
    const scrape = steady?.prometheus?.scrapeIntervalMs;
    if (!steady || scrape === undefined)
        return [];
    return steady.checks
        .filter((c) => c.source === 'prometheus' && c.windowMs < 2 * scrape)
        .map((c) => ({
        ...c.location,
        severity: 'warning',
        code: 'promql/short-window',
        message: `check '${c.name}' has a window of ${(0,duration/* formatDuration */.a3)(c.windowMs)}, shorter than two scrape intervals (${(0,duration/* formatDuration */.a3)(2 * scrape)})`,
        hint: 'rate() over {{window}} needs two samples in the window; set window to at least twice the scrape interval.'
    }));
}

;// CONCATENATED MODULE: ./src/manifest/rules/run-checks.ts
/** Checks `planned` as one run. */
function checkRun(planned, settings, files) {
    const byExperiment = new Map();
    const add = (p, issue) => {
        byExperiment.set(p, [...(byExperiment.get(p) ?? []), issue]);
    };
    const byName = new Map();
    for (const p of planned)
        byName.set(p.experiment.name, [...(byName.get(p.experiment.name) ?? []), p]);
    for (const [name, same] of byName) {
        if (same.length < 2)
            continue;
        for (const p of same) {
            const all = same
                .filter((o) => o !== p)
                .map((o) => `${o.experiment.source.file}:${o.experiment.source.line}`);
            const others = all.length > 3 ? [...all.slice(0, 3), `${all.length - 3} more`] : all;
            add(p, {
                ...p.doc.locate(['metadata', 'name']),
                severity: 'error',
                code: 'name/duplicate',
                message: `experiment name '${name}' is also used at ${others.join(', ')}`,
                hint: 'Experiment names must be unique in a run; rename one.'
            });
        }
    }
    if (settings.backend !== 'auto') {
        for (const p of planned) {
            if (p.experiment.backend === settings.backend)
                continue;
            add(p, {
                ...p.experiment.source,
                severity: 'error',
                code: 'backend/mismatch',
                message: `the backend setting is '${settings.backend}', but '${p.experiment.name}' runs on '${p.experiment.backend}'`,
                hint: 'Use --backend auto to run each experiment on its own backend.'
            });
        }
    }
    const run = [];
    if (planned.length === 0) {
        run.push({
            file: settings.experiments.join(', '),
            line: 1,
            col: 1,
            severity: 'error',
            code: 'manifest/none',
            message: `no runnable experiment in ${files} file${files === 1 ? '' : 's'}`,
            hint: 'A gate with nothing to run would pass without testing anything; fix the problems above or point the experiments setting at your manifests.'
        });
    }
    return { byExperiment, run };
}

;// CONCATENATED MODULE: ./src/manifest/rules/evidence.ts
/** Notes experiments whose verdict would rest on injection alone. */
const evidence = ({ experiment, family }) => {
    if (!experiment || (experiment.steadyState?.checks.length ?? 0) > 0)
        return [];
    const verdictless = experiment.backend === 'chaos-mesh' ||
        experiment.backend === 'local' ||
        experiment.backend === 'toxiproxy' ||
        experiment.backend === 'aws-fis' ||
        experiment.backend === 'gremlin' ||
        experiment.kind === 'VirtualService';
    if (!verdictless)
        return [];
    return [
        {
            ...experiment.source,
            severity: 'notice',
            code: 'steady-state/none',
            message: `'${experiment.name}' has no steady-state checks, and ${experiment.backend === 'chaos-mesh' ? 'Chaos Mesh' : experiment.kind} gives no verdict of its own: it passes when the fault is injected`,
            hint: family === 'gate'
                ? 'Add spec.steadyState checks.'
                : 'To judge the system, wrap the fault in an Experiment with spec.steadyState checks.'
        }
    ];
};

;// CONCATENATED MODULE: ./src/manifest/rules/litmus-legacy.ts

/** Warns about fields the current Litmus ignores. */
const litmusLegacyFields = ({ objects }) => objects
    .filter((o) => o.family === 'litmus')
    .flatMap((o) => {
    const issues = [];
    if ((0,plain.at)(o.value, ['spec', 'annotationCheck']) !== undefined) {
        issues.push({
            ...o.locate(['spec', 'annotationCheck']),
            severity: 'warning',
            code: 'litmus/legacy-field',
            message: 'annotationCheck is ignored: current Litmus no longer checks the litmuschaos.io/chaos annotation',
            hint: 'Remove it.'
        });
    }
    if ((0,plain.at)(o.value, ['metadata', 'annotations', 'probeRef']) !== undefined) {
        issues.push({
            ...o.locate(['metadata', 'annotations', 'probeRef']),
            severity: 'warning',
            code: 'litmus/probe-ref',
            message: 'the probeRef annotation refers to ChaosCenter resource probes, which chaos-operator and litmus-go never read: these probes will not run',
            hint: 'Write the probes inline under experiments[].spec.probe.'
        });
    }
    return issues;
});

;// CONCATENATED MODULE: ./src/manifest/rules/litmus-probes.ts


const TYPES = ['k8sProbe', 'httpProbe', 'cmdProbe', 'promProbe', 'sloProbe'];
const litmus_probes_MODES = ['SOT', 'EOT', 'Edge', 'Continuous', 'OnChaos'];
const REQUIRED_DURATIONS = ['probeTimeout', 'interval'];
const OPTIONAL_DURATIONS = ['probePollingInterval', 'initialDelay', 'evaluationTimeout'];
const INTEGERS = ['retry', 'attempt', 'initialDelaySeconds'];
/** Checks every probe of every Litmus object in the document. */
const litmusProbes = ({ objects }) => objects
    .filter((o) => o.family === 'litmus')
    .flatMap((o) => (0,plain/* listAt */.gT)(o.value, ['spec', 'experiments']).flatMap((e, i) => (0,plain/* listAt */.gT)(e, ['spec', 'probe']).flatMap((p, j) => checkProbe(p, ['spec', 'experiments', i, 'spec', 'probe', j], o.locate))));
function checkProbe(probe, path, locate) {
    const issues = [];
    const add = (at, message, hint) => {
        issues.push({
            ...locate(at),
            severity: 'error',
            code: 'litmus/probe',
            message,
            ...(hint ? { hint } : {})
        });
    };
    if (!(0,plain/* isRecord */.u4)(probe))
        return [
            {
                ...locate(path),
                severity: 'error',
                code: 'litmus/probe',
                message: 'a probe must be a mapping'
            }
        ];
    const label = typeof probe.name === 'string' ? `probe '${probe.name}'` : 'probe';
    for (const field of ['name', 'type', 'mode', 'runProperties']) {
        if (probe[field] === undefined)
            add(path, `${label} needs ${field} (required by the ChaosEngine CRD)`);
    }
    if (probe.type !== undefined && !(typeof probe.type === 'string' && TYPES.includes(probe.type)))
        add([...path, 'type'], `${label} type must be one of ${TYPES.join(', ')}; got ${(0,plain/* quote */.hD)(probe.type)}`);
    else if (typeof probe.type === 'string' &&
        probe[`${probe.type}/inputs`] === undefined &&
        probe.type !== 'k8sProbe') {
        add(path, `${label} of type ${probe.type} needs '${probe.type}/inputs'`);
    }
    if (probe.mode !== undefined && !(typeof probe.mode === 'string' && litmus_probes_MODES.includes(probe.mode)))
        add([...path, 'mode'], `${label} mode must be one of ${litmus_probes_MODES.join(', ')}; got ${(0,plain/* quote */.hD)(probe.mode)}`);
    const run = probe.runProperties;
    if (run === undefined)
        return issues;
    if (!(0,plain/* isRecord */.u4)(run))
        return [
            ...issues,
            {
                ...locate([...path, 'runProperties']),
                severity: 'error',
                code: 'litmus/probe',
                message: 'runProperties must be a mapping'
            }
        ];
    for (const field of [...REQUIRED_DURATIONS, ...OPTIONAL_DURATIONS])
        checkDuration(run[field], field, REQUIRED_DURATIONS.includes(field), [...path, 'runProperties'], label, add);
    for (const field of INTEGERS) {
        const v = run[field];
        if (v !== undefined && !Number.isInteger(v))
            add([...path, 'runProperties', field], `${label} runProperties.${field} must be a whole number; got ${(0,plain/* quote */.hD)(v)}`);
    }
    return issues;
}
function checkDuration(value, field, required, path, label, add) {
    if (value === undefined) {
        if (required)
            add(path, `${label} runProperties needs ${field} (a string duration such as '5s')`);
        return;
    }
    if (typeof value === 'number') {
        add([...path, field], `${label} runProperties.${field} is the number ${value}, but the current ChaosEngine CRD requires a string`, `Write ${field}: '${value}s' (Litmus 3 reads it as a duration with a unit).`);
        return;
    }
    if (typeof value !== 'string' || !GO_DURATION.test(value))
        add([...path, field], `${label} runProperties.${field} must be a duration such as '5s' or '500ms'; got ${(0,plain/* quote */.hD)(value)}`);
}

;// CONCATENATED MODULE: ./src/manifest/rules/rules.ts
/**
 * Every document rule, in the order their issues are collected. To add one, write a file next to
 * this one exporting a Rule and list it here.
 */





const RULES = [
    placeholders,
    litmusProbes,
    litmusLegacyFields,
    evidence,
    promql
];

;// CONCATENATED MODULE: ./src/manifest/rules/run-rules.ts



/** Every rule's issues for `doc`. */
function runRules(doc, family, experiment, refs) {
    const objects = family === 'gate' ? faultObjects(doc, refs) : [{ family, value: doc.value, locate: doc.locate }];
    const ctx = { doc, family, objects, ...(experiment ? { experiment } : {}) };
    return RULES.flatMap((rule) => rule(ctx));
}
/** The backend object an Experiment wraps inline or by reference. */
function faultObjects(doc, refs) {
    const inline = (0,plain.at)(doc.value, ['spec', 'fault']);
    if (inline !== undefined) {
        const view = {
            ...doc,
            value: inline,
            locate: (p) => doc.locate(['spec', 'fault', ...p])
        };
        const c = classify(view);
        return c.outcome === 'experiment'
            ? [{ family: c.family, value: inline, locate: view.locate }]
            : [];
    }
    const ref = (0,plain.at)(doc.value, ['spec', 'faultRef']);
    if (typeof ref !== 'string')
        return [];
    const found = refs.resolve(ref, doc);
    if (!('doc' in found))
        return [];
    const c = classify(found.doc);
    return c.outcome === 'experiment'
        ? [{ family: c.family, value: found.doc.value, locate: found.doc.locate }]
        : [];
}

;// CONCATENATED MODULE: ./src/manifest/load-manifests.ts
/**
 * Load, classify and validate every manifest the settings name, collecting every problem instead
 * of stopping at the first (changesets' parse result). Policy is applied on top of this by
 * load-experiments.ts; this part knows nothing about it.
 */












/** Loads the manifests named by `settings`. Never throws for bad input. */
async function loadManifests(settings, deps) {
    const found = await (0,find_files/* findManifestFiles */.GH)(settings.experiments, settings.cwd);
    const loaded = readManifestFiles(found.files, deps.maxFileBytes);
    const docs = loaded.flatMap((l) => l.documents.map((doc) => ({ doc, classification: classify(doc) })));
    const gateDocs = docs
        .filter((d) => d.classification.outcome === 'experiment' && d.classification.family === 'gate')
        .map((d) => d.doc);
    const refs = loadFaultRefs(loaded, gateDocs, settings.cwd, deps.maxFileBytes);
    if (docs.some(({ doc }) => needsPromqlGrammar(doc)))
        await loadPromqlGrammar();
    const read = docs.map(({ doc, classification }) => readDocument(doc, classification, settings, deps, refs));
    const run = checkRun(read.flatMap((r) => (r.planned ? [r.planned] : [])), settings, found.files.length);
    const outcomes = read.map((r) => withRunIssues(r, run));
    const planned = outcomes.flatMap((o) => (o.planned ? [o.planned] : []));
    const issues = [
        ...found.issues,
        ...loaded.flatMap((l) => l.issues),
        ...refs.issues,
        ...outcomes.flatMap((o) => o.outcome.issues)
    ];
    // "Nothing to run" only adds something when no other error already explains why.
    if (!issues.some((i) => i.severity === 'error'))
        issues.push(...run.run);
    return {
        planned,
        issues: issues.sort(util_errors/* compareIssues */.UX),
        documents: outcomes.map((o) => o.outcome),
        files: found.files.length
    };
}
/** Folds the run-wide problems of an experiment into its document's outcome. */
function withRunIssues(read, run) {
    const extra = read.planned ? run.byExperiment.get(read.planned) : undefined;
    if (!extra || extra.length === 0)
        return read;
    const { file, index, start, label, issues } = read.outcome;
    return {
        outcome: { file, index, start, label, result: 'invalid', issues: [...issues, ...extra] }
    };
}
function readDocument(doc, classification, settings, deps, refs) {
    const base = { file: doc.file, index: doc.index, start: doc.start, label: classification.label };
    if (classification.outcome === 'not-run') {
        const result = classification.issue.severity === 'error' ? 'invalid' : 'not-run';
        return { outcome: { ...base, result, issues: [classification.issue] } };
    }
    const owner = refs.referencedBy(doc);
    if (owner !== undefined) {
        const notice = {
            ...doc.start,
            severity: 'notice',
            code: 'fault-ref/used',
            message: `this object is the fault of Experiment '${owner}' (faultRef) and is not run on its own`
        };
        return { outcome: { ...base, result: 'referenced', issues: [notice] } };
    }
    const built = classification.family === 'gate'
        ? plannedFromExperiment(doc, {
            env: deps.env,
            resolveRef: refs.resolve,
            ...optional(settings)
        })
        : classification.family === 'aws-fis'
            ? plannedFromFisTemplate(doc)
            : plannedFromObject(doc, classification.family, settings.namespace);
    const issues = [
        ...built.issues,
        ...runRules(doc, classification.family, built.planned?.experiment, refs)
    ];
    const ok = built.planned !== undefined && !issues.some((i) => i.severity === 'error');
    const planned = ok ? built.planned : undefined;
    const outcome = {
        ...base,
        result: ok ? 'experiment' : 'invalid',
        issues,
        ...(planned ? { experiment: planned.experiment.name } : {})
    };
    return planned ? { planned, outcome } : { outcome };
}
function optional(settings) {
    return {
        ...(settings.namespace === undefined ? {} : { namespace: settings.namespace }),
        ...(settings.prometheus === undefined ? {} : { prometheus: settings.prometheus })
    };
}

;// CONCATENATED MODULE: ./src/policy/auto-abort.ts
/**
 * Adds the policy's autoAbort conditions to every experiment as steady-state checks gated in the
 * `during` phase. An experiment that cannot measure a condition (no probe for a metric, no
 * Prometheus for a query) is an error: an abort guard that cannot measure is not a guard.
 */

/** Steady state for experiments that declare none: the documented defaults, no checks. */
const EMPTY_STEADY_STATE = {
    checks: [],
    intervalMs: 15_000,
    minSamples: 2,
    before: { samples: 3, spacingMs: 20_000 },
    during: { abortOnFail: true },
    after: { settleMs: 30_000, timeoutMs: 300_000 },
    verdict: { inconclusive: 'fail', warn: 'pass' }
};
/** The experiment with the policy's guards appended, and any guard it cannot measure. */
function applyAutoAbort(exp, policy, prometheus, locate = exp.locate) {
    if (policy.autoAbort.length === 0)
        return { experiment: exp, issues: [] };
    const base = exp.steadyState ?? { ...EMPTY_STEADY_STATE, ...(prometheus ? { prometheus } : {}) };
    const issues = [];
    if (!base.during.abortOnFail) {
        issues.push({
            ...locate(['spec', 'steadyState', 'phases', 'during', 'abortOnFail']),
            severity: 'error',
            code: 'policy/auto-abort',
            message: `'${exp.name}' turns abortOnFail off, but the policy requires aborting on its autoAbort conditions`,
            hint: 'Remove abortOnFail: false.'
        });
    }
    const names = new Set(base.checks.map((c) => c.name));
    const guards = policy.autoAbort.flatMap((condition) => {
        const missing = unmeasurable(condition, base);
        if (missing) {
            issues.push({
                ...exp.source,
                severity: 'error',
                code: 'policy/auto-abort',
                message: `'${exp.name}' cannot measure the policy's autoAbort condition '${condition.label}' (${condition.location.file}:${condition.location.line}): ${missing}`,
                hint: condition.source === 'probe'
                    ? 'Add steadyState.probe to the experiment, or write the condition as a query.'
                    : no_prometheus/* SET_PROMETHEUS_HINT */.g9
            });
            return [];
        }
        return [auto_abort_toCheck(condition, uniqueName(`auto-abort-${slug(condition.label)}`, names))];
    });
    const steadyState = { ...base, checks: [...base.checks, ...guards] };
    return { experiment: { ...exp, steadyState }, issues };
}
function unmeasurable(c, s) {
    if (c.source === 'probe' && !s.probe)
        return 'it has no steadyState.probe to compute the metric from';
    if (c.source === 'prometheus' && !s.prometheus)
        return no_prometheus/* NO_PROMETHEUS */.H2;
    return undefined;
}
function auto_abort_toCheck(c, name) {
    return {
        name,
        source: c.source,
        query: c.query,
        threshold: { max: c.threshold },
        phases: ['during'],
        breaches: 1,
        of: 1,
        errorLimit: 3,
        noData: 'inconclusive',
        series: 'each',
        dryRun: false,
        windowMs: c.windowMs,
        location: c.location
    };
}
function slug(text) {
    return (text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 40) || 'condition');
}
function uniqueName(name, taken) {
    let candidate = name;
    for (let i = 2; taken.has(candidate); i++)
        candidate = `${name}-${i}`;
    taken.add(candidate);
    return candidate;
}

;// CONCATENATED MODULE: ./src/policy/finding.ts
/** A finding that allows. */
function allow(rule, message, location) {
    return { decision: { rule, outcome: 'allow', message }, location };
}
/** A finding that denies, with an optional fix. */
function deny(rule, message, location, hint) {
    return { decision: { rule, outcome: 'deny', message }, location, ...(hint ? { hint } : {}) };
}
/** A finding only the live cluster can settle. */
function preflight(rule, message, location) {
    return { decision: { rule, outcome: 'preflight', message }, location };
}

// EXTERNAL MODULE: ./src/policy/limits.ts
var policy_limits = __webpack_require__(77872);
;// CONCATENATED MODULE: ./src/policy/name-pattern.ts
/**
 * Namespace, kind and action patterns in a policy: exact names, or globs where `*` matches any
 * run of characters (`staging-*`, `*-prod`). Nothing else is special, so a name never surprises.
 */
/** True when `name` matches `pattern`. */
function matchesPattern(name, pattern) {
    if (!pattern.includes('*'))
        return name === pattern;
    const parts = pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(`^${parts.join('.*')}$`).test(name);
}
/** The first pattern `name` matches, if any. */
function firstMatch(name, patterns) {
    return patterns.find((p) => matchesPattern(name, p));
}

;// CONCATENATED MODULE: ./src/policy/namespaces.ts


/** The decision for one target namespace. */
function checkNamespace(ns, location, policy) {
    const exactlyAllowed = policy.allowedNamespaces.includes(ns);
    const blocked = firstMatch(ns, policy.blockedNamespaces);
    if (blocked !== undefined && !exactlyAllowed) {
        return deny('namespace', `namespace '${ns}' is blocked by the policy (blockedNamespaces: '${blocked}', ${policy.origin('blockedNamespaces')})`, location, `Target a test namespace. If '${ns}' really is safe to break, list it by name in allowedNamespaces of the policy.`);
    }
    if (policy.allowedNamespaces.length > 0 &&
        !exactlyAllowed &&
        firstMatch(ns, policy.allowedNamespaces) === undefined) {
        return deny('namespace', `namespace '${ns}' is not in the policy's allowedNamespaces (${policy.allowedNamespaces.join(', ')}, ${policy.origin('allowedNamespaces')})`, location, 'Target one of the allowed namespaces, or add this one to allowedNamespaces.');
    }
    return allow('namespace', `namespace ${ns} allowed`, location);
}

;// CONCATENATED MODULE: ./src/policy/target-limits.ts

/** Targets the backend resolves only when the fault starts, so no preflight counts candidates. */
const RESOLVED_AT_START = new Set(['resource', 'host', 'container']);
const COUNTED = new Set(['pod', 'node', 'cloud', 'host', 'container']);
/** Decisions for one declaration of targets. Traffic and outside resources are not counted. */
function checkTargets(targets, limits, policy) {
    const declared = targets.resource ?? 'pod';
    if (!COUNTED.has(declared))
        return [];
    const resource = declared === 'cloud' ? 'resource' : declared;
    const ctx = { targets, limits, policy, resource };
    const { mode } = targets;
    if (mode.kind === 'count')
        return checkCount(ctx, mode.count);
    if (mode.kind === 'all')
        return checkShare(ctx, 100, 'all (100%) of the matching');
    if (mode.kind === 'percent')
        return checkShare(ctx, mode.percent, `${mode.percent}% of the matching`);
    if (mode.kind === 'max-percent')
        return checkShare(ctx, mode.percent, `up to ${mode.percent}% of the matching`);
    return [
        preflight('max-targets', `the manifest does not say how many ${resource}s the fault hits: counted in preflight`, targets.location)
    ];
}
function checkCount({ targets, limits, policy, resource }, count) {
    const at = targets.location;
    const what = count === 1 ? resource : `${resource}s`;
    const { maxTargets, maxPercentage } = limits;
    const found = [];
    if (maxTargets !== undefined && count > maxTargets) {
        const origin = originOf(policy, limits, 'maxTargets');
        found.push(deny('max-targets', `the fault targets ${count} ${what}, over the limit of ${maxTargets} (maxTargets, ${origin})`, at, 'Target fewer, or raise maxTargets in the policy.'));
    }
    else {
        found.push(allow('max-targets', `${count} ${what} ≤ maxTargets ${maxTargets ?? '∞'}`, at));
    }
    // No preflight can count the candidates of a cloud target (FIS resolves them at start), nor of
    // a Gremlin target (Gremlin picks among its active clients when the attack starts).
    if (maxPercentage !== undefined && !RESOLVED_AT_START.has(resource)) {
        found.push(preflight('max-percentage', `${count} ${what} vs maxPercentage ${maxPercentage}% of the matching ${resource}s: counted in preflight`, at));
    }
    return found;
}
function checkShare({ targets, limits, policy, resource }, percent, label) {
    const at = targets.location;
    const { maxTargets, maxPercentage } = limits;
    const found = [];
    if (maxPercentage !== undefined && percent > maxPercentage) {
        const origin = originOf(policy, limits, 'maxPercentage');
        found.push(deny('max-percentage', `the fault targets ${label} ${resource}s, over the limit of ${maxPercentage}% (maxPercentage, ${origin})`, at, resource === 'host' || resource === 'container'
            ? 'Use target.count, or a smaller target.percent.'
            : 'Use mode: one or fixed, or a smaller percentage.'));
    }
    else {
        found.push(allow('max-percentage', `${label} ${resource}s ≤ maxPercentage ${maxPercentage ?? 100}%`, at));
    }
    if (maxTargets !== undefined) {
        found.push(preflight('max-targets', `${label} ${resource}s vs maxTargets ${maxTargets}: counted in preflight`, at));
    }
    return found;
}
function originOf(policy, limits, field) {
    return limits[field] !== policy[field] ? "the experiment's blastRadius" : policy.origin(field);
}

;// CONCATENATED MODULE: ./src/policy/enforce-static.ts






/** Checks one experiment against the policy. */
function enforceStatic(planned, policy) {
    const { experiment, sites } = planned;
    const findings = [...checkOverride(planned, policy)];
    const limits = (0,policy_limits/* effectiveLimits */.W)(experiment, policy);
    for (const site of sites.length > 0 ? sites : [undefined]) {
        const location = site?.location ?? experiment.source;
        // Cloud resources and physical machines are not in the namespaces their selector is read from.
        const namespaces = site?.targets?.resource === 'external' ? [] : (site?.targets?.namespaces ?? []);
        for (const ns of namespaces)
            findings.push(checkNamespace(ns, site?.targets?.location ?? location, policy));
        if (site?.targets)
            findings.push(...checkTargets(site.targets, limits, policy));
        findings.push(...checkKind(site?.kind ?? experiment.kind, location, policy));
        const action = site ? site.action : experiment.action;
        if (action !== undefined)
            findings.push(...checkAction(site?.kind ?? experiment.kind, action, location, policy));
    }
    findings.push(enforce_static_checkDuration(planned, policy));
    const decisions = dedupe(findings.map((f) => f.decision));
    const issues = findings
        .filter((f) => f.decision.outcome === 'deny')
        .map((f) => ({
        ...f.location,
        severity: 'error',
        code: `policy/${f.decision.rule}`,
        message: f.decision.message,
        ...(f.hint ? { hint: f.hint } : {})
    }));
    return { decisions, issues };
}
function checkKind(kind, location, policy) {
    const forbidden = firstMatch(kind, policy.forbiddenKinds);
    if (forbidden !== undefined)
        return [
            deny('kind', `kind ${kind} is forbidden by the policy (forbiddenKinds: ${forbidden}, ${policy.origin('forbiddenKinds')})`, location)
        ];
    if (policy.allowedKinds.length > 0 && firstMatch(kind, policy.allowedKinds) === undefined) {
        return [
            deny('kind', `kind ${kind} is not in the policy's allowedKinds (${policy.allowedKinds.join(', ')}, ${policy.origin('allowedKinds')})`, location)
        ];
    }
    return [allow('kind', `kind ${kind} allowed`, location)];
}
function checkAction(kind, action, location, policy) {
    const names = action.split('+').flatMap((a) => [a, `${kind}/${a}`]);
    const forbidden = policy.forbiddenActions.find((p) => names.some((n) => firstMatch(n, [p]) !== undefined));
    if (forbidden !== undefined)
        return [
            deny('action', `action ${action} is forbidden by the policy (forbiddenActions: ${forbidden}, ${policy.origin('forbiddenActions')})`, location)
        ];
    const unlisted = action
        .split('+')
        .filter((a) => policy.allowedActions.length > 0 &&
        firstMatch(a, policy.allowedActions) === undefined &&
        firstMatch(`${kind}/${a}`, policy.allowedActions) === undefined);
    if (unlisted.length > 0)
        return [
            deny('action', `action ${unlisted.join(', ')} is not in the policy's allowedActions (${policy.allowedActions.join(', ')})`, location)
        ];
    return [allow('action', `action ${action} allowed`, location)];
}
function enforce_static_checkDuration(planned, policy) {
    const { experiment, sites } = planned;
    const where = sites.find((s) => s.durationMs !== undefined)?.durationLocation ??
        planned.doc.locate(['spec', 'duration']);
    const max = policy.maxDurationMs;
    const ms = experiment.durationMs;
    if (ms === undefined) {
        const oneShot = experiment.kind === 'pod-kill' ||
            sites.every((s) => s.durationMs === undefined &&
                s.action !== undefined &&
                /kill|restart|reset/.test(s.action));
        return allow('max-duration', oneShot
            ? 'one-shot fault: no duration'
            : 'duration not declared: the ChaosExperiment default applies (bounded by the timeout)', where);
    }
    if (max !== undefined && ms > max) {
        return deny('max-duration', `the fault lasts ${(0,duration/* toGoDuration */.Im)(ms)}, over the policy's maxDuration of ${(0,duration/* toGoDuration */.Im)(max)} (${policy.origin('maxDuration')})`, where, 'Shorten the duration, or raise maxDuration in the policy.');
    }
    return allow('max-duration', `duration ${(0,duration/* toGoDuration */.Im)(ms)} within ${max === undefined ? 'no limit' : (0,duration/* toGoDuration */.Im)(max)}`, where);
}
/** Per-experiment overrides may only tighten the policy. */
function checkOverride(planned, policy) {
    const { experiment } = planned;
    const o = experiment.blastRadius;
    if (!o)
        return [];
    const found = [];
    if (o.maxTargets !== undefined &&
        policy.maxTargets !== undefined &&
        o.maxTargets > policy.maxTargets) {
        found.push(deny('override', `blastRadius.maxTargets ${o.maxTargets} would loosen the policy's ${policy.maxTargets}; an experiment may only tighten it`, planned.doc.locate(['spec', 'blastRadius', 'maxTargets'])));
    }
    if (o.maxPercentage !== undefined &&
        policy.maxPercentage !== undefined &&
        o.maxPercentage > policy.maxPercentage) {
        found.push(deny('override', `blastRadius.maxPercentage ${o.maxPercentage}% would loosen the policy's ${policy.maxPercentage}%; an experiment may only tighten it`, planned.doc.locate(['spec', 'blastRadius', 'maxPercentage'])));
    }
    return found;
}
function dedupe(decisions) {
    const seen = new Set();
    return decisions.filter((d) => {
        const key = `${d.rule}|${d.outcome}|${d.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/policy/abort-conditions.ts
/**
 * The policy's autoAbort conditions, read into abort guards. `metric` names a probe metric (the
 * practice's `error_rate` and `p99_latency`, in milliseconds, are accepted as aliases); `query`
 * is PromQL; `threshold` is the highest acceptable value.
 */



/** Names from the practice's blast-radius-config.yaml, mapped to probe metrics. */
const METRIC_ALIASES = {
    error_rate: 'errorRatio',
    p99_latency: 'latencyP99',
    p95_latency: 'latencyP95',
    p50_latency: 'latencyP50',
    availability: 'availability'
};
/** The conditions of the last layer that sets autoAbort. */
function toConditions(layers, locate) {
    const layer = [...layers].reverse().find((l) => l.limits.autoAbort !== undefined);
    const autoAbort = layer?.limits.autoAbort;
    if (!layer || !autoAbort || !autoAbort.enabled)
        return { conditions: [], issues: [] };
    const issues = [];
    const conditions = autoAbort.conditions.flatMap((c, i) => {
        const read = toCondition(c, [...layer.path, 'autoAbort', 'conditions', i], locate);
        issues.push(...read.issues);
        return read.condition ? [read.condition] : [];
    });
    return { conditions, issues };
}
function toCondition(c, path, locate) {
    const problem = (message, hint) => ({
        ...locate(path),
        severity: 'error',
        code: 'policy/condition',
        message,
        ...(hint ? { hint } : {})
    });
    if ((c.metric === undefined) === (c.query === undefined))
        return { issues: [problem('an autoAbort condition needs exactly one of metric or query')] };
    const base = { threshold: c.threshold, windowMs: durationMs(c.window), location: locate(path) };
    if (c.query !== undefined) {
        const issues = [];
        checkTemplates(c.query, [], (_p, code, message, hint) => issues.push({
            ...locate([...path, 'query']),
            severity: 'error',
            code,
            message,
            ...(hint ? { hint } : {})
        }));
        return { condition: { ...base, label: c.query, source: 'prometheus', query: c.query }, issues };
    }
    const metric = c.metric ?? '';
    const probe = steady_state_model/* PROBE_METRICS */.X.find((m) => m === metric) ?? METRIC_ALIASES[metric];
    if (!probe) {
        const hint = `Use a probe metric (${steady_state_model/* PROBE_METRICS */.X.join(', ')}), an alias (${Object.keys(METRIC_ALIASES).join(', ')}), or query: with PromQL.`;
        return { issues: [problem(`unknown metric '${metric}'`, hint)] };
    }
    return { condition: { ...base, label: metric, source: 'probe', query: probe }, issues: [] };
}

;// CONCATENATED MODULE: ./src/policy/default-policy.ts
/**
 * The policy that applies when none is given, and the floor under every policy: the cluster's own
 * namespaces, the chaos operators' namespaces and production-looking namespaces are blocked unless
 * a policy lists them exactly in allowedNamespaces.
 */
/** Namespaces no fault may target unless a policy allows them by exact name. */
const PROTECTED_NAMESPACES = [
    'kube-system',
    'kube-public',
    'kube-node-lease',
    // The chaos operators and the mesh: faulting them breaks the tools that stop the fault.
    'chaos-mesh',
    'litmus',
    'istio-system',
    'prod',
    'production',
    '*-prod',
    'prod-*',
    '*-production',
    'production-*'
];
/** Limits that apply when a policy leaves them out: sized for a staging environment. */
const DEFAULT_LIMITS = {
    /** Never more than a handful of pods per fault. */
    maxTargets: 5,
    /** Never more than half of the replicas behind a selector. */
    maxPercentage: 50,
    /** Ten minutes: long enough for a recovery to show, short enough for a deploy pipeline. */
    maxDuration: '10m'
};
/** The file the gate reads when the `policy` setting is empty. */
const DEFAULT_POLICY_PATH = '.github/chaos-gate/policy.yaml';

;// CONCATENATED MODULE: ./src/policy/policy-schema.ts
/**
 * The blast-radius policy file (`.github/chaos-gate/policy.yaml` or the `policy` input), defined
 * once. The shape starts from the practice's blast-radius-config.yaml (maxTargets, maxPercentage,
 * allowed/blocked namespaces, autoAbort) and adds maxDuration, kinds, actions and per-environment
 * profiles.
 */


const names = (description) => schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional().describe(description);
const condition = schemas/* strictObject */.rej({
    metric: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe('A probe metric (errorRatio, latencyP99, …; error_rate and p99_latency also work).'),
    query: schemas/* string */.YjP().min(1).optional().describe('PromQL instead of a probe metric.'),
    threshold: schemas/* number */.aig().describe('Abort when the value goes above this.'),
    window: schema_primitives_duration('Aggregation window ({{window}} in a query).').default('30s')
})
    .describe('One abort condition, applied to every experiment while its fault runs.');
/** The limits a policy (or one environment profile) sets. Every field is optional. */
const blastRadiusSchema = schemas/* strictObject */.rej({
    maxTargets: schemas/* int */.Whr().min(1).optional().describe('At most this many pods or nodes per fault.'),
    maxPercentage: percent('At most this share of the matching pods or nodes per fault (5 means 5 %).').optional(),
    maxDuration: schema_primitives_duration('The longest a fault may last.').optional(),
    allowedNamespaces: names('If set, faults may only target these namespaces (globs such as staging-* work).'),
    blockedNamespaces: names('Faults may never target these namespaces (globs work); adds to the protected defaults.'),
    allowedKinds: names('If set, only these kinds run (PodChaos, ChaosEngine, VirtualService, pod-kill, http-proxy).'),
    forbiddenKinds: names('These kinds never run.'),
    allowedActions: names("If set, only these actions run ('pod-kill', or 'PodChaos/pod-kill')."),
    forbiddenActions: names('These actions never run.'),
    autoAbort: schemas/* strictObject */.rej({
        enabled: schemas/* boolean */.zMY().default(true),
        conditions: schemas/* array */.YOg(condition).default([])
    })
        .optional()
        .describe('Abort guards added to every experiment.')
})
    .describe('Blast-radius limits.');
/** A policy file. */
const policySchema = schemas/* strictObject */.rej({
    apiVersion: schemas/* literal */.euz('chaos-gate.dev/v1alpha1').optional(),
    kind: schemas/* literal */.euz('Policy').optional(),
    blastRadius: blastRadiusSchema.default({}),
    environments: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* strictObject */.rej({ blastRadius: blastRadiusSchema.default({}) }))
        .default({})
        .describe('Profiles by environment name; a profile replaces the fields it sets.')
})
    .describe('The Chaos Gate blast-radius policy.');

;// CONCATENATED MODULE: ./src/policy/load-policy.ts
/**
 * Finds, parses and merges the blast-radius policy: built-in defaults, then the policy file (or
 * inline YAML), then the profile of the current environment. Parsed with positions like the
 * manifests, so a bad policy gets `file:line:col` errors too. Never throws for bad input.
 */










const BUILT_IN = 'built-in defaults';
const INLINE = 'policy input';
/** Loads the policy the settings name. */
function loadPolicy(settings) {
    const source = readPolicySource(settings);
    if ('issue' in source)
        return {
            policy: buildPolicy(BUILT_IN, settings.environment, [], () => BUILT_IN),
            issues: [source.issue]
        };
    if (source.text === undefined)
        return { policy: buildPolicy(BUILT_IN, settings.environment, [], () => BUILT_IN), issues: [] };
    const parsed = parseDocuments(source.file, source.text);
    const [doc, extra] = parsed.documents;
    const issues = [...parsed.issues];
    if (extra)
        issues.push({
            ...extra.start,
            severity: 'error',
            code: 'policy/documents',
            message: 'the policy file has more than one YAML document'
        });
    const locate = doc ? doc.locate : () => ({ file: source.file, line: 1, col: 1 });
    const schema = parseWithSchema(policySchema, doc?.value ?? {}, locate);
    issues.push(...schema.issues);
    const input = schema.data;
    if (!input || issues.some((i) => i.severity === 'error'))
        return { policy: buildPolicy(source.file, settings.environment, [], () => BUILT_IN), issues };
    const profile = input.environments[settings.environment];
    const layers = [{ limits: input.blastRadius, path: ['blastRadius'] }];
    if (profile)
        layers.push({
            limits: profile.blastRadius,
            path: ['environments', settings.environment, 'blastRadius']
        });
    else if (Object.keys(input.environments).length > 0) {
        issues.push({
            ...locate(['environments']),
            severity: 'notice',
            code: 'policy/no-profile',
            message: `no profile for environment '${settings.environment}'; the top-level blastRadius applies`
        });
    }
    const origin = (field) => {
        const layer = [...layers].reverse().find((l) => l.limits[field] !== undefined);
        if (!layer)
            return BUILT_IN;
        const at = locate([...layer.path, field]);
        return `${at.file}:${at.line}:${at.col}`;
    };
    const policy = buildPolicy(source.file, settings.environment, layers, origin);
    const conditions = toConditions(layers, locate);
    return {
        policy: { ...policy, autoAbort: conditions.conditions },
        issues: [...issues, ...conditions.issues, ...contradictions(policy, locate)]
    };
}
function readPolicySource(settings) {
    const given = settings.policy?.trim();
    if (given === undefined || given === '') {
        const path = (0,external_node_path_.resolve)(settings.cwd, DEFAULT_POLICY_PATH);
        return (0,external_node_fs_.existsSync)(path) ? readFromFile(path, settings.cwd) : { file: BUILT_IN };
    }
    if (given.includes('\n') || /^[{\w-]+:\s/.test(given))
        return { file: INLINE, text: given };
    const path = (0,external_node_path_.isAbsolute)(given) ? given : (0,external_node_path_.resolve)(settings.cwd, given);
    if (!(0,external_node_fs_.existsSync)(path)) {
        return {
            issue: {
                file: given,
                line: 1,
                col: 1,
                severity: 'error',
                code: 'policy/not-found',
                message: `the policy file '${given}' does not exist`,
                hint: 'The policy setting takes a path relative to the working directory, or inline YAML.'
            }
        };
    }
    return readFromFile(path, settings.cwd);
}
function readFromFile(path, cwd) {
    const file = (0,find_files/* displayPath */.Gt)(path, cwd);
    const read = readSourceFile(path, file);
    return read.kind === 'rejected' ? { issue: read.issue } : { file, text: read.text };
}
function buildPolicy(source, environment, layers, origin) {
    const pick = (key) => [...layers].reverse().find((l) => l.limits[key] !== undefined)?.limits[key];
    const maxPercentage = pick('maxPercentage');
    return {
        source,
        environment,
        maxTargets: pick('maxTargets') ?? DEFAULT_LIMITS.maxTargets,
        maxPercentage: maxPercentage === undefined ? DEFAULT_LIMITS.maxPercentage : toPercent(maxPercentage),
        maxDurationMs: durationMs(pick('maxDuration') ?? DEFAULT_LIMITS.maxDuration),
        allowedNamespaces: pick('allowedNamespaces') ?? [],
        blockedNamespaces: [
            ...new Set([
                ...PROTECTED_NAMESPACES,
                ...layers.flatMap((l) => l.limits.blockedNamespaces ?? [])
            ])
        ],
        allowedKinds: pick('allowedKinds') ?? [],
        forbiddenKinds: pick('forbiddenKinds') ?? [],
        allowedActions: pick('allowedActions') ?? [],
        forbiddenActions: pick('forbiddenActions') ?? [],
        autoAbort: [],
        origin
    };
}
/** A namespace the policy both allows by name and blocks itself is a mistake in the policy. */
function contradictions(policy, locate) {
    const own = policy.blockedNamespaces.filter((n) => !PROTECTED_NAMESPACES.includes(n));
    return policy.allowedNamespaces
        .filter((n) => own.includes(n))
        .map((n) => ({
        ...locate(['blastRadius', 'allowedNamespaces']),
        severity: 'error',
        code: 'policy/contradiction',
        message: `namespace '${n}' is both allowed and blocked by the policy`
    }));
}

;// CONCATENATED MODULE: ./src/policy/load-experiments.ts





/** Loads, validates and checks every experiment against the policy. Never throws for bad input. */
async function inspectExperiments(settings, deps) {
    const manifests = await loadManifests(settings, deps);
    const loadedPolicy = loadPolicy({
        cwd: settings.cwd,
        environment: settings.environment,
        ...(settings.policy === undefined ? {} : { policy: settings.policy })
    });
    const { policy } = loadedPolicy;
    const policyBroken = loadedPolicy.issues.some((i) => i.severity === 'error');
    const byDocument = new Map();
    const plans = manifests.planned.map((planned) => {
        const { plan, issues } = planOne(planned, policy, settings.prometheus, policyBroken);
        if (issues.length > 0)
            byDocument.set(`${planned.doc.file}#${planned.doc.index}`, issues);
        return plan;
    });
    const issues = [
        ...manifests.issues,
        ...loadedPolicy.issues,
        ...[...byDocument.values()].flat()
    ].sort(util_errors/* compareIssues */.UX);
    const documents = manifests.documents.map((d) => withPolicyIssues(d, byDocument.get(`${d.file}#${d.index}`)));
    return { plans, policy, issues, documents, files: manifests.files };
}
/** The policy's decisions and guards for one experiment. */
function planOne(planned, policy, prometheus, policyBroken) {
    const enforced = enforceStatic(planned, policy);
    const guarded = applyAutoAbort(planned.experiment, policy, prometheus, planned.doc.locate);
    const issues = [...enforced.issues, ...guarded.issues];
    const guards = guarded.experiment.steadyState?.checks
        .filter((c) => c.name.startsWith('auto-abort-'))
        .map((c) => c.name) ?? [];
    const decisions = [...enforced.decisions];
    if (guards.length > 0)
        decisions.push({
            rule: 'auto-abort',
            outcome: 'allow',
            message: `abort guards: ${guards.join(', ')}`
        });
    const runnable = !policyBroken && !issues.some((i) => i.severity === 'error');
    return { plan: { experiment: guarded.experiment, decisions, runnable }, issues };
}
/** The runnable experiments and the non-error issues; throws a ManifestError listing every error. */
async function loadExperiments(settings, deps) {
    const inspection = await inspectExperiments(settings, deps);
    const errors = inspection.issues.filter((i) => i.severity === 'error');
    if (errors.length > 0)
        throw new util_errors/* ManifestError */.Sh(errors);
    return {
        experiments: inspection.plans.filter((p) => p.runnable).map((p) => p.experiment),
        notices: inspection.issues.filter((i) => i.severity !== 'error'),
        policy: inspection.policy
    };
}
function withPolicyIssues(doc, extra) {
    if (!extra || extra.length === 0)
        return doc;
    const failed = extra.some((i) => i.severity === 'error');
    return { ...doc, result: failed ? 'invalid' : doc.result, issues: [...doc.issues, ...extra] };
}


/***/ })

};
;