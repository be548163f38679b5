/**
 * Uploads of every media format #13 names (MP4, WebM, MOV, MP3, WAV, Ogg) through the asset library of
 * <cesdk-editor>. MOV and Ogg have no checked-in fixture: they are made here from the MP4 and the WAV
 * with mediabunny (a remux into QuickTime, an Opus encode into Ogg), so the files are real.
 */
import { expect } from '@open-wc/testing';
import { ALL_FORMATS, BlobSource, BufferTarget, Conversion, Input, MovOutputFormat, OggOutputFormat, Output } from 'mediabunny';
import type { CesdkAssetLibrary } from '../../elements/asset-library/asset-library.js';
import type { CesdkErrorEvent } from '../../elements/shared/events.js';
import { deep, mountEditor, waitFor } from '../elements/editor-helpers.js';
import { fixtureUrl } from './video-helpers.js';

async function fixtureBlob(path: string): Promise<Blob> {
  return (await fetch(fixtureUrl(path))).blob();
}

/** Converts `source` into the container `format` (remuxing where the codecs fit, encoding otherwise). */
async function convert(source: Blob, format: MovOutputFormat | OggOutputFormat): Promise<ArrayBuffer> {
  const input = new Input({ source: new BlobSource(source), formats: ALL_FORMATS });
  const target = new BufferTarget();
  const conversion = await Conversion.init({ input, output: new Output({ format, target }) });
  expect(conversion.isValid, `conversion to ${format.constructor.name}`).to.equal(true);
  await conversion.execute();
  return target.buffer!;
}

describe('media uploads in every named format', function () {
  this.timeout(180_000);

  it('places MP4, WebM and MOV as clips and MP3, WAV and Ogg as sounds, each with its own length', async () => {
    const mov = await convert(await fixtureBlob('video/clip-640x360-3s.mp4'), new MovOutputFormat());
    const ogg = await convert(await fixtureBlob('audio/tone-4s.wav'), new OggOutputFormat());
    const files = [
      new File([await fixtureBlob('video/clip-640x360-3s.mp4')], 'clip.mp4', { type: 'video/mp4' }),
      new File([await fixtureBlob('video/clip-640x360-3s.webm')], 'clip.webm', { type: 'video/webm' }),
      new File([mov], 'clip.mov', { type: 'video/quicktime' }),
      new File([await fixtureBlob('audio/tone-4s.mp3')], 'tone.mp3', { type: 'audio/mpeg' }),
      new File([await fixtureBlob('audio/tone-4s.wav')], 'tone.wav', { type: 'audio/wav' }),
      new File([ogg], 'tone.ogg', { type: 'audio/ogg' }),
    ];
    const { editor, engine } = await mountEditor();
    engine.scene.createVideo({ page: { size: { width: 640, height: 360 } } });
    const page = engine.scene.getPages()[0]!;
    const errors: CesdkErrorEvent[] = [];
    editor.addEventListener('cesdk-error', (event) => errors.push(event));
    await waitFor(() => deep(editor, 'cesdk-asset-library') !== null, 'the library');
    await deep<CesdkAssetLibrary>(editor, 'cesdk-asset-library')!.upload(files);
    expect(errors.map((event) => `${event.error.code}: ${event.error.message}`)).to.deep.equal([]);
    const track = engine.block.getChildren(page).find((child) => engine.block.getType(child).endsWith('/track'))!;
    const clips = engine.block.getChildren(track);
    expect(clips).to.have.length(3, 'MP4, WebM and MOV on the background track');
    for (const clip of clips) {
      const fill = engine.block.getFill(clip)!;
      expect(engine.block.getAVResourceTotalDuration(fill)).to.be.closeTo(3, 0.05);
      expect([engine.block.getVideoWidth(fill), engine.block.getVideoHeight(fill)]).to.deep.equal([640, 360]);
    }
    expect(engine.block.getDuration(page)).to.be.closeTo(9, 0.1, 'three 3-second clips in sequence');
    const sounds = engine.block.findByType('audio');
    expect(sounds).to.have.length(3, 'MP3, WAV and Ogg as audio blocks');
    for (const sound of sounds) expect(engine.block.getDuration(sound)).to.be.closeTo(4, 0.1);
  });
});
