// The shapes of a change to a running campaign: what ADMIN asks for, and what it changes for whom.
import type { CampaignFile } from '../../campaign-file/schema.js';
import type { NomineeKind } from '../../domain/awards.js';
import type { ImportSummary } from './campaign-import.js';

export type CampaignChange =
  | { kind: 'move-deadline'; deadlineKey: string; date: Date }
  | { kind: 'add-unit'; name: string; code?: string }
  | { kind: 'rename-unit'; unitCode: string; name: string }
  | { kind: 'retire-unit'; unitCode: string }
  | { kind: 'set-target'; criterionCode: string; target: number }
  /** weights change together: the points of all criteria must still add up to 100 */
  | { kind: 'set-weight'; weights: Array<{ criterionCode: string; points: number }> }
  /** max null: the plan sets no number */
  | { kind: 'set-quota'; nominee: NomineeKind; form: string; max: number | null };

/** One value that changes, old → new, with what the dialog needs to say it. */
export type ChangeEdit =
  | { subject: 'deadline'; code: string; title: string; before: Date; after: Date }
  | { subject: 'unit-added'; code: string; name: string }
  | { subject: 'unit-renamed'; code: string; before: string; after: string }
  | { subject: 'unit-retired'; code: string; name: string }
  | { subject: 'target'; code: string; title: string; unitOfMeasure: string; before: number | null; after: number }
  | { subject: 'weight'; code: string; title: string; before: number; after: number }
  | { subject: 'quota'; nominee: NomineeKind; form: string; title: string; before: number | null; after: number | null };

export interface AffectedUnit {
  unitId: number;
  code: string;
  name: string;
  /** the unit's heads, who are told once the change is made */
  heads: Array<{ memberId: number; fullName: string }>;
}

/** A unit's place before and after a change that moves the standings; null: not ranked then. */
export interface StandingsMove {
  unitId: number;
  unitName: string;
  before: { rank: number; score: number; grade: string } | null;
  after: { rank: number; score: number; grade: string } | null;
}

export interface ChangePreview {
  campaignId: number;
  campaignCode: string;
  edits: ChangeEdit[];
  affectedUnits: AffectedUnit[];
  /** every ranked unit, for changes that can move the standings (targets, weights, a unit retired); null otherwise */
  standings: StandingsMove[] | null;
}

export interface ChangeResult {
  preview: ChangePreview;
  summary: ImportSummary;
  /** messages queued for the affected heads */
  told: number;
}

/** A change worked out on the exported file: the file to import, and what it changes for whom. */
export interface Plan {
  file: CampaignFile;
  edits: ChangeEdit[];
  /** per edit, the units it concerns */
  units: number[][];
}
