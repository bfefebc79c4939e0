/** Flyway migrations that need Java rather than SQL; the SQL ones live in db/migration. */
package com.skyorders.config.migration;
