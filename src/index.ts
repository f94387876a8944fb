/**
 * The root of the one shared bundle. dist/cli.js, dist/main.js and dist/post.js are one-line
 * files that call into it, so the repository holds one copy of the bundled dependencies. Each entry
 * loads its own code when called (the bundler puts it in chunks), so requiring this file costs
 * next to nothing and the CLI never loads the action's runner client, nor the action the CLI's.
 */

/** The `chaos-gate` command line. */
export async function cli(): Promise<void> {
  const { cli } = await import('./cli')
  await cli()
}

/** The action's main step. */
export async function main(): Promise<void> {
  const { run } = await import('./main')
  await run()
}

/** The action's post step. */
export async function post(): Promise<void> {
  const { run } = await import('./post')
  await run()
}
