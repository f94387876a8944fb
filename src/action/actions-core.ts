/**
 * The part of @actions/core the action uses, as a port. deps.ts implements it over the real
 * package (through runner-core.ts, which leaves out its OIDC client); tests pass a recorder
 * (test/action/fakes/recording-core.ts). Nothing else under src/action imports @actions/core.
 */

/** Where an annotation points: GitHub renders it on that line of the diff. */
export interface AnnotationProps {
  readonly title?: string
  /** Path relative to the repository root. */
  readonly file?: string
  readonly startLine?: number
  readonly endLine?: number
  /** Columns are only honoured when the annotation spans one line. */
  readonly startColumn?: number
  readonly endColumn?: number
}

export type AnnotationLevel = 'error' | 'warning' | 'notice'

export interface ActionsCore {
  /** The input's value, trimmed; '' when unset. */
  getInput(name: string): string
  /** A YAML 1.2 boolean (`true`/`false` in three spellings); throws on anything else. */
  getBooleanInput(name: string): boolean
  /** Masks a value in every later log line of the job. */
  setSecret(value: string): void
  /** Saves a value for this action's post step. */
  saveState(name: string, value: string): void
  /** Reads a value saved by main; '' when absent. */
  getState(name: string): string
  setOutput(name: string, value: string): void
  debug(message: string): void
  info(message: string): void
  notice(message: string, props?: AnnotationProps): void
  warning(message: string, props?: AnnotationProps): void
  error(message: string, props?: AnnotationProps): void
  /** Marks the step failed (exit code 1) without exiting. */
  setFailed(message: string): void
  /** Appends Markdown to this step's job summary. */
  appendSummary(markdown: string): Promise<void>
}
