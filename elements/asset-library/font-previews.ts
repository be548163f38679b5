/**
 * The font list shows each font in its own typeface: a font's file is loaded once (through core/io,
 * from bytes, never a URL handed to CSS) under a private family name, and its tile uses that name.
 */
import { loadFont } from '../../core/io/index.js';

const families = new Map<string, string | null>();
let counter = 0;

/**
 * The CSS family under which the font at `uri` is ready, or undefined while it loads (or failed:
 * the tile then keeps the UI font). `onReady` runs once when it becomes ready.
 */
export function fontPreviewFamily(uri: string, onReady: () => void): string | undefined {
  const known = families.get(uri);
  if (known !== undefined) return known ?? undefined;
  const family = `cesdk-font-preview-${(counter += 1)}`;
  families.set(uri, null);
  loadFont({ uri, family }).then(
    () => {
      families.set(uri, family);
      onReady();
    },
    () => undefined,
  );
  return undefined;
}
