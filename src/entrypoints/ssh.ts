import { run } from '../ssh-step.js'

/* istanbul ignore next */
await run()
