import { commandAccess, mayActForAnyUnit, mayActForUnit } from '../../domain/permissions.js';
import { closingDay } from '../../domain/closing.js';
import { formatDate } from '../../domain/dates.js';
import { formatNumber } from '../../domain/numbers.js';
import { NOTE_MAX } from '../../domain/text.js';
import { taskAreasFor, type CampaignView } from '../../services/campaigns/campaigns.js';
import type { CriterionProposal } from '../../services/reporting/scores.js';
import { actorOf, type Command, type DialogContext, type StepResult } from '../port.js';
import { campaignOf, unitFromArgs } from '../scope.js';
import { criterionFacts, pointsAnswer, scoredStatus } from './score-view.js';
import { z } from 'zod';
import { confirmed, expectText, optionValue, picked, typedText } from '../answers.js';
import { NO_STATE, step } from '../state.js';

// /chamdiem: unit (secretariat only) → task area → criterion → points → explanation (required
// without evidence) or note → confirm → saved, with the unit's provisional total.

const SKIP = 'skip';
const SAVE = 'save';

/** The unit being scored. */
const IN_UNIT = z.object({ unitId: z.number() });
/** The criterion being scored. */
const AT_CRITERION = IN_UNIT.extend({ criterionId: z.number() });
/** The points given, while the explanation or note is asked. */
const POINTED = AT_CRITERION.extend({ points: z.number() });
/** Everything, while the head confirms. */
const NOTED = POINTED.extend({ note: z.string().nullable() });
type Noted = z.infer<typeof NOTED>;

async function proposalOf(ctx: DialogContext, campaignId: number, unitId: number, criterionId: number): Promise<CriterionProposal | undefined> {
  return (await ctx.services.scores.proposal(campaignId, unitId)).find((p) => p.criterion.id === criterionId);
}

async function askArea(ctx: DialogContext, campaign: CampaignView, unit: { id: number; name: string }): Promise<StepResult> {
  const proposals = await ctx.services.scores.proposal(campaign.id, unit.id);
  return {
    replies: [ctx.t('score-pick-area', { unit: unit.name })],
    ask: {
      step: 'area',
      data: { unitId: unit.id },
      options: taskAreasFor(campaign, unit.id).map((a) => ({
        value: String(a.id),
        label: ctx.t('score-option', {
          title: a.title,
          status: scoredStatus(
            ctx,
            proposals.filter((p) => p.criterion.taskAreaId === a.id),
          ),
        }),
      })),
    },
  };
}

async function showCriterion(ctx: DialogContext, campaignId: number, unitId: number, criterionId: number): Promise<StepResult> {
  const p = await proposalOf(ctx, campaignId, unitId, criterionId);
  if (!p) return { replies: [ctx.t('score-criterion-gone')] };
  const max = formatNumber(p.criterion.maxPoints);
  const lines = [ctx.t('score-detail-title', { criterion: p.criterion.title, max }), ...criterionFacts(ctx, p), ''];
  if (p.appraised) {
    lines.push(ctx.t('score-already-appraised', { date: p.appraised.at ? formatDate(p.appraised.at) : '–' }));
    return { replies: [lines.join('\n')] };
  }
  lines.push(ctx.t('score-ask-points', { max }));
  return { replies: [lines.join('\n')], ask: { step: 'points', data: { unitId, criterionId }, acceptsText: true } };
}

function confirm(ctx: DialogContext, campaign: CampaignView, data: Noted): StepResult {
  const c = campaign.taskAreas.flatMap((a) => a.criteria).find((k) => k.id === data.criterionId);
  const unit = campaign.units.find((u) => u.id === data.unitId);
  if (!c || !unit) return { replies: [ctx.t('score-criterion-gone')] };
  return {
    replies: [
      ctx.t('score-confirm', {
        unit: unit.name,
        criterion: c.title,
        points: formatNumber(data.points),
        max: formatNumber(c.maxPoints),
        note: data.note ?? ctx.t('report-note-none'),
      }),
    ],
    ask: {
      step: 'confirm',
      data,
      options: [
        { value: SAVE, label: ctx.t('option-save') },
        { value: 'cancel', label: ctx.t('option-cancel') },
      ],
    },
  };
}

export const selfScoreCommand: Command = {
  name: 'chamdiem',
  access: commandAccess('chamdiem'),
  descriptionKey: 'cmd-chamdiem',
  async start(ctx, args) {
    const campaign = await campaignOf(ctx);
    const admin = mayActForAnyUnit(actorOf(ctx), 'score');
    const unit = unitFromArgs(ctx, campaign, args, admin);
    if (unit && mayActForUnit(actorOf(ctx), 'score', unit.id)) return askArea(ctx, campaign, unit);
    if (!admin) return { replies: [ctx.t('score-no-unit')] };
    return {
      replies: [ctx.t('score-pick-unit')],
      ask: { step: 'unit', data: {}, options: campaign.units.map((u) => ({ value: String(u.id), label: u.name })) },
    };
  },
  steps: {
    unit: step(NO_STATE, async (ctx, _data, answer) => {
      const campaign = await campaignOf(ctx);
      const unit = picked(answer, campaign.units, (u) => String(u.id));
      if (!unit) return { replies: [ctx.t('score-unit-gone')] };
      return askArea(ctx, campaign, unit);
    }),
    area: step(IN_UNIT, async (ctx, data, answer) => {
      const campaign = await campaignOf(ctx);
      const { unitId } = data;
      const area = picked(answer, taskAreasFor(campaign, unitId), (a) => String(a.id));
      if (!area) return { replies: [ctx.t('score-criterion-gone')] };
      if (area.criteria.length === 1) return showCriterion(ctx, campaign.id, unitId, area.criteria[0]!.id);
      const proposals = await ctx.services.scores.proposal(campaign.id, unitId);
      return {
        replies: [ctx.t('score-pick-criterion', { area: area.title })],
        ask: {
          step: 'criterion',
          data: { unitId },
          options: area.criteria.map((c) => ({
            value: String(c.id),
            label: ctx.t('score-option', {
              title: c.title,
              status: scoredStatus(
                ctx,
                proposals.filter((p) => p.criterion.id === c.id),
              ),
            }),
          })),
        },
      };
    }),
    criterion: step(IN_UNIT, async (ctx, data, answer) => {
      const campaign = await campaignOf(ctx);
      const value = optionValue(answer);
      return showCriterion(ctx, campaign.id, data.unitId, value === null ? NaN : Number(value));
    }),
    points: step(AT_CRITERION, async (ctx, data, answer) => {
      const campaign = await campaignOf(ctx);
      const p = await proposalOf(ctx, campaign.id, data.unitId, data.criterionId);
      if (!p) return { replies: [ctx.t('score-criterion-gone')] };
      const read = pointsAnswer(ctx, answer, p.criterion.maxPoints);
      if ('retry' in read) return read.retry;
      const { points } = read;
      const next = { ...data, points };
      // Without evidence the written explanation is what the appraiser has to go on.
      if (p.evidenceCount === 0) return { replies: [ctx.t('score-ask-explanation')], ask: { step: 'explanation', data: next, acceptsText: true, maxLength: NOTE_MAX } };
      return {
        replies: [ctx.t('score-ask-note', { count: p.evidenceCount })],
        ask: { step: 'note', data: next, options: [{ value: SKIP, label: ctx.t('option-skip') }], acceptsText: true, maxLength: NOTE_MAX },
      };
    }),
    explanation: step(POINTED, async (ctx, data, answer) => {
      const explanation = expectText(ctx, answer, 'score-ask-explanation');
      if ('retry' in explanation) return explanation.retry;
      return confirm(ctx, await campaignOf(ctx), { ...data, note: explanation.value });
    }),
    note: step(POINTED, async (ctx, data, answer) => {
      return confirm(ctx, await campaignOf(ctx), { ...data, note: typedText(answer) });
    }),
    confirm: step(NOTED, async (ctx, data, answer) => {
      if (!confirmed(answer, SAVE)) return { replies: [ctx.t('score-cancelled')] };
      const campaign = await campaignOf(ctx);
      const { unitId, criterionId, points, note } = data;
      const { late } = await ctx.services.scores.selfScore(actorOf(ctx), campaign.id, unitId, criterionId, points, note);
      const c = campaign.taskAreas.flatMap((a) => a.criteria).find((k) => k.id === criterionId);
      const standings = await ctx.services.standings.current(campaign.id);
      const entry = standings.entries.find((e) => e.unitId === unitId);
      const lines = [ctx.t('score-saved', { criterion: c?.title ?? '', points: formatNumber(points), max: formatNumber(c?.maxPoints ?? 0) })];
      if (late) lines.push(ctx.t('score-saved-late', { date: formatDate(closingDay(campaign)), office: campaign.leadOffice }));
      if (entry) {
        lines.push(
          ctx.t('score-unit-total', { unit: entry.unitName, score: formatNumber(entry.score), grade: entry.grade.label, rank: entry.rank, count: standings.entries.length }),
        );
      }
      return { replies: [lines.join('\n')] };
    }),
  },
};
