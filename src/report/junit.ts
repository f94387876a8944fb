/**
 * JUnit XML: one testcase per experiment, so CI test reporters show the gate next to the tests.
 * A verdict in fail-on is a <failure> (an <error> for `error`), whose message is the reasons;
 * `skipped` is <skipped>; anything else passes.
 */
import type { GateReport } from '../gate/result'
import type { ExperimentReport } from '../gate/result'
import { verdictText } from './verdict-label'

/** Characters XML 1.0 cannot carry at all, even escaped. */
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

const seconds = (ms: number): string => (Math.max(0, ms) / 1000).toFixed(3)

export function renderJunit(report: GateReport): string {
  const cases = report.experiments.map((e) => testcase(e, new Set(report.failOn)))
  const count = (kind: string): number => cases.filter((c) => c.kind === kind).length
  const attrs = (name: string): string =>
    `name="${escapeXml(name)}" tests="${cases.length}" failures="${count('failure')}" errors="${count('error')}" skipped="${count('skipped')}" time="${seconds(report.endedAt - report.startedAt)}"`
  const properties = [
    ['runId', report.runId],
    ['environment', report.environment],
    ['mode', report.mode],
    ['verdict', report.verdict],
    ...(report.sha ? [['sha', report.sha]] : []),
    ...(report.runUrl ? [['runUrl', report.runUrl]] : [])
  ]
    .map(([k, v]) => `      <property name="${escapeXml(k ?? '')}" value="${escapeXml(v ?? '')}"/>`)
    .join('\n')
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites ${attrs('chaos-gate')}>`,
    `  <testsuite ${attrs(`chaos-gate ${report.environment}`)} timestamp="${new Date(report.startedAt).toISOString()}">`,
    '    <properties>',
    properties,
    '    </properties>',
    ...cases.map((c) => c.xml),
    '  </testsuite>',
    '</testsuites>',
    ''
  ].join('\n')
}

function testcase(e: ExperimentReport, failOn: ReadonlySet<string>): { kind: string; xml: string } {
  const open = `    <testcase name="${escapeXml(e.name)}" classname="${escapeXml(`chaos-gate.${e.backend}.${e.kind}`)}" file="${escapeXml(e.source.file)}" line="${e.source.line}" time="${seconds(e.endedAt - e.startedAt)}">`
  const message = escapeXml(e.reasons.join('; '))
  const body = escapeXml(
    [
      `verdict: ${verdictText(e)}`,
      ...e.reasons.map((r) => `- ${r}`),
      ...(e.hypothesis ? [`hypothesis: ${e.hypothesis}`] : [])
    ].join('\n')
  )
  const out = `      <system-out>${body}</system-out>`
  let kind = 'pass'
  let child = ''
  if (e.verdict === 'skipped') {
    kind = 'skipped'
    child = `      <skipped message="${message}"/>`
  } else if (e.verdict !== 'pass' && failOn.has(e.verdict)) {
    kind = e.verdict === 'error' ? 'error' : 'failure'
    child = `      <${kind} message="${message}" type="${e.verdict}">${body}</${kind}>`
  }
  return { kind, xml: [open, ...(child ? [child] : []), out, '    </testcase>'].join('\n') }
}
