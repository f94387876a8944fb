/**
 * What the parts of an Experiment document share while it is read: the context it is read
 * against, and the fault part the fault readers (native, adopted, AWS FIS, Toxiproxy) return.
 */
import type { Issue } from '../../util/errors'
import type { FaultSite } from '../adopt/adopt'
import type { BackendKind, Fault, Locate, TargetDeclaration } from '../model'
import type { SourceDocument } from '../read/yaml-documents'
import type { PrometheusEndpoint } from '../steady-state-model'
import type { Environment } from './interpolate'

/** A faultRef resolved by the loader: the referenced document, or why it could not be found. */
export type RefResolution = { readonly doc: SourceDocument } | { readonly issue: Issue }

/** What an Experiment document is read against. */
export interface ExperimentContext {
  readonly env: Environment
  readonly namespace?: string
  readonly prometheus?: PrometheusEndpoint
  /** Looks up `spec.faultRef` of `doc`; the loader has read the referenced files already. */
  readonly resolveRef: (ref: string, doc: SourceDocument) => RefResolution
}

/** The fault, as far as the rest of the experiment needs it. */
export interface FaultPart {
  readonly backend: BackendKind
  readonly kind: string
  readonly fault: Fault
  readonly sites: readonly FaultSite[]
  readonly action?: string
  readonly namespace?: string
  readonly targets?: TargetDeclaration
  readonly durationMs?: number
  /** For a backend object: locates paths inside it (inline, or in the referenced file). */
  readonly locate?: Locate
}

/** Reads the one fault of a validated Experiment document; problems go to `issues`. */
