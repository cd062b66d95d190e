/** The course timeline's layout as plain data: axis, lanes, rows, marks and labels. */
export { buildAxis, type Axis, type AxisUnit, type Tick } from "./axis";
export { clipAtWord, courseTimelineInput, NO_ACTOR_LANE, snippetOf, type CourseInputOptions, type CourseTimelineInput, type LaneMode } from "./course";
export { DEFAULT_TIMELINE_OPTIONS, layoutTimeline, type ItemLayout, type LaneInput, type LaneLayout, type TimelineItemInput, type TimelineLayout, type TimelineOptions } from "./layout";
export { packRows, type Extent } from "./pack";
export { dateRange, type TimeRange, type TimelineDate } from "./scale";
