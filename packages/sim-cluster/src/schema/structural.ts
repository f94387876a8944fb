import { isObject, type JsonObject, type JsonValue, numberAt, stringAt } from '../core/json'

/**
 * A structural schema (apiextensions.k8s.io/v1 JSONSchemaProps) in the shape the validator,
 * the pruner and the defaulter walk. Only the keywords a structural schema may carry are kept.
 */
export interface Schema {
  readonly type?: string
  readonly properties?: ReadonlyMap<string, Schema>
  readonly additionalProperties?: Schema
  readonly items?: Schema
  readonly required: readonly string[]
  readonly enum?: readonly JsonValue[]
  readonly pattern?: RegExp
  readonly patternSource?: string
  readonly format?: string
  readonly minimum?: number
  readonly maximum?: number
  readonly exclusiveMinimum: boolean
  readonly exclusiveMaximum: boolean
  readonly multipleOf?: number
  readonly minLength?: number
  readonly maxLength?: number
  readonly minItems?: number
  readonly maxItems?: number
  readonly uniqueItems: boolean
  readonly minProperties?: number
  readonly maxProperties?: number
  readonly nullable: boolean
  readonly default?: JsonValue
  readonly intOrString: boolean
  readonly preserveUnknownFields: boolean
  readonly embeddedResource: boolean
  readonly anyOf: readonly Schema[]
  readonly allOf: readonly Schema[]
  readonly oneOf: readonly Schema[]
  readonly not?: Schema
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/** Converts an openAPIV3Schema node. Patterns are compiled once (Go RE2 ⊂ JS syntax here). */
export function fromJsonSchema(node: JsonObject): Schema {
  const schema: Mutable<Schema> = {
    required: stringList(node['required']),
    exclusiveMinimum: node['exclusiveMinimum'] === true,
    exclusiveMaximum: node['exclusiveMaximum'] === true,
    uniqueItems: node['uniqueItems'] === true,
    nullable: node['nullable'] === true,
    intOrString: node['x-kubernetes-int-or-string'] === true,
    preserveUnknownFields: node['x-kubernetes-preserve-unknown-fields'] === true,
    embeddedResource: node['x-kubernetes-embedded-resource'] === true,
    anyOf: schemaList(node['anyOf']),
    allOf: schemaList(node['allOf']),
    oneOf: schemaList(node['oneOf'])
  }
  const type = stringAt(node, 'type')
  if (type !== undefined) schema.type = type
  const properties = node['properties']
  if (isObject(properties)) {
    schema.properties = new Map(
      Object.entries(properties)
        .filter((entry): entry is [string, JsonObject] => isObject(entry[1]))
        .map(([key, value]) => [key, fromJsonSchema(value)])
    )
  }
  const additional = node['additionalProperties']
  if (isObject(additional)) schema.additionalProperties = fromJsonSchema(additional)
  const items = node['items']
  if (isObject(items)) schema.items = fromJsonSchema(items)
  if (Array.isArray(node['enum'])) schema.enum = node['enum']
  const pattern = stringAt(node, 'pattern')
  if (pattern !== undefined) {
    schema.patternSource = pattern
    const compiled = compile(pattern)
    if (compiled) schema.pattern = compiled
  }
  const format = stringAt(node, 'format')
  if (format !== undefined) schema.format = format
  for (const key of NUMERIC_KEYWORDS) {
    const value = numberAt(node, key)
    if (value !== undefined) schema[key] = value
  }
  if ('default' in node && node['default'] !== undefined) schema.default = node['default']
  const not = node['not']
  if (isObject(not)) schema.not = fromJsonSchema(not)
  return schema
}

const NUMERIC_KEYWORDS = [
  'minimum',
  'maximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties'
] as const

function stringList(value: JsonValue | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

function schemaList(value: JsonValue | undefined): Schema[] {
  return Array.isArray(value) ? value.filter(isObject).map(fromJsonSchema) : []
}

function compile(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, 'u')
  } catch {
    try {
      return new RegExp(pattern)
    } catch {
      return undefined
    }
  }
}
