/**
 * The error family. Modules throw these; exactly one place per entry point turns them into exit
 * codes, annotations and `setFailed` (action/run-main.ts and cli/run-cli.ts, with the codes in
 * cli/exit-codes.ts).
 * A gate verdict is data, never an error.
 */
import { compareText } from './compare-text'

/** A position in a user's file, 1-based like editors and GitHub annotations. */
export interface SourceLocation {
  readonly file: string
  readonly line: number
  readonly col: number
}

/**
 * One problem with user input, carrying everything needed to print
 * `file:line:col: <what is wrong>; expected <x>. <how to fix>`.
 */
export interface Issue extends SourceLocation {
  /** `error` stops the run; `warning` and `notice` are reported and never change the outcome. */
  readonly severity: 'error' | 'warning' | 'notice'
  /** Dotted path inside the document (`spec.duration`), when the problem is a field. */
  readonly path?: string
  /** What is wrong, quoting the offending value (truncated). */
  readonly message: string
  /** What was expected instead. */
  readonly expected?: string
  /** How to fix it. */
  readonly hint?: string
  /** A stable machine-readable code (`unknown-kind`, `policy/max-targets`, ...). */
  readonly code?: string
}

/** Renders an issue as one line, the shape editors and problem matchers understand. */
export function formatIssue(issue: Issue): string {
  let text = `${issue.file}:${issue.line}:${issue.col}: ${issue.severity}: ${issue.message}`
  if (issue.expected) text += `; expected ${issue.expected}`
  text += '.'
  if (issue.hint) text += ` ${issue.hint}`
  return text
}

/** Orders issues by file, then position, so every report lists them the same way. */
export function compareIssues(a: Issue, b: Issue): number {
  return compareText(a.file, b.file) || a.line - b.line || a.col - b.col
}

/** Invalid manifests or policy: nothing was submitted. Carries every issue, not just the first. */
export class ManifestError extends Error {
  override readonly name = 'ManifestError'
  constructor(readonly issues: readonly Issue[]) {
    super(`${issues.length} problem${issues.length === 1 ? '' : 's'} in the experiment manifests`)
  }
}

/** A bad action input or CLI flag, named so the user knows what to change. */
export class InputError extends Error {
  override readonly name = 'InputError'
  constructor(
    readonly input: string,
    /** What is wrong, without the name: a front end may name the setting its own way. */
    readonly detail: string
  ) {
    super(`Invalid ${settingKind(input)} '${input}': ${detail}`)
  }
}

/** How the message names a setting: an action input, a CLI flag or an environment variable. */
function settingKind(name: string): string {
  if (name.startsWith('-')) return 'flag'
  return /^[A-Z][A-Z0-9_]*$/.test(name) ? 'environment variable' : 'input'
}

/**
 * Several bad inputs or flags, every one reported rather than the first: the action and the CLI
 * both tell the user everything to fix in one go. The message lists them, one a line.
 */
export class InputErrors extends InputError {
  constructor(readonly errors: readonly InputError[]) {
    super(errors[0]?.input ?? '', '')
    this.message = errors.map((e) => e.message).join('\n')
  }
}

/** A dependency (Kubernetes, Prometheus, GitHub, Slack, a chaos backend) said no or was unreachable. */
export class BackendError extends Error {
  override readonly name = 'BackendError'
  constructor(
    readonly backend: string,
    readonly op: string,
    readonly target: string,
    message: string,
    readonly status?: number,
    options?: ErrorOptions
  ) {
    super(`${backend}: ${op} ${target} failed: ${message}`, options)
  }
}

/** The whole gate or one phase ran out of time. */
export class GateTimeoutError extends Error {
  override readonly name = 'GateTimeoutError'
}

/**
 * A run-state file, or the directory that holds them, that cannot be read or trusted. Cleanup must
 * not act on a half-understood record, nor take an unreadable one for "no run".
 */
export class StateFileError extends Error {
  override readonly name = 'StateFileError'
}

/** A bug in chaos-gate itself. The message asks for a report. */
export class InternalError extends Error {
  override readonly name = 'InternalError'
  constructor(message: string, options?: ErrorOptions) {
    super(
      `${message} (this is a bug in chaos-gate; please report it at https://github.com/chaos-gate/chaos-gate/issues)`,
      options
    )
  }
}

/** The message of anything thrown, without assuming it is an Error. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message
  if (typeof err === 'string') return err
  try {
    return JSON.stringify(err)
  } catch {
    return String(err)
  }
}

/** The socket error code behind a failed fetch (`ECONNREFUSED`, `ECONNRESET`), if it has one. */
export function socketErrorCode(err: unknown): string | undefined {
  const cause: unknown = err instanceof Error ? err.cause : undefined
  return typeof cause === 'object' &&
    cause !== null &&
    'code' in cause &&
    typeof cause.code === 'string'
    ? cause.code
    : undefined
}

/** Shortens echoed user content so one bad value cannot flood a log (changesets: 200 characters). */
export function truncate(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max)}…` : text
}
