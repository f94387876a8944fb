/**
 * Alertmanager v2 silences (api/v2/openapi.yaml: POST /api/v2/silences answers `{silenceID}`,
 * DELETE /api/v2/silence/{silenceID} expires one). A silence's matchers come from the experiment:
 * the namespace(s) its fault targets and the equality terms of its label selector, so alerts
 * about the pods under fault stay quiet and alerts about anything else still page.
 */
import type { Experiment } from '../../manifest/model'
import { requestJson, splitCredentials } from './http-json'

export interface SilenceMatcher {
  readonly name: string
  readonly value: string
  readonly isRegex: boolean
  readonly isEqual: boolean
}

export interface Silence {
  readonly matchers: readonly SilenceMatcher[]
  readonly startsAt: string
  readonly endsAt: string
  readonly createdBy: string
  readonly comment: string
}

/** The matchers for an experiment; empty when it names nothing to match (a local proxy fault). */
export function silenceMatchers(e: Experiment): SilenceMatcher[] {
  const namespaces = e.targets?.namespaces.length
    ? e.targets.namespaces
    : e.namespace
      ? [e.namespace]
      : []
  const matchers: SilenceMatcher[] = []
  if (namespaces.length === 1)
    matchers.push({ name: 'namespace', value: namespaces[0] ?? '', isRegex: false, isEqual: true })
  else if (namespaces.length > 1)
    matchers.push({
      name: 'namespace',
      value: namespaces.map(escapeRegex).join('|'),
      isRegex: true,
      isEqual: true
    })
  for (const term of (e.targets?.labelSelector ?? '').split(',')) {
    const m = /^\s*([A-Za-z0-9_./-]+)\s*(!=|==|=)\s*([A-Za-z0-9_.-]*)\s*$/.exec(term)
    if (!m?.[1] || !m[2]) continue
    // Alertmanager label names are Prometheus label names: `app.kubernetes.io/name` becomes `app_kubernetes_io_name`.
    const name = m[1].replace(/[^A-Za-z0-9_]/g, '_')
    matchers.push({ name, value: m[3] ?? '', isRegex: false, isEqual: m[2] !== '!=' })
  }
  // A silence needs at least one positive matcher, or it would silence everything.
  return matchers.some((m) => m.isEqual) ? matchers : []
}

export async function createSilence(
  fetchFn: typeof fetch,
  baseUrl: string,
  silence: Silence,
  signal?: AbortSignal
): Promise<string> {
  const { url, headers } = splitCredentials(baseUrl)
  const data = await requestJson(
    fetchFn,
    {
      system: 'alertmanager',
      op: 'create silence',
      target: silence.matchers.map(text).join(','),
      method: 'POST',
      url: `${url}/api/v2/silences`,
      headers,
      body: silence
    },
    signal
  )
  const id =
    typeof data === 'object' && data !== null && 'silenceID' in data ? data.silenceID : undefined
  if (typeof id !== 'string' || id === '')
    throw new Error('Alertmanager answered without a silenceID')
  return id
}

export async function expireSilence(
  fetchFn: typeof fetch,
  baseUrl: string,
  id: string,
  signal?: AbortSignal
): Promise<void> {
  const { url, headers } = splitCredentials(baseUrl)
  await requestJson(
    fetchFn,
    {
      system: 'alertmanager',
      op: 'expire silence',
      target: id,
      method: 'DELETE',
      url: `${url}/api/v2/silence/${encodeURIComponent(id)}`,
      headers
    },
    signal
  )
}

export function text(m: SilenceMatcher): string {
  const op = m.isRegex ? (m.isEqual ? '=~' : '!~') : m.isEqual ? '=' : '!='
  return `${m.name}${op}"${m.value}"`
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
