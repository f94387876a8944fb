import { readFileSync } from 'node:fs'
import { basename } from 'node:path'

import { isoDurationMs } from '../../src/manifest/adopt/aws-fis-template'
import { describeWithCorpus, upstreamFiles } from '../upstream'
import { errorsOf, experimentNamed, inspectTexts } from './inspect'

const TEMPLATE = {
  description: 'stop web instances',
  targets: {
    web: {
      resourceType: 'aws:ec2:instance',
      resourceTags: { app: 'web' },
      selectionMode: 'COUNT(2)'
    }
  },
  actions: {
    stop: {
      actionId: 'aws:ec2:stop-instances',
      parameters: { startInstancesAfterDuration: 'PT3M' },
      targets: { Instances: 'web' }
    },
    cpu: { actionId: 'aws:ssm:send-command', parameters: { duration: 'PT4M' } }
  },
  stopConditions: [{ source: 'none' }],
  roleArn: 'arn:aws:iam::123456789012:role/fis',
  tags: { Name: 'Stop Web' }
}

const wrapped = (awsFis: string, duration = ''): string =>
  `apiVersion: chaos-gate.dev/v1alpha1\nkind: Experiment\nmetadata: { name: e1 }\nspec:\n${duration}  awsFis:\n${awsFis}`

/** Placeholders of the template library filled in with plausible values. */
function filled(text: string): string {
  return text
    .replace(/<[^<>]*ACCOUNT[^<>]*>/gi, '123456789012')
    .replace(/<[^<>]*REGION[^<>]*>/gi, 'eu-west-1')
    .replace(/<[^<>]*>/g, 'value')
}

describe('AWS FIS templates', () => {
  it('a template on its own is an experiment named after its Name tag, with targets and duration', async () => {
    const e = experimentNamed(
      await inspectTexts({ 'fis.json': JSON.stringify(TEMPLATE) }),
      'stop-web'
    )
    expect(e).toMatchObject({
      backend: 'aws-fis',
      kind: 'ExperimentTemplate',
      action: 'aws:ec2:stop-instances+aws:ssm:send-command',
      durationMs: 240_000,
      targets: { resource: 'cloud', mode: { kind: 'count', count: 2 } }
    })
  })

  it('spec.awsFis takes an inline template (YAML) or an existing templateId with a duration', async () => {
    const inline = wrapped(`    region: eu-west-1\n    template: ${JSON.stringify(TEMPLATE)}\n`)
    const e = experimentNamed(await inspectTexts({ 'e.yaml': inline }), 'e1')
    expect(e.fault).toMatchObject({ kind: 'aws-fis', spec: { region: 'eu-west-1' } })
    const byId = wrapped('    templateId: EXT1a2b3c4d\n', '  duration: 5m\n')
    expect(experimentNamed(await inspectTexts({ 'e.yaml': byId }), 'e1')).toMatchObject({
      durationMs: 300_000,
      fault: { spec: { templateId: 'EXT1a2b3c4d' } }
    })
    expect(errorsOf(await inspectTexts({ 'e.yaml': wrapped('    templateId: EXT1a\n') }))).toEqual([
      'e.yaml:4:1 duration/missing'
    ])
  })

  it('selection modes meet the blast-radius policy: COUNT against maxTargets, PERCENT and ALL against maxPercentage', async () => {
    const mode = (m: string): string =>
      JSON.stringify({
        ...TEMPLATE,
        targets: { web: { ...TEMPLATE.targets.web, selectionMode: m } }
      })
    const policy = { policy: 'blastRadius: { maxTargets: 1, maxPercentage: 50 }' }
    expect(errorsOf(await inspectTexts({ 'f.json': mode('COUNT(2)') }, policy))).toEqual([
      'f.json:1:134 policy/max-targets'
    ])
    expect(errorsOf(await inspectTexts({ 'f.json': mode('PERCENT(80)') }, policy))).toEqual([
      'f.json:1:134 policy/max-percentage'
    ])
    expect(errorsOf(await inspectTexts({ 'f.json': mode('ALL') }, policy))).toEqual([
      'f.json:1:134 policy/max-percentage'
    ])
    expect(errorsOf(await inspectTexts({ 'f.json': mode('PERCENT(25)') }, policy))).toEqual([])
  })

  it('refuses an action duration that is not ISO 8601, and a bad selection mode', async () => {
    const bad = {
      ...TEMPLATE,
      targets: { web: { ...TEMPLATE.targets.web, selectionMode: 'SOME' } },
      actions: { cpu: { actionId: 'aws:ssm:send-command', parameters: { duration: '5m' } } }
    }
    const errors = errorsOf(await inspectTexts({ 'f.json': JSON.stringify(bad, null, 1) }))
    expect(errors.map((e) => e.split(' ')[1])).toEqual(['schema/format'])
    const dur = { ...TEMPLATE, actions: bad.actions }
    expect(errorsOf(await inspectTexts({ 'f.json': JSON.stringify(dur, null, 1) }))).toEqual([
      expect.stringMatching(/aws-fis\/duration$/)
    ])
    expect([
      isoDurationMs('PT1H30M'),
      isoDurationMs('PT2.5S'),
      isoDurationMs('P1D'),
      isoDurationMs('PT')
    ]).toEqual([5_400_000, 2500, 86_400_000, undefined])
  })
})

describeWithCorpus('the FIS template library', () => {
  it.each(upstreamFiles('examples', 'aws-fis').map((f) => [basename(f), f]))(
    'the library template %s classifies and validates once its placeholders are filled',
    async (name, file) => {
      const text = filled(readFileSync(file, 'utf8'))
      const result = await inspectTexts(
        { [name]: text },
        { policy: 'blastRadius: { maxPercentage: 100, maxDuration: 1h }' }
      )
      expect(errorsOf(result)).toEqual([])
      const plan = result.plans[0]
      expect(plan?.experiment.backend).toBe('aws-fis')
      const template = JSON.parse(text) as { targets?: Record<string, unknown> }
      const counted = plan?.decisions.filter(
        (d) => d.rule === 'max-percentage' || d.rule === 'max-targets'
      )
      expect((counted?.length ?? 0) > 0).toBe(Object.keys(template.targets ?? {}).length > 0)
    }
  )
})
