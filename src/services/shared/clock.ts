/** The time source: real in production, fixed in tests and scripted demos. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
