// The relation tests run the checker's relation model on a text and compare a few fields of what it
// finds. Kept under test/ so it is neither built nor held to the domain's purity (it parses text).
import { parseText } from '../../src/documents/import/structure.js';
import { analyzeDocument } from '../../src/domain/relations/index.js';

/** Every relation the model finds in the text, in the order it reports them. */
export const relations = (text: string) => analyzeDocument(parseText(text)).relations;

/** [kind, stated, computed] of each error. */
export const errors = (text: string) =>
  relations(text)
    .filter((r) => r.verdict === 'error')
    .map((r) => [r.kind, r.stated, r.computed]);

/** [kind, verdict, stated, computed] of each relation, or of those of the given kinds. */
export const rel = (text: string, kinds?: string[]) =>
  relations(text)
    .filter((r) => !kinds || kinds.includes(r.kind))
    .map((r) => [r.kind, r.verdict, r.stated, r.computed]);

/** [verdict, stated, computed] of each relation of one kind. */
export const ofKind = (text: string, kind: string) =>
  relations(text)
    .filter((r) => r.kind === kind)
    .map((r) => [r.verdict, r.stated, r.computed]);

/** The relation of this kind that states this figure. */
export const find = (text: string, kind: string, stated: number) => relations(text).find((r) => r.kind === kind && r.stated === stated);

/** The verdict of the relation of this kind that states this figure. */
export const verdictOf = (text: string, kind: string, stated: number) => find(text, kind, stated)?.verdict;
