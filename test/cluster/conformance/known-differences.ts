/**
 * The differences between the simulator and the real API server that the conformance diff finds
 * and that are kept, each with the reason; docs/sim-cluster.md ("Conformance with a real API
 * server") says the same for readers. `step` and `path` (the JSON path in the step's normalized
 * answer) name where; `*` stands for any step or any path.
 */
export interface KnownDifference {
  readonly step: string
  readonly path: string
  readonly why: string
}

export const KNOWN_DIFFERENCES: readonly KnownDifference[] = [
  {
    step: '*',
    path: '.body.metadata.managedFields',
    why: 'the simulator keeps no managedFields; Chaos Gate never reads them'
  },
  {
    step: 'list with limit=1',
    path: '.body.items[0].metadata.managedFields',
    why: 'the simulator keeps no managedFields'
  },
  {
    step: 'list with limit=1',
    path: '.body.items[0].apiVersion',
    why: 'the real server leaves apiVersion out of the items of a built-in list; the simulator fills it in (the client takes both from the list)'
  },
  {
    step: 'list with limit=1',
    path: '.body.items[0].kind',
    why: 'the real server leaves kind out of the items of a built-in list; the simulator fills it in'
  },
  {
    step: 'apply by another manager: 409 Conflict',
    path: '*',
    why: 'the simulator tracks no field ownership, so a second manager applying the same field wins silently instead of a 409 Conflict; Chaos Gate does not use server-side apply'
  },
  {
    step: 'apply without fieldManager: 400',
    path: '*',
    why: 'the real server answers 422 Invalid (PatchOptions.fieldManager required), the simulator 400 BadRequest; both refuse'
  },
  {
    step: 'bad label selector: 400',
    path: '.body.message',
    why: "the parser's wording differs; the code and reason match"
  },
  {
    step: 'deployment defaults',
    path: '.body.status',
    why: 'the real server returns an empty status on create; the simulator none'
  },
  {
    step: 'json patch failing test op',
    path: '.body.message',
    why: 'the real server says only "the server rejected our request due to an error in our request"; the simulator names the failed test'
  },
  {
    step: 'json patch failing test op',
    path: '.body.details',
    why: 'the real server sends empty details'
  },
  {
    step: 'strategic merge patch on a custom resource: 415',
    path: '.body.details',
    why: 'the simulator adds a cause naming the media type; the code and reason match'
  },
  {
    step: 'release the finalizer',
    path: '.body.metadata.finalizers',
    why: 'the patch that removes the last finalizer of an object being deleted: the real server answers with the object as deleted (no finalizers), the simulator with the finalizers still in the answer; both delete it'
  },
  {
    step: 'SelfSubjectAccessReview',
    path: '.body.metadata.creationTimestamp',
    why: 'the simulator writes creationTimestamp: null, the real server leaves it out'
  },
  {
    step: 'SelfSubjectAccessReview',
    path: '.body.status.reason',
    why: "the simulator gives its own reason; the real server gives none for system:masters (RBAC's reason for others)"
  },
  {
    step: 'watch from resourceVersion 1',
    path: '.events',
    why: "both replay the namespace's current ConfigMaps as ADDED (no 410: resourceVersion 1 is not compacted away), but the real namespace also holds kube-root-ca.crt, which the controller manager publishes into every namespace"
  }
]
