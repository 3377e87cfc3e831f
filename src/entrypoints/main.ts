import { run } from '../steps/main.js'

/* istanbul ignore next */
await run()
