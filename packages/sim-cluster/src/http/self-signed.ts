import { createPrivateKey, generateKeyPairSync, randomBytes, sign } from 'node:crypto'

/** A PEM certificate and key for the simulated API server's TLS endpoint. */
export interface ServingCertificate {
  readonly cert: string
  readonly key: string
}

// Minimal DER encoding: just what an X.509 v3 certificate needs.
function tlv(tag: number, content: Buffer): Buffer {
  const len = content.length
  const header =
    len < 0x80
      ? Buffer.from([tag, len])
      : len < 0x100
        ? Buffer.from([tag, 0x81, len])
        : Buffer.from([tag, 0x82, len >> 8, len & 0xff])
  return Buffer.concat([header, content])
}
const seq = (...parts: Buffer[]): Buffer => tlv(0x30, Buffer.concat(parts))
const set = (...parts: Buffer[]): Buffer => tlv(0x31, Buffer.concat(parts))
const octets = (content: Buffer): Buffer => tlv(0x04, content)
const bits = (content: Buffer, unused = 0): Buffer =>
  tlv(0x03, Buffer.concat([Buffer.from([unused]), content]))
const bool = (value: boolean): Buffer => tlv(0x01, Buffer.from([value ? 0xff : 0]))
const utf8 = (text: string): Buffer => tlv(0x0c, Buffer.from(text, 'utf8'))
const explicit = (n: number, content: Buffer): Buffer => tlv(0xa0 + n, content)

function integer(value: Buffer): Buffer {
  return tlv(
    0x02,
    value[0] !== undefined && value[0] >= 0x80 ? Buffer.concat([Buffer.from([0]), value]) : value
  )
}

function oid(text: string): Buffer {
  const [a = 0, b = 0, ...rest] = text.split('.').map(Number)
  const bytes = [40 * a + b]
  for (const n of rest) {
    const chunk = [n & 0x7f]
    for (let v = n >> 7; v > 0; v >>= 7) chunk.unshift((v & 0x7f) | 0x80)
    bytes.push(...chunk)
  }
  return tlv(0x06, Buffer.from(bytes))
}

function utcTime(date: Date): Buffer {
  const iso = date.toISOString()
  const text = `${iso.slice(2, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`
  return tlv(0x17, Buffer.from(text, 'ascii'))
}

const ECDSA_SHA256 = seq(oid('1.2.840.10045.4.3.2'))

function extensions(): Buffer {
  const basic = seq(oid('2.5.29.19'), bool(true), octets(seq(bool(true))))
  // digitalSignature (bit 0) + keyCertSign (bit 5)
  const usage = seq(oid('2.5.29.15'), bool(true), octets(bits(Buffer.from([0x84]), 2)))
  const extUsage = seq(oid('2.5.29.37'), octets(seq(oid('1.3.6.1.5.5.7.3.1'))))
  const names = seq(
    tlv(0x87, Buffer.from([127, 0, 0, 1])),
    tlv(0x82, Buffer.from('localhost', 'ascii'))
  )
  const san = seq(oid('2.5.29.17'), octets(names))
  return explicit(3, seq(basic, usage, extUsage, san))
}

function pem(label: string, der: Buffer): string {
  const body = der.toString('base64').replace(/(.{64})/g, '$1\n')
  return `-----BEGIN ${label}-----\n${body}${body.endsWith('\n') ? '' : '\n'}-----END ${label}-----\n`
}

/**
 * A self-signed ECDSA P-256 certificate for 127.0.0.1 and localhost, usable as its own CA in
 * a kubeconfig. kubectl (client-go) only sends bearer tokens over TLS, so a faithful fake must
 * serve https; this avoids depending on an openssl binary.
 */
export function selfSignedCertificate(commonName = 'chaos-gate-sim-apiserver'): ServingCertificate {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const name = seq(set(seq(oid('2.5.4.3'), utf8(commonName))))
  const now = Date.now()
  const tbs = seq(
    explicit(0, integer(Buffer.from([2]))),
    integer(Buffer.concat([Buffer.from([0x01]), randomBytes(15)])),
    ECDSA_SHA256,
    name,
    seq(utcTime(new Date(now - 3_600_000)), utcTime(new Date(now + 365 * 86_400_000))),
    name,
    publicKey.export({ type: 'spki', format: 'der' }),
    extensions()
  )
  const signature = sign('sha256', tbs, { key: privateKey, dsaEncoding: 'der' })
  const certificate = seq(tbs, ECDSA_SHA256, bits(signature))
  const key = createPrivateKey(privateKey.export({ type: 'pkcs8', format: 'pem' }))
  return {
    cert: pem('CERTIFICATE', certificate),
    key: key.export({ type: 'pkcs8', format: 'pem' }).toString()
  }
}
