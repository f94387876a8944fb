/**
 * Namespace, kind and action patterns in a policy: exact names, or globs where `*` matches any
 * run of characters (`staging-*`, `*-prod`). Nothing else is special, so a name never surprises.
 */

/** True when `name` matches `pattern`. */
export function matchesPattern(name: string, pattern: string): boolean {
  if (!pattern.includes('*')) return name === pattern
  const parts = pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`^${parts.join('.*')}$`).test(name)
}

/** The first pattern `name` matches, if any. */
export function firstMatch(name: string, patterns: readonly string[]): string | undefined {
  return patterns.find((p) => matchesPattern(name, p))
}
