// `/glem <navn>` (`/forget <name>`): erase a colleague of this team or chat (their Entra object id and name become
// "tidligere medlem" in every entry, change record and setting of this scope, nowhere else; the entries stay). When two
// colleagues here share the name, the answer asks which one (by object id). `/glem tekst <navn>` (`/forget text <name>`): erase a named
// outside person from the texts ("[slettet]"). Admins only (ADMINS). The answer shows what would change, with
// Bekræft and Annuller (bot/actions/privacy.ts); nothing changes before Bekræft. The erasure is recorded (who, when,
// how many rows) without the erased name.
import type { CommandHandler, Reply } from './types';
import type { Turn } from '../turn';
import type { Config } from '../config';
import { t, type MessageId } from '../../i18n/catalog';
import { sanitizeUserText } from '../../domain/text';
import type { ErasureMode } from '../../domain/erasure';
import { peopleNamed, planErasure, type ErasureCounts } from '../../storage/erasure';
import { sectionsCard } from '../../cards/privacyCards';
import type { CardJson } from '../../cards/render';
import type { Services } from '../services';

/** The history's name for an erasure record (in the Scopes table, the admin's scope). */
export const ERASURE = 'erasure';

/** Undefined when the colleague may erase; otherwise why not. */
export function adminRefusal(config: Pick<Config, 'admins'>, turn: Pick<Turn, 'author'>): MessageId | undefined {
  if (config.admins.length === 0) return 'forget.noAdmins';
  return config.admins.includes(turn.author.aadObjectId.toLowerCase()) ? undefined : 'forget.notAdmin';
}

/** `/glem tekst Jens Hansen` → text, "Jens Hansen"; `/glem Anne Sørensen` → member. */
export function readForget(args: string): { mode: ErasureMode; name: string } | undefined {
  const text = sanitizeUserText(args).trim();
  const m = /^(tekst|text)\s+(.+)$/i.exec(text);
  const parsed = m ? { mode: 'text' as const, name: m[2]!.trim() } : { mode: 'member' as const, name: text };
  return parsed.name.length >= 2 ? parsed : undefined;
}

const COUNTS: Array<[keyof Omit<ErasureCounts, 'rows'>, MessageId]> = [
  ['entries', 'forget.count.entries'],
  ['items', 'forget.count.items'],
  ['changeRecords', 'forget.count.changeRecords'],
  ['settings', 'forget.count.settings'],
  ['names', 'forget.count.names'],
  ['results', 'forget.count.results'],
  ['registry', 'forget.count.registry'],
  ['other', 'forget.count.other'],
];

export function countFacts(counts: ErasureCounts, lang: Turn['lang']): Array<{ title: string; value: string }> {
  return COUNTS.filter(([k]) => counts[k] > 0).map(([k, id]) => ({ title: t(id, lang), value: String(counts[k]) }));
}

/** The end of an object id, enough to tell two colleagues apart on a card. */
const shortId = (id: string) => `…${id.slice(-12)}`;

/** Two or more colleagues of this scope have the name: which one? (One button each, by object id.) */
export function chooseCard(name: string, people: Array<{ id: string; rows: number }>, lang: Turn['lang']): CardJson {
  return sectionsCard({
    heading: t('forget.whichOne', lang, { name, n: people.length }),
    headingColor: 'Attention',
    facts: people.map((p) => ({
      title: t('forget.personId', lang, { id: shortId(p.id) }),
      value: t('forget.personRows', lang, { rows: p.rows }),
    })),
    sections: [],
    note: t('forget.whichOneNote', lang),
    actions: [
      ...people.map((p) => ({
        title: t('forget.choose', lang, { id: shortId(p.id) }),
        verb: 'erase.choose',
        data: { mode: 'member', name, id: p.id, lang },
      })),
      { title: t('button.cancel', lang), verb: 'erase.cancel', data: { lang } },
    ],
  });
}

export function confirmCard(mode: ErasureMode, name: string, id: string | undefined, counts: ErasureCounts, lang: Turn['lang']): CardJson {
  return sectionsCard({
    heading: t(mode === 'member' ? 'forget.confirmMember' : 'forget.confirmText', lang, { name }),
    headingColor: 'Attention',
    facts: countFacts(counts, lang),
    sections: [],
    actions: [
      { title: t('button.confirm', lang), verb: 'erase.confirm', data: { mode, name, ...(id ? { id } : {}), lang } },
      { title: t('button.cancel', lang), verb: 'erase.cancel', data: { lang } },
    ],
  });
}

export const forgetCommand: CommandHandler = {
  command: 'forget',
  async run({ turn, args, services }): Promise<Reply[]> {
    const lang = turn.lang;
    const refusal = adminRefusal(services.config, turn);
    if (refusal) return [{ text: t(refusal, lang) }];
    const asked = readForget(args);
    if (!asked) return [{ text: t('forget.how', lang) }];
    return [await erasurePreview(services, turn, asked.mode, asked.name, undefined)];
  },
};

/**
 * What erasing would change in this scope (counts of this scope only), with Bekræft; or, for a name two colleagues
 * here share and no id chosen yet, the question which one.
 */
export async function erasurePreview(
  services: Services,
  turn: Turn,
  mode: ErasureMode,
  name: string,
  id: string | undefined,
): Promise<Reply> {
  const lang = turn.lang;
  const scope = turn.scope.key;
  if (mode === 'member' && !id) {
    const people = await peopleNamed(services.tables, scope, name);
    if (people.length > 1) return { card: chooseCard(name, people, lang) };
  }
  const plan = await planErasure(services.tables, { mode, name, scope, ...(id ? { ids: [id] } : {}) });
  if (plan.counts.rows === 0) return { text: t('forget.nothing', lang, { name }) };
  return { card: confirmCard(mode, name, id ?? plan.target.ids[0], plan.counts, lang) };
}
