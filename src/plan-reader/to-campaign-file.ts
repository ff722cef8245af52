import { roundTo } from '../domain/numbers.js';
import type { Translate } from '../i18n/i18n.js';
import { bodyName } from './draft/header.js';
import { unitKey } from './draft/offices.js';
import { isFound, valueOf, type DraftChecklist, type Origin, type PlanDraft, type RuleItem } from './draft/index.js';

// A draft as a campaign file (the YAML's shape, before parseCampaignFile's checks), so a drafted
// campaign is published through the same validation and import as a hand-written file. What the
// plan says goes in with its source; what the schema needs and the plan does not say either is a
// default the bot proposes (marked in `defaults` and in the notes) or is left out and named as
// missing, so the file does not validate until someone fills it in. Codes people type (the
// organisation's, the campaign's, the units') are never made up; codes only the file uses to link
// its parts (criteria, deadlines…) are numbered in order.

export interface Extras {
  t: Translate;
  organizationCode?: string;
  campaignCode?: string;
  /** unit name (as drafted) → code */
  unitCodes?: Record<string, string>;
}

/** A note on one value of the file: where it came from, that it is a default, or that it is missing. */
export type Note = { path: Path; kind: 'source'; origin: Origin } | { path: Path; kind: 'default'; text: string } | { path: Path; kind: 'missing'; text: string };

type Path = (string | number)[];

export interface DraftFile {
  /** the campaign file as YAML data: null where a required value is missing */
  file: Record<string, unknown>;
  notes: Note[];
}

const DEFAULT_POINTS_TOTAL = 100;

export function draftToCampaignFile(draft: PlanDraft, extras: Extras): DraftFile {
  const { t } = extras;
  const notes: Note[] = [];
  const defaults: string[] = [];
  const source = (path: Path, origin: Origin) => notes.push({ path, kind: 'source', origin });
  const proposed = (path: Path, key: string, args?: Record<string, string | number>) => notes.push({ path, kind: 'default', text: t(key, args) });
  const missing = (path: Path, key: string, args?: Record<string, string | number>) => {
    notes.push({ path, kind: 'missing', text: t(key, args) });
    return null;
  };

  const body = draft.issuingBody ? bodyName(draft.issuingBody.value) : null;
  const organization: Record<string, unknown> = {
    code: extras.organizationCode ?? missing(['organization', 'code'], 'plan-draft-missing-org-code'),
    name: body ?? missing(['organization', 'name'], 'plan-draft-missing-body'),
  };
  if (draft.issuingBody) source(['organization', 'name'], draft.issuingBody.from);

  const campaign: Record<string, unknown> = {
    code: extras.campaignCode ?? missing(['campaign', 'code'], 'plan-draft-missing-campaign-code'),
    title: draft.title?.value ?? missing(['campaign', 'title'], 'plan-draft-missing-title'),
    legal_basis: draft.legalBases.length > 0 ? draft.legalBases.map((b) => b.value).join('; ') : missing(['campaign', 'legal_basis'], 'plan-draft-missing-legal-basis'),
    organising_office: body ?? missing(['campaign', 'organising_office'], 'plan-draft-missing-body'),
    lead_office: draft.leadOffice?.value ?? missing(['campaign', 'lead_office'], 'plan-draft-missing-lead-office'),
    period: draft.period ? { ...draft.period.value } : missing(['campaign', 'period'], 'plan-draft-missing-period'),
  };
  if (draft.title) source(['campaign', 'title'], draft.title.from);
  draft.legalBases.forEach((b) => source(['campaign', 'legal_basis'], b.from));
  if (draft.issuingBody) source(['campaign', 'organising_office'], draft.issuingBody.from);
  if (draft.leadOffice) source(['campaign', 'lead_office'], draft.leadOffice.from);
  if (draft.period) source(['campaign', 'period'], draft.period.from);

  const file: Record<string, unknown> = { organization, campaign };

  file.grade_bands = valueOf(draft.gradeBands);
  if (isFound(draft.gradeBands)) source(['grade_bands'], draft.gradeBands.from);
  else {
    proposed(['grade_bands'], draft.gradeBands.why);
    defaults.push('grade_bands');
  }

  // award forms first: eligibility names them
  const quotas = draft.quotas.map((q, i) => {
    const award = valueOf(q.award);
    const quota: Record<string, unknown> = { nominee: q.nominee, form: award.form, title: award.title };
    if (q.max) {
      quota.max = q.max.value;
      source(['award_quotas', i, 'max'], q.max.from);
    }
    quota.decided_by = award.decidedBy;
    if (award.decider) quota.decider = award.decider;
    if (isFound(q.award)) source(['award_quotas', i], q.award.from);
    else proposed(['award_quotas', i], q.award.why);
    return quota;
  });
  if (draft.quotas.some((q) => !isFound(q.award))) defaults.push('award_quotas');
  if (!draft.quotas.some((q) => q.max)) notes.push({ path: ['award_quotas'], kind: 'missing', text: t('plan-draft-missing-award-numbers') });

  const eligibility =
    draft.eligibility.length > 0
      ? draft.eligibility.map((c, i) => checklist(c, ['award_rules', 'eligibility', i], source))
      : (['COLLECTIVE', 'INDIVIDUAL'] as const).map((nominee, i) => {
          proposed(['award_rules', 'eligibility', i], 'plan-draft-default-eligibility');
          return { nominee, default: true, note: t('plan-draft-default-eligibility-note'), all_of: [] };
        });
  file.award_rules = { eligibility };
  file.award_quotas = quotas;

  if (draft.dossier.length > 0) {
    let other = 0;
    file.dossier_documents = draft.dossier.map((d, i) => {
      source(['dossier_documents', i], d.from);
      const doc: Record<string, unknown> = { code: d.code === 'KHAC' ? `KHAC_${++other}` : d.code, title: d.title, required: true };
      if (d.perNominee) doc.per_nominee = true;
      return doc;
    });
  } else {
    // the three documents an award proposal usually carries
    const usual = [
      { code: 'TO_TRINH', key: 'plan-draft-doc-to-trinh' },
      { code: 'BIEN_BAN', key: 'plan-draft-doc-bien-ban' },
      { code: 'BAO_CAO_THANH_TICH', key: 'plan-draft-doc-bao-cao-thanh-tich' },
    ];
    file.dossier_documents = usual.map(({ code, key }) => ({ code, title: t(key), required: true }));
    proposed(['dossier_documents'], 'plan-draft-default-dossier');
    defaults.push('dossier_documents');
  }

  const deadlineCodes = new Map<string, number>();
  file.deadlines = draft.deadlines.map((d, i) => {
    source(['deadlines', i], d.from);
    const base = { PROGRESS_REPORT: 'BAO_CAO', SELF_SCORE: 'TU_CHAM_DIEM', DOSSIER: 'NOP_HO_SO', VOTE: 'BINH_XET', OTHER: 'MOC' }[d.kind];
    const n = (deadlineCodes.get(base) ?? 0) + 1;
    deadlineCodes.set(base, n);
    return { code: n === 1 ? base : `${base}_${n}`, title: d.title, kind: d.kind, due: d.due };
  });
  if (draft.deadlines.length === 0) missing(['deadlines'], 'plan-draft-missing-deadlines');

  file.units = draft.units.map((u, i) => {
    source(['units', i], u.from);
    const code = Object.entries(extras.unitCodes ?? {}).find(([name]) => unitKey(name) === unitKey(u.value))?.[1];
    return { code: code ?? missing(['units', i, 'code'], 'plan-draft-missing-unit-code', { hint: suggestCode(u.value) }), name: u.value };
  });
  if (draft.units.length === 0) missing(['units'], 'plan-draft-missing-units');

  file.task_areas = taskAreas(draft, { source, proposed, missing, t, defaults });
  file.defaults = defaults;
  return { file, notes };
}

function checklist(c: DraftChecklist, path: Path, source: (path: Path, origin: Origin) => void): Record<string, unknown> {
  let n = 0;
  const item = (i: RuleItem, at: Path) => {
    source(at, i.from);
    return { code: `DK${++n}`, title: i.title, check: i.check, ...(i.grade ? { grade: i.grade } : {}) };
  };
  const allOf: unknown[] = c.allOf.map((i, k) => item(i, [...path, 'all_of', k]));
  if (c.anyOf) allOf.push({ title: c.anyOf.title, any_of: c.anyOf.items.map((i, k) => item(i, [...path, 'all_of', c.allOf.length, 'any_of', k])) });
  return { nominee: c.nominee, ...(c.forms ? { forms: [...c.forms] } : {}), where: c.where || '-', all_of: allOf };
}

interface Notes {
  source: (path: Path, origin: Origin) => void;
  proposed: (path: Path, key: string, args?: Record<string, string | number>) => void;
  missing: (path: Path, key: string) => null;
  t: Translate;
  defaults: string[];
}

/**
 * Task areas with their criteria: the plan's areas, and the criteria it sets grouped under the heading
 * they stand under. An area without a measurable criterion gets one proposed ("Mức độ hoàn thành
 * nhiệm vụ …", 100%); points and scoring are always proposed (plans rarely weigh criteria).
 */
function taskAreas(draft: PlanDraft, n: Notes): unknown[] {
  type Criterion = { title: string; target: number; direction: 'higher' | 'lower'; unit: string; origin?: Origin };
  const areas: Array<{ title: string; origin?: Origin; criteria: Criterion[] }> = draft.taskAreas.map((a) => ({ title: a.value, origin: a.from, criteria: [] }));
  for (const c of draft.criteria) {
    let area = areas.find((a) => a.title === c.section && a.origin === undefined);
    if (!area) areas.push((area = { title: c.section, criteria: [] }));
    area.criteria.push({
      title: c.title,
      target: c.target.value,
      direction: c.target.direction === 'LOWER_IS_BETTER' ? 'lower' : 'higher',
      unit: c.target.unitOfMeasure,
      origin: c.from,
    });
  }
  if (areas.length === 0) {
    n.missing(['task_areas'], 'plan-draft-missing-task-areas');
    return [];
  }
  const count = areas.reduce((s, a) => s + Math.max(1, a.criteria.length), 0);
  const share = roundTo(DEFAULT_POINTS_TOTAL / count, 2);
  let given = 0;
  let k = 0;
  n.defaults.push('criteria.*.points', 'criteria.*.scoring');
  return areas.map((area, i) => {
    const code = `LV${String(i + 1).padStart(2, '0')}`;
    if (area.origin) n.source(['task_areas', i, 'title'], area.origin);
    else {
      n.proposed(['task_areas', i, 'title'], 'plan-draft-default-area-title');
      n.defaults.push(`task_areas.${code}.title`);
    }
    const criteria = (area.criteria.length > 0 ? area.criteria : [null]).map((c, j) => {
      k += 1;
      const points = k === count ? roundTo(DEFAULT_POINTS_TOTAL - given, 2) : share;
      given += points;
      const criterionCode = `TC${String(k).padStart(2, '0')}`;
      const path: Path = ['task_areas', i, 'criteria', j];
      if (c === null) {
        n.proposed(path, 'plan-draft-default-criterion');
        n.defaults.push(`criteria.${criterionCode}`);
        const title = n.t('plan-draft-default-criterion-title', { area: area.title.charAt(0).toLocaleLowerCase('vi') + area.title.slice(1) });
        return { code: criterionCode, title, unit_of_measure: '%', target: 100, min: 0, max: 100, scoring: 'linear', points };
      }
      if (c.origin) n.source(path, c.origin);
      const percent = c.unit === '%';
      return {
        code: criterionCode,
        title: c.title,
        unit_of_measure: c.unit,
        target: c.target,
        min: 0,
        ...(percent ? { max: 100 } : {}),
        scoring: 'linear',
        points,
        ...(c.direction === 'lower' ? { direction: 'lower' } : {}),
      };
    });
    return { code, title: area.title || n.t('plan-draft-default-area-name'), criteria };
  });
}

/** "Phòng Văn hóa - Xã hội" → "VHXH": a hint in the note here; chat publishing makes it the code of a new unit. */
export function suggestCode(name: string): string {
  const words = name
    .replace(/^(Phòng|Bộ phận|Trung tâm)\s+/u, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'D')
    .split(/[\s,-]+/)
    .filter((w) => w !== '' && !['va', 'và'].includes(w.toLowerCase()));
  return words.map((w) => w.charAt(0).toUpperCase()).join('');
}
