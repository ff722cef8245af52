import { Prisma } from '../../generated/prisma/client.js';

/** The write hit a unique constraint: someone (another instance, a repeated tap) got there first. */
export const isUniqueViolation = (error: unknown): boolean => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
