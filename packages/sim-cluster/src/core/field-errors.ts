import type { JsonValue } from './json'

/**
 * field.Error from k8s.io/apimachinery: the unit of a 422 Invalid. `body()` reproduces
 * ErrorBody() ("Unsupported value: \"x\": supported values: ...") and `reason` the CauseType.
 */
export type FieldErrorType =
  | 'Required'
  | 'Invalid'
  | 'TypeInvalid'
  | 'NotSupported'
  | 'Forbidden'
  | 'TooLong'
  | 'TooMany'
  | 'Duplicate'
  | 'NotFound'
  | 'Internal'

/** One field.Error. */
export interface FieldError {
  readonly type: FieldErrorType
  /** Field path as the API server prints it: `spec.experiments[0].name`. */
  readonly field: string
  /** The offending value; omitted for types that never print it. */
  readonly value?: JsonValue
  readonly detail?: string
  /** The bad value preformatted the way Go prints it (`map[string]string{"app":"x"}`). */
  readonly display?: string
}

const TYPE_TEXT: Record<FieldErrorType, string> = {
  Required: 'Required value',
  Invalid: 'Invalid value',
  TypeInvalid: 'Invalid value',
  NotSupported: 'Unsupported value',
  Forbidden: 'Forbidden',
  TooLong: 'Too long',
  TooMany: 'Too many',
  Duplicate: 'Duplicate value',
  NotFound: 'Not found',
  Internal: 'Internal error'
}

const CAUSE: Record<FieldErrorType, string> = {
  Required: 'FieldValueRequired',
  Invalid: 'FieldValueInvalid',
  TypeInvalid: 'FieldValueTypeInvalid',
  NotSupported: 'FieldValueNotSupported',
  Forbidden: 'FieldValueForbidden',
  TooLong: 'FieldValueTooLong',
  TooMany: 'FieldValueTooMany',
  Duplicate: 'FieldValueDuplicate',
  NotFound: 'FieldValueNotFound',
  Internal: 'InternalError'
}

const VALUELESS: ReadonlySet<FieldErrorType> = new Set([
  'Required',
  'Forbidden',
  'TooLong',
  'Internal'
])

/** Go's %v / %q rendering of a bad value inside an error body. */
export function renderValue(value: JsonValue | undefined): string {
  if (value === undefined || value === null) return 'null'
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value)
}

/** ErrorBody(): what follows "<field>: " in messages and what a Status cause carries. */
export function fieldErrorBody(error: FieldError): string {
  let body = TYPE_TEXT[error.type]
  if (error.display !== undefined) body += `: ${error.display}`
  else if (!VALUELESS.has(error.type) && 'value' in error) body += `: ${renderValue(error.value)}`
  if (error.detail) body += `: ${error.detail}`
  return body
}

/** field.Error.Error(): "<field>: <body>". */
export function fieldErrorText(error: FieldError): string {
  return `${error.field}: ${fieldErrorBody(error)}`
}

export function causeReason(error: FieldError): string {
  return CAUSE[error.type]
}

/** field.NotSupported: detail lists the supported values quoted, as %q joined by ", ". */
export function notSupported(
  field: string,
  value: JsonValue | undefined,
  supported: readonly string[]
): FieldError {
  const detail = `supported values: ${supported.map((v) => JSON.stringify(v)).join(', ')}`
  return { type: 'NotSupported', field, value: value ?? null, detail }
}

export function required(field: string, detail = ''): FieldError {
  return detail ? { type: 'Required', field, detail } : { type: 'Required', field }
}

export function invalid(field: string, value: JsonValue | undefined, detail: string): FieldError {
  return { type: 'Invalid', field, value: value ?? null, detail }
}

export function forbidden(field: string, detail: string): FieldError {
  return { type: 'Forbidden', field, detail }
}

/** Go's %#v of a map[string]string, as validation messages print label maps. */
export function goStringMap(map: Record<string, string>): string {
  const entries = Object.keys(map)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${JSON.stringify(map[key])}`)
  return `map[string]string{${entries.join(', ')}}`
}
