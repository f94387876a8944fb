/**
 * Finds, parses and merges the blast-radius policy: built-in defaults, then the policy file (or
 * inline YAML), then the profile of the current environment. Parsed with positions like the
 * manifests, so a bad policy gets `file:line:col` errors too. Never throws for bad input.
 */
import { existsSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'

import { parseWithSchema } from '../manifest/experiment/schema-issues'
import { durationMs, toPercent } from '../manifest/experiment/schema-primitives'
import type { Locate } from '../manifest/model'
import { displayPath } from '../manifest/read/find-files'
import { readSourceFile } from '../manifest/read/source-file'
import { parseDocuments } from '../manifest/read/yaml-documents'
import type { Issue } from '../util/errors'
import { toConditions } from './abort-conditions'
import { DEFAULT_LIMITS, DEFAULT_POLICY_PATH, PROTECTED_NAMESPACES } from './default-policy'
import type { Policy, PolicyField } from './policy'
import { type BlastRadiusInput, type Layer, policySchema } from './policy-schema'

/** The settings the policy depends on (a subset of GateSettings). */
export interface PolicySettings {
  /** A path, or inline YAML. */
  readonly policy?: string
  readonly cwd: string
  readonly environment: string
}

/** The effective policy and any problem with it. */
export interface LoadedPolicy {
  readonly policy: Policy
  readonly issues: readonly Issue[]
}

const BUILT_IN = 'built-in defaults'
const INLINE = 'policy input'

/** Loads the policy the settings name. */
export function loadPolicy(settings: PolicySettings): LoadedPolicy {
  const source = readPolicySource(settings)
  if ('issue' in source)
    return {
      policy: buildPolicy(BUILT_IN, settings.environment, [], () => BUILT_IN),
      issues: [source.issue]
    }
  if (source.text === undefined)
    return { policy: buildPolicy(BUILT_IN, settings.environment, [], () => BUILT_IN), issues: [] }
  const parsed = parseDocuments(source.file, source.text)
  const [doc, extra] = parsed.documents
  const issues: Issue[] = [...parsed.issues]
  if (extra)
    issues.push({
      ...extra.start,
      severity: 'error',
      code: 'policy/documents',
      message: 'the policy file has more than one YAML document'
    })
  const locate: Locate = doc ? doc.locate : () => ({ file: source.file, line: 1, col: 1 })
  const schema = parseWithSchema(policySchema, doc?.value ?? {}, locate)
  issues.push(...schema.issues)
  const input = schema.data
  if (!input || issues.some((i) => i.severity === 'error'))
    return { policy: buildPolicy(source.file, settings.environment, [], () => BUILT_IN), issues }
  const profile = input.environments[settings.environment]
  const layers: Layer[] = [{ limits: input.blastRadius, path: ['blastRadius'] }]
  if (profile)
    layers.push({
      limits: profile.blastRadius,
      path: ['environments', settings.environment, 'blastRadius']
    })
  else if (Object.keys(input.environments).length > 0) {
    issues.push({
      ...locate(['environments']),
      severity: 'notice',
      code: 'policy/no-profile',
      message: `no profile for environment '${settings.environment}'; the top-level blastRadius applies`
    })
  }
  const origin = (field: PolicyField): string => {
    const layer = [...layers].reverse().find((l) => l.limits[field] !== undefined)
    if (!layer) return BUILT_IN
    const at = locate([...layer.path, field])
    return `${at.file}:${at.line}:${at.col}`
  }
  const policy = buildPolicy(source.file, settings.environment, layers, origin)
  const conditions = toConditions(layers, locate)
  return {
    policy: { ...policy, autoAbort: conditions.conditions },
    issues: [...issues, ...conditions.issues, ...contradictions(policy, locate)]
  }
}

type Source = { readonly file: string; readonly text?: string } | { readonly issue: Issue }

function readPolicySource(settings: PolicySettings): Source {
  const given = settings.policy?.trim()
  if (given === undefined || given === '') {
    const path = resolve(settings.cwd, DEFAULT_POLICY_PATH)
    return existsSync(path) ? readFromFile(path, settings.cwd) : { file: BUILT_IN }
  }
  if (given.includes('\n') || /^[{\w-]+:\s/.test(given)) return { file: INLINE, text: given }
  const path = isAbsolute(given) ? given : resolve(settings.cwd, given)
  if (!existsSync(path)) {
    return {
      issue: {
        file: given,
        line: 1,
        col: 1,
        severity: 'error',
        code: 'policy/not-found',
        message: `the policy file '${given}' does not exist`,
        hint: 'The policy setting takes a path relative to the working directory, or inline YAML.'
      }
    }
  }
  return readFromFile(path, settings.cwd)
}

function readFromFile(path: string, cwd: string): Source {
  const file = displayPath(path, cwd)
  const read = readSourceFile(path, file)
  return read.kind === 'rejected' ? { issue: read.issue } : { file, text: read.text }
}

function buildPolicy(
  source: string,
  environment: string,
  layers: readonly Layer[],
  origin: (field: PolicyField) => string
): Policy {
  const pick = <K extends keyof BlastRadiusInput>(key: K): BlastRadiusInput[K] | undefined =>
    [...layers].reverse().find((l) => l.limits[key] !== undefined)?.limits[key]
  const maxPercentage = pick('maxPercentage')
  return {
    source,
    environment,
    maxTargets: pick('maxTargets') ?? DEFAULT_LIMITS.maxTargets,
    maxPercentage:
      maxPercentage === undefined ? DEFAULT_LIMITS.maxPercentage : toPercent(maxPercentage),
    maxDurationMs: durationMs(pick('maxDuration') ?? DEFAULT_LIMITS.maxDuration),
    allowedNamespaces: pick('allowedNamespaces') ?? [],
    blockedNamespaces: [
      ...new Set([
        ...PROTECTED_NAMESPACES,
        ...layers.flatMap((l) => l.limits.blockedNamespaces ?? [])
      ])
    ],
    allowedKinds: pick('allowedKinds') ?? [],
    forbiddenKinds: pick('forbiddenKinds') ?? [],
    allowedActions: pick('allowedActions') ?? [],
    forbiddenActions: pick('forbiddenActions') ?? [],
    autoAbort: [],
    origin
  }
}

/** A namespace the policy both allows by name and blocks itself is a mistake in the policy. */
function contradictions(policy: Policy, locate: Locate): Issue[] {
  const own = policy.blockedNamespaces.filter((n) => !PROTECTED_NAMESPACES.includes(n))
  return policy.allowedNamespaces
    .filter((n) => own.includes(n))
    .map((n) => ({
      ...locate(['blastRadius', 'allowedNamespaces']),
      severity: 'error' as const,
      code: 'policy/contradiction',
      message: `namespace '${n}' is both allowed and blocked by the policy`
    }))
}
