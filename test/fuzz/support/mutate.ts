import type { Rand } from './rand.js';

// What goes wrong with input from the outside: odd Unicode, huge texts, wrong types, missing and
// extra fields, odd ids. Every mutation works on plain JSON, so a failing update can be printed
// and replayed as it was.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = Array<string | number>;

/** Characters that break naive text handling, each a piece to splice into a text. */
const ODD_PIECES = [
  // combining marks, a Vietnamese name in NFD, zalgo
  '\u0300',
  '\u0301',
  '\u0323',
  '\u0309',
  '\u0303',
  'Nguye\u0302\u0303n Thi\u0323 Hoa',
  'Z\u0324\u0354\u0367\u0311\u0313a\u0308\u0356\u032d\u0308\u0307',
  // right to left
  '\u202E',
  '\u202D',
  '\u200F',
  '\u061C',
  'مرحبا',
  'שלום',
  // emoji: pairs, ZWJ sequences, flags, skin tones
  '😀',
  '👨‍👩‍👧‍👦',
  '🇻🇳',
  '🏳️‍🌈',
  '🧑🏽',
  '✔️',
  // control characters
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\r\n',
  '\t',
  '\u0085',
  '\u2028',
  '\u2029',
  // lone surrogates
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  // zero width and invisible
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u00AD',
  '\u3000',
  // look-alikes and digits of other scripts
  'ǅ',
  'ﬁ',
  'Ⅻ',
  '①',
  '٣',
  '۹',
  '１２',
  'Ａ',
  'ß',
  'İ',
  // non-characters, the last code point, tags
  '\uFFFD',
  '\uFFFF',
  '\u{10FFFF}',
  '\u{E0001}',
  // markup and format strings
  '%s%n',
  '${x}',
  '{ $name }',
  '<b>',
  '&amp;',
  '\\',
  '"',
  "'",
  '`',
  '*_[',
  '](tg://user?id=1)',
];

/** Plain words of the bot's world, to mix with the odd pieces. */
const WORDS = ['báo cáo', 'Văn hóa', 'xã', 'phường', 'tiêu chí', '98,5', '/baocao', 'đ', 'Đ', 'ạ', 'ư', 'ơ', ' ', '\n', 'a', '1'];

export function oddText(r: Rand, maxPieces = 12): string {
  const parts: string[] = [];
  const n = r.int(1, maxPieces);
  for (let i = 0; i < n; i++) {
    parts.push(
      r.weighted<() => string>([
        [4, () => r.pick(ODD_PIECES)],
        [2, () => String.fromCharCode(r.int(0, 0xffff))],
        [1, () => String.fromCodePoint(r.int(0x10000, 0x10ffff))],
        [3, () => r.pick(WORDS)],
      ])(),
    );
  }
  return parts.join('');
}

/** A text of 10 to 100 KB: prose, digits, blanks, combining marks, or a command with huge arguments. */
export function hugeText(r: Rand): string {
  const size = r.int(10_000, 100_000);
  const fill = (piece: string) => piece.repeat(Math.ceil(size / piece.length)).slice(0, size);
  return r.weighted<() => string>([
    [3, () => fill('Đã hoàn thành rà soát văn bản. ')],
    [1, () => fill('9')],
    [1, () => fill(' \n\t')],
    [1, () => 'a' + fill('\u0301')],
    [1, () => fill('😀')],
    [2, () => `/baocao ${fill('van hoa ')}`],
    [1, () => `/${fill('x')}`],
    [1, () => `/xephang ${fill('the che ')}`],
    [1, () => fill(oddText(r, 20))],
  ])();
}

/** A value of another type than `current`, sometimes a very odd one. */
export function wrongValue(r: Rand, current: Json | undefined): Json {
  const candidates: Array<() => Json> = [
    () => r.pick([0, -1, 1.5, 2 ** 53 + 2, -(2 ** 63), 1e308, 7001]),
    () => r.pick(['', 'x', '123', '-1', 'true', 'null']),
    () => oddText(r, 4),
    () => r.pick<Json>([[], [1, 'a', null], [{}], [[[]]]]),
    () => null,
    () => r.chance(0.5),
    () => ({ a: { b: { c: [] } } }),
    () => nested(r.int(20, 200)),
  ];
  for (;;) {
    const value = r.pick(candidates)();
    if (typeOf(value) !== typeOf(current)) return value;
  }
}

function nested(depth: number): Json {
  let value: Json = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { x: value };
  return value;
}

const typeOf = (v: Json | undefined) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** Every path below the root, parents first. */
export function pathsOf(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value)) {
      const path = [...prefix, k];
      out.push(path);
      pathsOf(v, path, out);
    }
  }
  return out;
}

export function getAt(root: Json, path: Path): Json | undefined {
  let node: Json | undefined = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, Json>)[key];
  }
  return node;
}

function parentOf(root: Json, path: Path): Record<string | number, Json> | null {
  const parent = getAt(root, path.slice(0, -1));
  return parent !== null && typeof parent === 'object' ? (parent as Record<string | number, Json>) : null;
}

/** Sets a value as JSON.parse would: an own property even for "__proto__". */
export function setAt(root: Json, path: Path, value: Json): void {
  const parent = parentOf(root, path);
  if (parent) Object.defineProperty(parent, path.at(-1)!, { value, enumerable: true, writable: true, configurable: true });
}

export function deleteAt(root: Json, path: Path): void {
  const parent = parentOf(root, path);
  if (!parent) return;
  if (Array.isArray(parent)) parent.splice(Number(path.at(-1)), 1);
  else delete parent[path.at(-1)!];
}

/** A path to mutate: one the bot reads (when the update has it) half the time, else any. */
export function pickPath(r: Rand, root: Json, important: readonly string[]): Path | null {
  const all = pathsOf(root);
  const known = all.filter((p) => important.includes(p.join('.')));
  if (known.length > 0 && r.chance(0.5)) return r.pick(known);
  return all.length > 0 ? r.pick(all) : null;
}

const EXTRA_KEYS = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'entities',
  'reply_markup',
  'via_bot',
  'is_topic_message',
  'message_thread_id',
  'forward_origin',
  'result',
  'ok',
  'message',
  'event_name',
];

/** Adds an unexpected key to one of the objects in the update. */
export function addExtraField(r: Rand, root: Json): void {
  const objects = [[] as Path, ...pathsOf(root)].filter((p) => {
    const v = p.length === 0 ? root : getAt(root, p);
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  });
  // An update already turned into a number or a list has no object to add to.
  if (objects.length === 0) return;
  const target = r.pick(objects);
  const key = r.chance(0.7) ? r.pick(EXTRA_KEYS) : r.chance(0.5) ? oddText(r, 3) : 'k'.repeat(r.int(100, 5000));
  const value = r.chance(0.5) ? wrongValue(r, undefined) : oddText(r, 3);
  if (target.length === 0) Object.defineProperty(root, key, { value, enumerable: true, writable: true, configurable: true });
  else setAt(root, [...target, key], value);
}

/** Text with odd pieces spliced in, or replaced by them. */
export function unicodeMutation(r: Rand, text: string): string {
  if (r.chance(0.3)) return oddText(r);
  const chars = [...text];
  const at = r.int(0, chars.length);
  chars.splice(at, r.int(0, 2), oddText(r, 4));
  return chars.join('');
}

/** Ids as Telegram never sends them. */
export function oddNumber(r: Rand): number {
  return r.pick([0, -1, -(2 ** 31), 2 ** 31, 2 ** 53 - 1, 2 ** 53 + 2, 1.5, 1e21, -7001, Number.MAX_VALUE]);
}

/** Ids as Zalo never sends them. */
export function oddId(r: Rand): Json {
  return r.weighted<() => Json>([
    [2, () => r.pick(['', ' ', '0', '-1', 'null', 'undefined', '__proto__'])],
    [2, () => oddText(r, 4)],
    [1, () => 'f'.repeat(r.int(100, 10_000))],
    [2, () => oddNumber(r)],
  ])();
}
