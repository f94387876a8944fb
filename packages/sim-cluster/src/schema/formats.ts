/**
 * The string formats the API server's strfmt registry actually checks (kube-openapi
 * pkg/validation/strfmt). Numeric formats (int32, int64, double) are informational only.
 */
const CHECKS: Readonly<Record<string, (value: string) => boolean>> = {
  'date-time': (v) =>
    /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(v) &&
    !Number.isNaN(Date.parse(v)),
  datetime: (v) => CHECKS['date-time']?.(v) ?? true,
  date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)),
  byte: (v) => /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(v),
  uuid: (v) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
  ipv4: (v) =>
    /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/.test(v),
  ipv6: (v) => /^[0-9a-fA-F:.]+$/.test(v) && v.includes(':'),
  hostname: (v) =>
    v.length <= 255 &&
    /^[a-zA-Z0-9]([-a-zA-Z0-9]{0,61}[a-zA-Z0-9])?(\.[a-zA-Z0-9]([-a-zA-Z0-9]{0,61}[a-zA-Z0-9])?)*$/.test(
      v
    )
}

/** True when the format is unknown (not validated) or the value conforms. */
export function conformsToFormat(format: string, value: string): boolean {
  const check = CHECKS[format]
  return check ? check(value) : true
}
