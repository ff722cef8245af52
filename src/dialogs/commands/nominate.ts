import { formatDate } from '../../domain/dates.js';
import type { NomineeKind } from '../../domain/awards.js';
import type { CampaignView } from '../../services/campaigns.js';
import { RuleError } from '../../services/errors.js';
import { mayNominateFor, NOMINATION_SUMMARY, type NominationCheck, type Nominee } from '../../services/nominations.js';
import { actorOf, type Command, type DialogContext, type DialogData, type StepResult } from '../port.js';
import { campaignOf, unitFromArgs } from '../scope.js';

// /denghi: the head's nominations first (with status: re-check and submit a draft, or withdraw),
// then a new one: Tập thể / Cá nhân (→ a member of the unit) → award form → achievement summary →
// the eligibility check rule by rule → "Gửi Hội đồng" when everything passes, else "Lưu nháp".

const NEW = 'new';
const SUBMIT = 'submit';
const DRAFT = 'draft';
const CANCEL = 'cancel';
const WITHDRAW = 'withdraw';
const KEEP = 'keep';

type Unit = { id: number; name: string };

function nomineeName(ctx: DialogContext, n: { kind: NomineeKind; unitName: string; memberName: string | null }): string {
  return ctx.t('nomination-nominee', { kind: n.kind, unit: n.unitName, name: n.memberName ?? '' });
}

const statusOf = (ctx: DialogContext, status: string) => ctx.t('nomination-status', { status });

/** Every rule with ✓ or ✗, in the order domain/awards.ts checks them; failures say what to do. */
function checkLines(ctx: DialogContext, check: NominationCheck): string[] {
  const failed = (...reasons: string[]) => check.failures.find((f) => reasons.includes(f.reason));
  const line = (failure: ReturnType<typeof failed>, ok: () => string) => (failure ? `✗ ${ctx.t(failure.reason, failure.args)}` : `✓ ${ok()}`);
  return [
    line(failed('award-not-graded', 'award-grade-too-low'), () => ctx.t('nomination-rule-grade-ok', { grade: check.grade?.label ?? '', needed: check.needed.label })),
    line(failed('award-violation'), () => ctx.t('nomination-rule-violation-ok')),
    line(failed('award-initiative-missing'), () =>
      ctx.t(check.initiativeRequired ? 'nomination-rule-initiative-ok' : 'nomination-rule-initiative-optional', { count: check.recognisedInitiatives }),
    ),
    line(failed('award-dossier-incomplete'), () => ctx.t('nomination-rule-dossier-ok', check.dossier)),
  ];
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

async function askKind(ctx: DialogContext, campaignId: number, unit: Unit): Promise<StepResult> {
  const kinds: NomineeKind[] = [];
  for (const kind of ['COLLECTIVE', 'INDIVIDUAL'] as const) if ((await ctx.services.nominations.forms(campaignId, kind)).length > 0) kinds.push(kind);
  if (kinds.length === 0) return { replies: [ctx.t('nomination-no-quotas')] };
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
    if (existing.length === 0) return askKind(ctx, s.campaign.id, s.unit);
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
      if (answer.kind !== 'option' || answer.value === NEW) return askKind(ctx, campaign.id, unit);
      const n = (await ctx.services.nominations.list(campaign.id, { unitId: unit.id })).find((x) => String(x.id) === answer.value);
      if (!n || (n.status !== 'DRAFT' && n.status !== 'SUBMITTED')) return { replies: [ctx.t('nomination-gone')] };
      const check = await ctx.services.nominations.check(campaign.id, n.id);
      const lines = [ctx.t('nomination-check-title', { nominee: nomineeName(ctx, n), form: n.awardTitle, status: statusOf(ctx, n.status) }), ...checkLines(ctx, check)];
      const options = [{ value: WITHDRAW, label: ctx.t('nomination-option-withdraw') }, { value: KEEP, label: ctx.t('nomination-option-keep') }];
      if (n.status === 'DRAFT' && check.eligible) options.unshift({ value: SUBMIT, label: ctx.t('nomination-option-submit') });
      lines.push('', ctx.t(n.status === 'SUBMITTED' ? 'nomination-already-submitted' : check.eligible ? 'nomination-ready' : 'nomination-draft-not-ready'));
      return { replies: [lines.join('\n')], ask: { step: 'manage', data: { nominationId: n.id }, options } };
    },
    async manage(ctx, data, answer) {
      if (answer.kind !== 'option' || answer.value === KEEP) return { replies: [ctx.t('nomination-kept')] };
      const campaign = await campaignOf(ctx);
      const id = Number(data.nominationId);
      if (answer.value === WITHDRAW) {
        await ctx.services.nominations.withdraw(actorOf(ctx), campaign.id, id);
        return { replies: [ctx.t('nomination-withdrawn')] };
      }
      await ctx.services.nominations.submit(actorOf(ctx), campaign.id, id);
      return { replies: [ctx.t('nomination-submitted')] };
    },
    async kind(ctx, data, answer) {
      const { campaign, unit } = await unitOf(ctx, data);
      const kind = answer.kind === 'option' ? (answer.value as NomineeKind) : null;
      if (kind === 'COLLECTIVE') return askForm(ctx, campaign.id, { ...data, kind, memberId: null });
      const people = (await ctx.services.members.membersOfOrganization(campaign.organizationId)).filter((m) => m.unitId === unit.id);
      if (people.length === 0) return { replies: [ctx.t('nomination-no-members', { unit: unit.name })] };
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
      const check = await ctx.services.nominations.evaluate(campaign.id, nomineeOf(data));
      const lines = [ctx.t('nomination-check-new', { nominee: String(data.nominee) }), ...checkLines(ctx, check), '', ctx.t(check.eligible ? 'nomination-ready' : 'nomination-not-ready')];
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
