/**
 * Charts are drawn at once, without bars growing or lines running in: on a phone that animation
 * costs CPU and battery and tells nothing, and some people find motion hard to bear.
 */
export const STILL = { isAnimationActive: false } as const;
