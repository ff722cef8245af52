import { commandAccess, may, mayActForAnyUnit, mayActForUnit } from '../../domain/permissions.js';
import { formatDate } from '../../domain/dates.js';
import { isGroupResult, type GroupResult, type ItemResult, type NomineeKind } from '../../domain/eligibility.js';
import type { CampaignView } from '../../services/campaigns/campaigns.js';
import { RuleError } from '../../services/shared/errors.js';
import { NOMINATION_SUMMARY, type NominationCheck } from '../../services/awards/nominations.js';
import type { Nominee } from '../../services/awards/nominee-view.js';
import { actorOf, type Command, type DialogContext, type StepResult } from '../port.js';
import { campaignOf, unitFromArgs } from '../scope.js';
import { askAttestation, askReview, attestSteps } from './attest-steps.js';
import { checklistLines, shortTitle } from './eligibility-lines.js';
import { z } from 'zod';
import { optionValue, picked, textOfLength } from '../answers.js';
import { NO_STATE, step } from '../state.js';

// /denghi: the head's nominations first (with status: re-check and submit a draft, or withdraw),
// then a new one: Tập thể / Cá nhân (→ a member of the unit) → award form → achievement summary →
// the plan's checklist item by item → "Gửi Hội đồng" when everything passes, else "Lưu nháp". On a
// draft the head ticks the attested criteria (attest-steps.ts) or takes a tick back; the secretariat
// confirms or sends back each one, and with no unit named first sees which units have some waiting.

const NEW = 'new';
const SUBMIT = 'submit';
const DRAFT = 'draft';
const CANCEL = 'cancel';
const WITHDRAW = 'withdraw';
const KEEP = 'keep';
const ATTEST = 'attest:';
const REVIEW = 'review:';
const UNTICK = 'untick:';
const UNIT = 'unit:';

type Unit = { id: number; name: string };

/** The unit nominating. */
const IN_UNIT = z.object({ unitId: z.number() });
/** An open nomination being managed. */
const MANAGING = z.object({ nominationId: z.number() });
/** The nominee, while the award form is asked: the unit itself, or one of its members. */
const NOMINEE = IN_UNIT.extend({ kind: z.enum(['COLLECTIVE', 'INDIVIDUAL']) satisfies z.ZodType<NomineeKind>, memberId: z.number().nullable() });
type NomineeState = z.infer<typeof NOMINEE>;
/** An individual nomination, while the member is asked. */
const CHOOSING_MEMBER = IN_UNIT.extend({ kind: z.literal('INDIVIDUAL') });
/** The form chosen and the nominee's name as shown, while the summary is asked. */
const FORM_CHOSEN = NOMINEE.extend({ awardForm: z.string(), nominee: z.string() });
/** Everything, while the head confirms. */
const SUMMARISED = FORM_CHOSEN.extend({ summary: z.string() });

function nomineeName(ctx: DialogContext, n: { kind: NomineeKind; unitName: string; memberName: string | null }): string {
  return ctx.t('nomination-nominee', { kind: n.kind, unit: n.unitName, name: n.memberName ?? '' });
}

const statusOf = (ctx: DialogContext, status: string) => ctx.t('nomination-status', { status });

/** The answer under the checklist: ready; waiting (for appraisal, a confirmation) and for whom; or what to fix. */
function verdict(ctx: DialogContext, check: NominationCheck, fresh: boolean): string {
  if (!check.blocker) return ctx.t('nomination-ready');
  const { reason, args } = check.blocker;
  if (reason === 'nomination-waits-appraisal' || reason === 'nomination-waits-confirmation')
    return fresh ? `${ctx.t(reason, args)}\n${ctx.t('nomination-wait-hint')}` : ctx.t(reason, args);
  return ctx.t(fresh ? 'nomination-not-ready' : 'nomination-draft-not-ready');
}

async function scope(ctx: DialogContext, args: string): Promise<{ campaign: CampaignView; unit: Unit } | StepResult> {
  const campaign = await campaignOf(ctx);
  const actor = actorOf(ctx);
  const unit = unitFromArgs(ctx, campaign, args, mayActForAnyUnit(actor, 'nomination'));
  if (!unit) return { replies: [ctx.t('nomination-no-unit')] };
  if (!mayActForUnit(actor, 'nomination', unit.id)) return { replies: [ctx.t('nomination-forbidden-unit')] };
  return { campaign, unit };
}

async function unitOf(ctx: DialogContext, data: { unitId: number }): Promise<{ campaign: CampaignView; unit: Unit }> {
  const campaign = await campaignOf(ctx);
  const unit = campaign.units.find((u) => u.id === data.unitId);
  if (!unit) throw new RuleError('nomination-unit-gone');
  return { campaign, unit };
}

async function askKind(ctx: DialogContext, campaign: CampaignView, unit: Unit): Promise<StepResult> {
  const campaignId = campaign.id;
  const kinds: NomineeKind[] = [];
  for (const kind of ['COLLECTIVE', 'INDIVIDUAL'] as const) if ((await ctx.services.nominations.forms(campaignId, kind)).length > 0) kinds.push(kind);
  if (kinds.length === 0) return { replies: [ctx.t('nomination-no-quotas', { office: campaign.leadOffice })] };
  return {
    replies: [ctx.t('nomination-ask-kind', { unit: unit.name })],
    ask: { step: 'kind', data: { unitId: unit.id }, options: kinds.map((kind) => ({ value: kind, label: ctx.t('nomination-kind-option', { kind, unit: unit.name }) })) },
  };
}

async function askForm(ctx: DialogContext, campaignId: number, data: NomineeState): Promise<StepResult> {
  const forms = await ctx.services.nominations.forms(campaignId, data.kind);
  return {
    replies: [ctx.t('nomination-ask-form')],
    ask: { step: 'form', data, options: forms.map((f) => ({ value: f.awardForm, label: f.awardTitle })) },
  };
}

/** The head ticks what is still unticked or takes back a tick; the secretariat reviews what the head ticked. */
function attestOptions(ctx: DialogContext, result: GroupResult): Array<{ value: string; label: string }> {
  const items = (g: GroupResult): ItemResult[] => g.children.flatMap((c) => (isGroupResult(c) ? items(c) : c.check === 'attested' ? [c] : []));
  const admin = may(actorOf(ctx), 'attestation.confirm');
  const all = items(result);
  const option = (i: ItemResult, prefix: string, key: string) => ({ value: prefix + i.code, label: ctx.t(key, { title: shortTitle(i.title) }) });
  const ticked = all.filter((i) => i.state === 'awaiting_confirmation');
  // What is left to tick first; taking a tick back is the rarer wish.
  return [
    ...all.filter((i) => i.state === 'not_met').map((i) => option(i, ATTEST, 'nomination-option-attest')),
    ...ticked.map((i) => (admin ? option(i, REVIEW, 'nomination-option-confirm') : option(i, UNTICK, 'nomination-option-untick'))),
  ];
}

/** The unit's nominations with their status, then one to open or a new one. */
async function unitNominations(ctx: DialogContext, campaign: CampaignView, unit: Unit): Promise<StepResult> {
  const existing = await ctx.services.nominations.list(campaign.id, { unitId: unit.id });
  if (existing.length === 0) return askKind(ctx, campaign, unit);
  const lines = [ctx.t('nomination-list-title', { unit: unit.name })];
  for (const n of existing)
    lines.push(ctx.t('nomination-list-line', { nominee: nomineeName(ctx, n), form: n.awardTitle, status: statusOf(ctx, n.status), date: formatDate(n.createdAt) }));
  const open = existing.filter((n) => n.status === 'DRAFT' || n.status === 'SUBMITTED');
  lines.push('', ctx.t(open.length > 0 ? 'nomination-list-pick' : 'nomination-list-new'));
  const options = open.map((n) => ({ value: String(n.id), label: ctx.t('nomination-list-option', { nominee: nomineeName(ctx, n), status: statusOf(ctx, n.status) }) }));
  return { replies: [lines.join('\n')], ask: { step: 'pick', data: { unitId: unit.id }, options: [...options, { value: NEW, label: ctx.t('nomination-option-new') }] } };
}

/** The secretariat, naming no unit: the units with drafts waiting for their confirmation, and their own unit. */
async function waitingUnits(ctx: DialogContext, campaign: CampaignView): Promise<StepResult | null> {
  const waiting = await ctx.services.nominations.awaitingConfirmation(campaign.id);
  const own = campaign.units.find((u) => u.id === actorOf(ctx).unit?.id);
  if (waiting.length === 0) return own ? null : { replies: [ctx.t('nomination-none-waiting')] };
  const order = (id: number) => campaign.units.findIndex((u) => u.id === id);
  waiting.sort((a, b) => order(a.unitId) - order(b.unitId));
  const lines = [
    ctx.t('nomination-waiting-title', { count: waiting.reduce((n, w) => n + w.count, 0) }),
    ...waiting.map((w) => ctx.t('nomination-waiting-line', { unit: w.unitName, count: w.count })),
  ];
  const options = waiting.map((w) => ({ value: UNIT + w.unitId, label: ctx.t('nomination-waiting-option', { unit: w.unitName, count: w.count }) }));
  if (own && !waiting.some((w) => w.unitId === own.id)) options.push({ value: UNIT + own.id, label: ctx.t('nomination-own-unit-option', { unit: own.name }) });
  return { replies: [[...lines, '', ctx.t('nomination-waiting-pick')].join('\n')], ask: { step: 'unit', data: {}, options } };
}

/** The attested criterion of the nomination's checklist with this code, and the checklist. */
async function itemOf(ctx: DialogContext, campaignId: number, nominationId: number, code: string): Promise<{ item: ItemResult; check: NominationCheck }> {
  const check = await ctx.services.nominations.check(campaignId, nominationId);
  const found = (g: GroupResult): ItemResult | undefined => g.children.map((c) => (isGroupResult(c) ? found(c) : c.code === code ? c : undefined)).find((x) => x !== undefined);
  const item = found(check.result);
  if (!item) throw new RuleError('attestation-item-unknown', { code });
  return { item, check };
}

function nomineeOf({ kind, unitId, memberId }: NomineeState): Nominee {
  return { kind, unitId, memberId };
}

export const nominateCommand: Command = {
  name: 'denghi',
  access: commandAccess('denghi'),
  descriptionKey: 'cmd-denghi',
  async start(ctx, args) {
    if (args.trim() === '' && may(actorOf(ctx), 'attestation.confirm')) {
      const waiting = await waitingUnits(ctx, await campaignOf(ctx));
      if (waiting) return waiting;
    }
    const s = await scope(ctx, args);
    if ('replies' in s) return s;
    return unitNominations(ctx, s.campaign, s.unit);
  },
  steps: {
    ...attestSteps,
    unit: step(NO_STATE, async (ctx, _data, answer) => {
      const campaign = await campaignOf(ctx);
      const unit = picked(answer, campaign.units, (u) => UNIT + u.id);
      if (!unit) throw new RuleError('nomination-unit-gone');
      return unitNominations(ctx, campaign, unit);
    }),
    pick: step(IN_UNIT, async (ctx, data, answer) => {
      const { campaign, unit } = await unitOf(ctx, data);
      if (answer.kind !== 'option' || answer.value === NEW) return askKind(ctx, campaign, unit);
      const n = (await ctx.services.nominations.list(campaign.id, { unitId: unit.id })).find((x) => String(x.id) === answer.value);
      if (!n || (n.status !== 'DRAFT' && n.status !== 'SUBMITTED')) return { replies: [ctx.t('nomination-gone')] };
      const check = await ctx.services.nominations.check(campaign.id, n.id);
      const lines = [ctx.t('nomination-check-title', { nominee: nomineeName(ctx, n), form: n.awardTitle, status: statusOf(ctx, n.status) }), ...checklistLines(ctx, check)];
      const options = [
        { value: WITHDRAW, label: ctx.t('nomination-option-withdraw') },
        { value: KEEP, label: ctx.t('nomination-option-keep') },
      ];
      if (n.status === 'DRAFT') options.unshift(...attestOptions(ctx, check.result));
      if (n.status === 'DRAFT' && check.eligible) options.unshift({ value: SUBMIT, label: ctx.t('nomination-option-submit') });
      lines.push('', n.status === 'SUBMITTED' ? ctx.t('nomination-already-submitted') : verdict(ctx, check, false));
      return { replies: [lines.join('\n')], ask: { step: 'manage', data: { nominationId: n.id }, options } };
    }),
    manage: step(MANAGING, async (ctx, data, answer) => {
      if (answer.kind !== 'option' || answer.value === KEEP) return { replies: [ctx.t('nomination-kept')] };
      const campaign = await campaignOf(ctx);
      const id = data.nominationId;
      const onItem = [ATTEST, REVIEW, UNTICK].find((prefix) => answer.value.startsWith(prefix));
      if (onItem) {
        const { item, check } = await itemOf(ctx, campaign.id, id, answer.value.slice(onItem.length));
        const data = { nominationId: id, itemCode: item.code, title: item.title };
        if (onItem === ATTEST) return askAttestation(ctx, data);
        if (onItem === REVIEW) return askReview(ctx, check, data);
        await ctx.services.nominations.withdrawAttestation(actorOf(ctx), campaign.id, id, item.code);
        return { replies: [ctx.t('nomination-unticked', { title: item.title })] };
      }
      if (answer.value === WITHDRAW) {
        await ctx.services.nominations.withdraw(actorOf(ctx), campaign.id, id);
        return { replies: [ctx.t('nomination-withdrawn')] };
      }
      await ctx.services.nominations.submit(actorOf(ctx), campaign.id, id);
      return { replies: [ctx.t('nomination-submitted')] };
    }),
    kind: step(IN_UNIT, async (ctx, data, answer) => {
      const { campaign, unit } = await unitOf(ctx, data);
      if (optionValue(answer) === 'COLLECTIVE') return askForm(ctx, campaign.id, { ...data, kind: 'COLLECTIVE', memberId: null });
      const people = (await ctx.services.members.membersOfOrganization(campaign.organizationId)).filter((m) => m.unitId === unit.id);
      if (people.length === 0) return { replies: [ctx.t('nomination-no-members', { unit: unit.name, office: campaign.leadOffice })] };
      return {
        replies: [ctx.t('nomination-ask-member', { unit: unit.name })],
        ask: { step: 'member', data: { ...data, kind: 'INDIVIDUAL' }, options: people.map((m) => ({ value: String(m.id), label: m.fullName })) },
      };
    }),
    member: step(CHOOSING_MEMBER, async (ctx, data, answer) => {
      const campaign = await campaignOf(ctx);
      const value = optionValue(answer);
      return askForm(ctx, campaign.id, { ...data, memberId: value === null ? null : Number(value) });
    }),
    form: step(NOMINEE, async (ctx, data, answer) => {
      const { campaign, unit } = await unitOf(ctx, data);
      const awardForm = optionValue(answer) ?? '';
      const first = await ctx.services.nominations.findStanding(campaign.id, nomineeOf(data), awardForm);
      if (first) {
        const args = { kind: first.kind, name: first.memberName ?? first.unitName, form: first.awardTitle, status: first.status, date: formatDate(first.createdAt) };
        return { replies: [ctx.t('nomination-duplicate', args)] };
      }
      const people = await ctx.services.members.membersOfOrganization(campaign.organizationId);
      const name = people.find((m) => m.id === nomineeOf(data).memberId)?.fullName ?? null;
      const nominee = nomineeName(ctx, { kind: data.kind, unitName: unit.name, memberName: name });
      return { replies: [ctx.t('nomination-ask-summary', { nominee, ...NOMINATION_SUMMARY })], ask: { step: 'summary', data: { ...data, awardForm, nominee }, acceptsText: true } };
    }),
    summary: step(FORM_CHOSEN, async (ctx, data, answer) => {
      const read = textOfLength(ctx, answer, NOMINATION_SUMMARY, 'nomination-summary-length');
      if ('retry' in read) return read.retry;
      const summary = read.value;
      const campaign = await campaignOf(ctx);
      const check = await ctx.services.nominations.evaluate(campaign.id, nomineeOf(data), data.awardForm);
      const lines = [ctx.t('nomination-check-new', { nominee: data.nominee }), ...checklistLines(ctx, check), '', verdict(ctx, check, true)];
      const draft = { value: DRAFT, label: ctx.t('nomination-option-draft') };
      const cancel = { value: CANCEL, label: ctx.t('option-cancel') };
      const options = check.eligible ? [{ value: SUBMIT, label: ctx.t('nomination-option-submit') }, draft, cancel] : [draft, cancel];
      return { replies: [lines.join('\n')], ask: { step: 'confirm', data: { ...data, summary }, options } };
    }),
    confirm: step(SUMMARISED, async (ctx, data, answer) => {
      if (answer.kind !== 'option' || answer.value === CANCEL) return { replies: [ctx.t('nomination-cancelled')] };
      const campaign = await campaignOf(ctx);
      const actor = actorOf(ctx);
      const { id } = await ctx.services.nominations.nominate(actor, campaign.id, { ...nomineeOf(data), awardForm: data.awardForm, summary: data.summary });
      if (answer.value === DRAFT) return { replies: [ctx.t('nomination-saved-draft')] };
      try {
        await ctx.services.nominations.submit(actor, campaign.id, id);
      } catch (error) {
        // The data changed between the check and now: the draft is kept and says why it waits.
        if (error instanceof RuleError) return { replies: [`${ctx.t(error.reason, error.args)}\n${ctx.t('nomination-saved-draft')}`] };
        throw error;
      }
      return { replies: [ctx.t('nomination-submitted')] };
    }),
  },
};
