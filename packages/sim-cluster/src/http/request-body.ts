import type { IncomingMessage } from 'node:http'

import type { PatchType } from '../api/request-options'
import { badRequest, unsupportedMediaType } from '../core/api-error'
import { type JsonValue, parseJson } from '../core/json'

const PATCH_TYPES: Readonly<Record<string, PatchType>> = {
  'application/merge-patch+json': 'merge',
  'application/json-patch+json': 'json',
  'application/strategic-merge-patch+json': 'strategic',
  'application/apply-patch+yaml': 'apply'
}

/**
 * Bodies of create/update/delete must be JSON: the simulator speaks no protobuf or CBOR, and
 * answers them with the 415 a server gives for media types it does not serve.
 */
export function checkBodyType(req: IncomingMessage, verb: string, body: string): void {
  if (verb === 'patch' || body === '') return
  const contentType =
    (req.headers['content-type'] ?? 'application/json').split(';')[0]?.trim() ?? ''
  if (contentType === 'application/json' || contentType === '*/*') return
  throw unsupportedMediaType(contentType, ['application/json', 'application/yaml'])
}

/** A JSON body, or the 400 the server sends for one it cannot decode. */
export function parseBody(body: string): JsonValue {
  if (body.trim() === '') throw badRequest('the request body is empty')
  try {
    return parseJson(body)
  } catch (err) {
    throw badRequest(
      `couldn't get version/kind; json parse error: ${err instanceof Error ? err.message : ''}`
    )
  }
}

/** The patch type a PATCH's Content-Type names (415 for any other). */
export function patchTypeOf(req: IncomingMessage): PatchType {
  const contentType = (req.headers['content-type'] ?? '').split(';')[0]?.trim() ?? ''
  const patchType = PATCH_TYPES[contentType]
  if (!patchType) {
    throw unsupportedMediaType(contentType, [
      'application/json-patch+json',
      'application/merge-patch+json',
      'application/apply-patch+yaml',
      'application/strategic-merge-patch+json'
    ])
  }
  return patchType
}
