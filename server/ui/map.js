// Map: bundled Natural Earth country shapes (equirectangular projection)
// with event places as points sized by count and colored by their most
// frequent quad class. Drag a rectangle to filter by bounding box; click a
// point to list its events.

import {h, s, svgTitle, QUADS, QUAD_COLORS} from './dom.js';
import {api, filterParams, go, setParam} from './core.js';

const W = 1000, H = 500;
const px = lon => (lon + 180) / 360 * W;
const py = lat => (90 - lat) / 180 * H;
const lon = x => x / W * 360 - 180;
const lat = y => 90 - y / H * 180;

let world = null;

async function loadWorld() {
  if (!world) {
    const res = await fetch('world.geojson');
    if (!res.ok) throw new Error('world.geojson: HTTP ' + res.status);
    world = await res.json();
  }
  return world;
}

function countryPath(geom) {
  let d = '';
  for (const poly of geom.coordinates) {
    for (const ring of poly) {
      // A ring crossing the antimeridian (Chukotka, Fiji) is unwrapped so
      // that its longitudes run on without a jump, then drawn again one
      // world-width over; the drawing clips both copies at the map edge.
      let shift = 0, prev = null, min = Infinity, max = -Infinity;
      const pts = ring.map(([x, y]) => {
        if (prev !== null && Math.abs(x + shift - prev) > 180) shift += x + shift > prev ? -360 : 360;
        prev = x + shift;
        min = Math.min(min, prev); max = Math.max(max, prev);
        return [prev, y];
      });
      const draw = off => {
        pts.forEach(([x, y], i) => { d += (i === 0 ? 'M' : 'L') + px(x + off).toFixed(1) + ',' + py(y).toFixed(1); });
        d += 'Z';
      };
      draw(0);
      if (max > 180) draw(-360);
      if (min < -180) draw(360);
    }
  }
  return d;
}

export async function render(main, r, current) {
  const [geo, data] = await Promise.all([loadWorld(), api('aggregates/places', withLimit(filterParams(r.params), 500))]);
  if (!current()) return;
  const svg = s('svg', {viewBox: `0 0 ${W} ${H}`, width: W, height: H, class: 'map', role: 'img', 'aria-label': 'map of event places'});
  const countries = s('g', {});
  for (const f of geo.features) {
    countries.append(svgTitle(s('path', {class: 'country', d: countryPath(f.geometry)}), f.properties.name));
  }
  svg.append(countries);
  const pts = data.places.filter(p => p.place.resolved);
  const max = Math.max(1, ...pts.map(p => p.count));
  for (const p of pts.slice().reverse()) {
    let q = 1;
    for (let k = 2; k <= 4; k++) if (p.by_quad[k] > p.by_quad[q]) q = k;
    const c = s('circle', {class: 'pt', cx: px(p.place.lon).toFixed(1), cy: py(p.place.lat).toFixed(1),
      r: (2.5 + 12 * Math.sqrt(p.count / max)).toFixed(1), fill: QUAD_COLORS[q]});
    svgTitle(c, `${p.place.name}${p.place.country ? ' (' + p.place.country + ')' : ''}: ${p.count} events, mostly ${QUADS[q]}`);
    c.addEventListener('click', ev => {
      ev.stopPropagation();
      const f = filterParams(r.params);
      f.set('place', p.place.name);
      go('events', f);
    });
    svg.append(c);
  }
  const bbox = r.params.get('bbox');
  if (bbox) {
    const [w, so, e, n] = bbox.split(',').map(Number);
    if ([w, so, e, n].every(Number.isFinite) && w <= e) {
      // Under the points, so that they stay clickable.
      countries.after(s('rect', {class: 'sel', x: px(w), y: py(n), width: px(e) - px(w), height: py(so) - py(n)}));
    }
  }
  dragBox(svg);
  main.append(h('p', {class: 'muted'}, `${pts.length} places with coordinates` +
    (data.places.length > pts.length ? `, ${data.places.length - pts.length} without` : '') +
    '. Drag a rectangle to filter by area; click a point to list its events.'));
  main.append(svg);
  main.append(h('div', {class: 'legend'}, [1, 2, 3, 4].map(k => h('span', {}, h('span', {class: 'sw q' + k}), `${k} ${QUADS[k]}`))));
}

function withLimit(p, n) {
  p.set('limit', String(n));
  return p;
}

// dragBox lets the user drag a rectangle that becomes the bbox filter.
function dragBox(svg) {
  let start = null, rect = null;
  const pt = ev => {
    const b = svg.getBoundingClientRect();
    return [(ev.clientX - b.left) / b.width * W, (ev.clientY - b.top) / b.height * H];
  };
  svg.addEventListener('mousedown', ev => {
    start = pt(ev);
    rect = s('rect', {class: 'sel', x: start[0], y: start[1], width: 0, height: 0});
    svg.append(rect);
    ev.preventDefault();
  });
  svg.addEventListener('mousemove', ev => {
    if (!start) return;
    const [x, y] = pt(ev);
    rect.setAttribute('x', Math.min(x, start[0]));
    rect.setAttribute('y', Math.min(y, start[1]));
    rect.setAttribute('width', Math.abs(x - start[0]));
    rect.setAttribute('height', Math.abs(y - start[1]));
  });
  svg.addEventListener('mouseup', ev => {
    if (!start) return;
    const [x, y] = pt(ev);
    const [x0, y0] = start;
    start = null;
    if (Math.abs(x - x0) < 4 || Math.abs(y - y0) < 4) { rect.remove(); return; }
    const clamp = (v, a, b) => Math.max(a, Math.min(b, v));
    const f = v => clamp(v, -180, 180).toFixed(2);
    const g = v => clamp(v, -90, 90).toFixed(2);
    setParam('bbox', [f(lon(Math.min(x, x0))), g(lat(Math.max(y, y0))), f(lon(Math.max(x, x0))), g(lat(Math.min(y, y0)))].join(','));
  });
}
