import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { loadPolicy } from '../../src/policy/load-policy'
import type { Policy } from '../../src/policy/policy'

/** The built-in policy (maxTargets 5, maxPercentage 50), as a run without a policy file gets it. */
export function defaultPolicy(environment = 'staging'): Policy {
  return loadPolicy({ cwd: mkdtempSync(join(tmpdir(), 'no-policy-')), environment }).policy
}
