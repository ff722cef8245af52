import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
// The dashboard's charts are drawn in the browser by Chart.js (maintained, ~200 kB, canvas with
// tooltips and legend toggling that work by touch), served by the bot from node_modules: no CDN,
// no build. The page embeds each chart's data as JSON; these few lines hand it to Chart.js.

/** Where the bot serves Chart.js's UMD build (see serveModuleFile)… */
export const CHART_LIBRARY_PATH = '/web/static/chart.umd.js';
/** …and its address from a dashboard page (/web/bang-tin/<link>), relative: PUBLIC_BASE_URL may have a path. */
export const CHART_LIBRARY_SRC = '../static/chart.umd.js';
/** The UMD build beside the package's entry point (chart.js exports no path to it). */
export const CHART_LIBRARY_FILE = join(dirname(createRequire(import.meta.url).resolve('chart.js')), 'chart.umd.js');

export interface ChartSpec {
  type: 'bar' | 'line';
  labels: string[];
  datasets: Array<{ label: string; data: Array<number | null>; colors?: string[] }>;
  /** bars along the x axis, labels down the side: long unit and area names stay readable on a phone */
  horizontal?: boolean;
  /** the value axis's end (100 for scores); none: Chart.js picks */
  max?: number;
  /** the value axis's title */
  axis?: string;
  /** a rank chart: 1 on top */
  reverse?: boolean;
  /** counts: whole numbers on the axis */
  integer?: boolean;
}

/** Colours of the grade bands, best first, and of the units' lines. */
export const GRADE_COLORS: Record<string, string> = { XUAT_SAC: '#2e7d32', TOT: '#1565c0', KHA: '#f9a825', TRUNG_BINH: '#ef6c00', YEU: '#c62828' };
export const SERIES_COLORS = ['#b71c1c', '#1565c0', '#2e7d32', '#6a1b9a', '#ef6c00', '#00838f', '#5d4037', '#ad1457', '#558b2f', '#283593', '#9e9d24', '#4e342e'];

export const CHARTS_SCRIPT = `
(function(){
  if(!window.Chart)return;
  var specs=JSON.parse(document.getElementById('chart-data').textContent);
  var palette=${JSON.stringify(SERIES_COLORS)};
  // Long unit and area names on a narrow screen: a few short lines rather than a cut-off one.
  function wrap(text){
    var lines=[],line='';
    String(text).split(' ').forEach(function(word){
      if(line&&(line+' '+word).length>24){lines.push(line);line=word;}else{line=line?line+' '+word:word;}
    });
    if(line)lines.push(line);
    return lines.length>1?lines:text;
  }
  Chart.defaults.font.family='system-ui,-apple-system,"Segoe UI",Roboto,sans-serif';
  Chart.defaults.maintainAspectRatio=false;
  Object.keys(specs).forEach(function(id){
    var canvas=document.getElementById(id),s=specs[id];
    if(!canvas)return;
    var many=s.datasets.length>1;
    var value={beginAtZero:!s.reverse,reverse:!!s.reverse,title:{display:!!s.axis,text:s.axis||''}};
    if(s.max!==undefined)value.max=s.max;
    if(s.integer)value.ticks={precision:0};
    if(s.reverse){value.min=1;value.ticks={stepSize:1,precision:0};}
    var scales=s.horizontal?{x:value,y:{ticks:{autoSkip:false}}}:{y:value};
    new Chart(canvas,{
      type:s.type,
      data:{labels:s.horizontal?s.labels.map(wrap):s.labels,datasets:s.datasets.map(function(d,i){
        var c=d.colors||palette[i%palette.length];
        return {label:d.label,data:d.data,backgroundColor:c,borderColor:c,borderWidth:s.type==='line'?2:0,spanGaps:true,pointRadius:3,tension:0.2};
      })},
      options:{indexAxis:s.horizontal?'y':'x',scales:scales,animation:false,
        plugins:{legend:{display:many,position:'bottom',labels:{boxWidth:12}}},
        interaction:{mode:many?'index':'nearest',intersect:false}}
    });
  });
})();`;
