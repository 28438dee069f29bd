// `/glem <navn>` (`/forget <name>`): erase a colleague (name and Entra object id become "tidligere medlem" in every
// entry, change record and setting; the entries stay). `/glem tekst <navn>` (`/forget text <name>`): erase a named
// outside person from the texts ("[slettet]"). Admins only (ADMINS). The answer shows what would change, with
// Bekræft and Annuller (below); nothing changes before Bekræft. The erasure is recorded (who, when,
// how many rows) without the erased name.
import { randomBytes } from 'node:crypto';
import { action, type ActionContext, type ActionHandler, type ActionResult, type CommandDescriptor, type Reply } from '../types';
import { changeOf, type Turn } from '../../turn';
import type { Config } from '../../config';
import { t, type MessageId } from '../../../i18n/catalog';
import { sanitizeUserText } from '../../../domain/text';
import type { ErasureMode } from '../../../domain/erasure';
import type { ErasureCounts } from '../../../storage/erasure';
import { ERASE_VERBS, readEraseButton, sectionsCard, type EraseData } from '../../../cards/privacyCards';
import type { CardJson } from '../../../cards/render';
import { ERASURE } from '../../../storage/schema';
import type { Services } from '../../services';

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
  ['entries', 'forget.count.entries'], ['items', 'forget.count.items'], ['changeRecords', 'forget.count.changeRecords'],
  ['settings', 'forget.count.settings'], ['names', 'forget.count.names'], ['results', 'forget.count.results'],
  ['registry', 'forget.count.registry'], ['other', 'forget.count.other'],
];

export function countFacts(counts: ErasureCounts, lang: Turn['lang']): Array<{ title: string; value: string }> {
  return COUNTS.filter(([k]) => counts[k] > 0).map(([k, id]) => ({ title: t(id, lang), value: String(counts[k]) }));
}

export function confirmCard(mode: ErasureMode, name: string, counts: ErasureCounts, lang: Turn['lang']): CardJson {
  return sectionsCard({
    heading: t(mode === 'member' ? 'forget.confirmMember' : 'forget.confirmText', lang, { name }),
    headingColor: 'Attention',
    facts: countFacts(counts, lang),
    sections: [],
    actions: [
      { title: t('button.confirm', lang), verb: ERASE_VERBS.confirm, data: { mode, name, lang } },
      { title: t('button.cancel', lang), verb: ERASE_VERBS.cancel, data: { lang } },
    ],
  });
}

async function confirm({ turn, services, data }: ActionContext<EraseData>): Promise<ActionResult> {
  const lang = turn.lang;
  // The one who presses must be an admin too (a card can be pressed by anyone in the channel).
  const refusal = adminRefusal(services.config, turn);
  if (refusal) return { message: t(refusal, lang) };
  if (!data.target) return { message: t('item.staleButton', lang) };
  const { mode, name } = data.target;
  const plan = await services.erasure.plan(mode, name);
  const counts = await plan.apply();
  const change = changeOf(turn);
  // The erasure's own record: who, when, how many rows; never the name.
  await services.history.record(turn.scope.key, ERASURE, randomBytes(8).toString('hex'), 'erased', change, { mode, ...counts });
  services.logger.info('erasure', { scope: turn.scope.key, mode, ...counts });
  return {
    card: sectionsCard({
      heading: t('forget.done', lang, { rows: counts.rows, by: turn.author.name }), headingColor: 'Good',
      facts: countFacts(counts, lang), sections: [], note: t('forget.again', lang),
    }),
  };
}

export const eraseConfirmAction: ActionHandler = action<EraseData>({ verb: ERASE_VERBS.confirm, read: readEraseButton, run: confirm });

export const eraseCancelAction: ActionHandler = {
  verb: ERASE_VERBS.cancel,
  async run({ turn }) {
    return { card: sectionsCard({ heading: t('forget.cancelled', turn.lang), sections: [] }) };
  },
};

/** What forget uses. */
type Ports = Pick<Services, 'config' | 'erasure'>;

export const forgetCommand: CommandDescriptor<Ports> = {
  command: 'forget',
  names: { da: ['glem'], en: ['forget'] },
  help: { section: 'privacy', lines: ['forget'] },
  actions: [eraseConfirmAction, eraseCancelAction],
  async run({ turn, args, services }): Promise<Reply[]> {
    const lang = turn.lang;
    const refusal = adminRefusal(services.config, turn);
    if (refusal) return [{ text: t(refusal, lang) }];
    const asked = readForget(args);
    if (!asked) return [{ text: t('forget.how', lang) }];
    const plan = await services.erasure.plan(asked.mode, asked.name);
    if (plan.counts.rows === 0) return [{ text: t('forget.nothing', lang, { name: asked.name }) }];
    return [{ card: confirmCard(asked.mode, asked.name, plan.counts, lang) }];
  },
};
