import { Module } from '@nestjs/common';
import { OutboxRelay } from './outbox-relay';
import { OutboxRelayLoop } from './outbox-relay-loop';
import { OutboxPruner } from './outbox-pruner';
import { OutboxReconciler } from './outbox-reconciler';

/** The relay, imported by the worker (and by tests that drive it directly). */
@Module({
  providers: [OutboxRelay, OutboxRelayLoop, OutboxPruner, OutboxReconciler],
  exports: [OutboxRelay, OutboxRelayLoop, OutboxPruner, OutboxReconciler],
})
export class OutboxRelayModule {}
