import type { Command } from '../port.js';
import { appraisalCommand } from './appraisal.js';
import { approveCommand } from './approve.js';
import { broadcastCommand } from './broadcast.js';
import { campaignCommand } from './campaign.js';
import { campaignChangeCommand } from './campaign-change.js';
import { councilReviewCommand } from './council-review.js';
import { dashboardCommand } from './dashboard.js';
import { documentsCommand } from './documents.js';
import { dossierCommand, submitDossierCommand } from './dossier.js';
import { helpCommand } from './help.js';
import { initiativeCommand } from './initiative.js';
import { inviteCommand } from './invite.js';
import { linkCommand } from './link.js';
import { nominateCommand } from './nominate.js';
import { planCommand } from './plan.js';
import { progressCommand } from './progress.js';
import { remindersCommand } from './reminders.js';
import { reportCommand } from './report.js';
import { selfScoreCommand } from './self-score.js';
import { standingsCommand } from './standings.js';
import { startCommand } from './start.js';
import { summaryReportCommand } from './summary-report.js';
import { tasksCommand } from './tasks.js';
import { violationCommand } from './violation.js';
import { voteCommand } from './vote.js';

/** Every command, in the order /trogiup lists them. */
export function allCommands(): Command[] {
  const commands: Command[] = [];
  commands.push(
    startCommand,
    helpCommand(() => commands),
    reportCommand,
    progressCommand,
    tasksCommand,
    standingsCommand,
    dashboardCommand,
    remindersCommand,
    linkCommand,
    selfScoreCommand,
    appraisalCommand,
    violationCommand,
    submitDossierCommand,
    dossierCommand,
    documentsCommand,
    initiativeCommand,
    nominateCommand,
    councilReviewCommand,
    voteCommand,
    approveCommand,
    inviteCommand,
    broadcastCommand,
    campaignCommand,
    planCommand,
    campaignChangeCommand,
    summaryReportCommand,
  );
  return commands;
}
