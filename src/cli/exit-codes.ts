/** Exit codes shared by the CLI and the action (docs/engine.md, "Verdicts"). */
export const ExitCode = {
  /** The gate passed (or the command succeeded). */
  ok: 0,
  /** The gate failed: a verdict in fail-on. */
  gateFailed: 1,
  /** Invalid input or configuration; nothing was injected. */
  invalid: 2,
  /** The gate could not operate (RBAC, network, backend rejected the object). */
  cannotOperate: 3
} as const

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode]
