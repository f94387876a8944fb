/**
 * Imports point down the data flow (docs/architecture.md): manifest → policy → backends and
 * steady-state → gate → report → the front ends (action, cli, demo) → the entry files, with util
 * at the bottom. A folder may import its own files and the folders below it, never one above, and
 * no module may reach itself again through its imports. `npm run lint` runs this.
 */

/** The folders of src/ from the bottom up; each may import those before it. */
const layers = [
  ['util'],
  ['manifest'],
  ['policy'],
  ['backends', 'steady-state'],
  ['gate'],
  ['report'],
  ['demo'],
  ['action', 'cli']
]

/** Everything a folder of this layer may not import: the layers above and its own peers. */
function above(index, folder) {
  const higher = layers.slice(index + 1).flat()
  const peers = layers[index].filter((other) => other !== folder)
  return [...higher, ...peers]
}

/** The one sideways import the flow allows: the Kubernetes checks read through the kube client. */
const allowed = { 'steady-state': ['backends/kube'] }

const upward = layers.flatMap((layer, index) =>
  layer.map((folder) => ({
    name: `${folder}-imports-upward`,
    comment: `src/${folder}/ may import only ${layers
      .slice(0, index + 1)
      .flat()
      .filter((other) => !above(index, folder).includes(other))
      .join(
        ', '
      )}${folder in allowed ? ` and ${allowed[folder].join(', ')}` : ''}: imports point down the data flow (docs/architecture.md). Move the shared type or function down instead.`,
    severity: 'error',
    from: { path: `^src/${folder}/` },
    to: {
      path: [
        `^src/(${above(index, folder).join('|')})/`,
        // The entry files (src/*.ts) sit above every folder.
        '^src/[^/]+$'
      ],
      pathNot: (allowed[folder] ?? []).map((path) => `^src/${path}/`)
    }
  }))
)

module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'no-circular',
      comment:
        'A module reaches itself again through its imports; move what both need into a third module below them.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true }
    }
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    moduleSystems: ['es6', 'cjs']
  }
}
