// `/glem <navn>` (`/forget <name>`): erase a colleague of this team or chat (their Entra object id and name become
// "tidligere medlem" in every entry, change record and setting of this scope, nowhere else; the entries stay). When two
// colleagues here share the name, the answer asks which one (by object id). `/glem tekst <navn>` (`/forget text <name>`): erase a named
// outside person from the texts ("[slettet]"). Admins only (ADMINS). The answer shows what would change, with
// Bekræft and Annuller (cards/privacyCards.ts); nothing changes before Bekræft. The erasure is recorded (who, when,
// how many rows) without the erased name.
import { randomBytes } from 'node:crypto';
import { action, type ActionContext, type ActionResult, type CommandDescriptor, type NoPorts, type Reply } from '../types';
import { changeOf, type Turn } from '../../turn';
import type { Config } from '../../config';
import { t, type MessageId } from '../../../i18n/catalog';
import { sanitizeUserText } from '../../../domain/text';
import type { ErasureMode } from '../../../domain/erasure';
import {
  ERASE_VERBS,
  eraseCancelledCard,
  eraseChoiceCard,
  eraseConfirmCard,
  erasedCard,
  readEraseButton,
  readNoButtonData,
  type EraseData,
  type NoButtonData,
} from '../../../cards/privacyCards';
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

/** What the erasure's buttons use: the admins, the erasure, its journal and purge, and the history and log that record it. */
type ButtonPorts = Pick<Services, 'config' | 'erasure' | 'erasures' | 'history' | 'logger'>;

async function confirm({ turn, services, data }: ActionContext<EraseData, ButtonPorts>): Promise<ActionResult> {
  const lang = turn.lang;
  // The one who presses must be an admin too (a card can be pressed by anyone in the channel).
  const refusal = adminRefusal(services.config, turn);
  if (refusal) return { message: t(refusal, lang) };
  if (!data.target) return { message: t('item.staleButton', lang) };
  const { mode, name, id } = data.target;
  const scope = turn.scope.key;
  // A button without an id, for a name that two colleagues here have by now: ask which one first.
  if (mode === 'member' && !id && (await services.erasure.peopleNamed(scope, name)).length > 1) {
    const again = await erasurePreview(services, turn, mode, name, undefined);
    return again.card ? { card: again.card } : { message: again.text ?? '' };
  }
  // Only this team's or chat's rows: the scope of the turn, whatever the button says.
  const plan = await services.erasure.plan({ mode, name, scope, ...(id ? { ids: [id] } : {}) });
  const change = changeOf(turn);
  if (plan.counts.rows > 0) {
    // In the journal before it is applied, so a backup restored later loses the person again (npm run restore).
    await services.erasures.journal.record({
      at: change.at,
      scope,
      mode,
      name,
      ids: plan.target.ids,
      ...(plan.target.nameAlone === false ? { nameAlone: false } : {}),
    });
  }
  const counts = await plan.apply();
  // No byte of what was erased stays in the file, its free pages or its WAL.
  if (counts.rows > 0) await services.erasures.purge();
  // The erasure's own record: who, when, how many rows; never the name.
  await services.history.record(scope, ERASURE, randomBytes(8).toString('hex'), 'erased', change, { mode, ...counts });
  services.logger.info('erasure', { scope, mode, ...counts });
  return {
    card: erasedCard(counts, turn.author.name, lang),
  };
}

export const eraseConfirmAction = action<EraseData, ButtonPorts>({ verb: ERASE_VERBS.confirm, read: readEraseButton, run: confirm });

/** One of the colleagues who share a name was chosen: what erasing them (by object id) would change, with Bekræft. */
export const eraseChooseAction = action<EraseData, ButtonPorts>({
  verb: ERASE_VERBS.choose,
  read: readEraseButton,
  async run({ turn, services, data }): Promise<ActionResult> {
    const refusal = adminRefusal(services.config, turn);
    if (refusal) return { message: t(refusal, turn.lang) };
    if (!data.target?.id) return { message: t('item.staleButton', turn.lang) };
    const preview = await erasurePreview(services, turn, 'member', data.target.name, data.target.id);
    return preview.card ? { card: preview.card } : { message: preview.text ?? '' };
  },
});

export const eraseCancelAction = action<NoButtonData, NoPorts>({
  verb: ERASE_VERBS.cancel,
  read: readNoButtonData,
  async run({ turn }) {
    return { card: eraseCancelledCard(turn.lang) };
  },
});

/** What forget uses. */
type Ports = Pick<Services, 'config' | 'erasure'>;

export const forgetCommand: CommandDescriptor<Ports> = {
  command: 'forget',
  names: { da: ['glem'], en: ['forget'] },
  help: { section: 'privacy', lines: ['forget'] },
  actions: [eraseConfirmAction, eraseChooseAction, eraseCancelAction],
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
  services: Pick<Services, 'erasure'>,
  turn: Turn,
  mode: ErasureMode,
  name: string,
  id: string | undefined,
): Promise<Reply> {
  const lang = turn.lang;
  const scope = turn.scope.key;
  if (mode === 'member' && !id) {
    const people = await services.erasure.peopleNamed(scope, name);
    if (people.length > 1) return { card: eraseChoiceCard(name, people, lang) };
  }
  const plan = await services.erasure.plan({ mode, name, scope, ...(id ? { ids: [id] } : {}) });
  if (plan.counts.rows === 0) return { text: t('forget.nothing', lang, { name }) };
  return { card: eraseConfirmCard(mode, name, id ?? plan.target.ids[0], plan.counts, lang) };
}
