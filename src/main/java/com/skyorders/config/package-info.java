/**
 * Start-up plumbing: the validated configuration and its one reader, the connection pool, schema migrations and
 * the one Gson. Nothing here knows about orders.
 */
package com.skyorders.config;
