/**
 * `spec.faultRef: path[#name]`: a backend object kept in another file, relative to the referencing
 * file and inside the repository. Referenced files are read up front (also when no glob matches
 * them), and a referenced document is not run again on its own.
 */
import { dirname, isAbsolute, relative, resolve } from 'node:path'

import type { Issue } from '../../util/errors'
import { at, stringAt } from '../plain'
import { displayPath } from '../read/find-files'
import { type LoadedFile, readManifestFile } from '../read/read-files'
import type { SourceDocument } from '../read/yaml-documents'
import type { RefResolution } from './experiment-context'

/** Resolved references, by the referencing document. */
export interface FaultRefs {
  readonly resolve: (ref: string, from: SourceDocument) => RefResolution
  /** The name of the Experiment that references `doc`, if one does. */
  readonly referencedBy: (doc: SourceDocument) => string | undefined
  /** Problems reading referenced files that no glob matched. */
  readonly issues: readonly Issue[]
}

/** Reads the files `experiments` reference and indexes their documents. */
export function loadFaultRefs(
  loaded: readonly LoadedFile[],
  experiments: readonly SourceDocument[],
  cwd: string,
  limit?: number
): FaultRefs {
  const byFile = new Map<string, LoadedFile>(loaded.map((l) => [l.file.file, l]))
  const issues: Issue[] = []
  const targets = new Map<string, { path: string; name?: string }>()
  for (const doc of experiments) {
    const ref = stringAt(doc.value, ['spec', 'faultRef'])
    const from = byFile.get(doc.file)
    if (ref === undefined || from === undefined) continue
    const [file = '', name] = ref.split('#')
    const path = resolve(dirname(from.file.path), file)
    targets.set(key(doc), { path, ...(name === undefined ? {} : { name }) })
    const shown = displayPath(path, cwd)
    if (!byFile.has(shown) && isInside(path, cwd)) {
      const extra = readManifestFile({ path, file: shown }, limit)
      byFile.set(shown, extra)
      issues.push(...extra.issues.filter((i) => i.code !== 'file/unreadable'))
    }
  }
  const referenced = new Map<string, string>()
  const answers = new Map<string, RefResolution>()
  for (const doc of experiments) {
    const target = targets.get(key(doc))
    if (!target) continue
    const answer = find(doc, target, byFile, cwd)
    answers.set(key(doc), answer)
    const owner = stringAt(doc.value, ['metadata', 'name']) ?? 'an Experiment'
    if ('doc' in answer) referenced.set(key(answer.doc), owner)
  }
  return {
    issues,
    resolve: (_ref, from) =>
      answers.get(key(from)) ?? {
        issue: problem(from, 'fault-ref/unresolved', 'the faultRef could not be resolved')
      },
    referencedBy: (doc) => referenced.get(key(doc))
  }
}

function find(
  doc: SourceDocument,
  target: { path: string; name?: string },
  byFile: ReadonlyMap<string, LoadedFile>,
  cwd: string
): RefResolution {
  const shown = displayPath(target.path, cwd)
  if (!isInside(target.path, cwd))
    return {
      issue: problem(
        doc,
        'fault-ref/outside',
        `faultRef points outside the repository ('${shown}')`
      )
    }
  const file = byFile.get(shown)
  if (!file || file.issues.some((i) => i.code === 'file/unreadable'))
    return {
      issue: problem(doc, 'fault-ref/not-found', `faultRef names '${shown}', which does not exist`)
    }
  const candidates =
    target.name === undefined
      ? file.documents
      : file.documents.filter((d) => stringAt(d.value, ['metadata', 'name']) === target.name)
  const faults = candidates.filter((d) => at(d.value, ['kind']) !== 'Experiment')
  if (faults.length === 1 && faults[0]) return { doc: faults[0] }
  const names = file.documents
    .map((d) => stringAt(d.value, ['metadata', 'name']))
    .filter((n) => n !== undefined)
  const what =
    target.name === undefined
      ? `'${shown}' holds ${faults.length} fault objects; name one with '#name'`
      : `'${shown}' has no object named '${target.name}'`
  return {
    issue: {
      ...problem(doc, 'fault-ref/ambiguous', what),
      expected: names.length > 0 ? `one of ${names.join(', ')}` : 'a file with one backend object'
    }
  }
}

function problem(doc: SourceDocument, code: string, message: string): Issue {
  return {
    ...doc.locate(['spec', 'faultRef']),
    severity: 'error',
    code,
    message,
    hint: 'faultRef is relative to the file it is written in: faults/pod-kill.yaml#checkout.'
  }
}

function isInside(path: string, cwd: string): boolean {
  const rel = relative(cwd, path)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
}

function key(doc: SourceDocument): string {
  return `${doc.file}#${doc.index}`
}
