// JSON schemas for request validation (and the OpenAPI document). Bad input → 400, never 500.
import { typedNumber } from './typedNumbers.js';

const str = { type: 'string' } as const;
const strOrNull = { type: ['string', 'null'] } as const;
const decimal = typedNumber({ type: 'string', pattern: '^-?\\d{1,15}(\\.\\d{1,6})?$' } as const);
const decimalOrNull = { anyOf: [decimal, { type: 'null' }] } as const;
const intOrNull = { type: ['integer', 'null'], minimum: 0, maximum: 10_000_000 } as const;
// Free text in an evaluation has a bound, or a pasted megabyte is stored and every later save of the
// whole content fails at the body limit. A name or label is a line; a reason or note as long as a paragraph.
const LINE = 500;
const PARAGRAPH = 20_000;
const line = { type: 'string', maxLength: LINE } as const;
const paragraph = { type: 'string', maxLength: PARAGRAPH } as const;
const paragraphOrNull = { type: ['string', 'null'], maxLength: PARAGRAPH } as const;

/** A row id: a positive 32-bit integer (the columns are `integer`), so 2147483648 is a 400, not a database error. */
export const ID_RE =
  '(?:0*(?:[0-9]{1,9}|1[0-9]{9}|20[0-9]{8}|21[0-3][0-9]{7}|214[0-6][0-9]{6}|2147[0-3][0-9]{5}|21474[0-7][0-9]{4}|214748[0-2][0-9]{3}|2147483[0-5][0-9]{2}|21474836[0-3][0-9]|214748364[0-7]))';
export const idString = { type: 'string', maxLength: 20, pattern: `^${ID_RE}$` } as const;
/** Versions and revisions: 32-bit columns too. */
export const versionInt = { type: 'integer', minimum: 1, maximum: 2_147_483_647 } as const;
const smallInt = { type: 'integer', minimum: 0, maximum: 2_147_483_647 } as const;

export const idParam = {
  type: 'object',
  required: ['id'],
  properties: { id: idString },
} as const;

export const yearQuery = { type: 'integer', minimum: 1949, maximum: 2200 } as const;

const figures = {
  type: 'object',
  required: ['opening', 'income', 'expenditure', 'closing'],
  additionalProperties: false,
  properties: { opening: decimal, income: decimal, expenditure: decimal, closing: decimal },
} as const;

const budgetAccount = {
  type: 'object',
  required: ['budgetType', 'noActivity', 'rows'],
  additionalProperties: false,
  properties: {
    budgetType: { enum: ['general', 'governmentFund', 'stateCapital', 'socialInsurance'] },
    noActivity: { type: 'boolean' },
    rows: { type: 'object', additionalProperties: false, properties: { total: figures, basic: figures, project: figures } },
  },
} as const;

const figureLink = {
  type: 'object',
  required: ['paragraph', 'text', 'occurrence', 'ref'],
  properties: {
    paragraph: smallInt,
    text: { type: 'string', minLength: 1, maxLength: 100 },
    occurrence: smallInt,
    ref: { type: 'object', required: ['kind'], properties: { kind: str } },
  },
} as const;

const section = {
  type: 'object',
  required: ['key', 'parentKey', 'order', 'kind', 'numbering', 'title', 'runIn', 'paragraphs', 'indicatorCode', 'figures'],
  additionalProperties: false,
  properties: {
    key: { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)*$' },
    parentKey: strOrNull,
    order: smallInt,
    kind: {
      enum: ['preamble', 'profile', 'duties', 'budget', 'performance', 'indicatorCategory', 'keyProject', 'problems', 'measures', 'publication', 'other'],
    },
    numbering: strOrNull,
    title: { type: 'string', maxLength: 500 },
    runIn: { type: 'boolean' },
    paragraphs: { type: 'array', maxItems: 500, items: paragraph },
    indicatorCode: strOrNull,
    figures: { type: 'array', maxItems: 500, items: figureLink },
  },
} as const;

export const evaluationContent = {
  type: 'object',
  required: ['title', 'reportDate', 'profile', 'budget', 'budgetLines', 'threePublic', 'indicators', 'keyProjects', 'sections'],
  additionalProperties: false,
  properties: {
    title: { type: 'string', minLength: 1, maxLength: 300 },
    reportDate: { anyOf: [{ type: 'string', format: 'date' }, { type: 'null' }] },
    profile: {
      anyOf: [
        { type: 'null' },
        {
          type: 'object',
          required: ['authorizedPosts', 'staffActual', 'retired', 'departments', 'duties', 'intro'],
          additionalProperties: false,
          properties: {
            authorizedPosts: intOrNull,
            staffActual: intOrNull,
            retired: intOrNull,
            departments: { type: 'array', maxItems: 200, items: line },
            duties: { type: 'array', maxItems: 200, items: paragraph },
            intro: paragraphOrNull,
          },
        },
      ],
    },
    budget: { type: 'array', maxItems: 4, items: budgetAccount },
    budgetLines: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        required: ['key', 'label', 'initial', 'adjusted', 'executed'],
        additionalProperties: false,
        properties: { key: line, label: line, initial: decimalOrNull, adjusted: decimalOrNull, executed: decimalOrNull },
      },
    },
    threePublic: {
      type: 'array',
      maxItems: 10,
      items: {
        type: 'object',
        required: ['item', 'budget', 'actual'],
        additionalProperties: false,
        properties: {
          item: { enum: ['total', 'reception', 'vehicles', 'vehiclePurchase', 'vehicleOperation', 'overseas'] },
          budget: decimalOrNull,
          actual: decimalOrNull,
        },
      },
    },
    indicators: {
      type: 'array',
      maxItems: 2000,
      items: {
        type: 'object',
        required: ['indicatorCode', 'target', 'actual', 'score', 'deviationReason', 'applicable', 'achievement'],
        additionalProperties: false,
        properties: {
          indicatorCode: line,
          target: paragraphOrNull,
          actual: paragraphOrNull,
          score: decimalOrNull,
          deviationReason: paragraphOrNull,
          applicable: { type: 'boolean' },
          achievement: { enum: ['achieved', 'partial', 'notAchieved', null] },
          achievementPercent: { type: ['number', 'null'], minimum: 0, maximum: 100 },
          sample: { type: 'boolean' },
        },
      },
    },
    keyProjects: {
      type: 'array',
      maxItems: 100,
      items: {
        type: 'object',
        required: ['code', 'name', 'measure', 'unitOfMeasure', 'target', 'actual', 'funding', 'note'],
        additionalProperties: false,
        properties: {
          code: { type: 'string', pattern: '^[a-zA-Z0-9_-]{1,40}$' },
          name: line,
          measure: line,
          unitOfMeasure: line,
          target: decimalOrNull,
          actual: decimalOrNull,
          note: paragraphOrNull,
          measures: {
            type: 'array',
            maxItems: 50,
            items: {
              type: 'object',
              required: ['key', 'name', 'unitOfMeasure', 'kind', 'target', 'actual'],
              additionalProperties: false,
              properties: {
                key: { type: 'string', pattern: '^[a-zA-Z0-9_-]{1,40}$', not: { const: 'main' } },
                name: { type: 'string', minLength: 1, maxLength: 100 },
                unitOfMeasure: { type: 'string', maxLength: 20 },
                kind: { enum: ['count', 'money'] },
                target: decimalOrNull,
                actual: decimalOrNull,
                sample: { type: 'boolean' },
              },
            },
          },
          funding: {
            type: 'array',
            maxItems: 50,
            items: {
              type: 'object',
              required: ['category', 'source', 'label', 'amount'],
              additionalProperties: false,
              properties: { category: line, source: line, label: line, amount: decimal },
            },
          },
        },
      },
    },
    sections: { type: 'array', maxItems: 1000, items: section },
  },
} as const;
