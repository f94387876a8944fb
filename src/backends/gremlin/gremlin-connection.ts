/**
 * Where the Gremlin backend calls and as whom: the team id and API key from the settings (the
 * action's gremlin-team-id and gremlin-api-key inputs, the CLI's --gremlin-team-id), else from
 * GREMLIN_TEAM_ID and GREMLIN_API_KEY; GREMLIN_API_URL points the client elsewhere (the tests'
 * local server). The key is registered with the process's secret mask where it is read.
 */
import type { BackendDeps } from '../backend'
import { GREMLIN_API_URL, type GremlinConnection } from './gremlin-api'

/** The connection, or what is missing and how to set it. */
export function gremlinConnection(
  deps: BackendDeps,
  teamId?: string
): GremlinConnection | { readonly missing: string } {
  const env = deps.env ?? {}
  const team = teamId ?? nonEmpty(deps.gremlin?.teamId) ?? nonEmpty(env.GREMLIN_TEAM_ID)
  const apiKey = nonEmpty(deps.gremlin?.apiKey) ?? nonEmpty(env.GREMLIN_API_KEY)
  const missing = [
    team === undefined
      ? 'the team id (gremlin-team-id input, --gremlin-team-id or GREMLIN_TEAM_ID)'
      : '',
    apiKey === undefined ? 'the API key (gremlin-api-key input or GREMLIN_API_KEY)' : ''
  ].filter(Boolean)
  if (team === undefined || apiKey === undefined)
    return { missing: `Gremlin needs ${missing.join(' and ')}` }
  return {
    apiUrl: (nonEmpty(env.GREMLIN_API_URL) ?? GREMLIN_API_URL).replace(/\/+$/, ''),
    teamId: team,
    apiKey
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim()
}
