/**
 * What reading a backend object produces: the facts the gate depends on (backend, kind, action,
 * namespace, targets, duration) plus the places a fault selects targets, for the policy. Shared by
 * the Litmus, Chaos Mesh and Istio readers and by the Experiment builder.
 */
import type { Issue, SourceLocation } from '../../util/errors'
import type { BackendKind, DocPath, KubeObject, Locate, TargetDeclaration } from '../model'

/** One place a fault selects targets: a fault object, a Workflow template, one of an engine's experiments. */
export interface FaultSite {
  readonly kind: string
  readonly action?: string
  readonly targets?: TargetDeclaration
  readonly durationMs?: number
  /** Where the kind or action is written, for policy errors on kinds and actions. */
  readonly location: SourceLocation
  /** Where the duration is written (or would be), for policy errors on durations. */
  readonly durationLocation: SourceLocation
}

/** A backend object read for the gate. `object` is a completed copy (namespace and duration filled in). */
export interface Adopted {
  readonly backend: BackendKind
  readonly kind: string
  readonly action?: string
  readonly name?: string
  readonly namespace?: string
  readonly object: KubeObject
  readonly targets?: TargetDeclaration
  readonly durationMs?: number
  readonly sites: readonly FaultSite[]
}

/** What a reader knows besides the object. */
export interface AdoptContext {
  readonly locate: Locate
  /** Where the object sits in its document: [] for a standalone object, ['spec', 'fault'] inline. */
  readonly base: DocPath
  /** The namespace used when the object names none (the Experiment's, then the setting's). */
  readonly namespace?: string
  /** The duration the wrapping Experiment asks for, if any. */
  readonly durationMs?: number
  /** Where that duration is written. */
  readonly durationLocation?: SourceLocation
  /** True when an Experiment wraps or references the object. */
  readonly wrapped?: boolean
}

/** How to give a fault a duration, for objects that have none of their own. */
export function durationHint(ctx: AdoptContext, what: string): string {
  return ctx.wrapped
    ? `Set spec.duration on the Experiment: how long the gate keeps the ${what} applied.`
    : `Wrap it in an Experiment (apiVersion: chaos-gate.dev/v1alpha1) with spec.duration: how long the gate keeps the ${what} applied.`
}

/** A reader's answer: the adopted object when it could be read, and every problem found. */
export interface AdoptResult {
  readonly adopted?: Adopted
  readonly issues: readonly Issue[]
}

/** Collects issues at paths relative to the object being read. */
export class IssueSink {
  readonly issues: Issue[] = []
  constructor(private readonly ctx: Pick<AdoptContext, 'locate' | 'base'>) {}

  /** Where a path relative to the object is written. */
  at(path: DocPath): SourceLocation {
    return this.ctx.locate([...this.ctx.base, ...path])
  }

  /** Records an error (or another severity) at `path`. */
  add(
    path: DocPath,
    code: string,
    message: string,
    extra: Partial<Pick<Issue, 'expected' | 'hint' | 'severity'>> = {}
  ): void {
    this.issues.push({ ...this.at(path), severity: 'error', code, message, ...extra })
  }

  get hasErrors(): boolean {
    return this.issues.some((i) => i.severity === 'error')
  }
}

/** The namespace of an object, filled from the context, or an issue saying how to give one. */
export function resolveNamespace(
  metadata: Readonly<Record<string, unknown>> | undefined,
  ctx: AdoptContext,
  sink: IssueSink
): string | undefined {
  const own = metadata?.namespace
  if (typeof own === 'string' && own !== '') return own
  if (own !== undefined && typeof own !== 'string') {
    sink.add(['metadata', 'namespace'], 'namespace/invalid', 'metadata.namespace must be a string')
    return undefined
  }
  if (ctx.namespace !== undefined) return ctx.namespace
  sink.add(
    ['metadata'],
    'namespace/missing',
    'no metadata.namespace and no namespace setting, so the gate cannot tell where to create this object',
    {
      expected: 'metadata.namespace, or the namespace input (--namespace)',
      hint: 'Add metadata.namespace: <namespace> to the object, or set the namespace input / --namespace for the run.'
    }
  )
  return undefined
}

/** The object's name: metadata.name, or generateName without its trailing '-'. */
export function objectName(
  metadata: Readonly<Record<string, unknown>> | undefined
): string | undefined {
  const name = metadata?.name
  if (typeof name === 'string' && name !== '') return name
  const generate = metadata?.generateName
  return typeof generate === 'string' && generate !== '' ? generate.replace(/-+$/, '') : undefined
}
