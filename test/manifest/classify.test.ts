import { classify } from '../../src/manifest/classify/classify'
import { parseDocuments } from '../../src/manifest/read/yaml-documents'
import { experimentNamed, inspectTexts } from './inspect'

function classifyText(text: string) {
  const [doc] = parseDocuments('x.yaml', text).documents
  if (!doc) throw new Error('no document')
  return classify(doc)
}

const object = (apiVersion: string, kind: string, extra = ''): string =>
  `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: { name: n }\n${extra}`

describe('classify', () => {
  it.each([
    ['chaos-gate.dev/v1alpha1', 'Experiment', 'gate'],
    ['litmuschaos.io/v1alpha1', 'ChaosEngine', 'litmus'],
    ['chaos-mesh.org/v1alpha1', 'PodChaos', 'chaos-mesh'],
    ['chaos-mesh.org/v1alpha1', 'BlockChaos', 'chaos-mesh'],
    ['chaos-mesh.org/v1alpha1', 'KernelChaos', 'chaos-mesh'],
    ['chaos-mesh.org/v1alpha1', 'Schedule', 'chaos-mesh'],
    ['chaos-mesh.org/v1alpha1', 'Workflow', 'chaos-mesh']
  ])('%s %s is an experiment of the %s family', (apiVersion, kind, family) => {
    const c = classifyText(object(apiVersion, kind))
    expect(c.outcome === 'experiment' && [c.family, c.kind]).toEqual([family, kind])
  })

  it.each([
    ['litmuschaos.io/v1alpha1', 'ChaosExperiment', 'notice', 'litmus/chaos-experiment'],
    ['litmuschaos.io/v1alpha1', 'ChaosSchedule', 'warning', 'litmus/chaos-schedule'],
    ['litmuschaos.io/v1alpha1', 'ChaosResult', 'warning', 'litmus/chaos-result'],
    ['chaos-mesh.org/v1alpha1', 'PodNetworkChaos', 'error', 'chaos-mesh/internal-kind'],
    ['chaos-mesh.org/v1alpha1', 'PodIOChaos', 'error', 'chaos-mesh/internal-kind'],
    ['chaos-mesh.org/v1alpha1', 'PodHttpChaos', 'error', 'chaos-mesh/internal-kind'],
    ['chaos-mesh.org/v1alpha1', 'WorkflowNode', 'error', 'chaos-mesh/internal-kind'],
    ['chaos-mesh.org/v1alpha1', 'StatusCheck', 'warning', 'chaos-mesh/not-an-experiment'],
    ['chaos-mesh.org/v1alpha1', 'PhysicalMachine', 'warning', 'chaos-mesh/not-an-experiment'],
    ['chaos-mesh.org/v1alpha1', 'RemoteCluster', 'warning', 'chaos-mesh/not-an-experiment'],
    ['networking.istio.io/v1beta1', 'VirtualService', 'error', 'istio/no-fault'],
    ['networking.istio.io/v1', 'DestinationRule', 'warning', 'istio/not-an-experiment'],
    ['rbac.authorization.k8s.io/v1', 'Role', 'warning', 'kubernetes/not-an-experiment'],
    ['v1', 'ServiceAccount', 'warning', 'kubernetes/not-an-experiment'],
    ['argoproj.io/v1alpha1', 'Workflow', 'error', 'argo/unsupported'],
    ['chaos-mesh.org/v1beta1', 'PodChaos', 'error', 'kind/unknown-version'],
    ['chaos-mesh.org/v1alpha1', 'HelloWorldChaos', 'error', 'kind/unknown'],
    ['monitoring.coreos.com/v1', 'PrometheusRule', 'error', 'kind/unknown-group']
  ])('%s %s is not run (%s %s)', (apiVersion, kind, severity, code) => {
    const c = classifyText(object(apiVersion, kind))
    expect(c.outcome === 'not-run' && { severity: c.issue.severity, code: c.issue.code }).toEqual({
      severity,
      code
    })
  })

  it('says how to turn a ChaosSchedule into something the gate runs', () => {
    const c = classifyText(object('litmuschaos.io/v1alpha1', 'ChaosSchedule'))
    expect(c.outcome === 'not-run' && c.issue.hint).toContain(
      'spec.engineTemplateSpec as the spec of a ChaosEngine'
    )
  })

  it('lists the known groups for an unknown one, with a suggestion when it is close', () => {
    const c = classifyText(object('chaos-mesh.orgg/v1alpha1', 'IOChaos'))
    expect(c.outcome === 'not-run' && [c.issue.expected, c.issue.hint]).toEqual([
      'one of chaos-gate.dev, litmuschaos.io, chaos-mesh.org, networking.istio.io, argoproj.io',
      "Did you mean 'chaos-mesh.org'?"
    ])
  })

  it('recognises an AWS FIS template and other objects without apiVersion and kind', () => {
    const fis = classifyText(
      '{"description": "d", "targets": {}, "actions": {"a": {}}, "stopConditions": [{"source": "none"}]}'
    )
    expect(fis).toEqual({
      outcome: 'experiment',
      family: 'aws-fis',
      kind: 'ExperimentTemplate',
      label: 'aws-fis'
    })
    const other = classifyText('name: something\nvalue: 3\n')
    expect(other.outcome === 'not-run' && other.issue.code).toBe('document/not-kubernetes')
  })

  it('explains an Argo workflow by naming the ChaosEngines embedded in it', () => {
    const workflow = `apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata: { name: wf }
spec:
  templates:
    - name: run-chaos
      inputs:
        artifacts:
          - name: engine
            raw:
              data: |
                apiVersion: litmuschaos.io/v1alpha1
                kind: ChaosEngine
                metadata:
                  name: {{workflow.parameters.appName}}-chaos
`
    const c = classifyText(workflow)
    expect(c.outcome === 'not-run' && [c.issue.line, c.issue.message]).toEqual([
      11,
      'an Argo Workflow that runs 1 ChaosEngine ({{workflow.parameters.appName}}-chaos) from raw.data artifacts; the gate does not run Argo workflows yet'
    ])
  })
})

describe('documents the gate adopts as-is', () => {
  it('takes the name from generateName when there is no name', async () => {
    const text =
      'apiVersion: chaos-mesh.org/v1alpha1\nkind: PodChaos\nmetadata: { generateName: kill-, namespace: qa }\nspec: { action: pod-kill, mode: one, selector: { labelSelectors: { app: a } } }\n'
    expect(experimentNamed(await inspectTexts({ 'a.yaml': text }), 'kill').namespace).toBe('qa')
  })

  it('fills a missing namespace from the namespace setting', async () => {
    const text =
      'apiVersion: chaos-mesh.org/v1alpha1\nkind: PodChaos\nmetadata: { name: k }\nspec: { action: pod-kill, mode: one, selector: { labelSelectors: { app: a } } }\n'
    const e = experimentNamed(await inspectTexts({ 'a.yaml': text }, { namespace: 'qa' }), 'k')
    expect(e.fault.kind === 'kube-object' && e.fault.object.metadata.namespace).toBe('qa')
  })

  it('refuses a name that cannot name an experiment', async () => {
    const text =
      'apiVersion: chaos-mesh.org/v1alpha1\nkind: PodChaos\nmetadata: { name: kill.pods, namespace: qa }\nspec: { action: pod-kill, mode: one, selector: { labelSelectors: { app: a } } }\n'
    const result = await inspectTexts({ 'a.yaml': text })
    expect(result.issues.map((i) => i.code)).toContain('name/invalid')
  })

  it('refuses experiments on another backend than the backend setting', async () => {
    const text =
      'apiVersion: chaos-mesh.org/v1alpha1\nkind: PodChaos\nmetadata: { name: k, namespace: qa }\nspec: { action: pod-kill, mode: one, selector: { labelSelectors: { app: a } } }\n'
    const result = await inspectTexts({ 'a.yaml': text }, { backend: 'litmus' })
    expect(result.issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual([
      'backend/mismatch'
    ])
  })

  it('says when nothing at all can run', async () => {
    const result = await inspectTexts({
      'a.yaml':
        'apiVersion: litmuschaos.io/v1alpha1\nkind: ChaosExperiment\nmetadata: { name: x }\n'
    })
    expect(result.issues.map((i) => `${i.severity} ${i.code}`)).toEqual([
      'error manifest/none',
      'notice litmus/chaos-experiment'
    ])
  })
})
