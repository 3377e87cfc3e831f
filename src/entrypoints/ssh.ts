import { run } from '../steps/ssh.js'

/* istanbul ignore next */
await run()
