// Jeg tager den, Slip den and Giv videre (bot/commands/plans/ownerButtons.ts) without HTTP: the owner is an Entra
// object id from the turn or the roster, never a name alone; a colleague who is not there gets the reason in their
// language and nothing changes; a button pressed in another team finds nothing there.
import assert from 'node:assert/strict';
import { handlerKit, KIT_SCOPE, shownText, type HandlerKit } from '../../../../support/handlerKit';
import { deadlineCommand } from '../../../../../bot/commands/items/deadline';
import { OWNER_VERBS } from '../../../../../cards/itemCards';
import type { ActionResult } from '../../../../../bot/commands/types';
import type { Item } from '../../../../../domain/items';

const JENS = { name: 'Jens Hansen', aadObjectId: '00000000-0000-0000-0000-0000000000b2' };
const message = (result: ActionResult) => ('message' in result ? result.message : assert.fail(`a card: ${shownText(result)}`));

describe('the owner buttons (bot/commands/plans/ownerButtons.ts)', () => {
  let kit: HandlerKit;
  let item: Item;
  beforeEach(async () => {
    kit = await handlerKit();
    await kit.run(deadlineCommand, 'Slutrapport til ministeriet senest d. 15. december 2024');
    [item] = await kit.services.items.search(KIT_SCOPE, ['slutrapport']);
    assert.ok(item);
  });
  afterEach(() => kit.close());

  const stored = () => kit.services.items.get(KIT_SCOPE, item.id);

  it('Jeg tager den makes the presser the owner by object id, and Slip den lets go', async () => {
    assert.match(shownText(await kit.press(OWNER_VERBS.take, { id: item.id, lang: 'da' })), /Anne Sørensen tog den/);
    assert.deepEqual((await stored())?.owner, { name: 'Anne Sørensen', aadObjectId: '00000000-0000-0000-0000-0000000000a1' });
    assert.match(shownText(await kit.press(OWNER_VERBS.release, { id: item.id, lang: 'da' })), /slap den: ingen ansvarlig/);
    assert.equal((await stored())?.owner, undefined);
  });

  it('draws the listing the button was on again, with the new owner', async () => {
    const view = { k: 'deadlines', from: '2024-12-01', to: '2024-12-31' };
    const listing = await kit.press(OWNER_VERBS.take, { id: item.id, view, lang: 'da' });
    assert.match(shownText(listing), /ansvarlig: Anne Sørensen/);
    assert.doesNotMatch(shownText(listing), /tog den/);
  });

  it('Giv videre shows the roster to the presser, and the choice becomes the owner', async () => {
    const picker = await kit.press(OWNER_VERBS.handOver, { id: item.id, lang: 'da' }, undefined, [JENS]);
    assert.ok('card' in picker && picker.onlyForPresser);
    assert.match(shownText(picker), /Hvem skal have den\?/);
    const given = await kit.press(OWNER_VERBS.give, { id: item.id, person: JENS.aadObjectId, lang: 'da' }, undefined, [JENS]);
    assert.match(shownText(given), /Anne Sørensen gav den videre til Jens Hansen/);
    assert.deepEqual((await stored())?.owner, JENS);
  });

  it('refuses a colleague who is not in the team, in Danish and in English, and changes nothing', async () => {
    const stranger = '00000000-0000-0000-0000-0000000000c3';
    assert.equal(
      message(await kit.press(OWNER_VERBS.give, { id: item.id, person: stranger }, undefined, [JENS])),
      'Den kollega kunne jeg ikke finde i teamet. Intet er ændret.',
    );
    const en = kit.turn(undefined, { lang: 'en' });
    assert.equal(
      message(await kit.press(OWNER_VERBS.give, { id: item.id, person: 'Jens Hansen' }, en, [JENS])),
      'I could not find that colleague in the team. Nothing was changed.',
    );
    assert.equal(
      message(await kit.press(OWNER_VERBS.handOver, { id: item.id }, en, [])),
      'I could not find that colleague in the team. Nothing was changed.',
    );
    // Someone Teams gave no object id cannot take it: a name alone is no owner.
    const nameless = kit.turn(undefined, { author: { name: 'Gæst', aadObjectId: '', id: '29:guest' } });
    assert.equal(
      message(await kit.press(OWNER_VERBS.take, { id: item.id }, nameless)),
      'Den kollega kunne jeg ikke finde i teamet. Intet er ændret.',
    );
    assert.deepEqual(await stored(), item);
  });

  it("finds nothing from another team's button and changes nothing", async () => {
    const elsewhere = kit.turn(undefined, { teamId: 't2' });
    for (const verb of [OWNER_VERBS.take, OWNER_VERBS.release, OWNER_VERBS.handOver]) {
      assert.equal(
        message(await kit.press(verb, { id: item.id, lang: 'da' }, elsewhere, [JENS])),
        'Det punkt findes ikke i denne samtale (det kan være slettet), så intet er ændret.',
      );
    }
    const en = kit.turn(undefined, { teamId: 't2', lang: 'en' });
    assert.match(
      message(await kit.press(OWNER_VERBS.give, { id: item.id, person: JENS.aadObjectId }, en, [JENS])),
      /^That item does not exist/,
    );
    assert.deepEqual(await stored(), item);
  });
});
