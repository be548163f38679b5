/** The built-in shapes: one asset per engine shape type, with a small SVG preview. */

/** One shape asset. */
export interface ShapeDefinition {
  /** Asset id and engine shape type (`rect`, `ellipse`, ...). */
  id: 'rect' | 'ellipse' | 'polygon' | 'star' | 'line';
  /** Locale key of its name. */
  labelKey: string;
  /** Search tags. */
  tags: string[];
  /** Preview SVG (drawn in currentColor-free fixed colours so it reads on both themes). */
  preview: string;
  /** Extra settings applied after creating the shape. */
  settings?: Readonly<Record<string, number>>;
  /** Size relative to the square base size (a line is flat). */
  aspect?: number;
}

const preview = (body: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40" width="40" height="40">${body}</svg>`;
const FILL = 'fill="#5b7fd6" stroke="#24408f" stroke-width="1.5"';

/** The shapes, in display order. */
export const SHAPES: readonly ShapeDefinition[] = [
  { id: 'rect', labelKey: 'assets.shape.rect', tags: ['rectangle', 'square', 'box'], preview: preview(`<rect x="5" y="8" width="30" height="24" ${FILL}/>`) },
  { id: 'ellipse', labelKey: 'assets.shape.ellipse', tags: ['ellipse', 'circle', 'oval'], preview: preview(`<ellipse cx="20" cy="20" rx="15" ry="13" ${FILL}/>`) },
  {
    id: 'polygon',
    labelKey: 'assets.shape.polygon',
    tags: ['polygon', 'hexagon', 'triangle'],
    preview: preview(`<path d="M20 5 L34 13 L34 27 L20 35 L6 27 L6 13 Z" ${FILL}/>`),
    settings: { 'shape/polygon/sides': 6 },
  },
  {
    id: 'star',
    labelKey: 'assets.shape.star',
    tags: ['star'],
    preview: preview(`<path d="M20 4 L24.5 15 L36 15.5 L27 23 L30 35 L20 28.5 L10 35 L13 23 L4 15.5 L15.5 15 Z" ${FILL}/>`),
    settings: { 'shape/star/points': 5 },
  },
  { id: 'line', labelKey: 'assets.shape.line', tags: ['line', 'divider', 'rule'], preview: preview('<line x1="5" y1="20" x2="35" y2="20" stroke="#24408f" stroke-width="3"/>'), aspect: 0.02 },
];

/** The preview as a `data:` URI for an `<img>`. */
export function shapePreviewUri(shape: ShapeDefinition): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(shape.preview)}`;
}
