/**
 * Type guards for plain JSON read from YAML. Backend objects are kept as unknown data and read
 * through these, so a wrong type is an issue rather than a crash.
 */

/** A plain object (mapping), not an array or null. */
export type PlainRecord = Readonly<Record<string, unknown>>

export function isRecord(value: unknown): value is PlainRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The value at `path`, or undefined when any step is missing or of the wrong shape. */
export function at(value: unknown, path: readonly (string | number)[]): unknown {
  let here = value
  for (const step of path) {
    if (typeof step === 'number') {
      if (!Array.isArray(here)) return undefined
      here = here[step]
    } else {
      if (!isRecord(here)) return undefined
      here = here[step]
    }
  }
  return here
}

/** The record at `path`, or undefined. */
export function recordAt(
  value: unknown,
  path: readonly (string | number)[]
): PlainRecord | undefined {
  const found = at(value, path)
  return isRecord(found) ? found : undefined
}

/** The array at `path`, or an empty array. */
export function listAt(value: unknown, path: readonly (string | number)[]): readonly unknown[] {
  const found = at(value, path)
  return Array.isArray(found) ? found : []
}

/** The string at `path`, or undefined. */
export function stringAt(value: unknown, path: readonly (string | number)[]): string | undefined {
  const found = at(value, path)
  return typeof found === 'string' ? found : undefined
}

/** A value quoted for a message: strings in quotes, others as JSON, truncated. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? `'${value}'` : (JSON.stringify(value) ?? String(value))
  return text.length > 60 ? `${text.slice(0, 60)}…` : text
}

/** A JSON-safe deep copy, so adopted objects can be completed without touching the parsed document. */
export function cloneRecord(value: PlainRecord): Record<string, unknown> {
  return { ...structuredClone(value) }
}
