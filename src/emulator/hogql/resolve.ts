import { closestFunction, isKnownFunction } from "./functions.js";
import { TABLES, type Column, type TableSchema } from "./tables.js";

/** A node of `@posthog/hogql-parser`'s JSON AST: `node` names its class, offsets count code points. */
export interface AstNode {
  node: string;
  start?: { offset: number };
  end?: { offset: number };
  [key: string]: unknown;
}

/** PostHog's `HogQLNotice` as the metadata check reports it (offsets in code points into the query). */
export interface HogQLNotice {
  end: number | null;
  fix: null;
  message: string;
  start: number | null;
}

/**
 * An error raised while resolving or printing, at the node PostHog's visitor blames. `internal`
 * names an `InternalHogQLError` subclass (`ResolutionError`): the metadata check does not expose
 * those, and reports "Unexpected <class>" without a position instead.
 */
export class QueryError extends Error {
  readonly node: AstNode | undefined;
  readonly internal: string | undefined;
  constructor(message: string, node?: AstNode, internal?: "ResolutionError") {
    super(message);
    this.node = node;
    this.internal = internal;
  }
}

type Source = { kind: "table"; name: string } | { kind: "columns"; alias?: string; columns: ReadonlySet<string> };

interface Scope {
  tables: Map<string, Source>;
  anonymous: Source[];
  aliases: Set<string>;
  lambda?: boolean;
  parent?: Scope;
}

const isNode = (value: unknown): value is AstNode => typeof value === "object" && value !== null && typeof (value as AstNode).node === "string";
const children = (value: unknown): AstNode[] => (Array.isArray(value) ? value.filter(isNode) : isNode(value) ? [value] : []);

/**
 * PostHog's resolver (`posthog/hogql/resolver.py`) and printer, reduced to what the
 * metadata check reports: unknown tables, columns and functions, in the order
 * PostHog meets them (every name is resolved before any function is printed),
 * at the node its visitor blames. The first problem ends the check, as the
 * exception does in PostHog.
 */
export class Resolver {
  /** PostHog's tables and, as `Database.create_for` adds them, the project's saved views. */
  private readonly tables: Readonly<Record<string, TableSchema>>;
  private readonly ctes: Map<string, ReadonlySet<string>>[] = [];
  readonly tableNames = new Set<string>();
  private readonly calls: AstNode[] = [];

  constructor(views: Readonly<Record<string, TableSchema>> = {}) {
    this.tables = { ...views, ...TABLES };
  }

  /** A whole query (`hogQL`). */
  resolveQuery(query: AstNode): void {
    this.select(query);
    this.printCalls();
  }

  /** An expression on `SELECT <expr> FROM events` (`hogQLExpr`, `process_expr_on_table`). */
  resolveExpression(expr: AstNode): void {
    const scope: Scope = { tables: new Map([["events", { kind: "table", name: "events" }]]), anonymous: [], aliases: new Set() };
    this.expr(expr, scope);
    this.printCalls();
  }

  private printCalls(): void {
    for (const call of this.calls.sort((a, b) => (a.start?.offset ?? 0) - (b.start?.offset ?? 0))) {
      const name = String(call.name);
      if (isKnownFunction(name)) continue;
      const close = closestFunction(name);
      throw new QueryError(close ? `Unsupported function call '${name}(...)'. Perhaps you meant '${close}(...)'?` : `Unsupported function call '${name}(...)'`, call);
    }
  }

  /** A SELECT (or set of SELECTs); returns the columns it exports. */
  private select(node: AstNode): ReadonlySet<string> {
    if (node.node === "SelectSetQuery") {
      const first = this.select(node.initial_select_query as AstNode);
      for (const next of (node.subsequent_select_queries as { select_query: AstNode }[] | undefined) ?? []) this.select(next.select_query);
      return first;
    }
    if (node.node !== "SelectQuery") {
      this.expr(node, { tables: new Map(), anonymous: [], aliases: new Set() });
      return new Set();
    }
    const ctes = new Map<string, ReadonlySet<string>>();
    this.ctes.push(ctes);
    try {
      const scope: Scope = { tables: new Map(), anonymous: [], aliases: new Set() };
      for (const cte of children(node.ctes)) {
        const expr = cte.expr as AstNode | undefined;
        if (expr && (expr.node === "SelectQuery" || expr.node === "SelectSetQuery")) ctes.set(String(cte.name), this.select(expr));
        else {
          if (expr) this.expr(expr, scope);
          ctes.set(String(cte.name), new Set());
        }
      }
      if (isNode(node.select_from)) this.join(node.select_from, scope);
      for (const key of ["array_join_list", "select", "where", "prewhere", "having", "group_by", "order_by", "limit_by", "limit", "offset", "window_exprs", "qualify"]) {
        const value = node[key];
        const items = key === "window_exprs" && typeof value === "object" && value !== null && !Array.isArray(value) ? Object.values(value) : value;
        for (const child of children(items)) this.expr(child, scope);
      }
      return this.exportedColumns(node, scope);
    } finally {
      this.ctes.pop();
    }
  }

  private exportedColumns(node: AstNode, scope: Scope): ReadonlySet<string> {
    const columns = new Set<string>();
    for (const item of children(node.select)) {
      if (item.node === "Alias") columns.add(String(item.alias));
      else if (item.node === "Field") {
        const chain = item.chain as (string | number)[];
        if (chain.length === 1 && chain[0] === "*") {
          for (const source of [...scope.tables.values(), ...scope.anonymous]) for (const column of this.columnsOf(source)) columns.add(column);
        } else columns.add(String(chain[chain.length - 1]));
      }
    }
    return columns;
  }

  private columnsOf(source: Source): string[] {
    return source.kind === "table" ? Object.keys(this.tables[source.name]!.columns) : [...source.columns];
  }

  private findCte(name: string): ReadonlySet<string> | undefined {
    for (let i = this.ctes.length - 1; i >= 0; i--) {
      const found = this.ctes[i]!.get(name);
      if (found) return found;
    }
    return undefined;
  }

  /** A JoinExpr chain: every table joins the scope before any ON constraint is resolved, as in PostHog. */
  private join(node: AstNode, scope: Scope): void {
    const table = node.table as AstNode | undefined;
    const alias = typeof node.alias === "string" ? node.alias : undefined;
    if (table?.node === "Field") {
      const chain = (table.chain as (string | number)[]).map(String);
      const name = chain.join("__");
      const key = alias ?? name;
      if (scope.tables.has(key)) throw new QueryError(`Already have joined a table called "${key}". Can't redefine.`, node);
      const cte = this.findCte(chain.join("."));
      if (cte) scope.tables.set(key, { kind: "columns", alias: key, columns: cte });
      else if (chain.length === 1 && this.tables[chain[0]!]) {
        scope.tables.set(key, { kind: "table", name: chain[0]! });
        this.tableNames.add(chain[0]!);
      } else throw new QueryError(`Unknown table "${chain.join(".")}".`, node);
    } else if (table && (table.node === "SelectQuery" || table.node === "SelectSetQuery")) {
      const columns = this.select(table);
      if (alias !== undefined) {
        if (scope.tables.has(alias)) throw new QueryError(`Already have joined a table called "${alias}". Can't join another one with the same name.`, node);
        scope.tables.set(alias, { kind: "columns", alias, columns });
      } else scope.anonymous.push({ kind: "columns", columns });
    } else if (table) {
      throw new QueryError(`A ${table.node} cannot be used as a SELECT source`, node);
    }
    if (isNode(node.next_join)) this.join(node.next_join, scope);
    const constraint = node.constraint as AstNode | undefined;
    if (constraint && isNode(constraint.expr)) this.expr(constraint.expr, scope);
  }

  private expr(node: AstNode, scope: Scope): void {
    switch (node.node) {
      case "SelectQuery":
      case "SelectSetQuery":
        this.select(node);
        return;
      case "Field":
        this.field(node, scope);
        return;
      case "Alias":
        if (isNode(node.expr)) this.expr(node.expr, scope);
        if (node.hidden !== true) scope.aliases.add(String(node.alias));
        return;
      case "Lambda": {
        const inner: Scope = { tables: new Map(), anonymous: [], aliases: new Set((node.args as string[]).map(String)), lambda: true, parent: scope };
        if (isNode(node.expr)) this.expr(node.expr, inner);
        return;
      }
      case "Call":
        this.calls.push(node);
        break;
      case "Placeholder":
        return;
    }
    const nested = Object.entries(node)
      .filter(([key]) => key !== "start" && key !== "end")
      .flatMap(([, value]) => children(value));
    for (const child of nested.sort((a, b) => (a.start?.offset ?? 0) - (b.start?.offset ?? 0))) this.expr(child, scope);
  }

  /** `visit_field`: a table alias first, then aliases and columns of the tables in scope, then CTEs. */
  private field(node: AstNode, scope: Scope): void {
    const chain = (node.chain as (string | number)[]).map(String);
    const name = chain[0]!;
    if (name === "*" && chain.length === 1) {
      const count = scope.tables.size + scope.anonymous.length;
      if (count === 0) throw new QueryError("Cannot use '*' when there are no tables in the query", node);
      if (count > 1) throw new QueryError("Cannot use '*' without table name when there are multiple tables in the query", node);
      return;
    }
    const table = chain.length > 1 ? scope.tables.get(name) : undefined;
    if (table) {
      this.descendSource(table, chain.slice(1), node);
      return;
    }
    let lookup: Scope | undefined = scope;
    while (lookup) {
      if (lookup.aliases.has(name)) return;
      const sources = [...lookup.tables.values(), ...lookup.anonymous].filter((source) => this.hasColumn(source, name));
      if (sources.length > 1) throw new QueryError(`Ambiguous query. Found multiple sources for field: ${name}`, node);
      if (sources.length === 1) {
        this.descendSource(sources[0]!, chain, node);
        return;
      }
      lookup = lookup.lambda ? lookup.parent : undefined;
    }
    if (this.findCte(name)) {
      if (chain.length > 1) throw new QueryError(`Cannot access fields on CTE ${name} yet`, node);
      return;
    }
    throw new QueryError(`Unable to resolve field: ${name}`, node);
  }

  private hasColumn(source: Source, name: string): boolean {
    return source.kind === "table" ? Object.hasOwn(this.tables[source.name]!.columns, name) : source.columns.has(name);
  }

  private descendSource(source: Source, chain: readonly string[], node: AstNode): void {
    if (chain.length === 0) return;
    const [next] = chain;
    if (next === "*") return;
    if (source.kind === "columns") {
      if (!source.columns.has(next!)) {
        if (source.alias) throw new QueryError(`Field ${next} not found on query with alias ${source.alias}`, node, "ResolutionError");
        throw new QueryError(`Column not found: ${next}`, node);
      }
      return;
    }
    this.descendTable(source.name, chain, node);
  }

  /** `BaseTableType.get_child` down the chain: lazy joins and virtual tables lead on, JSON takes any key. */
  private descendTable(tableName: string, chain: readonly string[], node: AstNode): void {
    let columns = this.tables[tableName]!.columns;
    for (let i = 0; i < chain.length; i++) {
      const name = chain[i]!;
      if (name === "*") return;
      const column: Column | undefined = Object.hasOwn(columns, name) ? columns[name] : undefined;
      if (column === undefined) throw new QueryError(`Field not found: ${name}`, node);
      if (column.kind === "json") return;
      if (column.kind === "traverser") {
        this.descendTable(tableName, [...column.chain, ...chain.slice(i + 1)], node);
        return;
      }
      if (column.kind === "field") {
        const property = chain[i + 1];
        if (property !== undefined) throw new QueryError(`Can not access property "${property}" on field "${name}" of type: ${column.class}`, node, "ResolutionError");
        return;
      }
      columns = column.kind === "join" ? this.tables[column.table]!.columns : column.columns;
    }
  }
}
