import { describe, expect, it } from '@jest/globals'
import { choosePackage } from '../../../src/install/apt-repo.js'

describe('apt-repo.ts', () => {
  const entries = ['1.9.0-1', '1.114.0-1', '1.114.0~rc1-1', '1:0.1-1'].map((version) => ({
    version,
    filename: 'f',
    size: 1,
    sha256: 'x'
  }))

  it('Chooses the highest version, honouring epochs', () => {
    expect(choosePackage(entries, 'latest', 'repo').version).toBe('1:0.1-1')
    expect(choosePackage(entries, '1.114.0', 'repo').version).toBe('1.114.0-1')
    expect(choosePackage(entries, '1.114.0~rc1-1', 'repo').version).toBe('1.114.0~rc1-1')
  })
})
