/**
 * The `components.env` of one experiment in a ChaosEngine. Values are strings (the CRD types them
 * so); durations are whole seconds ('60'); percentages are whole numbers 0–100. An empty value
 * means "use the ChaosExperiment's default", as litmus-go reads it.
 */
import type { DocPath } from '../../model'
import { isRecord, quote } from '../../plain'
import type { IssueSink } from '../adopt'

/** Env names read as durations in seconds. */
export const SECONDS_ENV = ['TOTAL_CHAOS_DURATION', 'CHAOS_INTERVAL', 'RAMP_TIME']
/** Env names read as percentages. */
export const PERCENT_ENV = ['PODS_AFFECTED_PERC', 'NODES_AFFECTED_PERC']

/** One experiment's env: values by name, and where each is written. */
export interface LitmusEnv {
  get(name: string): string | undefined
  /** The path of an entry's `value`, or of the env list when the entry is absent. */
  path(name: string): DocPath
  /** Whole seconds of a duration env, when set. */
  seconds(name: string): number | undefined
  /** A percentage env, when set to something above 0. */
  percent(name: string): number | undefined
}

/** Reads `components.env` at `path` (relative to the engine). */
export function readEnv(list: unknown, path: DocPath, sink: IssueSink): LitmusEnv {
  const values = new Map<string, { value: string; index: number }>()
  if (list !== undefined && !Array.isArray(list))
    sink.add(path, 'litmus/env', 'components.env must be a list of {name, value}')
  ;(Array.isArray(list) ? list : []).forEach((entry, index) => {
    if (!isRecord(entry) || typeof entry.name !== 'string') {
      sink.add([...path, index], 'litmus/env', 'each env entry needs a name')
      return
    }
    const { name, value } = entry
    if (value === undefined || value === null) {
      if (entry.valueFrom === undefined) values.set(name, { value: '', index })
      return
    }
    if (typeof value !== 'string') {
      sink.add(
        [...path, index, 'value'],
        'litmus/env-type',
        `env ${name} must be a string (the ChaosEngine CRD types env values so); got ${quote(value)}`,
        {
          hint: `Quote it: value: '${JSON.stringify(value)}'.`
        }
      )
      return
    }
    values.set(name, { value, index })
  })
  const env: LitmusEnv = {
    get: (name) => values.get(name)?.value,
    path: (name) => {
      const found = values.get(name)
      return found === undefined ? path : [...path, found.index, 'value']
    },
    seconds: (name) => {
      const v = values.get(name)?.value.trim()
      return v === undefined || !/^\d+$/.test(v) ? undefined : Number(v)
    },
    percent: (name) => {
      const v = values.get(name)?.value.trim()
      const n = v === undefined || !/^\d+$/.test(v) ? 0 : Number(v)
      return n > 0 && n <= 100 ? n : undefined
    }
  }
  for (const name of SECONDS_ENV) {
    const v = env.get(name)?.trim()
    if (v !== undefined && v !== '' && !/^\d+$/.test(v)) {
      sink.add(
        env.path(name),
        'duration/invalid',
        `${name} must be a whole number of seconds such as '60'; got ${quote(v)}`,
        {
          hint: 'Litmus reads these env values as seconds, without a unit.'
        }
      )
    }
  }
  for (const name of PERCENT_ENV) {
    const v = env.get(name)?.trim()
    if (v !== undefined && v !== '' && !(/^\d+$/.test(v) && Number(v) <= 100)) {
      sink.add(
        env.path(name),
        'litmus/percentage',
        `${name} must be a whole percentage from 0 to 100; got ${quote(v)}`
      )
    }
  }
  return env
}
