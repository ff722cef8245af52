import { checkDecisionDate, parseDecisionNumber } from '../../domain/award-decisions.js';
import { formatDate } from '../../domain/dates.js';
import { cleanText } from '../../domain/text.js';
import { RuleError } from '../../services/shared/errors.js';
import type { StoredBlob } from '../../services/shared/file-store.js';
import { DECISION_NOTE_MAX, INITIATIVE_SUMMARY, INITIATIVE_TITLE, RECOGNISED_BY, type InitiativeView, type RecognitionInput } from '../../services/awards/initiatives.js';
import { actorOf, type Command, type DialogContext, type DialogData, type Reply, type StepResult } from '../port.js';
import { campaignOf } from '../scope.js';

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

const isAdmin = (ctx: DialogContext) => actorOf(ctx).roles.includes('ADMIN');

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

/** The length rule a text breaks, as a reply, or null when it fits. */
function lengthProblem(ctx: DialogContext, text: string, limits: { min: number; max: number }, key: 'initiative-title-length' | 'initiative-summary-length'): string | null {
  return text.length < limits.min || text.length > limits.max ? ctx.t(key, { ...limits, length: text.length }) : null;
}

function confirm(ctx: DialogContext, data: DialogData): StepResult {
  const file = data.file as StoredBlob | undefined;
  return {
    replies: [ctx.t('initiative-confirm', { title: String(data.title), summary: String(data.summary), file: file?.originalName ?? ctx.t('initiative-no-file') })],
    ask: { step: 'confirm', data, options: [{ value: SEND, label: ctx.t('initiative-option-send') }, { value: CANCEL, label: ctx.t('option-cancel') }] },
  };
}

export const initiativeCommand: Command = {
  name: 'sangkien',
  access: 'member',
  descriptionKey: 'cmd-sangkien',
  async start(ctx) {
    const campaign = await campaignOf(ctx);
    const mine = await ctx.services.initiatives.list(campaign.id, { memberId: actorOf(ctx).memberId });
    const lines = mine.length > 0 ? [ctx.t('initiative-mine-title', { count: mine.length }), ...mine.map((i) => mineLine(ctx, i))] : [];
    const newOption = { value: NEW, label: ctx.t('initiative-option-new') };
    if (isAdmin(ctx)) {
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
    async menu(ctx, _data, answer) {
      if (answer.kind !== 'option' || answer.value === NEW) return askTitle(ctx, []);
      if (!isAdmin(ctx)) return { replies: [ctx.t('initiative-decide-forbidden')] };
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
          options: [{ value: RECOGNISED, label: ctx.t('initiative-option-recognise') }, { value: DECLINED, label: ctx.t('initiative-option-decline') }],
        },
      };
    },
    async decision(ctx, data, answer) {
      if (answer.kind !== 'option') return { replies: [ctx.t('initiative-ask-decision')], retry: true };
      if (answer.value === DECLINED) {
        return { replies: [ctx.t('initiative-ask-note-required')], ask: { step: 'note', data: { ...data, decision: DECLINED }, acceptsText: true } };
      }
      return { replies: [ctx.t('initiative-ask-recognised-by')], ask: { step: 'recognisedBy', data: { ...data, decision: RECOGNISED }, acceptsText: true } };
    },
    async recognisedBy(ctx, data, answer) {
      const by = answer.kind === 'text' ? cleanText(answer.text) : '';
      if (by.length < RECOGNISED_BY.min || by.length > RECOGNISED_BY.max) return { replies: [ctx.t('initiative-recognised-by-length', { ...RECOGNISED_BY, length: by.length })], retry: true };
      return { replies: [ctx.t('initiative-ask-decision-number')], ask: { step: 'recognitionNumber', data: { ...data, recognisedBy: by }, acceptsText: true } };
    },
    async recognitionNumber(ctx, data, answer) {
      const text = answer.kind === 'text' ? answer.text : '';
      const number = parseDecisionNumber(text);
      if (number === null) return { replies: [ctx.t('decision-number-invalid', { text })], retry: true };
      return { replies: [ctx.t('final-ask-decision-date', { example: formatDate(ctx.now) })], ask: { step: 'recognitionDate', data: { ...data, decisionNumber: number }, acceptsText: true } };
    },
    async recognitionDate(ctx, data, answer) {
      const text = answer.kind === 'text' ? answer.text : '';
      const day = checkDecisionDate(text, ctx.now);
      if ('reason' in day) return { replies: [ctx.t(day.reason, { text, proposed: '' })], retry: true };
      return {
        replies: [ctx.t('initiative-ask-note-optional')],
        ask: { step: 'note', data: { ...data, decisionDate: formatDate(day.date) }, options: [{ value: SKIP, label: ctx.t('option-skip') }], acceptsText: true },
      };
    },
    async note(ctx, data, answer) {
      const note = answer.kind === 'text' ? answer.text : null;
      if (note !== null && note.length > DECISION_NOTE_MAX) return { replies: [ctx.t('initiative-note-too-long', { max: DECISION_NOTE_MAX, length: note.length })], retry: true };
      const campaign = await campaignOf(ctx);
      const decision = data.decision === DECLINED ? DECLINED : RECOGNISED;
      try {
        const recognition: RecognitionInput | undefined =
          decision === RECOGNISED ? { recognisedBy: String(data.recognisedBy), decisionNumber: String(data.decisionNumber), decisionDate: String(data.decisionDate) } : undefined;
        const decided = await ctx.services.initiatives.decide(actorOf(ctx), campaign.id, Number(data.initiativeId), decision, note, recognition);
        return { replies: [ctx.t('initiative-decided', { status: decided.status, title: decided.title, author: decided.memberName })] };
      } catch (error) {
        // Decided meanwhile by someone else, or gone: the dialog ends with the reason.
        if (error instanceof RuleError) return { replies: [ctx.t(error.reason, error.args)] };
        throw error;
      }
    },
    async title(ctx, _data, answer) {
      const title = answer.kind === 'text' ? answer.text : '';
      const problem = lengthProblem(ctx, title, INITIATIVE_TITLE, 'initiative-title-length');
      if (problem) return { replies: [problem], retry: true };
      return { replies: [ctx.t('initiative-ask-summary', INITIATIVE_SUMMARY)], ask: { step: 'summary', data: { title }, acceptsText: true } };
    },
    async summary(ctx, data, answer) {
      const summary = answer.kind === 'text' ? answer.text : '';
      const problem = lengthProblem(ctx, summary, INITIATIVE_SUMMARY, 'initiative-summary-length');
      if (problem) return { replies: [problem], retry: true };
      // A file is kept as evidence of a unit: someone without a unit submits the text alone.
      if (!actorOf(ctx).unit) return confirm(ctx, { ...data, summary });
      return {
        replies: [ctx.t('initiative-ask-file')],
        // Text gets a hint that a file is what this step wants, rather than "not an option".
        ask: { step: 'file', data: { ...data, summary }, options: [{ value: SKIP, label: ctx.t('option-skip') }], acceptsFile: true, acceptsText: true },
      };
    },
    async file(ctx, data, answer) {
      if (answer.kind === 'option') return confirm(ctx, data);
      if (answer.kind === 'text') return { replies: [ctx.t('initiative-need-file')], retry: true };
      const blob = await ctx.services.files.receive(answer.file, ctx.t('initiative-file-fallback-name'));
      return confirm(ctx, { ...data, file: blob });
    },
    async confirm(ctx, data, answer) {
      if (answer.kind !== 'option' || answer.value !== SEND) return { replies: [ctx.t('initiative-cancelled')] };
      const campaign = await campaignOf(ctx);
      await ctx.services.initiatives.submit(actorOf(ctx), campaign.id, {
        title: String(data.title),
        summary: String(data.summary),
        file: data.file as StoredBlob | undefined,
        channel: ctx.envelope.channel,
      });
      return { replies: [ctx.t('initiative-submitted', { title: String(data.title) })] };
    },
  },
};
