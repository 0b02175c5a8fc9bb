import type { Response } from '../../main/api/contract.ts';
import { chartFollower } from './chart-request.ts';

export type TimelineChart = Response<'charts:timeline'>;

/** The open draft's timeline chart, laid out by the host as the exports lay it out (`charts:timeline`). */
export const timelineChartOf = chartFollower((ctx, brief) => ctx.client.call('charts:timeline', { brief }));
