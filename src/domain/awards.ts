// Award rules (docs/award-rules.md): council tally, quotas on the final list. A nominee's
// eligibility is the plan's checklist (eligibility.ts). Pure: no I/O, no Prisma. Kinds and choices
// are the Prisma enums' values as plain strings.

import { roundTo } from './numbers.js';

/** Prisma `NomineeKind`. */
export type NomineeKind = 'COLLECTIVE' | 'INDIVIDUAL';
/** Prisma `VoteChoice`. */
export type VoteChoice = 'AGREE' | 'DISAGREE' | 'ABSTAIN';

// ---------------------------------------------------------------------------------------------
// Council tally

/** Prisma `ApprovalBase`: what the agree share is counted over. */
export type ApprovalBase = 'VOTED' | 'PRESENT' | 'ALL_MEMBERS';

export interface TallyInput {
  /** Members of the council (everyone who may vote), present or not. */
  councilSize: number;
  /** Votes on one nominee, oldest first; only council members' votes. */
  votes: ReadonlyArray<{ memberId: number; choice: VoteChoice }>;
  /** Share of the council that must take part for a valid review, e.g. 0.6667 for 2/3. */
  quorum: number;
  /** Share of agreeing votes needed, e.g. 0.7 for 70 %. */
  threshold: number;
  /** The counting rule (the council's quy chế); VOTED when not given. */
  base?: ApprovalBase;
  /** Council members recorded present at the meeting: needed for PRESENT, ignored otherwise. */
  present?: readonly number[];
}

export interface Tally {
  voted: number;
  agree: number;
  disagree: number;
  abstain: number;
  quorumMet: boolean;
  /** the rule applied */
  base: ApprovalBase;
  /** what the agree share is counted over: members who voted, members present, or the council's size */
  denominator: number;
  /** agree / denominator rounded to 4 decimals; 0 when the denominator is 0. */
  approvalShare: number;
  passed: boolean;
}

/** Shares (attendance, approval) are compared at this many decimals, the precision the settings are given in. */
export const SHARE_DECIMALS = 4;

/**
 * Tallies the council's votes on one nominee under the campaign's counting rule.
 * - Each member counts once: when a member appears more than once, the last vote wins (a member
 *   may change the vote until the review closes).
 * - The rule (`base`), as published rules word it (docs/award-rules.md §1.5):
 *   - VOTED: agree ÷ members who voted on this nominee. Abstentions are cast votes, so they count
 *     in the denominator and weigh like "not agreeing". Quorum: voted ÷ councilSize.
 *   - PRESENT: agree ÷ members recorded present; a member present who does not vote counts
 *     against. Only present members' votes count (an absent member's vote would push the share
 *     over what the room decided). Quorum: present ÷ councilSize, the meeting's attendance.
 *   - ALL_MEMBERS: agree ÷ all council members; an absent member's written opinion is their vote,
 *     so every vote counts and a member who gave none counts against. Quorum: voted ÷ councilSize.
 * - Quorum is met when the share, rounded to 4 decimals, is ≥ `quorum`. The rounding is the
 *   tolerance that makes 0.6667 mean exactly two thirds: 2 of 3, 4 of 6 and 6 of 9 (all 0.6667)
 *   meet it, 3 of 5 (0.6) and 5 of 9 (0.5556) do not. A council of 0 never has a quorum.
 * - passed = quorumMet && approvalShare ≥ threshold (7 of 10 = 0.7 passes 0.7; 0.699 fails).
 *   Nobody voting never passes, whatever the settings.
 * Throws a RangeError when councilSize is not a non-negative integer, when quorum or threshold
 * is outside [0, 1], when more distinct members voted (or are present) than the council has, or
 * when the rule is PRESENT and no attendance is given.
 */
export function tally(input: TallyInput): Tally {
  const { councilSize, quorum, threshold } = input;
  const base = input.base ?? 'VOTED';
  if (!Number.isInteger(councilSize) || councilSize < 0) throw new RangeError(`tally: councilSize must be a non-negative integer, got ${councilSize}`);
  assertShare('quorum', quorum);
  assertShare('threshold', threshold);
  const present = base === 'PRESENT' ? new Set(input.present ?? missingAttendance()) : null;
  if (present && present.size > councilSize) throw new RangeError(`tally: ${present.size} members present but the council has ${councilSize}`);

  const { voted, agree, disagree, abstain } = countVotes(present ? input.votes.filter((v) => present.has(v.memberId)) : input.votes);
  if (voted > councilSize) throw new RangeError(`tally: ${voted} members voted but the council has ${councilSize}`);

  const taking = present ? present.size : voted;
  const quorumMet = meetsQuorum(taking, councilSize, quorum);
  const denominator = base === 'VOTED' ? voted : base === 'PRESENT' ? present!.size : councilSize;
  const approvalShare = shareOf(agree, denominator);
  const passed = quorumMet && voted > 0 && approvalShare >= threshold;
  return { voted, agree, disagree, abstain, quorumMet, base, denominator, approvalShare, passed };
}

/** Whether `taking` members of a council of `councilSize` make the quorum (the share at SHARE_DECIMALS); a council of 0 never does. */
export function meetsQuorum(taking: number, councilSize: number, quorum: number): boolean {
  return councilSize > 0 && roundTo(taking / councilSize, SHARE_DECIMALS) >= quorum;
}

/** Each member's last vote (a member may change it until the review closes), counted by choice. */
export function countVotes(votes: ReadonlyArray<{ memberId: number; choice: VoteChoice }>): { voted: number; agree: number; disagree: number; abstain: number } {
  const last = new Map<number, VoteChoice>();
  for (const vote of votes) last.set(vote.memberId, vote.choice);
  const choices = [...last.values()];
  const count = (choice: VoteChoice) => choices.filter((c) => c === choice).length;
  return { voted: last.size, agree: count('AGREE'), disagree: count('DISAGREE'), abstain: count('ABSTAIN') };
}

/** agree ÷ denominator at SHARE_DECIMALS, the precision shares are compared at; 0 when nobody counts. */
export function shareOf(agree: number, denominator: number): number {
  return denominator === 0 ? 0 : roundTo(agree / denominator, SHARE_DECIMALS);
}

function missingAttendance(): never {
  throw new RangeError('tally: the PRESENT rule needs the members present');
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
  /** null: the plan names the form but sets no number for it (never invent one). */
  maxCount: number | null;
}

export interface QuotaExcess extends QuotaEntry {
  maxCount: number;
  count: number;
  excess: number;
}

export interface QuotaCheck {
  ok: boolean;
  /** Quotas the list exceeds, in the order of `quotas`; excess = count − maxCount. */
  over: QuotaExcess[];
  /** Kind/form pairs on the list the campaign does not name (not allowed), in order of first appearance. */
  unknown: QuotaEntry[];
}

/**
 * Checks a final list against the campaign's quotas, which are hard limits: a list
 * exactly at a quota is ok, one over is refused with excess 1. A form whose maxCount is null has no
 * limit. A kind/award form on the list that no quota row names is `unknown` and also makes the list
 * not ok. Kinds and award forms match exactly (codes). Should one kind/form have several quotas,
 * the smallest number applies (reported once, in the place of the first of them).
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
    else if (quota.maxCount !== null) known.maxCount = known.maxCount === null ? quota.maxCount : Math.min(known.maxCount, quota.maxCount);
  }

  const over: QuotaExcess[] = [];
  for (const [k, quota] of limits) {
    const count = counts.get(k) ?? 0;
    const max = quota.maxCount;
    if (max !== null && count > max) over.push({ kind: quota.kind, awardForm: quota.awardForm, maxCount: max, count, excess: count - max });
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
