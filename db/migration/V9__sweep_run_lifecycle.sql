-- A run is recorded when it starts (RUNNING) and completed when it ends (DONE or FAILED); one left RUNNING by a
-- node that died is marked DIED by the next run of the same job. The figures are unknown until the end.
ALTER TABLE sweep_run
  ADD COLUMN status      varchar(10) NOT NULL DEFAULT 'DONE' COMMENT 'RUNNING, DONE, FAILED or DIED',
  ADD COLUMN finished_at datetime(3) DEFAULT NULL,
  MODIFY rows_changed int DEFAULT NULL,
  MODIFY millis bigint DEFAULT NULL;
UPDATE sweep_run SET status = 'FAILED' WHERE error IS NOT NULL;
-- Each run looks for earlier RUNNING runs of its job; the daily purge deletes runs older than 30 days by start.
CREATE INDEX idx_sweep_run_status ON sweep_run (cluster, job, status);
CREATE INDEX idx_sweep_run_started ON sweep_run (started_at);
