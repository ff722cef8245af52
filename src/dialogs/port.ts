import type { ChannelCapabilities } from '../domain/channels.js';
import type { IncomingFile } from '../domain/file-types.js';
import type { Access } from '../domain/permissions.js';
import type { Channel } from '../generated/prisma/client.js';
import type { Locale, Translate } from '../i18n/i18n.js';
import type { Actor } from '../services/campaigns/members.js';
import type { Services } from '../services/index.js';

// The small port every channel speaks. Dialogs are written once against it; a channel renders
// options its own way (buttons on Telegram, "1, 2, 3" on Zalo and the console).

export interface Option {
  value: string;
  label: string;
}

export interface Reply {
  text: string;
  /** choices offered; the dialog's state remembers them, so any channel can resolve an answer */
  options?: Option[];
  /** the dialog version the options belong to (channels put it in button data to spot stale taps) */
  version?: number;
  /** a picture to show with the text (the standings chart); `key` is stable while the picture is */
  image?: { png: Uint8Array; key: string };
  /** a stored file handed back to the person (dossier documents) */
  document?: { name: string; mime: string; bytes: Uint8Array };
  /** a Telegram Mini App to open from a button (an https page); other channels carry the link in `text` */
  webApp?: { label: string; url: string };
}

/** A file someone sent (its shape lives with the file rules, which the services read too). */
export type { IncomingFile };

export type Incoming =
  | { kind: 'text'; text: string }
  /** a tapped button: the option's value and the dialog version it was offered at */
  | { kind: 'choice'; value: string; version: number }
  | { kind: 'file'; file: IncomingFile };

export interface Envelope {
  channel: Channel;
  /** the conversation; dialogs are kept per chat */
  chatId: string;
  /** a private chat with the bot, or a group the bot is in (no dialogs there) */
  chatType?: 'private' | 'group';
  /** the person, as the platform identifies them */
  userId: string;
  /** the name the platform shows, offered when registering */
  displayName?: string;
  /** the platform's language hint, for strangers */
  languageHint?: string;
  /** the platform's link that opens a chat with the bot and runs /start <payload>, where there is one */
  startLink?: (payload: string) => string;
  /**
   * What the channel can carry (a step asking for a file offers photos only where documents cannot
   * come); channels set it, and the engine gives the channel's usual ones when it is absent.
   */
  capabilities?: ChannelCapabilities;
  incoming: Incoming;
}

/** What a step receives: the option picked, free text or a file, when the step accepts them. */
export type Answer = { kind: 'option'; value: string } | { kind: 'text'; text: string } | { kind: 'file'; file: IncomingFile };

/**
 * The state a question leaves for its step, as saved: plain JSON. It is read back through the
 * step's schema (`step` in state.ts), never cast.
 */
export type DialogData = Record<string, unknown>;

export interface DialogContext {
  actor: Actor | null;
  locale: Locale;
  t: Translate;
  /** renders in another person's language: what a recipient will read */
  translatorFor(locale: Locale): Translate;
  services: Services;
  envelope: Envelope & { capabilities: ChannelCapabilities };
  now: Date;
  /**
   * Posts to the campaign's group chats (the honour board, announcements) through every channel
   * that has one configured; returns how many chats it reached.
   */
  announce(campaignId: number, text: string): Promise<number>;
}

/** A campaign's group chat on each channel that has one (Campaign.groupChats). */
export type GroupChats = Partial<Record<Channel, string>>;

/** Posts a campaign's announcements on one channel; the channel decides which chat gets them. */
export interface Announcer {
  /** the chat of the campaign that gets its announcements on this channel, or null for none */
  chatFor(groups: GroupChats): string | null;
  post(chatId: string, text: string): Promise<void>;
}

/** The registered member behind a context; the engine checks access before any member command runs. */
export function actorOf(ctx: DialogContext): Actor {
  if (!ctx.actor) throw new Error('a member command ran without a registered member');
  return ctx.actor;
}

export interface Ask {
  step: string;
  data: DialogData;
  /** options the answer must come from */
  options?: Option[];
  /** free text is accepted besides the options */
  acceptsText?: boolean;
  /** a file (document or photo) is accepted besides the options */
  acceptsFile?: boolean;
  /** the longest text accepted: a longer one is refused naming the limit, and the question stays */
  maxLength?: number;
}

export interface StepResult {
  /** texts, or whole replies when they carry a picture or a file */
  replies: Array<string | Reply>;
  /** the next question; absent means the dialog is over */
  ask?: Ask;
  /**
   * The answer did not fit: say why and ask the same question again, state unchanged.
   */
  retry?: boolean;
}

/** A step of a multi-step dialog; `step` in state.ts makes one from its state schema and handler. */
export interface StepHandler {
  /** the step bound to its stored state, or null when that state no longer fits (saved by an earlier version) */
  resume(data: unknown): ((ctx: DialogContext, answer: Answer) => Promise<StepResult>) | null;
}

/** who may run a command, as the access policy (domain/permissions.ts) gives it */
export type { Access };

export interface Command {
  /** without the slash, as typed: "baocao" */
  name: string;
  access: Access;
  /** Fluent key of the one-line description shown in /trogiup and command menus */
  descriptionKey: string;
  /** also answered in group chats (everything else runs in private chats only) */
  inGroups?: boolean;
  start: (ctx: DialogContext, args: string) => Promise<StepResult>;
  /** steps of a multi-step dialog, by name */
  steps?: Record<string, StepHandler>;
  /** may change who a registered person is (their accounts): looked up again after it runs */
  changesPerson?: boolean;
  /** may register the stranger who sent it: looked up again after it runs for a stranger only */
  registers?: boolean;
}
