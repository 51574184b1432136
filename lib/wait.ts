/** A promise that settles after `ms` milliseconds: a bound on how long to wait for a reply. */
export const wait = (ms: number): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, ms));
