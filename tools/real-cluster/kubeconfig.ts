/** Kubeconfig files for the cluster: certificate data embedded, so each file stands alone. */
import { readFileSync, writeFileSync } from 'node:fs'

import { stringify } from 'yaml'

import type { KeyPair } from './pki'

export type User =
  | { readonly kind: 'cert'; readonly pair: KeyPair }
  | { readonly kind: 'token'; readonly token: string }

const b64 = (file: string): string => readFileSync(file).toString('base64')

export function kubeconfigText(
  server: string,
  caFile: string,
  user: User,
  namespace?: string
): string {
  const name = 'chaos-gate-real'
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name, cluster: { server, 'certificate-authority-data': b64(caFile) } }],
    users: [
      {
        name,
        user:
          user.kind === 'cert'
            ? {
                'client-certificate-data': b64(user.pair.cert),
                'client-key-data': b64(user.pair.key)
              }
            : { token: user.token }
      }
    ],
    contexts: [{ name, context: { cluster: name, user: name, ...(namespace && { namespace }) } }],
    'current-context': name
  })
}

export function writeKubeconfig(
  path: string,
  server: string,
  caFile: string,
  user: User,
  namespace?: string
): void {
  writeFileSync(path, kubeconfigText(server, caFile, user, namespace), { mode: 0o600 })
}
