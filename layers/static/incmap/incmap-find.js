/*
 * The Syria incident map: the tools to find things out (after incmap.js).
 *
 * Place search, the filter panel with counts, the incident list of the view
 * (linked both ways with the map, with export links for the same selection),
 * the month's tallies by party x governorate, the time chart under the slider,
 * the context labels (sub-districts, communities), the decluttering of labels
 * and the phone layout. Every value from the server goes in with textContent.
 */
(function () {
  'use strict';

  var IncMap = window.IncMap;
  var U = IncMap.util, el = U.el, t = IncMap.t;
  var SVG = 'http://www.w3.org/2000/svg';

  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

  function svg(tag, attrs) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    return node;
  }

  function button(className, text, label) {
    var b = el('button', className, text);
    b.type = 'button';
    if (label) { b.setAttribute('aria-label', label); b.title = label; }
    return b;
  }

  /** A labelled select of [value, text] options: {label, select}. */
  function choice(id, className, text, options, value) {
    var label = el('label', null, text + ' ');
    var select = el('select', className);
    select.id = id;
    label.htmlFor = id;
    options.forEach(function (o) {
      var opt = el('option', null, o[1]); opt.value = o[0]; select.appendChild(opt);
    });
    if (value) { select.value = value; }
    return { label: label, select: select };
  }

  function stop(div) {
    L.DomEvent.disableClickPropagation(div);
    L.DomEvent.disableScrollPropagation(div);
  }

  function monthEnd(month) {  // "2018-07" -> "2018-07-31"
    var y = Number(month.slice(0, 4)), m = Number(month.slice(5, 7));
    return U.isoDate(new Date(Date.UTC(y, m, 0)));
  }

  function placeName(p) {
    if (!p) { return ''; }
    return IncMap.lang === 'ar' ? (p.name_ar || p.name_en || '') : (p.name_en || p.name_ar || '');
  }

  /** The selection the map draws: view, window, shown categories and filters (no zoom). */
  function selection(app) {
    var inc = app.incidents;
    var params = inc && inc.params ? Object.assign({}, inc.params) : null;
    if (!params) {
      params = Object.assign({ start: app.state.start, end: app.state.end,
        category: app.categoryParam() }, app.filterParams());
    }
    delete params.zoom;
    return params;
  }
  IncMap.selection = selection;

  // ---------- place search ----------

  IncMap.placeSearch = function (map, opts) {
    var app = IncMap.app(map);
    var control = L.control({ position: opts.position });
    var marker = null;
    control.onAdd = function () {
      var div = el('div', 'incmap-panel incmap-search');
      div.setAttribute('role', 'search');
      var label = el('label', 'incmap-visually-hidden', t('Search a place'));
      label.htmlFor = 'incmap-search-input';
      var input = el('input', 'incmap-search-input');
      input.id = 'incmap-search-input';
      input.type = 'search';
      input.placeholder = t('Search a place (English or Arabic)');
      input.setAttribute('autocomplete', 'off');
      input.setAttribute('role', 'combobox');
      input.setAttribute('aria-autocomplete', 'list');
      input.setAttribute('aria-expanded', 'false');
      input.setAttribute('aria-controls', 'incmap-search-results');
      var list = el('ul', 'incmap-search-results');
      list.id = 'incmap-search-results';
      list.setAttribute('role', 'listbox');
      list.hidden = true;
      var info = el('div', 'incmap-search-info');
      info.setAttribute('aria-live', 'polite');
      div.appendChild(label); div.appendChild(input); div.appendChild(list); div.appendChild(info);
      var timer = null, places = [], active = -1, ticket = 0;

      function show(items) {
        places = items; active = -1;
        clear(list);
        items.forEach(function (p, i) {
          var li = el('li', 'incmap-search-hit');
          li.id = 'incmap-search-hit-' + i;
          li.setAttribute('role', 'option');
          li.appendChild(el('span', 'incmap-search-name', p.name_en));
          li.appendChild(el('span', 'incmap-search-ar incmap-ar', p.name_ar));
          var where = (p.parents || []).map(placeName).filter(Boolean).join(', ');
          li.appendChild(el('span', 'incmap-search-where', t(levelName(p.level)) + (where ? ' \u00b7 ' + where : '')));
          li.addEventListener('mousedown', function (e) { e.preventDefault(); choose(i); });
          list.appendChild(li);
        });
        if (!items.length && input.value.trim()) {
          var none = el('li', 'incmap-search-none', t('No place found'));
          list.appendChild(none);
        }
        list.hidden = !input.value.trim();
        input.setAttribute('aria-expanded', String(!list.hidden));
      }
      function highlight(i) {
        active = i;
        Array.prototype.forEach.call(list.children, function (li, j) { li.classList.toggle('incmap-active', j === i); li.setAttribute('aria-selected', String(j === i)); });
        input.setAttribute('aria-activedescendant', i >= 0 ? 'incmap-search-hit-' + i : '');
      }
      function ask(q) {
        var mine = ++ticket;
        fetch(app.url(opts.url, { q: q, date: app.state.date }), { headers: { 'Accept': 'application/json' } })
          .then(function (r) { return r.ok ? r.json() : { places: [] }; })
          .then(function (data) { if (mine === ticket) { control.lastAnswer = data; show(data.places || []); } })
          .catch(function () { if (mine === ticket) { show([]); } });
      }
      function choose(i) {
        var p = places[i];
        if (!p) { return; }
        list.hidden = true; input.setAttribute('aria-expanded', 'false');
        input.value = placeName(p);
        control.chosen = p;
        map.setView([p.lat, p.lon], Math.max(p.zoom || 11, map.getZoom()));
        if (marker) { map.removeLayer(marker); }
        marker = L.circleMarker([p.lat, p.lon], { radius: 9, color: '#000', weight: 3, fill: false, interactive: false }).addTo(map);
        describe(p);
      }
      function describe(p) {
        clear(info);
        info.appendChild(el('strong', null, placeName(p)));
        var c = p.control;
        if (c) {
          var rows = [[t('Held by on') + ' ' + app.state.date, IncMap.forceName(app.force(c.force)) + (c.contested ? ' (' + t('contested / shared') + ')' : '')],
            [t('Period'), (c.valid_from || '?') + ' \u2013 ' + (c.valid_to || t('open'))],
            [t('Source'), c.source], [t('Confidence'), c.confidence ? t(c.confidence) : '']];
          if (c.stale) { rows.push([t('Note'), t('past the data: stale')]); }
          info.appendChild(IncMap.infoTable(rows));
        }
        info.appendChild(el('div', 'incmap-small', p.pcode));
      }
      // The place's control follows the date.
      app.on(function (what) {
        if (what === 'date' && control.chosen) {
          var p = control.chosen;
          fetch(app.url('api/control', { lat: p.lat, lon: p.lon, date: app.state.date }))
            .then(function (r) { return r.ok ? r.json() : null; })
            .then(function (a) {
              if (!a || control.chosen !== p) { return; }
              p.control = { force: a.force, contested: a.contested, source: a.source, confidence: a.confidence,
                valid_from: a.valid_from, valid_to: a.valid_to, stale: a.stale };
              describe(p);
            });
        }
      });
      input.addEventListener('input', function () {
        clearTimeout(timer);
        var q = input.value.trim();
        if (!q) { show([]); clear(info); return; }
        timer = setTimeout(function () { ask(q); }, 200);
      });
      input.addEventListener('keydown', function (e) {
        if (e.key === 'ArrowDown') { e.preventDefault(); highlight(Math.min(places.length - 1, active + 1)); }
        else if (e.key === 'ArrowUp') { e.preventDefault(); highlight(Math.max(0, active - 1)); }
        else if (e.key === 'Enter') {
          e.preventDefault();
          if (active >= 0) { choose(active); } else if (places.length) { choose(0); } else { clearTimeout(timer); ask(input.value.trim()); }
        } else if (e.key === 'Escape') { list.hidden = true; input.setAttribute('aria-expanded', 'false'); }
      });
      input.addEventListener('blur', function () { setTimeout(function () { list.hidden = true; input.setAttribute('aria-expanded', 'false'); }, 150); });
      stop(div);
      control.input = input;
      return div;
    };
    control.addTo(map);
    return control;
  };

  function levelName(level) {
    return { adm1: 'governorate', adm2: 'district', adm3: 'sub-district', community: 'town or village',
      neighbourhood: 'neighbourhood' }[level] || level;
  }

  // ---------- the find panel: filters, list, tallies ----------

  IncMap.findPanel = function (map, opts) {
    var app = IncMap.app(map);
    var control = L.control({ position: opts.position });
    var panel = { control: control, facets: null, list: null, table: null };
    app.findPanel = panel;
    control.onAdd = function () {
      var div = el('div', 'incmap-panel incmap-find');
      div.setAttribute('role', 'region');
      div.setAttribute('aria-label', t('Find'));
      var bar = el('div', 'incmap-tabs');
      bar.setAttribute('role', 'tablist');
      var lang = button('incmap-lang', IncMap.lang === 'ar' ? 'English' : '\u0627\u0644\u0639\u0631\u0628\u064a\u0629',
        IncMap.lang === 'ar' ? 'English interface' : '\u0648\u0627\u062c\u0647\u0629 \u0639\u0631\u0628\u064a\u0629');
      lang.setAttribute('lang', IncMap.lang === 'ar' ? 'en' : 'ar');
      lang.addEventListener('click', function () {
        app.lang = app.lang === 'ar' ? 'en' : 'ar';
        app._writeHash();
        window.location.reload();
      });
      var bodies = {}, tabs = {}, names = opts.tabs.slice();
      var labels = { filters: t('Filters'), list: t('List'), table: t('Table') };
      /** A tab and its body (hidden until opened); other modules add theirs with panel.addTab. */
      function addTab(name, label) {
        var tab = button('incmap-tab', label);
        tab.id = 'incmap-tab-' + name;
        tab.setAttribute('role', 'tab');
        tab.setAttribute('aria-selected', 'false');
        tab.setAttribute('aria-controls', 'incmap-body-' + name);
        tab.setAttribute('data-tab', name);
        var body = el('div', 'incmap-tab-body incmap-body-' + name);
        body.id = 'incmap-body-' + name;
        body.setAttribute('role', 'tabpanel');
        body.setAttribute('aria-labelledby', tab.id);
        body.hidden = true;
        tab.addEventListener('click', function () { open(panel.tab === name ? null : name); });
        tab.addEventListener('keydown', function (e) {
          var i = names.indexOf(name), n = names.length;
          var step = (e.key === 'ArrowRight') ? 1 : (e.key === 'ArrowLeft' ? -1 : 0);
          if (step) { e.preventDefault(); if (IncMap.lang === 'ar') { step = -step; } tabs[names[(i + step + n) % n]].focus(); }
        });
        if (names.indexOf(name) < 0) { names.push(name); }
        tabs[name] = tab; bodies[name] = body;
        bar.insertBefore(tab, lang);
        div.appendChild(body);
        return body;
      }
      bar.appendChild(lang);
      div.appendChild(bar);
      opts.tabs.forEach(function (name) { addTab(name, labels[name]); });
      /**
       * Another module's tab (e.g. hazards.js: the planners' area tool): its body, empty;
       * onOpen(body) runs whenever the tab is opened.
       */
      panel.addTab = function (name, label, onOpen) {
        var body = addTab(name, label);
        if (onOpen) { body.incmapOnOpen = onOpen; }
        return body;
      };
      panel.bodies = bodies;

      function open(name) {
        panel.tab = name;
        names.forEach(function (n) {
          bodies[n].hidden = n !== name;
          tabs[n].setAttribute('aria-selected', String(n === name));
          tabs[n].classList.toggle('incmap-tab-open', n === name);
        });
        div.classList.toggle('incmap-find-open', !!name);
        map.getContainer().classList.toggle('incmap-panel-open', !!name);
        app.setExtra('tab', name || 'none');
        fit();
        if (name && bodies[name].incmapOnOpen) { bodies[name].incmapOnOpen(bodies[name]); }
        refresh();
      }
      // The open body reaches down to the bottom of the screen, never past it.
      function fit() {
        if (!panel.tab || IncMap.small()) { return; }
        var body = bodies[panel.tab];
        body.style.maxHeight = '';
        var room = window.innerHeight - body.getBoundingClientRect().top - 34;  // above the attribution
        body.style.maxHeight = Math.max(120, room) + 'px';
      }
      panel.fit = fit;
      window.addEventListener('resize', fit);
      panel.open = open;

      buildFilters(app, panel, bodies.filters, opts);
      buildList(app, panel, bodies.list, opts);
      buildTable(app, panel, bodies.table, opts);

      function refresh() {
        if (app.readyAt === null) { return; }  // after the map's first data (afterReady below)
        if (panel.tab === 'filters') { panel.loadFacets(); }
        if (panel.tab === 'list') { panel.loadList(); }
        if (panel.tab === 'table') { panel.loadTable(); }
      }
      panel.refresh = refresh;
      var timer = null;
      app.on(function (what) {
        if (what === 'filters' || what === 'categories') { app.setExtra('page', null); }
        clearTimeout(timer);
        timer = setTimeout(refresh, 50);
      });
      map.on('incmap:incidents', function () { if (panel.tab === 'list' && app.readyAt !== null) { panel.loadList(); } });
      // The filters are open at first on a large screen; on a phone every panel starts folded.
      var first = app.state.extra.tab || (IncMap.small() ? 'none' : 'filters');
      setTimeout(function () { open(names.indexOf(first) >= 0 ? first : null); }, 0);
      app.afterReady(refresh);
      stop(div);
      return div;
    };
    control.addTo(map);
    return panel;
  };

  function buildFilters(app, panel, body, opts) {
    var cfg = app.config;
    var total = el('div', 'incmap-filter-total');
    total.setAttribute('role', 'status');
    total.setAttribute('aria-live', 'polite');
    body.appendChild(total);
    var reset = button('incmap-filter-clear', t('Clear filters'));
    reset.addEventListener('click', function () {
      IncMap.App.FILTERS.forEach(function (n) { delete app.state.filters[n]; });
      Object.keys(app.incidents ? app.incidents.layers : {}).forEach(function (c) {
        var layer = app.incidents.layers[c];
        if (!app.map.hasLayer(layer)) { layer.addTo(app.map); }
      });
      app._writeHash();
      app.emit('filters');
    });
    body.appendChild(reset);
    var groups = {};

    function group(name, title, options, single) {
      var fs = el('fieldset', 'incmap-filter incmap-filter-' + name);
      fs.setAttribute('data-filter', name);
      fs.appendChild(el('legend', null, title));
      var boxes = {};
      options.forEach(function (o) {
        var id = 'incmap-f-' + name + '-' + String(o[0]).replace(/[^\w-]/g, '_');
        var row = el('div', 'incmap-filter-row');
        var box = el('input');
        box.type = single ? 'radio' : 'checkbox';
        if (single) { box.name = 'incmap-f-' + name; }
        box.id = id; box.value = o[0];
        var lab = el('label', null, o[1]);
        lab.htmlFor = id;
        var count = el('span', 'incmap-count', '');
        count.setAttribute('aria-hidden', 'true');
        row.appendChild(box); row.appendChild(lab); row.appendChild(count);
        fs.appendChild(row);
        boxes[o[0]] = { box: box, count: count, row: row, label: lab, text: o[1] };
      });
      body.appendChild(fs);
      groups[name] = boxes;
      return boxes;
    }

    // Categories: the incident layers themselves (one state, two switches).
    var cats = group('category', t('Category'), Object.keys(app.categories).map(function (c) {
      return [c, t(app.categories[c].label)];
    }));
    Object.keys(cats).forEach(function (c) {
      cats[c].box.addEventListener('change', function () {
        var layer = app.incidents && app.incidents.layers[c];
        if (!layer) { return; }
        if (cats[c].box.checked) { layer.addTo(app.map); } else { app.map.removeLayer(layer); }
      });
    });
    var perps = group('perpetrator', t('Perpetrator (party)'), Object.keys(cfg.perpetrators || {}).map(function (c) {
      return [c, t(cfg.perpetrators[c])];
    }));
    var causes = group('cause', t('Cause'), Object.keys(cfg.causes || {}).map(function (c) {
      return [c, t(cfg.causes[c])];
    }));
    var forces = group('control', t('Controlling force (at the place, that day)'), Object.keys(app.forces).map(function (c) {
      return [c, IncMap.forceName(app.forces[c])];
    }));
    Object.keys(forces).forEach(function (c) {
      var sw = el('span', 'incmap-swatch');
      sw.style.background = U.safeColour(app.forces[c].colour);
      forces[c].row.insertBefore(sw, forces[c].label);
    });
    var victims = group('victims', t('Victims'), [['children', t('children killed')], ['women', t('women killed')]]);
    var agrees = group('agrees', t('Stated and computed control'), [['', t('any')], ['true', t('agree')], ['false', t('disagree')]], true);

    [['perpetrator', perps], ['cause', causes], ['control', forces], ['victims', victims]].forEach(function (pair) {
      var name = pair[0], boxes = pair[1];
      Object.keys(boxes).forEach(function (code) {
        boxes[code].box.addEventListener('change', function () {
          var chosen = Object.keys(boxes).filter(function (k) { return boxes[k].box.checked; });
          app.setFilter(name, chosen);
        });
      });
    });
    Object.keys(agrees).forEach(function (code) {
      agrees[code].box.addEventListener('change', function () {
        if (agrees[code].box.checked) { app.setFilter('agrees', code ? [code] : []); }
      });
    });

    function sync() {
      var f = app.state.filters;
      var shown = app.shownCategories();
      Object.keys(cats).forEach(function (c) { cats[c].box.checked = shown.indexOf(c) >= 0; });
      [['perpetrator', perps], ['cause', causes], ['control', forces], ['victims', victims]].forEach(function (pair) {
        var chosen = f[pair[0]] || [];
        Object.keys(pair[1]).forEach(function (k) { pair[1][k].box.checked = chosen.indexOf(k) >= 0; });
      });
      var a = (f.agrees || [''])[0];
      Object.keys(agrees).forEach(function (k) { agrees[k].box.checked = k === a; });
    }

    panel.facetCounts = null;
    var ticket = 0;
    panel.loadFacets = function () {
      sync();
      // The server counts each choice with the other filters kept (a category's count: with
      // every category), and the total with all of them: the map's total.
      var params = selection(app);
      var mine = ++ticket;
      app.fetchJSON('facets', app.url(opts.facets_url, params), function (data) {
        if (mine !== ticket) { return; }
        panel.facetCounts = data;
        var fc = data.facets || {};
        function put(boxes, counts, hideZero) {
          Object.keys(boxes).forEach(function (k) {
            var n = (counts || {})[k] || 0;
            boxes[k].count.textContent = String(n);
            boxes[k].box.setAttribute('aria-label', boxes[k].text + ': ' + n);
            // Choices with nothing in this view fold away unless chosen (long lists stay short).
            boxes[k].row.hidden = hideZero && n === 0 && !boxes[k].box.checked;
          });
        }
        put(cats, fc.category, false);
        put(perps, fc.perpetrator, true);
        put(causes, fc.cause, true);
        put(forces, fc.control, true);
        put(victims, fc.victims, false);
        var ag = fc.agrees || {};
        put(agrees, { '': (ag['true'] || 0) + (ag['false'] || 0), 'true': ag['true'], 'false': ag['false'] }, false);
        total.textContent = String(data.total || 0) + ' ' + t('incidents match, in this view and window') +
          ' (' + app.state.start + ' \u2013 ' + app.state.end + ')';
        panel.total = data.total || 0;
        app.map.fire('incmap:facets', data);
      });
    };
  }

  function buildList(app, panel, body, opts) {
    var head = el('div', 'incmap-list-head');
    var order = choice('incmap-list-order', 'incmap-list-order', t('Sort'),
      [['-date', t('newest first')], ['date', t('oldest first')], ['-killed', t('most killed first')]],
      app.state.extra.order || '-date');
    var sort = order.select;
    head.appendChild(order.label); head.appendChild(sort);
    var count = el('div', 'incmap-list-count');
    count.setAttribute('role', 'status'); count.setAttribute('aria-live', 'polite');
    var exports = el('div', 'incmap-list-export');
    var table = el('table', 'incmap-list');
    var caption = el('caption', 'incmap-visually-hidden', t('Incidents in the view'));
    table.appendChild(caption);
    var thead = el('thead'), tr = el('tr');
    [[t('Date'), 'date'], [t('Place'), null], [t('Category'), null], [t('Killed'), 'killed'], [t('Perpetrator'), null]].forEach(function (c) {
      var th = el('th');
      th.setAttribute('scope', 'col');
      if (c[1]) {
        // A sortable column: its header is a button that sorts by it (again: the other way).
        var b = button('incmap-sort', c[0]);
        b.setAttribute('data-sort', c[1]);
        b.addEventListener('click', function () {
          var now = sort.value;
          sort.value = c[1] === 'killed' ? '-killed' : (now === '-date' ? 'date' : '-date');
          sort.dispatchEvent(new Event('change'));
        });
        th.appendChild(b);
      } else { th.textContent = c[0]; }
      tr.appendChild(th);
    });
    thead.appendChild(tr); table.appendChild(thead);
    var tbody = el('tbody'); table.appendChild(tbody);
    var pager = el('div', 'incmap-pager');
    var prev = button('incmap-prev', '\u2039 ' + t('previous'));
    var next = button('incmap-next', t('next') + ' \u203a');
    var where = el('span', 'incmap-page');
    pager.appendChild(prev); pager.appendChild(where); pager.appendChild(next);
    body.appendChild(head); body.appendChild(count); body.appendChild(table); body.appendChild(pager); body.appendChild(exports);

    var page = Math.max(0, Number(app.state.extra.page) || 0);
    var ticket = 0;
    panel.rows = {};
    sort.addEventListener('change', function () { app.setExtra('order', sort.value); page = 0; app.setExtra('page', null); panel.loadList(); });
    prev.addEventListener('click', function () { if (page > 0) { page -= 1; app.setExtra('page', page || null); panel.loadList(); } });
    next.addEventListener('click', function () { page += 1; app.setExtra('page', page); panel.loadList(); });

    function exportLinks(params) {
      clear(exports);
      exports.appendChild(el('span', null, t('Export this selection') + ': '));
      var q = { bbox: params.bbox, datetime: (params.start || '..') + '/' + (params.end || '..'),
        category: params.category, max_precision: 3 };
      IncMap.App.FILTERS.forEach(function (k) { if (params[k]) { q[k] = params[k]; } });
      opts.exports.forEach(function (fmt, i) {
        var a = el('a', 'incmap-export incmap-export-' + fmt[0], fmt[1]);
        a.href = app.url(opts.export_url + '.' + fmt[0], q);
        a.setAttribute('download', '');
        if (i) { exports.appendChild(document.createTextNode(' \u00b7 ')); }
        exports.appendChild(a);
      });
    }

    panel.loadList = function () {
      if (panel.tab !== 'list') { return; }
      var params = selection(app);
      if (!params.bbox) { return; }  // before the first incidents: the view is not known yet
      if (Number(app.state.extra.page || 0) !== page) { page = Math.max(0, Number(app.state.extra.page) || 0); }
      var key = JSON.stringify(params) + sort.value + page;
      if (key === panel.listKey) { return; }
      panel.listKey = key;
      exportLinks(params);
      var mine = ++ticket;
      params.order = sort.value;
      params.limit = opts.page_size;
      params.offset = page * opts.page_size;
      app.fetchJSON('list', app.url(opts.list_url, params), function (data) {
        if (mine !== ticket) { return; }
        panel.list = data;
        clear(tbody);
        panel.rows = {};
        (data.items || []).forEach(function (p) {
          var row = el('tr', 'incmap-list-row');
          row.tabIndex = 0;
          row.setAttribute('data-id', p.id);
          var cat = app.categories[p.category] || {};
          row.appendChild(el('td', null, p.date + (p.date_precision && p.date_precision !== 'day' ? ' (' + t(p.date_precision) + ')' : '')));
          row.appendChild(el('td', null, p.place_text || p.pcode || ''));
          row.appendChild(el('td', null, t(cat.label || p.category)));
          row.appendChild(el('td', 'incmap-num', p.killed === undefined ? '' : String(p.killed)));
          row.appendChild(el('td', null, p.perpetrator ? t((app.config.perpetrators || {})[p.perpetrator] || p.perpetrator) : ''));
          row.setAttribute('aria-label', p.date + ', ' + (p.place_text || '') + ', ' + (p.killed || 0) + ' ' + t('killed'));
          function go() { IncMap.showIncident(app, p); }
          row.addEventListener('click', go);
          row.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); go(); } });
          tbody.appendChild(row);
          panel.rows[p.id] = row;
        });
        var n = data.numberMatched || 0;
        var from = n ? data.offset + 1 : 0, to = data.offset + (data.items || []).length;
        count.textContent = String(n) + ' ' + t('incidents in this view') + (n ? ' \u00b7 ' + from + '\u2013' + to : '');
        where.textContent = n ? (page + 1) + ' / ' + Math.max(1, Math.ceil(n / opts.page_size)) : '';
        prev.disabled = page === 0;
        next.disabled = to >= n;
        app.map.fire('incmap:list', data);
        highlight(panel.selected);
      });
    };

    function highlight(id) {
      Object.keys(panel.rows).forEach(function (k) { panel.rows[k].classList.toggle('incmap-selected', k === id); });
    }
    // The other way: an incident clicked on the map is marked in the list.
    app.map.on('popupopen', function (e) {
      var src = e.popup && e.popup._source;
      if (!src || !src.incident) { return; }
      panel.selected = src.incident.id;
      highlight(panel.selected);
      var row = panel.rows[panel.selected];
      if (row && row.scrollIntoView) { row.scrollIntoView({ block: 'nearest' }); }
    });
  }

  /** Fly to an incident and open its popup (zooming in until it is drawn on its own). */
  IncMap.showIncident = function (app, p) {
    var map = app.map, inc = app.incidents;
    if (!inc || p.lat === undefined || p.lon === undefined) { return; }
    var findPanel = app.findPanel;
    if (findPanel) { findPanel.selected = p.id; }
    function openIt() {
      var m = inc.markers && inc.markers[p.id];
      if (m && map.hasLayer(m)) { m.openPopup(); return true; }
      return false;
    }
    if (openIt()) { map.panTo([p.lat, p.lon]); return; }
    var target = Math.max(map.getZoom(), 13);
    var done = false;
    function onDrawn() {
      if (done) { return; }
      if (openIt()) { done = true; map.off('incmap:incidents', onDrawn); return; }
      // Still in a group at this zoom: one step closer, at most to the map's limit.
      if (map.getZoom() < map.getMaxZoom()) { map.setView([p.lat, p.lon], map.getZoom() + 1); } else {
        done = true; map.off('incmap:incidents', onDrawn);
        L.popup().setLatLng([p.lat, p.lon]).setContent(IncMap.incidentPopup(app, p)).openOn(map);
      }
    }
    map.on('incmap:incidents', onDrawn);
    map.setView([p.lat, p.lon], target);
  };

  function buildTable(app, panel, body, opts) {
    var head = el('div', 'incmap-table-head');
    var shown = choice('incmap-table-measure', 'incmap-table-measure', t('Show'),
      [['killed', t('civilians killed')], ['incidents', t('incidents')]]);
    var measure = shown.select;
    head.appendChild(shown.label); head.appendChild(measure);
    var title = el('div', 'incmap-table-title');
    var wrap = el('div', 'incmap-table-wrap');
    body.appendChild(head); body.appendChild(title); body.appendChild(wrap);
    var ticket = 0;
    measure.addEventListener('change', function () { panel.tableKey = null; panel.loadTable(); });

    panel.loadTable = function () {
      if (panel.tab !== 'table') { return; }
      var month = app.state.date.slice(0, 7);
      var params = Object.assign({ datetime: month + '-01/' + monthEnd(month),
        category: app.categoryParam() }, app.filterParams());
      var key = JSON.stringify(params) + measure.value;
      if (key === panel.tableKey) { return; }
      panel.tableKey = key;
      var mine = ++ticket;
      title.textContent = t('Tallies of the month') + ' ' + month + ' ' + t('by party and governorate (all Syria)');
      app.fetchJSON('table', app.url(opts.stats_url, params), function (data) {
        if (mine !== ticket) { return; }
        panel.table = data;
        draw(data, measure.value);
      });
    };

    function draw(data, what) {
      clear(wrap);
      var govs = opts.governorates.slice();
      var cells = {}, perps = {}, rowTotals = {}, grand = 0;
      (data.table || []).forEach(function (r) {
        if (r.month === 'imprecise') { return; }
        var v = Number(r[what]) || 0, p = r.perpetrator || 'NONE', g = r.adm1_pcode || 'unplaced';
        cells[g + '|' + p] = (cells[g + '|' + p] || 0) + v;
        perps[p] = (perps[p] || 0) + v;
        rowTotals[g] = (rowTotals[g] || 0) + v;
        grand += v;
      });
      if (rowTotals.unplaced) { govs.push({ pcode: 'unplaced', name_en: t('unplaced'), name_ar: t('unplaced') }); }
      var order = Object.keys(app.config.perpetrators || {});
      var cols = Object.keys(perps).sort(function (a, b) { return (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99); });
      var table = el('table', 'incmap-tally');
      table.appendChild(el('caption', 'incmap-visually-hidden', title.textContent));
      var thead = el('thead'), hr = el('tr');
      var corner = el('th', null, t('Governorate'));
      corner.setAttribute('scope', 'col');
      hr.appendChild(corner);
      cols.forEach(function (p) {
        var full = p === 'NONE' ? t('not recorded') : t((app.config.perpetrators || {})[p] || p);
        var short = p === 'NONE' ? t('not recorded') : t((opts.short || {})[p] || p);
        var th = el('th', 'incmap-num', short);
        th.setAttribute('scope', 'col');
        th.title = full;
        th.setAttribute('abbr', full);
        hr.appendChild(th);
      });
      var tot = el('th', 'incmap-num', t('Total')); tot.setAttribute('scope', 'col');
      hr.appendChild(tot);
      thead.appendChild(hr); table.appendChild(thead);
      var tbody = el('tbody');
      govs.forEach(function (g) {
        var tr = el('tr');
        var th = el('th', null, placeName(g));
        th.setAttribute('scope', 'row');
        tr.appendChild(th);
        cols.forEach(function (p) { var v = cells[g.pcode + '|' + p] || 0; tr.appendChild(el('td', 'incmap-num' + (v ? '' : ' incmap-zero'), String(v))); });
        tr.appendChild(el('td', 'incmap-num incmap-total', String(rowTotals[g.pcode] || 0)));
        tbody.appendChild(tr);
      });
      var fr = el('tr', 'incmap-total');
      var fth = el('th', null, t('Total')); fth.setAttribute('scope', 'row');
      fr.appendChild(fth);
      cols.forEach(function (p) { fr.appendChild(el('td', 'incmap-num', String(perps[p] || 0))); });
      fr.appendChild(el('td', 'incmap-num', String(grand)));
      tbody.appendChild(fr);
      table.appendChild(tbody);
      wrap.appendChild(table);
      if (!cols.length) { wrap.appendChild(el('div', 'incmap-small', t('No incident recorded in this month with these filters.'))); }
      panel.tableTotal = grand;
    }
  }

  // ---------- the time chart under the slider ----------

  // The chart's outline of the months' totals: 9.7:1 on the white panel.
  var OUTLINE = '#444444';
  // The least height (plot units, about px) of a month that has incidents.
  var MIN_BAR = 2;

  IncMap.timeChart = function (map, opts) {
    var app = IncMap.app(map);
    var chart = { data: null };
    app.timeChart = chart;
    var holder = app.timeControl && app.timeControl.below;
    if (!holder) { return chart; }
    var box = el('div', 'incmap-chart');
    var head = el('div', 'incmap-chart-head');
    var split = choice('incmap-chart-by', 'incmap-chart-by', t('Chart by'),
      [['perpetrator', t('party')], ['control', t('controlling force')]],
      app.state.extra.by === 'control' ? 'control' : 'perpetrator');
    var by = split.select, byLabel = split.label;
    var measure = choice('incmap-chart-measure', 'incmap-chart-measure', '',
      [['incidents', t('incidents per month')], ['killed', t('civilians killed per month')]],
      app.state.extra.measure === 'killed' ? 'killed' : 'incidents').select;
    measure.setAttribute('aria-label', t('Chart measure'));
    var fold = button('incmap-chart-fold', '\u25be', t('Show or hide the chart'));
    fold.setAttribute('aria-expanded', 'true');
    head.appendChild(byLabel); head.appendChild(by); head.appendChild(measure); head.appendChild(fold);
    var area = el('div', 'incmap-chart-area');
    var width = 300, height = opts.height;
    var plot = svg('svg', { width: '100%', height: height + 14, viewBox: '0 0 ' + width + ' ' + (height + 14),
      preserveAspectRatio: 'none', role: 'img', focusable: 'true', tabindex: '0', 'class': 'incmap-chart-svg' });
    var desc = el('div', 'incmap-chart-desc incmap-small');
    desc.setAttribute('aria-live', 'polite');
    area.appendChild(plot);
    area.appendChild(desc);
    box.appendChild(head); box.appendChild(area);
    holder.appendChild(box);
    if (IncMap.small()) { area.hidden = true; fold.setAttribute('aria-expanded', 'false'); fold.textContent = '\u25b8'; }
    fold.addEventListener('click', function () {
      area.hidden = !area.hidden;
      fold.setAttribute('aria-expanded', String(!area.hidden));
      fold.textContent = area.hidden ? '\u25b8' : '\u25be';
    });
    by.addEventListener('change', function () { app.setExtra('by', by.value); load(); });
    measure.addEventListener('change', function () { app.setExtra('measure', measure.value); draw(); });

    var min = app.config.min_date.slice(0, 7), max = app.config.max_date.slice(0, 7);
    function months() {
      var out = [], y = Number(min.slice(0, 4)), m = Number(min.slice(5, 7));
      while (true) {
        var key = y + '-' + (m < 10 ? '0' : '') + m;
        out.push(key);
        if (key >= max || out.length > 1200) { break; }
        m += 1; if (m > 12) { m = 1; y += 1; }
      }
      return out;
    }
    var all = months();
    var focus = -1;

    function colourOf(key) {
      if (by.value === 'control') { return U.safeColour(app.force(key).colour); }
      return U.safeColour((opts.perpetrator_colours || {})[key], '#bbbbbb');
    }
    function nameOf(key) {
      if (by.value === 'control') { return IncMap.forceName(app.force(key)); }
      return key === 'NONE' ? t('not recorded') : t((app.config.perpetrators || {})[key] || key);
    }

    function load() {
      var params = Object.assign({ by: by.value, category: app.categoryParam() }, app.filterParams());
      app.fetchJSON('chart', app.url(opts.url, params), function (data) {
        chart.data = data;
        draw();
      });
    }

    function draw() {
      clear(plot);
      var data = chart.data;
      if (!data) { return; }
      var what = measure.value;
      var byMonth = {};
      (data.months || []).forEach(function (m) { byMonth[m.month] = m; });
      var top = 1;
      all.forEach(function (k) { if (byMonth[k]) { top = Math.max(top, byMonth[k][what] || 0); } });
      var bw = width / all.length;
      var keys = {};
      var tops = [];  // the y of each month's stack (height: nothing that month)
      all.forEach(function (k, i) {
        var m = byMonth[k];
        var x = i * bw;
        tops.push(height);
        // A transparent bar the whole height: the month is easy to click even when empty.
        var hit = svg('rect', { x: x, y: 0, width: bw, height: height, fill: 'transparent', 'class': 'incmap-chart-month', 'data-month': k });
        var tip = svg('title');
        tip.textContent = k + ': ' + (m ? (m.incidents + ' ' + t('incidents') + ', ' + m.killed + ' ' + t('civilians killed')) : '0');
        hit.appendChild(tip);
        hit.addEventListener('click', function () { goTo(k); });
        plot.appendChild(hit);
        if (!m || !(m[what] > 0)) { return; }
        // A month of 10 beside a peak of 700 would be one pixel split among its parties: it is stretched
        // to MIN_BAR, so that only a month with nothing has no bar.
        var full = m[what] / top * (height - 2);
        var scale = full < MIN_BAR ? MIN_BAR / full : 1;
        var y = height;
        Object.keys(m.parts).sort().forEach(function (p) {
          var v = m.parts[p][what] || 0;
          if (!v) { return; }
          keys[p] = (keys[p] || 0) + v;
          var h = v / top * (height - 2) * scale;
          y -= h;
          var r = svg('rect', { x: x + bw * 0.08, y: y, width: Math.max(0.5, bw * 0.84), height: h, fill: colourOf(p), 'class': 'incmap-chart-bar', 'pointer-events': 'none' });
          plot.appendChild(r);
        });
        tops[i] = y;
      });
      // The months' totals outlined as one stepped line over the bars: the parts' own colours
      // may all but vanish on the white panel (the pale grey of "not recorded", nearly all of
      // UCDP's events; the SDF's yellow), the outline does not (WCAG 1.4.11: 3:1 or more).
      var d = '', prev = height;
      tops.forEach(function (y, i) {
        var x = (i * bw).toFixed(2);
        if (y < height) {
          d += (prev < height ? '' : 'M' + x + ',' + height) + 'V' + y.toFixed(2) + 'H' + ((i + 1) * bw).toFixed(2);
        } else if (prev < height) {
          d += 'V' + height;
        }
        prev = y;
      });
      if (prev < height) { d += 'V' + height; }
      if (d) {
        plot.appendChild(svg('path', { d: d, fill: 'none', stroke: OUTLINE, 'stroke-width': 1.5, 'stroke-linejoin': 'miter',
          'vector-effect': 'non-scaling-stroke', 'class': 'incmap-chart-outline', 'pointer-events': 'none' }));
      }
      // Years under the bars, and the chosen month marked.
      // A year label every n years, n such that labels do not touch (~26 px each).
      var every = Math.max(1, Math.ceil(26 / (12 * bw)));
      all.forEach(function (k, i) {
        // A label that would run past the right edge is left out (it would be cut); the
        // numbers read left to right in Arabic too (an RTL text would start at x and run left).
        if (k.slice(5) === '01' && Number(k.slice(0, 4)) % every === 0 && i * bw + 24 <= width) {
          var tx = svg('text', { x: i * bw + 1, y: height + 11, 'font-size': 9, fill: '#444', 'class': 'incmap-chart-year', direction: 'ltr' });
          tx.textContent = k.slice(0, 4);
          plot.appendChild(tx);
        }
      });
      var cur = all.indexOf(app.state.date.slice(0, 7));
      if (cur >= 0) {
        plot.appendChild(svg('rect', { x: cur * bw, y: 0, width: Math.max(1, bw), height: height, fill: 'none', stroke: '#000', 'stroke-width': 1, 'class': 'incmap-chart-now', 'pointer-events': 'none' }));
      }
      chart.totals = data.totals;
      chart.keys = keys;
      var imprecise = (data.imprecise || {})[what] || 0;
      var label = (what === 'killed' ? t('civilians killed per month') : t('incidents per month')) + ', ' +
        (by.value === 'control' ? t('by controlling force') : t('by party'));
      plot.setAttribute('aria-label', label + ': ' + (data.totals || {})[what] + ' ' + t('in all') +
        '. ' + t('Arrow keys choose a month, Enter goes there.'));
      desc.textContent = t('All Syria') + ': ' + ((data.totals || {}).incidents || 0) + ' ' + t('incidents') + ', ' +
        ((data.totals || {}).killed || 0) + ' ' + t('civilians killed') +
        (imprecise ? ' (' + imprecise + ' ' + t('with dates too vague for a month, not charted') + ')' : '');
      var legend = el('div', 'incmap-chart-legend');
      Object.keys(keys).sort(function (a, b) { return keys[b] - keys[a]; }).slice(0, 6).forEach(function (k) {
        var item = el('span', 'incmap-chart-key');
        var sw = el('span', 'incmap-swatch'); sw.style.background = colourOf(k);
        item.appendChild(sw); item.appendChild(el('span', null, nameOf(k)));
        legend.appendChild(item);
      });
      desc.appendChild(legend);
      map.fire('incmap:chart', data);
    }

    function goTo(month) {
      // The middle of the month, so a month window shows (nearly) that month.
      var mid = month + '-15';
      app.setDate(U.parseDate(mid) ? mid : month + '-01');
    }
    chart.goTo = goTo;
    plot.addEventListener('keydown', function (e) {
      if (focus < 0) { focus = Math.max(0, all.indexOf(app.state.date.slice(0, 7))); }
      var step = e.key === 'ArrowRight' ? 1 : (e.key === 'ArrowLeft' ? -1 : 0);
      if (step) {
        e.preventDefault();
        focus = Math.max(0, Math.min(all.length - 1, focus + step));
        var m = chart.data && (chart.data.months || []).filter(function (x) { return x.month === all[focus]; })[0];
        desc.firstChild && (desc.firstChild.textContent = all[focus] + ': ' + (m ? m.incidents + ' ' + t('incidents') + ', ' + m.killed + ' ' + t('civilians killed') : '0'));
      } else if (e.key === 'Enter' && focus >= 0) { e.preventDefault(); goTo(all[focus]); }
    });
    app.on(function (what) {
      if (app.readyAt === null) { return; }
      if (what === 'filters' || what === 'categories') { load(); }
      if (what === 'date') { draw(); }
    });
    app.afterReady(load);
    return chart;
  };

  // ---------- context labels: sub-districts and communities ----------

  IncMap.contextLabels = function (map, opts) {
    var app = IncMap.app(map);
    var group = L.layerGroup();
    group.incmapKind = 'context';
    var key = null;
    function load() {
      if (!map.hasLayer(group) || app.readyAt === null) { return; }
      if (map.getZoom() < opts.min_zoom) { group.clearLayers(); key = null; IncMap.declutter(map); return; }
      var b = map.getBounds();
      var bbox = [Math.max(-180, b.getWest()), Math.max(-90, b.getSouth()), Math.min(180, b.getEast()), Math.min(90, b.getNorth())]
        .map(function (v) { return v.toFixed(3); }).join(',');
      var k = bbox + '/' + map.getZoom();
      if (k === key) { return; }
      key = k;
      app.fetchJSON('labels', app.url(opts.url, { bbox: bbox, zoom: map.getZoom() }), function (data) {
        group.clearLayers();
        (data.labels || []).forEach(function (lab) {
          var node = el('div', 'incmap-label incmap-label-' + (lab.level === 'adm3' ? 'adm3' : 'place'));
          node.setAttribute('data-rank', String(lab.rank));
          node.setAttribute('data-pcode', lab.pcode);
          if (lab.level !== 'adm3') { node.appendChild(el('span', 'incmap-dot')); }
          node.appendChild(el('span', 'incmap-label-en', lab.name_en));
          node.appendChild(el('span', 'incmap-label-ar', lab.name_ar));
          var icon = L.divIcon({ className: 'incmap-label-icon', html: node, iconSize: null });
          group.addLayer(L.marker([lab.lat, lab.lon], { icon: icon, interactive: false, keyboard: false, pane: 'incmapLabels' }));
        });
        group.count = (data.labels || []).length;
        IncMap.declutter(map);
      });
    }
    if (!map.getPane('incmapLabels')) {
      var pane = map.createPane('incmapLabels');
      pane.style.zIndex = 550;  // above the areas, under the incidents
      pane.style.pointerEvents = 'none';
    }
    map.on('moveend', load);
    app.afterReady(load);
    group.on('add', function () { setTimeout(load, 0); });
    group.on('remove', function () { key = null; });
    return group;
  };

  // ---------- context layers when installed: rivers, lakes, roads, shaded relief ----------

  // Natural Earth's classes -> how they are drawn (the legend names them).
  function contextStyle(kind, p) {
    if (kind === 'lakes') { return { color: '#3a7fc1', weight: 1, fillColor: '#9cc3e6', fillOpacity: 0.85 }; }
    if (kind === 'rivers') {
      return { color: '#3a7fc1', weight: Math.max(1, 3 - 0.2 * (Number(p.scalerank) || 6)), opacity: 0.9 };
    }
    var major = /major/i.test(p.type || '');
    return { color: '#7b5b3a', weight: major ? 2 : 1.2, opacity: 0.8 };
  }

  /** Installed Natural Earth lines and areas (opts.urls: {kind: url}), loaded once when shown. */
  IncMap.contextLines = function (map, opts) {
    var app = IncMap.app(map);
    if (!map.getPane('incmapContext')) {
      var pane = map.createPane('incmapContext');
      pane.style.zIndex = 410;  // above the control areas' fill, under labels and incidents
      pane.style.pointerEvents = 'none';
    }
    var group = L.featureGroup();
    var kinds = Object.keys(opts.urls || {});
    group.incmapKind = kinds.indexOf('roads') >= 0 ? 'context-roads' : 'context-water';
    group.kinds = kinds;
    group.count = null;
    group.getAttribution = function () { return opts.attribution; };
    var loaded = false;
    function load() {
      if (loaded || !map.hasLayer(group)) { return; }
      loaded = true;
      var left = kinds.length, total = 0;
      kinds.forEach(function (kind) {
        app.fetchJSON('context-' + kind, app.url(opts.urls[kind], {}), function (data) {
          var layer = L.geoJSON(data, { pane: 'incmapContext', interactive: false,
            style: function (f) { return contextStyle(kind, f.properties || {}); } });
          layer.incmapKind = kind;
          group.addLayer(layer);
          total += (data.features || []).length;
          left -= 1;
          if (!left) { group.count = total; map.fire('incmap:context', { kinds: kinds, count: total }); }
        }).then(function () {
          if (app.status['context-' + kind] && app.status['context-' + kind].status === 'error') { loaded = false; }
        });
      });
    }
    group.on('add', function () { app.afterReady(load); });
    return group;
  };

  /** The installed shaded relief: an image under every layer (a base layer). */
  IncMap.reliefLayer = function (map, opts) {
    var layer = L.imageOverlay(opts.url, opts.bounds, { opacity: opts.opacity, pane: 'tilePane',
      attribution: opts.attribution, alt: '', interactive: false });
    layer.incmapKind = 'relief';
    return layer;
  };

  // Their legend rows, while they are on.
  IncMap.legendSections.push(function (body, map) {
    var water = el('div', 'incmap-legend-section incmap-legend-water');
    water.appendChild(el('div', 'incmap-legend-head', t('Rivers and lakes')));
    var river = el('div', 'incmap-legend-row incmap-legend-river');
    var line = el('span', 'incmap-line-swatch'); line.style.borderTop = '2px solid #3a7fc1';
    river.appendChild(line); river.appendChild(el('span', null, t('river')));
    water.appendChild(river);
    water.appendChild(IncMap.legendRow('#9cc3e6', t('lake or reservoir'), 'incmap-legend-lake'));
    var roads = el('div', 'incmap-legend-section incmap-legend-roads');
    roads.appendChild(el('div', 'incmap-legend-head', t('Roads')));
    [[2, 'major road'], [1.2, 'road']].forEach(function (r) {
      var row = el('div', 'incmap-legend-row incmap-legend-road');
      var sw = el('span', 'incmap-line-swatch'); sw.style.borderTop = r[0] + 'px solid #7b5b3a';
      row.appendChild(sw); row.appendChild(el('span', null, t(r[1])));
      roads.appendChild(row);
    });
    var sections = { 'context-water': water, 'context-roads': roads };
    Object.keys(sections).forEach(function (k) { sections[k].hidden = true; body.appendChild(sections[k]); });
    function show(layer, on) { if (layer && sections[layer.incmapKind]) { sections[layer.incmapKind].hidden = !on; } }
    map.on('layeradd', function (e) { show(e.layer, true); });
    map.on('layerremove', function (e) { show(e.layer, false); });
    map.eachLayer(function (l) { show(l, true); });  // those shown from the start
  });

  // ---------- labels never cover groups of incidents, nor each other ----------

  function boxOf(node) {
    var r = node.getBoundingClientRect();
    return { l: r.left, t: r.top, r: r.right, b: r.bottom };
  }
  function hits(a, b) { return a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b; }
  function moved(a, dx, dy) { return { l: a.l + dx, r: a.r + dx, t: a.t + dy, b: a.b + dy }; }

  /**
   * Hide or move the labels that would overlap: the groups of incidents first, then the
   * governorate names (never hidden: moved above or below when covered), the district
   * names, the sub-district names and the places, most important first.
   */
  IncMap.declutter = function (map) {
    var container = map.getContainer();
    var kept = [];
    Array.prototype.forEach.call(container.querySelectorAll('.incmap-cluster span'), function (n) { kept.push(boxOf(n)); });
    var order = [['.incmap-label-adm1', true], ['.incmap-label-adm2', false], ['.incmap-label-adm3', false], ['.incmap-label-place', false]];
    var nodes = [];
    order.forEach(function (o) {
      var list = Array.prototype.slice.call(container.querySelectorAll(o[0]));
      if (o[0] === '.incmap-label-place') {
        list.sort(function (a, b) { return Number(a.getAttribute('data-rank')) - Number(b.getAttribute('data-rank')); });
      }
      list.forEach(function (n) { n.style.marginTop = ''; n.style.marginLeft = ''; n.style.visibility = ''; nodes.push([n, o[1]]); });
    });
    var boxes = nodes.map(function (p) { return boxOf(p[0]); });  // one layout for all reads
    var hidden = 0;
    nodes.forEach(function (p, i) {
      var b = boxes[i];
      if (b.r - b.l === 0) { return; }  // not on the screen
      var h = b.b - b.t, w = b.r - b.l;
      var tries = [[0, 0], [0, -h], [0, h], [0.6 * w, 0], [-0.6 * w, 0], [0, -2 * h], [0, 2 * h]];
      for (var k = 0; k < tries.length; k++) {
        var c = moved(b, tries[k][0], tries[k][1]);
        if (!kept.some(function (o) { return hits(c, o); })) {
          if (tries[k][1]) { p[0].style.marginTop = tries[k][1] + 'px'; }
          if (tries[k][0]) { p[0].style.marginLeft = tries[k][0] + 'px'; }
          kept.push(c);
          return;
        }
      }
      if (p[1]) { kept.push(b); return; }  // a governorate name stays
      p[0].style.visibility = 'hidden';
      hidden += 1;
    });
    map._incmapHiddenLabels = hidden;
    return hidden;
  };

  // ---------- the phone layout ----------

  /** Fold the layer list behind a button on a small screen (the map keeps the screen). */
  IncMap.layout = function (map) {
    var app = IncMap.app(map);
    var layers = map.getContainer().querySelector('.leaflet-control-layers');
    if (layers && !layers.querySelector('.incmap-layers-toggle')) {
      var toggle = button('incmap-layers-toggle', '\u2630', t('Layers'));
      toggle.setAttribute('aria-expanded', 'false');
      layers.insertBefore(toggle, layers.firstChild);
      toggle.addEventListener('click', function () {
        var open = layers.classList.toggle('incmap-layers-open');
        toggle.setAttribute('aria-expanded', String(open));
      });
      // The layer names in the page's language.
      Array.prototype.forEach.call(layers.querySelectorAll('label span'), function (span) {
        if (span.children.length) { return; }  // the span that holds the checkbox and the name
        var text = span.textContent.trim();
        if (t(text) !== text) { span.textContent = ' ' + t(text); }
      });
      layers.setAttribute('aria-label', t('Layers'));
    }
    // On a phone the date control sits at the bottom and the find panel just above it.
    var time = map.getContainer().querySelector('.incmap-time');
    function place() {
      if (time) { document.documentElement.style.setProperty('--incmap-time-height', time.offsetHeight + 'px'); }
      if (app.findPanel && app.findPanel.fit) { app.findPanel.fit(); }
    }
    if (time && window.ResizeObserver) { new ResizeObserver(place).observe(time); }
    window.addEventListener('resize', place);
    place();
    // The keyboard reaches the controls before the hundreds of incident symbols: the
    // control container goes first in the document (its corners stay where they are).
    var holder = map.getContainer();
    if (map._controlContainer && holder.firstChild !== map._controlContainer) {
      holder.insertBefore(map._controlContainer, holder.firstChild);
    }
    // The legend (bottom left) fits between the layer list and the bottom of the screen,
    // with the choropleth's legend when it is on: nothing covers the layer switches.
    function fitLeft() {
      var legend = holder.querySelector('.incmap-legend');
      if (!legend || IncMap.small()) { return; }
      var above = holder.querySelector('.leaflet-top.leaflet-left');
      var corner = legend.parentNode;
      var top = above ? above.getBoundingClientRect().bottom : 0;
      // What else the corner holds (the choropleth's legend, the scale) and the margins.
      var others = corner.offsetHeight - legend.offsetHeight - 10;
      var room = window.innerHeight - top - others - 30;
      legend.style.maxHeight = Math.max(90, room) + 'px';
    }
    IncMap.fitLegend = fitLeft;
    map.on('overlayadd overlayremove incmap:loaded', function () { setTimeout(fitLeft, 0); });
    window.addEventListener('resize', fitLeft);
    setTimeout(fitLeft, 0);
    var timer = null;
    function again() { clearTimeout(timer); timer = setTimeout(function () { IncMap.declutter(map); }, 30); }
    map.on('incmap:incidents zoomend moveend', again);
    app.on(function () { again(); });
  };
})();
