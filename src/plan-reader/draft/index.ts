import type { PlanText } from '../plan-text.js';
import { awardForm, findQuotas } from './awards.js';
import { findCriteria } from './criteria.js';
import { findDeadlines } from './deadlines.js';
import { findDossier } from './dossier.js';
import { findEligibility } from './eligibility.js';
import { findGradeBands } from './grade-bands.js';
import { findHeader } from './header.js';
import { findInitiatives } from './initiatives.js';
import { findLegalBases } from './legal-basis.js';
import { findLeadOffice, findUnits } from './offices.js';
import { findPeriod } from './period.js';
import { outline } from './structure.js';
import { findTaskAreas } from './task-areas.js';
import type { DraftQuota, PlanDraft } from './types.js';

export type * from './types.js';
export { isFound, valueOf } from './types.js';

/**
 * A campaign drafted from a plan's text: each value with the sentence it came from, defaults the
 * bot proposes marked as such, and what the plan leaves out listed in `missing`. Pure: no I/O.
 */
export function draftCampaign(text: PlanText): PlanDraft {
  const lines = outline(text);
  const header = findHeader(lines);
  const legal = findLegalBases(lines);
  const period = findPeriod(lines, header);
  const lead = findLeadOffice(lines);
  const units = findUnits(lines);
  const areas = findTaskAreas(lines);
  const criteria = findCriteria(lines);
  const level = header.issuingBody?.value.level;
  const found = findQuotas(lines, level);
  // Without any form in the plan, the commune's own Giấy khen is proposed: the one award its
  // Chủ tịch decides alone (Luật Thi đua, khen thưởng 2022, Điều 80.3).
  const quotas: DraftQuota[] =
    found.quotas.length > 0
      ? found.quotas
      : (['COLLECTIVE', 'INDIVIDUAL'] as const).map((nominee) => ({
          nominee,
          award: { default: true, proposed: awardForm('Giấy khen', level ?? 'xã', level), why: 'plan-draft-default-award-form' },
        }));
  const eligibility = findEligibility(lines, quotas);
  const dossier = findDossier(lines);
  const deadlines = findDeadlines(lines);
  const missing = [
    ...header.missing,
    ...legal.missing,
    ...period.missing,
    ...lead.missing,
    ...units.missing,
    ...(areas.areas.length === 0 && criteria.criteria.length === 0 ? [{ path: 'task_areas', key: 'plan-draft-missing-task-areas' }] : []),
    ...found.missing,
    ...eligibility.missing,
    ...dossier.missing,
    ...deadlines.missing,
  ];
  const draft: PlanDraft = {
    legalBases: legal.bases,
    units: units.units,
    taskAreas: areas.areas,
    criteria: criteria.criteria,
    unquantified: criteria.unquantified,
    quotas,
    eligibility: eligibility.eligibility,
    dossier: dossier.dossier,
    deadlines: deadlines.deadlines,
    initiatives: findInitiatives(lines),
    gradeBands: findGradeBands(lines),
    missing,
  };
  if (header.planNumber) draft.planNumber = header.planNumber;
  if (header.issuedOn) draft.issuedOn = header.issuedOn;
  if (header.issuingBody) draft.issuingBody = header.issuingBody;
  if (header.title) draft.title = header.title;
  if (period.period) draft.period = period.period;
  if (lead.lead) draft.leadOffice = lead.lead;
  return draft;
}
