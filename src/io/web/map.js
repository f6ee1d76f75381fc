/* The geotimeline map page: reads the events from <script id="gt-data"> (columns written by
 * src/io/writers_html_columns.cpp from the GeoJSON features of 'geotimeline extract') and the
 * <script id="gt-lazy-..."> blocks, and the basemap from <script id="gt-basemap"> (world-atlas
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

  /* The events as columns (src/io/writers_html_columns.cpp): for each property an index column
   * (0: null or absent; i: entry i-1 of the property's table of values), the small tables in
   * gt-data, the large ones (evidence, event id, URL, time expression) in plain-text blocks of
   * one JSON value a line, read when a popup or list item needs them; the points as fixed-point
   * coordinates. A value is turned into text exactly as a GeoJSON property was (str()). */
  var data = JSON.parse(document.getElementById('gt-data').textContent);
  function bytesOf(b64) {
    if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(b64);
    var bin = atob(b64), out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }
  function column(c, signed) {
    var b = bytesOf(c.b);
    if (c.w === 1) return b;
    if (c.w === 2) return new Uint16Array(b.buffer, b.byteOffset, b.length / 2);
    return signed ? new Int32Array(b.buffer, b.byteOffset, b.length / 4) : new Uint32Array(b.buffer, b.byteOffset, b.length / 4);
  }
  var N = data.n | 0, CHUNK = data.chunk | 0, cols = dict(), values = data.values || {}, lazyChunks = data.lazy || {};
  Object.keys(data.cols || {}).forEach(function (k) { cols[k] = column(data.cols[k]); });
  var pointCol = cols.point, scale = data.points.scale;
  var plon = column(data.points.lon, true), plat = column(data.points.lat, true);
  var lazyLines = dict();
  /* The value of property `field` of event i (null when absent). */
  function val(field, i) {
    var k = cols[field][i];
    if (!k) return null;
    if (own(values, field)) return values[field][k - 1];
    var c = Math.floor((k - 1) / CHUNK), key = field + '-' + c, lines = lazyLines[key];
    if (!lines) {
      var block = document.getElementById('gt-lazy-' + key);
      if (!block) return null; /* still being read by the browser */
      lines = lazyLines[key] = block.textContent.split('\n');
    }
    var line = lines[k - 1 - c * CHUNK];
    return line === undefined ? null : JSON.parse(line);
  }
  var FIELDS = Object.keys(cols).filter(function (k) { return k !== 'point'; });
  /* The properties of event i, as the GeoJSON feature had them (for its popup). */
  function props(i) {
    var p = dict();
    FIELDS.forEach(function (f) { p[f] = val(f, i); });
    return p;
  }
  function text(field, i) { return str(val(field, i)); }

  /* Types (coloured in the order they first appear), days, documents. */
  var colours = dict(), typeCounts = dict(), extra = 0;
  var typeNames = [], typeIds = dict(), typeOf = new Int32Array(N);
  var typeCol = cols.event_type, typeValues = values.event_type || [];
  var entryType = new Int32Array(typeValues.length + 1).fill(-1);
  var typeN = [];
  for (var i = 0; i < N; i++) {
    var te = typeCol[i];
    if (entryType[te] < 0) {
      var name = (te ? str(typeValues[te - 1]) : '') || UNTYPED;
      if (typeIds[name] === undefined) {
        typeIds[name] = typeNames.length;
        typeNames.push(name);
        typeN.push(0);
        colours[name] = own(TYPE_COLOURS, name) || EXTRA_COLOURS[extra++ % EXTRA_COLOURS.length];
      }
      entryType[te] = typeIds[name];
    }
    typeOf[i] = entryType[te];
    typeN[typeOf[i]]++;
  }
  /* typeCounts keyed by name in the order the types first appear, as the legend lists them */
  typeNames.forEach(function (t, k) { typeCounts[t] = typeN[k]; });
  function typeName(i) { return typeNames[typeOf[i]]; }

  var NODAY = -2147483648, day = new Int32Array(N);
  var dateValues = values.event_date || [], entryDay = new Int32Array(dateValues.length + 1);
  entryDay[0] = NODAY;
  dateValues.forEach(function (v, k) { var d = dayOf(v); entryDay[k + 1] = d === null ? NODAY : d; });
  for (i = 0; i < N; i++) day[i] = entryDay[cols.event_date[i]];

  var claims = (Array.isArray(data.claims) ? data.claims : []).filter(function (f) {
    return f && typeof f === 'object';
  }).map(function (f) {
    return { f: f, p: f.properties && typeof f.properties === 'object' ? f.properties : {} };
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
  function kindOf(i) {
    var sub = text('sub_event_type', i);
    return sub && sub !== 'Other' ? sub : [typeName(i), sub].filter(Boolean).join(' / ');
  }

  /* The popup of event i, built when it opens (its lazy values read then). */
  function popupFor(i) {
    var p = props(i), type = typeName(i), box = el('div', 'gt-popup');
    var h = el('h2');
    var sw = el('span', 'gt-swatch'); sw.style.background = colours[type];
    h.appendChild(sw);
    h.appendChild(document.createTextNode(kindOf(i)));
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
  var canvas = N > 2000 ? L.canvas({ padding: 0.5 }) : null;
  var BIG = N > 20000, PAGE = 500, PLACE_LISTED = 10;
  var list = document.getElementById('gt-list');
  var selected = -1, items = [], eventMarkers = []; /* list items and markers by event, when made */
  var vis = new Uint8Array(N); /* shown by the slider */
  function select(i) {
    if (selected >= 0 && items[selected]) items[selected].classList.remove('gt-selected');
    selected = i;
    if (items[i]) items[i].classList.add('gt-selected');
  }
  function whenWhere(i) {
    return (text('event_date', i) || 'undated') + ' \u00b7 ' +
        (text('location', i) || text('location_text', i) || 'unknown place');
  }
  function baseOf(i) {
    var k = pointCol[i] - 1;
    return k < 0 ? null : L.latLng(plat[k] / scale, plon[k] / scale);
  }

  /* Events at the same point (to 5 decimals): one group (a ring of markers, or one marker above
   * 20,000 events); groupEvents lists the events of group g, in file order, from groupStart[g]
   * to groupStart[g + 1]. */
  var groups = [], keyed = dict(), groupOfPoint = new Int32Array(plon.length), k;
  for (k = 0; k < plon.length; k++) {
    var key = (plat[k] / scale).toFixed(5) + ',' + (plon[k] / scale).toFixed(5);
    if (keyed[key] === undefined) { keyed[key] = groups.length; groups.push({ marker: null }); }
    groupOfPoint[k] = keyed[key];
  }
  var groupOf = new Int32Array(N).fill(-1), groupStart = new Uint32Array(groups.length + 1);
  for (i = 0; i < N; i++) if (pointCol[i]) { groupOf[i] = groupOfPoint[pointCol[i] - 1]; groupStart[groupOf[i] + 1]++; }
  for (k = 0; k < groups.length; k++) groupStart[k + 1] += groupStart[k];
  var groupEvents = new Uint32Array(groupStart[groups.length]), fillAt = groupStart.slice(0, groups.length);
  for (i = 0; i < N; i++) if (groupOf[i] >= 0) groupEvents[fillAt[groupOf[i]]++] = i;
  function groupSize(g) { return groupStart[g + 1] - groupStart[g]; }

  function eventMarker(i) {
    var f = val('fatalities', i), n = typeof f === 'number' && f > 0 ? f : 0;
    var m = L.circleMarker(baseOf(i), {
      radius: 6 + Math.min(9, Math.sqrt(n)), color: '#222', weight: 1,
      fillColor: colours[typeName(i)], fillOpacity: 0.85, className: 'gt-marker'
    });
    if (canvas) m.options.renderer = canvas;
    m.bindPopup(function () { return popupFor(i); }, { maxWidth: 380 });
    m.bindTooltip(function () { return el('span', null, (text('event_date', i) || 'undated') + ' \u00b7 ' + kindOf(i)); });
    m.on('click', function () {
      select(i);
      if (items[i]) items[i].scrollIntoView({ block: 'nearest' });
    });
    return m;
  }
  function placePopup(g) {
    var here = [];
    for (var j = groupStart[g]; j < groupStart[g + 1]; j++) if (vis[groupEvents[j]]) here.push(groupEvents[j]);
    if (here.length === 1) return popupFor(here[0]);
    var box = el('div', 'gt-popup');
    box.appendChild(el('h2', null, here.length + ' events at ' + whenWhere(here[0]).replace(/^.* \u00b7 /, '')));
    here.slice(0, PLACE_LISTED).forEach(function (i) {
      box.appendChild(el('div', null, (text('event_date', i) || 'undated') + ' \u00b7 ' + kindOf(i) + ' \u00b7 ' + text('doc_id', i)));
    });
    if (here.length > PLACE_LISTED) box.appendChild(el('div', null, 'and ' + (here.length - PLACE_LISTED) + ' more: see the list'));
    return box;
  }
  function placeMarker(g) {
    var first = groupEvents[groupStart[g]], n = groupSize(g);
    var m = L.circleMarker(baseOf(first), {
      radius: 4 + Math.min(10, Math.log(n) / Math.LN2), color: '#222', weight: 1,
      fillColor: colours[typeName(first)], fillOpacity: 0.85, className: 'gt-marker', renderer: canvas
    });
    m.bindPopup(function () { return placePopup(g); }, { maxWidth: 380 });
    m.bindTooltip(function () {
      return el('span', null, n + ' event' + (n === 1 ? '' : 's') + ' \u00b7 ' +
                (text('location', first) || text('location_text', first) || 'unknown place'));
    });
    return m;
  }
  if (BIG) groups.forEach(function (grp, g) { grp.marker = groupSize(g) ? placeMarker(g) : null; });
  else for (i = 0; i < N; i++) if (pointCol[i]) eventMarkers[i] = eventMarker(i);

  /* Above 20,000 events, below zoom CLUSTER_UNTIL the places are gathered in the cells of a grid
   * of CELL_PX screen pixels (one grid per zoom level, made the first time it is shown): a cell
   * where events of several places are shown is one grey marker, its size by its event count,
   * at the places' centre (weighted by their events), labelled with that count (cellCount: 950,
   * 1.2k, 34k, 1.5M; the tooltip gives it whole); a click zooms in to its places. A place
   * alone in its cell keeps its own marker. A world view of a million events on 20,000 places
   * draws a few hundred markers. */
  var CELL_PX = 48, CLUSTER_UNTIL = 9, grids = [], cellLayer = L.layerGroup().addTo(map), drawnGrid = null;
  var mapBox = document.getElementById('gt-map');
  map.createPane('gt-cell-counts').style.zIndex = 460; /* above the markers' canvas, below popups */
  map.getPane('gt-cell-counts').style.pointerEvents = 'none'; /* a click goes to the cell beneath */
  function placeOf(g) { return baseOf(groupEvents[groupStart[g]]); }
  function gridAt(z) {
    if (grids[z]) return grids[z];
    var cellOf = new Int32Array(groups.length).fill(-1), ids = new Map(), lat = [], lon = [], w = [];
    for (var g = 0; g < groups.length; g++) {
      var n = groupSize(g);
      if (!n) continue;
      var ll = placeOf(g), p = map.project(ll, z);
      var key = Math.floor(p.x / CELL_PX) * 1048576 + Math.floor(p.y / CELL_PX), c = ids.get(key);
      if (c === undefined) { c = lat.length; ids.set(key, c); lat.push(0); lon.push(0); w.push(0); }
      cellOf[g] = c;
      lat[c] += ll.lat * n; lon[c] += ll.lng * n; w[c] += n;
    }
    return (grids[z] = { cellOf: cellOf, n: lat.length, markers: [], counts: [], shown: new Uint32Array(lat.length),
      places: new Uint32Array(lat.length), centre: function (c) { return L.latLng(lat[c] / w[c], lon[c] / w[c]); } });
  }
  function cellMarker(grid, c) {
    var m = L.circleMarker(grid.centre(c), {
      radius: 8, color: '#fff', weight: 1.5, fillColor: '#555', fillOpacity: 0.65, className: 'gt-cell', renderer: canvas
    });
    m.bindTooltip(function () {
      return el('span', null, grid.shown[c] + ' events at ' + grid.places[c] + ' places \u00b7 click to zoom in');
    });
    m.on('click', function () {
      var b = L.latLngBounds([]);
      for (var g = 0; g < groups.length; g++) if (grid.cellOf[g] === c && groupShown[g]) b.extend(placeOf(g));
      if (b.isValid()) map.fitBounds(b.pad(0.2), { maxZoom: CLUSTER_UNTIL, animate: false });
    });
    return m;
  }
  /* A cell's count as its label shows it: 950, 1.2k, 34k, 1.5M. */
  function cellCount(n) {
    if (n < 1000) return String(n);
    if (n < 1e6) return n < 1e4 ? (Math.floor(n / 100) / 10) + 'k' : Math.floor(n / 1000) + 'k';
    return n < 1e7 ? (Math.floor(n / 1e5) / 10) + 'M' : Math.floor(n / 1e6) + 'M';
  }
  /* The label of cell c: its count of events shown, set by drawPlaces (textContent). */
  function cellLabel(grid, c) {
    var text = el('span', 'gt-cell-count');
    var m = L.marker(grid.centre(c), {
      interactive: false, keyboard: false, pane: 'gt-cell-counts',
      icon: L.divIcon({ className: 'gt-cell-count-icon', html: text, iconSize: null })
    });
    m.gtText = text;
    return m;
  }
  function showCount(label, n) {
    if (label.gtCount === n) return;
    label.gtCount = n;
    label.gtText.textContent = cellCount(n);
    label.gtText.setAttribute('data-count', String(n));
  }
  /* The markers of the places (and cells) where events are shown, at the current zoom. */
  function drawPlaces() {
    var z = Math.floor(map.getZoom()), grid = z < CLUSTER_UNTIL ? gridAt(z) : null, g, c, placesOn = 0, cellsOn = 0;
    if (grid) {
      grid.shown.fill(0);
      grid.places.fill(0);
      for (g = 0; g < groups.length; g++) if (groupShown[g]) { c = grid.cellOf[g]; grid.shown[c] += groupShown[g]; grid.places[c]++; }
    }
    for (g = 0; g < groups.length; g++) {
      var on = groupShown[g] > 0 && (!grid || grid.places[grid.cellOf[g]] === 1);
      if (groups[g].marker) toggle(groups[g].marker, on);
      if (on) placesOn++;
    }
    if (drawnGrid !== grid) { cellLayer.clearLayers(); drawnGrid = grid; }
    for (c = 0; grid && c < grid.n; c++) {
      var m = grid.markers[c];
      if (grid.places[c] > 1) {
        m = m || (grid.markers[c] = cellMarker(grid, c));
        m.setRadius(4 + Math.min(12, Math.log(grid.shown[c]) / Math.LN2));
        if (!cellLayer.hasLayer(m)) cellLayer.addLayer(m);
        var label = grid.counts[c] || (grid.counts[c] = cellLabel(grid, c));
        showCount(label, grid.shown[c]);
        if (!cellLayer.hasLayer(label)) cellLayer.addLayer(label);
        cellsOn++;
      } else if (m && cellLayer.hasLayer(m)) {
        cellLayer.removeLayer(m);
        cellLayer.removeLayer(grid.counts[c]);
      }
    }
    /* what is drawn, for tests and for the curious */
    mapBox.setAttribute('data-places-drawn', String(placesOn));
    mapBox.setAttribute('data-cells-drawn', String(cellsOn));
  }

  /* The list: the events shown, in pages (a million list items would stall the page). */
  function itemOf(i) {
    if (items[i]) return items[i];
    var li = el('li');
    li.tabIndex = 0;
    var top = el('div', 'gt-when');
    var sw = el('span', 'gt-swatch'); sw.style.background = colours[typeName(i)];
    top.appendChild(sw);
    top.appendChild(document.createTextNode(whenWhere(i)));
    li.appendChild(top);
    li.appendChild(el('div', 'gt-what', kindOf(i)));
    var who = [text('actor1', i), text('actor2', i)].filter(Boolean).join(' vs ');
    if (who) li.appendChild(el('div', null, who));
    if (!pointCol[i]) li.appendChild(el('div', 'gt-noplace', 'place not resolved: not on the map'));
    function go() {
      select(i);
      if (!pointCol[i]) return;
      var m = eventMarkers[i];
      // Without animation, so the popup's auto-pan sees the final view and the popup fits.
      map.setView(m ? m.getLatLng() : baseOf(i), Math.max(map.getZoom(), 9), { animate: false });
      if (m) m.openPopup();
      else L.popup({ maxWidth: 380 }).setLatLng(baseOf(i)).setContent(popupFor(i)).openOn(map);
    }
    li.addEventListener('click', go);
    li.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); go(); } });
    return (items[i] = li);
  }
  var listed = new Uint32Array(N), listedN = 0, listLimit = PAGE;
  var more = el('button', 'gt-more');
  more.type = 'button';
  list.parentNode.appendChild(more);
  function showList() {
    list.textContent = '';
    var n = Math.min(listLimit, listedN), frag = document.createDocumentFragment();
    for (var j = 0; j < n; j++) frag.appendChild(itemOf(listed[j]));
    list.appendChild(frag);
    more.style.display = n < listedN ? '' : 'none';
    more.textContent = 'Show ' + Math.min(PAGE, listedN - n) + ' more (' + (listedN - n) + ' not listed yet)';
  }
  more.addEventListener('click', function () { listLimit += PAGE; showList(); });

  /* Events at the same point are spread on a small ring (in screen pixels) so each stays clickable. */
  function spread() {
    if (BIG) return;
    for (var g = 0; g < groups.length; g++) {
      var n = groupSize(g);
      if (n < 2) continue;
      var centre = map.latLngToLayerPoint(baseOf(groupEvents[groupStart[g]])), r = 8 + 2 * Math.min(n, 40);
      for (var j = 0; j < n; j++) {
        var a = 2 * Math.PI * j / n;
        eventMarkers[groupEvents[groupStart[g] + j]].setLatLng(
          map.layerPointToLatLng(centre.add(L.point(r * Math.cos(a), r * Math.sin(a)))));
      }
    }
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
    if (BIG) {
      var cellRow = el('div'), dot = el('span', 'gt-swatch');
      dot.style.background = '#555';
      cellRow.appendChild(dot);
      cellRow.appendChild(document.createTextNode('events of several places, with their count (click to zoom in)'));
      box.appendChild(cellRow);
    }
    if (!box.firstChild) box.appendChild(el('div', null, 'no events'));
    return box;
  };
  legend.addTo(map);
  L.control.scale({ imperial: false }).addTo(map);

  /* Initial view: every event and claim. */
  var bounds = L.latLngBounds([]);
  for (k = 0; k < plon.length; k++) bounds.extend([plat[k] / scale, plon[k] / scale]);
  claims.forEach(function (c) { if (c.line) bounds.extend(c.line.getBounds()); });
  if (bounds.isValid()) map.fitBounds(bounds.pad(0.3), { maxZoom: 8 });
  else map.setView([20, 0], 2);
  map.on('zoomend viewreset', spread);
  spread();

  /* Time slider: cumulative (every event up to the date) or a window (the last N days up to and
   * including the date). Events without a date are always shown. The filter is one pass over
   * the typed arrays. */
  var slider = document.getElementById('gt-slider'), dateOut = document.getElementById('gt-date');
  var mode = document.getElementById('gt-mode'), windowInput = document.getElementById('gt-window');
  var windowLabel = document.getElementById('gt-window-label'), count = document.getElementById('gt-count');
  var play = document.getElementById('gt-play');
  var datedN = 0, minDay = 0, maxDay = 0;
  for (i = 0; i < N; i++) {
    var d = day[i];
    if (d === NODAY) continue;
    if (!datedN++) minDay = maxDay = d;
    else if (d < minDay) minDay = d;
    else if (d > maxDay) maxDay = d;
  }
  slider.max = String(maxDay - minDay);
  slider.value = slider.max;
  if (maxDay === minDay) { slider.disabled = true; play.disabled = true; }

  var groupShown = new Uint32Array(groups.length);
  function toggle(m, on) {
    if (on && !markers.hasLayer(m)) markers.addLayer(m);
    else if (!on && markers.hasLayer(m)) markers.removeLayer(m);
  }
  function apply() {
    var cur = minDay + Number(slider.value);
    var win = Math.max(1, Math.floor(Number(windowInput.value) || 1));
    var cumulative = mode.value !== 'window';
    var onMap = 0, j;
    listedN = 0;
    groupShown.fill(0);
    for (j = 0; j < N; j++) {
      var dj = day[j];
      if (dj !== NODAY && (dj > cur || (!cumulative && dj <= cur - win))) { vis[j] = 0; continue; }
      vis[j] = 1;
      listed[listedN++] = j;
      if (pointCol[j]) { onMap++; groupShown[groupOf[j]]++; }
    }
    if (BIG) drawPlaces();
    else for (j = 0; j < N; j++) if (eventMarkers[j]) toggle(eventMarkers[j], vis[j]);
    listLimit = PAGE;
    showList();
    windowLabel.style.display = cumulative ? 'none' : '';
    dateOut.textContent = datedN ? (cumulative ? 'up to ' : 'last ' + win + ' d to ') + isoOf(cur) : 'no dates';
    count.textContent = listedN + ' of ' + N + ' events shown, ' + onMap + ' on the map';
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

  /* Documents: the distinct texts of the doc_id values the events use. */
  var docs = dict(), docCol = cols.doc_id, docValues = values.doc_id || [], used = new Uint8Array(docValues.length + 1);
  for (i = 0; i < N; i++) used[docCol[i]] = 1;
  for (k = 0; k < used.length; k++) if (used[k]) docs[k ? str(docValues[k - 1]) : ''] = true;
  var summary = N + ' event' + (N === 1 ? '' : 's') + ' from ' + Object.keys(docs).length +
      ' document' + (Object.keys(docs).length === 1 ? '' : 's');
  if (datedN) summary += ', ' + isoOf(minDay) + (maxDay > minDay ? ' to ' + isoOf(maxDay) : '');
  if (claims.length) summary += '; ' + claims.length + ' spatial claim' + (claims.length === 1 ? '' : 's');
  document.getElementById('gt-summary').textContent = summary;
  apply();
  if (BIG) map.on('zoomend', drawPlaces);
})();
