// One way to show a moment everywhere: 北京时间, YYYY-MM-DD HH:mm — the formatter the server's
// workflow messages use too (src/domain/beijingTime.ts).
export { beijingMinute as fmtTime } from '../../../src/domain/beijingTime.js';
