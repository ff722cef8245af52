import type { Db } from '../db/client.js';
import type { Channel } from '../generated/prisma/client.js';
import { BroadcastService } from './messaging/broadcasts.js';
import { AccountLinkService } from './campaigns/account-links.js';
import { CampaignService } from './campaigns/campaigns.js';
import { CampaignChangeService } from './campaigns/campaign-changes.js';
import { ChannelUsageService } from './shared/channel-usage.js';
import { ChartService } from './reporting/charts.js';
import { CityStandingsService } from './reporting/city-standings.js';
import { CouncilService } from './awards/council.js';
import { DossierService } from './awards/dossier.js';
import { FileStore } from './shared/file-store.js';
import type { Clock } from './shared/clock.js';
import { DialogStateService } from './shared/dialog-state.js';
import { DocumentService } from './documents/service.js';
import { TemplateStore } from './documents/render.js';
import { FinalListService } from './awards/final-list.js';
import { HandledUpdateService } from './shared/handled-updates.js';
import { InitiativeService } from './awards/initiatives.js';
import { InviteService } from './campaigns/invites.js';
import { JobLeaseService } from './shared/job-leases.js';
import { MemberService } from './campaigns/members.js';
import { NominationService } from './awards/nominations.js';
import { OutboxService, type OutboxOptions } from './messaging/outbox.js';
import { OutboxViews } from './messaging/outbox-views.js';
import { PlanDraftService } from './campaigns/plan-drafts.js';
import { PendingReplyService } from './shared/pending-replies.js';
import { ReminderService } from './messaging/reminders.js';
import { ReportService } from './reporting/reports.js';
import { ScoreService } from './reporting/scores.js';
import { StandingsService } from './reporting/standings.js';
import { SummaryReportService } from './reporting/summary-report.js';
import { WebLinkService, type WebLinkSettings } from './shared/web-links.js';
import { DashboardService } from './reporting/dashboard.js';

export interface Services {
  campaigns: CampaignService;
  campaignChanges: CampaignChangeService;
  planDrafts: PlanDraftService;
  members: MemberService;
  accountLinks: AccountLinkService;
  channelUsage: ChannelUsageService;
  invites: InviteService;
  reports: ReportService;
  standings: StandingsService;
  cityStandings: CityStandingsService;
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
  outboxViews: OutboxViews;
  jobLeases: JobLeaseService;
  broadcasts: BroadcastService;
  reminders: ReminderService;
  handledUpdates: HandledUpdateService;
  pendingReplies: PendingReplyService;
  documents: DocumentService;
  webLinks: WebLinkService;
  dashboard: DashboardService;
}

export interface ServiceOptions {
  dialogTimeoutMinutes: number;
  fileStoreDir: string;
  outbox?: OutboxOptions;
  /** monthly allowances of the channels' plans, shown to the secretariat (ZALO_MONTHLY_QUOTA) */
  channelQuotas?: Partial<Record<Channel, number>>;
  /** an organization's own document templates (DOCUMENT_TEMPLATE_DIR); null: the shipped ones */
  documentTemplateDir?: string | null;
  /** signed links to the web pages (PUBLIC_BASE_URL); null: none */
  webLinks?: WebLinkSettings | null;
}

export function createServices(db: Db, clock: Clock, options: ServiceOptions): Services {
  const campaigns = new CampaignService(db);
  const reports = new ReportService(db, clock);
  const files = new FileStore(options.fileStoreDir);
  const standings = new StandingsService(db, campaigns, reports, clock);
  const initiatives = new InitiativeService(db, files, clock);
  const dossier = new DossierService(db, files, clock);
  const council = new CouncilService(db, clock);
  const members = new MemberService(db, clock);
  const scores = new ScoreService(db, campaigns, reports, clock);
  const outbox = new OutboxService(db, clock, options.outbox);
  const channelUsage = new ChannelUsageService(db, clock, options.channelQuotas);
  const finalList = new FinalListService(db, clock);
  return {
    files,
    dossier,
    charts: new ChartService(files),
    council,
    finalList,
    campaigns,
    campaignChanges: new CampaignChangeService(db, campaigns, standings, clock),
    planDrafts: new PlanDraftService(db, clock),
    members,
    accountLinks: new AccountLinkService(db, clock, members),
    channelUsage,
    invites: new InviteService(db, clock),
    reports,
    standings,
    cityStandings: new CityStandingsService(db, campaigns, standings),
    scores,
    initiatives,
    nominations: new NominationService(db, campaigns, standings, initiatives, dossier, files, clock),
    summaryReport: new SummaryReportService(db, campaigns, reports, standings),
    dialogState: new DialogStateService(db, clock, options.dialogTimeoutMinutes),
    outbox,
    outboxViews: new OutboxViews(db, clock),
    broadcasts: new BroadcastService(db, campaigns, outbox, channelUsage, clock),
    jobLeases: new JobLeaseService(db, clock),
    reminders: new ReminderService(db, clock, outbox, { campaigns, reports, standings, scores, dossier, council }),
    handledUpdates: new HandledUpdateService(db, clock),
    pendingReplies: new PendingReplyService(db),
    documents: new DocumentService(db, { campaigns, standings, scores, finalList }, new TemplateStore(options.documentTemplateDir ?? null), clock),
    webLinks: new WebLinkService(db, clock, options.webLinks ?? null),
    dashboard: new DashboardService(db, { campaigns, reports, standings, scores, dossier, council }, clock),
  };
}
