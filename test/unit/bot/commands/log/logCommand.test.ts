import assert from 'node:assert/strict';
import { handlerKit, shownText, type HandlerKit } from '../../../../support/handlerKit';
import { logCommand, runLog, type LogPorts } from '../../../../../bot/commands/log/logCommand';
import type { LogEntry } from '../../../../../domain/logEntry';
import { turnAt } from '../../../../support/fakeTurn';
import { LOG_VERBS } from '../../../../../cards/logButton';

describe('/log and its buttons (bot/commands/log/)', () => {
  let kit: HandlerKit;
  before(async () => {
    kit = await handlerKit();
  });
  after(() => kit.close());
  const day = () => kit.services.log.between(kit.turn().scope.key, '2024-11-18', '2024-11-18');

  it('saves an entry whose kind it reads, and Undo removes it for good', async () => {
    const [saved] = await kit.run(logCommand, 'presse TV2 Nord om fleksjob', kit.turn('2024-11-18T10:00'));
    assert.match(shownText([saved]), /TV2 Nord om fleksjob/);
    assert.equal((await day()).length, 1);
    const entry = JSON.stringify(saved.card).match(/"entry":"([^"]+)"/)![1];
    const undone = await kit.press(LOG_VERBS.undo, { entry, lang: 'da' });
    assert.ok('card' in undone);
    assert.equal((await day()).length, 0);
  });

  it('asks for the kind when it cannot tell, saving nothing until a kind button is pressed, with its data read once', async () => {
    const turn = kit.turn('2024-11-18T11:00');
    const [ask] = await kit.run(logCommand, 'oplæg for Jobcenterchefkredsen om samtaler', turn);
    assert.equal((await day()).length, 0);
    const raw = JSON.stringify(ask.card).match(/"data":(\{[^{}]*"kind":"meeting"[^{}]*\})/);
    assert.ok(raw, 'a Møde button');
    // Junk where lists belong is read as empty lists, not a failure.
    const pressed = await kit.press(LOG_VERBS.kind, { ...JSON.parse(raw[1]), links: 'not a list', colleagues: 42 });
    assert.ok('card' in pressed, shownText(pressed));
    assert.equal((await day()).length, 1);
  });
});

// /log on its narrow ports, with in-memory fakes: no HTTP, no storage.
function logPorts(): LogPorts & { added: LogEntry[]; infos: string[] } {
  const added: LogEntry[] = [];
  const infos: string[] = [];
  return {
    added,
    infos,
    scopes: { sharedNames: async () => [] },
    log: {
      async add(_scope, entry) {
        if (added.some((e) => e.id === entry.id)) return 'duplicate';
        added.push(entry);
        return 'saved';
      },
      async between(_scope, from, to) {
        return added.filter((e) => e.happenedOn >= from && e.happenedOn <= to);
      },
      async findById(_scope, id) {
        return added.find((e) => e.id === id);
      },
    },
    logger: {
      info: (event) => {
        infos.push(event);
      },
    },
  };
}

describe('/log on its ports', () => {
  it('saves what was understood and answers with the saved card and a summary', async () => {
    const ports = logPorts();
    const replies = await runLog({
      turn: turnAt('2024-11-20T10:00'),
      args: 'presse Jyllandsposten skrev om mikrolån i går',
      services: ports,
    });
    assert.equal(ports.added.length, 1);
    const [entry] = ports.added;
    assert.equal(entry!.kind, 'press');
    assert.equal(entry!.happenedOn, '2024-11-19');
    assert.equal(entry!.authorName, 'Anne Sørensen');
    assert.equal(replies.length, 1);
    assert.equal(replies[0]!.summary, 'Logget: Jyllandsposten skrev om mikrolån i går');
    assert.match(JSON.stringify(replies[0]!.card), /Logget: presse/);
  });

  it('a redelivered activity is saved once and answered once', async () => {
    const ports = logPorts();
    await runLog({ turn: turnAt('2024-11-20T10:00'), args: 'møde med KL', services: ports });
    const again = await runLog({ turn: turnAt('2024-11-20T10:00'), args: 'møde med KL', services: ports });
    assert.deepEqual(again, []);
    assert.equal(ports.added.length, 1);
    assert.deepEqual(ports.infos, ['duplicate_activity']);
  });

  it("says what was wrong, in the turn's language, and saves nothing", async () => {
    const ports = logPorts();
    const [reply] = await runLog({ turn: turnAt('2024-11-20T10:00', 'en'), args: 'press', services: ports });
    assert.match(reply!.text!, /^Write what happened after "press"/);
    assert.equal(ports.added.length, 0);
  });
});
