import { autoRetry } from '@grammyjs/auto-retry';
import { limit } from '@grammyjs/ratelimiter';
import { sequentialize } from '@grammyjs/runner';
import { Bot, type BotError, type Context } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { Logger } from 'pino';
import type { DialogEngine } from '../../dialogs/engine.js';
import type { I18n } from '../../i18n/i18n.js';
import type { MemberService } from '../../services/campaigns/members.js';
import { TelegramSender } from './client.js';
import { telegramHandler } from './handler.js';
import { personOf } from './locale.js';
import { ChatMenus } from './menus.js';
import { chatTypeOf } from './parse.js';
import { channelLogger } from './redact.js';
import { malformedAt } from './shape.js';

export interface TelegramBotDeps {
  engine: DialogEngine;
  /** finds the member behind a Telegram account (menus, language of the channel's own words) */
  members: MemberService;
  i18n: I18n;
  logger: Logger;
  /** the Bot API server: Telegram's own, or a self-hosted one; files are downloaded from it too */
  apiRoot: string;
  /** per person: at most `limit` updates every `timeFrameMs`; one warning, then silence */
  rateLimit?: { timeFrameMs: number; limit: number };
  /** auto-retry bounds: a chat waits for its own retries (updates of a chat run one at a time) */
  retry?: { maxRetryAttempts: number; maxDelaySeconds: number };
}

export interface TelegramBotOptions extends TelegramBotDeps {
  token: string;
  /** known bot info (tests); otherwise getMe is called when the bot starts */
  botInfo?: UserFromGetMe;
}

export const DEFAULT_RATE_LIMIT = { timeFrameMs: 10_000, limit: 15 };
export const DEFAULT_RETRY = { maxRetryAttempts: 5, maxDelaySeconds: 120 };

export function createTelegramBot(options: TelegramBotOptions): Bot {
  const bot = new Bot(options.token, { ...(options.botInfo ? { botInfo: options.botInfo } : {}), client: { apiRoot: options.apiRoot } });
  return setupTelegramBot(bot, options);
}

/** The update key the rate limit counts: a person, except for group talk the bot does not read. */
function rateKey(ctx: Context): string | undefined {
  if (!ctx.from || ctx.from.is_bot) return undefined;
  if (chatTypeOf(ctx.chat?.type) === 'group' && !ctx.callbackQuery && !ctx.message?.text?.startsWith('/')) return undefined;
  return String(ctx.from.id);
}

/**
 * Wires a grammY bot: per-chat sequencing, auto-retry, the rate limit, an error boundary, then
 * the handler. Exported apart from createTelegramBot so tests can put their fake Bot API
 * transformer on `bot.api` first (closest to the network) and still run the real stack.
 */
export function setupTelegramBot(bot: Bot, deps: TelegramBotDeps): Bot {
  const log = channelLogger(deps.logger, bot.token);
  const { engine, members, i18n } = deps;
  const rate = deps.rateLimit ?? DEFAULT_RATE_LIMIT;

  // Under auto-retry, so every failed attempt is seen: network errors (whose inner error quotes the
  // URL, token included: the serializer takes it out), flood waits and server errors.
  bot.api.config.use(async (prev, method, payload, signal) => {
    try {
      const result = await prev(method, payload, signal);
      if (!result.ok && (result.error_code === 429 || result.error_code >= 500)) {
        log.warn({ method, error_code: result.error_code, description: result.description, retry_after: result.parameters?.retry_after }, 'Bot API asked to retry');
      }
      return result;
    } catch (err) {
      if (!signal?.aborted) log.warn({ err, method }, 'Bot API request failed');
      throw err;
    }
  });
  bot.api.config.use(autoRetry(deps.retry ?? DEFAULT_RETRY));

  bot.use(async (ctx, next) => {
    const at = malformedAt(ctx.update);
    if (at === null) return next();
    log.warn({ update_id: ctx.update.update_id, at }, 'malformed update dropped');
  });

  // Updates of one chat are handled in order, even when the runner handles many at once.
  bot.use(sequentialize((ctx: Context) => (ctx.chat ? String(ctx.chat.id) : undefined)));

  bot.use(
    limit<Context, never>({
      timeFrame: rate.timeFrameMs,
      limit: rate.limit,
      keyGenerator: rateKey,
      onLimitExceeded: async (ctx: Context) => {
        try {
          const { locale } = await personOf(members, ctx.from);
          const text = i18n.t(locale, 'tg-rate-limited');
          if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: text.slice(0, 200), show_alert: true });
          else if (ctx.chat && chatTypeOf(ctx.chat.type) === 'private') await ctx.api.sendMessage(ctx.chat.id, text);
          log.info({ update_id: ctx.update.update_id, userId: ctx.from?.id }, 'rate limit reached');
        } catch (err) {
          log.warn({ err, update_id: ctx.update.update_id }, 'rate limit warning not sent');
        }
      },
    }),
  );

  const onError = (error: BotError<Context>) => {
    log.error({ update_id: error.ctx.update.update_id, err: error.error }, 'update failed');
  };
  // The boundary keeps one bad update from stopping the others; bot.catch covers anything outside it.
  bot.catch(onError);
  const sender = new TelegramSender();
  const menus = new ChatMenus({ engine, i18n }, members);
  bot.errorBoundary(onError).use(telegramHandler({ engine, members, i18n, logger: log, sender, menus, apiRoot: deps.apiRoot, token: bot.token }));
  return bot;
}
