// `/find <words>` (`/søg`): every log entry (and event and deadline) of the scope containing all the words, newest first,
// ten to a card with a "more" button. Words are matched as word prefixes, case- and accent-folded (æøå kept).
import { searchWords, wholeWordOnly, writtenPieces } from '../../domain/text';
import { entryMeta, FIND_VERBS, logListCard, readFindMore, type FindMoreData, type ListRow } from '../../cards/logCards';
import { datedText } from '../../domain/datedText';
import type { LogHit } from '../../storage/logRepository';
import { recognize } from '../../domain/recognize';
import { listsFor } from './lists';
import type { Services } from '../services';
import type { Turn } from '../turn';
import { action, type CommandDescriptor, type Reply } from './types';
import type { CardJson } from '../../cards/render';
import { keyDate, type Item } from '../../domain/items';
import { whenText } from '../../cards/itemCards';
import type { IsoDate } from '../../domain/types';
import { formatPeriod, itemKindText, t } from '../../i18n/catalog';
import type { ExperimentResult } from '../../storage/experimentRepository';

export const PAGE_SIZE = 10;

/** What /søg uses: the log's index, the items and the experiments' results. */
export type FindPorts = Pick<Services, 'log' | 'items' | 'experiments' | 'scopes'>;

/** Entries whose index has every word: the first word's hits, kept where every other word hits the same entry. */
export async function findEntries(services: Pick<Services, 'log'>, scopeKey: string, words: string[]): Promise<LogHit[]> {
  if (words.length === 0) return [];
  const perWord = await Promise.all(
    words.map((w) => (wholeWordOnly(w) ? services.log.hitsForWholeWord(scopeKey, w) : services.log.hitsForWord(scopeKey, w))),
  );
  return withEveryWord(perWord);
}

/** The hits of the first list that every other list holds too (an entry with every word), newest first. */
function withEveryWord(perWord: LogHit[][]): LogHit[] {
  if (perWord.length === 0) return [];
  perWord.sort((a, b) => a.length - b.length); // intersect from the rarest word
  let hits = new Map(perWord[0].map((h) => [h.id, h]));
  for (const other of perWord.slice(1)) {
    const ids = new Set(other.map((h) => h.id));
    hits = new Map([...hits].filter(([id]) => ids.has(id)));
  }
  return newestHitsFirst([...hits.values()]);
}

function newestHitsFirst(hits: LogHit[]): LogHit[] {
  return hits.sort((a, b) => (a.happenedOn === b.happenedOn ? a.id.localeCompare(b.id) : a.happenedOn < b.happenedOn ? 1 : -1));
}

/** "/søg af Jens", "/find by Jens": only what someone logged. */
const BY_AUTHOR = /^(?:logget af|skrevet af|af|logged by|written by|by)\s+(\S.*)$/i;

/** One result: a log entry (read when shown) or an event/deadline (already read by the item search). */
type Found = { date: IsoDate; entry: LogHit } | { date: IsoDate; item: Item } | { date: IsoDate; result: ExperimentResult };

function newestFirst(a: Found, b: Found): number {
  return a.date === b.date ? 0 : a.date < b.date ? 1 : -1;
}

/**
 * "/søg TV2" is the outlet TV2: an entry tagged only with an outlet whose name holds TV2's and more ("TV2 Nord", a
 * channel of its own) is not about TV2, though its words hold "tv2". Entries tagged with both stay.
 */
async function withoutLongerOutlets(services: FindPorts, scopeKey: string, query: string, hits: LogHit[]): Promise<LogHit[]> {
  const lists = await listsFor(services, scopeKey);
  const named = recognize(query, lists);
  const asked = named.outlets.length === 1 ? named.outlets[0]! : undefined;
  if (!asked || searchWords(query).some((w) => !searchWords(asked).includes(w))) return hits;
  const askedWords = searchWords(asked);
  const longer = lists.stakeholders.filter((s) => s.outlet && s.name !== asked && askedWords.every((w) => searchWords(s.name).includes(w)));
  if (longer.length === 0) return hits;
  const [own, ...others] = await Promise.all(
    [asked, ...longer.map((s) => s.name)].map((n) => services.log.hitsForStakeholder(scopeKey, n)),
  );
  const ownIds = new Set(own!.map((h) => h.id));
  const elsewhere = new Set(
    others
      .flat()
      .map((h) => h.id)
      .filter((id) => !ownIds.has(id)),
  );
  return hits.filter((h) => !elsewhere.has(h.id));
}

export async function findCard(services: FindPorts, turn: Turn, query: string, offset: number): Promise<CardJson | string> {
  const lang = turn.lang;
  const byAuthor = BY_AUTHOR.exec(query.trim());
  // Only words too short to look for, joined by punctuation ("a/b#c"): the text as written.
  const found = byAuthor ? [] : searchWords(query).slice(0, 8);
  const words = found.length > 0 || byAuthor ? found : writtenPieces(query).slice(0, 8);
  if (words.length === 0 && !byAuthor) {
    return t('find.how', lang);
  }
  // The words in the text, or who logged it: "/søg Jens" finds what mentions Jens and what Jens logged; results of
  // experiments with the words too.
  const [{ perWord, byAuthor: authorHits }, items, results] = await Promise.all([
    services.log.hitsForWordsAndAuthor(turn.scope.key, words, byAuthor ? byAuthor[1]! : query),
    byAuthor ? Promise.resolve([]) : services.items.search(turn.scope.key, words),
    byAuthor ? Promise.resolve([]) : services.experiments.findResults(turn.scope.key, words),
  ]);
  const narrowed = await withoutLongerOutlets(services, turn.scope.key, query, withEveryWord(perWord));
  const entryHits = newestHitsFirst([...new Map([...narrowed, ...authorHits].map((h) => [h.id, h])).values()]);
  const hits: Found[] = [
    ...entryHits.map((h) => ({ date: h.happenedOn, entry: h })),
    ...items.map((i) => ({ date: keyDate(i) ?? i.writtenAt.slice(0, 10), item: i })),
    ...results.map((r) => ({ date: r.period?.start ?? r.at.slice(0, 10), result: r })),
  ].sort(newestFirst);
  const page = hits.slice(offset, offset + PAGE_SIZE);
  // What the page's log entries show comes with their index rows (no read of the entries).
  const pageHits = page.flatMap((f) => ('entry' in f ? [f.entry] : []));
  const entries = new Map((await services.log.listed(turn.scope.key, pageHits)).map((e, i) => [pageHits[i]!.entryKey, e]));
  const rows = page
    .map((f): ListRow | undefined => {
      if ('result' in f) {
        const r = f.result;
        const meta = [t('result.kind', lang), r.experiment, ...(r.period ? [formatPeriod(r.period, lang, turn.now)] : [])].join(' · ');
        return { meta, text: r.text };
      }
      if ('item' in f) {
        const label = itemKindText(f.item.type, lang);
        const meta = [label, whenText(f.item, lang, turn.now), ...(f.item.done ? [t('item.isDone', lang)] : [])].join(' · ');
        return { meta, text: f.item.title };
      }
      const e = entries.get(f.entry.entryKey);
      return e && { meta: entryMeta(e, lang, turn.now), text: datedText(e, turn.zone) };
    })
    .filter((r): r is ListRow => r !== undefined);
  const shown = query.trim();
  const heading = hits.length === 0 ? t('find.nothing', lang, { query: shown }) : t('find.heading', lang, { query: shown, n: hits.length });
  const end = offset + page.length;
  const note =
    hits.length === 0
      ? t('find.tryFewer', lang)
      : hits.length > PAGE_SIZE
        ? t('find.showing', lang, { from: offset + 1, to: end, n: hits.length })
        : '';
  return logListCard(lang, {
    heading,
    rows,
    note,
    ...(end < hits.length ? { more: { verb: FIND_VERBS.more, data: { q: query, offset: end } } } : {}),
  });
}

function reply(result: CardJson | string): Reply[] {
  return typeof result === 'string' ? [{ text: result }] : [{ card: result }];
}

export const findMoreAction = action<FindMoreData, FindPorts>({
  verb: FIND_VERBS.more,
  read: readFindMore,
  async run({ turn, services, data }) {
    const result = await findCard(services, turn, data.q, data.offset);
    return typeof result === 'string' ? { message: result } : { card: result };
  },
});

export const findCommand: CommandDescriptor<FindPorts> = {
  command: 'find',
  names: { da: ['søg', 'soeg'], en: ['find'] },
  bare: true,
  help: { section: 'log', lines: ['find'] },
  actions: [findMoreAction],
  async run({ turn, args, services }) {
    return reply(await findCard(services, turn, args, 0));
  },
};
