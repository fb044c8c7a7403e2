export { renderDocx, reportDocxBuffer, reportToDocument, STYLE_IDS } from './render.js';
export * from './gongwen.js';
