import { stringify } from 'yaml'

/** Which identity and default namespace a kubeconfig carries. */
export interface KubeconfigOptions {
  /** Bearer token of the user (default: the cluster's first user). */
  readonly token?: string
  readonly namespace?: string
  readonly contextName?: string
}

/**
 * A kubeconfig for the simulated cluster: its URL (https with the server's self-signed
 * certificate as CA data, or plain http marked insecure-skip-tls-verify), a bearer token, one
 * context.
 */
export function renderKubeconfig(
  url: string,
  token: string,
  caCertificate: string | undefined,
  options: KubeconfigOptions = {}
): string {
  const context = options.contextName ?? 'sim'
  const cluster = caCertificate
    ? {
        server: url,
        'certificate-authority-data': Buffer.from(caCertificate, 'utf8').toString('base64')
      }
    : // client-node refuses http unless TLS verification is explicitly off
      { server: url, 'insecure-skip-tls-verify': true }
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: 'sim', cluster }],
    users: [{ name: 'sim-user', user: { token } }],
    contexts: [
      {
        name: context,
        context: {
          cluster: 'sim',
          user: 'sim-user',
          ...(options.namespace ? { namespace: options.namespace } : {})
        }
      }
    ],
    'current-context': context,
    preferences: {}
  })
}
