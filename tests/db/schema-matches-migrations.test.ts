import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUNCTIONS_TABLE } from '../../server/db/migrate.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-database.js';

/**
 * The migrations are hand-written SQL (Prisma's migration engine cannot be downloaded here), so this
 * test is what keeps them honest: the database they build must have every table, column (type and
 * nullability), enum and index that prisma/schema.prisma declares, and no table or column it does not.
 */

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: 'scalar' | 'object' | 'enum' | 'unsupported';
  type: string;
  isList: boolean;
  isRequired: boolean;
  isUpdatedAt?: boolean;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface DmmfIndex {
  model: string;
  type: 'id' | 'unique' | 'normal' | 'fulltext';
  dbName?: string | null;
  fields: { name: string }[];
}
interface Dmmf {
  models: DmmfModel[];
  enums: { name: string; values: { name: string }[] }[];
  indexes: DmmfIndex[];
}

const dmmf: Dmmf = JSON.parse(readFileSync(new URL('../../server/db/generated/dmmf.json', import.meta.url), 'utf8'));

/** The PostgreSQL type Prisma maps each scalar to (information_schema's udt_name). */
function expectedUdt(field: DmmfField): string {
  if (field.kind === 'enum') return field.type;
  const native = field.nativeType?.[0];
  const base: Record<string, string> = {
    String: 'text',
    Int: 'int4',
    BigInt: 'int8',
    Boolean: 'bool',
    Float: native === 'Real' ? 'float4' : 'float8',
    Json: 'jsonb',
    DateTime: native === 'Timestamptz' ? 'timestamptz' : native === 'Date' ? 'date' : 'timestamp',
  };
  const udt = base[field.type];
  if (!udt) throw new Error(`No mapping for ${field.type}`);
  return field.isList ? `_${udt}` : udt;
}

const columnName = (field: DmmfField) => field.dbName ?? field.name;
const tableName = (model: DmmfModel) => model.dbName ?? model.name;

describe('prisma/schema.prisma and the migrated database', () => {
  let database: TestDatabase;
  let client: pg.Client;
  beforeAll(async () => {
    database = await createTestDatabase();
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  it('has exactly the tables of the schema (and the migrations’ and function files’ tables)', async () => {
    const { rows } = await client.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
    );
    const expected = [...dmmf.models.map(tableName), '_prisma_migrations', FUNCTIONS_TABLE].sort();
    expect(rows.map((row) => row.table_name)).toEqual(expected);
  });

  it('has every column with its type and nullability, and no other column', async () => {
    for (const model of dmmf.models) {
      const { rows } = await client.query(
        `SELECT column_name, udt_name, is_nullable, is_generated FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`,
        [tableName(model)],
      );
      const actual = Object.fromEntries(
        rows
          .filter((row) => row.is_generated !== 'ALWAYS')
          .map((row) => [row.column_name, { udt: row.udt_name, nullable: row.is_nullable === 'YES' }]),
      );
      const expected = Object.fromEntries(
        model.fields
          .filter((field) => field.kind === 'scalar' || field.kind === 'enum')
          // Prisma creates scalar lists as nullable arrays even when the field is required.
          .map((field) => [
            columnName(field),
            { udt: expectedUdt(field), nullable: !field.isRequired || field.isList },
          ]),
      );
      expect(actual, `columns of ${tableName(model)}`).toEqual(expected);
    }
  });

  it('has the enums of the schema with their values in order', async () => {
    for (const enumeration of dmmf.enums) {
      const { rows } = await client.query(
        `SELECT e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = $1 ORDER BY e.enumsortorder`,
        [enumeration.name],
      );
      expect(rows.map((row) => row.enumlabel)).toEqual(enumeration.values.map((value) => value.name));
    }
  });

  /** Every index in the database as "table(col,col) kind". */
  async function databaseIndexes(): Promise<string[]> {
    const { rows } = await client.query(`
      SELECT t.relname AS table_name, ix.indisunique AS is_unique, ix.indisprimary AS is_primary,
             array_agg(a.attname::text ORDER BY k.ordinality) AS columns
      FROM pg_index ix
      JOIN pg_class t ON t.oid = ix.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
      CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ordinality)
      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
      GROUP BY t.relname, ix.indexrelid, ix.indisunique, ix.indisprimary`);
    return rows.map(
      (row) =>
        `${row.table_name}(${row.columns.join(',')}) ${row.is_primary ? 'id' : row.is_unique ? 'unique' : 'normal'}`,
    );
  }

  it('has every primary key, unique and plain index the schema declares', async () => {
    const actual = await databaseIndexes();
    for (const index of dmmf.indexes) {
      const model = dmmf.models.find((candidate) => candidate.name === index.model)!;
      const columns = index.fields.map(({ name }) => columnName(model.fields.find((field) => field.name === name)!));
      expect(actual, `${index.type} index on ${index.model}(${columns})`).toContain(
        `${tableName(model)}(${columns.join(',')}) ${index.type}`,
      );
    }
  });

  it('indexes every foreign key column', async () => {
    const actual = await databaseIndexes();
    for (const model of dmmf.models) {
      for (const field of model.fields.filter((candidate) => candidate.relationFromFields?.length)) {
        const column = columnName(model.fields.find((candidate) => candidate.name === field.relationFromFields![0])!);
        const leading = actual.filter(
          (index) =>
            index.startsWith(`${tableName(model)}(${column},`) || index.startsWith(`${tableName(model)}(${column})`),
        );
        expect(leading, `an index leading with ${tableName(model)}.${column}`).not.toEqual([]);
      }
    }
  });
});
