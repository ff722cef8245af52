import type { Logger } from 'pino';
import { z } from 'zod';
import { CHANNEL_CAPABILITIES } from '../domain/channels.js';
import { cleanLines, cleanText, matchByName, searchKey } from '../domain/text.js';
import { localeFromHint, type I18n, type Locale } from '../i18n/i18n.js';
import type { Clock } from '../services/shared/clock.js';
import { RuleError } from '../services/shared/errors.js';
import type { Actor } from '../services/campaigns/members.js';
import type { Services } from '../services/index.js';
import type { StoredDialog } from '../services/shared/dialog-state.js';
import { hasAccess } from '../domain/permissions.js';
import type { Channel } from '../generated/prisma/client.js';
import { PLAN_COMMAND } from './commands/plan.js';
import type { Announcer, Answer, Ask, Command, DialogContext, Envelope, IncomingFile, Option, Reply, StepResult } from './port.js';

const OPTIONS_KEY = '__options';
const TEXT_KEY = '__acceptsText';
const FILE_KEY = '__acceptsFile';
const MAX_KEY = '__maxLength';

/** How the stored question may be answered, kept by the engine beside the step's own state. */
const QUESTION = z.object({
  [OPTIONS_KEY]: z.array(z.object({ value: z.string(), label: z.string() })).default([]),
  [TEXT_KEY]: z.boolean().default(false),
  [FILE_KEY]: z.boolean().default(false),
  [MAX_KEY]: z.number().optional(),
});

/** What handling one message involved: who sent it, and the command or dialog it ran. */
interface Ran {
  actor?: Actor | null;
  command: Command | null;
}

const toReply = (r: string | Reply): Reply => (typeof r === 'string' ? { text: r } : r);

/** Splits "/baocao@ThiDuaBot van phong" into "baocao" and "van phong"; arguments are one line. */
export function parseCommand(text: string): { name: string; args: string } | null {
  const m = /^\/([a-z0-9_]+)(?:@\w+)?(?:\s+([\s\S]*))?$/i.exec(text.trim());
  return m ? { name: m[1]!.toLowerCase(), args: cleanText(m[2] ?? '') } : null;
}

/**
 * Runs the channel-neutral conversation: who is speaking, which command or dialog step their
 * message belongs to, and what to answer. Channels hand it an Envelope and render the Replies.
 */
export class DialogEngine {
  private readonly commands: Map<string, Command>;
  private readonly announcers = new Map<Channel, Announcer>();

  constructor(
    private readonly deps: { services: Services; i18n: I18n; clock: Clock; logger: Logger },
    commands: readonly Command[],
  ) {
    this.commands = new Map(commands.map((c) => [c.name, c]));
  }

  listCommands(): Command[] {
    return [...this.commands.values()];
  }

  /** A channel that can post to group chats registers here when it starts. */
  setAnnouncer(channel: Channel, announcer: Announcer): void {
    this.announcers.set(channel, announcer);
  }

  private async announce(campaignId: number, text: string): Promise<number> {
    const groups = await this.deps.services.campaigns.groupChats(campaignId);
    let reached = 0;
    for (const [channel, announcer] of this.announcers) {
      const chatId = announcer.chatFor(groups);
      if (!chatId) continue;
      try {
        await announcer.post(chatId, text);
        reached += 1;
      } catch (err) {
        this.deps.logger.error({ err, channel }, 'announcement not delivered');
      }
    }
    return reached;
  }

  async handle(envelope: Envelope): Promise<Reply[]> {
    return (await this.converse(envelope)).replies;
  }

  /**
   * The replies, and the person as they are once the message is handled, for the channel's own
   * words and menus: read again only when the message may have changed who they are (a stranger
   * registering, accounts linked), which spares a look-up on nearly every message.
   */
  async converse(envelope: Envelope): Promise<{ replies: Reply[]; actor: Actor | null }> {
    const ran: Ran = { command: null };
    const replies = await this.reply(envelope, ran);
    const changed = ran.command?.changesPerson === true || (!ran.actor && ran.command?.registers === true);
    const actor = changed ? await this.deps.services.members.findActor(envelope.channel, envelope.userId) : (ran.actor ?? null);
    return { replies, actor };
  }

  private async reply(envelope: Envelope, ran: Ran): Promise<Reply[]> {
    const { services, i18n } = this.deps;
    // One statement for the person and their chat's dialog: on PostgreSQL each is a round trip.
    const { actor, dialog } = await services.members.findActorInChat(envelope.channel, envelope.userId, envelope.chatId);
    ran.actor = actor;
    const locale: Locale = actor?.locale ?? localeFromHint(envelope.languageHint);
    const ctx: DialogContext = {
      actor,
      locale,
      t: i18n.translator(locale),
      translatorFor: (other) => i18n.translator(other),
      services,
      envelope: { ...envelope, capabilities: envelope.capabilities ?? CHANNEL_CAPABILITIES[envelope.channel] },
      now: this.deps.clock(),
      announce: (campaignId, text) => this.announce(campaignId, text),
    };
    try {
      return await this.route(ctx, ran, dialog);
    } catch (error) {
      if (error instanceof RuleError) return [{ text: ctx.t(error.reason, error.args) }];
      this.deps.logger.error({ err: error, channel: envelope.channel }, 'dialog failed');
      return [{ text: ctx.t('error-internal') }];
    }
  }

  private async route(ctx: DialogContext, ran: Ran, state: StoredDialog | null): Promise<Reply[]> {
    const { envelope } = ctx;
    // The one place typed text is cleaned: its lines are kept for the notes and announcements.
    const text = envelope.incoming.kind === 'text' ? cleanLines(envelope.incoming.text) : null;
    const command = text?.startsWith('/') ? parseCommand(text) : null;
    if (envelope.chatType === 'group') return this.inGroup(ctx, command);
    if (text?.startsWith('/')) return this.runCommand(ctx, command, ran, state);

    if (!state || (state.memberId !== null && state.memberId !== ctx.actor?.memberId)) {
      if (envelope.incoming.kind === 'choice') return [{ text: ctx.t('choice-stale') }];
      if (envelope.incoming.kind === 'file' && ctx.actor) return this.fileOutsideDialog(ctx, envelope.incoming.file, ran, state);
      return [{ text: ctx.t(ctx.actor ? 'idle-hint' : 'stranger-hint') }];
    }
    if (this.deps.services.dialogState.isExpired(state)) {
      await this.deps.services.dialogState.clear(envelope.channel, envelope.chatId);
      return [{ text: ctx.t('dialog-expired', { command: `/${state.dialog}` }) }];
    }
    return this.continueDialog(ctx, state, ran);
  }

  /**
   * A file sent with no dialog open: a document from someone who may start a campaign from a plan
   * (the secretariat) is taken as the plan, with or without /kehoach; anything else is not expected.
   */
  private async fileOutsideDialog(ctx: DialogContext, file: IncomingFile, ran: Ran, state: StoredDialog | null): Promise<Reply[]> {
    const plan = this.commands.get(PLAN_COMMAND);
    if (!plan || file.kind !== 'document' || !hasAccess(ctx.actor, plan.access)) return [{ text: ctx.t('file-no-dialog') }];
    // Another person's dialog in this chat, read with the person: the plan replaces it.
    if (state) await this.deps.services.dialogState.clear(ctx.envelope.channel, ctx.envelope.chatId);
    ran.command = plan;
    return this.finish(ctx, plan.name, await plan.start(ctx, ''), null);
  }

  /**
   * Groups see only what is meant for everyone (the standings); dialogs and anyone's own data stay
   * in private chats. Plain messages in a group are not for the bot.
   */
  private async inGroup(ctx: DialogContext, parsed: { name: string; args: string } | null): Promise<Reply[]> {
    if (!parsed) return [];
    const command = this.commands.get(parsed.name);
    if (!command) return [];
    if (!command.inGroups) return [{ text: ctx.t('group-private-only', { command: `/${command.name}` }) }];
    const result = await command.start(ctx, parsed.args);
    return result.replies.map(toReply);
  }

  private async runCommand(ctx: DialogContext, parsed: { name: string; args: string } | null, ran: Ran, state: StoredDialog | null): Promise<Reply[]> {
    const { envelope, t } = ctx;
    const { dialogState } = this.deps.services;
    if (parsed?.name === 'huy') {
      if (state) await dialogState.clear(envelope.channel, envelope.chatId);
      return [{ text: t(state ? 'cancel-done' : 'cancel-nothing') }];
    }
    const command = parsed ? this.commands.get(parsed.name) : undefined;
    if (!parsed || !command) return [{ text: t('command-unknown', { command: parsed ? `/${parsed.name}` : envelope.incoming.kind === 'text' ? envelope.incoming.text : '' }) }];
    if (command.access !== 'anyone' && !ctx.actor) return [{ text: t('not-registered') }];
    if (!hasAccess(ctx.actor, command.access)) return [{ text: t('forbidden-role', { command: `/${command.name}` }) }];
    // A new command replaces whatever dialog was under way in this chat. Knowing it (read with the
    // person) spares a write on the many commands given outside any dialog.
    if (state) await dialogState.clear(envelope.channel, envelope.chatId);
    ran.command = command;
    const result = await command.start(ctx, parsed.args);
    return this.finish(ctx, command.name, result, null);
  }

  private async continueDialog(ctx: DialogContext, state: StoredDialog, ran: Ran): Promise<Reply[]> {
    const command = this.commands.get(state.dialog);
    ran.command = command ?? null;
    const step = command?.steps?.[state.step];
    const question = QUESTION.safeParse(state.data);
    const { [OPTIONS_KEY]: _o, [TEXT_KEY]: _t, [FILE_KEY]: _f, [MAX_KEY]: _m, ...data } = state.data;
    // A dialog saved by an earlier version whose step or state this one no longer knows: it
    // cannot go on, so it ends the way an expired one does, and the command starts it afresh.
    const run = question.success ? step?.resume(data) : null;
    if (!command || !question.success || !run) {
      if (step) this.deps.logger.warn({ dialog: state.dialog, step: state.step }, 'stored dialog state no longer fits its step');
      await this.deps.services.dialogState.clear(ctx.envelope.channel, ctx.envelope.chatId);
      return [{ text: ctx.t('dialog-expired', { command: `/${state.dialog}` }) }];
    }
    // Access is checked at every step too: a role may have been withdrawn meanwhile.
    if (!hasAccess(ctx.actor, command.access)) {
      await this.deps.services.dialogState.clear(ctx.envelope.channel, ctx.envelope.chatId);
      return [{ text: ctx.t('forbidden-role', { command: `/${command.name}` }) }];
    }
    const options = question.data[OPTIONS_KEY];
    const accepts = { text: question.data[TEXT_KEY], file: question.data[FILE_KEY], maxLength: question.data[MAX_KEY] ?? null };
    const answer = resolveAnswer(ctx, state, options, accepts);
    if ('problem' in answer) return [{ text: answer.problem, options, version: state.version }];

    const result = await run(ctx, answer.answer);
    if (result.retry) {
      const replies = result.replies.map(toReply);
      const last = replies.at(-1);
      if (last && options.length) Object.assign(last, { options, version: state.version });
      return replies;
    }
    return this.finish(ctx, command.name, result, state.version);
  }

  /** Stores the next question (or ends the dialog) and turns texts into replies. */
  private async finish(ctx: DialogContext, dialog: string, result: StepResult, expectedVersion: number | null): Promise<Reply[]> {
    const { channel, chatId } = ctx.envelope;
    const replies = result.replies.map(toReply);
    if (!result.ask) {
      if (expectedVersion !== null) await this.deps.services.dialogState.clear(channel, chatId);
      return replies;
    }
    const version = await this.save(ctx, dialog, result.ask, expectedVersion);
    if (version === null) return [{ text: ctx.t('choice-stale') }];
    const last = replies.at(-1);
    if (last && result.ask.options?.length) {
      last.options = result.ask.options;
      last.version = version;
    }
    return replies;
  }

  private save(ctx: DialogContext, dialog: string, ask: Ask, expectedVersion: number | null): Promise<number | null> {
    const data = {
      ...ask.data,
      [OPTIONS_KEY]: ask.options ?? [],
      [TEXT_KEY]: ask.acceptsText === true,
      [FILE_KEY]: ask.acceptsFile === true,
      ...(ask.maxLength ? { [MAX_KEY]: ask.maxLength } : {}),
    };
    return this.deps.services.dialogState.save(
      { channel: ctx.envelope.channel, chatId: ctx.envelope.chatId },
      { dialog, step: ask.step, data, memberId: ctx.actor?.memberId ?? null },
      expectedVersion,
    );
  }
}

/**
 * Turns what was sent into an answer for the current step: a tapped button of this very step, the
 * number of an option, or an option's text matched without diacritics; free text where accepted.
 */
function resolveAnswer(
  ctx: DialogContext,
  state: StoredDialog,
  options: Option[],
  accepts: { text: boolean; file: boolean; maxLength: number | null },
): { answer: Answer } | { problem: string } {
  const incoming = ctx.envelope.incoming;
  const acceptsText = accepts.text;
  if (incoming.kind === 'file') {
    return accepts.file ? { answer: { kind: 'file', file: incoming.file } } : { problem: ctx.t('file-not-expected') };
  }
  if (incoming.kind === 'choice') {
    const option = options.find((o) => o.value === incoming.value);
    if (incoming.version !== state.version || !option) return { problem: ctx.t('choice-stale') };
    return { answer: { kind: 'option', value: option.value } };
  }
  const text = cleanLines(incoming.text);
  if (text === '') return { problem: ctx.t('answer-empty') };
  if (options.length > 0) {
    if (/^\d{1,3}$/.test(text)) {
      const option = options[Number(text) - 1];
      if (option) return { answer: { kind: 'option', value: option.value } };
      if (!acceptsText) return { problem: ctx.t('choice-out-of-range', { count: options.length }) };
    }
    const exact = options.filter((o) => searchKey(o.label) === searchKey(text));
    const matched = exact.length > 0 ? exact : acceptsText ? [] : matchByName(text, options, (o) => o.label);
    if (matched.length === 1) return { answer: { kind: 'option', value: matched[0]!.value } };
    if (!acceptsText) return { problem: ctx.t(matched.length > 1 ? 'choice-ambiguous' : 'choice-unknown', { count: options.length }) };
  }
  // Said before the step runs, so nothing is cut: the same question stays open for a shorter text.
  if (accepts.maxLength !== null && text.length > accepts.maxLength) return { problem: ctx.t('answer-too-long', { length: text.length, max: accepts.maxLength }) };
  return { answer: { kind: 'text', text } };
}
