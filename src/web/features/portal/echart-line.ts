import { LineChart } from 'echarts/charts';
import { use } from 'echarts/core';

// ECharts with its line chart registered: the lazy chunk of the pages that draw lines (lazy-echart.tsx).
use([LineChart]);

export { EChart } from './echart';
