import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fontFileFor, groupFontFamilies } from './fonts.js';
import { STICKERS, stickerUri } from './stickers.js';

test('font assets group into families in first-seen order, skipping malformed ones', () => {
  const families = groupFontFamilies([
    { meta: { uri: 'a/Lato-Regular.ttf', family: 'Lato', weight: 'Normal', style: 'Normal' } },
    { meta: { uri: 'a/OpenSans.ttf', family: 'Open Sans' } },
    { meta: { uri: 'a/Lato-Bold.ttf', family: 'Lato', weight: 'Bold', style: 'Normal' } },
    { meta: { family: 'NoUri' } },
    {},
  ]);
  assert.deepEqual(families.map((family) => family.family), ['Lato', 'Open Sans']);
  assert.equal(families[0]!.files.length, 2);
  assert.equal(families[1]!.files[0]!.weight, 'Normal');
});

test('fontFileFor picks the same style first, then the nearest weight', () => {
  const family = {
    family: 'Lato',
    files: [
      { uri: 'regular', weight: 'Normal', style: 'Normal' },
      { uri: 'bold', weight: 'Bold', style: 'Normal' },
      { uri: 'italic', weight: 'Normal', style: 'Italic' },
    ],
  };
  assert.equal(fontFileFor(family, 'Bold', 'Normal')?.uri, 'bold');
  assert.equal(fontFileFor(family, 'ExtraBold', 'Normal')?.uri, 'bold');
  assert.equal(fontFileFor(family, 'Light', 'Normal')?.uri, 'regular');
  assert.equal(fontFileFor(family, 'Bold', 'Italic')?.uri, 'italic');
  assert.equal(fontFileFor({ family: 'Empty', files: [] }, 'Normal', 'Normal'), undefined);
});

test('stickers are self-contained SVG data URIs without scripts or external references', () => {
  assert.ok(STICKERS.length >= 6);
  for (const sticker of STICKERS) {
    assert.match(sticker.svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.doesNotMatch(sticker.svg, /<script|href|on\w+=|url\(/i);
    assert.ok(decodeURIComponent(stickerUri(sticker).split(',')[1]!) === sticker.svg);
  }
});
