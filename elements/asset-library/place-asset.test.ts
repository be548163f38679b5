import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CesdkError, Engine } from '../../core/engine/index.js';
import { applyFont, placeImage, placeShape, placeText } from './place-asset.js';

async function engineWithPage() {
  const engine = await Engine.create();
  engine.scene.create('Free', { page: { size: { width: 1080, height: 1080 } } });
  const page = engine.scene.getCurrentPage()!;
  engine.block.setWidth(page, 1000);
  engine.block.setHeight(page, 800);
  return { engine, page };
}

test('shapes, text presets and images are placed centred (or at a point), selected, one undo step each', async () => {
  const { engine, page } = await engineWithPage();
  const star = placeShape(engine, { id: 'star', label: 'Star', meta: { shapeType: 'star' } });
  assert.equal(engine.block.getType(engine.block.getShape(star)!), '//ly.img.ubq/shape/star');
  assert.equal(engine.block.getPositionX(star) + engine.block.getWidth(star) / 2, 500);
  assert.deepEqual(engine.block.findAllSelected(), [star]);
  const heading = placeText(engine, { id: 'heading', label: 'Heading', meta: { preset: 'heading' } }, { page, x: 300, y: 200 });
  assert.equal(engine.block.getString(heading, 'text/text'), 'Heading');
  assert.equal(engine.block.getFloat(heading, 'text/fontSize'), 48);
  assert.equal(engine.block.getPositionX(heading) + engine.block.getWidth(heading) / 2, 300);
  const image = placeImage(engine, { id: 'photo', meta: { uri: 'https://example.invalid/photo.jpg', width: 2000, height: 1000 } });
  assert.equal(engine.block.getWidth(image) / engine.block.getHeight(image), 2);
  assert.ok(engine.block.getWidth(image) <= 400);
  assert.deepEqual(engine.block.getChildren(page), [star, heading, image]);
  engine.editor.undo();
  engine.editor.undo();
  assert.deepEqual(engine.block.getChildren(page), [star]);
  engine.dispose();
});

test('bad assets are refused with typed errors and change nothing', async () => {
  const { engine, page } = await engineWithPage();
  assert.throws(() => placeShape(engine, { id: 'blob', meta: { shapeType: 'blob' } }), (error: unknown) => error instanceof CesdkError && error.code === 'NOT_FOUND');
  assert.throws(() => placeImage(engine, { id: 'nothing', meta: {} }), (error: unknown) => error instanceof CesdkError && error.code === 'INVALID_VALUE');
  assert.throws(() => applyFont(engine, { id: 'font', meta: { uri: 42 } }), (error: unknown) => error instanceof CesdkError && error.code === 'INVALID_VALUE');
  assert.deepEqual(engine.block.getChildren(page), []);
  engine.dispose();
});

test('a font applies to the selected texts only, in one step', async () => {
  const { engine, page } = await engineWithPage();
  const text = placeText(engine, { id: 'body', label: 'Body', meta: { preset: 'body' } });
  const other = placeText(engine, { id: 'caption', label: 'Caption', meta: { preset: 'caption' } });
  engine.block.select(text);
  const font = { id: 'lato-bold', meta: { uri: 'fonts/Lato-Bold.ttf', family: 'Lato', weight: 'Bold', style: 'Normal' } };
  assert.equal(applyFont(engine, font), text);
  assert.equal(engine.block.getString(text, 'text/typeface'), 'Lato');
  assert.equal(engine.block.getEnum(text, 'text/fontWeight'), 'Bold');
  assert.equal(engine.block.getString(other, 'text/typeface'), '');
  engine.editor.undo();
  assert.equal(engine.block.getString(text, 'text/typeface'), '');
  engine.block.select(page);
  assert.equal(applyFont(engine, font), undefined);
  engine.dispose();
});
