import { renderPdfBuffer } from '../pdf/render-pdf-buffer';
import { buildRaporDocument } from './build-rapor-document';
import type { RaporInput } from './rapor-input';
import { renderDimensionChartSvg } from './render-dimension-chart-svg';

/** One rapor as PDF bytes: A4 portrait, the dimension chart embedded as vector graphics. */
export async function renderRaporPdf(input: RaporInput): Promise<Buffer> {
  return renderPdfBuffer(buildRaporDocument(input, renderDimensionChartSvg(input)));
}
