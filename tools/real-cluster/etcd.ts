/**
 * etcd's own API, through its gRPC gateway on the client URL (plain http on loopback): compacting
 * its history, so that a resourceVersion from before is 410 Gone to a watch etcd serves (one the
 * API server's watch cache does not answer: cluster:real --no-watch-cache).
 */

interface Header {
  readonly header?: { readonly revision?: string }
}

async function post(etcdUrl: string, path: string, body: unknown): Promise<Header> {
  const answer = await fetch(`${etcdUrl}${path}`, { method: 'POST', body: JSON.stringify(body) })
  const text = await answer.text()
  if (!answer.ok) throw new Error(`etcd ${path}: ${answer.status} ${text}`)
  return JSON.parse(text) as Header
}

/** Compacts away every revision before the current one; resolves with that revision. */
export async function compactEtcd(etcdUrl: string): Promise<number> {
  // Any range answer carries the store's current revision in its header.
  const range = await post(etcdUrl, '/v3/kv/range', { key: Buffer.from('/').toString('base64') })
  const revision = Number(range.header?.revision)
  if (!Number.isInteger(revision) || revision < 1)
    throw new Error(`etcd /v3/kv/range: no revision in its header: ${JSON.stringify(range)}`)
  await post(etcdUrl, '/v3/kv/compaction', { revision, physical: true })
  return revision
}
