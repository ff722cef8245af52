import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FluentResource } from '@fluent/bundle';
import { describe, expect, it } from 'vitest';
import { I18n, LOCALES, readLocale, type Locale } from '../../src/i18n/i18n.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'generated') return [];
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(path) ? [path] : [];
  });
}

const source = sourceFiles('src')
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');
const files = (locale: Locale) => readLocale('locales', locale);
const keysIn = (text: string) => [...text.matchAll(/^([a-z][a-z0-9-]*)\s*=/gm)].map((m) => m[1]!);
const declaredKeys = (locale: Locale) => files(locale).flatMap((file) => keysIn(file.text));

describe('locales', () => {
  it('parse without junk: every declared message is a real Fluent message', () => {
    for (const locale of LOCALES) {
      for (const file of files(locale)) {
        const parsed = new FluentResource(file.text).body.map((m) => m.id);
        expect(parsed.sort(), `locales/${locale}/${file.name}`).toEqual(keysIn(file.text).sort());
      }
    }
  });

  it('each language has the same files, and a key lives in the same file in both', () => {
    const byFile = (locale: Locale) => Object.fromEntries(files(locale).map((file) => [file.name, keysIn(file.text).sort()]));
    expect(byFile('en')).toEqual(byFile('vi'));
  });

  it('vi and en declare the same keys, none twice', () => {
    const vi = declaredKeys('vi');
    const en = declaredKeys('en');
    expect(new Set(vi).size).toBe(vi.length);
    expect(new Set(en).size).toBe(en.length);
    expect([...en].sort()).toEqual([...vi].sort());
  });

  // command-table.ftl words the README's command table (scripts/docs-commands.ts), not the bot:
  // test/readme-commands.test.ts checks that it covers every command.
  it('every key of the bot is used in src/ as a literal', () => {
    const botKeys = files('vi')
      .filter((file) => file.name !== 'command-table.ftl')
      .flatMap((file) => keysIn(file.text));
    const unused = botKeys.filter((key) => !source.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });

  it('every key used in src/ exists', () => {
    const keys = new Set(declaredKeys('vi'));
    const pattern = /(?:\bt\(\s*|RuleError\(\s*|descriptionKey:\s*|key:\s*)'([a-z][a-z0-9]*(?:-[a-z0-9]+)+)'/g;
    const used = [...source.matchAll(pattern)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((key) => !keys.has(key))).toEqual([]);
  });

  it('renders Vietnamese numbers and no isolation marks', () => {
    const i18n = new I18n();
    const text = i18n.t('vi', 'report-unit-standing', { unit: 'Văn phòng', score: '92,5', rank: 1, count: 8 });
    expect(text).toBe('Văn phòng hiện đạt 92,5/100 điểm, xếp thứ 1 trong 8 đơn vị đã có kết quả.');
    expect(i18n.t('en', 'due-in-days', { days: 1 })).toBe('1 working day left');
    expect(i18n.t('en', 'due-in-days', { days: 3 })).toBe('3 working days left');
  });
});
