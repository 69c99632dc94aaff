import {
  createEventInbox,
  type Database,
  type EventEnvelope,
  type EventTables,
  type Executor,
} from '@smartcourse/service-kit'

/** How the certificate rules reach the database: reads, one transaction, one transaction per event id. */
export interface CertificateTransactions {
  /** Executor of the reads outside any transaction. */
  reads: Executor
  run<T>(work: (tx: Executor) => Promise<T>): Promise<T>
  /** Runs `work` in a transaction that records the event id (processed_events); false, doing nothing, on a redelivery. */
  runOnce(event: Pick<EventEnvelope, 'id' | 'type'>, work: (tx: Executor) => Promise<void>): Promise<boolean>
}

export function createCertificateTransactions(
  db: Database,
  eventTables: EventTables,
): CertificateTransactions {
  const inbox = createEventInbox(db, eventTables)
  return {
    reads: db,
    run: (work) => db.transaction(work),
    runOnce: (event, work) => inbox.runOnce(event, work),
  }
}
