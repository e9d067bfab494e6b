// Actor network: the most frequent dyads as edges weighted by their event
// count and colored by mean Goldstein score (red conflictual, blue
// cooperative), laid out with a small force simulation. Click a node to
// filter by that actor, an edge to list the dyad's events.

import {h, s, svgTitle, goldsteinColor, actorName} from './dom.js';
import {api, filterParams, go} from './core.js';

const W = 1000, H = 620;

// layout places nodes (Fruchterman-Reingold): repulsion between all pairs,
// springs along edges (stronger for frequent dyads), a pull to the center
// so that separate components stay close; deterministic (seeded on a
// circle). The result is scaled to fit the drawing.
export function layout(nodes, edges, iterations = 400) {
  const n = nodes.length;
  nodes.forEach((nd, i) => {
    const a = 2.4 * i;
    const r = 10 * Math.sqrt(i + 1);
    nd.x = Math.cos(a) * r;
    nd.y = Math.sin(a) * r;
  });
  const k = 48;
  for (let it = 0; it < iterations; it++) {
    const temp = 20 * (1 - it / iterations) + 0.5;
    for (const a of nodes) { a.dx = 0; a.dy = 0; }
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = nodes[i], b = nodes[j];
        const dx = a.x - b.x, dy = a.y - b.y;
        const d2 = Math.max(dx * dx + dy * dy, 0.01);
        if (d2 > 16 * k * k) continue; // far nodes do not push: components pack
        const f = k * k / d2;
        a.dx += dx * f; a.dy += dy * f;
        b.dx -= dx * f; b.dy -= dy * f;
      }
    }
    for (const e of edges) {
      const a = e.a, b = e.b;
      const dx = a.x - b.x, dy = a.y - b.y;
      const d = Math.sqrt(dx * dx + dy * dy) || 0.01;
      const f = d / k * (1 + 0.3 * Math.log(e.count)) / 2;
      a.dx -= dx * f; a.dy -= dy * f;
      b.dx += dx * f; b.dy += dy * f;
    }
    for (const a of nodes) {
      a.dx -= a.x * 0.05;
      a.dy -= a.y * 0.05;
      const d = Math.sqrt(a.dx * a.dx + a.dy * a.dy) || 1;
      a.x += a.dx / d * Math.min(d, temp);
      a.y += a.dy / d * Math.min(d, temp);
    }
  }
  // Fit into the drawing, keeping the aspect ratio.
  const xs = nodes.map(nd => nd.x), ys = nodes.map(nd => nd.y);
  const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
  const sc = Math.min((W - 160) / Math.max(1, x1 - x0), (H - 60) / Math.max(1, y1 - y0));
  for (const nd of nodes) {
    nd.x = 40 + (nd.x - x0) * sc + ((W - 160) - (x1 - x0) * sc) / 2;
    nd.y = 30 + (nd.y - y0) * sc + ((H - 60) - (y1 - y0) * sc) / 2;
  }
}

export async function render(main, r, current) {
  const q = filterParams(r.params);
  q.set('limit', '80');
  const data = await api('aggregates/dyads', q);
  if (!current()) return;
  main.append(h('div', {class: 'legend'},
    h('span', {}, 'Edge width: number of events. Color: mean Goldstein ', h('span', {class: 'gradient'}), ' −10 … +10'),
    h('span', {class: 'muted'}, `${data.dyads.length} most frequent dyads`)));
  if (data.dyads.length === 0) {
    main.append(h('p', {class: 'empty'}, 'No dyads (events with both a source and a target) match these filters.'));
    return;
  }
  const byKey = new Map();
  const node = a => {
    let nd = byKey.get(a.key);
    if (!nd) { nd = {actor: a, count: 0}; byKey.set(a.key, nd); }
    return nd;
  };
  const edges = data.dyads.map(d => {
    const e = {a: node(d.source), b: node(d.target), count: d.count, g: d.mean_goldstein};
    e.a.count += d.count; e.b.count += d.count;
    return e;
  });
  const nodes = [...byKey.values()];
  layout(nodes, edges);
  const maxE = Math.max(...edges.map(e => e.count));
  const maxN = Math.max(...nodes.map(n => n.count));
  const svg = s('svg', {viewBox: `0 0 ${W} ${H}`, width: W, height: H, class: 'net', role: 'img', 'aria-label': 'actor network'});
  svg.append(s('defs', {}, s('marker', {id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 8, markerHeight: 8, markerUnits: 'userSpaceOnUse', orient: 'auto'},
    s('path', {d: 'M0,0L10,5L0,10Z', fill: '#888'}))));
  const radius = nd => 4 + 10 * Math.sqrt(nd.count / maxN);
  for (const e of edges) {
    // The arrow ends at the target's border.
    const dx = e.b.x - e.a.x, dy = e.b.y - e.a.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
    const rb = radius(e.b) + 1;
    const line = s('line', {class: 'edge', x1: e.a.x, y1: e.a.y, x2: (e.b.x - dx / d * rb).toFixed(1), y2: (e.b.y - dy / d * rb).toFixed(1),
      stroke: goldsteinColor(e.g), 'stroke-width': (1 + 7 * e.count / maxE).toFixed(1), 'marker-end': 'url(#arrow)'});
    svgTitle(line, `${actorName(e.a.actor)} → ${actorName(e.b.actor)}: ${e.count} events, mean Goldstein ${e.g.toFixed(1)}`);
    line.addEventListener('click', () => {
      const p = filterParams(r.params);
      p.set('actor', e.a.actor.key);
      go('events', p);
    });
    svg.append(line);
  }
  const labels = placeLabels(nodes, radius);
  for (const nd of nodes) {
    const c = s('circle', {class: 'node', cx: nd.x, cy: nd.y, r: radius(nd).toFixed(1)});
    svgTitle(c, `${actorName(nd.actor)} (${nd.actor.code}): ${nd.count} events`);
    c.addEventListener('click', () => {
      const p = filterParams(r.params);
      p.set('actor', nd.actor.key);
      go('network', p);
    });
    svg.append(c);
  }
  for (const l of labels) {
    svg.append(s('text', {class: 'label', x: l.x.toFixed(1), y: l.y.toFixed(1), 'text-anchor': l.anchor}, l.text));
  }
  if (labels.length < nodes.length) {
    main.append(h('p', {class: 'muted'}, `${nodes.length - labels.length} of ${nodes.length} labels hidden where they would overlap; hover a node for its name.`));
  }
  main.append(svg);
}

// nodeLabel names a node; generic actors ("police", "reporters") are told
// apart by code.
function nodeLabel(nd) {
  return nd.actor.id ? actorName(nd.actor) : `${actorName(nd.actor)} (${nd.actor.code})`;
}

let measure = null;

// textWidth is the drawn width of a label in the 11px label font, measured
// on a canvas (an estimate when no canvas is available), with a margin.
function textWidth(text) {
  if (measure === null) {
    measure = document.createElement('canvas').getContext('2d') || false;
    if (measure) measure.font = `11px ${getComputedStyle(document.body).fontFamily || 'sans-serif'}`;
  }
  return (measure ? measure.measureText(text).width : 7 * text.length) + 3;
}

// placeLabels places node labels greedily, busiest nodes first: each label
// takes the first of eight positions around its node whose box overlaps no
// node and no label already placed; a label with no free position is left
// out (the node's tooltip still names it).
export function placeLabels(nodes, radius) {
  const boxes = nodes.map(nd => {
    const r = radius(nd);
    return {x0: nd.x - r, y0: nd.y - r, x1: nd.x + r, y1: nd.y + r};
  });
  const hit = b => boxes.some(o => b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1);
  const out = [];
  const order = nodes.slice().sort((a, b) => b.count - a.count);
  for (const nd of order) {
    const text = nodeLabel(nd);
    const w = textWidth(text), hgt = 13, r = radius(nd) + 2;
    // Candidate anchors: right, left, above, below, then the diagonals.
    const cands = [
      [nd.x + r, nd.y + 4, 'start'], [nd.x - r, nd.y + 4, 'end'],
      [nd.x, nd.y - r - 2, 'middle'], [nd.x, nd.y + r + 11, 'middle'],
      [nd.x + r, nd.y - r, 'start'], [nd.x - r, nd.y - r, 'end'],
      [nd.x + r, nd.y + r + 8, 'start'], [nd.x - r, nd.y + r + 8, 'end'],
    ];
    for (const [x, y, anchor] of cands) {
      const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
      const b = {x0, y0: y - hgt + 2, x1: x0 + w, y1: y + 2};
      if (b.x0 < 0 || b.x1 > W || b.y0 < 0 || b.y1 > H || hit(b)) continue;
      boxes.push(b);
      out.push({x, y, anchor, text});
      break;
    }
  }
  return out;
}
