import { Document, isMap, isPair, isScalar, isSeq, YAMLSeq, type Node, type YAMLMap } from 'yaml';
import type { CampaignFile } from '../../campaign-file/schema.js';
import { formatDate } from '../../domain/dates.js';
import { isGroup, type AwardRules, type Checklist, type RuleNode } from '../../domain/eligibility.js';
import type { Source, Sources } from '../../domain/sources.js';
import type { Translate } from '../../i18n/i18n.js';
import type { ReminderSettings } from './campaign-import.js';
import type { Tx } from './import-rows.js';

// A running campaign written back as a campaign file: what importCampaign stored, read
// back into the parsed file's shape, so that importing the result changes nothing. Where values
// came from (Campaign.sources) goes back as the `defaults` list and as comments beside the values.

export interface ExportedCampaign {
  file: CampaignFile;
  sources: Sources;
}

/** The campaign as its file would say it; null when no campaign has this code. */
export async function readCampaignFile(db: Tx, code: string): Promise<ExportedCampaign | null> {
  const c = await db.campaign.findUnique({
    where: { code },
    include: {
      organization: { include: { parent: true } },
      taskAreas: {
        orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
        include: { criteria: { where: { retired: false }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] } },
      },
      awardQuotas: { orderBy: { id: 'asc' } },
      dossierDocKinds: { orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] },
      // Deadlines have no order of their own: creation order is the file's.
      deadlines: { orderBy: { id: 'asc' } },
    },
  });
  if (!c) return null;
  const org = c.organization;
  // Retired units are left out: the import keeps them retired.
  const units = await db.unit.findMany({ where: { organizationId: org.id, active: true }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] });
  const unitCode = new Map(units.map((u) => [u.id, u.code]));
  const members = await db.member.findMany({
    where: { organizationId: org.id, code: { not: null } },
    include: { roles: { orderBy: { id: 'asc' } } },
    orderBy: { id: 'asc' },
  });
  const sources = (c.sources ?? {}) as Sources;
  const r = c.reminderSettings as unknown as ReminderSettings;
  const rules = c.awardRules as unknown as AwardRules | null;
  const chats = c.groupChats as CampaignFile['group_chats'] | null;

  const file: CampaignFile = {
    organization: {
      code: org.code,
      name: org.name,
      ...(org.province === null ? {} : { province: org.province }),
      ...(org.parent ? { city: { code: org.parent.code, name: org.parent.name } } : {}),
    },
    campaign: {
      code: c.code,
      title: c.title,
      legal_basis: c.legalBasis,
      organising_office: c.organisingOffice,
      lead_office: c.leadOffice,
      period: { from: c.startsOn, to: c.endsOn },
      ...(c.closesOn === null ? {} : { closes_on: c.closesOn }),
      // Closed by the bot on its closing day, not by the file: the file said ACTIVE, and the import
      // keeps such a campaign closed until its closing day moves.
      status: c.status === 'CLOSED' && c.closedAt !== null ? 'ACTIVE' : c.status,
    },
    grade_bands: c.gradeBands as unknown as CampaignFile['grade_bands'],
    council: { quorum: c.councilQuorum, approval_threshold: c.approvalThreshold, approval_base: APPROVAL_BASES[c.approvalBase] },
    award_rules: { eligibility: rules?.checklists ?? [] },
    award_quotas: c.awardQuotas.map((q) => ({
      nominee: q.nomineeKind,
      form: q.awardForm,
      title: q.awardTitle,
      ...(q.maxCount === null ? {} : { max: q.maxCount }),
      decided_by: q.decidedBy === 'HIGHER' ? 'higher' : 'local',
      ...(q.decider === null ? {} : { decider: q.decider }),
    })),
    dossier_documents: c.dossierDocKinds.map((d) => ({ code: d.code, title: d.title, required: d.required, per_nominee: d.perNominee })),
    deadlines: c.deadlines.map((d) => ({ code: d.code, title: d.title, kind: d.kind, due: d.dueOn })),
    reminders: {
      checkin: { cron: r.checkin.cron, enabled: r.checkin.enabled },
      nudge_days_before: r.nudgeDaysBefore,
      escalate_after_working_days: r.escalateAfterWorkingDays,
      working_hours: { days: r.workingHours.days, from: r.workingHours.from, to: r.workingHours.to },
      extra_days_off: r.extraDaysOff.map((d) => new Date(d)),
    },
    ...(chats ? { group_chats: chats } : {}),
    units: units.map((u) => ({ code: u.code, name: u.name })),
    task_areas: c.taskAreas
      // An area whose criteria were all dropped is no longer in the file (a file area needs one).
      .filter((a) => a.criteria.length > 0)
      .map((a) => ({
        code: a.code,
        title: a.title,
        criteria: a.criteria.map((k) => ({
          code: k.code,
          title: k.title,
          unit_of_measure: k.unitOfMeasure,
          target: k.target,
          min: k.minValue,
          max: k.maxValue,
          scoring: SCORING[k.scoringRule],
          points: k.maxPoints,
          direction: k.direction === 'LOWER_IS_BETTER' ? 'lower' : 'higher',
          ...(k.heldByUnitId === null ? {} : { held_by: heldBy(unitCode, k.heldByUnitId, k.code) }),
        })),
      })),
    members: members
      // A member of a retired unit is left out, as the file that retired the unit left them out:
      // the import leaves members it does not name as they are.
      .filter((m) => m.unitId === null || unitCode.has(m.unitId))
      .map((m) => ({
        code: m.code!,
        name: m.fullName,
        ...(m.unitId === null ? {} : { unit: unitCode.get(m.unitId)! }),
        ...(m.jobTitle === null ? {} : { title: m.jobTitle }),
        roles: m.roles.map((g) => g.role),
      })),
    defaults: Object.entries(sources).filter(([, s]) => 'default' in s && s.default).map(([path]) => path),
  };
  return { file, sources };
}

function heldBy(unitCode: Map<number, string>, unitId: number, criterion: string): string {
  const code = unitCode.get(unitId);
  // The import never retires a unit a criterion names (the file would not parse), so this is a
  // database changed by hand.
  if (code === undefined) throw new Error(`criterion ${criterion} is held by a retired unit (id ${unitId})`);
  return code;
}

const APPROVAL_BASES = { VOTED: 'voted', PRESENT: 'present', ALL_MEMBERS: 'all_members' } as const;
const SCORING = { LINEAR: 'linear', THRESHOLD: 'threshold', MANUAL: 'manual' } as const;

/** The file as written: what parseCampaignFile reads back into `file` (dates as "dd/mm/yyyy"). */
export function campaignFileData(file: CampaignFile): Record<string, unknown> {
  return {
    organization: file.organization,
    campaign: {
      ...file.campaign,
      period: { from: formatDate(file.campaign.period.from), to: formatDate(file.campaign.period.to) },
      ...(file.campaign.closes_on ? { closes_on: formatDate(file.campaign.closes_on) } : {}),
    },
    grade_bands: file.grade_bands,
    council: file.council,
    award_rules: { eligibility: file.award_rules.eligibility.map(checklistData) },
    award_quotas: file.award_quotas,
    dossier_documents: file.dossier_documents,
    deadlines: file.deadlines.map((d) => ({ ...d, due: formatDate(d.due) })),
    reminders: { ...file.reminders, extra_days_off: file.reminders.extra_days_off.map(formatDate) },
    ...(file.group_chats ? { group_chats: file.group_chats } : {}),
    units: file.units,
    task_areas: file.task_areas.map((a) => ({
      ...a,
      // Written as the plans write them: no target or max when there is none, the usual direction unsaid.
      criteria: a.criteria.map((k) => ({
        code: k.code,
        title: k.title,
        unit_of_measure: k.unit_of_measure,
        ...(k.target === null ? {} : { target: k.target }),
        min: k.min,
        ...(k.max === null ? {} : { max: k.max }),
        scoring: k.scoring,
        points: k.points,
        ...(k.direction === 'higher' ? {} : { direction: k.direction }),
        ...(k.held_by === undefined ? {} : { held_by: k.held_by }),
      })),
    })),
    members: file.members,
    defaults: file.defaults,
  };
}

/** A checklist as the file writes it (the schema turns `all_of`/`any_of` into `combine`). */
function checklistData(c: Checklist): Record<string, unknown> {
  const source = 'where' in c.source ? { where: c.source.where } : { default: true, ...(c.source.note === undefined ? {} : { note: c.source.note }) };
  return { nominee: c.nominee, ...(c.forms ? { forms: c.forms } : {}), ...source, ...groupData(c.rule) };
}

function groupData(g: { combine: 'all' | 'any'; title?: string; items: RuleNode[] }): Record<string, unknown> {
  const items = g.items.map((n) => (isGroup(n) ? groupData(n) : n));
  return { ...(g.title === undefined ? {} : { title: g.title }), [g.combine === 'any' ? 'any_of' : 'all_of']: items };
}

/**
 * The campaign file as YAML, laid out like the shipped ones (one line per unit, criterion,
 * deadline…), each value the plan never stated marked with a comment, and the `defaults` list
 * that keeps those marks on the next import.
 */
export function campaignYaml({ file, sources }: ExportedCampaign, t: Translate, exportedAt: Date): string {
  const doc = new Document({ ...campaignFileData(file), defaults: compactDefaults(file) });
  doc.commentBefore = ` ${t('cf-export-header', { title: file.campaign.title, date: formatDate(exportedAt) })}`;
  layOut(doc.contents as YAMLMap, []);
  // Per node, per note: the fields of a one-line item it covers (none: the node as a whole).
  const marks = new Map<Node, Map<string, string[]>>();
  for (const [path, source] of Object.entries(sources)) {
    const note = describeSource(t, source);
    for (const { node, field } of nodesAt(doc.contents as YAMLMap, path)) {
      const notes = marks.get(node) ?? new Map<string, string[]>();
      const fields = notes.get(note) ?? [];
      if (field !== null) fields.push(field);
      notes.set(note, fields);
      marks.set(node, notes);
    }
  }
  for (const [node, notes] of marks) {
    const text = [...notes].map(([note, fields]) => (fields.length === 0 ? note : `${note}: ${fields.join(', ')}`)).join('; ');
    node.comment = ` ${text}`;
  }
  return doc.toString({ lineWidth: 0 });
}

/**
 * `criteria.<CODE>.<field>` for every criterion that has the field, written once as
 * `criteria.*.<field>` the way the plans write it. Only a run in criteria order is folded: the
 * import reads it back into the same list in the same order, so the sources stay as they are.
 */
function compactDefaults(file: CampaignFile): string[] {
  const criteria = file.task_areas.flatMap((a) => a.criteria);
  const paths = [...file.defaults];
  for (let i = 0; i < paths.length; i++) {
    const field = /^criteria\.[^.]+\.([^.]+)$/.exec(paths[i]!)?.[1];
    if (field === undefined) continue;
    const run = criteria.filter((c) => (c as Record<string, unknown>)[field] !== undefined).map((c) => `criteria.${c.code}.${field}`);
    if (run.length > 1 && run.every((p, k) => paths[i + k] === p)) paths.splice(i, run.length, `criteria.*.${field}`);
  }
  return paths;
}

/** Items of a list are written on one line each when they hold no map of their own; lists of plain values too. */
function layOut(node: unknown, path: readonly string[]): void {
  if (isSeq(node)) {
    // `defaults` stays one path a line: it is read and edited by hand.
    if (node.items.length > 0 && node.items.every((i) => isScalar(i)) && path.at(-1) !== 'defaults') node.flow = true;
    for (const item of node.items) {
      if (isMap(item) && item.items.every((p) => isScalar(p.value) || (isSeq(p.value) && p.value.items.every((i) => isScalar(i))))) item.flow = true;
      layOut(item, path);
    }
  } else if (isMap(node)) {
    if (INLINE.has(path.join('.'))) node.flow = true;
    for (const pair of node.items) if (isScalar(pair.key)) layOut(pair.value, [...path, String(pair.key.value)]);
  }
}

const INLINE = new Set(['campaign.period', 'organization.city', 'reminders.checkin', 'reminders.working_hours']);

/**
 * Where a sources path lands in the document: a value on a line of its own takes the comment itself
 * (`field` null); a field of a one-line item puts it on the item, naming the field. List items are
 * named by code (quotas by form: COLLECTIVE and INDIVIDUAL of one form are both marked).
 */
function nodesAt(root: YAMLMap, path: string): Array<{ node: Node; field: string | null }> {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  // criteria.<CODE> names a criterion of any task area (their codes are unique).
  const start = head === 'criteria' ? criteriaOf(root) : root.get(head, true);
  return walk(start, head === 'criteria' ? null : (pairOf(root, head)?.key as Node | undefined) ?? null, rest);
}

function walk(node: unknown, key: Node | null, rest: readonly string[]): Array<{ node: Node; field: string | null }> {
  if (isMap(node) && node.flow) return [{ node, field: rest.length === 0 ? null : rest.join('.') }];
  if (rest.length === 0) {
    if (isScalar(node)) return [{ node, field: null }];
    // A section or list on lines of its own: the comment goes after its key ("council: # …").
    return key ? [{ node: key, field: null }] : [];
  }
  const [segment, ...further] = rest as [string, ...string[]];
  if (isSeq(node)) {
    const items = node.items.filter((i): i is YAMLMap => isMap(i) && (i.get('code') === segment || i.get('form') === segment));
    return items.flatMap((item) => walk(item, null, further));
  }
  if (isMap(node)) {
    const pair = pairOf(node, segment);
    return pair ? walk(pair.value, pair.key as Node, further) : [];
  }
  return [];
}

function criteriaOf(root: YAMLMap): YAMLSeq {
  const all = new YAMLSeq();
  const areas = root.get('task_areas', true);
  if (!isSeq(areas)) return all;
  for (const area of areas.items) {
    const criteria = isMap(area) ? area.get('criteria', true) : undefined;
    if (isSeq(criteria)) all.items.push(...criteria.items);
  }
  return all;
}

function pairOf(map: YAMLMap, key: string) {
  return map.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
}

function describeSource(t: Translate, source: Source): string {
  return 'default' in source ? t('cf-export-default') : t('cf-export-quoted', { where: source.where, quote: source.quote });
}
