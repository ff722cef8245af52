import type { Db } from '../db/client.js';
import { CampaignService } from './campaigns.js';
import type { Clock } from './clock.js';
import { DialogStateService } from './dialog-state.js';
import { InviteService } from './invite-service.js';
import { MemberService } from './members.js';
import { ReportService } from './reports.js';
import { StandingsService } from './standings.js';

export interface Services {
  campaigns: CampaignService;
  members: MemberService;
  invites: InviteService;
  reports: ReportService;
  standings: StandingsService;
  dialogState: DialogStateService;
}

export function createServices(db: Db, clock: Clock, options: { dialogTimeoutMinutes: number }): Services {
  const campaigns = new CampaignService(db);
  const reports = new ReportService(db, clock);
  return {
    campaigns,
    members: new MemberService(db, clock),
    invites: new InviteService(db, clock),
    reports,
    standings: new StandingsService(db, campaigns, reports, clock),
    dialogState: new DialogStateService(db, clock, options.dialogTimeoutMinutes),
  };
}
