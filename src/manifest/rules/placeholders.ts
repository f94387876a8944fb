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

/** Flags every string value in the document that contains a documentation placeholder. */
export const placeholders: Rule = ({ doc }) => {
  const issues: Issue[] = []
  const walk = (node: unknown, path: DocPath): void => {
    if (typeof node === 'string') {
      const match =
        YOUR_VALUE.exec(node.trim()) ?? (node.includes('</') ? null : PLACEHOLDER.exec(node))
      if (match) {
        issues.push({
          ...doc.locate(path),
          severity: 'error',
          code: 'placeholder',
          message: `'${match[0]}' looks like a placeholder left from documentation`,
          hint: 'Replace it with the real value.'
        })
      }
    } else if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...path, i]))
    else if (isRecord(node)) for (const [k, v] of Object.entries(node)) walk(v, [...path, k])
  }
  walk(doc.value, [])
  return issues
}
