import type { Cell, Row, Sheet } from 'write-excel-file/node';
import { formatDate } from '../../domain/dates.js';
import type { Direction } from '../../domain/scoring.js';
import { formatTarget } from '../../domain/targets.js';
import type { Translate } from '../../i18n/i18n.js';
import type { ApprovalBase, NominationStatus, NomineeKind } from '../../generated/prisma/client.js';

// The summary workbook's sheets, built from figures the service has already read: numbers stay
// numbers and days stay dates, so the file can be sorted, summed and filtered in Excel.

/** Real numbers, shown with two decimals ("92,50" in a Vietnamese Excel). */
const DECIMAL = '#,##0.00';
const WHOLE = '0';
const DAY = 'dd/mm/yyyy';

/** A sheet as write-excel-file takes it (its type parameter is for pictures, which we have none of). */
export type WorkbookSheet = Sheet<Buffer>;

/** The .xlsx file of these sheets. The writer is loaded on the first export, not at start. */
export async function workbookBytes(sheets: WorkbookSheet[]): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  return new Uint8Array(await writeXlsxFile(sheets).toBuffer());
}

export interface SummaryData {
  /** the ranked units, then (rank, score and grade null) those that reported nothing */
  standings: Array<{ rank: number | null; unitName: string; score: number | null; gradeLabel: string | null; reportedCriteria: number }>;
  /** one per unit × criterion, in plan order; value and reportedAt are null when not reported */
  targets: Array<{
    unitName: string;
    areaTitle: string;
    criterionTitle: string;
    unitOfMeasure: string;
    target: number | null;
    direction: Direction;
    minValue: number;
    maxValue: number | null;
    value: number | null;
    reportedAt: Date | null;
    /** null when there is nothing to compare (no target, or not reported) */
    met: boolean | null;
  }>;
  reporting: Array<{ unitName: string; reported: number; total: number; lastReportAt: Date | null }>;
  scores: Array<{ unitName: string; criterionTitle: string; maxPoints: number; selfPoints: number | null; appraisedPoints: number | null; appraisalReason: string | null }>;
  nominations: Array<{ nominee: string; unitName: string; kind: NomineeKind; awardTitle: string; status: NominationStatus }>;
  /** base: the counting rule the approval share was counted under (Campaign.approvalBase) */
  votes: Array<{ nominee: string; agree: number; disagree: number; abstain: number; approvalPercent: number; base: ApprovalBase; result: VoteResult | null }>;
  awards: Array<{ nominee: string; unitName: string; kind: NomineeKind; awardTitle: string; decisionNumber: string; decisionDate: Date | null; decisionSigner: string | null }>;
}

export type VoteResult = 'passed' | 'failed' | 'no-quorum' | 'open';

/**
 * A spreadsheet date has no time zone and write-excel-file writes it as its UTC day, so a moment
 * becomes its Vietnamese calendar day at 00:00 UTC: 01:30 on 22/11 in Hà Nội stays 22/11.
 */
export function calendarDay(instant: Date): Date {
  const [day, month, year] = formatDate(instant).split('/').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

const text = (value: string | null): Cell => (value ? { value, type: String } : null);
const num = (value: number | null, format = DECIMAL): Cell => (value === null ? null : { value, type: Number, format });
const day = (instant: Date | null): Cell => (instant === null ? null : { value: calendarDay(instant), type: Date, format: DAY });
const header = (labels: string[]): Row => labels.map((value) => ({ value, type: String, fontWeight: 'bold', wrap: true }));

/** Excel refuses sheet names over 31 characters or with : \ / ? * [ ] (a translation could bring them). */
function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
}

function sheet(name: string, headers: string[], rows: Row[], widths: number[]): WorkbookSheet {
  return { sheet: sheetName(name), data: [header(headers), ...rows], columns: widths.map((width) => ({ width })), stickyRowsCount: 1 };
}

export function summarySheets(data: SummaryData, t: Translate): WorkbookSheet[] {
  const kind = (k: NomineeKind) => (k === 'COLLECTIVE' ? t('xlsx-kind-collective') : t('xlsx-kind-individual'));
  // The same status words as in chat (docs/glossary.md).
  const status = (s: NominationStatus) => t('nomination-status', { status: s });
  const result: Record<VoteResult, string> = {
    passed: t('xlsx-vote-passed'),
    failed: t('xlsx-vote-failed'),
    'no-quorum': t('xlsx-vote-no-quorum'),
    open: t('xlsx-vote-open'),
  };
  const met = (m: boolean | null, reported: boolean) => (!reported ? t('xlsx-target-not-reported') : m === null ? null : m ? t('xlsx-target-met') : t('xlsx-target-missed'));
  return [
    sheet(
      t('xlsx-sheet-standings'),
      [t('xlsx-col-rank'), t('xlsx-col-unit'), t('xlsx-col-score'), t('xlsx-col-grade'), t('xlsx-col-reported')],
      data.standings.map((s) => [num(s.rank, WHOLE), text(s.unitName), num(s.score), text(s.gradeLabel ?? t('xlsx-not-reported')), num(s.reportedCriteria, WHOLE)]),
      [8, 45, 12, 14, 16],
    ),
    sheet(
      t('xlsx-sheet-targets'),
      [
        t('xlsx-col-unit'),
        t('xlsx-col-area'),
        t('xlsx-col-criterion'),
        t('xlsx-col-measure'),
        t('xlsx-col-target'),
        t('xlsx-col-target-as-planned'),
        t('xlsx-col-value'),
        t('xlsx-col-reported-on'),
        t('xlsx-col-target-status'),
      ],
      data.targets.map((r) => [
        text(r.unitName),
        text(r.areaTitle),
        text(r.criterionTitle),
        text(r.unitOfMeasure),
        num(r.target),
        text(formatTarget(t, r)),
        num(r.value),
        day(r.reportedAt),
        text(met(r.met, r.value !== null)),
      ]),
      [40, 40, 55, 12, 12, 12, 14, 16],
    ),
    sheet(
      t('xlsx-sheet-reporting'),
      [t('xlsx-col-unit'), t('xlsx-col-reported-count'), t('xlsx-col-total-criteria'), t('xlsx-col-last-report')],
      data.reporting.map((r) => [text(r.unitName), num(r.reported, WHOLE), num(r.total, WHOLE), day(r.lastReportAt)]),
      [45, 14, 14, 16],
    ),
    sheet(
      t('xlsx-sheet-scores'),
      [t('xlsx-col-unit'), t('xlsx-col-criterion'), t('xlsx-col-max-points'), t('xlsx-col-self-points'), t('xlsx-col-appraised-points'), t('xlsx-col-appraisal-reason')],
      data.scores.map((s) => [text(s.unitName), text(s.criterionTitle), num(s.maxPoints), num(s.selfPoints), num(s.appraisedPoints), text(s.appraisalReason)]),
      [40, 55, 12, 12, 12, 45],
    ),
    sheet(
      t('xlsx-sheet-nominations'),
      [t('xlsx-col-nominee'), t('xlsx-col-unit'), t('xlsx-col-kind'), t('xlsx-col-award-form'), t('xlsx-col-status')],
      data.nominations.map((n) => [text(n.nominee), text(n.unitName), text(kind(n.kind)), text(n.awardTitle), text(status(n.status))]),
      [35, 40, 12, 35, 30],
    ),
    sheet(
      t('xlsx-sheet-votes'),
      [t('xlsx-col-nominee'), t('xlsx-col-agree'), t('xlsx-col-disagree'), t('xlsx-col-abstain'), t('xlsx-col-approval'), t('xlsx-col-approval-base'), t('xlsx-col-result')],
      data.votes.map((v) => [
        text(v.nominee),
        num(v.agree, WHOLE),
        num(v.disagree, WHOLE),
        num(v.abstain, WHOLE),
        num(v.approvalPercent),
        text(t('xlsx-approval-base', { base: v.base })),
        text(v.result === null ? null : result[v.result]),
      ]),
      [35, 12, 14, 16, 16, 30, 30],
    ),
    sheet(
      t('xlsx-sheet-awards'),
      [
        t('xlsx-col-number'),
        t('xlsx-col-nominee'),
        t('xlsx-col-unit'),
        t('xlsx-col-kind'),
        t('xlsx-col-award-form'),
        t('xlsx-col-decision-number'),
        t('xlsx-col-decision-date'),
        t('xlsx-col-decision-signer'),
      ],
      data.awards.map((a, i) => [
        num(i + 1, WHOLE),
        text(a.nominee),
        text(a.unitName),
        text(kind(a.kind)),
        text(a.awardTitle),
        text(a.decisionNumber),
        day(a.decisionDate),
        text(a.decisionSigner),
      ]),
      [6, 35, 40, 12, 35, 18, 14, 30],
    ),
  ];
}

/** A commune's row of the city's workbook (the city standings' entries, as computed there). */
export interface CityRow {
  rank: number | null;
  name: string;
  campaignTitle: string;
  score: number;
  grade: { label: string } | null;
  units: number;
  reportingUnits: number;
  goodUnits: number;
  provisional: boolean;
}

/** The city's workbook: one row per commune or ward, as /xephang xa ranks them. */
export function citySheets(standings: { entries: readonly CityRow[]; withoutCampaign: readonly string[] }, t: Translate): WorkbookSheet[] {
  const rows: Row[] = standings.entries.map((e) => [
    num(e.rank, WHOLE),
    text(e.name),
    text(e.campaignTitle),
    e.grade === null ? null : num(e.score),
    text(e.grade?.label ?? t('xlsx-not-reported')),
    num(e.units, WHOLE),
    num(e.reportingUnits, WHOLE),
    num(e.goodUnits, WHOLE),
    text(e.provisional ? t('xlsx-city-provisional') : t('xlsx-city-appraised')),
  ]);
  for (const name of standings.withoutCampaign) rows.push([null, text(name), text(t('xlsx-city-no-campaign')), null, null, null, null, null, null]);
  const headers = [
    'xlsx-col-rank',
    'xlsx-col-commune',
    'xlsx-col-campaign',
    'xlsx-col-mean-score',
    'xlsx-col-grade',
    'xlsx-col-units',
    'xlsx-col-reporting-units',
    'xlsx-col-good-units',
    'xlsx-col-appraisal',
  ];
  return [
    sheet(
      t('xlsx-sheet-communes'),
      headers.map((h) => t(h)),
      rows,
      [6, 32, 48, 14, 12, 10, 14, 16, 16],
    ),
  ];
}
