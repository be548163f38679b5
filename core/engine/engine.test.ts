import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Engine, ENGINE_VERSION } from './index.js';
import { CesdkError } from './errors.js';
import { takeLicenseKey } from './license-handoff.js';
import type { BlobLike } from './engine-core.js';
import { addRect, createTestEngine } from './test-helpers.js';

function assertCode(fn: () => unknown, code: string): void {
  assert.throws(fn, (error: unknown) => error instanceof CesdkError && error.code === code);
}

describe('engine', () => {
  it('stores license options read-only and validates options', async () => {
    const engine = await Engine.create({ license: 'secret-key-5521', userId: 'u1', appId: 'app', licenseServer: 'http://127.0.0.1:1', licenseFile: { a: 1 } });
    // The key is handed to the licensing layer once and never kept in the options.
    assert.equal(engine.options.hasLicenseKey, true);
    assert.ok(!JSON.stringify(engine.options).includes('secret-key-5521'));
    assert.equal(takeLicenseKey(engine), 'secret-key-5521');
    assert.equal(takeLicenseKey(engine), undefined);
    assert.equal(engine.options.userId, 'u1');
    assert.ok(Object.isFrozen(engine.options));
    assert.equal(typeof ENGINE_VERSION, 'string');
    await assert.rejects(Engine.create({ historyLimit: 0 }), CesdkError);
    await assert.rejects(Engine.create({ limits: { maxBlocks: -1 } }), CesdkError);
    await assert.rejects(Engine.create({ role: 'Root' as never }), CesdkError);
    const adopter = await Engine.create({ role: 'Adopter' });
    assert.equal(adopter.editor.getRole(), 'Adopter');
  });

  it('forgets a license key no licensing took when it is disposed', async () => {
    const engine = await Engine.create({ license: 'secret-key-7730' });
    engine.dispose();
    assert.equal(takeLicenseKey(engine), undefined);
    const keyless = await Engine.create({ license: '' });
    assert.equal(keyless.options.hasLicenseKey, false);
    assert.equal(takeLicenseKey(keyless), undefined);
  });

  it('enforces the block limit', async () => {
    const { engine } = await createTestEngine({ limits: { maxBlocks: 5 } });
    engine.block.create('graphic');
    engine.block.create('graphic');
    assert.throws(() => engine.block.create('graphic'), (error: unknown) => error instanceof CesdkError && error.code === 'LIMIT_EXCEEDED');
  });

  it('enforces the depth and string limits on calls', async () => {
    const { engine, page } = await createTestEngine({ limits: { maxDepth: 4, maxStringLength: 5 } });
    const outer = engine.block.create('group');
    engine.block.appendChild(page, outer);
    const inner = engine.block.create('group');
    assert.throws(() => engine.block.appendChild(outer, inner) === undefined && engine.block.appendChild(inner, engine.block.create('graphic')), (error: unknown) => error instanceof CesdkError && error.code === 'LIMIT_EXCEEDED');
    assert.throws(() => engine.block.setName(outer, 'too long'), (error: unknown) => error instanceof CesdkError && error.code === 'LIMIT_EXCEEDED');
  });

  it('delegates export to a registered exporter and emits the export event', async () => {
    const { engine, page } = await createTestEngine();
    await assert.rejects(engine.block.export(page), (error: unknown) => error instanceof CesdkError && error.code === 'EXPORT_UNAVAILABLE');
    const events: unknown[] = [];
    engine.onEvent('export', (payload) => events.push(payload));
    assert.equal(engine.hasExporter, false);
    const unregister = engine.registerExporter(async (id, options) => new Blob([`${id}:${options.mimeType}`], { type: options.mimeType }) as unknown as BlobLike);
    assert.equal(engine.hasExporter, true);
    const blob = await engine.block.export(page, { mimeType: 'image/jpeg' });
    assert.equal(await (blob as unknown as Blob).text(), `${page}:image/jpeg`);
    assert.deepEqual(events, [{ blockId: page, mimeType: 'image/jpeg', byteLength: blob.size }]);
    unregister();
    assert.equal(engine.hasExporter, false);
    await assert.rejects(engine.block.export(page), CesdkError);
  });

  it('emits load events and refuses work after dispose', async () => {
    const { engine, page } = await createTestEngine();
    const loads: unknown[] = [];
    engine.onEvent('load', (payload) => loads.push(payload));
    const saved = await engine.scene.saveToString();
    await engine.scene.loadFromString(saved);
    assert.equal(loads.length, 1);
    engine.dispose();
    assert.equal(engine.isDisposed, true);
    assert.throws(() => engine.block.create('graphic'), (error: unknown) => error instanceof CesdkError && (error.code === 'INVALID_STATE'));
    assert.equal(engine.block.isValid(page), false);
  });

  it('edits text through the text calls', async () => {
    const { engine, page } = await createTestEngine();
    const text = engine.block.create('text');
    engine.block.appendChild(page, text);
    engine.block.replaceText(text, 'Hello world');
    engine.block.replaceText(text, 'there', 6, 11);
    assert.equal(engine.block.getString(text, 'text/text'), 'Hello there');
    engine.block.replaceText(text, '!', 11);
    assert.equal(engine.block.getString(text, 'text/text'), 'Hello there!', 'from alone inserts');
    engine.block.removeText(text, 0, 6);
    assert.equal(engine.block.getString(text, 'text/text'), 'there!');
    assert.throws(() => engine.block.replaceText(text, 'x', 4, 99), (error: unknown) => error instanceof CesdkError && error.code === 'OUT_OF_RANGE');
    const fill = engine.block.getFill(text)!;
    assert.equal(engine.block.getType(fill), '//ly.img.ubq/fill/color', 'a text has a color fill');
    engine.block.setTextColor(text, { r: 1, g: 0, b: 0, a: 1 });
    assert.deepEqual(engine.block.getTextColor(text), { r: 1, g: 0, b: 0, a: 1 });
    assert.deepEqual(engine.block.getColor(fill, 'fill/color/value'), { r: 1, g: 0, b: 0, a: 1 }, 'the text color is the fill');
    engine.block.setTextFontSize(text, 24);
    engine.block.setTextFontWeight(text, 'Bold');
    engine.block.setTextFontStyle(text, 'Italic');
    engine.block.setFont(text, 'https://fonts.example/lato.ttf', 'Lato');
    assert.equal(engine.block.getTextFontSize(text), 24);
    assert.equal(engine.block.getTextFontWeight(text), 'Bold');
    assert.deepEqual(engine.block.getTextFontWeights(text), ['bold']);
    assert.equal(engine.block.getTextFontStyle(text), 'Italic');
    assert.equal(engine.block.getString(text, 'text/typeface'), 'Lato');
    engine.editor.addUndoStep();
    engine.block.setFont(text, 'https://fonts.example/open.ttf', 'Open');
    engine.editor.addUndoStep();
    engine.editor.undo();
    assert.equal(engine.block.getString(text, 'text/typeface'), 'Lato');
    assert.equal(engine.block.getEnum(text, 'height/mode'), 'Auto');
    assert.throws(() => engine.block.replaceText(page, 'x'), (error: unknown) => error instanceof CesdkError && error.code === 'INVALID_BLOCK');
  });

  it('styles ranges of a text as runs that follow edits, save, load and undo', async () => {
    const { engine, page } = await createTestEngine();
    const text = engine.block.create('text');
    engine.block.appendChild(page, text);
    engine.block.replaceText(text, 'Hello World');
    const red = { r: 1, g: 0, b: 0, a: 1 };
    const black = { r: 0, g: 0, b: 0, a: 1 };
    engine.editor.addUndoStep();
    engine.block.setTextColor(text, red, 0, 5);
    engine.block.setTextFontSize(text, 30, 6, 11);
    engine.block.setTextFontWeight(text, 'bold', 0, 1);
    engine.block.setTextFontStyle(text, 'italic', 2, 3);
    engine.block.setTextCase(text, 'Uppercase', 6);
    assert.deepEqual(engine.block.getTextColors(text), [red, black]);
    assert.deepEqual(engine.block.getTextColors(text, 6, 11), [black]);
    assert.deepEqual(engine.block.getTextFontSizes(text), [12, 30]);
    engine.block.setTextFontSize(text, 14, { from: 0, to: 1 });
    assert.deepEqual(engine.block.getTextFontSizes(text, 0, 1), [14], 'setTextFontSize takes CE.SDK options');
    assert.deepEqual(engine.block.getTextFontWeights(text), ['bold', 'normal']);
    assert.deepEqual(engine.block.getTextFontStyles(text, 0, 3), ['normal', 'italic']);
    assert.deepEqual(engine.block.getTextCases(text), ['Normal', 'Uppercase']);
    // Inserted text takes the style before it; removed text takes its style along.
    engine.block.replaceText(text, 'XX', 1, 1);
    assert.equal(engine.block.getString(text, 'text/text'), 'HXXello World');
    assert.deepEqual(engine.block.getTextColors(text, 0, 7), [red]);
    engine.block.removeText(text, 0, 7);
    assert.deepEqual(engine.block.getTextColors(text), [black]);
    assert.deepEqual(engine.block.getTextFontSizes(text), [12, 30]);
    // A style set over the whole text becomes the block's own and leaves no runs.
    engine.block.setTextFontSize(text, 40);
    assert.deepEqual(engine.block.getTextFontSizes(text), [40]);
    assert.equal(engine.block.getFloat(text, 'text/fontSize'), 40);
    const saved = engine.scene.saveToStringSync();
    await engine.scene.loadFromString(saved);
    assert.equal(engine.scene.saveToStringSync(), saved, 'runs save and load unchanged');
    assert.deepEqual(engine.block.getTextCases(text), ['Normal', 'Uppercase']);
    engine.block.setTextColor(text, red, 0, 2);
    engine.editor.addUndoStep();
    engine.editor.undo();
    assert.deepEqual(engine.block.getTextColors(text), [black]);
    assertCode(() => engine.block.setTextColor(text, red, 3, 99), 'OUT_OF_RANGE');
    assertCode(() => engine.block.setTextFontWeight(text, 'chunky'), 'INVALID_VALUE');
    assertCode(() => engine.block.setTextCase(text, 'Shouty'), 'INVALID_VALUE');
  });

  it('sets fonts from typefaces and toggles bold and italic faces', async () => {
    const { engine, page } = await createTestEngine();
    const text = engine.block.create('text');
    engine.block.appendChild(page, text);
    engine.block.replaceText(text, 'Styled');
    assertCode(() => engine.block.getTypeface(text), 'NOT_FOUND');
    assert.equal(engine.block.canToggleBoldFont(text), false, 'no typeface, nothing to toggle');
    const typeface = {
      name: 'Lato',
      fonts: [
        { uri: 'lato-regular.ttf', subFamily: 'Regular' },
        { uri: 'lato-bold.ttf', subFamily: 'Bold', weight: 'bold' as const },
        { uri: 'lato-italic.ttf', subFamily: 'Italic', style: 'italic' as const },
      ],
    };
    engine.block.setTextFontWeight(text, 'bold');
    engine.block.setFont(text, 'lato-regular.ttf', typeface);
    assert.equal(engine.block.getTypeface(text).name, 'Lato');
    assert.deepEqual(engine.block.getTextFontWeights(text), ['normal'], 'setFont resets the formatting');
    assert.equal(engine.block.canToggleBoldFont(text), true);
    engine.block.toggleBoldFont(text);
    assert.deepEqual(engine.block.getTextFontWeights(text), ['bold']);
    assert.equal(engine.block.getString(text, 'text/fontFileUri'), 'lato-bold.ttf');
    assert.equal(engine.block.canToggleItalicFont(text, 0, 2), false, 'no bold italic face');
    assertCode(() => engine.block.toggleItalicFont(text, 0, 2), 'INVALID_VALUE');
    engine.block.toggleBoldFont(text);
    engine.block.toggleItalicFont(text, 0, 2);
    assert.deepEqual(engine.block.getTextFontStyles(text), ['italic', 'normal']);
    engine.block.setTypeface(text, { name: 'Lato 2', fonts: [{ uri: 'b-regular.ttf', subFamily: 'Regular' }, { uri: 'b-italic.ttf', subFamily: 'Italic', style: 'italic' }] });
    assert.equal(engine.block.getString(text, 'text/typeface'), 'Lato 2');
    assert.deepEqual(engine.block.getTextFontStyles(text), ['italic', 'normal'], 'setTypeface keeps the formatting');
    assert.equal(engine.block.getString(text, 'text/fontFileUri'), 'b-regular.ttf');
    assertCode(() => engine.block.setFont(text, 'x.ttf', { name: 'Bad', fonts: [{ uri: 'x.ttf', subFamily: 'Regular', weight: 'chunky' }] } as never), 'INVALID_VALUE');
  });

  it('sets stroke, shadow and crop through the convenience calls', async () => {
    const { engine, page } = await createTestEngine();
    const block = addRect(engine, page);
    engine.block.setStrokeWidth(block, 4);
    engine.block.setStrokePosition(block, 'Outer');
    engine.block.setDropShadowEnabled(block, true);
    engine.block.setDropShadowOffsetX(block, 6);
    engine.block.setDropShadowBlurRadiusY(block, 3);
    engine.block.setCropScaleX(block, 2);
    engine.block.setCropTranslationY(block, 0.25);
    engine.block.flipCropHorizontal(block);
    assert.equal(engine.block.getStrokeWidth(block), 4);
    assert.equal(engine.block.getStrokePosition(block), 'Outer');
    assert.equal(engine.block.isDropShadowEnabled(block), true);
    assert.equal(engine.block.getDropShadowOffsetX(block), 6);
    assert.equal(engine.block.getDropShadowBlurRadiusY(block), 3);
    assert.equal(engine.block.getCropScaleX(block), 2);
    assert.equal(engine.block.getCropFlipHorizontal(block), true);
    engine.block.resetCrop(block);
    assert.equal(engine.block.getCropScaleX(block), 1);
    assert.equal(engine.block.getCropTranslationY(block), 0);
    assert.throws(() => engine.block.setCropScaleX(block, 0), (error: unknown) => error instanceof CesdkError && error.code === 'OUT_OF_RANGE');
  });
});

describe('metadata and spot colors', () => {
  it('stores metadata with undo, save and duplicate', async () => {
    const { engine, page } = await createTestEngine();
    const block = addRect(engine, page);
    engine.block.setMetadata(block, 'asset/id', 'photo-7');
    assert.equal(engine.block.hasMetadata(block, 'asset/id'), true);
    assert.equal(engine.block.getMetadata(block, 'asset/id'), 'photo-7');
    assert.deepEqual(engine.block.findAllMetadata(block), ['asset/id']);
    const copy = engine.block.duplicate(block);
    assert.equal(engine.block.getMetadata(copy, 'asset/id'), 'photo-7');
    const saved = engine.scene.saveToStringSync();
    const other = await Engine.create();
    await other.scene.loadFromString(saved);
    assert.equal(other.block.getMetadata(block, 'asset/id'), 'photo-7');
    assert.equal(other.scene.saveToStringSync(), saved);
    engine.editor.addUndoStep();
    engine.block.removeMetadata(block, 'asset/id');
    engine.editor.addUndoStep();
    assert.throws(() => engine.block.getMetadata(block, 'asset/id'), (error: unknown) => error instanceof CesdkError && error.code === 'NOT_FOUND');
    engine.editor.undo();
    assert.equal(engine.block.getMetadata(block, 'asset/id'), 'photo-7');
  });

  it('defines spot colors for display', async () => {
    const { engine } = await createTestEngine();
    engine.editor.setSpotColorRGB('Brand Red', 0.9, 0.1, 0.1);
    assert.deepEqual(engine.editor.getSpotColorRGB('Brand Red'), { r: 0.9, g: 0.1, b: 0.1 });
    assert.deepEqual(engine.editor.findAllSpotColors(), ['Brand Red']);
    assert.throws(() => engine.editor.setSpotColorRGB('Bad', 2, 0, 0), CesdkError);
    engine.editor.removeSpotColor('Brand Red');
    assert.throws(() => engine.editor.getSpotColorRGB('Brand Red'), CesdkError);
  });

  it('keeps the stored height when the text measurer throws', async () => {
    const { engine, page } = await createTestEngine({ textMeasurer: () => { throw new Error('font not loaded'); } });
    const text = engine.block.create('text');
    engine.block.appendChild(page, text);
    const errors: Array<{ source: string }> = [];
    engine.onEvent('error', (payload) => errors.push(payload));
    engine.block.replaceText(text, 'Hello');
    assert.equal(engine.block.getString(text, 'text/text'), 'Hello');
    assert.equal(engine.block.getHeight(text), 100);
    assert.equal(errors.length, 1);
    assert.equal(errors[0]!.source, 'text measurer');
    engine.event.subscribe([], () => {
      throw new Error('listener bug');
    });
    engine.block.setHeight(text, 5);
    engine.event.flush();
    assert.equal(errors.length, 2);
    assert.equal(errors[1]!.source, 'block event listener');
  });
});

describe('time and playback', () => {
  it('sets durations and trims as undoable, saved properties', async () => {
    const { engine, page } = await createTestEngine();
    const block = addRect(engine, page);
    const video = engine.block.createFill('video');
    engine.block.setFill(block, video);
    engine.block.setDuration(block, 8);
    engine.block.setTimeOffset(block, 1.5);
    engine.block.setTrimOffset(video, 2);
    engine.block.setTrimLength(video, 3);
    engine.block.setLooping(video, true);
    engine.block.setMuted(video, true);
    engine.block.setVolume(video, 0.5);
    engine.editor.addUndoStep();
    engine.block.setPlaybackSpeed(video, 2);
    engine.editor.addUndoStep();
    assert.equal(engine.block.getDuration(block), 8);
    assert.equal(engine.block.getTimeOffset(block), 1.5);
    assert.equal(engine.block.getTrimOffset(video), 2);
    assert.equal(engine.block.getTrimLength(video), 3);
    assert.equal(engine.block.isLooping(video), true);
    assert.equal(engine.block.isMuted(video), true);
    assert.equal(engine.block.getVolume(video), 0.5);
    assert.equal(engine.block.getPlaybackSpeed(video), 2);
    engine.editor.undo();
    assert.equal(engine.block.getPlaybackSpeed(video), 1);
    assert.throws(() => engine.block.setVolume(video, 2), (error: unknown) => error instanceof CesdkError && error.code === 'OUT_OF_RANGE');
    assert.throws(() => engine.block.setTrimOffset(block, 1), (error: unknown) => error instanceof CesdkError && error.code === 'UNKNOWN_PROPERTY');
  });

  it('keeps the playhead and playing state out of history and saves', async () => {
    const { engine, page } = await createTestEngine();
    const before = engine.scene.saveToStringSync();
    const seen: unknown[] = [];
    engine.event.flush();
    engine.event.subscribe([page], (events) => seen.push(...events));
    engine.block.setPlaybackTime(page, 3.25);
    engine.block.setPlaying(page, true);
    assert.equal(engine.block.getPlaybackTime(page), 3.25);
    assert.equal(engine.block.isPlaying(page), true);
    assert.equal(engine.editor.canUndo(), false);
    assert.equal(engine.scene.saveToStringSync(), before);
    engine.event.flush();
    assert.deepEqual(seen, [{ type: 'Updated', block: page }]);
    const document = JSON.parse(before) as { blocks: Array<{ id: number; properties?: Record<string, unknown> }> };
    document.blocks.find((entry) => entry.id === page)!.properties!['playback/time'] = 1;
    await assert.rejects(engine.scene.loadFromString(JSON.stringify(document)), (error: unknown) => error instanceof CesdkError && error.code === 'SCENE_INVALID');
  });
});

describe('layout helpers and scene modes', () => {
  it('scales around an anchor, scales group contents, and fills the parent', async () => {
    const { engine, page } = await createTestEngine();
    const block = addRect(engine, page, 100, 100, 40, 20);
    engine.editor.addUndoStep();
    engine.block.scale(block, 2, 0.5, 0.5);
    engine.editor.addUndoStep();
    assert.deepEqual([engine.block.getPositionX(block), engine.block.getPositionY(block), engine.block.getWidth(block), engine.block.getHeight(block)], [80, 90, 80, 40]);
    engine.editor.undo();
    assert.equal(engine.block.getWidth(block), 40);
    const text = engine.block.create('text');
    engine.block.appendChild(page, text);
    engine.block.setTextFontSize(text, 10);
    const group = engine.block.group([block, text]);
    engine.block.scale(group, 3);
    assert.equal(engine.block.getTextFontSize(text), 30);
    assert.equal(engine.block.getWidth(block), 120);
    assert.throws(() => engine.block.scale(block, 0), (error: unknown) => error instanceof CesdkError && error.code === 'OUT_OF_RANGE');
    assert.throws(() => engine.block.scale(block, Number.NaN), (error: unknown) => error instanceof CesdkError && error.code === 'INVALID_VALUE');
    engine.block.fillParent(group);
    assert.equal(engine.block.getWidth(group), 1080);
    assert.equal(engine.block.getPositionX(group), 0);
    assert.throws(() => engine.block.fillParent(page), CesdkError);
    engine.block.setWidthMode(block, 'Percent');
    assert.equal(engine.block.getWidthMode(block), 'Percent');
    engine.block.setPositionXMode(block, 'Auto');
    assert.equal(engine.block.getPositionXMode(block), 'Auto');
  });

  it('creates video scenes and sets the layout', async () => {
    const engine = await Engine.create();
    engine.scene.createVideo();
    assert.equal(engine.scene.getMode(), 'Video');
    assert.throws(() => engine.block.setEnum(engine.scene.get()!, 'scene/mode', 'Design'), CesdkError);
    engine.scene.setLayout('VerticalStack');
    assert.equal(engine.scene.getLayout(), 'VerticalStack');
    engine.scene.create('Free', { page: { size: { width: 1080, height: 1080 } } });
    assert.equal(engine.scene.getMode(), 'Design');
    assert.throws(() => engine.scene.create('Movie' as never), CesdkError);
  });
});
