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
  var ORIGIN_NAMES = {};
  var PALETTE = { origin: {}, relation: {}, 'class': {} };

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
    if (typeof v === 'number' && /_usd$/.test(column)) return '$' + Math.round(v).toLocaleString('en');
    if (typeof v === 'number' && /price/.test(column)) return '$' + v.toFixed(3);
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
    searchBox();
    if (!content || !form) {
      // a page without figures (the not-found page): the search box only
      obs.ready = true;
      return;
    }
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
        obs.latest = s.latest;
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
        ORIGIN_NAMES = list.origin_names || {};
        PALETTE = list.palette || PALETTE;
        if (field('origin')) {
          setOptions(field('origin'), list.origins, value('origin'), 'all');
          Array.prototype.forEach.call(field('origin').options, function (o) {
            if (ORIGIN_NAMES[o.value]) o.textContent = o.value + ' \u2014 ' + ORIGIN_NAMES[o.value];
          });
        }
        credits(list.credits);
        if (page === 'model') {
          return modelPage();
        }
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
    var rows = [['Claimed', x.claimed_text, 'big claimed'], ['Their scope', x.source_scope, ''],
      ['Ours', x.ours_text, 'big ours'], ['Our scope', x.our_scope + (when ? ' (' + when + ')' : ''), '']];
    if (x.coverage !== null && x.coverage !== undefined) {
      rows.push(['Coverage', (x.coverage * 100).toFixed(1) + '% (what it is a share of: see why)', 'coverage']);
    }
    rows.forEach(function (d) {
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

  /** The model page: what `explain` says, in the browser, with its lineage drawn in relation colours. */
  function modelPage() {
    var params = new URLSearchParams(location.search);
    var id = params.get('id');
    var snapshot = value('snapshot');
    content.replaceChildren();
    if (!id) {
      content.appendChild(el('p', { cls: 'intro', text: 'Find a model with the search box above (any part of its id).' }));
      return Promise.resolve();
    }
    var q = 'id=' + encodeURIComponent(id) + '&snapshot=' + snapshot;
    return Promise.all([
      getJson('/api/v1/model?' + q),
      getJson('/api/v1/lineage?' + q + '&depth=1&max_nodes=' + MAX_CHILDREN),
      getJson('/api/v1/indicators?snapshot=' + snapshot)
    ]).then(function (all) {
      var m = all[0];
      var t = all[1];
      var list = all[2];
      credits(list.credits);
      document.title = m.id + ' \u2014 Open Model Observatory';
      var head = card('model', m.id, { definition: 'Why this model counts where it does in the snapshot of ' + m.snapshot + ': its record, parent edges (with their source), children, root(s) with weight and depth, its origin and its roots\' origins (with the registry\'s source), and its license class with the reason.' });
      var facts = el('dl', { cls: 'facts' });
      var add = function (term, node) {
        facts.appendChild(el('dt', { text: term }));
        facts.appendChild(el('dd', {}, [node]));
      };
      add('Author', document.createTextNode(m.author || ''));
      add('Origin', document.createTextNode(originText(m.origin)));
      if (m.license) add('License class', document.createTextNode(m.license['class'] + ' (' + (m.license.hub_license || 'none') + '): ' + m.license.reason));
      add('Root(s)', el('span', {}, m.roots.map(function (r) {
        return el('span', { cls: 'root' }, [modelLink(r.root, m.snapshot), ' weight ' + r.weight.toFixed(3) + ', depth ' + r.depth + ', foundation origin ' + originText(r.foundation_origin) + '. ']);
      })));
      head.appendChild(facts);
      if (m.record) {
        var rec = Object.keys(m.record).filter(function (k) { return m.record[k] !== null && k !== 'tags'; }).map(function (k) {
          var o = {};
          o.field = k;
          o.value = human(k, m.record[k]);
          return o;
        });
        table(head, rec);
      } else {
        head.appendChild(el('p', { cls: 'note', text: 'No record: ' + m.record_note + '.' }));
      }
      var lin = card('model-lineage', 'Lineage', { definition: 'Parents (left) and direct children (right) as the snapshot\'s edges say; edges in the colour of their relation. Click a model to open it.' });
      var drawn = lineageGraph(lin, m, t, list.palette.relation || {});
      var parents = m.parents.map(function (p) { return { parent: p.parent, relation: p.relation, source: p.source }; });
      if (parents.length) table(lin, parents);
      caption(lin, {
        dates: m.snapshot,
        window: 'lineage as of the snapshot',
        scope: m.parents.length + ' parent edge(s); ' + t.node_count + ' node(s) under the model to depth 1' + (t.truncated ? ', cut at ' + t.max_nodes + ' nodes' : ''),
        csv: t.csv,
        json: '/api/v1/model?' + q,
        credits: ['Model records and parent edges: Hugging Face Hub (huggingface.co) model metadata, as in the snapshot\'s source files.']
      });
      obs.charts.model = {
        kind: 'model', id: m.id, snapshot: m.snapshot, origin: m.origin.origin,
        parents: m.parents.map(function (p) { return p.parent; }), children: drawn.children, links: drawn.links
      };
    });
  }

  var MAX_CHILDREN = 40;

  /** Charts narrower than this (a phone) get fewer axis ticks and shorter category labels. */
  var NARROW = 520;

  /** Room right of a scrolling legend for its pager, clear of the PNG button. */
  var LEGEND_RIGHT = 60;

  function originText(o) {
    if (!o) return '';
    var name = ORIGIN_NAMES[o.origin];
    return o.origin + (name ? ' (' + name + ')' : '') + (o.org_name ? ', ' + o.org_name : '') + (o.source ? ' \u2014 source: ' + o.source : (o.note ? ' \u2014 ' + o.note : ''));
  }

  function modelLink(id, snapshot) {
    return el('a', { href: '/model?id=' + encodeURIComponent(id) + '&snapshot=' + snapshot, text: id });
  }

  /** Parents, the model and its children as a graph, edges coloured by relation. */
  function lineageGraph(section, m, t, relationColours) {
    var nodes = [];
    var links = [];
    var colour = function (r) { return relationColours[r] || '#999'; };
    var children = t.tree.children.slice(0, MAX_CHILDREN);
    var rows = Math.max(m.parents.length, children.length, 1);
    var height = Math.max(220, rows * 26 + 60);
    var y = function (i, n) { return (i + 0.5) * (rows / n) * 26; };
    var parents = m.parents.length > 0;
    var box = el('div', { cls: 'chart', id: 'chart-model-lineage', 'data-chart': 'model-lineage', role: 'img', 'aria-label': 'Lineage of ' + m.id + ': ' + m.parents.length + ' parents, ' + children.length + ' children shown' });
    box.style.height = height + 'px';
    section.appendChild(box);
    // Room for the labels beside the columns of nodes (parents left, children right): a third of
    // the width each with parents, half without; the model's own label sits under it. Nodes are
    // placed in pixels of the plot, so that x and y scale alike (a circle stays a circle on a phone).
    var side = Math.max(80, Math.min(230, Math.floor((box.clientWidth - 40) / (parents ? 3 : 2))));
    var chars = Math.floor((side - 12) / 6.2);
    var left = parents ? side : Math.min(side, 100);
    var plot = Math.max(60, box.clientWidth - left - side);
    nodes.push({ name: m.id, x: parents ? plot / 2 : 0, y: (rows * 26) / 2, symbolSize: 16, itemStyle: { color: PALETTE.origin[m.origin.origin] || '#555' }, label: { show: true, position: 'bottom', fontWeight: 'bold' } });
    m.parents.forEach(function (p, i) {
      nodes.push({ name: p.parent, x: 0, y: y(i, m.parents.length), symbolSize: 10, label: { show: true, position: 'left' } });
      links.push({ source: p.parent, target: m.id, relation: p.relation, lineStyle: { color: colour(p.relation), width: 2.5 } });
    });
    children.forEach(function (c, i) {
      if (c.name === m.id) return;
      nodes.push({ name: c.name, x: plot, y: y(i, children.length), symbolSize: 8, label: { show: true, position: 'right' } });
      links.push({ source: m.id, target: c.name, relation: c.relation, lineStyle: { color: colour(c.relation.split(',')[0]), width: 1.5 } });
    });
    var chart = echarts.init(box, dark() ? 'dark' : null, { renderer: 'svg' });
    instances.push(chart);
    chart.setOption({
      animation: false,
      backgroundColor: 'transparent',
      aria: { enabled: true },
      toolbox: { right: 4, top: 0, feature: { saveAsImage: { title: 'PNG', name: 'lineage', pixelRatio: 2, backgroundColor: dark() ? '#1b1f24' : '#fff' } } },
      tooltip: { formatter: function (p) { return p.dataType === 'edge' ? p.data.source + ' \u2192 ' + p.data.target + ' (' + p.data.relation + ')' : p.data.name; } },
      series: [{
        type: 'graph', layout: 'none', roam: false, data: nodes, links: links, edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 6,
        left: left, right: side, top: 20, bottom: 30,
        label: { fontSize: 11, width: side - 10, overflow: 'truncate', formatter: function (p) { return p.data.name === m.id ? p.data.name : middle(p.data.name, chars); } },
        itemStyle: { color: '#8a96a3' }
      }]
    });
    chart.on('click', function (p) {
      if (p.dataType === 'node' && p.data.name !== m.id) location.href = '/model?id=' + encodeURIComponent(p.data.name) + '&snapshot=' + m.snapshot;
    });
    var used = {};
    links.forEach(function (l) { used[l.relation.split(',')[0]] = colour(l.relation.split(',')[0]); });
    legend(section, Object.keys(used).map(function (r) { return { name: r, color: used[r] }; }));
    if (t.tree.children.length > MAX_CHILDREN || t.truncated) {
      section.appendChild(el('p', { cls: 'meta', text: 'The first ' + MAX_CHILDREN + ' children are drawn; the CSV has every edge of the subtree.' }));
    }
    return { children: children.map(function (c) { return c.name; }), links: links.map(function (l) { return { source: l.source, target: l.target, relation: l.relation, color: l.lineStyle.color }; }) };
  }

  /** {@code text} cut to {@code n} characters in the middle ("TheBloke/Llam…-7B-GGUF"): ids differ at the end. */
  function middle(text, n) {
    if (text.length <= n) return text;
    var tail = Math.floor((n - 1) / 2);
    return text.slice(0, n - 1 - tail) + '\u2026' + text.slice(text.length - tail);
  }

  /** The search box of every page: ids containing the text, as links to their model pages. */
  function searchBox() {
    var input = document.getElementById('q');
    var out = document.getElementById('search-results');
    if (!input) return;
    var timer = null;
    var run = function () {
      var text = input.value.trim();
      if (text.length < 2) {
        out.replaceChildren();
        out.hidden = true;
        return;
      }
      var snap = value('snapshot') || obs.latest || '';
      getJson('/api/v1/search?limit=12&q=' + encodeURIComponent(text) + (snap ? '&snapshot=' + snap : '')).then(function (r) {
        obs.search = { q: r.q, snapshot: r.snapshot, results: r.results.map(function (x) { return x.id; }) };
        out.replaceChildren.apply(out, r.results.length ? r.results.map(function (x) {
          return el('li', {}, [el('a', { href: '/model?id=' + encodeURIComponent(x.id) + '&snapshot=' + r.snapshot, text: x.id }),
            el('span', { cls: 'meta', text: x.downloads === null ? ' (named in an edge)' : ' ' + human('downloads', x.downloads) + ' downloads' })]);
        }) : [el('li', { cls: 'meta', text: 'No model id contains \u201c' + text + '\u201d in the snapshot of ' + r.snapshot + '.' })]);
        out.hidden = false;
      }).catch(function (e) {
        out.replaceChildren(el('li', { cls: 'error', text: e.message }));
        out.hidden = false;
      });
    };
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(run, 200);
    });
    document.getElementById('search').addEventListener('submit', function (e) {
      e.preventDefault();
      var first = out.querySelector('a');
      if (first) location.href = first.href;
      else run();
    });
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
    if (info.methodology) {
      links.appendChild(document.createTextNode(' · '));
      links.appendChild(el('a', { href: info.methodology, cls: 'definition', text: 'Definition' }));
    }
    section.appendChild(links);
    var credit = el('p', { cls: 'credits', text: 'Data: ' + info.credits.join(' ') + ' ' });
    credit.appendChild(el('a', { href: '#credits', text: 'All data credits' }));
    section.appendChild(credit);
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
        methodology: a.methodology,
        credits: a.indicator_credits && a.indicator_credits.length ? a.indicator_credits : a.credits.slice(0, 1)
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

  /**
   * A scrolling legend as wide as the chart less room for its pager beside the PNG button (ECharts
   * 5.3 lays it out over the whole width otherwise, and the pager covers the button on a phone).
   */
  function fitLegend(option, chart) {
    if (option.legend && option.legend.type === 'scroll') {
      option.legend.width = Math.max(120, chart.getWidth() - LEGEND_RIGHT);
    }
  }

  /** The legend of what the colours stand for, in HTML under the chart. */
  function legend(section, entries) {
    if (!entries || !entries.length) return;
    section.appendChild(el('ul', { cls: 'legend' }, entries.map(function (e) {
      var sw = el('span', { cls: 'swatch' });
      sw.style.background = e.color;
      return el('li', {}, [sw, e.name + (ORIGIN_NAMES[e.name] ? ' (' + ORIGIN_NAMES[e.name] + ')' : '')]);
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
      option.legend = { type: 'scroll', top: 0, left: 0, right: LEGEND_RIGHT };
      option.grid = { left: 8, right: 48, top: 40, bottom: 24, containLabel: true };
      option.tooltip = { trigger: 'axis', valueFormatter: fmt };
      option.xAxis = { type: 'category', data: cd.categories, boundaryGap: false, axisLabel: { hideOverlap: true, margin: 12 } };
      option.yAxis = { type: 'value', minInterval: cd.unit === 'count' ? 1 : 0, axisLabel: { formatter: tick } };
      option.series = cd.series.map(function (s) {
        drawn.series.push({ name: s.name, data: s.values });
        return {
          type: 'line', name: s.name, data: s.values, color: s.color, connectNulls: false,
          showSymbol: true, showAllSymbol: true, symbolSize: 6,
          stack: stacked ? 'total' : undefined, areaStyle: stacked ? { opacity: 0.8 } : undefined
        };
      });
      var lines = chartBox(section, key, 360, cd.description);
      fitLegend(option, lines);
      lines.setOption(option);
      return drawn;
    }
    var labels = cd.categories.slice();
    var seriesList;
    if (cd.kind === 'stacked_bar') {
      seriesList = cd.series.map(function (s) {
        drawn.series.push({ name: s.name, data: s.values });
        return { type: 'bar', name: s.name, data: s.values, color: s.color, stack: 'total', barMaxWidth: 22 };
      });
      option.legend = { type: 'scroll', top: 0, left: 0, right: LEGEND_RIGHT };
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
          seriesList[0].label.show = false;
          seriesList.push(errorBars(main, values, fmt));
        }
      }
    }
    drawn.labels = labels;
    option.grid = { left: 8, right: 70, top: option.legend ? 34 : 28, bottom: 24, containLabel: true };
    option.tooltip = { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: fmt };
    var rows = labels.length * (drawn.compared ? 2 : 1);
    var box = chartBox(section, key, Math.max(150, rows * 24 + 80), cd.description);
    var narrow = box.getWidth() < NARROW;
    option.xAxis = {
      type: 'value', splitNumber: narrow ? 3 : 5, minInterval: cd.unit === 'count' ? 1 : 0,
      axisLabel: { formatter: tick, hideOverlap: true }
    };
    option.yAxis = { type: 'category', inverse: true, data: labels, axisLabel: { width: narrow ? 110 : 220, overflow: 'truncate' } };
    option.series = seriesList;
    fitLegend(option, box);
    box.setOption(option);
    if (cd.kind === 'bar') legend(section, cd.legend);
    return drawn;
  }

  /**
   * Whiskers from value_low to value_high on each bar (a custom series), and each bar's value
   * written past the end of its whisker or bar, whichever is further, so that the two never overlap.
   */
  function errorBars(s, values, fmt) {
    var fg = dark() ? '#ddd' : '#222';
    return {
      type: 'custom', name: 'range', id: 'error-bars', silent: true, z: 10,
      data: values.map(function (v, i) {
        var whole = s.low[i] !== null && s.high[i] !== null;
        return [i, whole ? s.low[i] : v, whole ? s.high[i] : v, v];
      }).filter(function (d) { return d[3] !== null; }),
      renderItem: function (params, api) {
        var y = api.coord([0, api.value(0)])[1];
        var end = api.coord([Math.max(0, api.value(3)), api.value(0)])[0];
        var children = [];
        var whisker = s.low[api.value(0)] !== null && s.high[api.value(0)] !== null;
        if (whisker) {
          var lo = api.coord([api.value(1), api.value(0)])[0];
          var hi = api.coord([api.value(2), api.value(0)])[0];
          var style = { stroke: fg, lineWidth: 1.2 };
          children.push(
            { type: 'line', shape: { x1: lo, y1: y, x2: hi, y2: y }, style: style },
            { type: 'line', shape: { x1: lo, y1: y - 5, x2: lo, y2: y + 5 }, style: style },
            { type: 'line', shape: { x1: hi, y1: y - 5, x2: hi, y2: y + 5 }, style: style });
          end = Math.max(end, hi);
        }
        children.push({ type: 'text', x: end + 5, y: y, style: { text: fmt(api.value(3)), fill: fg, fontSize: 12, verticalAlign: 'middle' } });
        return { type: 'group', children: children };
      },
      encode: { x: [1, 2, 3], y: 0 }
    };
  }

  /**
   * A table of rows under a fold, sortable by any column (click its header; again to reverse),
   * showing the first 50 rows in the order chosen; origin codes with their names beside them.
   */
  function table(section, rows) {
    if (!rows.length) return;
    var cols = Object.keys(rows[0]);
    var t = el('table', { cls: 'sortable' });
    var head = el('tr');
    var tb = el('tbody');
    var order = rows.slice();
    var fill = function () {
      tb.replaceChildren.apply(tb, order.slice(0, TABLE_ROWS).map(function (r) {
        return el('tr', {}, cols.map(function (c) {
          var cell = el('td', { cls: typeof r[c] === 'number' ? 'n' : '', text: human(c, r[c]) });
          if ((c === 'origin' || c === 'foundation_origin') && ORIGIN_NAMES[r[c]]) {
            cell.appendChild(el('span', { cls: 'origin-name', text: ' ' + ORIGIN_NAMES[r[c]] }));
          }
          return cell;
        }));
      }));
    };
    cols.forEach(function (c) {
      var th = el('th', { scope: 'col', 'aria-sort': 'none' });
      var button = el('button', { type: 'button', cls: 'sort', text: c, title: 'Sort by ' + c });
      button.addEventListener('click', function () {
        var descending = th.getAttribute('aria-sort') !== 'descending';
        head.querySelectorAll('th').forEach(function (h) { h.setAttribute('aria-sort', 'none'); });
        th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        order = rows.slice().sort(function (a, b) {
          var x = a[c];
          var y = b[c];
          if (x === y) return 0;
          if (x === null || x === undefined) return 1;
          if (y === null || y === undefined) return -1;
          var cmp = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
          return descending ? -cmp : cmp;
        });
        fill();
      });
      th.appendChild(button);
      head.appendChild(th);
    });
    t.appendChild(el('thead', {}, [head]));
    fill();
    t.appendChild(tb);
    var summary = 'Table: ' + (rows.length > TABLE_ROWS ? 'first ' + TABLE_ROWS + ' of ' : '') + rows.length + ' rows (click a column to sort)';
    section.appendChild(el('details', {}, [el('summary', { text: summary }), el('div', { cls: 'table-wrap' }, [t])]));
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
        drawn = draw(section, key, segmented(cd, s.breaks || []), null, null, null);
        drawn.series = cd.series.map(function (x) { return { name: x.name, data: x.values }; });
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
        credits: s.credits.slice(0, 1)
      });
      table(section, s.rows);
    });
  }

  /**
   * The chart data with each line cut where a snapshot is not comparable with the one before it
   * (other source files: different samples): one series per run of comparable snapshots, same name
   * and colour, so no line joins two samples; a run of one snapshot is a lone point.
   */
  function segmented(cd, breaks) {
    if (!breaks.length) return cd;
    var starts = [0];
    cd.categories.forEach(function (c, i) { if (i > 0 && breaks.indexOf(c) >= 0) starts.push(i); });
    var out = Object.assign({}, cd, { series: [] });
    cd.series.forEach(function (s) {
      starts.forEach(function (from, k) {
        var to = k + 1 < starts.length ? starts[k + 1] : cd.categories.length;
        var values = s.values.map(function (v, i) { return i >= from && i < to ? v : null; });
        if (values.some(function (v) { return v !== null && v !== undefined; })) {
          out.series.push(Object.assign({}, s, { values: values }));
        }
      });
    });
    return out;
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
      // the root's label left of it, the leaves' right of them: at most 240 and 290 px, less on a phone
      var left = Math.max(90, Math.min(240, Math.floor(box.clientWidth * 0.28)));
      var right = Math.max(120, Math.min(290, Math.floor(box.clientWidth * 0.4)));
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
          type: 'tree', data: [t.tree], orient: 'LR', top: 10, bottom: 10, left: left, right: right,
          symbolSize: 7, initialTreeDepth: -1, expandAndCollapse: false,
          label: {
            position: 'left', verticalAlign: 'middle', align: 'right', fontSize: 11, width: left - 10, overflow: 'truncate',
            formatter: function (p) { return middle(p.name, Math.floor((left - 10) / 6.2)); }
          },
          leaves: {
            label: {
              position: 'right', verticalAlign: 'middle', align: 'left', width: right - 10, overflow: 'truncate',
              formatter: function (p) { return middle(p.name, Math.floor((right - 10) / 6.2)); }
            }
          }
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

  window.addEventListener('resize', function () {
    instances.forEach(function (c) { c.resize(); });
  });

  start();
})();
