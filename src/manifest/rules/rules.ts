/**
 * Every document rule, in the order their issues are collected. To add one, write a file next to
 * this one exporting a Rule and list it here.
 */
import { evidence } from './evidence'
import { litmusLegacyFields } from './litmus-legacy'
import { litmusProbes } from './litmus-probes'
import { placeholders } from './placeholders'
import { promql } from './promql'
import type { Rule } from './rule'

export const RULES: readonly Rule[] = [
  placeholders,
  litmusProbes,
  litmusLegacyFields,
  evidence,
  promql
]
