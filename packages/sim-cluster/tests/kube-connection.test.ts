import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { stringify } from 'yaml'

import { connectionFromKubeconfig } from '../src/operators/runtime/kube-connection'

function kubeconfig(dir: string, cluster: object, user: object, current = 'ctx'): string {
  const path = join(dir, 'kubeconfig')
  writeFileSync(
    path,
    stringify({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [{ name: 'c', cluster }],
      users: [{ name: 'u', user }],
      contexts: [{ name: 'ctx', context: { cluster: 'c', user: 'u' } }],
      'current-context': current
    })
  )
  return path
}

describe('connectionFromKubeconfig', () => {
  it('reads inline CA data and a token', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kc-'))
    const path = kubeconfig(
      dir,
      {
        server: 'https://127.0.0.1:6443/',
        'certificate-authority-data': Buffer.from('CA PEM').toString('base64')
      },
      { token: 't0ken' }
    )
    expect(connectionFromKubeconfig(path)).toEqual({
      server: 'https://127.0.0.1:6443',
      ca: 'CA PEM',
      token: 't0ken',
      insecureSkipTlsVerify: false
    })
  })

  it('reads CA, client certificate and key files, and a tokenFile, relative to the kubeconfig', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kc-'))
    writeFileSync(join(dir, 'ca.crt'), 'CA')
    writeFileSync(join(dir, 'admin.crt'), 'CERT')
    writeFileSync(join(dir, 'admin.key'), 'KEY')
    writeFileSync(join(dir, 'token'), 'from-file\n')
    const path = kubeconfig(
      dir,
      { server: 'https://127.0.0.1:6443', 'certificate-authority': 'ca.crt' },
      { 'client-certificate': 'admin.crt', 'client-key': 'admin.key', tokenFile: 'token' }
    )
    expect(connectionFromKubeconfig(path)).toMatchObject({
      ca: 'CA',
      cert: 'CERT',
      key: 'KEY',
      token: 'from-file'
    })
  })

  it('names the missing context', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kc-'))
    const path = kubeconfig(dir, { server: 'https://x' }, {}, 'elsewhere')
    expect(() => connectionFromKubeconfig(path)).toThrow(
      `${path}: no context named "elsewhere" (set current-context to a context whose cluster and user exist)`
    )
  })
})
