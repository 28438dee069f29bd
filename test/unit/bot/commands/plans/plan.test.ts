// /plan and a plan's buttons (bot/commands/plans/plan.ts) without HTTP: saved from the words, Gjort logs it on the
// day pressed, Fortryd, Slet and its Fortryd, Ret and Planlæg's form; bad words and bad forms get the reason in the
// user's language and save nothing; a button pressed in another team finds nothing there and changes nothing.
import assert from 'node:assert/strict';
import { handlerKit, KIT_SCOPE, shownText, type HandlerKit } from '../../../../support/handlerKit';
import { planCommand } from '../../../../../bot/commands/plans/plan';
import { PLAN_VERBS } from '../../../../../cards/itemCards';
import type { ActionResult } from '../../../../../bot/commands/types';
import type { Item } from '../../../../../domain/items';

const message = (result: ActionResult) => ('message' in result ? result.message : assert.fail(`a card: ${shownText(result)}`));

describe('/plan (bot/commands/plans/plan.ts)', () => {
  let kit: HandlerKit;
  beforeEach(async () => {
    kit = await handlerKit();
  });
  afterEach(() => kit.close());

  const plans = async (): Promise<Item[]> => (await kit.services.items.undated(KIT_SCOPE)).concat(await dated());
  const dated = async () =>
    (await kit.services.items.dueBetween(KIT_SCOPE, '2024-01-01', '2026-12-31', { includeDone: true })).filter(isPlan);
  const isPlan = (i: Item) => i.type === 'plan';
  const entries = () => kit.services.log.between(KIT_SCOPE, '2024-01-01', '2026-12-31');
  const planNamed = async (words: string) => {
    const [found] = await kit.services.items.search(KIT_SCOPE, words.split(' '));
    return found ?? assert.fail(`no plan with ${words}`);
  };

  it('saves a plan with its latest day, and Gjort logs it on the day pressed with the kind its words name', async () => {
    const [reply] = await kit.run(planCommand, 'presse TV2 om mikrolån senest 20. december 2024');
    assert.match(shownText([reply!]), /Planlagt/);
    const plan = await planNamed('mikrolån');
    assert.equal(plan.type, 'plan');
    assert.deepEqual([plan.period?.end, plan.period?.form.kind], ['2024-12-20', 'by']);

    const done = await kit.press(PLAN_VERBS.done, { id: plan.id, lang: 'da' }, kit.turn('2024-11-25T10:00'));
    assert.match(shownText(done), /Gjort af Anne Sørensen og logget/);
    const [entry] = await entries();
    assert.deepEqual([entry?.kind, entry?.happenedOn, entry?.text], ['press', '2024-11-25', 'TV2 om mikrolån']);
    assert.equal((await kit.services.items.get(KIT_SCOPE, plan.id))?.done, true);

    // A second Gjort changes nothing; Fortryd takes the entry back and opens the plan again.
    assert.match(message(await kit.press(PLAN_VERBS.done, { id: plan.id, lang: 'da' })), /allerede gjort/);
    assert.equal((await entries()).length, 1);
    assert.match(shownText(await kit.press(PLAN_VERBS.undo, { id: plan.id, lang: 'da' })), /Fortrudt af Anne Sørensen/);
    assert.deepEqual(await entries(), []);
    assert.equal((await kit.services.items.get(KIT_SCOPE, plan.id))?.done, false);
  });

  it('asks the kind when the words name none, and logs it as the kind chosen', async () => {
    await kit.run(planCommand, 'kontakt Folketingets Beskæftigelsesudvalg om lægeattester inden 1. december 2024');
    const plan = await planNamed('lægeattester');
    const choose = await kit.press(PLAN_VERBS.done, { id: plan.id, lang: 'da' });
    assert.match(shownText(choose), /Hvad slags handling/);
    assert.deepEqual(await entries(), []);
    assert.match(shownText(await kit.press(PLAN_VERBS.done, { id: plan.id, kind: 'meeting', lang: 'da' })), /Logget som møde/);
    assert.deepEqual(
      (await entries()).map((e) => e.kind),
      ['meeting'],
    );
  });

  it('tells what is missing, in Danish and in English, and saves nothing', async () => {
    assert.match((await kit.run(planCommand, 'ring til KL'))[0]!.text!, /^Der mangler en dag, planen skal være gjort senest/);
    assert.match((await kit.run(planCommand, ''))[0]!.text!, /^Skriv hvad I vil gøre og hvornår/);
    const en = kit.turn(undefined, { lang: 'en' });
    assert.match((await kit.run(planCommand, 'call KL', en))[0]!.text!, /^There is no day the plan is due by, so nothing was saved/);
    assert.match((await kit.run(planCommand, '', en))[0]!.text!, /^Write what you will do and by when/);
    assert.deepEqual(await plans(), []);
  });

  it('Slet removes a plan and its Fortryd puts it back; Ret changes its text and day', async () => {
    await kit.run(planCommand, 'brev til ministeren om samtaler inden 10. december 2024');
    const plan = await planNamed('ministeren');
    assert.match(shownText(await kit.press(PLAN_VERBS.remove, { id: plan.id, lang: 'da' })), /Slettet af Anne Sørensen/);
    assert.equal(await kit.services.items.get(KIT_SCOPE, plan.id), undefined);
    assert.match(shownText(await kit.press(PLAN_VERBS.putBack, { id: plan.id, lang: 'da' })), /Sat tilbage/);
    assert.equal((await kit.services.items.get(KIT_SCOPE, plan.id))?.title, plan.title);

    assert.ok('card' in (await kit.press(PLAN_VERBS.edit, { id: plan.id, lang: 'da' })));
    const edited = await kit.press(PLAN_VERBS.update, { id: plan.id, text: 'brev til ministeren og mentor', date: '2024-12-17' });
    assert.match(shownText(edited), /Rettet af/);
    const after = await kit.services.items.get(KIT_SCOPE, plan.id);
    assert.deepEqual([after?.title, after?.period?.end], ['brev til ministeren og mentor', '2024-12-17']);
  });

  it('refuses a form without text or a real day, in Danish and in English, and changes nothing', async () => {
    await kit.run(planCommand, 'brev til ministeren om samtaler inden 10. december 2024');
    const plan = await planNamed('ministeren');
    const en = kit.turn(undefined, { lang: 'en' });
    assert.equal(
      message(await kit.press(PLAN_VERBS.update, { id: plan.id, text: ' ', date: '2024-12-17' })),
      'Skriv hvad der skal gøres og vælg en dag.',
    );
    assert.equal(
      message(await kit.press(PLAN_VERBS.update, { id: plan.id, text: 'brev', date: '2024-02-30' }, en)),
      'Write what is to be done and pick a day.',
    );
    assert.equal(
      message(await kit.press(PLAN_VERBS.update, { id: plan.id, text: ['brev'], date: 17 })),
      'Skriv hvad der skal gøres og vælg en dag.',
    );
    assert.deepEqual(await kit.services.items.get(KIT_SCOPE, plan.id), plan);
    // Planlæg's form (from a gap's line): the same reasons, and no plan is made.
    assert.equal(
      message(await kit.press(PLAN_VERBS.create, { text: 'kontakt KL', date: 'i morgen' }, en)),
      'Write what is to be done and pick a day.',
    );
    assert.equal(
      message(await kit.press(PLAN_VERBS.create, { text: '', date: '2024-12-01' })),
      'Skriv hvad der skal gøres og vælg en dag.',
    );
    assert.deepEqual(
      (await plans()).map((p) => p.id),
      [plan.id],
    );
  });

  it("Planlæg's form saves a new plan, answered to the presser alone", async () => {
    const saved = await kit.press(PLAN_VERBS.create, { text: 'kontakt KL om lægeattester', date: '2024-12-01', lang: 'da' });
    assert.ok('card' in saved && saved.onlyForPresser);
    const plan = await planNamed('lægeattester');
    assert.deepEqual([plan.title, plan.period?.end], ['kontakt KL om lægeattester', '2024-12-01']);
  });

  it("finds nothing from another team's button and changes nothing: Gjort, Fortryd, Slet, Ret", async () => {
    await kit.run(planCommand, 'presse TV2 om mikrolån senest 20. december 2024');
    const plan = await planNamed('mikrolån');
    const elsewhere = kit.turn(undefined, { teamId: 't2' });
    for (const verb of [PLAN_VERBS.done, PLAN_VERBS.undo, PLAN_VERBS.remove, PLAN_VERBS.edit]) {
      assert.equal(
        message(await kit.press(verb, { id: plan.id, lang: 'da' }, elsewhere)),
        'Den plan findes ikke her (længere). Intet er ændret.',
      );
    }
    const update = await kit.press(
      PLAN_VERBS.update,
      { id: plan.id, text: 'noget andet', date: '2024-12-01' },
      kit.turn(undefined, { teamId: 't2', lang: 'en' }),
    );
    assert.equal(message(update), 'That plan is not here (any more). Nothing was changed.');
    assert.deepEqual(await kit.services.items.get(KIT_SCOPE, plan.id), plan);
    assert.deepEqual(await entries(), []);
    assert.deepEqual(await kit.services.log.between('tenant|team|t2', '2024-01-01', '2026-12-31'), []);
  });
});
