/*
 * The Observatory dashboard: fills the page the server rendered (body data-page, data-numbers, the filter form)
 * from the REST API under /api/v1, with Apache ECharts charts. No network beyond this server.
 *
 * For tests and readers, window.observatory holds what each chart shows:
 *   observatory.charts[KEY] = {kind, snapshot, compare, labels, series: [{name, data}], csv}
 * and observatory.ready / observatory.renders say when a render after a filter change is done.
 */
(function () {
  'use strict';

  var MAX_BARS = 15;
  var TABLE_ROWS = 50;
  var body = document.body;
  var page = body.dataset.page;
  var numbers = (body.dataset.numbers || '').split(',').filter(Boolean).map(Number);
  var form = document.getElementById('filters');
  var content = document.getElementById('content');
  var instances = [];
  var obs = (window.observatory = { ready: false, renders: 0, charts: {}, page: page });

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') e.textContent = attrs[k];
      else if (k === 'cls') e.className = attrs[k];
      else e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      if (c) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return e;
  }

  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) {
      return r.json().then(function (b) {
        if (!r.ok) throw new Error(b.message || 'HTTP ' + r.status);
        return b;
      });
    });
  }

  function field(name) {
    return form.elements.namedItem(name);
  }

  function value(name) {
    var f = field(name);
    return f ? f.value : '';
  }

  /** The filters as query parameters, without the snapshot. */
  function filterQuery() {
    return ['origin', 'relation', 'license_class']
      .filter(function (n) { return value(n); })
      .map(function (n) { return '&' + n + '=' + encodeURIComponent(value(n)); })
      .join('');
  }

  function isShare(column) {
    return column === 'share' || /^share_/.test(column) || /_share$/.test(column);
  }

  function human(column, v) {
    if (v === null || v === undefined) return '';
    if (typeof v === 'number' && isShare(column)) return (v * 100).toFixed(1) + '%';
    if (typeof v === 'number') {
      return Math.abs(v - Math.round(v)) < 1e-9
        ? Math.round(v).toLocaleString('en')
        : v.toLocaleString('en', { maximumFractionDigits: 2 });
    }
    if (Array.isArray(v)) return v.map(function (x) { return human('', x); }).join(', ');
    if (typeof v === 'object') return JSON.stringify(v);
    return String(v);
  }

  function setOptions(select, values, keep, blank) {
    var current = keep;
    while (select.options.length) select.remove(0);
    if (blank !== null) select.add(new Option(blank, ''));
    values.forEach(function (v) { select.add(new Option(v, v)); });
    select.value = values.indexOf(current) >= 0 ? current : '';
    if (blank === null && !select.value && values.length) select.value = values[0];
  }

  function syncUrl() {
    var q = new URLSearchParams();
    Array.prototype.forEach.call(form.elements, function (f) {
      if (f.name && f.value) q.set(f.name, f.value);
    });
    history.replaceState(null, '', location.pathname + (q.toString() ? '?' + q : ''));
  }

  function start() {
    var params = new URLSearchParams(location.search);
    getJson('/api/v1/snapshots')
      .then(function (s) {
        var dates = s.snapshots.map(function (x) { return x.date; }).reverse();
        obs.snapshots = dates;
        setOptions(field('snapshot'), dates, params.get('snapshot') || s.latest, null);
        if (field('compare')) setOptions(field('compare'), dates, params.get('compare'), '—');
        ['origin', 'relation', 'license_class'].forEach(function (n) {
          if (field(n) && params.get(n)) {
            if (n === 'origin') field(n).add(new Option(params.get(n), params.get(n)));
            field(n).value = params.get(n);
          }
        });
        form.addEventListener('change', function () {
          syncUrl();
          render();
        });
        return render();
      })
      .catch(fail);
  }

  function fail(e) {
    content.replaceChildren(el('p', { cls: 'error', text: 'Could not load the figures: ' + e.message }));
    obs.error = e.message;
    obs.ready = true;
  }

  function render() {
    obs.ready = false;
    body.dataset.ready = 'false';
    var snapshot = value('snapshot');
    return getJson('/api/v1/indicators?snapshot=' + snapshot)
      .then(function (list) {
        if (field('origin')) setOptions(field('origin'), list.origins, value('origin'), 'all');
        credits(list.credits);
        instances.forEach(function (c) { c.dispose(); });
        instances = [];
        obs.charts = {};
        content.replaceChildren();
        var shown = list.indicators.filter(function (m) {
          return numbers.length === 0 || numbers.indexOf(m.number) >= 0;
        });
        var steps = [];
        if (page === 'scorecard') steps.push(function () { return scorecard(snapshot); });
        if (page === 'adoption') steps.push(function () { return series(); });
        if (page !== 'scorecard') {
          shown.forEach(function (m) {
            steps.push(function () { return indicator(m, snapshot); });
          });
          steps.push(function () { missing(list.indicators); });
        }
        if (page === 'families') steps.push(function () { return lineage(snapshot, list); });
        return steps.reduce(function (p, step) { return p.then(step); }, Promise.resolve());
      })
      .then(function () {
        obs.renders += 1;
        obs.ready = true;
        body.dataset.ready = 'true';
      })
      .catch(fail);
  }

  function credits(list) {
    var ul = document.getElementById('credits');
    ul.replaceChildren.apply(ul, list.map(function (c) { return el('li', { text: c }); }));
  }

  /** Notes for the page's indicator numbers the report does not have (yet). */
  function missing(all) {
    document.querySelectorAll('template.missing').forEach(function (t) {
      var n = Number(t.dataset.number);
      if (!all.some(function (m) { return m.number === n; })) {
        content.appendChild(el('section', { cls: 'card empty', 'data-missing': String(n) }, [
          el('h2', { text: 'Indicator ' + n + ': not in this report' }),
          el('p', { text: t.content.textContent })
        ]));
      }
    });
  }

  function card(key, title, meta) {
    var section = el('section', { cls: 'card', id: 'card-' + key, 'data-indicator': key });
    section.appendChild(el('h2', { text: title }));
    if (meta.definition) section.appendChild(el('p', { cls: 'definition', text: meta.definition }));
    content.appendChild(section);
    return section;
  }

  /** Scope, window, date, filters, CSV link and credits: what every chart states. */
  function caption(section, info) {
    var p = el('p', { cls: 'meta' });
    p.appendChild(el('span', { cls: 'date', text: 'Snapshot ' + info.dates + '. ' }));
    p.appendChild(el('span', { cls: 'window', text: 'Window: ' + info.window + '. ' }));
    p.appendChild(el('span', { cls: 'scope', text: 'Scope: ' + info.scope + '. ' }));
    if (info.filters) p.appendChild(el('span', { cls: 'filters', text: info.filters }));
    section.appendChild(p);
    var links = el('p', { cls: 'links' }, [el('a', { href: info.csv, cls: 'csv', text: 'Download CSV' })]);
    if (info.json) {
      links.appendChild(document.createTextNode(' · '));
      links.appendChild(el('a', { href: info.json, cls: 'json', text: 'JSON' }));
    }
    section.appendChild(links);
    section.appendChild(el('p', { cls: 'credits', text: 'Data: ' + info.credits.join(' ') }));
  }

  function describeFilters(d) {
    var parts = [];
    Object.keys(d.filters || {}).forEach(function (k) { parts.push(k + ' = ' + d.filters[k]); });
    var out = parts.length ? 'Filtered: ' + parts.join(', ') + '. ' : '';
    var ignored = Object.keys(d.ignored_filters || {});
    if (ignored.length) out += 'Not applicable here: ' + ignored.join(', ') + '. ';
    return out;
  }

  /** The rows a chart shows: the catalog's chart filter unless the reader filters that column. */
  function chartRows(d) {
    var rows = d.rows;
    var f = d.chart.filter;
    if (f) {
      var kv = f.split('=');
      var param = kv[0] === 'class' ? 'license_class' : kv[0];
      if (!(d.filters && d.filters[param])) {
        rows = rows.filter(function (r) { return String(r[kv[0]]) === kv[1]; });
      }
    }
    var v = d.chart.value;
    return rows.filter(function (r) { return typeof r[v] === 'number'; });
  }

  function label(d, r) {
    return d.chart.label_columns.map(function (c) { return String(r[c]); }).join(' · ');
  }

  function indicator(meta, snapshot) {
    var name = meta.indicator;
    var compare = value('compare');
    var q = filterQuery();
    var url = compare
      ? '/api/v1/compare/' + name + '?a=' + snapshot + '&b=' + compare + q
      : '/api/v1/indicators/' + name + '?snapshot=' + snapshot + q;
    return getJson(url).then(function (res) {
      var a = compare ? res.a : res;
      var b = compare ? res.b : null;
      var section = card(name, meta.number + '. ' + meta.title, meta);
      var rowsA = a.chart.value ? chartRows(a).slice(0, MAX_BARS) : [];
      var labels = rowsA.map(function (r) { return label(a, r); });
      var series = [{ name: a.snapshot, data: rowsA.map(function (r) { return r[a.chart.value]; }) }];
      if (b) {
        var byLabel = {};
        chartRows(b).forEach(function (r) { byLabel[label(b, r)] = r[b.chart.value]; });
        chartRows(b).forEach(function (r) {
          var l = label(b, r);
          if (labels.indexOf(l) < 0 && labels.length < MAX_BARS + 5) {
            labels.push(l);
            series[0].data.push(null);
          }
        });
        series.push({
          name: b.snapshot,
          data: labels.map(function (l) { return l in byLabel ? byLabel[l] : null; })
        });
      }
      if (labels.length) {
        bars(section, name, a.chart.value, labels, series);
      } else if (!a.chart.value) {
        section.appendChild(el('p', { cls: 'no-chart', text: 'A table without a chart: the indicator catalog names no value to chart.' }));
      } else {
        section.appendChild(el('p', {
          cls: 'no-rows',
          text: a.rows_total === 0
            ? 'No rows in the snapshot of ' + a.snapshot + '.'
            : 'No rows to chart with these filters (' + a.rows.length + ' of ' + a.rows_total + ' rows kept).'
        }));
      }
      obs.charts[name] = {
        kind: 'bar', snapshot: a.snapshot, compare: b ? b.snapshot : null, value: a.chart.value,
        labels: labels, series: series, csv: a.links.csv, rows: a.rows.length
      };
      caption(section, {
        dates: b ? a.snapshot + ' compared with ' + b.snapshot : a.snapshot,
        window: b ? a.window + ' / ' + b.window : a.window,
        scope: a.scope,
        filters: describeFilters(a) + (a.rows.length > MAX_BARS && labels.length
          ? 'The chart shows the first ' + Math.min(MAX_BARS, rowsA.length) + ' rows; the table and CSV have all ' + a.rows.length + '. '
          : '') + (b ? res.note : ''),
        csv: a.links.csv,
        json: a.links.json,
        credits: a.credits
      });
      table(section, a.rows);
    });
  }

  function bars(section, key, column, labels, series) {
    var box = el('div', { cls: 'chart', id: 'chart-' + key, 'data-chart': key });
    box.style.height = Math.max(140, labels.length * (series.length > 1 ? 34 : 24) + 70) + 'px';
    section.appendChild(box);
    var chart = echarts.init(box, null, { renderer: 'svg' });
    instances.push(chart);
    var fmt = function (v) { return human(column, v); };
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 70, top: series.length > 1 ? 30 : 10, bottom: 24, containLabel: true },
      legend: series.length > 1 ? { top: 0 } : undefined,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: fmt },
      xAxis: { type: 'value', axisLabel: { formatter: fmt } },
      yAxis: {
        type: 'category', inverse: true, data: labels,
        axisLabel: { width: 260, overflow: 'truncate' }
      },
      series: series.map(function (s) {
        return {
          type: 'bar', name: s.name, data: s.data,
          label: { show: true, position: 'right', formatter: function (p) { return fmt(p.value); } }
        };
      })
    });
  }

  function table(section, rows) {
    if (!rows.length) return;
    var cols = Object.keys(rows[0]);
    var t = el('table');
    t.appendChild(el('thead', {}, [el('tr', {}, cols.map(function (c) { return el('th', { text: c }); }))]));
    var tb = el('tbody');
    rows.slice(0, TABLE_ROWS).forEach(function (r) {
      tb.appendChild(el('tr', {}, cols.map(function (c) {
        return el('td', { cls: typeof r[c] === 'number' ? 'n' : '', text: human(c, r[c]) });
      })));
    });
    t.appendChild(tb);
    var summary = 'Table: ' + (rows.length > TABLE_ROWS ? 'first ' + TABLE_ROWS + ' of ' : '') + rows.length + ' rows';
    section.appendChild(el('details', {}, [el('summary', { text: summary }), t]));
  }

  function scorecard(snapshot) {
    return getJson('/api/v1/scorecard?snapshot=' + snapshot).then(function (s) {
      var section = card('scorecard', 'Scorecard, snapshot ' + s.snapshot, {});
      var t = el('table', { cls: 'scorecard' });
      s.lines.forEach(function (l) {
        t.appendChild(el('tr', { 'data-indicator': l.indicator }, [
          el('td', {}, [el('a', { href: '/indicators?snapshot=' + s.snapshot + '#card-' + l.indicator, text: l.label })]),
          el('td', { cls: 'figures', text: l.figures }),
          el('td', { cls: 'meta', text: l.window }),
          el('td', {}, [el('a', { href: l.csv, cls: 'csv', text: 'CSV' })])
        ]));
      });
      section.appendChild(t);
      section.appendChild(el('p', { cls: 'meta', text: 'Scope: ' + s.scope + '.' }));
      section.appendChild(el('p', { cls: 'credits', text: 'Data: ' + s.credits.join(' ') }));
      obs.charts.scorecard = { kind: 'table', snapshot: s.snapshot, lines: s.lines.map(function (l) { return l.indicator; }) };
      return getJson('/api/v1/snapshots').then(function (all) {
        var snaps = card('snapshots', 'Stored snapshots', {});
        var st = el('table');
        st.appendChild(el('tr', {}, ['date', 'models', 'lineage nodes', 'edges', 'source files'].map(function (h) { return el('th', { text: h }); })));
        all.snapshots.forEach(function (x) {
          st.appendChild(el('tr', {}, [
            el('td', {}, [el('a', { href: '/?snapshot=' + x.date, text: x.date })]),
            el('td', { cls: 'n', text: human('models', x.models) }),
            el('td', { cls: 'n', text: human('nodes', x.nodes) }),
            el('td', { cls: 'n', text: human('edges', x.edges) }),
            el('td', { cls: 'n', text: String(x.sources.length) })
          ]));
        });
        snaps.appendChild(st);
      });
    });
  }

  /** Indicator 1 over every stored snapshot: one line per origin. */
  function series() {
    var q = value('origin') ? '?origin=' + encodeURIComponent(value('origin')) : '';
    return getJson('/api/v1/series/downloads_by_origin' + q).then(function (s) {
      var section = card('series-downloads_by_origin', 'Downloads by origin over the stored snapshots', {
        definition: s.title + '. Each point is the share of that snapshot\'s own 30-day downloads.'
      });
      var dates = [];
      var origins = [];
      s.rows.forEach(function (r) {
        if (dates.indexOf(r.snapshot) < 0) dates.push(r.snapshot);
        if (origins.indexOf(r.origin) < 0) origins.push(r.origin);
      });
      dates.sort();
      var data = origins.map(function (o) {
        return {
          name: o,
          data: dates.map(function (d) {
            var row = s.rows.filter(function (r) { return r.snapshot === d && r.origin === o; })[0];
            return row ? row.share : null;
          })
        };
      });
      obs.charts['series-downloads_by_origin'] = {
        kind: 'line', labels: dates, series: data, csv: s.csv, rows: s.rows.length
      };
      if (s.rows.length) {
        var box = el('div', { cls: 'chart', id: 'chart-series-downloads_by_origin', 'data-chart': 'series-downloads_by_origin' });
        box.style.height = '340px';
        section.appendChild(box);
        var chart = echarts.init(box, null, { renderer: 'svg' });
        instances.push(chart);
        var fmt = function (v) { return human('share', v); };
        chart.setOption({
          animation: false,
          legend: { type: 'scroll', top: 0 },
          grid: { left: 8, right: 30, top: 40, bottom: 24, containLabel: true },
          tooltip: { trigger: 'axis', valueFormatter: fmt },
          xAxis: { type: 'category', data: dates },
          yAxis: { type: 'value', axisLabel: { formatter: fmt } },
          series: data.map(function (d) {
            return { type: 'line', name: d.name, data: d.data, connectNulls: false, symbolSize: 8 };
          })
        });
      } else {
        section.appendChild(el('p', { cls: 'no-rows', text: 'No rows with these filters.' }));
      }
      caption(section, {
        dates: dates.join(', '),
        window: s.window,
        scope: s.scope,
        filters: describeFilters(s),
        csv: s.csv,
        credits: s.credits
      });
      table(section, s.rows);
    });
  }

  /** The lineage tree under a root chosen among the largest families (indicator 6). */
  function lineage(snapshot, list) {
    var section = card('lineage', 'Lineage tree', {
      definition: 'The descendants of one root model, as the snapshot\'s parent edges say, down to the chosen depth.'
    });
    var params = new URLSearchParams(location.search);
    var rootSelect = el('select', { id: 'f-root', name: 'root' });
    var depthSelect = el('select', { id: 'f-depth', name: 'depth' });
    [1, 2, 3, 4].forEach(function (d) { depthSelect.add(new Option(String(d), String(d))); });
    depthSelect.value = ['1', '2', '3', '4'].indexOf(params.get('depth')) >= 0 ? params.get('depth') : '2';
    var nodesSelect = el('select', { id: 'f-nodes', name: 'nodes' });
    ['30', '60', '150', '300'].forEach(function (n) { nodesSelect.add(new Option(n, n)); });
    nodesSelect.value = ['30', '60', '150', '300'].indexOf(params.get('nodes')) >= 0 ? params.get('nodes') : '60';
    var controls = el('p', { cls: 'controls' }, [
      el('label', {}, ['Root ', rootSelect]), ' ', el('label', {}, ['Depth ', depthSelect]), ' ',
      el('label', {}, ['At most ', nodesSelect, ' nodes'])
    ]);
    section.appendChild(controls);
    var holder = el('div');
    section.appendChild(holder);
    var origin = value('origin');
    return getJson('/api/v1/indicators/families?snapshot=' + snapshot + (origin ? '&origin=' + origin : ''))
      .then(function (fam) {
        var roots = fam.rows.filter(function (r) { return r.descendants > 0; }).map(function (r) { return r.root; });
        if (!roots.length) {
          holder.appendChild(el('p', { cls: 'no-rows', text: 'No family with descendants in the snapshot of ' + snapshot + (origin ? ' for origin ' + origin : '') + '.' }));
          obs.charts.lineage = { kind: 'tree', snapshot: snapshot, root: null, nodes: 0 };
          return null;
        }
        roots.forEach(function (r) { rootSelect.add(new Option(r, r)); });
        rootSelect.value = roots.indexOf(params.get('root')) >= 0 ? params.get('root') : roots[0];
        var draw = function () {
          var q = new URLSearchParams(location.search);
          q.set('root', rootSelect.value);
          q.set('depth', depthSelect.value);
          q.set('nodes', nodesSelect.value);
          history.replaceState(null, '', location.pathname + '?' + q);
          obs.ready = false;
          return tree(holder, snapshot, rootSelect.value, depthSelect.value, nodesSelect.value).then(function () {
            obs.renders += 1;
            obs.ready = true;
          });
        };
        [rootSelect, depthSelect, nodesSelect].forEach(function (s) {
          s.addEventListener('change', function (e) { e.stopPropagation(); draw().catch(fail); });
        });
        return tree(holder, snapshot, rootSelect.value, depthSelect.value, nodesSelect.value);
      });
  }

  function countLeaves(n) {
    return n.children.length ? n.children.reduce(function (s, c) { return s + countLeaves(c); }, 0) : 1;
  }

  function tree(holder, snapshot, root, depth, nodes) {
    var relation = value('relation') === 'total' ? '' : value('relation');
    var url = '/api/v1/lineage?id=' + encodeURIComponent(root) + '&snapshot=' + snapshot + '&depth=' + depth + '&max_nodes=' + nodes +
      (relation ? '&relation=' + relation : '');
    return getJson(url).then(function (t) {
      holder.replaceChildren();
      var leaves = countLeaves(t.tree);
      var box = el('div', { cls: 'chart tree', id: 'chart-lineage', 'data-chart': 'lineage' });
      box.style.height = Math.min(9000, Math.max(320, leaves * 16 + 40)) + 'px';
      holder.appendChild(box);
      var chart = echarts.init(box, null, { renderer: 'svg' });
      instances.push(chart);
      chart.setOption({
        animation: false,
        tooltip: {
          trigger: 'item',
          formatter: function (p) {
            var d = p.data;
            return d.name + '<br>' + (d.relation || 'root') + ' · depth ' + d.depth +
              (d.value === null || d.value === undefined ? ' · no record in the snapshot' : ' · ' + human('downloads', d.value) + ' downloads');
          }
        },
        series: [{
          type: 'tree', data: [t.tree], orient: 'LR', top: 10, bottom: 10, left: 240, right: 290,
          symbolSize: 7, initialTreeDepth: -1, expandAndCollapse: false,
          label: { position: 'left', verticalAlign: 'middle', align: 'right', fontSize: 11, width: 230, overflow: 'truncate' },
          leaves: { label: { position: 'right', verticalAlign: 'middle', align: 'left', width: 280, overflow: 'truncate' } }
        }]
      });
      obs.charts.lineage = {
        kind: 'tree', snapshot: t.snapshot, root: t.root, depth: t.depth, relation: t.relation,
        nodes: t.node_count, truncated: t.truncated, children: t.tree.children.length, csv: t.csv
      };
      caption(holder, {
        dates: t.snapshot,
        window: 'lineage as of the snapshot; downloads are 30-day downloads as of ' + t.snapshot,
        scope: t.node_count + ' nodes under ' + t.root + ' to depth ' + t.depth +
          (t.relation ? ', ' + t.relation + ' edges only' : '') + (t.truncated ? ', cut at ' + t.max_nodes + ' nodes' : '') +
          '. ' + t.note,
        csv: t.csv,
        json: url,
        credits: ['Model records and parent edges: Hugging Face Hub (huggingface.co) model metadata, as in the snapshot\'s source files.']
      });
    });
  }

  start();
})();
