import { searchKey } from '../../domain/text.js';
import { capitalise, numbering, origin, tidy, topicOf, type Line } from './structure.js';
import type { DraftChecklist, DraftQuota, Missing, Nominee, RuleItem } from './types.js';

// Who may be proposed: the "tiêu chuẩn khen thưởng" part, split "Đối với tập thể" / "Đối với cá
// nhân", each a list of conditions, sometimes "… và đạt một trong các tiêu chuẩn sau:" (one of).
// Each condition is checked the way its words say: discipline → no violation recorded; an initiative
// → one recognised; leading the units → the unit leads the standings; "xếp loại tốt trở lên" → the
// unit's grade (units only: people are never judged on their unit's grade); anything else the head
// attests. The CCHC index ("Chỉ số CCHC") is scored by the province, so it is attested too.

const NOMINEE = /^Đối với (tập thể|cá nhân)\s*:?\s*/iu;
const ONE_OF = /(?:,?\s*và\s+)?(đạt một trong (?:các|những) (?:tiêu chuẩn|tiêu chí|điều kiện) sau)\s*:?\s*$/iu;
const GRADES: Record<string, RuleItem['grade']> = { 'xuat sac': 'XUAT_SAC', tot: 'TOT', kha: 'KHA', 'trung binh': 'TRUNG_BINH' };
const AWARD_LEVEL = /khen thưởng (?:cấp )?(xã|phường|thị trấn|huyện|quận|tỉnh|thành phố)/iu;

export function checkOf(text: string, nominee: Nominee): Pick<RuleItem, 'check' | 'grade'> {
  const key = searchKey(text);
  if (/ky luat|ky cuong/.test(key)) return { check: 'no_violation' };
  if (/sang kien/.test(key)) return { check: 'initiative_recognised' };
  if (nominee === 'COLLECTIVE' && /dan dau/.test(key)) return { check: 'leading' };
  const grade = /xep (?:tu )?loai (xuat sac|tot|kha|trung binh)/.exec(key);
  if (nominee === 'COLLECTIVE' && grade && !/chi so/.test(key)) return { check: 'grade_at_least', grade: GRADES[grade[1]!]! };
  return { check: 'attested' };
}

function item(text: string, nominee: Nominee, line: Line): RuleItem {
  return { title: tidy(text), ...checkOf(text, nominee), from: origin(line) };
}

export function findEligibility(lines: Line[], quotas: DraftQuota[]): { eligibility: DraftChecklist[]; missing: Missing[] } {
  const eligibility: DraftChecklist[] = [];
  const formsOfLevel = (line: Line): string[] | undefined => {
    const level = [line, ...[...line.parents].reverse()].map((l) => AWARD_LEVEL.exec(l.body)?.[1]?.toLowerCase()).find(Boolean);
    if (!level) return undefined;
    const forms = [
      ...new Set(
        quotas
          .map((q) => ('from' in q.award ? q.award.value : q.award.proposed))
          .filter((f) => f.title.toLowerCase().endsWith(level))
          .map((f) => f.form),
      ),
    ];
    return forms.length > 0 ? forms : undefined;
  };
  for (const line of lines.filter((l) => topicOf(l) === 'eligibility')) {
    const m = NOMINEE.exec(line.body);
    if (m) {
      const nominee: Nominee = /tập thể/iu.test(m[1]!) ? 'COLLECTIVE' : 'INDIVIDUAL';
      let lead = line.body.slice(m[0].length);
      const oneOf = ONE_OF.exec(lead);
      if (oneOf) lead = lead.slice(0, oneOf.index);
      const under = lines.filter((l) => l.parents.includes(line));
      const items = under.filter((l) => !l.heading).map((l) => item(l.body, nominee, l));
      const allOf = tidy(lead) ? [item(lead, nominee, line)] : [];
      const forms = formsOfLevel(line);
      const checklist: DraftChecklist = oneOf
        ? { nominee, where: numbering(line), allOf, anyOf: { title: capitalise(oneOf[1]!), items } }
        : { nominee, where: numbering(line), allOf: [...allOf, ...items] };
      if (forms) checklist.forms = forms;
      if (checklist.allOf.length + (checklist.anyOf?.items.length ?? 0) > 0) eligibility.push(checklist);
      continue;
    }
    // "Khen thưởng cấp thành phố: … theo quy định của pháp luật về thi đua, khen thưởng": no own conditions
    if (!line.heading && /theo quy định của pháp luật/iu.test(line.body)) {
      const forms = formsOfLevel(line);
      if (forms) for (const nominee of ['COLLECTIVE', 'INDIVIDUAL'] as const) eligibility.push({ nominee, forms, where: numbering(line), allOf: [] });
    }
  }
  return { eligibility, missing: eligibility.length === 0 ? [{ path: 'award_rules', key: 'plan-draft-missing-eligibility' }] : [] };
}
