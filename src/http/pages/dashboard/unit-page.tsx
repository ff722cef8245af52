import { raw } from 'hono/html';
import { formatDate } from '../../../domain/dates.js';
import { formatTarget, formatValue } from '../../../domain/targets.js';
import type { Translate } from '../../../i18n/i18n.js';
import type { CriterionRow, UnitPage as UnitData } from '../../../services/reporting/dashboard.js';
import { Layout } from '../layout.js';
import type { ChartSpec } from './charts-script.js';
import { ChartBox, ChartScripts, DASHBOARD_CSS, Marked, num, OwingSection, PageHead, PipelineSection, trendLabels } from './parts.js';

// One unit's page: its line of the standings, its course, each criterion with the report, the
// points that count and where they come from, how many reports and evidence files, what it owes,
// its dossier and nominations. A head sees only this page, for their own unit.

export interface UnitPageProps {
  t: Translate;
  page: UnitData;
  /** the signed link back to the campaign's page, for those who may see it */
  backHref: string | null;
}

/** The points that count, as the standings take them: appraised, else self-scored, else from the report. */
function counted(row: CriterionRow): { points: number | null; how: 'appraised' | 'self' | 'report' | 'none' } {
  if (row.appraised !== null) return { points: row.appraised, how: 'appraised' };
  if (row.self !== null) return { points: row.self, how: 'self' };
  if (row.computed !== null) return { points: row.computed, how: 'report' };
  return { points: null, how: 'none' };
}

function charts(t: Translate, p: UnitData): Record<string, ChartSpec> {
  const series = p.trend.series[0];
  return {
    'chart-unit-trend': { type: 'line', max: 100, axis: t('dashboard-score-axis'), labels: trendLabels(p.trend), datasets: [{ label: p.unit.name, data: series?.scores ?? [] }] },
    'chart-unit-areas': {
      type: 'bar',
      horizontal: true,
      max: 100,
      axis: t('dashboard-score-axis'),
      labels: p.areas.map((a) => a.title),
      datasets: [{ label: p.unit.name, data: p.areas.map((a) => a.score) }],
    },
  };
}

export function UnitPage(props: UnitPageProps) {
  const { t, page: p } = props;
  const s = p.standing;
  // Where the plan states no criterion's target (or points), one note says so instead of one per line.
  const rows = p.areas.flatMap((a) => a.criteria);
  const allDefault = { target: rows.length > 0 && rows.every((r) => r.targetDefault), points: rows.length > 0 && rows.every((r) => r.pointsDefault) };
  return (
    <Layout t={t} title={`${p.unit.name} — ${t('dashboard-page-title')}`}>
      <style>{raw(DASHBOARD_CSS)}</style>
      <PageHead t={t} campaign={p.campaign} title={p.unit.name} now={p.at} provisional={p.provisional}>
        {props.backHref ? (
          <p>
            <a href={props.backHref}>{t('dashboard-back')}</a>
          </p>
        ) : null}
        <p id="unit-standing">
          <strong>{s ? t('dashboard-unit-rank', { rank: s.rank, count: p.ranked, score: num(s.score), grade: s.grade.label }) : t('dashboard-unit-unranked')}</strong>
          {s ? <span class="muted"> — {t('dashboard-reported', { reported: s.reportedCriteria, total: s.criteria })}</span> : null}
        </p>
        <nav class="tabs">
          <a href="#areas">{t('dashboard-nav-areas')}</a>
          <a href="#owing">{t('dashboard-nav-owing')}</a>
          <a href="#awards">{t('dashboard-nav-awards')}</a>
        </nav>
      </PageHead>

      {p.trend.points.length > 0 ? (
        <section class="card" id="trend">
          <h2>{t('dashboard-trend-title')}</h2>
          <ChartBox id="chart-unit-trend" label={t('dashboard-trend-title')} height={220} />
        </section>
      ) : null}

      <section class="card" id="areas">
        <h2>{t('dashboard-unit-areas-title')}</h2>
        <ChartBox id="chart-unit-areas" label={t('dashboard-unit-areas-title')} height={Math.max(200, 60 + p.areas.length * 56)} />
        {allDefault.target || allDefault.points ? (
          <p class="default">{t('dashboard-criteria-default', { what: allDefault.target && allDefault.points ? 'both' : allDefault.target ? 'target' : 'points' })}</p>
        ) : null}
        {p.areas.map((area) => (
          <>
            <h2 style="margin-top:16px">{t('dashboard-unit-area-score', { area: area.title, score: num(area.score) })}</h2>
            {area.criteria.map((c) => {
              const { points, how } = counted(c);
              return (
                <div class="criterion" data-criterion={c.code}>
                  <div class="title">{c.title}</div>
                  <div class="figures">
                    <span>
                      {t('dashboard-col-target')}: <Marked t={t} text={formatTarget(t, c)} isDefault={c.targetDefault && !allDefault.target} />
                    </span>
                    <span>
                      {t('dashboard-col-value')}:{' '}
                      {c.latest ? (
                        t('dashboard-value-on', { value: formatValue(c.latest.value, c.unitOfMeasure), date: formatDate(c.latest.reportedAt) })
                      ) : (
                        <span class="late">{t('dashboard-not-reported')}</span>
                      )}
                    </span>
                    <span>
                      {t('dashboard-col-points')}:{' '}
                      <Marked t={t} text={t('dashboard-points', { points: num(points), max: num(c.maxPoints) })} isDefault={c.pointsDefault && !allDefault.points} />{' '}
                      <span class="muted">({t('dashboard-points-how', { how })})</span>
                    </span>
                    <span>
                      {t('dashboard-col-reports')}: {c.reports}
                    </span>
                    <span>
                      {t('dashboard-col-evidence')}: {c.evidence}
                    </span>
                  </div>
                </div>
              );
            })}
          </>
        ))}
      </section>

      <OwingSection t={t} owing={p.owing} showMissing={false} />

      <section class="card" id="dossier">
        <h2>{t('dashboard-dossier-title')}</h2>
        {p.dossier.length === 0 ? <p>{t('dashboard-dossier-empty')}</p> : null}
        <ul class="plain">
          {p.dossier.map((d) => (
            <li>
              {d.document
                ? t('dashboard-dossier-filed', { title: d.title, name: d.document.name, date: formatDate(d.document.uploadedAt) })
                : t('dashboard-dossier-missing', { title: d.title, required: d.required ? 'yes' : 'no' })}
            </li>
          ))}
        </ul>
      </section>

      <PipelineSection t={t} pipeline={p.pipeline} chart={false} />
      <ChartScripts charts={charts(t, p)} />
    </Layout>
  );
}
