// Actor network: the most frequent dyads as edges weighted by their event
// count and colored by mean Goldstein score (red conflictual, blue
// cooperative), laid out with a small force simulation. Click a node to
// filter by that actor, an edge to list the dyad's events.

import {h, s, svgTitle, goldsteinColor, actorName} from './dom.js';
import {api, filterParams, go} from './core.js';

const W = 1000, H = 620;

// layout places nodes with repulsion between all pairs, springs along
// edges and a pull to the center; deterministic (seeded on a circle).
export function layout(nodes, edges, iterations = 300) {
  const n = nodes.length;
  nodes.forEach((nd, i) => {
    const a = 2 * Math.PI * i / Math.max(1, n);
    nd.x = W / 2 + Math.cos(a) * W / 3;
    nd.y = H / 2 + Math.sin(a) * H / 3;
  });
  const k = Math.sqrt(W * H / Math.max(1, n)) * 0.6;
  for (let it = 0; it < iterations; it++) {
    const temp = 40 * (1 - it / iterations) + 1;
    for (const a of nodes) { a.dx = 0; a.dy = 0; }
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = nodes[i], b = nodes[j];
        let dx = a.x - b.x, dy = a.y - b.y;
        const d2 = Math.max(dx * dx + dy * dy, 1);
        const f = k * k / d2;
        a.dx += dx * f; a.dy += dy * f;
        b.dx -= dx * f; b.dy -= dy * f;
      }
    }
    for (const e of edges) {
      const a = e.a, b = e.b;
      const dx = a.x - b.x, dy = a.y - b.y;
      const d = Math.sqrt(dx * dx + dy * dy) || 1;
      const f = d / k * Math.min(3, 1 + Math.log(e.count));
      a.dx -= dx / d * f * d / 10; a.dy -= dy / d * f * d / 10;
      b.dx += dx / d * f * d / 10; b.dy += dy / d * f * d / 10;
    }
    for (const a of nodes) {
      a.dx += (W / 2 - a.x) * 0.02;
      a.dy += (H / 2 - a.y) * 0.02;
      const d = Math.sqrt(a.dx * a.dx + a.dy * a.dy) || 1;
      a.x += a.dx / d * Math.min(d, temp);
      a.y += a.dy / d * Math.min(d, temp);
      a.x = Math.max(30, Math.min(W - 30, a.x));
      a.y = Math.max(20, Math.min(H - 20, a.y));
    }
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
  svg.append(s('defs', {}, s('marker', {id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 5, markerHeight: 5, orient: 'auto'},
    s('path', {d: 'M0,0L10,5L0,10Z', fill: '#888'}))));
  for (const e of edges) {
    const line = s('line', {class: 'edge', x1: e.a.x, y1: e.a.y, x2: e.b.x, y2: e.b.y,
      stroke: goldsteinColor(e.g), 'stroke-width': (1 + 7 * e.count / maxE).toFixed(1), 'marker-end': 'url(#arrow)'});
    svgTitle(line, `${actorName(e.a.actor)} → ${actorName(e.b.actor)}: ${e.count} events, mean Goldstein ${e.g.toFixed(1)}`);
    line.addEventListener('click', () => {
      const p = filterParams(r.params);
      p.set('actor', e.a.actor.key);
      go('events', p);
    });
    svg.append(line);
  }
  for (const nd of nodes) {
    const c = s('circle', {class: 'node', cx: nd.x, cy: nd.y, r: (4 + 10 * Math.sqrt(nd.count / maxN)).toFixed(1)});
    svgTitle(c, `${actorName(nd.actor)} (${nd.actor.code}): ${nd.count} events`);
    c.addEventListener('click', () => {
      const p = filterParams(r.params);
      p.set('actor', nd.actor.key);
      go('network', p);
    });
    svg.append(c);
    svg.append(s('text', {class: 'label', x: nd.x + 8, y: nd.y - 8}, actorName(nd.actor)));
  }
  main.append(svg);
}
