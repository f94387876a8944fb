/**
 * Finds and loads the Kubernetes configuration: the `kubeconfig` setting, then KUBECONFIG, then
 * ~/.kube/config, then the in-cluster ServiceAccount, the order kubectl users expect. This is the
 * only module that loads @kubernetes/client-node's KubeConfig, and it does so lazily, so the bundler
 * keeps it in a chunk that `validate`, `plan` and the local backend never load. It loads the
 * vendored build (vendor/kube-config.cjs, scripts/vendor-kube-config.mjs): KubeConfig without the
 * generated API client, which the package's own modules would drag in (15 MB, a second to load).
 */
import { existsSync, readFileSync } from 'node:fs'
import { delimiter, join } from 'node:path'

import type { KubeConfig } from '@kubernetes/client-node'

import { errorMessage, InputError } from '../../util/errors'

/** The environment variables configuration loading reads; deps.ts passes them in. */
export interface KubeEnv {
  readonly KUBECONFIG?: string | undefined
  readonly HOME?: string | undefined
  readonly USERPROFILE?: string | undefined
  readonly KUBERNETES_SERVICE_HOST?: string | undefined
  readonly KUBERNETES_SERVICE_PORT?: string | undefined
}

/** Where to look for the configuration. */
export interface KubeConfigOptions {
  /** A kubeconfig path from the `kubeconfig` input or `--kubeconfig`; wins over everything. */
  readonly kubeconfig?: string | undefined
  /** A context name from the `context` input or `--context`; the file's current-context otherwise. */
  readonly context?: string | undefined
  readonly env: KubeEnv
  /** Where a pod's ServiceAccount credentials are mounted (overridable for tests). */
  readonly serviceAccountDir?: string
}

/** A loaded configuration and what it points at, for logs and error messages. */
export interface LoadedKubeConfig {
  readonly config: KubeConfig
  /** Where it came from: `kubeconfig /path (context staging)` or `in-cluster ServiceAccount`. */
  readonly source: string
  readonly context: string
  readonly server: string
  /** The context's namespace (or the pod's own namespace in-cluster), when it names one. */
  readonly namespace?: string
}

const SERVICE_ACCOUNT_DIR = '/var/run/secrets/kubernetes.io/serviceaccount'

/** Loads the configuration in kubectl's order; an InputError says what was tried when none works. */
export async function loadKubeConfig(options: KubeConfigOptions): Promise<LoadedKubeConfig> {
  const k8s = await import('../../../vendor/kube-config.cjs')
  const config = new k8s.KubeConfig()
  const files = configFiles(options)
  if (files) {
    loadFiles(config, () => new k8s.KubeConfig(), files.paths, files.input)
    return selectContext(config, options.context, `kubeconfig ${files.paths.join(delimiter)}`)
  }
  const saDir = options.serviceAccountDir ?? SERVICE_ACCOUNT_DIR
  const host = options.env.KUBERNETES_SERVICE_HOST
  if (host && existsSync(join(saDir, 'token'))) return inCluster(config, options.env, host, saDir)
  throw new InputError(
    'kubeconfig',
    'no Kubernetes configuration found: no kubeconfig input, KUBECONFIG is not set, ' +
      `${homeConfig(options.env) ?? '~/.kube/config'} does not exist, and this is not a pod with a ServiceAccount. ` +
      'Pass --kubeconfig FILE (or the kubeconfig input), or set KUBECONFIG'
  )
}

/** The kubeconfig files to read, or undefined when none is configured (in-cluster is next). */
function configFiles(
  options: KubeConfigOptions
): { readonly paths: readonly string[]; readonly input: string } | undefined {
  if (options.kubeconfig) {
    if (!existsSync(options.kubeconfig))
      throw new InputError('kubeconfig', `the file ${options.kubeconfig} does not exist`)
    return { paths: [options.kubeconfig], input: 'kubeconfig' }
  }
  const fromEnv = (options.env.KUBECONFIG ?? '').split(delimiter).filter((p) => p !== '')
  if (fromEnv.length > 0) {
    // kubectl skips missing entries of KUBECONFIG but never falls back to ~/.kube/config.
    const present = fromEnv.filter((p) => existsSync(p))
    if (present.length === 0)
      throw new InputError('KUBECONFIG', `none of its files exist (${fromEnv.join(delimiter)})`)
    return { paths: present, input: 'KUBECONFIG' }
  }
  const home = homeConfig(options.env)
  return home && existsSync(home) ? { paths: [home], input: 'kubeconfig' } : undefined
}

function homeConfig(env: KubeEnv): string | undefined {
  const home = env.HOME ?? env.USERPROFILE
  return home ? join(home, '.kube', 'config') : undefined
}

/** Reads every file, the first one's current-context winning, as kubectl merges KUBECONFIG. */
function loadFiles(
  config: KubeConfig,
  make: () => KubeConfig,
  paths: readonly string[],
  input: string
): void {
  for (const [i, path] of paths.entries()) {
    try {
      if (i === 0) {
        config.loadFromFile(path)
        continue
      }
      const next = make()
      next.loadFromFile(path)
      config.mergeConfig(next, true)
    } catch (err) {
      throw new InputError(input, `cannot read kubeconfig ${path}: ${errorMessage(err)}`)
    }
  }
}

function selectContext(
  config: KubeConfig,
  wanted: string | undefined,
  where: string
): LoadedKubeConfig {
  const names = config.getContexts().map((c) => c.name)
  const name = wanted ?? config.getCurrentContext()
  const listed = names.length > 0 ? names.join(', ') : 'none'
  if (!name)
    throw new InputError(
      'context',
      `${where} sets no current-context; pass --context (contexts: ${listed})`
    )
  const context = config.getContextObject(name)
  if (!context)
    throw new InputError('context', `${where} has no context '${name}' (contexts: ${listed})`)
  config.setCurrentContext(name)
  const cluster = config.getCurrentCluster()
  if (!cluster?.server)
    throw new InputError(
      'kubeconfig',
      `${where}: context '${name}' names cluster '${context.cluster}', which has no server`
    )
  allowPlainHttp(config)
  return {
    config,
    source: `${where} (context ${name})`,
    context: name,
    server: cluster.server,
    ...(context.namespace ? { namespace: context.namespace } : {})
  }
}

/**
 * client-node refuses `http://` servers unless TLS verification is off, but a plain-HTTP server
 * (`kubectl proxy`, a local simulator) has no TLS to verify, and kubectl accepts it as it is.
 */
function allowPlainHttp(config: KubeConfig): void {
  const cluster = config.getCurrentCluster()
  if (!cluster?.server.startsWith('http:') || cluster.skipTLSVerify) return
  config.clusters = config.clusters.map((c) =>
    c.name === cluster.name ? { ...c, skipTLSVerify: true } : c
  )
}

function inCluster(
  config: KubeConfig,
  env: KubeEnv,
  host: string,
  saDir: string
): LoadedKubeConfig {
  const port = env.KUBERNETES_SERVICE_PORT ?? '443'
  const server = `https://${host.includes(':') ? `[${host}]` : host}:${port}`
  config.loadFromOptions({
    clusters: [{ name: 'in-cluster', server, caFile: join(saDir, 'ca.crt'), skipTLSVerify: false }],
    // The tokenFile provider re-reads the projected token, which the kubelet rotates.
    users: [
      {
        name: 'in-cluster',
        authProvider: { name: 'tokenFile', config: { tokenFile: join(saDir, 'token') } }
      }
    ],
    contexts: [{ name: 'in-cluster', cluster: 'in-cluster', user: 'in-cluster' }],
    currentContext: 'in-cluster'
  })
  const nsFile = join(saDir, 'namespace')
  const namespace = existsSync(nsFile) ? readFileSync(nsFile, 'utf8').trim() : ''
  return {
    config,
    source: 'in-cluster ServiceAccount',
    context: 'in-cluster',
    server,
    ...(namespace ? { namespace } : {})
  }
}

/** The secrets of the current user: its token and password, and an auth provider's tokens. */
export function userSecrets(config: KubeConfig): string[] {
  const user = config.getCurrentUser()
  if (!user) return []
  // client-node types an auth provider's config as any: read it as a record of unknowns.
  const provider: Readonly<Record<string, unknown>> =
    (user.authProvider as { config?: Record<string, unknown> } | undefined)?.config ?? {}
  return [
    user.token,
    user.password,
    provider['access-token'],
    provider['id-token'],
    provider['refresh-token']
  ].filter((s): s is string => typeof s === 'string' && s !== '')
}
