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

  /** The snapshots to compare with: every stored one but the snapshot shown. */
  function compareOptions(keep) {
    var others = obs.snapshots.filter(function (d) { return d !== value('snapshot'); });
    setOptions(field('compare'), others, keep, '—');
  }

  function syncUrl() {
    var q = new URLSearchParams();
    Array.prototype.forEach.call(form.elements, function (f) {
      if (f.name && f.value) q.set(f.name, f.value);
    });
    history.replaceState(null, '', location.pathname + (q.toString() ? '?' + q : ''));
  }

  function start() {
    if (page === 'claims') {
      claimsPage().then(function () {
        obs.renders += 1;
        obs.ready = true;
        body.dataset.ready = 'true';
      }).catch(fail);
      return;
    }
    var params = new URLSearchParams(location.search);
    getJson('/api/v1/snapshots')
      .then(function (s) {
        var dates = s.snapshots.map(function (x) { return x.date; }).reverse();
        obs.snapshots = dates;
        setOptions(field('snapshot'), dates, params.get('snapshot') || s.latest, null);
        if (field('compare')) compareOptions(params.get('compare'));
        ['origin', 'relation', 'license_class'].forEach(function (n) {
          if (field(n) && params.get(n)) {
            if (n === 'origin') field(n).add(new Option(params.get(n), params.get(n)));
            field(n).value = params.get(n);
          }
        });
        form.addEventListener('change', function (e) {
          if (e.target === field('snapshot') && field('compare')) compareOptions(value('compare'));
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

  /** The claims page: one card per claim, from /api/v1/claims. */
  function claimsPage() {
    content.replaceChildren();
    return Promise.all([getJson('/api/v1/claims'), getJson('/api/v1/indicators')]).then(function (both) {
      var c = both[0];
      credits(both[1].credits);
      var section = card('claims', 'Claims of the debate, checked', { definition: c.note });
      var grid = el('div', { cls: 'cards' });
      c.claims.forEach(function (x) { grid.appendChild(claimCard(x)); });
      section.appendChild(grid);
      section.appendChild(el('p', { cls: 'links' }, [
        el('a', { href: c.csv, cls: 'csv', text: 'Download CSV' }), ' · ',
        el('a', { href: '/api/v1/claims', cls: 'json', text: 'JSON' })
      ]));
      obs.charts.claims = {
        kind: 'cards', ids: c.claims.map(function (x) { return x.id; }),
        verdicts: c.claims.map(function (x) { return x.verdict; })
      };
    });
  }

  function claimCard(x) {
    var win = x.window || '';
    var when = x.snapshot && win.indexOf(x.snapshot) < 0 ? ['snapshot ' + x.snapshot, win].filter(Boolean).join('; ') : win;
    var dl = el('dl');
    [['Claimed', x.claimed_text, 'big claimed'], ['Their scope', x.source_scope, ''],
      ['Ours', x.ours_text, 'big ours'], ['Our scope', x.our_scope + (when ? ' (' + when + ')' : ''), '']]
      .forEach(function (d) {
        dl.appendChild(el('dt', { text: d[0] }));
        dl.appendChild(el('dd', {}, [el('span', { cls: d[2], text: d[1] })]));
      });
    return el('article', {
      cls: 'claim v-' + x.verdict.replace(/ /g, '-'), id: 'claim-' + x.id, 'data-verdict': x.verdict
    }, [
      el('span', { cls: 'badge', text: x.verdict }),
      el('h3', { text: '\u201c' + x.claim + '\u201d' }),
      el('p', { cls: 'said', text: (x.said_by ? x.said_by + ' \u2014 ' : '') + x.source }),
      dl,
      el('p', { cls: 'reason' }, [el('strong', { text: 'Why: ' }), x.reason])
    ]);
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
    p.appendChild(el('span', { cls: 'scope', text: 'Scope: ' + info.scope.replace(/\.$/, '') + '. ' }));
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
      if (a.lineage_note) lineageNote(section, a.lineage_note);
      var cd = a.chart_data;
      var shown = null;
      var note = '';
      if (cd && cd.categories.length) {
        shown = draw(section, name, cd, b ? b.chart_data : null, a.snapshot, b ? b.snapshot : null);
        note = 'Chart: ' + cd.shows + '. Values: ' + cd.unit_label + '. ';
        if (b && !shown.compared) note += 'The comparison applies to bar charts; this chart shows ' + a.snapshot + '. ';
      } else if (!cd) {
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
        kind: cd ? cd.kind : 'none', snapshot: a.snapshot, compare: b ? b.snapshot : null,
        value: a.chart.value, labels: shown ? shown.labels : [], series: shown ? shown.series : [],
        csv: a.links.csv, rows: a.rows.length, shows: cd ? cd.shows : null
      };
      caption(section, {
        dates: b ? a.snapshot + ' compared with ' + b.snapshot : a.snapshot,
        window: b ? a.window + ' / ' + b.window : a.window,
        scope: a.scope,
        filters: describeFilters(a) + note + (b ? res.note : ''),
        csv: a.links.csv,
        json: a.links.json,
        credits: a.credits
      });
      table(section, a.rows);
    });
  }

  /** Why a lineage indicator is empty or trivial here, with links to the snapshots that have lineage. */
  function lineageNote(section, note) {
    var p = el('p', { cls: 'note lineage', text: note.text + ' ' });
    note.snapshots.forEach(function (d) {
      var q = new URLSearchParams(location.search);
      q.set('snapshot', d);
      q.delete('compare');
      p.appendChild(el('a', { href: location.pathname + '?' + q, text: 'Show ' + d + '.' }));
      p.appendChild(document.createTextNode(' '));
    });
    section.appendChild(p);
  }

  /** How a value of a unit is written: 58.9%, $11.6M, $0.40, 0.479, 1,234 or 12.4T. */
  function formatter(unit, tick) {
    return function (v) {
      if (v === null || v === undefined || v === '-') return '';
      if (typeof v !== 'number') v = Number(v);
      if (unit === 'share') return (v * 100).toFixed(tick ? 0 : 1) + '%';
      if (unit === 'usd') return '$' + abbreviate(v);
      if (unit === 'price') return '$' + v.toFixed(2);
      if (unit === 'score') return v.toFixed(tick ? 2 : 3);
      return Math.abs(v) >= (tick ? 1e4 : 1e7) ? abbreviate(v) : human('', v);
    };
  }

  function abbreviate(v) {
    var units = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'k']];
    for (var i = 0; i < units.length; i++) {
      if (Math.abs(v) >= units[i][0]) return (v / units[i][0]).toFixed(1).replace(/\.0$/, '') + units[i][1];
    }
    return human('', v);
  }

  /** An ECharts instance in a new box of the section, with PNG export and aria. */
  function chartBox(section, key, height, description) {
    var box = el('div', { cls: 'chart', id: 'chart-' + key, 'data-chart': key, role: 'img', 'aria-label': description });
    box.style.height = height + 'px';
    section.appendChild(box);
    var chart = echarts.init(box, dark() ? 'dark' : null, { renderer: 'svg' });
    instances.push(chart);
    return chart;
  }

  function dark() {
    return !!(window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches);
  }

  function common(cd, title) {
    return {
      animation: false,
      backgroundColor: 'transparent',
      aria: { enabled: true, label: { description: cd.description } },
      toolbox: { right: 4, top: 0, feature: { saveAsImage: { title: 'PNG', name: title, pixelRatio: 2, backgroundColor: dark() ? '#1b1f24' : '#fff' } } }
    };
  }

  /** The legend of what the colours stand for, in HTML under the chart. */
  function legend(section, entries) {
    if (!entries || !entries.length) return;
    section.appendChild(el('ul', { cls: 'legend' }, entries.map(function (e) {
      var sw = el('span', { cls: 'swatch' });
      sw.style.background = e.color;
      return el('li', {}, [sw, e.name]);
    })));
  }

  /**
   * Draws the API's chart_data (the same ChartData the HTML report draws): bars (largest first,
   * coloured by origin, with error bars), stacked bars, lines or stacked areas over time. With a
   * second snapshot, bar charts get a second bar per label. Returns what it drew.
   */
  function draw(section, key, cd, cdB, snapA, snapB) {
    var fmt = formatter(cd.unit, false);
    var tick = formatter(cd.unit, true);
    var option = common(cd, key);
    var drawn = { labels: cd.categories.slice(), series: [], compared: false };
    if (cd.kind === 'line' || cd.kind === 'stacked_area') {
      var stacked = cd.kind === 'stacked_area';
      option.legend = { type: 'scroll', top: 0, left: 0, right: 40 };
      option.grid = { left: 8, right: 24, top: 40, bottom: 24, containLabel: true };
      option.tooltip = { trigger: 'axis', valueFormatter: fmt };
      option.xAxis = { type: 'category', data: cd.categories, boundaryGap: false };
      option.yAxis = { type: 'value', axisLabel: { formatter: tick } };
      option.series = cd.series.map(function (s) {
        drawn.series.push({ name: s.name, data: s.values });
        return {
          type: 'line', name: s.name, data: s.values, color: s.color, connectNulls: false,
          showSymbol: true, showAllSymbol: true, symbolSize: 6,
          stack: stacked ? 'total' : undefined, areaStyle: stacked ? { opacity: 0.8 } : undefined
        };
      });
      chartBox(section, key, 360, cd.description).setOption(option);
      return drawn;
    }
    var labels = cd.categories.slice();
    var seriesList;
    if (cd.kind === 'stacked_bar') {
      seriesList = cd.series.map(function (s) {
        drawn.series.push({ name: s.name, data: s.values });
        return { type: 'bar', name: s.name, data: s.values, color: s.color, stack: 'total', barMaxWidth: 22 };
      });
      option.legend = { type: 'scroll', top: 0, left: 0, right: 40 };
    } else {
      var main = cd.series[0];
      var data = main.values.map(function (v, i) {
        return { value: v, itemStyle: { color: main.colors ? main.colors[i] : main.color } };
      });
      var values = main.values.slice();
      seriesList = [{
        type: 'bar', name: snapA, data: data, barMaxWidth: 22,
        label: { show: true, position: 'right', formatter: function (p) { return fmt(p.value); } }
      }];
      if (cdB && cdB.kind === 'bar') {
        drawn.compared = true;
        var byLabel = {};
        cdB.categories.forEach(function (l, i) { byLabel[l] = cdB.series[0].values[i]; });
        cdB.categories.forEach(function (l) {
          if (labels.indexOf(l) < 0 && labels.length < cd.categories.length + 5) {
            labels.push(l);
            data.push({ value: null });
            values.push(null);
          }
        });
        var other = labels.map(function (l) { return l in byLabel ? byLabel[l] : null; });
        seriesList.push({
          type: 'bar', name: snapB, barMaxWidth: 22,
          data: other.map(function (v) { return { value: v, itemStyle: { opacity: 0.45, color: '#888' } }; }),
          label: { show: true, position: 'right', formatter: function (p) { return fmt(p.value); } }
        });
        drawn.series.push({ name: snapA, data: values });
        drawn.series.push({ name: snapB, data: other });
        option.legend = { top: 0, left: 0 };
      } else {
        drawn.series.push({ name: snapA, data: values });
        if (main.low) {
          seriesList.push(errorBars(main, labels));
        }
      }
    }
    drawn.labels = labels;
    option.grid = { left: 8, right: 70, top: option.legend ? 34 : 28, bottom: 24, containLabel: true };
    option.tooltip = { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: fmt };
    option.xAxis = { type: 'value', axisLabel: { formatter: tick } };
    option.yAxis = { type: 'category', inverse: true, data: labels, axisLabel: { width: 220, overflow: 'truncate' } };
    option.series = seriesList;
    var rows = labels.length * (drawn.compared ? 2 : 1);
    chartBox(section, key, Math.max(150, rows * 24 + 80), cd.description).setOption(option);
    legend(section, cd.legend);
    return drawn;
  }

  /** Whiskers from value_low to value_high on each bar (a custom series). */
  function errorBars(s, labels) {
    return {
      type: 'custom', name: 'range', id: 'error-bars', silent: true, z: 10,
      data: s.low.map(function (lo, i) { return [i, lo, s.high[i]]; }).filter(function (d) { return d[1] !== null && d[2] !== null; }),
      renderItem: function (params, api) {
        var y = api.coord([0, api.value(0)])[1];
        var lo = api.coord([api.value(1), api.value(0)])[0];
        var hi = api.coord([api.value(2), api.value(0)])[0];
        var style = { stroke: dark() ? '#ddd' : '#222', lineWidth: 1.2 };
        return {
          type: 'group',
          children: [
            { type: 'line', shape: { x1: lo, y1: y, x2: hi, y2: y }, style: style },
            { type: 'line', shape: { x1: lo, y1: y - 5, x2: lo, y2: y + 5 }, style: style },
            { type: 'line', shape: { x1: hi, y1: y - 5, x2: hi, y2: y + 5 }, style: style }
          ]
        };
      },
      encode: { x: [1, 2], y: 0 }
    };
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
      var key = 'series-downloads_by_origin';
      var section = card(key, 'Downloads by origin over the stored snapshots', {
        definition: s.title + '. Each point is the share of that snapshot\'s own 30-day downloads.'
      });
      var cd = s.chart_data;
      var drawn = { labels: [], series: [] };
      if (s.rows.length && cd) {
        drawn = draw(section, key, cd, null, null, null);
      } else {
        section.appendChild(el('p', { cls: 'no-rows', text: 'No rows with these filters.' }));
      }
      obs.charts[key] = { kind: 'line', labels: drawn.labels, series: drawn.series, csv: s.csv, rows: s.rows.length };
      caption(section, {
        dates: drawn.labels.join(', '),
        window: s.window,
        scope: s.scope,
        filters: describeFilters(s) + (cd ? 'Chart: ' + cd.shows + '. ' : ''),
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
