import { createHash } from 'node:crypto';
import type { Api } from 'grammy';
import type { BotCommand, BotCommandScope } from 'grammy/types';
import { hasAccess } from '../../domain/permissions.js';
import type { DialogEngine } from '../../dialogs/engine.js';
import type { Command } from '../../dialogs/port.js';
import { DEFAULT_LOCALE, LOCALES, type I18n, type Locale } from '../../i18n/i18n.js';
import type { Actor, MemberService } from '../../services/campaigns/members.js';

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
  return menuOf(
    engine.listCommands().filter((c) => hasAccess(actor, c.access)),
    i18n,
    actor.locale,
    true,
  );
}

/** A member's menu as Telegram takes it, and the digest recorded once it is set. */
interface BuiltMenu {
  commands: BotCommand[];
  digest: string;
}

/**
 * Sets a member's private-chat menu when it differs from the one recorded on their account: once
 * after they register, again when their roles, their language or the commands change (an upgrade),
 * and not after every restart: a city's 18,000 menus are not sent again on each deployment.
 */
export class ChatMenus {
  /** Menus by roles and language: a few combinations, each formatted once (Fluent, per command). */
  private readonly built = new Map<string, BuiltMenu>();

  constructor(
    private readonly source: MenuSource,
    private readonly members: MemberService,
  ) {}

  /** `chatId` is a private chat's, which Telegram numbers as the person's own id. */
  async sync(api: Api, chatId: number, actor: Actor | null): Promise<void> {
    const scope = { type: 'chat', chat_id: chatId } as const;
    const account = String(chatId);
    if (!actor) {
      // Someone no longer registered (deactivated) falls back to the default menu.
      if ((await this.members.menuOf('TELEGRAM', account)) === null) return;
      await api.deleteMyCommands({ scope });
      await this.members.recordMenu('TELEGRAM', account, null);
      return;
    }
    const menu = this.menuFor(actor);
    if (actor.menu === menu.digest) return;
    // Recorded while Telegram sets it, not after: a member's first answer waits for the longer of
    // the two, not for both in turn. If Telegram refuses, the previous record is put back, so the
    // menu is tried again at the next update.
    const setting = api.setMyCommands(menu.commands, { scope });
    const recording = this.members.recordMenu('TELEGRAM', account, menu.digest);
    const [set] = await Promise.allSettled([setting, recording]);
    if (set.status === 'rejected') {
      await this.members.recordMenu('TELEGRAM', account, actor.menu);
      throw set.reason;
    }
    await recording;
  }

  private menuFor(actor: Actor): BuiltMenu {
    const key = `${[...actor.roles].sort().join(',')}|${actor.locale}`;
    let menu = this.built.get(key);
    if (!menu) {
      const commands = memberMenu(this.source, actor);
      const digest = createHash('sha256').update(JSON.stringify(commands)).digest('base64url').slice(0, 16);
      this.built.set(key, (menu = { commands, digest }));
    }
    return menu;
  }
}
