export { detectPhi } from "./detect.ts";
export { redact } from "./redact.ts";
export { countByType } from "./spans.ts";
export { MARKERS, PHI_TYPES, type PhiType, type Span } from "./types.ts";
