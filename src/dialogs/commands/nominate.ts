import { formatDate } from '../../domain/dates.js';
import { isGroupResult, type GroupResult, type ItemResult, type NomineeKind } from '../../domain/eligibility.js';
import type { CampaignView } from '../../services/campaigns.js';
import { RuleError } from '../../services/errors.js';
import { ATTESTATION_NOTE } from '../../services/nomination-eligibility.js';
import { mayNominateFor, NOMINATION_SUMMARY, type NominationCheck, type Nominee } from '../../services/nominations.js';
import { actorOf, type Command, type DialogContext, type DialogData, type StepResult } from '../port.js';
import { campaignOf, unitFromArgs } from '../scope.js';
import { checklistLines, shortTitle } from './eligibility-lines.js';

// /denghi: the head's nominations first (with status: re-check and submit a draft, or withdraw),
// then a new one: Tập thể / Cá nhân (→ a member of the unit) → award form → achievement summary →
// the plan's checklist item by item → "Gửi Hội đồng" when everything passes, else "Lưu nháp". On a
// draft the head ticks the attested criteria (with a note) and the secretariat confirms them.

const NEW = 'new';
const SUBMIT = 'submit';
const DRAFT = 'draft';
const CANCEL = 'cancel';
const WITHDRAW = 'withdraw';
const KEEP = 'keep';
const ATTEST = 'attest:';
const CONFIRM = 'confirm:';

type Unit = { id: number; name: string };

function nomineeName(ctx: DialogContext, n: { kind: NomineeKind; unitName: string; memberName: string | null }): string {
  return ctx.t('nomination-nominee', { kind: n.kind, unit: n.unitName, name: n.memberName ?? '' });
}

const statusOf = (ctx: DialogContext, status: string) => ctx.t('nomination-status', { status });

/** The answer under the checklist: ready; waiting (for appraisal, a confirmation) and for whom; or what to fix. */
function verdict(ctx: DialogContext, check: NominationCheck, fresh: boolean): string {
  if (!check.blocker) return ctx.t('nomination-ready');
  const { reason, args } = check.blocker;
  if (reason === 'nomination-waits-appraisal' || reason === 'nomination-waits-confirmation') return fresh ? `${ctx.t(reason, args)}\n${ctx.t('nomination-wait-hint')}` : ctx.t(reason, args);
  return ctx.t(fresh ? 'nomination-not-ready' : 'nomination-draft-not-ready');
}

async function scope(ctx: DialogContext, args: string): Promise<{ campaign: CampaignView; unit: Unit } | StepResult> {
  const campaign = await campaignOf(ctx);
  const actor = actorOf(ctx);
  const unit = unitFromArgs(ctx, campaign, args, actor.roles.includes('ADMIN'));
  if (!unit) return { replies: [ctx.t('nomination-no-unit')] };
  if (!mayNominateFor(actor, unit.id)) return { replies: [ctx.t('nomination-forbidden-unit')] };
  return { campaign, unit };
}

async function unitOf(ctx: DialogContext, data: DialogData): Promise<{ campaign: CampaignView; unit: Unit }> {
  const campaign = await campaignOf(ctx);
  const unit = campaign.units.find((u) => u.id === Number(data.unitId));
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

async function askForm(ctx: DialogContext, campaignId: number, data: DialogData): Promise<StepResult> {
  const forms = await ctx.services.nominations.forms(campaignId, data.kind as NomineeKind);
  return {
    replies: [ctx.t('nomination-ask-form')],
    ask: { step: 'form', data, options: forms.map((f) => ({ value: f.awardForm, label: f.awardTitle })) },
  };
}

/** The head ticks what is still unticked; the secretariat also confirms what the head ticked. */
function attestOptions(ctx: DialogContext, result: GroupResult): Array<{ value: string; label: string }> {
  const items = (g: GroupResult): ItemResult[] => g.children.flatMap((c) => (isGroupResult(c) ? items(c) : c.check === 'attested' ? [c] : []));
  const admin = actorOf(ctx).roles.includes('ADMIN');
  return items(result).flatMap((i) => {
    if (i.state === 'not_met') return [{ value: ATTEST + i.code, label: ctx.t('nomination-option-attest', { title: shortTitle(i.title) }) }];
    if (i.state === 'awaiting_confirmation' && admin) return [{ value: CONFIRM + i.code, label: ctx.t('nomination-option-confirm', { title: shortTitle(i.title) }) }];
    return [];
  });
}

/** The attested criterion of the nomination's checklist with this code. */
async function itemOf(ctx: DialogContext, campaignId: number, nominationId: number, code: string): Promise<ItemResult> {
  const check = await ctx.services.nominations.check(campaignId, nominationId);
  const found = (g: GroupResult): ItemResult | undefined => g.children.map((c) => (isGroupResult(c) ? found(c) : c.code === code ? c : undefined)).find((x) => x !== undefined);
  const item = found(check.result);
  if (!item) throw new RuleError('attestation-item-unknown', { code });
  return item;
}

function nomineeOf(data: DialogData): Nominee {
  return { kind: data.kind as NomineeKind, unitId: Number(data.unitId), memberId: data.memberId === null || data.memberId === undefined ? null : Number(data.memberId) };
}

export const nominateCommand: Command = {
  name: 'denghi',
  access: ['HEAD', 'ADMIN'],
  descriptionKey: 'cmd-denghi',
  async start(ctx, args) {
    const s = await scope(ctx, args);
    if ('replies' in s) return s;
    const existing = await ctx.services.nominations.list(s.campaign.id, { unitId: s.unit.id });
    if (existing.length === 0) return askKind(ctx, s.campaign, s.unit);
    const lines = [ctx.t('nomination-list-title', { unit: s.unit.name })];
    for (const n of existing) lines.push(ctx.t('nomination-list-line', { nominee: nomineeName(ctx, n), form: n.awardTitle, status: statusOf(ctx, n.status), date: formatDate(n.createdAt) }));
    const open = existing.filter((n) => n.status === 'DRAFT' || n.status === 'SUBMITTED');
    lines.push('', ctx.t(open.length > 0 ? 'nomination-list-pick' : 'nomination-list-new'));
    const options = open.map((n) => ({ value: String(n.id), label: ctx.t('nomination-list-option', { nominee: nomineeName(ctx, n), status: statusOf(ctx, n.status) }) }));
    return { replies: [lines.join('\n')], ask: { step: 'pick', data: { unitId: s.unit.id }, options: [...options, { value: NEW, label: ctx.t('nomination-option-new') }] } };
  },
  steps: {
    async pick(ctx, data, answer) {
      const { campaign, unit } = await unitOf(ctx, data);
      if (answer.kind !== 'option' || answer.value === NEW) return askKind(ctx, campaign, unit);
      const n = (await ctx.services.nominations.list(campaign.id, { unitId: unit.id })).find((x) => String(x.id) === answer.value);
      if (!n || (n.status !== 'DRAFT' && n.status !== 'SUBMITTED')) return { replies: [ctx.t('nomination-gone')] };
      const check = await ctx.services.nominations.check(campaign.id, n.id);
      const lines = [ctx.t('nomination-check-title', { nominee: nomineeName(ctx, n), form: n.awardTitle, status: statusOf(ctx, n.status) }), ...checklistLines(ctx, check)];
      const options = [{ value: WITHDRAW, label: ctx.t('nomination-option-withdraw') }, { value: KEEP, label: ctx.t('nomination-option-keep') }];
      if (n.status === 'DRAFT') options.unshift(...attestOptions(ctx, check.result));
      if (n.status === 'DRAFT' && check.eligible) options.unshift({ value: SUBMIT, label: ctx.t('nomination-option-submit') });
      lines.push('', n.status === 'SUBMITTED' ? ctx.t('nomination-already-submitted') : verdict(ctx, check, false));
      return { replies: [lines.join('\n')], ask: { step: 'manage', data: { nominationId: n.id }, options } };
    },
    async manage(ctx, data, answer) {
      if (answer.kind !== 'option' || answer.value === KEEP) return { replies: [ctx.t('nomination-kept')] };
      const campaign = await campaignOf(ctx);
      const id = Number(data.nominationId);
      const item = answer.value.startsWith(ATTEST) || answer.value.startsWith(CONFIRM) ? await itemOf(ctx, campaign.id, id, answer.value.slice(answer.value.indexOf(':') + 1)) : null;
      if (item && answer.value.startsWith(ATTEST)) {
        return { replies: [ctx.t('nomination-ask-attest-note', { title: item.title, ...ATTESTATION_NOTE })], ask: { step: 'attestNote', data: { nominationId: id, itemCode: item.code, title: item.title }, acceptsText: true } };
      }
      if (item) {
        await ctx.services.nominations.confirm(actorOf(ctx), campaign.id, id, item.code);
        return { replies: [ctx.t('nomination-confirmed', { title: item.title })] };
      }
      if (answer.value === WITHDRAW) {
        await ctx.services.nominations.withdraw(actorOf(ctx), campaign.id, id);
        return { replies: [ctx.t('nomination-withdrawn')] };
      }
      await ctx.services.nominations.submit(actorOf(ctx), campaign.id, id);
      return { replies: [ctx.t('nomination-submitted')] };
    },
    async attestNote(ctx, data, answer) {
      const note = answer.kind === 'text' ? answer.text.trim() : '';
      const { min, max } = ATTESTATION_NOTE;
      if (note.length < min || note.length > max) return { replies: [ctx.t('attestation-note-length', { min, max, length: note.length })], retry: true };
      const campaign = await campaignOf(ctx);
      await ctx.services.nominations.attest(actorOf(ctx), campaign.id, Number(data.nominationId), String(data.itemCode), note);
      return { replies: [ctx.t('nomination-attested', { title: String(data.title), office: campaign.leadOffice })] };
    },
    async kind(ctx, data, answer) {
      const { campaign, unit } = await unitOf(ctx, data);
      const kind = answer.kind === 'option' ? (answer.value as NomineeKind) : null;
      if (kind === 'COLLECTIVE') return askForm(ctx, campaign.id, { ...data, kind, memberId: null });
      const people = (await ctx.services.members.membersOfOrganization(campaign.organizationId)).filter((m) => m.unitId === unit.id);
      if (people.length === 0) return { replies: [ctx.t('nomination-no-members', { unit: unit.name, office: campaign.leadOffice })] };
      return {
        replies: [ctx.t('nomination-ask-member', { unit: unit.name })],
        ask: { step: 'member', data: { ...data, kind: 'INDIVIDUAL' }, options: people.map((m) => ({ value: String(m.id), label: m.fullName })) },
      };
    },
    async member(ctx, data, answer) {
      const campaign = await campaignOf(ctx);
      return askForm(ctx, campaign.id, { ...data, memberId: answer.kind === 'option' ? Number(answer.value) : null });
    },
    async form(ctx, data, answer) {
      const { campaign, unit } = await unitOf(ctx, data);
      const awardForm = answer.kind === 'option' ? answer.value : '';
      const first = await ctx.services.nominations.findStanding(campaign.id, nomineeOf(data), awardForm);
      if (first) {
        const args = { kind: first.kind, name: first.memberName ?? first.unitName, form: first.awardTitle, status: first.status, date: formatDate(first.createdAt) };
        return { replies: [ctx.t('nomination-duplicate', args)] };
      }
      const people = await ctx.services.members.membersOfOrganization(campaign.organizationId);
      const name = people.find((m) => m.id === nomineeOf(data).memberId)?.fullName ?? null;
      const nominee = nomineeName(ctx, { kind: data.kind as NomineeKind, unitName: unit.name, memberName: name });
      return { replies: [ctx.t('nomination-ask-summary', { nominee, ...NOMINATION_SUMMARY })], ask: { step: 'summary', data: { ...data, awardForm, nominee }, acceptsText: true } };
    },
    async summary(ctx, data, answer) {
      const summary = answer.kind === 'text' ? answer.text : '';
      const { min, max } = NOMINATION_SUMMARY;
      if (summary.length < min || summary.length > max) return { replies: [ctx.t('nomination-summary-length', { min, max, length: summary.length })], retry: true };
      const campaign = await campaignOf(ctx);
      const check = await ctx.services.nominations.evaluate(campaign.id, nomineeOf(data), String(data.awardForm));
      const lines = [ctx.t('nomination-check-new', { nominee: String(data.nominee) }), ...checklistLines(ctx, check), '', verdict(ctx, check, true)];
      const draft = { value: DRAFT, label: ctx.t('nomination-option-draft') };
      const cancel = { value: CANCEL, label: ctx.t('option-cancel') };
      const options = check.eligible ? [{ value: SUBMIT, label: ctx.t('nomination-option-submit') }, draft, cancel] : [draft, cancel];
      return { replies: [lines.join('\n')], ask: { step: 'confirm', data: { ...data, summary }, options } };
    },
    async confirm(ctx, data, answer) {
      if (answer.kind !== 'option' || answer.value === CANCEL) return { replies: [ctx.t('nomination-cancelled')] };
      const campaign = await campaignOf(ctx);
      const actor = actorOf(ctx);
      const { id } = await ctx.services.nominations.nominate(actor, campaign.id, { ...nomineeOf(data), awardForm: String(data.awardForm), summary: String(data.summary) });
      if (answer.value === DRAFT) return { replies: [ctx.t('nomination-saved-draft')] };
      try {
        await ctx.services.nominations.submit(actor, campaign.id, id);
      } catch (error) {
        // The data changed between the check and now: the draft is kept and says why it waits.
        if (error instanceof RuleError) return { replies: [`${ctx.t(error.reason, error.args)}\n${ctx.t('nomination-saved-draft')}`] };
        throw error;
      }
      return { replies: [ctx.t('nomination-submitted')] };
    },
  },
};
