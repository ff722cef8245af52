import type { Db } from '../db/client.js';
import { BroadcastService } from './broadcasts.js';
import { CampaignService } from './campaigns.js';
import { ChartService } from './charts.js';
import { CouncilService } from './council.js';
import { DossierService } from './dossier.js';
import { FileStore } from './file-store.js';
import type { Clock } from './clock.js';
import { DialogStateService } from './dialog-state.js';
import { FinalListService } from './final-list.js';
import { InitiativeService } from './initiatives.js';
import { InviteService } from './invite-service.js';
import { JobLeaseService } from './job-leases.js';
import { MemberService } from './members.js';
import { NominationService } from './nominations.js';
import { OutboxService, type OutboxOptions } from './outbox.js';
import { ReminderService } from './reminders.js';
import { ReportService } from './reports.js';
import { ScoreService } from './scores.js';
import { StandingsService } from './standings.js';
import { SummaryReportService } from './summary-report.js';

export interface Services {
  campaigns: CampaignService;
  members: MemberService;
  invites: InviteService;
  reports: ReportService;
  standings: StandingsService;
  scores: ScoreService;
  summaryReport: SummaryReportService;
  dialogState: DialogStateService;
  files: FileStore;
  dossier: DossierService;
  initiatives: InitiativeService;
  nominations: NominationService;
  charts: ChartService;
  council: CouncilService;
  finalList: FinalListService;
  outbox: OutboxService;
  jobLeases: JobLeaseService;
  broadcasts: BroadcastService;
  reminders: ReminderService;
}

export function createServices(db: Db, clock: Clock, options: { dialogTimeoutMinutes: number; fileStoreDir: string; outbox?: OutboxOptions }): Services {
  const campaigns = new CampaignService(db);
  const reports = new ReportService(db, clock);
  const files = new FileStore(options.fileStoreDir);
  const standings = new StandingsService(db, campaigns, reports, clock);
  const initiatives = new InitiativeService(db, files, clock);
  return {
    files,
    dossier: new DossierService(db, files, clock),
    charts: new ChartService(files),
    council: new CouncilService(db, clock),
    finalList: new FinalListService(db, clock),
    campaigns,
    members: new MemberService(db, clock),
    invites: new InviteService(db, clock),
    reports,
    standings,
    scores: new ScoreService(db, campaigns, reports, clock),
    initiatives,
    nominations: new NominationService(db, campaigns, standings, initiatives, clock),
    summaryReport: new SummaryReportService(db, campaigns, reports, standings),
    dialogState: new DialogStateService(db, clock, options.dialogTimeoutMinutes),
    outbox: new OutboxService(db, clock, options.outbox),
    // stateless over the database: an instance of its own is the same outbox
    broadcasts: new BroadcastService(db, campaigns, new OutboxService(db, clock, options.outbox), clock),
    jobLeases: new JobLeaseService(db, clock),
    // like broadcasts: these services hold nothing but the database, so own instances are the same
    reminders: new ReminderService(db, clock, new OutboxService(db, clock, options.outbox), {
      campaigns,
      reports,
      standings,
      scores: new ScoreService(db, campaigns, reports, clock),
      dossier: new DossierService(db, files, clock),
      council: new CouncilService(db, clock),
    }),
  };
}
