// Tidslinje: events, deadlines and milestones on a time axis with a line for today. A period is a soft span (faded
// ends: its edges are not exact days), a day is a mark; undated items have their own row. One row per item, so
// nothing overlaps and the rows read as a list (each row's words say what the drawing shows).
import type { TimelineAnswer, TimelineItem } from '../bot/tab/apiTypes';
import { h } from './dom';
import { cap, day, list, w } from './words';

export type Zoom = 'quarter' | 'year' | 'all';

const DAY_MS = 86_400_000;
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** The window shown: a quarter or a year around `anchor` (shifted by `step` windows), or everything. */
export function windowOf(zoom: Zoom, data: TimelineAnswer, step: number): { from: string; to: string } {
  const today = data.today;
  if (zoom === 'all') {
    const dates = data.items
      .flatMap((i) => [i.start!, i.end!])
      .concat(today)
      .sort();
    return { from: dates[0]!.slice(0, 7) + '-01', to: iso(ms(dates[dates.length - 1]!) + DAY_MS * 15) };
  }
  const y = Number(today.slice(0, 4));
  if (zoom === 'year') return { from: `${y + step}-01-01`, to: `${y + step}-12-31` };
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + step;
  const year = y + Math.floor(q / 4);
  const first = (((q % 4) + 4) % 4) * 3 + 1;
  const lastMonthEnd = new Date(Date.UTC(year, first + 2, 0)).toISOString().slice(0, 10);
  return { from: `${year}-${String(first).padStart(2, '0')}-01`, to: lastMonthEnd };
}

function stateText(item: TimelineItem): string {
  return w(`tab.state.${item.state}`);
}

function itemWords(item: TimelineItem): Array<Node | string> {
  const bits: Array<Node | string> = [
    h('span', { class: 'tl-title' }, cap(item.title)),
    h(
      'span',
      { class: 'tl-meta' },
      [item.milestone ? w('tab.milestone') : w(`tab.type.${item.type}`), item.when ?? w('tab.undated'), stateText(item)].join(' · '),
    ),
  ];
  if (item.owner) bits.push(h('span', { class: 'tl-owner' }, w('tab.owner', { name: item.owner })));
  if (item.tally) {
    bits.push(
      h(
        'span',
        { class: 'tl-tally', title: item.tally.missing.length ? w('tab.missing', { names: list(item.tally.missing) }) : undefined },
        w('tab.tally', { approved: item.tally.approved, total: item.tally.total }),
        item.tally.missing.length ? ` · ${w('tab.missing', { names: list(item.tally.missing) })}` : '',
      ),
    );
  }
  return bits;
}

export function drawTimeline(data: TimelineAnswer, zoom: Zoom, step: number): HTMLElement {
  const win = windowOf(zoom, data, step);
  const start = ms(win.from);
  const span = Math.max(DAY_MS, ms(win.to) + DAY_MS - start);
  const pct = (t: number) => Math.max(0, Math.min(100, ((t - start) / span) * 100));
  const visible = data.items.filter((i) => i.start! <= win.to && i.end! >= win.from);

  // Month ticks (quarters of years when showing many years).
  const ticks: HTMLElement[] = [];
  const months = Math.round(span / (DAY_MS * 30.4));
  const every = months > 36 ? 12 : months > 15 ? 3 : 1;
  for (let d = new Date(start); d.getTime() <= start + span; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + every, 1))) {
    const label = d.toLocaleDateString(document.documentElement.lang === 'en' ? 'en-GB' : 'da-DK', {
      month: every >= 12 ? undefined : 'short',
      year: every > 1 || d.getUTCMonth() === 0 ? 'numeric' : undefined,
      timeZone: 'UTC',
    });
    // A tick at the window's very end would hang outside the drawing.
    if (pct(d.getTime()) < 97) ticks.push(h('span', { class: 'tick', style: `left:${pct(d.getTime())}%` }, label));
  }
  const todayIn = data.today >= win.from && data.today <= win.to;
  const todayLine = todayIn
    ? h(
        'div',
        {
          class: 'today-line',
          style: `left:${pct(ms(data.today) + DAY_MS / 2)}%`,
          role: 'note',
          'aria-label': `${w('tab.today')}: ${day(data.today)}`,
        },
        h('span', { class: 'today-label' }, w('tab.today')),
      )
    : null;

  const rows = visible.map((item) => {
    const left = pct(ms(item.start!));
    const right = pct(ms(item.end!) + DAY_MS);
    const mark = item.span
      ? h('span', {
          class: `bar span state-${item.state}`,
          style: `left:${left}%;width:${Math.max(0.8, right - left)}%`,
          'aria-hidden': 'true',
        })
      : h('span', {
          class: `bar day state-${item.state}${item.milestone ? ' milestone' : ''}`,
          style: `left:${pct(ms(item.start!) + DAY_MS / 2)}%`,
          'aria-hidden': 'true',
        });
    return h(
      'li',
      { class: `tl-row state-${item.state}`, 'data-id': item.id },
      h('div', { class: 'tl-label' }, itemWords(item)),
      h('div', { class: 'tl-track' }, mark),
    );
  });

  return h(
    'section',
    { class: 'timeline', 'aria-label': w('tab.nav.timeline') },
    h('div', { class: 'tl-axis', 'aria-hidden': 'true' }, h('div', { class: 'tl-label' }), h('div', { class: 'tl-track' }, ticks)),
    h(
      'div',
      { class: 'tl-body' },
      todayLine ? h('div', { class: 'tl-overlay' }, h('div', { class: 'tl-label' }), h('div', { class: 'tl-track' }, todayLine)) : null,
      rows.length ? h('ol', { class: 'tl-rows' }, rows) : h('p', { class: 'empty' }, w('tab.empty')),
    ),
    data.undated.length
      ? h(
          'section',
          { class: 'tl-undated', 'aria-label': w('tab.undated') },
          h('h3', {}, w('tab.undated')),
          h(
            'ul',
            { class: 'tl-rows' },
            data.undated.map((item) =>
              h(
                'li',
                { class: `tl-row undated state-${item.state}`, 'data-id': item.id },
                h('div', { class: 'tl-label' }, itemWords(item)),
              ),
            ),
          ),
        )
      : null,
    data.cut ? h('p', { class: 'note' }, w('tab.timeline.cut', { n: data.items.length })) : null,
    legend(),
  );
}

function legend(): HTMLElement {
  const states = ['upcoming', 'ongoing', 'overdue', 'done', 'ended'];
  return h(
    'ul',
    { class: 'legend' },
    states.map((s) => h('li', {}, h('span', { class: `swatch state-${s}`, 'aria-hidden': 'true' }), w(`tab.state.${s}`))),
    h('li', {}, h('span', { class: 'swatch span-swatch', 'aria-hidden': 'true' }), w('tab.period')),
    h('li', {}, h('span', { class: 'swatch milestone-swatch', 'aria-hidden': 'true' }), w('tab.milestone')),
  );
}
