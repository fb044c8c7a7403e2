// The HTTP client lives in ./api/ (one typed function per route of the contract); this re-export
// keeps the pages' imports short.
export * from './api/index.js';
