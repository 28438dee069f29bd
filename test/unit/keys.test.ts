import assert from 'node:assert/strict';
import { decodeKeyPart, encodeKeyPart, prefixEnd } from '../../storage/keys';

describe('table key encoding', () => {
  const samples = [
    'plain',
    'a/b',
    'a\\b',
    '#hashtag',
    'what?',
    '50% done',
    'pipe|inside',
    'quote \' and "',
    'tab\there',
    'new\nline',
    'æøå ÆØÅ',
    'Ærø',
    '😀 emoji 🇩🇰',
    '19:abc@thread.tacv2;messageid=123',
    'a:1Xyz-_.~',
    '\u0000\u001f\u007f\u0085',
    '',
  ];
  for (const s of samples) {
    it(`round-trips ${JSON.stringify(s)}`, () => {
      const key = encodeKeyPart(s);
      assert.equal(decodeKeyPart(key), s);
      assert.doesNotMatch(key, /[/\\#?|\u0000-\u001f\u007f-\u009f]/);
    });
  }

  it('keeps every printable ASCII character reversible and key-safe', () => {
    let all = '';
    for (let c = 32; c < 127; c++) all += String.fromCharCode(c);
    const key = encodeKeyPart(all);
    assert.equal(decodeKeyPart(key), all);
    assert.doesNotMatch(key, /[/\\#?|]/);
  });

  it('keeps Danish letters readable', () => {
    assert.equal(encodeKeyPart('Læsø'), 'Læsø');
  });

  it('bounds a prefix range above every key with that prefix', () => {
    assert.ok('entry|2024-11-20|zzz' < prefixEnd('entry|2024-11-20|'));
    assert.ok('entry|2024-11-21' > prefixEnd('entry|2024-11-20|'));
  });
});
