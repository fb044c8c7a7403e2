export * from './builtin.js';
export * from './utils.js';
export { flatten, framework, group, leaf, defaultRule, parentCodeOf, type NodeSpec, type GroupSpec, type LeafSpec } from './build.js';
