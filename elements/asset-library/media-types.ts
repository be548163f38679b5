/** Which files the upload and drop paths treat as video or audio (the placing code loads on first use). */

/** Video and audio MIME types the upload accepts (where the browser can decode them). */
export const MEDIA_MIME_TYPES: readonly string[] = [
  'video/mp4', 'video/webm', 'video/quicktime', 'audio/mpeg', 'audio/wav', 'audio/ogg', 'audio/webm', 'audio/mp4',
];
/** File name endings the file picker offers besides the MIME types (some systems send no type). */
export const MEDIA_EXTENSIONS: readonly string[] = ['.mp4', '.m4v', '.webm', '.mov', '.mp3', '.wav', '.ogg', '.oga', '.opus', '.m4a'];

/** Whether a file looks like video or audio (by type or name), to route an upload. */
export function isMediaFile(file: File): boolean {
  return MEDIA_MIME_TYPES.includes(file.type) || file.type.startsWith('video/') || file.type.startsWith('audio/')
    || MEDIA_EXTENSIONS.some((extension) => file.name.toLowerCase().endsWith(extension));
}
