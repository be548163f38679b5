/**
 * The editor speaks for everything inside it: `cesdk-*` events from inner elements (the canvas, the
 * export menu, panels) stop at the editor's shadow root, and the editor dispatches its own, once, from
 * the host. Export events are forwarded with their cancellation carried back to the inner element.
 */
import { CesdkError } from '../../core/engine/index.js';
import {
  CesdkBeforeExportEvent, CesdkErrorEvent, CesdkExportEvent, type CesdkExportDetail,
} from '../shared/events.js';

/** What the forwarding needs from the editor. */
export interface EventForwardingHost extends HTMLElement {
  onExport: ((detail: CesdkExportDetail) => void) | undefined;
  /** Reports an error in the editor's language: the `cesdk-error` event, the console and a notice. */
  reportError(error: CesdkError, block?: number): void;
}

/** Events the editor dispatches from its own engine subscriptions, so inner copies are dropped. */
const OWN_EVENTS = ['cesdk-ready', 'cesdk-change', 'cesdk-selection-change', 'cesdk-save', 'cesdk-license-change'];

/** Installs the forwarding on the editor's shadow root; listeners live as long as the root. */
export function forwardInnerEvents(host: EventForwardingHost, root: ShadowRoot): void {
  for (const name of OWN_EVENTS) root.addEventListener(name, (event) => event.stopPropagation());
  root.addEventListener('cesdk-error', (event) => {
    event.stopPropagation();
    const inner = event as CesdkErrorEvent;
    const error = inner.error instanceof CesdkError ? inner.error : new CesdkError('INVALID_STATE', String(inner.error));
    host.reportError(error, inner.block);
  });
  root.addEventListener('cesdk-before-export', (event) => {
    event.stopPropagation();
    const outer = new CesdkBeforeExportEvent((event as CesdkBeforeExportEvent).detail);
    if (!host.dispatchEvent(outer)) event.preventDefault();
  });
  root.addEventListener('cesdk-export', (event) => {
    event.stopPropagation();
    const detail = (event as CesdkExportEvent).detail;
    const outer = new CesdkExportEvent(detail);
    host.dispatchEvent(outer);
    host.onExport?.(detail);
    // Tells the export menu that someone took the file, so it does not offer a download of its own.
    if (outer.defaultPrevented || host.onExport !== undefined) event.preventDefault();
  });
}
