/**
 * Build-time stand-in for `@actions/http-client`, mapped in tsconfig `paths`
 * for the ncc bundle only. `@actions/core` imports the client at load time
 * for its OIDC helper, which this action does not use, and loading it pulls
 * in node's http, https and tls: about 15 ms before a single input is read.
 * This class loads the real client the first time a request is made. Every
 * caller in the bundle (this action, core's OIDC helper, tool-cache) only
 * calls its asynchronous `get` and `getJson`.
 */
import type * as Real from '../../node_modules/@actions/http-client/lib/index.js'

export type { HttpClientResponse } from '../../node_modules/@actions/http-client/lib/index.js'

type RealModule = typeof Real
let real: Promise<RealModule> | undefined
const load = (): Promise<RealModule> => (real ??= import('../../node_modules/@actions/http-client/lib/index.js'))

export class HttpClient {
  private client?: Promise<Real.HttpClient>
  private readonly args: ConstructorParameters<RealModule['HttpClient']>

  constructor(...args: ConstructorParameters<RealModule['HttpClient']>) {
    this.args = args
  }

  private instance(): Promise<Real.HttpClient> {
    this.client ??= load().then((m) => new m.HttpClient(...this.args))
    return this.client
  }

  async get(...args: Parameters<Real.HttpClient['get']>): ReturnType<Real.HttpClient['get']> {
    return (await this.instance()).get(...args)
  }

  async getJson<T>(...args: Parameters<Real.HttpClient['getJson']>): ReturnType<Real.HttpClient['getJson']> {
    return (await this.instance()).getJson<T>(...args)
  }
}
