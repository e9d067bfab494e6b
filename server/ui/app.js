// The Annals event explorer: a hash router over the views, with the event
// filters shared by every view and kept in the URL
// (#/view?from=...&quad=4), so that a view can be bookmarked and reloaded.

import {clear} from './dom.js';
import {FILTERS, route, filterParams, go, api, showError, hideError} from './core.js';
import * as timeline from './timeline.js';
import * as map from './map.js';
import * as network from './network.js';
import * as events from './events.js';
import * as article from './article.js';

const views = {timeline, map, network, events, article};

const form = document.getElementById('filters');

function syncForm(params) {
  for (const k of FILTERS) {
    const el = form.elements.namedItem(k);
    if (el) el.value = params.get(k) || '';
  }
}

form.addEventListener('submit', ev => {
  ev.preventDefault();
  const r = route();
  for (const k of FILTERS) {
    const v = form.elements.namedItem(k).value.trim();
    if (v) r.params.set(k, v); else r.params.delete(k);
  }
  r.params.delete('cursor');
  go(r.view === 'article' ? 'events' : r.view, r.params, r.view === 'article' ? '' : r.id);
});

document.getElementById('clear').addEventListener('click', () => {
  const r = route();
  for (const k of FILTERS) r.params.delete(k);
  go(r.view === 'article' ? 'events' : r.view, r.params);
});

let generation = 0;

async function render() {
  const r = route();
  const gen = ++generation;
  hideError();
  syncForm(r.params);
  const fq = filterParams(r.params).toString();
  for (const a of document.querySelectorAll('#nav a')) {
    a.href = '#/' + a.dataset.view + (fq ? '?' + fq : '');
    a.classList.toggle('active', a.dataset.view === r.view);
  }
  const main = clear(document.getElementById('view'));
  main.dataset.view = r.view;
  main.dataset.hash = location.hash; // what is drawn (for tests)
  main.dataset.state = 'loading';
  try {
    await views[r.view].render(main, r, () => gen === generation);
    if (gen === generation) main.dataset.state = 'ready';
  } catch (err) {
    if (gen !== generation) return;
    main.dataset.state = 'error';
    showError(err);
  }
}

async function stats() {
  try {
    const st = await api('stats');
    document.getElementById('stats').textContent =
      `${st.events.toLocaleString()} events · ${st.articles.toLocaleString()} articles`;
  } catch (err) {
    showError(err);
  }
}

window.addEventListener('hashchange', render);
stats();
render();
