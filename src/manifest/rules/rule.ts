/**
 * The shape of a validation rule (changesets' rules.ts): a small named function that looks at one
 * document and returns its issues. Rules lint what the readers do not need to read: placeholders
 * left from documentation, Litmus probe fields, legacy fields. Each concern is one file; the list
 * is rules.ts.
 */
import type { Issue } from '../../util/errors'
import type { Family } from '../classify/classify'
import type { Experiment, Locate } from '../model'
import type { SourceDocument } from '../read/yaml-documents'

/** A backend object in the document: the document itself, or an Experiment's fault. */
export interface RuleObject {
  readonly family: Family
  readonly value: unknown
  /** Locates paths relative to this object. */
  readonly locate: Locate
}

/** What a rule sees. */
export interface RuleContext {
  /** The document as written. */
  readonly doc: SourceDocument
  readonly family: Family
  /** The backend objects the document holds or references (none for native faults). */
  readonly objects: readonly RuleObject[]
  /** The experiment built from the document, when it could be built. */
  readonly experiment?: Experiment
}

/** One rule. Pure: no I/O, no state. */
export type Rule = (ctx: RuleContext) => readonly Issue[]
