import { describe, expect, it } from 'vitest';
import { tally, type VoteChoice } from '../../src/domain/awards.js';

// The council's counting rule (docs/award-rules.md §1.5): the same votes under "members who voted",
// "members present" and "all members" give different outcomes.

function votes(...choices: Array<[number, VoteChoice]>) {
  return choices.map(([memberId, choice]) => ({ memberId, choice }));
}

// A council of 10; members 1–8 present, 9 and 10 absent. 1–6 agree, 7 disagrees, 8 present but silent.
const COUNCIL = 10;
const PRESENT = [1, 2, 3, 4, 5, 6, 7, 8];
const SIX_OF_SEVEN = votes([1, 'AGREE'], [2, 'AGREE'], [3, 'AGREE'], [4, 'AGREE'], [5, 'AGREE'], [6, 'AGREE'], [7, 'DISAGREE']);
const base = { councilSize: COUNCIL, quorum: 0.6667, threshold: 0.7 };

describe('tally under each counting rule', () => {
  it('6 agree of 7 voted, 8 present, 10 members: passes over voters (85.71%) and present (75%), fails over all members (60%)', () => {
    expect(tally({ ...base, votes: SIX_OF_SEVEN })).toMatchObject({ base: 'VOTED', denominator: 7, approvalShare: 0.8571, quorumMet: true, passed: true });
    expect(tally({ ...base, votes: SIX_OF_SEVEN, base: 'PRESENT', present: PRESENT })).toMatchObject({
      base: 'PRESENT',
      denominator: 8,
      approvalShare: 0.75,
      quorumMet: true,
      passed: true,
    });
    expect(tally({ ...base, votes: SIX_OF_SEVEN, base: 'ALL_MEMBERS' })).toMatchObject({
      base: 'ALL_MEMBERS',
      denominator: 10,
      approvalShare: 0.6,
      quorumMet: true,
      passed: false,
    });
  });

  it('with 9 present (one more silent member) the present rule fails too: 6/9 = 66.67% < 70%', () => {
    const t = tally({ ...base, votes: SIX_OF_SEVEN, base: 'PRESENT', present: [...PRESENT, 9] });
    expect(t).toMatchObject({ denominator: 9, approvalShare: 0.6667, passed: false });
    expect(tally({ ...base, votes: SIX_OF_SEVEN })).toMatchObject({ passed: true });
  });

  it('all members: written opinions of absent members count, so 7 agree of 10 passes at 70%', () => {
    const written = votes(...SIX_OF_SEVEN.map((v): [number, VoteChoice] => [v.memberId, v.choice]), [9, 'AGREE']);
    expect(tally({ ...base, votes: written, base: 'ALL_MEMBERS' })).toMatchObject({ agree: 7, voted: 8, denominator: 10, approvalShare: 0.7, passed: true });
  });

  it('present: votes of members not recorded present are left out, and the quorum is the attendance', () => {
    const withAbsent = [...SIX_OF_SEVEN, { memberId: 10, choice: 'AGREE' as const }];
    expect(tally({ ...base, votes: withAbsent, base: 'PRESENT', present: PRESENT })).toMatchObject({ agree: 6, voted: 7, denominator: 8 });
    // 6 of 10 present is under 2/3, even though 6 voted and all agreed.
    const six = votes([1, 'AGREE'], [2, 'AGREE'], [3, 'AGREE'], [4, 'AGREE'], [5, 'AGREE'], [6, 'AGREE']);
    expect(tally({ ...base, votes: six, base: 'PRESENT', present: [1, 2, 3, 4, 5, 6] })).toMatchObject({ approvalShare: 1, quorumMet: false, passed: false });
  });

  it('voted stays the default, and nobody voting never passes under any rule', () => {
    expect(tally({ ...base, votes: [] })).toMatchObject({ base: 'VOTED', denominator: 0, approvalShare: 0, passed: false });
    expect(tally({ ...base, threshold: 0, votes: [], base: 'PRESENT', present: PRESENT })).toMatchObject({ passed: false });
    expect(tally({ ...base, threshold: 0, votes: [], base: 'ALL_MEMBERS' })).toMatchObject({ passed: false });
  });

  it('refuses the present rule without attendance, and more present than members', () => {
    expect(() => tally({ ...base, votes: SIX_OF_SEVEN, base: 'PRESENT' })).toThrow(RangeError);
    expect(() => tally({ ...base, councilSize: 3, votes: [], base: 'PRESENT', present: [1, 2, 3, 4] })).toThrow(RangeError);
  });
});
