import { z } from 'zod';
import { formatDate } from '../../domain/dates.js';
import { commandAccess } from '../../domain/permissions.js';
import { RuleError } from '../../services/shared/errors.js';
import type { DraftView, EditKind } from '../../services/campaigns/plan-draft-types.js';
import { expectFile, optionValue, typedText } from '../answers.js';
import { actorOf, type Answer, type Ask, type Command, type DialogContext, type IncomingFile, type StepResult } from '../port.js';
import { NO_STATE, step } from '../state.js';
import { draftMessages, itemLine } from './plan-format.js';

// /kehoach: the secretariat starts a campaign from its Kế hoạch document. The bot reads the file,
// shows the draft item by item (each with the sentence of the plan it came from, or "mặc định"),
// lets the officer retype items by number and add the units, then publishes the campaign and
// hands back an invite code for every unit's head. The draft is a database row: the review
// survives a restart, and /kehoach later goes back to it.

export const PLAN_COMMAND = 'kehoach';

const FIX = 'fix';
const UNITS = 'units';
const SHOW = 'show';
const PUBLISH = 'publish';
const CANCEL = 'cancel';
const YES = 'yes';
const BACK = 'back';

const OPTION_KEYS = {
  [FIX]: 'plan-chat-option-fix',
  [UNITS]: 'plan-chat-option-units',
  [SHOW]: 'plan-chat-option-show',
  [PUBLISH]: 'plan-chat-option-publish',
  [CANCEL]: 'plan-chat-option-cancel',
  [YES]: 'plan-chat-option-yes',
  [BACK]: 'plan-chat-option-back',
};
const HINT_KEYS: Record<Exclude<EditKind, 'fixed'>, string> = {
  text: 'plan-chat-hint-text',
  date: 'plan-chat-hint-date',
  period: 'plan-chat-hint-period',
  target: 'plan-chat-hint-target',
  quota: 'plan-chat-hint-quota',
  code: 'plan-chat-hint-code',
};

const DRAFT = z.object({ draftId: z.number() });
const ITEM = DRAFT.extend({ item: z.number() });
/** "12 97%": an item's number and its new value in one message. */
const NUMBERED = /^(\d{1,3})(?:\s+([\s\S]+))?$/;

/** Asks for the plan; a channel that carries no documents (Zalo) says where to send it instead. */
function askFile(ctx: DialogContext, before: string[]): StepResult {
  if (!ctx.envelope.capabilities.documents) return { replies: [[...before, ctx.t('plan-chat-no-documents')].join('\n\n')] };
  return { replies: [[...before, ctx.t('plan-chat-ask-file')].join('\n\n')], ask: { step: 'file', data: {}, acceptsFile: true, acceptsText: true } };
}

const options = (ctx: DialogContext, values: Array<keyof typeof OPTION_KEYS>) => values.map((value) => ({ value, label: ctx.t(OPTION_KEYS[value]) }));

function menuAsk(ctx: DialogContext, draftId: number): Ask {
  return { step: 'menu', data: { draftId }, options: options(ctx, [FIX, UNITS, SHOW, PUBLISH, CANCEL]), acceptsText: true, acceptsFile: true };
}

/** `before` (what was just done), then what the officer can do next. */
const menu = (ctx: DialogContext, draftId: number, before: string[]): StepResult => ({
  replies: [[...before, ctx.t('plan-chat-menu')].join('\n\n')],
  ask: menuAsk(ctx, draftId),
});

/** The whole draft, section by section, split to the channel's message length, then the menu. */
function showDraft(ctx: DialogContext, view: DraftView, intro: string): StepResult {
  return { replies: [...draftMessages(ctx, view, intro, ctx.envelope.capabilities.messageMax), ctx.t('plan-chat-menu')], ask: menuAsk(ctx, view.id) };
}

/** Reads a plan sent; a refusal says why and what to send instead, and waits for another file. */
async function receive(ctx: DialogContext, file: IncomingFile): Promise<StepResult> {
  try {
    const view = await ctx.services.planDrafts.create(actorOf(ctx), file);
    return showDraft(ctx, view, ctx.t('plan-chat-read', { file: view.fileName ?? '', count: view.items.length }));
  } catch (error) {
    if (error instanceof RuleError) return askFile(ctx, [ctx.t(error.reason, error.args)]);
    throw error;
  }
}

/** Retypes an item; a value that does not fit is said and the same question stays. */
async function fix(ctx: DialogContext, draftId: number, number: number, text: string): Promise<StepResult> {
  try {
    const { item } = await ctx.services.planDrafts.correct(actorOf(ctx), draftId, number, text);
    return menu(ctx, draftId, [ctx.t('plan-chat-fixed', { line: itemLine(ctx, item, number) })]);
  } catch (error) {
    if (error instanceof RuleError && error.reason !== 'plan-chat-draft-gone') return { replies: [ctx.t(error.reason, error.args)], retry: true };
    throw error;
  }
}

async function askValue(ctx: DialogContext, draftId: number, number: number): Promise<StepResult> {
  const view = await ctx.services.planDrafts.load(actorOf(ctx), draftId);
  const item = view.items[number - 1];
  if (!item) return { replies: [ctx.t('plan-chat-fix-no-item', { number, count: view.items.length })], retry: true };
  if (item.edit === 'fixed') return { replies: [ctx.t('plan-chat-fix-fixed')], retry: true };
  return {
    replies: [[itemLine(ctx, item, number), ctx.t(HINT_KEYS[item.edit])].join('\n\n')],
    ask: { step: 'value', data: { draftId, item: number }, acceptsText: true },
  };
}

async function publish(ctx: DialogContext, draftId: number): Promise<StepResult> {
  let done;
  try {
    done = await ctx.services.planDrafts.publish(actorOf(ctx), draftId, ctx.t);
  } catch (error) {
    // What is missing is filled in from the menu: the draft stays open.
    if (error instanceof RuleError && error.reason !== 'plan-chat-draft-gone') return menu(ctx, draftId, [ctx.t(error.reason, error.args)]);
    throw error;
  }
  const expires = done.invites[0] ? formatDate(done.invites[0].expiresAt) : '';
  const lines = done.invites.map((i) => {
    const link = ctx.envelope.startLink ? ` ${ctx.envelope.startLink(i.code)}` : '';
    return ctx.t('plan-chat-invite-line', { unit: i.unit, code: i.code, link });
  });
  return {
    replies: [
      ctx.t('plan-chat-published', { title: done.title, code: done.code, from: done.period.from, to: done.period.to, units: done.units, criteria: done.criteria }),
      [ctx.t('plan-chat-invites-head', { expires }), ...lines, '', ctx.t('plan-chat-invites-how')].join('\n'),
    ],
  };
}

/**
 * A step on a draft that may have been published, cancelled or replaced meanwhile (in another
 * chat, say): that ends the dialog with a word on it.
 */
const onDraft = <S extends typeof DRAFT>(state: S, run: (ctx: DialogContext, data: z.output<S>, answer: Answer) => Promise<StepResult>) =>
  step(state, async (ctx, data, answer) => {
    try {
      return await run(ctx, data, answer);
    } catch (error) {
      if (error instanceof RuleError && error.reason === 'plan-chat-draft-gone') return { replies: [ctx.t(error.reason)] };
      throw error;
    }
  });

export const planCommand: Command = {
  name: PLAN_COMMAND,
  access: commandAccess(PLAN_COMMAND),
  descriptionKey: 'cmd-kehoach',
  async start(ctx) {
    // The plan sent with the command (its caption), or a document sent outside any dialog.
    const { incoming } = ctx.envelope;
    if (incoming.kind === 'file') return receive(ctx, incoming.file);
    const open = await ctx.services.planDrafts.open(actorOf(ctx));
    if (open) return showDraft(ctx, open, ctx.t('plan-chat-resume', { file: open.fileName ?? '', count: open.items.length }));
    return askFile(ctx, []);
  },
  steps: {
    file: step(NO_STATE, async (ctx, _data, answer) => {
      const file = expectFile(ctx, answer, 'plan-chat-file-needed');
      return 'retry' in file ? file.retry : receive(ctx, file.value);
    }),
    menu: onDraft(DRAFT, async (ctx, { draftId }, answer) => {
      if (answer.kind === 'file') return receive(ctx, answer.file);
      const typed = NUMBERED.exec(typedText(answer) ?? '');
      if (typed?.[2]) return fix(ctx, draftId, Number(typed[1]), typed[2]);
      switch (optionValue(answer)) {
        case FIX: {
          const view = await ctx.services.planDrafts.load(actorOf(ctx), draftId);
          return { replies: [ctx.t('plan-chat-ask-item', { count: view.items.length })], ask: { step: 'item', data: { draftId }, acceptsText: true } };
        }
        case UNITS:
          return { replies: [ctx.t('plan-chat-ask-units')], ask: { step: 'units', data: { draftId }, acceptsText: true } };
        case SHOW: {
          const view = await ctx.services.planDrafts.load(actorOf(ctx), draftId);
          return showDraft(ctx, view, ctx.t('plan-chat-resume', { file: view.fileName ?? '', count: view.items.length }));
        }
        case PUBLISH:
          return {
            replies: [ctx.t('plan-chat-confirm')],
            ask: { step: 'confirm', data: { draftId }, options: options(ctx, [YES, BACK]) },
          };
        case CANCEL:
          await ctx.services.planDrafts.cancel(actorOf(ctx), draftId);
          return { replies: [ctx.t('plan-chat-cancelled')] };
        default:
          return { replies: [ctx.t('plan-chat-menu-hint')], retry: true };
      }
    }),
    item: onDraft(DRAFT, async (ctx, { draftId }, answer) => {
      const typed = NUMBERED.exec(typedText(answer) ?? '');
      if (!typed) return { replies: [ctx.t('plan-chat-item-needed')], retry: true };
      return typed[2] ? fix(ctx, draftId, Number(typed[1]), typed[2]) : askValue(ctx, draftId, Number(typed[1]));
    }),
    value: onDraft(ITEM, async (ctx, { draftId, item }, answer) => {
      const text = typedText(answer);
      return text === null ? { replies: [ctx.t('plan-chat-fix-empty')], retry: true } : fix(ctx, draftId, item, text);
    }),
    units: onDraft(DRAFT, async (ctx, { draftId }, answer) => {
      const text = typedText(answer);
      if (text === null) return { replies: [ctx.t('plan-chat-units-empty')], retry: true };
      try {
        const { added, skipped } = await ctx.services.planDrafts.addUnits(actorOf(ctx), draftId, text);
        const said = [ctx.t('plan-chat-units-added', { count: added.length, names: added.join('; ') })];
        if (skipped.length > 0) said.push(ctx.t('plan-chat-units-skipped', { names: skipped.join('; ') }));
        return menu(ctx, draftId, [said.join('\n')]);
      } catch (error) {
        if (error instanceof RuleError && error.reason !== 'plan-chat-draft-gone') return { replies: [ctx.t(error.reason, error.args)], retry: true };
        throw error;
      }
    }),
    confirm: onDraft(DRAFT, async (ctx, { draftId }, answer) => (optionValue(answer) === YES ? publish(ctx, draftId) : menu(ctx, draftId, []))),
  },
};
