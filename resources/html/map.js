// The interactive map: colors every state by its status on the slider's day under the chosen
// treaty, and shows a state's briefing on click or Enter. Dataset text only ever goes into the
// page as text (textContent, createElement), and links only when they are http or https.
(function () {
  'use strict';

  const data = JSON.parse(document.getElementById('map-data').textContent);
  const SVG_NS = 'http://www.w3.org/2000/svg';
  const DAY_MS = 86400000;
  const byId = (id) => document.getElementById(id);

  const dayOf = (iso) =>
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
  const isoOf = (day) => new Date(day * DAY_MS).toISOString().slice(0, 10);
  const dateDays = data.dates.map(dayOf);

  const view = { treaty: data.treaty, day: dayOf(data.date), selected: null };

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function svgEl(tag, attributes) {
    const node = document.createElementNS(SVG_NS, tag);
    for (const name of Object.keys(attributes)) node.setAttribute(name, String(attributes[name]));
    return node;
  }

  // http and https only, as the app opens them: anything else in a data file stays text.
  function isSafeLink(text) {
    if (typeof text !== 'string' || !/^https?:\/\//i.test(text)) return false;
    try {
      const url = new URL(text);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.host !== '';
    } catch (error) {
      return false;
    }
  }

  // The index into data.dates of the last date on or before the day.
  function dateIndex(day) {
    let found = 0;
    for (let i = 0; i < dateDays.length && dateDays[i] <= day; ++i) found = i;
    return found;
  }

  function treatyOf(id) {
    return data.treaties.find((treaty) => treaty.id === id) || { id: id, name: id, shortName: id };
  }

  function statusOf(iso3, treaty, day) {
    const state = data.states[iso3];
    const steps = state && state.status[treaty];
    const index = steps ? steps[dateIndex(day)] : 0;
    return data.statuses[index] || data.statuses[0];
  }

  // Pattern tiles drawn like the renderer's brushes: lines `patternStep` apart.
  function addPatterns(svg) {
    const defs = svgEl('defs', {});
    for (const status of data.statuses) {
      if (status.pattern === 'solid') continue;
      const s = status.patternStep;
      const pattern = svgEl('pattern', {
        id: 'hatch-' + status.id, patternUnits: 'userSpaceOnUse', width: s, height: s,
      });
      let d = `M-1,1 L1,-1 M0,${s} L${s},0 M${s - 1},${s + 1} L${s + 1},${s - 1}`;
      if (status.pattern === 'cross') d += ` M-1,${s - 1} L1,${s + 1} M0,0 L${s},${s} M${s - 1},-1 L${s + 1},1`;
      if (status.pattern === 'horizontal') d = `M0,0.5 L${s},0.5`;
      pattern.appendChild(svgEl('path', {
        d: d, stroke: status.patternColor, 'stroke-width': status.patternWidth, fill: 'none',
      }));
      defs.appendChild(pattern);
    }
    svg.insertBefore(defs, svg.firstChild);
  }

  // Every shape of the dataset's states that the picture filled with the placeholder, and a copy
  // of each on top that carries the status's pattern.
  const shapes = new Map(); // iso3 -> { groups, fills, hatches }
  function collectShapes() {
    for (const group of document.querySelectorAll('#map g.state[data-iso3]')) {
      const iso3 = group.getAttribute('data-iso3');
      if (!data.states[iso3]) continue;
      let entry = shapes.get(iso3);
      if (!entry) {
        entry = { groups: [], fills: [], hatches: [] };
        shapes.set(iso3, entry);
        group.setAttribute('tabindex', '0');
      }
      entry.groups.push(group);
      group.classList.add('known');
      group.setAttribute('role', 'button');
      for (const fill of group.querySelectorAll(`g[fill="${data.placeholderFill}"]`)) {
        entry.fills.push(fill);
        for (const path of Array.from(fill.querySelectorAll('path'))) {
          const hatch = path.cloneNode(false);
          hatch.setAttribute('fill', 'none');
          hatch.classList.add('hatch');
          fill.appendChild(hatch);
          entry.hatches.push(hatch);
        }
      }
    }
  }

  function recolor() {
    for (const [iso3, entry] of shapes) {
      const status = statusOf(iso3, view.treaty, view.day);
      for (const fill of entry.fills) fill.setAttribute('fill', status.fill);
      const pattern = status.pattern === 'solid' ? 'none' : `url(#hatch-${status.id})`;
      for (const hatch of entry.hatches) hatch.setAttribute('fill', pattern);
      const label = `${data.states[iso3].name}: ${status.label}`;
      for (const group of entry.groups) group.setAttribute('aria-label', label);
    }
  }

  function showTexts() {
    const treaty = treatyOf(view.treaty);
    byId('title').textContent = data.title || `${treaty.shortName || treaty.name}: treaty status on the eastern flank`;
    byId('subtitle').textContent = data.subtitle || '';
    byId('stamp').textContent = `${treaty.shortName || treaty.name}: status as of ${isoOf(view.day)}`;
    byId('date-slider').setAttribute('aria-valuetext', isoOf(view.day));
  }

  function buildTicks() {
    const ticks = byId('ticks');
    ticks.replaceChildren();
    const first = dateDays[0];
    const span = Math.max(1, dateDays[dateDays.length - 1] - first);
    const seen = new Set();
    for (const event of data.events) {
      if (event.treaty !== view.treaty || seen.has(event.date)) continue;
      seen.add(event.date);
      const tick = el('span');
      tick.style.left = `${((dayOf(event.date) - first) / span) * 100}%`;
      ticks.appendChild(tick);
    }
  }

  function swatch(status) {
    const svg = svgEl('svg', { width: 22, height: 14, 'aria-hidden': 'true' });
    svg.appendChild(svgEl('rect', { width: 22, height: 14, fill: status.fill }));
    if (status.pattern !== 'solid')
      svg.appendChild(svgEl('rect', { width: 22, height: 14, fill: `url(#hatch-${status.id})` }));
    return svg;
  }

  function buildLegend() {
    const legend = byId('legend');
    for (const status of data.statuses) {
      if (status.id === 'no-data') continue;
      const entry = el('div', null, 'entry');
      entry.title = status.explanation;
      entry.appendChild(swatch(status));
      entry.appendChild(el('span', status.label));
      legend.appendChild(entry);
    }
  }

  function buildFooter() {
    const footer = byId('footer');
    const parts = [];
    if (data.outlets.length) parts.push(`Sources: ${data.outlets.join('; ')}.`);
    parts.push(`Border lines, fortifications and troops as of ${data.date}.`);
    parts.push('Borders: Natural Earth.');
    if (data.dataAsOf) parts.push(`Data checked ${data.dataAsOf}.`);
    parts.push('Made with Flank Atlas.');
    footer.textContent = parts.join(' ');
  }

  function buildTreatySwitch() {
    const box = byId('treaty-switch');
    for (const treaty of data.treaties) {
      const label = el('label');
      const input = el('input');
      input.type = 'radio';
      input.name = 'treaty';
      input.value = treaty.id;
      input.checked = treaty.id === view.treaty;
      input.addEventListener('change', () => {
        view.treaty = treaty.id;
        update();
        buildTicks();
      });
      label.appendChild(input);
      label.appendChild(document.createTextNode(' ' + (treaty.shortName || treaty.name)));
      box.appendChild(label);
    }
  }

  // A record's own date: said, pledged or reported on.
  const recordDate = (record) => record.saidOn || record.pledgedOn || record.date || record.since || '';

  function sourceLine(ids) {
    const line = el('p', null, 'sources');
    for (const id of ids || []) {
      const source = data.sources[id];
      if (!source) continue;
      const text = [source.outlet, source.title].filter(Boolean).join(': ') || id;
      let node;
      if (isSafeLink(source.url)) {
        node = el('a', text);
        node.href = source.url;
        node.rel = 'noopener noreferrer';
        node.target = '_blank';
      } else {
        node = el('span', text);
      }
      line.appendChild(node);
    }
    return line;
  }

  function pledgeText(pledge) {
    const parts = [];
    if (pledge.value !== undefined)
      parts.push(pledge.unit === 'percent-gdp' ? `${pledge.value} % of GDP` : `${pledge.value} ${pledge.unit || ''}`);
    else if (pledge.amount)
      parts.push([pledge.amount.currency, pledge.amount.value, pledge.amount.scale].filter(Boolean).join(' '));
    if (pledge.targetYear) parts.push(`for ${pledge.targetYear}`);
    if (pledge.basis) parts.push(`(${pledge.basis})`);
    return parts.join(' ');
  }

  function section(body, heading, records, render) {
    if (!records.length) return;
    body.appendChild(el('h3', heading));
    for (const record of records) render(record);
  }

  function fillPanel(iso3) {
    const body = byId('panel-body');
    body.replaceChildren();
    const state = data.states[iso3];
    const briefing = data.briefings[iso3] || {};
    const cutoff = isoOf(view.day);
    body.appendChild(el('h2', state.name));
    for (const treaty of data.treaties)
      body.appendChild(el('p', `${treaty.shortName || treaty.name}: ${statusOf(iso3, treaty.id, view.day).label}`));
    let later = 0;
    const shown = (records) =>
      (records || []).filter((record) => {
        const keep = recordDate(record) <= cutoff;
        if (!keep) ++later;
        return keep;
      });
    section(body, 'Quotes', shown(briefing.quotes), (quote) => {
      body.appendChild(el('blockquote', quote.text, 'quote'));
      body.appendChild(el('p', [quote.speaker, quote.role, quote.saidOn].filter(Boolean).join(', '), 'who'));
      body.appendChild(sourceLine(quote.sources));
    });
    section(body, 'Defence spending pledges', shown(briefing.pledges), (pledge) => {
      body.appendChild(el('p', pledgeText(pledge)));
      body.appendChild(el('p', [pledge.pledgedOn, pledge.note].filter(Boolean).join(': '), 'who'));
      body.appendChild(sourceLine(pledge.sources));
    });
    section(body, 'Troops', shown(briefing.troopNotes), (note) => {
      body.appendChild(el('p', note.text));
      body.appendChild(el('p', [note.date, note.place].filter(Boolean).join(', '), 'who'));
      body.appendChild(sourceLine(note.sources));
    });
    if (later) body.appendChild(el('p', `${later} records dated after ${cutoff} are not shown.`, 'later'));
  }

  function openPanel(iso3) {
    view.selected = iso3;
    for (const [key, entry] of shapes)
      for (const group of entry.groups) group.classList.toggle('selected', key === iso3);
    fillPanel(iso3);
    byId('panel').hidden = false;
  }

  function closePanel() {
    const selected = view.selected;
    view.selected = null;
    byId('panel').hidden = true;
    for (const entry of shapes.values())
      for (const group of entry.groups) group.classList.remove('selected');
    const entry = selected && shapes.get(selected);
    if (entry) entry.groups[0].focus();
  }

  function update() {
    recolor();
    showTexts();
    if (view.selected) fillPanel(view.selected);
  }

  function wireStates() {
    const tooltip = byId('tooltip');
    for (const [iso3, entry] of shapes) {
      for (const group of entry.groups) {
        group.addEventListener('click', () => openPanel(iso3));
        group.addEventListener('keydown', (event) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            openPanel(iso3);
          }
        });
        group.addEventListener('mousemove', (event) => {
          tooltip.textContent = group.getAttribute('aria-label');
          tooltip.style.left = `${event.clientX + 14}px`;
          tooltip.style.top = `${event.clientY + 14}px`;
          tooltip.hidden = false;
        });
        group.addEventListener('mouseleave', () => {
          tooltip.hidden = true;
        });
      }
    }
  }

  function wireSlider() {
    const slider = byId('date-slider');
    slider.min = String(dateDays[0]);
    slider.max = String(Math.max(dateDays[dateDays.length - 1], view.day));
    slider.value = String(view.day);
    slider.addEventListener('input', () => {
      view.day = Number(slider.value);
      update();
    });
    // Page Up and Page Down go from one dated step to the next: a day at a time is slow.
    slider.addEventListener('keydown', (event) => {
      if (event.key !== 'PageUp' && event.key !== 'PageDown') return;
      event.preventDefault();
      const later = event.key === 'PageUp';
      const days = data.events.filter((e) => e.treaty === view.treaty).map((e) => dayOf(e.date));
      const next = later
        ? Math.min(...days.filter((day) => day > view.day), Number(slider.max))
        : Math.max(...days.filter((day) => day < view.day), Number(slider.min));
      slider.value = String(next);
      view.day = Number(slider.value);
      update();
    });
  }

  const root = document.documentElement.style;
  root.setProperty('--sea', data.colors.sea);
  root.setProperty('--selection', data.colors.selection);
  root.setProperty('--hover', data.colors.hover);
  addPatterns(document.querySelector('#map svg'));
  collectShapes();
  buildTreatySwitch();
  buildLegend();
  buildFooter();
  buildTicks();
  wireSlider();
  wireStates();
  byId('panel-close').addEventListener('click', closePanel);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && view.selected) closePanel();
  });
  update();
  if (shapes.has(data.selection)) openPanel(data.selection);
})();
