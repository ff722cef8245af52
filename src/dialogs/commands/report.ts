import { closingDay } from '../../domain/closing.js';
import { formatDate } from '../../domain/dates.js';
import { formatNumber, isInRange, parseDecimal } from '../../domain/numbers.js';
import { criterionPoints } from '../../domain/scoring.js';
import { NOTE_MAX } from '../../domain/text.js';
import { taskAreasFor, type CampaignView, type CriterionView } from '../../services/campaigns/campaigns.js';
import type { StoredBlob } from '../../services/shared/file-store.js';
import { mayReportFor } from '../../services/reporting/reports.js';
import { formatTarget, formatValue } from '../../domain/targets.js';
import { actorOf, type Command, type DialogContext, type DialogData, type StepResult } from '../port.js';
import { campaignOf, unitFromArgs } from '../scope.js';

// /baocao: unit (secretariat only) → task area → criterion → value → note → evidence files →
// confirm → saved.

const SKIP = 'skip';
const DONE = 'done';
const SAVE = 'save';
const CANCEL = 'cancel';

function criterionOf(campaign: CampaignView, id: unknown): CriterionView | undefined {
  return campaign.taskAreas.flatMap((a) => a.criteria).find((c) => c.id === id);
}

function rangeText(ctx: DialogContext, c: CriterionView): string {
  return c.maxValue === null
    ? ctx.t('report-range-min', { min: formatValue(c.minValue, c.unitOfMeasure) })
    : ctx.t('report-range', { min: formatValue(c.minValue, c.unitOfMeasure), max: formatValue(c.maxValue, c.unitOfMeasure) });
}

/** The task areas the unit reports on: a commune-wide target is offered to its holder only. */
function askArea(ctx: DialogContext, campaign: CampaignView, unit: { id: number; name: string }): StepResult {
  return {
    replies: [ctx.t('report-pick-area', { unit: unit.name })],
    ask: {
      step: 'area',
      data: { unitId: unit.id },
      options: taskAreasFor(campaign, unit.id).map((a) => ({ value: String(a.id), label: a.title })),
    },
  };
}

async function askValue(ctx: DialogContext, campaign: CampaignView, unitId: number, c: CriterionView): Promise<StepResult> {
  const last = await ctx.services.reports.latestValue(campaign.id, unitId, c.id);
  const lines = [
    ctx.t('report-ask-value', { criterion: c.title }),
    c.target === null ? ctx.t('report-no-target') : ctx.t('report-target', { target: formatTarget(ctx.t, c) }),
    rangeText(ctx, c),
    last ? ctx.t('report-last', { value: formatValue(last.value, c.unitOfMeasure), date: formatDate(last.reportedAt) }) : ctx.t('report-first'),
  ];
  return { replies: [lines.join('\n')], ask: { step: 'value', data: { unitId, criterionId: c.id } } };
}

export const reportCommand: Command = {
  name: 'baocao',
  access: ['HEAD', 'ADMIN'],
  descriptionKey: 'cmd-baocao',
  async start(ctx, args) {
    const campaign = await campaignOf(ctx);
    const overseer = actorOf(ctx).roles.includes('ADMIN');
    const unit = unitFromArgs(ctx, campaign, args, overseer);
    if (unit && mayReportFor(actorOf(ctx), unit.id)) return askArea(ctx, campaign, unit);
    if (!overseer) return { replies: [ctx.t('report-no-unit')] };
    return {
      replies: [ctx.t('report-pick-unit')],
      ask: { step: 'unit', data: {}, options: campaign.units.map((u) => ({ value: String(u.id), label: u.name })) },
    };
  },
  steps: {
    async unit(ctx, _data, answer) {
      const campaign = await campaignOf(ctx);
      const unit = campaign.units.find((u) => String(u.id) === (answer.kind === 'option' ? answer.value : ''));
      if (!unit) return { replies: [ctx.t('report-unit-gone')] };
      return askArea(ctx, campaign, unit);
    },
    async area(ctx, data, answer) {
      const campaign = await campaignOf(ctx);
      const unitId = Number(data.unitId);
      const area = taskAreasFor(campaign, unitId).find((a) => String(a.id) === (answer.kind === 'option' ? answer.value : ''));
      if (!area) return { replies: [ctx.t('report-criterion-gone')] };
      if (area.criteria.length === 1) return askValue(ctx, campaign, unitId, area.criteria[0]!);
      return {
        replies: [ctx.t('report-pick-criterion', { area: area.title })],
        ask: { step: 'criterion', data: { unitId }, options: area.criteria.map((c) => ({ value: String(c.id), label: c.title })) },
      };
    },
    async criterion(ctx, data, answer) {
      const campaign = await campaignOf(ctx);
      const c = criterionOf(campaign, answer.kind === 'option' ? Number(answer.value) : null);
      if (!c) return { replies: [ctx.t('report-criterion-gone')] };
      return askValue(ctx, campaign, Number(data.unitId), c);
    },
    async value(ctx, data, answer) {
      const campaign = await campaignOf(ctx);
      const c = criterionOf(campaign, data.criterionId);
      if (!c) return { replies: [ctx.t('report-criterion-gone')] };
      const parsed = answer.kind === 'text' ? parseDecimal(answer.text) : null;
      if (!parsed) return { replies: [`${ctx.t('report-value-not-number', { example: formatNumber(98.5) })}\n${rangeText(ctx, c)}`], retry: true };
      if (parsed.percent && c.unitOfMeasure !== '%') return { replies: [ctx.t('report-value-not-percent', { unit: c.unitOfMeasure })], retry: true };
      if (!isInRange(parsed.value, c.minValue, c.maxValue)) {
        return { replies: [`${ctx.t('report-out-of-range-value', { value: formatValue(parsed.value, c.unitOfMeasure) })}\n${rangeText(ctx, c)}`], retry: true };
      }
      return {
        replies: [ctx.t('report-ask-note')],
        ask: { step: 'note', data: { ...data, value: parsed.value }, options: [{ value: SKIP, label: ctx.t('option-skip') }], acceptsText: true, maxLength: NOTE_MAX },
      };
    },
    async note(ctx, data, answer) {
      const note = answer.kind === 'text' ? answer.text : null;
      return askEvidence(ctx, { ...data, note, files: [] }, []);
    },
    async evidence(ctx, data, answer) {
      const files = (data.files as StoredBlob[] | undefined) ?? [];
      if (answer.kind === 'option') return confirm(ctx, data);
      if (answer.kind === 'text') return { replies: [ctx.t('report-evidence-need-file')], retry: true };
      const campaign = await campaignOf(ctx);
      const blob = await ctx.services.files.receive(answer.file, ctx.t('report-evidence-fallback-name'));
      const earlier = await ctx.services.reports.findEvidence(campaign.id, Number(data.unitId), Number(data.criterionId), blob.sha256);
      if (earlier || files.some((f) => f.sha256 === blob.sha256)) {
        return { replies: [ctx.t('file-duplicate', { date: formatDate(earlier?.createdAt ?? ctx.now) })], retry: true };
      }
      const next = [...files, blob];
      return askEvidence(ctx, { ...data, files: next }, [ctx.t('report-evidence-received', { name: blob.originalName, count: next.length })]);
    },
    async confirm(ctx, data, answer) {
      if (answer.kind !== 'option' || answer.value === CANCEL) return { replies: [ctx.t('report-cancelled')] };
      const campaign = await campaignOf(ctx);
      const c = criterionOf(campaign, data.criterionId);
      if (!c) return { replies: [ctx.t('report-criterion-gone')] };
      const unitId = Number(data.unitId);
      const value = Number(data.value);
      const { previous, late } = await ctx.services.reports.saveProgress({
        actor: actorOf(ctx),
        campaignId: campaign.id,
        unitId,
        criterionId: c.id,
        value,
        note: typeof data.note === 'string' ? data.note : null,
        channel: ctx.envelope.channel,
        evidence: (data.files as StoredBlob[] | undefined) ?? [],
      });
      const standings = await ctx.services.standings.current(campaign.id);
      const entry = standings.entries.find((e) => e.unitId === unitId);
      const before = previous ? formatValue(previous.value, c.unitOfMeasure) : ctx.t('report-none-before');
      const points = criterionPoints(c, value);
      return {
        replies: [
          [
            ctx.t('report-saved', { criterion: c.title, before, after: formatValue(value, c.unitOfMeasure) }),
            points === null ? ctx.t('report-points-manual') : ctx.t('report-points', { points: formatNumber(points), max: formatNumber(c.maxPoints) }),
            late ? ctx.t('report-saved-late', { date: formatDate(closingDay(campaign)), office: campaign.leadOffice }) : '',
            entry ? ctx.t('report-unit-standing', { unit: entry.unitName, score: formatNumber(entry.score), rank: entry.rank, count: standings.entries.length }) : '',
          ]
            .filter(Boolean)
            .join('\n'),
        ],
      };
    },
  },
};

function askEvidence(ctx: DialogContext, data: DialogData, before: string[]): StepResult {
  const count = (data.files as unknown[]).length;
  const prompt = ctx.t(ctx.envelope.noDocuments ? 'report-ask-evidence-photo-only' : 'report-ask-evidence');
  return {
    replies: [[...before, prompt].join('\n')],
    ask: {
      step: 'evidence',
      data,
      acceptsFile: true,
      // Text gets a hint that a file is what this step wants, rather than "not an option".
      acceptsText: true,
      options: [count === 0 ? { value: SKIP, label: ctx.t('option-skip') } : { value: DONE, label: ctx.t('option-done') }],
    },
  };
}

async function confirm(ctx: DialogContext, data: DialogData): Promise<StepResult> {
    const campaign = await campaignOf(ctx);
    const c = criterionOf(campaign, data.criterionId);
    const unit = campaign.units.find((u) => u.id === Number(data.unitId));
    if (!c || !unit) return { replies: [ctx.t('report-criterion-gone')] };
    const summary = ctx.t('report-confirm', {
      unit: unit.name,
      criterion: c.title,
      value: formatValue(Number(data.value), c.unitOfMeasure),
      note: typeof data.note === 'string' && data.note ? data.note : ctx.t('report-note-none'),
      files: ((data.files as StoredBlob[] | undefined) ?? []).length,
    });
    return {
      replies: [summary],
      ask: { step: 'confirm', data, options: [{ value: SAVE, label: ctx.t('option-save') }, { value: CANCEL, label: ctx.t('option-cancel') }] },
    };
}
