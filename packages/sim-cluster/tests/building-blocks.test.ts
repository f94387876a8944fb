import { X509Certificate } from 'node:crypto'

import { applyJsonPatch } from '../src/api/patch/json-patch'
import { applyMergePatch } from '../src/api/patch/merge-patch'
import { applyStrategicMergePatch } from '../src/api/patch/strategic-merge'
import { matchesLabels, parseLabelSelector } from '../src/api/selectors/label-selector'
import { ApiError } from '../src/core/api-error'
import { fieldErrorText } from '../src/core/field-errors'
import type { JsonValue } from '../src/core/json'
import { selfSignedCertificate } from '../src/http/self-signed'
import { parseCron } from '../src/operators/chaos-mesh/cron'
import { parseGoDuration } from '../src/operators/go-duration'
import { fromJsonSchema } from '../src/schema/structural'
import { validateValue } from '../src/schema/validate'

const errors = (schema: Record<string, JsonValue>, value: JsonValue) =>
  validateValue(
    { field: value },
    fromJsonSchema({ type: 'object', properties: { field: schema } })
  ).map(fieldErrorText)

describe('structural schema validator messages (kube-openapi wording)', () => {
  it('nullable, types and int-or-string', () => {
    expect(errors({ type: 'object' }, null)).toEqual([
      'field: Invalid value: "null": field in body must be of type object: "null"'
    ])
    expect(errors({ type: 'object', nullable: true }, null)).toEqual([])
    expect(errors({ 'x-kubernetes-int-or-string': true }, 1.5)).toEqual([
      'field: Invalid value: "number": field in body must be of type integer,string: "number"'
    ])
    expect(errors({ 'x-kubernetes-int-or-string': true }, '50%')).toEqual([])
    expect(errors({ type: 'number' }, 3)).toEqual([])
  })

  it('type and enum errors on the same field are both reported', () => {
    expect(errors({ type: 'integer', enum: [1, 2] }, 'x')).toEqual([
      'field: Invalid value: "string": field in body must be of type integer: "string"',
      'field: Unsupported value: "x": supported values: "1", "2"'
    ])
  })

  it('string, number, array and object bounds', () => {
    expect(errors({ type: 'string', maxLength: 3 }, 'abcd')).toEqual([
      'field: Too long: may not be more than 3 bytes'
    ])
    expect(errors({ type: 'string', minLength: 2 }, 'a')).toEqual([
      'field: Invalid value: "a": field in body should be at least 2 chars long'
    ])
    expect(errors({ type: 'integer', minimum: 1 }, 0)).toEqual([
      'field: Invalid value: 0: field in body should be greater than or equal to 1'
    ])
    expect(errors({ type: 'integer', maximum: 5, exclusiveMaximum: true }, 5)).toEqual([
      'field: Invalid value: 5: field in body should be less than 5'
    ])
    expect(errors({ type: 'array', maxItems: 1, items: { type: 'string' } }, ['a', 'b'])).toEqual([
      'field: Too many: 2: must have at most 1 items'
    ])
    expect(errors({ type: 'array', items: { type: 'string' } }, ['a', 2])).toEqual([
      'field[1]: Invalid value: "integer": field[1] in body must be of type string: "integer"'
    ])
    expect(errors({ type: 'object', additionalProperties: { type: 'string' } }, { a: 1 })).toEqual([
      'field.a: Invalid value: "integer": field.a in body must be of type string: "integer"'
    ])
  })

  it('formats the server checks', () => {
    expect(errors({ type: 'string', format: 'date-time' }, 'yesterday')).toEqual([
      'field: Invalid value: "yesterday": field in body must be of type date-time: "yesterday"'
    ])
    expect(errors({ type: 'string', format: 'date-time' }, '2026-01-02T03:04:05Z')).toEqual([])
    expect(errors({ type: 'integer', format: 'int32' }, 7)).toEqual([])
  })

  it('combinators report at <nil> like kube-openapi', () => {
    expect(
      errors({ type: 'object', oneOf: [{ required: ['a'] }, { required: ['b'] }] }, {})
    ).toEqual([
      '<nil>: Invalid value: "": "field" must validate one and only one schema (oneOf). Found none valid'
    ])
  })
})

describe('label selectors', () => {
  it('parses set-based and equality requirements', () => {
    const selector = parseLabelSelector('env in (a, b),tier!=db,!legacy,app')
    expect(matchesLabels(selector, { env: 'a', tier: 'web', app: 'x' })).toBe(true)
    expect(matchesLabels(selector, { env: 'c', app: 'x' })).toBe(false)
    expect(matchesLabels(selector, { env: 'a', app: 'x', legacy: 'y' })).toBe(false)
    expect(matchesLabels(parseLabelSelector('n>3'), { n: '4' })).toBe(true)
  })

  it('rejects malformed selectors with a 400', () => {
    for (const bad of ['a=b=c', 'in (x)', 'a notin x', '=b']) {
      expect(() => parseLabelSelector(bad)).toThrow(ApiError)
    }
  })
})

describe('patches', () => {
  it('merge patch (RFC 7386)', () => {
    expect(
      applyMergePatch({ a: 1, b: { c: 2, d: 3 }, l: [1, 2] }, { b: { c: null, e: 4 }, l: [3] })
    ).toEqual({ a: 1, b: { d: 3, e: 4 }, l: [3] })
  })

  it('JSON patch (RFC 6902) including escapes, move, copy and append', () => {
    const doc = { metadata: { annotations: { 'a/b': 'x' } }, list: [1, 2] }
    const patched = applyJsonPatch(doc, [
      { op: 'copy', from: '/metadata/annotations/a~1b', path: '/copied' },
      { op: 'move', from: '/list/0', path: '/first' },
      { op: 'add', path: '/list/-', value: 9 }
    ])
    expect(patched).toEqual({
      metadata: { annotations: { 'a/b': 'x' } },
      list: [2, 9],
      copied: 'x',
      first: 1
    })
    expect(() => applyJsonPatch(doc, [{ op: 'replace', path: '/nope', value: 1 }])).toThrow(
      /doc is missing path/
    )
    expect(() => applyJsonPatch(doc, { op: 'add' })).toThrow(/cannot unmarshal object/)
  })

  it('strategic merge: merge keys, $patch delete, primitive unions and $retainKeys', () => {
    const pod = {
      spec: {
        containers: [
          { name: 'a', image: '1' },
          { name: 'b', image: '1' }
        ]
      },
      metadata: { finalizers: ['x'] }
    }
    expect(
      applyStrategicMergePatch(pod, {
        spec: {
          containers: [
            { name: 'b', $patch: 'delete' },
            { name: 'c', image: '2' }
          ]
        },
        metadata: { finalizers: ['y'] }
      })
    ).toEqual({
      spec: {
        containers: [
          { name: 'a', image: '1' },
          { name: 'c', image: '2' }
        ]
      },
      metadata: { finalizers: ['x', 'y'] }
    })
    expect(
      applyStrategicMergePatch(
        { strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1 } } },
        { strategy: { $retainKeys: ['type'], type: 'Recreate' } }
      )
    ).toEqual({
      strategy: { type: 'Recreate' }
    })
  })
})

describe('time parsing', () => {
  it('Go durations', () => {
    expect(parseGoDuration('1m30s')).toBe(90_000)
    expect(parseGoDuration('1.5h')).toBe(5_400_000)
    expect(parseGoDuration('250ms')).toBe(250)
    expect(parseGoDuration('10')).toBeUndefined()
    expect(parseGoDuration('soon')).toBeUndefined()
  })

  it('cron specs, @every in chaos time and calendar fields in UTC', () => {
    expect(parseCron('@every 10s', 5)?.(1000)).toBe(1050)
    const everyFive = parseCron('*/5 * * * *', 1000)
    expect(everyFive?.(Date.UTC(2026, 0, 1, 10, 2, 30))).toBe(Date.UTC(2026, 0, 1, 10, 5, 0))
    const withSeconds = parseCron('30 0 12 * * MON', 1000)
    expect(new Date(withSeconds?.(Date.UTC(2026, 0, 1)) ?? 0).toISOString()).toBe(
      '2026-01-05T12:00:30.000Z'
    )
    expect(parseCron('@hourly', 1000)?.(Date.UTC(2026, 0, 1, 10, 0, 1))).toBe(
      Date.UTC(2026, 0, 1, 11)
    )
    expect(parseCron('61 * * * *', 1000)).toBeUndefined()
    expect(parseCron('nonsense', 1000)).toBeUndefined()
  })
})

describe('serving certificate', () => {
  it('is a self-signed CA certificate for 127.0.0.1 and localhost', () => {
    const { cert } = selfSignedCertificate()
    const x509 = new X509Certificate(cert)
    expect(x509.ca).toBe(true)
    expect(x509.subjectAltName).toBe('IP Address:127.0.0.1, DNS:localhost')
    expect(x509.verify(x509.publicKey)).toBe(true)
    expect(x509.checkIP('127.0.0.1')).toBe('127.0.0.1')
  })
})
