import { describe, expect, it } from '@jest/globals'
import { bootstrapCommand, envPayload, SCRIPT_STARTED } from '../../../src/ssh/bootstrap.js'

describe('bootstrap.ts', () => {
  it('Interpolates only numbers and validated words into the remote command', () => {
    const command = bootstrapCommand(['bash', '-euo', 'pipefail'], 12, 345)
    expect(command).toContain('head -c 345 > "$__opa_ssh_dir/p" && head -c 12 "$__opa_ssh_dir/p" > "$__opa_ssh_dir/e"')
    expect(command).toContain('tail -c +13 "$__opa_ssh_dir/p"')
    expect(command).toContain(`readonly __opa_ssh_dir; trap 'rm -rf "$__opa_ssh_dir"' EXIT HUP INT TERM`)
    expect(command).toContain(`echo '${SCRIPT_STARTED}' >&2; bash -euo pipefail "$__opa_ssh_dir/s" < /dev/null`)
  })

  it('Quotes env values so nothing expands remotely', () => {
    expect(envPayload({ A: "it's $HOME `x`", B: '' })).toBe("A='it'\\''s $HOME `x`'\nB=''\n")
  })
})
