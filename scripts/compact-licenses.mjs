// Writes each distinct license text in dist/licenses.txt once. ncc lists every bundled package as
// `name\nlicense\ntext`, joined by blank lines, and the AWS SDK alone repeats the same Apache-2.0
// text for a hundred packages. An entry starts where a line names a package in node_modules and
// the next line is that package's license; a text seen before becomes a reference to the first
// package that carried it, so every package and its license stay listed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** The license a package's package.json declares, or undefined when `name` is not a package here. */
function declaredLicense(root, name) {
  if (!/^(@[\w.-]+\/)?[\w.-]+$/.test(name)) return undefined
  const manifest = join(root, 'node_modules', name, 'package.json')
  if (!existsSync(manifest)) return undefined
  const { license } = JSON.parse(readFileSync(manifest, 'utf8'))
  return typeof license === 'string' ? license : undefined
}

export function compactLicenses(file, root) {
  const lines = readFileSync(file, 'utf8').split('\n')
  const entries = []
  for (let i = 0; i < lines.length; i++) {
    const starts =
      (i === 0 || lines[i - 1] === '') &&
      lines[i + 1] !== undefined &&
      declaredLicense(root, lines[i]) === lines[i + 1]
    if (starts) entries.push({ name: lines[i], license: lines[i + 1], text: [], at: i })
    else if (entries.length > 0 && i !== entries.at(-1).at + 1) entries.at(-1).text.push(lines[i])
  }
  if (entries.length === 0) return
  const firstWith = new Map()
  const blocks = entries.map(({ name, license, text }) => {
    const body = text.join('\n').trim()
    const first = firstWith.get(body)
    if (first === undefined) firstWith.set(body, name)
    const shown = first === undefined ? body : `(the same license text as ${first}, above)`
    return `${name}\n${license}\n${shown}`
  })
  writeFileSync(file, `${blocks.join('\n\n')}\n`)
}
