/// <reference types="mocha" />
/**
 * Text is only text (issue #14): pasting HTML into a text pastes its plain text (a real paste from
 * the system clipboard, through the browser's own Paste command), and script-like payloads in every
 * string a scene carries (block, page and scene names, texts, text variables, metadata, kinds) are
 * only ever shown as text: in the canvas, the layers panel, the inspector, the SVG and the saved
 * scene. No script runs and no element is made from them.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { deep, mountEditor, waitFor } from '../elements/editor-helpers.js';

type Canvas = HTMLElement & { startTextEditing(id: number): void; editingTextBlock: number | undefined; updateComplete: Promise<unknown> };
type Flagged = Window & { __cesdkPwned?: unknown };

const flag = (name: string) => `window.__cesdkPwned='${name}'`;
/** Every way a string could turn into markup or code if anything parsed it. */
const PAYLOADS = [
  `<img src=x onerror="${flag('img')}">`,
  `<script>${flag('script')}</script>`,
  `"><svg onload="${flag('svg')}">`,
  `javascript:${flag('url')}`,
  `{{constructor.constructor('${flag('template')}')()}}`,
  `\${${flag('literal')}}`,
  `<iframe srcdoc="<script>parent.${flag('srcdoc')}</script>">`,
];

/** All elements in a tree of shadow roots. */
function allElements(root: ParentNode, found: Element[] = []): Element[] {
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) allElements(element.shadowRoot, found);
  }
  return found;
}

describe('text is only text', () => {
  afterEach(() => {
    expect((window as Flagged).__cesdkPwned, 'a payload ran').to.equal(undefined);
  });

  it('pasting HTML into a text pastes its plain text', async () => {
    const { editor, engine } = await mountEditor();
    const text = engine.block.create('text');
    engine.block.replaceText(text, 'x');
    engine.block.appendChild(engine.scene.getCurrentPage()!, text);
    const canvas = deep<Canvas>(editor, 'cesdk-canvas')!;
    canvas.startTextEditing(text);
    await waitFor(() => canvas.editingTextBlock === text, 'text editing');
    const textarea = canvas.shadowRoot!.querySelector('textarea')!;
    textarea.select();
    // The paste really offers HTML (so the test would see HTML pasted as markup or as tags).
    let offeredHtml = '';
    textarea.addEventListener('paste', (event) => { offeredHtml = event.clipboardData?.getData('text/html') ?? ''; }, { once: true });
    await executeServerCommand('clipboard-paste', {
      html: `<b>Bold</b> and <a href="https://example.com">a link</a><img src=x onerror="${flag('paste')}"><script>${flag('paste-script')}</script>`,
      text: 'Bold and a link',
    });
    await waitFor(() => textarea.value !== 'x', 'the paste');
    expect(offeredHtml).to.contain('<b>Bold</b>');
    expect(textarea.value).to.equal('Bold and a link');
    textarea.blur();
    await waitFor(() => canvas.editingTextBlock === undefined, 'the end of text editing');
    expect(engine.block.getString(text, 'text/text')).to.equal('Bold and a link');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const fromPaste = allElements(editor.shadowRoot!).filter((element) => element.tagName === 'SCRIPT'
      || (element.tagName === 'IMG' && element.getAttribute('src') === 'x')
      || (element.tagName === 'A' && element.getAttribute('href') === 'https://example.com')
      || (element.tagName === 'B' && element.textContent === 'Bold'));
    expect(fromPaste.map((element) => element.outerHTML)).to.deep.equal([]);
  });

  it('script-like payloads in every string field are rendered as text only', async () => {
    const { editor, engine } = await mountEditor();
    const payload = PAYLOADS.join(' ');
    const scene = engine.scene.get()!;
    const page = engine.scene.getCurrentPage()!;
    engine.block.setName(scene, `scene ${payload}`);
    engine.block.setName(page, `page ${payload}`);
    engine.block.setMetadata(page, 'note', payload);
    for (const [index, value] of PAYLOADS.entries()) engine.variable.setString(`v${index}`, value);
    const texts = PAYLOADS.map((value, index) => {
      const text = engine.block.create('text');
      engine.block.replaceText(text, `${value} {{v${index}}}`);
      engine.block.setName(text, value);
      engine.block.setKind(text, value);
      engine.block.setMetadata(text, value, value);
      engine.block.setPositionY(text, 60 * index);
      engine.block.appendChild(page, text);
      return text;
    });
    const group = engine.block.group(texts.slice(0, 2));
    engine.block.setName(group, payload);
    // Every panel that shows names or texts.
    for (const panel of ['layers', 'pages', 'inspector', 'assets'] as const) {
      (editor as unknown as { showPanel(name: string): void }).showPanel(panel);
      engine.block.select(texts[3]!);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    const layers = deep(editor, 'cesdk-layers');
    if (layers) expect(layers.shadowRoot!.textContent, 'names show as text in the layers').to.contain('<img src=x');
    // Exports and saves carry the strings as data.
    const svg = await (await engine.block.export(page, { mimeType: 'image/svg+xml' })).text();
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(parsed.querySelector('parsererror'), 'the SVG is well-formed').to.equal(null);
    for (const element of parsed.querySelectorAll('*')) {
      expect(['script', 'img', 'iframe', 'foreignObject'], `element ${element.tagName}`).to.not.include(element.tagName);
      for (const attribute of element.attributes) expect(attribute.name.startsWith('on'), `attribute ${attribute.name}`).to.equal(false);
    }
    expect(parsed.documentElement.textContent).to.contain('<script>');
    const saved = await engine.scene.saveToString();
    expect(JSON.parse(saved)).to.be.an('object');
    expect(saved).to.contain('onerror');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const made = allElements(editor.shadowRoot!).filter((element) => ['IMG', 'SCRIPT', 'IFRAME'].includes(element.tagName) && (element.getAttribute('src') === 'x' || element.tagName !== 'IMG'));
    expect(made.map((element) => element.outerHTML)).to.deep.equal([]);
    const handlers = allElements(editor.shadowRoot!).flatMap((element) => [...element.attributes].filter((attribute) => attribute.name === 'onerror' || attribute.name === 'onload').map((attribute) => attribute.name));
    expect(handlers).to.deep.equal([]);
  });
});
