import { describe, expect, it } from 'vitest';
import { checkQuotas, percent, tally, type Quota, type QuotaEntry, type VoteChoice } from '../../src/domain/awards.js';

// Eligibility is the plan's checklist: test/domain/eligibility.test.ts.

// ---------------------------------------------------------------------------------------------
// Council tally

const TWO_THIRDS = 0.6667;
/** `n` votes of members 1…n, the first `agree` agreeing, then `disagree` disagreeing, the rest abstaining. */
function votes(n: number, agree: number, disagree = n - agree): Array<{ memberId: number; choice: VoteChoice }> {
  return Array.from({ length: n }, (_, i) => ({
    memberId: i + 1,
    choice: i < agree ? 'AGREE' : i < agree + disagree ? 'DISAGREE' : 'ABSTAIN',
  }));
}

describe('tally: quorum', () => {
  it.each([
    // council, voted, quorum met
    [3, 1, false],
    [3, 2, true],
    [3, 3, true],
    [5, 3, false],
    [5, 4, true],
    [6, 3, false],
    [6, 4, true],
    [9, 5, false],
    [9, 6, true],
    [10, 6, false],
    [10, 7, true],
    [300, 199, false],
    [300, 200, true],
  ])('council of %d, %d voted → %s with 2/3 given as 0.6667', (councilSize, n, met) => {
    expect(tally({ councilSize, votes: votes(n, n), quorum: TWO_THIRDS, threshold: 0.7 }).quorumMet).toBe(met);
  });

  it('reads an exact 2/3 the same way as 0.6667', () => {
    expect(tally({ councilSize: 3, votes: votes(2, 2), quorum: 2 / 3, threshold: 0.7 }).quorumMet).toBe(true);
    expect(tally({ councilSize: 6, votes: votes(4, 4), quorum: 2 / 3, threshold: 0.7 }).quorumMet).toBe(true);
    expect(tally({ councilSize: 5, votes: votes(3, 3), quorum: 2 / 3, threshold: 0.7 }).quorumMet).toBe(false);
  });

  it('does not pass without the quorum, even when everyone who voted agreed', () => {
    const t = tally({ councilSize: 9, votes: votes(5, 5), quorum: TWO_THIRDS, threshold: 0.7 });
    expect(t).toEqual({ voted: 5, agree: 5, disagree: 0, abstain: 0, quorumMet: false, base: 'VOTED', denominator: 5, approvalShare: 1, passed: false });
  });

  it('counts abstentions towards the quorum', () => {
    const t = tally({ councilSize: 3, votes: votes(2, 0, 0), quorum: TWO_THIRDS, threshold: 0.7 });
    expect(t.quorumMet).toBe(true);
    expect(t.abstain).toBe(2);
    expect(t.passed).toBe(false);
  });
});

describe('tally: threshold', () => {
  it('passes 7 of 10 against 70 %', () => {
    expect(tally({ councilSize: 10, votes: votes(10, 7), quorum: TWO_THIRDS, threshold: 0.7 })).toEqual({
      voted: 10,
      agree: 7,
      disagree: 3,
      abstain: 0,
      quorumMet: true,
      approvalShare: 0.7,
      passed: true,
      base: 'VOTED',
      denominator: 10,
    });
  });

  it('fails 69.9 % against 70 % (699 of 1000)', () => {
    const t = tally({ councilSize: 1000, votes: votes(1000, 699), quorum: TWO_THIRDS, threshold: 0.7 });
    expect(t.approvalShare).toBe(0.699);
    expect(percent(t.approvalShare)).toBe(69.9);
    expect(t.passed).toBe(false);
  });

  it('passes exactly 70 % of a larger council (700 of 1000)', () => {
    const t = tally({ councilSize: 1000, votes: votes(1000, 700), quorum: TWO_THIRDS, threshold: 0.7 });
    expect(t.approvalShare).toBe(0.7);
    expect(t.passed).toBe(true);
  });

  it('fails 6 of 9 (66.67 %) and passes 7 of 9 (77.78 %) against 70 %', () => {
    const six = tally({ councilSize: 9, votes: votes(9, 6), quorum: TWO_THIRDS, threshold: 0.7 });
    expect(six.approvalShare).toBe(0.6667);
    expect(six.passed).toBe(false);
    const seven = tally({ councilSize: 9, votes: votes(9, 7), quorum: TWO_THIRDS, threshold: 0.7 });
    expect(seven.approvalShare).toBe(0.7778);
    expect(seven.passed).toBe(true);
  });

  it('counts abstentions in the denominator (agree / voted)', () => {
    // 7 agree, 0 disagree, 3 abstain: 70 % of those who voted, 100 % of those who took a side.
    const t = tally({ councilSize: 10, votes: votes(10, 7, 0), quorum: TWO_THIRDS, threshold: 0.7 });
    expect([t.agree, t.disagree, t.abstain]).toEqual([7, 0, 3]);
    expect(t.approvalShare).toBe(0.7);
    // 6 agree, 0 disagree, 3 abstain of 9: 66.67 %, fails although nobody disagreed.
    const u = tally({ councilSize: 9, votes: votes(9, 6, 0), quorum: TWO_THIRDS, threshold: 0.7 });
    expect(u.approvalShare).toBe(0.6667);
    expect(u.passed).toBe(false);
  });

  it('divides by those who voted, not by the council', () => {
    // 5 of a council of 6 voted, 4 agreed: 80 % of the votes (66.67 % of the council).
    const t = tally({ councilSize: 6, votes: votes(5, 4), quorum: TWO_THIRDS, threshold: 0.7 });
    expect(t.approvalShare).toBe(0.8);
    expect(t.passed).toBe(true);
  });
});

describe('tally: votes', () => {
  it('lets a member change their vote: the last one counts, once', () => {
    const t = tally({
      councilSize: 3,
      votes: [
        { memberId: 1, choice: 'DISAGREE' },
        { memberId: 2, choice: 'AGREE' },
        { memberId: 1, choice: 'ABSTAIN' },
        { memberId: 3, choice: 'AGREE' },
        { memberId: 1, choice: 'AGREE' },
      ],
      quorum: TWO_THIRDS,
      threshold: 0.7,
    });
    expect(t).toEqual({ voted: 3, agree: 3, disagree: 0, abstain: 0, quorumMet: true, base: 'VOTED', denominator: 3, approvalShare: 1, passed: true });
  });

  it('turns a pass into a fail when a member changes AGREE to DISAGREE', () => {
    const before = votes(3, 3);
    expect(tally({ councilSize: 3, votes: before, quorum: TWO_THIRDS, threshold: 0.7 }).passed).toBe(true);
    const after = tally({ councilSize: 3, votes: [...before, { memberId: 2, choice: 'DISAGREE' }], quorum: TWO_THIRDS, threshold: 0.7 });
    expect(after).toMatchObject({ voted: 3, agree: 2, disagree: 1, approvalShare: 0.6667, passed: false });
  });

  it('handles nobody voting: no quorum, share 0, not passed', () => {
    expect(tally({ councilSize: 5, votes: [], quorum: TWO_THIRDS, threshold: 0.7 })).toEqual({
      voted: 0,
      agree: 0,
      disagree: 0,
      abstain: 0,
      quorumMet: false,
      approvalShare: 0,
      passed: false,
      base: 'VOTED',
      denominator: 0,
    });
  });

  it('never passes with nobody voting, even with a zero quorum and threshold', () => {
    const t = tally({ councilSize: 5, votes: [], quorum: 0, threshold: 0 });
    expect(t.quorumMet).toBe(true);
    expect(t.approvalShare).toBe(0);
    expect(t.passed).toBe(false);
  });

  it('has no quorum with an empty council', () => {
    expect(tally({ councilSize: 0, votes: [], quorum: TWO_THIRDS, threshold: 0.7 }).quorumMet).toBe(false);
  });

  it('rejects impossible input', () => {
    expect(() => tally({ councilSize: 2, votes: votes(3, 3), quorum: TWO_THIRDS, threshold: 0.7 })).toThrow(RangeError);
    expect(() => tally({ councilSize: -1, votes: [], quorum: TWO_THIRDS, threshold: 0.7 })).toThrow(RangeError);
    expect(() => tally({ councilSize: 2.5, votes: [], quorum: TWO_THIRDS, threshold: 0.7 })).toThrow(RangeError);
    expect(() => tally({ councilSize: 5, votes: [], quorum: 66.67, threshold: 0.7 })).toThrow(/quorum/);
    expect(() => tally({ councilSize: 5, votes: [], quorum: TWO_THIRDS, threshold: 70 })).toThrow(/threshold/);
    expect(() => tally({ councilSize: 5, votes: [], quorum: Number.NaN, threshold: 0.7 })).toThrow(RangeError);
  });

  it('does not modify the votes', () => {
    const given = votes(4, 2);
    const copy = structuredClone(given);
    tally({ councilSize: 5, votes: given, quorum: TWO_THIRDS, threshold: 0.7 });
    expect(given).toEqual(copy);
  });
});

// ---------------------------------------------------------------------------------------------
// Quotas

const QUOTAS: Quota[] = [
  { kind: 'COLLECTIVE', awardForm: 'GIAY_KHEN', maxCount: 1 },
  { kind: 'INDIVIDUAL', awardForm: 'GIAY_KHEN', maxCount: 4 },
];
const entries = (collectives: number, individuals: number, awardForm = 'GIAY_KHEN'): QuotaEntry[] => [
  ...Array.from({ length: collectives }, () => ({ kind: 'COLLECTIVE' as const, awardForm })),
  ...Array.from({ length: individuals }, () => ({ kind: 'INDIVIDUAL' as const, awardForm })),
];

describe('checkQuotas', () => {
  it('accepts a list exactly at the quotas (01 collective + 04 individuals)', () => {
    expect(checkQuotas(entries(1, 4), QUOTAS)).toEqual({ ok: true, over: [], unknown: [] });
  });

  it('accepts a list under the quotas, and an empty list', () => {
    expect(checkQuotas(entries(0, 2), QUOTAS).ok).toBe(true);
    expect(checkQuotas([], QUOTAS)).toEqual({ ok: true, over: [], unknown: [] });
  });

  it('refuses 5 individuals with excess 1', () => {
    expect(checkQuotas(entries(1, 5), QUOTAS)).toEqual({
      ok: false,
      over: [{ kind: 'INDIVIDUAL', awardForm: 'GIAY_KHEN', maxCount: 4, count: 5, excess: 1 }],
      unknown: [],
    });
  });

  it('refuses 2 collectives with excess 1', () => {
    expect(checkQuotas(entries(2, 4), QUOTAS).over).toEqual([{ kind: 'COLLECTIVE', awardForm: 'GIAY_KHEN', maxCount: 1, count: 2, excess: 1 }]);
  });

  it('reports every quota exceeded, in the order of the quotas', () => {
    const list = [...entries(0, 7), ...entries(3, 0)];
    expect(checkQuotas(list, QUOTAS).over).toEqual([
      { kind: 'COLLECTIVE', awardForm: 'GIAY_KHEN', maxCount: 1, count: 3, excess: 2 },
      { kind: 'INDIVIDUAL', awardForm: 'GIAY_KHEN', maxCount: 4, count: 7, excess: 3 },
    ]);
  });

  it('a form the plan sets no number for has no limit, but is still a known form', () => {
    const quotas: Quota[] = [...QUOTAS, { kind: 'COLLECTIVE', awardForm: 'BANG_KHEN', maxCount: null }];
    expect(checkQuotas([...entries(1, 4), ...entries(12, 0, 'BANG_KHEN')], quotas)).toEqual({ ok: true, over: [], unknown: [] });
    // Beside a number for the same form, the number applies.
    const both: Quota[] = [
      { kind: 'COLLECTIVE', awardForm: 'GIAY_KHEN', maxCount: null },
      { kind: 'COLLECTIVE', awardForm: 'GIAY_KHEN', maxCount: 2 },
    ];
    expect(checkQuotas(entries(3, 0), both).over).toEqual([{ kind: 'COLLECTIVE', awardForm: 'GIAY_KHEN', maxCount: 2, count: 3, excess: 1 }]);
  });

  it('counts each award form against its own quota', () => {
    const quotas: Quota[] = [...QUOTAS, { kind: 'INDIVIDUAL', awardForm: 'BANG_KHEN', maxCount: 1 }];
    expect(checkQuotas([...entries(1, 4), ...entries(0, 1, 'BANG_KHEN')], quotas).ok).toBe(true);
    expect(checkQuotas([...entries(1, 4), ...entries(0, 2, 'BANG_KHEN')], quotas).over).toEqual([{ kind: 'INDIVIDUAL', awardForm: 'BANG_KHEN', maxCount: 1, count: 2, excess: 1 }]);
  });

  it('refuses a kind/form with no quota as unknown, listed once', () => {
    const list = [...entries(1, 1), ...entries(0, 2, 'BANG_KHEN'), { kind: 'COLLECTIVE' as const, awardForm: 'CO_THI_DUA' }];
    expect(checkQuotas(list, QUOTAS)).toEqual({
      ok: false,
      over: [],
      unknown: [
        { kind: 'INDIVIDUAL', awardForm: 'BANG_KHEN' },
        { kind: 'COLLECTIVE', awardForm: 'CO_THI_DUA' },
      ],
    });
  });

  it('refuses everything when there are no quotas', () => {
    expect(checkQuotas(entries(1, 0), [])).toEqual({ ok: false, over: [], unknown: [{ kind: 'COLLECTIVE', awardForm: 'GIAY_KHEN' }] });
  });

  it('treats a quota of 0 as "none allowed"', () => {
    const quotas: Quota[] = [{ kind: 'COLLECTIVE', awardForm: 'GIAY_KHEN', maxCount: 0 }];
    expect(checkQuotas([], quotas).ok).toBe(true);
    expect(checkQuotas(entries(1, 0), quotas).over).toEqual([{ kind: 'COLLECTIVE', awardForm: 'GIAY_KHEN', maxCount: 0, count: 1, excess: 1 }]);
  });

  it('applies the smallest of duplicate quotas, reported once', () => {
    const quotas: Quota[] = [
      { kind: 'INDIVIDUAL', awardForm: 'GIAY_KHEN', maxCount: 4 },
      { kind: 'INDIVIDUAL', awardForm: 'GIAY_KHEN', maxCount: 2 },
    ];
    expect(checkQuotas(entries(0, 3), quotas).over).toEqual([{ kind: 'INDIVIDUAL', awardForm: 'GIAY_KHEN', maxCount: 2, count: 3, excess: 1 }]);
    expect(quotas[0]!.maxCount).toBe(4);
  });
});

describe('percent', () => {
  it.each([
    [0.699, 69.9],
    [0.7, 70],
    [2 / 3, 66.67],
    [0.6667, 66.67],
    [0, 0],
    [1, 100],
    [0.0001, 0.01],
  ])('%d → %d', (share, pct) => {
    expect(percent(share)).toBe(pct);
  });
});
