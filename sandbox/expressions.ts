/**
 * GitHub Actions expressions (`${{ ... }}` and `if:`), enough for workflow
 * examples: literals, context paths, `!`, `==`, `!=`, `<`, `<=`, `>`, `>=`,
 * `&&`, `||`, parentheses, and the functions success, failure, always,
 * cancelled, contains, startsWith, endsWith, format, toJSON and fromJSON.
 * Comparisons follow GitHub's rules: strings compare without case, and
 * mixed types compare as numbers. Anything else throws, so an example that
 * uses it fails loudly instead of running differently.
 */

export type Value = string | number | boolean | null | Value[] | { [key: string]: Value }

export interface Scope {
  contexts: Record<string, Value>
  /** The job's status so far, for success(), failure(), always() and cancelled(). */
  status: 'success' | 'failure'
}

type Token = { kind: 'op' | 'string' | 'number' | 'word'; text: string }

const TOKEN = /\s*(?:('(?:[^']|'')*')|(\d+(?:\.\d+)?)|(&&|\|\||==|!=|<=|>=|[!<>(),.[\]])|([A-Za-z_][A-Za-z0-9_-]*))/y

function tokenize(source: string): Token[] {
  const tokens: Token[] = []
  TOKEN.lastIndex = 0
  while (TOKEN.lastIndex < source.length) {
    if (/^\s*$/.test(source.slice(TOKEN.lastIndex))) break
    const at = TOKEN.lastIndex
    const match = TOKEN.exec(source)
    if (!match) throw new Error(`Unsupported expression at "${source.slice(at)}" in: ${source}`)
    if (match[1]) tokens.push({ kind: 'string', text: match[1].slice(1, -1).replace(/''/g, "'") })
    else if (match[2]) tokens.push({ kind: 'number', text: match[2] })
    else if (match[3]) tokens.push({ kind: 'op', text: match[3] })
    else tokens.push({ kind: 'word', text: match[4] })
  }
  return tokens
}

export function truthy(value: Value): boolean {
  return !(value === null || value === false || value === 0 || value === '' || Number.isNaN(value))
}

export function asString(value: Value): string {
  if (value === null) return ''
  if (typeof value === 'object') return JSON.stringify(value, null, 2)
  return String(value)
}

function asNumber(value: Value): number {
  if (value === null || value === false) return 0
  if (value === true) return 1
  if (typeof value === 'string') return value.trim() === '' ? 0 : Number(value)
  return typeof value === 'number' ? value : NaN
}

function compare(op: string, a: Value, b: Value): boolean {
  let x: Value = a
  let y: Value = b
  if (typeof a === 'string' && typeof b === 'string') {
    x = a.toLowerCase()
    y = b.toLowerCase()
  } else if (typeof a !== typeof b || typeof a === 'boolean') {
    x = asNumber(a)
    y = asNumber(b)
  }
  if (op === '==') return x === y
  if (op === '!=') return x !== y
  if (typeof x === 'object' || typeof y === 'object') return false
  const [p, q] = [x as string | number, y as string | number]
  return op === '<' ? p < q : op === '<=' ? p <= q : op === '>' ? p > q : p >= q
}

const FUNCTIONS: Record<string, (scope: Scope, args: Value[]) => Value> = {
  success: (scope) => scope.status === 'success',
  failure: (scope) => scope.status === 'failure',
  always: () => true,
  cancelled: () => false,
  contains: (_, [haystack, needle]) =>
    Array.isArray(haystack)
      ? haystack.some((item) => compare('==', item, needle))
      : asString(haystack).toLowerCase().includes(asString(needle).toLowerCase()),
  startsWith: (_, [text, prefix]) => asString(text).toLowerCase().startsWith(asString(prefix).toLowerCase()),
  endsWith: (_, [text, suffix]) => asString(text).toLowerCase().endsWith(asString(suffix).toLowerCase()),
  format: (_, [template, ...args]) => asString(template).replace(/\{(\d+)\}/g, (_m, i: string) => asString(args[+i])),
  toJSON: (_, [value]) => JSON.stringify(value, null, 2),
  fromJSON: (_, [text]) => JSON.parse(asString(text)) as Value
}

/** A recursive-descent parser that evaluates as it goes. */
class Evaluator {
  private at = 0
  constructor(
    private readonly tokens: Token[],
    private readonly scope: Scope,
    private readonly source: string
  ) {}

  run(): Value {
    const value = this.or()
    if (this.at < this.tokens.length) this.fail(`unexpected "${this.tokens[this.at].text}"`)
    return value
  }

  private fail(problem: string): never {
    throw new Error(`Unsupported expression (${problem}): ${this.source}`)
  }

  private accept(text: string): boolean {
    if (this.tokens[this.at]?.kind !== 'op' || this.tokens[this.at].text !== text) return false
    this.at++
    return true
  }

  private or(): Value {
    let value = this.and()
    while (this.accept('||')) {
      const right = this.and()
      value = truthy(value) ? value : right
    }
    return value
  }

  private and(): Value {
    let value = this.comparison()
    while (this.accept('&&')) {
      const right = this.comparison()
      value = truthy(value) ? right : value
    }
    return value
  }

  private comparison(): Value {
    let value = this.unary()
    for (;;) {
      const op = ['==', '!=', '<=', '>=', '<', '>'].find((o) => this.accept(o))
      if (!op) return value
      value = compare(op, value, this.unary())
    }
  }

  private unary(): Value {
    if (this.accept('!')) return !truthy(this.unary())
    return this.primary()
  }

  private primary(): Value {
    const token = this.tokens[this.at++]
    if (!token) this.fail('it ends early')
    if (token.kind === 'string') return token.text
    if (token.kind === 'number') return Number(token.text)
    if (token.kind === 'op' && token.text === '(') {
      const value = this.or()
      if (!this.accept(')')) this.fail('a "(" is not closed')
      return value
    }
    if (token.kind !== 'word') this.fail(`unexpected "${token.text}"`)
    if (token.text === 'true' || token.text === 'false') return token.text === 'true'
    if (token.text === 'null') return null
    if (this.accept('(')) return this.call(token.text)
    return this.path(this.scope.contexts[token.text] ?? this.fail(`unknown context "${token.text}"`))
  }

  private call(name: string): Value {
    const fn = FUNCTIONS[name] ?? this.fail(`unknown function ${name}()`)
    const args: Value[] = []
    if (!this.accept(')')) {
      do args.push(this.or())
      while (this.accept(','))
      if (!this.accept(')')) this.fail(`${name}( is not closed`)
    }
    return fn(this.scope, args)
  }

  private path(start: Value): Value {
    let value = start
    for (;;) {
      let key: string
      if (this.accept('.')) {
        const token = this.tokens[this.at++]
        if (token?.kind !== 'word') this.fail('a property name must follow "."')
        key = token.text
      } else if (this.accept('[')) {
        key = asString(this.or())
        if (!this.accept(']')) this.fail('a "[" is not closed')
      } else {
        return value
      }
      value = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value[key] ?? null) : null
    }
  }
}

export function evaluate(expression: string, scope: Scope): Value {
  return new Evaluator(tokenize(expression), scope, expression).run()
}

/** Replaces each `${{ expression }}` in `text` with its value as a string. */
export function interpolate(text: string, scope: Scope): string {
  return text.replace(/\$\{\{(.*?)\}\}/gs, (_match, expression: string) => asString(evaluate(expression, scope)))
}

/** Whether a step or job with this `if:` runs: success() unless it names a status function itself. */
export function shouldRun(condition: unknown, scope: Scope): boolean {
  if (condition === undefined || condition === null) return scope.status === 'success'
  if (typeof condition === 'boolean') return condition && scope.status === 'success'
  let expression = String(condition).trim()
  const wrapped = /^\$\{\{(.*)\}\}$/s.exec(expression)
  if (wrapped) expression = wrapped[1]
  if (!/\b(success|failure|always|cancelled)\s*\(/.test(expression)) expression = `success() && (${expression})`
  return truthy(evaluate(expression, scope))
}
