// `/kalender` (`/calendar`): the team's calendar feed, a secret address to subscribe to in Outlook or Google, with its
// webcal:// form and one line of instructions for each. `/kalender ny` (`/calendar new`): a new address, the old one
// dead at once (admins, or anyone when ADMINS is empty). And "Tilføj til kalender" on every event and deadline card: a
// fresh link to that one item's .ics, shown to the presser alone. The words are in i18n/catalog.ts (calendar.*), the
// feed and files in bot/calendarLinks.ts.
import { action, type CommandDescriptor, type Reply } from './types';
import type { Turn } from '../turn';
import type { Services } from '../services';
import { t } from '../../i18n/catalog';
import { calendarKindOf } from '../../domain/calendarEntries';
import { sectionsCard } from '../../cards/privacyCards';
import { ADD_TO_CALENDAR_VERB, itemCalendarFileCard, readCalendarButton, type CalendarButtonData } from '../../cards/itemCards';
import { feedAddress, itemCalendarLink } from '../calendarLinks';
import type { CalendarFeed } from '../../storage/calendarFeedRepository';

/** The feed's name as this turn knows it: the team's, else (a chat, or Teams did not say) what it was called before. */
function feedName(turn: Turn): { name?: string; fallback: string } {
  return { ...(turn.teamName ? { name: turn.teamName } : {}), fallback: t('calendar.defaultName', turn.lang) };
}

/** Whether this colleague may replace the address: an admin, or anyone when no admins are set. */
function mayRenew(services: Pick<Services, 'config'>, turn: Turn): boolean {
  const admins = services.config.admins;
  return admins.length === 0 || admins.includes(turn.author.aadObjectId.toLowerCase());
}

function feedCard(services: Pick<Services, 'publicUrl'>, turn: Turn, feed: CalendarFeed, renewed: boolean): Reply[] {
  const lang = turn.lang;
  const address = feedAddress(services, feed);
  if (!address) return [{ text: t('calendar.noAddress', lang) }];
  const card = sectionsCard({
    heading: t(renewed ? 'calendar.renewedHeading' : 'calendar.heading', lang, { name: feed.name }),
    headingColor: renewed ? 'Good' : 'Default',
    sections: [
      {
        heading: t('calendar.intro', lang),
        rows: [
          { meta: 'https', text: address.https },
          { meta: 'webcal', text: address.webcal },
        ],
      },
      {
        heading: t('calendar.howHeading', lang),
        rows: [
          { meta: 'Outlook', text: t('calendar.outlook', lang) },
          { meta: 'Google', text: t('calendar.google', lang) },
        ],
      },
    ],
    note: [renewed ? t('calendar.renewedNote', lang) : '', t('calendar.secretNote', lang)].filter(Boolean).join(' '),
  });
  return [{ card, summary: t('calendar.summary', lang, { name: feed.name }) }];
}

/** What "Tilføj til kalender" uses: the items, and the key, address and clock of the file's link. */
type CalendarLinkPorts = Pick<Services, 'items' | 'publicUrl' | 'downloadKeys' | 'clock'>;

/** "Tilføj til kalender": the item's card again, for the presser alone, with a fresh link to its .ics (15 minutes by
 *  the server's clock from this press); an undated item says why it has no calendar entry. */
export const addToCalendarAction = action<CalendarButtonData, CalendarLinkPorts>({
  verb: ADD_TO_CALENDAR_VERB,
  read: readCalendarButton,
  async run({ turn, services, data }) {
    const lang = turn.lang;
    const item = await services.items.get(turn.scope.key, data.itemId);
    if (!item) return { message: t('item.notHere', lang) };
    const link = await itemCalendarLink(services, turn, services.clock, { kind: calendarKindOf(item.type), id: item.id });
    switch (link.kind) {
      case 'notHere':
        return { message: t('item.notHere', lang) };
      case 'undated':
        return { message: t('calendar.undated', lang, { title: item.title }) };
      case 'noAddress':
        return { message: t('calendar.noAddress', lang) };
      case 'link':
        return { onlyForPresser: true, card: itemCalendarFileCard(item, lang, turn.now, link.url) };
    }
  },
});

/** What /kalender uses: the feeds, who may renew one, and the address the links point to. */
type Ports = Pick<Services, 'config' | 'publicUrl' | 'calendarFeeds'>;

export const calendarCommand: CommandDescriptor<Ports> = {
  command: 'calendar',
  names: { da: ['kalender'], en: ['calendar'] },
  help: { section: 'coming', lines: ['calendar'] },
  actions: [addToCalendarAction],
  needsTeamName: true,
  async run({ turn, args, services }) {
    const lang = turn.lang;
    const word = args.trim().toLowerCase();
    if (word !== '' && word !== 'ny' && word !== 'new') return [{ text: t('calendar.how', lang) }];
    if (!services.publicUrl()) return [{ text: t('calendar.noAddress', lang) }];
    if (word === '') return feedCard(services, turn, await services.calendarFeeds.ensure(turn.scope.key, feedName(turn), lang), false);
    if (!mayRenew(services, turn)) return [{ text: t('calendar.notAdmin', lang) }];
    return feedCard(services, turn, await services.calendarFeeds.renew(turn.scope.key, feedName(turn), lang), true);
  },
};
