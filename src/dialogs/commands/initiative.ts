import { commandAccess, may } from '../../domain/permissions.js';
import { checkDecisionDate, parseDecisionNumber } from '../../domain/award-decisions.js';
import { formatDate } from '../../domain/dates.js';
import { cleanText } from '../../domain/text.js';
import { RuleError } from '../../services/shared/errors.js';
import { DECISION_NOTE_MAX, INITIATIVE_SUMMARY, INITIATIVE_TITLE, RECOGNISED_BY, type InitiativeView, type RecognitionInput } from '../../services/awards/initiatives.js';
import { actorOf, type Command, type DialogContext, type Reply, type StepResult } from '../port.js';
import { campaignOf } from '../scope.js';
import { z } from 'zod';
import { confirmed, expectFile, textOfLength, typedText } from '../answers.js';
import { NO_STATE, step, storedBlob } from '../state.js';

// /sangkien: everyone sees their own initiatives and their status, then may submit a new one
// (title → summary → optional file → confirm). The secretariat also sees the initiatives waiting
// for a decision: pick one → Công nhận / Không công nhận → (to recognise: who recognised it, the
// decision's số and ngày) → note (required to decline) → decided.

const NEW = 'new';
const SKIP = 'skip';
const SEND = 'send';
const CANCEL = 'cancel';
const RECOGNISED = 'RECOGNISED';
const DECLINED = 'DECLINED';

/** The initiative the secretariat is deciding on. */
const DECIDING = z.object({ initiativeId: z.number() });
/** Recognising it: who recognised it, then the decision's số and ngày, as they are given. */
const RECOGNISING = DECIDING.extend({ decision: z.literal(RECOGNISED) });
const RECOGNISED_BY_GIVEN = RECOGNISING.extend({ recognisedBy: z.string() });
const NUMBER_GIVEN = RECOGNISED_BY_GIVEN.extend({ decisionNumber: z.string() });
/** The decision, while the note is asked. */
const DECIDED = z.discriminatedUnion('decision', [DECIDING.extend({ decision: z.literal(DECLINED) }), NUMBER_GIVEN.extend({ decisionDate: z.string() })]);
/** A new initiative as it is written: title, then summary, then an optional file. */
const TITLED = z.object({ title: z.string() });
const SUMMARISED = TITLED.extend({ summary: z.string() });
const SUBMISSION = SUMMARISED.extend({ file: storedBlob.optional() });
type Submission = z.infer<typeof SUBMISSION>;

const decides = (ctx: DialogContext) => may(actorOf(ctx), 'initiative.decide');

function mineLine(ctx: DialogContext, i: InitiativeView): string {
  const lines = [ctx.t('initiative-mine-line', { title: i.title, date: formatDate(i.createdAt), status: ctx.t('initiative-status', { status: i.status }) })];
  if (i.recognisedBy && i.decisionNumber && i.decisionDate) {
    lines.push(`  ${ctx.t('initiative-mine-recognition', { by: i.recognisedBy, number: i.decisionNumber, date: formatDate(i.decisionDate) })}`);
  }
  if (i.decisionNote) lines.push(`  ${ctx.t('initiative-mine-note', { note: i.decisionNote })}`);
  return lines.join('\n');
}

function askTitle(ctx: DialogContext, before: string[]): StepResult {
  return { replies: [[...before, ctx.t('initiative-ask-title', INITIATIVE_TITLE)].join('\n')], ask: { step: 'title', data: {}, acceptsText: true } };
}

function confirm(ctx: DialogContext, data: Submission): StepResult {
  return {
    replies: [ctx.t('initiative-confirm', { title: data.title, summary: data.summary, file: data.file?.originalName ?? ctx.t('initiative-no-file') })],
    ask: {
      step: 'confirm',
      data,
      options: [
        { value: SEND, label: ctx.t('initiative-option-send') },
        { value: CANCEL, label: ctx.t('option-cancel') },
      ],
    },
  };
}

export const initiativeCommand: Command = {
  name: 'sangkien',
  access: commandAccess('sangkien'),
  descriptionKey: 'cmd-sangkien',
  async start(ctx) {
    const campaign = await campaignOf(ctx);
    const mine = await ctx.services.initiatives.list(campaign.id, { memberId: actorOf(ctx).memberId });
    const lines = mine.length > 0 ? [ctx.t('initiative-mine-title', { count: mine.length }), ...mine.map((i) => mineLine(ctx, i))] : [];
    const newOption = { value: NEW, label: ctx.t('initiative-option-new') };
    if (decides(ctx)) {
      const pending = await ctx.services.initiatives.list(campaign.id, { status: 'SUBMITTED' });
      if (lines.length > 0) lines.push('');
      lines.push(ctx.t(pending.length > 0 ? 'initiative-pending-title' : 'initiative-pending-none', { count: pending.length }));
      const options = pending.map((i) => ({ value: String(i.id), label: ctx.t('initiative-pending-option', { title: i.title, author: i.memberName }) }));
      return { replies: [lines.join('\n')], ask: { step: 'menu', data: {}, options: [...options, newOption] } };
    }
    if (mine.length === 0) return askTitle(ctx, [ctx.t('initiative-intro')]);
    return { replies: [[...lines, '', ctx.t('initiative-new-hint')].join('\n')], ask: { step: 'menu', data: {}, options: [newOption] } };
  },
  steps: {
    menu: step(NO_STATE, async (ctx, _data, answer) => {
      if (answer.kind !== 'option' || answer.value === NEW) return askTitle(ctx, []);
      if (!decides(ctx)) return { replies: [ctx.t('initiative-decide-forbidden')] };
      const campaign = await campaignOf(ctx);
      const i = (await ctx.services.initiatives.list(campaign.id, { status: 'SUBMITTED' })).find((x) => String(x.id) === answer.value);
      if (!i) return { replies: [ctx.t('initiative-gone')] };
      const text = ctx.t('initiative-detail', {
        title: i.title,
        author: i.memberName,
        unit: i.unitName ?? ctx.t('unit-none'),
        date: formatDate(i.createdAt),
        summary: i.summary,
        file: i.file?.name ?? ctx.t('initiative-no-file'),
      });
      const file = await ctx.services.initiatives.attachment(actorOf(ctx), campaign.id, i.id);
      const reply: Reply = file ? { text, document: file } : { text };
      return {
        replies: [reply, ctx.t('initiative-ask-decision')],
        ask: {
          step: 'decision',
          data: { initiativeId: i.id },
          options: [
            { value: RECOGNISED, label: ctx.t('initiative-option-recognise') },
            { value: DECLINED, label: ctx.t('initiative-option-decline') },
          ],
        },
      };
    }),
    decision: step(DECIDING, async (ctx, data, answer) => {
      if (answer.kind !== 'option') return { replies: [ctx.t('initiative-ask-decision')], retry: true };
      if (answer.value === DECLINED) {
        return { replies: [ctx.t('initiative-ask-note-required')], ask: { step: 'note', data: { ...data, decision: DECLINED }, acceptsText: true } };
      }
      return { replies: [ctx.t('initiative-ask-recognised-by')], ask: { step: 'recognisedBy', data: { ...data, decision: RECOGNISED }, acceptsText: true } };
    }),
    recognisedBy: step(RECOGNISING, async (ctx, data, answer) => {
      const by = cleanText(typedText(answer) ?? '');
      if (by.length < RECOGNISED_BY.min || by.length > RECOGNISED_BY.max)
        return { replies: [ctx.t('initiative-recognised-by-length', { ...RECOGNISED_BY, length: by.length })], retry: true };
      return { replies: [ctx.t('initiative-ask-decision-number')], ask: { step: 'recognitionNumber', data: { ...data, recognisedBy: by }, acceptsText: true } };
    }),
    recognitionNumber: step(RECOGNISED_BY_GIVEN, async (ctx, data, answer) => {
      const text = typedText(answer) ?? '';
      const number = parseDecisionNumber(text);
      if (number === null) return { replies: [ctx.t('decision-number-invalid', { text })], retry: true };
      return {
        replies: [ctx.t('final-ask-decision-date', { example: formatDate(ctx.now) })],
        ask: { step: 'recognitionDate', data: { ...data, decisionNumber: number }, acceptsText: true },
      };
    }),
    recognitionDate: step(NUMBER_GIVEN, async (ctx, data, answer) => {
      const text = typedText(answer) ?? '';
      const day = checkDecisionDate(text, ctx.now);
      if ('reason' in day) return { replies: [ctx.t(day.reason, { text, proposed: '' })], retry: true };
      return {
        replies: [ctx.t('initiative-ask-note-optional')],
        ask: { step: 'note', data: { ...data, decisionDate: formatDate(day.date) }, options: [{ value: SKIP, label: ctx.t('option-skip') }], acceptsText: true },
      };
    }),
    note: step(DECIDED, async (ctx, data, answer) => {
      const note = typedText(answer);
      if (note !== null && note.length > DECISION_NOTE_MAX) return { replies: [ctx.t('initiative-note-too-long', { max: DECISION_NOTE_MAX, length: note.length })], retry: true };
      const campaign = await campaignOf(ctx);
      try {
        const recognition: RecognitionInput | undefined =
          data.decision === RECOGNISED ? { recognisedBy: data.recognisedBy, decisionNumber: data.decisionNumber, decisionDate: data.decisionDate } : undefined;
        const decided = await ctx.services.initiatives.decide(actorOf(ctx), campaign.id, data.initiativeId, data.decision, note, recognition);
        return { replies: [ctx.t('initiative-decided', { status: decided.status, title: decided.title, author: decided.memberName })] };
      } catch (error) {
        // Decided meanwhile by someone else, or gone: the dialog ends with the reason.
        if (error instanceof RuleError) return { replies: [ctx.t(error.reason, error.args)] };
        throw error;
      }
    }),
    title: step(NO_STATE, async (ctx, _data, answer) => {
      const read = textOfLength(ctx, answer, INITIATIVE_TITLE, 'initiative-title-length');
      if ('retry' in read) return read.retry;
      const title = read.value;
      return { replies: [ctx.t('initiative-ask-summary', INITIATIVE_SUMMARY)], ask: { step: 'summary', data: { title }, acceptsText: true } };
    }),
    summary: step(TITLED, async (ctx, data, answer) => {
      const read = textOfLength(ctx, answer, INITIATIVE_SUMMARY, 'initiative-summary-length');
      if ('retry' in read) return read.retry;
      const summary = read.value;
      // A file is kept as evidence of a unit: someone without a unit submits the text alone.
      if (!actorOf(ctx).unit) return confirm(ctx, { ...data, summary });
      return {
        replies: [ctx.t('initiative-ask-file')],
        // Text gets a hint that a file is what this step wants, rather than "not an option".
        ask: { step: 'file', data: { ...data, summary }, options: [{ value: SKIP, label: ctx.t('option-skip') }], acceptsFile: true, acceptsText: true },
      };
    }),
    file: step(SUMMARISED, async (ctx, data, answer) => {
      if (answer.kind === 'option') return confirm(ctx, data);
      const file = expectFile(ctx, answer, 'initiative-need-file');
      if ('retry' in file) return file.retry;
      const blob = await ctx.services.files.receive(file.value, ctx.t('initiative-file-fallback-name'));
      return confirm(ctx, { ...data, file: blob });
    }),
    confirm: step(SUBMISSION, async (ctx, data, answer) => {
      if (!confirmed(answer, SEND)) return { replies: [ctx.t('initiative-cancelled')] };
      const campaign = await campaignOf(ctx);
      await ctx.services.initiatives.submit(actorOf(ctx), campaign.id, {
        title: data.title,
        summary: data.summary,
        file: data.file,
        channel: ctx.envelope.channel,
      });
      return { replies: [ctx.t('initiative-submitted', { title: data.title })] };
    }),
  },
};
