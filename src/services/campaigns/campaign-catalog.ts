import type { Db } from '../../db/client.js';

// What the command line prints about stored campaigns.

/** For the CLI's `list`: every campaign, newest period first. */
export async function listCampaigns(db: Db) {
  return db.campaign.findMany({
    orderBy: [{ startsOn: 'desc' }, { code: 'asc' }],
    select: { code: true, title: true, status: true, startsOn: true, endsOn: true, organization: { select: { code: true, name: true } } },
  });
}

/** For the CLI's `show`: the campaign as a reader of the plan sees it; null for an unknown code. */
export async function getCampaignDetail(db: Db, code: string) {
  const campaign = await db.campaign.findUnique({
    where: { code },
    include: {
      organization: true,
      taskAreas: {
        orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
        include: { criteria: { where: { retired: false }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] } },
      },
      awardQuotas: { orderBy: { id: 'asc' } },
      dossierDocKinds: { orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] },
      deadlines: { orderBy: [{ dueOn: 'asc' }, { code: 'asc' }] },
    },
  });
  if (!campaign) return null;
  const [units, members] = await Promise.all([
    db.unit.findMany({ where: { organizationId: campaign.organizationId, active: true }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] }),
    db.member.findMany({
      where: { organizationId: campaign.organizationId, active: true },
      orderBy: { id: 'asc' },
      include: { unit: true, roles: { orderBy: { id: 'asc' } } },
    }),
  ]);
  // A task area whose criteria were all retired is no longer part of the campaign.
  return { ...campaign, taskAreas: campaign.taskAreas.filter((a) => a.criteria.length > 0), units, members };
}

export type CampaignDetail = NonNullable<Awaited<ReturnType<typeof getCampaignDetail>>>;
