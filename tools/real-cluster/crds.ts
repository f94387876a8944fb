/**
 * The CRDs cluster:real installs: Litmus and Chaos Mesh from the committed schema/crds files (as
 * the simulated cluster does), and Istio's VirtualService with the same permissive schema the
 * simulator registers, since Istio's CRDs are not committed. Installed, then waited for until the
 * API server says each is Established.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { parseAllDocuments } from 'yaml'

import type { Api } from './api'

const ROOT = join(__dirname, '..', '..')
const CRD_PATH = '/apis/apiextensions.k8s.io/v1/customresourcedefinitions'

type Crd = { metadata: { name: string }; spec: { group: string; names: { plural: string } } }

function committedCrds(folder: string): Crd[] {
  const dir = join(ROOT, 'schema', 'crds', folder)
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .flatMap((name) =>
      parseAllDocuments(readFileSync(join(dir, name), 'utf8')).map((d) => d.toJS() as unknown)
    )
    .filter(
      (doc): doc is Crd =>
        typeof doc === 'object' &&
        doc !== null &&
        (doc as { kind?: unknown }).kind === 'CustomResourceDefinition'
    )
}

export function virtualServiceCrd(): Crd & Record<string, unknown> {
  const schema = {
    openAPIV3Schema: {
      type: 'object',
      properties: {
        spec: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
        status: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true }
      }
    }
  }
  const version = (name: string, storage: boolean): Record<string, unknown> => ({
    name,
    served: true,
    storage,
    schema,
    subresources: { status: {} }
  })
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: 'virtualservices.networking.istio.io' },
    spec: {
      group: 'networking.istio.io',
      names: {
        kind: 'VirtualService',
        listKind: 'VirtualServiceList',
        plural: 'virtualservices',
        singular: 'virtualservice',
        shortNames: ['vs'],
        categories: ['istio-io', 'networking-istio-io']
      },
      scope: 'Namespaced',
      versions: [version('v1', true), version('v1beta1', false), version('v1alpha3', false)]
    }
  } as Crd & Record<string, unknown>
}

/** Every CRD cluster:real installs. */
export function allCrds(): Crd[] {
  return [...committedCrds('litmus'), ...committedCrds('chaos-mesh'), virtualServiceCrd()]
}

/** The plural resource names of a group's CRDs, for the Role. */
export function pluralsOf(group: string): string[] {
  return allCrds()
    .filter((c) => c.spec.group === group)
    .map((c) => c.spec.names.plural)
    .sort()
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

export async function installCrds(admin: Api): Promise<number> {
  const crds = allCrds()
  for (const crd of crds) await admin.ok('POST', CRD_PATH, { body: crd }, [409])
  for (const crd of crds) {
    for (let i = 0; ; i++) {
      const answer = await admin.ok('GET', `${CRD_PATH}/${crd.metadata.name}`)
      const conditions =
        (answer.json as { status?: { conditions?: { type: string; status: string }[] } }).status
          ?.conditions ?? []
      if (conditions.some((c) => c.type === 'Established' && c.status === 'True')) break
      if (i > 150) throw new Error(`CRD ${crd.metadata.name} was not Established within 30 s`)
      await sleep(200)
    }
  }
  return crds.length
}
