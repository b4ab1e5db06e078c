import { BarChart, PieChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the app draws is registered, so the rest of ECharts stays out of the bundle.
echarts.use([BarChart, PieChart, GridComponent, TooltipComponent, AriaComponent, CanvasRenderer]);

/** A thin wrapper: one ECharts instance per element, resized with it, disposed on unmount. */
export default function EChart(props: {
  option: EChartsCoreOption;
  height?: number;
  ariaLabel: string;
}) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | undefined>(undefined);

  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current);
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ aria: { enabled: true }, ...props.option }, true);
  }, [props.option]);

  return (
    <div
      ref={element}
      role="img"
      aria-label={props.ariaLabel}
      style={{ width: '100%', height: props.height ?? 280 }}
    />
  );
}
