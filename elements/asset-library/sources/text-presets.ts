/** The built-in text presets: heading, body and caption. */

/** One text preset. */
export interface TextPreset {
  /** Asset id. */
  id: 'heading' | 'body' | 'caption';
  /** Locale key of its name (also of the sample text: `<labelKey>.sample`). */
  labelKey: string;
  /** Font size in points. */
  fontSize: number;
  /** The engine's `text/fontWeight`. */
  fontWeight: string;
  /** Width of the new text box relative to the page width. */
  widthRatio: number;
}

/** The presets, in display order. */
export const TEXT_PRESETS: readonly TextPreset[] = [
  { id: 'heading', labelKey: 'assets.text.heading', fontSize: 48, fontWeight: 'Bold', widthRatio: 0.7 },
  { id: 'body', labelKey: 'assets.text.body', fontSize: 18, fontWeight: 'Normal', widthRatio: 0.6 },
  { id: 'caption', labelKey: 'assets.text.caption', fontSize: 12, fontWeight: 'Normal', widthRatio: 0.4 },
];
