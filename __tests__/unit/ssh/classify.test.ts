import { describe, expect, it } from '@jest/globals'
import { PAYLOAD_MISSING } from '../../../src/ssh/bootstrap.js'
import { classify } from '../../../src/ssh/classify.js'

describe('classify.ts', () => {
  it('Leaves the verdict to the script once it has started', () => {
    expect(classify(0, '', false, true)).toEqual({ status: 'ok', hint: '' })
    expect(classify(125, 'Permission denied (publickey)', false, true).status).toBe('failed')
    expect(classify(255, 'Connection refused', false, true).hint).toBe('The script exited with 255.')
    expect(classify(1, '', true, true).status).toBe('timeout')
  })

  it.each([
    [0, '', false, 'failed'],
    [1, '', true, 'timeout'],
    [1, 'Error: not authorized: no policy grants', false, 'denied'],
    [1, 'OPA_TOKEN is not valid: missing capability', false, 'denied'],
    [125, '', false, 'denied'],
    [255, 'ssh: connect to host 10.0.0.1 port 22: Connection timed out', false, 'unreachable'],
    [255, '', false, 'failed'],
    [255, 'some other ssh error', false, 'failed'],
    [PAYLOAD_MISSING, '', false, 'failed'],
    [97, '', false, 'failed'],
    [3, '', false, 'failed']
  ])('Classifies exit %s with %j (timed out: %s) before the script as %s', (code, said, timedOut, status) => {
    expect(classify(code, said, timedOut).status).toBe(status)
  })

  it('Never blames the script for what happened before it started', () => {
    const hint = classify(1, 'Error: a terminal is required\nmore', false).hint
    expect(hint).toBe(
      'sft failed (exit 1) before the script started: "Error: a terminal is required". The script did not run. Run `sft ssh HOST` by hand with SFT_LOG_LEVEL=debug to see why.'
    )
    expect(classify(0, '', false).hint).toContain(
      'sft exited 0 before the script started, with no output. The script did not run.'
    )
    expect(classify(255, '', false).hint).toContain('the network path, the gateway or a policy')
    expect(classify(PAYLOAD_MISSING, '', false).hint).toContain('does not forward stdin')
  })

  it('Names a refused token, redacted, and a policy that needs a human', () => {
    const token = `eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.${'s'.repeat(43)}`
    const hint = classify(1, `OPA_TOKEN is not valid: token ${token} expired`, false).hint
    expect(hint).toContain('OPA refused the token ("OPA_TOKEN is not valid: token [redacted] expired")')
    expect(hint).not.toContain(token)
    expect(classify(1, 'Error: invalid UAM: MFA required', false).hint).toContain('MFA or an Access Request')
  })
})
