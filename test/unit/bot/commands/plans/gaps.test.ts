// /huller (/gaps) and Planlæg on a gap's line (bot/commands/plans/gaps.ts) without HTTP: the card of a team's gaps,
// its settings changed and shown, wrong settings refused in the user's language with nothing saved, each team's
// settings its own, and the plan form Planlæg opens for the presser.
import assert from 'node:assert/strict';
import { handlerKit, KIT_SCOPE, shownText, type HandlerKit } from '../../../../support/handlerKit';
import { gapsCommand } from '../../../../../bot/commands/plans/gaps';
import { GAPS_VERBS } from '../../../../../cards/gapsCard';
import { PLAN_VERBS } from '../../../../../cards/itemCards';
import { cardExecuteActions } from '../../../../support/botHarness';

describe('/huller (bot/commands/plans/gaps.ts)', () => {
  let kit: HandlerKit;
  beforeEach(async () => {
    kit = await handlerKit();
  });
  afterEach(() => kit.close());

  const stored = (scope = KIT_SCOPE) => kit.services.scopes.getSettings(scope, 'gaps');

  it("shows a team's gaps with Planlæg on each line, and says where to ask in a personal chat", async () => {
    const [reply] = await kit.run(gapsCommand, '');
    assert.match(reply!.summary!, /^Pr\. 2024-11-20 · \d+ huller$/);
    const plan = cardExecuteActions(reply!.card).filter((a) => a.verb === GAPS_VERBS.plan);
    assert.ok(plan.length > 0, shownText([reply!]));
    assert.match(shownText([reply!]), /Folketinget/);
    const [personal] = await kit.run(gapsCommand, '', kit.turn(undefined, { personal: true }));
    assert.equal(personal!.text, 'Huller regnes for et teams log. Skriv /huller i teamets kanal.');
  });

  it('saves a setting and shows it; another team keeps its own', async () => {
    const [saved] = await kit.run(gapsCommand, 'indstil medier 2 måneder');
    assert.match(saved!.text!, /^Gemt\./);
    assert.equal(((await stored()) as { thresholds: { media: number } }).thresholds.media, 2);
    const [shown] = await kit.run(gapsCommand, 'settings', kit.turn(undefined, { lang: 'en' }));
    assert.match(shown!.text!, /media/i);
    assert.equal(await stored('tenant|team|t2'), undefined);
  });

  it('refuses a wrong setting with how to write it, in Danish and in English, and saves nothing', async () => {
    const [da] = await kit.run(gapsCommand, 'indstil medier 99 måneder');
    assert.match(da!.text!, /Skriv fx \/huller indstil medier 2 måneder/);
    const [en] = await kit.run(gapsCommand, 'set wombats 2 months', kit.turn(undefined, { lang: 'en' }));
    assert.match(en!.text!, /Write e\.g\. \/gaps set media 2 months/);
    const [word] = await kit.run(gapsCommand, 'hvad nu', kit.turn(undefined, { lang: 'en' }));
    assert.match(word!.text!, /Write e\.g\. \/gaps set media 2 months/);
    assert.equal(await stored(), undefined);
  });

  it("Planlæg opens the plan form prefilled with the line's text, for the presser alone, and saves nothing", async () => {
    const form = await kit.press(GAPS_VERBS.plan, { text: 'Kontakt Folketinget', lang: 'da' });
    assert.ok('card' in form && form.onlyForPresser);
    assert.match(JSON.stringify(form.card), /Kontakt Folketinget/);
    assert.ok(cardExecuteActions(form.card).some((a) => a.verb === PLAN_VERBS.create));
    // Data that is no text opens an empty form; a long one is cut to a title's length.
    const empty = await kit.press(GAPS_VERBS.plan, { text: { evil: true } });
    assert.ok('card' in empty && !JSON.stringify(empty.card).includes('evil'));
    const long = await kit.press(GAPS_VERBS.plan, { text: 'x'.repeat(5000) });
    assert.ok(
      'card' in long && JSON.stringify(long.card).includes('x'.repeat(200)) && !JSON.stringify(long.card).includes('x'.repeat(201)),
    );
    assert.deepEqual(await kit.services.items.undated(KIT_SCOPE), []);
  });
});
