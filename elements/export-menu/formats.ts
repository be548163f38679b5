/**
 * The export menu's formats, sizes and the download fallback (used only when no handler took the file).
 */
import type { ExportMimeType } from '../../core/export/index.js';

/** The formats the menu offers, with their file extensions. */
export const FORMATS: ReadonlyArray<{ mimeType: ExportMimeType; key: string; extension: string }> = [
  { mimeType: 'image/png', key: 'exportMenu.format.png', extension: 'png' },
  { mimeType: 'image/jpeg', key: 'exportMenu.format.jpeg', extension: 'jpg' },
  { mimeType: 'image/webp', key: 'exportMenu.format.webp', extension: 'webp' },
  { mimeType: 'application/pdf', key: 'exportMenu.format.pdf', extension: 'pdf' },
  { mimeType: 'image/svg+xml', key: 'exportMenu.format.svg', extension: 'svg' },
];

/** The video formats, offered when the scene has time-based content. */
export const VIDEO_FORMATS: ReadonlyArray<{ mimeType: 'video/mp4' | 'video/webm'; key: string; extension: string }> = [
  { mimeType: 'video/mp4', key: 'exportMenu.format.mp4', extension: 'mp4' },
  { mimeType: 'video/webm', key: 'exportMenu.format.webm', extension: 'webm' },
];

/** The frame rates the video menu offers. */
export const FRAME_RATES = [24, 25, 30, 60];

/** Whether a menu format is a video. */
export function isVideoType(mimeType: string): mimeType is 'video/mp4' | 'video/webm' {
  return mimeType === 'video/mp4' || mimeType === 'video/webm';
}

/** The scales the size menu offers (1 = the design's own pixel size). */
export const SCALES = [0.5, 1, 2, 3];

/** A positive whole number from an input's text, or undefined. */
export function numberOrUndefined(value: string): number | undefined {
  const parsed = Number(value);
  return Number.isFinite(parsed) && parsed > 0 ? Math.round(parsed) : undefined;
}

/** The file extension of an export MIME type. */
export function extensionOf(mimeType: string): string {
  return [...FORMATS, ...VIDEO_FORMATS].find((format) => format.mimeType === mimeType)?.extension ?? 'bin';
}

/** Offers `blob` as a download through a temporary link; the object URL is revoked right after. */
export function offerDownload(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
