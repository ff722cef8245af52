import { parseDocument } from 'yaml';
import { dayKey, dice, norm, titleKey } from './evaluate-compare.js';
import { defaultsOf } from './evaluate-defaults.js';
import { pairUp } from './evaluate-pairing.js';
import type { FieldResult, Status } from './evaluate-results.js';
import { criteria, deadlines, dossier, eligibility, quotas } from './evaluate-sections.js';
import { bodyName } from './header.js';
import { unitKey } from './offices.js';
import type { PlanDraft } from './types.js';

// How well a draft matches the hand-checked campaign file of the same plan (scripts/eval-plans.ts).
//
// Fields the plan states are the hand-checked file's values NOT marked as defaults, where a value is
// a default when the file's `defaults` list names it (or a path above it: "criteria", "units.KT",
// "criteria.*.points") or a comment starting "mặc định" is attached to it or to a key above it (the
// comment on the key's line, the lines before the key, or after a one-line {…} item). Each stated
// field is right, wrong (the draft has a different value from the plan) or missing (the draft has no
// value from the plan). A value the draft says it found in the plan that the hand-checked file does
// not have, or marks as a default, is invented. Defaults the draft proposes are never counted.
//
// Fields: organization.name; campaign.title; each legal basis (legal_basis split at "; ");
// campaign.organising_office; campaign.lead_office; period from and to; each unit; each task area
// title; each criterion the plan sets (its target is stated, or it has none and is scored by
// appraisal): its title, and its target number with direction; each award quota (nominee + form):
// the form, its number (max) and who decides it (decided_by, decider); each eligibility condition
// (per nominee): its wording and how it is checked; each dossier document (by code); each deadline:
// its date and what is due (kind).
//
// Comparison: NFC, case, diacritics, punctuation and spacing are ignored; "UBND", "HĐND", "TTHC",
// "CCHC" are spelled out; office names ignore "Bộ phận" and the commune's level word at the end
// ("phòng Văn hóa - Xã hội xã"); a campaign title ignores a leading "Kế hoạch" and the verb that
// launches it ("Phát động", "Triển khai thực hiện", "Thực hiện"); dates compare as days ("1/7/2025"
// = "01/07/2025"). Wordings (legal bases, task areas, criteria, conditions, documents) match when
// their word sets overlap enough (Dice coefficient: 0.8 for legal bases and conditions, 0.75 for
// task areas, 0.7 for documents; 0.5 for criteria, or 0.3 with the same target).

// Code: comparison keys in evaluate-compare.ts, defaults in evaluate-defaults.ts, list pairing in
// evaluate-pairing.ts, the list-valued parts in evaluate-sections.ts, results and score in evaluate-results.ts.

type Data = Record<string, unknown>;

export function evaluateDraft(draft: PlanDraft, yaml: string): FieldResult[] {
  const data = parseDocument(yaml).toJS() as Data;
  const isDefault = defaultsOf(yaml);
  const results: FieldResult[] = [];
  const add = (field: string, status: Status, expected?: unknown, got?: unknown) =>
    results.push({ field, status, ...(expected === undefined ? {} : { expected: String(expected) }), ...(got === undefined ? {} : { got: String(got) }) });

  const scalar = (field: string, expected: string | undefined, got: string | undefined, same: (a: string, b: string) => boolean) => {
    if (expected === undefined || isDefault(field)) {
      if (got !== undefined) add(field, 'invented', expected, got);
      return;
    }
    if (got === undefined) add(field, 'missing', expected);
    else add(field, same(expected, got) ? 'right' : 'wrong', expected, got);
  };
  const organization = (data.organization ?? {}) as Data;
  const campaign = (data.campaign ?? {}) as Data;
  const body = draft.issuingBody ? bodyName(draft.issuingBody.value) : undefined;
  const sameText = (a: string, b: string) => norm(a) === norm(b);
  scalar('organization.name', organization.name as string | undefined, body, sameText);
  scalar('campaign.title', campaign.title as string | undefined, draft.title?.value, (a, b) => titleKey(a) === titleKey(b));
  scalar('campaign.organising_office', campaign.organising_office as string | undefined, body, sameText);
  scalar('campaign.lead_office', campaign.lead_office as string | undefined, draft.leadOffice?.value, (a, b) => unitKey(a) === unitKey(b));
  const period = campaign.period as { from?: string; to?: string } | undefined;
  scalar('campaign.period.from', period?.from, draft.period?.value.from, (a, b) => dayKey(a) === dayKey(b));
  scalar('campaign.period.to', period?.to, draft.period?.value.to, (a, b) => dayKey(a) === dayKey(b));

  const bases = isDefault('campaign.legal_basis')
    ? []
    : String(campaign.legal_basis ?? '')
        .split(/;\s+/)
        .filter(Boolean);
  pairUp(
    'legal_basis',
    bases,
    draft.legalBases.map((b) => b.value),
    (a, b) => dice(a, b) >= 0.8,
    add,
  );

  const units = ((data.units as Array<{ code: string; name: string }> | undefined) ?? []).filter((u) => !isDefault(`units.${u.code}`));
  pairUp(
    'unit',
    units.map((u) => u.name),
    draft.units.map((u) => u.value),
    (a, b) => unitKey(a) === unitKey(b),
    add,
  );

  const areas = (data.task_areas as Array<{ code: string; title: string; criteria: Data[] }> | undefined) ?? [];
  const statedAreas = areas.filter((a) => !isDefault(`task_areas.${a.code}.title`));
  pairUp(
    'task_area',
    statedAreas.map((a) => a.title),
    draft.taskAreas.map((a) => a.value),
    (a, b) => dice(a, b) >= 0.75,
    add,
  );

  const inStatedAreas = areas.filter((a) => !isDefault(`task_areas.${a.code}`));
  criteria(
    inStatedAreas.flatMap((a) => a.criteria as Array<{ code: string; title: string; target?: number; direction?: string; scoring: string }>),
    draft,
    isDefault,
    add,
  );
  quotas(data, draft, isDefault, add);
  eligibility(data, draft, add);
  dossier(data, draft, isDefault, add);
  deadlines(data, draft, isDefault, add);
  return results;
}
