import assert from 'node:assert/strict';
import { expand, literalMarkdown } from '../../cards/render';

const Z = '\u200B';

describe('literalMarkdown', () => {
  it('leaves text without Markdown as it is', () => {
    assert.equal(literalMarkdown('Møde med KL om mikrolån d. 12. marts - i Hjørring'), 'Møde med KL om mikrolån d. 12. marts - i Hjørring');
    assert.equal(literalMarkdown(''), '');
  });

  it('breaks emphasis and links after each marker', () => {
    assert.equal(literalMarkdown('*fed* og _kursiv_ [link]'), `*${Z}fed*${Z} og _${Z}kursiv_${Z} [${Z}link]${Z}`);
  });

  it('breaks a list marker at the start of any line, and only there', () => {
    assert.equal(literalMarkdown('12. november'), `${Z}12. november`);
    assert.equal(literalMarkdown('a\n  - b\n+ c\nd 3. e'), `a\n  ${Z}- b\n${Z}+ c\nd 3. e`);
    assert.equal(literalMarkdown('12.november'), '12.november');
  });

  it('does both in one text', () => {
    assert.equal(literalMarkdown('1. *x*'), `${Z}1. *${Z}x*${Z}`);
  });
});

describe('expand', () => {
  it('shows user text in TextBlocks and FactSets as typed, at any depth, and leaves other fields and data alone', () => {
    const template = {
      type: 'AdaptiveCard',
      body: [
        {
          type: 'Container',
          items: [
            { type: 'TextBlock', text: '${heading}' },
            { type: 'Image', url: '${url}', altText: '${heading}' },
          ],
        },
        { type: 'FactSet', facts: [{ $data: '${facts}', title: '${t}', value: '${v}' }] },
      ],
      actions: [{ type: 'Action.Execute', title: '${heading}', data: { text: '${heading}' } }],
    };
    const card = expand(template, { heading: '*Ny* [sag]', url: 'https://x.dk/a_b', facts: [{ t: '2. runde', v: '_x_' }] });
    assert.deepEqual(card, {
      type: 'AdaptiveCard',
      body: [
        {
          type: 'Container',
          items: [
            { type: 'TextBlock', text: `*${Z}Ny*${Z} [${Z}sag]${Z}` },
            { type: 'Image', url: 'https://x.dk/a_b', altText: '*Ny* [sag]' },
          ],
        },
        { type: 'FactSet', facts: [{ title: `${Z}2. runde`, value: `_${Z}x_${Z}` }] },
      ],
      actions: [{ type: 'Action.Execute', title: '*Ny* [sag]', data: { text: '*Ny* [sag]' } }],
    });
  });
});
