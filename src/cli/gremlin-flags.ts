/**
 * Gremlin's team and API key on the command line: the team from --gremlin-team-id or
 * GREMLIN_TEAM_ID, the key from GREMLIN_API_KEY only (a flag would show it in `ps` and the shell
 * history). The key joins the process's secret mask here, before anything can print it.
 */
import type { GremlinSettings } from '../backends/backend'
import { secretForms } from '../util/secret-mask'
import type { CliIo, FlagValues } from './command'
import { text } from './flag-values'

export function gremlinFrom(flags: FlagValues, io: CliIo): GremlinSettings | undefined {
  const teamId = text(flags, 'gremlin-team-id') ?? io.env.GREMLIN_TEAM_ID?.trim()
  const apiKey = io.env.GREMLIN_API_KEY?.trim()
  if (apiKey) io.secrets?.add(...secretForms(apiKey))
  if (!teamId && !apiKey) return undefined
  return { ...(teamId ? { teamId } : {}), ...(apiKey ? { apiKey } : {}) }
}
