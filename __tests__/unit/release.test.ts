/**
 * What the release workflow relies on: package.json's version has its
 * section in CHANGELOG.md, which script/changelog.mjs prints as the notes.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const notesFor = (version: string, file = 'CHANGELOG.md') =>
  spawnSync(process.execPath, ['script/changelog.mjs', version, file], { encoding: 'utf8' })

describe('release', () => {
  it("CHANGELOG.md has notes for package.json's version", () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
    const notes = execFileSync(process.execPath, ['script/changelog.mjs', version], { encoding: 'utf8' })
    expect(notes.trim().length).toBeGreaterThan(100)
    expect(notes).not.toMatch(/^## /m)
  })

  it('Prints only the version asked for, and refuses a missing or empty section', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'changelog-'))
    const file = path.join(dir, 'CHANGELOG.md')
    try {
      writeFileSync(
        file,
        '# Changelog\n\n## [Unreleased]\n\n## [1.2.0] - 2027-01-02\n\n- new\n\n## [1.1.0]\n\n## 1.0.0\n\n- first\n\n[1.2.0]: https://example.com\n'
      )
      expect(notesFor('1.2.0', file)).toMatchObject({ status: 0, stdout: '- new\n' })
      expect(notesFor('1.0.0', file)).toMatchObject({ status: 0, stdout: '- first\n' })
      expect(notesFor('1.1.0', file)).toMatchObject({ status: 1, stderr: expect.stringContaining('is empty') })
      expect(notesFor('1.3.0', file)).toMatchObject({
        status: 1,
        stderr: expect.stringContaining('no section for 1.3.0')
      })
      expect(notesFor('v1.2.0', file).status).toBe(2)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
