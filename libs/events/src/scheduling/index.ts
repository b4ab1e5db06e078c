export * from './types';
export { scheduleMeetings, scheduleStepwise } from './scheduler';
export { greedySchedule } from './greedy';
export { evaluateSchedule, ScheduleQuality } from './evaluate';
export { generateInstance, InstanceShape } from './instance-generator';
export { lpRelaxationModel } from './lp-bound';
