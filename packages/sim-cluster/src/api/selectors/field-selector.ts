import { badRequest } from '../../core/api-error'
import { type JsonObject, pathAt } from '../../core/json'
import type { ResourceType } from '../../resources/resource-type'

/** One `field=value` / `field!=value` term. */
export interface FieldTerm {
  readonly field: string
  readonly negate: boolean
  readonly value: string
}

export type FieldSelector = readonly FieldTerm[]

/**
 * Parses a field selector (`metadata.name=x,status.phase!=Running`, with `\,` `\=` escapes)
 * and checks every field is selectable for the resource; an unsupported one is the server's
 * 400 "field label not supported: <field>".
 */
export function parseFieldSelector(text: string | undefined, type: ResourceType): FieldSelector {
  if (!text || text.trim() === '') return []
  return splitEscaped(text, ',').map((term) => {
    const match = /^([^!=]+?)\s*(==|!=|=)\s*(.*)$/s.exec(term.trim())
    if (!match) throw badRequest(`invalid selector: '${text}'; can't understand '${term}'`)
    const field = match[1] ?? ''
    if (!supportedFields(type).includes(field)) {
      throw badRequest(`field label not supported: ${field}`)
    }
    return { field, negate: match[2] === '!=', value: unescape(match[3] ?? '') }
  })
}

function supportedFields(type: ResourceType): string[] {
  return ['metadata.name', 'metadata.namespace', ...type.selectableFields]
}

function splitEscaped(text: string, separator: string): string[] {
  const parts: string[] = []
  let current = ''
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? ''
    if (ch === '\\' && i + 1 < text.length) {
      current += ch + (text[i + 1] ?? '')
      i++
    } else if (ch === separator) {
      parts.push(current)
      current = ''
    } else current += ch
  }
  parts.push(current)
  return parts
}

function unescape(value: string): string {
  return value.replace(/\\(.)/g, '$1')
}

/** The value a field label has on an object (events' "source" is source.component). */
export function fieldValue(obj: JsonObject, field: string): string {
  const path = field === 'source' ? ['source', 'component'] : field.split('.')
  const value = pathAt(obj, path)
  if (value === undefined || value === null) return ''
  return typeof value === 'object' ? JSON.stringify(value) : String(value)
}

export function matchesFields(selector: FieldSelector, obj: JsonObject): boolean {
  return selector.every((term) => (fieldValue(obj, term.field) === term.value) !== term.negate)
}
