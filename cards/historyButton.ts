// The Historik button on entry cards, item cards and experiment pages, and Tilbage on the history card it opens
// (bot/commands/privacy/history.ts handles both).
import type { Lang } from '../domain/types';
import { t } from '../i18n/catalog';

export const HISTORY_VERBS = { show: 'history.show', back: 'history.back' } as const;

/** What the button names: a log entry by its key, an item by its id, an experiment by its name. */
export type HistoryTarget = { kind: 'entry'; entry: string } | { kind: 'item'; id: string } | { kind: 'experiment'; name: string };

/** The Historik button of one thing. */
export function historyButton(target: HistoryTarget, lang: Lang): { title: string; verb: string; data: HistoryTarget & { lang: Lang } } {
  return { title: t('button.history', lang), verb: HISTORY_VERBS.show, data: { ...target, lang } };
}

/** A Historik or Tilbage button's data, read once: what it names (an entry unless it says an item or an experiment). */
export function readHistoryButton(raw: Record<string, unknown>): HistoryTarget {
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  if (raw.kind === 'experiment') return { kind: 'experiment', name: str(raw.name) };
  if (raw.kind === 'item') return { kind: 'item', id: str(raw.id) };
  return { kind: 'entry', entry: str(raw.entry) };
}

/** Tilbage on the history card: back to the thing's own card, with the same data. */
export function historyBackButton(data: HistoryTarget, lang: Lang): { title: string; verb: string; data: Record<string, unknown> } {
  return { title: t('button.back', lang), verb: HISTORY_VERBS.back, data: { ...data, lang } };
}
