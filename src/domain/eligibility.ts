// Each plan's own award criteria (docs/award-rules.md §2): a checklist per nominee kind, items combined
// with "all of" or "at least one of", each item computed from the data or attested by a person.
// Pure: no I/O, no Prisma. Reasons name Fluent messages ("elig-…"); titles are the plan's words.

import { isGradeAtLeast, type GradeBand } from './grades.js';

export type { NomineeKind } from './awards.js';
import type { NomineeKind } from './awards.js';

/**
 * - attested: the head ticks it (with a note), the secretariat confirms;
 * - grade_at_least: the unit's classification on appraised scores reaches `grade`;
 * - leading: the unit is first in the appraised standings ("dẫn đầu");
 * - no_violation: no disciplinary violation in the period (the unit's staff, or the person);
 * - initiative_recognised: at least one initiative recognised (the unit's, or the person's).
 */
export const CHECKS = ['attested', 'grade_at_least', 'leading', 'no_violation', 'initiative_recognised'] as const;
export type Check = (typeof CHECKS)[number];
/** Checks that read the unit's scores: never asked of an individual, who is not judged on the unit's grade. */
export const UNIT_SCORE_CHECKS: readonly Check[] = ['grade_at_least', 'leading'];

export interface RuleItem {
  code: string;
  title: string;
  check: Check;
  /** for grade_at_least */
  grade?: string;
}

export interface RuleGroup {
  combine: 'all' | 'any';
  /** the plan's connective, e.g. "đạt một trong các tiêu chuẩn sau" */
  title?: string;
  items: RuleNode[];
}

export type RuleNode = RuleItem | RuleGroup;

/** Where a checklist comes from: a section of the plan, or a default the plan does not state. */
export type RuleSource = { where: string } | { default: true; note?: string };

export interface Checklist {
  nominee: NomineeKind;
  /** the award forms it applies to; absent: every form */
  forms?: string[];
  source: RuleSource;
  rule: RuleGroup;
}

/** What Campaign.awardRules holds. */
export interface AwardRules {
  checklists: Checklist[];
}

/** Used when the campaign file gives no checklist for a nominee and form. */
export const GENERAL_RULES: Omit<Checklist, 'nominee'> = Object.freeze({
  source: Object.freeze({ default: true as const, note: 'theo quy định chung' }),
  rule: Object.freeze({ combine: 'all' as const, items: [] }),
});

export function isGroup(node: RuleNode): node is RuleGroup {
  return 'combine' in node;
}

/** Every item of a rule, depth first. */
export function itemsOf(group: RuleGroup): RuleItem[] {
  return group.items.flatMap((n) => (isGroup(n) ? itemsOf(n) : [n]));
}

/** The checklist for a nominee kind and an award form: the first that names the form, else one for every form. */
export function checklistFor(rules: AwardRules | null, kind: NomineeKind, awardForm: string): Checklist {
  const ofKind = (rules?.checklists ?? []).filter((c) => c.nominee === kind);
  return ofKind.find((c) => c.forms?.includes(awardForm)) ?? ofKind.find((c) => !c.forms) ?? { nominee: kind, ...GENERAL_RULES };
}

export interface Facts {
  violations: number;
  recognisedInitiatives: number;
  /** the unit's grade on appraised scores; null when the unit has no grade yet */
  grade: string | null;
  /** titles of the unit's criteria without an appraised score: while any remain, its grade is provisional */
  unappraised: readonly string[];
  /** the unit's rank in the standings, null when not ranked */
  rank: number | null;
  /** units of the campaign that still have unappraised criteria: ranks are official only at 0 */
  unitsUnappraised: number;
  /** attested items of this nomination, by item code */
  attestations: ReadonlyMap<string, { confirmed: boolean }>;
}

/** Unappraised criteria named in a message; the rest are counted. */
const NAMED = 3;

export type ItemState = 'met' | 'not_met' | 'awaiting_appraisal' | 'awaiting_confirmation';
export type GroupState = 'met' | 'not_met' | 'waiting';

export interface ItemResult {
  code: string;
  title: string;
  check: Check;
  state: ItemState;
  /** a Fluent message saying why, and its arguments */
  reason: string;
  args: Record<string, string | number>;
}

export interface GroupResult {
  combine: 'all' | 'any';
  title?: string;
  state: GroupState;
  children: Array<ItemResult | GroupResult>;
}

export function isGroupResult(node: ItemResult | GroupResult): node is GroupResult {
  return 'children' in node;
}

/**
 * Evaluates a rule against the facts. An item waits (awaiting_appraisal) while the scores it reads
 * are not all appraised, and an attested item waits for the secretariat's confirmation; a group of
 * "all" fails when one item fails, else waits when one waits; a group of "any" passes when one
 * item passes, else waits when one waits. An empty "all" passes: nothing beyond the general rules.
 */
export function evaluateRule(group: RuleGroup, facts: Facts, bands: readonly GradeBand[]): GroupResult {
  const children = group.items.map((n) => (isGroup(n) ? evaluateRule(n, facts, bands) : evaluateItem(n, facts, bands)));
  const states = children.map((c) => c.state);
  const waits = states.some((s) => s !== 'met' && s !== 'not_met');
  const state: GroupState =
    group.combine === 'all' ? (states.includes('not_met') ? 'not_met' : waits ? 'waiting' : 'met') : states.includes('met') ? 'met' : waits ? 'waiting' : 'not_met';
  return { combine: group.combine, ...(group.title === undefined ? {} : { title: group.title }), state, children };
}

function evaluateItem(item: RuleItem, facts: Facts, bands: readonly GradeBand[]): ItemResult {
  const at = (state: ItemState, reason: string, args: Record<string, string | number> = {}): ItemResult => ({
    code: item.code,
    title: item.title,
    check: item.check,
    state,
    reason,
    args,
  });
  switch (item.check) {
    case 'attested': {
      const given = facts.attestations.get(item.code);
      if (!given) return at('not_met', 'elig-attest-missing');
      return given.confirmed ? at('met', 'elig-attest-confirmed') : at('awaiting_confirmation', 'elig-attest-unconfirmed');
    }
    case 'grade_at_least': {
      const needed = bands.find((b) => b.grade === item.grade);
      if (!needed) throw new Error(`eligibility: grade ${item.grade} of ${item.code} is not among the grade bands`);
      if (facts.unappraised.length > 0)
        return at('awaiting_appraisal', 'elig-grade-unappraised', {
          count: facts.unappraised.length,
          criteria: facts.unappraised.slice(0, NAMED).join('; '),
          more: Math.max(0, facts.unappraised.length - NAMED),
        });
      const have = facts.grade === null ? undefined : bands.find((b) => b.grade === facts.grade);
      if (!have) return at('not_met', 'elig-grade-none', { needed: needed.label });
      return at(isGradeAtLeast(have.grade, needed.grade, bands) ? 'met' : 'not_met', 'elig-grade', { grade: have.label, needed: needed.label });
    }
    case 'leading':
      if (facts.unitsUnappraised > 0) return at('awaiting_appraisal', 'elig-leading-unappraised', { count: facts.unitsUnappraised });
      return facts.rank === 1 ? at('met', 'elig-leading', { rank: 1 }) : at('not_met', 'elig-leading', { rank: facts.rank ?? 0 });
    case 'no_violation':
      return at(facts.violations === 0 ? 'met' : 'not_met', 'elig-violations', { count: facts.violations });
    case 'initiative_recognised':
      return at(facts.recognisedInitiatives > 0 ? 'met' : 'not_met', 'elig-initiatives', { count: facts.recognisedInitiatives });
  }
}

/** Items in a state, depth first. */
export function itemsIn(result: GroupResult, state: ItemState): ItemResult[] {
  return result.children.flatMap((c) => (isGroupResult(c) ? itemsIn(c, state) : c.state === state ? [c] : []));
}

/** The items that keep the rule from passing: not met, and not in a group that is met anyway. */
export function failingItems(result: GroupResult): ItemResult[] {
  if (result.state === 'met') return [];
  return result.children.flatMap((c) => (isGroupResult(c) ? failingItems(c) : c.state === 'not_met' ? [c] : []));
}
