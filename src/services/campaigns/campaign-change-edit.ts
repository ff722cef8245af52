// Works a change out on the exported campaign file: the edited file, what changes, and for which units.
import type { CampaignFile } from '../../campaign-file/schema.js';
import { code as codePattern } from '../../campaign-file/primitives.js';
import { formatDate } from '../../domain/dates.js';
import { cleanText, searchKey } from '../../domain/text.js';
import { RuleError } from '../shared/errors.js';
import type { CampaignChange, Plan } from './campaign-change-types.js';
import type { Tx } from './import-rows.js';

/** Points of all criteria must add up to 100 within this tolerance, as the campaign file's schema says. */
const POINTS_TOLERANCE = 0.01;

/** The campaign file with the change made, what changes, and for which units; RuleError when refused. */
export async function edit(db: Tx, file: CampaignFile, change: CampaignChange, campaignId: number, unitRows: ReadonlyArray<{ id: number; code: string; active: boolean }>): Promise<Plan> {
  const activeIds = unitRows.filter((u) => u.active).map((u) => u.id);
  const idOf = (unitCode: string) => unitRows.find((u) => u.code === unitCode)!.id;
  const findUnit = (unitCode: string) => {
    const unit = file.units.find((u) => u.code === unitCode);
    if (!unit) throw new RuleError('campaign-change-unknown-unit', { code: unitCode, known: file.units.map((u) => u.code).join(', ') });
    return unit;
  };
  const criteria = file.task_areas.flatMap((a) => a.criteria);
  const findCriterion = (criterionCode: string) => {
    const criterion = criteria.find((c) => c.code === criterionCode);
    if (!criterion) throw new RuleError('campaign-change-unknown-criterion', { code: criterionCode });
    return criterion;
  };
  // The units scored on a criterion: its holder, or all of them.
  const scoredUnits = (c: { held_by?: string }) => (c.held_by === undefined ? activeIds : [idOf(c.held_by)]);
  // A value the secretariat sets is no longer the plan's silence.
  const stated = (...paths: string[]) => file.defaults.filter((p) => !paths.includes(p));
  const renamed = (name: string) => {
    const clean = cleanText(name);
    if (clean === '') throw new RuleError('campaign-change-unit-name-empty');
    const twin = file.units.find((u) => searchKey(u.name) === searchKey(clean));
    if (twin) throw new RuleError('campaign-change-unit-exists', { name: twin.name, code: twin.code });
    return clean;
  };

  switch (change.kind) {
    case 'move-deadline': {
      const deadline = file.deadlines.find((d) => d.code === change.deadlineKey);
      if (!deadline) throw new RuleError('campaign-change-unknown-deadline', { code: change.deadlineKey, known: file.deadlines.map((d) => d.code).join(', ') });
      const { from, to } = file.campaign.period;
      if (change.date < from || change.date > to) throw new RuleError('campaign-change-date-outside', { date: formatDate(change.date), from: formatDate(from), to: formatDate(to) });
      unchanged(deadline.due.getTime() === change.date.getTime());
      return {
        file: { ...file, deadlines: file.deadlines.map((d) => (d === deadline ? { ...d, due: change.date } : d)), defaults: stated(`deadlines.${deadline.code}`) },
        edits: [{ subject: 'deadline', code: deadline.code, title: deadline.title, before: deadline.due, after: change.date }],
        // A deadline is everyone's.
        units: [activeIds],
      };
    }
    case 'add-unit': {
      const name = renamed(change.name);
      const taken = new Set(unitRows.map((u) => u.code));
      const unitCode = change.code ?? codeFor(name, taken);
      if (!codePattern.safeParse(unitCode).success) throw new RuleError('campaign-change-unit-code-invalid', { code: unitCode });
      // A retired unit's code too: importing it would bring that unit back, reports and all.
      if (taken.has(unitCode)) throw new RuleError('campaign-change-unit-code-taken', { code: unitCode });
      return {
        file: { ...file, units: [...file.units, { code: unitCode, name }] },
        edits: [{ subject: 'unit-added', code: unitCode, name }],
        // Nobody belongs to it yet.
        units: [[]],
      };
    }
    case 'rename-unit': {
      const unit = findUnit(change.unitCode);
      unchanged(cleanText(change.name) === unit.name);
      const name = renamed(change.name);
      return {
        file: { ...file, units: file.units.map((u) => (u === unit ? { ...u, name } : u)), defaults: stated(`units.${unit.code}`, `units.${unit.code}.name`) },
        edits: [{ subject: 'unit-renamed', code: unit.code, before: unit.name, after: name }],
        units: [[idOf(unit.code)]],
      };
    }
    case 'retire-unit': {
      const unit = findUnit(change.unitCode);
      if (file.units.length === 1) throw new RuleError('campaign-change-last-unit', { name: unit.name });
      const held = criteria.filter((c) => c.held_by === unit.code);
      if (held.length > 0) throw new RuleError('campaign-change-unit-holds', { name: unit.name, criteria: held.map((c) => c.title).join('; ') });
      // Its members are left out of the file, as a file that drops a unit leaves them: the import
      // leaves them (and their unit, retired) as they are.
      const leaving = file.members.filter((m) => m.unit === unit.code).map((m) => m.code);
      const gone = (path: string) => [`units.${unit.code}`, ...leaving.map((m) => `members.${m}`)].some((p) => path === p || path.startsWith(`${p}.`));
      return {
        file: {
          ...file,
          units: file.units.filter((u) => u !== unit),
          members: file.members.filter((m) => m.unit !== unit.code),
          defaults: file.defaults.filter((p) => !gone(p)),
        },
        edits: [{ subject: 'unit-retired', code: unit.code, name: unit.name }],
        units: [[idOf(unit.code)]],
      };
    }
    case 'set-target': {
      const criterion = findCriterion(change.criterionCode);
      unchanged(criterion.target === change.target);
      if (!Number.isFinite(change.target) || change.target < criterion.min || (criterion.max !== null && change.target > criterion.max)) {
        throw new RuleError('campaign-change-target-range', { target: change.target, min: criterion.min, max: criterion.max ?? '∞' });
      }
      return {
        file: { ...file, task_areas: withCriteria(file, (c) => (c === criterion ? { ...c, target: change.target } : c)), defaults: stated(`criteria.${criterion.code}.target`) },
        edits: [{ subject: 'target', code: criterion.code, title: criterion.title, unitOfMeasure: criterion.unit_of_measure, before: criterion.target, after: change.target }],
        units: [scoredUnits(criterion)],
      };
    }
    case 'set-weight': {
      const points = new Map<string, number>();
      for (const w of change.weights) {
        findCriterion(w.criterionCode);
        if (!(Number.isFinite(w.points) && w.points > 0)) throw new RuleError('campaign-change-weight-positive', { code: w.criterionCode });
        points.set(w.criterionCode, w.points);
      }
      const changed = criteria.filter((c) => points.has(c.code) && points.get(c.code) !== c.points);
      unchanged(changed.length === 0);
      const sum = criteria.reduce((s, c) => s + (points.get(c.code) ?? c.points), 0);
      if (Math.abs(sum - 100) > POINTS_TOLERANCE) throw new RuleError('campaign-change-weights-total', { sum: Math.round(sum * 100) / 100 });
      return {
        file: {
          ...file,
          task_areas: withCriteria(file, (c) => (points.has(c.code) ? { ...c, points: points.get(c.code)! } : c)),
          defaults: stated(...changed.map((c) => `criteria.${c.code}.points`)),
        },
        edits: changed.map((c) => ({ subject: 'weight' as const, code: c.code, title: c.title, before: c.points, after: points.get(c.code)! })),
        units: changed.map((c) => scoredUnits(c)),
      };
    }
    case 'set-quota': {
      const quota = file.award_quotas.find((q) => q.nominee === change.nominee && q.form === change.form);
      if (!quota) throw new RuleError('campaign-change-unknown-quota', { form: change.form, known: file.award_quotas.map((q) => q.form).join(', ') });
      unchanged((quota.max ?? null) === change.max);
      if (change.max !== null && !(Number.isInteger(change.max) && change.max >= 1)) throw new RuleError('campaign-change-quota-whole', { max: change.max });
      const approved = await db.nomination.count({ where: { campaignId, nomineeKind: change.nominee, awardForm: change.form, status: 'APPROVED' } });
      if (change.max !== null && change.max < approved) throw new RuleError('campaign-change-quota-below-approved', { title: quota.title, max: change.max, approved });
      const edited = { ...quota, max: change.max ?? undefined };
      // No number: the key goes, as in a file that sets none.
      if (change.max === null) delete edited.max;
      return {
        file: {
          ...file,
          award_quotas: file.award_quotas.map((q) => (q === quota ? edited : q)),
          defaults: stated(`award_quotas.${quota.form}.max`),
        },
        edits: [{ subject: 'quota', nominee: quota.nominee, form: quota.form, title: quota.title, before: quota.max ?? null, after: change.max }],
        // Any unit may propose for it.
        units: [activeIds],
      };
    }
  }
}

/** A change that changes nothing is refused, so nobody is told of it. */
function unchanged(same: boolean): void {
  if (same) throw new RuleError('campaign-change-nothing');
}

type FileCriterion = CampaignFile['task_areas'][number]['criteria'][number];

function withCriteria(file: CampaignFile, map: (c: FileCriterion) => FileCriterion): CampaignFile['task_areas'] {
  return file.task_areas.map((a) => ({ ...a, criteria: a.criteria.map(map) }));
}

/** A unit code from its name ("Tư pháp - Hộ tịch" → TU_PHAP_HO_TICH), not one the organization used before. */
function codeFor(name: string, taken: ReadonlySet<string>): string {
  const base = searchKey(name).toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 30).replace(/_+$/, '') || 'DON_VI';
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}_${n}`;
  return candidate;
}
