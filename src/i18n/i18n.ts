import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { programFile } from '../paths.js';
import { StartupError } from '../startup-error.js';

export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'vi';

import type { MessageArgs, Translate } from '../domain/translate.js';
export type { MessageArgs, Translate };

export const LOCALES_DIR = programFile('locales');

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** The language a platform reports for someone ("vi-VN", "en"), or Vietnamese. */
export function localeFromHint(hint: string | undefined): Locale {
  const lang = hint?.slice(0, 2).toLowerCase() ?? '';
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
}

/** All user-facing text, from locales/<lang>/*.ftl (one file per feature). Vietnamese fills any gap in another language. */
export class I18n {
  private static sharedInstance: I18n | undefined;
  private readonly bundles = new Map<Locale, FluentBundle>();

  /** One instance for messages outside the running core (start-up and configuration errors). */
  static shared(): I18n {
    return (I18n.sharedInstance ??= new I18n());
  }

  constructor(private readonly dir = LOCALES_DIR) {
    for (const locale of LOCALES) {
      // Isolation marks (U+2068/U+2069) would show up as junk in chat apps and terminals.
      const bundle = new FluentBundle(locale === 'vi' ? 'vi-VN' : 'en-US', { useIsolating: false });
      for (const file of readLocale(dir, locale)) {
        const errors = bundle.addResource(new FluentResource(file.text));
        if (errors.length > 0) throw new Error(`locales/${locale}/${file.name}: ${errors.map((e) => e.message).join('; ')}`);
      }
      this.bundles.set(locale, bundle);
    }
  }

  keys(locale: Locale): string[] {
    const text = readLocale(this.dir, locale)
      .map((file) => file.text)
      .join('\n');
    return [...text.matchAll(/^([a-z][a-z0-9-]*)\s*=/gm)].map((m) => m[1]!);
  }

  /** For the operator before a language is chosen: Vietnamese, then English on the next line(s). */
  both(key: string, args?: MessageArgs): string {
    return LOCALES.map((locale) => this.t(locale, key, args)).join('\n');
  }

  t(locale: Locale, key: string, args?: MessageArgs): string {
    for (const bundle of [this.bundles.get(locale)!, this.bundles.get(DEFAULT_LOCALE)!]) {
      const message = bundle.getMessage(key);
      if (message?.value) {
        const errors: Error[] = [];
        const text = bundle.formatPattern(message.value, args, errors);
        if (errors.length === 0) return text;
        throw new Error(`Message "${key}" (${locale}): ${errors.map((e) => e.message).join('; ')}`);
      }
    }
    throw new Error(`Message "${key}" is missing from locales/${DEFAULT_LOCALE}/`);
  }

  translator(locale: Locale): Translate {
    return (key, args) => this.t(locale, key, args);
  }
}

/** A language's files, by name; a missing folder is an installation fault, said without the locales to say it. */
export function readLocale(dir: string, locale: Locale): Array<{ name: string; text: string }> {
  const path = resolve(dir, locale);
  try {
    const names = readdirSync(path)
      .filter((name) => name.endsWith('.ftl'))
      .sort();
    if (names.length === 0) throw new Error(`no .ftl files in ${path}`);
    return names.map((name) => ({ name, text: readFileSync(resolve(path, name), 'utf8') }));
  } catch (error) {
    throw new StartupError(
      `Không đọc được thư mục ngôn ngữ ${path} đi kèm chương trình: hãy cài lại đủ thư mục locales/ (nằm cạnh thư mục src/ hoặc dist/).\n` +
        `Cannot read the program's language folder ${path}: reinstall the whole locales/ folder (next to src/ or dist/).`,
      { cause: error },
    );
  }
}
