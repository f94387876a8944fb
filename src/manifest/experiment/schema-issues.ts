/**
 * Turns zod issues into Issues users can act on: the field's `file:line:col`, the value they wrote,
 * what was expected, and for a misspelt key the field they probably meant.
 */
import {
  type z,
  ZodArray,
  ZodDefault,
  ZodLazy,
  ZodObject,
  ZodOptional,
  ZodPipe,
  ZodUnion
} from 'zod'

import type { Issue } from '../../util/errors'
import { didYouMean } from '../classify/suggest'
import type { DocPath, Locate } from '../model'
import { quote } from '../plain'

/** A dotted path as users read it: `spec.steadyState.checks[0].threshold`. */
export function formatPath(path: DocPath): string {
  let text = ''
  for (const step of path)
    text += typeof step === 'number' ? `[${step}]` : text === '' ? step : `.${step}`
  return text
}

/**
 * How many documents one schema checks before zod may compile its objects' fast path. zod builds
 * that path with `new Function` on an object schema's first parse, which costs more than checking
 * a few documents without it (`validate` of 10 manifests: 2% of its instructions on Node 20 and
 * 24). A schema that checks many documents (manifest-scale's thousands) still gets it after these.
 */
const PARSES_BEFORE_JIT = 50

const parses = new WeakMap<z.ZodType, number>()

/** Validates `value` against `schema`; issues are placed with `locate` under `base`. */
export function parseWithSchema<T extends z.ZodType>(
  schema: T,
  value: unknown,
  locate: Locate,
  base: DocPath = []
): { readonly data?: z.output<T>; readonly issues: readonly Issue[] } {
  const count = (parses.get(schema) ?? 0) + 1
  parses.set(schema, count)
  const result = schema.safeParse(value, { reportInput: true, jitless: count <= PARSES_BEFORE_JIT })
  if (result.success) return { data: result.data, issues: [] }
  return { issues: result.error.issues.map((i) => toIssue(i, schema, locate, base)) }
}

function toIssue(zi: z.core.$ZodIssue, schema: z.ZodType, locate: Locate, base: DocPath): Issue {
  const path = [...base, ...zi.path.filter((p): p is string | number => typeof p !== 'symbol')]
  const local = zi.path.filter((p): p is string | number => typeof p !== 'symbol')
  const name = formatPath(path)
  const described = describe(zi, schema, local)
  const keyPath =
    zi.code === 'unrecognized_keys' && zi.keys[0] !== undefined ? [...path, zi.keys[0]] : path
  return {
    ...locate(keyPath),
    severity: 'error',
    code: described.code,
    path: name,
    message:
      described.subject === false
        ? described.message
        : `${name || 'the document'} ${described.message}`,
    ...(described.expected === undefined ? {} : { expected: described.expected }),
    ...(described.hint === undefined ? {} : { hint: described.hint })
  }
}

interface Described {
  readonly code: string
  readonly message: string
  readonly expected?: string
  readonly hint?: string
  /** False when the message already names the field. */
  readonly subject?: false
}

function describe(zi: z.core.$ZodIssue, schema: z.ZodType, local: DocPath): Described {
  switch (zi.code) {
    case 'invalid_type':
      return zi.input === undefined
        ? { code: 'schema/required', message: 'is required', expected: expectedName(zi.expected) }
        : {
            code: 'schema/type',
            message: `must be ${expectedName(zi.expected)}; got ${described(zi.input)}`,
            ...(zi.expected === 'string' && typeof zi.input === 'number'
              ? { hint: `Quote it, with a unit if it is a duration: '${zi.input}s'.` }
              : {})
          }
    case 'unrecognized_keys': {
      const known = shapeKeys(schema, local)
      const key = zi.keys[0] ?? ''
      const more = zi.keys.length > 1 ? ` (and ${zi.keys.slice(1).join(', ')})` : ''
      const hint = didYouMean(key, known)
      return {
        code: 'schema/unknown-field',
        message: `has an unknown field '${key}'${more}`,
        ...(known.length > 0 ? { expected: `one of ${known.join(', ')}` } : {}),
        ...(hint ? { hint } : {})
      }
    }
    case 'invalid_value': {
      const options = zi.values.map(String)
      const got = zi.input === undefined ? 'nothing' : quote(zi.input)
      const hint = didYouMean(String(zi.input), options)
      return {
        code: 'schema/value',
        message: `must be ${options.length === 1 ? quote(options[0]) : `one of ${options.join(', ')}`}; got ${got}`,
        ...(hint ? { hint } : {})
      }
    }
    case 'too_small':
    case 'too_big':
      return { code: 'schema/range', message: `${rangeText(zi)}; got ${quote(zi.input)}` }
    case 'invalid_format':
      return { code: 'schema/format', message: `${zi.message}; got ${quote(zi.input)}` }
    case 'invalid_union':
      return {
        code: 'schema/type',
        message: `does not match any allowed form; got ${quote(zi.input)}`
      }
    default:
      return {
        code: 'schema/invalid',
        message: zi.input === undefined ? zi.message : `${zi.message}; got ${quote(zi.input)}`
      }
  }
}

function rangeText(zi: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const small = zi.code === 'too_small'
  const limit = small ? zi.minimum : zi.maximum
  const inclusive = zi.inclusive !== false
  if (zi.origin === 'array')
    return `must have ${small ? 'at least' : 'at most'} ${String(limit)} item${limit === 1 ? '' : 's'}`
  if (zi.origin === 'string')
    return `must be ${small ? 'at least' : 'at most'} ${String(limit)} character${limit === 1 ? '' : 's'} long`
  const relation = small
    ? inclusive
      ? 'at least'
      : 'more than'
    : inclusive
      ? 'at most'
      : 'less than'
  return `must be ${relation} ${String(limit)}`
}

/** `a mapping`, `a list`, `a number`: the YAML words for JSON types. */
function expectedName(type: string): string {
  const names: Readonly<Record<string, string>> = {
    object: 'a mapping',
    array: 'a list',
    int: 'a whole number'
  }
  return names[type] ?? `a ${type}`
}

/** `null`, `a list [1,2]`, `a string 'x'`. */
function described(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return `a list ${quote(value)}`
  if (typeof value === 'object') return 'a mapping'
  return `a ${typeof value} ${quote(value)}`
}

/** The keys an object schema allows at `path`, for "did you mean". */
export function shapeKeys(schema: z.ZodType, path: DocPath): string[] {
  let here: z.core.$ZodType | undefined = schema
  for (const step of path) here = here === undefined ? undefined : childSchema(unwrap(here), step)
  const target = here === undefined ? undefined : unwrap(here)
  return target instanceof ZodObject ? Object.keys(target.shape) : []
}

function unwrap(s: z.core.$ZodType): z.core.$ZodType {
  let here = s
  for (let i = 0; i < 10; i++) {
    if (here instanceof ZodOptional || here instanceof ZodDefault) here = here.unwrap()
    else if (here instanceof ZodLazy) here = here.unwrap()
    else if (here instanceof ZodPipe) here = here.in
    else return here
  }
  return here
}

function childSchema(s: z.core.$ZodType, step: string | number): z.core.$ZodType | undefined {
  if (s instanceof ZodArray) return s.element
  if (s instanceof ZodObject) {
    const shape: z.core.$ZodShape = s._zod.def.shape
    return shape[String(step)]
  }
  if (s instanceof ZodUnion) {
    for (const option of s.options) {
      const found = childSchema(unwrap(option), step)
      if (found) return found
    }
  }
  return undefined
}
