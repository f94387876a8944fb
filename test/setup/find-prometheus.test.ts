import { APT_INSTALL, ensurePrometheus, type MachineAccess } from './find-prometheus'

/** A machine with the given executables; `run` records commands and can "install" prometheus. */
function machine(
  executables: string[],
  overrides: Partial<Omit<MachineAccess, 'run'>> & { installs?: boolean } = {}
) {
  const files = new Set(executables)
  const commands: string[] = []
  const said: string[] = []
  const m: MachineAccess = {
    env: { PATH: '/usr/local/bin:/usr/bin' },
    isRoot: true,
    isExecutable: (p) => files.has(p),
    say: (line) => said.push(line),
    run: (command, args) => {
      commands.push([command, ...args].join(' '))
      if (args.includes('install') && overrides.installs !== false) files.add('/usr/bin/prometheus')
      return overrides.installs !== false
    },
    ...overrides
  }
  return { m, commands, said }
}

describe('ensurePrometheus', () => {
  it('takes PROMETHEUS_BIN first, then prometheus on the PATH, without installing', () => {
    const named = machine(['/opt/prom/prometheus-3', '/usr/bin/prometheus', '/usr/bin/apt-get'], {
      env: { PATH: '/usr/bin', PROMETHEUS_BIN: '/opt/prom/prometheus-3' }
    })
    expect(ensurePrometheus(named.m)).toBe('/opt/prom/prometheus-3')
    const onPath = machine(['/usr/bin/prometheus', '/usr/local/bin/other', '/usr/bin/apt-get'])
    expect(ensurePrometheus(onPath.m)).toBe('/usr/bin/prometheus')
    expect([...named.commands, ...onPath.commands]).toEqual([])
  })

  it('refuses a PROMETHEUS_BIN that is not an executable file', () => {
    const { m } = machine(['/usr/bin/prometheus'], {
      env: { PATH: '/usr/bin', PROMETHEUS_BIN: '/nope/prometheus' }
    })
    expect(() => ensurePrometheus(m)).toThrow(
      'PROMETHEUS_BIN=/nope/prometheus is not an executable file'
    )
  })

  it('installs the Debian package once as root with apt-get, saying so', () => {
    const { m, commands, said } = machine(['/usr/bin/apt-get'])
    expect(ensurePrometheus(m)).toBe('/usr/bin/prometheus')
    expect(said).toEqual([expect.stringContaining(`apt-get ${APT_INSTALL.join(' ')}`)])
    expect(commands).toEqual([
      '/usr/bin/apt-get -o DPkg::Lock::Timeout=300 update -qq',
      `/usr/bin/apt-get -o DPkg::Lock::Timeout=300 ${APT_INSTALL.join(' ')}`
    ])
    // Found on the PATH from now on: the next run installs nothing.
    const again = machine(['/usr/bin/apt-get', '/usr/bin/prometheus'])
    ensurePrometheus(again.m)
    expect(again.commands).toEqual([])
  })

  it('says so when apt-get fails', () => {
    const { m } = machine(['/usr/bin/apt-get'], { installs: false })
    expect(() => ensurePrometheus(m)).toThrow('apt-get could not install prometheus')
  })

  it.each([
    ['not root', { isRoot: false }, ['/usr/bin/apt-get']],
    ['no apt-get', {}, []]
  ])('fails with one line naming what to install when %s', (_, overrides, executables) => {
    const { m, commands } = machine(executables, overrides)
    expect(() => ensurePrometheus(m)).toThrow(
      /^The tests need Prometheus: install it \(Debian\/Ubuntu: sudo apt-get install -y --no-install-recommends prometheus;[^\n]*$/
    )
    expect(commands).toEqual([])
  })
})
