/**
 * `sinmun/queue`: many machines through a job queue on BullMQ over Redis (Node only; bullmq and
 * ioredis are optional peer dependencies).
 * STUB: to be written (issue #18).
 */
export {};
