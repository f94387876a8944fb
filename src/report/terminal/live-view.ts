/**
 * Live progress in the terminal, fed by the engine's GateListener callbacks. On a TTY it keeps a
 * redrawn block with one line per experiment (phase, elapsed and remaining time, last
 * measurements); elsewhere (CI logs, pipes) it prints plain lines without any ANSI codes.
 */
import type { GateListener, PhaseOutlook } from '../../gate/gate-deps'
import type { BackendEvent, ExperimentReport, LifecyclePhase } from '../../gate/result'
import type { Measurement } from '../../steady-state/model'
import type { Clock } from '../../util/clock'
import { formatDuration } from '../../util/duration'
import { VERDICT_ICON, verdictText } from '../verdict-label'
import { paint, truncateVisible, VERDICT_STYLE } from './ansi'

export interface ProgressOutput {
  write(text: string): unknown
  readonly isTTY?: boolean
  /** The terminal's width; live rows are cut to it so a redraw never leaves wrapped lines behind. */
  readonly columns?: number
}

/** What the live block knows about one experiment. */
export interface LiveRow {
  readonly name: string
  phase?: LifecyclePhase
  phaseAt: number
  expectedEnd: number
  /** The phase ends when the backend says so; `expectedEnd` is only its bound (a one-shot fault). */
  oneShot?: boolean
  readonly last: Map<string, Measurement>
  done?: ExperimentReport
}

const SPINNER = '⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏'
const REDRAW_MS = 250

/** One line of the live block. Pure, for tests. */
export function renderLiveRow(row: LiveRow, now: number, color: boolean): string {
  if (row.done)
    return `${VERDICT_ICON[row.done.verdict]} ${row.name}  ${paint(color, VERDICT_STYLE[row.done.verdict], verdictText(row.done))}`
  const spin = SPINNER[Math.floor(now / 100) % SPINNER.length] ?? '-'
  const elapsed = formatDuration(now - row.phaseAt)
  const left = Math.max(0, row.expectedEnd - now)
  const time = row.oneShot
    ? `${elapsed}, waiting for recovery${left > 0 ? `, at most ${formatDuration(left)} more` : ''}`
    : `${elapsed}${left > 0 ? `, ~${formatDuration(left)} left` : ''}`
  const values = [...row.last.values()].map(
    (m) =>
      `${m.message.split(' ')[0] === m.check ? m.message : `${m.check}: ${m.message}`} ${level(m, color)}`
  )
  return `${spin} ${row.name}  ${paint(color, 'bold', row.phase ?? 'queued')} ${paint(color, 'dim', `(${time})`)}  ${values.join(' · ')}`
}

/** What the during phase will do, as its line says it. */
function plan(at: number, expectedEnd: number, outlook: PhaseOutlook): string {
  const span = formatDuration(expectedEnd - at)
  return outlook.oneShot
    ? ` (one-shot fault; waiting for recovery, timeout ${span})`
    : ` (fault on for ${span})`
}

function level(m: Measurement, color: boolean): string {
  const style =
    m.level === 'ok' ? 'green' : m.level === 'warn' || m.level === 'nodata' ? 'yellow' : 'red'
  return paint(color, style, `[${m.level}]`)
}

export class TerminalProgress implements GateListener {
  private readonly rows = new Map<string, LiveRow>()
  private drawn = 0

  constructor(
    private readonly out: ProgressOutput,
    private readonly clock: Clock,
    /** Colour in the lines it writes (colorOn decides from the environment). */
    private readonly color = out.isTTY === true
  ) {}

  private get live(): boolean {
    return this.out.isTTY === true
  }

  experimentStarted(name: string, at: number): void {
    this.rows.set(name, { name, phaseAt: at, expectedEnd: at, last: new Map() })
    this.redraw()
  }

  phaseStarted(
    name: string,
    phase: LifecyclePhase,
    at: number,
    expectedEnd: number,
    outlook: PhaseOutlook = {}
  ): void {
    const row = this.row(name, at)
    Object.assign(row, { phase, phaseAt: at, expectedEnd, oneShot: outlook.oneShot === true })
    if (phase !== 'after') row.last.clear()
    this.print(`[${name}] ${phase}${phase === 'during' ? plan(at, expectedEnd, outlook) : ''}`)
  }

  measured(name: string, m: Measurement): void {
    const row = this.row(name, m.at)
    row.last.set(m.check, m)
    if (this.live) return this.redraw()
    this.out.write(
      `[${name}] ${m.phase} ${formatDuration(m.at - row.phaseAt)}  ${m.message} [${m.level}]\n`
    )
  }

  backendEvent(name: string, e: BackendEvent): void {
    this.print(`[${name}] backend ${e.phase}${e.verdict ? ` (${e.verdict})` : ''}: ${e.message}`)
  }

  experimentFinished(report: ExperimentReport): void {
    this.row(report.name, report.endedAt).done = report
    const verdict = paint(this.color, VERDICT_STYLE[report.verdict], verdictText(report))
    this.print(
      `[${report.name}] ${VERDICT_ICON[report.verdict]} ${verdict}: ${report.reasons[0] ?? ''}`
    )
  }

  /** Keeps elapsed and remaining times fresh on a TTY until `signal` aborts. */
  async refreshUntil(signal: AbortSignal): Promise<void> {
    if (!this.live) return
    while (!signal.aborted) {
      await this.clock.sleep(REDRAW_MS, signal).catch(() => undefined)
      this.redraw()
    }
  }

  /** Removes the live block so the final view starts on a clean screen. */
  finish(): void {
    this.erase()
  }

  private row(name: string, at: number): LiveRow {
    let row = this.rows.get(name)
    if (!row) {
      row = { name, phaseAt: at, expectedEnd: at, last: new Map() }
      this.rows.set(name, row)
    }
    return row
  }

  /** A line that stays: printed above the live block on a TTY, as is elsewhere. */
  private print(line: string): void {
    this.erase()
    this.out.write(`${line}\n`)
    this.redraw()
  }

  private redraw(): void {
    if (!this.live) return
    this.erase()
    const now = this.clock.now()
    // A terminal that reports 0 columns (some CI pseudo-terminals) gets the usual 80.
    const width = this.out.columns || 80
    const lines = [...this.rows.values()]
      .filter((r) => !r.done)
      .map((r) => truncateVisible(renderLiveRow(r, now, this.color), width))
    if (lines.length > 0) this.out.write(`${lines.join('\n')}\n`)
    this.drawn = lines.length
  }

  private erase(): void {
    if (!this.live || this.drawn === 0) return
    this.out.write(`\x1b[${this.drawn}A\r\x1b[J`)
    this.drawn = 0
  }
}
