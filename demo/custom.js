// The custom-layout demo's script (a module file, not inline, so the page runs under a strict CSP).
import { Engine } from '../dist/cesdk.js';

// The page makes its own engine, licensed with the key `npm start` serves for this origin,
// and gives it to the canvas; the layers and the inspector follow the canvas by id.
const config = await fetch('./config.json').then((response) => (response.ok ? response.json() : {})).catch(() => ({}));
const engine = await Engine.create({ license: config.license, licenseServer: config.licenseServer });
engine.scene.create('Free', { page: { size: { width: 1080, height: 1080 } } });
const canvas = document.getElementById('main-canvas');
canvas.engine = engine;
await canvas.ready;
const page = () => engine.scene.getCurrentPage() ?? engine.scene.getPages()[0];

document.getElementById('add-text').addEventListener('click', () => {
  const text = engine.editor.transact('Add headline', () => {
    const block = engine.block.create('text');
    engine.block.replaceText(block, 'Hello from my app');
    engine.block.setFloat(block, 'text/fontSize', 48);
    engine.block.setWidth(block, 600);
    engine.block.setHeight(block, 80);
    engine.block.setPositionX(block, 80);
    engine.block.setPositionY(block, 80);
    engine.block.appendChild(page(), block);
    return block;
  });
  engine.block.select(text);
});
document.getElementById('add-box').addEventListener('click', () => {
  const box = engine.editor.transact('Add box', () => {
    const block = engine.block.create('graphic');
    engine.block.setShape(block, engine.block.createShape('rect'));
    const fill = engine.block.createFill('color');
    engine.block.setColor(fill, 'fill/color/value', { r: 0.11, g: 0.31, b: 0.85, a: 1 });
    engine.block.setFill(block, fill);
    engine.block.setWidth(block, 240);
    engine.block.setHeight(block, 240);
    engine.block.setPositionX(block, 200);
    engine.block.setPositionY(block, 240);
    engine.block.appendChild(page(), block);
    return block;
  });
  engine.block.select(box);
});
document.getElementById('undo').addEventListener('click', () => engine.editor.canUndo() && engine.editor.undo());
document.getElementById('redo').addEventListener('click', () => engine.editor.canRedo() && engine.editor.redo());
document.getElementById('save').addEventListener('click', async () => console.log(await engine.scene.saveToString()));
document.getElementById('theme').addEventListener('click', (event) => {
  const dark = document.documentElement.dataset.cesdkTheme !== 'dark';
  document.documentElement.dataset.cesdkTheme = dark ? 'dark' : 'light';
  event.target.textContent = dark ? 'Light theme' : 'Dark theme';
});
