/**
 * String.prototype.localeCompare for printable ASCII without ICU: the first localeCompare of a
 * process loads ICU's collator, which costs 60–70% of starting Node 24 (docs/performance.md,
 * "Results"), and paths, names and labels are almost always ASCII. Orders as the root collation
 * does, which the runners' locales (C, en-US) use for ASCII: punctuation, then digits, then
 * letters regardless of case; the first difference in case decides last, lowercase first. Any
 * other character leaves the comparison to localeCompare. test/util/compare-text.test.ts holds
 * the two to the same answers.
 */

/** Printable ASCII in the root collation's order; a letter pair ('aA') shares one weight. */
const ORDER = ' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$0123456789'

/** Primary weight by char code; undefined outside printable ASCII. */
const PRIMARY: readonly (number | undefined)[] = (() => {
  const weights: (number | undefined)[] = new Array<number | undefined>(128).fill(undefined)
  for (const [i, ch] of [...ORDER].entries()) weights[ch.charCodeAt(0)] = i
  for (let letter = 0; letter < 26; letter++) {
    weights[0x61 + letter] = ORDER.length + letter
    weights[0x41 + letter] = ORDER.length + letter
  }
  return weights
})()

/** localeCompare(a, b) as -1, 0 or 1. */
export function compareText(a: string, b: string): number {
  if (!isPlainAscii(a) || !isPlainAscii(b)) return Math.sign(a.localeCompare(b))
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const pa = PRIMARY[a.charCodeAt(i)] ?? 0
    const pb = PRIMARY[b.charCodeAt(i)] ?? 0
    if (pa !== pb) return pa < pb ? -1 : 1
  }
  if (a.length !== b.length) return a.length < b.length ? -1 : 1
  for (let i = 0; i < n; i++) {
    const ua = isUpper(a.charCodeAt(i))
    if (ua !== isUpper(b.charCodeAt(i))) return ua ? 1 : -1
  }
  return 0
}

function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (PRIMARY[text.charCodeAt(i)] === undefined) return false
  return true
}

function isUpper(code: number): boolean {
  return code >= 0x41 && code <= 0x5a
}
