/**
 * The export menu's strings, English and German, registered with the shared i18n tables by
 * `define.ts` (integrators override them with `setStrings`).
 */

/** English strings of `<cesdk-export-menu>`. */
export const exportMenuEn = {
  'exportMenu.open': 'Export',
  'exportMenu.dialog': 'Export options',
  'exportMenu.format': 'Format',
  'exportMenu.format.png': 'PNG image',
  'exportMenu.format.jpeg': 'JPEG image',
  'exportMenu.format.webp': 'WebP image',
  'exportMenu.format.pdf': 'PDF document',
  'exportMenu.format.svg': 'SVG vector image',
  'exportMenu.pages': 'Pages',
  'exportMenu.pages.all': 'All pages',
  'exportMenu.pages.current': 'Current page',
  'exportMenu.size': 'Size',
  'exportMenu.scale': '{scale}×',
  'exportMenu.customSize': 'Custom',
  'exportMenu.width': 'Width (px)',
  'exportMenu.height': 'Height (px)',
  'exportMenu.quality': 'Quality',
  'exportMenu.pdfCompatibility': 'High compatibility (rasterize images)',
  'exportMenu.pdfCompatibilityHint': 'Off embeds original image files: smaller, but an image file is passed on unchanged.',
  'exportMenu.start': 'Export',
  'exportMenu.cancel': 'Cancel',
  'exportMenu.progress': 'Exporting…',
  'exportMenu.canceled': 'Export canceled.',
  'exportMenu.failed': 'Export failed: {message}',
  'exportMenu.done': 'Exported.',
  'exportMenu.noEngine': 'Nothing to export yet.',
} as const;

/** German strings of `<cesdk-export-menu>`. */
export const exportMenuDe: Record<keyof typeof exportMenuEn, string> = {
  'exportMenu.open': 'Exportieren',
  'exportMenu.dialog': 'Exportoptionen',
  'exportMenu.format': 'Format',
  'exportMenu.format.png': 'PNG-Bild',
  'exportMenu.format.jpeg': 'JPEG-Bild',
  'exportMenu.format.webp': 'WebP-Bild',
  'exportMenu.format.pdf': 'PDF-Dokument',
  'exportMenu.format.svg': 'SVG-Vektorgrafik',
  'exportMenu.pages': 'Seiten',
  'exportMenu.pages.all': 'Alle Seiten',
  'exportMenu.pages.current': 'Aktuelle Seite',
  'exportMenu.size': 'Größe',
  'exportMenu.scale': '{scale}×',
  'exportMenu.customSize': 'Eigene',
  'exportMenu.width': 'Breite (px)',
  'exportMenu.height': 'Höhe (px)',
  'exportMenu.quality': 'Qualität',
  'exportMenu.pdfCompatibility': 'Hohe Kompatibilität (Bilder rastern)',
  'exportMenu.pdfCompatibilityHint': 'Aus bettet Originalbilddateien ein: kleiner, aber eine Bilddatei wird unverändert weitergegeben.',
  'exportMenu.start': 'Exportieren',
  'exportMenu.cancel': 'Abbrechen',
  'exportMenu.progress': 'Wird exportiert…',
  'exportMenu.canceled': 'Export abgebrochen.',
  'exportMenu.failed': 'Export fehlgeschlagen: {message}',
  'exportMenu.done': 'Exportiert.',
  'exportMenu.noEngine': 'Noch nichts zu exportieren.',
};
