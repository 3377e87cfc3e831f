/** Small helpers shared by the benchmarks: timing, medians, reporting. */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { REPO_ROOT } from '../sandbox/runner.js'

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export function ms(value: number): string {
  return `${value.toFixed(1)} ms`
}

/** Prints a result table and keeps a JSON copy under bench/results/. */
export function report(
  name: string,
  rows: [string, string][],
  data: unknown
): void {
  const width = Math.max(...rows.map(([k]) => k.length))
  console.log(`\n${name}`)
  for (const [key, value] of rows)
    console.log(`  ${key.padEnd(width)}  ${value}`)
  const dir = path.join(REPO_ROOT, 'bench', 'results')
  mkdirSync(dir, { recursive: true })
  writeFileSync(
    path.join(dir, `${name}.json`),
    `${JSON.stringify(data, null, 2)}\n`
  )
}
