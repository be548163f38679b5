/**
 * PDF export with jsPDF, loaded with `import()` on the first PDF export so editing never pays for it.
 *
 * One PDF page per scene page at its physical size (design unit and DPI → points). Shapes, strokes
 * and linear/radial gradients are vector paths; text is real text in the embedded TrueType font
 * (selectable, searchable); images and anything vectors cannot express come from the renderer's
 * pixels at the export DPI.
 *
 * SECURITY: with `exportPdfWithHighCompatibility: false`, images that no effect or blur touched are
 * embedded as their ORIGINAL bytes (JPEG as-is; PNG decoded and recompressed losslessly by jsPDF).
 * A malicious image file can therefore ride along inside the PDF unchanged, to be parsed by whatever
 * reads the PDF. The default (`true`) re-renders every image, so no original bytes leave.
 */
import type { jsPDF as JsPdfDocument } from 'jspdf';
import { CesdkError, type DesignBlockId, type Engine } from '../engine/index.js';
import type { AssetLoader } from '../io/index.js';
import { buildDisplayList, type DisplayItem } from './display-list.js';
import type { ExportJob } from './export-job.js';
import { exportBounds, pointsPerDesignUnit, sceneDpi } from './export-size.js';
import { multiply, scaling, translation } from './geometry.js';
import { drawPdfImage, drawPdfPixels } from './pdf-images.js';
import { drawPdfShape, drawPdfText } from './pdf-vectors.js';
import { VectorAssets } from './vector-assets.js';
import { watermarkPixels } from './watermark.js';
import { designUnitsPerPoint } from '../render/text-style.js';

/** What the PDF writer needs. */
export interface PdfContext {
  readonly engine: Engine;
  readonly block: DesignBlockId;
  readonly job: ExportJob;
  readonly watermark: boolean;
  readonly assets: AssetLoader | undefined;
}

/** PDF's largest page side without UserUnit scaling (ISO 32000: 14,400 user units = 200 in). */
export const MAX_PDF_PAGE_POINTS = 14_400;

/** The jsPDF module, imported once. */
let jsPdfModule: Promise<typeof import('jspdf')> | undefined;

/** Loads jsPDF on first use (a separate chunk in the bundle). */
export function loadJsPdf(): Promise<typeof import('jspdf')> {
  jsPdfModule ??= import('jspdf');
  return jsPdfModule;
}

/** The pages a PDF of `block` holds: every page of a scene, else the block itself. */
function pagesOf(engine: Engine, block: DesignBlockId): DesignBlockId[] {
  return engine.block.getType(block).endsWith('/scene') ? engine.scene.getPages() : [block];
}

async function drawItem(document: JsPdfDocument, item: DisplayItem, context: PdfContext, vectorAssets: VectorAssets, dpi: number, fonts: Map<string, string>): Promise<void> {
  const pixelsPerPoint = dpi / 72;
  switch (item.kind) {
    case 'shape':
      drawPdfShape(document, item);
      return;
    case 'text':
      await drawPdfText(document, item, vectorAssets, fonts);
      return;
    case 'image':
      await drawPdfImage(document, item, vectorAssets, pixelsPerPoint);
      return;
    case 'raster': {
      const { x, y, width, height } = item.bounds;
      if (!(width > 0) || !(height > 0)) return;
      const pixels = await vectorAssets.renderBlock(item.block, width * pixelsPerPoint, height * pixelsPerPoint, item.margin);
      drawPdfPixels(document, pixels, x, y, width, height);
      return;
    }
  }
}

/** Writes the PDF and returns it as a Blob. */
export async function exportPdf(context: PdfContext): Promise<Blob> {
  const { engine, block, job } = context;
  const dpi = job.options.dpi ?? sceneDpi(engine);
  const pointsPerUnit = pointsPerDesignUnit(engine, dpi);
  const pages = pagesOf(engine, block);
  const plans = pages.map((page) => ({ page, bounds: exportBounds(engine, page) }));
  job.progress('prepare', 0, 1);
  const { jsPDF } = await loadJsPdf();
  job.throwIfAborted();
  let document: JsPdfDocument | undefined;
  const vectorAssets = new VectorAssets(engine, job, context.assets);
  const fonts = new Map<string, string>();
  const lists = plans.map(({ page, bounds }) => {
    const origin = multiply(scaling(pointsPerUnit), translation(-bounds.x, -bounds.y));
    const items = buildDisplayList(engine, page, {
      origin,
      rasterizeImages: job.options.exportPdfWithHighCompatibility,
      fontSizeToDesignUnits: (points) => points * designUnitsPerPoint(engine),
    });
    return { page, width: bounds.width * pointsPerUnit, height: bounds.height * pointsPerUnit, items };
  });
  for (const list of lists) {
    if (list.width > MAX_PDF_PAGE_POINTS || list.height > MAX_PDF_PAGE_POINTS) {
      throw new CesdkError('LIMIT_EXCEEDED', `export: page ${list.page} is ${list.width.toFixed(0)}×${list.height.toFixed(0)} pt; PDF pages are limited to ${MAX_PDF_PAGE_POINTS} pt (200 in) per side`, { blockId: list.page });
    }
  }
  const total = lists.reduce((sum, list) => sum + list.items.length + 1, 0);
  let done = 0;
  job.progress('render', 0, total);
  for (const list of lists) {
    const format = [list.width, list.height];
    const orientation = list.width > list.height ? 'landscape' : 'portrait';
    if (!document) {
      document = new jsPDF({ unit: 'pt', format, orientation, compress: true, putOnlyUsedFonts: true });
    } else {
      document.addPage(format, orientation);
    }
    for (const item of list.items) {
      await drawItem(document, item, context, vectorAssets, dpi, fonts);
      done += 1;
      job.progress('render', done, total);
      job.throwIfAborted();
    }
    if (context.watermark) {
      const pixels = watermarkPixels(list.width * 2, list.height * 2);
      drawPdfPixels(document, pixels, 0, 0, list.width, list.height);
    }
    done += 1;
    job.progress('render', done, total);
    await job.yieldToEventLoop();
  }
  job.progress('encode', 0, 1);
  const bytes = document!.output('arraybuffer');
  job.throwIfAborted();
  job.progress('encode', 1, 1);
  return new Blob([bytes], { type: 'application/pdf' });
}
