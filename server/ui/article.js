// Article view: the article text with every annotation marked in place,
// like displaCy (actors, places, temporal expressions, event triggers),
// layer toggles, and the list of coded event mentions.

import {h, marked, QUADS} from './dom.js';
import {api} from './core.js';

const LAYERS = [['actor', 'Actors'], ['place', 'Places'], ['timex', 'Dates and times'], ['trigger', 'Event triggers']];

function safeURL(u) {
  return /^https?:\/\//i.test(u) ? u : '';
}

export async function render(main, r, current) {
  if (!/^[1-9][0-9]*$/.test(r.id)) throw new Error('no article id in the address');
  const a = await api('articles/' + r.id);
  if (!current()) return;
  const box = h('div', {class: 'article'});
  const url = safeURL(a.url);
  box.append(h('h2', {}, a.title || a.ext_id || 'Article ' + a.id));
  box.append(h('p', {class: 'muted'}, `${a.date}${a.source ? ' · ' + a.source : ''} · `,
    url ? h('a', {href: url, rel: 'noreferrer noopener', target: '_blank'}, url) : (a.url || a.ext_id),
    a.near_duplicate_of ? ` · near-duplicate of ` : '',
    a.near_duplicate_of ? h('a', {href: '#/article/' + a.near_duplicate_of}, 'article ' + a.near_duplicate_of) : ''));
  const text = h('div', {class: 'text', 'data-testid': 'article-text'});
  const toggles = h('div', {class: 'layers'}, LAYERS.map(([k, t]) => {
    const cb = h('input', {type: 'checkbox', checked: true, name: 'layer-' + k});
    cb.addEventListener('change', () => text.classList.toggle('hide-' + k, !cb.checked));
    return h('label', {}, cb, ' ', h('mark', {class: k}, t));
  }));
  box.append(toggles);
  const spans = [];
  for (const x of a.actors) spans.push({start: x.start, end: x.end, cls: 'actor', label: x.code || 'actor', title: `${x.name} (${x.code}) · ${x.kind}`});
  for (const x of a.places) spans.push({start: x.start, end: x.end, cls: 'place', label: x.place.feature || 'place',
    title: x.place.resolved ? `${x.place.name}, ${x.place.country} (${x.place.lat.toFixed(2)}, ${x.place.lon.toFixed(2)})` : x.place.name});
  for (const x of a.timexes) spans.push({start: x.start, end: x.end, cls: 'timex', label: x.value, title: `${x.type} ${x.value}${x.mod ? ' ' + x.mod : ''}`});
  const codeAt = new Map(a.events.map(m => [m.trigger.start + ':' + m.trigger.end, m.cameo]));
  for (const x of a.triggers) spans.push({start: x.start, end: x.end, cls: 'trigger', label: codeAt.get(x.start + ':' + x.end) || 'event', title: 'event trigger'});
  text.append(marked(a.text, spans));
  box.append(text);
  box.append(h('h3', {}, `${a.events.length} event mention${a.events.length === 1 ? '' : 's'}`));
  const ul = h('ul', {class: 'mentions'});
  const dec = new TextDecoder(), bytes = new TextEncoder().encode(a.text);
  const cut = sp => sp.start >= 0 && sp.end <= bytes.length ? dec.decode(bytes.subarray(sp.start, sp.end)) : '';
  for (const m of a.events) {
    ul.append(h('li', {},
      h('span', {class: 'code'}, m.cameo), ' ',
      h('b', {}, cut(m.source) || '?'), ' — ', h('i', {}, cut(m.trigger)), ' → ', h('b', {}, cut(m.target) || '—'),
      h('span', {class: 'muted'}, ` · ${m.date}${cut(m.place) ? ' · ' + cut(m.place) : ''} · Goldstein ${m.goldstein} · event ${m.event_id}`)));
  }
  box.append(ul);
  main.append(box);
}
