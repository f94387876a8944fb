import { type FieldError, notSupported } from '../core/field-errors'
import { deepEqual, isObject, jsonTypeName,type JsonValue } from '../core/json'
import { conformsToFormat } from './formats'
import type { Schema } from './structural'

/** kube-openapi path building: `spec.mode`, `spec.items[0].name`. */
export function childPath(path: string, key: string): string {
  return path ? `${path}.${key}` : key
}

function indexPath(path: string, index: number): string {
  return `${path}[${index}]`
}

/**
 * Validates a value against a structural schema the way the apiextensions-apiserver does
 * (kube-openapi validate + kubeOpenAPIResultToFieldErrors): every problem is reported, with
 * go-openapi's detail strings ("spec.x in body should match '^a$'").
 */
export function validateValue(value: JsonValue | undefined, schema: Schema, path = ''): FieldError[] {
  const errors: FieldError[] = []
  if (value === null) {
    if (schema.nullable || (!schema.type && !schema.intOrString)) return errors
  }
  const typeOk = checkType(value, schema, path, errors)
  checkEnum(value, schema, path, errors)
  if (!typeOk) return errors
  if (typeof value === 'string') checkString(value, schema, path, errors)
  else if (typeof value === 'number') checkNumber(value, schema, path, errors)
  else if (Array.isArray(value)) checkArray(value, schema, path, errors)
  else if (isObject(value)) checkObject(value, schema, path, errors)
  checkCombinators(value, schema, path, errors)
  return errors
}

function typeAccepts(type: string, value: JsonValue | undefined): boolean {
  const actual = jsonTypeName(value)
  if (type === 'number') return actual === 'number' || actual === 'integer'
  return actual === type
}

function checkType(
  value: JsonValue | undefined,
  schema: Schema,
  path: string,
  errors: FieldError[]
): boolean {
  const expected = schema.intOrString ? 'integer,string' : schema.type
  if (!expected) return true
  const ok = schema.intOrString
    ? typeAccepts('integer', value) || typeAccepts('string', value)
    : typeAccepts(expected, value)
  if (ok) return true
  const actual = jsonTypeName(value)
  errors.push({
    type: 'TypeInvalid',
    field: path,
    value: actual,
    detail: `${path} in body must be of type ${expected}: "${actual}"`
  })
  return false
}

function checkEnum(
  value: JsonValue | undefined,
  schema: Schema,
  path: string,
  errors: FieldError[]
): void {
  if (!schema.enum || schema.enum.length === 0) return
  if (schema.enum.some((allowed) => deepEqual(allowed, value ?? null))) return
  const supported = schema.enum.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)))
  errors.push(notSupported(path, value, supported))
}

function checkString(value: string, schema: Schema, path: string, errors: FieldError[]): void {
  const length = [...value].length
  if (schema.maxLength !== undefined && length > schema.maxLength) {
    errors.push({
      type: 'TooLong',
      field: path,
      value,
      detail: `may not be more than ${schema.maxLength} bytes`
    })
  }
  if (schema.minLength !== undefined && length < schema.minLength) {
    errors.push(invalid(path, value, `should be at least ${schema.minLength} chars long`))
  }
  if (schema.pattern && !schema.pattern.test(value)) {
    errors.push(invalid(path, value, `should match '${schema.patternSource ?? ''}'`))
  }
  if (schema.format && !conformsToFormat(schema.format, value)) {
    errors.push({
      type: 'Invalid',
      field: path,
      value,
      detail: `${path} in body must be of type ${schema.format}: ${JSON.stringify(value)}`
    })
  }
}

/** go-openapi's default-branch errors: "<path> in body <rule>". */
function invalid(path: string, value: JsonValue, rule: string): FieldError {
  return { type: 'Invalid', field: path, value, detail: `${path} in body ${rule}` }
}

function checkNumber(value: number, schema: Schema, path: string, errors: FieldError[]): void {
  const { minimum, maximum, multipleOf } = schema
  if (minimum !== undefined) {
    if (schema.exclusiveMinimum ? value <= minimum : value < minimum) {
      const rule = schema.exclusiveMinimum ? 'greater than' : 'greater than or equal to'
      errors.push(invalid(path, value, `should be ${rule} ${minimum}`))
    }
  }
  if (maximum !== undefined) {
    if (schema.exclusiveMaximum ? value >= maximum : value > maximum) {
      const rule = schema.exclusiveMaximum ? 'less than' : 'less than or equal to'
      errors.push(invalid(path, value, `should be ${rule} ${maximum}`))
    }
  }
  if (multipleOf !== undefined && multipleOf > 0 && !Number.isInteger(value / multipleOf)) {
    errors.push(invalid(path, value, `should be a multiple of ${multipleOf}`))
  }
}

function checkArray(value: JsonValue[], schema: Schema, path: string, errors: FieldError[]): void {
  if (schema.maxItems !== undefined && value.length > schema.maxItems) {
    errors.push({
      type: 'TooMany',
      field: path,
      value: value.length,
      detail: `must have at most ${schema.maxItems} items`
    })
  }
  if (schema.minItems !== undefined && value.length < schema.minItems) {
    errors.push(invalid(path, value.length, `should have at least ${schema.minItems} items`))
  }
  if (schema.uniqueItems && value.some((a, i) => value.some((b, j) => j > i && deepEqual(a, b)))) {
    errors.push(invalid(path, value.length, "shouldn't contain duplicates"))
  }
  const items = schema.items
  if (!items) return
  value.forEach((item, i) => errors.push(...validateValue(item, items, indexPath(path, i))))
}

function checkObject(
  value: { [key: string]: JsonValue },
  schema: Schema,
  path: string,
  errors: FieldError[]
): void {
  for (const key of schema.required) {
    if (!(key in value)) errors.push({ type: 'Required', field: childPath(path, key) })
  }
  const count = Object.keys(value).length
  if (schema.maxProperties !== undefined && count > schema.maxProperties) {
    errors.push({
      type: 'TooMany',
      field: path,
      value: count,
      detail: `must have at most ${schema.maxProperties} items`
    })
  }
  if (schema.minProperties !== undefined && count < schema.minProperties) {
    errors.push(invalid(path, count, `should have at least ${schema.minProperties} properties`))
  }
  for (const [key, child] of Object.entries(value)) {
    const childSchema = schema.properties?.get(key) ?? schema.additionalProperties
    if (childSchema) errors.push(...validateValue(child, childSchema, childPath(path, key)))
  }
}

/** anyOf/allOf/oneOf/not as value validations; reported as go-openapi does, at field <nil>. */
function checkCombinators(
  value: JsonValue | undefined,
  schema: Schema,
  path: string,
  errors: FieldError[]
): void {
  const passes = (s: Schema): boolean => validateValue(value, s, path).length === 0
  const name = JSON.stringify(path)
  if (schema.anyOf.length > 0 && !schema.anyOf.some(passes)) {
    errors.push(combinator(`${name} must validate at least one schema (anyOf)`))
  }
  const allValid = schema.allOf.filter(passes).length
  if (schema.allOf.length > 0 && allValid !== schema.allOf.length) {
    const detail = allValid === 0 ? 'None validated' : `Validated ${allValid} over ${schema.allOf.length}`
    errors.push(combinator(`${name} must validate all the schemas (allOf). ${detail}`))
  }
  const oneValid = schema.oneOf.filter(passes).length
  if (schema.oneOf.length > 0 && oneValid !== 1) {
    const detail = oneValid === 0 ? 'Found none valid' : `Found ${oneValid} valid alternatives`
    errors.push(combinator(`${name} must validate one and only one schema (oneOf). ${detail}`))
  }
  if (schema.not && passes(schema.not)) {
    errors.push(combinator(`${name} must not validate the schema (not)`))
  }
}

function combinator(detail: string): FieldError {
  return { type: 'Invalid', field: '<nil>', value: '', detail }
}
