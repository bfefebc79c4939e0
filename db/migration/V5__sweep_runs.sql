-- One row per sweep run, on whichever node ran it: the operator's history, and the proof that a clustered trigger
-- fired once per period.
CREATE TABLE sweep_run (
  id           bigint       NOT NULL AUTO_INCREMENT,
  cluster      varchar(120) NOT NULL COMMENT 'Quartz scheduler name',
  job          varchar(80)  NOT NULL,
  instance     varchar(200) NOT NULL COMMENT 'Quartz instance id of the node that ran it',
  scheduled_at datetime(3)  DEFAULT NULL COMMENT 'the trigger fire time this run belongs to; NULL when run by hand',
  started_at   datetime(3)  NOT NULL,
  rows_changed int          NOT NULL,
  millis       bigint       NOT NULL,
  error        varchar(500) DEFAULT NULL,
  PRIMARY KEY (id),
  KEY idx_sweep_run_job (cluster, job, scheduled_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='定时任务运行记录';
