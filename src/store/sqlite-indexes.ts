import type { IndexName, SetIndex, SortedIndex } from './store.ts';

/** Runs one SQL statement with parameters and returns its rows (`@keyv/sqlite`'s `query`). */
export type SqlQuery = (sql: string, ...parameters: unknown[]) => Promise<unknown[]>;

/**
 * Creates the two index tables in the store's SQLite file: `parallax_sorted` (name, member, score; an index on
 * name and score, so "due by now" and "earliest" read the index, not the table) and `parallax_sets`.
 */
export async function createIndexTables(query: SqlQuery): Promise<void> {
  await query(
    'CREATE TABLE IF NOT EXISTS parallax_sorted (name TEXT NOT NULL, member TEXT NOT NULL, score REAL NOT NULL, PRIMARY KEY (name, member))',
  );
  await query('CREATE INDEX IF NOT EXISTS parallax_sorted_by_score ON parallax_sorted (name, score)');
  await query(
    'CREATE TABLE IF NOT EXISTS parallax_sets (name TEXT NOT NULL, bucket TEXT NOT NULL, member TEXT NOT NULL, PRIMARY KEY (name, bucket, member))',
  );
}

/** A sorted index in the SQLite file. */
export function sqliteSortedIndex(query: SqlQuery, name: IndexName): SortedIndex {
  return {
    put: async (member, score) =>
      void (await query(
        'INSERT INTO parallax_sorted (name, member, score) VALUES (?, ?, ?) ON CONFLICT (name, member) DO UPDATE SET score = excluded.score',
        name,
        member,
        score,
      )),
    remove: async (member) => void (await query('DELETE FROM parallax_sorted WHERE name = ? AND member = ?', name, member)),
    upTo: async (max, limit) => {
      const rows = (await query(
        'SELECT member FROM parallax_sorted WHERE name = ? AND score <= ? ORDER BY score, member LIMIT ?',
        name,
        max === Infinity ? Number.MAX_VALUE : max,
        limit,
      )) as { member: string }[];
      return rows.map((r) => r.member);
    },
    take: async (max, limit, newScore) => {
      // One process per SQLite file, and one sender pass at a time in it: reading and then re-scoring is enough.
      const rows = (await query(
        'SELECT member FROM parallax_sorted WHERE name = ? AND score <= ? ORDER BY score, member LIMIT ?',
        name,
        max === Infinity ? Number.MAX_VALUE : max,
        limit,
      )) as { member: string }[];
      const members = rows.map((r) => r.member);
      if (members.length > 0)
        await query(
          'UPDATE parallax_sorted SET score = ? WHERE name = ? AND member IN (SELECT value FROM json_each(?))',
          newScore,
          name,
          JSON.stringify(members),
        );
      return members;
    },
    first: async () => {
      const [row] = (await query('SELECT member, score FROM parallax_sorted WHERE name = ? ORDER BY score, member LIMIT 1', name)) as {
        member: string;
        score: number;
      }[];
      return row ? { member: row.member, score: row.score } : null;
    },
    size: async () => ((await query('SELECT COUNT(*) AS n FROM parallax_sorted WHERE name = ?', name)) as { n: number }[])[0]!.n,
    clear: async () => void (await query('DELETE FROM parallax_sorted WHERE name = ?', name)),
  };
}

/** Named sets in the SQLite file. */
export function sqliteSetIndex(query: SqlQuery, name: IndexName): SetIndex {
  return {
    add: async (bucket, member) =>
      void (await query('INSERT OR IGNORE INTO parallax_sets (name, bucket, member) VALUES (?, ?, ?)', name, bucket, member)),
    remove: async (bucket, member) =>
      void (await query('DELETE FROM parallax_sets WHERE name = ? AND bucket = ? AND member = ?', name, bucket, member)),
    members: async (bucket) =>
      ((await query('SELECT member FROM parallax_sets WHERE name = ? AND bucket = ?', name, bucket)) as { member: string }[]).map(
        (r) => r.member,
      ),
    clear: async () => void (await query('DELETE FROM parallax_sets WHERE name = ?', name)),
  };
}
