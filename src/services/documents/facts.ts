import type { ApprovalBase, AwardLevel, NominationStatus, NomineeKind, ProposalStatus } from '../../generated/prisma/client.js';

// The plain data the documents are drafted from, read from the database by gather.ts. The
// builders (build/*.ts) turn it into a template's fields with no I/O, so each is tested alone.

export interface Person {
  fullName: string;
  jobTitle: string | null;
}

export interface CampaignFacts {
  code: string;
  title: string;
  legalBasis: string;
  organisingOffice: string;
  leadOffice: string;
  startsOn: Date;
  endsOn: Date;
  /** closed: the report is a tổng kết; running: a sơ kết */
  closed: boolean;
  /** the organization (UBND xã …) and its code, which picks its own templates */
  organizationName: string;
  organizationCode: string;
  /** the Chủ tịch (LEADER) who signs the commune's documents; null when none is declared */
  leader: Person | null;
}

export interface NomineeFacts {
  nominationId: number;
  kind: NomineeKind;
  awardForm: string;
  awardTitle: string;
  decidedBy: AwardLevel;
  /** who decides a HIGHER form ("Chủ tịch UBND thành phố") */
  decider: string | null;
  unitId: number;
  unitCode: string;
  unitName: string;
  /** the person, for an individual nomination */
  member: Person | null;
  summary: string;
  status: NominationStatus;
  proposalStatus: ProposalStatus | null;
  decisionNumber: string | null;
  decisionDate: Date | null;
  decisionSigner: string | null;
}

export interface CriterionResult {
  title: string;
  unitOfMeasure: string;
  /** the latest reported value */
  value: number | null;
  self: number | null;
  appraised: number | null;
  maxPoints: number;
}

export interface UnitResults {
  areas: Array<{ title: string; criteria: CriterionResult[] }>;
  /** the standings' score, grade and rank; null when the unit is not ranked (nothing reported) */
  score: number | null;
  grade: string | null;
  rank: number | null;
  /** units ranked */
  ranked: number;
  /** some figure is not appraised yet */
  provisional: boolean;
}

export interface InitiativeFacts {
  title: string;
  recognisedBy: string | null;
  decisionNumber: string | null;
  decisionDate: Date | null;
}

export interface ViolationFacts {
  reason: string;
  occurredOn: Date;
}

/** An award form with decisions on record (the honour board), for the campaign report. */
export interface DecidedAward {
  awardTitle: string;
  decisions: Array<{ number: string; date: Date }>;
  /** collectives, then individuals, as the board lists them */
  groups: Array<{ kind: NomineeKind; names: string[] }>;
}

/** A higher form proposed to its decider and not yet answered. */
export interface ProposedAward {
  awardTitle: string;
  decider: string | null;
  names: string[];
}

/** A closed council review as CouncilReview.tally keeps it, with the council's names. */
export interface ReviewFacts {
  closedAt: Date;
  base: ApprovalBase;
  councilSize: number;
  voters: number;
  quorumPercent: number;
  thresholdPercent: number;
  present: Person[];
  absent: Person[];
  /** present means "voted": attendance was not taken (the VOTED and ALL_MEMBERS rules) */
  presentFromVotes: boolean;
  results: Array<{
    name: string;
    kind: NomineeKind;
    awardTitle: string;
    agree: number;
    disagree: number;
    abstain: number;
    approvalPercent: number;
    quorumMet: boolean;
    passed: boolean;
  }>;
}
