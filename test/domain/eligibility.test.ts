import { describe, expect, it } from 'vitest';
import { checklistFor, evaluateRule, failingItems, itemsIn, itemsOf, type AwardRules, type Facts, type RuleGroup } from '../../src/domain/eligibility.js';
import { DEFAULT_GRADE_BANDS } from '../../src/domain/grades.js';
import { loadCampaign } from '../support/core.js';

// The five plans' own award criteria, read from their campaign files and evaluated on plain facts.

const rulesOf = (name: string): AwardRules => ({ checklists: loadCampaign(`campaigns/${name}.yaml`).award_rules.eligibility });

/** A clean record: appraised Tốt, ranked 2, no violation, no initiative, nothing attested. */
const facts = (over: Partial<Facts> = {}): Facts => ({
  violations: 0,
  recognisedInitiatives: 0,
  grade: 'TOT',
  unappraised: [],
  rank: 2,
  unitsUnappraised: 0,
  attestations: new Map(),
  ...over,
});
const confirmed = (...codes: string[]) => new Map(codes.map((c) => [c, { confirmed: true }]));
const evaluate = (rule: RuleGroup, f: Facts) => evaluateRule(rule, f, DEFAULT_GRADE_BANDS);
const states = (rule: RuleGroup, f: Facts) =>
  Object.fromEntries(itemsOf(rule).map((i) => [i.code, itemsIn(evaluate(rule, f), 'met').some((m) => m.code === i.code) ? 'met' : '-']));

describe('Kim Phượng (II.3): five criteria for a collective, four for an individual, all of them', () => {
  const rules = rulesOf('kim-phuong-2025');
  const collective = checklistFor(rules, 'COLLECTIVE', 'GIAY_KHEN_CT_XA');
  const individual = checklistFor(rules, 'INDIVIDUAL', 'GIAY_KHEN_CT_XA');
  const unitAttested = confirmed('HTXS_NAM', 'TOT_NV_CCHC', 'CHI_SO_CCHC');
  const personAttested = confirmed('HTXS_NAM', 'TOT_NV_CCHC', 'VAN_BAN_DUNG_HAN');

  it('comes from the plan section, worded as the plan words it', () => {
    expect(collective.source).toEqual({ where: 'II.3 a)' });
    expect(individual.source).toEqual({ where: 'II.3 b)' });
    expect(itemsOf(collective.rule).map((i) => [i.code, i.check])).toEqual([
      ['HTXS_NAM', 'attested'],
      ['TOT_NV_CCHC', 'attested'],
      ['XEP_LOAI_CCHC', 'grade_at_least'],
      ['CHI_SO_CCHC', 'attested'],
      ['KY_CUONG', 'no_violation'],
    ]);
    expect(itemsOf(individual.rule).map((i) => i.title)).toContain(
      'Chỉ đạo, tham mưu, thực hiện đảm bảo chất lượng và đúng thời gian quy định các văn bản chỉ đạo của tỉnh, huyện và của UBND xã.',
    );
    expect(itemsOf(individual.rule).some((i) => i.check === 'grade_at_least' || i.check === 'leading')).toBe(false);
  });

  it('a collective needs Tốt on appraised scores and every attested item confirmed', () => {
    expect(evaluate(collective.rule, facts({ attestations: unitAttested })).state).toBe('met');
    const kha = evaluate(collective.rule, facts({ grade: 'KHA', attestations: unitAttested }));
    expect(kha.state).toBe('not_met');
    expect(itemsIn(kha, 'not_met')).toEqual([expect.objectContaining({ code: 'XEP_LOAI_CCHC', reason: 'elig-grade', args: { grade: 'Khá', needed: 'Tốt' } })]);
    // One item only attested, not yet confirmed: the whole list waits.
    const unconfirmed = new Map([...unitAttested, ['CHI_SO_CCHC', { confirmed: false }]]);
    expect(itemsIn(evaluate(collective.rule, facts({ attestations: unconfirmed })), 'awaiting_confirmation').map((i) => i.code)).toEqual(['CHI_SO_CCHC']);
    expect(evaluate(collective.rule, facts({ attestations: unconfirmed })).state).toBe('waiting');
  });

  it('an individual in a Khá unit is eligible on the individual criteria', () => {
    const result = evaluate(individual.rule, facts({ grade: 'KHA', unappraised: ['Tỷ lệ hồ sơ đúng hạn'], attestations: personAttested }));
    expect(result.state).toBe('met');
    expect(evaluate(individual.rule, facts({ violations: 1, attestations: personAttested })).state).toBe('not_met');
  });

  it('provisional scores: the grade item waits and names the criteria still to appraise', () => {
    const result = evaluate(collective.rule, facts({ grade: 'XUAT_SAC', unappraised: ['Tỷ lệ hồ sơ đúng hạn', 'Số hóa hồ sơ'], attestations: unitAttested }));
    expect(result.state).toBe('waiting');
    expect(itemsIn(result, 'awaiting_appraisal')).toEqual([
      expect.objectContaining({ code: 'XEP_LOAI_CCHC', reason: 'elig-grade-unappraised', args: { count: 2, criteria: 'Tỷ lệ hồ sơ đúng hạn; Số hóa hồ sơ', more: 0 } }),
    ]);
    // Three are named, the rest counted.
    const many = evaluate(collective.rule, facts({ unappraised: ['A', 'B', 'C', 'D', 'E'], attestations: unitAttested }));
    expect(itemsIn(many, 'awaiting_appraisal')[0]!.args).toEqual({ count: 5, criteria: 'A; B; C', more: 2 });
    // A failing item still fails while another waits.
    expect(evaluate(collective.rule, facts({ unappraised: ['x'], violations: 1, attestations: unitAttested })).state).toBe('not_met');
  });
});

describe('An Hải (3.2): discipline and at least one of the standards', () => {
  const rules = rulesOf('an-hai-2025');
  const collective = checklistFor(rules, 'COLLECTIVE', 'GIAY_KHEN_CT_PHUONG');
  const individual = checklistFor(rules, 'INDIVIDUAL', 'GIAY_KHEN_CT_PHUONG');

  it('a collective: leading the appraised standings or a recognised initiative, with no violation', () => {
    expect(collective.source).toEqual({ where: '3.2 a)' });
    expect(evaluate(collective.rule, facts()).state).toBe('not_met');
    expect(states(collective.rule, facts({ rank: 1 }))).toEqual({ KY_LUAT: 'met', DAN_DAU: 'met', SANG_KIEN: '-' });
    expect(evaluate(collective.rule, facts({ rank: 1 })).state).toBe('met');
    expect(evaluate(collective.rule, facts({ recognisedInitiatives: 1 })).state).toBe('met');
    expect(evaluate(collective.rule, facts({ rank: 1, recognisedInitiatives: 1, violations: 1 })).state).toBe('not_met');
    // Ranks are official only once every unit is appraised; an initiative does not need to wait.
    const waiting = evaluate(collective.rule, facts({ rank: 1, unitsUnappraised: 3 }));
    expect(waiting.state).toBe('waiting');
    expect(itemsIn(waiting, 'awaiting_appraisal')).toEqual([expect.objectContaining({ code: 'DAN_DAU', args: { count: 3 } })]);
    expect(evaluate(collective.rule, facts({ rank: 1, unitsUnappraised: 3, recognisedInitiatives: 1 })).state).toBe('met');
  });

  it('an individual: one of three standards is enough', () => {
    const group = evaluate(individual.rule, facts()).children[1]!;
    expect(group).toMatchObject({ combine: 'any', title: 'Đạt một trong các tiêu chuẩn sau', state: 'not_met' });
    expect(evaluate(individual.rule, facts({ attestations: confirmed('TRUC_TIEP_CCHC') })).state).toBe('met');
    expect(evaluate(individual.rule, facts({ recognisedInitiatives: 1 })).state).toBe('met');
    expect(evaluate(individual.rule, facts({ attestations: new Map([['THAM_MUU', { confirmed: false }]]) })).state).toBe('waiting');
    expect(evaluate(individual.rule, facts({ violations: 2, recognisedInitiatives: 1 })).state).toBe('not_met');
  });

  it("the city-level Bằng khen follows the law (3.1): no criteria of the plan's own", () => {
    const bangKhen = checklistFor(rules, 'INDIVIDUAL', 'BANG_KHEN_CT_TP');
    expect(bangKhen.source).toMatchObject({ where: expect.stringContaining('3.1') });
    expect(itemsOf(bangKhen.rule)).toEqual([]);
    expect(evaluate(bangKhen.rule, facts({ grade: 'YEU' })).state).toBe('met');
  });
});

describe('Đường An, Ninh Giang, Lê Thanh Nghị: no criteria in the plan', () => {
  it.each(['duong-an-2025', 'ninh-giang-2026', 'le-thanh-nghi-2026'])('%s: an empty checklist marked as a default, no grade gate', (name) => {
    const rules = rulesOf(name);
    for (const kind of ['COLLECTIVE', 'INDIVIDUAL'] as const) {
      const list = checklistFor(rules, kind, 'GIAY_KHEN_CT_XA');
      expect(list.source).toEqual({ default: true, note: 'theo quy định chung về thi đua, khen thưởng' });
      expect(itemsOf(list.rule)).toEqual([]);
      expect(evaluate(list.rule, facts({ grade: 'TRUNG_BINH', unappraised: ['x'] })).state).toBe('met');
    }
  });

  it('a campaign with no award rules at all gets the general default', () => {
    expect(checklistFor(null, 'COLLECTIVE', 'X')).toMatchObject({ nominee: 'COLLECTIVE', source: { default: true }, rule: { combine: 'all', items: [] } });
  });
});

describe('the items', () => {
  const item = (check: 'grade_at_least' | 'leading' | 'no_violation' | 'initiative_recognised' | 'attested', grade?: string): RuleGroup => ({
    combine: 'all',
    items: [{ code: 'X', title: 'X', check, ...(grade ? { grade } : {}) }],
  });
  const only = (rule: RuleGroup, f: Facts) => evaluate(rule, f).children[0];

  it('grade: no grade yet; the minimum itself qualifies; a grade not among the bands is a configuration error', () => {
    expect(only(item('grade_at_least', 'TOT'), facts({ grade: null }))).toMatchObject({ state: 'not_met', reason: 'elig-grade-none', args: { needed: 'Tốt' } });
    expect(only(item('grade_at_least', 'TOT'), facts({ grade: 'TOT' }))).toMatchObject({ state: 'met' });
    expect(() => evaluate(item('grade_at_least', 'GIOI'), facts())).toThrow(/GIOI/);
  });

  it('leading: rank 1 only; an unranked unit has rank 0 in the message', () => {
    expect(only(item('leading'), facts({ rank: null }))).toMatchObject({ state: 'not_met', args: { rank: 0 } });
    expect(only(item('leading'), facts({ rank: 1 }))).toMatchObject({ state: 'met' });
  });

  it('an "any" group with nothing met and one item waiting waits; an empty "all" passes', () => {
    const rule: RuleGroup = {
      combine: 'any',
      items: [
        { code: 'A', title: 'A', check: 'no_violation' },
        { code: 'B', title: 'B', check: 'attested' },
      ],
    };
    expect(evaluate(rule, facts({ violations: 1, attestations: new Map([['B', { confirmed: false }]]) })).state).toBe('waiting');
    expect(evaluate(rule, facts({ violations: 1 })).state).toBe('not_met');
    expect(evaluate({ combine: 'all', items: [] }, facts()).state).toBe('met');
  });
});

describe('failingItems', () => {
  it('names what keeps the rule from passing, not the alternatives of a group met anyway', () => {
    const individual = checklistFor(rulesOf('an-hai-2025'), 'INDIVIDUAL', 'GIAY_KHEN_CT_PHUONG');
    expect(failingItems(evaluate(individual.rule, facts({ violations: 1, recognisedInitiatives: 1 }))).map((i) => i.code)).toEqual(['KY_LUAT']);
    expect(failingItems(evaluate(individual.rule, facts())).map((i) => i.code)).toEqual(['THAM_MUU', 'SANG_KIEN', 'TRUC_TIEP_CCHC']);
    expect(failingItems(evaluate(individual.rule, facts({ recognisedInitiatives: 1 })))).toEqual([]);
  });
});
