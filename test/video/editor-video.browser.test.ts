import { expect } from '@open-wc/testing';
import { executeServerCommand, sendMouse, setViewport } from '@web/test-runner-commands';
import type { CesdkAssetLibrary } from '../../elements/asset-library/asset-library.js';
import type { CesdkExportMenu } from '../../elements/export-menu/export-menu.js';
import type { CesdkErrorEvent, CesdkExportEvent } from '../../elements/shared/events.js';
import { deep, mountEditor, waitFor } from '../elements/editor-helpers.js';
import { decodeVideo, fixtureUrl } from './video-helpers.js';

async function fixtureFile(path: string, name: string, type: string): Promise<File> {
  return new File([await (await fetch(fixtureUrl(path))).arrayBuffer()], name, { type });
}

describe('video in <cesdk-editor>', function () {
  // Real decoding, encoding and playback: slower than the default 60 s on a busy machine.
  this.timeout(180_000);
  before(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  it('uploads video and audio from the asset library, refuses files it cannot play, and exports MP4 with progress and Cancel', async () => {
    const { editor, engine } = await mountEditor();
    engine.scene.createVideo({ page: { size: { width: 640, height: 360 } } });
    const page = engine.scene.getPages()[0]!;
    const errors: CesdkErrorEvent[] = [];
    editor.addEventListener('cesdk-error', (event) => errors.push(event));
    await waitFor(() => deep(editor, 'cesdk-asset-library') !== null, 'the library');
    const library = deep<CesdkAssetLibrary>(editor, 'cesdk-asset-library')!;
    await library.upload([
      await fixtureFile('video/clip-640x360-3s.webm', 'clip.webm', 'video/webm'),
      await fixtureFile('audio/tone-4s.mp3', 'tone.mp3', 'audio/mpeg'),
      await fixtureFile('hostile/random-bytes.jpg', 'broken.mp4', 'video/mp4'),
      new File([new Uint8Array(0)], 'empty.wav', { type: 'audio/wav' }),
    ]);
    expect(errors.map((event) => event.error.code)).to.deep.equal(['UNSUPPORTED_FORMAT', 'EMPTY_FILE']);
    expect(errors[0]!.error.message).to.contain('broken.mp4');
    const track = engine.block.getChildren(page).find((child) => engine.block.getType(child).endsWith('/track'))!;
    const [clip] = engine.block.getChildren(track);
    expect(engine.block.getFill(clip!)).to.not.equal(null);
    expect(engine.block.getString(engine.block.getFill(clip!)!, 'fill/video/fileURI')).to.match(/^blob:/);
    expect([engine.block.getWidth(clip!), engine.block.getHeight(clip!)]).to.deep.equal([640, 360]);
    expect(engine.block.getDuration(page)).to.be.closeTo(3, 0.02, 'the background track decides the page duration');
    const audio = engine.block.findByType('audio');
    expect(audio).to.have.length(1);
    expect(engine.block.getDuration(audio[0]!)).to.be.closeTo(4, 0.05);
    // The inspector shows the clip's sound: a click on Muted mutes its video fill, one undo step.
    engine.block.select(clip!);
    const fill = engine.block.getFill(clip!)!;
    await waitFor(() => deep(editor, 'cesdk-inspector')?.shadowRoot?.querySelector('[part~=sound] cesdk-toggle') != null, 'the sound section');
    const mute = deep(editor, 'cesdk-inspector')!.shadowRoot!.querySelector('[part~=sound] cesdk-toggle')!.shadowRoot!.querySelector<HTMLElement>('[part=switch]')!;
    const box = mute.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await waitFor(() => engine.block.isMuted(fill), 'the clip muted');
    engine.editor.undo();
    expect(engine.block.isMuted(fill)).to.equal(false, 'undo unmutes');
    expect(engine.block.getVolume(fill)).to.equal(1);
    await waitFor(() => deep(editor, 'cesdk-timeline') !== null, 'the timeline');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await executeServerCommand('page-screenshot', { name: 'editor-video-upload' });

    // Export MP4 from the export menu: progress with frames, Cancel, then a full export.
    const toolbar = deep(editor, 'cesdk-toolbar')!;
    await waitFor(() => deep(toolbar, 'cesdk-export-menu') !== null, 'the export menu');
    const menu = deep<CesdkExportMenu>(toolbar, 'cesdk-export-menu')!;
    menu.open = true;
    await menu.updateComplete;
    const formats = [...menu.shadowRoot!.querySelectorAll('select[part=format] option')].map((option) => (option as HTMLOptionElement).value);
    expect(formats).to.include.members(['video/mp4', 'video/webm']);
    menu.mimeType = 'video/mp4';
    menu.progressDelay = 0;
    await menu.updateComplete;
    const first = menu.exportNow();
    await waitFor(() => menu.shadowRoot!.querySelector('[part=frames]') !== null, 'video progress with frames', 20_000);
    await executeServerCommand('page-screenshot', { name: 'editor-video-export-progress' });
    expect(menu.shadowRoot!.querySelector('[part=frames]')!.textContent).to.match(/Frame \d+ of 90/);
    // After a few frames the estimated time left joins the frame count.
    await waitFor(() => /about \d+ s left/.test(menu.shadowRoot!.querySelector('[part=frames]')?.textContent ?? ''), 'the time left', 60_000);
    await executeServerCommand('page-screenshot', { name: 'editor-video-export-time-left' });
    (menu.shadowRoot!.querySelector('[part=cancel]') as HTMLButtonElement).click();
    expect(await first).to.equal(undefined);
    const exported = new Promise<CesdkExportEvent>((resolve) => editor.addEventListener('cesdk-export', (event) => {
      event.preventDefault();
      resolve(event);
    }, { once: true }));
    const blob = await menu.exportNow();
    expect(blob?.type).to.equal('video/mp4');
    const event = await exported;
    const video = await decodeVideo(event.detail.blob);
    expect(video.frameCount).to.equal(90);
    expect(video.audioCodec).to.not.equal(null);
    video.dispose();
    expect(engine.block.getPlaybackTime(page)).to.equal(0);
  });

  it('shows a broken video as a placeholder with an error event, and keeps working', async () => {
    const { editor, engine } = await mountEditor();
    engine.scene.createVideo({ page: { size: { width: 640, height: 360 } } });
    const page = engine.scene.getPages()[0]!;
    const errors: CesdkErrorEvent[] = [];
    editor.addEventListener('cesdk-error', (event) => errors.push(event));
    const broken = URL.createObjectURL(new Blob([new Uint8Array(4096).map((_, index) => (index * 7919) % 251)], { type: 'video/mp4' }));
    const clip = engine.block.create('graphic');
    engine.block.setShape(clip, engine.block.createShape('rect'));
    const fill = engine.block.createFill('video');
    engine.block.setString(fill, 'fill/video/fileURI', broken);
    engine.block.setFill(clip, fill);
    engine.block.setWidth(clip, 320);
    engine.block.setHeight(clip, 180);
    engine.block.appendChild(page, clip);
    await waitFor(() => errors.length > 0, 'an error event for the broken video', 15_000);
    expect(['UNSUPPORTED_FORMAT', 'DECODE_FAILED']).to.include(errors[0]!.error.code);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await executeServerCommand('page-screenshot', { name: 'editor-broken-video' });
    // The editor keeps working: edits, undo and a still export.
    const text = engine.editor.transact('Add text', () => {
      const created = engine.block.create('text');
      engine.block.replaceText(created, 'Still here');
      engine.block.appendChild(page, created);
      return created;
    });
    engine.editor.undo();
    expect(engine.block.isValid(text)).to.equal(false);
    const png = await engine.block.export(page, { mimeType: 'image/png' });
    expect(png.size).to.be.above(100);
    // The clip (top left, 320 × 180 of the 640 × 360 page) shows the placeholder's neutral grey checker.
    const bitmap = await createImageBitmap(png);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const scale = bitmap.width / 640;
    const greys = [[6, 6], [150, 12], [300, 20], [12, 170], [300, 170]].filter(([x, y]) => {
      const [r, g, b] = context.getImageData(Math.round(x! * scale), Math.round(y! * scale), 1, 1).data;
      return Math.max(r!, g!, b!) - Math.min(r!, g!, b!) <= 8 && r! >= 170 && r! <= 235;
    });
    expect(greys.length, 'placeholder grey where the clip is').to.be.at.least(4);
    await engine.block.forceLoadAVResource(fill).then(() => expect.fail('loads'), (error: unknown) => {
      expect((error as { code?: string }).code).to.be.oneOf(['UNSUPPORTED_FORMAT', 'DECODE_FAILED']);
    });
  });
});
