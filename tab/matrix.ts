// Forsøg × kommuner: who takes part in which experiment, its results, and the approval chains under way with each
// municipality's mark, the tally ("7 af 11") and who is missing.
import type { MatrixAnswer } from '../bot/tab/apiTypes';
import { h } from './dom';
import { day, list, num, w } from './words';

export function drawMatrix(data: MatrixAnswer): HTMLElement {
  const munis = data.municipalities;
  const municipal = data.runs.filter((r) => r.municipal);
  const others = data.runs.filter((r) => !r.municipal);
  const head = h(
    'thead',
    {},
    h(
      'tr',
      {},
      h('th', { scope: 'col' }, w('tab.matrix.experiment')),
      munis.map((m) => h('th', { scope: 'col', class: 'muni' }, h('span', {}, m))),
      h('th', { scope: 'col' }, w('tab.matrix.results')),
      h('th', { scope: 'col' }, w('tab.matrix.status')),
    ),
  );
  const body = h(
    'tbody',
    {},
    data.experiments.map((x) =>
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, x.name, x.title ? h('span', { class: 'sub' }, x.title) : null),
        munis.map((m) =>
          x.taking.includes(m)
            ? h(
                'td',
                { class: 'taking' },
                h('span', { 'aria-hidden': 'true' }, '●'),
                h('span', { class: 'visually-hidden' }, w('tab.matrix.taking')),
              )
            : h('td', {}, ''),
        ),
        h(
          'td',
          { class: 'num' },
          x.results ? num(x.results) : '',
          x.lastResult ? h('span', { class: 'sub', title: x.lastResult }, x.lastResult.slice(0, 60)) : null,
        ),
        h('td', {}, x.status ?? ''),
      ),
    ),
  );
  const runBody = municipal.length
    ? h(
        'tbody',
        { class: 'runs' },
        h('tr', {}, h('th', { scope: 'rowgroup', colspan: munis.length + 3, class: 'group' }, w('tab.matrix.runs'))),
        municipal.map((r) =>
          h(
            'tr',
            { 'data-run': r.id },
            h(
              'th',
              { scope: 'row' },
              r.title,
              h('span', { class: 'tally' }, w('tab.tally', { approved: r.approved, total: r.total })),
              r.when ? h('span', { class: 'sub' }, r.when) : null,
            ),
            munis.map((m) =>
              r.marks[m]
                ? h(
                    'td',
                    { class: 'approved' },
                    h('span', { 'aria-hidden': 'true' }, '✓'),
                    h('span', { class: 'visually-hidden' }, w('tab.matrix.approvedOn', { date: day(r.marks[m]!) })),
                  )
                : h(
                    'td',
                    { class: 'missing' },
                    h('span', { 'aria-hidden': 'true' }, '–'),
                    h('span', { class: 'visually-hidden' }, w('tab.matrix.waiting')),
                  ),
            ),
            h('td', { colspan: 2, class: 'missing-names' }, r.missing.length ? w('tab.missing', { names: list(r.missing) }) : ''),
          ),
        ),
      )
    : null;
  return h(
    'section',
    { class: 'matrix', 'aria-label': w('tab.nav.matrix') },
    h(
      'div',
      { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': w('tab.nav.matrix') },
      h('table', { class: 'matrix-table' }, h('caption', { class: 'visually-hidden' }, w('tab.nav.matrix')), head, body, runBody),
    ),
    municipal.length === 0 && others.length === 0 ? h('p', { class: 'note' }, w('tab.matrix.noRuns')) : null,
    others.length
      ? h(
          'section',
          {},
          h('h3', {}, w('tab.matrix.runs')),
          h(
            'ul',
            { class: 'runs-list' },
            others.map((r) =>
              h(
                'li',
                { 'data-run': r.id },
                h('strong', {}, r.title),
                ` · ${w('tab.tally', { approved: r.approved, total: r.total })}`,
                r.missing.length ? ` · ${w('tab.missing', { names: list(r.missing) })}` : '',
              ),
            ),
          ),
        )
      : null,
  );
}
