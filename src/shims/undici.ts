/**
 * Build-time stand-in for `undici`, mapped in tsconfig `paths` for the ncc
 * bundle only. `@actions/http-client` imports undici solely for
 * `getAgentDispatcher()`, which serves `fetch` callers behind a proxy; this
 * action never calls it (its requests go through node:http with the
 * client's own proxy tunnel). Loading undici costs about 30 ms of a 80 ms
 * start-up, so the bundle gets this class instead, which fails loudly if
 * that assumption ever breaks.
 */
export class ProxyAgent {
  constructor() {
    throw new Error('undici is not bundled with opa-workload-identity')
  }
}
