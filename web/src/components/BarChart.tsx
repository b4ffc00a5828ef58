import { useEffect, useRef } from 'react';

export interface BarSeries {
  name: string;
  values: number[];
}

/**
 * A bar chart drawn by Apache ECharts (loaded only with the pages that have charts). The chart is an image
 * for sighted users; every page that shows one also shows its figures as a table.
 */
export function BarChart({
  title,
  categories,
  series,
  language,
}: {
  title: string;
  categories: string[];
  series: BarSeries[];
  language: string;
}) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let chart: { dispose: () => void; resize: () => void } | undefined;
    const resize = () => chart?.resize();
    void import('../lib/echarts').then(({ echarts }) => {
      if (disposed || !element.current) return;
      const instance = echarts.init(element.current, undefined, { renderer: 'svg' });
      instance.setOption({
        aria: { enabled: true, label: { description: title } },
        animation: false,
        tooltip: { trigger: 'axis' },
        legend: series.length > 1 ? { top: 0 } : undefined,
        grid: { left: 8, right: 16, bottom: 8, top: series.length > 1 ? 32 : 16, containLabel: true },
        xAxis: {
          type: 'category',
          data: categories,
          axisLabel: { interval: 0, rotate: categories.length > 4 ? 30 : 0 },
        },
        yAxis: { type: 'value' },
        series: series.map((s) => ({ type: 'bar', name: s.name, data: s.values, stack: 'all' })),
      });
      chart = instance;
      window.addEventListener('resize', resize);
    });
    return () => {
      disposed = true;
      window.removeEventListener('resize', resize);
      chart?.dispose();
    };
  }, [title, categories, series, language]);
  return <div ref={element} className="chart" role="img" aria-label={title} />;
}
