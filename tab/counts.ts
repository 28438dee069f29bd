// Tal: the counts by month and kind, as /tal has them, for a chosen period: a stacked bar chart drawn as SVG (a
// picture with its words in aria-label) and the same figures as a table beneath it.
import type { CountsAnswer } from '../bot/tab/apiTypes';
import { h, svg } from './dom';
import { cap, num, w } from './words';

export function drawCounts(data: CountsAnswer, onPeriod: (from: string, to: string) => void): HTMLElement {
  const form = h(
    'form',
    { class: 'filters' },
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'c-from' }, w('tab.filter.from')),
      h('input', { id: 'c-from', name: 'from', type: 'date', value: data.from }),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'c-to' }, w('tab.filter.to')),
      h('input', { id: 'c-to', name: 'to', type: 'date', value: data.to }),
    ),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, w('tab.filter.apply'))),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const d = new FormData(form);
    onPeriod(String(d.get('from')), String(d.get('to')));
  });
  const kinds = data.kinds.map((k) => k.kind);
  const max = Math.max(1, ...data.months.map((m) => m.total));
  const barW = 28;
  const gap = 8;
  const height = 160;
  const chart = svg('svg', {
    viewBox: `0 0 ${Math.max(1, data.months.length) * (barW + gap)} ${height + 40}`,
    role: 'img',
    class: 'chart',
    'aria-label': `${w('tab.counts.byMonth')}: ${data.months.map((m) => `${m.label} ${num(m.total)}`).join(', ')}`,
  });
  data.months.forEach((m, i) => {
    let y = height;
    for (const kind of kinds) {
      const n = m.byKind[kind] ?? 0;
      if (!n) continue;
      const hgt = (n / max) * height;
      y -= hgt;
      chart.append(svg('rect', { x: i * (barW + gap), y, width: barW, height: hgt, class: `k-${kinds.indexOf(kind) % 8}` }));
    }
    chart.append(
      svg(
        'text',
        { x: i * (barW + gap) + barW / 2, y: height + 14, 'text-anchor': 'middle', class: 'axis' },
        document.createTextNode(m.label.slice(0, 3)),
      ),
    );
    if (m.total)
      chart.append(
        svg(
          'text',
          { x: i * (barW + gap) + barW / 2, y: y - 3, 'text-anchor': 'middle', class: 'value' },
          document.createTextNode(num(m.total)),
        ),
      );
  });
  return h(
    'section',
    { class: 'counts', 'aria-label': w('tab.nav.counts') },
    form,
    h('p', { class: 'total' }, w('tab.counts.total', { n: data.total })),
    h('h3', {}, w('tab.counts.byMonth')),
    h('div', { class: 'scroll' }, chart),
    h(
      'ul',
      { class: 'legend' },
      data.kinds.map((k, i) =>
        h('li', {}, h('span', { class: `swatch k-${i % 8}`, 'aria-hidden': 'true' }), `${cap(k.label)} (${num(k.n)})`),
      ),
    ),
    h('h3', {}, w('tab.counts.byKind')),
    h(
      'div',
      { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': w('tab.counts.byMonth') },
      h(
        'table',
        {},
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, w('tab.counts.month')),
            data.kinds.map((k) => h('th', { scope: 'col' }, cap(k.label))),
            h('th', { scope: 'col' }, w('tab.counts.count')),
          ),
        ),
        h(
          'tbody',
          {},
          data.months.map((m) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, m.label),
              kinds.map((k) => h('td', { class: 'num' }, num(m.byKind[k] ?? 0))),
              h('td', { class: 'num' }, num(m.total)),
            ),
          ),
        ),
      ),
    ),
  );
}
