import { describe, expect, it } from '@jest/globals'
import { classify } from '../../../src/ssh/classify.js'

describe('classify.ts', () => {
  it('Leaves the verdict to the script once it has started', () => {
    expect(classify(125, 'Permission denied (publickey)', false, true).status).toBe('failed')
    expect(classify(255, 'Connection refused', false, true).status).toBe('failed')
    expect(classify(1, '', true, true).status).toBe('timeout')
  })

  it.each([
    [0, '', false, 'ok'],
    [1, '', true, 'timeout'],
    [1, 'Error: not authorized: no policy grants', false, 'denied'],
    [125, '', false, 'denied'],
    [255, 'ssh: connect to host 10.0.0.1 port 22: Connection timed out', false, 'unreachable'],
    [255, 'some other ssh error', false, 'failed'],
    [97, '', false, 'failed'],
    [3, '', false, 'failed']
  ])('Classifies exit %s with %j (timed out: %s) as %s', (code, stderr, timedOut, status) => {
    expect(classify(code, stderr, timedOut).status).toBe(status)
  })

  it('Explains a policy that needs a human', () => {
    expect(classify(1, 'Error: invalid UAM: MFA required', false).hint).toContain('MFA or an Access Request')
  })
})
