/** What the sandbox's HTTP stand-ins share: a loopback listener and JSON answers. */
import type { Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Listening {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string
  /** Stops listening and drops open keep-alive connections, so it never waits on a client. */
  close(): Promise<void>
}

/** Listens on a free loopback port. */
export async function listenOnLoopback(server: Server): Promise<Listening> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}

/** Answers with a JSON body; a string goes out as it is, so a stand-in can also send malformed JSON. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(typeof body === 'string' ? body : JSON.stringify(body))
}
