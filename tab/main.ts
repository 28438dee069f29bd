// The Tovholder tab: four views of one team's log (Tidslinje, Log, Forsøg × kommuner, Tal). In Teams it takes the
// team, language, theme and sign-in from TeamsJS (teamsHost.ts, loaded only there); in a browser in the bot's local
// anonymous mode it takes them from the address (?team=…&lang=en&theme=dark) and offers the teams the bot knows.
import type { CountsAnswer, Lang, MatrixAnswer, TimelineAnswer } from '../bot/tab/apiTypes';
import { ApiError, configure, get } from './api';
import { clear, h } from './dom';
import { setLang, w } from './words';
import { drawTimeline, type Zoom } from './timeline';
import { drawLog, type LogState } from './log';
import { drawMatrix } from './matrix';
import { drawCounts } from './counts';

type View = 'timeline' | 'log' | 'matrix' | 'counts';
const VIEWS: View[] = ['timeline', 'log', 'matrix', 'counts'];

const params = new URLSearchParams(location.search);
const state = {
  view: (VIEWS.includes(params.get('view') as View) ? params.get('view') : 'timeline') as View,
  zoom: (['quarter', 'year', 'all'].includes(params.get('zoom') ?? '') ? params.get('zoom') : 'year') as Zoom,
  step: 0,
  log: { filter: {}, cursors: [''] } as LogState,
  counts: undefined as { from: string; to: string } | undefined,
  team: params.get('team') ?? undefined,
  mine: params.get('mine') === '1',
};

const app = document.getElementById('app')!;

function langOf(locale: string | null | undefined): Lang {
  return (locale ?? '').toLowerCase().startsWith('en') ? 'en' : 'da';
}

/** Teams' themes are default, dark and contrast; a browser follows its own setting unless ?theme= says otherwise. */
function applyTheme(theme: string | null): void {
  const t =
    theme === 'dark' || theme === 'contrast'
      ? theme
      : theme === 'default'
        ? 'light'
        : matchMedia('(forced-colors: active)').matches
          ? 'contrast'
          : matchMedia('(prefers-color-scheme: dark)').matches
            ? 'dark'
            : 'light';
  document.documentElement.dataset.theme = t;
}

function header(): HTMLElement {
  const tabs = VIEWS.map((v) =>
    h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `tab-${v}`,
        'aria-selected': String(v === state.view),
        'aria-controls': 'view',
        tabindex: v === state.view ? 0 : -1,
        onclick: () => show(v),
      },
      w(`tab.nav.${v}`),
    ),
  );
  const list = h('div', { role: 'tablist', 'aria-label': w('tab.nav.label'), class: 'views' }, tabs);
  // Arrow keys move between the views, as in every tab list (WAI-ARIA).
  list.addEventListener('keydown', (ev) => {
    const i = VIEWS.indexOf(state.view);
    const to =
      ev.key === 'ArrowRight'
        ? (i + 1) % VIEWS.length
        : ev.key === 'ArrowLeft'
          ? (i + VIEWS.length - 1) % VIEWS.length
          : ev.key === 'Home'
            ? 0
            : ev.key === 'End'
              ? VIEWS.length - 1
              : -1;
    if (to < 0) return;
    ev.preventDefault();
    focusTab = true;
    show(VIEWS[to]!);
  });
  const language = h(
    'select',
    { id: 'lang', 'aria-label': w('tab.language') },
    h('option', { value: 'da', selected: document.documentElement.lang === 'da' }, 'Dansk'),
    h('option', { value: 'en', selected: document.documentElement.lang === 'en' }, 'English'),
  );
  language.addEventListener('change', () => {
    setLang(language.value as Lang);
    void render();
  });
  return h(
    'header',
    {},
    h('h1', {}, state.mine ? `${w('tab.title')} · ${w('tab.mine')}` : w('tab.title')),
    list,
    h('div', { class: 'lang' }, language),
  );
}

function show(view: View): void {
  state.view = view;
  const url = new URL(location.href);
  url.searchParams.set('view', view);
  history.replaceState(null, '', url);
  void render();
}

function zoomBar(): HTMLElement {
  const zooms: Zoom[] = ['quarter', 'year', 'all'];
  return h(
    'div',
    { class: 'zoom', role: 'group', 'aria-label': w('tab.zoom.label') },
    zooms.map((z) =>
      h(
        'button',
        {
          type: 'button',
          'aria-pressed': String(z === state.zoom),
          onclick: () => {
            state.zoom = z;
            state.step = 0;
            void render();
          },
        },
        w(`tab.zoom.${z}`),
      ),
    ),
    state.zoom === 'all'
      ? null
      : [
          h(
            'button',
            {
              type: 'button',
              onclick: () => {
                state.step--;
                void render();
              },
            },
            `← ${w('tab.zoom.earlier')}`,
          ),
          h(
            'button',
            {
              type: 'button',
              onclick: () => {
                state.step++;
                void render();
              },
            },
            `${w('tab.zoom.later')} →`,
          ),
        ],
  );
}

async function drawView(view: HTMLElement): Promise<void> {
  if (state.view === 'timeline') {
    const data = await get<TimelineAnswer>('timeline');
    view.append(zoomBar(), drawTimeline(data, state.zoom, state.step));
  } else if (state.view === 'log') {
    await drawLog(view, state.log, () => void render());
  } else if (state.view === 'matrix') {
    view.append(drawMatrix(await get<MatrixAnswer>('matrix')));
  } else {
    const data = await get<CountsAnswer>('counts', state.counts ?? {});
    view.append(
      drawCounts(data, (from, to) => {
        state.counts = { from, to };
        void render();
      }),
    );
  }
}

let rendering = 0;
/** Set when a key moved between the views: the new view's tab gets the focus once it is drawn. */
let focusTab = false;

async function render(): Promise<void> {
  const mine = ++rendering;
  const view = h(
    'main',
    { id: 'view', role: 'tabpanel', 'aria-labelledby': `tab-${state.view}`, 'aria-busy': 'true' },
    h('p', { class: 'loading' }, w('tab.loading')),
  );
  const page = [header(), view];
  try {
    const content = h('div', {});
    await drawView(content);
    if (mine !== rendering) return;
    clear(view);
    view.append(...content.childNodes);
  } catch (err) {
    if (mine !== rendering) return;
    clear(view);
    const status = err instanceof ApiError ? err.status : 0;
    view.append(
      h(
        'p',
        { class: 'error', role: 'alert' },
        w(status === 403 || status === 404 ? 'tab.forbidden' : status === 401 ? 'tab.signInFailed' : 'tab.error'),
      ),
    );
  }
  view.removeAttribute('aria-busy');
  clear(app);
  app.append(...page);
  if (focusTab) document.getElementById(`tab-${state.view}`)?.focus();
  focusTab = false;
  document.title = `${w('tab.title')} · ${w(`tab.nav.${state.view}`)}`;
}

/** No team in the context (the personal tab, a browser): the teams the bot knows, where the user is a member. */
async function pickTeam(): Promise<void> {
  const { teams } = await get<{ teams: Array<{ team: string; tenant?: string; name?: string }> }>('teams');
  if (teams.length === 1) {
    state.team = teams[0]!.team;
    return;
  }
  clear(app);
  app.append(
    h(
      'main',
      {},
      h('h1', {}, w('tab.title')),
      teams.length === 0
        ? h('p', {}, w('tab.noTeams'))
        : [
            h('h2', {}, w('tab.pickTeam')),
            h(
              'ul',
              {},
              teams.map((t) =>
                h('li', {}, h('a', { href: `?${new URLSearchParams({ ...Object.fromEntries(params), team: t.team })}` }, t.name ?? t.team)),
              ),
            ),
          ],
    ),
  );
}

async function start(): Promise<void> {
  let token: (() => Promise<string | undefined>) | undefined;
  if (params.get('inTeams') === '1') {
    const teams = await import('./teamsHost');
    const context = await teams.start((theme) => applyTheme(theme));
    setLang(langOf(context.locale));
    applyTheme(context.theme);
    if (location.pathname.endsWith('/config')) {
      teams.offerConfig(location.origin);
      app.replaceChildren(h('main', {}, h('h1', {}, w('tab.title')), h('p', {}, w('tab.config.text'))));
      return;
    }
    state.team ??= context.team;
    token = teams.token;
  } else {
    setLang(langOf(params.get('lang') ?? navigator.language));
    applyTheme(params.get('theme'));
  }
  configure({}, token);
  if (!state.team) {
    await pickTeam();
    if (!state.team) return;
  }
  configure(
    { team: state.team, ...(state.mine ? { mine: '1' } : {}), ...(params.get('tenant') ? { tenant: params.get('tenant')! } : {}) },
    token,
  );
  await render();
}

start().catch(() => {
  app.replaceChildren(h('p', { class: 'error', role: 'alert' }, w('tab.signInFailed')));
});
