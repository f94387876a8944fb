/**
 * SigV4 for Amazon Managed Service for Prometheus, through the AWS SDK's own signer
 * (`@smithy/signature-v4` with `@aws-crypto/sha256-js`) and credentials from the SDK's default
 * chain (`@aws-sdk/credential-provider-node`: environment, profile, web identity — OIDC on GitHub —,
 * container and instance roles). Each request is signed as it is sent, so a short-lived session
 * refreshes under the chain's cache. The session token travels in a header, so it is masked.
 */
import { Sha256 } from '@aws-crypto/sha256-js'
import { defaultProvider } from '@aws-sdk/credential-provider-node'
import { SignatureV4 } from '@smithy/signature-v4'

import type { SigV4Setting } from '../../manifest/steady-state-model'

/** The request as it will go on the wire. */
export interface SignableRequest {
  readonly method: string
  /** Absolute, with its query string. */
  readonly url: string
  readonly headers: Readonly<Record<string, string>>
  readonly body?: string
}

/** The headers to send (lower-case names): the request's, plus authorization, x-amz-date, x-amz-content-sha256 and x-amz-security-token. */
export type RequestSigner = (req: SignableRequest) => Promise<Record<string, string>>

export function sigV4Signer(
  setting: SigV4Setting,
  env: Readonly<Record<string, string | undefined>>,
  onSecret: (value: string) => void
): RequestSigner {
  const region = setting.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION
  if (region === undefined || region === '')
    throw new Error(
      'prometheus.sigv4 needs a region: set sigv4.region, or AWS_REGION (aws-actions/configure-aws-credentials sets it)'
    )
  const credentials = defaultProvider()
  const signer = new SignatureV4({
    service: setting.service,
    region,
    credentials: async () => {
      const c = await credentials()
      onSecret(c.secretAccessKey)
      if (c.sessionToken) onSecret(c.sessionToken)
      return c
    },
    sha256: Sha256
  })
  return async (req) => {
    const url = new URL(req.url)
    const signed = await signer.sign({
      method: req.method,
      protocol: url.protocol,
      hostname: url.hostname,
      ...(url.port !== '' && { port: Number(url.port) }),
      path: url.pathname,
      query: queryOf(url),
      headers: { ...req.headers, host: url.host },
      ...(req.body !== undefined && { body: req.body })
    })
    // axios sends its own Host (the same host:port); a second one would be refused.
    return Object.fromEntries(Object.entries(signed.headers).filter(([name]) => name !== 'host'))
  }
}

function queryOf(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {}
  for (const [k, v] of url.searchParams) {
    const had = query[k]
    query[k] = had === undefined ? v : [...(Array.isArray(had) ? had : [had]), v]
  }
  return query
}
