import { commandAccess } from '../../domain/permissions.js';
import { formatNumber } from '../../domain/numbers.js';
import { NOTE_MAX } from '../../domain/text.js';
import { criteriaFor, type CampaignView } from '../../services/campaigns/campaigns.js';
import type { CriterionProposal } from '../../services/reporting/scores.js';
import { actorOf, type Command, type DialogContext, type StepResult } from '../port.js';
import { campaignOf, unitFromArgs } from '../scope.js';
import { askLate, LATE, lateItems, lateSteps } from './late-items.js';
import { criterionFacts, pointsAnswer } from './score-view.js';
import { z } from 'zod';
import { confirmed, optionValue, typedText } from '../answers.js';
import { NO_STATE, step } from '../state.js';

// /thamdinh: unit → criteria with self vs appraised → one criterion → accept the self-score, or
// adjust: points, then a reason (required unless the points equal the self-score) → saved, and
// back to the list for the next criterion. Once the campaign has closed, the unit list also
// offers what was sent late (late-items.ts): each report or self-score accepted or rejected.

const DONE = 'done';
const ACCEPT = 'accept';
const ADJUST = 'adjust';
const SKIP = 'skip';

/** The unit whose criteria are listed. */
const IN_UNIT = z.object({ unitId: z.number() });
/** The criterion being appraised. */
const AT_CRITERION = IN_UNIT.extend({ criterionId: z.number() });
type AtCriterion = z.infer<typeof AT_CRITERION>;
/** The points given, while the reason is asked. */
const POINTED = AT_CRITERION.extend({ points: z.number() });

async function proposalOf(ctx: DialogContext, campaignId: number, data: AtCriterion): Promise<CriterionProposal | undefined> {
  return (await ctx.services.scores.proposal(campaignId, data.unitId)).find((p) => p.criterion.id === data.criterionId);
}

async function askCriterion(ctx: DialogContext, campaign: CampaignView, unitId: number, before: string[] = []): Promise<StepResult> {
  const unit = campaign.units.find((u) => u.id === unitId);
  if (!unit) return { replies: [ctx.t('score-unit-gone')] };
  const proposals = await ctx.services.scores.proposal(campaign.id, unitId);
  const none = ctx.t('appraise-none');
  const options = proposals.map((p) => ({
    value: String(p.criterion.id),
    label: ctx.t('appraise-criterion-option', {
      criterion: p.criterion.title,
      self: p.self ? (p.self.late ? ctx.t('appraise-self-late', { points: formatNumber(p.self.points) }) : formatNumber(p.self.points)) : none,
      appraised: p.appraised ? formatNumber(p.appraised.points) : none,
      max: formatNumber(p.criterion.maxPoints),
    }),
  }));
  const done = proposals.filter((p) => p.appraised).length;
  return {
    replies: [[...before, ctx.t('appraise-pick-criterion', { unit: unit.name, done, total: proposals.length })].join('\n')],
    ask: { step: 'criterion', data: { unitId }, options: [...options, { value: DONE, label: ctx.t('option-done') }] },
  };
}

async function save(ctx: DialogContext, data: AtCriterion, appraisal: { accept: true } | { points: number; reason: string | null }): Promise<StepResult> {
  const campaign = await campaignOf(ctx);
  const { unitId } = data;
  const p = await proposalOf(ctx, campaign.id, data);
  if (!p) return { replies: [ctx.t('score-criterion-gone')] };
  const { points } = await ctx.services.scores.appraise(actorOf(ctx), campaign.id, unitId, p.criterion.id, appraisal);
  const unit = campaign.units.find((u) => u.id === unitId)?.name ?? '';
  const args = { criterion: p.criterion.title, unit, points: formatNumber(points), max: formatNumber(p.criterion.maxPoints) };
  const saved = points === p.self?.points ? ctx.t('appraise-saved-accepted', args) : ctx.t('appraise-saved', args);
  return askCriterion(ctx, campaign, unitId, [saved, '']);
}

export const appraisalCommand: Command = {
  name: 'thamdinh',
  access: commandAccess('thamdinh'),
  descriptionKey: 'cmd-thamdinh',
  async start(ctx, args) {
    const campaign = await campaignOf(ctx);
    if (args !== '') {
      const unit = unitFromArgs(ctx, campaign, args, true);
      if (unit) return askCriterion(ctx, campaign, unit.id);
    }
    const [counts, late] = await Promise.all([ctx.services.scores.counts(campaign.id), lateItems(ctx, campaign)]);
    const units = campaign.units.map((u) => ({
      value: String(u.id),
      label: ctx.t('appraise-unit-option', {
        unit: u.name,
        self: counts.get(u.id)?.self ?? 0,
        appraised: counts.get(u.id)?.appraised ?? 0,
        total: criteriaFor(campaign, u.id).length,
      }),
    }));
    return {
      replies: [ctx.t('appraise-pick-unit')],
      ask: { step: 'unit', data: {}, options: late.length > 0 ? [{ value: LATE, label: ctx.t('appraise-late-option', { count: late.length }) }, ...units] : units },
    };
  },
  steps: {
    unit: step(NO_STATE, async (ctx, _data, answer) => {
      const value = optionValue(answer);
      if (value === LATE) return askLate(ctx);
      const campaign = await campaignOf(ctx);
      return askCriterion(ctx, campaign, value === null ? NaN : Number(value));
    }),
    late: lateSteps.late,
    lateDecide: lateSteps.lateDecide,
    criterion: step(IN_UNIT, async (ctx, data, answer) => {
      const value = optionValue(answer);
      if (value === null || value === DONE) return { replies: [ctx.t('appraise-finished')] };
      const campaign = await campaignOf(ctx);
      const next = { unitId: data.unitId, criterionId: Number(value) };
      const p = await proposalOf(ctx, campaign.id, next);
      if (!p) return { replies: [ctx.t('score-criterion-gone')] };
      const unit = campaign.units.find((u) => u.id === data.unitId)?.name ?? '';
      const lines = [ctx.t('appraise-detail-title', { criterion: p.criterion.title, unit, max: formatNumber(p.criterion.maxPoints) }), ...criterionFacts(ctx, p)];
      if (!p.self) lines.push(ctx.t('appraise-no-self'));
      if (p.self?.late) lines.push(ctx.t('appraise-self-late-note'));
      const options = p.self ? [{ value: ACCEPT, label: ctx.t('appraise-accept', { points: formatNumber(p.self.points) }) }] : [];
      options.push({ value: ADJUST, label: ctx.t('appraise-adjust') });
      return { replies: [lines.join('\n')], ask: { step: 'decide', data: next, options } };
    }),
    decide: step(AT_CRITERION, async (ctx, data, answer) => {
      if (confirmed(answer, ACCEPT)) return save(ctx, data, { accept: true });
      const p = await proposalOf(ctx, (await campaignOf(ctx)).id, data);
      if (!p) return { replies: [ctx.t('score-criterion-gone')] };
      return { replies: [ctx.t('appraise-ask-points', { max: formatNumber(p.criterion.maxPoints) })], ask: { step: 'points', data, acceptsText: true } };
    }),
    points: step(AT_CRITERION, async (ctx, data, answer) => {
      const p = await proposalOf(ctx, (await campaignOf(ctx)).id, data);
      if (!p) return { replies: [ctx.t('score-criterion-gone')] };
      const read = pointsAnswer(ctx, answer, p.criterion.maxPoints);
      if ('retry' in read) return read.retry;
      const { points } = read;
      const next = { ...data, points };
      if (points === p.self?.points) {
        return {
          replies: [ctx.t('appraise-ask-reason-optional')],
          ask: { step: 'reason', data: next, options: [{ value: SKIP, label: ctx.t('option-skip') }], acceptsText: true, maxLength: NOTE_MAX },
        };
      }
      return { replies: [ctx.t('appraise-ask-reason')], ask: { step: 'reason', data: next, acceptsText: true, maxLength: NOTE_MAX } };
    }),
    reason: step(POINTED, async (ctx, data, answer) => {
      return save(ctx, data, { points: data.points, reason: typedText(answer) });
    }),
  },
};
