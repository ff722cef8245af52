import { describe, expect, it } from 'vitest';
import { countVotes, meetsQuorum, shareOf, tally } from '../../src/domain/awards.js';
import { minimumVoters } from '../../src/services/awards/council.js';

// The counting the council's tally, the open review in the summary report and the quorum message share.

describe('countVotes', () => {
  it("counts each member's last vote by choice", () => {
    const votes = [
      { memberId: 1, choice: 'DISAGREE' as const },
      { memberId: 2, choice: 'ABSTAIN' as const },
      { memberId: 1, choice: 'AGREE' as const },
      { memberId: 3, choice: 'AGREE' as const },
    ];
    expect(countVotes(votes)).toEqual({ voted: 3, agree: 2, disagree: 0, abstain: 1 });
    expect(countVotes([])).toEqual({ voted: 0, agree: 0, disagree: 0, abstain: 0 });
  });
});

describe('shareOf', () => {
  it('rounds to 4 decimals and is 0 when nobody counts', () => {
    expect([shareOf(2, 3), shareOf(7, 10), shareOf(0, 0)]).toEqual([0.6667, 0.7, 0]);
  });
});

describe('meetsQuorum', () => {
  it('2 of 3, 4 of 6 and 6 of 9 make two thirds; 3 of 5 does not; a council of 0 never does', () => {
    expect([meetsQuorum(2, 3, 0.6667), meetsQuorum(4, 6, 0.6667), meetsQuorum(6, 9, 0.6667), meetsQuorum(3, 5, 0.6667), meetsQuorum(0, 0, 0)]).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('gives the council message the same fewest voters the tally accepts', () => {
    for (const size of [3, 5, 6, 7, 9, 11]) {
      const needed = minimumVoters(size, 0.6667);
      const votes = (n: number) => Array.from({ length: n }, (_, i) => ({ memberId: i, choice: 'AGREE' as const }));
      expect(tally({ councilSize: size, quorum: 0.6667, threshold: 0.7, votes: votes(needed) }).quorumMet, `${needed} of ${size}`).toBe(true);
      expect(tally({ councilSize: size, quorum: 0.6667, threshold: 0.7, votes: votes(needed - 1) }).quorumMet, `${needed - 1} of ${size}`).toBe(false);
    }
  });
});
