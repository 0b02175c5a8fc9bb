import { AlignmentType, ImageRun, LineRuleType, Paragraph } from 'docx';
import { rasterise } from '../charts/png-raster.ts';
import type { BriefActorMap } from '../pdf/brief-actor-map.ts';
import type { BriefTimelineChart } from '../pdf/brief-timeline-chart.ts';
import { chartOutlines } from '../pdf/chart-glyphs.ts';
import type { Digits } from '../shared/digits-direction.ts';
import { STYLE } from './brief-styles.ts';
import type { ChartMedia } from './chart-media.ts';
import { textRuns } from './text-runs.ts';

/** Print resolution: the chart's hairlines and 7-point labels stay sharp on paper. */
export const CHART_DPI = 300;
const PIXELS_PER_POINT = 96 / 72;

/** What names a chart's picture in the package: its drawing id (fixed, as the logo's is, for the same bytes) and name. */
export interface PictureName {
  id: string;
  name: string;
  title: string;
}

/**
 * A chart in the Word file: the PDF's drawing (same geometry, same shaping), rasterised at print resolution into a
 * PNG and set inline (ECMA-376 §20.4.2.8) at the PDF's size in its own paragraph, then its caption; `media` keeps the
 * PNG for the package. A picture rather
 * than Word text boxes: Word and LibreOffice each place floating shapes and right-to-left text in them their own
 * way, and the chart must read the same in both.
 */
export function chartPicture(chart: BriefTimelineChart | BriefActorMap, name: PictureName, digits: Digits, media: ChartMedia): Paragraph[] {
  const { drawing, caption, direction, fonts, layout } = chart;
  const image = rasterise(drawing, chartOutlines(layout, fonts, direction), CHART_DPI);
  return [
    new Paragraph({
      style: STYLE.meta,
      bidirectional: true,
      alignment: AlignmentType.CENTER,
      // Single "auto" spacing: the style's exact line height would clip the picture to one line of text.
      spacing: { line: 240, lineRule: LineRuleType.AUTO },
      keepNext: true,
      children: [new ImageRun({
        type: 'png',
        // A stand-in for docx; the PNG itself goes into the package as it is (chart-media.ts).
        data: media.standIn(image.png),
        transformation: { width: Math.round(drawing.width * PIXELS_PER_POINT), height: Math.round(drawing.height * PIXELS_PER_POINT) },
        altText: { id: name.id, name: name.name, description: caption, title: name.title },
      })],
    }),
    new Paragraph({ style: STYLE.meta, bidirectional: true, children: textRuns(caption, digits) }),
  ];
}
