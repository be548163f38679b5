// The demo's own asset library: openly licensed photos, stickers and shapes from demo/assets/
// (licences in demo/assets/LICENSES), added through the public engine API as asset sources, which
// the editor's asset library shows as tabs of their own. Nothing here is part of the package.
import { setStrings } from '../dist/cesdk.js';

const base = new URL('./assets/', import.meta.url);

const labels = {
  en: { 'assets.source.demo.photos': 'Photos', 'assets.source.demo.stickers': 'Graphics' },
  de: { 'assets.source.demo.photos': 'Fotos', 'assets.source.demo.stickers': 'Grafiken' },
};

/** Adds the demo's photos and graphics to `engine` as two local asset sources. */
export async function addDemoAssets(engine) {
  for (const [locale, strings] of Object.entries(labels)) setStrings(locale, strings);
  const catalog = await fetch(new URL('catalog.json', base)).then((response) => response.json());
  engine.asset.addLocalSource('demo.photos');
  for (const photo of catalog.photos) {
    engine.asset.addAssetToSource('demo.photos', {
      id: photo.id,
      label: photo.label,
      tags: ['photo', photo.license],
      meta: {
        kind: 'image', uri: new URL(photo.file, base).href, thumbUri: new URL(photo.thumb, base).href,
        width: photo.width, height: photo.height, mimeType: 'image/jpeg', author: photo.author, license: photo.license,
      },
    });
  }
  engine.asset.addLocalSource('demo.stickers');
  for (const graphic of [...catalog.stickers, ...catalog.shapes]) {
    const uri = new URL(graphic.file, base).href;
    engine.asset.addAssetToSource('demo.stickers', {
      id: graphic.id,
      label: graphic.label,
      tags: ['graphic'],
      meta: { kind: 'sticker', uri, thumbUri: uri, width: graphic.width, height: graphic.height, mimeType: 'image/svg+xml' },
    });
  }
}
