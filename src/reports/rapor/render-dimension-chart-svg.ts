import * as echarts from 'echarts';
import { formatDecimal } from '../../core/numbers/format-decimal';
import type { RaporInput } from './rapor-input';

export const DIMENSION_CHART_WIDTH = 460;
export const DIMENSION_CHART_HEIGHT = 220;

/**
 * The dimension scores as a horizontal bar chart, rendered on the server to SVG (no browser, no canvas):
 * each bar in the colour of the band its score falls in, the value printed at its end.
 */
export function renderDimensionChartSvg(input: Pick<RaporInput, 'dimensions' | 'language'>): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: DIMENSION_CHART_WIDTH,
    height: DIMENSION_CHART_HEIGHT,
  });
  try {
    // Top to bottom in methodology order: the y axis of a bar chart runs upwards, so reverse.
    const dimensions = [...input.dimensions].reverse();
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: 'Roboto, sans-serif' },
      grid: { left: 110, right: 50, top: 10, bottom: 28 },
      xAxis: {
        type: 'value',
        min: 0,
        max: 100,
        interval: 20,
        axisLabel: { color: '#5b6472', fontSize: 10 },
        splitLine: { lineStyle: { color: '#e3e6eb' } },
      },
      yAxis: {
        type: 'category',
        data: dimensions.map((dimension) => dimension.name),
        axisLabel: { color: '#1b2a4a', fontSize: 11 },
        axisTick: { show: false },
      },
      series: [
        {
          type: 'bar',
          barWidth: '55%',
          data: dimensions.map((dimension) => ({
            value: dimension.score,
            itemStyle: { color: dimension.colour, borderRadius: [0, 3, 3, 0] },
          })),
          label: {
            show: true,
            position: 'right',
            fontSize: 10,
            color: '#222222',
            formatter: (parameters: { value: unknown }) =>
              formatDecimal(Number(parameters.value), 2, input.language),
          },
        },
      ],
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
