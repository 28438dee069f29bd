import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { sourceOfUrl, takeLinks, linksOf, MAX_LINKS } from '../../domain/links';
import { htmlToText, MAX_HTML_CHARS, quotedPeople } from '../../domain/html';
import { interpretLog } from '../../domain/logText';
import { SEED_EXPERIMENTS, SEED_STAKEHOLDERS } from '../../domain/vocabulary';
import { entryOf } from '../../bot/commands/log/entryForm';
import { linkResult } from '../../domain/logEntry';
import { LogRepository, MAX_INDEXED_STAKEHOLDERS, MAX_INDEXED_WORDS } from '../../storage/logRepository';
import { MAX_TRANSACTION_ACTIONS, type TableStore } from '../../storage/tableStore';

const seed = { stakeholders: SEED_STAKEHOLDERS, experiments: SEED_EXPERIMENTS };
const WED = DateTime.fromISO('2024-11-20T10:15:00', { zone: 'Europe/Copenhagen' });

describe('links: the outlet from the address', () => {
  // [address, stakeholder, label on the card, media]
  const table: Array<[string, string, string, boolean]> = [
    ['https://www.dr.dk/nyheder/indland/mikrolaan-hjaelper-ledige', 'DR', 'DR', true],
    ['https://www.dr.dk/lyd/p1/p1-morgen/p1-morgen-2024-11-20', 'P1', 'P1', true],
    ['https://www.dr.dk/lyd/p4nord/p4-morgen-nordjylland', 'P4', 'P4 Nordjylland', true],
    ['https://www.dr.dk/nyheder/regionale/nordjylland/hjoerring-tester-mentorer', 'P4', 'P4 Nordjylland', true],
    ['https://www.dr.dk/nyheder/regionale/syd/noget', 'P4', 'P4 Syd', true],
    ['https://nyheder.tv2.dk/samfund/2024-11-20-frikommuner', 'TV2', 'TV2', true],
    ['https://www.tv2nord.dk/hjoerring/tv2-filmede', 'TV2 Nord', 'TV2 Nord', true],
    ['https://jyllands-posten.dk/indland/ECE123/mikrolaan/', 'Jyllandsposten', 'Jyllandsposten', true],
    ['https://jp.dk/indland/art123', 'Jyllandsposten', 'Jyllandsposten', true],
    ['https://nordjyske.dk/nyheder/aalborg/mentorordning/5212345', 'Nordjyske', 'Nordjyske', true],
    ['https://politiken.dk/danmark/art9912345/Frikommuner', 'Politiken', 'Politiken', true],
    ['https://www.berlingske.dk/politik/frikommuner', 'Berlingske', 'Berlingske', true],
    ['https://www.altinget.dk/arbejdsmarked/artikel/frikommuner', 'Altinget', 'Altinget', true],
    ['https://via.ritzau.dk/pressemeddelelse/123', 'Ritzau', 'Ritzau', true],
    ['https://www.kl.dk/momentum/artikler/frikommuner', 'Momentum', 'Momentum', true],
    ['https://momentum.kl.dk/artikel/123', 'Momentum', 'Momentum', true],
    ['https://www.kl.dk/politik/frikommuner', 'KL', 'KL', false],
    ['https://www.ft.dk/samling/20241/almdel/beu/spm/12/svar/index.htm', 'Folketinget', 'Folketinget', false],
    ['https://bm.dk/nyheder-presse/nyheder/2024/11/frikommuner/', 'Beskæftigelsesministeriet', 'Beskæftigelsesministeriet', false],
    ['https://star.dk/om-styrelsen/frikommuner', 'STAR', 'STAR', false],
  ];
  for (const [url, stakeholder, label, media] of table) {
    it(`${url} → ${label}`, () => {
      assert.deepEqual(sourceOfUrl(url), { stakeholder, label, media });
    });
  }

  it('knows nothing of other sites, look-alike hosts, or other schemes', () => {
    assert.equal(sourceOfUrl('https://example.com/dr.dk'), undefined);
    assert.equal(sourceOfUrl('https://notdr.dk/nyheder'), undefined);
    assert.equal(sourceOfUrl('https://dr.dk.evil.example/nyheder'), undefined);
    assert.equal(sourceOfUrl('ftp://dr.dk/x'), undefined);
    assert.equal(sourceOfUrl('javascript:alert(1)'), undefined);
    assert.equal(sourceOfUrl('not a url'), undefined);
  });

  it('takes links out of a sentence, keeping its punctuation, each once', () => {
    const r = takeLinks('Nordjyske skrev om os https://nordjyske.dk/a/1. Se også (https://www.ft.dk/x) og https://nordjyske.dk/a/1');
    assert.equal(r.text, 'Nordjyske skrev om os. Se også og');
    assert.deepEqual(
      r.links.map((l) => l.url),
      ['https://nordjyske.dk/a/1', 'https://www.ft.dk/x'],
    );
  });

  it('keeps only http(s) addresses, at most MAX_LINKS', () => {
    const many = Array.from({ length: 8 }, (_, i) => `https://example.com/${i}`);
    assert.equal(linksOf(many).length, MAX_LINKS);
    assert.deepEqual(linksOf(['javascript:alert(1)', 'mailto:a@b.dk', 'https://user:pw@dr.dk/']), []);
  });

  it('/log with a link reads the outlet, makes it press, keeps the link and leaves its digits out of the date', () => {
    const r = interpretLog('https://nordjyske.dk/nyheder/2024/06/14/mentorer-i-hjoerring', WED, seed);
    assert.ok(r.ok);
    assert.equal(r.draft.kind, 'press');
    assert.equal(r.draft.kindInferred, true);
    assert.equal(r.draft.inferredFrom, 'link', 'the card says the link, not the text, named the outlet');
    assert.equal(r.draft.text, 'Nordjyske');
    assert.equal(r.draft.happenedOn, '2024-11-20');
    assert.deepEqual(r.draft.recognized.outlets, ['Nordjyske']);
    assert.deepEqual(
      r.draft.links.map((l) => l.url),
      ['https://nordjyske.dk/nyheder/2024/06/14/mentorer-i-hjoerring'],
    );
  });

  it('a link to a public body names it but does not make the entry press', () => {
    const r = interpretLog('henvendelse svar fra Beskæftigelsesministeren https://www.ft.dk/samling/x i går', WED, seed);
    assert.ok(r.ok);
    assert.equal(r.draft.kind, 'letter');
    assert.equal(r.draft.text, 'svar fra Beskæftigelsesministeren i går');
    assert.equal(r.draft.happenedOn, '2024-11-19');
    assert.deepEqual(r.draft.recognized.stakeholders, ['Beskæftigelsesministeren', 'Folketinget']);
    assert.deepEqual(r.draft.recognized.outlets, []);
  });

  it('a link with no kind and an unknown site asks for the kind', () => {
    const r = interpretLog('https://example.com/rapport', WED, seed);
    assert.ok(r.ok);
    assert.equal(r.draft.kind, undefined);
    assert.equal(r.draft.text, 'example.com');
  });
});

describe('a Teams message body as plain text', () => {
  it('turns paragraphs and breaks into lines, mentions into names, links into their text', () => {
    const html =
      '<p>Møde med KL om rehabiliteringsteams med <at id="0">Jens Nielsen</at>&nbsp;i dag.</p>' +
      '<p>Se <a href="https://nordjyske.dk/a/1" rel="noreferrer noopener" target="_blank">artiklen</a> &amp; svaret<br>fra STAR</p>';
    const r = htmlToText(html);
    assert.equal(r.text, 'Møde med KL om rehabiliteringsteams med Jens Nielsen i dag.\nSe artiklen & svaret\nfra STAR');
    assert.deepEqual(r.hrefs, ['https://nordjyske.dk/a/1']);
  });

  it('decodes entities, keeps emoji, drops attachments, scripts and pictures', () => {
    const r = htmlToText(
      '<div>&lt;b&gt; &#230;&#x00F8;&aring; &quot;x&quot; <img alt="😀" itemtype="http://schema.skype.com/Emoji"></div>' +
        '<attachment id="1"></attachment><script>alert(1)</script><img src="x.png" alt="billede">',
    );
    assert.equal(r.text, '<b> æøå "x" 😀');
  });

  it('leaves plain text as it is', () => {
    assert.equal(htmlToText('TV2 filmede i Hjørring i dag').text, 'TV2 filmede i Hjørring i dag');
  });

  it('keeps a never-closed tag as text, and reads only the first 64 KB of a body, in one pass (issue 28)', () => {
    assert.equal(htmlToText('a <b c').text, 'a <b c');
    assert.equal(htmlToText('<p>x</p><!-- open <script>y').text, 'x\n<!-- open y'); // as before: unclosed, both stay text
    const attack = htmlToText('<a '.repeat(80_000));
    assert.equal(attack.text.length, MAX_HTML_CHARS); // '<a <a … <': the first 64 KB, as text
    assert.deepEqual(attack.hrefs, []);
  });
});

describe('people quoted in a press entry', () => {
  it('finds "citeret: Jannie Knudsen" and several names', () => {
    assert.deepEqual(quotedPeople('Nordjyske om mentorer, citeret: Jannie Knudsen'), ['Jannie Knudsen']);
    assert.deepEqual(quotedPeople('P4 interview. Citeret Jannie Knudsen og Per Holm'), ['Jannie Knudsen', 'Per Holm']);
    assert.deepEqual(quotedPeople('Altinget, quoted: Anne Sørensen, Lars Bøgh'), ['Anne Sørensen', 'Lars Bøgh']);
  });

  it('needs a capitalised name after the word', () => {
    assert.deepEqual(quotedPeople('blev citeret i avisen'), []);
    assert.deepEqual(quotedPeople('Nordjyske skrev om os'), []);
  });
});

describe('an entry with links, colleagues and quoted people in one transaction', () => {
  it('stays within the 100 rows of a transaction, the audit row of Undo included', () => {
    const words = Array.from({ length: 90 }, (_, i) => `ord${i}`).join(' ');
    const links = Array.from({ length: 8 }, (_, i) => `https://nordjyske.dk/nyheder/${i}`);
    const read = interpretLog(
      `presse ${words} citeret: Jannie Knudsen ${links.join(' ')} https://ft.dk/x https://bm.dk/y https://star.dk/z`,
      WED,
      seed,
    );
    assert.ok(read.ok);
    const turn = {
      now: WED,
      zone: 'Europe/Copenhagen',
      lang: 'da' as const,
      activityId: 'a',
      conversationId: 'c',
      scope: { key: 's', kind: 'team' as const, tenantId: 't' },
      author: { name: 'Anne', aadObjectId: 'x', id: '29:a' },
      mentions: Array.from({ length: 20 }, (_, i) => ({ name: `Kollega Nummer${i}`, aadObjectId: '' })),
    };
    const entry = entryOf('id-1', read.draft, 'press', turn);
    entry.stakeholders = [...entry.stakeholders, ...Array.from({ length: 30 }, (_, i) => `Interessent ${i}`)];
    const rows = new LogRepository(undefined as unknown as TableStore).rowsFor('s', entry);
    // The entry, its id pointer, its written row, its author row (/søg Jens), the stakeholders, and as many words as
    // leave room for Undo's audit row and its change record (issue 18): 98 rows, one word fewer than the 80.
    assert.equal(rows.length, 98);
    assert.equal(rows.filter((r) => r.rowKey.startsWith('word|')).length, MAX_INDEXED_WORDS - 1);
    assert.equal(rows.filter((r) => r.rowKey.startsWith('who|')).length, MAX_INDEXED_STAKEHOLDERS);
    assert.ok(rows.length + 2 <= MAX_TRANSACTION_ACTIONS, `${rows.length} rows, the audit row and the change record`);
  });
});

describe('an entry linked to the result it used, in one transaction', () => {
  it('adds no row: the link rides on the entry and its experiment rows, within the 100 of a transaction', () => {
    const words = Array.from({ length: 90 }, (_, i) => `ord${i}`).join(' ');
    const read = interpretLog(`presse ${words} om lægeattester`, WED, seed);
    assert.ok(read.ok);
    const turn = {
      now: WED,
      zone: 'Europe/Copenhagen',
      lang: 'da' as const,
      activityId: 'a',
      conversationId: 'c',
      scope: { key: 's', kind: 'team' as const, tenantId: 't' },
      author: { name: 'Anne', aadObjectId: 'x', id: '29:a' },
      mentions: [],
    };
    const plain = entryOf('id-2', read.draft, 'press', turn);
    // Six experiments, one more than are indexed, the linked one last: its row is the one kept first.
    plain.experiments = ['samtaler', 'mikrolån', 'mentor', 'revalidering', 'psykologbehandling', 'lægeattester'];
    plain.stakeholders = Array.from({ length: 30 }, (_, i) => `Interessent ${i}`);
    const linked = linkResult(plain, { id: 'r1', experiment: 'lægeattester', text: 'ca. 2.000 færre lægeattester '.repeat(20) });
    const repo = new LogRepository(undefined as unknown as TableStore);
    const rows = repo.rowsFor('s', linked);
    assert.equal(rows.length, repo.rowsFor('s', plain).length, 'the same rows as without the link');
    assert.ok(rows.length + 2 <= MAX_TRANSACTION_ACTIONS, `${rows.length} rows, the audit row and the change record`);
    const about = rows.filter((r) => r.rowKey.startsWith('about|'));
    assert.equal(about.length, 5);
    assert.ok(
      about.some((r) => r.rowKey.startsWith('about|lægeattester|') && r.result === 'r1'),
      'the linked experiment is indexed, with the result',
    );
    assert.ok(String(rows[0].result).length < 400, 'the entry keeps a short copy of the result text');
  });
});
