// What the bench's measurements share: medians, rounding, samples, and the gallery settings of a plain
// form (light, English, left to right, wide, enabled, unmasked) every measurement starts from.

/** Samples per figure, where a figure is the median of its samples. */
export const SAMPLES = 3;

/** The gallery settings every measurement starts from; each overrides what it measures differently. */
export const PLAIN_FORM = Object.freeze({ noWebApi: false, dark: false, rtl: false, phone: false, disabled: false, masked: false, languageId: 1033 });

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export const round = (value, digits = 1) => (value === null || value === undefined ? null : Number(value.toFixed(digits)));
