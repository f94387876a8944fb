/**
 * Keeps credentials out of everything the gate writes. Header values are treated as secrets
 * (Authorization, X-Scope-OrgID and any custom header), and so are the parts a reader could
 * recombine: a bearer token on its own, basic-auth credentials before and after base64, and
 * passwords in a URL. A server that quotes the request (a gateway's warning, an error page) hands
 * these back in any of those forms, so every form is masked, not only the value as given.
 */

/** Shorter values are not masked: replacing every "1" in a message would make it unreadable. */
const MIN_SECRET_LENGTH = 4

const SCHEME = /^(bearer|basic|token|apikey)\s+(.+)$/i

export class SecretMask {
  private secrets: readonly string[] = []

  constructor(secrets: readonly string[] = []) {
    this.add(...secrets)
  }

  /** Masks these values from now on (as given: derive the forms with the functions below). */
  add(...values: readonly string[]): void {
    // Longest first, so a token is replaced before any shorter secret inside it.
    this.secrets = [
      ...new Set([...this.secrets, ...values.filter((s) => s.length >= MIN_SECRET_LENGTH)])
    ].sort((a, b) => b.length - a.length)
  }

  /** Every value this mask replaces, longest first. */
  get values(): readonly string[] {
    return this.secrets
  }

  /** The text with every secret replaced by `***`. */
  mask(text: string): string {
    let out = text
    for (const secret of this.secrets) out = out.split(secret).join('***')
    return out
  }
}

/** Every secret form of one header value, token or webhook URL. */
export function secretForms(value: string): string[] {
  const out = [value.trim()]
  const scheme = SCHEME.exec(value.trim())
  if (scheme) {
    const token = scheme[2] as string
    out.push(token)
    if (scheme[1]?.toLowerCase() === 'basic') out.push(...basicSecrets(token))
  }
  const url = parseUrl(value.trim())
  // A webhook URL is a secret as a whole, and so is its path: a 404 page may quote only that.
  if (url) out.push(...urlSecrets(url), `${url.pathname}${url.search}`)
  return out
}

/** Every secret form of a set of header values. */
export function headerSecrets(headers: Readonly<Record<string, string>>): string[] {
  return Object.values(headers).flatMap(secretForms)
}

/**
 * The password of a URL (and the user:password pair, and its base64 as a Basic header carries
 * it), raw and percent-decoded.
 */
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

/** The secrets of a URL given as text; none when it is not a URL. */
export function urlTextSecrets(text: string): string[] {
  const url = parseUrl(text.trim())
  return url ? urlSecrets(url) : []
}

function basicSecrets(token: string): string[] {
  const decoded = Buffer.from(token, 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon < 0) return [token]
  return [token, decoded, decoded.slice(colon + 1)]
}

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text)
  } catch {
    return undefined
  }
}

/** The Basic credentials header value for a user and password. */
export function toBase64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64')
}

/** A copy of `value` with every string in it masked (objects and arrays walked; the rest kept). */
export function maskStrings<T>(value: T, secrets: SecretMask): T {
  if (secrets.values.length === 0) return value
  return walk(value, secrets) as T
}

function walk(value: unknown, secrets: SecretMask): unknown {
  if (typeof value === 'string') return secrets.mask(value)
  if (Array.isArray(value)) return value.map((v: unknown) => walk(v, secrets))
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, secrets)]))
}
