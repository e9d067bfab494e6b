// Event table: the events passing the filters, sortable and paged by
// cursor. A row opens its mentions: each sentence with the actors, trigger,
// date and place highlighted, and a link to the article.

import {h, clear, marked, QUADS, QUAD_COLORS, actorName} from './dom.js';
import {api, filterParams, setParam} from './core.js';

const SORTS = [['-date', 'newest first'], ['date', 'oldest first'], ['-mentions', 'most mentions'],
  ['goldstein', 'most conflictual'], ['-goldstein', 'most cooperative'], ['id', 'as stored']];

export async function render(main, r, current) {
  const sort = r.params.get('sort') || '-date';
  const sel = h('select', {name: 'sort', 'aria-label': 'sort'}, SORTS.map(([v, t]) => h('option', {value: v, selected: v === sort}, t)));
  sel.addEventListener('change', () => setParam('sort', sel.value));
  main.append(h('div', {class: 'controls'}, h('label', {}, 'Sort ', sel)));
  const tbody = h('tbody', {});
  const table = h('table', {class: 'events'},
    h('thead', {}, h('tr', {}, ['Date', 'Source', 'Event', 'Target', 'Place', 'Goldstein', 'Mentions'].map(t => h('th', {}, t)))),
    tbody);
  main.append(table);
  const more = h('button', {type: 'button', class: 'more', hidden: true}, 'Load more');
  main.append(more);
  const q = filterParams(r.params);
  q.set('sort', sort);
  q.set('limit', '50');
  let shown = 0, next = '';
  const load = async () => {
    if (next) q.set('cursor', next); else q.delete('cursor');
    const page = await api('events', q);
    if (!current()) return;
    for (const e of page.events) addRow(tbody, e);
    shown += page.events.length;
    if (shown === 0) tbody.append(h('tr', {}, h('td', {colspan: 7, class: 'empty'}, 'No events match these filters.')));
    next = page.next_cursor || '';
    more.hidden = !next;
  };
  more.addEventListener('click', () => {
    more.disabled = true;
    load().catch(err => main.append(h('p', {class: 'empty'}, String(err.message || err))))
      .finally(() => { more.disabled = false; });
  });
  await load();
}

function addRow(tbody, e) {
  const dot = h('span', {class: 'quad q' + e.quad_class, title: QUADS[e.quad_class]});
  const place = e.location ? e.location.name + (e.location.country ? ' (' + e.location.country + ')' : '') : '—';
  const tr = h('tr', {class: 'row', 'data-id': e.id, tabindex: 0},
    h('td', {}, e.date),
    h('td', {title: e.source ? e.source.code : ''}, actorName(e.source)),
    h('td', {}, dot, h('span', {class: 'code'}, e.cameo), ' ', h('span', {class: 'muted'}, e.plover && e.plover.type ? e.plover.type.toLowerCase() : '')),
    h('td', {title: e.target ? e.target.code : ''}, actorName(e.target)),
    h('td', {}, place),
    h('td', {}, e.goldstein.toFixed(1)),
    h('td', {}, String(e.num_mentions)));
  tbody.append(tr);
  let detail = null;
  const toggle = async () => {
    if (detail) { detail.remove(); detail = null; return; }
    const cell = h('td', {colspan: 7}, h('span', {class: 'muted'}, 'loading…'));
    detail = h('tr', {class: 'detail'}, cell);
    tr.after(detail);
    try {
      const d = await api('events/' + e.id);
      clear(cell).append(mentionList(d.mentions));
    } catch (err) {
      clear(cell).append(h('span', {class: 'empty'}, String(err.message || err)));
    }
  };
  tr.addEventListener('click', toggle);
  tr.addEventListener('keydown', ev => { if (ev.key === 'Enter') toggle(); });
}

// mentionList renders each mention's sentence with its parts highlighted.
export function mentionList(mentions) {
  const ul = h('ul', {class: 'mentions'});
  for (const m of mentions) {
    const spans = [
      {...m.source, cls: 'source', label: 'source'},
      {...m.target, cls: 'target', label: 'target'},
      {...m.trigger, cls: 'trigger', label: m.cameo},
      {...m.place, cls: 'place', label: 'place'},
      {...m.timex, cls: 'timex', label: m.date},
    ];
    const open = h('a', {href: '#/article/' + m.article_id}, m.title || 'article ' + m.article_id);
    ul.append(h('li', {},
      h('div', {class: 'sentence'}, marked(m.sentence_text, spans, m.sentence_start)),
      h('div', {class: 'muted'}, `${m.article_date} · dated ${m.date} (${m.date_source}) · `, open)));
  }
  return ul;
}
