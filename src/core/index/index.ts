/** The course index: lecture selection, the per-note cache, and the chunked build. */
export { analyseDatesOnly, CourseIndex, comparePaths, titleOf, type ActorSummary, type CourseEvent, type CourseFilter, type IndexedActor, type IndexedNote } from "./courseIndex";
export { buildIndex, type BuildOptions, type BuildStats, type IndexWorkItem } from "./build";
export { hasTag, lectureReason, type LectureReason, type LectureSignals } from "./lectures";
