import { origin, preamble, sentences, tidy, topicOf, type Line } from './structure.js';
import type { AdminLevel, AwardForm, DraftQuota, Found, Missing, Nominee } from './types.js';

// Award forms and who decides them (Luật Thi đua, khen thưởng 2022): a Giấy khen of the commune's
// Chủ tịch is decided by the commune (Điều 80.3); a Bằng khen of the province's or city's Chủ tịch
// is only proposed by the commune, the higher level decides. Quotas are "01 tập thể, 04 cá nhân",
// in the sentence naming the form or in the section that names it.

const LEVELS = '(xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố)';
const GRANTER = new RegExp(`Chủ tịch\\s+(?:UBND|Ủy ban nhân dân|Ủy ban Nhân dân)\\s+${LEVELS}`, 'giu');
const AWARD = /(Giấy khen|Bằng khen)/giu;
const QUOTA = /(\d{1,3})\s+(tập thể|cá nhân)/giu;

const CODE: Record<string, string> = {
  xã: 'XA',
  phường: 'PHUONG',
  'thị trấn': 'TT',
  huyện: 'HUYEN',
  quận: 'QUAN',
  'thị xã': 'TX',
  tỉnh: 'TINH',
  'thành phố': 'TP',
};

export function awardForm(kind: string, level: string, commune: AdminLevel | undefined): AwardForm {
  const giay = /giấy/iu.test(kind);
  const lower = level.toLowerCase();
  const title = `${giay ? 'Giấy khen' : 'Bằng khen'} của Chủ tịch UBND ${lower}`;
  const form = `${giay ? 'GIAY_KHEN' : 'BANG_KHEN'}_CT_${CODE[lower]}`;
  // a commune's own plan: its own Chủ tịch decides, anyone above only on its proposal
  const local = commune !== undefined ? lower === commune : ['xã', 'phường', 'thị trấn'].includes(lower);
  return local ? { form, title, decidedBy: 'local' } : { form, title, decidedBy: 'higher', decider: `Chủ tịch UBND ${lower}` };
}

function nomineesIn(text: string): Nominee[] {
  const collective = /tập thể/iu.test(text);
  const individual = /cá nhân/iu.test(text);
  if (collective === individual) return ['COLLECTIVE', 'INDIVIDUAL'];
  return collective ? ['COLLECTIVE'] : ['INDIVIDUAL'];
}

/** Each award named with its granter in one sentence: the granter nearest to the award word. */
function formsIn(sentence: string, commune: AdminLevel | undefined): AwardForm[] {
  const granters = [...sentence.matchAll(GRANTER)];
  const forms: AwardForm[] = [];
  for (const award of sentence.matchAll(AWARD)) {
    const nearest = granters.sort((a, b) => Math.abs(a.index - award.index) - Math.abs(b.index - award.index))[0];
    if (nearest) forms.push(awardForm(award[1]!, nearest[1]!, commune));
  }
  return forms;
}

export function findQuotas(lines: Line[], commune: AdminLevel | undefined): { quotas: DraftQuota[]; missing: Missing[] } {
  const quotas: DraftQuota[] = [];
  // the bases and the trích yếu name no award of this plan; Nơi nhận and funding set none
  const head = new Set(preamble(lines));
  const body = lines.filter((l) => !head.has(l) && topicOf(l) !== 'recipients' && topicOf(l) !== 'funding');
  const formLines: Array<{ line: Line; form: AwardForm }> = [];
  for (const line of body) {
    for (const sentence of sentences(line.body)) {
      for (const form of formsIn(sentence, commune)) {
        formLines.push({ line, form });
        for (const nominee of nomineesIn(sentence)) {
          if (!quotas.some((q) => q.nominee === nominee && 'from' in q.award && q.award.value.form === form.form)) {
            quotas.push({ nominee, award: { value: form, from: origin(line, sentence) } });
          }
        }
      }
    }
  }
  for (const line of body) {
    for (const sentence of sentences(line.body)) {
      const numbers = [...sentence.matchAll(QUOTA)];
      if (numbers.length === 0) continue;
      const named = formsIn(sentence, commune)[0];
      // "Số lượng khen: 01 tập thể, 01 cá nhân" under the heading that names the form
      const section = formLines.filter((f) => f.line.parents.at(-1) === line.parents.at(-1)).map((f) => f.form);
      const locals = [...new Set(formLines.filter((f) => f.form.decidedBy === 'local').map((f) => f.form.form))];
      const form =
        named ?? (new Set(section.map((f) => f.form)).size === 1 ? section[0] : locals.length === 1 ? formLines.find((f) => f.form.form === locals[0])!.form : undefined);
      if (!form) continue;
      for (const n of numbers) {
        const nominee: Nominee = /tập thể/iu.test(n[2]!) ? 'COLLECTIVE' : 'INDIVIDUAL';
        const quota = quotas.find((q) => q.nominee === nominee && 'from' in q.award && q.award.value.form === form.form);
        const max: Found<number> = { value: Number(n[1]), from: origin(line, tidy(sentence)) };
        if (quota) quota.max ??= max;
        else quotas.push({ nominee, award: { value: form, from: origin(line, tidy(sentence)) }, max });
      }
    }
  }
  const missing: Missing[] = [];
  if (quotas.length === 0) missing.push({ path: 'award_quotas', key: 'plan-draft-missing-award-forms' });
  else if (!quotas.some((q) => q.max)) missing.push({ path: 'award_quotas.max', key: 'plan-draft-missing-award-numbers' });
  return { quotas, missing };
}
