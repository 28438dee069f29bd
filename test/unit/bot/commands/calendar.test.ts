// /kalender and "Tilføj til kalender" (bot/commands/calendar.ts) on fakes of their ports: the address or why not, who
// may renew, and a link whose 15 minutes count from the server's clock at the press (not from the message the card
// came with).
import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { addToCalendarAction, calendarCommand } from '../../../../bot/commands/calendar';
import { runAction } from '../../../../bot/commands/types';
import type { Services } from '../../../../bot/services';
import type { Turn } from '../../../../bot/turn';
import type { Item } from '../../../../domain/items';
import type { CalendarFeed, FeedName } from '../../../../storage/calendarFeedRepository';
import { verifyIcs } from '../../../../domain/downloadToken';
import { cardLinks, cardText } from '../../../support/botHarness';
import { FAKE_SCOPE as SCOPE, turnAt } from '../../../support/fakeTurn';

const KEY = Buffer.alloc(32, 3);
const ANNE = 'aad-anne';

function turn(lang: 'da' | 'en' = 'da', author = ANNE): Turn {
  const anne = { name: 'Anne Sørensen', aadObjectId: author, id: '29:anne' };
  return turnAt('2026-03-01T10:00', lang, { author: anne, conversationId: 'c1', teamName: 'Frikommunenetværket' });
}

function fakes(opts: { admins?: string[]; publicUrl?: string; items?: Item[]; now?: string } = {}) {
  let token = 'T'.repeat(32);
  const renewed: string[] = [];
  const clock = { current: DateTime.fromISO(opts.now ?? '2027-06-01T12:00:00Z') };
  const feed = (named: FeedName, lang: 'da' | 'en'): CalendarFeed => ({ scopeKey: SCOPE, token, name: named.name ?? named.fallback, lang });
  const services = {
    config: { admins: opts.admins ?? [], allowedTenants: [] },
    publicUrl: () => ('publicUrl' in opts ? opts.publicUrl : 'https://tovholder.example.org'),
    clock: { now: () => clock.current },
    downloadKeys: { key: async () => KEY },
    items: { get: async (_s: string, id: string) => (opts.items ?? []).find((i) => i.id === id) },
    calendarFeeds: {
      ensure: async (_s: string, named: FeedName, lang: 'da' | 'en') => feed(named, lang),
      renew: async (_s: string, named: FeedName, lang: 'da' | 'en') => {
        token = 'N'.repeat(32);
        renewed.push(named.name ?? named.fallback);
        return feed(named, lang);
      },
    },
  } as unknown as Services;
  return { services, renewed, clock };
}

const deadline = (over: Partial<Item> = {}): Item => ({
  id: 'd1',
  type: 'deadline',
  title: 'Slutrapport',
  period: { start: '2027-12-15', end: '2027-12-15', form: { kind: 'by' } },
  done: false,
  authorName: 'Anne',
  authorAadId: ANNE,
  writtenAt: '2026-03-01T09:00:00Z',
  ...over,
});

describe('/kalender on its ports', () => {
  it('gives the https and webcal addresses with the steps for Outlook and Google, named after the team', async () => {
    const { services } = fakes();
    const [reply] = await calendarCommand.run({ help: [], turn: turn(), args: '', services });
    const text = cardText(reply!.card);
    assert.match(text, /Kalender: Frikommunenetværket/);
    assert.ok(text.includes(`https://tovholder.example.org/calendar/${'T'.repeat(32)}.ics`));
    assert.ok(text.includes(`webcal://tovholder.example.org/calendar/${'T'.repeat(32)}.ics`));
    assert.match(text, /Tilføj kalender → Fra internettet/);
  });

  it('says why not without a public address, and how to write it for anything else', async () => {
    assert.match(
      (await calendarCommand.run({ help: [], turn: turn(), args: '', services: fakes({ publicUrl: undefined }).services }))[0]!.text!,
      /BOT_DOMAIN/,
    );
    assert.match(
      (await calendarCommand.run({ help: [], turn: turn('en'), args: 'tomorrow', services: fakes().services }))[0]!.text!,
      /\/calendar new/,
    );
  });

  it('/kalender ny: anyone when no admins are set, only admins when some are', async () => {
    const open = fakes();
    assert.match(
      cardText((await calendarCommand.run({ help: [], turn: turn(), args: 'ny', services: open.services }))[0]!.card),
      /gamle adresse virker ikke/,
    );
    assert.equal(open.renewed.length, 1);
    const strict = fakes({ admins: ['aad-admin'] });
    assert.match(
      (await calendarCommand.run({ help: [], turn: turn(), args: 'ny', services: strict.services }))[0]!.text!,
      /Kun en administrator/,
    );
    assert.equal(strict.renewed.length, 0);
    assert.ok((await calendarCommand.run({ help: [], turn: turn('en', 'aad-admin'), args: 'new', services: strict.services }))[0]!.card);
    assert.equal(strict.renewed.length, 1);
  });
});

describe('"Tilføj til kalender" on its ports', () => {
  it('shows the presser the card with a link valid 15 minutes from the press by the server clock', async () => {
    const { services, clock } = fakes({ items: [deadline()] });
    const result = await runAction(addToCalendarAction, turn(), services, { id: 'd1' });
    assert.ok('card' in result && result.onlyForPresser);
    const url = cardLinks(result.card)['Åbn kalenderfil (.ics)']!;
    const token = url.slice(url.lastIndexOf('/') + 1);
    const pressed = clock.current.toSeconds();
    assert.deepEqual(verifyIcs(token, KEY, pressed + 14 * 60)?.item, { kind: 'deadline', id: 'd1' });
    assert.equal(verifyIcs(token, KEY, pressed + 15 * 60 + 1), undefined);
  });

  it('explains an undated item, an item not here and a bot without a public address', async () => {
    const undated = await runAction(addToCalendarAction, turn(), fakes({ items: [deadline({ period: undefined })] }).services, {
      id: 'd1',
    });
    assert.ok('message' in undated && /ingen dato endnu/.test(undated.message));
    const missing = await runAction(addToCalendarAction, turn('en'), fakes().services, { id: 'd1' });
    assert.ok('message' in missing);
    const noAddress = await runAction(addToCalendarAction, turn(), fakes({ items: [deadline()], publicUrl: undefined }).services, {
      id: 'd1',
    });
    assert.ok('message' in noAddress && /BOT_DOMAIN/.test(noAddress.message));
  });
});
