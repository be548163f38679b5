/**
 * The timeline's strings, English and German, registered with the shared i18n tables by `define.ts`
 * (integrators override them with `setStrings`).
 */

/** English strings of `<cesdk-timeline>`. */
export const timelineEn = {
  'timeline.label': 'Timeline',
  'timeline.play': 'Play',
  'timeline.pause': 'Pause',
  'timeline.split': 'Split at playhead',
  'timeline.zoomIn': 'Zoom in',
  'timeline.zoomOut': 'Zoom out',
  'timeline.zoom': 'Timeline zoom',
  'timeline.time': '{time} of {duration}',
  'timeline.ruler': 'Playhead: {time}',
  'timeline.lanes': 'Tracks',
  'timeline.track': 'Track',
  'timeline.backgroundTrack': 'Background track',
  'timeline.lane': 'Layer',
  'timeline.clip': '{label}, {start} to {end}',
  'timeline.trimStart': 'Trim start of {label}',
  'timeline.trimEnd': 'Trim end of {label}',
  'timeline.empty': 'No time-based content on this page.',
  'timeline.noEngine': 'No design loaded.',
  'timeline.nothingToSplit': 'Put the playhead inside a clip to split it.',
  'timeline.kind.video': 'Video',
  'timeline.kind.audio': 'Audio',
  'timeline.kind.image': 'Image',
  'timeline.kind.text': 'Text',
  'timeline.kind.shape': 'Shape',
  'timeline.kind.group': 'Group',
} as const;

/** German strings of `<cesdk-timeline>`. */
export const timelineDe: Record<keyof typeof timelineEn, string> = {
  'timeline.label': 'Zeitleiste',
  'timeline.play': 'Abspielen',
  'timeline.pause': 'Pause',
  'timeline.split': 'Am Abspielkopf teilen',
  'timeline.zoomIn': 'Vergrößern',
  'timeline.zoomOut': 'Verkleinern',
  'timeline.zoom': 'Zoom der Zeitleiste',
  'timeline.time': '{time} von {duration}',
  'timeline.ruler': 'Abspielkopf: {time}',
  'timeline.lanes': 'Spuren',
  'timeline.track': 'Spur',
  'timeline.backgroundTrack': 'Hintergrundspur',
  'timeline.lane': 'Ebene',
  'timeline.clip': '{label}, {start} bis {end}',
  'timeline.trimStart': 'Anfang von {label} kürzen',
  'timeline.trimEnd': 'Ende von {label} kürzen',
  'timeline.empty': 'Auf dieser Seite gibt es keine zeitbasierten Inhalte.',
  'timeline.noEngine': 'Kein Design geladen.',
  'timeline.nothingToSplit': 'Setzen Sie den Abspielkopf in einen Clip, um ihn zu teilen.',
  'timeline.kind.video': 'Video',
  'timeline.kind.audio': 'Audio',
  'timeline.kind.image': 'Bild',
  'timeline.kind.text': 'Text',
  'timeline.kind.shape': 'Form',
  'timeline.kind.group': 'Gruppe',
};
