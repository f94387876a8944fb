import type {
  ActionsCore,
  AnnotationLevel,
  AnnotationProps
} from '../../../src/action/actions-core'

export interface RecordedAnnotation {
  readonly level: AnnotationLevel
  readonly message: string
  readonly props?: AnnotationProps
}

/**
 * An ActionsCore that records what the action did: inputs come from a map, everything written
 * (logs, annotations, outputs, state, summary, secrets) is kept for assertions. `getBooleanInput`
 * follows @actions/core's YAML 1.2 rule.
 */
export class RecordingCore implements ActionsCore {
  readonly secrets: string[] = []
  readonly state = new Map<string, string>()
  readonly outputs = new Map<string, string>()
  readonly annotations: RecordedAnnotation[] = []
  readonly logs: string[] = []
  readonly failures: string[] = []
  summary = ''

  constructor(
    private readonly inputs: Readonly<Record<string, string>> = {},
    savedState: Readonly<Record<string, string>> = {}
  ) {
    for (const [k, v] of Object.entries(savedState)) this.state.set(k, v)
  }

  getInput(name: string): string {
    return (this.inputs[name] ?? '').trim()
  }

  getBooleanInput(name: string): boolean {
    const value = this.getInput(name)
    if (['true', 'True', 'TRUE'].includes(value)) return true
    if (['false', 'False', 'FALSE'].includes(value)) return false
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}`)
  }

  setSecret(value: string): void {
    this.secrets.push(value)
  }

  saveState(name: string, value: string): void {
    this.state.set(name, value)
  }

  getState(name: string): string {
    return this.state.get(name) ?? ''
  }

  setOutput(name: string, value: string): void {
    this.outputs.set(name, value)
  }

  debug(message: string): void {
    this.logs.push(`debug: ${message}`)
  }

  info(message: string): void {
    this.logs.push(message)
  }

  notice(message: string, props?: AnnotationProps): void {
    this.annotate('notice', message, props)
  }

  warning(message: string, props?: AnnotationProps): void {
    this.annotate('warning', message, props)
  }

  error(message: string, props?: AnnotationProps): void {
    this.annotate('error', message, props)
  }

  setFailed(message: string): void {
    this.failures.push(message)
    this.annotate('error', message)
  }

  appendSummary(markdown: string): Promise<void> {
    this.summary += markdown
    return Promise.resolve()
  }

  /** Everything a user could read in the job log, for secret-leak assertions. */
  get transcript(): string {
    return [
      ...this.logs,
      ...this.annotations.map((a) => `${a.level}: ${a.message}`),
      this.summary,
      ...this.outputs.values()
    ].join('\n')
  }

  messages(level: AnnotationLevel): string[] {
    return this.annotations.filter((a) => a.level === level).map((a) => a.message)
  }

  private annotate(level: AnnotationLevel, message: string, props?: AnnotationProps): void {
    this.annotations.push(props ? { level, message, props } : { level, message })
    this.logs.push(`${level}: ${message}`)
  }
}
