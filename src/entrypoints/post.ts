import { run } from '../steps/post.js'

/* istanbul ignore next */
await run()
