import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../elements/timeline/define.js';
import type { CesdkTimeline } from '../../elements/timeline/timeline.js';
import { deep, mountEditor, waitFor } from '../elements/editor-helpers.js';
import { buildTestScene } from './video-helpers.js';

const screenshot = (name: string) => executeServerCommand('page-screenshot', { name });
const center = (element: Element): [number, number] => {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
};

async function drag(from: [number, number], to: [number, number]): Promise<void> {
  await sendMouse({ type: 'move', position: from });
  await sendMouse({ type: 'down' });
  const steps = 6;
  for (let step = 1; step <= steps; step += 1) {
    await sendMouse({ type: 'move', position: [Math.round(from[0] + ((to[0] - from[0]) * step) / steps), Math.round(from[1] + ((to[1] - from[1]) * step) / steps)] });
  }
  await sendMouse({ type: 'up' });
}

async function click(at: [number, number]): Promise<void> {
  await sendMouse({ type: 'move', position: at });
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'up' });
}

/** The clip element of a block inside the timeline. */
function clipElement(timeline: CesdkTimeline, block: number): HTMLElement {
  const element = timeline.shadowRoot!.querySelector<HTMLElement>(`.clip[data-block="${block}"]`);
  if (!element) throw new Error(`no clip for block ${block}`);
  element.scrollIntoView({ block: 'nearest' });
  return element;
}

/** CSS pixels per second of the timeline, measured from a clip of known length. */
function pixelsPerSecond(timeline: CesdkTimeline, block: number, seconds: number): number {
  return clipElement(timeline, block).getBoundingClientRect().width / seconds;
}

describe('<cesdk-timeline>', function () {
  // Real decoding, encoding and playback: slower than the default 60 s on a busy machine.
  this.timeout(180_000);
  before(async () => {
    await setViewport({ width: 1280, height: 900 });
  });
  afterEach(async () => {
    await resetMouse();
  });

  it('appears in the editor for video scenes; split, trim, move and snap with pointer and keyboard, each undoable', async () => {
    const { editor, engine } = await mountEditor();
    expect(deep(editor, 'cesdk-timeline')).to.equal(null, 'no timeline for a design scene');
    const { page, clip, image } = await buildTestScene(engine);
    await waitFor(() => deep(editor, 'cesdk-timeline') !== null, 'the timeline appears');
    const timeline = deep<CesdkTimeline>(editor, 'cesdk-timeline')!;
    await timeline.updateComplete;
    await waitFor(() => timeline.shadowRoot!.querySelectorAll('.clip').length === 4, 'four clips');
    const track = engine.block.getParent(clip)!;
    const scale = pixelsPerSecond(timeline, clip, 3);
    const ruler = timeline.shadowRoot!.querySelector<HTMLElement>('.ruler')!;
    const rulerBox = ruler.getBoundingClientRect();
    const errors: unknown[] = [];
    editor.addEventListener('cesdk-error', (event) => errors.push(event.error));
    await new Promise((resolve) => setTimeout(resolve, 1500)); // thumbnails, waveform, first frames
    await screenshot('timeline-editor');
    expect(errors).to.deep.equal([]);

    // Select the video clip, put the playhead at 1.5 s on the ruler, split with the S key.
    await click(center(clipElement(timeline, clip)));
    expect(engine.block.findAllSelected()).to.deep.equal([clip]);
    await click([Math.round(rulerBox.left + 1.5 * scale), Math.round(rulerBox.top + rulerBox.height / 2)]);
    expect(engine.block.getPlaybackTime(page)).to.be.closeTo(1.5, 1.5 / scale + 0.01);
    engine.block.setPlaybackTime(page, 1.5);
    timeline.shadowRoot!.querySelector<HTMLElement>('.scroller')!.focus();
    await sendKeys({ press: 's' });
    const halves = engine.block.getChildren(track);
    expect(halves).to.have.length(2);
    const second = halves[1]!;
    expect(engine.block.getDuration(clip)).to.be.closeTo(1.5, 1e-9);
    expect(engine.block.getTimeOffset(second)).to.be.closeTo(1.5, 1e-9);
    engine.editor.undo();
    expect(engine.block.getChildren(track)).to.deep.equal([clip]);
    engine.editor.redo();
    await timeline.updateComplete;
    await screenshot('timeline-split');

    // Trim the end of the second half by half a second.
    const secondElement = clipElement(timeline, second);
    const endHandle = secondElement.querySelector('.handle.end')!;
    const [endX, endY] = center(endHandle);
    await drag([endX, endY], [Math.round(endX - 0.5 * scale), endY]);
    expect(engine.block.getDuration(second)).to.be.closeTo(1, 2 / scale);
    expect(engine.block.getTrimLength(engine.block.getFill(second)!)).to.be.closeTo(1, 2 / scale);
    engine.editor.undo();
    expect(engine.block.getDuration(second)).to.be.closeTo(1.5, 1e-9);
    engine.editor.redo();
    await timeline.updateComplete;

    // Trim the start of the second half by a quarter second: its media starts later, it gets shorter,
    // and in the track it still follows the first half.
    const secondFill = engine.block.getFill(second)!;
    const trimBefore = engine.block.getTrimOffset(secondFill);
    const startHandle = clipElement(timeline, second).querySelector('.handle.start')!;
    const [startX, startY] = center(startHandle);
    await drag([startX, startY], [Math.round(startX + 0.25 * scale), startY]);
    expect(engine.block.getDuration(second)).to.be.closeTo(0.75, 2 / scale);
    expect(engine.block.getTrimOffset(secondFill) - trimBefore).to.be.closeTo(0.25, 2 / scale);
    expect(engine.block.getTimeOffset(second)).to.be.closeTo(1.5, 1e-9, 'still right after the first half');
    engine.editor.undo();
    expect(engine.block.getTrimOffset(secondFill)).to.be.closeTo(trimBefore, 1e-9);
    expect(engine.block.getDuration(second)).to.be.closeTo(1, 2 / scale);
    await timeline.updateComplete;

    // Move the second half in front of the first: the track re-sequences them.
    const [secondX, secondY] = center(clipElement(timeline, second));
    await drag([secondX, secondY], [Math.round(clipElement(timeline, clip).getBoundingClientRect().left + 4), secondY]);
    expect(engine.block.getChildren(track)).to.deep.equal([second, clip]);
    expect(engine.block.getTimeOffset(second)).to.equal(0);
    engine.editor.undo();
    expect(engine.block.getChildren(track)).to.deep.equal([clip, second]);

    // Move the image on its own lane by 0.4 s, then drag its start near the playhead: it snaps there.
    await timeline.updateComplete;
    const [imageX, imageY] = center(clipElement(timeline, image));
    await drag([imageX, imageY], [Math.round(imageX + 0.4 * scale), imageY]);
    expect(engine.block.getTimeOffset(image)).to.be.closeTo(0.4, 2 / scale);
    engine.block.setTimeOffset(image, 0.4);
    engine.block.setPlaybackTime(page, 1.2);
    await timeline.updateComplete;
    const [movedX, movedY] = center(clipElement(timeline, image));
    await drag([movedX, movedY], [Math.round(movedX + 0.8 * scale + 4), movedY]);
    expect(engine.block.getTimeOffset(image)).to.be.closeTo(1.2, 1e-9, 'snapped to the playhead');
    await screenshot('timeline-moved');

    // Space plays and pauses; + zooms in.
    timeline.shadowRoot!.querySelector<HTMLElement>('.scroller')!.focus();
    await sendKeys({ press: 'Space' });
    expect(engine.block.isPlaying(page)).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await sendKeys({ press: 'Space' });
    expect(engine.block.isPlaying(page)).to.equal(false);
    await sendKeys({ press: '+' });
    await timeline.updateComplete;
    expect(pixelsPerSecond(timeline, image, engine.block.getDuration(image))).to.be.closeTo(scale * 1.5, 1);
  });

  it('appears for a design scene once it holds a video fill, and goes when that clip is deleted', async () => {
    const { editor, engine } = await mountEditor();
    expect(engine.scene.getMode()).to.equal('Design');
    expect(deep(editor, 'cesdk-timeline')).to.equal(null, 'no timeline for a still design');
    const page = engine.scene.getPages()[0]!;
    const clip = engine.block.create('graphic');
    engine.block.setShape(clip, engine.block.createShape('rect'));
    const fill = engine.block.createFill('video');
    engine.block.setString(fill, 'fill/video/fileURI', new URL('../fixtures/video/clip-640x360-3s.mp4', import.meta.url).href);
    engine.block.setFill(clip, fill);
    engine.block.setWidth(clip, 320);
    engine.block.setHeight(clip, 180);
    engine.block.appendChild(page, clip);
    engine.editor.addUndoStep();
    await waitFor(() => deep(editor, 'cesdk-timeline') !== null, 'the timeline appears for the video fill');
    const timeline = deep<CesdkTimeline>(editor, 'cesdk-timeline')!;
    await waitFor(() => timeline.shadowRoot!.querySelector(`.clip[data-block="${clip}"]`) !== null, 'the clip is on the timeline');
    engine.block.destroy(clip);
    engine.editor.addUndoStep();
    await waitFor(() => deep(editor, 'cesdk-timeline') === null, 'the timeline goes with the last time-based block');
  });

  it('works on its own: lanes, thumbnails, waveforms and playback without a canvas', async () => {
    const { engine, page, clip, audio } = await buildTestScene();
    const timeline = await fixture<CesdkTimeline>(html`<cesdk-timeline style="display:block; width: 900px; height: 260px" .engine=${engine}></cesdk-timeline>`);
    await timeline.updateComplete;
    const painted = (block: number) => {
      const canvas = clipElement(timeline, block).querySelector('canvas')!;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      for (let index = 3; index < data.length; index += 4) if (data[index]! > 0) return true;
      return false;
    };
    await waitFor(() => painted(clip) && painted(audio), 'thumbnails and waveform drawn', 15_000);
    await screenshot('timeline-standalone');
    timeline.togglePlayback();
    await waitFor(() => engine.block.getPlaybackTime(page) > 0.3, 'the playhead moves without a canvas', 8000);
    timeline.togglePlayback();
    expect(engine.block.isPlaying(page)).to.equal(false);
    timeline.remove();
  });
});
