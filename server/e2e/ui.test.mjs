// Browser test of the Annals web UI. Drives Debian's chromium with
// playwright-core against a running `annals serve` (BASE_URL), blocks every
// request that does not go to the server itself, loads each view, applies a
// filter, opens an event and its article, posts an article containing
// markup and checks that it is shown as text, and fails on any console
// error. Screenshots go to OUT (default out/screenshots).
//
// Environment: BASE_URL (required), TOKEN (the server's ingest token, for
// the escaping check), OUT, CHROMIUM (default /usr/bin/chromium).

import {chromium} from 'playwright-core';
import {mkdirSync} from 'node:fs';
import {join} from 'node:path';

const base = process.env.BASE_URL;
if (!base) {
  console.error('ui.test: BASE_URL is not set');
  process.exit(2);
}
const origin = new URL(base).origin;
const out = process.env.OUT || 'out/screenshots';
mkdirSync(out, {recursive: true});

const failures = [];
const fail = msg => { failures.push(msg); console.error('FAIL: ' + msg); };
const check = (cond, msg) => { if (!cond) fail(msg); else console.log('ok: ' + msg); };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const context = await browser.newContext({viewport: {width: 1280, height: 900}});
const blocked = [];
await context.route('**/*', route => {
  const u = new URL(route.request().url());
  if (u.origin === origin || u.protocol === 'data:') return route.continue();
  blocked.push(u.href);
  return route.abort();
});
const page = await context.newPage();
let expectErrors = false;
const consoleErrors = [];
page.on('console', msg => {
  if (msg.type() === 'error' && !expectErrors) consoleErrors.push(msg.text());
});
page.on('pageerror', err => consoleErrors.push('page error: ' + err.message));
page.on('dialog', async d => { fail('a dialog opened: ' + d.message()); await d.dismiss(); });

// ready waits until the view of the current URL is drawn (or failed) and
// returns its state.
async function ready() {
  await page.waitForFunction(() => {
    const m = document.querySelector('main');
    return m.dataset.hash === location.hash && (m.dataset.state === 'ready' || m.dataset.state === 'error');
  }, null, {timeout: 15000});
  return page.getAttribute('main', 'data-state');
}

async function shot(name) {
  await page.screenshot({path: join(out, name + '.png'), fullPage: true});
}

try {
  // Each view loads and draws.
  const views = [
    ['timeline', 'svg.timeline rect.bar'],
    ['map', 'svg.map path.country'],
    ['network', 'svg.net line.edge'],
    ['events', 'table.events tr.row'],
  ];
  for (const [view, sel] of views) {
    await page.goto(`${base}#/${view}`);
    check(await ready() === 'ready', `${view} view is ready`);
    check(await page.locator(sel).count() > 0, `${view} view draws ${sel}`);
    if (view === 'map') check(await page.locator('svg.map circle.pt').count() > 0, 'map shows event places');
    if (view === 'network') {
      // Labels are placed so that none covers another.
      const overlaps = await page.locator('svg.net text.label').evaluateAll(els => {
        const bs = els.map(e => e.getBoundingClientRect());
        const bad = [];
        for (let i = 0; i < bs.length; i++) for (let j = i + 1; j < bs.length; j++) {
          const a = bs[i], b = bs[j];
          if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) bad.push(els[i].textContent + ' / ' + els[j].textContent);
        }
        return {n: els.length, bad};
      });
      check(overlaps.n > 0 && overlaps.bad.length === 0, `network labels do not overlap (${overlaps.n} labels; overlapping: ${overlaps.bad.slice(0, 3).join('; ') || 'none'})`);
    }
    await shot(view);
  }

  // Drag a box on the map: it becomes the bbox filter.
  await page.goto(`${base}#/map`);
  await ready();
  const box = await page.locator('svg.map').boundingBox();
  await page.mouse.move(box.x + box.width * 0.45, box.y + box.height * 0.15);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.75, box.y + box.height * 0.45, {steps: 5});
  await page.mouse.up();
  await page.waitForFunction(() => location.hash.includes('bbox='));
  check(await ready() === 'ready', 'map with a bbox filter is ready');
  check(await page.inputValue('#filters input[name="bbox"]') !== '', 'the dragged box fills the bbox filter');
  await shot('map-bbox');

  // Apply a filter from the form on the events view: material conflict.
  await page.goto(`${base}#/events`);
  await ready();
  await page.selectOption('#filters select[name="quad"]', '4');
  await page.click('#apply');
  await page.waitForFunction(() => location.hash.includes('quad=4'));
  check(await ready() === 'ready', 'filtered events view is ready');
  const quads = await page.locator('table.events tr.row .quad').evaluateAll(els => els.map(e => e.className));
  check(quads.length > 0 && quads.every(c => c.includes('q4')), `quad filter keeps only quad 4 (${quads.length} rows)`);
  // The filter is kept in the URL and shared with the other views.
  await page.click('#nav a[data-view="timeline"]');
  await page.waitForFunction(() => location.hash.startsWith('#/timeline'));
  await ready();
  check(page.url().includes('quad=4'), 'the filter follows to the timeline view');
  check(await page.inputValue('#filters select[name="quad"]') === '4', 'the filter form shows the filter');
  await shot('timeline-filtered');
  await page.click('#nav a[data-view="events"]');
  await ready();

  // Open an event: its sentence with actor and trigger highlighted.
  await page.locator('table.events tr.row').first().click();
  await page.waitForSelector('tr.detail .sentence mark.trigger', {timeout: 10000});
  check(await page.locator('tr.detail .sentence mark.trigger').count() > 0, 'an event row opens its sentence with the trigger marked');
  check(await page.locator('tr.detail .sentence mark.source, tr.detail .sentence mark.target').count() > 0, 'the sentence marks an actor');
  await shot('events-open');

  // Open its article: annotations marked in the text.
  await page.locator('tr.detail a[href^="#/article/"]').first().click();
  await page.waitForFunction(() => location.hash.startsWith('#/article/'));
  check(await ready() === 'ready', 'article view is ready');
  for (const cls of ['actor', 'trigger']) {
    check(await page.locator(`[data-testid="article-text"] mark.${cls}`).count() > 0, `article marks ${cls} spans`);
  }
  await shot('article');

  // Markup in an article is shown as text, never run.
  if (process.env.TOKEN) {
    const text = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> ' +
      'Israeli troops raided a refugee camp in Jenin on Thursday.';
    const res = await page.evaluate(async ([text, token]) => {
      const r = await fetch('/api/v1/articles', {method: 'POST', headers: {'Content-Type': 'application/json', Authorization: 'Bearer ' + token},
        body: JSON.stringify({id: 'xss', date: '2024-04-12', title: '<b>bold?</b>', text})});
      return {status: r.status, body: await r.json()};
    }, [text, process.env.TOKEN]);
    check(res.status === 201 || res.status === 200, `posting an article works (${res.status})`);
    await page.goto(`${base}#/article/${res.body.article_id}`);
    await ready();
    // The text without the annotation labels.
    const shown = await page.evaluate(() => {
      const c = document.querySelector('[data-testid="article-text"]').cloneNode(true);
      for (const l of c.querySelectorAll('.lbl')) l.remove();
      return c.textContent;
    });
    check(shown.includes("<script>window.__pwned = 1</script>"), "markup in the text is shown literally: " + shown.slice(0, 120));
    check(await page.locator('[data-testid="article-text"] script, [data-testid="article-text"] img, h2 b').count() === 0, 'no element was made from article data');
    check(await page.evaluate(() => window.__pwned === undefined), 'no script from article data ran');
    await shot('article-markup');
  }

  // A bad filter gives a clear message naming it (the 400 is expected).
  expectErrors = true;
  await page.goto(`${base}#/events?country=XX1`);
  await page.waitForSelector('#error:not([hidden])', {timeout: 10000});
  const msg = await page.textContent('#error');
  check(msg.includes('country'), `a bad filter is reported by name: "${msg}"`);
  await shot('bad-filter');
  expectErrors = false;
} catch (err) {
  fail('exception: ' + (err.stack || err));
  try { await shot('failure'); } catch (e) { /* ignore */ }
} finally {
  await browser.close();
}

check(blocked.length === 0, `no request left the server (blocked: ${blocked.join(', ') || 'none'})`);
check(consoleErrors.length === 0, `no console errors (${consoleErrors.join(' | ') || 'none'})`);
if (failures.length) {
  console.error(`ui.test: ${failures.length} failure(s)`);
  process.exit(1);
}
console.log('ui.test: all checks passed; screenshots in ' + out);
