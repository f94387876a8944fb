/**
 * `${VAR}` and `${VAR:-default}` in the string values of Experiment documents, from the
 * environment the caller passes in. Backend objects (`spec.fault`) travel as-is: their strings
 * may hold shell or template syntax that is not ours to expand. `$${` writes a literal `${`.
 */
import type { Issue } from '../../util/errors'
import type { DocPath, Locate } from '../model'
import { isRecord } from '../plain'

/** The environment variables interpolation may read. */
export type Environment = Readonly<Record<string, string | undefined>>

const TOKEN = /\$\$\{|\$\{\{|\$\{([^}]*)\}/g
const REFERENCE = /^([A-Za-z_][A-Za-z0-9_]*)(?::-(.*))?$/s

/** Paths whose subtree is left untouched. */
const VERBATIM: readonly DocPath[] = [['spec', 'fault']]

/** A copy of `value` with every reference replaced, and an issue per reference that cannot be. */
export function interpolate(
  value: unknown,
  env: Environment,
  locate: Locate
): { readonly value: unknown; readonly issues: readonly Issue[] } {
  const issues: Issue[] = []
  const walk = (node: unknown, path: DocPath): unknown => {
    if (VERBATIM.some((v) => samePath(v, path))) return node
    if (typeof node === 'string')
      return expand(node, env, (message, code, hint) =>
        issues.push({ ...locate(path), severity: 'error', code, message, hint })
      )
    if (Array.isArray(node)) return node.map((item, i) => walk(item, [...path, i]))
    if (isRecord(node))
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, [...path, k])]))
    return node
  }
  return { value: walk(value, []), issues }
}

type Report = (message: string, code: string, hint: string) => void

function expand(text: string, env: Environment, report: Report): string {
  if (!text.includes('$')) return text
  return text.replace(TOKEN, (token: string, body: string | undefined) => {
    if (token === '$${') return '${'
    if (token === '${{') {
      report(
        'GitHub expressions (${{ … }}) are not evaluated in manifest files',
        'interpolate/github-expression',
        'Pass the value to the step as an environment variable (env: {NAME: ${{ secrets.NAME }}}) and write ${NAME} here.'
      )
      return token
    }
    const ref = REFERENCE.exec(body ?? '')
    if (!ref) {
      report(
        `malformed reference '${token}'`,
        'interpolate/malformed',
        "Write ${NAME} or ${NAME:-default}; write $${ for a literal '${'."
      )
      return token
    }
    const [, name = '', fallback] = ref
    const found = env[name]
    if (found !== undefined && found !== '') return found
    if (fallback !== undefined) return fallback
    report(
      `environment variable ${name} is not set`,
      'interpolate/unset',
      `Set ${name} for the gate, or give a default: \${${name}:-value}.`
    )
    return token
  })
}

function samePath(a: DocPath, b: DocPath): boolean {
  return a.length === b.length && a.every((step, i) => step === b[i])
}
