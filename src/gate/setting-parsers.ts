/**
 * One small parser per kind of setting (docs/architecture.md, "How to add a setting"). Each turns
 * the raw text a front end read (an action input, a flag, an environment variable) into a typed
 * value or one message, worded the same whichever front end asked: `'15x' is not a duration; …`.
 * The front end adds the name it knows the setting by. Nothing is clamped or guessed.
 */
import { existsSync, readFileSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'

import { parseDuration } from '../util/duration'
import { errorMessage, InputError, truncate } from '../util/errors'

/** The typed value, or what is wrong with the text. */
export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string }

/** What a parser may need beyond the text: where relative paths start, and how a front end names a setting. */
export interface ParseContext {
  readonly cwd: string
  /** `prometheus-url` for the action, `--prometheus-url` for the CLI. */
  readonly nameOf: (setting: 'prometheusUrl' | 'mode') => string
}

export type SettingParser<T> = (raw: string, ctx: ParseContext) => Parsed<T>

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value })
export const bad = (message: string): Parsed<never> => ({ ok: false, message })

/** The value as a user wrote it, short enough to quote. */
export const quote = (raw: string): string => `'${truncate(raw, 80)}'`

/** Text that may be left empty: empty is undefined, anything else goes to `inner`. */
export function optional<T>(inner: SettingParser<T>): SettingParser<T | undefined> {
  return (raw, ctx) => (raw === '' ? ok(undefined) : inner(raw, ctx))
}

export const anyText: SettingParser<string> = (raw) => ok(raw)

export function choice<T extends string>(allowed: readonly T[]): SettingParser<T> {
  return (raw) => {
    const found = allowed.find((a) => a === raw)
    return found === undefined
      ? bad(`${quote(raw)} is not one of ${allowed.join(', ')}`)
      : ok(found)
  }
}

/** A whole number in [min, max]. */
export function integer(min: number, max: number): SettingParser<number> {
  return (raw) => {
    const n = /^\d+$/.test(raw) ? Number(raw) : NaN
    return Number.isSafeInteger(n) && n >= min && n <= max
      ? ok(n)
      : bad(`${quote(raw)} is not a whole number from ${min} to ${max}`)
  }
}

/** A positive Go-style duration, in milliseconds. */
export const duration: SettingParser<number> = (raw) => {
  const ms = parseDuration(raw)
  return ms !== undefined && ms > 0
    ? ok(ms)
    : bad(`${quote(raw)} is not a duration; expected e.g. 90s, 15m or 1h30m`)
}

/** Text that must match `pattern`; `what` names it and `expected` says what fits. */
export function matching(pattern: RegExp, what: string, expected: string): SettingParser<string> {
  return (raw) =>
    pattern.test(raw) ? ok(raw) : bad(`${quote(raw)} is not ${what}; expected ${expected}`)
}

/** Non-empty lines, trimmed; `#` starts a comment line. */
export function lines(raw: string): readonly string[] {
  return raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
}

/** Non-empty lines, at least one: globs, paths. */
export function lineList(what: string): SettingParser<readonly string[]> {
  return (raw) => {
    const items = lines(raw)
    return items.length > 0 ? ok(items) : bad(`expected at least one ${what}, one a line`)
  }
}

/** Words separated by commas, spaces or lines, each one of `allowed` (`what`: which they are among); at least one. */
export function someOf<T extends string>(
  allowed: readonly T[],
  what: string,
  ifNone: (ctx: ParseContext) => string
): SettingParser<ReadonlySet<T>> {
  return (raw, ctx) => {
    const words = raw.split(/[\s,]+/).filter((w) => w !== '')
    const unknown = words.filter((w) => !allowed.some((a) => a === w))
    const expected = `expected some of ${allowed.join(', ')}`
    if (words.length === 0) return bad(`nothing is given; ${expected} (${ifNone(ctx)})`)
    if (unknown.length > 0)
      return bad(
        `${unknown.map(quote).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not ${what}; ${expected}`
      )
    return ok(new Set(allowed.filter((a) => words.includes(a))))
  }
}

/** A path, absolute from the working directory. */
export const path: SettingParser<string> = (raw, ctx) =>
  ok(isAbsolute(raw) ? raw : resolve(ctx.cwd, raw))

/**
 * Inline YAML or JSON, or the path of a file holding it (relative to the working directory), handed
 * to `parse`, which throws an InputError (or any Error) that says what is wrong.
 */
export function yamlOrFile<T>(parse: (text: string) => T): SettingParser<T> {
  return (raw, ctx) => {
    const file = resolve(ctx.cwd, raw)
    let text = raw
    try {
      if (!raw.includes('\n') && existsSync(file)) text = readFileSync(file, 'utf8')
      return ok(parse(text))
    } catch (err) {
      return bad(err instanceof InputError ? err.detail : errorMessage(err))
    }
  }
}
