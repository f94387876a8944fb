/**
 * "Did you mean" for misspelt kinds and groups. Case-insensitive edit distance; only close
 * matches are offered, so a suggestion is a likely fix rather than noise.
 */

/** The candidate closest to `input`, when it is within a small edit distance. */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  const lower = input.toLowerCase()
  let best: string | undefined
  let bestDistance = Math.max(2, Math.floor(input.length / 4)) + 1
  for (const candidate of candidates) {
    const d = editDistance(lower, candidate.toLowerCase())
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return best
}

/** Levenshtein distance, two rows at a time. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution))
    }
    previous = current
  }
  return previous[b.length] ?? 0
}

/** `Did you mean 'x'?`, when a candidate is close to `input`. */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  const match = closest(input, candidates)
  return match === undefined || match === input ? undefined : `Did you mean '${match}'?`
}
