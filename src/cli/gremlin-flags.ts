/**
 * Gremlin's team and API key for `chaos-gate cleanup`, which reads no other setting: the rows of
 * the settings table, so the team comes from --gremlin-team-id or GREMLIN_TEAM_ID and the key from
 * GREMLIN_API_KEY only, as for `run`. The key joins the process's secret mask here.
 */
import type { GremlinSettings } from '../backends/backend'
import { SETTINGS } from '../gate/settings-table'
import type { CliIo, FlagValues } from './command'
import { readFlagOrEnv } from './flag-source'

export function gremlinFrom(flags: FlagValues, io: CliIo): GremlinSettings | undefined {
  const teamId = readFlagOrEnv(SETTINGS.gremlinTeamId, flags, io.env)?.text.trim()
  const apiKey = readFlagOrEnv(SETTINGS.gremlinApiKey, flags, io.env)?.text.trim()
  if (apiKey) io.secrets?.add(...(SETTINGS.gremlinApiKey.secrets?.(apiKey) ?? []))
  if (!teamId && !apiKey) return undefined
  return { ...(teamId ? { teamId } : {}), ...(apiKey ? { apiKey } : {}) }
}
