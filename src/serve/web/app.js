// Storyline web page. Vanilla JS, no build step. Every piece of data is put into the page with
// textContent / createTextNode through h() below — never as HTML — because articles are untrusted input.
'use strict';

(() => {
  const QUAD = {
    1: { name: 'Verbal cooperation', cls: 'q1' },
    2: { name: 'Material cooperation', cls: 'q2' },
    3: { name: 'Verbal conflict', cls: 'q3' },
    4: { name: 'Material conflict', cls: 'q4' },
  };
  const SVG_NS = 'http://www.w3.org/2000/svg';

  // ---------- DOM helpers (text only) ----------

  /** h('a', { href, class }, 'text', childNode …): attributes by setAttribute, strings as text nodes. */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    setAttrs(el, attrs);
    append(el, children);
    return el;
  }
  function s(tag, attrs, ...children) {
    const el = document.createElementNS(SVG_NS, tag);
    setAttrs(el, attrs);
    append(el, children);
    return el;
  }
  function setAttrs(el, attrs) {
    if (!attrs) return;
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'href') {
        const safe = safeHref(String(v));
        if (safe) el.setAttribute('href', safe);
      } else if (/^on/i.test(k)) {
        throw new Error('event handler attributes are not allowed');
      } else el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  function append(el, children) {
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
  }
  /** Only in-page routes, same-origin paths and http(s) URLs become links; javascript:, data: … never. */
  function safeHref(url) {
    if (url.startsWith('#') || (url.startsWith('/') && !url.startsWith('//'))) return url;
    try {
      const u = new URL(url);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
    } catch {
      return null;
    }
  }
  const $ = (id) => document.getElementById(id);
  const clear = (el) => { while (el.firstChild) el.removeChild(el.firstChild); return el; };
  const plural = (n, one, many) => `${n} ${n === 1 ? one : many || one + 's'}`;

  // ---------- data ----------

  const query = (params) => (params ? new URLSearchParams(Object.entries(params).filter(([, v]) => v !== '' && v !== null && v !== undefined)).toString() : '');
  async function request(path, params) {
    const qs = query(params);
    const res = await fetch(path + (qs ? '?' + qs : ''), { headers: { Accept: 'application/json' } });
    let body = null;
    try { body = await res.json(); } catch { /* not JSON */ }
    if (!res.ok) throw new Error((body && body.error) || `request failed (${res.status})`);
    return { res, body };
  }
  async function getJson(path, params) {
    return (await request(path, params)).body;
  }
  /** One page of a list endpoint: its items and the total the server counts over all pages. */
  async function getPage(path, params) {
    const { res, body } = await request(path, params);
    const total = Number(res.headers.get('X-Total-Count'));
    return { items: body, total: Number.isFinite(total) && res.headers.has('X-Total-Count') ? total : body.length };
  }

  function showError(err) {
    const box = $('error');
    if (!err) { box.hidden = true; clear(box); return; }
    box.hidden = false;
    clear(box).append(h('strong', null, 'Something went wrong: '), String(err.message || err));
  }

  // ---------- routing (state lives in the URL hash) ----------

  function parseRoute() {
    const raw = location.hash.replace(/^#\/?/, '');
    const [path, query] = raw.split('?');
    const params = new URLSearchParams(query || '');
    const parts = (path || '').split('/').filter(Boolean).map(decodeURIComponent);
    if (parts[0] === 'article' && parts[1]) return { view: 'article', id: parts[1], params };
    if (parts[0] === 'search') return { view: 'search', params };
    return { view: 'timeline', params };
  }
  function timelineHash(state) {
    const p = new URLSearchParams();
    for (const k of ['a', 'b', 'by', 'dir', 'from', 'to', 'view', 'min', 'code', 'quad', 'outlet']) if (state[k]) p.set(k, state[k]);
    const qs = p.toString();
    return '#/' + (qs ? '?' + qs : '');
  }
  let lastTimelineHash = '#/';

  async function route() {
    showError(null);
    const r = parseRoute();
    for (const v of ['timeline', 'search', 'article']) $('view-' + v).hidden = v !== r.view;
    try {
      if (r.view === 'article') await renderArticle(r.id);
      else if (r.view === 'search') await renderSearch(r.params.get('q') || '', r.params.get('in') === 'events' ? 'events' : 'articles');
      else {
        lastTimelineHash = location.hash || '#/';
        await renderTimeline(r.params);
      }
    } catch (e) {
      showError(e);
    }
  }

  // ---------- actors picker ----------

  let actorsLoaded = null;
  const actorLabels = new Map();
  function loadActors() {
    if (!actorsLoaded) {
      actorsLoaded = getJson('/api/actors').then((data) => {
        for (const x of [...data.countries, ...data.actors]) actorLabels.set(x.code, x.label);
        for (const id of ['actor-a', 'actor-b']) {
          const sel = $(id);
          const groups = [['Countries', data.countries], ['Actors', data.actors]];
          for (const [label, list] of groups) {
            if (!list.length) continue;
            const g = h('optgroup', { label });
            for (const a of list) {
              const text = a.label === a.code ? `${a.code} (${a.events})` : `${a.label} — ${a.code} (${a.events})`;
              g.appendChild(h('option', { value: a.code }, text));
            }
            sel.appendChild(g);
          }
        }
        return data;
      });
    }
    return actorsLoaded;
  }
  function ensureOption(sel, code) {
    if (!code) return;
    if (![...sel.options].some((o) => o.value === code)) sel.appendChild(h('option', { value: code }, code));
  }

  function pickerState() {
    const p = parseRoute().params;
    return { a: $('actor-a').value, b: $('actor-b').value, by: $('by').value, dir: $('direction').value === 'total' ? '' : $('direction').value, from: p.get('from') || '', to: p.get('to') || '', view: p.get('view') === 'key' ? 'key' : '', min: p.get('min') || '', code: p.get('code') || '', quad: p.get('quad') || '', outlet: p.get('outlet') || '' };
  }

  // ---------- filters (event type, kind, period, news source) ----------

  let filtersLoaded = null;
  function loadFilters() {
    if (!filtersLoaded) {
      filtersLoaded = Promise.all([getJson('/api/codes'), getJson('/api/sources')]).then(([codes, sources]) => {
        const sel = $('f-code');
        sel.appendChild(h('optgroup', { label: 'CAMEO roots' }, codes.roots.map((r) => h('option', { value: r.code }, `${r.code} ${r.name}${r.events ? ` (${r.events})` : ''}`))));
        if (codes.codes.length) sel.appendChild(h('optgroup', { label: 'Codes in the events' }, codes.codes.map((c) => h('option', { value: c.code }, `${c.code} ${c.name || ''} (${c.events})`))));
        $('f-outlet').append(...sources.map((s) => h('option', { value: s.outlet }, `${s.outlet} (${s.events})`)));
      });
    }
    return filtersLoaded;
  }
  function showFilters(st) {
    ensureOption($('f-code'), st.code);
    ensureOption($('f-outlet'), st.outlet);
    $('f-code').value = st.code;
    $('f-quad').value = ['1', '2', '3', '4'].includes(st.quad) ? st.quad : '';
    $('f-outlet').value = st.outlet;
    $('f-from').value = st.from;
    $('f-to').value = st.to;
  }
  function onFiltersSubmit(ev) {
    ev.preventDefault();
    const st = pickerState();
    for (const k of ['code', 'quad', 'outlet']) st[k] = $('f-' + k).value;
    for (const k of ['from', 'to']) st[k] = $('f-' + k).value.trim();
    if (st.by === 'month') st.by = '';
    location.hash = timelineHash(st);
  }
  function onPickerChange(keepPeriod) {
    const st = pickerState();
    if (!keepPeriod) { st.from = ''; st.to = ''; }
    if (st.by === 'month') st.by = '';
    location.hash = timelineHash(st);
  }

  // ---------- timeline ----------

  async function renderTimeline(params) {
    await Promise.all([loadActors(), loadFilters()]);
    const a = (params.get('a') || '').toUpperCase();
    let b = (params.get('b') || '').toUpperCase();
    if (!a) b = '';
    const by = ['month', 'quarter', 'year'].includes(params.get('by')) ? params.get('by') : 'month';
    const dir = ['ab', 'ba'].includes(params.get('dir')) ? params.get('dir') : 'total';
    const from = params.get('from') || '';
    const to = params.get('to') || '';
    const code = params.get('code') || '';
    const quad = params.get('quad') || '';
    const outlet = params.get('outlet') || '';
    showFilters({ code, quad, outlet, from, to });
    ensureOption($('actor-a'), a);
    ensureOption($('actor-b'), b);
    $('actor-a').value = a;
    $('actor-b').value = b;
    $('actor-b').disabled = !a;
    $('swap').disabled = !(a && b);
    $('by').value = by;
    $('by').disabled = !(a && b);
    $('direction').value = dir;

    const keyMode = params.get('view') === 'key';
    const min = salienceParam(params.get('min'));
    $('mode-all').setAttribute('aria-checked', String(!keyMode));
    $('mode-key').setAttribute('aria-checked', String(keyMode));
    $('km-controls').hidden = !keyMode;
    $('salience').value = String(min);
    $('salience-value').textContent = min.toFixed(2);

    const who = {};
    if (a && b) who.dyad = `${a},${b}`;
    else if (a) who.actor = a;
    const filter = { ...who, from, to, code, quad, outlet };
    $('csv-link').setAttribute('href', '/api/export.csv?' + query(filter));

    const chip = $('period-chip');
    chip.hidden = !(from || to);
    $('period-chip-text').textContent = from && to ? (from === to ? from : `${from} – ${to}`) : from ? `from ${from}` : `until ${to}`;

    $('timeline-title').textContent = a && b ? `${labelOf(a)} and ${labelOf(b)}` : a ? labelOf(a) : 'Timeline';
    $('events-title').textContent = keyMode ? 'Key moments' : a ? 'Events' : 'All events';

    // key moments of the whole series mark the chart; in key-moment mode those of the chosen period fill the list,
    // otherwise the dated events do, page by page, and the undated ones are only counted (listed when opened)
    const [events, dated, undated, series, chartKeys] = await Promise.all([
      keyMode ? getJson('/api/timeline', { ...filter, top: KEY_TOP, limit: KEY_TOP }) : Promise.resolve(null),
      keyMode ? Promise.resolve(null) : getPage('/api/timeline', { ...filter, dated: 'true', limit: API_PAGE }),
      keyMode ? Promise.resolve(null) : getPage('/api/timeline', { ...filter, dated: 'false', limit: 1 }),
      a && b ? getJson('/api/dyad', { a, b, by }) : Promise.resolve(null),
      a && b ? (keyMode && !from && !to ? null : getJson('/api/timeline', { ...who, top: KEY_TOP, limit: KEY_TOP })) : Promise.resolve(null),
    ]);
    keyState = { list: keyMode ? events : null, chart: series ? chartKeys || events : null, min, sel: { a, b } };
    renderChart(series, dir, { from, to });
    if (keyMode) renderKeyMoments();
    else renderEvents({ dated, undatedTotal: undated.total, filter, sel: { a, b, filtered: !!(from || to || code || quad || outlet) } });
  }

  /** Key moments asked of the API at most (one per day: more days than this are rare in one view). */
  const KEY_TOP = 5000;
  /** Default salience floor of the key-moment view. */
  const DEFAULT_MIN = 0.5;
  /** The key moments loaded for the list and for the chart, and the slider's floor. */
  let keyState = { list: null, chart: null, min: DEFAULT_MIN, sel: {} };

  function salienceParam(v) {
    const n = v === null || v === '' ? NaN : Number(v);
    return Number.isFinite(n) && n >= 0 && n <= 1 ? Math.round(n * 100) / 100 : DEFAULT_MIN;
  }
  const aboveFloor = (list) => (list || []).filter((e) => e.salience >= keyState.min - 1e-9);

  function renderKeyMoments() {
    const all = keyState.list || [];
    const shown = aboveFloor(all);
    const status = all.length
      ? shown.length
        ? `${plural(shown.length, 'key moment')} with salience ${keyState.min.toFixed(2)} or more: at most one per day, of ${all.length} days with events.`
        : `No key moment reaches salience ${keyState.min.toFixed(2)}: move the slider left to see more.`
      : null;
    renderEvents({ dated: { items: shown, total: shown.length }, sel: keyState.sel, status });
  }

  /** The slider moved: the list and the chart's marks follow at once; the URL keeps the floor (without reloading). */
  function onSalience(commit) {
    keyState.min = salienceParam($('salience').value);
    $('salience-value').textContent = keyState.min.toFixed(2);
    if (keyState.list) renderKeyMoments();
    if (lastChart && lastChart[0]) renderChart(...lastChart);
    if (commit) {
      const st = pickerState();
      st.min = keyState.min === DEFAULT_MIN ? '' : keyState.min.toFixed(2);
      if (st.by === 'month') st.by = '';
      history.replaceState(null, '', timelineHash(st));
      lastTimelineHash = location.hash || '#/';
    }
  }

  function labelOf(code) {
    // ('' is an attacker the text does not identify)
    return actorLabels.get(code) || code || 'unidentified';
  }

  /** Events per request to the API; the page draws PAGE of them at a time. */
  const API_PAGE = 500;
  const PAGE = 200;

  /**
   * The event list: `dated` ({ items, total }: the first page of the dated events, or every key moment), then, when
   * there are undated events, one closed group that counts them; `filter` fetches further pages from the API.
   */
  function renderEvents({ dated, undatedTotal = 0, filter = null, sel, status = null }) {
    const list = clear($('timeline'));
    const total = dated.total + undatedTotal;
    $('timeline-status').textContent = status || (total
      ? `${plural(total, 'event')}${undatedTotal ? `, ${undatedTotal} of them undated (counted at the end; open the group to list them)` : ''}.`
      : sel.a || sel.filtered ? 'No events for this choice. Try another actor, or clear the period and the filters.' : 'No events stored yet. Run “storyline ingest” first.');
    const tail = undatedTotal ? h('li', { class: 'undated-group' }) : null;
    if (tail) list.appendChild(tail);
    pagedList(list, tail, dated, (offset) => getPage('/api/timeline', { ...filter, dated: 'true', limit: API_PAGE, offset }), true);
    if (!tail) return;
    // Undated events: one line that counts them; their list is fetched and drawn when the group is opened.
    const inner = h('ol', { class: 'timeline undated-list' });
    const details = h('details', null, h('summary', null, `${plural(undatedTotal, 'undated event')}`, h('span', { class: 'muted' }, ' — no text dates them; shown apart so that they do not crowd the timeline')), inner);
    let loaded = false;
    details.addEventListener('toggle', () => {
      if (!details.open || loaded) return;
      loaded = true;
      getPage('/api/timeline', { ...filter, dated: 'false', limit: API_PAGE })
        .then((page) => pagedList(inner, null, page, (offset) => getPage('/api/timeline', { ...filter, dated: 'false', limit: API_PAGE, offset }), false))
        .catch(showError);
    });
    tail.appendChild(details);
  }

  /**
   * Draws a long list of events PAGE at a time into `list` (before `anchor`), fetching further pages of the API as the
   * reader asks for more: `first` is the first page ({ items, total }), `fetchMore(offset)` gives the next ones.
   */
  function pagedList(list, anchor, first, fetchMore, yearMarks) {
    const items = first.items.slice();
    const total = first.total;
    const drawn = [];
    let shown = 0;
    let lastYear = null;
    const put = (node) => list.insertBefore(node, anchor);
    const more = h('li', { class: 'more' });
    const draw = () => {
      more.remove();
      const end = Math.min(items.length, shown + PAGE);
      for (; shown < end; shown++) {
        const e = items[shown];
        const year = e.date ? e.date.start.slice(0, 4) : 'Undated';
        if (yearMarks && year !== lastYear) {
          put(h('li', { class: 'year-mark', 'aria-hidden': 'true' }, year));
          lastYear = year;
        }
        const item = eventItem(e);
        drawn.push(item);
        put(item);
      }
      const left = total - shown;
      if (left > 0) {
        clear(more).appendChild(h('button', { type: 'button', class: 'ghost' }, `Show ${Math.min(PAGE, left)} more (${left} left)`));
        more.firstChild.addEventListener('click', async () => {
          const next = shown;
          try {
            if (items.length < Math.min(total, shown + PAGE)) items.push(...(await fetchMore(items.length)).items);
          } catch (err) {
            showError(err);
            return;
          }
          draw();
          const item = drawn[next];
          if (item) { item.setAttribute('tabindex', '-1'); item.focus({ preventScroll: true }); }
        });
        put(more);
      }
    };
    draw();
  }

  function eventItem(e) {
    const quad = QUAD[e.quadClass] || { name: 'Unclassified', cls: 'q0' };
    const nMentions = e.mentions.length;
    const nSources = typeof e.sources === 'number' ? e.sources : nMentions;
    const when = e.date
      ? h('time', { datetime: e.date.start, title: `${e.date.start} … ${e.date.end} (${e.date.precision})` }, e.dateLabel || e.date.start)
      : h('span', { class: 'undated' }, 'undated');
    const mentions = h('ul', { class: 'mentions' }, e.mentions.map(mentionItem));
    const badges = [];
    const basis = basisMark(e.date);
    if (basis) badges.push(basis);
    if (e.background) badges.push(h('span', { class: 'badge', title: 'Every source reports this as background, long before its own date' }, 'background'));
    if (e.date) badges.push(h('span', { class: 'badge subtle' }, e.date.precision));
    if (typeof e.salience === 'number') {
      badges.push(h('span', { class: 'salience', title: salienceText(e) },
        h('meter', { min: '0', max: '1', value: String(e.salience), 'aria-label': 'salience' }), e.salience.toFixed(2)));
    }
    const alts = (e.alternatives || []).map((alt) =>
      h('li', null, `Other reading of the ${alt.field}: `, h('strong', null, alt.value), ` (${plural(alt.articleIds.length, 'article')})`));
    return h('li', { class: `event ${quad.cls}` },
      h('div', { class: 'event-when' }, when, badges),
      h('div', { class: 'event-body' },
        h('div', { class: 'event-what' },
          h('span', { class: 'code', title: `CAMEO ${e.code} (root ${e.root}) · PLOVER ${e.plover || '—'} · Goldstein ${e.goldstein}` }, e.code),
          h('span', { class: 'code-name' }, e.codeName || `CAMEO ${e.code}`),
          h('span', { class: `quad ${quad.cls}` }, quad.name)),
        h('div', { class: 'event-who' },
          actorChip(e.source, e.sourceCountry), h('span', { class: 'arrow', 'aria-label': 'to' }, '→'), actorChip(e.target, e.targetCountry)),
        h('p', { class: 'summary' }, e.summary),
        alts.length ? h('ul', { class: 'alternatives' }, alts) : null,
        h('details', { class: 'sources' },
          h('summary', null, `${plural(nSources, 'source')}${nMentions !== nSources ? ` · ${plural(nMentions, 'mention')}` : ''}`),
          mentions)));
  }

  /** Why an event is a key moment, in words (the evidence the API sends with its salience). */
  function salienceText(e) {
    const x = e.salienceEvidence;
    if (!x) return `Salience ${e.salience.toFixed(2)}`;
    const parts = [plural(x.sources, 'independent source') + ` (${x.fresh} reporting it as news, ${x.later} referring back later${x.background ? `, ${x.background} recalling it long after` : ''})`];
    parts.push(x.dateStated ? 'its date is stated in a text' : 'dated only by publication days');
    return `Salience ${e.salience.toFixed(2)}: ${parts.join('; ')}.`;
  }

  function actorChip(code, country) {
    const label = labelOf(code);
    return h('span', { class: 'actor', title: country ? `${code} · ${country}` : code }, label === code ? code : `${label}`, label === code ? null : h('span', { class: 'actor-code' }, code));
  }

  /** Where an event's date comes from, as a visible mark: the words that state it, another mention of the event, or a publication day. */
  function basisMark(d) {
    if (!d || !d.basis) return null;
    const words = d.expression ? `“${d.expression}”` : null;
    if (d.basis === 'stated') return h('span', { class: 'basis stated', title: `Date stated in the text${words ? `: ${words}` : ''}` }, words || 'stated in the text');
    if (d.basis === 'inherited') return h('span', { class: 'basis inherited', title: `The sentence shown gives no date; another mention of this event states it${words ? `: ${words}` : ''}` }, words ? `from another mention: ${words}` : 'from another mention');
    return h('span', { class: 'basis published', title: 'No report states a date: this is the day a report of the day was published (weaker evidence)' }, 'publication day');
  }

  const SPANS = [['triggerSpan', 'hl-trigger', 'what happened'], ['sourceSpan', 'hl-source', 'who acted'], ['targetSpan', 'hl-target', 'towards whom']];
  /** A sentence as text nodes with its trigger and actors marked (offsets from the coder; bad ones are ignored). */
  function highlighted(sentence, m) {
    const marks = SPANS.map(([k, cls, title]) => (Array.isArray(m[k]) ? { a: m[k][0], b: m[k][1], cls, title } : null))
      .filter((x) => x && Number.isInteger(x.a) && Number.isInteger(x.b) && x.a >= 0 && x.a < x.b && x.b <= sentence.length)
      .sort((x, y) => x.a - y.a);
    const out = [];
    let at = 0;
    for (const x of marks) {
      if (x.a < at) continue;
      if (x.a > at) out.push(sentence.slice(at, x.a));
      out.push(h('mark', { class: x.cls, title: x.title }, sentence.slice(x.a, x.b)));
      at = x.b;
    }
    if (at < sentence.length) out.push(sentence.slice(at));
    return out;
  }

  function mentionItem(m) {
    const date = m.published ? m.published.slice(0, 10) : null;
    return h('li', { class: 'mention' },
      h('blockquote', null, highlighted(m.sentence, m)),
      h('div', { class: 'cite' },
        h('span', { class: 'origin', title: m.origin }, shortOrigin(m)),
        date ? h('span', null, date) : null,
        m.url && safeHref(m.url) ? h('a', { href: m.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original ↗') : null,
        h('a', { href: '#/article/' + encodeURIComponent(m.articleId) }, 'read the article')));
  }
  function shortOrigin(m) {
    if (m.url) {
      try { return new URL(m.url).hostname.replace(/^www\./, ''); } catch { /* fall through */ }
    }
    const o = m.origin || '';
    return o.length > 48 ? '…' + o.slice(-47) : o;
  }

  // ---------- chart ----------

  let lastChart = null;
  function renderChart(series, dir, range) {
    lastChart = [series, dir, range];
    const section = $('chart-section');
    if (!series) { section.hidden = true; return; }
    section.hidden = false;
    const A = series.a, B = series.b;
    $('chart-title').textContent = `Cooperation and conflict: ${series.aLabel || A} and ${series.bLabel || B}`;
    const dirSel = $('direction');
    dirSel.options[1].textContent = `${A} → ${B}`;
    dirSel.options[2].textContent = `${B} → ${A}`;

    const rows = series.periods.map((p) => ({ period: p.period, st: p[dir] }));
    const chart = clear($('chart'));
    const table = clear($('chart-table'));
    const notes = [];
    if (series.undated) notes.push(`${plural(series.undated, 'undated event')} not shown`);
    if (series.coarser) notes.push(`${plural(series.coarser, 'event')} dated only more coarsely than a ${series.by} not shown (choose a coarser period)`);
    $('chart-note').textContent = notes.length ? notes.join('; ') + '.' : '';
    renderLegend();
    if (!rows.length) {
      chart.appendChild(h('p', { class: 'empty' }, `No dated events between ${A} and ${B} at ${series.by} precision.`));
      return;
    }

    // drawn at the container's own width so the text stays readable on a phone
    const W = Math.max(300, Math.round(chart.clientWidth || 760)), H = W < 500 ? 230 : 280, padL = 30, padR = 36, padT = 24, padB = 34;
    const mid = padT + (H - padT - padB) / 2;
    const half = (H - padT - padB) / 2;
    const coop = (st) => st.quadClass[0] + st.quadClass[1];
    const conf = (st) => st.quadClass[2] + st.quadClass[3];
    const maxCount = Math.max(1, ...rows.map((r) => Math.max(coop(r.st), conf(r.st))));
    const n = rows.length;
    const slot = (W - padL - padR) / n;
    const barW = Math.max(2, Math.min(42, slot * 0.7));
    const y = (count) => (count / maxCount) * half;
    const gy = (g) => mid - (g / 10) * half;

    const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': 'chart-svg-title', class: 'chart-svg' });
    svg.appendChild(s('title', { id: 'chart-svg-title' }, `Events per ${series.by} between ${A} and ${B}, cooperation above and conflict below the line`));

    // grid + axes
    const ticks = niceTicks(maxCount);
    for (const t of ticks) {
      for (const sign of [1, -1]) {
        if (t === 0 && sign === -1) continue;
        const yy = mid - sign * y(t);
        svg.appendChild(s('line', { x1: padL, x2: W - padR, y1: yy, y2: yy, class: t === 0 ? 'axis' : 'grid' }));
        svg.appendChild(s('text', { x: padL - 6, y: yy + 4, class: 'tick', 'text-anchor': 'end' }, String(t)));
      }
    }
    for (const g of [10, 5, 0, -5, -10]) {
      svg.appendChild(s('text', { x: W - padR + 6, y: gy(g) + 4, class: 'tick gtick' }, (g > 0 ? '+' : '') + g));
    }
    svg.appendChild(s('text', { x: W - 2, y: 10, class: 'tick gtick', 'text-anchor': 'end' }, 'Goldstein'));
    svg.appendChild(s('text', { x: 2, y: 10, class: 'tick' }, 'Events'));

    const labelEvery = Math.max(1, Math.ceil(n / Math.max(1, Math.floor((W - padL - padR) / 56))));
    // key moments above the slider's floor, by period of the series
    const marks = new Map();
    for (const e of aboveFloor(keyState.chart)) {
      if (!e.date) continue;
      const p = chartPeriod(e.date.start, series.by);
      marks.set(p, [...(marks.get(p) || []), e]);
    }
    const linePts = [];
    rows.forEach((r, i) => {
      const cx = padL + slot * i + slot / 2;
      const st = r.st;
      const g = s('g', { class: 'bar' + (inRange(r.period, range, series.by) ? ' selected' : ''), tabindex: '0', role: 'button', 'data-period': r.period,
        'aria-label': `${r.period}: ${periodText(st)}. Press Enter to show only this period.` });
      g.appendChild(s('title', null, `${r.period}\n${periodText(st)}`));
      g.appendChild(s('rect', { x: padL + slot * i, y: padT, width: slot, height: H - padT - padB, class: 'hit' }));
      let up = mid;
      for (const q of [1, 2]) {
        const hgt = y(st.quadClass[q - 1]);
        if (!hgt) continue;
        up -= hgt;
        g.appendChild(s('rect', { x: cx - barW / 2, y: up, width: barW, height: hgt, class: 'q' + q, rx: 1.5 }));
      }
      let down = mid;
      for (const q of [3, 4]) {
        const hgt = y(st.quadClass[q - 1]);
        if (!hgt) continue;
        g.appendChild(s('rect', { x: cx - barW / 2, y: down, width: barW, height: hgt, class: 'q' + q, rx: 1.5 }));
        down += hgt;
      }
      const km = marks.get(r.period);
      if (km) {
        const my = padT - 9;
        g.appendChild(s('path', { class: 'km-mark', d: `M${cx} ${my - 6} L${cx + 6} ${my} L${cx} ${my + 6} L${cx - 6} ${my} Z`, 'data-period': r.period },
          s('title', null, `${plural(km.length, 'key moment')} in ${r.period}:\n` + km.map((e) => `${e.dateLabel || e.date.start} ${e.codeName || e.code} (salience ${e.salience.toFixed(2)})`).join('\n'))));
        g.setAttribute('aria-label', g.getAttribute('aria-label').replace('. Press', `; ${plural(km.length, 'key moment')}. Press`));
      }
      svg.appendChild(g);
      if (st.goldsteinMean !== null && st.goldsteinMean !== undefined) linePts.push([cx, gy(st.goldsteinMean), r.period, st.goldsteinMean, i]);
      if (i % labelEvery === 0) svg.appendChild(s('text', { x: cx, y: H - padB + 18, class: 'tick', 'text-anchor': 'middle' }, shortPeriod(r.period, series.by)));
    });
    // the mean line joins neighbouring periods only: an empty period has no mean, so the line breaks there
    let seg = [];
    const flush = () => { if (seg.length > 1) svg.appendChild(s('polyline', { points: seg.map(([x, yy]) => `${x},${yy}`).join(' '), class: 'gline' })); seg = []; };
    for (const pt of linePts) {
      if (seg.length && pt[4] !== seg[seg.length - 1][4] + 1) flush();
      seg.push(pt);
    }
    flush();
    for (const [x, yy, period, gm] of linePts) {
      svg.appendChild(s('circle', { cx: x, cy: yy, r: 3.5, class: 'gdot' }, s('title', null, `${period}: mean Goldstein ${gm}`)));
    }
    chart.appendChild(svg);
    svg.addEventListener('click', (ev) => {
      const g = ev.target.closest && ev.target.closest('g.bar');
      if (g) selectPeriod(g.getAttribute('data-period'), series.by);
    });
    svg.addEventListener('keydown', (ev) => {
      if (ev.key !== 'Enter' && ev.key !== ' ') return;
      const g = ev.target.closest && ev.target.closest('g.bar');
      if (g) { ev.preventDefault(); selectPeriod(g.getAttribute('data-period'), series.by); }
    });

    // the same numbers as a table (keyboard and screen-reader friendly, copyable)
    table.appendChild(h('caption', { class: 'sr-only' }, `Events per ${series.by}`));
    table.appendChild(h('thead', null, h('tr', null,
      h('th', { scope: 'col' }, series.by[0].toUpperCase() + series.by.slice(1)),
      [1, 2, 3, 4].map((q) => h('th', { scope: 'col', class: 'num' }, QUAD[q].name)),
      h('th', { scope: 'col', class: 'num' }, 'Events'),
      h('th', { scope: 'col', class: 'num' }, 'Goldstein mean'),
      h('th', { scope: 'col', class: 'num' }, 'Goldstein sum'))));
    table.appendChild(h('tbody', null, rows.filter((r) => r.st.events).map((r) => h('tr', null,
      h('th', { scope: 'row' }, r.period),
      r.st.quadClass.map((c) => h('td', { class: 'num' }, String(c))),
      h('td', { class: 'num' }, String(r.st.events)),
      h('td', { class: 'num' }, r.st.goldsteinMean === null ? '—' : fmtNum(r.st.goldsteinMean)),
      h('td', { class: 'num' }, fmtNum(r.st.goldsteinSum))))));
  }

  function renderLegend() {
    const legend = clear($('legend'));
    for (const q of [1, 2, 3, 4]) legend.appendChild(h('li', null, h('span', { class: 'swatch ' + QUAD[q].cls, 'aria-hidden': 'true' }), QUAD[q].name));
    legend.appendChild(h('li', null, h('span', { class: 'swatch line', 'aria-hidden': 'true' }), 'Mean Goldstein score'));
    legend.appendChild(h('li', null, h('span', { class: 'swatch km', 'aria-hidden': 'true' }), `Key moment (salience ${keyState.min.toFixed(2)} or more)`));
  }
  /** The period of the dyad series a day falls in (the API's own keys: 2011-02, 2011-Q1, 2011). */
  function chartPeriod(day, by) {
    if (by === 'year') return day.slice(0, 4);
    if (by === 'month') return day.slice(0, 7);
    return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
  }
  function periodText(st) {
    if (!st.events) return 'no events';
    const parts = [1, 2, 3, 4].filter((q) => st.quadClass[q - 1]).map((q) => `${st.quadClass[q - 1]} ${QUAD[q].name.toLowerCase()}`);
    return `${plural(st.events, 'event')} (${parts.join(', ')}); Goldstein mean ${fmtNum(st.goldsteinMean)}, sum ${fmtNum(st.goldsteinSum)}`;
  }
  const fmtNum = (x) => (x === null || x === undefined ? '—' : (Math.round(x * 10) / 10).toString().replace('-', '−'));
  function niceTicks(max) {
    const step = max <= 5 ? 1 : max <= 10 ? 2 : max <= 25 ? 5 : Math.pow(10, Math.floor(Math.log10(max))) * (max / Math.pow(10, Math.floor(Math.log10(max))) > 5 ? 2 : 1);
    const out = [];
    for (let t = 0; t <= max; t += step) out.push(t);
    return out;
  }
  function shortPeriod(p, by) {
    if (by === 'month') {
      const m = Number(p.slice(5, 7));
      return ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1] + ' ' + p.slice(2, 4);
    }
    return p;
  }
  function periodBounds(p, by) {
    const y = Number(p.slice(0, 4));
    if (by === 'year') return [`${y}`, `${y}`];
    if (by === 'month') return [p, p];
    const q = Number(p.slice(6));
    const m1 = String((q - 1) * 3 + 1).padStart(2, '0'), m2 = String(q * 3).padStart(2, '0');
    return [`${y}-${m1}`, `${y}-${m2}`];
  }
  function inRange(p, range, by) {
    const [from, to] = periodBounds(p, by);
    return !!range.from && range.from === from && range.to === to;
  }
  function selectPeriod(period, by) {
    const st = pickerState();
    const [from, to] = periodBounds(period, by);
    if (st.from === from && st.to === to) { st.from = ''; st.to = ''; } else { st.from = from; st.to = to; }
    if (st.by === 'month') st.by = '';
    location.hash = timelineHash(st);
  }

  // ---------- search ----------

  async function renderSearch(q, where) {
    $('q').value = q;
    for (const r of document.querySelectorAll('input[name="search-in"]')) r.checked = r.value === where;
    const list = clear($('results'));
    $('search-title').textContent = q ? `Search: ${q}` : 'Search';
    if (!q.trim()) { $('search-status').textContent = `Type words to search the ${where === 'events' ? 'events (their summaries and evidence sentences)' : 'article titles and texts'}. Use "quotes" for a phrase and word* for a prefix.`; return; }
    $('search-status').textContent = 'Searching…';
    if (where === 'events') {
      const page = await getPage('/api/search', { q, in: 'events', limit: 50 });
      $('search-status').textContent = page.total ? `${plural(page.total, 'event')} found${page.total > page.items.length ? `; the best ${page.items.length} shown` : ''}.` : 'No event matches. Try fewer or shorter words, or word* for a prefix.';
      list.classList.add('timeline');
      for (const e of page.items) list.appendChild(eventItem(e));
    } else {
      list.classList.remove('timeline');
      const page = await getPage('/api/search', { q, limit: 50 });
      const hits = page.items;
      $('search-status').textContent = hits.length ? `${plural(page.total, 'article')} found${page.total > hits.length ? `; the best ${hits.length} shown` : ''}.` : 'No article matches. Try fewer or shorter words, or word* for a prefix.';
      for (const hit of hits) {
        list.appendChild(h('li', { class: 'result' },
          h('h2', null, h('a', { href: '#/article/' + encodeURIComponent(hit.articleId) }, hit.title || '(untitled article)')),
          h('p', { class: 'meta' }, hit.published ? hit.published.slice(0, 10) : 'date unknown', ' · ', h('span', { class: 'origin' }, hit.origin)),
          h('p', { class: 'snippet' }, snippetNodes(hit.snippet))));
      }
    }
    $('search-title').focus({ preventScroll: true });
  }
  /** The store marks matches as [word]; turn those into <mark> elements (as text, never as HTML). */
  function snippetNodes(snip) {
    const out = [];
    const re = /\[([^\]]*)\]/g;
    let last = 0, m;
    while ((m = re.exec(snip))) {
      if (m.index > last) out.push(snip.slice(last, m.index));
      out.push(h('mark', null, m[1]));
      last = re.lastIndex;
    }
    if (last < snip.length) out.push(snip.slice(last));
    return out;
  }

  // ---------- article ----------

  async function renderArticle(id) {
    $('back-link').setAttribute('href', lastTimelineHash);
    const a = await getJson('/api/articles/' + encodeURIComponent(id));
    const root = clear($('article'));
    document.title = `${a.title || 'Article'} · Storyline`;
    const meta = [
      ['Source', a.siteName && a.source ? `${a.siteName} (${a.source})` : a.siteName || a.source],
      ['Published', a.published ? `${a.published}${a.publishedFrom ? ` — from ${a.publishedFrom}` : ''}` : 'unknown'],
      ['Page date', a.pageDate ? `${a.pageDate} (the page's own date, not the publication date)` : null],
      ['Updated', a.modified ? `${a.modified} (a revision date, not the publication date)` : null],
      ['Author', a.author],
      ['Language', a.language],
      ['Address', a.url ? (safeHref(a.url) ? h('a', { href: a.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, a.url) : h('span', { class: 'unsafe-url', title: 'not an http(s) address, so not a link' }, a.url)) : null],
      ['Origin', a.origin],
      ['Id', h('code', null, a.id)],
      ['Near-duplicate of', a.duplicateOf ? h('a', { href: '#/article/' + encodeURIComponent(a.duplicateOf) }, a.duplicateOf) : null],
    ].filter(([, v]) => v);
    root.appendChild(h('header', { class: 'article-head' },
      h('h1', { id: 'article-title', tabindex: '-1' }, a.title || '(untitled article)'),
      a.description ? h('p', { class: 'standfirst' }, a.description) : null,
      h('dl', { class: 'meta-list' }, meta.map(([k, v]) => [h('dt', null, k), h('dd', null, v)]))));

    root.appendChild(articleBody(a.text, a.mentions));

    if (a.mentions.length) {
      root.appendChild(h('section', { class: 'article-section' },
        h('h2', null, `Coded events (${a.mentions.length})`),
        h('ul', { class: 'coded' }, a.mentions.map((m) => h('li', null,
          h('span', { class: 'when' }, m.dateLabel || 'undated', m.dateFrom === 'published' ? ' (publication day)' : m.dateText ? ` (“${m.dateText}”)` : ''),
          h('span', { class: `quad ${(QUAD[m.quadClass] || {}).cls || ''}` }, m.code),
          h('span', null, `${m.source} → ${m.target}`, m.codeName ? ` · ${m.codeName}` : ''),
          h('blockquote', null, highlighted(m.sentence, m)))))));
    }
    if (a.dateCandidates.length) {
      root.appendChild(h('section', { class: 'article-section' },
        h('h2', null, 'Date evidence'),
        h('div', { class: 'table-wrap' }, h('table', null,
          h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Value'), h('th', { scope: 'col' }, 'From'), h('th', { scope: 'col', class: 'num' }, 'Weight'), h('th', { scope: 'col' }, 'Evidence'))),
          h('tbody', null, a.dateCandidates.map((c) => h('tr', null, h('td', null, c.value), h('td', null, c.from), h('td', { class: 'num' }, String(c.weight)), h('td', { class: 'evidence' }, c.evidence))))))));
    }
    const removed = h('section', { class: 'article-section' }, h('h2', null, `Removed by the cleaner (${a.removed.length})`));
    if (!a.removed.length) removed.appendChild(h('p', { class: 'muted' }, 'Nothing was removed.'));
    else {
      removed.appendChild(h('ul', { class: 'removed' }, a.removed.map((r) => h('li', null, h('span', { class: 'reason' }, r.reason), h('pre', null, r.text)))));
    }
    root.appendChild(removed);
    $('article-title').focus({ preventScroll: false });
    window.scrollTo(0, 0);
  }

  /**
   * The article's paragraphs, with the sentences that were coded into events marked (found by their
   * stored offset, else by their text), so a reader sees the evidence in place.
   */
  function articleBody(text, mentions) {
    const spans = [];
    for (const m of mentions) {
      let start = typeof m.sentenceStart === 'number' && text.startsWith(m.sentence, m.sentenceStart) ? m.sentenceStart : text.indexOf(m.sentence);
      if (start < 0 || !m.sentence) continue;
      spans.push({ start, end: start + m.sentence.length, title: `${m.code}${m.codeName ? ' ' + m.codeName : ''}: ${m.source} → ${m.target}` });
    }
    spans.sort((x, y) => x.start - y.start);
    const body = h('div', { class: 'article-text' });
    const re = /\n[ \t]*\n\s*/g;
    let pos = 0;
    const paras = [];
    for (let m; (m = re.exec(text)); ) { paras.push([pos, m.index]); pos = re.lastIndex; }
    paras.push([pos, text.length]);
    for (const [ps, pe] of paras) {
      if (!text.slice(ps, pe).trim()) continue;
      const p = h('p');
      let at = ps;
      for (const sp of spans) {
        const s0 = Math.max(sp.start, at), s1 = Math.min(sp.end, pe);
        if (s1 <= s0) continue;
        if (s0 > at) p.appendChild(document.createTextNode(text.slice(at, s0)));
        p.appendChild(h('mark', { class: 'evidence-mark', title: sp.title }, text.slice(s0, s1)));
        at = s1;
      }
      if (at < pe) p.appendChild(document.createTextNode(text.slice(at, pe)));
      body.appendChild(p);
    }
    return body;
  }

  // ---------- wiring ----------

  function init() {
    $('search-form').addEventListener('submit', (ev) => {
      ev.preventDefault();
      const q = $('q').value.trim();
      const where = parseRoute().view === 'search' && parseRoute().params.get('in') === 'events' ? 'events' : '';
      location.hash = '#/search?' + query({ q, in: where });
    });
    for (const r of document.querySelectorAll('input[name="search-in"]')) {
      r.addEventListener('change', () => { location.hash = '#/search?' + query({ q: $('q').value.trim(), in: r.value === 'events' ? 'events' : '' }); });
    }
    $('filters').addEventListener('submit', onFiltersSubmit);
    $('f-clear').addEventListener('click', () => {
      const st = pickerState();
      for (const k of ['code', 'quad', 'outlet', 'from', 'to']) st[k] = '';
      if (st.by === 'month') st.by = '';
      location.hash = timelineHash(st);
    });
    $('actor-a').addEventListener('change', () => onPickerChange(false));
    $('actor-b').addEventListener('change', () => onPickerChange(false));
    $('by').addEventListener('change', () => onPickerChange(false));
    $('direction').addEventListener('change', () => onPickerChange(true));
    $('swap').addEventListener('click', () => {
      const st = pickerState();
      [st.a, st.b] = [st.b, st.a];
      if (st.by === 'month') st.by = '';
      location.hash = timelineHash(st);
    });
    $('period-clear').addEventListener('click', () => onPickerChange(false));
    for (const [id, view] of [['mode-all', ''], ['mode-key', 'key']]) {
      $(id).addEventListener('click', () => {
        const st = pickerState();
        st.view = view;
        if (st.by === 'month') st.by = '';
        location.hash = timelineHash(st);
      });
    }
    // arrow keys move between the two modes, as in any radio group
    $('mode-all').parentElement.addEventListener('keydown', (ev) => {
      if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(ev.key)) return;
      ev.preventDefault();
      const next = $('mode-key').getAttribute('aria-checked') === 'true' ? 'mode-all' : 'mode-key';
      $(next).click();
      $(next).focus();
    });
    $('salience').addEventListener('input', () => onSalience(false));
    $('salience').addEventListener('change', () => onSalience(true));
    document.addEventListener('keydown', (ev) => {
      const t = ev.target;
      const typing = t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA' || t.isContentEditable);
      if (ev.key === '/' && !typing && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
        ev.preventDefault();
        $('q').focus();
        $('q').select();
      }
    });
    window.addEventListener('hashchange', route);
    let resizeTimer = 0;
    let lastWidth = window.innerWidth;
    window.addEventListener('resize', () => {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(() => {
        if (lastChart && lastChart[0] && window.innerWidth !== lastWidth) renderChart(...lastChart);
        lastWidth = window.innerWidth;
      }, 150);
    });
    loadActors().catch(showError);
    loadFilters().catch(showError);
    route();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
