export { escapeMarkdown, renderMarkdown, reportToMarkdown } from './render.js';
