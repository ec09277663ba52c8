// A small OData $filter parser and evaluator for the forms the app uses: comparisons
// (eq ne gt ge lt le) joined by and/or/not, property paths (`fields/Status`, `start/dateTime`),
// string/number/boolean/null/date-time literals, startswith/endswith/contains, and the lambda
// `groupTypes/any(c:c eq 'Unified')`. Anything else is a 400, as Graph would answer.
import { badRequest } from "../http/graph-error.ts";

type Literal = string | number | boolean | null;
export type FilterNode =
  | { readonly kind: "literal"; readonly value: Literal }
  | { readonly kind: "path"; readonly path: readonly string[] }
  | {
      readonly kind: "compare";
      readonly op: "eq" | "ne" | "gt" | "ge" | "lt" | "le";
      readonly left: FilterNode;
      readonly right: FilterNode;
    }
  | { readonly kind: "logical"; readonly op: "and" | "or"; readonly left: FilterNode; readonly right: FilterNode }
  | { readonly kind: "not"; readonly operand: FilterNode }
  | { readonly kind: "call"; readonly name: string; readonly args: readonly FilterNode[] }
  | {
      readonly kind: "any";
      readonly path: readonly string[];
      readonly variable: string;
      readonly predicate: FilterNode;
    };

interface Token {
  readonly kind: "string" | "number" | "word" | "punct";
  readonly text: string;
}

const comparisonOps = new Set(["eq", "ne", "gt", "ge", "lt", "le"]);

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === "'") {
      let value = "";
      i++;
      for (;;) {
        if (i >= text.length) throw badRequest("Invalid $filter: unterminated string literal.");
        if (text[i] === "'" && text[i + 1] === "'") {
          value += "'";
          i += 2;
        } else if (text[i] === "'") {
          i++;
          break;
        } else {
          value += text.charAt(i++);
        }
      }
      tokens.push({ kind: "string", text: value });
    } else if ("(),:".includes(ch)) {
      tokens.push({ kind: "punct", text: ch });
      i++;
    } else {
      const match = /^[^\s(),']+/.exec(text.slice(i));
      const word = match?.[0] ?? ch;
      // A lambda variable is followed by ':'; keep "c:c" apart.
      const colon = word.indexOf(":");
      const isDateTime = /^\d{4}-\d{2}-\d{2}T/.test(word);
      const piece = colon > 0 && !isDateTime ? word.slice(0, colon) : word;
      tokens.push({ kind: /^-?\d+(\.\d+)?$/.test(piece) ? "number" : "word", text: piece });
      i += piece.length;
    }
  }
  return tokens;
}

class Parser {
  private position = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  parse(): FilterNode {
    const node = this.parseOr();
    const extra = this.tokens[this.position];
    if (extra) throw badRequest(`Invalid $filter: unexpected '${extra.text}'.`);
    return node;
  }

  private peekWord(): string | undefined {
    const token = this.tokens[this.position];
    return token?.kind === "word" ? token.text.toLowerCase() : undefined;
  }

  private expectPunct(text: string): void {
    const token = this.tokens[this.position++];
    if (token?.kind !== "punct" || token.text !== text) throw badRequest(`Invalid $filter: expected '${text}'.`);
  }

  private parseOr(): FilterNode {
    let left = this.parseAnd();
    while (this.peekWord() === "or") {
      this.position++;
      left = { kind: "logical", op: "or", left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): FilterNode {
    let left = this.parseUnary();
    while (this.peekWord() === "and") {
      this.position++;
      left = { kind: "logical", op: "and", left, right: this.parseUnary() };
    }
    return left;
  }

  private parseUnary(): FilterNode {
    if (this.peekWord() === "not") {
      this.position++;
      return { kind: "not", operand: this.parseUnary() };
    }
    const left = this.parseOperand();
    const op = this.peekWord();
    if (op !== undefined && comparisonOps.has(op)) {
      this.position++;
      return { kind: "compare", op: op as "eq", left, right: this.parseOperand() };
    }
    return left;
  }

  private parseOperand(): FilterNode {
    const token = this.tokens[this.position++];
    if (!token) throw badRequest("Invalid $filter: unexpected end of expression.");
    if (token.kind === "string") return { kind: "literal", value: token.text };
    if (token.kind === "number") return { kind: "literal", value: Number(token.text) };
    if (token.kind === "punct") {
      if (token.text !== "(") throw badRequest(`Invalid $filter: unexpected '${token.text}'.`);
      const inner = this.parseOr();
      this.expectPunct(")");
      return inner;
    }
    const lower = token.text.toLowerCase();
    if (lower === "true" || lower === "false") return { kind: "literal", value: lower === "true" };
    if (lower === "null") return { kind: "literal", value: null };
    if (/^\d{4}-\d{2}-\d{2}/.test(token.text)) return { kind: "literal", value: token.text };
    const next = this.tokens[this.position];
    if (next?.kind === "punct" && next.text === "(") {
      this.position++;
      if (/\/any$/i.test(token.text)) return this.parseAny(token.text.slice(0, -4));
      const args: FilterNode[] = [this.parseOr()];
      while (this.tokens[this.position]?.text === ",") {
        this.position++;
        args.push(this.parseOr());
      }
      this.expectPunct(")");
      if (!["startswith", "endswith", "contains"].includes(lower))
        throw badRequest(`Invalid $filter: unsupported function '${token.text}'.`);
      return { kind: "call", name: lower, args };
    }
    return { kind: "path", path: token.text.split("/") };
  }

  private parseAny(path: string): FilterNode {
    const variable = this.tokens[this.position++];
    if (variable?.kind !== "word") throw badRequest("Invalid $filter: expected a lambda variable.");
    this.expectPunct(":");
    const predicate = this.parseOr();
    this.expectPunct(")");
    return { kind: "any", path: path.split("/"), variable: variable.text, predicate };
  }
}

export function parseFilter(text: string): FilterNode {
  return new Parser(tokenize(text)).parse();
}

/** First segments of every property path in the expression (lambda variables excluded). */
export function listFilterProperties(node: FilterNode, variables: ReadonlySet<string> = new Set()): string[] {
  switch (node.kind) {
    case "literal":
      return [];
    case "path":
      return node.path[0] === undefined || variables.has(node.path[0]) ? [] : [node.path[0]];
    case "compare":
    case "logical":
      return [...listFilterProperties(node.left, variables), ...listFilterProperties(node.right, variables)];
    case "not":
      return listFilterProperties(node.operand, variables);
    case "call":
      return node.args.flatMap((a) => listFilterProperties(a, variables));
    case "any":
      return [node.path[0] ?? "", ...listFilterProperties(node.predicate, new Set([...variables, node.variable]))];
  }
}

export function readPath(record: unknown, path: readonly string[]): unknown {
  let current: unknown = record;
  for (const segment of path) {
    if (typeof current !== "object" || current === null) return undefined;
    const entries = Object.entries(current);
    // OData property names are case-sensitive, but Graph documents `JoinWebUrl` for joinWebUrl.
    current = (entries.find(([k]) => k === segment) ??
      entries.find(([k]) => k.toLowerCase() === segment.toLowerCase()))?.[1];
  }
  return current;
}

function toComparable(value: unknown): number | string | boolean | null | undefined {
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}(T[\d:.]+)?(Z|[+-]\d{2}:\d{2})?$/i.test(value)) {
    const hasZone = /(Z|[+-]\d{2}:\d{2})$/i.test(value) || value.length === 10;
    const ms = Date.parse(hasZone ? value : `${value}Z`);
    return Number.isNaN(ms) ? value : ms;
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value === null)
    return value;
  return undefined;
}

function compareValues(op: string, leftRaw: unknown, rightRaw: unknown): boolean {
  const left = toComparable(leftRaw);
  const right = toComparable(rightRaw);
  if (op === "eq") return left === right || (left === undefined && right === null);
  if (op === "ne") return !(left === right || (left === undefined && right === null));
  if (left === null || right === null || left === undefined || right === undefined || typeof left !== typeof right)
    return false;
  if (op === "gt") return left > right;
  if (op === "ge") return left >= right;
  if (op === "lt") return left < right;
  return left <= right;
}

function evaluateValue(node: FilterNode, record: unknown, scope: ReadonlyMap<string, unknown>): unknown {
  if (node.kind === "literal") return node.value;
  if (node.kind === "path") {
    const [head, ...rest] = node.path;
    if (head !== undefined && scope.has(head)) return readPath(scope.get(head), rest);
    return readPath(record, node.path);
  }
  return evaluateFilter(node, record, scope);
}

export function evaluateFilter(
  node: FilterNode,
  record: unknown,
  scope: ReadonlyMap<string, unknown> = new Map(),
): boolean {
  switch (node.kind) {
    case "compare":
      return compareValues(node.op, evaluateValue(node.left, record, scope), evaluateValue(node.right, record, scope));
    case "logical":
      return node.op === "and"
        ? evaluateFilter(node.left, record, scope) && evaluateFilter(node.right, record, scope)
        : evaluateFilter(node.left, record, scope) || evaluateFilter(node.right, record, scope);
    case "not":
      return !evaluateFilter(node.operand, record, scope);
    case "call": {
      const [a, b] = node.args.map((arg) => evaluateValue(arg, record, scope));
      if (typeof a !== "string" || typeof b !== "string") return false;
      if (node.name === "startswith") return a.toLowerCase().startsWith(b.toLowerCase());
      if (node.name === "endswith") return a.toLowerCase().endsWith(b.toLowerCase());
      return a.toLowerCase().includes(b.toLowerCase());
    }
    case "any": {
      const items = readPath(record, node.path);
      if (!Array.isArray(items)) return false;
      return items.some((item) => evaluateFilter(node.predicate, record, new Map([...scope, [node.variable, item]])));
    }
    case "literal":
      return node.value === true;
    case "path":
      return evaluateValue(node, record, scope) === true;
  }
}
