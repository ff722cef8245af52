// Writes the README's command table (section "Các lệnh theo vai trò", between the
// `<!-- commands:begin -->` / `<!-- commands:end -->` markers) from the access policy
// (src/domain/permissions.ts) and the texts of locales/<lang>/command-table.ftl:
// `npm run docs:commands`. test/readme-commands.test.ts fails while the README and the policy differ.

import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { allCommands } from '../src/dialogs/commands/index.js';
import { ACTIONS, ANY_MEMBER, COMMAND_RULES, type Action, type CommandName, type CommandRule, type Holders } from '../src/domain/permissions.js';
import type { Role } from '../src/generated/prisma/client.js';
import { I18n, type Locale } from '../src/i18n/i18n.js';

export const BEGIN = '<!-- commands:begin -->';
export const END = '<!-- commands:end -->';
export const README = resolve(import.meta.dirname, '..', 'README.md');

/**
 * The "who" cell: the holders of each action the command does, with the action's note (its own
 * `who-<action>` text, else "(own unit)" / "(any unit)" for scoped actions). A role named for an
 * earlier action is not named again; actions with the same note share one group.
 */
function whoCell(i18n: I18n, locale: Locale, actions: Record<Action, Holders>, rule: CommandRule, inGroups: boolean): string {
  const t = (key: string) => i18n.t(locale, key);
  if (rule.open === 'anyone') return t('who-anyone');
  const keys = new Set(i18n.keys(locale));
  const noteOf = (action: Action) => {
    const own = `who-${action.replace('.', '-')}`;
    if (keys.has(own)) return t(own);
    const scope = /\.(own-unit|any-unit)$/.exec(action)?.[1];
    return scope ? t(`who-${scope}`) : '';
  };
  const named = new Set<Role>();
  const groups = new Map<string, string[]>();
  for (const action of rule.actions ?? []) {
    const holders = actions[action];
    const labels = holders === ANY_MEMBER ? [t('who-member')] : holders.filter((r) => !named.has(r)).map((r) => t(`who-role-${r.toLowerCase()}`));
    if (holders !== ANY_MEMBER) holders.forEach((r) => named.add(r));
    if (labels.length === 0) continue;
    const note = noteOf(action);
    groups.set(note, [...(groups.get(note) ?? []), ...labels]);
  }
  const parts = [...groups].map(([note, labels]) => [labels.join(', '), note].filter(Boolean).join(' '));
  if (inGroups) parts.push(t('who-in-groups'));
  return parts.join('; ');
}

/** The table, one row per command in /trogiup's order, then /huy (the engine's, open to everyone). */
export function commandTable(i18n: I18n = new I18n(), locale: Locale = 'vi', actions: Record<Action, Holders> = ACTIONS): string {
  const t = (key: string) => i18n.t(locale, key);
  const rows = allCommands().map((command) => {
    const rule: CommandRule = COMMAND_RULES[command.name as CommandName];
    if (!rule) throw new Error(`/${command.name} has no rule in src/domain/permissions.ts`);
    return [t(`table-usage-${command.name}`), whoCell(i18n, locale, actions, rule, command.inGroups ?? false), t(`table-does-${command.name}`)];
  });
  rows.push([t('table-usage-huy'), t('who-anyone'), t('table-does-huy')]);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line([t('table-head-command'), t('table-head-who'), t('table-head-does')]), '|---|---|---|', ...rows.map(line)].join('\n');
}

/** What stands between the README's markers. */
export function readmeTable(readme: string): string {
  const begin = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (begin < 0 || end < begin) throw new Error(`README.md lacks the ${BEGIN} … ${END} markers`);
  return readme.slice(begin + BEGIN.length, end).trim();
}

function main(): void {
  const readme = readFileSync(README, 'utf8');
  const current = readmeTable(readme);
  const table = commandTable();
  if (current === table) return console.log('README.md: the command table is up to date.');
  const [before, rest] = [readme.slice(0, readme.indexOf(BEGIN) + BEGIN.length), readme.slice(readme.indexOf(END))];
  writeFileSync(README, `${before}\n${table}\n${rest}`);
  console.log('README.md: command table written.');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
