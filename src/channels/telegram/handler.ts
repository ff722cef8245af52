import { Composer, GrammyError, type Context } from 'grammy';
import type { InlineKeyboardMarkup, MaybeInaccessibleMessage } from 'grammy/types';
import type { Logger } from 'pino';
import type { DialogEngine } from '../../dialogs/engine.js';
import type { Reply } from '../../dialogs/port.js';
import { localeFromHint, LOCALES, type I18n, type Translate } from '../../i18n/i18n.js';
import type { MemberService } from '../../services/campaigns/members.js';
import type { TelegramSender } from './client.js';
import { buttonLabel, CAPTION_MAX, formatReply, withChoice } from './format.js';
import { personOf } from './locale.js';
import type { ChatMenus } from './menus.js';
import { chatTypeOf, toEnvelope } from './parse.js';

// Messages and tapped buttons → the dialog engine → replies on Telegram.

/** Telegram shows at most 200 characters in a button's answer. */
const CALLBACK_ANSWER_MAX = 200;

export interface HandlerDeps {
  engine: DialogEngine;
  members: MemberService;
  i18n: I18n;
  logger: Logger;
  sender: TelegramSender;
  menus: ChatMenus;
  apiRoot: string;
  token: string;
}

/** A command in a group counts when it is for this bot: "/xephang" or "/xephang@ThisBot". */
export function isCommandForBot(text: string | undefined, botUsername: string): boolean {
  const m = text === undefined ? null : /^\/[A-Za-z0-9_]+(?:@(\w+))?(?:\s|$)/.exec(text);
  return m !== null && (m[1] === undefined || m[1].toLowerCase() === botUsername.toLowerCase());
}

export function telegramHandler(deps: HandlerDeps): Composer<Context> {
  const { engine, members, i18n, sender, menus } = deps;
  const parseOptions = { apiRoot: deps.apiRoot, token: deps.token };
  const staleTexts = new Set(LOCALES.map((l) => i18n.t(l, 'choice-stale')));
  const isStale = (replies: readonly Reply[]) => replies.length === 1 && !replies[0]!.image && !replies[0]!.document && staleTexts.has(replies[0]!.text);

  // Only the latest question of a private chat keeps its buttons: once the conversation moves on
  // (an answer typed instead of tapped, another command), the older keyboard is taken away.
  const openKeyboards = new Map<number, number>();
  const render = async (ctx: Context, chatId: number, replies: readonly Reply[], t: Translate, log: Logger, replyTo?: number) => {
    const previous = openKeyboards.get(chatId);
    if (previous !== undefined) {
      openKeyboards.delete(chatId);
      await ctx.api.editMessageReplyMarkup(chatId, previous).catch((err: unknown) => {
        if (!(err instanceof GrammyError)) throw err;
        log.debug({ err }, 'could not remove an older keyboard');
      });
    }
    const items = replies.flatMap((r) => formatReply(r, t));
    const sent = await sender.send(ctx.api, chatId, items, replyTo ? { replyTo } : {});
    const withKeyboard = sent.filter((m) => m.reply_markup).at(-1);
    if (withKeyboard && chatId > 0) openKeyboards.set(chatId, withKeyboard.message_id);
  };

  const composer = new Composer<Context>();

  composer.on('message', async (ctx) => {
    const log = deps.logger.child({ update_id: ctx.update.update_id });
    const chatType = chatTypeOf(ctx.chat.type);
    if (!chatType || ctx.from.is_bot) return;
    // In a group the bot reads its commands only; the rest of the talk is not for it.
    if (chatType === 'group' && !isCommandForBot(ctx.message.text, ctx.me.username)) return;
    const envelope = toEnvelope(ctx, parseOptions);
    if (!envelope) {
      if (chatType === 'private') {
        const { locale } = await personOf(members, ctx.from);
        await ctx.api.sendMessage(ctx.chat.id, i18n.t(locale, 'tg-unsupported'));
      }
      return;
    }
    // The person as they are after the engine ran: /start may just have registered them.
    const { replies, actor } = await engine.converse(envelope);
    const locale = actor?.locale ?? localeFromHint(ctx.from.language_code);
    const replying = render(ctx, ctx.chat.id, replies, i18n.translator(locale), log, chatType === 'group' ? ctx.message.message_id : undefined);
    // The menu, when it has to be set, goes alongside the answer rather than after it.
    await Promise.all([replying, chatType === 'private' ? menus.sync(ctx.api, ctx.chat.id, actor) : undefined]);
  });

  composer.on('callback_query', async (ctx) => {
    const query = ctx.callbackQuery;
    const log = deps.logger.child({ update_id: ctx.update.update_id });
    let answered = false;
    const answer = async (text?: string, alert = false) => {
      if (answered) return;
      answered = true;
      await ctx.answerCallbackQuery(text ? { text: text.slice(0, CALLBACK_ANSWER_MAX), show_alert: alert } : undefined);
    };
    try {
      const message = query.message;
      const chatType = chatTypeOf(message?.chat.type);
      if (!message || !chatType) return;
      // In a group, a keyboard belongs to whoever asked (the bot's message quotes them).
      if (chatType === 'group') {
        const owner = message.date !== 0 ? message.reply_to_message?.from?.id : undefined;
        if (owner !== query.from.id) return await answer(i18n.t((await personOf(members, query.from)).locale, 'tg-not-yours'));
      }
      const envelope = toEnvelope(ctx, parseOptions);
      if (!envelope) return;
      const { replies, actor } = await engine.converse(envelope);
      // An older question, or a finished dialog: say so on the button and leave the chat as it is.
      if (isStale(replies)) return await answer(replies[0]!.text, true);
      await answer();
      if (replies.length === 0) return;
      const t = i18n.translator(actor?.locale ?? localeFromHint(query.from.language_code));
      if (openKeyboards.get(message.chat.id) === message.message_id) openKeyboards.delete(message.chat.id);
      await markChosen(ctx, message, query.data ?? '', t, log);
      const replying = render(ctx, message.chat.id, replies, t, log, chatType === 'group' ? message.message_id : undefined);
      await Promise.all([replying, chatType === 'private' ? menus.sync(ctx.api, message.chat.id, actor) : undefined]);
    } finally {
      if (!answered) await answer().catch((err: unknown) => log.debug({ err }, 'callback query not answered'));
    }
  });

  return composer;
}

/**
 * The question that carried the keyboard loses its buttons and shows the answer under it, so the
 * chat reads like a conversation. An old message Telegram will not edit is left as it is.
 */
async function markChosen(ctx: Context, message: MaybeInaccessibleMessage, data: string, t: Translate, log: Logger): Promise<void> {
  if (message.date === 0) return;
  const chatId = message.chat.id;
  const markup = message.reply_markup as InlineKeyboardMarkup | undefined;
  const label = buttonLabel(markup, data);
  try {
    if (label !== null && message.text !== undefined) {
      const text = withChoice(message.text, label, t);
      if (text !== null) return void (await ctx.api.editMessageText(chatId, message.message_id, text, { link_preview_options: { is_disabled: true } }));
    }
    if (label !== null && message.caption !== undefined) {
      const caption = withChoice(message.caption, label, t, CAPTION_MAX);
      if (caption !== null) return void (await ctx.api.editMessageCaption(chatId, message.message_id, { caption }));
    }
    await ctx.api.editMessageReplyMarkup(chatId, message.message_id);
  } catch (error) {
    if (!(error instanceof GrammyError)) throw error;
    log.debug({ err: error }, 'could not edit the answered question');
  }
}
