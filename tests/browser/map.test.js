#!/usr/bin/env node
// Real-browser test of the HTML map (ctest "browser: ..."; docs/reference.md, "HTML map").
// Generates the maps with the built binary, opens them via file:// in headless Chromium (the
// Debian package, /usr/bin/chromium) driven by playwright-core, and checks: the markers and the
// basemap are drawn, the slider and play/pause filter the markers by date, a list click opens the
// popup, nothing is fetched, no script error; a hostile article runs no script and shows its
// text. Saves screenshots into the output directory. Fails (never skips) when Chromium or the
// node modules are missing: scripts/test installs them (scripts/install-deps, npm ci here).
//   node map.test.js GEOTIMELINE_BINARY REPO_DIR OUT_DIR
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const os = require('os');

const [bin, repo, outDir] = process.argv.slice(2);
const CHROMIUM = process.env.GEOTIMELINE_CHROMIUM || '/usr/bin/chromium';

function fail(msg) {
  console.error('FAIL: ' + msg);
  process.exit(1);
}
function check(cond, msg) {
  if (!cond) fail(msg);
  console.log('ok: ' + msg);
}

if (!bin || !repo || !outDir) fail('usage: node map.test.js GEOTIMELINE_BINARY REPO_DIR OUT_DIR');
if (!fs.existsSync(CHROMIUM)) fail(`no Chromium at ${CHROMIUM}: install the Debian package (scripts/install-deps)`);
let chromium;
try {
  ({ chromium } = require('playwright-core'));
} catch (e) {
  fail(`playwright-core is not installed: run 'npm ci' in ${__dirname} (scripts/test does)`);
}
fs.mkdirSync(outDir, { recursive: true });

// The build tree's lexicons (the source tree's, found by the binary too unless the build used
// relative source paths, e.g. ccache with CCACHE_BASEDIR).
const env = Object.assign({ GEOTIMELINE_LEXICON_DIR: path.join(repo || '.', 'lexicon') }, process.env);

function run(args) {
  try {
    return execFileSync(bin, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env });
  } catch (e) {
    fail(`geotimeline ${args.join(' ')} failed (exit ${e.status}): ${e.stderr}`);
  }
}

/// The features embedded in a generated page, decoded from its columns (src/io/writers_html_columns.cpp)
/// independently of the page's script: the events (their properties as the page reads them,
/// absent when null) and then the claims.
function decodeColumns(html, file) {
  const m = /<script type="application\/json" id="gt-data">([^<]*)<\/script>/.exec(html);
  if (!m) fail(`${file} has no gt-data block`);
  const data = JSON.parse(m[1]);
  const lazy = {};
  for (const b of html.matchAll(/<script type="text\/plain" id="gt-lazy-([a-z_0-9]+)-(\d+)">([^<]*)<\/script>/g))
    (lazy[b[1]] = lazy[b[1]] || [])[Number(b[2])] = b[3].split('\n');
  const column = (c, signed) => {
    const b = Buffer.from(c.b, 'base64'), out = [];
    for (let i = 0; i < b.length; i += c.w)
      out.push(c.w === 1 ? b[i] : c.w === 2 ? b.readUInt16LE(i) : signed ? b.readInt32LE(i) : b.readUInt32LE(i));
    return out;
  };
  const cols = {};
  for (const k of Object.keys(data.cols)) cols[k] = column(data.cols[k]);
  const lon = column(data.points.lon, true), lat = column(data.points.lat, true), scale = data.points.scale;
  const value = (f, k) => {
    if (k === 0) return null;
    if (Object.prototype.hasOwnProperty.call(data.values, f)) return data.values[f][k - 1];
    return JSON.parse(lazy[f][Math.floor((k - 1) / data.chunk)][(k - 1) % data.chunk]);
  };
  const events = [];
  for (let i = 0; i < data.n; i++) {
    const p = {};
    for (const f of Object.keys(cols)) {
      if (f === 'point') continue;
      const v = value(f, cols[f][i]);
      if (v !== null) p[f] = v;
    }
    const pt = cols.point[i];
    events.push({ type: 'Feature', properties: p,
      geometry: pt ? { type: 'Point', coordinates: [lon[pt - 1] / scale, lat[pt - 1] / scale] } : null });
  }
  return { data, events, claims: data.claims };
}

/// The events embedded in a generated page, read back the way the page reads them.
function embedded(file) {
  const html = fs.readFileSync(file, 'utf8');
  const { data, events } = decodeColumns(html, file);
  const day = (s) => (/^\d{4}-\d{2}-\d{2}$/.test(s || '') ? Date.parse(s + 'T00:00:00Z') / 86400000 : null);
  return { html, data, events: events.map((f) => ({ located: !!f.geometry, day: day(f.properties.event_date), p: f.properties })) };
}

async function openPage(context, file, errors) {
  const page = await context.newPage();
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith('file:') && !u.startsWith('data:')) errors.push('request to ' + u);
  });
  page.on('pageerror', (e) => errors.push('page error: ' + e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push('console error: ' + m.text()); });
  page.on('dialog', async (d) => { errors.push('dialog opened: ' + d.message()); await d.dismiss(); });
  await page.goto('file://' + path.resolve(file));
  await page.waitForSelector('#gt-count:not(:empty)', { timeout: 20000 });
  return page;
}

const markerCount = (page) => page.locator('#gt-map path.gt-marker').count();

async function exampleMap(context) {
  const file = path.join(outDir, 'example-map.html');
  run(['extract', path.join(repo, 'examples/deir-ez-zor-2017-09-09.txt'), '--format', 'html', '-o', file]);
  const { html, events } = embedded(file);
  check(html.includes("default-src 'none'"), 'the page carries the CSP that forbids fetching');
  const located = events.filter((e) => e.located);
  const days = [...new Set(located.filter((e) => e.day !== null).map((e) => e.day))].sort((a, b) => a - b);
  check(located.length >= 2 && days.length >= 2, `the example has located events on several days (${located.length}, ${days.length} days)`);

  const errors = [];
  const page = await openPage(context, file, errors);
  check(await markerCount(page) === located.length, `all ${located.length} located events are markers`);
  const basemap = await page.locator('#gt-map .leaflet-overlay-pane path:not(.gt-marker):not(.gt-claim)').count();
  check(basemap > 100, `the basemap's country shapes are drawn (${basemap} paths)`);
  check((await page.locator('.gt-country-label').allTextContents()).includes('Syria'), 'the basemap names Syria around the example');
  check(await page.locator('#gt-list li').count() === events.length, 'every event is in the list');
  check(await page.locator('.gt-legend').isVisible(), 'the legend is shown');

  // Slider to the first day: only the events of that day (and undated ones) stay.
  const first = located.filter((e) => e.day === null || e.day === days[0]).length;
  await page.locator('#gt-slider').fill('0');
  check(await markerCount(page) === first && first < located.length, `slider at the first day shows ${first} markers`);
  // Window of one day at the last day: only the events of that day.
  const max = Number(await page.locator('#gt-slider').getAttribute('max'));
  await page.locator('#gt-slider').fill(String(max));
  check(await markerCount(page) === located.length, 'slider at the last day shows every marker again');
  await page.selectOption('#gt-mode', 'window');
  await page.locator('#gt-window').fill('1');
  const last = located.filter((e) => e.day === null || e.day === days[days.length - 1]).length;
  check(await markerCount(page) === last, `a one-day window at the last day shows ${last} markers`);
  await page.selectOption('#gt-mode', 'cumulative');

  // Play from the start, then pause: the slider moves while playing and stops when paused.
  await page.locator('#gt-slider').fill('0');
  await page.click('#gt-play');
  check(await page.getAttribute('#gt-play', 'aria-pressed') === 'true', 'play starts');
  await page.waitForFunction(() => Number(document.getElementById('gt-slider').value) > 0, null, { timeout: 10000 });
  await page.click('#gt-play');
  check(await page.getAttribute('#gt-play', 'aria-pressed') === 'false', 'pause stops');
  const paused = await page.inputValue('#gt-slider');
  await page.waitForTimeout(1000);
  check(await page.inputValue('#gt-slider') === paused, 'the slider stays put while paused');
  check(Number(paused) > 0, `playing moved the slider (to ${paused})`);
  await page.locator('#gt-slider').fill(String(max));

  await page.screenshot({ path: path.join(outDir, 'example-map.png') });

  // A click in the list zooms to the event and opens its popup with the evidence sentence.
  const firstLocated = events.findIndex((e) => e.located);
  await page.locator('#gt-list li').nth(firstLocated).click();
  await page.waitForSelector('.leaflet-popup-content', { timeout: 5000 });
  const popup = await page.locator('.leaflet-popup-content').textContent();
  check(popup.includes(events[firstLocated].p.evidence), 'the list click opens the popup with the evidence');
  check(popup.includes(events[firstLocated].p.doc_id), 'the popup names the document');
  await page.screenshot({ path: path.join(outDir, 'example-map-popup.png') });
  // The place: the ASCII name ACLED writes, then the gazetteer's own spelling (Geneve / Genève).
  const accented = events.findIndex((e) => e.located && e.p.local_name && e.p.local_name !== e.p.location);
  check(accented >= 0, 'the example has a place whose gazetteer name is not ASCII');
  if (accented >= 0) {
    await page.locator('#gt-list li').nth(accented).click();
    await page.waitForFunction((ev) => {
      const c = document.querySelector('.leaflet-popup-content');
      return c && c.textContent.includes(ev);
    }, events[accented].p.evidence, { timeout: 5000 });
    const placePopup = await page.locator('.leaflet-popup-content').textContent();
    const both = `${events[accented].p.location} / ${events[accented].p.local_name}`;
    check(placePopup.includes(both), `the popup gives both names: ${both}`);
  }
  check(errors.length === 0, 'no request, script error or dialog: ' + errors.join('; '));
  await page.close();
}

async function hostileMap(context) {
  const geojson = path.join(outDir, 'hostile.geojson');
  const file = path.join(outDir, 'hostile-map.html');
  run(['extract', path.join(repo, 'tests/data/html/hostile.jsonl'), '--format', 'geojson', '-o', geojson]);
  const title = '<script>window.__pwned=6;alert(6)</script>"><img src=x onerror=window.__pwned=7>';
  run(['view', geojson, '-o', file, '--title', title]);
  const { html, events } = embedded(file);
  check(events.some((e) => e.p.evidence.includes('<script>')), 'the hostile article gives an event with <script> in its evidence');
  check(!/<script>window/i.test(html) && !/<img src=x/i.test(html), 'no payload appears unescaped in the file');

  const errors = [];
  const page = await openPage(context, file, errors);
  await page.waitForTimeout(500);
  check(await page.evaluate(() => window.__pwned === undefined), 'no payload ran (window.__pwned unset)');
  check(await page.locator('img').count() === 0, 'no <img> element was injected');
  check(await page.title() === title, 'the title is shown as text');
  const list = await page.locator('#gt-list').textContent();
  check(list.length > 0, 'the list shows the events');
  const hostile = events.findIndex((e) => e.located && e.p.evidence.includes('<script>'));
  check(hostile >= 0, 'a located event has the <script> evidence');
  await page.locator('#gt-list li').nth(hostile).click();
  await page.waitForSelector('.leaflet-popup-content', { timeout: 5000 });
  const popup = await page.locator('.leaflet-popup-content').textContent();
  check(popup.includes('<script>window.__pwned=4;alert(1)</script>'), 'the popup shows the <script> text');
  check(popup.includes('"><img src=x onerror=window.__pwned=1>'), 'the popup shows the hostile document id as text');
  check(await page.locator('.leaflet-popup-content a').count() === 0, 'a javascript: URL is not made a link');
  await page.screenshot({ path: path.join(outDir, 'hostile-map.png') });
  check(await page.evaluate(() => window.__pwned === undefined), 'still no payload ran after opening the popup');
  check(errors.length === 0, 'no request, script error or dialog: ' + errors.join('; '));
  await page.close();
}

/// A FeatureCollection of generated events (a GeoJSON file for `view`).
function writeFeatures(file, props, n, places) {
  const out = fs.openSync(file, 'w');
  fs.writeSync(out, '{"type":"FeatureCollection","features":[');
  let buf = [];
  for (let i = 0; i < n; i++) {
    const k = i % places;
    const f = { type: 'Feature', geometry: { type: 'Point', coordinates: [-170 + (k * 7.3) % 340, -60 + (k * 3.1) % 120] },
      properties: Object.assign({ feature_kind: 'event', event_id: 'e' + i, doc_id: 'd' + (i % 1000),
        event_date: new Date(Date.UTC(2020, 0, 1 + (i % 366))).toISOString().slice(0, 10) }, props(i)) };
    buf.push(JSON.stringify(f));
    if (buf.length === 10000 || i === n - 1) {
      fs.writeSync(out, (i >= buf.length ? ',' : '') + buf.join(','));
      buf = [];
    }
  }
  fs.writeSync(out, ']}\n');
  fs.closeSync(out);
}

// Article text used as keys ("__proto__", "constructor", "toString" as an event type, a
// document id, a precision) is data: the legend and popups print it, never Object's members.
async function prototypeKeysMap(context) {
  const geojson = path.join(outDir, 'proto-keys.geojson');
  const file = path.join(outDir, 'proto-keys-map.html');
  const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
  writeFeatures(geojson, (i) => ({ event_type: names[i % 4], sub_event_type: names[(i + 1) % 4], doc_id: names[i % 4],
    time_precision: names[(i + 2) % 4], geo_precision: names[(i + 3) % 4], location: names[i % 4] }), 4, 4);
  run(['view', geojson, '-o', file]);
  const errors = [];
  const page = await openPage(context, file, errors);
  const legend = await page.locator('.gt-legend').textContent();
  for (const n of names) check(legend.includes(n + ' (1)'), `the legend counts the type ${n}: ${legend}`);
  check(!/object Object|function|native code/.test(legend), 'the legend shows no object or function');
  check((await page.locator('#gt-summary').textContent()).includes('4 events from 4 documents'), 'the summary counts the documents named after Object members');
  for (let i = 0; i < names.length; i++) {
    await page.locator('#gt-list li').nth(i).click();
    await page.waitForFunction((n) => {
      const c = document.querySelector('.leaflet-popup-content');
      return c && c.textContent.includes('Document' + n);
    }, names[i], { timeout: 5000 });
    const popup = await page.locator('.leaflet-popup-content').textContent();
    check(popup.includes(names[i] + ' / ' + names[(i + 1) % 4]), `the popup gives the type ${names[i]}`);
    check(!/object Object|function|native code/.test(popup), `the popup of ${names[i]} shows no object or function: ${popup}`);
  }
  check(errors.length === 0, 'no request, script error or dialog: ' + errors.join('; '));
  await page.close();
}

// The popup and list texts of an event as the page made them when it embedded GeoJSON
// features (before the columns): written again here from the feature's properties, so the
// columns must give the page the same values, of the same JSON types.
const PRECISION = { 1: 'day', 2: 'week', 3: 'month', 4: 'year' };
const GEO_PRECISION = { 1: 'the town', 2: 'near a town or part of a region', 3: 'a region or larger' };
const str = (v) => (v === null || v === undefined ? '' : String(v));
const own = (o, k) => (Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined);
const kindText = (p) => {
  const sub = str(p.sub_event_type);
  return sub && sub !== 'Other' ? sub : [str(p.event_type) || 'Other', sub].filter(Boolean).join(' / ');
};
function popupText(p) {
  let t = kindText(p);
  const row = (label, value) => { if (value !== '' && value !== null && value !== undefined) t += label + String(value); };
  let when = str(p.event_date) || 'unknown';
  const prec = own(PRECISION, p.time_precision);
  if (prec && prec !== 'day') when += ' (' + prec + ')';
  if (str(p.date_text)) when += ' \u2014 \u201c' + str(p.date_text) + '\u201d';
  row('Date', when);
  row('Event type', [str(p.event_type), str(p.sub_event_type)].filter(Boolean).join(' / '));
  row('Actors', [str(p.actor1), str(p.actor2)].filter(Boolean).join(' vs '));
  row('Fatalities', p.fatalities === null || p.fatalities === undefined ? 'not reported' : p.fatalities);
  let name = str(p.location);
  const local = str(p.local_name);
  if (local && local !== name) name += ' / ' + local;
  let place = [name, str(p.admin1), str(p.country_name)].filter(Boolean).join(', ');
  const written = str(p.location_text);
  if (written && written !== str(p.location) && written !== local) place += ' (\u201c' + written + '\u201d)';
  if (own(GEO_PRECISION, p.geo_precision)) place += ' \u2014 ' + own(GEO_PRECISION, p.geo_precision);
  row('Place', place);
  const url = /^https?:\/\//i.test(str(p.url)) ? str(p.url) : '';
  row('Source', url ? str(p.source) || url : str(p.source));
  row('Document', str(p.doc_id));
  row('Event id', str(p.event_id));
  if (typeof p.confidence === 'number') row('Confidence', p.confidence.toFixed(2));
  return t + str(p.evidence);
}
function itemText(p, located) {
  const who = [str(p.actor1), str(p.actor2)].filter(Boolean).join(' vs ');
  return (str(p.event_date) || 'undated') + ' \u00b7 ' + (str(p.location) || str(p.location_text) || 'unknown place') +
      kindText(p) + who + (located ? '' : 'place not resolved: not on the map');
}

// Hostile strings and values of every JSON type in every property the page shows: the columns
// give back each value (decoded here), and the page's popups and list the same texts as before.
async function columnsMap(context) {
  const geojson = path.join(outDir, 'columns.geojson');
  const file = path.join(outDir, 'columns-map.html');
  const evil = '</script><!-- <script>window.__pwned=12</script> \u2028\u2029 line\nbreak\r\tend';
  const props = [
    { event_type: '</script><script>window.__pwned=11</script>', sub_event_type: '<!--', evidence: evil,
      doc_id: '__proto__', actor1: 'constructor', actor2: '"><img src=x onerror=window.__pwned=13>', location: 'toString',
      local_name: '\u1e28alab \ud835\udd04', admin1: '&amp; &lt;', country_name: 'valueOf', location_text: 'hasOwnProperty',
      url: 'javascript:window.__pwned=14', source: '<b>src</b>', event_id: '\u0000nul', date_text: '${x}`',
      fatalities: 3, confidence: 0.8, time_precision: 2, geo_precision: 3, event_date: '2020-02-01' },
    { event_type: 42, sub_event_type: { a: '<b>' }, actor1: ['x', '<y>'], fatalities: '7', confidence: '0.5',
      time_precision: '__proto__', geo_precision: 'constructor', event_date: null, doc_id: 5, event_id: 'e2',
      url: 'https://example.org/?a=<b>&c="d"', source: '', evidence: '', location: '', location_text: 'written <place>' },
    { event_id: 'no-geometry', event_date: '2020-02-03', evidence: evil, actor2: false, fatalities: 0 },
    { event_type: 'Protests', event_date: '2020-02-30', evidence: evil, doc_id: 'constructor', fatalities: null,
      sub_event_type: 'Other', location: 'toString', confidence: 1 },
    { event_type: 'Other', sub_event_type: 'Other', event_date: '2020-2-1', doc_id: '', time_precision: 4, geo_precision: 1 },
  ];
  const geometry = [[36.2, 37.1], [-78.52495, -0.22985], null, [36.2, 37.1], [179.999999, -60.000001]];
  const features = props.map((p, i) => ({ type: 'Feature', properties: p,
    geometry: geometry[i] ? { type: 'Point', coordinates: geometry[i] } : null }));
  features.push({ type: 'Feature', properties: { feature_kind: 'spatial_claim', text: '</script>', verdict: '<b>' },
    geometry: { type: 'LineString', coordinates: [[36.2, 37.1], [36.5, 37.3]] } });
  fs.writeFileSync(geojson, JSON.stringify({ type: 'FeatureCollection', features }));
  run(['view', geojson, '-o', file]);
  const html = fs.readFileSync(file, 'utf8');
  check(!/<script>window|<img src=x|<!--/i.test(html), 'no hostile string appears unescaped in the file');
  const decoded = decodeColumns(html, file);
  const shown = Object.keys(decoded.data.cols).filter((k) => k !== 'point');
  check(decoded.events.length === props.length && decoded.claims.length === 1, 'the columns hold every event and the claim');
  props.forEach((p, i) => {
    for (const f of shown) {
      const want = JSON.stringify(p[f] === undefined ? null : p[f]);
      const got = JSON.stringify(decoded.events[i].properties[f] === undefined ? null : decoded.events[i].properties[f]);
      if (want !== got) fail(`event ${i} property ${f}: the columns give ${got}, not ${want}`);
    }
    const g = decoded.events[i].geometry;
    const close = geometry[i] ? g && Math.abs(g.coordinates[0] - geometry[i][0]) < 1e-6 && Math.abs(g.coordinates[1] - geometry[i][1]) < 1e-6 : !g;
    if (!close) fail(`event ${i}: the columns give the point ${JSON.stringify(g)}, not ${JSON.stringify(geometry[i])}`);
  });
  check(true, 'the columns give back every value of every property shown, of the same JSON type, and every point');

  const errors = [];
  const page = await openPage(context, file, errors);
  const items = await page.locator('#gt-list li').allTextContents();
  check(items.length === props.length, 'every event is listed');
  props.forEach((p, i) => {
    if (items[i] !== itemText(p, !!geometry[i])) fail(`list item ${i}: ${JSON.stringify(items[i])}, not ${JSON.stringify(itemText(p, !!geometry[i]))}`);
  });
  check(true, 'the list items read as before');
  for (let i = 0; i < props.length; i++) {
    if (!geometry[i]) continue;
    await page.locator('#gt-list li').nth(i).click();
    const want = popupText(props[i]);
    await page.waitForFunction((w) => {
      const c = document.querySelector('.leaflet-popup-content');
      return c && c.textContent === w;
    }, want, { timeout: 5000 }).catch(async () => {
      const got = await page.locator('.leaflet-popup-content').textContent().catch(() => '(no popup)');
      fail(`popup ${i}: ${JSON.stringify(got)}, not ${JSON.stringify(want)}`);
    });
  }
  check(true, 'every popup reads as before');
  const legend = await page.locator('.gt-legend').textContent();
  check(legend.includes('</script><script>window.__pwned=11</script> (1)') && legend.includes('42 (1)') &&
        legend.includes('Protests (1)') && legend.includes('Other (2)'), `the legend counts every type as text: ${legend}`);
  check((await page.locator('#gt-summary').textContent()).startsWith('5 events from 4 documents'), 'the summary counts the documents by their text (no id and an empty id are one)');
  check(await page.evaluate(() => window.__pwned === undefined), 'no payload ran');
  check(errors.length === 0, 'no request, script error or dialog: ' + errors.join('; '));
  await page.close();
}

// At world zoom no country is drawn as a band across the whole map: a ring crossing the
// antimeridian (Russia's Chukotka, Fiji) joined from +180 to -180 by a segment as long as the
// world is wide. Only Antarctica, which goes round the pole, has such a segment (its edge
// along the bottom of the map).
async function checkNoWorldBands(page) {
  const banded = await page.evaluate(() => {
    const paths = [...document.querySelectorAll('#gt-map .leaflet-overlay-pane path:not(.gt-marker):not(.gt-claim)')];
    const world = Math.max(...paths.map((p) => p.getBBox().width)); // Antarctica: the world's width
    const longest = (d) => {
      let best = 0, prev = null;
      for (const m of d.matchAll(/([MLz])\s*(-?[\d.]+)?[ ,]?(-?[\d.]+)?/g)) {
        if (m[1] === 'z') { prev = null; continue; }
        const x = Number(m[2]);
        if (m[1] === 'L' && prev !== null) best = Math.max(best, Math.abs(x - prev));
        prev = x;
      }
      return best;
    };
    return paths.filter((p) => longest(p.getAttribute('d') || '') > world / 2).length;
  });
  check(banded === 1, `no country but Antarctica has a segment across half the world at world zoom (${banded} paths)`);
}

// 150,000 events (140,000 overflowed the call stack: Math.min.apply over every day): one
// marker per place, the list in pages, the slider and the count still work.
async function manyEventsMap(context) {
  const geojson = path.join(outDir, 'many.geojson');
  const file = path.join(outDir, 'many-map.html');
  const n = 150000, places = 700;
  writeFeatures(geojson, (i) => ({ event_type: i % 2 ? 'Battles' : 'Protests' }), n, places);
  run(['view', geojson, '-o', file]);
  const errors = [];
  const page = await openPage(context, file, errors);
  check((await page.locator('#gt-count').textContent()).startsWith(`${n} of ${n} events shown, ${n} on the map`), `all ${n} events are shown`);
  check(await page.locator('#gt-list li').count() === 500, 'the list shows its first page of 500');
  check(await page.locator('path.gt-marker').count() === 0, 'the markers are on a canvas, not SVG paths');
  await checkNoWorldBands(page);
  // The basemap names the large countries at world zoom, not the small ones.
  const labels = await page.locator('.gt-country-label').allTextContents();
  check(labels.includes('Russia') && labels.includes('Brazil') && labels.length >= 5 && labels.length < 60 &&
        !labels.includes('Luxembourg'), `the large countries are named at world zoom (${labels.length}: ${labels.slice(0, 8).join(', ')})`);
  const markers = await page.evaluate(() => {
    let k = 0;
    document.querySelectorAll('#gt-map canvas').forEach(() => k++);
    return k;
  });
  check(markers >= 1, 'a canvas draws the markers');
  const counts = await cellCounts(page);
  check(counts.n > 0 && counts.written && counts.big > 0 && counts.sum <= n,
        `the cells are labelled with their counts, in thousands where large (${counts.n} labels, ${counts.big} in k, ${counts.sum} events)`);
  await page.click('.gt-more');
  check(await page.locator('#gt-list li').count() === 1000, 'the button lists 500 more');
  await page.locator('#gt-slider').fill('0');
  const first = Math.ceil(n / 366);
  check((await page.locator('#gt-count').textContent()).startsWith(`${first} of ${n} events shown`), `the slider at the first day shows its ${first} events`);
  check(await page.locator('#gt-list li').count() === Math.min(500, first), 'the list holds the events of that day');
  check(errors.length === 0, 'no request, script error or dialog: ' + errors.join('; '));
  await page.close();
}

// A cell's count as its label shows it (map.js cellCount): 950, 1.2k, 34k, 1.5M.
function cellCount(n) {
  if (n < 1000) return String(n);
  if (n < 1e6) return n < 1e4 ? (Math.floor(n / 100) / 10) + 'k' : Math.floor(n / 1000) + 'k';
  return n < 1e7 ? (Math.floor(n / 1e5) / 10) + 'M' : Math.floor(n / 1e6) + 'M';
}

// The count labels of the grid cells drawn: each cell's count of events shown, as its label
// reads it and whole (data-count), and whether each label is written as cellCount writes it.
async function cellCounts(page) {
  const labels = await page.evaluate(() => Array.from(document.querySelectorAll('.gt-cell-count')).map((e) => ({
    text: e.textContent, count: Number(e.getAttribute('data-count')) })));
  return {
    n: labels.length,
    sum: labels.reduce((a, l) => a + l.count, 0),
    written: labels.every((l) => l.count >= 2 && l.text === cellCount(l.count)),
    big: labels.filter((l) => /k$/.test(l.text)).length,
  };
}

// 30,000 events on 20,000 places: at world zoom the places are gathered in grid cells (a few
// hundred markers, not 20,000), each labelled with its count of events; the slider recounts
// them; from zoom 9 (a list click) every place has its own marker again, and no cell label.
async function clusteredMap(context) {
  const geojson = path.join(outDir, 'places.geojson');
  const file = path.join(outDir, 'places-map.html');
  const n = 30000, places = 20000;
  writeFeatures(geojson, (i) => ({ event_type: i % 2 ? 'Battles' : 'Protests' }), n, places);
  run(['view', geojson, '-o', file]);
  const errors = [];
  const page = await openPage(context, file, errors);
  const drawn = () => page.evaluate(() => {
    const m = document.getElementById('gt-map');
    return { places: Number(m.getAttribute('data-places-drawn')), cells: Number(m.getAttribute('data-cells-drawn')) };
  });
  check((await page.locator('#gt-count').textContent()).startsWith(`${n} of ${n} events shown, ${n} on the map`), `all ${n} events are shown`);
  const world = await drawn();
  check(world.cells > 0 && world.places + world.cells < 3000,
        `at world zoom the places are gathered: ${world.cells} cells and ${world.places} places drawn for ${places} places`);
  const legend = await page.locator('.gt-legend').textContent();
  check(legend.includes('events of several places, with their count'), 'the legend says what a grey cell is and its number');
  const worldCounts = await cellCounts(page);
  check(worldCounts.n === world.cells, `every cell drawn has its count (${worldCounts.n} labels, ${world.cells} cells)`);
  check(worldCounts.written && worldCounts.sum > world.cells && worldCounts.sum <= n,
        `each label is its cell's count of events, at least 2 (${worldCounts.sum} events in ${worldCounts.n} cells)`);
  await page.screenshot({ path: path.join(outDir, 'places-map.png') });
  await page.locator('#gt-slider').fill('0');
  const day = await drawn();
  check(day.cells < world.cells && day.places + day.cells > 0, `the slider at the first day recounts the cells (${day.cells} cells, ${day.places} places)`);
  const dayCounts = await cellCounts(page);
  check(dayCounts.n === day.cells && dayCounts.written && dayCounts.sum < worldCounts.sum,
        `the slider recounts the labels too (${dayCounts.sum} events in ${dayCounts.n} cells)`);
  await page.locator('#gt-slider').fill(await page.locator('#gt-slider').getAttribute('max'));
  await page.locator('#gt-list li').first().click();
  await page.waitForSelector('.leaflet-popup-content', { timeout: 5000 });
  const near = await drawn();
  check(near.cells === 0 && near.places === places, `from zoom 9 every place has its own marker (${near.places}, ${near.cells} cells)`);
  check((await cellCounts(page)).n === 0, 'from zoom 9 no cell label is left');
  check(errors.length === 0, 'no request, script error or dialog: ' + errors.join('; '));
  await page.close();
}

(async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'geotimeline-chromium-'));
  // A persistent context on a fresh profile directory: the user-data-dir the brief of the test asks.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  }).catch((e) => fail('cannot start Chromium: ' + e.message));
  try {
    await exampleMap(context);
    await hostileMap(context);
    await prototypeKeysMap(context);
    await columnsMap(context);
    await manyEventsMap(context);
    await clusteredMap(context);
  } catch (e) {
    fail(e.stack || String(e));
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  console.log('all browser checks passed; screenshots in ' + outDir);
})();
