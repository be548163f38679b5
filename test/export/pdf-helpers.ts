/**
 * PDF read-back for browser tests: pdf.js (its worker served from node_modules) opens an exported PDF
 * and draws a page into a canvas, so a test checks the pixels a PDF viewer shows.
 */
import * as pdfjs from 'pdfjs-dist';

pdfjs.GlobalWorkerOptions.workerSrc = new URL('/node_modules/pdfjs-dist/build/pdf.worker.mjs', location.href).href;

/** Opens an exported PDF. */
export async function openPdf(pdf: Blob): Promise<pdfjs.PDFDocumentProxy> {
  return pdfjs.getDocument({ data: new Uint8Array(await pdf.arrayBuffer()) }).promise;
}

/** Draws `page` into a new canvas `width` pixels wide (its height keeps the page's aspect). */
export async function drawPdfPage(page: pdfjs.PDFPageProxy, width: number): Promise<HTMLCanvasElement> {
  const viewport = page.getViewport({ scale: width / page.getViewport({ scale: 1 }).width });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(viewport.width);
  canvas.height = Math.round(viewport.height);
  await page.render({ canvas, canvasContext: canvas.getContext('2d')!, viewport } as never).promise;
  return canvas;
}
