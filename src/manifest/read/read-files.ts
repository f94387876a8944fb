/**
 * Reads and parses manifest files. Each file is contained on its own: a file that cannot be read
 * or parsed yields issues and never affects the others.
 */
import type { Issue } from '../../util/errors'
import type { ManifestFile } from './find-files'
import { MAX_FILE_BYTES, readSourceFile } from './source-file'
import { parseDocuments, type SourceDocument } from './yaml-documents'

/** One file's documents and problems. */
export interface LoadedFile {
  readonly file: ManifestFile
  readonly documents: readonly SourceDocument[]
  readonly issues: readonly Issue[]
}

/** Reads every file in `files`, in order. */
export function readManifestFiles(
  files: readonly ManifestFile[],
  limit = MAX_FILE_BYTES
): LoadedFile[] {
  return files.map((file) => readManifestFile(file, limit))
}

/** Reads and parses one file. */
export function readManifestFile(file: ManifestFile, limit = MAX_FILE_BYTES): LoadedFile {
  const source = readSourceFile(file.path, file.file, limit)
  if (source.kind === 'rejected') return { file, documents: [], issues: [source.issue] }
  const parsed = parseDocuments(file.file, source.text)
  return { file, documents: parsed.documents, issues: parsed.issues }
}
