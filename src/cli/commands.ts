import type { CommandEntry } from './command'

/** Every CLI command, in the order `--help` lists them; each is loaded only when it runs. */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'validate',
    summary: 'check experiment manifests and the blast-radius policy (no cluster needed)',
    load: async () => (await import('./commands/validate')).validateCommand
  },
  {
    name: 'plan',
    summary: 'show what each experiment would do and what the policy decides',
    load: async () => (await import('./commands/plan')).planCommand
  },
  {
    name: 'run',
    summary:
      'run the gate: preflight, inject, watch the steady state, abort on breach, clean up, report',
    load: async () => (await import('./commands/run')).runCommand
  },
  {
    name: 'cleanup',
    summary: 'stop and remove what a run left behind, from its run-state file',
    load: async () => (await import('./commands/cleanup')).cleanupCommand
  },
  {
    name: 'demo',
    summary: 'run a real gate against a demo service on this machine (no cluster, no Prometheus)',
    load: async () => (await import('./commands/demo')).demoCommand
  }
]
