// The timeline: dated events of the selected articles, one entry per event with all its sources.
export { buildTimeline } from './build-timeline.ts';
