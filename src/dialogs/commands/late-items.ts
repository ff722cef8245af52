import { closingDay } from '../../domain/closing.js';
import { formatDate } from '../../domain/dates.js';
import { formatNumber } from '../../domain/numbers.js';
import type { CampaignView } from '../../services/campaigns/campaigns.js';
import { formatValue } from '../../domain/targets.js';
import { actorOf, type DialogContext, type StepHandler, type StepResult } from '../port.js';
import { campaignOf } from '../scope.js';
import { z } from 'zod';
import { NO_STATE, step } from '../state.js';

// The /thamdinh step for what was sent after the campaign closed (domain/closing.ts): reports and
// self-scores marked late count in the standings only once the secretariat accepts them. The
// list → one item → accept or reject → back to the list.

/** The option in /thamdinh's unit list that opens the late items. */
export const LATE = 'late';
const DONE = 'done';
const ACCEPT = 'accept';
const REJECT = 'reject';

/** The late item being decided: its key and the label it was shown with. */
const DECIDING = z.object({ key: z.string(), label: z.string() });

interface LateItem {
  /** "r12" for report 12, "s7" for score 7 */
  key: string;
  label: string;
}

/** Late reports and self-scores waiting for a decision, oldest first, each with its one-line label. */
export async function lateItems(ctx: DialogContext, campaign: CampaignView): Promise<LateItem[]> {
  const [reports, scores] = await Promise.all([ctx.services.reports.lateReports(campaign.id), ctx.services.scores.lateSelfScores(campaign.id)]);
  const unit = (id: number) => campaign.units.find((u) => u.id === id)?.name ?? '';
  const criterion = (id: number) => campaign.taskAreas.flatMap((a) => a.criteria).find((c) => c.id === id);
  const items: Array<LateItem & { at: number }> = [];
  for (const r of reports) {
    const c = criterion(r.criterionId);
    if (!c) continue;
    const label = ctx.t('appraise-late-report', { unit: unit(r.unitId), criterion: c.title, value: formatValue(r.value, c.unitOfMeasure), date: formatDate(r.reportedAt) });
    items.push({ key: `r${r.id}`, label, at: r.reportedAt.getTime() });
  }
  for (const s of scores) {
    const c = criterion(s.criterionId);
    if (!c) continue;
    const label = ctx.t('appraise-late-score', {
      unit: unit(s.unitId),
      criterion: c.title,
      points: formatNumber(s.points),
      max: formatNumber(c.maxPoints),
      date: s.at ? formatDate(s.at) : '–',
    });
    items.push({ key: `s${s.id}`, label, at: s.at?.getTime() ?? 0 });
  }
  return items.sort((a, b) => a.at - b.at).map(({ key, label }) => ({ key, label }));
}

/** The late items to choose from, or word that none is left. */
export async function askLate(ctx: DialogContext, before: string[] = []): Promise<StepResult> {
  const campaign = await campaignOf(ctx);
  const items = await lateItems(ctx, campaign);
  if (items.length === 0) return { replies: [[...before, ctx.t('appraise-late-none')].join('\n')] };
  return {
    replies: [[...before, ctx.t('appraise-late-title', { date: formatDate(closingDay(campaign)), count: items.length })].join('\n')],
    ask: { step: 'late', data: {}, options: [...items.map((i) => ({ value: i.key, label: i.label })), { value: DONE, label: ctx.t('option-done') }] },
  };
}

export const lateSteps: Record<'late' | 'lateDecide', StepHandler> = {
  late: step(NO_STATE, async (ctx, _data, answer) => {
    if (answer.kind !== 'option' || answer.value === DONE) return { replies: [ctx.t('appraise-finished')] };
    const item = (await lateItems(ctx, await campaignOf(ctx))).find((i) => i.key === answer.value);
    if (!item) return askLate(ctx, [ctx.t('late-already-decided')]);
    return {
      replies: [ctx.t('appraise-late-ask', { item: item.label })],
      ask: {
        step: 'lateDecide',
        data: { key: item.key, label: item.label },
        options: [
          { value: ACCEPT, label: ctx.t('appraise-late-accept') },
          { value: REJECT, label: ctx.t('appraise-late-reject') },
        ],
      },
    };
  }),
  lateDecide: step(DECIDING, async (ctx, data, answer) => {
    if (answer.kind !== 'option') return askLate(ctx);
    const campaign = await campaignOf(ctx);
    const { key } = data;
    const id = Number(key.slice(1));
    const accept = answer.value === ACCEPT;
    if (key.startsWith('r')) await ctx.services.reports.decideLate(actorOf(ctx), campaign.id, id, accept);
    else await ctx.services.scores.decideLateSelfScore(actorOf(ctx), campaign.id, id, accept);
    return askLate(ctx, [ctx.t(accept ? 'appraise-late-accepted' : 'appraise-late-rejected', { item: data.label }), '']);
  }),
};
