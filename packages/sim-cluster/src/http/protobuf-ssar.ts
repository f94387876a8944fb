import type { JsonObject } from '../core/json'

const MAGIC = Buffer.from([0x6b, 0x38, 0x73, 0x00]) // "k8s\0"

/** Length-delimited and varint fields of one protobuf message, by field number. */
function fields(buffer: Buffer): Map<number, (Buffer | number)[]> {
  const out = new Map<number, (Buffer | number)[]>()
  let offset = 0
  const varint = (): number => {
    let result = 0
    let shift = 0
    for (;;) {
      const byte = buffer[offset++]
      if (byte === undefined) throw new Error('truncated protobuf varint')
      result += (byte & 0x7f) * 2 ** shift
      if (byte < 0x80) return result
      shift += 7
    }
  }
  while (offset < buffer.length) {
    const key = varint()
    const field = Math.floor(key / 8)
    const wire = key % 8
    let value: Buffer | number
    if (wire === 0) value = varint()
    else if (wire === 2) {
      const length = varint()
      value = buffer.subarray(offset, offset + length)
      offset += length
    } else throw new Error(`unsupported protobuf wire type ${wire}`)
    out.set(field, [...(out.get(field) ?? []), value])
  }
  return out
}

function message(
  parent: Map<number, (Buffer | number)[]>,
  field: number
): Map<number, (Buffer | number)[]> | undefined {
  const value = parent.get(field)?.[0]
  return Buffer.isBuffer(value) ? fields(value) : undefined
}

function text(
  parent: Map<number, (Buffer | number)[]> | undefined,
  field: number
): string | undefined {
  const value = parent?.get(field)?.[0]
  return Buffer.isBuffer(value) ? value.toString('utf8') : undefined
}

function strings(
  source: Map<number, (Buffer | number)[]>,
  names: Record<number, string>
): JsonObject {
  const out: JsonObject = {}
  for (const [field, name] of Object.entries(names)) {
    const value = text(source, Number(field))
    if (value !== undefined && value !== '') out[name] = value
  }
  return out
}

/**
 * Decodes the one protobuf body kubectl sends to this server: a SelfSubjectAccessReview
 * (`kubectl auth can-i`), wrapped in the "k8s\0" + runtime.Unknown envelope. Other built-in
 * protobuf bodies are answered with 415.
 */
export function decodeSelfSubjectAccessReview(body: Buffer): JsonObject | undefined {
  if (!body.subarray(0, 4).equals(MAGIC)) return undefined
  const unknown = fields(body.subarray(4))
  const typeMeta = message(unknown, 1)
  if (text(typeMeta, 2) !== 'SelfSubjectAccessReview') return undefined
  const raw = unknown.get(2)?.[0]
  if (!Buffer.isBuffer(raw)) return undefined
  const spec = message(fields(raw), 2)
  const resource = spec && message(spec, 1)
  const nonResource = spec && message(spec, 2)
  const out: JsonObject = {}
  if (resource) {
    out['resourceAttributes'] = strings(resource, {
      1: 'namespace',
      2: 'verb',
      3: 'group',
      4: 'version',
      5: 'resource',
      6: 'subresource',
      7: 'name'
    })
  }
  if (nonResource) out['nonResourceAttributes'] = strings(nonResource, { 1: 'path', 2: 'verb' })
  return { apiVersion: 'authorization.k8s.io/v1', kind: 'SelfSubjectAccessReview', spec: out }
}
