import { raw } from 'hono/html';
import type { Translate } from '../../../i18n/i18n.js';
import type { Overview } from '../../../services/reporting/dashboard.js';
import { Layout } from '../layout.js';
import { GRADE_COLORS, type ChartSpec } from './charts-script.js';
import { ChartBox, ChartScripts, DASHBOARD_CSS, num, OwingSection, PageHead, PipelineSection, trendLabels } from './parts.js';

// The campaign's page, for the leaders and the secretariat: the standings of /xephang, their
// course over the campaign, the task areas, who owes what, the award pipeline.

export interface OverviewProps {
  t: Translate;
  overview: Overview;
  /** the signed link to a unit's page */
  unitHref: (unitId: number) => string;
}

function charts(t: Translate, o: Overview): Record<string, ChartSpec> {
  const labels = trendLabels(o.trend);
  const stages = o.pipeline.stages.filter((s) => s.count > 0);
  return {
    'chart-standings': {
      type: 'bar',
      horizontal: true,
      max: 100,
      axis: t('dashboard-score-axis'),
      labels: o.standings.entries.map((e) => `${e.rank}. ${e.unitName}`),
      datasets: [
        { label: t('dashboard-col-score'), data: o.standings.entries.map((e) => e.score), colors: o.standings.entries.map((e) => GRADE_COLORS[e.grade.grade] ?? '#607d8b') },
      ],
    },
    'chart-trend': {
      type: 'line',
      max: 100,
      axis: t('dashboard-score-axis'),
      labels,
      datasets: o.trend.series.filter((s) => s.scores.some((v) => v !== null)).map((s) => ({ label: s.unitName, data: s.scores })),
    },
    'chart-areas': {
      type: 'bar',
      horizontal: true,
      max: 100,
      axis: t('dashboard-col-average'),
      labels: o.areas.map((a) => a.title),
      datasets: [{ label: t('dashboard-col-average'), data: o.areas.map((a) => (a.average === null ? null : Math.round(a.average * 100) / 100)) }],
    },
    'chart-awards': {
      type: 'bar',
      horizontal: true,
      integer: true,
      labels: stages.map((s) => t('dashboard-stage', { stage: s.stage })),
      datasets: [{ label: t('dashboard-col-count'), data: stages.map((s) => s.count) }],
    },
  };
}

export function OverviewPage(props: OverviewProps) {
  const { t, overview: o } = props;
  const { standings, trend } = o;
  const labels = trendLabels(trend);
  // wrapped names take two or three lines each
  const height = (rows: number, perRow: number) => Math.max(180, 60 + rows * perRow);
  return (
    <Layout t={t} title={`${t('dashboard-page-title')} — ${o.campaign.title}`}>
      <style>{raw(DASHBOARD_CSS)}</style>
      <PageHead t={t} campaign={o.campaign} title={t('dashboard-page-title')} now={o.at} provisional={standings.provisional}>
        <nav class="tabs">
          <a href="#standings">{t('dashboard-nav-standings')}</a>
          <a href="#trend">{t('dashboard-nav-trend')}</a>
          <a href="#areas">{t('dashboard-nav-areas')}</a>
          <a href="#owing">{t('dashboard-nav-owing')}</a>
          <a href="#awards">{t('dashboard-nav-awards')}</a>
        </nav>
      </PageHead>

      <section class="card" id="standings">
        <h2>{t('dashboard-standings-title')}</h2>
        <p class="muted">{t('dashboard-standings-note')}</p>
        {standings.entries.length > 0 ? <ChartBox id="chart-standings" label={t('dashboard-standings-title')} height={height(standings.entries.length, 40)} /> : null}
        {standings.entries.length === 0 ? <p>{t('dashboard-standings-empty')}</p> : null}
        <div class="scroll">
          <table id="standings-table">
            <thead>
              <tr>
                <th class="n">{t('dashboard-col-rank')}</th>
                <th>{t('dashboard-col-unit')}</th>
                <th class="n">{t('dashboard-col-score')}</th>
                <th>{t('dashboard-col-grade')}</th>
                <th class="n">{t('dashboard-col-reported')}</th>
              </tr>
            </thead>
            <tbody>
              {standings.entries.map((e) => (
                <tr data-unit={e.unitId}>
                  <td class="n">{e.rank}</td>
                  <td class="name">
                    <a href={props.unitHref(e.unitId)}>{e.unitName}</a>
                  </td>
                  <td class="n">{num(e.score)}</td>
                  <td>{e.grade.label}</td>
                  <td class="n">{t('dashboard-reported', { reported: e.reportedCriteria, total: e.criteria })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {standings.unreported.length > 0 ? (
          <>
            <p>{t('dashboard-unreported-title', { count: standings.unreported.length })}</p>
            <ul class="plain">
              {standings.unreported.map((u) => (
                <li>
                  <a href={props.unitHref(u.unitId)}>{u.unitName}</a>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section class="card" id="trend">
        <h2>{t('dashboard-trend-title')}</h2>
        <p class="muted">{t('dashboard-trend-note')}</p>
        {trend.points.length === 0 ? (
          <p>{t('dashboard-trend-empty')}</p>
        ) : (
          <>
            <ChartBox id="chart-trend" label={t('dashboard-trend-title')} height={320} />
            <div class="scroll">
              <table>
                <thead>
                  <tr>
                    <th>{t('dashboard-col-unit')}</th>
                    {trend.points.length > 1 ? <th class="n">{t('dashboard-trend-first', { date: labels[0]! })}</th> : null}
                    <th class="n">{t('dashboard-trend-latest', { date: labels.at(-1)! })}</th>
                  </tr>
                </thead>
                <tbody>
                  {trend.series.map((s) => (
                    <tr>
                      <td class="name">{s.unitName}</td>
                      {trend.points.length > 1 ? <td class="n">{num(s.scores[0] ?? null)}</td> : null}
                      <td class="n">{num(s.scores.at(-1) ?? null)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {trend.points.length > 2 ? (
              <details>
                <summary>{t('dashboard-trend-all', { count: trend.points.length })}</summary>
                <div class="scroll">
                  <table>
                    <thead>
                      <tr>
                        <th>{t('dashboard-col-date')}</th>
                        {trend.series.map((s) => (
                          <th class="n">{s.unitName}</th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {labels.map((label, i) => (
                        <tr>
                          <td>{label}</td>
                          {trend.series.map((s) => (
                            <td class="n">{num(s.scores[i] ?? null)}</td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </details>
            ) : null}
          </>
        )}
      </section>

      <section class="card" id="areas">
        <h2>{t('dashboard-areas-title')}</h2>
        <p class="muted">{t('dashboard-areas-note')}</p>
        <ChartBox id="chart-areas" label={t('dashboard-areas-title')} height={height(o.areas.length, 56)} />
        <div class="scroll">
          <table>
            <thead>
              <tr>
                <th>{t('dashboard-col-area')}</th>
                <th class="n">{t('dashboard-col-max')}</th>
                <th class="n">{t('dashboard-col-average')}</th>
                <th>{t('dashboard-col-lowest')}</th>
              </tr>
            </thead>
            <tbody>
              {o.areas.map((a) => {
                const lowest = a.entries.at(-1);
                return (
                  <tr>
                    <td>{a.title}</td>
                    <td class="n">{num(a.maxPoints)}</td>
                    <td class="n">{num(a.average)}</td>
                    <td>{lowest ? t('dashboard-area-lowest', { unit: lowest.unitName, score: num(lowest.score) }) : t('dashboard-none')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <OwingSection t={t} owing={o.owing} showMissing={true} />
      <PipelineSection t={t} pipeline={o.pipeline} chart={true} />
      <ChartScripts charts={charts(t, o)} />
    </Layout>
  );
}
