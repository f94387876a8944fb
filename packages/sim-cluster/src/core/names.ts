import { randomInt, randomUUID } from 'node:crypto'

import { type FieldError, invalid } from './field-errors'
import type { JsonValue } from './json'

/** The alphabet utilrand.String uses for generateName suffixes (no vowels, no confusables). */
const SUFFIX_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789'

/** utilrand.String(n): random suffix drawn from SUFFIX_ALPHABET. */
export function randomSuffix(length: number): string {
  let out = ''
  for (let i = 0; i < length; i++) out += SUFFIX_ALPHABET[randomInt(SUFFIX_ALPHABET.length)]
  return out
}

/** names.SimpleNameGenerator: base truncated to 58 characters plus 5 random characters. */
export function generateName(base: string): string {
  return `${base.slice(0, 58)}${randomSuffix(5)}`
}

/** rand.SafeEncodeString: maps each character onto the safe alphabet (pod-template-hash). */
export function safeEncode(text: string): string {
  let out = ''
  for (const ch of text) out += SUFFIX_ALPHABET[ch.charCodeAt(0) % SUFFIX_ALPHABET.length]
  return out
}

export function newUid(): string {
  return randomUUID()
}

/** FNV-1a 32-bit, as the deployment controller hashes pod templates. */
export function fnv32a(text: string): number {
  let hash = 0x811c9dc5
  for (const byte of Buffer.from(text, 'utf8')) {
    hash ^= byte
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash >>> 0
}

const DNS1123_LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?'
const DNS1123_SUBDOMAIN = `${DNS1123_LABEL}(\\.${DNS1123_LABEL})*`
const LABEL_VALUE = '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?'

/** IsDNS1123Subdomain messages from k8s.io/apimachinery/pkg/util/validation. */
export function dns1123SubdomainErrors(value: string): string[] {
  const errors: string[] = []
  if (value.length > 253) errors.push('must be no more than 253 characters')
  if (!new RegExp(`^${DNS1123_SUBDOMAIN}$`).test(value)) {
    errors.push(
      `a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '${DNS1123_SUBDOMAIN}')`
    )
  }
  return errors
}

/** IsDNS1123Label messages (namespaces). */
export function dns1123LabelErrors(value: string): string[] {
  const errors: string[] = []
  if (value.length > 63) errors.push('must be no more than 63 characters')
  if (!new RegExp(`^${DNS1123_LABEL}$`).test(value)) {
    errors.push(
      `a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '${DNS1123_LABEL}')`
    )
  }
  return errors
}

function qualifiedNameErrors(key: string): string[] {
  const parts = key.split('/')
  const name = parts.length === 2 ? (parts[1] ?? '') : key
  const prefix = parts.length === 2 ? (parts[0] ?? '') : undefined
  const errors: string[] = []
  if (parts.length > 2) {
    return [
      "a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"
    ]
  }
  if (prefix !== undefined) {
    if (prefix.length === 0) errors.push('prefix part must be non-empty')
    else errors.push(...dns1123SubdomainErrors(prefix).map((e) => `prefix part ${e}`))
  }
  if (name.length === 0) errors.push('name part must be non-empty')
  else if (name.length > 63) errors.push('name part must be no more than 63 characters')
  if (name.length > 0 && !/^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/.test(name)) {
    errors.push(
      "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"
    )
  }
  return errors
}

function labelValueErrors(value: string): string[] {
  const errors: string[] = []
  if (value.length > 63) errors.push('must be no more than 63 characters')
  if (!new RegExp(`^${LABEL_VALUE}$`).test(value)) {
    errors.push(
      `a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '${LABEL_VALUE}')`
    )
  }
  return errors
}

/** ValidateLabels: metadata.labels keys are qualified names, values label values. */
export function labelErrors(labels: JsonValue | undefined, field: string): FieldError[] {
  if (
    labels === undefined ||
    labels === null ||
    typeof labels !== 'object' ||
    Array.isArray(labels)
  )
    return []
  const out: FieldError[] = []
  for (const [key, value] of Object.entries(labels)) {
    for (const e of qualifiedNameErrors(key)) out.push(invalid(field, key, e))
    if (typeof value === 'string') {
      for (const e of labelValueErrors(value)) out.push(invalid(field, value, e))
    }
  }
  return out
}

/** ValidateAnnotations: keys are qualified names; total size is capped at 256 KiB. */
export function annotationErrors(annotations: JsonValue | undefined, field: string): FieldError[] {
  if (!annotations || typeof annotations !== 'object' || Array.isArray(annotations)) return []
  const out: FieldError[] = []
  let size = 0
  for (const [key, value] of Object.entries(annotations)) {
    for (const e of qualifiedNameErrors(key.toLowerCase())) out.push(invalid(field, key, e))
    size += key.length + (typeof value === 'string' ? value.length : 0)
  }
  if (size > 256 * 1024) {
    out.push({ type: 'TooLong', field, detail: `must have at most ${256 * 1024} bytes` })
  }
  return out
}
