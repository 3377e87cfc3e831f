const typescript = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js'],
  preset: 'ts-jest',
  resolver: 'ts-jest-resolver',
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', useESM: true }]
  }
}

export default {
  clearMocks: true,
  projects: [
    {
      ...typescript,
      // No root, no sandbox, no bundles: the fast loop (`npm run test:unit`).
      displayName: 'unit',
      testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts']
    },
    {
      ...typescript,
      // Real sshd, namespaces and the bundled action (`npm run test:e2e`).
      displayName: 'e2e',
      testMatch: ['<rootDir>/__tests__/e2e/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/__tests__/e2e/timeout.ts'],
      // Fails the run if a test left a process, namespace, account or temp directory behind.
      globalSetup: '<rootDir>/__tests__/e2e/residue-baseline.mjs',
      globalTeardown: '<rootDir>/__tests__/e2e/residue-check.mjs'
    }
  ]
}
