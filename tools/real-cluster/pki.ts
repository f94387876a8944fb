/**
 * The cluster's certificates, made at every start with Debian's openssl command (node:crypto makes
 * keys but not X.509 certificates): one CA, the API server's serving certificate for 127.0.0.1
 * and localhost, one client certificate per component, and the service-account signing key pair.
 * Nothing outlives the cluster: the files live in its state folder.
 */
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** A certificate and its key, as files. */
export interface KeyPair {
  readonly cert: string
  readonly key: string
}

export interface Pki {
  readonly ca: KeyPair
  readonly apiserver: KeyPair
  /** system:masters: seeding, CRDs, RBAC, and the simulated operators. */
  readonly admin: KeyPair
  readonly controllerManager: KeyPair
  readonly scheduler: KeyPair
  /** kwok acts as the nodes' kubelets; system:masters keeps its stages free of RBAC gaps. */
  readonly kwok: KeyPair
  /** Signs service-account tokens (the API server and the controller manager's token controller). */
  readonly serviceAccount: { readonly publicKey: string; readonly privateKey: string }
}

function openssl(args: readonly string[]): void {
  try {
    execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] })
  } catch (err) {
    const stderr = (err as { stderr?: Buffer }).stderr?.toString().trim() ?? ''
    throw new Error(
      `openssl ${args[0] ?? ''} failed: ${stderr || String(err)}; install it with apt-get install openssl`,
      { cause: err }
    )
  }
}

/** An EC P-256 key and a certificate for `subject` signed by the CA (or self-signed when none). */
function issue(
  dir: string,
  name: string,
  subject: string,
  extensions: string,
  ca?: KeyPair
): KeyPair {
  const key = join(dir, `${name}.key`)
  const cert = join(dir, `${name}.crt`)
  const ext = join(dir, `${name}.ext`)
  writeFileSync(ext, extensions)
  openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', key])
  if (!ca) {
    openssl(['req', '-x509', '-new', '-key', key, '-subj', subject, '-days', '2', '-out', cert])
    return { cert, key }
  }
  const csr = join(dir, `${name}.csr`)
  openssl(['req', '-new', '-key', key, '-subj', subject, '-out', csr])
  openssl([
    'x509',
    '-req',
    '-in',
    csr,
    '-CA',
    ca.cert,
    '-CAkey',
    ca.key,
    '-CAcreateserial',
    '-days',
    '2',
    '-extfile',
    ext,
    '-out',
    cert
  ])
  return { cert, key }
}

const CLIENT = 'basicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=clientAuth\n'

export function makePki(dir: string): Pki {
  const ca = issue(dir, 'ca', '/CN=chaos-gate-real-cluster-ca', '')
  const apiserver = issue(
    dir,
    'apiserver',
    '/CN=kube-apiserver',
    'basicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n' +
      'subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,' +
      'DNS:kubernetes.default.svc\n',
    ca
  )
  const client = (name: string, subject: string): KeyPair => issue(dir, name, subject, CLIENT, ca)
  const publicKey = join(dir, 'sa.pub')
  const privateKey = join(dir, 'sa.key')
  openssl(['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', privateKey])
  openssl(['pkey', '-in', privateKey, '-pubout', '-out', publicKey])
  return {
    ca,
    apiserver,
    admin: client('admin', '/O=system:masters/CN=chaos-gate-admin'),
    controllerManager: client('controller-manager', '/CN=system:kube-controller-manager'),
    scheduler: client('scheduler', '/CN=system:kube-scheduler'),
    kwok: client('kwok', '/O=system:masters/CN=kwok'),
    serviceAccount: { publicKey, privateKey }
  }
}
