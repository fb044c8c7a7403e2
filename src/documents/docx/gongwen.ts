// GB/T 9704-2012 (党政机关公文格式) page and type settings, in the units Word uses.

/** Millimetres → twentieths of a point (twips): 1 inch = 25.4 mm = 1440 twips. */
export const mmToTwips = (mm: number): number => Math.round((mm / 25.4) * 1440);
/** Points → half-points (w:sz). */
export const ptToHalfPoints = (pt: number): number => Math.round(pt * 2);

/** Chinese type sizes (字号) in points. */
export const TYPE_SIZE = { 二号: 22, 小二: 18, 三号: 16, 四号: 14, 小四: 12, 五号: 10.5 } as const;

export const FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
} as const;

export const PAGE = {
  width: mmToTwips(210), // A4
  height: mmToTwips(297),
  marginTop: mmToTwips(37),
  marginBottom: mmToTwips(35),
  marginLeft: mmToTwips(28),
  marginRight: mmToTwips(26),
  // page number sits 7 mm below the type area; the footer's baseline distance from the edge
  footer: mmToTwips(35 - 7 - 5),
  header: mmToTwips(15),
} as const;

/** Text width of the type area (156 mm). */
export const TEXT_WIDTH = PAGE.width - PAGE.marginLeft - PAGE.marginRight;

/** 22 lines on the 225 mm type area: a fixed line pitch of 28.95 pt (within the 28–29 pt rule). */
export const BODY_LINE_TWIPS = 579;
export const BODY_SIZE_HALF_POINTS = ptToHalfPoints(TYPE_SIZE.三号); // 32
export const TITLE_SIZE_HALF_POINTS = ptToHalfPoints(TYPE_SIZE.二号); // 44
/** Two characters of 三号 text (32 pt) for the first-line indent. */
export const INDENT_TWO_CHARS_TWIPS = 2 * TYPE_SIZE.三号 * 20; // 640
