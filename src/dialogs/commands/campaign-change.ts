import { z } from 'zod';
import { formatDate, parseDate } from '../../domain/dates.js';
import { formatNumber, parseDecimal } from '../../domain/numbers.js';
import { commandAccess } from '../../domain/permissions.js';
import { formatTarget } from '../../domain/targets.js';
import type { CampaignChange } from '../../services/campaigns/campaign-change-types.js';
import type { CampaignView } from '../../services/campaigns/campaigns.js';
import { RuleError } from '../../services/shared/errors.js';
import { confirmed, optionValue, picked, typedText } from '../answers.js';
import { actorOf, type Command, type DialogContext, type Option, type StepResult } from '../port.js';
import { campaignOf } from '../scope.js';
import { NO_STATE, step } from '../state.js';
import { editLine, previewText } from './campaign-change-format.js';

// /suakehoach: ADMIN changes the running campaign. What to change → which item (numbered) → the
// new value → the preview (old → new, units and heads told, standings that move) → confirm.
// The service's refusals are said at the question they answer, which stays open.

const KINDS = ['move-deadline', 'add-unit', 'rename-unit', 'retire-unit', 'set-target', 'set-weight', 'set-quota'] as const;
type Kind = (typeof KINDS)[number];
const KIND = z.enum(KINDS);
/** Each kind's option label and the question that picks its item (a new unit has none: it is typed). */
const KIND_KEYS: Record<Kind, { label: string; pick: string }> = {
  'move-deadline': { label: 'campaign-change-chat-kind-move-deadline', pick: 'campaign-change-chat-pick-move-deadline' },
  'add-unit': { label: 'campaign-change-chat-kind-add-unit', pick: 'campaign-change-chat-ask-unit-name' },
  'rename-unit': { label: 'campaign-change-chat-kind-rename-unit', pick: 'campaign-change-chat-pick-rename-unit' },
  'retire-unit': { label: 'campaign-change-chat-kind-retire-unit', pick: 'campaign-change-chat-pick-retire-unit' },
  'set-target': { label: 'campaign-change-chat-kind-set-target', pick: 'campaign-change-chat-pick-set-target' },
  'set-weight': { label: 'campaign-change-chat-kind-set-weight', pick: 'campaign-change-chat-pick-set-weight' },
  'set-quota': { label: 'campaign-change-chat-kind-set-quota', pick: 'campaign-change-chat-pick-set-quota' },
};
const WEIGHT = z.object({ criterionCode: z.string(), points: z.number() });
const NOMINEE = z.enum(['COLLECTIVE', 'INDIVIDUAL']);
const APPLY = 'apply';
const UNLIMITED = 'unlimited';

/** The change as stored while it is confirmed: plain JSON, the date as an ISO string. */
const CHANGE = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('move-deadline'), deadlineKey: z.string(), date: z.iso.datetime() }),
  z.object({ kind: z.literal('add-unit'), name: z.string() }),
  z.object({ kind: z.literal('rename-unit'), unitCode: z.string(), name: z.string() }),
  z.object({ kind: z.literal('retire-unit'), unitCode: z.string() }),
  z.object({ kind: z.literal('set-target'), criterionCode: z.string(), target: z.number() }),
  z.object({ kind: z.literal('set-weight'), weights: z.array(WEIGHT) }),
  z.object({ kind: z.literal('set-quota'), nominee: NOMINEE, form: z.string(), max: z.number().nullable() }),
]);
type StoredChange = z.infer<typeof CHANGE>;

/** While the item is picked; weights already given wait for the total to come back to 100. */
const PICKING = z.object({ kind: KIND, weights: z.array(WEIGHT).default([]) });
/** While the new value is typed for the item picked. */
const VALUING = PICKING.extend({ item: z.string() });
const CONFIRMING = z.object({ change: CHANGE });

const toChange = (c: StoredChange): CampaignChange => (c.kind === 'move-deadline' ? { ...c, date: new Date(c.date) } : c);
const criteriaOf = (campaign: CampaignView) => campaign.taskAreas.flatMap((a) => a.criteria);
const quotaKey = (q: CampaignView['quotas'][number]) => `${q.nomineeKind}:${q.awardForm}`;

/** The items a kind of change picks from, numbered; weights show the points already given. */
function itemOptions(ctx: DialogContext, campaign: CampaignView, kind: Kind, weights: ReadonlyArray<z.infer<typeof WEIGHT>>): Option[] {
  switch (kind) {
    case 'move-deadline':
      return campaign.deadlines.map((d) => ({ value: d.code, label: `${d.title} (${formatDate(d.dueOn)})` }));
    case 'rename-unit':
    case 'retire-unit':
      return campaign.units.map((u) => ({ value: u.code, label: u.name }));
    case 'set-target':
      return criteriaOf(campaign).map((c) => ({ value: c.code, label: `${c.title}: ${formatTarget(ctx.t, c)}` }));
    case 'set-weight':
      return criteriaOf(campaign).map((c) => ({ value: c.code, label: `${c.title}: ${formatNumber(weights.find((w) => w.criterionCode === c.code)?.points ?? c.maxPoints)}` }));
    case 'set-quota':
      return campaign.quotas.map((q) => ({
        value: quotaKey(q),
        label: ctx.t('campaign-change-chat-quota-label', { title: q.awardTitle, nominee: q.nomineeKind, count: q.maxCount ?? 'none' }),
      }));
    case 'add-unit':
      return [];
  }
}

async function askItem(ctx: DialogContext, kind: Kind, weights: ReadonlyArray<z.infer<typeof WEIGHT>> = [], intro?: string): Promise<StepResult> {
  if (kind === 'add-unit') return { replies: [ctx.t(KIND_KEYS[kind].pick)], ask: { step: 'value', data: { kind, weights: [], item: '' }, acceptsText: true } };
  const options = itemOptions(ctx, await campaignOf(ctx), kind, weights);
  if (options.length === 0) return { replies: [ctx.t('campaign-change-chat-none')] };
  return { replies: [intro ?? ctx.t(KIND_KEYS[kind].pick)], ask: { step: 'item', data: { kind, weights: [...weights] }, options } };
}

/** The question for the new value of the item picked, naming its current value. */
function askValue(ctx: DialogContext, campaign: CampaignView, data: z.infer<typeof VALUING>): StepResult | null {
  const ask = { step: 'value', data, acceptsText: true };
  switch (data.kind) {
    case 'move-deadline': {
      const d = campaign.deadlines.find((x) => x.code === data.item);
      if (!d) return null;
      const args = { title: d.title, current: formatDate(d.dueOn), from: formatDate(campaign.startsOn), to: formatDate(campaign.endsOn) };
      return { replies: [ctx.t('campaign-change-chat-ask-date', args)], ask };
    }
    case 'rename-unit': {
      const u = campaign.units.find((x) => x.code === data.item);
      return u ? { replies: [ctx.t('campaign-change-chat-ask-rename', { current: u.name })], ask } : null;
    }
    case 'set-target': {
      const c = criteriaOf(campaign).find((x) => x.code === data.item);
      return c ? { replies: [ctx.t('campaign-change-chat-ask-target', { title: c.title, current: formatTarget(ctx.t, c), unit: c.unitOfMeasure })], ask } : null;
    }
    case 'set-weight': {
      const c = criteriaOf(campaign).find((x) => x.code === data.item);
      return c ? { replies: [ctx.t('campaign-change-chat-ask-weight', { title: c.title, current: formatNumber(c.maxPoints) })], ask } : null;
    }
    case 'set-quota': {
      const q = campaign.quotas.find((x) => quotaKey(x) === data.item);
      if (!q) return null;
      return {
        replies: [ctx.t('campaign-change-chat-ask-quota', { title: q.awardTitle, count: q.maxCount ?? 'none' })],
        ask: { ...ask, options: [{ value: UNLIMITED, label: ctx.t('campaign-change-chat-unlimited') }] },
      };
    }
    case 'add-unit':
    case 'retire-unit':
      return null;
  }
}

/** The preview with its confirmation, or the service's refusal said at the open question. */
async function preview(ctx: DialogContext, campaign: CampaignView, change: StoredChange, hint: string): Promise<StepResult> {
  try {
    const seen = await ctx.services.campaignChanges.preview(campaign.id, toChange(change));
    return {
      replies: [previewText(ctx, campaign, seen, actorOf(ctx).memberId)],
      ask: {
        step: 'confirm',
        data: { change },
        options: [
          { value: APPLY, label: ctx.t('campaign-change-chat-option-confirm') },
          { value: 'cancel', label: ctx.t('option-cancel') },
        ],
      },
    };
  } catch (error) {
    if (!(error instanceof RuleError)) throw error;
    return { replies: [`${ctx.t(error.reason, error.args)}\n${ctx.t(hint)}`], retry: true };
  }
}

/** The typed value read as the change, or the question asked again. */
async function valueStep(ctx: DialogContext, data: z.infer<typeof VALUING>, text: string | null, unlimited: boolean): Promise<StepResult> {
  const campaign = await campaignOf(ctx);
  const again = (key: string, args?: Record<string, string>): StepResult => ({ replies: [ctx.t(key, args)], retry: true });
  const number = text === null ? null : (parseDecimal(text)?.value ?? null);
  const hint = 'campaign-change-chat-retry-value';
  switch (data.kind) {
    case 'move-deadline': {
      const date = text === null ? null : parseDate(text);
      if (!date) return again('campaign-change-chat-date-invalid', { example: formatDate(ctx.now) });
      return preview(ctx, campaign, { kind: data.kind, deadlineKey: data.item, date: date.toISOString() }, hint);
    }
    case 'add-unit':
      return preview(ctx, campaign, { kind: data.kind, name: text ?? '' }, hint);
    case 'rename-unit':
      return preview(ctx, campaign, { kind: data.kind, unitCode: data.item, name: text ?? '' }, hint);
    case 'set-target':
      if (number === null) return again('campaign-change-chat-number-invalid');
      return preview(ctx, campaign, { kind: data.kind, criterionCode: data.item, target: number }, hint);
    case 'set-quota': {
      if (!unlimited && number === null) return again('campaign-change-chat-number-invalid');
      const quota = campaign.quotas.find((q) => quotaKey(q) === data.item);
      const nominee = NOMINEE.safeParse(quota?.nomineeKind);
      if (!quota || !nominee.success) return { replies: [ctx.t('campaign-change-chat-gone')] };
      return preview(ctx, campaign, { kind: data.kind, nominee: nominee.data, form: quota.awardForm, max: unlimited ? null : number }, hint);
    }
    case 'set-weight': {
      if (number === null) return again('campaign-change-chat-number-invalid');
      const criteria = criteriaOf(campaign);
      const title = criteria.find((c) => c.code === data.item)?.title ?? data.item;
      // The service's rule, said at once: the service sees the points only when they add up to 100.
      if (number <= 0) return again('campaign-change-weight-positive', { code: title });
      const weights = [...data.weights.filter((w) => w.criterionCode !== data.item), { criterionCode: data.item, points: number }];
      const sum = criteria.reduce((s, c) => s + (weights.find((w) => w.criterionCode === c.code)?.points ?? c.maxPoints), 0);
      // Several criteria change together: until the total is back at 100, the next one is asked.
      if (Math.abs(sum - 100) > 0.01) {
        const changes = weights.map((w) => `${criteria.find((c) => c.code === w.criterionCode)?.title ?? w.criterionCode}: ${formatNumber(w.points)}`).join('; ');
        return askItem(ctx, 'set-weight', weights, ctx.t('campaign-change-chat-weights-pending', { sum: formatNumber(sum), changes }));
      }
      return preview(ctx, campaign, { kind: data.kind, weights }, hint);
    }
    case 'retire-unit':
      return preview(ctx, campaign, { kind: data.kind, unitCode: data.item }, hint);
  }
}

export const campaignChangeCommand: Command = {
  name: 'suakehoach',
  access: commandAccess('suakehoach'),
  descriptionKey: 'cmd-suakehoach',
  async start(ctx) {
    const campaign = await campaignOf(ctx);
    return {
      replies: [ctx.t('campaign-change-chat-ask-kind', { campaign: campaign.title })],
      ask: { step: 'kind', data: {}, options: KINDS.map((k) => ({ value: k, label: ctx.t(KIND_KEYS[k].label) })) },
    };
  },
  steps: {
    kind: step(NO_STATE, async (ctx, _data, answer) => {
      const kind = KIND.safeParse(optionValue(answer));
      return kind.success ? askItem(ctx, kind.data) : { replies: [ctx.t('campaign-change-chat-gone')] };
    }),
    item: step(PICKING, async (ctx, data, answer) => {
      const campaign = await campaignOf(ctx);
      const item = picked(answer, itemOptions(ctx, campaign, data.kind, data.weights), (o) => o.value);
      if (!item) return { replies: [ctx.t('campaign-change-chat-gone')] };
      // Nothing to type for a unit that leaves: its preview comes at once.
      if (data.kind === 'retire-unit') return preview(ctx, campaign, { kind: data.kind, unitCode: item.value }, 'campaign-change-chat-retry-pick');
      return askValue(ctx, campaign, { ...data, item: item.value }) ?? { replies: [ctx.t('campaign-change-chat-gone')] };
    }),
    value: step(VALUING, async (ctx, data, answer) => valueStep(ctx, data, typedText(answer), optionValue(answer) === UNLIMITED)),
    confirm: step(CONFIRMING, async (ctx, data, answer) => {
      if (!confirmed(answer, APPLY)) return { replies: [ctx.t('campaign-change-chat-cancelled')] };
      const campaign = await campaignOf(ctx);
      const actor = actorOf(ctx);
      try {
        const result = await ctx.services.campaignChanges.apply(campaign.id, toChange(data.change), actor);
        const told = result.told === 0 ? ctx.t('campaign-change-chat-done-told-none') : ctx.t('campaign-change-chat-done-told', { count: result.told });
        return { replies: [[ctx.t('campaign-change-chat-done'), ...result.preview.edits.map((e) => editLine(ctx, e)), told].join('\n')] };
      } catch (error) {
        // The plan changed since the preview (another import, another officer): start again on what it is now.
        if (!(error instanceof RuleError)) throw error;
        return { replies: [`${ctx.t(error.reason, error.args)}\n${ctx.t('campaign-change-chat-start-again')}`] };
      }
    }),
  },
};
