/*
 * The Syria incident map: layers for demining planners (loaded after incmap.js).
 *
 * - IncMap.hazardLayer: suspected hazard areas (/api/map/hazards), coloured by
 *   confidence, with a popup (counts, dates, control over time, sources, nearest
 *   historic front) and a button that summarises the area;
 * - IncMap.frontLayer: historic front lines (/api/map/fronts), thicker and darker
 *   the longer they were a front;
 * - their rows in the legend (IncMap.legendSections), shown while the layer is on;
 * - IncMap.deminingPanel: the "Planning" tab of the find panel: the limits of the
 *   areas, the planning files, and the area tool: draw a box, take the map's view or
 *   pick a hazard area and get the incidents, hazard areas and front-line exposure
 *   inside it (/api/map/area).
 *
 * Every text goes through IncMap.t (Arabic in layers/i18n.py).
 *
 * Safety as in incmap.js: server values go in with textContent only.
 */
(function () {
  'use strict';
  var IncMap = window.IncMap;
  var el = IncMap.util.el;
  var infoTable = IncMap.infoTable;
  var t = IncMap.t;

  // The classes are made when asked for: their labels are in the page's language, which
  // is known once the app has read the address (after this file has loaded).
  function confidenceClasses() {
    return {
      high: { colour: '#8b0000', label: t('high: every incident located to its village') },
      medium: { colour: '#d95f02', label: t('medium: some located only near a place') },
      low: { colour: '#e6ab02', label: t('low: located only near a place (~10 km)') }
    };
  }
  var CONFIDENCE_COLOUR = { high: '#8b0000', medium: '#d95f02', low: '#e6ab02' };
  // Days as a front -> line colour and weight (a few classes, so the legend can name them).
  function frontClasses() {
    return [
      { max: 90, colour: '#fdae6b', weight: 1.5, label: t('under 3 months') },
      { max: 365, colour: '#f16913', weight: 2.5, label: t('3-12 months') },
      { max: 1095, colour: '#a63603', weight: 3.5, label: t('1-3 years') },
      { max: Infinity, colour: '#4a1486', weight: 4.5, label: t('more than 3 years') }
    ];
  }
  IncMap.frontClass = function (days) {
    var classes = frontClasses();
    for (var i = 0; i < classes.length; i++) {
      if (days <= classes[i].max) { return classes[i]; }
    }
    return classes[classes.length - 1];
  };

  // Forces by their short names in the page's language ('GOV' -> 'Regime'): the product
  // writes codes ('GOV:14;HTS_OPP:2', 'GOV|OPP;GOV|HTS_OPP'), which a planner cannot read.
  function forceShort(app, code) {
    var f = (app.forces || {})[code];
    return f ? t(f.short || f.name || code) : code;
  }
  function pairText(app, pair) {  // 'GOV|OPP' -> 'Regime – Opposition'
    return String(pair).split('|').map(function (c) { return forceShort(app, c); }).join(' – ');
  }
  function pairsText(app, text) {  // 'GOV|OPP;GOV|HTS_OPP'
    return text ? String(text).split(';').map(function (p) { return pairText(app, p); }).join('; ') : null;
  }
  function countsText(app, text) {  // 'GOV:14;HTS_OPP:2' -> 'Regime 14, HTS + opposition 2'
    return text ? String(text).split(';').map(function (part) {
      var kv = part.split(':');
      return forceShort(app, kv[0]) + (kv.length > 1 ? ' ' + kv[1] : '');
    }).join(', ') : null;
  }

  /** Who held a place (runs of {force, from, to}) or between whom a front ran ({forces}):
   * one line each, dates left to right in Arabic too. */
  function runsList(app, runs) {
    if (!runs || !runs.length) { return null; }
    var list = el('ul', 'incmap-runs');
    runs.forEach(function (r) {
      var who = r.forces ? r.forces.map(function (c) { return forceShort(app, c); }).join(' – ') : forceShort(app, r.force);
      var li = el('li', null, who + ' ');
      li.appendChild(span(r.from, r.to));
      list.appendChild(li);
    });
    return list;
  }

  function frontText(app, p) {
    if (p.front_distance_m === null || p.front_distance_m === undefined) { return null; }
    var km = (p.front_distance_m / 1000).toFixed(1);
    return (p.front_distance_m === 0 ? t('crossed by a front of') : km + ' ' + t('km from a front of')) +
      ' ' + p.front_days + ' ' + t('days') + ' (' + pairsText(app, p.front_forces) + ')';
  }

  /** A value that reads left to right inside Arabic text too (ids, date ranges). */
  function ltr(text) { return el('bdi', 'incmap-ltr', text); }
  function span(from, to) {  // may break at the ellipsis, never inside a date
    var b = el('bdi');
    b.appendChild(ltr(from)); b.appendChild(document.createTextNode(' … ')); b.appendChild(ltr(to));
    return b;
  }

  function hazardPopup(app, p, precisions, onSummarise) {
    var div = el('div', 'incmap-tip incmap-hazard-popup');
    var title = el('strong', null, t('Suspected hazard area') + ' ');
    title.appendChild(ltr(p.id));
    div.appendChild(title);
    var killed = String(p.killed) + (p.children ? ' (' + p.children + ' ' + t('children') + ')' : '');
    div.appendChild(infoTable([
      [t('Incidents'), p.incidents + ' (' + p.landmine + ' ' + t('landmine') + ', ' +
        p.explosive_remnant + ' ' + t('explosive remnant') + ')'],
      [t('Civilians killed'), killed],
      [t('Injured'), p.injured],
      [t('Dates'), span(p.first_date, p.last_date)],
      [t('Confidence'), t(p.confidence) + ' (' + t('best location') + ': ' +
        t(precisions[p.best_precision] || p.best_precision || '') + ')'],
      [t('Area'), p.area_km2 + ' ' + t('km²')],
      [t('Control at the incidents'), countsText(app, p.control_at_incidents)],
      [t('Held by, over time'), runsList(app, p.control_history)],
      [t('Nearest historic front'), frontText(app, p)],
      [t('Sources'), p.sources]
    ]));
    var button = el('button', 'incmap-hazard-summarise', t('What lies inside this area?'));
    button.type = 'button';
    button.addEventListener('click', function () { onSummarise({ hazard: p.id }); });
    div.appendChild(button);
    return div;
  }

  IncMap.hazardLayer = function (map, opts) {
    var app = IncMap.app(map);
    var layer = L.geoJSON(null, {
      style: function (feature) {
        var c = CONFIDENCE_COLOUR[(feature.properties || {}).confidence] || CONFIDENCE_COLOUR.low;
        return { color: c, weight: 2, dashArray: '5 3', fillColor: c, fillOpacity: 0.25, opacity: 0.9 };
      },
      filter: function (feature) { return !!feature.geometry; },  // unit tallies: no geometry
      onEachFeature: function (feature, fl) {
        var p = feature.properties || {};
        fl.bindPopup(IncMap.popup(function () {
          return hazardPopup(app, p, opts.precisions || {}, function (q) { IncMap.summariseArea(map, q); });
        }, { maxWidth: 380, minWidth: 300 }));
      }
    });
    layer.incmapKind = 'hazards';
    function load() {
      if (!map.hasLayer(layer) || layer.loaded) { return; }
      layer.loaded = true;
      app.fetchJSON('hazards', app.url(opts.url, {}), function (data) {
        layer.clearLayers();
        layer.addData(data);
        layer.units = (data.features || []).filter(function (f) { return !f.geometry; });
        layer.count = (data.features || []).length - layer.units.length;
        map.fire('incmap:hazards', { count: layer.count });
      }).then(function () {
        if (app.status.hazards && app.status.hazards.status === 'error') { layer.loaded = false; }
      });
    }
    layer.on('add', load);
    return layer;
  };

  IncMap.frontLayer = function (map, opts) {
    var app = IncMap.app(map);
    var layer = L.geoJSON(null, {
      style: function (feature) {
        var c = IncMap.frontClass((feature.properties || {}).days || 0);
        return { color: c.colour, weight: c.weight, opacity: 0.85 };
      },
      onEachFeature: function (feature, fl) {
        var p = feature.properties || {};
        fl.bindPopup(IncMap.popup(function () {
          var div = el('div', 'incmap-tip incmap-front-popup');
          var title = el('strong', null, t('Historic front line') + ' ');
          title.appendChild(ltr(p.id));
          div.appendChild(title);
          div.appendChild(infoTable([
            [t('Days as a front'), p.days],
            [t('Between'), pairsText(app, p.forces)],
            [t('First … last day'), span(p.first_date, p.last_date)],
            [t('Length'), p.length_km + ' ' + t('km')],
            [t('Spans'), runsList(app, p.runs)]
          ]));
          return div;
        }, { maxWidth: 380, minWidth: 300 }));
      }
    });
    layer.incmapKind = 'fronts';
    function load() {
      if (!map.hasLayer(layer) || layer.loaded) { return; }
      layer.loaded = true;
      app.fetchJSON('fronts', app.url(opts.url, {}), function (data) {
        layer.clearLayers();
        layer.addData(data);
        layer.count = (data.features || []).length;
        map.fire('incmap:fronts', { count: layer.count });
      }).then(function () {
        if (app.status.fronts && app.status.fronts.status === 'error') { layer.loaded = false; }
      });
    }
    layer.on('add', load);
    return layer;
  };

  // ---------- legend rows: shown while their layer is on ----------

  function isPlanning(layer) {
    return !!layer && (layer.incmapKind === 'hazards' || layer.incmapKind === 'fronts');
  }

  IncMap.legendSections.push(function (body, map) {
    var sections = {};
    var hazards = el('div', 'incmap-legend-section incmap-legend-hazards');
    hazards.appendChild(el('div', 'incmap-legend-head', t('Suspected hazard areas (confidence)')));
    var conf = confidenceClasses();
    Object.keys(conf).forEach(function (k) {
      var row = el('div', 'incmap-legend-row incmap-legend-hazard');
      row.setAttribute('data-confidence', k);
      var sw = el('span', 'incmap-swatch');
      sw.style.background = conf[k].colour + '40';
      sw.style.borderColor = conf[k].colour; sw.style.borderStyle = 'dashed';
      row.appendChild(sw); row.appendChild(el('span', null, conf[k].label));
      hazards.appendChild(row);
    });
    var fronts = el('div', 'incmap-legend-section incmap-legend-fronts');
    fronts.appendChild(el('div', 'incmap-legend-head', t('Historic front lines (days as a front)')));
    frontClasses().forEach(function (c) {
      var row = el('div', 'incmap-legend-row incmap-legend-front');
      var sw = el('span', 'incmap-line-swatch');
      sw.style.borderTop = c.weight + 'px solid ' + c.colour;
      row.appendChild(sw); row.appendChild(el('span', null, c.label));
      fronts.appendChild(row);
    });
    sections.hazards = hazards; sections.fronts = fronts;
    Object.keys(sections).forEach(function (k) { sections[k].hidden = true; body.appendChild(sections[k]); });
    map.on('overlayadd overlayremove', function (e) {
      if (!isPlanning(e.layer)) { return; }
      var section = sections[e.layer.incmapKind];
      section.hidden = e.type === 'overlayremove';
      if (!section.hidden) {
        // A scrolled legend shows the rows of the layer just turned on.
        var box = body.parentNode;
        if (box && box.scrollHeight > box.clientHeight) {
          box.scrollTop = section.offsetTop - box.offsetTop - 4;
        }
      }
    });
  });

  // ---------- the planners' tab: the area tool ----------

  function keyList(counts, names) {
    return Object.keys(counts || {}).map(function (k) {
      return t((names && names[k]) || k) + ' ' + counts[k];
    }).join(', ');
  }

  function summaryNode(app, data) {
    var div = el('div', 'incmap-area-summary');
    var inc = data.incidents || {};
    var labels = {};
    Object.keys(app.categories || {}).forEach(function (k) { labels[k] = app.categories[k].label; });
    var f = data.fronts || {};
    var pairs = Object.keys(f.by_pair || {}).map(function (k) { return pairText(app, k) + ' ' + f.by_pair[k]; }).join('; ');
    var near = f.nearest ? (f.nearest.distance_m / 1000).toFixed(1) + ' ' + t('km from a front of') + ' ' +
      f.nearest.days + ' ' + t('days') + ' (' + pairsText(app, f.nearest.forces) + ')' : null;
    div.appendChild(infoTable([
      [t('Area'), data.area_km2 + ' ' + t('km²')],
      [t('Incidents located inside'), inc.count + ' (' + inc.killed + ' ' + t('civilians killed') + ')'],
      [t('By category'), keyList(inc.by_category, labels)],
      [t('By cause'), keyList(inc.by_cause, app.config.causes)],
      [t('Hazard areas meeting it'), (data.hazards || []).length],
      [t('Historic front inside'), f.segments ? f.length_km + ' ' + t('km') + ', ' + f.km_days + ' ' + t('km·days') : t('none')],
      [t('Front km·days by forces'), pairs],
      [t('Nearest front'), near]
    ]));
    if ((data.hazards || []).length) {
      var list = el('ul', 'incmap-area-hazards');
      data.hazards.slice(0, 20).forEach(function (h) {
        var li = el('li');
        li.appendChild(ltr(h.id));
        li.appendChild(document.createTextNode(': ' + h.incidents + ' ' + t('incidents') + ', ' + h.killed +
          ' ' + t('killed') + ', '));
        li.appendChild(span(h.first_date, h.last_date));
        li.appendChild(document.createTextNode(' (' + Math.round(h.share_inside * 100) + ' % ' + t('inside') + ')'));
        list.appendChild(li);
      });
      div.appendChild(list);
    }
    return div;
  }

  /** Ask the service what lies inside an area ({bbox}, {polygon} or {hazard}); show it. */
  IncMap.summariseArea = function (map, query) {
    var app = IncMap.app(map);
    var panel = map._incmapDemining;
    if (panel) { panel.open(); panel.show(t('Loading…')); }
    return app.fetchJSON('area', app.url(panel ? panel.areaUrl : 'api/map/area', query), function (data) {
      map._incmapAreaSummary = data;
      if (panel) { panel.show(summaryNode(app, data)); }
      map.fire('incmap:area', data);
    });
  };

  function bboxText(b) {
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]
      .map(function (v) { return v.toFixed(5); }).join(',');
  }

  /**
   * The planners' tab of the find panel: the limits of the areas, the files, and the area
   * tool (draw a box, or take the map's view, or pick a hazard area) that asks
   * /api/map/area what lies inside. The find panel must be on the map first.
   */
  IncMap.deminingPanel = function (map, opts) {
    var app = IncMap.app(map);
    var find = app.findPanel;
    if (!find || !find.addTab) { throw new Error('IncMap.deminingPanel: add the find panel first'); }
    var panel = { areaUrl: opts.area_url || 'api/map/area' };
    var body = find.addTab('planning', t('Planning'));
    var div = el('div', 'incmap-demining');
    div.setAttribute('role', 'group');
    div.setAttribute('aria-label', t('Demining planning'));
    div.appendChild(el('div', 'incmap-legend-head', t('Demining planning')));
    div.appendChild(el('p', 'incmap-small', t('Areas are built from reported accidents only: where nothing was reported there may still be mines.')));
    div.appendChild(el('p', 'incmap-small', t('Turn the layers on in the layer list; draw a box or open a hazard area to see what lies inside.')));
    var files = el('div', 'incmap-small incmap-demining-files');
    files.appendChild(document.createTextNode(t('Files') + ': '));
    (opts.exports || []).forEach(function (x, i) {
      if (i) { files.appendChild(document.createTextNode(' · ')); }
      var a = el('a', null, t(x[1]));
      a.href = app.url(x[0], {});
      a.setAttribute('download', '');
      files.appendChild(a);
    });
    div.appendChild(files);
    var tools = el('div', 'incmap-demining-tools');
    var draw = el('button', 'incmap-area-tool', t('Draw an area'));
    draw.type = 'button';
    draw.setAttribute('aria-pressed', 'false');
    var view = el('button', 'incmap-area-view', t('What lies in the view?'));
    view.type = 'button';
    tools.appendChild(draw); tools.appendChild(view);
    div.appendChild(tools);
    var out = el('div', 'incmap-area-out');
    out.setAttribute('aria-live', 'polite');
    div.appendChild(out);
    body.appendChild(div);
    draw.addEventListener('click', function () { if (drawing) { stopDrawing(); } else { startDrawing(); } });
    view.addEventListener('click', function () { IncMap.summariseArea(map, { bbox: bboxText(map.getBounds()) }); });

    panel.open = function () { if (find.tab !== 'planning') { find.open('planning'); } };
    panel.show = function (content) {
      out.textContent = '';
      out.appendChild(typeof content === 'string' ? el('div', 'incmap-small', content) : content);
    };
    // Turning a planning layer on opens the tab on a large screen (its limits are read first);
    // on a phone the tab would cover the map: the legend has the layers' rows.
    map.on('overlayadd', function (e) { if (isPlanning(e.layer) && !IncMap.small()) { panel.open(); } });

    // Draw a box: press, drag, release, or (a touch screen) tap two corners; Escape stops.
    var drawing = null, box = null;
    function stopDrawing() {
      if (!drawing) { return; }
      map.off('mousedown', drawing.down); map.off('mousemove', drawing.move); map.off('mouseup', drawing.up);
      document.removeEventListener('keydown', drawing.key);
      if (drawing.rect && !drawing.done) { map.removeLayer(drawing.rect); }
      map.dragging.enable();
      map.getContainer().style.cursor = '';
      draw.setAttribute('aria-pressed', 'false');
      drawing = null;
    }
    function startDrawing() {
      panel.show(t('Press and drag on the map to draw a box, or tap two corners. Escape stops.'));
      map.dragging.disable();
      map.getContainer().style.cursor = 'crosshair';
      draw.setAttribute('aria-pressed', 'true');
      var d = drawing = { start: null, rect: null, done: false };
      d.down = function (e) {
        if (d.start) { return; }
        d.start = e.latlng;
        d.rect = L.rectangle([e.latlng, e.latlng], { color: '#222', weight: 1, dashArray: '4 3', fill: false }).addTo(map);
      };
      d.move = function (e) { if (d.start && d.rect) { d.rect.setBounds(L.latLngBounds(d.start, e.latlng)); } };
      d.up = function (e) {
        if (!d.start) { return; }
        var a = map.latLngToContainerPoint(d.start), b = map.latLngToContainerPoint(e.latlng);
        if (Math.abs(a.x - b.x) < 4 && Math.abs(a.y - b.y) < 4) { return; }  // a tap: wait for the other corner
        var bounds = L.latLngBounds(d.start, e.latlng);
        d.rect.setBounds(bounds);
        d.done = true;
        if (box) { map.removeLayer(box); }
        box = d.rect;
        stopDrawing();
        IncMap.summariseArea(map, { bbox: bboxText(bounds) });
      };
      d.key = function (e) { if (e.key === 'Escape') { stopDrawing(); panel.show(''); } };
      map.on('mousedown', d.down); map.on('mousemove', d.move); map.on('mouseup', d.up);
      document.addEventListener('keydown', d.key);
    }
    panel.startDrawing = startDrawing;
    map._incmapDemining = panel;
    return panel;
  };
}());
