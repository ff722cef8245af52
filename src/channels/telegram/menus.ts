import type { Api } from 'grammy';
import type { BotCommand, BotCommandScope } from 'grammy/types';
import { hasAccess } from '../../dialogs/access.js';
import type { DialogEngine } from '../../dialogs/engine.js';
import type { Command } from '../../dialogs/port.js';
import { DEFAULT_LOCALE, LOCALES, type I18n, type Locale } from '../../i18n/i18n.js';
import type { Actor } from '../../services/members.js';

// The "/" menus Telegram shows: strangers see /start and /trogiup, groups see what is answered
// there, and each registered member's private chat lists what their roles may use, in their language.

const DESCRIPTION_MAX = 256;

export interface MenuSource {
  engine: DialogEngine;
  i18n: I18n;
}

function menuOf(commands: readonly Command[], i18n: I18n, locale: Locale, withCancel: boolean): BotCommand[] {
  const list = commands.map((c) => ({ command: c.name, description: i18n.t(locale, c.descriptionKey).slice(0, DESCRIPTION_MAX) }));
  if (withCancel) list.push({ command: 'huy', description: i18n.t(locale, 'cmd-huy').slice(0, DESCRIPTION_MAX) });
  return list;
}

/** Vietnamese without a language code (everyone's default), then each other language with its code. */
function perLanguage(scope: BotCommandScope, build: (locale: Locale) => BotCommand[]) {
  return LOCALES.map((locale) => ({
    commands: build(locale),
    options: { scope, ...(locale === DEFAULT_LOCALE ? {} : { language_code: locale }) },
  }));
}

/** The menus for everyone: private chats of people not yet registered, and all groups. */
export function defaultMenus({ engine, i18n }: MenuSource) {
  const all = engine.listCommands();
  const open = all.filter((c) => c.access === 'anyone');
  const inGroups = all.filter((c) => c.inGroups);
  return [
    ...perLanguage({ type: 'default' }, (locale) => menuOf(open, i18n, locale, false)),
    ...(inGroups.length ? perLanguage({ type: 'all_group_chats' }, (locale) => menuOf(inGroups, i18n, locale, false)) : []),
  ];
}

export async function setDefaultMenus(api: Api, source: MenuSource): Promise<void> {
  for (const menu of defaultMenus(source)) await api.setMyCommands(menu.commands, menu.options);
}

/** What a member's roles may use, plus /huy, in their language. */
export function memberMenu({ engine, i18n }: MenuSource, actor: Actor): BotCommand[] {
  return menuOf(engine.listCommands().filter((c) => hasAccess(actor, c.access)), i18n, actor.locale, true);
}

/** Sets a member's private-chat menu once per chat, and again when their roles or language change. */
export class ChatMenus {
  private readonly applied = new Map<number, string>();
  /** Menus by roles and language: a few combinations, each formatted once (Fluent, per command). */
  private readonly built = new Map<string, BotCommand[]>();

  constructor(private readonly source: MenuSource) {}

  async sync(api: Api, chatId: number, actor: Actor | null): Promise<void> {
    const scope = { type: 'chat', chat_id: chatId } as const;
    if (!actor) {
      // Someone no longer registered (deactivated) falls back to the default menu.
      if (this.applied.delete(chatId)) await api.deleteMyCommands({ scope });
      return;
    }
    const key = `${[...actor.roles].sort().join(',')}|${actor.locale}`;
    if (this.applied.get(chatId) === key) return;
    let menu = this.built.get(key);
    if (!menu) this.built.set(key, (menu = memberMenu(this.source, actor)));
    await api.setMyCommands(menu, { scope });
    this.applied.set(chatId, key);
  }
}
