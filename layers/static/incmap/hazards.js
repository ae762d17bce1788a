/*
 * The Syria incident map: layers for demining planners (loaded after incmap.js).
 *
 * - IncMap.hazardLayer: suspected hazard areas (/api/map/hazards), coloured by
 *   confidence, with a popup (counts, dates, control over time, sources, nearest
 *   historic front) and a button that summarises the area;
 * - IncMap.frontLayer: historic front lines (/api/map/fronts), thicker and darker
 *   the longer they were a front;
 * - IncMap.deminingPanel: the legend entries of both layers and the area tool:
 *   draw a box (or pick a hazard area) and get the incidents, hazard areas and
 *   front-line exposure inside it (/api/map/area).
 *
 * Safety as in incmap.js: server values go in with textContent only.
 */
(function () {
  'use strict';
  var IncMap = window.IncMap;
  var el = IncMap.util.el;
  var infoTable = IncMap.infoTable;

  var CONFIDENCE = {
    high: { colour: '#8b0000', label: 'high: every incident located to its village' },
    medium: { colour: '#d95f02', label: 'medium: some located only near a place' },
    low: { colour: '#e6ab02', label: 'low: located only near a place (~10 km)' }
  };
  // Days as a front -> line colour and weight (a few classes, so the legend can name them).
  var FRONT_CLASSES = [
    { max: 90, colour: '#fdae6b', weight: 1.5, label: 'under 3 months' },
    { max: 365, colour: '#f16913', weight: 2.5, label: '3-12 months' },
    { max: 1095, colour: '#a63603', weight: 3.5, label: '1-3 years' },
    { max: Infinity, colour: '#4a1486', weight: 4.5, label: 'more than 3 years' }
  ];
  IncMap.frontClass = function (days) {
    for (var i = 0; i < FRONT_CLASSES.length; i++) {
      if (days <= FRONT_CLASSES[i].max) { return FRONT_CLASSES[i]; }
    }
    return FRONT_CLASSES[FRONT_CLASSES.length - 1];
  };

  function runsText(runs, key) {
    if (!runs || !runs.length) { return null; }
    return runs.map(function (r) {
      var who = key === 'forces' ? (r.forces || []).join('–') : r.force;
      return who + ' ' + r.from + ' … ' + r.to;
    }).join('; ');
  }

  function frontText(p) {
    if (p.front_distance_m === null || p.front_distance_m === undefined) { return null; }
    var km = (p.front_distance_m / 1000).toFixed(1);
    return (p.front_distance_m === 0 ? 'crossed by' : km + ' km from') + ' a front of ' +
      p.front_days + ' days (' + (p.front_forces || '') + ')';
  }

  function hazardPopup(app, p, onSummarise) {
    var div = el('div', 'incmap-tip incmap-hazard-popup');
    div.appendChild(el('strong', null, 'Suspected hazard area ' + p.id));
    var killed = String(p.killed) + (p.children ? ' (' + p.children + ' children)' : '');
    div.appendChild(infoTable([
      ['Incidents', p.incidents + ' (' + p.landmine + ' landmine, ' + p.explosive_remnant +
        ' explosive remnant)'],
      ['Civilians killed', killed],
      ['Injured', p.injured],
      ['Dates', p.first_date + ' … ' + p.last_date],
      ['Confidence', p.confidence + ' (best location: ' + p.best_precision + ')'],
      ['Area', p.area_km2 + ' km²'],
      ['Control at the incidents', p.control_at_incidents],
      ['Held by, over time', runsText(p.control_history, 'force')],
      ['Nearest historic front', frontText(p)],
      ['Sources', p.sources]
    ]));
    var button = el('button', 'incmap-hazard-summarise', 'What lies inside this area?');
    button.type = 'button';
    button.addEventListener('click', function () { onSummarise({ hazard: p.id }); });
    div.appendChild(button);
    return div;
  }

  IncMap.hazardLayer = function (map, opts) {
    var app = IncMap.app(map);
    var layer = L.geoJSON(null, {
      style: function (feature) {
        var c = CONFIDENCE[(feature.properties || {}).confidence] || CONFIDENCE.low;
        return { color: c.colour, weight: 2, dashArray: '5 3', fillColor: c.colour,
          fillOpacity: 0.25, opacity: 0.9 };
      },
      filter: function (feature) { return !!feature.geometry; },  // unit tallies: no geometry
      onEachFeature: function (feature, fl) {
        var p = feature.properties || {};
        fl.bindPopup(function () {
          return hazardPopup(app, p, function (q) { IncMap.summariseArea(map, q); });
        }, { maxWidth: 360 });
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
        fl.bindPopup(function () {
          var div = el('div', 'incmap-tip incmap-front-popup');
          div.appendChild(el('strong', null, 'Historic front line ' + p.id));
          div.appendChild(infoTable([
            ['Days as a front', p.days],
            ['Between', p.forces],
            ['First … last day', p.first_date + ' … ' + p.last_date],
            ['Length', p.length_km + ' km'],
            ['Spans', runsText(p.runs, 'forces')]
          ]));
          return div;
        }, { maxWidth: 360 });
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

  // ---------- the planners' panel: legend entries and the area tool ----------

  function summaryNode(data) {
    var div = el('div', 'incmap-area-summary');
    var inc = data.incidents || {};
    var cats = Object.keys(inc.by_category || {}).map(function (k) {
      return k + ' ' + inc.by_category[k];
    }).join(', ');
    var causes = Object.keys(inc.by_cause || {}).map(function (k) {
      return k + ' ' + inc.by_cause[k];
    }).join(', ');
    var f = data.fronts || {};
    var pairs = Object.keys(f.by_pair || {}).map(function (k) { return k + ' ' + f.by_pair[k]; }).join('; ');
    var near = f.nearest ? (f.nearest.distance_m / 1000).toFixed(1) + ' km to a front of ' +
      f.nearest.days + ' days (' + f.nearest.forces + ')' : null;
    div.appendChild(infoTable([
      ['Area', data.area_km2 + ' km²'],
      ['Incidents located inside', inc.count + ' (' + inc.killed + ' civilians killed)'],
      ['By category', cats],
      ['By cause', causes],
      ['Hazard areas meeting it', (data.hazards || []).length],
      ['Historic front inside', f.segments ? f.length_km + ' km, ' + f.km_days + ' km·days' : 'none'],
      ['Front km·days by forces', pairs],
      ['Nearest front', near]
    ]));
    if ((data.hazards || []).length) {
      var list = el('ul', 'incmap-area-hazards');
      data.hazards.slice(0, 20).forEach(function (h) {
        list.appendChild(el('li', null, h.id + ': ' + h.incidents + ' incidents, ' + h.killed +
          ' killed, ' + h.first_date + ' … ' + h.last_date + ' (' + Math.round(h.share_inside * 100) +
          ' % inside)'));
      });
      div.appendChild(list);
    }
    return div;
  }

  /** Ask the service what lies inside an area ({bbox}, {polygon} or {hazard}); show it. */
  IncMap.summariseArea = function (map, query) {
    var app = IncMap.app(map);
    var panel = map._incmapDemining;
    if (panel) { panel.open(); panel.show('Loading…'); }
    return app.fetchJSON('area', app.url('api/map/area', query), function (data) {
      map._incmapAreaSummary = data;
      if (panel) { panel.show(summaryNode(data)); }
      map.fire('incmap:area', data);
    });
  };

  IncMap.deminingPanel = function (map, opts) {
    var control = L.control({ position: opts.position || 'topright' });
    var out;
    var drawing = null;
    control.onAdd = function () {
      var div = el('div', 'incmap-panel incmap-demining');
      div.setAttribute('role', 'region');
      div.setAttribute('aria-label', 'Demining planning');
      var head = el('button', 'incmap-legend-toggle', opts.title || 'Demining planning');
      head.type = 'button';
      var body = el('div', 'incmap-legend-body');
      body.hidden = true;  // folded: opened when a layer is turned on or the title is clicked
      head.addEventListener('click', function () { body.hidden = !body.hidden; });
      div.appendChild(head); div.appendChild(body);
      control.open = function () { body.hidden = false; };
      map.on('overlayadd', function (e) {
        if (e.layer && (e.layer.incmapKind === 'hazards' || e.layer.incmapKind === 'fronts')) {
          body.hidden = false;
        }
      });
      body.appendChild(el('div', 'incmap-legend-head', 'Suspected hazard areas (confidence)'));
      Object.keys(CONFIDENCE).forEach(function (k) {
        var row = el('div', 'incmap-legend-row incmap-legend-hazard');
        row.setAttribute('data-confidence', k);
        var sw = el('span', 'incmap-swatch');
        sw.style.background = CONFIDENCE[k].colour + '40';
        sw.style.borderColor = CONFIDENCE[k].colour; sw.style.borderStyle = 'dashed';
        row.appendChild(sw); row.appendChild(el('span', null, CONFIDENCE[k].label));
        body.appendChild(row);
      });
      body.appendChild(el('div', 'incmap-legend-head', 'Historic front lines (days as a front)'));
      FRONT_CLASSES.forEach(function (c) {
        var row = el('div', 'incmap-legend-row incmap-legend-front');
        var sw = el('span', 'incmap-line-swatch');
        sw.style.borderTop = c.weight + 'px solid ' + c.colour;
        row.appendChild(sw); row.appendChild(el('span', null, c.label));
        body.appendChild(row);
      });
      body.appendChild(el('div', 'incmap-small', opts.note || ''));
      var tool = el('button', 'incmap-area-tool', 'Draw an area');
      tool.type = 'button';
      tool.addEventListener('click', function () { startDrawing(); });
      body.appendChild(tool);
      out = el('div', 'incmap-area-out');
      body.appendChild(out);
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      return div;
    };
    control.show = function (content) {
      if (!out) { return; }
      out.textContent = '';
      out.appendChild(typeof content === 'string' ? el('div', 'incmap-small', content) : content);
    };
    // Draw a box: press, drag, release (the map does not pan meanwhile).
    function startDrawing() {
      control.show('Press and drag on the map to draw a box.');
      map.dragging.disable();
      map.getContainer().style.cursor = 'crosshair';
      var start = null, rect = null;
      function down(e) { start = e.latlng; rect = L.rectangle([start, start], { color: '#222', weight: 1, dashArray: '4 3', fill: false }).addTo(map); }
      function move(e) { if (start && rect) { rect.setBounds(L.latLngBounds(start, e.latlng)); } }
      function up(e) {
        map.off('mousedown', down); map.off('mousemove', move); map.off('mouseup', up);
        map.dragging.enable();
        map.getContainer().style.cursor = '';
        if (!start) { return; }
        var b = L.latLngBounds(start, e.latlng);
        if (drawing) { map.removeLayer(drawing); }
        drawing = rect;
        IncMap.summariseArea(map, { bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]
          .map(function (v) { return v.toFixed(5); }).join(',') });
      }
      map.on('mousedown', down); map.on('mousemove', move); map.on('mouseup', up);
    }
    control.startDrawing = startDrawing;
    map._incmapDemining = control;
    return control;
  };
}());
