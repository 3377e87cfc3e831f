import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { addBlock, blockOwners, UNOWNED_BLOCK_START } from '../../../src/ssh/ssh-config.js'
import { removeGoneJobs } from '../../../src/steps/leftovers.js'

describe('leftovers.ts', () => {
  it('Removes only the blocks of jobs whose temp dir is gone, names each, and reports an unowned block it leaves', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'leftovers-'))
    const file = path.join(dir, '.ssh', 'config')
    const live = { job: 'o/r run 1.1 live', temp: path.join(dir, 'opa-workload-identity-aaaaaa') }
    const gone = { job: 'o/r run 2.1 gone', temp: path.join(dir, 'opa-workload-identity-bbbbbb') }
    mkdirSync(live.temp)
    await addBlock(file, 'Match exec "live resolve -q %h"\n', live)
    await addBlock(file, 'Match exec "gone resolve -q %h"\n', gone)
    const report = await removeGoneJobs([file, file, path.join(dir, 'absent', 'config')])
    // (Processes of gone jobs on this machine, if any, are reported too: only the blocks are this test's.)
    expect(report.removed.filter((item) => item.startsWith('the ssh-config block'))).toEqual([
      `the ssh-config block in ${file} of job o/r run 2.1 gone, which ended without its post step`
    ])
    expect(await blockOwners(file)).toEqual([live])
    expect(readFileSync(file, 'utf8')).toContain('live resolve')
    writeFileSync(file, `${UNOWNED_BLOCK_START}\nMatch all\n# <<< opa-workload-identity <<<\n`)
    const unowned = await removeGoneJobs([file])
    expect(unowned.failed.map((f) => f.path)).toContain(
      `an ssh-config block in ${file} from an earlier version of opa-workload-identity`
    )
    expect(readFileSync(file, 'utf8')).toContain('Match all')
    rmSync(dir, { recursive: true, force: true })
  })
})
