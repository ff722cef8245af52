import type { Check } from '../../domain/eligibility.js';
import type { Direction } from '../../domain/scoring.js';
import type { GRADES } from '../../campaign-file/primitives.js';

// What the drafter hands back: every value with where it came from. A value is either found in the
// plan (with the sentence and its place, so the officer can check it) or proposed by the bot as a
// default (marked so, and never mixed up with what the plan says). What the plan does not state and
// the bot does not propose is listed in `missing`, never guessed.

/** The sentence a value came from and where it is in the officer's file ("đoạn 12"). */
export interface Origin {
  quote: string;
  location: string;
}

export interface Found<T> {
  value: T;
  from: Origin;
}

/** A value the plan does not state, proposed by the bot; `why` is a Fluent key explaining it. */
export interface Proposed<T> {
  default: true;
  proposed: T;
  why: string;
}

export type Sourced<T> = Found<T> | Proposed<T>;

export const isFound = <T>(s: Sourced<T> | undefined): s is Found<T> => s !== undefined && 'from' in s;
export const valueOf = <T>(s: Sourced<T>): T => ('from' in s ? s.value : s.proposed);

/** Something the campaign needs that the plan does not say: `key` is a Fluent message naming it. */
export interface Missing {
  /** the campaign-file field it would fill ("campaign.period", "award_quotas") */
  path: string;
  key: string;
}

export type Nominee = 'COLLECTIVE' | 'INDIVIDUAL';
export type AdminLevel = 'xã' | 'phường' | 'thị trấn';

export interface IssuingBody {
  level: AdminLevel;
  /** the commune's own name: "Đường An" */
  place: string;
}

export interface Period {
  /** dd/mm/yyyy */
  from: string;
  to: string;
}

export interface Target {
  value: number;
  direction: Direction;
  unitOfMeasure: string;
}

export interface DraftCriterion {
  title: string;
  target: Target;
  from: Origin;
  /** the heading it stands under ("Tiêu chí thi đua"), to group criteria the plan lists apart from its task areas */
  section: string;
}

export interface AwardForm {
  /** GIAY_KHEN_CT_XA, BANG_KHEN_CT_TP…: the award and who gives it, as the law names them */
  form: string;
  title: string;
  decidedBy: 'local' | 'higher';
  decider?: string;
}

export interface DraftQuota {
  nominee: Nominee;
  award: Found<AwardForm> | Proposed<AwardForm>;
  max?: Found<number>;
}

export interface RuleItem {
  title: string;
  check: Check;
  grade?: (typeof GRADES)[number];
  from: Origin;
}

export interface DraftChecklist {
  nominee: Nominee;
  /** award forms the checklist is for; all of them when left out */
  forms?: string[];
  /** the plan's numbering where it stands ("III.3.2 a)") */
  where: string;
  allOf: RuleItem[];
  /** "đạt một trong các tiêu chuẩn sau" */
  anyOf?: { title: string; items: RuleItem[] };
}

export interface DraftDocument {
  code: 'TO_TRINH' | 'BIEN_BAN' | 'BAO_CAO_THANH_TICH' | 'KHAC';
  title: string;
  perNominee: boolean;
  copies?: number;
  from: Origin;
}

export type DeadlineKind = 'PROGRESS_REPORT' | 'SELF_SCORE' | 'DOSSIER' | 'VOTE' | 'OTHER';

export interface DraftDeadline {
  title: string;
  kind: DeadlineKind;
  /** dd/mm/yyyy */
  due: string;
  from: Origin;
}

export interface PlanDraft {
  planNumber?: Found<string>;
  /** dd/mm/yyyy */
  issuedOn?: Found<string>;
  issuingBody?: Found<IssuingBody>;
  title?: Found<string>;
  legalBases: Found<string>[];
  period?: Found<Period>;
  leadOffice?: Found<string>;
  units: Found<string>[];
  /** the plan's task areas ("08 nhiệm vụ trọng tâm"), by title */
  taskAreas: Found<string>[];
  criteria: DraftCriterion[];
  /** numbered criteria the plan words without a number: shown to the officer, not scored */
  unquantified: Origin[];
  quotas: DraftQuota[];
  eligibility: DraftChecklist[];
  dossier: DraftDocument[];
  deadlines: DraftDeadline[];
  initiatives: Found<string>[];
  gradeBands: Sourced<Array<{ grade: string; label: string; min: number }>>;
  missing: Missing[];
}
