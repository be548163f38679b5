/**
 * The canvas's interaction overlay: selection outlines, the eight resize handles and the rotate knob,
 * the hover outline, the marquee and the snapping guides, drawn as SVG in view pixels above the
 * renderer's canvas. It lives in the shadow root, never in the rendered scene, so exports never
 * contain it.
 */
import { svg, type SVGTemplateResult, nothing } from 'lit';
import type { Point, Rect } from './geometry.js';
import type { Guide } from './snap-settings.js';
import { RESIZE_HANDLES, ROTATE_HANDLE_OFFSET, type HandleName } from './transform.js';

/** Half the side of a resize handle square, in view pixels. */
export const HANDLE_RADIUS = 5;

/** A block outline in view pixels: corners top-left, top-right, bottom-right, bottom-left. */
export type Quad = readonly [Point, Point, Point, Point];

/** What the overlay shows, all in view pixels except guides (already converted by the caller). */
export interface OverlayModel {
  readonly selection: readonly Quad[];
  /** The frame that carries the handles (single selection), or undefined. */
  readonly handles: Quad | undefined;
  /** Whether resize handles are shown (rotate knob is separate). */
  readonly showResize: boolean;
  readonly showRotate: boolean;
  readonly hover: Quad | undefined;
  readonly marquee: Rect | undefined;
  readonly guides: readonly ViewGuide[];
  /** Crop mode: the image's full extent, drawn dimmed outside the frame. */
  readonly cropImage: Quad | undefined;
}

/** A guide segment in view pixels. */
export interface ViewGuide {
  readonly from: Point;
  readonly to: Point;
  readonly kind: Guide['kind'];
}

/** The position of each handle (view pixels) on a quad. */
export function handlePositions(quad: Quad): Array<{ name: HandleName; point: Point }> {
  const [topLeft, topRight, , bottomLeft] = quad;
  const along = (u: number, v: number): Point => ({
    x: topLeft.x + (topRight.x - topLeft.x) * u + (bottomLeft.x - topLeft.x) * v,
    y: topLeft.y + (topRight.y - topLeft.y) * u + (bottomLeft.y - topLeft.y) * v,
  });
  const positions: Array<{ name: HandleName; point: Point }> = RESIZE_HANDLES.map((handle) => ({ name: handle.name, point: along(handle.u, handle.v) }));
  const topCentre = along(0.5, 0);
  // The knob sits outside the top edge, along the frame's "up" direction.
  const upX = topLeft.x - bottomLeft.x;
  const upY = topLeft.y - bottomLeft.y;
  const length = Math.hypot(upX, upY) || 1;
  positions.push({ name: 'rotate', point: { x: topCentre.x + (upX / length) * ROTATE_HANDLE_OFFSET, y: topCentre.y + (upY / length) * ROTATE_HANDLE_OFFSET } });
  return positions;
}

/** The handle under a view point, if any (rotate knob first, then corners, then edges). */
export function handleAt(model: Pick<OverlayModel, 'handles' | 'showResize' | 'showRotate'>, point: Point, slop = HANDLE_RADIUS + 3): HandleName | undefined {
  if (model.handles === undefined) return undefined;
  const positions = handlePositions(model.handles).filter((entry) => (entry.name === 'rotate' ? model.showRotate : model.showResize));
  positions.sort((first, second) => order(first.name) - order(second.name));
  for (const entry of positions) {
    if (Math.abs(entry.point.x - point.x) <= slop && Math.abs(entry.point.y - point.y) <= slop) return entry.name;
  }
  return undefined;
}

function order(name: HandleName): number {
  if (name === 'rotate') return 0;
  return name.length === 2 ? 1 : 2;
}

function points(quad: Quad): string {
  return quad.map((point) => `${point.x},${point.y}`).join(' ');
}

/** Renders the overlay's SVG content. */
export function renderOverlay(model: OverlayModel): SVGTemplateResult {
  return svg`
    ${model.cropImage ? svg`<polygon class="crop-image" points=${points(model.cropImage)}></polygon>` : nothing}
    ${model.hover ? svg`<polygon class="hover" points=${points(model.hover)}></polygon>` : nothing}
    ${model.selection.map((quad) => svg`<polygon class="selection" points=${points(quad)}></polygon>`)}
    ${model.guides.map(
      (guide) => svg`<line class="guide ${guide.kind}" x1=${guide.from.x} y1=${guide.from.y} x2=${guide.to.x} y2=${guide.to.y}></line>`,
    )}
    ${model.marquee
      ? svg`<rect class="marquee" x=${model.marquee.x} y=${model.marquee.y} width=${model.marquee.width} height=${model.marquee.height}></rect>`
      : nothing}
    ${model.handles ? renderHandles(model.handles, model.showResize, model.showRotate) : nothing}
  `;
}

function renderHandles(quad: Quad, showResize: boolean, showRotate: boolean): SVGTemplateResult {
  const positions = handlePositions(quad);
  const topCentre = positions.find((entry) => entry.name === 'n')!.point;
  const knob = positions.find((entry) => entry.name === 'rotate')!.point;
  return svg`
    ${showRotate
      ? svg`<line class="rotate-stem" x1=${topCentre.x} y1=${topCentre.y} x2=${knob.x} y2=${knob.y}></line>
          <circle class="handle rotate" data-handle="rotate" cx=${knob.x} cy=${knob.y} r=${HANDLE_RADIUS}></circle>`
      : nothing}
    ${showResize
      ? positions
          .filter((entry) => entry.name !== 'rotate')
          .map(
            (entry) => svg`<rect class="handle" data-handle=${entry.name} x=${entry.point.x - HANDLE_RADIUS} y=${entry.point.y - HANDLE_RADIUS}
              width=${HANDLE_RADIUS * 2} height=${HANDLE_RADIUS * 2}></rect>`,
          )
      : nothing}
  `;
}
