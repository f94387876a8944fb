import { INSTALL_HINT, LocalPrometheus } from '../../src/steady-state/prometheus/local-prometheus'
import { systemClock } from '../../src/util/clock'
import { silentLog } from '../../src/util/log'

describe('LocalPrometheus', () => {
  it('fails with the install command when the binary is missing, rather than skipping', async () => {
    await expect(
      LocalPrometheus.start({
        jobs: [],
        scrapeIntervalMs: 1000,
        clock: systemClock,
        log: silentLog,
        binary: 'prometheus-that-is-not-installed'
      })
    ).rejects.toThrow(
      `Prometheus is not installed: 'prometheus-that-is-not-installed' was not found on PATH. Install it with \`${INSTALL_HINT}\``
    )
    expect(INSTALL_HINT).toBe('apt-get install -y --no-install-recommends prometheus')
  })
})
