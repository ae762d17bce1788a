/*
 * The Syria incident map: the page's own JavaScript.
 *
 * One "app" per Leaflet map holds the chosen date and incident window and
 * tells the dynamic layers (control areas, incidents, heatmap, choropleth)
 * when to reload. Every layer fetches GeoJSON from the service (see
 * docs/web-map.md); nothing is embedded in the page but boundaries.
 *
 * Safety: values from the server are raw text. They are put into the page
 * with textContent / createTextNode only, never as HTML. Links are only made
 * from http(s) URLs. Colours are only taken from the page's own force palette
 * or checked against a hex pattern.
 */
(function () {
  'use strict';

  var IncMap = window.IncMap = window.IncMap || {};
  var DAY_MS = 86400000;
  var HEX = /^#[0-9a-fA-F]{3,8}$/;

  // ---------- small helpers ----------

  /** Escape a value for HTML (for the rare string that must be HTML). */
  IncMap.escapeHtml = function (value) {
    return String(value === null || value === undefined ? '' : value)
      .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  };

  // The most characters of one text the page shows: a source may hold up to 10,000 (see
  // docs/incidents.md), and laying out a huge text freezes the tab. The rest is cut with "...".
  var MAX_SHOWN = 600;
  function clip(text) {
    text = String(text);
    return text.length > MAX_SHOWN ? text.slice(0, MAX_SHOWN - 1) + '\u2026' : text;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = clip(text); }
    return node;
  }

  function safeColour(value, fallback) {
    return (typeof value === 'string' && HEX.test(value)) ? value : (fallback || '#999999');
  }

  // A force colour as the map fills its area: the same colour at the layer's fill opacity,
  // so the legend shows what the map shows (near-black ISIS reads as dark grey there).
  function areaFill(colour, alpha) {
    var hex = safeColour(colour).slice(1);
    if (hex.length < 6) { hex = hex.split('').map(function (c) { return c + c; }).join(''); }
    var rgb = [0, 2, 4].map(function (i) { return parseInt(hex.slice(i, i + 2), 16); });
    var a = (typeof alpha === 'number' && alpha >= 0 && alpha <= 1) ? alpha : 1;
    return 'rgba(' + rgb.join(',') + ',' + a + ')';
  }

  function safeUrl(value) {
    if (typeof value !== 'string') { return null; }
    try {
      var url = new URL(value, window.location.href);
      return (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : null;
    } catch (e) { return null; }
  }

  function parseDate(text) {
    if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) { return null; }
    var d = new Date(text + 'T00:00:00Z');
    return isNaN(d.getTime()) ? null : d;
  }

  function isoDate(d) { return d.toISOString().slice(0, 10); }

  function addDays(text, days) {
    var d = parseDate(text);
    return isoDate(new Date(d.getTime() + days * DAY_MS));
  }

  function clampDate(text, min, max) {
    if (min && text < min) { return min; }
    if (max && text > max) { return max; }
    return text;
  }

  // ---------- interface text: English, or Arabic (right to left) with #lang=ar ----------

  IncMap.lang = 'en';
  IncMap.strings = {};
  /** The interface text for an English text in the page's language (the text itself in English). */
  IncMap.t = function (text) {
    var table = IncMap.lang === 'en' ? null : IncMap.strings[IncMap.lang];
    return (table && table[text]) || text;
  };
  /** A force's name in the page's language. */
  IncMap.forceName = function (force) {
    return force ? IncMap.t(force.name || force.code || '') : '';
  };
  var t = IncMap.t;

  IncMap.util = { el: el, clip: clip, MAX_SHOWN: MAX_SHOWN, safeColour: safeColour,
    safeUrl: safeUrl, parseDate: parseDate, isoDate: isoDate, addDays: addDays };

  /** A table of label/value rows built with textContent only. */
  function infoTable(rows) {
    var table = el('table', 'incmap-info');
    rows.forEach(function (row) {
      if (row[1] === null || row[1] === undefined || row[1] === '') { return; }
      var tr = el('tr');
      tr.appendChild(el('th', null, row[0]));
      var td = el('td');
      if (row[1] instanceof Node) { td.appendChild(row[1]); } else { td.textContent = clip(row[1]); }
      tr.appendChild(td);
      table.appendChild(tr);
    });
    return table;
  }
  IncMap.infoTable = infoTable;

  // ---------- popups ----------

  /**
   * A popup that stays clear of the map's own controls: on a phone it opens between the
   * controls at the top left and the panels at the bottom (the map pans to it), and a
   * long one scrolls rather than running off the screen. layer.bindPopup(IncMap.popup(fn, opts)).
   */
  IncMap.Popup = L.Popup.extend({
    onAdd: function (map) {
      var holder = map.getContainer(), box = holder.getBoundingClientRect();
      var top = 5, bottom = 5;  // Leaflet's own padding on a large screen
      if (IncMap.small()) {
        var corner = holder.querySelector('.leaflet-top.leaflet-left');
        if (corner) { top = Math.max(top, corner.getBoundingClientRect().bottom - box.top + 8); }
        var low = box.bottom;
        ['.incmap-time', '.incmap-find', '.leaflet-bottom.leaflet-left .incmap-legend'].forEach(function (sel) {
          var n = holder.querySelector(sel);
          if (n && n.offsetHeight) { low = Math.min(low, n.getBoundingClientRect().top); }
        });
        bottom = Math.max(bottom, box.bottom - low + 8);
      }
      this.options.autoPanPaddingTopLeft = L.point(5, top);
      this.options.autoPanPaddingBottomRight = L.point(5, bottom);
      // The room left, less the popup's tip, margins and close button.
      this.options.maxHeight = Math.max(150, Math.min(box.height * 0.7, box.height - top - bottom - 50));
      this.options.maxWidth = Math.min(this.options.maxWidth, box.width - 40);
      this.options.minWidth = Math.min(this.options.minWidth, this.options.maxWidth);
      L.Popup.prototype.onAdd.call(this, map);
    }
  });
  IncMap.popup = function (content, options) { return new IncMap.Popup(options).setContent(content); };

  // ---------- the app: state and events ----------

  function App(map, config) {
    this.map = map;
    this.config = config;
    this.forces = config.forces || {};
    IncMap.strings = config.strings || {};
    this.categories = config.categories || {};
    this.listeners = [];
    this.pending = {};
    this.requests = 0;
    this.lastError = null;
    var hash = App.readHash();
    var date = parseDate(hash.date) ? hash.date : config.date;
    this.state = { date: clampDate(date, config.min_date, config.max_date), window: config.window || 'month' };
    if (App.WINDOWS.hasOwnProperty(hash.window)) { this.state.window = hash.window; }
    if (parseDate(hash.start) && parseDate(hash.end) && hash.start <= hash.end) {
      this.state.window = 'custom';
      this.state.start = hash.start;
      this.state.end = hash.end;
    }
    // Every other choice is in the address too: the filters, the categories shown, the
    // view, the language and the panels' own choices (App.EXTRA), so a link shares the view.
    this.state.filters = {};
    App.FILTERS.forEach(function (name) {
      var values = (hash[name] || '').split(',').filter(function (v) { return /^[\w\- ]{1,40}$/.test(v); });
      if (values.length) { this.state.filters[name] = values; }
    }, this);
    this.state.hidden = (hash.hide || '').split(',').filter(function (c) { return config.categories && config.categories[c]; });
    this.state.extra = {};
    Object.keys(hash).forEach(function (k) {
      if (App.EXTRA.indexOf(k) >= 0 && /^[\w\-.\/]{1,40}$/.test(hash[k])) { this.state.extra[k] = hash[k]; }
    }, this);
    this.lang = (hash.lang === 'ar') ? 'ar' : 'en';
    IncMap.lang = this.lang;
    document.documentElement.lang = this.lang;
    document.documentElement.dir = this.lang === 'ar' ? 'rtl' : 'ltr';
    this._computeWindow();
    var self = this;
    var view = /^(\d{1,2})\/(-?\d{1,3}(?:\.\d+)?)\/(-?\d{1,3}(?:\.\d+)?)$/.exec(hash.view || '');
    if (view) { map.setView([Number(view[2]), Number(view[3])], Number(view[1]), { animate: false }); } else if (IncMap.small()) {
      map.fitBounds([[32.3, 35.7], [37.3, 42.4]], { animate: false });  // all Syria on a phone
    }
    map.on('moveend', function () { self._writeHash(); self.emit('view'); });
    // A page opened without a date shows the latest incidents (GET api/map/start).
    this.firstView = !parseDate(hash.date) && config.start_url ? config.start_url : null;
    // "Ready" once the first control map and the first incidents are drawn:
    // tests and bench/map_page.py wait on it (IncMap.current.readyAt, ms since navigation).
    this.readyAt = null;
    var drawn = {};
    function ready(kind) {
      drawn[kind] = true;
      if (self.readyAt === null && !self._readying && drawn.control && drawn.incidents) {
        self._readying = true;
        // After the next paint, so the time includes drawing the layers.
        requestAnimationFrame(function () {
          setTimeout(function () {
            self.readyAt = performance.now();
            document.dispatchEvent(new CustomEvent('incmap:ready'));
          }, 0);
        });
      }
    }
    map.on('incmap:control', function () { ready('control'); });
    map.on('incmap:incidents', function () { ready('incidents'); });
    // Everything in the page's script has been set up by the next tick.
    setTimeout(function () {
      if (!self.firstView) { self.emit('date'); return; }
      fetch(self.url(self.firstView, {}), { headers: { 'Accept': 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : {}; })
        .catch(function () { return {}; })
        .then(function (first) {
          if (first && parseDate(first.date)) {
            self.state.date = clampDate(first.date, config.min_date, config.max_date);
            if (App.WINDOWS.hasOwnProperty(first.window)) { self.state.window = first.window; }
            self._computeWindow();
            self._writeHash();
          }
          self.emit('date');
        });
    }, 0);
  }

  App.WINDOWS = { 'week': 3, 'month': 15, 'quarter': 45, 'year': 182 };
  // The incident filters (service.mapdata.MAP_FILTERS, less category: the layers are that).
  App.FILTERS = ['perpetrator', 'cause', 'control', 'victims', 'agrees'];
  // Choices of the panels kept in the address: open tab, chart split and measure, list order.
  App.EXTRA = ['tab', 'by', 'measure', 'order', 'page'];

  App.readHash = function () {
    var out = {};
    (window.location.hash || '').replace(/^#/, '').split('&').forEach(function (part) {
      var kv = part.split('=');
      if (kv.length === 2) { out[decodeURIComponent(kv[0])] = decodeURIComponent(kv[1]); }
    });
    return out;
  };

  App.prototype._computeWindow = function () {
    var s = this.state;
    if (s.window !== 'custom') {
      var half = App.WINDOWS[s.window] || App.WINDOWS.month;
      s.start = addDays(s.date, -half);
      s.end = addDays(s.date, half);
    }
    // The service answers no window that ends in the future (a 400): stop at today.
    var today = isoDate(new Date());
    if (s.end > today && s.start <= today) { s.end = today; }
  };

  App.prototype.on = function (fn) { this.listeners.push(fn); };

  App.prototype.emit = function (what) {
    var self = this;
    this._started = true;
    this.listeners.forEach(function (fn) {
      try { fn(what, self.state); } catch (e) { self.lastError = e; throw e; }
    });
  };

  /** Move the map to another date (and the incident window with it). */
  App.prototype.setDate = function (date) {
    if (!parseDate(date)) { return; }
    date = clampDate(date, this.config.min_date, this.config.max_date);
    if (date === this.state.date) { return; }
    this.state.date = date;
    if (this.state.window === 'custom') {
      // A custom interval keeps its length and moves with the date.
      var len = (parseDate(this.state.end) - parseDate(this.state.start)) / DAY_MS;
      this.state.start = addDays(date, -Math.floor(len / 2));
      this.state.end = addDays(this.state.start, len);
    }
    this._computeWindow();
    this._writeHash();
    this.emit('date');
  };

  /** Choose the incident window: 'week', 'month', 'quarter', 'year' or a {start, end}. */
  App.prototype.setWindow = function (kind, start, end) {
    if (kind === 'custom') {
      if (!parseDate(start) || !parseDate(end) || start > end) { return false; }
      this.state.start = start;
      this.state.end = end;
    }
    this.state.window = kind;
    this._computeWindow();
    this._writeHash();
    this.emit('window');
    return true;
  };

  /** Set one filter (a list of codes; empty clears it): reloads what depends on filters. */
  App.prototype.setFilter = function (name, values) {
    if (App.FILTERS.indexOf(name) < 0) { return; }
    values = (values || []).filter(function (v) { return v !== '' && v !== null && v !== undefined; });
    if (values.length) { this.state.filters[name] = values.map(String); } else { delete this.state.filters[name]; }
    this._writeHash();
    this.emit('filters');
  };

  /** The filters as query parameters (the names /api/map/*, /api/incidents and /export take). */
  App.prototype.filterParams = function () {
    var out = {}, f = this.state.filters;
    Object.keys(f).forEach(function (k) { out[k] = f[k].join(','); });
    return out;
  };

  /** The categories whose layers are shown (all when none is listed: the heatmap alone). */
  App.prototype.shownCategories = function () {
    var hidden = this.state.hidden || [];
    return Object.keys(this.categories).filter(function (c) { return hidden.indexOf(c) < 0; });
  };

  /**
   * The category parameter: the shown categories, or '' when all are (the same answer, and the
   * store then reads by date, not by a category index that holds every row).
   */
  App.prototype.categoryParam = function () {
    var shown = this.shownCategories();
    return shown.length < Object.keys(this.categories).length ? shown.join(',') : '';
  };

  /** A panel's own choice kept in the address (App.EXTRA): tab, by, measure, order, page. */
  App.prototype.setExtra = function (name, value) {
    if (value === null || value === undefined || value === '') { delete this.state.extra[name]; } else { this.state.extra[name] = String(value); }
    this._writeHash();
  };

  App.prototype.t = function (key) { return IncMap.t(key); };

  /**
   * Run fn once the first control map and incidents are drawn (at once if they are): the
   * panels, the chart and the labels wait, so the map's own requests go first.
   */
  App.prototype.afterReady = function (fn) {
    if (this.readyAt !== null) { fn(); return; }
    document.addEventListener('incmap:ready', function once() {
      document.removeEventListener('incmap:ready', once);
      fn();
    });
  };

  App.prototype._writeHash = function () {
    var s = this.state;
    var parts = ['date=' + s.date, 'window=' + s.window];
    if (s.window === 'custom') { parts.push('start=' + s.start, 'end=' + s.end); }
    Object.keys(s.filters || {}).forEach(function (k) { parts.push(k + '=' + encodeURIComponent(s.filters[k].join(','))); });
    if (s.hidden && s.hidden.length) { parts.push('hide=' + s.hidden.join(',')); }
    Object.keys(s.extra || {}).forEach(function (k) { parts.push(k + '=' + encodeURIComponent(s.extra[k])); });
    if (this.lang === 'ar') { parts.push('lang=ar'); }
    var c = this.map.getCenter ? this.map.getCenter() : null;
    if (c && this.map._loaded) { parts.push('view=' + this.map.getZoom() + '/' + c.lat.toFixed(4) + '/' + c.lng.toFixed(4)); }
    if (window.history && window.history.replaceState) {
      window.history.replaceState(null, '', '#' + parts.join('&'));
    }
  };

  App.prototype.url = function (path, params) {
    var base = this.config.api_base || '';
    var query = Object.keys(params).filter(function (k) {
      return params[k] !== null && params[k] !== undefined && params[k] !== '';
    }).map(function (k) {
      return encodeURIComponent(k) + '=' + encodeURIComponent(params[k]);
    }).join('&');
    return base + path + (query ? '?' + query : '');
  };

  /**
   * Fetch JSON; a newer request for the same key makes older answers void,
   * so a fast slider never paints an old date over a new one.
   */
  App.prototype.fetchJSON = function (key, url, onData) {
    var self = this;
    var ticket = (this.pending[key] || 0) + 1;
    this.pending[key] = ticket;
    this.requests += 1;
    this.setStatus(key, 'loading');
    return fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (resp) {
        if (!resp.ok) {
          return resp.text().then(function (t) { throw new Error(resp.status + ' ' + t.slice(0, 200)); });
        }
        return resp.json();
      })
      .then(function (data) {
        if (self.pending[key] !== ticket) { return; }
        onData(data);
        self.setStatus(key, 'ok');
        self.map.fire('incmap:loaded', { key: key });
      })
      .catch(function (err) {
        if (self.pending[key] !== ticket) { return; }
        self.lastError = String(err && err.message || err);
        self.setStatus(key, 'error', self.lastError);
      });
  };

  App.prototype.setStatus = function (key, status, detail) {
    this.status = this.status || {};
    this.status[key] = { status: status, detail: detail || '' };
    this.emitStatus();
  };

  App.prototype.emitStatus = function () {
    if (this.onStatus) { this.onStatus(this.status || {}); }
  };

  App.prototype.force = function (code) {
    return this.forces[code] || this.forces.UNKNOWN || { code: code, name: code, colour: '#999999' };
  };

  IncMap.App = App;

  /** The app of a map, created on first use with the page's config. */
  IncMap.app = function (map, config) {
    if (!map._incmapApp) {
      map._incmapApp = new App(map, config || IncMap.defaultConfig || {});
      IncMap.current = map._incmapApp;
    }
    return map._incmapApp;
  };

  /** The offline base layer: nothing at all, so no tile is fetched. */
  IncMap.blankLayer = function () { return L.layerGroup(); };

  // ---------- hatching for joint / contested areas (SVG patterns) ----------

  function ensurePattern(map, layer, base, stripe) {
    var renderer = layer._renderer || map.getRenderer(layer);
    var svg = renderer && renderer._container;
    if (!svg || svg.tagName.toLowerCase() !== 'svg') { return null; }
    var id = 'incmap-hatch-' + base.replace('#', '') + '-' + stripe.replace('#', '');
    if (document.getElementById(id)) { return id; }
    var NS = 'http://www.w3.org/2000/svg';
    var defs = svg.querySelector('defs');
    if (!defs) { defs = document.createElementNS(NS, 'defs'); svg.insertBefore(defs, svg.firstChild); }
    var pattern = document.createElementNS(NS, 'pattern');
    pattern.setAttribute('id', id);
    pattern.setAttribute('patternUnits', 'userSpaceOnUse');
    pattern.setAttribute('width', '8');
    pattern.setAttribute('height', '8');
    pattern.setAttribute('patternTransform', 'rotate(45)');
    var rect = document.createElementNS(NS, 'rect');
    rect.setAttribute('width', '8'); rect.setAttribute('height', '8'); rect.setAttribute('fill', base);
    var line = document.createElementNS(NS, 'rect');
    line.setAttribute('width', '3'); line.setAttribute('height', '8'); line.setAttribute('fill', stripe);
    pattern.appendChild(rect); pattern.appendChild(line);
    defs.appendChild(pattern);
    return id;
  }
  IncMap.ensurePattern = ensurePattern;

  // ---------- control areas ----------

  IncMap.controlLayer = function (map, opts) {
    var app = IncMap.app(map);
    var layer = L.geoJSON(null, {
      style: function (feature) {
        var p = feature.properties || {};
        var colour = safeColour(app.force(p.force).colour, safeColour(p.colour));
        return {
          color: p.contested ? '#222222' : colour, weight: p.contested ? 2 : 1,
          dashArray: p.contested ? '6 4' : null, fillColor: colour,
          fillOpacity: opts.fill_opacity, opacity: 0.9
        };
      },
      onEachFeature: function (feature, fl) {
        var p = feature.properties || {};
        fl.bindTooltip(function () { return controlTooltip(app, p); }, { sticky: true });
        var others = (p.forces || []).filter(function (c) { return c !== p.force; });
        // Hatched: contested areas only. An area merged from many units lists in ``forces``
        // every force present in any of them (the tooltip's "With"); hatching all of it would
        // stripe nearly the whole country.
        if (p.contested) {
          fl.on('add', function () {
            var base = safeColour(app.force(p.force).colour);
            var stripe = others.length ? safeColour(app.force(others[0]).colour) : '#ffffff';
            var id = ensurePattern(map, fl, base, stripe);
            if (id && fl._path) { fl._path.setAttribute('fill', 'url(#' + id + ')'); }
          });
        }
      }
    });
    layer.incmapKind = 'control';
    layer.snapshot = null;
    function load() {
      if (!map.hasLayer(layer) || !app._started) { return; }
      var date = app.state.date;
      if (layer.loadedDate === date || layer.askedDate === date) { return; }
      layer.askedDate = date;
      app.fetchJSON('control', app.url(opts.url, { date: date }), function (data) {
        layer.clearLayers();
        layer.addData(data);
        layer.snapshot = { date: data.date || date, stale: !!data.stale, features: (data.features || []).length,
          note: (data.coverage && data.coverage.message) || '' };
        layer.loadedDate = date;
        app.controlInfo = layer.snapshot;
        map.fire('incmap:control', layer.snapshot);
      }).then(function () {
        if (app.status.control && app.status.control.status === 'error') { layer.askedDate = null; }
      });
    }
    app.on(function (what) { if (what === 'date') { load(); } });
    layer.on('add', load);
    if (opts.data) {
      layer.addData(opts.data);
      layer.loadedDate = opts.data.date || null;
    }
    return layer;
  };

  function controlTooltip(app, p) {
    var box = el('div', 'incmap-tip');
    var f = app.force(p.force);
    box.appendChild(el('strong', null, IncMap.forceName(f) || p.name || p.force));
    var others = (p.forces || []).filter(function (c) { return c !== p.force; })
      .map(function (c) { return app.force(c).short || c; });
    var period = (p.valid_from || '?') + ' \u2013 ' + (p.valid_to || t('open'));
    box.appendChild(infoTable([
      [t('Status'), p.contested ? t('contested / shared') : t('held')],
      [t('With'), others.join(', ')],
      [t('Period'), period],
      [t('Confidence'), p.confidence ? t(p.confidence) : ''],
      [t('Source'), p.source],
      [t('Units'), p.units]
    ]));
    return box;
  }

  // ---------- incidents: one fetch per view, split into category layers ----------

  function Incidents(map, app, opts) {
    this.map = map; this.app = app; this.opts = opts;
    this.layers = {};   // category -> L.featureGroup
    this.heat = null;
    this.count = 0;
    this.lastKey = null;
    var self = this;
    this._timer = null;
    app.on(function () { self.schedule(); });
  }

  /** Load on the next tick: several layers added or events in one go make one request. */
  Incidents.prototype.schedule = function () {
    var self = this;
    if (this._timer) { return; }
    this._timer = setTimeout(function () { self._timer = null; self.load(); }, 0);
  };

  Incidents.prototype.anyShown = function () {
    var map = this.map;
    var shown = Object.keys(this.layers).some(function (c) { return map.hasLayer(this.layers[c]); }, this);
    return shown || (this.heat && map.hasLayer(this.heat));
  };

  Incidents.prototype.load = function () {
    // Nothing before the first view is known (a page without a date asks api/map/start).
    if (!this.anyShown() || !this.app._started) { return; }
    var map = this.map, app = this.app, self = this;
    var b = map.getBounds();
    var w = Math.max(-180, b.getWest()), e = Math.min(180, b.getEast());
    var s = Math.max(-90, b.getSouth()), n = Math.min(90, b.getNorth());
    var shown = Object.keys(this.layers).filter(function (c) { return map.hasLayer(self.layers[c]); });
    var params = {
      bbox: [w, s, e, n].map(function (v) { return v.toFixed(4); }).join(','),
      start: app.state.start, end: app.state.end, zoom: map.getZoom(),
      category: (shown.length && shown.length < Object.keys(this.layers).length) ? shown.join(',') : ''
    };
    var filters = app.filterParams();
    Object.keys(filters).forEach(function (k) { params[k] = filters[k]; });
    this.params = params;
    var key = JSON.stringify(params);
    if (key === this.lastKey) { return; }
    // Set before the answer comes, so the moveend that follows a first load
    // does not ask for the same view twice.
    this.lastKey = key;
    app.fetchJSON('incidents', app.url(this.opts.url, params), function (data) {
      self.draw(data);
    }).then(function () {
      if (app.status && app.status.incidents && app.status.incidents.status === 'error') { self.lastKey = null; }
    });
  };

  Incidents.prototype.draw = function (data) {
    var self = this, app = this.app, map = this.map;
    this.lastData = data;
    // A popup's auto-pan moves the map and so reloads the view: keep that popup open.
    var open = map._popup && map.hasLayer(map._popup) && map._popup._source;
    var openId = open && open.incident ? open.incident.id : null;
    var reopen = null;
    Object.keys(this.layers).forEach(function (c) { self.layers[c].clearLayers(); });
    var heatPoints = [];
    var features = data.features || [];
    var shown = 0, killed = 0;
    var items = [];
    features.forEach(function (f) {
      var p = f.properties || {};
      var c = f.geometry && f.geometry.coordinates;
      if (!c || c.length < 2) { return; }
      var k = Number(p.killed) || 0;
      heatPoints.push([c[1], c[0], Math.max(1, k)]);
      shown += p.cluster ? (Number(p.count) || 0) : 1;
      killed += k;
      items.push({ latlng: L.latLng(c[1], c[0]), p: p });
    });
    // Grouped answers: symbols that would overlap on the screen become one group, so
    // clusters never cover each other (the server's cells are per category and unit).
    if (data.clustered) { items = mergeOverlapping(map, items); }
    this.markers = {};
    items.forEach(function (item) {
      var p = item.p;
      var group = self.layers[p.category];
      if (!group) { return; }
      var marker = p.cluster ? self.clusterMarker(item.latlng, p) : self.incidentMarker(item.latlng, p);
      group.addLayer(marker);
      if (!p.cluster) { self.markers[p.id] = marker; }
      if (openId !== null && !p.cluster && p.id === openId) { reopen = marker; }
    });
    this.drawnItems = items.length;
    if (reopen && map.hasLayer(reopen)) { reopen.openPopup(); }
    if (this.heat) {
      var max = heatPoints.reduce(function (m, pt) { return Math.max(m, pt[2]); }, 1);
      this.heat.setOptions({ max: Math.max(1, Math.sqrt(max)) });
      this.heat.setLatLngs(heatPoints.map(function (pt) { return [pt[0], pt[1], Math.sqrt(pt[2])]; }));
    }
    this.count = shown;
    app.incidentInfo = { start: app.state.start, end: app.state.end, incidents: shown, killed: killed,
      features: features.length, clustered: !!data.clustered, total: data.total,
      not_drawn: Number(data.not_drawn) || 0 };
    this.map.fire('incmap:incidents', app.incidentInfo);
  };

  // The size on the screen of an incident's symbol and of a group's circle (px).
  function symbolSize(p) {
    if (p.cluster) { return Math.round(Math.min(56, 20 + 5 * Math.log(1 + (Number(p.count) || 0)))); }
    var k = Math.max(0, Number(p.killed) || 0);
    return k === 0 ? 7 : Math.round(Math.min(40, 9 + 4 * Math.sqrt(k)));
  }

  function asGroup(p, latlng) {
    if (p.cluster) {
      var cats = {};
      if (p.categories) { Object.keys(p.categories).forEach(function (c) { cats[c] = p.categories[c]; }); } else { cats[p.category] = Number(p.count) || 0; }
      return { cluster: true, category: p.category, count: Number(p.count) || 0, killed: Number(p.killed) || 0,
        forces: Object.assign({}, p.forces || {}), categories: cats,
        bbox: p.bbox ? p.bbox.slice() : [latlng.lng, latlng.lat, latlng.lng, latlng.lat],
        computed_control: p.computed_control, unit: p.unit };
    }
    var forces = {}; forces[p.computed_control || 'UNKNOWN'] = 1;
    var categories = {}; categories[p.category] = 1;
    return { cluster: true, category: p.category, count: 1, killed: Number(p.killed) || 0, forces: forces,
      categories: categories, bbox: [latlng.lng, latlng.lat, latlng.lng, latlng.lat], computed_control: p.computed_control };
  }

  function largest(counts) {
    var best = null;
    Object.keys(counts).forEach(function (k) { if (best === null || counts[k] > counts[best]) { best = k; } });
    return best;
  }

  /**
   * Merge symbols that overlap on the screen into one group (count, killed, forces,
   * categories and box added up; placed at the count-weighted mean), until none overlap.
   */
  function mergeOverlapping(map, items, gap) {
    gap = gap === undefined ? 2 : gap;
    var kept = [];
    items = items.slice().sort(function (a, b) {
      return (Number(b.p.count) || 1) - (Number(a.p.count) || 1);
    });
    // Boxes, not circles: a group of massacres is drawn as a square.
    function overlaps(a, b) {
      var r = (symbolSize(a.p) + symbolSize(b.p)) / 2 + gap;
      return Math.abs(a.pt.x - b.pt.x) < r && Math.abs(a.pt.y - b.pt.y) < r;
    }
    function absorb(into, other) {
      var g = into.p.cluster && into.merged ? into.p : asGroup(into.p, into.latlng);
      var o = other.p.cluster && other.merged ? other.p : asGroup(other.p, other.latlng);
      var n1 = g.count || 1, n2 = o.count || 1;
      into.pt = L.point((into.pt.x * n1 + other.pt.x * n2) / (n1 + n2), (into.pt.y * n1 + other.pt.y * n2) / (n1 + n2));
      g.count = n1 + n2; g.killed += o.killed;
      Object.keys(o.forces).forEach(function (k) { g.forces[k] = (g.forces[k] || 0) + o.forces[k]; });
      Object.keys(o.categories).forEach(function (k) { g.categories[k] = (g.categories[k] || 0) + o.categories[k]; });
      g.bbox = [Math.min(g.bbox[0], o.bbox[0]), Math.min(g.bbox[1], o.bbox[1]),
        Math.max(g.bbox[2], o.bbox[2]), Math.max(g.bbox[3], o.bbox[3])];
      g.computed_control = largest(g.forces);
      g.category = largest(g.categories);
      g.unit = null;
      into.p = g; into.merged = true;
      into.latlng = map.layerPointToLatLng(into.pt);
    }
    items.forEach(function (item) {
      var cur = { latlng: item.latlng, p: item.p, pt: map.latLngToLayerPoint(item.latlng), merged: false };
      var hit = null;
      for (var i = 0; i < kept.length; i++) { if (overlaps(kept[i], cur)) { hit = kept[i]; break; } }
      if (!hit) { kept.push(cur); return; }
      absorb(hit, cur);
      // The grown group may now cover others: take them in too, until it covers none.
      var again = true;
      while (again) {
        again = false;
        for (var j = 0; j < kept.length; j++) {
          if (kept[j] !== hit && overlaps(kept[j], hit)) {
            absorb(hit, kept[j]); kept.splice(j, 1); again = true; break;
          }
        }
      }
    });
    return kept.map(function (k) { return { latlng: k.latlng, p: k.p }; });
  }
  IncMap.mergeOverlapping = mergeOverlapping;
  IncMap.symbolSize = symbolSize;

  Incidents.prototype.incidentMarker = function (latlng, p) {
    var app = this.app;
    var cat = app.categories[p.category] || {};
    var k = Math.max(0, Number(p.killed) || 0);
    // The measure is civilians killed: an event that killed none (e.g. UCDP fighting with
    // combatant deaths only) is a small faded symbol, not a large one.
    var size = k === 0 ? 7 : Math.round(Math.min(40, 9 + 4 * Math.sqrt(k)));
    var fade = k === 0 ? ';opacity:0.45' : '';
    var colour = safeColour(app.force(p.computed_control || 'UNKNOWN').colour);
    var shape = (cat.symbol || 'circle').replace(/[^a-z]/g, '');
    var icon = L.divIcon({
      className: 'incmap-incident',
      html: '<span class="incmap-sym incmap-sym-' + shape + '" style="width:' + size + 'px;height:' +
        size + 'px;background:' + colour + fade + '"></span>',
      iconSize: [size, size], iconAnchor: [size / 2, size / 2]
    });
    var marker = L.marker(latlng, { icon: icon, keyboard: true, riseOnHover: true });
    marker.incident = p;
    marker.bindPopup(IncMap.popup(function () { return incidentPopup(app, p); }, { maxWidth: 360, className: 'incmap-popup' }));
    return marker;
  };

  Incidents.prototype.clusterMarker = function (latlng, p) {
    var app = this.app, map = this.map;
    var count = Number(p.count) || 0;
    var size = Math.round(Math.min(56, 20 + 5 * Math.log(1 + count)));
    var colour = safeColour(app.force(p.computed_control || 'UNKNOWN').colour);
    var cat = app.categories[p.category] || {};
    var shape = (cat.symbol || 'circle').replace(/[^a-z]/g, '');
    var icon = L.divIcon({
      className: 'incmap-cluster incmap-cluster-' + shape,
      html: '<span style="width:' + size + 'px;height:' + size + 'px;line-height:' + size +
        'px;border-color:' + colour + '">' + String(count | 0) + '</span>',
      iconSize: [size, size], iconAnchor: [size / 2, size / 2]
    });
    var marker = L.marker(latlng, { icon: icon, title: count + ' ' + t('incidents') + ', ' + (Number(p.killed) || 0) + ' ' + t('killed') });
    marker.cluster = p;
    marker.bindTooltip(function () { return clusterTooltip(app, p); }, { direction: 'top' });
    marker.on('click', function () {
      var bb = p.bbox;
      if (bb && bb.length === 4 && (bb[2] - bb[0] > 1e-6 || bb[3] - bb[1] > 1e-6)) {
        map.fitBounds([[bb[1], bb[0]], [bb[3], bb[2]]], { maxZoom: map.getZoom() + 3, padding: [20, 20] });
      } else {
        map.setView(latlng, Math.min(map.getMaxZoom(), map.getZoom() + 2));
      }
    });
    return marker;
  };

  function clusterTooltip(app, p) {
    var box = el('div', 'incmap-tip');
    box.appendChild(el('strong', null, (Number(p.count) || 0) + ' ' + t('incidents') + ', ' + (Number(p.killed) || 0) + ' ' + t('civilians killed')));
    var rows = [];
    var cats = p.categories || {}; if (!p.categories && p.category) { cats[p.category] = p.count; }
    Object.keys(cats).forEach(function (c) { rows.push([t((app.categories[c] || {}).label || c), String(cats[c])]); });
    Object.keys(p.forces || {}).sort(function (a, b) { return p.forces[b] - p.forces[a]; }).forEach(function (f) {
      rows.push([IncMap.forceName(app.force(f)), String(p.forces[f])]);
    });
    box.appendChild(infoTable(rows));
    box.appendChild(el('div', 'incmap-small', t('Click to zoom in')));
    return box;
  }

  // "1 child", "2 children": a count with the right form of its noun.
  function counted(n, one, many) {
    return String(n) + ' ' + (Number(n) === 1 ? one : many);
  }

  function incidentPopup(app, p) {
    var box = el('div', 'incmap-incident-popup');
    var cat = app.categories[p.category] || {};
    box.appendChild(el('strong', null, (t(cat.label || p.category || 'Incident')) +
      (p.place_text ? ': ' + p.place_text : '')));
    var date = p.date ? p.date + (p.date_end ? ' \u2013 ' + p.date_end : '') +
      (p.date_precision && p.date_precision !== 'day' ? ' (' + p.date_precision + ')' : '') : '';
    var pcodes = [p.pcode, p.adm3_pcode, p.adm2_pcode, p.adm1_pcode].filter(function (v) { return v; });
    var victims = [];
    if (p.killed !== null && p.killed !== undefined) { victims.push(p.killed + ' ' + t('killed')); }
    if (p.children) { victims.push(counted(p.children, t('child'), t('children'))); }
    if (p.women) { victims.push(counted(p.women, t('woman'), t('women'))); }
    if (p.injured) { victims.push(p.injured + ' ' + t('injured')); }
    var allDeaths = (p.deaths_total !== null && p.deaths_total !== undefined) ?
      String(p.deaths_total) + ' (' + t('combatants included') + ')' : '';
    var computed = p.computed_control ? (IncMap.forceName(app.force(p.computed_control)) || p.computed_control) : '';
    var source = null;
    var href = safeUrl(p.source_url);
    var label = p.source_title || p.source_publisher || p.source_url || '';
    if (href) {
      source = el('a', null, label || href);
      source.href = href; source.target = '_blank'; source.rel = 'noopener noreferrer';
    } else if (label) {
      source = label;
    }
    var perp = p.perpetrator ? (t((app.config.perpetrators || {})[p.perpetrator] || p.perpetrator)) : '';
    if (p.perpetrator_text && p.perpetrator_text !== perp && p.perpetrator_text !== p.perpetrator) {
      perp = perp ? perp + ' (\u201c' + p.perpetrator_text + '\u201d)' : p.perpetrator_text;
    }
    var cause = p.cause ? (t((app.config.causes || {})[p.cause] || p.cause)) : '';
    var stated = p.stated_control ? (IncMap.forceName(app.force(p.stated_control)) || p.stated_control) : '';
    var agree = (p.control_agrees === true) ? t('yes') : (p.control_agrees === false ? t('no') : '');
    box.appendChild(infoTable([
      [t('Date'), date],
      [t('Place'), p.place_name || p.place_text],
      [t('P-codes'), pcodes.join(' \u203a ')],
      [t('Location'), p.location_precision ? t((app.config.precisions || {})[p.location_precision] || String(p.location_precision)) +
        (p.radius_m ? ' (\u00b1' + Math.max(1, Math.round(p.radius_m / 1000)) + ' km)' : '') : ''],
      [t('Category'), t(cat.label || p.category)],
      [t('Cause'), cause],
      [t('Civilian victims'), victims.join(', ')],
      [t('All deaths'), allDeaths],
      [t('Perpetrator'), perp],
      [t('Stated control'), stated],
      [t('Computed control'), computed],
      [t('Agree'), agree],
      [t('Source'), source],
      [t('Id'), p.id]
    ]));
    return box;
  }
  IncMap.incidentPopup = incidentPopup;

  IncMap.incidents = function (map, opts) {
    var app = IncMap.app(map);
    if (!app.incidents) { app.incidents = new Incidents(map, app, opts); }
    return app.incidents;
  };

  IncMap.incidentLayer = function (map, opts) {
    var category = opts.category;
    var inc = IncMap.incidents(map, opts);
    var group = L.featureGroup();
    group.incmapKind = 'incidents';
    group.category = category;
    inc.layers[category] = group;
    var app = inc.app;
    group.on('add', function () {
      if (!app._started && app.state.hidden.indexOf(category) >= 0) {
        // Hidden in the address: folium adds every shown layer; take it off again.
        setTimeout(function () { map.removeLayer(group); }, 0);
        return;
      }
      app.state.hidden = app.state.hidden.filter(function (c) { return c !== category; });
      if (app._started) { app._writeHash(); app.emit('categories'); }
      inc.schedule();
    });
    group.on('remove', function () {
      if (app.state.hidden.indexOf(category) < 0) { app.state.hidden.push(category); }
      if (app._started) { app._writeHash(); app.emit('categories'); }
      inc.schedule();
    });
    return group;
  };

  IncMap.heatLayer = function (map, opts) {
    var inc = IncMap.incidents(map, opts);
    var heat = L.heatLayer([], { radius: opts.radius, blur: opts.blur, minOpacity: opts.min_opacity, maxZoom: 12 });
    heat.incmapKind = 'heat';
    inc.heat = heat;
    heat.on('add', function () {
      // The heatmap shows what the last answer held; draw it from there or ask.
      if (inc.lastData) { inc.draw(inc.lastData); } else { inc.schedule(); }
    });
    return heat;
  };

  // ---------- governorate choropleth ----------

  IncMap.choroplethLayer = function (map, opts) {
    var app = IncMap.app(map);
    var counts = {};
    var breaks = [];
    var colours = opts.colours;
    function colourOf(n) {
      if (!n) { return opts.zero_colour; }
      for (var i = breaks.length - 1; i >= 0; i--) { if (n >= breaks[i]) { return colours[i]; } }
      return colours[0];
    }
    var layer = L.geoJSON(opts.data, {
      style: function (feature) {
        var c = counts[feature.properties.pcode] || {};
        return { color: '#555555', weight: 1, fillOpacity: 0.7, fillColor: colourOf(c.count || 0) };
      },
      onEachFeature: function (feature, fl) {
        fl.bindTooltip(function () {
          var p = feature.properties, c = counts[p.pcode] || {};
          var box = el('div', 'incmap-tip');
          box.appendChild(el('strong', null, p.name_en));
          box.appendChild(el('div', 'incmap-ar', p.name_ar));
          box.appendChild(infoTable([[t('Incidents'), String(c.count || 0)], [t('Killed'), String(c.killed || 0)],
            [t('Window'), app.state.start + ' \u2013 ' + app.state.end]]));
          return box;
        }, { sticky: true });
      }
    });
    layer.incmapKind = 'choropleth';
    var legend = L.control({ position: 'bottomleft' });
    legend.onAdd = function () {
      this._div = el('div', 'incmap-panel incmap-choro-legend');
      return this._div;
    };
    function drawLegend() {
      if (!legend._div) { return; }
      var div = legend._div;
      while (div.firstChild) { div.removeChild(div.firstChild); }
      div.appendChild(el('strong', null, t('Incidents per governorate')));
      div.appendChild(el('div', 'incmap-small', app.state.start + ' \u2013 ' + app.state.end));
      var rows = [[opts.zero_colour, '0']];
      breaks.forEach(function (b, i) {
        var next = breaks[i + 1];
        rows.push([colours[i], next ? b + '\u2013' + (next - 1) : b + '+']);
      });
      rows.forEach(function (r) {
        var row = el('div', 'incmap-legend-row');
        var sw = el('span', 'incmap-swatch'); sw.style.background = r[0];
        row.appendChild(sw); row.appendChild(el('span', null, r[1]));
        div.appendChild(row);
      });
    }
    function load() {
      if (!map.hasLayer(layer) || !app._started) { return; }
      var params = Object.assign({ start: app.state.start, end: app.state.end,
        category: app.categoryParam() }, app.filterParams());
      app.fetchJSON('choropleth', app.url(opts.url, params), function (data) {
        counts = {};
        var values = [];
        (data.governorates || []).forEach(function (g) {
          counts[g.pcode] = g;
          if (g.count > 0) { values.push(g.count); }
        });
        breaks = classBreaks(values, colours.length);
        layer.setStyle(function (feature) { return layer.options.style(feature); });
        layer.counts = counts;
        drawLegend();
      });
    }
    app.on(function (what) { if (what === 'date' || what === 'window' || what === 'filters' || what === 'categories') { load(); } });
    layer.on('add', function () { legend.addTo(map); drawLegend(); load(); });
    layer.on('remove', function () { legend.remove(); });
    return layer;
  };

  /** Up to n rising class starts (>= 1) for counts, by quantiles. */
  function classBreaks(values, n) {
    if (!values.length) { return [1]; }
    values = values.slice().sort(function (a, b) { return a - b; });
    var out = [];
    for (var i = 0; i < n; i++) {
      var v = values[Math.floor(i * values.length / n)];
      v = Math.max(1, Math.round(v));
      if (!out.length || v > out[out.length - 1]) { out.push(v); }
    }
    return out;
  }
  IncMap.classBreaks = classBreaks;

  // ---------- boundaries with names ----------

  IncMap.boundaryLayer = function (map, opts) {
    var group = L.featureGroup();
    group.incmapKind = 'boundaries';
    var lines = L.geoJSON(opts.data, {
      style: function () { return { color: opts.colour, weight: opts.weight, fill: false, opacity: 0.9, interactive: false }; },
      interactive: false
    });
    group.addLayer(lines);
    var labels = L.layerGroup();
    (opts.labels || []).forEach(function (lab) {
      var node = el('div', 'incmap-label incmap-label-' + opts.level);
      node.appendChild(el('span', 'incmap-label-en', lab.name_en));
      node.appendChild(el('span', 'incmap-label-ar', lab.name_ar));
      node.setAttribute('data-pcode', lab.pcode);
      var icon = L.divIcon({ className: 'incmap-label-icon', html: node, iconSize: null });
      labels.addLayer(L.marker([lab.lat, lab.lon], { icon: icon, interactive: false, keyboard: false }));
    });
    function toggleLabels() {
      var z = map.getZoom();
      var want = z >= opts.label_min_zoom && map.hasLayer(group);
      if (want && !map.hasLayer(labels)) { labels.addTo(map); }
      if (!want && map.hasLayer(labels)) { map.removeLayer(labels); }
    }
    map.on('zoomend', toggleLabels);
    group.on('add', function () { setTimeout(toggleLabels, 0); });
    group.on('remove', function () { if (map.hasLayer(labels)) { map.removeLayer(labels); } });
    group.labels = labels;
    return group;
  };

  // ---------- legend ----------

  /**
   * Legend sections added by other layers: functions (body, map, options) that append
   * their heading and rows to the legend's body (see legendRow), e.g.
   * IncMap.legendSections.push(function (body) { body.appendChild(IncMap.legendRow('#c00', 'Hazard area')); });
   */
  IncMap.legendSections = [];

  /** One legend row: a swatch (a colour or a CSS class) and its text. */
  IncMap.legendRow = function (swatch, text, className) {
    var row = el('div', 'incmap-legend-row' + (className ? ' ' + className : ''));
    var sw = el('span', 'incmap-swatch');
    if (swatch && swatch.charAt(0) === '#') { sw.style.background = safeColour(swatch); } else if (swatch) { sw.className += ' ' + String(swatch).replace(/[^\w\- ]/g, ''); }
    row.appendChild(sw); row.appendChild(el('span', null, t(text)));
    return row;
  };

  /** A phone-sized screen: controls fold away so the map keeps most of it. */
  IncMap.small = function () { return window.matchMedia && window.matchMedia('(max-width: 700px)').matches; };

  IncMap.legend = function (map, opts) {
    var control = L.control({ position: opts.position });
    control.onAdd = function () {
      var div = el('div', 'incmap-panel incmap-legend');
      div.setAttribute('role', 'region');
      div.setAttribute('aria-label', t('Legend'));
      var head = el('button', 'incmap-legend-toggle', t(opts.title));
      head.setAttribute('aria-expanded', 'true');
      head.type = 'button';
      var body = el('div', 'incmap-legend-body');
      head.addEventListener('click', function () { body.hidden = !body.hidden; head.setAttribute('aria-expanded', String(!body.hidden)); });
      // On a phone the legend starts folded: the map keeps the screen.
      if (IncMap.small()) { body.hidden = true; head.setAttribute('aria-expanded', 'false'); }
      div.appendChild(head);
      div.appendChild(body);
      body.appendChild(el('div', 'incmap-legend-head', t('Control (area colour)')));
      opts.forces.forEach(function (f) {
        var row = el('div', 'incmap-legend-row incmap-legend-force');
        row.setAttribute('data-force', f.code);
        var sw = el('span', 'incmap-swatch');
        sw.style.background = areaFill(f.colour, opts.fill_opacity);
        sw.style.borderColor = safeColour(f.colour);  // the area's outline colour
        row.appendChild(sw); row.appendChild(el('span', null, IncMap.forceName(f)));
        body.appendChild(row);
      });
      var row = el('div', 'incmap-legend-row');
      var sw = el('span', 'incmap-swatch incmap-swatch-hatch');
      row.appendChild(sw); row.appendChild(el('span', null, t('joint or contested (hatched, dashed outline)')));
      body.appendChild(row);
      body.appendChild(el('div', 'incmap-legend-head', t('Incidents (symbol; colour = controlling force)')));
      opts.categories.forEach(function (c) {
        var r = el('div', 'incmap-legend-row incmap-legend-category');
        r.setAttribute('data-category', c.code);
        var s = el('span', 'incmap-sym incmap-sym-' + c.symbol.replace(/[^a-z]/g, ''));
        s.style.width = '12px'; s.style.height = '12px'; s.style.background = '#777777';
        var holder = el('span', 'incmap-sym-holder'); holder.appendChild(s);
        r.appendChild(holder); r.appendChild(el('span', null, t(c.label)));
        body.appendChild(r);
      });
      body.appendChild(el('div', 'incmap-legend-head', t('Size = civilians killed')));
      var sizes = el('div', 'incmap-legend-row incmap-sizes');
      [1, 10, 50].forEach(function (k) {
        var px = Math.round(Math.min(40, 9 + 4 * Math.sqrt(k)));
        var s = el('span', 'incmap-sym incmap-sym-circle');
        s.style.width = px + 'px'; s.style.height = px + 'px'; s.style.background = '#999999';
        sizes.appendChild(s); sizes.appendChild(el('span', 'incmap-size-label', String(k)));
      });
      body.appendChild(sizes);
      body.appendChild(el('div', 'incmap-small', t('Small faded symbols: no civilian killed. Numbered circles: groups of incidents; click to zoom in. Incidents known only to a governorate or the country are not drawn (see the choropleth).')));
      // More sections (e.g. layers added later: hazard areas, historic fronts) register here.
      IncMap.legendSections.forEach(function (section) { section(body, map, opts); });
      // The credits in the page's language; a source's name and licence as they are, kept
      // left to right inside Arabic text (Unicode isolates).
      var credits = (opts.attribution || []).map(function (text) {
        return t(text).replace(/\{(\w+)\}/g, function (all, key) {
          return opts.credits && opts.credits[key] ? '\u2068' + opts.credits[key] + '\u2069' : all;
        });
      });
      if (credits.length) { body.appendChild(el('div', 'incmap-small incmap-credits', credits.join(' '))); }
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      return div;
    };
    return control;
  };

  // ---------- date control ----------

  IncMap.timeControl = function (map, opts) {
    var app = IncMap.app(map);
    var control = L.control({ position: opts.position });
    app.timeControl = control;
    var min = parseDate(opts.min_date), max = parseDate(opts.max_date);
    var span = Math.round((max - min) / DAY_MS);
    control.onAdd = function () {
      var div = el('div', 'incmap-panel incmap-time');
      div.setAttribute('role', 'group');
      div.setAttribute('aria-label', t('Date'));
      var row1 = el('div', 'incmap-time-row');
      var prev = el('button', 'incmap-time-prev', '\u25c0'); prev.type = 'button'; prev.title = t('one month back'); prev.setAttribute('aria-label', prev.title);
      var picker = el('input', 'incmap-time-date'); picker.type = 'date';
      picker.min = opts.min_date; picker.max = opts.max_date; picker.setAttribute('aria-label', t('date'));
      var next = el('button', 'incmap-time-next', '\u25b6'); next.type = 'button'; next.title = t('one month on'); next.setAttribute('aria-label', next.title);
      var win = el('select', 'incmap-time-window'); win.setAttribute('aria-label', t('incident window'));
      opts.windows.forEach(function (w) {
        var o = el('option', null, t(w[1])); o.value = w[0]; win.appendChild(o);
      });
      row1.appendChild(prev); row1.appendChild(picker); row1.appendChild(next);
      var row2 = el('div', 'incmap-time-row');
      row2.appendChild(win);
      var slider = el('input', 'incmap-time-slider'); slider.type = 'range';
      slider.min = '0'; slider.max = String(span); slider.step = '1'; slider.setAttribute('aria-label', t('date slider'));
      var custom = el('div', 'incmap-time-row incmap-time-custom');
      var cstart = el('input', 'incmap-time-start'); cstart.type = 'date'; cstart.setAttribute('aria-label', t('from'));
      var cend = el('input', 'incmap-time-end'); cend.type = 'date'; cend.setAttribute('aria-label', t('to'));
      custom.appendChild(el('span', null, t('from') + ' ')); custom.appendChild(cstart);
      custom.appendChild(el('span', null, ' ' + t('to') + ' ')); custom.appendChild(cend);
      var status = el('div', 'incmap-time-status');
      status.setAttribute('role', 'status'); status.setAttribute('aria-live', 'polite');
      var control_line = el('div', 'incmap-small incmap-time-control');
      var inc_line = el('div', 'incmap-small incmap-time-incidents');
      status.appendChild(control_line); status.appendChild(inc_line);
      div.appendChild(row1); div.appendChild(slider); div.appendChild(row2); div.appendChild(custom);
      div.appendChild(status);
      // The time chart (and other tools that belong under the slider) go here.
      var below = el('div', 'incmap-time-below');
      div.appendChild(below);
      control.below = below;

      function dayIndex(text) { return Math.round((parseDate(text) - min) / DAY_MS); }
      function fromIndex(i) { return isoDate(new Date(min.getTime() + Number(i) * DAY_MS)); }
      function sync() {
        var s = app.state;
        picker.value = s.date;
        slider.value = String(dayIndex(s.date));
        win.value = s.window;
        custom.hidden = s.window !== 'custom';
        cstart.value = s.start; cend.value = s.end;
      }
      var timer = null;
      slider.addEventListener('input', function () {
        picker.value = fromIndex(slider.value);
        clearTimeout(timer);
        timer = setTimeout(function () { app.setDate(fromIndex(slider.value)); }, opts.debounce_ms);
      });
      slider.addEventListener('change', function () { clearTimeout(timer); app.setDate(fromIndex(slider.value)); });
      picker.addEventListener('change', function () { if (parseDate(picker.value)) { app.setDate(picker.value); } });
      prev.addEventListener('click', function () { app.setDate(addDays(app.state.date, -30)); });
      next.addEventListener('click', function () { app.setDate(addDays(app.state.date, 30)); });
      win.addEventListener('change', function () {
        if (win.value === 'custom') { app.setWindow('custom', app.state.start, app.state.end); } else { app.setWindow(win.value); }
      });
      function onCustom() { app.setWindow('custom', cstart.value, cend.value); }
      cstart.addEventListener('change', onCustom);
      cend.addEventListener('change', onCustom);
      app.on(function (what) { if (what === 'date' || what === 'window') { sync(); } });
      map.on('incmap:control', function (e) {
        // The coverage note ("last verified D; this answer is N days past it") is the
        // service's own wording, the same as the CLI's and the API's.
        control_line.textContent = t('Control on') + ' ' + e.date + (e.stale ? ' (' + t('past the data: stale') + ')' : '') +
          ': ' + e.features + ' ' + t('areas') + (e.note ? ' \u2014 ' + e.note : '');
        control_line.classList.toggle('incmap-stale', !!(e.stale || e.note));
      });
      map.on('incmap:incidents', function (e) {
        inc_line.textContent = t('Incidents') + ' ' + e.start + ' \u2013 ' + e.end + ': ' + e.incidents +
          ' ' + t('shown') + ', ' + e.killed + ' ' + t('civilians killed') + (e.clustered ? ' (' + t('grouped') + ')' : '') +
          (e.not_drawn ? '; ' + e.not_drawn + ' ' + t('located only to a governorate or the country, not drawn') : '');
      });
      app.onStatus = function (st) {
        var err = Object.keys(st).filter(function (k) { return st[k].status === 'error'; });
        div.classList.toggle('incmap-error', err.length > 0);
        div.classList.toggle('incmap-loading', Object.keys(st).some(function (k) { return st[k].status === 'loading'; }));
        if (err.length) { inc_line.textContent = t('Could not load') + ' ' + err.join(', ') + ': ' + st[err[0]].detail; }
      };
      sync();
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      return div;
    };
    return control;
  };
})();
