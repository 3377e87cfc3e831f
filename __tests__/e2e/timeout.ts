import { jest } from '@jest/globals'

// One timeout for every e2e test and hook, sized for a sandbox start and a
// whole emulated job on a busy 2-core machine. (jest-circus reads only the
// global `testTimeout`, so a project sets its own here.)
jest.setTimeout(120_000)
