// Award rules (DESIGN §3, issue 4): nominee eligibility, council tally, quotas on the final list.
// Pure: no I/O, no Prisma. Kinds and choices are the Prisma enums' values as plain strings.
// Nothing here is user-facing text: failures carry reason codes that name Fluent messages
// ("award-…") and the arguments those messages need.

import { isGradeAtLeast, type GradeBand } from './grades.js';
import { roundTo } from './numbers.js';

/** Prisma `NomineeKind`. */
export type NomineeKind = 'COLLECTIVE' | 'INDIVIDUAL';
/** Prisma `VoteChoice`. */
export type VoteChoice = 'AGREE' | 'DISAGREE' | 'ABSTAIN';

// ---------------------------------------------------------------------------------------------
// Eligibility

export type EligibilityReason =
  | 'award-grade-too-low'
  | 'award-not-graded'
  | 'award-violation'
  | 'award-initiative-missing'
  | 'award-dossier-incomplete';

export interface EligibilityFailure {
  reason: EligibilityReason;
  args: Record<string, string | number>;
}

export interface EligibilityInput {
  kind: NomineeKind;
  /** The unit's grade code (e.g. 'TOT'); for an individual, the grade of their unit. null = not graded yet. */
  grade: string | null;
  bands: readonly GradeBand[];
  /** Lowest grade that qualifies; default 'TOT' ("Tốt" or better, DESIGN §3). */
  minimumGrade?: string;
  /** Disciplinary violations in the period: the unit's for a collective, the person's for an individual. */
  violations: number;
  /** Whether the campaign's criteria ask this nominee for a recognised initiative (the caller decides per kind). */
  initiativeRequired: boolean;
  recognisedInitiatives: number;
  /** Document kind codes: those the campaign requires and those on file for the nomination. */
  dossier: { required: readonly string[]; filed: readonly string[] };
}

export interface Eligibility {
  eligible: boolean;
  failures: EligibilityFailure[];
}

export const DEFAULT_MINIMUM_GRADE = 'TOT';

/**
 * Checks every award rule and lists every one that fails (not just the first), always in this
 * order, with the arguments their messages need:
 * - `award-not-graded` { needed, neededLabel }: no grade yet, or a grade code that is not among
 *   `bands` (it cannot be compared, so it must be graded again) — instead of the grade check;
 * - `award-grade-too-low` { grade, gradeLabel, needed, neededLabel }: below `minimumGrade`
 *   (the minimum itself qualifies: "Tốt" exactly is enough for "Tốt or better");
 * - `award-violation` { count }: any disciplinary violation in the period;
 * - `award-initiative-missing` { recognised }: an initiative is required and none is recognised;
 * - `award-dossier-incomplete` { missing, missingCount }: required document codes not filed,
 *   in the order of `required`, without repeats, joined with ", ".
 * Throws on a configuration or data error: `minimumGrade` not among `bands`, or a count that is
 * not a non-negative integer.
 */
export function eligibility(input: EligibilityInput): Eligibility {
  const { bands, grade, violations, recognisedInitiatives } = input;
  const minimumGrade = input.minimumGrade ?? DEFAULT_MINIMUM_GRADE;
  const needed = bands.find((b) => b.grade === minimumGrade);
  if (needed === undefined) throw new Error(`eligibility: minimum grade ${minimumGrade} is not among the grade bands`);
  assertCount('violations', violations);
  assertCount('recognisedInitiatives', recognisedInitiatives);

  const failures: EligibilityFailure[] = [];
  const have = grade === null ? undefined : bands.find((b) => b.grade === grade);
  if (have === undefined) {
    failures.push({ reason: 'award-not-graded', args: { needed: needed.grade, neededLabel: needed.label } });
  } else if (!isGradeAtLeast(have.grade, needed.grade, bands)) {
    failures.push({
      reason: 'award-grade-too-low',
      args: { grade: have.grade, gradeLabel: have.label, needed: needed.grade, neededLabel: needed.label },
    });
  }
  if (violations > 0) failures.push({ reason: 'award-violation', args: { count: violations } });
  if (input.initiativeRequired && recognisedInitiatives < 1) {
    failures.push({ reason: 'award-initiative-missing', args: { recognised: recognisedInitiatives } });
  }
  const filed = new Set(input.dossier.filed);
  const missing = [...new Set(input.dossier.required)].filter((code) => !filed.has(code));
  if (missing.length > 0) {
    failures.push({ reason: 'award-dossier-incomplete', args: { missing: missing.join(', '), missingCount: missing.length } });
  }
  return { eligible: failures.length === 0, failures };
}

function assertCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`eligibility: ${name} must be a non-negative integer, got ${value}`);
}

// ---------------------------------------------------------------------------------------------
// Council tally

export interface TallyInput {
  /** Members of the council (everyone who may vote), present or not. */
  councilSize: number;
  /** Votes on one nominee, oldest first; only council members' votes. */
  votes: ReadonlyArray<{ memberId: number; choice: VoteChoice }>;
  /** Share of the council that must vote for a valid review, e.g. 0.6667 for 2/3. */
  quorum: number;
  /** Share of agreeing votes needed, e.g. 0.7 for 70 %. */
  threshold: number;
}

export interface Tally {
  voted: number;
  agree: number;
  disagree: number;
  abstain: number;
  quorumMet: boolean;
  /** agree / voted rounded to 4 decimals; 0 when nobody voted. */
  approvalShare: number;
  passed: boolean;
}

/** Shares (attendance, approval) are compared at this many decimals, the precision the settings are given in. */
export const SHARE_DECIMALS = 4;

/**
 * Tallies the council's votes on one nominee.
 * - Each member counts once: when a member appears more than once, the last vote wins (a member
 *   may change the vote until the review closes).
 * - Quorum: met when voted / councilSize, rounded to 4 decimals, is ≥ `quorum`. The rounding is
 *   the tolerance that makes 0.6667 mean exactly two thirds: 2 of 3, 4 of 6 and 6 of 9 (all
 *   0.6667) meet it, 3 of 5 (0.6) and 5 of 9 (0.5556) do not. An exact 2/3 works the same way.
 *   A council of 0 never has a quorum.
 * - Approval share: agree / voted, so abstentions count in the denominator and weigh like
 *   "not agreeing". This is the stricter reading of "tỷ lệ đồng ý" (share of those who voted,
 *   not only of those who took a side). Rounded to 4 decimals; 0 when nobody voted.
 * - passed = quorumMet && approvalShare ≥ threshold (7 of 10 = 0.7 passes 0.7; 0.699 fails).
 *   Nobody voting never passes, whatever the settings.
 * Throws a RangeError when councilSize is not a non-negative integer, when quorum or threshold
 * is outside [0, 1], or when more distinct members voted than the council has.
 */
export function tally(input: TallyInput): Tally {
  const { councilSize, quorum, threshold } = input;
  if (!Number.isInteger(councilSize) || councilSize < 0) throw new RangeError(`tally: councilSize must be a non-negative integer, got ${councilSize}`);
  assertShare('quorum', quorum);
  assertShare('threshold', threshold);

  const last = new Map<number, VoteChoice>();
  for (const vote of input.votes) last.set(vote.memberId, vote.choice);
  let agree = 0;
  let disagree = 0;
  let abstain = 0;
  for (const choice of last.values()) {
    if (choice === 'AGREE') agree++;
    else if (choice === 'DISAGREE') disagree++;
    else abstain++;
  }
  const voted = last.size;
  if (voted > councilSize) throw new RangeError(`tally: ${voted} members voted but the council has ${councilSize}`);

  const quorumMet = councilSize > 0 && roundTo(voted / councilSize, SHARE_DECIMALS) >= quorum;
  // Abstentions are in the denominator: see above.
  const approvalShare = voted === 0 ? 0 : roundTo(agree / voted, SHARE_DECIMALS);
  const passed = quorumMet && voted > 0 && approvalShare >= threshold;
  return { voted, agree, disagree, abstain, quorumMet, approvalShare, passed };
}

function assertShare(name: string, value: number): void {
  if (!(value >= 0 && value <= 1)) throw new RangeError(`tally: ${name} must be a share between 0 and 1, got ${value}`);
}

// ---------------------------------------------------------------------------------------------
// Quotas

export interface QuotaEntry {
  kind: NomineeKind;
  awardForm: string;
}

export interface Quota extends QuotaEntry {
  maxCount: number;
}

export interface QuotaExcess extends Quota {
  count: number;
  excess: number;
}

export interface QuotaCheck {
  ok: boolean;
  /** Quotas the list exceeds, in the order of `quotas`; excess = count − maxCount. */
  over: QuotaExcess[];
  /** Kind/form pairs on the list with no quota (not allowed), in order of first appearance. */
  unknown: QuotaEntry[];
}

/**
 * Checks a final list against the campaign's quotas, which are hard limits (DESIGN §3): a list
 * exactly at a quota is ok, one over is refused with excess 1. A kind/award form on the list with
 * no quota is `unknown` and also makes the list not ok. Kinds and award forms match exactly (codes).
 * Should one kind/form have several quotas, the smallest applies (reported once, in the place of
 * the first of them).
 */
export function checkQuotas(list: readonly QuotaEntry[], quotas: readonly Quota[]): QuotaCheck {
  const counts = new Map<string, number>();
  const firstSeen = new Map<string, QuotaEntry>();
  for (const entry of list) {
    const k = quotaKey(entry);
    counts.set(k, (counts.get(k) ?? 0) + 1);
    if (!firstSeen.has(k)) firstSeen.set(k, { kind: entry.kind, awardForm: entry.awardForm });
  }

  const limits = new Map<string, Quota>();
  for (const quota of quotas) {
    const k = quotaKey(quota);
    const known = limits.get(k);
    if (known === undefined) limits.set(k, { kind: quota.kind, awardForm: quota.awardForm, maxCount: quota.maxCount });
    else known.maxCount = Math.min(known.maxCount, quota.maxCount);
  }

  const over: QuotaExcess[] = [];
  for (const [k, quota] of limits) {
    const count = counts.get(k) ?? 0;
    if (count > quota.maxCount) over.push({ ...quota, count, excess: count - quota.maxCount });
  }
  const unknown = [...firstSeen].filter(([k]) => !limits.has(k)).map(([, entry]) => entry);
  return { ok: over.length === 0 && unknown.length === 0, over, unknown };
}

function quotaKey(entry: QuotaEntry): string {
  return `${entry.kind}\u0000${entry.awardForm}`;
}

// ---------------------------------------------------------------------------------------------

/** A share as a percentage for messages, rounded to 2 decimals: 0.699 → 69.9, 2/3 → 66.67. */
export function percent(share: number): number {
  return roundTo(share * 100, 2);
}
