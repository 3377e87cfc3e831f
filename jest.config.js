const typescript = {
  clearMocks: true,
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js'],
  preset: 'ts-jest',
  resolver: 'ts-jest-resolver',
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', useESM: true }]
  }
}

// A temp directory per run, and a failure if a test left a process, mount
// namespace, account or temp entry behind (__tests__/residue.mjs).
const residueCheck = {
  globalSetup: '<rootDir>/__tests__/residue-baseline.mjs',
  globalTeardown: '<rootDir>/__tests__/residue-check.mjs'
}

export default {
  projects: [
    {
      ...typescript,
      // No root, no sandbox, no bundles: the fast loop (`npm run test:unit`).
      displayName: 'unit',
      testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts'],
      ...residueCheck
    },
    {
      ...typescript,
      // Real sshd, namespaces and the bundled action (`npm run test:e2e`).
      displayName: 'e2e',
      testMatch: ['<rootDir>/__tests__/e2e/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/__tests__/e2e/timeout.ts'],
      ...residueCheck
    }
  ]
}
