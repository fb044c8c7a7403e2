export { escapeHtml, renderHtml, reportToHtml, reportToHtmlFragment } from './render.js';
