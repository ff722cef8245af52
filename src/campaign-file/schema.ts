import { validate as isValidCron } from 'node-cron';
import { z } from 'zod';
import { formatDate, parseDate } from '../domain/dates.js';
import { CHECKS, itemsOf, UNIT_SCORE_CHECKS, type Checklist } from '../domain/eligibility.js';
import { DEFAULT_GRADE_BANDS } from '../domain/grades.js';
import { addWorkingDays } from '../domain/working-time.js';
import { defaultPaths } from './defaults.js';

// The campaign file contract (campaigns/*.yaml). Messages are Fluent keys (prefix cf-), never
// text: parse.ts turns each issue into a FileError that names the field and the line.
// Rules that compare siblings sit on the smallest object that holds them, so zod still runs
// them when an unrelated part of the file is broken and the person sees every error at once.

export const ROLES = ['ADMIN', 'LEADER', 'HEAD', 'MEMBER', 'COUNCIL'] as const;
const GRADES = ['XUAT_SAC', 'TOT', 'KHA', 'TRUNG_BINH', 'YEU'] as const;
/** Points of all criteria must add up to 100 within this tolerance (the plans use 12.5, 6.25…). */
const POINTS_TOLERANCE = 0.01;

const text = z.string().min(1, { error: 'cf-error-empty-text' });
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'cf-error-slug' });
const code = z.string().regex(/^[A-Za-z0-9]+([_-][A-Za-z0-9]+)*$/, { error: 'cf-error-code' });
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'cf-error-time' });
const share = z.number().gt(0, { error: 'cf-error-share' }).lte(1, { error: 'cf-error-share' });

/** "dd/mm/yyyy" → 00:00 of that day in Vietnam; "31/02/2025" is refused. */
const day = z.string().transform((value, ctx) => {
  const date = parseDate(value);
  if (date) return date;
  ctx.addIssue({ code: 'custom', message: 'cf-error-date', params: { value } });
  return z.NEVER;
});

type Path = (string | number)[];

/**
 * Adds an issue on every item whose code repeats an earlier one. Issue paths are relative to the
 * list; `list` is the list's own path, to name the first occurrence in the message.
 */
function uniqueCodes<T>(list: Path, items: readonly T[], ctx: z.RefinementCtx, codeOf: (item: T) => string, pathOf: (index: number) => Path): void {
  const first = new Map<string, number>();
  items.forEach((item, index) => {
    const value = codeOf(item);
    const earlier = first.get(value);
    if (earlier === undefined) first.set(value, index);
    else ctx.addIssue({ code: 'custom', message: 'cf-error-duplicate', path: pathOf(index), params: { code: value, first: fieldPath([...list, ...pathOf(earlier)]) } });
  });
}

/** `task_areas[2].criteria[0].target` */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

const period = z
  .strictObject({ from: day, to: day })
  .refine((p) => p.from.getTime() <= p.to.getTime(), { message: 'cf-error-period', path: ['to'] });

const gradeBand = z.strictObject({ grade: z.enum(GRADES), label: text.optional(), min: z.number().min(0).max(100) });

const gradeBands = z
  .array(gradeBand)
  .min(1)
  .superRefine((bands, ctx) => {
    uniqueCodes(['grade_bands'], bands, ctx, (b) => b.grade, (i) => [i, 'grade']);
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
// Who may be nominated (domain/eligibility.ts): per nominee kind (and award forms), the plan's
// criteria as a checklist of "all_of" or "any_of", one nested group at most, each item computed
// (check) or attested by the head. `where` names the plan's section; `default: true` marks a
// checklist the plan does not state.
const ruleItem = z
  .strictObject({ code, title: text, check: z.enum(CHECKS), grade: z.enum(GRADES).optional() })
  .refine((i) => (i.check === 'grade_at_least') === (i.grade !== undefined), { message: 'cf-error-elig-grade', path: ['grade'] });
const ruleItems = z.array(ruleItem).min(1);
/** One of all_of / any_of, as a domain group. */
function combined<T>(g: { title?: string; all_of?: T[]; any_of?: T[] }, ctx: z.RefinementCtx): { combine: 'all' | 'any'; title?: string; items: T[] } {
  if ((g.all_of === undefined) === (g.any_of === undefined)) ctx.addIssue({ code: 'custom', message: 'cf-error-elig-combine' });
  return { combine: g.any_of ? 'any' : 'all', ...(g.title === undefined ? {} : { title: g.title }), items: g.any_of ?? g.all_of ?? [] };
}
const ruleGroup = z.strictObject({ title: text.optional(), all_of: ruleItems.optional(), any_of: ruleItems.optional() }).transform(combined);
// An item has a code, a group has none: the one that fits is checked, so the person sees its own
// errors (a union would only say "invalid").
const ruleNode = z.unknown().transform((value, ctx) => {
  const schema = typeof value === 'object' && value !== null && 'code' in value ? ruleItem : ruleGroup;
  const parsed = (schema as z.ZodType<z.output<typeof ruleItem> | z.output<typeof ruleGroup>>).safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: issue.path } as z.core.$ZodRawIssue);
  return z.NEVER;
});
const checklist = z
  .strictObject({
    nominee: z.enum(['COLLECTIVE', 'INDIVIDUAL']),
    forms: z.array(code).min(1).optional(),
    where: text.optional(),
    default: z.literal(true).optional(),
    note: text.optional(),
    title: text.optional(),
    all_of: z.array(ruleNode).optional(),
    any_of: z.array(ruleNode).min(1).optional(),
  })
  .transform((c, ctx): Checklist => {
    if ((c.where === undefined) === (c.default === undefined)) ctx.addIssue({ code: 'custom', message: 'cf-error-elig-source' });
    const rule = combined(c, ctx);
    const items = itemsOf(rule);
    // Attestations are kept per item code.
    const twice = items.find((i, k) => items.findIndex((j) => j.code === i.code) !== k);
    if (twice) ctx.addIssue({ code: 'custom', message: 'cf-error-elig-duplicate', params: { code: twice.code } });
    // "Individuals are judged on individual criteria, never on their unit's grade" (issue 19).
    const byUnit = items.find((i) => c.nominee === 'INDIVIDUAL' && UNIT_SCORE_CHECKS.includes(i.check));
    if (byUnit) ctx.addIssue({ code: 'custom', message: 'cf-error-elig-individual-unit', params: { code: byUnit.code } });
    const source = c.where !== undefined ? { where: c.where } : { default: true as const, ...(c.note === undefined ? {} : { note: c.note }) };
    return { nominee: c.nominee, ...(c.forms ? { forms: c.forms } : {}), source, rule };
  });
const awardRules = z.strictObject({ eligibility: z.array(checklist).default([]) });

const workingHours = z
  .strictObject({
    days: z.array(z.int().min(1).max(7)).min(1).default([1, 2, 3, 4, 5]),
    from: clock.default('07:30'),
    to: clock.default('17:00'),
  })
  .refine((h) => h.from < h.to, { message: 'cf-error-working-hours', path: ['to'] });

const reminders = z.strictObject({
  checkin: z
    .strictObject({
      cron: z.string().refine((c) => isValidCron(c), { message: 'cf-error-cron' }).default('0 8 * * 1'),
      enabled: z.boolean().default(true),
    })
    .prefault({}),
  nudge_days_before: z.array(z.int().min(0)).default([7, 3, 1, 0]),
  escalate_after_working_days: z.int().min(1).default(3),
  working_hours: workingHours.prefault({}),
  extra_days_off: z.array(day).default([]),
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

/** "N ngày làm việc" from a day: counted over the campaign's working time once the file is read. */
const dueAfter = z.strictObject({ day, working_days: z.int().min(0) });

// A deadline is a date, or a number of working days from a date: exactly one of the two.
const deadline = z
  .strictObject({
    code,
    title: text,
    kind: z.enum(['PROGRESS_REPORT', 'SELF_SCORE', 'DOSSIER', 'VOTE', 'OTHER']),
    due: day.optional(),
    due_after: dueAfter.optional(),
  })
  .transform(({ due, due_after, ...rest }, ctx) => {
    if (due !== undefined && due_after === undefined) return { ...rest, due };
    if (due === undefined && due_after !== undefined) return { ...rest, due_after };
    ctx.addIssue({ code: 'custom', message: 'cf-error-deadline-due', params: { code: rest.code } });
    return z.NEVER;
  });

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
    uniqueCodes(['task_areas'], areas, ctx, (a) => a.code, (i) => [i, 'code']);
    // Criterion codes are unique across the campaign: reports and scores name them alone.
    const all = areas.flatMap((a, i) => a.criteria.map((c, j) => ({ code: c.code, path: [i, 'criteria', j, 'code'] })));
    uniqueCodes(['task_areas'], all, ctx, (c) => c.code, (k) => all[k]!.path);
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

/** A top-level list whose items are identified by a code unique within it. */
const listed = <T extends z.ZodType>(name: string, item: T, codeOf: (value: z.output<T>) => string, min = 0, codeField = 'code') =>
  z
    .array(item)
    .min(min)
    .superRefine((items, ctx) => uniqueCodes([name], items, ctx, codeOf, (i) => [i, codeField]));

export const campaignFileSchema = z
  .strictObject({
    organization: z.strictObject({
      code: slug,
      name: text,
      province: text.optional(),
      // the city the commune or ward belongs to: one deployment compares a city's communes
      city: z.strictObject({ code: slug, name: text }).optional(),
    }),
    campaign: z.strictObject({
      code: slug,
      title: text,
      legal_basis: text,
      organising_office: text,
      lead_office: text,
      period,
      // the last day reports count on time; left out: the period's last day
      closes_on: day.optional(),
      status: z.enum(['DRAFT', 'ACTIVE', 'REVIEW', 'CLOSED']).default('ACTIVE'),
    }).refine((c) => c.closes_on === undefined || c.closes_on.getTime() >= c.period.from.getTime(), { message: 'cf-error-closes-on', path: ['closes_on'] }),
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
    (file, ctx) => {
      const known = file.units.map((u) => u.code);
      file.members.forEach((m, i) => {
        if (m.unit !== undefined && !known.includes(m.unit)) {
          ctx.addIssue({ code: 'custom', message: 'cf-error-unknown-unit', path: ['members', i, 'unit'], params: { unit: m.unit, known: known.join(', ') } });
        }
      });
    },
    // Needs only units and members to be sound, so it reports alongside errors elsewhere.
    { when: ({ value, issues }) => soundLists(value, issues, ['units', 'members']) },
  )
  .superRefine(
    (file, ctx) => {
      const forms = new Set(file.award_quotas.map((q) => q.form));
      file.award_rules.eligibility.forEach((c, i) => {
        const unknown = c.forms?.find((f) => !forms.has(f));
        if (unknown) ctx.addIssue({ code: 'custom', message: 'cf-error-elig-form', path: ['award_rules', 'eligibility', i, 'forms'], params: { form: unknown, known: [...forms].join(', ') } });
        const grade = itemsOf(c.rule).find((it) => it.grade !== undefined && !file.grade_bands.some((b) => b.grade === it.grade));
        if (grade) ctx.addIssue({ code: 'custom', message: 'cf-error-elig-band', path: ['award_rules', 'eligibility', i], params: { grade: grade.grade! } });
      });
    },
    { when: ({ issues }) => !issues.some((i) => ['award_rules', 'award_quotas', 'grade_bands'].includes(String(i.path?.[0]))) },
  )
  .superRefine(
    (file, ctx) => {
      const known = file.units.map((u) => u.code);
      file.task_areas.forEach((a, i) =>
        a.criteria.forEach((c, j) => {
          if (c.held_by !== undefined && !known.includes(c.held_by)) {
            ctx.addIssue({ code: 'custom', message: 'cf-error-unknown-unit', path: ['task_areas', i, 'criteria', j, 'held_by'], params: { unit: c.held_by, known: known.join(', ') } });
          }
        }),
      );
    },
    { when: ({ value, issues }) => soundLists(value, issues, ['units', 'task_areas']) },
  )
  // Working-day deadlines need the campaign's working time, so they are dated on the whole file.
  .transform((file, ctx) => ({ ...file, deadlines: file.deadlines.map((d, i) => ({ code: d.code, title: d.title, kind: d.kind, due: dueOn(d, file.reminders, ctx, i) })) }))
  .transform((file, ctx) => ({ ...file, defaults: defaultPaths(file, ctx) }));

type Reminders = z.output<typeof reminders>;

/** The deadline's last day: as written, or `working_days` working days after `day`. */
function dueOn(d: z.output<typeof deadline>, r: Reminders, ctx: z.RefinementCtx, index: number): Date {
  if ('due' in d) return d.due;
  const workingTime = { days: r.working_hours.days, from: r.working_hours.from, to: r.working_hours.to, extraDaysOff: r.extra_days_off };
  try {
    return addWorkingDays(d.due_after.day, d.due_after.working_days, workingTime);
  } catch (error) {
    // a year without holiday data (holidays.ts): said as a file error, not a crash
    if (!(error instanceof RangeError)) throw error;
    ctx.addIssue({ code: 'custom', message: 'cf-error-due-after', path: ['deadlines', index, 'due_after'], params: { day: formatDate(d.due_after.day) } });
    return z.NEVER;
  }
}

function soundLists(value: unknown, issues: readonly z.core.$ZodRawIssue[], keys: string[]): boolean {
  const record = value as Record<string, unknown> | null;
  return (
    typeof record === 'object' &&
    record !== null &&
    keys.every((k) => Array.isArray(record[k])) &&
    !issues.some((i) => keys.includes(String(i.path?.[0])))
  );
}

export type CampaignFile = z.output<typeof campaignFileSchema>;
