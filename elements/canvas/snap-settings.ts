/**
 * The snapping settings and the guide type, without the snapping code: that is one of the canvas's
 * on-demand parts (`on-demand.ts`).
 */

/** The engine setting (Float, screen pixels) for the snapping distance; 0 turns snapping off. */
export const SNAPPING_THRESHOLD_SETTING = 'snapping/threshold';

/** The engine setting (Bool) that turns snapping on and off. */
export const SNAPPING_ENABLED_SETTING = 'snapping/enabled';

/** The threshold used when the engine has no such setting. */
export const DEFAULT_SNAPPING_THRESHOLD = 8;

/** A guide line to draw, in world units. */
export interface Guide {
  /** `vertical`: a line at x = `position` from y = `from` to `to`; `horizontal`: the transpose. */
  readonly orientation: 'vertical' | 'horizontal';
  readonly position: number;
  readonly from: number;
  readonly to: number;
  /** What was snapped to: an edge or centre line, or an equal-spacing gap marker. */
  readonly kind: 'edge' | 'center' | 'spacing';
}
