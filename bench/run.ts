/** `npm run bench [name...]`: runs the named benchmarks, or all of them. */
import { benchFanout } from './fanout.js'
import { benchInstall } from './install.js'
import { benchStartup } from './startup.js'

const benches: Record<string, () => Promise<void>> = {
  startup: benchStartup,
  install: benchInstall,
  fanout: benchFanout
}
const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(benches)
for (const name of names) {
  const bench = benches[name]
  if (!bench) throw new Error(`unknown benchmark ${name}; choose from ${Object.keys(benches).join(', ')}`)
  await bench()
}
