// Plain-language questions (no slash) in Danish and English: what is due when, what is coming up, when is X.
// The answer is in the question's language. Anything else is not a question: the turn loop answers "not understood".
import type { Turn } from '../../turn';
import type { Reply } from '../types';
import type { TextRoute } from '../../ports';
import type { IsoDate } from '../../../domain/types';
import { parseQuestion } from '../../../domain/questions';
import { nextFourWeeks } from '../../../domain/due';
import { dueReply } from './due';
import { t } from '../../../i18n/catalog';
import { entriesFor, FIRST_DAY, LAST_DAY, listingCardFor, type ItemReader } from './itemListing';
import type { ListingView } from '../../../cards/itemButton';

/** "hvad skal jeg nå?", "hvad har jeg", "what's due for me", "what do I have to do": what the asker owns. */
const MINE = new RegExp(
  String.raw`^(?:(hvad\s+skal\s+jeg\s+(?:nå|naa|gøre|goere)|hvad\s+har\s+jeg(?:\s+ansvar\s+for)?)` +
    String.raw`|what(?:'s|\s+is)\s+(?:due\s+)?for\s+me|what\s+do\s+i\s+(?:have|need)\s+to\s+do)\s*\??$`,
  'i',
);

/**
 * Longer than any question people ask ("hvornår skal evalueringen sendes til ministeriet?" is 48): a longer text is
 * not read as one, so a 240,000-character message costs nothing but the "not understood" answer (issue 28: no input
 * under the body limit may cost more than about 50 ms, and the date grammar over that text took 50-60 ms).
 */
export const MAX_QUESTION_CHARS = 500;

/** A TextRouter that needs only to read the items. */
export async function answerQuestion(text: string, turn: Turn, services: { items: ItemReader }): Promise<Reply[] | undefined> {
  if (text.length > MAX_QUESTION_CHARS) return undefined;
  const mine = MINE.exec(text.trim());
  if (mine) {
    // What the asker holds (ansvarlig), from today on, missed ones first: in the due answer's layout.
    const lang = mine[1] ? 'da' : 'en';
    const view: ListingView = { k: 'mine', from: turn.now.toISODate() as IsoDate, to: LAST_DAY, o: turn.author.aadObjectId };
    const { card } = await listingCardFor({ items: services.items, scopeKey: turn.scope.key, now: turn.now, lang }, view);
    return [{ card, summary: t('listing.mine', lang) }];
  }
  const question = parseQuestion(text, turn.now);
  if (!question) return undefined;
  const lang = question.lang;
  const ctx = { items: services.items, scopeKey: turn.scope.key, now: turn.now, lang };
  switch (question.kind) {
    case 'thanks':
      return [{ text: t('turn.thanks', lang) }];
    case 'due':
      return dueReply(turn, services, lang, question.period, question.includeDone);
    case 'upcoming': {
      const range = nextFourWeeks(turn.now);
      const { card, total, older } = await listingCardFor(ctx, { k: 'upcoming', from: range.start, to: range.end });
      if (total + older === 0 && turn.scope.kind === 'personal') return [{ text: t('due.personalEmpty', lang) }];
      return [{ card, summary: t('listing.upcoming', lang) }];
    }
    case 'when': {
      const view: ListingView = { k: 'when', from: FIRST_DAY, to: LAST_DAY, w: question.words };
      const found = await entriesFor(services.items, turn.scope.key, view, turn.now.toISODate() as IsoDate);
      if (found.length === 0) {
        const none = t('when.none', lang, { text: question.words.join(' ') });
        return [{ text: turn.scope.kind === 'personal' ? `${none} ${t('due.personalHint', lang)}` : none }];
      }
      const { card } = await listingCardFor(ctx, view);
      return [{ card, summary: t('listing.when', lang) }];
    }
  }
}

/** The plain-text questions, as the bot runs them and as the help card shows them. */
export const questionRoute: TextRoute = {
  route: answerQuestion,
  help: [
    { section: 'coming', lines: ['question'], after: 'calendar' },
    { section: 'coming', lines: ['mine'], after: 'plan' },
  ],
};
