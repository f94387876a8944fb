import { type IncomingHttpHeaders, type IncomingMessage, request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'

import { isObject, type JsonObject, type JsonValue, parseJson } from '../src/core/json'
import type { SimClusterOptions } from '../src/options'
import { DEMO } from '../src/seed'
import { type SimCluster, startSimCluster } from '../src/sim-cluster'

/** One HTTP exchange with the simulated API server. */
export interface Reply {
  readonly status: number
  readonly headers: IncomingHttpHeaders
  readonly text: string
  /** The body parsed as a JSON object ({} when it is not one). */
  readonly body: JsonObject
}

export interface RequestOptions {
  readonly body?: unknown
  readonly contentType?: string
  readonly token?: string | null
  readonly accept?: string
}

/** Fast timings so operator tests finish in well under a second each. */
export const FAST = {
  podReadyMs: 5,
  podTerminationMs: 5,
  operatorStepMs: 2,
  chaosSecondMs: 5,
  retryMs: 10,
  namespaceCleanupMs: 50
}

export function startFast(options: SimClusterOptions = {}): Promise<SimCluster> {
  return startSimCluster({ ...options, timing: { ...FAST, ...options.timing } })
}

function send(
  cluster: SimCluster,
  method: string,
  path: string,
  options: RequestOptions
): Promise<IncomingMessage> {
  const url = new URL(path, cluster.url)
  const body =
    options.body === undefined
      ? undefined
      : typeof options.body === 'string'
        ? options.body
        : JSON.stringify(options.body)
  const headers: Record<string, string> = { Accept: options.accept ?? 'application/json' }
  const token = options.token === undefined ? cluster.auth.firstUser().token : options.token
  if (token !== null) headers['Authorization'] = `Bearer ${token}`
  if (body !== undefined) {
    headers['Content-Type'] = options.contentType ?? 'application/json'
    headers['Content-Length'] = String(Buffer.byteLength(body))
  }
  const requester = url.protocol === 'https:' ? httpsRequest : httpRequest
  return new Promise((resolve, reject) => {
    const req = requester(
      url,
      { method, headers, ...(cluster.caCertificate ? { ca: cluster.caCertificate } : {}) },
      resolve
    )
    req.on('error', reject)
    req.end(body)
  })
}

/** A complete request/response (not for watches). */
export async function call(
  cluster: SimCluster,
  method: string,
  path: string,
  options: RequestOptions = {}
): Promise<Reply> {
  const res = await send(cluster, method, path, options)
  const chunks: Buffer[] = []
  for await (const chunk of res)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)))
  const text = Buffer.concat(chunks).toString('utf8')
  let body: JsonObject = {}
  try {
    const parsed = parseJson(text)
    if (isObject(parsed)) body = parsed
  } catch {
    // not JSON (healthz)
  }
  return { status: res.statusCode ?? 0, headers: res.headers, text, body }
}

/** A watch stream read event by event. */
export interface WatchStream {
  readonly status: number
  /** The next event, or undefined when the server ended the stream. */
  next(timeoutMs?: number): Promise<JsonObject | undefined>
  /** Resolves when the server closes the stream. */
  readonly ended: Promise<void>
  close(): void
}

export async function watch(
  cluster: SimCluster,
  path: string,
  options: RequestOptions = {}
): Promise<WatchStream> {
  const res = await send(cluster, 'GET', path, options)
  const queue: JsonObject[] = []
  const waiters: ((event: JsonObject | undefined) => void)[] = []
  let buffer = ''
  let done = false
  const deliver = (event: JsonObject | undefined): void => {
    const waiter = waiters.shift()
    if (waiter) waiter(event)
    else if (event) queue.push(event)
  }
  res.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8')
    let newline = buffer.indexOf('\n')
    while (newline >= 0) {
      const line = buffer.slice(0, newline)
      buffer = buffer.slice(newline + 1)
      const parsed = line.trim() ? parseJson(line) : undefined
      if (isObject(parsed)) deliver(parsed)
      newline = buffer.indexOf('\n')
    }
  })
  const ended = new Promise<void>((resolve) => {
    const finish = (): void => {
      done = true
      while (waiters.length > 0) waiters.shift()?.(undefined)
      resolve()
    }
    res.on('end', finish)
    res.on('close', finish)
    res.on('error', finish)
  })
  return {
    status: res.statusCode ?? 0,
    ended,
    close: () => res.destroy(),
    next: (timeoutMs = 2000) =>
      new Promise((resolve, reject) => {
        const queued = queue.shift()
        if (queued) return resolve(queued)
        if (done) return resolve(undefined)
        const timer = setTimeout(
          () => reject(new Error(`no watch event within ${timeoutMs} ms`)),
          timeoutMs
        )
        waiters.push((event) => {
          clearTimeout(timer)
          resolve(event)
        })
      })
  }
}

/** Reads a nested value for assertions: at(obj, 'status', 'conditions', 0, 'type'). */
export function at(
  value: JsonValue | undefined,
  ...path: (string | number)[]
): JsonValue | undefined {
  let current = value
  for (const key of path) {
    if (typeof key === 'number') current = Array.isArray(current) ? current[key] : undefined
    else current = isObject(current) ? current[key] : undefined
  }
  return current
}

/** Polls a condition on the cluster's own state (no HTTP); for operator progress. */
export async function eventually<T>(
  probe: () => T | undefined | false,
  timeoutMs = 3000,
  what = 'condition'
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = probe()
    if (value !== undefined && value !== false) return value
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

/** The demo's checkout pods in phase Running: three once the seed has settled. */
export function runningCheckout(cluster: SimCluster): JsonObject[] {
  return cluster.objects.list('v1', 'Pod', {
    namespace: DEMO.namespace,
    labelSelector: DEMO.appLabel,
    fieldSelector: 'status.phase=Running'
  })
}

/** A JSON value as text for assertions: strings as they are, anything else as JSON. */
export function str(value: JsonValue | undefined): string {
  return typeof value === 'string' ? value : JSON.stringify(value ?? null)
}
