/* The geotimeline map page: reads the events from <script id="gt-data"> (GeoJSON features as
 * 'geotimeline extract' writes them) and the basemap from <script id="gt-basemap"> (world-atlas
 * TopoJSON), and builds everything with Leaflet and DOM calls. Every string from an article goes
 * through textContent, never innerHTML. Nothing is fetched. */
(function () {
  'use strict';

  var TYPE_COLOURS = {
    'Battles': '#d62728',
    'Explosions/Remote violence': '#ff7f0e',
    'Violence against civilians': '#9467bd',
    'Protests': '#2ca02c',
    'Riots': '#e377c2',
    'Strategic developments': '#1f77b4'
  };
  var EXTRA_COLOURS = ['#8c564b', '#17becf', '#bcbd22', '#393b79', '#637939', '#843c39'];
  var UNTYPED = 'Other';
  var PRECISION = { 1: 'day', 2: 'week', 3: 'month', 4: 'year' };
  var GEO_PRECISION = { 1: 'the town', 2: 'near a town or part of a region', 3: 'a region or larger' };

  function str(v) { return v === null || v === undefined ? '' : String(v); }
  /* Tables keyed by article text (event types, document ids) have no prototype, and constant
   * tables are read through own(): a type or id "__proto__", "constructor" or "toString" is
   * data, never Object's own members. */
  function dict() { return Object.create(null); }
  function own(o, k) { return Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined; }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function dayOf(s) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(str(s));
    return m ? Math.round(Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86400000) : null;
  }
  function isoOf(day) { return new Date(day * 86400000).toISOString().slice(0, 10); }
  function httpUrl(u) { return /^https?:\/\//i.test(str(u)) ? str(u) : ''; }

  var data = JSON.parse(document.getElementById('gt-data').textContent);
  var features = Array.isArray(data.features) ? data.features : [];

  /* Events and claims. */
  var events = [], claims = [], colours = dict(), typeCounts = dict(), extra = 0;
  features.forEach(function (f) {
    if (!f || typeof f !== 'object') return;
    var p = f.properties && typeof f.properties === 'object' ? f.properties : {};
    if (p.feature_kind === 'spatial_claim') { claims.push({ f: f, p: p }); return; }
    var type = str(p.event_type) || UNTYPED;
    if (!colours[type]) colours[type] = own(TYPE_COLOURS, type) || EXTRA_COLOURS[extra++ % EXTRA_COLOURS.length];
    typeCounts[type] = (typeCounts[type] || 0) + 1;
    events.push({ f: f, p: p, type: type, day: dayOf(p.event_date) });
  });

  /* A ring that crosses the antimeridian (Russia's Chukotka, Fiji) jumps from +180 to -180 and
   * is drawn as a band across the whole world: its longitudes are made continuous (each point
   * within 180 degrees of the one before; the ring then reaches past 180). A ring that goes
   * round a pole (Antarctica) does not come back to its start that way and is left as it is. */
  function unwrapRing(ring) {
    var out = [], shift = 0;
    for (var i = 0; i < ring.length; i++) {
      var lon = ring[i][0] + shift;
      if (i > 0) {
        var prev = out[i - 1][0];
        while (lon - prev > 180) { lon -= 360; shift -= 360; }
        while (prev - lon > 180) { lon += 360; shift += 360; }
      }
      out.push([lon, ring[i][1]]);
    }
    return shift === 0 ? out : ring;
  }
  function unwrapAntimeridian(fc) {
    (fc.features || []).forEach(function (f) {
      var g = f && f.geometry;
      if (!g) return;
      if (g.type === 'Polygon') g.coordinates = g.coordinates.map(unwrapRing);
      else if (g.type === 'MultiPolygon') g.coordinates = g.coordinates.map(function (poly) { return poly.map(unwrapRing); });
    });
    return fc;
  }

  /* Country names on the basemap, at the centre of each country's largest part: a country is
   * named once its part is large enough on screen at the current zoom (Russia, Brazil, China at
   * world zoom; small countries as one zooms in). Text through textContent. */
  function largestPart(g) {
    var polys = g.type === 'Polygon' ? [g.coordinates] : (g.type === 'MultiPolygon' ? g.coordinates : []);
    var best = null;
    polys.forEach(function (poly) {
      var ring = poly[0] || [], w = 180, e = -180, s = 90, n = -90;
      ring.forEach(function (pt) { w = Math.min(w, pt[0]); e = Math.max(e, pt[0]); s = Math.min(s, pt[1]); n = Math.max(n, pt[1]); });
      var area = (e - w) * (n - s);
      if (ring.length && (!best || area > best.area)) best = { area: area, lat: (s + n) / 2, lon: (w + e) / 2, width: e - w };
    });
    return best;
  }
  function addCountryLabels(fc) {
    var labels = [];
    map.createPane('gt-labels').style.zIndex = 450; /* above the shapes, below popups */
    map.getPane('gt-labels').style.pointerEvents = 'none';
    (fc.features || []).forEach(function (f) {
      var name = str(f && f.properties && f.properties.name), part = f && f.geometry && largestPart(f.geometry);
      if (!name || !part || part.lat < -60) return; /* Antarctica needs no name */
      var text = el('span', 'gt-country-label', name);
      var marker = L.marker([part.lat, part.lon], {
        interactive: false, keyboard: false, pane: 'gt-labels',
        icon: L.divIcon({ className: 'gt-country-label-icon', html: text, iconSize: null })
      });
      labels.push({ marker: marker, width: part.width, chars: name.length });
    });
    function show() {
      var degreesPerPixel = 360 / (256 * Math.pow(2, map.getZoom()));
      labels.forEach(function (l) {
        /* about 7 pixels a character, within the part's own width */
        var fits = l.width / degreesPerPixel >= 7 * l.chars;
        if (fits && !map.hasLayer(l.marker)) l.marker.addTo(map);
        else if (!fits && map.hasLayer(l.marker)) map.removeLayer(l.marker);
      });
    }
    map.on('zoomend', show);
    show();
  }

  /* The map and the basemap (Natural Earth country shapes from world-atlas, no tiles). */
  var map = L.map('gt-map', { worldCopyJump: true, zoomSnap: 0.5 });
  map.attributionControl.addAttribution('Country shapes: Natural Earth via world-atlas');
  try {
    var topo = JSON.parse(document.getElementById('gt-basemap').textContent);
    var countries = unwrapAntimeridian(topojson.feature(topo, topo.objects.countries));
    L.geoJSON(countries, {
      interactive: false,
      style: { color: '#8d8d8d', weight: 0.7, fillColor: '#f3f0e8', fillOpacity: 1 }
    }).addTo(map);
    addCountryLabels(countries);
  } catch (e) { /* a page without a basemap still shows the events */ }

  /* "Government regains territory"; "Strategic developments / Other" when the sub-type says little. */
  function kindOf(ev) {
    var sub = str(ev.p.sub_event_type);
    return sub && sub !== 'Other' ? sub : [ev.type, sub].filter(Boolean).join(' / ');
  }

  function popupFor(ev) {
    var p = ev.p, box = el('div', 'gt-popup');
    var h = el('h2');
    var sw = el('span', 'gt-swatch'); sw.style.background = colours[ev.type];
    h.appendChild(sw);
    h.appendChild(document.createTextNode(kindOf(ev)));
    box.appendChild(h);
    var dl = el('dl');
    function row(label, value) {
      if (value === '' || value === null || value === undefined) return;
      dl.appendChild(el('dt', null, label));
      var dd = el('dd');
      if (value instanceof Node) dd.appendChild(value); else dd.textContent = String(value);
      dl.appendChild(dd);
    }
    var when = str(p.event_date) || 'unknown';
    var prec = own(PRECISION, p.time_precision);
    if (prec && prec !== 'day') when += ' (' + prec + ')';
    if (str(p.date_text)) when += ' \u2014 \u201c' + str(p.date_text) + '\u201d';
    row('Date', when);
    row('Event type', [str(p.event_type), str(p.sub_event_type)].filter(Boolean).join(' / '));
    row('Actors', [str(p.actor1), str(p.actor2)].filter(Boolean).join(' vs '));
    row('Fatalities', p.fatalities === null || p.fatalities === undefined ? 'not reported' : p.fatalities);
    // location is the ASCII name (as ACLED writes it), local_name the gazetteer's own spelling
    var name = str(p.location), local = str(p.local_name);
    if (local && local !== name) name += ' / ' + local;
    var place = [name, str(p.admin1), str(p.country_name)].filter(Boolean).join(', ');
    var written = str(p.location_text);
    if (written && written !== str(p.location) && written !== local) place += ' (\u201c' + written + '\u201d)';
    if (own(GEO_PRECISION, p.geo_precision)) place += ' \u2014 ' + own(GEO_PRECISION, p.geo_precision);
    row('Place', place);
    var url = httpUrl(p.url);
    if (url) {
      var a = el('a', null, str(p.source) || url);
      a.href = url; a.target = '_blank'; a.rel = 'noopener noreferrer';
      row('Source', a);
    } else {
      row('Source', str(p.source));
    }
    row('Document', str(p.doc_id));
    row('Event id', str(p.event_id));
    if (typeof p.confidence === 'number') row('Confidence', p.confidence.toFixed(2));
    box.appendChild(dl);
    if (str(p.evidence)) box.appendChild(el('blockquote', null, str(p.evidence)));
    return box;
  }

  var markers = L.layerGroup().addTo(map);
  /* Thousands of SVG circles make the page slow: above 2000 events the markers go on a canvas.
   * Above 20,000 events (up to millions) there is one marker per place, not per event: its popup
   * counts the events shown there and names the first; the list gives each. */
  var canvas = events.length > 2000 ? L.canvas({ padding: 0.5 }) : null;
  var BIG = events.length > 20000, PAGE = 500, PLACE_LISTED = 10;
  var list = document.getElementById('gt-list');
  var selected = null;
  function select(ev) {
    if (selected && selected.li) selected.li.classList.remove('gt-selected');
    selected = ev;
    if (ev.li) ev.li.classList.add('gt-selected');
  }
  function whenWhere(ev) {
    return (str(ev.p.event_date) || 'undated') + ' \u00b7 ' +
        (str(ev.p.location) || str(ev.p.location_text) || 'unknown place');
  }

  /* Events at the same point: one group (a ring of markers, or one marker above 20,000 events). */
  var groups = dict();
  events.forEach(function (ev) {
    var g = ev.f.geometry;
    if (!g || g.type !== 'Point' || !Array.isArray(g.coordinates) ||
        !isFinite(g.coordinates[0]) || !isFinite(g.coordinates[1])) return;
    ev.base = L.latLng(+g.coordinates[1], +g.coordinates[0]);
    var key = ev.base.lat.toFixed(5) + ',' + ev.base.lng.toFixed(5);
    ev.group = groups[key] = groups[key] || { base: ev.base, events: [] };
    ev.group.events.push(ev);
  });

  function eventMarker(ev) {
    var p = ev.p, n = typeof p.fatalities === 'number' && p.fatalities > 0 ? p.fatalities : 0;
    var m = L.circleMarker(ev.base, {
      radius: 6 + Math.min(9, Math.sqrt(n)), color: '#222', weight: 1,
      fillColor: colours[ev.type], fillOpacity: 0.85, className: 'gt-marker'
    });
    if (canvas) m.options.renderer = canvas;
    m.bindPopup(function () { return popupFor(ev); }, { maxWidth: 380 });
    m.bindTooltip(el('span', null, (str(p.event_date) || 'undated') + ' \u00b7 ' + kindOf(ev)));
    m.on('click', function () {
      select(ev);
      if (ev.li) ev.li.scrollIntoView({ block: 'nearest' });
    });
    return m;
  }
  function placePopup(grp) {
    var here = grp.events.filter(function (ev) { return ev.vis; });
    if (here.length === 1) return popupFor(here[0]);
    var box = el('div', 'gt-popup');
    box.appendChild(el('h2', null, here.length + ' events at ' + whenWhere(here[0]).replace(/^.* \u00b7 /, '')));
    here.slice(0, PLACE_LISTED).forEach(function (ev) {
      box.appendChild(el('div', null, (str(ev.p.event_date) || 'undated') + ' \u00b7 ' + kindOf(ev) + ' \u00b7 ' + str(ev.p.doc_id)));
    });
    if (here.length > PLACE_LISTED) box.appendChild(el('div', null, 'and ' + (here.length - PLACE_LISTED) + ' more: see the list'));
    return box;
  }
  function placeMarker(grp) {
    var ev = grp.events[0];
    var m = L.circleMarker(grp.base, {
      radius: 4 + Math.min(10, Math.log(grp.events.length) / Math.LN2), color: '#222', weight: 1,
      fillColor: colours[ev.type], fillOpacity: 0.85, className: 'gt-marker', renderer: canvas
    });
    m.bindPopup(function () { return placePopup(grp); }, { maxWidth: 380 });
    m.bindTooltip(el('span', null, grp.events.length + ' event' + (grp.events.length === 1 ? '' : 's') + ' \u00b7 ' +
                              (str(ev.p.location) || str(ev.p.location_text) || 'unknown place')));
    return m;
  }
  if (BIG) Object.keys(groups).forEach(function (key) { groups[key].marker = placeMarker(groups[key]); });
  else events.forEach(function (ev) { if (ev.base) ev.marker = eventMarker(ev); });

  /* The list: the events shown, in pages (a million list items would stall the page). */
  function itemOf(ev) {
    if (ev.li) return ev.li;
    var p = ev.p, li = el('li');
    li.tabIndex = 0;
    var top = el('div', 'gt-when');
    var sw = el('span', 'gt-swatch'); sw.style.background = colours[ev.type];
    top.appendChild(sw);
    top.appendChild(document.createTextNode(whenWhere(ev)));
    li.appendChild(top);
    li.appendChild(el('div', 'gt-what', kindOf(ev)));
    var who = [str(p.actor1), str(p.actor2)].filter(Boolean).join(' vs ');
    if (who) li.appendChild(el('div', null, who));
    if (!ev.base) li.appendChild(el('div', 'gt-noplace', 'place not resolved: not on the map'));
    function go() {
      select(ev);
      if (!ev.base) return;
      // Without animation, so the popup's auto-pan sees the final view and the popup fits.
      map.setView(ev.marker ? ev.marker.getLatLng() : ev.base, Math.max(map.getZoom(), 9), { animate: false });
      if (ev.marker) ev.marker.openPopup();
      else L.popup({ maxWidth: 380 }).setLatLng(ev.base).setContent(popupFor(ev)).openOn(map);
    }
    li.addEventListener('click', go);
    li.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); go(); } });
    return (ev.li = li);
  }
  var listed = [], listLimit = PAGE;
  var more = el('button', 'gt-more');
  more.type = 'button';
  list.parentNode.appendChild(more);
  function showList() {
    list.textContent = '';
    var n = Math.min(listLimit, listed.length), frag = document.createDocumentFragment();
    for (var i = 0; i < n; i++) frag.appendChild(itemOf(listed[i]));
    list.appendChild(frag);
    more.style.display = n < listed.length ? '' : 'none';
    more.textContent = 'Show ' + Math.min(PAGE, listed.length - n) + ' more (' + (listed.length - n) + ' not listed yet)';
  }
  more.addEventListener('click', function () { listLimit += PAGE; showList(); });

  /* Events at the same point are spread on a small ring (in screen pixels) so each stays clickable. */
  function spread() {
    if (BIG) return;
    Object.keys(groups).forEach(function (key) {
      var g = groups[key].events;
      if (g.length < 2) return;
      var centre = map.latLngToLayerPoint(g[0].base), r = 8 + 2 * Math.min(g.length, 40);
      g.forEach(function (ev, i) {
        var a = 2 * Math.PI * i / g.length;
        ev.marker.setLatLng(map.layerPointToLatLng(centre.add(L.point(r * Math.cos(a), r * Math.sin(a)))));
      });
    });
  }

  /* Spatial claims: a dashed line from the anchor to the subject, green when consistent. */
  var claimLayer = L.layerGroup().addTo(map);
  claims.forEach(function (c) {
    var g = c.f.geometry, p = c.p;
    if (!g || g.type !== 'LineString' || !Array.isArray(g.coordinates) || g.coordinates.length < 2) return;
    var pts = g.coordinates.map(function (q) { return L.latLng(+q[1], +q[0]); });
    var ok = str(p.verdict) === 'consistent';
    var line = L.polyline(pts, { color: ok ? '#2e7d32' : '#c62828', weight: 3, dashArray: '8 6', className: 'gt-claim' });
    line.bindPopup(function () {
      var box = el('div', 'gt-popup');
      box.appendChild(el('h2', null, 'Spatial claim: ' + (str(p.verdict) || 'not checked')));
      var dl = el('dl');
      function row(label, value) {
        if (value === '' || value === null || value === undefined) return;
        dl.appendChild(el('dt', null, label)); dl.appendChild(el('dd', null, value));
      }
      row('From', str(p.anchor)); row('To', str(p.subject));
      if (p.stated_km !== null && p.stated_km !== undefined)
        row('Stated', p.stated_km + ' km' + (str(p.stated_direction) ? ' ' + str(p.stated_direction) : ''));
      if (p.geodesic_km !== null && p.geodesic_km !== undefined)
        row('Measured', Number(p.geodesic_km).toFixed(1) + ' km' + (str(p.direction) ? ' ' + str(p.direction) : '') +
            ' (geodesic, WGS 84)');
      if (typeof p.distance_error_pct === 'number') row('Distance error', p.distance_error_pct.toFixed(1) + ' %');
      if (typeof p.direction_agrees === 'boolean') row('Direction', p.direction_agrees ? 'agrees' : 'disagrees');
      row('Document', str(p.doc_id));
      box.appendChild(dl);
      if (str(p.text)) box.appendChild(el('blockquote', null, str(p.text)));
      return box;
    }, { maxWidth: 380 });
    line.bindTooltip(el('span', null, 'claim: ' + (str(p.verdict) || 'not checked')), { sticky: true });
    line.addTo(claimLayer);
    c.line = line;
  });

  /* Legend. */
  var legend = L.control({ position: 'bottomleft' });
  legend.onAdd = function () {
    var box = el('div', 'gt-legend');
    Object.keys(typeCounts).forEach(function (t) {
      var row = el('div');
      var sw = el('span', 'gt-swatch'); sw.style.background = colours[t];
      row.appendChild(sw);
      row.appendChild(document.createTextNode(t + ' (' + typeCounts[t] + ')'));
      box.appendChild(row);
    });
    var drawn = claims.filter(function (c) { return c.line; });
    var good = drawn.filter(function (c) { return str(c.p.verdict) === 'consistent'; }).length;
    if (drawn.length) {
      [['#2e7d32', 'claim: consistent', good], ['#c62828', 'claim: not consistent', drawn.length - good]].forEach(function (c) {
        if (!c[2]) return;
        var row = el('div'), line = el('span', 'gt-line');
        line.style.borderTopColor = c[0];
        row.appendChild(line); row.appendChild(document.createTextNode(c[1] + ' (' + c[2] + ')'));
        box.appendChild(row);
      });
    }
    if (!box.firstChild) box.appendChild(el('div', null, 'no events'));
    return box;
  };
  legend.addTo(map);
  L.control.scale({ imperial: false }).addTo(map);

  /* Initial view: every event and claim. */
  var bounds = L.latLngBounds([]);
  events.forEach(function (ev) { if (ev.base) bounds.extend(ev.base); });
  claims.forEach(function (c) { if (c.line) bounds.extend(c.line.getBounds()); });
  if (bounds.isValid()) map.fitBounds(bounds.pad(0.3), { maxZoom: 8 });
  else map.setView([20, 0], 2);
  map.on('zoomend viewreset', spread);
  spread();

  /* Time slider: cumulative (every event up to the date) or a window (the last N days up to and
   * including the date). Events without a date are always shown. */
  var slider = document.getElementById('gt-slider'), dateOut = document.getElementById('gt-date');
  var mode = document.getElementById('gt-mode'), windowInput = document.getElementById('gt-window');
  var windowLabel = document.getElementById('gt-window-label'), count = document.getElementById('gt-count');
  var play = document.getElementById('gt-play');
  var dated = events.filter(function (ev) { return ev.day !== null; }).map(function (ev) { return ev.day; });
  /* (a loop: Math.min.apply over 140,000 days overflows the call stack) */
  var minDay = dated.length ? dated[0] : 0, maxDay = minDay;
  dated.forEach(function (d) { if (d < minDay) minDay = d; if (d > maxDay) maxDay = d; });
  slider.max = String(maxDay - minDay);
  slider.value = slider.max;
  if (maxDay === minDay) { slider.disabled = true; play.disabled = true; }

  function apply() {
    var cur = minDay + Number(slider.value);
    var win = Math.max(1, Math.floor(Number(windowInput.value) || 1));
    var cumulative = mode.value !== 'window';
    var onMap = 0;
    listed = [];
    events.forEach(function (ev) {
      ev.vis = ev.day === null || (ev.day <= cur && (cumulative || ev.day > cur - win));
      if (!ev.vis) return;
      listed.push(ev);
      if (ev.base) onMap++;
    });
    var layers = BIG ? Object.keys(groups).map(function (k) { return groups[k]; }) : events;
    layers.forEach(function (x) {
      if (!x.marker) return;
      var vis = BIG ? x.events.some(function (ev) { return ev.vis; }) : x.vis;
      if (vis && !markers.hasLayer(x.marker)) markers.addLayer(x.marker);
      else if (!vis && markers.hasLayer(x.marker)) markers.removeLayer(x.marker);
    });
    listLimit = PAGE;
    showList();
    windowLabel.style.display = cumulative ? 'none' : '';
    dateOut.textContent = dated.length ? (cumulative ? 'up to ' : 'last ' + win + ' d to ') + isoOf(cur) : 'no dates';
    count.textContent = listed.length + ' of ' + events.length + ' events shown, ' + onMap + ' on the map';
  }
  slider.addEventListener('input', apply);
  mode.addEventListener('change', apply);
  windowInput.addEventListener('input', apply);

  var timer = null;
  function setPlaying(on) {
    if (on && !timer) {
      if (Number(slider.value) >= Number(slider.max)) slider.value = '0';
      var step = Math.max(1, Math.ceil((maxDay - minDay) / 120));
      timer = setInterval(function () {
        var v = Math.min(Number(slider.max), Number(slider.value) + step);
        slider.value = String(v);
        apply();
        if (v >= Number(slider.max)) setPlaying(false);
      }, 400);
      apply();
    } else if (!on && timer) {
      clearInterval(timer);
      timer = null;
    }
    play.textContent = timer ? '\u275a\u275a Pause' : '\u25b6 Play';
    play.setAttribute('aria-label', timer ? 'Pause' : 'Play');
    play.setAttribute('aria-pressed', timer ? 'true' : 'false');
  }
  play.addEventListener('click', function () { setPlaying(!timer); });

  var docs = dict();
  events.forEach(function (ev) { docs[str(ev.p.doc_id)] = true; });
  var summary = events.length + ' event' + (events.length === 1 ? '' : 's') + ' from ' + Object.keys(docs).length +
      ' document' + (Object.keys(docs).length === 1 ? '' : 's');
  if (dated.length) summary += ', ' + isoOf(minDay) + (maxDay > minDay ? ' to ' + isoOf(maxDay) : '');
  if (claims.length) summary += '; ' + claims.length + ' spatial claim' + (claims.length === 1 ? '' : 's');
  document.getElementById('gt-summary').textContent = summary;
  apply();
})();
