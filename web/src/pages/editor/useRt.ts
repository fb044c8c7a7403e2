// t() for review comments, the return banner, the first-submission summary and guidance.
import { reviewEn } from '../../i18n/review.en.js';
import { reviewZh, type ReviewKey } from '../../i18n/review.zh.js';
import { useDictionary } from '../../i18n/index.js';

export type RT = (key: ReviewKey, vars?: Record<string, string | number>) => string;
export const useRt = (): RT => useDictionary(reviewZh, reviewEn);
