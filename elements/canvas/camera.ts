/**
 * Camera math for `<cesdk-canvas>`. A camera is the world point shown at the view's top-left plus a
 * zoom in CSS pixels per design unit (the renderer's {@link Camera}); the engine's zoom level
 * (`engine.scene.getZoomLevel()`) is that same zoom.
 */
import type { Camera } from '../../core/render/types.js';
import type { Point, Rect } from './geometry.js';

/** The smallest and largest zoom (CSS px per design unit). */
export const MIN_ZOOM = 0.02;
export const MAX_ZOOM = 64;

/** The zoom factor of one `+`/`-` key press. */
export const KEY_ZOOM_STEP = 1.25;

/** Margin kept around a page or selection when zooming to fit, in CSS px. */
export const FIT_PADDING = 32;

/** Clamps a zoom to [{@link MIN_ZOOM}, {@link MAX_ZOOM}]. */
export function clampZoom(zoom: number): number {
  if (!Number.isFinite(zoom) || zoom <= 0) return 1;
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}

/** View pixels → world. */
export function viewToWorld(camera: Camera, point: Point): Point {
  return { x: camera.x + point.x / camera.zoom, y: camera.y + point.y / camera.zoom };
}

/** World → view pixels. */
export function worldToView(camera: Camera, point: Point): Point {
  return { x: (point.x - camera.x) * camera.zoom, y: (point.y - camera.y) * camera.zoom };
}

/** The camera after zooming to `zoom` while the world point under the view point `anchor` stays put. */
export function zoomAbout(camera: Camera, zoom: number, anchor: Point): Camera {
  const next = clampZoom(zoom);
  const world = viewToWorld(camera, anchor);
  return { x: world.x - anchor.x / next, y: world.y - anchor.y / next, zoom: next };
}

/** The camera after panning by a view-pixel delta (content follows the pointer). */
export function panBy(camera: Camera, deltaX: number, deltaY: number): Camera {
  return { x: camera.x - deltaX / camera.zoom, y: camera.y - deltaY / camera.zoom, zoom: camera.zoom };
}

/** The camera that shows `rect` (world) centred in a view of the given size, with padding. */
export function fitRect(rect: Rect, viewWidth: number, viewHeight: number, padding = FIT_PADDING): Camera {
  const availableWidth = Math.max(1, viewWidth - 2 * padding);
  const availableHeight = Math.max(1, viewHeight - 2 * padding);
  const zoom = clampZoom(Math.min(availableWidth / Math.max(rect.width, 1e-6), availableHeight / Math.max(rect.height, 1e-6)));
  return {
    x: rect.x + rect.width / 2 - viewWidth / 2 / zoom,
    y: rect.y + rect.height / 2 - viewHeight / 2 / zoom,
    zoom,
  };
}

/**
 * Interprets a wheel event as Figma does: Ctrl (or a trackpad pinch, which browsers report as a
 * Ctrl+wheel) zooms about the cursor; a plain wheel pans vertically (and horizontally with a
 * horizontal delta); Shift+wheel pans horizontally. Line and page delta modes are scaled to pixels.
 */
export function cameraAfterWheel(camera: Camera, event: Pick<WheelEvent, 'deltaX' | 'deltaY' | 'deltaMode' | 'ctrlKey' | 'metaKey' | 'shiftKey'>, anchor: Point, viewHeight: number): Camera {
  const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? Math.max(1, viewHeight) : 1;
  const deltaX = event.deltaX * unit;
  const deltaY = event.deltaY * unit;
  if (event.ctrlKey || event.metaKey) {
    // exp keeps zooming symmetric: +100 then -100 returns to the same zoom.
    const factor = Math.exp(-deltaY * 0.01);
    return zoomAbout(camera, camera.zoom * factor, anchor);
  }
  if (event.shiftKey && deltaX === 0) return panBy(camera, -deltaY, 0);
  return panBy(camera, -deltaX, -deltaY);
}
