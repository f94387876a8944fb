import type { Log } from '../../../src/util/log'

/** A Log that keeps every line, prefixed with its level. */
export class RecordingLog implements Log {
  readonly lines: string[] = []
  debug(message: string): void {
    this.lines.push(`debug: ${message}`)
  }
  info(message: string): void {
    this.lines.push(`info: ${message}`)
  }
  warn(message: string): void {
    this.lines.push(`warn: ${message}`)
  }
  error(message: string): void {
    this.lines.push(`error: ${message}`)
  }
}
