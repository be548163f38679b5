import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Engine } from './engine.js';
import { CesdkError } from './errors.js';
import { addRect, createTestEngine } from './test-helpers.js';

function assertCode(fn: () => unknown, code: string): void {
  assert.throws(fn, (error: unknown) => error instanceof CesdkError && error.code === code);
}

async function assertRejectsCode(promise: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(promise, (error: unknown) => error instanceof CesdkError && error.code === code);
}

describe('scene.create(sceneLayout?, options?)', () => {
  it('makes no page without page options, and a page with them', async () => {
    const engine = await Engine.create();
    const scene = engine.scene.create();
    assert.deepEqual(engine.block.getChildren(scene), []);
    assert.deepEqual(engine.scene.getPages(), []);
    assert.equal(engine.scene.getLayout(), 'Free');
    engine.scene.create('Free', { page: { size: { width: 300, height: 200 }, color: { r: 0, g: 0, b: 1, a: 1 } } });
    const [page] = engine.scene.getPages();
    assert.deepEqual([engine.block.getWidth(page!), engine.block.getHeight(page!)], [300, 200]);
    assert.deepEqual(engine.block.getColor(engine.block.getFill(page!)!, 'fill/color/value'), { r: 0, g: 0, b: 1, a: 1 });
    assertCode(() => engine.scene.create({ page: {} } as never), 'INVALID_VALUE');
    assertCode(() => engine.scene.create('Diagonal' as never), 'INVALID_VALUE');
    assertCode(() => engine.scene.create('Free', 'big' as never), 'INVALID_VALUE');
  });

  it('puts the pages of a stack layout in a stack block, spaced and arranged', async () => {
    const engine = await Engine.create();
    const scene = engine.scene.create('VerticalStack');
    const [stack] = engine.block.findByType('stack');
    assert.deepEqual(engine.block.getChildren(scene), [stack]);
    engine.block.setFloat(stack!, 'stack/spacing', 10);
    const first = engine.block.create('page');
    const second = engine.block.create('page');
    for (const page of [first, second]) {
      engine.block.setWidth(page, 100);
      engine.block.setHeight(page, 50);
      engine.block.appendChild(stack!, page);
    }
    assert.deepEqual(engine.scene.getPages(), [first, second]);
    assert.equal(engine.block.getPositionY(second), 60);
    engine.block.setHeight(first, 80);
    assert.equal(engine.block.getPositionY(second), 90, 'a page size change moves the pages below');
    engine.scene.setLayout('HorizontalStack');
    assert.deepEqual([engine.block.getPositionX(second), engine.block.getPositionY(second)], [110, 0]);
    engine.scene.setLayout('Free');
    assert.deepEqual(engine.block.findByType('stack'), []);
    assert.deepEqual(engine.block.getChildren(scene), [first, second]);
    engine.scene.setLayout('DepthStack');
    assert.equal(engine.block.getParent(first), engine.block.findByType('stack')[0]);
    const page = engine.scene.addPage();
    assert.equal(engine.block.getParent(page), engine.block.findByType('stack')[0], 'addPage adds to the stack');
    assert.deepEqual([engine.block.getPositionX(page), engine.block.getPositionY(page)], [0, 0]);
    const reloaded = await Engine.create();
    await reloaded.scene.loadFromString(await engine.scene.saveToString());
    assert.equal(reloaded.scene.getPages().length, 3);
  });

  it('creates video scenes with one page', async () => {
    const engine = await Engine.create();
    engine.scene.createVideo();
    assert.equal(engine.scene.getMode(), 'Video');
    assert.equal(engine.scene.getPages().length, 1);
    engine.scene.createVideo({ page: { size: { width: 640, height: 360 } } });
    assert.equal(engine.block.getWidth(engine.scene.getPages()[0]!), 640);
  });

  it('gives new pages a white fill and new texts a black one', async () => {
    const { engine } = await createTestEngine();
    const page = engine.block.create('page');
    assert.deepEqual(engine.block.getColor(engine.block.getFill(page)!, 'fill/color/value'), { r: 1, g: 1, b: 1, a: 1 });
    const text = engine.block.create('text');
    assert.deepEqual(engine.block.getColor(engine.block.getFill(text)!, 'fill/color/value'), { r: 0, g: 0, b: 0, a: 1 });
    assert.equal(engine.block.getFill(engine.block.create('graphic')), null);
  });
});

describe('scene.zoomToBlock, loadFromURL and loadFromArchiveURL', () => {
  it('asks a canvas to frame a block and resolves', async () => {
    const { engine, page } = await createTestEngine();
    await engine.scene.zoomToBlock(page);
    const asked: unknown[] = [];
    engine.onEvent('zoomToBlock', (event) => {
      asked.push(event.padding);
      event.wait(new Promise((resolve) => setTimeout(resolve, 5)));
    });
    await engine.scene.zoomToBlock(page, { padding: 12 });
    await engine.scene.zoomToBlock(page, 1, 2, 3, 4);
    assert.deepEqual(asked, [{ left: 12, top: 12, right: 12, bottom: 12 }, { left: 1, top: 2, right: 3, bottom: 4 }]);
    await assert.rejects(engine.scene.zoomToBlock(999), CesdkError);
    await assertRejectsCode(engine.scene.zoomToBlock(page, { padding: -1 }), 'INVALID_VALUE');
  });

  it('loads scenes and archives from URLs through fetchResource', async () => {
    const { engine } = await createTestEngine();
    const json = await engine.scene.saveToString();
    const archive = new Uint8Array(await (await engine.scene.saveToArchive()).arrayBuffer());
    const other = await Engine.create({ fetchResource: async (uri) => (uri.endsWith('.zip') ? archive : new TextEncoder().encode(json)) });
    await other.scene.loadFromURL('https://example.test/scene.json');
    assert.equal(other.scene.getPages().length, 1);
    await other.scene.loadFromArchiveURL('https://example.test/scene.zip');
    assert.equal(other.scene.getPages().length, 1);
    const failing = await Engine.create({ fetchResource: async () => { throw new Error('offline'); } });
    await assertRejectsCode(failing.scene.loadFromURL('https://example.test/x'), 'RESOURCE_UNAVAILABLE');
    await assertRejectsCode(failing.scene.loadFromURL(''), 'INVALID_VALUE');
  });
});

describe('design units', () => {
  it('converts every length of the scene when the unit changes', async () => {
    const { engine, page } = await createTestEngine();
    const block = addRect(engine, page, 300, 600, 150, 30);
    engine.block.setStrokeWidth(block, 3);
    const text = engine.block.create('text');
    engine.block.appendChild(page, text);
    engine.block.setTextFontSize(text, 20);
    engine.scene.setDesignUnit('Inch');
    assert.equal(engine.block.getWidth(page), 1080 / 300, 'pixels at 300 DPI become inches');
    assert.equal(engine.block.getPositionX(block), 1);
    assert.equal(engine.block.getPositionY(block), 2);
    assert.equal(engine.block.getWidth(block), 0.5);
    assert.equal(engine.block.getStrokeWidth(block), 0.01);
    assert.equal(engine.block.getTextFontSize(text), 20, 'font sizes stay in points');
    engine.scene.setDesignUnit('Millimeter');
    assert.ok(Math.abs(engine.block.getPositionX(block) - 25.4) < 1e-9);
    engine.editor.addUndoStep();
    engine.scene.setDesignUnit('Pixel');
    assert.ok(Math.abs(engine.block.getPositionX(block) - 300) < 1e-9);
    engine.editor.addUndoStep();
    engine.editor.undo();
    assert.equal(engine.scene.getDesignUnit(), 'Millimeter');
    assert.ok(Math.abs(engine.block.getPositionX(block) - 25.4) < 1e-9, 'undo restores the values and the unit');
  });
});

describe('capabilities, placeholders, export inclusion and state', () => {
  it('answers every supports… check by block type', async () => {
    const { engine, page } = await createTestEngine();
    const graphic = addRect(engine, page);
    const text = engine.block.create('text');
    const group = engine.block.create('group');
    const fill = engine.block.getFill(graphic)!;
    const image = engine.block.createFill('image');
    const checks: Array<[keyof Engine['block'], number, boolean]> = [
      ['supportsStroke', graphic, true], ['supportsStroke', group, false], ['supportsDropShadow', text, true], ['supportsDropShadow', page, false],
      ['supportsCrop', graphic, true], ['supportsCrop', text, false], ['supportsContentFillMode', page, true], ['supportsContentFillMode', text, false],
      ['supportsOpacity', group, true], ['supportsOpacity', fill, false], ['supportsBlendMode', text, true], ['supportsBackgroundColor', text, true],
      ['supportsBackgroundColor', graphic, false], ['supportsPlaceholderBehavior', image, true], ['supportsPlaceholderBehavior', fill, false],
      ['supportsPlaceholderBehavior', text, true], ['supportsPlaceholderControls', graphic, true], ['supportsPlaceholderControls', text, false],
      ['supportsVisibility', graphic, true], ['supportsFill', text, true], ['supportsEffects', page, true], ['supportsBlur', graphic, true],
    ];
    for (const [name, id, expected] of checks) assert.equal((engine.block[name] as (id: number) => boolean).call(engine.block, id), expected, `${String(name)}(${id})`);
    assertCode(() => engine.block.supportsStroke(999), 'INVALID_BLOCK');
  });

  it('configures placeholders on blocks and fills', async () => {
    const { engine, page } = await createTestEngine();
    const graphic = addRect(engine, page);
    const image = engine.block.createFill('image');
    engine.block.setFill(graphic, image);
    engine.block.setPlaceholderEnabled(graphic, true);
    engine.block.setPlaceholderBehaviorEnabled(image, true);
    assert.equal(engine.block.hasPlaceholderControls(graphic), false);
    engine.block.setPlaceholderControlsOverlayEnabled(graphic, true);
    engine.block.setPlaceholderControlsButtonEnabled(graphic, true);
    assert.equal(engine.block.isPlaceholderControlsOverlayEnabled(graphic), true);
    assert.equal(engine.block.isPlaceholderControlsButtonEnabled(graphic), true);
    assert.equal(engine.block.hasPlaceholderControls(graphic), true);
    assert.equal(engine.block.isPlaceholderBehaviorEnabled(image), true);
    assert.deepEqual(engine.block.findAllPlaceholders(), [graphic]);
    assert.deepEqual(engine.block.findAllPlaceholders(page), [graphic]);
    assertCode(() => engine.block.setPlaceholderBehaviorEnabled(page, true), 'UNKNOWN_PROPERTY');
    const saved = engine.scene.saveToStringSync();
    await engine.scene.loadFromString(saved);
    assert.equal(engine.block.isPlaceholderEnabled(graphic), true, 'saved');
  });

  it('keeps blocks out of exports on request and reports block state', async () => {
    const { engine, page } = await createTestEngine();
    const graphic = addRect(engine, page);
    assert.equal(engine.block.isIncludedInExport(graphic), true);
    engine.block.setIncludedInExport(graphic, false);
    assert.equal(engine.block.isIncludedInExport(graphic), false);
    assert.deepEqual(engine.block.getState(graphic), { type: 'Ready' });
    const changed: number[][] = [];
    engine.block.onStateChanged([graphic], (ids) => changed.push(ids));
    engine.block.setState(graphic, { type: 'Pending', progress: 0.5 });
    assert.deepEqual(engine.block.getState(graphic), { type: 'Pending', progress: 0.5 });
    engine.block.setState(graphic, { type: 'Error', error: 'ImageDecoding' });
    engine.block.setState(graphic, { type: 'Ready' });
    assert.deepEqual(changed, [[graphic], [graphic], [graphic]]);
    assertCode(() => engine.block.setState(graphic, { type: 'Pending', progress: 2 }), 'INVALID_VALUE');
    assertCode(() => engine.block.setState(graphic, { type: 'Broken' } as never), 'INVALID_VALUE');
  });

  it('tells whether a text references variables', async () => {
    const { engine, page } = await createTestEngine();
    const text = engine.block.create('text');
    engine.block.replaceText(text, 'Plain');
    assert.equal(engine.block.referencesAnyVariables(text), false);
    engine.block.replaceText(text, 'Hi {{ name }}');
    assert.equal(engine.block.referencesAnyVariables(text), true, 'also for a variable that is not defined');
    assert.equal(engine.block.referencesAnyVariables(page), false);
  });
});

describe('block serialization and addImage', () => {
  it('saves blocks to a string and loads them back as new, detached blocks', async () => {
    const { engine, page } = await createTestEngine();
    const graphic = addRect(engine, page, 5, 6);
    engine.block.setName(graphic, 'hero');
    const text = engine.block.create('text');
    engine.block.appendChild(page, text);
    engine.block.replaceText(text, 'Caption');
    engine.block.setTextColor(text, { r: 1, g: 0, b: 0, a: 1 }, 0, 3);
    const saved = await engine.block.saveToString([graphic, text]);
    engine.editor.addUndoStep();
    const loaded = await engine.block.loadFromString(saved);
    assert.equal(loaded.length, 2);
    assert.equal(engine.block.getName(loaded[0]!), 'hero');
    assert.equal(engine.block.getParent(loaded[0]!), null);
    assert.notEqual(engine.block.getUUID(loaded[0]!), engine.block.getUUID(graphic), 'UUIDs in use get new ones');
    assert.notEqual(engine.block.getFill(loaded[0]!), engine.block.getFill(graphic));
    assert.deepEqual(engine.block.getTextColors(loaded[1]!, 0, 3), [{ r: 1, g: 0, b: 0, a: 1 }]);
    engine.editor.addUndoStep();
    engine.editor.undo();
    assert.equal(engine.block.isValid(loaded[0]!), false, 'loading is undoable');
    const fresh = await Engine.create();
    fresh.scene.create('Free', { page: { size: { width: 100, height: 100 } } });
    const [copy] = await fresh.block.loadFromString(saved);
    assert.equal(fresh.block.getUUID(copy!), engine.block.getUUID(graphic), 'UUIDs not in use are kept');
    await assertRejectsCode(engine.block.loadFromString('{"format":"cesdk-web-components/blocks","version":3,"roots":[1],"blocks":[]}'), 'SCENE_INVALID');
    await assertRejectsCode(engine.block.loadFromString('nope'), 'SCENE_INVALID');
    await assertRejectsCode(engine.block.saveToString([engine.scene.get()!]), 'INVALID_VALUE');
  });

  it('refuses resource schemes that are not allowed, as CE.SDK', async () => {
    const { engine, page } = await createTestEngine();
    const image = await engine.block.addImage('blob:https://example.test/1234');
    engine.block.appendChild(page, image);
    await engine.block.saveToString([image]);
    await assertRejectsCode(engine.block.saveToString([image], ['http', 'https']), 'RESOURCE_UNAVAILABLE');
  });

  it('saves blocks to an archive and loads them back', async () => {
    const { engine, page } = await createTestEngine();
    const image = await engine.block.addImage('data:image/png;base64,iVBORw0KGgo=', { size: { width: 40, height: 30 } });
    engine.block.appendChild(page, image);
    const archive = await engine.block.saveToArchive([image]);
    const [loaded] = await engine.block.loadFromArchive(archive);
    assert.equal(engine.block.getWidth(loaded!), 40);
    const uri = engine.block.getString(engine.block.getFill(loaded!)!, 'fill/image/imageFileURI');
    assert.ok(uri.startsWith('blob:') || uri.startsWith('data:'), uri);
    const bytes = new Uint8Array(await archive.arrayBuffer());
    const viaUrl = await Engine.create({ fetchResource: async () => bytes });
    viaUrl.scene.create();
    assert.equal((await viaUrl.block.loadFromArchiveURL('https://example.test/blocks.zip')).length, 1);
  });

  it('adds an image block to the current page as CE.SDK addImage does', async () => {
    const { engine, page } = await createTestEngine();
    const image = await engine.block.addImage('https://example.test/a.jpg', {
      size: { width: 300, height: 200 }, x: 10, y: 20, cornerRadius: 8,
      shadow: { color: { r: 0, g: 0, b: 0, a: 0.5 }, offset: { x: 3, y: 4 }, blurRadius: { x: 5, y: 6 } },
      timeline: { timeOffset: 1, duration: 4 },
    });
    assert.equal(engine.block.getType(image), '//ly.img.ubq/graphic');
    assert.equal(engine.block.getKind(image), 'image');
    assert.deepEqual([engine.block.getPositionX(image), engine.block.getPositionY(image), engine.block.getWidth(image), engine.block.getHeight(image)], [10, 20, 300, 200]);
    assert.equal(engine.block.getFloat(engine.block.getShape(image)!, 'shape/rect/cornerRadiusTL'), 8);
    assert.equal(engine.block.getString(engine.block.getFill(image)!, 'fill/image/imageFileURI'), 'https://example.test/a.jpg');
    assert.equal(engine.block.getContentFillMode(image), 'Cover');
    assert.equal(engine.block.isDropShadowEnabled(image), true);
    assert.equal(engine.block.getDropShadowOffsetY(image), 4);
    assert.equal(engine.block.getDuration(image), 4);
    assert.equal(engine.block.getParent(image), page, 'added to the current page');
    const bare = await Engine.create();
    assert.equal(bare.block.getParent(await bare.block.addImage('https://example.test/b.jpg')), null, 'no scene: stays detached');
    await assertRejectsCode(engine.block.addImage(''), 'INVALID_VALUE');
    await assertRejectsCode(engine.block.addImage('https://example.test/a.jpg', { size: { width: -1, height: 1 } }), 'OUT_OF_RANGE');
  });
});

describe('frames, screen space, text lines and crop fitting', () => {
  it('reports frames, and screen-space boxes through a canvas bridge', async () => {
    const { engine, page } = await createTestEngine();
    const block = addRect(engine, page, 10, 20, 30, 40);
    assert.deepEqual([engine.block.getFrameX(block), engine.block.getFrameY(block), engine.block.getFrameWidth(block), engine.block.getFrameHeight(block)], [10, 20, 30, 40]);
    assertCode(() => engine.block.getScreenSpaceBoundingBoxXYWH([block]), 'INVALID_STATE');
    const release = engine.setCanvasBridge({ screenBoundingBox: (ids) => ({ x: ids.length, y: 2, width: 3, height: 4 }) });
    assert.deepEqual(engine.block.getScreenSpaceBoundingBoxXYWH([block, page]), { x: 2, y: 2, width: 3, height: 4 });
    assert.equal(engine.block.getScreenSpaceBoundingBoxWidth(block), 3);
    assert.deepEqual([engine.block.getScreenSpaceBoundingBoxX(block), engine.block.getScreenSpaceBoundingBoxY(block), engine.block.getScreenSpaceBoundingBoxHeight(block)], [1, 2, 4]);
    assertCode(() => engine.block.getScreenSpaceBoundingBoxXYWH([999]), 'INVALID_BLOCK');
    release();
    assertCode(() => engine.block.getScreenSpaceBoundingBoxX(block), 'INVALID_STATE');
  });

  it('measures auto-width text and counts its visible lines', async () => {
    const { engine, page } = await createTestEngine({
      textMeasurer: (request) => {
        const lines = request.text.split('\n');
        const lineHeight = request.fontSize;
        const width = request.autoWidth ? Math.max(...lines.map((line) => line.length)) * 5 : request.width;
        return { height: lines.length * lineHeight, width, lines: lines.map((_line, index) => ({ x: 0, y: index * lineHeight, width, height: lineHeight })) };
      },
    });
    const text = engine.block.create('text');
    engine.block.appendChild(page, text);
    engine.block.setPosition(text, 100, 200);
    engine.block.setWidthMode(text, 'Auto');
    engine.block.replaceText(text, 'one\ntwo\nthree');
    engine.block.setTextFontSize(text, 10);
    assert.equal(engine.block.getFrameWidth(text), 25, 'auto width comes from the measurer');
    assert.equal(engine.block.getFrameHeight(text), 30);
    assert.equal(engine.block.getTextVisibleLineCount(text), 3);
    assert.deepEqual(engine.block.getTextVisibleLineGlobalBoundingBoxXYWH(text, 1), { x: 100, y: 210, width: 25, height: 10 });
    engine.block.setHeightMode(text, 'Absolute');
    engine.block.setHeight(text, 15);
    assert.equal(engine.block.getTextVisibleLineCount(text), 2, 'a clipping frame hides the third line');
    assertCode(() => engine.block.getTextVisibleLineGlobalBoundingBoxXYWH(text, 2), 'OUT_OF_RANGE');
    assertCode(() => engine.block.getTextVisibleLineCount(page), 'INVALID_BLOCK');
  });

  it('counts hard lines without a measurer', async () => {
    const { engine, page } = await createTestEngine();
    const text = engine.block.create('text');
    engine.block.appendChild(page, text);
    engine.block.replaceText(text, 'a\nb');
    assert.equal(engine.block.getTextVisibleLineCount(text), 2);
  });

  it('scales cropped content to cover its frame again and resets the crop to Cover', async () => {
    const { engine, page } = await createTestEngine();
    const block = addRect(engine, page, 0, 0, 200, 200);
    engine.block.setCropRotation(block, Math.PI / 4);
    assert.ok(Math.abs(engine.block.adjustCropToFillFrame(block, 1) - Math.SQRT2) < 1e-9);
    assert.ok(Math.abs(engine.block.getCropScaleRatio(block) - Math.SQRT2) < 1e-9);
    assert.equal(engine.block.adjustCropToFillFrame(block, 3), 3, 'never below the minimum');
    engine.block.setCropAspectRatioLocked(block, true);
    assert.equal(engine.block.isCropAspectRatioLocked(block), true);
    engine.block.setContentFillMode(block, 'Crop');
    engine.block.resetCrop(block);
    assert.equal(engine.block.getContentFillMode(block), 'Cover');
    assert.equal(engine.block.getCropScaleRatio(block), 1);
    assertCode(() => engine.block.adjustCropToFillFrame(block, 0), 'INVALID_VALUE');
    assertCode(() => engine.block.adjustCropToFillFrame(page, 1), 'INVALID_BLOCK');
  });
});

describe('colors', () => {
  it('converts between sRGB and CMYK, and spot colors through their approximations', async () => {
    const { engine } = await createTestEngine();
    assert.deepEqual(engine.editor.convertColorToColorSpace({ r: 1, g: 0, b: 0, a: 0.5 }, 'CMYK'), { c: 0, m: 1, y: 1, k: 0, tint: 0.5 });
    assert.deepEqual(engine.editor.convertColorToColorSpace({ c: 0, m: 1, y: 1, k: 0, tint: 0.25 }, 'sRGB'), { r: 1, g: 0, b: 0, a: 0.25 });
    assert.deepEqual(engine.editor.convertColorToColorSpace({ r: 0, g: 0, b: 0, a: 1 }, 'CMYK'), { c: 0, m: 0, y: 0, k: 1, tint: 1 });
    engine.editor.setSpotColorRGB('Gold', 1, 0.8, 0);
    assert.deepEqual(engine.editor.convertColorToColorSpace({ name: 'Gold', tint: 0.5, externalReference: '' }, 'sRGB'), { r: 1, g: 0.8, b: 0, a: 0.5 });
    assert.deepEqual(engine.editor.getSpotColorCMYK('Gold'), { c: 0, m: 0.19999999999999996, y: 1, k: 0, tint: 1 }, 'CMYK from the RGB approximation');
    engine.editor.setSpotColorCMYK('Gold', 0, 0.2, 1, 0.1);
    assert.deepEqual(engine.editor.getSpotColorCMYK('Gold'), { c: 0, m: 0.2, y: 1, k: 0.1, tint: 1 });
    assert.deepEqual(engine.editor.getSpotColorRGBA('Gold'), { r: 1, g: 0.8, b: 0, a: 1 }, 'the RGB approximation stays');
    assert.deepEqual(engine.editor.getSpotColorRGBA('Undefined'), { r: 1, g: 0, b: 1, a: 1 }, 'magenta for an undefined spot color');
    assert.deepEqual(engine.editor.convertColorToColorSpace({ name: 'Gold', tint: 1, externalReference: '' }, 'SpotColor'), { name: 'Gold', tint: 1, externalReference: '' });
    assertCode(() => engine.editor.convertColorToColorSpace({ r: 1, g: 0, b: 0, a: 1 }, 'SpotColor'), 'INVALID_VALUE');
    assertCode(() => engine.editor.convertColorToColorSpace({ r: 2, g: 0, b: 0, a: 1 }, 'CMYK'), 'OUT_OF_RANGE');
    assertCode(() => engine.editor.convertColorToColorSpace({ r: 1, g: 0, b: 0, a: 1 }, 'Lab' as never), 'INVALID_VALUE');
    assertCode(() => engine.editor.setSpotColorCMYK('Gold', 0, 0, 2, 0), 'OUT_OF_RANGE');
  });

  it('assigns spot colors to cutout types', async () => {
    const { engine } = await createTestEngine();
    engine.editor.setSpotColorRGB('DieLine', 1, 0, 1);
    engine.editor.setSpotColorForCutoutType('Solid', 'DieLine');
    assert.equal(engine.editor.getSpotColorForCutoutType('Solid'), 'DieLine');
    assert.equal(engine.editor.getSpotColorForCutoutType('Dashed'), '');
    assertCode(() => engine.editor.setSpotColorForCutoutType('Solid', 'Nope'), 'NOT_FOUND');
    assertCode(() => engine.editor.setSpotColorForCutoutType('Dotted' as never, 'DieLine'), 'INVALID_VALUE');
    engine.editor.removeSpotColor('DieLine');
    assert.equal(engine.editor.getSpotColorForCutoutType('Solid'), '');
  });
});

describe('roles and block scopes, as CE.SDK documents them', () => {
  it('lets a Creator past block scopes under Defer and stops an Adopter', async () => {
    const { engine, page } = await createTestEngine();
    const block = addRect(engine, page);
    engine.block.setScopeEnabled(block, 'layer/move', false);
    engine.editor.setGlobalScope('layer/move', 'Defer');
    assert.equal(engine.block.isAllowedByScope(block, 'layer/move'), true);
    engine.block.setPositionX(block, 5);
    engine.editor.setGlobalScope('layer/move', 'Deny');
    assertCode(() => engine.block.setPositionX(block, 6), 'SCOPE_DENIED');
    engine.editor.setRole('Adopter');
    assert.equal(engine.editor.getGlobalScope('layer/move'), 'Defer');
    assertCode(() => engine.block.setPositionX(block, 7), 'SCOPE_DENIED');
    assert.equal(engine.block.getPositionX(block), 5);
  });
});

describe('the type property', () => {
  it('lists and reads `type` as CE.SDK does, read-only and never saved', async () => {
    const { engine, page } = await createTestEngine();
    const star = engine.block.createShape('star');
    assert.ok(engine.block.findAllProperties(star).includes('type'));
    assert.equal(engine.block.getString(star, 'type'), '//ly.img.ubq/shape/star');
    assert.equal(engine.block.getString(page, 'type'), '//ly.img.ubq/page');
    assert.equal(engine.block.isPropertyWritable('type'), false);
    assert.throws(() => engine.block.setString(star, 'type', '//ly.img.ubq/shape/rect'));
    const saved = JSON.parse(await engine.scene.saveToString()) as { blocks: Array<{ properties?: Record<string, unknown> }> };
    assert.ok(saved.blocks.every((block) => block.properties?.type === undefined), 'not saved as a property');
  });
});
