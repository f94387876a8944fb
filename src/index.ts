/**
 * The root of the one shared bundle. dist/cli.js, dist/main.js and dist/post.js are one-line
 * files that call into it, so the repository holds one copy of the bundled dependencies.
 */
export { cli } from './cli'
export { run as main } from './main'
export { run as post } from './post'
