import { readFileSync } from 'node:fs';
import { Prisma } from '../../db/generated/prisma/client.js';
import { rawQuery, type PrismaClient } from '../../db/prisma-client.js';

/** A model's name in schema.prisma ("Statement"). */
export type ModelName = Prisma.ModelName;

/** A model's row with its columns, as Prisma types it (relations selected beside them are untyped). */
export type ModelRow<M extends ModelName> = Prisma.TypeMap['model'][M]['payload']['scalars'] & { id: number };

/** What `queryFromInfo` plans for a page of nodes: a Prisma `select` or `include` tree. */
export interface NodeQuery {
  select?: Record<string, unknown>;
  include?: Record<string, unknown>;
}

/**
 * The columns that read a selection in plain SQL, on the model's table aliased `t0`; the statement
 * around it adds `FROM <table> t0` and its own WHERE.
 */
export interface NodeSelect {
  /** The model's table, quoted. */
  table: string;
  /** Its id column, quoted. */
  id: string;
  /** `t0."text" AS n0, ...`: the aliases start with `n` and do not clash with the caller's. */
  columns: string;
  /** The row as Prisma would have returned it. */
  read(row: Record<string, unknown>): Record<string, unknown>;
}

interface DmmfField {
  name: string;
  kind: 'scalar' | 'enum' | 'object' | 'unsupported';
  type: string;
  dbName?: string | null;
  isList: boolean;
  relationFromFields?: string[];
  relationToFields?: string[];
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}

// Written by `prisma generate` (prisma/generators/write-dmmf.cjs): table and column names, relations.
const MODELS = new Map(
  (
    JSON.parse(readFileSync(new URL('../../db/generated/dmmf.json', import.meta.url), 'utf8')) as {
      models: DmmfModel[];
    }
  ).models.map((model) => [model.name, model]),
);

/** Scalar types `pg` returns exactly as Prisma does (Int as number, DateTime as Date, Json parsed, enums as text). */
const SAME_AS_PRISMA = new Set(['Int', 'String', 'Boolean', 'Float', 'DateTime', 'Json']);

/**
 * Rows of a model by id with the selection Pothos planned: one plain SQL statement on the client's pg
 * pool when `nodeSelect` can read it, else Prisma's findMany.
 */
export async function findManyByIds<M extends ModelName>(
  prisma: PrismaClient,
  model: M,
  query: NodeQuery,
  ids: number[],
): Promise<ModelRow<M>[]> {
  const select = nodeSelect(model, query);
  if (!select) {
    const delegate = (prisma as unknown as Record<string, { findMany(args: object): Promise<ModelRow<M>[]> }>)[
      model.charAt(0).toLowerCase() + model.slice(1)
    ]!;
    return delegate.findMany({ ...query, where: { id: { in: ids } } });
  }
  const rows = await rawQuery<Record<string, unknown>>(
    prisma,
    Prisma.sql`SELECT ${Prisma.raw(select.columns)} FROM ${Prisma.raw(select.table)} t0 WHERE t0.${Prisma.raw(select.id)} = ANY(${ids}::int[])`,
  );
  return rows.map((row) => select.read(row) as unknown as ModelRow<M>);
}

/** Compiled selections by model and selection: a schema has few distinct ones, and the cache is bounded. */
const compiled = new Map<string, NodeSelect | null>();
const MAX_COMPILED = 1_000;

/**
 * Plain SQL for a selection of columns and to-one relations (what a page of statements with their
 * speaker and article asks for), or null for anything else (lists, counts, a relation with arguments),
 * which Prisma reads. Why: Prisma's query interpreter costs about 0.3 ms of CPU per call, a third of
 * such a request's cost, and the page's ids and nodes can then come in one statement.
 */
export function nodeSelect(model: ModelName, query: NodeQuery): NodeSelect | null {
  const key = `${model}:${JSON.stringify(query)}`;
  let select = compiled.get(key);
  if (select === undefined) {
    if (compiled.size >= MAX_COMPILED) compiled.clear();
    select = compile(model, query);
    compiled.set(key, select);
  }
  return select;
}

/** A row of a model as one SQL value (a JSON array), looked up by an id expression of the statement around it. */
export interface RowByIdSelect {
  /** `(SELECT json_build_array(...) FROM person r0 WHERE r0."id" = <id>)`: NULL when no row has that id. */
  sql: string;
  /** The row as Prisma would have returned it, or null. */
  read(value: unknown): Record<string, unknown> | null;
}

/**
 * The selection `query` of the `model` row whose id is `id` (SQL over the caller's tables), as a scalar
 * subquery, for aggregates that name people or articles: the counts and the rows they name in one
 * statement. Null when the selection needs more than columns and to-one relations.
 */
export function rowByIdSelect(model: ModelName, query: NodeQuery, id: string): RowByIdSelect | null {
  const target = MODELS.get(model);
  const idField = target?.fields.find((field) => field.name === 'id');
  if (!target || !idField) return null;
  const compiled = compileShape(target, query, 'r0', { prefix: 'r', tables: 1 });
  if (!compiled) return null;
  return {
    sql: `(SELECT json_build_array(${compiled.values.join(', ')}) FROM ${quote(target.dbName ?? target.name)} r0 WHERE r0.${quote(idField.dbName ?? idField.name)} = ${id})`,
    read: (value) => readJson(compiled.shape, value as unknown[] | null),
  };
}

/**
 * How a selection is read back: the model's columns by position, and each to-one relation from one
 * column holding a JSON array of its own columns and relations (null when there is no related row).
 */
interface Shape {
  keys: string[];
  /** Of `keys`, those holding DateTime: JSON brings them as text. */
  dates: boolean[];
  relations: { key: string; shape: Shape }[];
}

function compile(modelName: string, query: NodeQuery): NodeSelect | null {
  const model = MODELS.get(modelName);
  const idField = model?.fields.find((field) => field.name === 'id');
  if (!model || !idField) return null;
  const compiled = compileShape(model, query, 't0', { prefix: 't', tables: 1 });
  if (!compiled) return null;
  const { shape, values } = compiled;
  const width = shape.keys.length;
  return {
    table: quote(model.dbName ?? model.name),
    id: quote(idField.dbName ?? idField.name),
    columns: values.map((value, i) => `${value} AS n${i}`).join(', '),
    read: (row) => {
      const object: Record<string, unknown> = {};
      for (let i = 0; i < width; i++) object[shape.keys[i]!] = row[`n${i}`];
      shape.relations.forEach(
        (relation, i) => (object[relation.key] = readJson(relation.shape, row[`n${width + i}`] as unknown[] | null)),
      );
      return object;
    },
  };
}

function readJson(shape: Shape, array: unknown[] | null): Record<string, unknown> | null {
  if (array === null) return null;
  const object: Record<string, unknown> = {};
  const width = shape.keys.length;
  for (let i = 0; i < width; i++)
    object[shape.keys[i]!] = shape.dates[i] && array[i] !== null ? new Date(array[i] as string) : array[i];
  shape.relations.forEach(
    (relation, i) => (object[relation.key] = readJson(relation.shape, array[width + i] as unknown[] | null)),
  );
  return object;
}

/**
 * The SQL values (columns, then one subquery per relation) for `query` on `model` aliased `table`; null
 * when it needs more than that. A relation is a scalar subquery rather than a join: PostgreSQL plans
 * it in a third of the time, which is most of the cost of so small a query.
 */
function compileShape(
  model: DmmfModel,
  query: NodeQuery | true,
  table: string,
  aliases: { prefix: string; tables: number },
): { shape: Shape; values: string[] } | null {
  const scalars = model.fields.filter((field) => field.kind === 'scalar' || field.kind === 'enum');
  const all = scalars.map((field): [string, unknown] => [field.name, true]);
  let selected: [string, unknown][];
  if (query === true) selected = all;
  else if (Object.keys(query).some((key) => key !== 'select' && key !== 'include')) return null;
  else if (query.select && !query.include) selected = Object.entries(query.select);
  else if (!query.select)
    selected = [...all, ...Object.entries(query.include ?? {})]; // `{}` is every column, as in Prisma
  else return null;

  const shape: Shape = { keys: [], dates: [], relations: [] };
  const columns: string[] = [];
  const subqueries: string[] = [];
  for (const [name, value] of selected) {
    if (!value) continue;
    const field = model.fields.find((candidate) => candidate.name === name);
    if (!field) return null; // `_count`, or anything else Prisma computes
    if (field.kind === 'scalar' || field.kind === 'enum') {
      if (value !== true || (field.kind === 'scalar' && !SAME_AS_PRISMA.has(field.type))) return null;
      shape.keys.push(field.name);
      shape.dates.push(field.type === 'DateTime');
      columns.push(`${table}.${quote(field.dbName ?? field.name)}`);
      continue;
    }
    // A relation: only a to-one relation whose key is on this side, selected without arguments.
    if (
      field.kind !== 'object' ||
      field.isList ||
      field.relationFromFields?.length !== 1 ||
      field.relationToFields?.length !== 1
    )
      return null;
    if (
      value !== true &&
      (typeof value !== 'object' || Object.keys(value as object).some((key) => key !== 'select' && key !== 'include'))
    )
      return null;
    const target = MODELS.get(field.type);
    const from = model.fields.find((candidate) => candidate.name === field.relationFromFields![0]);
    const to = target?.fields.find((candidate) => candidate.name === field.relationToFields![0]);
    if (!target || !from || !to) return null;
    const joined = `${aliases.prefix}${aliases.tables++}`;
    const nested = compileShape(target, value as NodeQuery | true, joined, aliases);
    if (!nested) return null;
    shape.relations.push({ key: field.name, shape: nested.shape });
    subqueries.push(
      `(SELECT json_build_array(${nested.values.join(', ')}) FROM ${quote(target.dbName ?? target.name)} ${joined} ` +
        `WHERE ${joined}.${quote(to.dbName ?? to.name)} = ${table}.${quote(from.dbName ?? from.name)})`,
    );
  }
  return { shape, values: [...columns, ...subqueries] };
}

function quote(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}
