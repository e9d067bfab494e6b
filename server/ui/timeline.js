// Timeline: event counts per day, week or month, stacked by quad class (or
// CAMEO root), drawn as SVG bars. Clicking a bar lists its events.

import {h, s, svgTitle, QUADS, QUAD_COLORS} from './dom.js';
import {api, filterParams, go, setParam} from './core.js';

const ROOTS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10',
  '11', '12', '13', '14', '15', '16', '17', '18', '19', '20'];

function rootColor(r) {
  const i = ROOTS.indexOf(r);
  return `hsl(${(i * 47) % 360}, 55%, ${i % 2 ? 45 : 60}%)`;
}

// bucketEnd is the last day of a bucket starting at start.
function bucketEnd(start, interval) {
  const d = new Date(start + 'T00:00:00Z');
  if (interval === 'month') d.setUTCMonth(d.getUTCMonth() + 1, 0);
  else if (interval === 'week') d.setUTCDate(d.getUTCDate() + 6);
  return d.toISOString().slice(0, 10);
}

// nextStart is the start of the bucket after start.
function nextStart(start, interval) {
  const d = new Date(start + 'T00:00:00Z');
  if (interval === 'month') d.setUTCMonth(d.getUTCMonth() + 1, 1);
  else d.setUTCDate(d.getUTCDate() + (interval === 'week' ? 7 : 1));
  return d.toISOString().slice(0, 10);
}

// fill inserts the empty buckets between the first and the last, so that
// the x axis is linear in time (unless that would make too many bars).
function fill(buckets, interval, max = 1500) {
  if (buckets.length < 2) return buckets;
  const out = [];
  let cur = buckets[0].start;
  for (const b of buckets) {
    while (cur < b.start) {
      out.push({start: cur, total: 0, counts: {}});
      if (out.length > max) return buckets;
      cur = nextStart(cur, interval);
    }
    out.push(b);
    cur = nextStart(b.start, interval);
  }
  return out;
}

export async function render(main, r, current) {
  const interval = r.params.get('interval') || 'month';
  const split = r.params.get('split') || 'quad';
  const sel = (name, value, opts) => {
    const el = h('select', {name, 'aria-label': name}, opts.map(o => h('option', {value: o, selected: o === value}, o)));
    el.addEventListener('change', () => setParam(name, el.value));
    return el;
  };
  main.append(h('div', {class: 'controls'},
    h('label', {}, 'Interval ', sel('interval', interval, ['day', 'week', 'month'])),
    h('label', {}, 'Split by ', sel('split', split, ['quad', 'root']))));
  const q = filterParams(r.params);
  q.set('interval', interval);
  q.set('split', split);
  const data = await api('aggregates/timeline', q);
  if (!current()) return;
  data.buckets = fill(data.buckets, interval);
  const keys = split === 'quad' ? ['1', '2', '3', '4'] : ROOTS;
  const color = k => split === 'quad' ? QUAD_COLORS[k] : rootColor(k);
  const label = k => split === 'quad' ? `${k} ${QUADS[k]}` : `root ${k}`;
  const present = keys.filter(k => data.buckets.some(b => b.counts[k]));
  main.append(h('div', {class: 'legend'}, present.map(k => {
    const sw = h('span', {class: 'sw'});
    sw.style.background = color(k);
    return h('span', {}, sw, label(k));
  })));
  if (data.buckets.length === 0) {
    main.append(h('p', {class: 'empty'}, 'No events match these filters.'));
    return;
  }
  const W = 1000, H = 340, L = 48, R = 10, T = 10, B = 40;
  const max = Math.max(...data.buckets.map(b => b.total));
  const step = (W - L - R) / data.buckets.length;
  const bw = Math.max(1, step * 0.85);
  const y = v => H - B - (v / max) * (H - T - B);
  const svg = s('svg', {viewBox: `0 0 ${W} ${H}`, width: W, height: H, class: 'timeline', role: 'img', 'aria-label': 'event counts over time'});
  const ticks = 4;
  for (let i = 0; i <= ticks; i++) {
    const v = Math.round(max * i / ticks);
    svg.append(s('line', {class: 'grid', x1: L, x2: W - R, y1: y(v), y2: y(v)}));
    svg.append(s('text', {x: L - 6, y: y(v) + 4, 'text-anchor': 'end'}, v));
  }
  svg.append(s('line', {class: 'axis', x1: L, x2: W - R, y1: H - B, y2: H - B}));
  const every = Math.ceil(data.buckets.length / 12);
  data.buckets.forEach((b, i) => {
    const x = L + i * step + (step - bw) / 2;
    let acc = 0;
    for (const k of keys) {
      const n = b.counts[k] || 0;
      if (!n) continue;
      const rect = s('rect', {class: 'bar', x, width: bw, y: y(acc + n), height: Math.max(0.5, y(acc) - y(acc + n)), fill: color(k)});
      svgTitle(rect, `${b.start}: ${n} ${label(k)} (${b.total} in all)`);
      rect.addEventListener('click', () => {
        const p = filterParams(r.params);
        p.set('from', b.start);
        p.set('to', bucketEnd(b.start, interval));
        if (split === 'quad') p.set('quad', k); else p.set('root', k);
        go('events', p);
      });
      svg.append(rect);
      acc += n;
    }
    if (i % every === 0) {
      const lbl = interval === 'month' ? b.start.slice(0, 7) : b.start;
      svg.append(s('text', {x: x + bw / 2, y: H - B + 16, 'text-anchor': 'middle'}, lbl));
    }
  });
  main.append(svg);
  if (data.coarser) {
    main.append(h('p', {class: 'muted'}, `${data.coarser} events dated only to a month or year are not shown at this interval.`));
  }
}
