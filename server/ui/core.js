// Shared state of the explorer: the route and filters kept in the URL hash,
// and the API client.

export const VIEWS = ['timeline', 'map', 'network', 'events', 'article'];

export const FILTERS = ['from', 'to', 'actor', 'country', 'role', 'cameo', 'root', 'quad', 'plover', 'place', 'bbox', 'text'];

// route reads the hash: {view, id, params}.
export function route() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query] = hash.split('?', 2);
  const parts = path.split('/').filter(Boolean);
  const view = VIEWS.includes(parts[0]) ? parts[0] : 'timeline';
  return {view, id: parts[1] || '', params: new URLSearchParams(query || '')};
}

// filterParams keeps only the shared filters of params.
export function filterParams(params) {
  const out = new URLSearchParams();
  for (const k of FILTERS) {
    const v = params.get(k);
    if (v) out.set(k, v);
  }
  return out;
}

// go navigates to a view with params (a URLSearchParams).
export function go(view, params, id) {
  const q = params.toString();
  location.hash = '#/' + view + (id ? '/' + id : '') + (q ? '?' + q : '');
}

// setParam changes one parameter of the current route.
export function setParam(k, v) {
  const r = route();
  if (v === '' || v === null || v === undefined) r.params.delete(k); else r.params.set(k, v);
  go(r.view, r.params, r.id);
}

// ApiError carries the API's error body.
export class ApiError extends Error {
  constructor(status, body) {
    const e = (body && body.error) || {};
    super(e.message || ('HTTP ' + status));
    this.status = status;
    this.parameter = e.parameter || '';
  }
}

// api fetches a JSON API path with params.
export async function api(path, params) {
  const q = params && params.toString();
  const res = await fetch('/api/v1/' + path + (q ? '?' + q : ''), {headers: {Accept: 'application/json'}});
  let body = null;
  try { body = await res.json(); } catch (e) { body = null; }
  if (!res.ok) throw new ApiError(res.status, body);
  return body;
}

// showError shows a message above the view (API errors name the
// parameter; the matching filter input is marked).
export function showError(err) {
  const box = document.getElementById('error');
  box.hidden = false;
  box.textContent = err instanceof ApiError && err.parameter
    ? `The filter "${err.parameter}" is not valid: ${err.message}`
    : String(err.message || err);
  if (err.parameter) {
    const input = document.querySelector(`#filters [name="${CSS.escape(err.parameter)}"]`);
    if (input) input.setAttribute('aria-invalid', 'true');
  }
}

export function hideError() {
  const box = document.getElementById('error');
  box.hidden = true;
  box.textContent = '';
  for (const el of document.querySelectorAll('#filters [aria-invalid]')) el.removeAttribute('aria-invalid');
}

