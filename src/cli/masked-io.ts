/**
 * The CLI's terminal with secrets masked. Everything a command prints may quote a server (a
 * Prometheus warning that echoes the request headers, an API error that quotes a token), and
 * there is no runner in front of a terminal to mask it.
 */
import { SecretMask } from '../util/secret-mask'
import type { CliIo } from './command'

type Stream = CliIo['stdout'] & { readonly columns?: number }

export function maskedIo(io: CliIo): CliIo & { readonly secrets: SecretMask } {
  const secrets = io.secrets ?? new SecretMask()
  // Getters, not copies: a terminal's width changes while the live view draws.
  const masked = (stream: Stream): Stream => ({
    write: (text: string) => stream.write(secrets.mask(text)),
    get isTTY() {
      return stream.isTTY === true
    },
    get columns() {
      return stream.columns ?? 80
    }
  })
  return { ...io, stdout: masked(io.stdout), stderr: masked(io.stderr), secrets }
}
