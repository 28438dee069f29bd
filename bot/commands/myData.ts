// `/mine data` (`/my data`): everything stored about the asking colleague in this team or chat: the entries they
// wrote, the deadlines and events they created, the changes they made and the settings they changed last. A card
// now; a file (.xlsx or JSON) through a short-lived signed link comes with the reports' download links (issue 15).
import type { CommandHandler } from './types';
import { t } from '../../i18n/catalog';
import { sectionsCard, historyRow, instantText, type Section, type SectionRow } from '../../cards/privacyCards';
import { entryMeta } from '../../cards/logCards';
import { whenText } from '../../cards/itemCards';
import type { Lang } from '../../domain/types';
import type { ChangeRecord } from '../../domain/history';
import { SETTINGS } from '../../storage/scopeRepository';

/** What a change was about, in the words of the thing itself (an entry's text, an item's title). */
function thingTitle(c: ChangeRecord, lang: Lang): string {
  if (c.entityKind === SETTINGS) return t('myData.settingName', lang, { name: c.entityId });
  const of = (o?: Record<string, unknown>) => (typeof o?.text === 'string' ? o.text : typeof o?.title === 'string' ? o.title : undefined);
  const text = of(c.after) ?? of(c.before) ?? `${c.entityKind} ${c.entityId}`;
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** Rows shown per section: the card stays under Teams' 28 KB; the heading has the full count. */
const ROWS_SHOWN = 15;

function section(heading: string, rows: SectionRow[], lang: Lang): Section {
  return {
    heading, rows: rows.slice(0, ROWS_SHOWN),
    ...(rows.length > ROWS_SHOWN ? { more: t('myData.more', lang, { n: rows.length - ROWS_SHOWN }) } : {}),
  };
}

export const myDataCommand: CommandHandler = {
  command: 'myData',
  async run({ turn, args, services }) {
    const lang = turn.lang;
    if (args.trim().toLowerCase() !== 'data') return [{ text: t('myData.how', lang) }];
    const scope = turn.scope.key;
    const me = turn.author.aadObjectId;
    const [entries, takenPart, items, changes, settings] = await Promise.all([
      services.log.writtenBy(scope, me),
      services.log.withParticipant(scope, me),
      services.items.writtenBy(scope, me),
      services.history.madeBy(scope, me),
      services.scopes.settingsChangedBy(scope, me),
    ]);
    const newestEntries = [...entries].reverse();
    const card = sectionsCard({
      heading: t('myData.heading', lang),
      facts: [{ title: t('myData.who', lang), value: turn.author.name }, { title: t('myData.id', lang), value: me }],
      sections: [
        section(t('myData.entries', lang, { n: entries.length }), newestEntries.map((e) => ({ meta: entryMeta(e, lang, turn.now), text: e.text })), lang),
        section(t('myData.takenPart', lang, { n: takenPart.length }), [...takenPart].reverse().map((e) => ({ meta: entryMeta(e, lang, turn.now), text: e.text })), lang),
        section(t('myData.items', lang, { n: items.length }), items.map((i) => ({
          meta: [t(i.type === 'event' ? 'item.kind.event' : 'item.kind.deadline', lang), whenText(i, lang, turn.now)].join(' · '), text: i.title,
        })), lang),
        section(t('myData.changes', lang, { n: changes.length }), changes.map((c) => {
          const row = historyRow(c, lang, turn.now);
          return { meta: row.meta, text: `${thingTitle(c, lang)}: ${row.text}` };
        }), lang),
        section(t('myData.settings', lang, { n: settings.length }), settings.map((s) => ({
          meta: s.at ? instantText(s.at, lang, turn.now) : '', text: t('myData.settingName', lang, { name: s.name }),
        })), lang),
      ],
      note: t('myData.fileLater', lang),
    });
    return [{ card, summary: t('myData.heading', lang) }];
  },
};
