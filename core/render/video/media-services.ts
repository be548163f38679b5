/**
 * Gives an engine what it cannot do without a browser: media metadata from the shared file cache,
 * video thumbnails and waveform peaks (`block.generateVideoThumbnailSequence`,
 * `generateAudioThumbnailSequence`). The decoding parts load on first use.
 */
import type { Engine, MediaServices } from '../../engine/index.js';
import type { AssetLoader } from '../../io/index.js';

/**
 * Registers the media services of `assets` on `engine`, with `extra` services of other layers (the
 * exporters' page renderer); returns the function that unregisters them.
 */
export function registerMediaServices(engine: Engine, assets: AssetLoader, extra: Pick<MediaServices, 'pageThumbnails'> = {}): () => void {
  const lazy = () => import('./thumbnails.js');
  const services: MediaServices = {
    ...extra,
    loadAVResource: async (uri) => {
      const { MediaFiles } = await import('../../io/media/media-files.js');
      return MediaFiles.for(assets).info(uri);
    },
    videoThumbnails: (request) => {
      const job = { cancelled: false };
      void lazy().then((module) => module.videoThumbnails(assets, request, job));
      return () => void (job.cancelled = true);
    },
    audioThumbnails: (request) => {
      const job = { cancelled: false };
      void lazy().then((module) => module.audioThumbnails(assets, request, job));
      return () => void (job.cancelled = true);
    },
  };
  return engine.registerMediaServices(services);
}
