import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import { formatDate, formatDateTime } from '../../../domain/dates.js';
import { formatNumber } from '../../../domain/numbers.js';
import type { Translate } from '../../../i18n/i18n.js';
import type { DashboardCampaign } from '../../../services/reporting/dashboard.js';
import type { OwingView } from '../../../services/reporting/dashboard-owing.js';
import type { Pipeline } from '../../../services/reporting/dashboard-pipeline.js';
import type { Trend } from '../../../services/reporting/dashboard-trend.js';
import { CHART_LIBRARY_SRC, CHARTS_SCRIPT, type ChartSpec } from './charts-script.js';

// What the overview and a unit's page share: the head, the charts' boxes (each over its table,
// which stays readable without JavaScript), who owes what, the award pipeline.

export const DASHBOARD_CSS = `
header{display:flex;justify-content:space-between;gap:8px}
main{max-width:860px}
nav.tabs{display:flex;flex-wrap:wrap;gap:6px;margin:0 0 12px}
nav.tabs a{padding:6px 10px;border-radius:16px;background:#fff;color:#b71c1c;text-decoration:none;font-size:.9rem;box-shadow:0 1px 2px rgba(0,0,0,.1)}
h2{font-size:1.1rem;margin:0 0 8px}
.chart{position:relative;height:var(--h,280px);margin:8px 0 12px}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{padding:6px 4px;border-bottom:1px solid #e3e6ea;text-align:left;vertical-align:top}
th{font-weight:600;color:#3c434b;background:#f7f8fa}
td.n,th.n{text-align:right}
td.n{white-space:nowrap}
td.name{min-width:6.5em}
.criterion{border-top:1px solid #e3e6ea;padding:10px 0}
.criterion .title{font-weight:600}
.figures{display:flex;flex-wrap:wrap;gap:2px 14px;font-size:.9rem}
a{color:#b71c1c}
.late{color:#b71c1c;font-weight:600}
.soon{color:#8a5a00}
.tag{display:inline-block;padding:1px 8px;border-radius:10px;background:#eef1f4;font-size:.8rem;margin:2px 0}
details summary{cursor:pointer;color:#5b6470;margin:6px 0}
ul.plain{margin:6px 0;padding-left:18px}
.default{color:#8a5a00;font-style:italic}
`;

export const num = (n: number | null): string => (n === null ? '–' : formatNumber(n));

/** "31/12/2025 (mặc định, kế hoạch không nêu)": a value the plan never stated, marked as such. */
export function Marked(props: { t: Translate; text: string; isDefault: boolean }) {
  return props.isDefault ? <span class="default">{props.t('dashboard-default', { value: props.text })}</span> : <>{props.text}</>;
}

export function PageHead(props: { t: Translate; campaign: DashboardCampaign; title: string; now: Date; provisional: boolean; children?: Child }) {
  const { t, campaign } = props;
  const bands = campaign.gradeBands.map((b) => `${b.label} ≥ ${formatNumber(b.min)}`).join('; ');
  return (
    <div class="card">
      <h1>{props.title}</h1>
      <p class="muted">
        {campaign.title} — {campaign.organizationName}
      </p>
      <p class="muted">{t('dashboard-updated', { time: formatDateTime(props.now) })}</p>
      {props.provisional ? <p class="soon">{t('dashboard-provisional')}</p> : null}
      <p class="muted">
        <Marked t={t} text={t('dashboard-grade-bands', { bands })} isDefault={campaign.gradeBandsDefault} />
      </p>
      {props.children}
      <noscript>
        <p class="muted">{t('dashboard-no-js')}</p>
      </noscript>
    </div>
  );
}

/** A chart's canvas: the script draws `spec` there; the aria label names what the table below shows. */
export function ChartBox(props: { id: string; label: string; height?: number }) {
  const style = props.height ? `--h:${props.height}px` : undefined;
  return (
    <div class="chart" style={style}>
      <canvas id={props.id} role="img" aria-label={props.label}></canvas>
    </div>
  );
}

/** The chart library, then the charts' data as JSON (never pasted into code), then the few lines drawing them. */
export function ChartScripts(props: { charts: Record<string, ChartSpec> }) {
  // No "<" in the JSON: it cannot end the script element early.
  const json = JSON.stringify(props.charts).replace(/</g, '\\u003c');
  return (
    <>
      <script src={CHART_LIBRARY_SRC}></script>
      <script type="application/json" id="chart-data">
        {raw(json)}
      </script>
      <script>{raw(CHARTS_SCRIPT)}</script>
    </>
  );
}

/** The trend's x axis: the day, with the time where a day has several points. */
export function trendLabels(trend: Trend): string[] {
  const days = trend.points.map((p) => formatDate(p.takenAt));
  return trend.points.map((p, i) => (days.filter((d) => d === days[i]).length > 1 ? formatDateTime(p.takenAt) : days[i]!));
}

export function OwingSection(props: { t: Translate; owing: OwingView; showMissing: boolean }) {
  // Every unit still owing: said in a few words rather than the whole list.
  const units = props.owing.missingReports.length;
  const owingText = (d: OwingView['deadlines'][number]) => {
    if (d.owing === null) return <span class="muted">{t('dashboard-owing-untracked')}</span>;
    if (d.owing.length === 0) return t('dashboard-owing-none');
    if (props.showMissing && units > 1 && d.owingUnitIds.length === units) return t('dashboard-owing-all', { count: units });
    return d.owing.join(', ');
  };
  const { t, owing } = props;
  const missing = owing.missingReports.filter((m) => m.missing > 0);
  return (
    <section class="card" id="owing">
      <h2>{t('dashboard-owing-title')}</h2>
      {owing.deadlines.length > 0 ? (
        <div class="scroll">
          <table>
            <thead>
              <tr>
                <th>{t('dashboard-col-deadline')}</th>
                <th>{t('dashboard-col-due')}</th>
                <th>{t('dashboard-col-owing')}</th>
              </tr>
            </thead>
            <tbody>
              {owing.deadlines.map((d) => (
                <tr>
                  <td>{d.title}</td>
                  <td>
                    <Marked t={t} text={formatDate(d.dueOn)} isDefault={d.dueDefault} />
                    <br />
                    <span class={d.overdue ? 'late' : 'soon'}>
                      {d.overdue
                        ? t('dashboard-due-late', { days: d.workingDays })
                        : d.workingDays === 0
                          ? t('dashboard-due-today')
                          : t('dashboard-due-left', { days: d.workingDays })}
                    </span>
                  </td>
                  <td>{owingText(d)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {props.showMissing ? (
        <>
          <h2 style="margin-top:16px">{t('dashboard-missing-title')}</h2>
          {missing.length === 0 ? (
            <p>{t('dashboard-missing-none')}</p>
          ) : (
            <ul class="plain">
              {missing.map((m) => (
                <li>{t('dashboard-missing-line', { unit: m.unitName, missing: m.missing, total: m.total })}</li>
              ))}
            </ul>
          )}
        </>
      ) : null}
      {owing.lateAwaiting.reports + owing.lateAwaiting.selfScores > 0 ? (
        <p class="soon">{t('dashboard-late-awaiting', { reports: owing.lateAwaiting.reports, scores: owing.lateAwaiting.selfScores })}</p>
      ) : null}
    </section>
  );
}

export function PipelineSection(props: { t: Translate; pipeline: Pipeline; chart: boolean }) {
  const { t, pipeline } = props;
  return (
    <section class="card" id="awards">
      <h2>{t('dashboard-awards-title')}</h2>
      {pipeline.items.length === 0 ? (
        <p>{t('dashboard-awards-empty')}</p>
      ) : (
        <>
          {props.chart ? (
            <ChartBox id="chart-awards" label={t('dashboard-awards-title')} height={Math.max(160, 60 + pipeline.stages.filter((s) => s.count > 0).length * 48)} />
          ) : null}
          <table>
            <thead>
              <tr>
                <th>{t('dashboard-col-stage')}</th>
                <th class="n">{t('dashboard-col-count')}</th>
              </tr>
            </thead>
            <tbody>
              {pipeline.stages
                .filter((s) => s.count > 0)
                .map((s) => (
                  <tr>
                    <td>{t('dashboard-stage', { stage: s.stage })}</td>
                    <td class="n">{s.count}</td>
                  </tr>
                ))}
            </tbody>
          </table>
          <ul class="plain">
            {pipeline.items.map((i) => (
              <li>
                {t('dashboard-nominee', { kind: i.kind, unit: i.unitName, name: i.memberName ?? '' })} — {i.awardTitle}:{' '}
                <span class="tag">{t('dashboard-stage', { stage: i.stage })}</span>
                {i.decisionNumber && i.decisionDate ? <span class="muted"> {t('dashboard-decision', { number: i.decisionNumber, date: formatDate(i.decisionDate) })}</span> : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
