import { main } from '../steps/opa-ssh.js'

/* istanbul ignore next */
process.exitCode = await main(process.argv.slice(2))
