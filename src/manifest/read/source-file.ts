/**
 * Reads one manifest file defensively: the size is checked before a byte is read, binary and
 * non-UTF-8 content is refused with the position of the first bad byte, and nothing here throws
 * for bad input. Hostile files become issues; other files are unaffected.
 */
import { readFileSync, statSync } from 'node:fs'

import { errorMessage, type Issue } from '../../util/errors'

/** Manifests are small; anything bigger is a mistake or an attack, and YAML parsing is superlinear. */
export const MAX_FILE_BYTES = 1024 * 1024

/** The text of a file, or why it could not be used. */
export type SourceText =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'rejected'; readonly issue: Issue }

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

/**
 * Reads `path` (shown to users as `file`) as UTF-8 text within `limit` bytes. Synchronous fs calls
 * on purpose: manifests are small, and a plan reads a thousand of them several times faster this
 * way than through the libuv thread pool (open, fstat, read and close each a round trip).
 */
export function readSourceFile(path: string, file: string, limit = MAX_FILE_BYTES): SourceText {
  let bytes: Uint8Array
  try {
    const { size } = statSync(path)
    if (size > limit) return reject(file, 1, 1, 'file/too-large', tooLarge(size, limit))
    bytes = readFileSync(path)
  } catch (err) {
    return reject(file, 1, 1, 'file/unreadable', `cannot read the file: ${errorMessage(err)}`)
  }
  // The file may have grown between stat and read.
  if (bytes.length > limit)
    return reject(file, 1, 1, 'file/too-large', tooLarge(bytes.length, limit))
  return decodeSource(bytes, file)
}

/** Decodes bytes as UTF-8 manifest text, refusing UTF-16, binary content and invalid sequences. */
export function decodeSource(bytes: Uint8Array, file: string): SourceText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return reject(file, 1, 1, 'file/encoding', 'the file is UTF-16 encoded', {
      expected: 'UTF-8',
      hint: 'Save the file as UTF-8.'
    })
  }
  const nul = bytes.indexOf(0)
  if (nul >= 0) {
    const at = position(bytes, nul)
    return reject(
      file,
      at.line,
      at.col,
      'file/binary',
      'the file contains a NUL byte (binary content)',
      {
        expected: 'a YAML or JSON text file'
      }
    )
  }
  try {
    return { kind: 'text', text: decoder.decode(bytes) }
  } catch {
    const bad = firstInvalidUtf8(bytes)
    const at = position(bytes, bad)
    const byte = (bytes[bad] ?? 0).toString(16).padStart(2, '0')
    return reject(file, at.line, at.col, 'file/encoding', `invalid UTF-8 byte 0x${byte}`, {
      expected: 'UTF-8 text',
      hint: 'Re-save the file as UTF-8 (for example with `iconv -f latin1 -t utf-8`).'
    })
  }
}

function tooLarge(size: number, limit: number): string {
  return `the file is ${formatBytes(size)}, over the ${formatBytes(limit)} limit for a manifest`
}

/** Human sizes: `10.0 MiB`, `512 KiB`, `12 bytes`. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`
  if (n >= 1024) return `${Math.round(n / 1024)} KiB`
  return `${n} bytes`
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i] ?? 0
    const len =
      b < 0x80
        ? 1
        : b >= 0xc2 && b < 0xe0
          ? 2
          : b >= 0xe0 && b < 0xf0
            ? 3
            : b >= 0xf0 && b < 0xf5
              ? 4
              : 0
    if (len === 0) return i
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF (RFC 3629, table 3-7).
    const second = bytes[i + 1] ?? 0
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second >= 0xa0)) return i
    if ((b === 0xf0 && second < 0x90) || (b === 0xf4 && second >= 0x90)) return i
    i += len
  }
  return Math.max(0, bytes.length - 1)
}

/** 1-based line and column (in characters of the valid prefix) of a byte offset. */
function position(bytes: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++
      lineStart = i + 1
    }
  }
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset))
  return { line, col: [...prefix].length + 1 }
}

function reject(
  file: string,
  line: number,
  col: number,
  code: string,
  message: string,
  extra: { expected?: string; hint?: string } = {}
): SourceText {
  return {
    kind: 'rejected',
    issue: { file, line, col, severity: 'error', code, message, ...extra }
  }
}
