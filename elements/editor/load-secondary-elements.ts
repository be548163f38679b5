let loading: Promise<void> | undefined;
let loadingTimeline: Promise<void> | undefined;

/** Starts (once) loading `<cesdk-timeline>`, which the editor shows for scenes with time-based content. */
export function loadTimeline(): Promise<void> {
  loadingTimeline ??= import('../timeline/define.js').then(() => undefined, (error: unknown) => {
    loadingTimeline = undefined;
    console.error('CE.SDK: the timeline element failed to load', error);
  });
  return loadingTimeline;
}
let loadingOnDemand: Promise<void> | undefined;
/** Editors connected but not yet ready: the on-demand chunk waits for them, so it never slows a first view. */
const startingEditors = new Set<object>();

/**
 * Starts (once) loading the panels of the editor's first view (see `secondary-elements.ts`); resolves
 * when their tags are defined. The editor announces `ready` only after this.
 */
export function loadSecondaryElements(): Promise<void> {
  loading ??= import('./secondary-elements.js').then(() => undefined);
  return loading;
}

/**
 * Starts (once) loading the parts shown only on demand (see `on-demand-elements.ts`). Resolves when
 * their tags are defined. Called when one of them is needed, when the last starting editor is ready,
 * and when the page is idle with no editor starting (pages that use these elements without an editor).
 */
export function loadOnDemandElements(): Promise<void> {
  loadingOnDemand ??= import('./on-demand-elements.js').then(() => undefined);
  return loadingOnDemand;
}

function loadOnDemandNow(): void {
  loadOnDemandElements().catch((error: unknown) => {
    console.error('CE.SDK: the chunk with the layers, pages, context menu and export menu elements failed to load', error);
  });
}

/** An editor is connected and working towards its first view. */
export function editorStarting(editor: object): void {
  startingEditors.add(editor);
}

/** An editor is ready, or was removed: once no editor is starting, the on-demand parts load. */
export function editorStarted(editor: object): void {
  if (startingEditors.delete(editor) && startingEditors.size === 0) loadOnDemandNow();
}

/** After the first-view panels, loads the on-demand parts when the page is idle and no editor is starting. */
export function loadOnDemandWhenIdle(): void {
  const run = (): void => {
    if (startingEditors.size === 0) loadOnDemandNow();
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1000 });
  else setTimeout(run, 200);
}
