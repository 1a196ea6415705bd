export const KEEP: number;
export function buildId(now?: number): string;
export function swapIn(webDir: string, id: string): void;
