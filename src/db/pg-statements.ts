import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

/**
 * Statements with more values than this stay unnamed: a long IN list has a text of its own for
 * every length, and a named statement is kept by each connection for its whole life.
 */
export const NAMED_MAX_VALUES = 32;

/** Distinct SQL texts whose names are remembered (the bot's working set is a few hundred). */
const REMEMBERED = 1000;

/**
 * Names for node-postgres's prepared statements, from the SQL text: a connection that has run a
 * text before skips parsing and planning it (the same round trip either way). Named by a digest,
 * so one name never stands for two texts, which node-postgres refuses.
 */
export function statementNames(): (query: { sql: string; args: readonly unknown[] }) => string {
  const names = new LRUCache<string, string>({ max: REMEMBERED });
  return ({ sql, args }) => {
    // '' is no name: node-postgres runs the statement unnamed.
    if (args.length > NAMED_MAX_VALUES) return '';
    let name = names.get(sql);
    if (name === undefined) {
      name = `s${createHash('sha1').update(sql).digest('base64url')}`;
      names.set(sql, name);
    }
    return name;
  };
}
