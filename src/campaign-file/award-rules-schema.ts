import { z } from 'zod';
import { CHECKS, itemsOf, UNIT_SCORE_CHECKS, type Checklist } from '../domain/eligibility.js';
import { code, GRADES, text } from './primitives.js';

// `award_rules`: who may be nominated (domain/eligibility.ts): per nominee kind (and award forms),
// the plan's criteria as a checklist of "all_of" or "any_of", one nested group at most, each item
// computed (check) or attested by the head. `where` names the plan's section; `default: true`
// marks a checklist the plan does not state.

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
    // "Individuals are judged on individual criteria, never on their unit's grade" (README, Khen thưởng).
    const byUnit = items.find((i) => c.nominee === 'INDIVIDUAL' && UNIT_SCORE_CHECKS.includes(i.check));
    if (byUnit) ctx.addIssue({ code: 'custom', message: 'cf-error-elig-individual-unit', params: { code: byUnit.code } });
    const source = c.where !== undefined ? { where: c.where } : { default: true as const, ...(c.note === undefined ? {} : { note: c.note }) };
    return { nominee: c.nominee, ...(c.forms ? { forms: c.forms } : {}), source, rule };
  });

export const awardRules = z.strictObject({ eligibility: z.array(checklist).default([]) });

/** The award forms and grades a checklist names must be among the file's quotas and grade bands. */
export function checkEligibilityNames(
  file: { award_rules: z.output<typeof awardRules>; award_quotas: readonly { form: string }[]; grade_bands: readonly { grade: string }[] },
  ctx: z.RefinementCtx,
): void {
  const forms = new Set(file.award_quotas.map((q) => q.form));
  file.award_rules.eligibility.forEach((c, i) => {
    const unknown = c.forms?.find((f) => !forms.has(f));
    if (unknown)
      ctx.addIssue({ code: 'custom', message: 'cf-error-elig-form', path: ['award_rules', 'eligibility', i, 'forms'], params: { form: unknown, known: [...forms].join(', ') } });
    const grade = itemsOf(c.rule).find((it) => it.grade !== undefined && !file.grade_bands.some((b) => b.grade === it.grade));
    if (grade) ctx.addIssue({ code: 'custom', message: 'cf-error-elig-band', path: ['award_rules', 'eligibility', i], params: { grade: grade.grade! } });
  });
}
