/**
 * The query string or form of a signed request, encoded as SigV4 canonicalises it (RFC 3986: a
 * space is %20, never '+'), so what is sent is byte for byte what was signed. Kept apart from the
 * signer so the Prometheus client does not load the AWS SDK unless a request is signed.
 */
export function rfc3986Form(form: string): string {
  return [...new URLSearchParams(form)]
    .map(([k, v]) => `${escape3986(k)}=${escape3986(v)}`)
    .join('&')
}

function escape3986(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  )
}
