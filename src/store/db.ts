import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { z } from 'zod';

// The extension's one IndexedDB database. Values are typed `unknown` on purpose: whatever comes out of
// the database is parsed with the zod schemas of src/core/model.ts before anyone uses it (a row written
// by an older version, or damaged, must not crash a list).

export const DB_NAME = 'connector';
export const DB_VERSION = 2;

export interface ConnectorSchema extends DBSchema {
  invitations: { key: string; value: unknown; indexes: { status: string } };
  /** Out-of-line keys: one row per settings group ('settings'). */
  settings: { key: string; value: unknown };
  outgoing: { key: string; value: unknown; indexes: { sentAt: number } };
  templates: { key: string; value: unknown; indexes: { order: number } };
  pageStatus: { key: number; value: unknown };
}

export type ConnectorDB = IDBPDatabase<ConnectorSchema>;
export type StoreName = StoreNames<ConnectorSchema>;
type UpgradeTx = IDBPTransaction<ConnectorSchema, StoreName[], 'versionchange'>;

// MIGRATIONS[n] takes a database from version n to n + 1. Never edit a shipped step: add a new one,
// so every older database walks the same path to the current schema with its data kept.
const MIGRATIONS: Array<(db: ConnectorDB, tx: UpgradeTx) => void> = [
  (db) => {
    db.createObjectStore('invitations', { keyPath: 'id' }).createIndex('status', 'status');
    db.createObjectStore('settings');
  },
  (db) => {
    db.createObjectStore('outgoing', { keyPath: 'id' }).createIndex('sentAt', 'sentAt');
    db.createObjectStore('templates', { keyPath: 'id' }).createIndex('order', 'order');
    db.createObjectStore('pageStatus', { keyPath: 'tabId' });
  },
];

let connection: Promise<ConnectorDB> | undefined;

/** The shared connection (one per page or worker); reopened after it closes or is asked to make way. */
export function openConnectorDB(): Promise<ConnectorDB> {
  connection ??= openDB<ConnectorSchema>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? DB_VERSION); v++) MIGRATIONS[v](db, tx);
    },
    // A newer version (another extension page after an update) wants to upgrade: let it.
    blocking() {
      void closeConnectorDB();
    },
    terminated() {
      connection = undefined;
    },
  }).catch((e: unknown) => {
    connection = undefined;
    throw e;
  });
  return connection;
}

/** Close the shared connection; the next query opens a new one. */
export async function closeConnectorDB(): Promise<void> {
  const current = connection;
  connection = undefined;
  if (current) (await current.catch(() => undefined))?.close();
}

/**
 * Keep the rows that match the schema; warn about the others instead of failing the whole list.
 */
export function parseRows<S extends z.ZodType>(schema: S, rows: unknown[], store: StoreName): z.output<S>[] {
  const out: z.output<S>[] = [];
  for (const row of rows) {
    const parsed = parseRow(schema, row, store);
    if (parsed !== undefined) out.push(parsed);
  }
  return out;
}

/** One row, or undefined (with a warning) when it is missing or does not match the schema. */
export function parseRow<S extends z.ZodType>(schema: S, row: unknown, store: StoreName): z.output<S> | undefined {
  if (row === undefined) return undefined;
  const r = schema.safeParse(row);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  console.warn(`Connector: skipped an invalid ${store} row`, issue ? `${issue.path.join('.')}: ${issue.message}` : '');
  return undefined;
}
