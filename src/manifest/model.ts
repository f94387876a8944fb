/**
 * The validated, typed form of one experiment: what the loader produces and the engine consumes.
 * Everything here is readonly data; nothing refers back to YAML nodes except `locate`.
 */
import type { SourceLocation } from '../util/errors'
import type { SteadyStateSpec } from './steady-state-model'

/** The chaos backends the engine can drive. */
export const BACKEND_KINDS = [
  'local',
  'litmus',
  'chaos-mesh',
  'kubernetes',
  'toxiproxy',
  'aws-fis',
  'gremlin'
] as const

export type BackendKind = (typeof BACKEND_KINDS)[number]

/** Kubernetes object metadata, as far as the gate reads or writes it. */
export interface ObjectMeta {
  readonly name?: string
  readonly generateName?: string
  readonly namespace?: string
  readonly labels?: Readonly<Record<string, string>>
  readonly annotations?: Readonly<Record<string, string>>
  readonly [key: string]: unknown
}

/** A Kubernetes object as written in a manifest (plain JSON after YAML parsing). */
export interface KubeObject {
  readonly apiVersion: string
  readonly kind: string
  readonly metadata: ObjectMeta
  readonly [key: string]: unknown
}

/** A path inside a parsed document: object keys and array indexes. */
export type DocPath = readonly (string | number)[]

/** Maps a path inside a document to where it was written; falls back to the nearest parent. */
export type Locate = (path: DocPath) => SourceLocation

/** How many targets a fault declares it will hit, in the form the manifest states it. Percentages are 0–100. */
export type TargetMode =
  | { readonly kind: 'count'; readonly count: number }
  | { readonly kind: 'percent'; readonly percent: number }
  | { readonly kind: 'max-percent'; readonly percent: number }
  | { readonly kind: 'all' }
  /** The manifest does not say (for example a cloud fault); only preflight can count. */
  | { readonly kind: 'unknown' }

/**
 * What a fault's targets are; pods, nodes, cloud resources (an FIS target) and Gremlin's hosts and
 * containers are counted against maxTargets and maxPercentage.
 */
export type TargetResource =
  'pod' | 'node' | 'cloud' | 'host' | 'container' | 'traffic' | 'external'

/** The targets of a fault as declared: enough for the static policy and for preflight to resolve. */
export interface TargetDeclaration {
  /** What the selection picks: pods (the default when absent), nodes, a share of traffic, or things outside Kubernetes. */
  readonly resource?: TargetResource
  readonly namespaces: readonly string[]
  /** Kubernetes label selector in string form (`app=checkout,tier!=db`), when pods are selected by label. */
  readonly labelSelector?: string
  /** Kubernetes field selector in string form, when the backend supports one. */
  readonly fieldSelector?: string
  /** Explicit pod names, when the manifest lists them. */
  readonly podNames?: readonly string[]
  readonly mode: TargetMode
  /** Where the selection is written, for policy errors. */
  readonly location: SourceLocation
}

/** The `local` backend's fault: an in-process HTTP proxy in front of `upstream`. Percentages are 0–100. */
export interface ProxyFaultSpec {
  /** The URL the proxy forwards to (the service under test). */
  readonly upstream: string
  /** Where the proxy listens; port 0 picks a free port. */
  readonly listen: { readonly host: string; readonly port: number }
  /** Only requests whose path starts with one of these prefixes are faulted; empty means all. */
  readonly paths: readonly string[]
  readonly latency?: {
    readonly fixedMs: number
    readonly jitterMs: number
    readonly percent: number
  }
  readonly error?: { readonly status: number; readonly percent: number; readonly body: string }
  readonly reset?: { readonly percent: number }
  readonly bandwidth?: { readonly bytesPerSecond: number }
}

/** The `kubernetes` backend's pod-kill: delete pods matching a selector, then time the restore. */
export interface PodKillSpec {
  readonly namespace: string
  readonly labelSelector: string
  /** How many matching pods to delete; bounded again by the policy in preflight. */
  readonly count: number
  readonly gracePeriodSeconds: number
  /** How long the owner may take to bring readiness back before the experiment fails. */
  readonly restoreTimeoutMs: number
}

/** One Toxiproxy toxic as the server takes it; `name` is the suffix after the run prefix. */
export interface ToxicSpec {
  readonly name: string
  readonly type: string
  readonly stream: 'upstream' | 'downstream'
  /** Share of connections affected, 0–1 (Toxiproxy's scale). */
  readonly toxicity: number
  readonly attributes: Readonly<Record<string, number>>
}

/** The `toxiproxy` backend's fault: toxics on an existing proxy, or on one created for the run. */
export interface ToxiproxySpec {
  /** The server's API base URL, without a trailing slash. */
  readonly server: string
  /** An existing proxy's name; absent when the run creates its own. */
  readonly proxy?: string
  /** The proxy to create for the run (`host:port` each). */
  readonly create?: { readonly listen: string; readonly upstream: string }
  readonly toxics: readonly ToxicSpec[]
}

/** The `aws-fis` backend's fault: an experiment template to create for the run, or an existing one. */
export interface AwsFisSpec {
  /** A CreateExperimentTemplate body (description, targets, actions, stopConditions, roleArn, ...). */
  readonly template?: Readonly<Record<string, unknown>>
  /** An existing template's id (`EXT...`). */
  readonly templateId?: string
  /** The region; absent, the SDK's default chain decides (AWS_REGION, the profile). */
  readonly region?: string
}

/** A Gremlin attack's targets: hosts by tag or containers by label, a count or a percentage. */
export interface GremlinTarget {
  readonly kind: 'hosts' | 'containers'
  /** Tag (hosts) or label (containers) → the values any of which match. */
  readonly match: Readonly<Record<string, readonly string[]>>
  readonly count?: number
  /** 1–100. */
  readonly percent?: number
}

/**
 * The `gremlin` backend's fault: an attack the gate creates (its length is spec.duration), or a
 * scenario that already exists in Gremlin, run as it is.
 */
export type GremlinSpec =
  | {
      readonly attack: {
        /** Gremlin's command type (`cpu`, `latency`, `blackhole`, ...). */
        readonly type: string
        /** The command's arguments, without `-l` (the gate adds the length). */
        readonly args: readonly string[]
        readonly target: GremlinTarget
      }
    }
  | { readonly scenarioId: string }

/** What the experiment injects. Backend objects travel as-is; native faults are typed. */
export type Fault =
  | { readonly kind: 'kube-object'; readonly object: KubeObject }
  | { readonly kind: 'http-proxy'; readonly spec: ProxyFaultSpec }
  | { readonly kind: 'pod-kill'; readonly spec: PodKillSpec }
  | { readonly kind: 'toxiproxy'; readonly spec: ToxiproxySpec }
  | { readonly kind: 'aws-fis'; readonly spec: AwsFisSpec }
  | { readonly kind: 'gremlin'; readonly spec: GremlinSpec }

/** Per-experiment blast-radius overrides; they can only tighten the policy, never loosen it. */
export interface BlastRadiusOverride {
  readonly maxTargets?: number
  readonly maxPercentage?: number
}

/** One experiment, validated and ready to plan or run. */
export interface Experiment {
  /** Unique within a run; a DNS-1123 label so it can appear in object names. */
  readonly name: string
  /** Where the document starts. */
  readonly source: SourceLocation
  /** Paths inside the submitted object for kube-object faults (a 422 names those), else inside the document. */
  readonly locate: Locate
  readonly backend: BackendKind
  /** The document's kind (`PodChaos`, `ChaosEngine`, `VirtualService`) or the native fault (`pod-kill`, `http-proxy`). */
  readonly kind: string
  /** The fault action inside the kind (`pod-kill`, `delay`, the Litmus experiment name, `latency`). */
  readonly action?: string
  /** Where the fault object lives (Kubernetes backends). */
  readonly namespace?: string
  readonly fault: Fault
  readonly targets?: TargetDeclaration
  /** How long the fault is meant to last; undefined for one-shot faults. */
  readonly durationMs?: number
  /** Upper bound for this experiment's whole lifecycle; the gate default applies when unset. */
  readonly timeoutMs?: number
  /** `fail` marks a negative test: the gate passes only when the experiment fails as expected. */
  readonly expect: 'pass' | 'fail'
  readonly hypothesis?: string
  readonly steadyState?: SteadyStateSpec
  readonly blastRadius?: BlastRadiusOverride
}
