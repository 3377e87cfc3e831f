import { withholdSecrets } from '../lib/log.js'
import { main } from '../steps/opa-ssh.js'

/**
 * The remote commands' stdout is the CLI's stdout, which callers capture
 * (`v=$(opa-ssh ...)`). Workflow commands from @actions/core (`::add-mask::`
 * when a token is renewed, `::debug::`) must not land in it, so every other
 * write to stdout goes to stderr, which the runner reads for commands too.
 */
const remoteStdout = process.stdout.write.bind(process.stdout)
process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write

// The caller may have stopped workflow commands around this command: an `::add-mask::` would then
// print its secret. opa-ssh exports nothing and redacts every token it handled from what it prints.
withholdSecrets()

/* istanbul ignore next */
process.exitCode = await main(process.argv.slice(2), (text) => remoteStdout(text))
