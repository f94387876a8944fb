/**
 * Keeps credentials out of every message the Prometheus client produces. Header values are treated
 * as secrets (Authorization, X-Scope-OrgID and any custom header), and so are the parts a reader
 * could recombine: a bearer token on its own, basic-auth credentials before and after base64, and
 * passwords in the Prometheus or proxy URL.
 */

/** Shorter values are not masked: replacing every "1" in a message would make it unreadable. */
const MIN_SECRET_LENGTH = 4

const SCHEME = /^(bearer|basic|token|apikey)\s+(.+)$/i

export class SecretMask {
  private readonly secrets: readonly string[]

  constructor(secrets: readonly string[]) {
    // Longest first, so a token is replaced before any shorter secret inside it.
    this.secrets = [...new Set(secrets.filter((s) => s.length >= MIN_SECRET_LENGTH))].sort(
      (a, b) => b.length - a.length
    )
  }

  /** The text with every secret replaced by `***`. */
  mask(text: string): string {
    let out = text
    for (const secret of this.secrets) out = out.split(secret).join('***')
    return out
  }
}

/** Every secret form of a set of header values. */
export function headerSecrets(headers: Readonly<Record<string, string>>): string[] {
  const out: string[] = []
  for (const value of Object.values(headers)) {
    out.push(value)
    const scheme = SCHEME.exec(value.trim())
    if (!scheme) continue
    const token = scheme[2] as string
    out.push(token)
    if (scheme[1]?.toLowerCase() === 'basic') out.push(...basicSecrets(token))
  }
  return out
}

/** The password (and the user:password pair) of a URL, raw and percent-decoded. */
export function urlSecrets(url: URL): string[] {
  if (!url.password) return []
  const password = decodeURIComponent(url.password)
  const user = decodeURIComponent(url.username)
  return [
    url.password,
    password,
    `${user}:${password}`,
    ...basicSecrets(toBase64(`${user}:${password}`))
  ]
}

function basicSecrets(token: string): string[] {
  const decoded = Buffer.from(token, 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon < 0) return [token]
  return [token, decoded, decoded.slice(colon + 1)]
}

/** The Basic credentials header value for a user and password. */
export function toBase64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64')
}
