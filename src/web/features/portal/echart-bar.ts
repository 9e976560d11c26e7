import { BarChart } from 'echarts/charts';
import { use } from 'echarts/core';

// ECharts with its bar chart registered: the lazy chunk of the pages that draw bars (lazy-echart.tsx).
use([BarChart]);

export { EChart } from './echart';
