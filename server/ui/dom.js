// DOM helpers. Data from the API is only ever inserted as text nodes or
// attribute values (never as HTML), so article text cannot inject markup.

const SVG = 'http://www.w3.org/2000/svg';

// h creates an HTML element: h('a', {href: '#'}, 'text', child ...).
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

// s creates an SVG element.
export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

function setAttrs(el, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) throw new Error('use addEventListener, not ' + k);
    el.setAttribute(k, String(v));
  }
}

function append(el, children) {
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

// clear removes every child of el.
export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

// svgTitle adds a native tooltip to an SVG element.
export function svgTitle(el, text) {
  el.append(s('title', {}, text));
  return el;
}

const enc = new TextEncoder();
const dec = new TextDecoder();

// marked renders text with annotation spans given in UTF-8 byte offsets:
// spans are {start, end, cls, label, title}. Overlapping spans split the
// text into segments; each segment is a <mark> with the classes of the
// spans covering it, and a span's label follows its last segment (like
// displaCy). Everything is text, never HTML.
export function marked(text, spans, base = 0) {
  const bytes = enc.encode(text);
  const n = bytes.length;
  const ok = spans
    .map(sp => ({...sp, start: sp.start - base, end: sp.end - base}))
    .filter(sp => sp.start >= 0 && sp.end <= n && sp.start < sp.end);
  const cuts = new Set([0, n]);
  for (const sp of ok) { cuts.add(sp.start); cuts.add(sp.end); }
  const pts = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < pts.length; i++) {
    const a = pts[i], b = pts[i + 1];
    const seg = dec.decode(bytes.subarray(a, b));
    const cover = ok.filter(sp => sp.start <= a && sp.end >= b);
    if (cover.length === 0) {
      frag.append(document.createTextNode(seg));
      continue;
    }
    const cls = [...new Set(cover.map(sp => sp.cls))].join(' ');
    const m = h('mark', {class: cls, title: cover.map(sp => sp.title || sp.label).join('\n')}, seg);
    for (const sp of cover) {
      if (sp.end === b && sp.label) m.append(h('span', {class: 'lbl ' + sp.cls}, sp.label));
    }
    frag.append(m);
  }
  return frag;
}

export const QUADS = {1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict'};
export const QUAD_COLORS = {1: '#4e9a5a', 2: '#2f6db3', 3: '#e09a2b', 4: '#c8372d'};

// goldsteinColor maps -10..10 to red, grey, blue.
export function goldsteinColor(g) {
  const t = Math.max(-1, Math.min(1, g / 10));
  const grey = [170, 170, 170], red = [200, 55, 45], blue = [47, 109, 179];
  const to = t < 0 ? red : blue, k = Math.abs(t);
  const c = grey.map((v, i) => Math.round(v + (to[i] - v) * k));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

export function actorName(a) {
  if (!a) return '—';
  return a.name || a.code || a.key;
}
