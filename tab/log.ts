// Log: the entries as a table, filtered and paged by the server (bot/tab/logQuery.ts); a row opens the entry with
// its history in a dialog; the same filters give the .xlsx or CSV file.
import type { EntryAnswer, FilterOptions, LogAnswer } from '../bot/tab/apiTypes';
import { download, get } from './api';
import { clear, h } from './dom';
import { cap, day, w } from './words';

export interface LogState {
  filter: Record<string, string>;
  /** The cursors of the pages shown so far (the first page's is ''), for "previous". */
  cursors: string[];
}

export const PAGE_SIZE = 25;
const FILTERS = ['kind', 'stakeholder', 'experiment', 'municipality', 'author', 'from', 'to', 'text'] as const;

function select(name: string, label: string, options: Array<{ value: string; label: string }>, value: string): HTMLElement {
  const id = `f-${name}`;
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    h(
      'select',
      { id, name },
      h('option', { value: '' }, w('tab.filter.all')),
      options.map((o) => h('option', { value: o.value, selected: o.value === value }, o.label)),
    ),
  );
}

function input(name: string, label: string, type: string, value: string): HTMLElement {
  const id = `f-${name}`;
  return h('div', { class: 'field' }, h('label', { for: id }, label), h('input', { id, name, type, value }));
}

export async function drawLog(root: HTMLElement, state: LogState, rerender: () => void): Promise<void> {
  const after = state.cursors[state.cursors.length - 1] || undefined;
  const [options, page] = await Promise.all([
    get<FilterOptions>('options'),
    get<LogAnswer>('log', { ...state.filter, size: String(PAGE_SIZE), after }),
  ]);
  const f = state.filter;
  const form = h(
    'form',
    { class: 'filters', 'aria-label': w('tab.filter.label') },
    select(
      'kind',
      w('tab.filter.kind'),
      options.kinds.map((k) => ({ value: k.kind, label: cap(k.label) })),
      f.kind ?? '',
    ),
    select(
      'stakeholder',
      w('tab.filter.stakeholder'),
      options.stakeholders.map((s) => ({ value: s, label: s })),
      f.stakeholder ?? '',
    ),
    select(
      'experiment',
      w('tab.filter.experiment'),
      options.experiments.map((s) => ({ value: s, label: s })),
      f.experiment ?? '',
    ),
    select(
      'municipality',
      w('tab.filter.municipality'),
      options.municipalities.map((s) => ({ value: s, label: s })),
      f.municipality ?? '',
    ),
    input('author', w('tab.filter.author'), 'text', f.author ?? ''),
    input('from', w('tab.filter.from'), 'date', f.from ?? ''),
    input('to', w('tab.filter.to'), 'date', f.to ?? ''),
    input('text', w('tab.filter.text'), 'search', f.text ?? ''),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, w('tab.filter.apply')),
      h(
        'button',
        {
          type: 'button',
          onclick: () => {
            state.filter = {};
            state.cursors = [''];
            rerender();
          },
        },
        w('tab.filter.clear'),
      ),
    ),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    state.filter = Object.fromEntries(FILTERS.map((k) => [k, String(data.get(k) ?? '').trim()]).filter(([, v]) => v));
    state.cursors = [''];
    rerender();
  });

  const table =
    page.rows.length === 0
      ? h('p', { class: 'empty' }, w('tab.empty'))
      : h(
          'table',
          { class: 'log-table' },
          h('caption', { class: 'visually-hidden' }, w('tab.nav.log')),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['tab.col.date', 'tab.col.kind', 'tab.col.text', 'tab.col.who', 'tab.col.experiments', 'tab.col.author'].map((id) =>
                h('th', { scope: 'col' }, w(id)),
              ),
            ),
          ),
          h(
            'tbody',
            {},
            page.rows.map((r) =>
              h(
                'tr',
                { 'data-key': r.key },
                h(
                  'td',
                  { class: 'nowrap' },
                  h('button', { type: 'button', class: 'link', onclick: () => void openEntry(r.key) }, r.when ?? day(r.date)),
                ),
                h('td', {}, cap(r.kindLabel)),
                h('td', { class: 'text' }, r.text),
                h('td', {}, r.stakeholders.join(', ')),
                h('td', {}, r.experiments.join(', ')),
                h('td', {}, r.author),
              ),
            ),
          ),
        );

  const pageNo = state.cursors.length;
  const pager = h(
    'nav',
    { class: 'pager', 'aria-label': w('tab.page.number', { n: pageNo }) },
    h(
      'button',
      {
        type: 'button',
        disabled: pageNo <= 1,
        onclick: () => {
          state.cursors.pop();
          rerender();
        },
      },
      w('tab.page.previous'),
    ),
    h(
      'span',
      { class: 'page-no' },
      w('tab.page.number', { n: pageNo }),
      page.total !== undefined ? ` · ${w('tab.page.total', { total: page.total })}` : '',
    ),
    h(
      'button',
      {
        type: 'button',
        disabled: !page.next,
        onclick: () => {
          state.cursors.push(page.next!);
          rerender();
        },
      },
      w('tab.page.next'),
    ),
  );

  const exports = h(
    'div',
    { class: 'exports' },
    h('button', { type: 'button', onclick: () => void download('export.xlsx', state.filter) }, w('tab.export.xlsx')),
    h('button', { type: 'button', onclick: () => void download('export.csv', state.filter) }, w('tab.export.csv')),
  );

  clear(root);
  root.append(form, exports, table, pager);
}

async function openEntry(key: string): Promise<void> {
  const { entry, history } = await get<EntryAnswer>('entry', { key });
  const dialog = h(
    'dialog',
    { class: 'entry', 'aria-labelledby': 'entry-title' },
    h('h2', { id: 'entry-title' }, `${cap(entry.kindLabel)} · ${entry.when ?? day(entry.date)}`),
    h('p', { class: 'entry-text' }, entry.text),
    h(
      'dl',
      {},
      entry.stakeholders.length ? [h('dt', {}, w('tab.col.who')), h('dd', {}, entry.stakeholders.join(', '))] : null,
      entry.experiments.length ? [h('dt', {}, w('tab.col.experiments')), h('dd', {}, entry.experiments.join(', '))] : null,
      entry.participants.length ? [h('dt', {}, w('tab.entry.participants')), h('dd', {}, entry.participants.join(', '))] : null,
      entry.links.length
        ? [
            h('dt', {}, w('tab.entry.links')),
            h(
              'dd',
              {},
              entry.links.map((l) => h('a', { href: l, target: '_blank', rel: 'noopener noreferrer' }, l)),
            ),
          ]
        : null,
    ),
    h('p', { class: 'meta' }, w('tab.entry.written', { at: day(entry.writtenAt.slice(0, 10)), name: entry.author })),
    h('h3', {}, w('tab.entry.history')),
    history.length === 0
      ? h('p', {}, w('tab.entry.noHistory'))
      : h(
          'ol',
          { class: 'history' },
          history.map((c) =>
            h(
              'li',
              {},
              h('strong', {}, w(['created', 'edited', 'undone'].includes(c.action) ? `tab.action.${c.action}` : 'tab.action.other')),
              ` ${day(c.at.slice(0, 10))} · ${c.by}`,
              c.fields.length
                ? h(
                    'ul',
                    {},
                    c.fields.map((fc) => h('li', {}, `${fc.field}: ${fc.before || '–'} → ${fc.after || '–'}`)),
                  )
                : null,
            ),
          ),
        ),
    h('form', { method: 'dialog' }, h('button', { type: 'submit', class: 'primary' }, w('tab.entry.close'))),
  );
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
}
