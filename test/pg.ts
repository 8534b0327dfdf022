// A throwaway PostgreSQL database for a test file (STORYLINE_TEST_PG = a server where tests may CREATE DATABASE),
// created before its tests and dropped after, with a fresh schema per store (selected with the connection's
// search_path).
import { after, before } from 'node:test';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const SERVER = process.env.STORYLINE_TEST_PG;

export interface TestDatabase {
  dbName: string;
  /** Connected to the test database once the before hook has run. */
  admin(): pg.Client;
  /** Creates a new schema; returns its name. */
  freshSchema(): Promise<string>;
  /** URL of the test database with `schema` as its search_path. */
  schemaUrl(schema: string): string;
  /** URL of a new schema. */
  fresh(): Promise<string>;
}

/** Registers before/after hooks that create and drop the database. */
export function pgDatabase(prefix: string): TestDatabase {
  const dbName = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  const dbUrl = new URL(SERVER ?? 'postgres://localhost/x');
  dbUrl.pathname = `/${dbName}`;
  let admin: pg.Client | undefined;
  let n = 0;
  before(async () => {
    const root = new pg.Client({ connectionString: SERVER });
    await root.connect();
    try {
      await root.query(`CREATE DATABASE ${dbName}`);
    } finally {
      await root.end();
    }
    admin = new pg.Client({ connectionString: dbUrl.toString() });
    await admin.connect();
  });
  after(async () => {
    await admin?.end();
    const root = new pg.Client({ connectionString: SERVER });
    await root.connect();
    try {
      await root.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    } finally {
      await root.end();
    }
  });
  const db: TestDatabase = {
    dbName,
    admin: () => admin!,
    freshSchema: async () => {
      const schema = `s${++n}`;
      await admin!.query(`CREATE SCHEMA ${schema}`);
      return schema;
    },
    schemaUrl: (schema) => {
      const u = new URL(dbUrl);
      u.searchParams.set('options', `-c search_path=${schema}`);
      return u.toString();
    },
    fresh: async () => db.schemaUrl(await db.freshSchema()),
  };
  return db;
}
