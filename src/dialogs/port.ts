import type { Channel, Role } from '../generated/prisma/client.js';
import type { Locale, Translate } from '../i18n/i18n.js';
import type { Actor } from '../services/members.js';
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
}

export type Incoming =
  | { kind: 'text'; text: string }
  /** a tapped button: the option's value and the dialog version it was offered at */
  | { kind: 'choice'; value: string; version: number };

export interface Envelope {
  channel: Channel;
  /** the conversation; dialogs are kept per chat */
  chatId: string;
  /** the person, as the platform identifies them */
  userId: string;
  /** the name the platform shows, offered when registering */
  displayName?: string;
  /** the platform's language hint, for strangers */
  languageHint?: string;
  incoming: Incoming;
}

/** What a step receives: the option picked, or free text when the step accepts it. */
export type Answer = { kind: 'option'; value: string } | { kind: 'text'; text: string };

export type DialogData = Record<string, unknown>;

export interface DialogContext {
  actor: Actor | null;
  locale: Locale;
  t: Translate;
  services: Services;
  envelope: Envelope;
  now: Date;
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
}

export interface StepResult {
  replies: string[];
  /** the next question; absent means the dialog is over */
  ask?: Ask;
  /**
   * The answer did not fit: say why and ask the same question again, state unchanged.
   */
  retry?: boolean;
}

export type StepHandler = (ctx: DialogContext, data: DialogData, answer: Answer) => Promise<StepResult>;

export type Access = 'anyone' | 'member' | readonly Role[];

export interface Command {
  /** without the slash, as typed: "baocao" */
  name: string;
  access: Access;
  /** Fluent key of the one-line description shown in /trogiup and command menus */
  descriptionKey: string;
  start: (ctx: DialogContext, args: string) => Promise<StepResult>;
  /** steps of a multi-step dialog, by name */
  steps?: Record<string, StepHandler>;
}
