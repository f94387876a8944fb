/**
 * Runs the document rules (rules/rules.ts) over one experiment document and the backend objects
 * it holds or references.
 */
import type { Issue } from '../../util/errors'
import { classify, type Family } from '../classify/classify'
import type { FaultRefs } from '../experiment/fault-refs'
import type { Experiment } from '../model'
import { at } from '../plain'
import type { SourceDocument } from '../read/yaml-documents'
import type { RuleObject } from './rule'
import { RULES } from './rules'

/** Every rule's issues for `doc`. */
export function runRules(
  doc: SourceDocument,
  family: Family,
  experiment: Experiment | undefined,
  refs: FaultRefs
): Issue[] {
  const objects =
    family === 'gate' ? faultObjects(doc, refs) : [{ family, value: doc.value, locate: doc.locate }]
  const ctx = { doc, family, objects, ...(experiment ? { experiment } : {}) }
  return RULES.flatMap((rule) => rule(ctx))
}

/** The backend object an Experiment wraps inline or by reference. */
function faultObjects(doc: SourceDocument, refs: FaultRefs): RuleObject[] {
  const inline = at(doc.value, ['spec', 'fault'])
  if (inline !== undefined) {
    const view: SourceDocument = {
      ...doc,
      value: inline,
      locate: (p) => doc.locate(['spec', 'fault', ...p])
    }
    const c = classify(view)
    return c.outcome === 'experiment'
      ? [{ family: c.family, value: inline, locate: view.locate }]
      : []
  }
  const ref = at(doc.value, ['spec', 'faultRef'])
  if (typeof ref !== 'string') return []
  const found = refs.resolve(ref, doc)
  if (!('doc' in found)) return []
  const c = classify(found.doc)
  return c.outcome === 'experiment'
    ? [{ family: c.family, value: found.doc.value, locate: found.doc.locate }]
    : []
}
