/**
 * Derived tables and extra indexes for the catalog queries, built from the loaded base tables.
 * Owned by the catalog engineer; the ETL calls it after the base load and before the integrity check,
 * inside the build's transaction.
 */
import type BetterSqlite3 from 'better-sqlite3';

export function buildDerivedTables(_sqlite: BetterSqlite3.Database): void {}
