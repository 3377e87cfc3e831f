/** Tears the sandbox down after every later step's post step has run. */
import { sandbox } from './sandbox.mjs'

sandbox('down')
