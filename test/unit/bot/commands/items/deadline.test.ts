import assert from 'node:assert/strict';
import { handlerKit, shownText, type HandlerKit } from '../../../../support/handlerKit';
import { deadlineCommand, MAX_TIMELINE_LINE_CHARS } from '../../../../../bot/commands/items/deadline';
import { KIT_SCOPE } from '../../../../support/handlerKit';
import { MAX_ARGS_CHARS } from '../../../../../bot/commands/types';
import { ITEM_VERBS } from '../../../../../cards/itemCards';
import { t } from '../../../../../i18n/catalog';

describe('/frist (bot/commands/items/deadline.ts)', () => {
  let kit: HandlerKit;
  before(async () => {
    kit = await handlerKit();
  });
  after(() => kit.close());

  it('saves a deadline, and a pasted timeline whose Undo removes it again', async () => {
    assert.match(
      shownText(await kit.run(deadlineCommand, 'Aflevering af rapport senest d. 15. december')),
      new RegExp(t('deadline.saved', 'da')),
    );
    const pasted = await kit.run(deadlineCommand, 'Kick-off Primo februar 2025\nGodkendelse Medio august 2025');
    const undo = JSON.stringify(pasted[0].card).match(/"batchId":"([^"]+)"/);
    assert.ok(undo, 'the timeline card has its Undo');
    const undone = await kit.press(ITEM_VERBS.undoPaste, { batchId: undo[1], lang: 'da' });
    assert.match(shownText(undone), /2 frister fjernet igen/);
  });

  it('refuses one deadline over what a one-line command takes, saying the limit; a timeline takes more', async () => {
    const words = `Aflevering ${'af rapport '.repeat(400)}1. marts 2026`;
    assert.ok(words.length > MAX_ARGS_CHARS);
    assert.equal(
      shownText(await kit.run(deadlineCommand, words)),
      t('turn.tooLong', 'da', { command: '/frist', length: words.length, max: MAX_ARGS_CHARS }),
    );
    assert.match(
      shownText(await kit.run(deadlineCommand, words, kit.turn(undefined, { lang: 'en' }))),
      /too long for \/deadline: at most 4000/,
    );
    assert.deepEqual(await kit.services.items.dueBetween(KIT_SCOPE, '2026-01-01', '2026-12-31'), []);
    assert.ok((deadlineCommand.maxArgsChars ?? 0) > MAX_ARGS_CHARS);
  });

  it('refuses a timeline with a line over the limit, naming the line and the limit, and saves none of it', async () => {
    const long = `Tidsplanpunkt med en titel der bliver ved ${'og ved '.repeat(30)}`.slice(0, MAX_TIMELINE_LINE_CHARS - 10);
    const tooLong = `${long} ${'x'.repeat(11)} 1. marts 2026`;
    const answer = shownText(await kit.run(deadlineCommand, `Kick-off 2. februar 2026\n${tooLong}\nGodkendelse 3. april 2026`));
    assert.match(
      answer,
      new RegExp(`Linje 2 er ${tooLong.length} tegn; en linje i en tidsplan må højst være 200 tegn med titel og dato, så intet er gemt`),
    );
    assert.match(answer, /Skriv titlen kortere/);
    assert.deepEqual(await kit.services.items.dueBetween(KIT_SCOPE, '2026-01-01', '2026-12-31'), []);
    // A line of exactly the limit is read.
    const atLimit = `${long.slice(0, MAX_TIMELINE_LINE_CHARS - 14)} 1. marts 2026`;
    assert.equal(atLimit.length, MAX_TIMELINE_LINE_CHARS);
    assert.match(JSON.stringify((await kit.run(deadlineCommand, `Kick-off 2. februar 2026\n${atLimit}`))[0].card), /2 frister gemt/);
    assert.equal((await kit.services.items.dueBetween(KIT_SCOPE, '2026-01-01', '2026-12-31')).length, 2);
    const english = shownText(
      await kit.run(deadlineCommand, Array.from({ length: 7 }, () => tooLong).join('\n'), kit.turn(undefined, { lang: 'en' })),
    );
    assert.match(english, /Lines 1, 2, 3, 4, 5 and 2 others are over 200 characters; .* so nothing was saved\. Write the titles shorter/);
  });
});
