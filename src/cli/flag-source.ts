/**
 * The CLI's side of the settings table: a setting's text comes from its flag (repeated flags are
 * joined one a line), else from its environment variable (or both, for a row whose variable adds
 * to the flags), and an error names `--flag` or the
 * variable it came from. Secrets join the process's mask.
 */
import type { SettingsSource } from '../gate/read-settings'
import type { Setting } from '../gate/settings-table'
import { SETTINGS } from '../gate/settings-table'
import type { CliIo, FlagValues } from './command'

/** The text of a flag, repeated ones joined one a line; undefined when it was not given. */
export function flagText(flags: FlagValues, flag: string): string | undefined {
  const value = flags[flag]
  const texts = (Array.isArray(value) ? value : [value]).filter(
    (v): v is string => typeof v === 'string'
  )
  return texts.length > 0 ? texts.join('\n') : undefined
}

/** A row's text from the flags or the environment, and the name it came by. */
export function readFlagOrEnv(
  row: Setting<unknown>,
  flags: FlagValues,
  env: CliIo['env']
): { readonly text: string; readonly name: string } | undefined {
  const text = row.flag === undefined ? undefined : flagText(flags, row.flag)
  const fromEnv = row.env === undefined ? undefined : env[row.env]
  const envText = fromEnv === undefined || fromEnv.trim() === '' ? undefined : fromEnv
  if (text !== undefined)
    return { text: row.envAdds && envText ? `${text}\n${envText}` : text, name: `--${row.flag}` }
  return envText === undefined || row.env === undefined
    ? undefined
    : { text: envText, name: row.env }
}

export function flagSource(flags: FlagValues, io: CliIo): SettingsSource {
  return {
    cwd: io.cwd,
    read: (key) => readFlagOrEnv(SETTINGS[key], flags, io.env),
    nameOf: (key) => {
      const row: Setting<unknown> = SETTINGS[key]
      return row.flag !== undefined ? `--${row.flag}` : (row.env ?? key)
    },
    mask: (secrets) => io.secrets?.add(...secrets)
  }
}
