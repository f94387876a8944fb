/**
 * Placeholder values copied from documentation (`<url>`, `<YOUR AWS ACCOUNT>`, `your-vm-name`)
 * would be submitted verbatim and fail late, or worse, match nothing. Markup such as `<h1>…</h1>`
 * is a real value and is left alone.
 */
import type { Issue } from '../../util/errors'
import type { DocPath } from '../model'
import { isRecord } from '../plain'
import type { Rule } from './rule'

const PLACEHOLDER = /<(?!\/)([A-Za-z][\w .,'-]{0,60}?)>/
/** A whole value like `your-project-id` or `YOUR_REGION`, as cloud docs write them. */
const YOUR_VALUE = /^your[-_][A-Za-z0-9_-]+$/i
/** A `placeholder` or `xxx` token inside a value: `instance-id-placeholder`, `nginx.xxx.com`. */
const TOKEN = /(^|[^A-Za-z0-9])(placeholder|x{3,})([^A-Za-z0-9]|$)/i

/** Flags every string value in the document that contains a documentation placeholder. */
export const placeholders: Rule = ({ doc }) => {
  const issues: Issue[] = []
  const walk = (node: unknown, path: DocPath): void => {
    if (typeof node === 'string') {
      const found = placeholderIn(node)
      if (found !== undefined) {
        issues.push({
          ...doc.locate(path),
          severity: 'error',
          code: 'placeholder',
          message: `'${found}' looks like a placeholder left from documentation`,
          hint: 'Replace it with the real value.'
        })
      }
    } else if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...path, i]))
    else if (isRecord(node)) for (const [k, v] of Object.entries(node)) walk(v, [...path, k])
  }
  walk(doc.value, [])
  return issues
}

/** The placeholder in `value`, if it has one. */
export function placeholderIn(value: string): string | undefined {
  const trimmed = value.trim()
  if (YOUR_VALUE.test(trimmed)) return trimmed
  const token = TOKEN.exec(value)
  if (token) return trimmed.length <= 60 ? trimmed : (token[2] ?? '')
  return value.includes('</') ? undefined : PLACEHOLDER.exec(value)?.[0]
}
