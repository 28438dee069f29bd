// `/mine data` (`/my data`): everything stored about the asking colleague in this team or chat (bot/myDataReader.ts): the
// entries they wrote or took part in, the deadlines and events they created, the changes they made, the settings they
// changed last, and in the experiments' registry the statuses they set, the results they added and the approvals they
// marked. A card, with "Hent som fil": the one who presses gets short-lived signed links to their own data as .xlsx or
// JSON (only they see the answer; bot/downloadLinks.ts serves the file).
import { action, type CommandDescriptor } from '../types';
import { itemKindText, t } from '../../../i18n/catalog';
import {
  MY_DATA_VERBS,
  myDataFileButton,
  readNoButtonData,
  sectionsCard,
  historyRow,
  instantText,
  type NoButtonData,
  type Section,
  type SectionRow,
} from '../../../cards/privacyCards';
import { entryMeta } from '../../../cards/logCards';
import { whenText } from '../../../cards/itemCards';
import { sinceText, statusLabel } from '../../../cards/experimentCard';
import { formatDay } from '../../../domain/periodFormat';
import type { Lang } from '../../../domain/types';
import type { ChangeRecord } from '../../../domain/history';
import { EXPERIMENT, RESULT, SETTINGS } from '../../../storage/schema';
import { decodeKeyPart } from '../../../storage/keys';
import { loadMyData, myDataLinks } from '../../myDataReader';

/** What a change was about, in the words of the thing itself (an entry's text, an item's title). */
function thingTitle(c: ChangeRecord, lang: Lang): string {
  if (c.entityKind === SETTINGS) return t('myData.settingName', lang, { name: c.entityId });
  // An experiment's change: its name (the id is the folded name); a result: the experiment it was added to.
  if (c.entityKind === EXPERIMENT) return decodeKeyPart(c.entityId);
  if (c.entityKind === RESULT && typeof c.after?.experiment === 'string') return c.after.experiment;
  const of = (o?: Record<string, unknown>) =>
    typeof o?.text === 'string' ? o.text : typeof o?.title === 'string' ? o.title : typeof o?.name === 'string' ? o.name : undefined;
  const text = of(c.after) ?? of(c.before) ?? `${c.entityKind} ${c.entityId}`;
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** Rows shown per section: the card stays under Teams' 28 KB; the heading has the full count. */
const ROWS_SHOWN = 15;

function section(heading: string, rows: SectionRow[], lang: Lang): Section {
  return {
    heading,
    rows: rows.slice(0, ROWS_SHOWN),
    ...(rows.length > ROWS_SHOWN ? { more: t('myData.more', lang, { n: rows.length - ROWS_SHOWN }) } : {}),
  };
}

/** "Hent som fil": links to the presser's own data in this scope (whoever pressed, never the one who asked), shown to
 *  the presser alone; without the bot's public address, why not. */
export const myDataFileAction = action<NoButtonData, Parameters<typeof myDataLinks>[0]>({
  verb: MY_DATA_VERBS.file,
  read: readNoButtonData,
  async run({ turn, services }) {
    const lang = turn.lang;
    const links = await myDataLinks(services, turn);
    if (!links) return { message: t('report.noLinks', lang) };
    return {
      onlyForPresser: true,
      card: sectionsCard({
        heading: t('myData.fileHeading', lang),
        facts: [
          { title: t('myData.who', lang), value: turn.author.name },
          { title: t('myData.id', lang), value: turn.author.aadObjectId },
        ],
        sections: [],
        note: t('myData.fileText', lang, { name: turn.author.name }),
        links: [
          { title: t('myData.button.xlsx', lang), url: links.xlsx },
          { title: t('myData.button.json', lang), url: links.json },
        ],
      }),
    };
  },
});

/** What /mine data uses: every store a colleague's rows are in, and the key and address of the file's link. */
type Ports = Parameters<typeof loadMyData>[0] & Parameters<typeof myDataLinks>[0];

export const myDataCommand: CommandDescriptor<Ports> = {
  command: 'myData',
  names: { da: ['mine'], en: ['my'] },
  help: { section: 'privacy', lines: ['myData'] },
  actions: [myDataFileAction],
  async run({ turn, args, services }) {
    const lang = turn.lang;
    if (args.trim().toLowerCase() !== 'data') return [{ text: t('myData.how', lang) }];
    const me = turn.author.aadObjectId;
    const d = await loadMyData(services, turn.scope.key, me);
    const card = sectionsCard({
      heading: t('myData.heading', lang),
      facts: [
        { title: t('myData.who', lang), value: turn.author.name },
        { title: t('myData.id', lang), value: me },
      ],
      sections: [
        section(
          t('myData.entries', lang, { n: d.entries.length }),
          d.entries.map((e) => ({ meta: entryMeta(e, lang, turn.now), text: e.text })),
          lang,
        ),
        section(
          t('myData.takenPart', lang, { n: d.takenPart.length }),
          d.takenPart.map((e) => ({ meta: entryMeta(e, lang, turn.now), text: e.text })),
          lang,
        ),
        section(
          t('myData.items', lang, { n: d.items.length }),
          d.items.map((i) => ({
            meta: [itemKindText(i.type, lang), whenText(i, lang, turn.now)].join(' · '),
            text: i.title,
          })),
          lang,
        ),
        section(
          t('myData.statuses', lang, { n: d.statuses.length }),
          d.statuses.map((s) => ({
            meta: instantText(s.change.at, lang, turn.now),
            text: [`${s.experiment}: ${statusLabel(s.change.status, lang)} ${sinceText(s.change, lang, turn.now)}`, s.change.note]
              .filter(Boolean)
              .join(': '),
          })),
          lang,
        ),
        section(
          t('myData.results', lang, { n: d.results.length }),
          d.results.map((r) => ({
            meta: `${r.experiment} · ${instantText(r.at, lang, turn.now)}`,
            text: r.text,
          })),
          lang,
        ),
        section(
          t('myData.approvals', lang, { n: d.approvals.length }),
          d.approvals.map((a) => ({
            meta: instantText(a.at, lang, turn.now),
            text:
              `${a.title}: ${a.who} ${t(a.action === 'mark' ? 'myData.marked' : 'myData.unmarked', lang)} ` +
              `(${formatDay(a.on, lang, turn.now)})`,
          })),
          lang,
        ),
        section(
          t('myData.changes', lang, { n: d.changes.length }),
          d.changes.map((c) => {
            const row = historyRow(c, lang, turn.now);
            return { meta: row.meta, text: `${thingTitle(c, lang)}: ${row.text}` };
          }),
          lang,
        ),
        section(
          t('myData.settings', lang, { n: d.settings.length }),
          d.settings.map((s) => ({
            meta: s.at ? instantText(s.at, lang, turn.now) : '',
            text: t('myData.settingName', lang, { name: s.name }),
          })),
          lang,
        ),
      ],
      note: t('myData.fileNote', lang),
      actions: [myDataFileButton(lang)],
    });
    return [{ card, summary: t('myData.heading', lang) }];
  },
};
