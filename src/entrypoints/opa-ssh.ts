import { run } from '../steps/opa-ssh.js'

/* istanbul ignore next */
await run()
