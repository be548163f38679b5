/** Ids of the built-in asset sources registered by `registerBuiltInAssetSources`. */
export const SHAPE_SOURCE_ID = 'ly.img.shape';
/** Text presets: heading, body, caption. */
export const TEXT_SOURCE_ID = 'ly.img.text';
/** The built-in stickers. */
export const STICKER_SOURCE_ID = 'ly.img.sticker';
/** Images the user uploaded in this session (object URLs). */
export const IMAGE_UPLOAD_SOURCE_ID = 'ly.img.image.upload';
/** Videos the user uploaded in this session (object URLs), meta `{kind: 'video', uri, duration, width, height}`. */
export const VIDEO_UPLOAD_SOURCE_ID = 'ly.img.video.upload';
/** Sounds the user uploaded in this session (object URLs), meta `{kind: 'audio', uri, duration}`. */
export const AUDIO_UPLOAD_SOURCE_ID = 'ly.img.audio.upload';
/** Fonts: one asset per font file, meta `{uri, family, weight, style}`. */
export const FONT_SOURCE_ID = 'ly.img.typeface';
/** All built-in source ids, in the library's tab order. */
export const BUILT_IN_SOURCE_IDS = [SHAPE_SOURCE_ID, TEXT_SOURCE_ID, IMAGE_UPLOAD_SOURCE_ID, VIDEO_UPLOAD_SOURCE_ID, AUDIO_UPLOAD_SOURCE_ID, STICKER_SOURCE_ID, FONT_SOURCE_ID] as const;
/** The sources that take uploads (their tab shows the upload button). */
export const UPLOAD_SOURCE_IDS: readonly string[] = [IMAGE_UPLOAD_SOURCE_ID, VIDEO_UPLOAD_SOURCE_ID, AUDIO_UPLOAD_SOURCE_ID];
