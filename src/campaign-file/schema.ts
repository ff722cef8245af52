import { z } from 'zod';
import { DEFAULT_GRADE_BANDS } from '../domain/grades.js';
import { awardRules, checkEligibilityNames } from './award-rules-schema.js';
import { defaultPaths } from './defaults.js';
import { code, day, GRADES, listed, share, slug, text, uniqueCodes } from './primitives.js';
import { deadline, dueOn, reminders } from './schedule-schema.js';

// The campaign file contract (campaigns/*.yaml): the file's shape, with its sections' own files
// beside it (primitives.ts, award-rules-schema.ts, schedule-schema.ts). Messages are Fluent keys
// (prefix cf-), never text: parse.ts turns each issue into a FileError that names the field and
// the line. Rules that compare siblings sit on the smallest object that holds them, so zod still
// runs them when an unrelated part of the file is broken and the person sees every error at once.

export const ROLES = ['ADMIN', 'LEADER', 'HEAD', 'MEMBER', 'COUNCIL'] as const;
/** Points of all criteria must add up to 100 within this tolerance (the plans use 12.5, 6.25…). */
const POINTS_TOLERANCE = 0.01;

const period = z.strictObject({ from: day, to: day }).refine((p) => p.from.getTime() <= p.to.getTime(), { message: 'cf-error-period', path: ['to'] });

const gradeBand = z.strictObject({ grade: z.enum(GRADES), label: text.optional(), min: z.number().min(0).max(100) });

const gradeBands = z
  .array(gradeBand)
  .min(1)
  .superRefine((bands, ctx) => {
    uniqueCodes(
      ['grade_bands'],
      bands,
      ctx,
      (b) => b.grade,
      (i) => [i, 'grade'],
    );
    bands.forEach((band, i) => {
      if (i > 0 && band.min >= bands[i - 1]!.min) ctx.addIssue({ code: 'custom', message: 'cf-error-grade-order', path: [i, 'min'] });
    });
    const last = bands.length - 1;
    if (bands[last]!.min !== 0) ctx.addIssue({ code: 'custom', message: 'cf-error-grade-last', path: [last, 'min'] });
  })
  // A band written without a label takes the usual one of its grade.
  .transform((bands) => bands.map((b) => ({ grade: b.grade, label: b.label ?? DEFAULT_GRADE_BANDS.find((d) => d.grade === b.grade)!.label, min: b.min })));

/** `approval_base`: what the agree share is counted over: members who voted, members present, or all members. */
const council = z.strictObject({
  quorum: share.default(0.6667),
  approval_threshold: share.default(0.7),
  approval_base: z.enum(['voted', 'present', 'all_members']).default('voted'),
});

/**
 * An award form for one kind of nominee. `decided_by`: local when this commune's Chủ tịch decides it
 * (Giấy khen, Luật TĐKT 2022 Điều 80.3), higher when the commune only proposes it to `decider`
 * (a Bằng khen of the city's Chủ tịch). `max` only where the plan sets a number.
 */
const awardQuota = z
  .strictObject({
    nominee: z.enum(['COLLECTIVE', 'INDIVIDUAL']),
    form: code,
    title: text,
    max: z.int().min(1).optional(),
    decided_by: z.enum(['local', 'higher']).default('local'),
    decider: text.optional(),
  })
  .refine((q) => q.decided_by === 'local' || q.decider !== undefined, { message: 'cf-error-quota-decider', path: ['decider'] });

/** `per_nominee`: one document for each collective and individual proposed (Báo cáo thành tích), not one per unit. */
const dossierDocument = z.strictObject({ code, title: text, required: z.boolean().default(true), per_nominee: z.boolean().default(false) });

const unit = z.strictObject({ code, name: text });

const criterion = z
  .strictObject({
    code,
    title: text,
    unit_of_measure: text,
    target: z.number().nullable().optional(),
    min: z.number().default(0),
    max: z.number().nullable().optional(),
    scoring: z.enum(['linear', 'threshold', 'manual']),
    points: z.number().positive({ error: 'cf-error-positive' }),
    direction: z.enum(['higher', 'lower']).default('higher'),
    // a commune-wide target (An Hải's "100% TTHC của phường…"): reported once, by this unit only
    held_by: code.optional(),
  })
  .superRefine((c, ctx) => {
    const max = c.max ?? null;
    const target = c.target ?? null;
    if (max !== null && c.min >= max) ctx.addIssue({ code: 'custom', message: 'cf-error-min-max', path: ['max'], params: { min: c.min, max } });
    if (target === null && c.scoring !== 'manual') ctx.addIssue({ code: 'custom', message: 'cf-error-target-required', path: ['target'], params: { scoring: c.scoring } });
    if (target !== null && (target < c.min || (max !== null && target > max))) {
      ctx.addIssue({ code: 'custom', message: 'cf-error-target-range', path: ['target'], params: { target, min: c.min, max: max ?? '∞' } });
    }
  })
  .transform((c) => ({ ...c, target: c.target ?? null, max: c.max ?? null }));

const taskArea = z.strictObject({ code, title: text, criteria: z.array(criterion).min(1) });

const taskAreas = z
  .array(taskArea)
  .min(1)
  .superRefine((areas, ctx) => {
    uniqueCodes(
      ['task_areas'],
      areas,
      ctx,
      (a) => a.code,
      (i) => [i, 'code'],
    );
    // Criterion codes are unique across the campaign: reports and scores name them alone.
    const all = areas.flatMap((a, i) => a.criteria.map((c, j) => ({ code: c.code, path: [i, 'criteria', j, 'code'] })));
    uniqueCodes(
      ['task_areas'],
      all,
      ctx,
      (c) => c.code,
      (k) => all[k]!.path,
    );
    const sum = areas.reduce((s, a) => s + a.criteria.reduce((t, c) => t + c.points, 0), 0);
    if (Math.abs(sum - 100) > POINTS_TOLERANCE) ctx.addIssue({ code: 'custom', message: 'cf-error-points-sum', params: { sum: Math.round(sum * 100) / 100 } });
  });

const member = z.strictObject({
  code,
  name: text,
  unit: code.optional(),
  title: text.optional(),
  roles: z.array(z.enum(ROLES)).min(1),
});

export const campaignFileSchema = z
  .strictObject({
    organization: z.strictObject({
      code: slug,
      name: text,
      province: text.optional(),
      // the city the commune or ward belongs to: one deployment compares a city's communes
      city: z.strictObject({ code: slug, name: text }).optional(),
    }),
    campaign: z
      .strictObject({
        code: slug,
        title: text,
        legal_basis: text,
        organising_office: text,
        lead_office: text,
        period,
        // the last day reports count on time; left out: the period's last day
        closes_on: day.optional(),
        status: z.enum(['DRAFT', 'ACTIVE', 'REVIEW', 'CLOSED']).default('ACTIVE'),
      })
      .refine((c) => c.closes_on === undefined || c.closes_on.getTime() >= c.period.from.getTime(), { message: 'cf-error-closes-on', path: ['closes_on'] }),
    grade_bands: gradeBands.default(() => gradeBands.parse(DEFAULT_GRADE_BANDS)),
    council: council.prefault({}),
    award_rules: awardRules.prefault({}),
    // One quota per (nominee, form): that pair is the quota's identity in the database.
    award_quotas: listed('award_quotas', awardQuota, (q) => `${q.nominee} ${q.form}`, 0, 'form'),
    dossier_documents: listed('dossier_documents', dossierDocument, (d) => d.code),
    deadlines: listed('deadlines', deadline, (d) => d.code),
    reminders: reminders.prefault({}),
    // Left out → the chats already set on the campaign stay as they are.
    group_chats: z.strictObject({ telegram: text.optional(), zalo: text.optional() }).optional(),
    units: listed('units', unit, (u) => u.code, 1),
    task_areas: taskAreas,
    members: listed('members', member, (m) => m.code).default([]),
    // Values the plan never stated, by path ("deadlines.NOP_HO_SO", "criteria.*.points"): chat
    // shows them as "mặc định, kế hoạch không nêu". See defaultPaths.
    defaults: z.array(text).default([]),
  })
  .superRefine(
    (file, ctx) => file.members.forEach((m, i) => knownUnit(file, m.unit, ['members', i, 'unit'], ctx)),
    // Needs only units and members to be sound, so it reports alongside errors elsewhere.
    { when: ({ value, issues }) => soundLists(value, issues, ['units', 'members']) },
  )
  .superRefine(checkEligibilityNames, {
    when: ({ issues }) => !issues.some((i) => ['award_rules', 'award_quotas', 'grade_bands'].includes(String(i.path?.[0]))),
  })
  .superRefine((file, ctx) => file.task_areas.forEach((a, i) => a.criteria.forEach((c, j) => knownUnit(file, c.held_by, ['task_areas', i, 'criteria', j, 'held_by'], ctx))), {
    when: ({ value, issues }) => soundLists(value, issues, ['units', 'task_areas']),
  })
  // Working-day deadlines need the campaign's working time, so they are dated on the whole file.
  .transform((file, ctx) => ({ ...file, deadlines: file.deadlines.map((d, i) => ({ code: d.code, title: d.title, kind: d.kind, due: dueOn(d, file.reminders, ctx, i) })) }))
  .transform((file, ctx) => ({ ...file, defaults: defaultPaths(file, ctx) }));

/** A unit code the file uses (`path`) must be one of its units. */
function knownUnit(file: { units: { code: string }[] }, unit: string | undefined, path: (string | number)[], ctx: z.RefinementCtx): void {
  if (unit === undefined || file.units.some((u) => u.code === unit)) return;
  ctx.addIssue({ code: 'custom', message: 'cf-error-unknown-unit', path, params: { unit, known: file.units.map((u) => u.code).join(', ') } });
}

function soundLists(value: unknown, issues: readonly z.core.$ZodRawIssue[], keys: string[]): boolean {
  const record = value as Record<string, unknown> | null;
  return typeof record === 'object' && record !== null && keys.every((k) => Array.isArray(record[k])) && !issues.some((i) => keys.includes(String(i.path?.[0])));
}

export type CampaignFile = z.output<typeof campaignFileSchema>;
