import { commandAccess, mayActForAnyUnit, mayActForUnit } from '../../domain/permissions.js';
import { closingDay } from '../../domain/closing.js';
import { formatDate, formatDateTime } from '../../domain/dates.js';
import { formatNumber, isInRange, parseDecimal } from '../../domain/numbers.js';
import { criterionPoints } from '../../domain/scoring.js';
import { NOTE_MAX } from '../../domain/text.js';
import { taskAreasFor, type CampaignView, type CriterionView } from '../../services/campaigns/campaigns.js';
import { formatTarget, formatValue } from '../../domain/targets.js';
import { actorOf, type Command, type DialogContext, type StepResult } from '../port.js';
import { campaignOf, unitFromArgs } from '../scope.js';
import { z } from 'zod';
import { confirmed, expectFile, optionValue, picked, typedText } from '../answers.js';
import { NO_STATE, step, storedBlob } from '../state.js';

// /baocao: unit (secretariat only) → task area → criterion → value → note → evidence files →
// confirm → saved.

const SKIP = 'skip';
const DONE = 'done';
const SAVE = 'save';
const CANCEL = 'cancel';

/** The unit reporting. */
const IN_UNIT = z.object({ unitId: z.number() });
/** The criterion reported on. */
const AT_CRITERION = IN_UNIT.extend({ criterionId: z.number() });
/** The value given, while the note is asked. */
const VALUED = AT_CRITERION.extend({ value: z.number() });
/** The note and the evidence files received so far. */
const EVIDENCED = VALUED.extend({ note: z.string().nullable(), files: z.array(storedBlob) });
type Evidenced = z.infer<typeof EVIDENCED>;

function criterionOf(campaign: CampaignView, id: number | null): CriterionView | undefined {
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
  access: commandAccess('baocao'),
  descriptionKey: 'cmd-baocao',
  async start(ctx, args) {
    const campaign = await campaignOf(ctx);
    const overseer = mayActForAnyUnit(actorOf(ctx), 'report');
    const unit = unitFromArgs(ctx, campaign, args, overseer);
    if (unit && mayActForUnit(actorOf(ctx), 'report', unit.id)) return askArea(ctx, campaign, unit);
    if (!overseer) return { replies: [ctx.t('report-no-unit')] };
    return {
      replies: [ctx.t('report-pick-unit')],
      ask: { step: 'unit', data: {}, options: campaign.units.map((u) => ({ value: String(u.id), label: u.name })) },
    };
  },
  steps: {
    unit: step(NO_STATE, async (ctx, _data, answer) => {
      const campaign = await campaignOf(ctx);
      const unit = picked(answer, campaign.units, (u) => String(u.id));
      if (!unit) return { replies: [ctx.t('report-unit-gone')] };
      return askArea(ctx, campaign, unit);
    }),
    area: step(IN_UNIT, async (ctx, data, answer) => {
      const campaign = await campaignOf(ctx);
      const { unitId } = data;
      const area = picked(answer, taskAreasFor(campaign, unitId), (a) => String(a.id));
      if (!area) return { replies: [ctx.t('report-criterion-gone')] };
      if (area.criteria.length === 1) return askValue(ctx, campaign, unitId, area.criteria[0]!);
      return {
        replies: [ctx.t('report-pick-criterion', { area: area.title })],
        ask: { step: 'criterion', data: { unitId }, options: area.criteria.map((c) => ({ value: String(c.id), label: c.title })) },
      };
    }),
    criterion: step(IN_UNIT, async (ctx, data, answer) => {
      const campaign = await campaignOf(ctx);
      const value = optionValue(answer);
      const c = criterionOf(campaign, value === null ? null : Number(value));
      if (!c) return { replies: [ctx.t('report-criterion-gone')] };
      return askValue(ctx, campaign, data.unitId, c);
    }),
    value: step(AT_CRITERION, async (ctx, data, answer) => {
      const campaign = await campaignOf(ctx);
      const c = criterionOf(campaign, data.criterionId);
      if (!c) return { replies: [ctx.t('report-criterion-gone')] };
      const typed = typedText(answer);
      const parsed = typed === null ? null : parseDecimal(typed);
      if (!parsed) return { replies: [`${ctx.t('report-value-not-number', { example: formatNumber(98.5) })}\n${rangeText(ctx, c)}`], retry: true };
      if (parsed.percent && c.unitOfMeasure !== '%') return { replies: [ctx.t('report-value-not-percent', { unit: c.unitOfMeasure })], retry: true };
      if (!isInRange(parsed.value, c.minValue, c.maxValue)) {
        return { replies: [`${ctx.t('report-out-of-range-value', { value: formatValue(parsed.value, c.unitOfMeasure) })}\n${rangeText(ctx, c)}`], retry: true };
      }
      return {
        replies: [ctx.t('report-ask-note')],
        ask: { step: 'note', data: { ...data, value: parsed.value }, options: [{ value: SKIP, label: ctx.t('option-skip') }], acceptsText: true, maxLength: NOTE_MAX },
      };
    }),
    note: step(VALUED, async (ctx, data, answer) => {
      return askEvidence(ctx, { ...data, note: typedText(answer), files: [] }, []);
    }),
    evidence: step(EVIDENCED, async (ctx, data, answer) => {
      const { files } = data;
      if (answer.kind === 'option') return confirm(ctx, data);
      const file = expectFile(ctx, answer, 'report-evidence-need-file');
      if ('retry' in file) return file.retry;
      const campaign = await campaignOf(ctx);
      const blob = await ctx.services.files.receive(file.value, ctx.t('report-evidence-fallback-name'));
      const earlier = await ctx.services.reports.findEvidence(campaign.id, data.unitId, data.criterionId, blob.sha256);
      if (earlier || files.some((f) => f.sha256 === blob.sha256)) {
        return { replies: [ctx.t('file-duplicate', { date: formatDate(earlier?.createdAt ?? ctx.now) })], retry: true };
      }
      const next = [...files, blob];
      return askEvidence(ctx, { ...data, files: next }, [ctx.t('report-evidence-received', { name: blob.originalName, count: next.length })]);
    }),
    confirm: step(EVIDENCED, async (ctx, data, answer) => {
      if (!confirmed(answer, SAVE)) return { replies: [ctx.t('report-cancelled')] };
      const campaign = await campaignOf(ctx);
      const c = criterionOf(campaign, data.criterionId);
      if (!c) return { replies: [ctx.t('report-criterion-gone')] };
      const { unitId, value } = data;
      const { previous, late, reportId } = await ctx.services.reports.saveProgress({
        actor: actorOf(ctx),
        campaignId: campaign.id,
        unitId,
        criterionId: c.id,
        value,
        note: data.note,
        channel: ctx.envelope.channel,
        evidence: data.files,
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
            evidenceLink(ctx, campaign.id, reportId),
          ]
            .filter(Boolean)
            .join('\n'),
        ],
      };
    }),
  },
};

/** Where documents cannot come through the chat (Zalo): a link to send PDF or Word evidence for the saved report. */
function evidenceLink(ctx: DialogContext, campaignId: number, reportId: number): string {
  const links = ctx.services.webLinks;
  if (ctx.envelope.capabilities.documents || !links.enabled) return '';
  const link = links.mint(actorOf(ctx).memberId, { kind: 'evidence', channel: ctx.envelope.channel, campaignId, reportId });
  return ctx.t('report-evidence-link', { url: link.url, until: formatDateTime(link.expiresAt) });
}

function askEvidence(ctx: DialogContext, data: Evidenced, before: string[]): StepResult {
  const count = data.files.length;
  // Where documents cannot come through the chat (Zalo), the saved report gets an upload link.
  const prompt = ctx.t(
    ctx.envelope.capabilities.documents ? 'report-ask-evidence' : ctx.services.webLinks.enabled ? 'report-ask-evidence-photo-link' : 'report-ask-evidence-photo-only',
  );
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

async function confirm(ctx: DialogContext, data: Evidenced): Promise<StepResult> {
  const campaign = await campaignOf(ctx);
  const c = criterionOf(campaign, data.criterionId);
  const unit = campaign.units.find((u) => u.id === data.unitId);
  if (!c || !unit) return { replies: [ctx.t('report-criterion-gone')] };
  const summary = ctx.t('report-confirm', {
    unit: unit.name,
    criterion: c.title,
    value: formatValue(data.value, c.unitOfMeasure),
    note: data.note || ctx.t('report-note-none'),
    files: data.files.length,
  });
  return {
    replies: [summary],
    ask: {
      step: 'confirm',
      data,
      options: [
        { value: SAVE, label: ctx.t('option-save') },
        { value: CANCEL, label: ctx.t('option-cancel') },
      ],
    },
  };
}
