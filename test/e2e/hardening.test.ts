// Issue 28, over HTTP against the real server: inputs that held the bot for seconds, clients that send a byte at a
// time, a connector that refuses the reply card, storage that freezes mid-write, a redelivered message, card keys no
// row can have, direction controls in what the bot echoes. CPU figures of the worst inputs are in `npm run bench`;
// here only a generous bound (well under a second each) guards against a return of the quadratic paths.
import assert from 'node:assert/strict';
import * as http from 'node:http';
import * as net from 'node:net';
import { startHarness, channelMessage, cardAction, cardOf, cardText, type Harness } from '../support/botHarness';
import { freshAzurite } from '../support/azurite';
import { devConnectionString } from '../support/embeddedAzurite';
import { startPausableProxy } from '../support/pausableProxy';
import { ATTACKS, attackActivity } from '../support/attacks';
import { StorageUnavailableError } from '../../storage/tableStore';
import { LOG_VERBS } from '../../cards/logButton';
import { ITEM_VERBS } from '../../cards/itemCards';
import { HISTORY_VERBS } from '../../cards/historyButton';

/** CPU time (user + system) this process spent while `work` ran: the bot runs in this process. */
async function cpuMsOf(work: () => Promise<unknown>): Promise<number> {
  const before = process.cpuUsage();
  await work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

describe('the worst inputs found cost little, over HTTP (issue 28)', function () {
  this.timeout(60_000);
  let h: Harness;
  before(async () => {
    h = await startHarness();
    await h.say(channelMessage('/log presse Nordjyske skrev om mentorordningen i Hjørring'));
  });
  after(async () => {
    await h.stop();
  });

  for (const attack of ATTACKS) {
    it(`${attack.name}: answered, well under a second of CPU, and /healthz still answers`, async () => {
      const activity = attackActivity(attack, h.connector.url);
      await h.post(activity); // the first run pays for loading code: not what is measured
      let res: { status: number; body: any } | undefined;
      const ms = await cpuMsOf(async () => {
        res = await h.post(attackActivity(attack, h.connector.url));
      });
      assert.equal(res!.status, 200, String(JSON.stringify(res!.body ?? '')).slice(0, 200));
      assert.ok(ms < 800, `${attack.name} took ${ms.toFixed(0)} ms of CPU`);
      assert.equal((await fetch(`${h.baseUrl}/healthz`)).status, 200);
    });
  }

  it('answers a 28,000-character unknown command briefly: its first 40 characters, no suggestion', async () => {
    const [reply] = await h.say(channelMessage(`/${'x'.repeat(28_000)}`));
    assert.match(reply.text, /Den kommando kender jeg ikke: \/x{38}…/);
    assert.ok(reply.text.length < 300);
  });

  it("refuses a command's words over its limit in the user's language, before reading them", async () => {
    const [da] = await h.say(channelMessage(`/historik ${'a'.repeat(28_000)}`));
    assert.match(da.text, /Det er for langt til \/historik: højst 4000 tegn, og der er 28\.000\. Intet er gemt/);
    const [en] = await h.say(channelMessage(`/history ${'about the pilot '.repeat(500)}`, { locale: 'en-US' }));
    assert.match(en.text, /That is too long for \/history: at most 4,?000 characters/);
  });

  it("opens the dialog of a message too long to log with its beginning and a note, within Teams' 28 KB", async () => {
    const res = await h.post(attackActivity(ATTACKS.find((a) => a.name.startsWith('composeExtension/fetchTask'))!, h.connector.url));
    const card = res.body.task.value.card.content;
    assert.match(cardText(card), /Beskeden er [\d.]+ tegn, men en logpost må højst være 1000/);
    assert.ok(JSON.stringify(card).length < 28 * 1024);
  });
});

describe('slow clients are cut off (issue 28)', function () {
  this.timeout(30_000);
  let h: Harness;
  before(async () => {
    // The operator's least limits are 1 and 1 s (HEADERS_TIMEOUT_SECONDS, REQUEST_TIMEOUT_SECONDS; 10 and 30 by
    // default); the same cut-off at 0.4 and 0.8 s spares the suite their waits.
    h = await startHarness({}, { config: { headersTimeoutMs: 400, requestTimeoutMs: 800 } });
  });
  after(async () => {
    await h.stop();
  });

  /** Opens a connection, writes `first`, then one byte every 50 ms; resolves when the server closes it. */
  function trickle(first: string, drip: string): Promise<{ ms: number; answer: string }> {
    return new Promise((resolve) => {
      const started = Date.now();
      let answer = '';
      const socket = net.connect(h.app.port, '127.0.0.1', () => socket.write(first));
      const timer = setInterval(() => {
        if (!socket.destroyed) socket.write(drip);
      }, 50);
      socket.on('data', (d) => {
        answer += d.toString();
      });
      socket.on('error', () => undefined);
      socket.on('close', () => {
        clearInterval(timer);
        resolve({ ms: Date.now() - started, answer });
      });
    });
  }

  it('closes a connection whose headers come a byte at a time, after the headers timeout', async () => {
    const { ms } = await trickle('POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\n', 'X');
    assert.ok(ms >= 350 && ms < 4000, `closed after ${ms} ms`);
  });

  it('answers 408 and closes a request whose body comes a byte at a time, after the request timeout', async () => {
    const head = 'POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n';
    const { ms, answer } = await trickle(`${head}{`, ' ');
    assert.ok(ms >= 750 && ms < 5000, `closed after ${ms} ms`);
    assert.match(answer, /^HTTP\/1\.1 408/);
  });

  it('keeps serving everyone else meanwhile', async () => {
    const slow = trickle('POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5000\r\n\r\n{', ' ');
    const [reply] = await h.say(channelMessage('/log presse TV2 Nord om frikommuneforsøgene'));
    assert.match(cardText(cardOf(reply)), /Logget/);
    await slow;
  });
});

for (const store of ['sqlite', 'azurite'] as const) {
  describe(`a reply the connector refuses, a reply that never arrives, a redelivery (${store})`, function () {
    this.timeout(40_000);
    let h: Harness;
    before(async () => {
      // A reply that never arrives is given up on after 1 s here (5 s in production: DEFAULT_TIMEOUTS.replyMs).
      h = await startHarness({}, { store, start: { timeouts: { replyMs: 1000 } } });
    });
    after(async () => {
      await h.stop();
    });
    afterEach(() => {
      h.connector.failure = undefined;
    });

    for (const status of [400, 403, 413]) {
      it(`confirms in plain text when the connector refuses the card with ${status}, and the entry is there`, async () => {
        h.connector.failure = (method, _path, body) => (method === 'POST' && body.attachments?.length ? { status } : undefined);
        const text = `Altinget skrev om mikrolån i Thisted, svar ${status}`;
        const [reply] = await h.say(channelMessage(`/log presse ${text}`));
        assert.equal(reply.attachments, undefined);
        assert.match(reply.text, new RegExp(`Logget: ${text}`));
        assert.match(reply.text, /Teams ville ikke vise mit svarkort/);
        assert.doesNotMatch(reply.text, /intet er gemt/i);
        h.connector.failure = undefined;
        const [found] = await h.say(channelMessage(`/søg svar ${status}`));
        assert.match(cardText(cardOf(found)), /1 fund/);
        assert.ok(h.logs.some((l) => l.includes('"event":"card_refused"') && l.includes(`"status":${status}`)));
      });
    }

    it('says it had saved when storage fails after the write (a read after it timed out), never "intet er gemt"', async () => {
      const log = h.app.services.log;
      const add = log.add.bind(log);
      log.add = async (...args: Parameters<typeof add>) => {
        await add(...args); // saved; then the turn's next call fails
        throw new StorageUnavailableError(new Error('the read after the write timed out'));
      };
      try {
        const [reply] = await h.say(channelMessage('/log presse Nordjyske om en læsning, der fejlede efter skrivningen'));
        assert.match(reply.text, /Noget gik galt, efter at jeg havde gemt det: se efter med \/søg/);
        assert.doesNotMatch(reply.text, /intet er gemt/);
      } finally {
        log.add = add;
      }
      const [found] = await h.say(channelMessage('/søg læsning fejlede skrivningen'));
      assert.match(cardText(cardOf(found)), /1 fund/);
    });

    it('a message whose reply never reached the connector, delivered again with the same id: one entry, confirmed once', async () => {
      const message = channelMessage('/log møde med STAR om redelivery af beskeder', { id: `redelivered-${store}` });
      h.connector.failure = (method) => (method === 'POST' ? { hang: true } : undefined);
      const res = await h.post(message); // the reply hangs until the turn gives up on it (timeouts.replyMs)
      assert.equal(res.status, 200);
      h.connector.failure = undefined;
      const [again] = await h.say(message);
      assert.match(again.text, /Det er gemt \(første forsøg nåede frem/);
      // A third delivery is answered by nobody: the user has their confirmation.
      const before = h.connector.received.length;
      assert.equal((await h.post(message)).status, 200);
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(h.connector.received.length, before);
      const [found] = await h.say(channelMessage('/søg redelivery beskeder'));
      assert.match(cardText(cardOf(found)), /1 fund/);
    });
  });
}

describe('storage that freezes in the middle of a write (Azurite behind a paused link)', function () {
  this.timeout(60_000);
  let h: Harness;
  let azurite: Awaited<ReturnType<typeof freshAzurite>>;
  let proxy: Awaited<ReturnType<typeof startPausableProxy>>;
  before(async () => {
    azurite = await freshAzurite();
    const port = Number(/TableEndpoint=http:\/\/127\.0\.0\.1:(\d+)\//.exec(azurite.connectionString)![1]);
    proxy = await startPausableProxy(port);
    // A frozen call is given up on after 1.5 s, and calls fail at once for 0.5 s after (5 s and 3 s in production).
    h = await startHarness(
      { TABLES_CONNECTION_STRING: devConnectionString(`http://127.0.0.1:${proxy.port}`) },
      { start: { timeouts: { storageMs: 1500, storageOutageHoldMs: 500 } } },
    );
    await h.say(channelMessage('/log presse første post, før Azurite fryser'));
  });
  after(async () => {
    await h.stop();
    await proxy.stop();
    await azurite.close();
  });

  it('says it cannot tell whether it was saved, and the retry with the same id neither doubles nor loses it', async () => {
    const message = channelMessage('/log presse Nordjyske om frossen lagring og usikre svar', { id: 'frozen-write-1' });
    proxy.pause();
    const [uncertain] = await h.say(message);
    assert.match(uncertain.text, /ved ikke, om det blev gemt/);
    assert.doesNotMatch(uncertain.text, /intet er gemt/);
    proxy.resume();
    await new Promise((r) => setTimeout(r, 1000)); // the write lands; the outage guard opens again
    const [again] = await h.say(message);
    assert.match(again.text, /Det er gemt/);
    const [found] = await h.say(channelMessage('/søg frossen lagring'));
    assert.match(cardText(cardOf(found)), /1 fund/);
  });
});

for (const store of ['sqlite', 'azurite'] as const) {
  describe(`card keys no row can have, and direction controls in what the bot echoes (${store})`, function () {
    this.timeout(30_000);
    let h: Harness;
    before(async () => {
      h = await startHarness({}, { store });
    });
    after(async () => {
      await h.stop();
    });

    const badKeys = [
      ['over 512 characters', `entry|2024-11-20|${'x'.repeat(600)}`],
      ['a control character', 'entry|2024-11-20|a\u0001b'],
      ['a DEL', 'x\u007f'],
    ];
    for (const [what, key] of badKeys) {
      it(`answers a button whose key has ${what} with "ikke fundet", without an error line`, async () => {
        const logsBefore = h.logs.length;
        const presses = [
          [LOG_VERBS.undo, { entry: key }],
          [LOG_VERBS.edit, { entry: key }],
          [ITEM_VERBS.done, { id: key }],
          [HISTORY_VERBS.show, { entry: key }],
        ] as const;
        for (const [verb, data] of presses) {
          const res = await h.post(cardAction(verb, data, channelMessage('x')));
          assert.equal(res.status, 200);
          const shown = typeof res.body.value === 'string' ? res.body.value : cardText(res.body.value);
          assert.match(shown, /ikke fundet|findes ikke|ikke længere/i, `${verb}: ${shown}`);
          assert.doesNotMatch(shown, /Noget gik galt/);
        }
        assert.deepEqual(
          h.logs.slice(logsBefore).filter((l) => l.includes('"level":"error"')),
          [],
        );
      });
    }

    it('strips direction controls from the headings and answers that echo what was typed or stored', async () => {
      const rlo = '\u202e';
      const [unknown] = await h.say(channelMessage(`/abc${rlo}gnp.exe`));
      assert.doesNotMatch(unknown.text, /[\u202a-\u202e\u2066-\u2069\u200e\u200f]/);
      const from = { id: '29:mallory', name: `Mallory${rlo}evil`, aadObjectId: '6d4f6b2e-0000-4000-8000-0000000000ee' };
      const [logged] = await h.say(channelMessage('/log presse TV2 om retningstegn', { from }));
      assert.doesNotMatch(JSON.stringify(cardOf(logged)), /\\u202e|\u202e/);
      const [found] = await h.say(channelMessage(`/søg ${rlo}retningstegn`));
      assert.doesNotMatch(JSON.stringify(cardOf(found)), /\u202e/);
    });
  });
}

describe('stopping (what SIGTERM runs): new requests get 503 until the end, not a refused or reset connection', function () {
  this.timeout(30_000);

  /** One POST on a connection of its own: its status, or the socket error's code. */
  function postAlone(port: number, body: string): Promise<string> {
    return new Promise((resolve) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          path: '/api/messages',
          method: 'POST',
          agent: false,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(String(res.statusCode)));
        },
      );
      req.on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? 'error'));
      req.end(body);
    });
  }

  it('answers 503 to every request that arrives while a turn in flight finishes, then closes', async () => {
    const h = await startHarness({}, { start: { timeouts: { replyMs: 10_000 } } });
    const port = h.app.port;
    // A turn in flight: its reply hangs at the connector until the ten requests below are answered, then the connector
    // takes it (the turn would give up on it after 10 s here, 5 s in production).
    h.connector.failure = (method) => (method === 'POST' ? { hang: true } : undefined);
    const inFlight = h.post(channelMessage('/log presse TV2 Nord om en tur, der er i gang, da botten stopper'));
    await new Promise((r) => setTimeout(r, 300));
    const closing = h.app.close();
    const body = JSON.stringify({ serviceUrl: h.connector.url, ...channelMessage('/log presse efter stop') });
    const statuses: string[] = [];
    for (let i = 0; i < 10; i++) {
      statuses.push(await postAlone(port, body));
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.deepEqual([...new Set(statuses)], ['503'], statuses.join(' '));
    h.connector.releaseHung();
    assert.equal((await inFlight).status, 200);
    await closing;
    assert.equal(await postAlone(port, body), 'ECONNREFUSED');
    h.connector.failure = undefined;
    await h.stop();
  });
});
