import { expect } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import type { StepResult } from '../sandbox/runner.js'

/**
 * Asserts the runner was told to mask `secret` before the secret appears
 * anywhere else in the step's stdout, and that it appears nowhere else.
 */
export function expectMaskedFirst(step: StepResult, secret: string): void {
  const maskLine = `::add-mask::${secret}`
  const first = step.stdout.indexOf(secret)
  expect(first).toBeGreaterThanOrEqual(0)
  expect(step.stdout.indexOf(maskLine)).toBe(first - '::add-mask::'.length)
  expect(step.stdout.split(maskLine).join('')).not.toContain(secret)
}

/** Asserts no secret (nor its signature part) appears in `text`. */
export function expectNoSecrets(text: string, secrets: string[]): void {
  for (const secret of secrets) {
    expect(text.includes(secret)).toBe(false)
    const signature = secret.split('.')[2]
    if (signature && signature.length >= 16) expect(text.includes(signature)).toBe(false)
  }
}

/** Strips `::add-mask::` lines, the only place a secret may be printed. */
export function withoutMaskCommands(text: string): string {
  return text.replace(/^::add-mask::.*$/gm, '')
}

export interface SftRecord {
  argv: string[]
  envNames: string[]
  command: string
  jwtSha256: string | null
  envNamesHoldingJwt: string[]
}

export function readRecords(file: string): SftRecord[] {
  if (!existsSync(file)) return []
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as SftRecord)
}

/** The `::error::` annotation of a step, decoded. */
export function errorAnnotation(step: StepResult): string {
  const line = step.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? ''
  return line.slice('::error::'.length).replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%')
}

export { mainInputs } from '../sandbox/index.js'
