import { describe, expect, it } from '@jest/globals'
import { agentSocketPath, keepAgentSocketShort, sunPathLimit } from '../../../src/ssh/agent-socket.js'

describe('agent-socket.ts', () => {
  it("Knows sun_path's limits: 108 bytes on Linux, 104 on macOS, the NUL included", () => {
    expect(sunPathLimit('linux')).toBe(107)
    expect(sunPathLimit('darwin')).toBe(103)
  })

  it('Changes nothing while the socket fits', async () => {
    const env = { XDG_DATA_HOME: '/home/runner/work/_temp/opa-workload-identity-abc123/sft-data' }
    expect(agentSocketPath(env.XDG_DATA_HOME).length).toBeLessThanOrEqual(107)
    const remove = await keepAgentSocketShort(env)
    await remove()
    expect(env.XDG_DATA_HOME).toBe('/home/runner/work/_temp/opa-workload-identity-abc123/sft-data')
  })
})
