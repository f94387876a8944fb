/**
 * Reads and parses manifest files with bounded concurrency. Each file is contained on its own: a
 * file that cannot be read or parsed yields issues and never affects the others.
 */
import type { Issue } from '../util/errors'
import type { ManifestFile } from './find-files'
import { MAX_FILE_BYTES, readSourceFile } from './source-file'
import { parseDocuments, type SourceDocument } from './yaml-documents'

/** Files read at once; enough to hide disk latency without exhausting file handles. */
const CONCURRENCY = 32

/** One file's documents and problems. */
export interface LoadedFile {
  readonly file: ManifestFile
  readonly documents: readonly SourceDocument[]
  readonly issues: readonly Issue[]
}

/** Reads every file in `files`, in order. */
export async function readManifestFiles(
  files: readonly ManifestFile[],
  limit = MAX_FILE_BYTES
): Promise<LoadedFile[]> {
  const results: LoadedFile[] = new Array<LoadedFile>(files.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const i = next++
      const file = files[i]
      if (file) results[i] = await readManifestFile(file, limit)
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker))
  return results
}

/** Reads and parses one file. */
export async function readManifestFile(
  file: ManifestFile,
  limit = MAX_FILE_BYTES
): Promise<LoadedFile> {
  const source = await readSourceFile(file.path, file.file, limit)
  if (source.kind === 'rejected') return { file, documents: [], issues: [source.issue] }
  const parsed = parseDocuments(file.file, source.text)
  return { file, documents: parsed.documents, issues: parsed.issues }
}
