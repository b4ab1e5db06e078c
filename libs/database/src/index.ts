// Module and connection
export { DatabaseModule } from './database.module';
export { baseDataSourceOptions } from './data-source-options';
export {
  assertPostgresReachable,
  DatabaseUnavailableError,
  ensureDatabaseExists,
  runMigrationsLocked,
} from './database-bootstrap';
export { MIGRATIONS } from './migrations';

// Transactions and constraint errors
export { TransactionRunner } from './transaction-runner';
export { uniqueViolation } from './unique-violation';

// Outbox: write events in the transaction, relay them to jobs, prune and reconcile
export { OutboxRelayModule } from './outbox/outbox-relay.module';
export { OutboxEvent } from './outbox/outbox-event.entity';
export { ChangeMarks } from './outbox/change-marks.store';
export { OutboxPruner } from './outbox/outbox-pruner';
export { OutboxReconciler } from './outbox/outbox-reconciler';
export { OutboxRelay } from './outbox/outbox-relay';
export { OutboxRelayLoop } from './outbox/outbox-relay-loop';
export { OutboxWriter } from './outbox/outbox-writer';
